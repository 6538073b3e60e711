//! The filter controls and the live count. Each control sends an `Edit` through
//! `PageState::edit`; what matches is decided in `crate::filter`.

use leptos::prelude::*;

use crate::filter::{Edit, Filter, Later, Match, PartyStance};
use crate::markup;
use crate::model::Role;
use crate::ui::state::PageState;
use crate::url::Screen;

/// The filter bar, one island on every screen: the points take every control (parties,
/// match, role, theme, later versions and search), the timeline the parties and match, and the
/// table of who gives and who gains (whose columns are the parties and roles) the theme and
/// search only.
#[island]
pub fn Filters() -> impl IntoView {
    let page = expect_context::<PageState>();
    let full = !page.screen.is_timeline();
    let table = page.screen == Screen::Balance;
    let t = move |en| page.t(en);
    view! {
        <section class=markup::FILTERS aria-label=t(if full { "Filter the points" } else { "Filter the events" })>
            <details class="filter-fold">
                <summary>{t("Filters")} <span class="fold-state">" · " {move || active_label(page)}</span></summary>
                <div class="filter-controls">
                    {(!table).then(|| view! { <PartyFilter full /> })}
                    {full.then(|| view! { <Selects table /> })}
                    // In the fold: a phone's first screen keeps the records in sight.
                    {(!table).then(|| view! { <Downloads full /> })}
                </div>
            </details>
            <Status full />
        </section>
    }
}

/// On a phone the controls fold under "Filters · n active" (a native disclosure, so it opens
/// before the wasm arrives); wider screens show them always and hide the summary (CSS).
fn active_label(page: PageState) -> String {
    let n = if page.screen.is_timeline() {
        page.route.with(|r| r.filter.parties.len())
    } else {
        page.route.with(|r| r.filter.active())
    };
    Filter::active_label(page.lang, n)
}

/// The live count of what is shown, and "Reset filters".
#[component]
fn Status(full: bool) -> impl IntoView {
    let page = expect_context::<PageState>();
    let untouched = move || {
        page.route.with(|r| {
            if full {
                r.filter.is_empty()
            } else {
                r.filter.parties.is_empty()
            }
        })
    };
    view! {
        <div class="filter-status">
            <p class="count" role="status" aria-live="polite" aria-atomic="true">{move || page.count()}</p>
            <button
                type="button"
                class="reset"
                disabled=untouched
                on:click=move |_| page.edit(if full { Edit::Reset } else { Edit::ResetParties })
            >
                {page.t("Reset filters")}
            </button>
        </div>
    }
}

/// The party toggles, and whether several parties match any or all of them.
#[component]
fn PartyFilter(full: bool) -> impl IntoView {
    let page = expect_context::<PageState>();
    let t = move |en| page.t(en);
    let toggles = page
        .vocabulary()
        .parties
        .iter()
        .map(|&(code, short)| view! { <PartyToggle code short /> })
        .collect_view();
    view! {
        <fieldset class="party-filter">
            <legend>{t("Parties")}</legend>
            <div class="toggles">{toggles}</div>
        </fieldset>
        <fieldset class="match-filter">
            <legend>{t(if full {
                "With several parties, show points that involve"
            } else {
                "With several parties, show events that involve"
            })}</legend>
            <MatchChoice m=Match::Any />
            <MatchChoice m=Match::All />
        </fieldset>
    }
}

#[component]
fn PartyToggle(code: &'static str, short: &'static str) -> impl IntoView {
    let page = expect_context::<PageState>();
    let checked = move || {
        page.route
            .with(|r| r.filter.parties.iter().any(|c| c == code))
    };
    view! {
        <label class="toggle">
            <input
                type="checkbox"
                id=format!("filter-party-{code}")
                name="party"
                value=code
                // The attribute holds the first state (pre-rendered pages show it);
                // the property follows the route.
                checked=checked()
                prop:checked=checked
                on:change=move |e| page.edit(Edit::Party(code.to_string(), event_target_checked(&e)))
            />
            <span class=format!("party-dot party-{code}") aria-hidden="true"></span>
            {short}
        </label>
    }
}

#[component]
fn MatchChoice(m: Match) -> impl IntoView {
    let page = expect_context::<PageState>();
    let on = move || page.route.with(|r| r.filter.matching == m);
    view! {
        <label class="radio">
            <input
                type="radio"
                id=format!("filter-match-{}", m.code())
                name="match"
                value=m.code()
                checked=on()
                prop:checked=on
                on:change=move |_| page.edit(Edit::Match(m))
            />
            {page.t(if m == Match::Any { "any of them" } else { "all of them" })}
        </label>
    }
}

/// The points' selects; the table takes the theme and the search only.
#[component]
fn Selects(table: bool) -> impl IntoView {
    view! {
        <div class="filter-selects">
            {(!table).then(|| view! { <RoleSelect /> })}
            <ThemeSelect />
            {(!table).then(|| view! { <LaterSelect /> })}
            {(!table).then(|| view! { <StanceSelect /> })}
            <SearchField />
        </div>
    }
}

#[component]
fn RoleSelect() -> impl IntoView {
    let page = expect_context::<PageState>();
    let t = move |en| page.t(en);
    let role_options = Role::ALL
        .iter()
        .map(|&r| view! { <option value=r.code()>{t(r.code())}</option> })
        .collect_view();
    view! {
        <div class="field">
            <label for="filter-role">{t("Role")}</label>
            <select
                id="filter-role"
                name="role"
                prop:value=move || page.route.with(|r| r.filter.role.map_or("", Role::code))
                on:change=move |e| page.edit(Edit::Role(Role::from_code(&event_target_value(&e))))
            >
                <option value="">{t("any role")}</option>
                {role_options}
            </select>
        </div>
    }
}

/// "Download CSV" and "Download JSON" of the records shown (`download`, its browser half).
#[component]
fn Downloads(full: bool) -> impl IntoView {
    let page = expect_context::<PageState>();
    let t = move |en| page.t(en);
    let save = move |csv: bool| {
        #[cfg(target_arch = "wasm32")]
        {
            use super::download::{download, Format};
            let format = if csv { Format::Csv } else { Format::Json };
            wasm_bindgen_futures::spawn_local(download(page, format));
        }
        let _ = (page, csv);
    };
    view! {
        <div class="exports" role="group" aria-label=t(if full { "Download the points shown" } else { "Download the events shown" })>
            <button type="button" class="export" on:click=move |_| save(true)>{t("Download CSV")}</button>
            <button type="button" class="export" on:click=move |_| save(false)>{t("Download JSON")}</button>
        </div>
    }
}

/// The theme select: one of the dataset's themes, or all.
#[component]
fn ThemeSelect() -> impl IntoView {
    let page = expect_context::<PageState>();
    let theme_options = page
        .vocabulary()
        .themes
        .iter()
        .map(|&(code, label)| view! { <option value=code>{label}</option> })
        .collect_view();
    view! {
        <div class="field">
            <label for="filter-theme">{page.t("Theme")}</label>
            <select
                id="filter-theme"
                name="theme"
                prop:value=move || page.route.with(|r| r.filter.theme.clone().unwrap_or_default())
                on:change=move |e| {
                    let v = event_target_value(&e);
                    page.edit(Edit::Theme((!v.is_empty()).then_some(v)));
                }
            >
                <option value="">{page.t("all themes")}</option>
                {theme_options}
            </select>
        </div>
    }
}

/// The text search: every word must appear (see `crate::filter`).
#[component]
fn SearchField() -> impl IntoView {
    let page = expect_context::<PageState>();
    view! {
        <div class="field search">
            <label for="filter-q">{page.t("Search the text")}</label>
            <input
                id="filter-q"
                type="search"
                name="q"
                maxlength="200"
                autocomplete="off"
                placeholder=page.t("e.g. Zaporizhzhia, elections")
                prop:value=move || page.route.with(|r| r.filter.query.clone())
                on:input=move |e| page.edit(Edit::Query(event_target_value(&e)))
            />
        </div>
    }
}

/// "In later versions": what a later version did with the points, one version and outcome at
/// a time ("changed in E3 counter-proposal"), grouped by version.
#[component]
fn LaterSelect() -> impl IntoView {
    let page = expect_context::<PageState>();
    view! {
        <GroupedSelect
            name="later"
            label="In later versions"
            any="any fate"
            groups=page.vocabulary().versions
            value=|f| f.later.as_ref().map(Later::code).unwrap_or_default()
            edit=|v| Edit::Later(Later::from_code(v))
        />
    }
}

/// "Where the parties stand": a party's latest stated stance on the points ("Russia:
/// objects"), grouped by party.
#[component]
fn StanceSelect() -> impl IntoView {
    let page = expect_context::<PageState>();
    view! {
        <GroupedSelect
            name="stance"
            label="Where the parties stand"
            any="any stance"
            groups=page.vocabulary().stances
            value=|f| f.stance.as_ref().map(PartyStance::code).unwrap_or_default()
            edit=|v| Edit::Stance(PartyStance::from_code(v))
        />
    }
}

/// A select of one value from the vocabulary's groups (code, name, options), or none (`any`),
/// named `name` as its URL parameter. The options are static; the select's value follows the
/// route (one binding, not one per option: less code in the wasm).
#[component]
fn GroupedSelect(
    name: &'static str,
    label: &'static str,
    any: &'static str,
    groups: crate::vocabulary::Groups,
    value: fn(&Filter) -> String,
    edit: fn(&str) -> Edit,
) -> impl IntoView {
    let page = expect_context::<PageState>();
    let groups = groups
        .iter()
        .map(|&(_, group, options)| {
            let options = options
                .iter()
                .map(|&(value, label)| view! { <option value=value>{label}</option> })
                .collect_view();
            view! { <optgroup label=group>{options}</optgroup> }
        })
        .collect_view();
    let id = format!("filter-{name}");
    view! {
        <div class="field">
            <label for=id.clone()>{page.t(label)}</label>
            <select
                id=id
                name=name
                prop:value=move || page.route.with(|r| value(&r.filter))
                on:change=move |e| page.edit(edit(&event_target_value(&e)))
            >
                <option value="">{page.t(any)}</option>
                {groups}
            </select>
        </div>
    }
}
