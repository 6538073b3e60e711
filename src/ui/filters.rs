//! The filter controls. Each control reads the route signal and writes a new `Filter`
//! through `Ctx::set_filter`; what matches is decided in `crate::filter`.

use leptos::prelude::*;

use super::app::Ctx;
use crate::filter::{Filter, Match};
use crate::model::Role;

/// `full`: parties, match, role, theme and search (the points); otherwise parties and match
/// only (the timeline). `count` is the live "9 of 28 points" line.
#[component]
pub fn FilterBar(full: bool, count: Signal<String>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let data = ctx.data;
    let codes: Vec<&'static str> = data.parties.iter().map(|p| p.code.as_str()).collect();
    let filter = move || ctx.route.with(|r| r.filter.clone());
    let edit = move |change: &dyn Fn(&mut Filter)| {
        let mut f = ctx.route.with_untracked(|r| r.filter.clone());
        change(&mut f);
        ctx.set_filter(f);
    };

    let parties = data
        .parties
        .iter()
        .map(|p| {
            let code = p.code.as_str();
            let codes = codes.clone();
            let checked = move || {
                ctx.route
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
                        on:change=move |_| edit(&|f| f.toggle_party(code, &codes))
                    />
                    <span class=format!("party-dot party-{code}") aria-hidden="true"></span>
                    {p.short.clone()}
                </label>
            }
        })
        .collect_view();

    let matching = move |m: Match| {
        view! {
            <label class="radio">
                <input
                    type="radio"
                    id=format!("filter-match-{}", m.code())
                    name="match"
                    value=m.code()
                    checked=ctx.route.with_untracked(|r| r.filter.matching == m)
                    prop:checked=move || ctx.route.with(|r| r.filter.matching == m)
                    on:change=move |_| edit(&|f| f.matching = m)
                />
                {if m == Match::Any { "any of them" } else { "all of them" }}
            </label>
        }
    };

    let extra = full.then(|| {
        let role_options = Role::ALL
            .iter()
            .map(|r| {
                let r = *r;
                view! {
                    <option value=r.code() prop:selected=move || ctx.route.with(|x| x.filter.role == Some(r))>
                        {r.code()}
                    </option>
                }
            })
            .collect_view();
        let theme_options = data
            .themes
            .iter()
            .map(|t| {
                let code = t.code.as_str();
                view! {
                    <option
                        value=code
                        prop:selected=move || ctx.route.with(|x| x.filter.theme.as_deref() == Some(code))
                    >
                        {t.label.clone()}
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
                        on:change=move |e| {
                            let v = event_target_value(&e);
                            edit(&|f| f.role = Role::from_code(&v));
                        }
                    >
                        <option value="" prop:selected=move || ctx.route.with(|x| x.filter.role.is_none())>
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
                            edit(&|f| f.theme = (!v.is_empty()).then(|| v.clone()));
                        }
                    >
                        <option value="" prop:selected=move || ctx.route.with(|x| x.filter.theme.is_none())>
                            "all themes"
                        </option>
                        {theme_options}
                    </select>
                </div>
                <div class="field search">
                    <label for="filter-q">"Search the text"</label>
                    <input
                        id="filter-q"
                        type="search"
                        name="q"
                        maxlength="200"
                        autocomplete="off"
                        placeholder="e.g. Zaporizhzhia, elections"
                        prop:value=move || ctx.route.with(|r| r.filter.query.clone())
                        on:input=move |e| {
                            let v = event_target_value(&e);
                            edit(&|f| f.query = v.clone());
                        }
                    />
                </div>
            </div>
        }
    });

    let noun = if full { "points" } else { "events" };
    view! {
        <section class="filters" aria-label=format!("Filter the {noun}")>
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
            <div class="filter-status">
                <p class="count" role="status" aria-live="polite" aria-atomic="true">{count}</p>
                <button
                    type="button"
                    class="reset"
                    disabled=move || if full { filter().is_empty() } else { filter().parties.is_empty() }
                    on:click=move |_| {
                        edit(&|f| {
                            if full {
                                *f = Filter::default();
                            } else {
                                f.parties.clear();
                                f.matching = Match::Any;
                            }
                        })
                    }
                >
                    "Reset filters"
                </button>
            </div>
        </section>
    }
}
