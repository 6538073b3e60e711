//! The filter controls and the live count. Each control sends an `Edit` through
//! `PageState::edit`; what matches is decided in `crate::filter`.

use leptos::prelude::*;

use crate::filter::{Edit, Filter, Later, Match};
use crate::markup;
use crate::model::Role;
use crate::ui::state::PageState;
use crate::url::Screen;

/// The points' filter bar: parties, match, role, theme and search. On the table of who gives
/// and who gains (whose columns are the parties and roles) the theme and search only: the same
/// island, so the table adds no island of its own to the wasm.
#[island]
pub fn PointFilters() -> impl IntoView {
    view! { <FilterBar /> }
}

/// The timeline's filter bar: parties and match.
#[island]
pub fn TimelineFilters() -> impl IntoView {
    view! { <FilterBar /> }
}

/// The controls the page's screen takes: the points every one, the timeline parties and match,
/// the table theme and search.
#[component]
fn FilterBar() -> impl IntoView {
    let page = expect_context::<PageState>();
    let full = !page.screen.is_timeline();
    let table = page.screen == Screen::Balance;
    let filter = move |f: fn(&Filter) -> bool| page.route.with(|r| f(&r.filter));
    let t = move |en| page.t(en);

    let toggles = move || {
        page.vocabulary()
            .parties
            .iter()
            .map(|&(code, short)| {
                let checked = move || page.route.with(|r| r.filter.parties.iter().any(|c| c == code));
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
            })
            .collect_view()
    };

    let matching = move |m: Match| {
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
                {t(if m == Match::Any { "any of them" } else { "all of them" })}
            </label>
        }
    };

    // The points' selects; the table takes the theme and the search only.
    let selects = full.then(|| {
        let role = (!table).then(|| {
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
        });
        let later = (!table).then(|| view! { <LaterSelect /> });
        view! {
            <div class="filter-selects">
                {role}
                <ThemeSelect />
                {later}
                <SearchField />
            </div>
        }
    });

    let parties = (!table).then(|| {
        view! {
            <fieldset class="party-filter">
                <legend>{t("Parties")}</legend>
                <div class="toggles">{toggles()}</div>
            </fieldset>
            <fieldset class="match-filter">
                <legend>{t(if full {
                    "With several parties, show points that involve"
                } else {
                    "With several parties, show events that involve"
                })}</legend>
                {matching(Match::Any)}
                {matching(Match::All)}
            </fieldset>
        }
    });
    let untouched = move || {
        if full {
            filter(Filter::is_empty)
        } else {
            filter(|f| f.parties.is_empty())
        }
    };
    // On a phone the controls fold under "Filters · n active" (a native disclosure, so it opens
    // before the wasm arrives); wider screens show them always and hide the summary (CSS).
    let active = move || {
        let n = if full {
            page.route.with(|r| r.filter.active())
        } else {
            page.route.with(|r| r.filter.parties.len())
        };
        Filter::active_label(page.lang, n)
    };
    view! {
        <section class=markup::FILTERS aria-label=t(if full { "Filter the points" } else { "Filter the events" })>
            <details class="filter-fold">
                <summary>{t("Filters")} <span class="fold-state">" · " {active}</span></summary>
                <div class="filter-controls">
                    {parties}
                    {selects}
                    // In the fold: a phone's first screen keeps the records in sight.
                    {(!table).then(|| view! { <Downloads full /> })}
                </div>
            </details>
            <div class="filter-status">
                <p class="count" role="status" aria-live="polite" aria-atomic="true">{move || page.count()}</p>
                <button
                    type="button"
                    class="reset"
                    disabled=untouched
                    on:click=move |_| page.edit(if full { Edit::Reset } else { Edit::ResetParties })
                >
                    {t("Reset filters")}
                </button>
            </div>
        </section>
    }
}

/// "Download CSV" and "Download JSON" of the records shown (`ui::export_dom`).
#[component]
fn Downloads(full: bool) -> impl IntoView {
    let page = expect_context::<PageState>();
    let t = move |en| page.t(en);
    let save = move |csv: bool| {
        #[cfg(target_arch = "wasm32")]
        {
            use crate::ui::export_dom::{download, Format};
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
/// a time ("changed in E3 counter-proposal"), grouped by version. The options are static; the
/// select's value follows the route (one binding, not one per option: less code in the wasm).
#[component]
fn LaterSelect() -> impl IntoView {
    let page = expect_context::<PageState>();
    let groups = page
        .vocabulary()
        .versions
        .iter()
        .map(|&(_, name, options)| {
            let options = options
                .iter()
                .map(|&(value, label)| view! { <option value=value>{label}</option> })
                .collect_view();
            view! { <optgroup label=name>{options}</optgroup> }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for="filter-later">{page.t("In later versions")}</label>
            <select
                id="filter-later"
                name="later"
                prop:value=move || page.route.with(|r| r.filter.later.as_ref().map(Later::code).unwrap_or_default())
                on:change=move |e| page.edit(Edit::Later(Later::from_code(&event_target_value(&e))))
            >
                <option value="">{page.t("any fate")}</option>
                {groups}
            </select>
        </div>
    }
}
