//! The filter controls and the live count. Each control sends an `Edit` through
//! `PageState::edit`; what matches is decided in `crate::filter`.

use leptos::prelude::*;

use crate::filter::{Edit, Filter, Later, Match};
use crate::model::Role;
use crate::ui::state::PageState;
use crate::vocabulary;

/// The points' filter bar: parties, match, role, theme and search.
#[island]
pub fn PointFilters() -> impl IntoView {
    view! { <FilterBar full=true /> }
}

/// The timeline's filter bar: parties and match.
#[island]
pub fn TimelineFilters() -> impl IntoView {
    view! { <FilterBar full=false /> }
}

#[component]
fn FilterBar(full: bool) -> impl IntoView {
    let page = expect_context::<PageState>();
    let filter = move |f: fn(&Filter) -> bool| page.route.with(|r| f(&r.filter));

    let parties = vocabulary::SHIPPED
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
        .collect_view();

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
                {if m == Match::Any { "any of them" } else { "all of them" }}
            </label>
        }
    };

    let extra = full.then(|| {
        let role_options = Role::ALL
            .iter()
            .map(|&r| {
                view! {
                    <option value=r.code() prop:selected=move || page.route.with(|x| x.filter.role == Some(r))>
                        {r.code()}
                    </option>
                }
            })
            .collect_view();
        let theme_options = vocabulary::SHIPPED
            .themes
            .iter()
            .map(|&(code, label)| {
                view! {
                    <option
                        value=code
                        prop:selected=move || page.route.with(|x| x.filter.theme.as_deref() == Some(code))
                    >
                        {label}
                    </option>
                }
            })
            .collect_view();
        view! {
            <div class="filter-selects">
                <div class="field">
                    <label for="filter-role">"Role"</label>
                    <select
                        id="filter-role"
                        name="role"
                        on:change=move |e| page.edit(Edit::Role(Role::from_code(&event_target_value(&e))))
                    >
                        <option value="" prop:selected=move || filter(|f| f.role.is_none())>
                            "any role"
                        </option>
                        {role_options}
                    </select>
                </div>
                <div class="field">
                    <label for="filter-theme">"Theme"</label>
                    <select
                        id="filter-theme"
                        name="theme"
                        on:change=move |e| {
                            let v = event_target_value(&e);
                            page.edit(Edit::Theme((!v.is_empty()).then_some(v)));
                        }
                    >
                        <option value="" prop:selected=move || filter(|f| f.theme.is_none())>
                            "all themes"
                        </option>
                        {theme_options}
                    </select>
                </div>
                <LaterSelect />
                <div class="field search">
                    <label for="filter-q">"Search the text"</label>
                    <input
                        id="filter-q"
                        type="search"
                        name="q"
                        maxlength="200"
                        autocomplete="off"
                        placeholder="e.g. Zaporizhzhia, elections"
                        prop:value=move || page.route.with(|r| r.filter.query.clone())
                        on:input=move |e| page.edit(Edit::Query(event_target_value(&e)))
                    />
                </div>
            </div>
        }
    });

    let noun = if full { "points" } else { "events" };
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
        Filter::active_label(if full {
            page.route.with(|r| r.filter.active())
        } else {
            page.route.with(|r| r.filter.parties.len())
        })
    };
    view! {
        <section class="filters" aria-label=format!("Filter the {noun}")>
            <details class="filter-fold">
                <summary>"Filters" <span class="fold-state">" · " {active}</span></summary>
                <div class="filter-controls">
                    <fieldset class="party-filter">
                        <legend>"Parties"</legend>
                        <div class="toggles">{parties}</div>
                    </fieldset>
                    <fieldset class="match-filter">
                        <legend>"With several parties, show " {noun} " that involve"</legend>
                        {matching(Match::Any)}
                        {matching(Match::All)}
                    </fieldset>
                    {extra}
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
                    "Reset filters"
                </button>
            </div>
        </section>
    }
}

/// "In later versions": what a later version did with the points, one version and outcome at
/// a time ("changed in E3 counter-proposal"), grouped by version. The options are static; the
/// select's value follows the route (one binding, not one per option: less code in the wasm).
#[component]
fn LaterSelect() -> impl IntoView {
    let page = expect_context::<PageState>();
    let groups = vocabulary::SHIPPED
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
            <label for="filter-later">"In later versions"</label>
            <select
                id="filter-later"
                name="later"
                prop:value=move || page.route.with(|r| r.filter.later.as_ref().map(Later::code).unwrap_or_default())
                on:change=move |e| page.edit(Edit::Later(Later::from_code(&event_target_value(&e))))
            >
                <option value="">"any fate"</option>
                {groups}
            </select>
        </div>
    }
}
