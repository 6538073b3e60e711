//! The filter bar's markup (native only): the controls, the count and "Reset filters", in the
//! state of the page's plain path (nothing set), inside the `Filters` island, which never
//! renders them again: in the browser it reads what the reader sets (each control is named as
//! its URL parameter, `filter::Edit::from_control`) and sets them from the filter
//! (`filter::Filter::shown`). So the wasm carries no control and no label.

use leptos::attr::custom::custom_attribute;
use leptos::prelude::*;

use crate::filter::{Filter, Match};
use crate::markup;
use crate::model::Role;
use crate::ui::context::Site;
use crate::ui::islands::Filters;
use crate::ui::state::PageState;
use crate::url::Screen;
use crate::vocabulary::{self, Groups};

/// The filter bar, on every screen: the points take every control (parties, match, role,
/// theme, later versions, stances and search), the timeline the parties and match, and the
/// table of who gives and who gains (whose columns are the parties and roles) the theme and
/// search only.
#[component]
pub fn FilterBar() -> impl IntoView {
    let site = expect_context::<Site>();
    let page = expect_context::<PageState>();
    let full = !page.screen.is_timeline();
    let table = page.screen == Screen::Balance;
    let t = move |en| site.t(en);
    view! {
        <Filters>
            <section class=markup::FILTERS aria-label=t(if full { "Filter the points" } else { "Filter the events" })>
                // On a phone the controls fold under "Filters · n active" (a native disclosure,
                // so it opens before the wasm arrives); wider screens show them always and
                // hide the summary (CSS).
                <details class="filter-fold">
                    <summary>
                        {t("Filters")}
                        <span class=markup::FOLD_STATE>{format!(" · {}", Filter::active_label(site.lang, 0))}</span>
                    </summary>
                    <div class="filter-controls">
                        {(!table).then(|| view! { <PartyFilter full /> })}
                        {full.then(|| view! { <Selects table /> })}
                        // In the fold: a phone's first screen keeps the records in sight.
                        {(!table).then(|| view! { <Downloads full /> })}
                    </div>
                </details>
                <div class="filter-status">
                    <p class=markup::FILTER_COUNT role="status" aria-live="polite" aria-atomic="true">{page.count()}</p>
                    <button type="button" class=markup::FILTER_RESET disabled>{t("Reset filters")}</button>
                </div>
            </section>
        </Filters>
    }
}

/// The party toggles, and whether several parties match any or all of them.
#[component]
fn PartyFilter(full: bool) -> impl IntoView {
    let site = expect_context::<Site>();
    let t = move |en| site.t(en);
    let toggles = vocabulary::shipped(site.lang)
        .parties
        .iter()
        .map(|&(code, short)| {
            view! {
                <label class="toggle">
                    <input type="checkbox" id=format!("filter-party-{code}") name="party" value=code />
                    <span class=format!("party-dot party-{code}") aria-hidden="true"></span>
                    {short}
                </label>
            }
        })
        .collect_view();
    let choices = [Match::Any, Match::All]
        .into_iter()
        .map(|m| {
            view! {
                <label class="radio">
                    <input
                        type="radio"
                        id=format!("filter-match-{}", m.code())
                        name="match"
                        value=m.code()
                        checked=m == Match::default()
                    />
                    {t(if m == Match::Any { "any of them" } else { "all of them" })}
                </label>
            }
        })
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
            {choices}
        </fieldset>
    }
}

/// The points' selects and search; the table takes the theme and the search only.
#[component]
fn Selects(table: bool) -> impl IntoView {
    let site = expect_context::<Site>();
    let vocabulary = vocabulary::shipped(site.lang);
    let roles: Vec<(&str, &str)> = Role::ALL
        .iter()
        .map(|r| (r.code(), site.t(r.code())))
        .collect();
    view! {
        <div class="filter-selects">
            {(!table).then(|| view! { <Select name="role" label="Role" any="any role" options=roles /> })}
            <Select name="theme" label="Theme" any="all themes" options=vocabulary.themes.to_vec() />
            // What a later version did with the points ("changed in E3 counter-proposal"),
            // grouped by version.
            {(!table).then(|| view! {
                <GroupedSelect name="later" label="In later versions" any="any fate" groups=vocabulary.versions />
            })}
            // A party's latest stated stance on the points ("Russia: objects"), grouped by party.
            {(!table).then(|| view! {
                <GroupedSelect name="stance" label="Where the parties stand" any="any stance" groups=vocabulary.stances />
            })}
            <SearchField />
        </div>
    }
}

/// A select of one value, or none (`any`), named `name` as its URL parameter.
#[component]
fn Select(
    name: &'static str,
    label: &'static str,
    any: &'static str,
    options: Vec<(&'static str, &'static str)>,
) -> impl IntoView {
    let options = options
        .into_iter()
        .map(|(value, label)| view! { <option value=value>{label}</option> })
        .collect_view();
    view! { <Field name label any>{options}</Field> }
}

/// A select of one value from groups (code, name, options), or none (`any`).
#[component]
fn GroupedSelect(
    name: &'static str,
    label: &'static str,
    any: &'static str,
    groups: Groups,
) -> impl IntoView {
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
    view! { <Field name label any>{groups}</Field> }
}

/// A labelled select whose first option is "any" (the empty value).
#[component]
fn Field(
    name: &'static str,
    label: &'static str,
    any: &'static str,
    children: Children,
) -> impl IntoView {
    let site = expect_context::<Site>();
    let id = format!("filter-{name}");
    view! {
        <div class="field">
            <label for=id.clone()>{site.t(label)}</label>
            <select id=id name=name>
                <option value="">{site.t(any)}</option>
                {children()}
            </select>
        </div>
    }
}

/// The text search: every word must appear (see `crate::filter`).
#[component]
fn SearchField() -> impl IntoView {
    let site = expect_context::<Site>();
    view! {
        <div class="field search">
            <label for="filter-q">{site.t("Search the text")}</label>
            <input
                id="filter-q"
                type="search"
                name="q"
                maxlength=crate::filter::MAX_QUERY_CHARS
                autocomplete="off"
                placeholder=site.t("e.g. Zaporizhzhia, elections")
            />
        </div>
    }
}

/// "Download CSV" and "Download JSON" of the records shown (the island answers the click).
#[component]
fn Downloads(full: bool) -> impl IntoView {
    let site = expect_context::<Site>();
    let t = move |en| site.t(en);
    view! {
        <div class="exports" role="group" aria-label=t(if full { "Download the points shown" } else { "Download the events shown" })>
            <button type="button" class={markup::EXPORT} {..custom_attribute(markup::DATA_FORMAT, markup::FORMAT_CSV)}>
                {t("Download CSV")}
            </button>
            <button type="button" class={markup::EXPORT} {..custom_attribute(markup::DATA_FORMAT, markup::FORMAT_JSON)}>
                {t("Download JSON")}
            </button>
        </div>
    }
}
