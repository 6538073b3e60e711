//! `/balance`, who gives and who gains (native only: static markup around one island): the
//! 28 points as rows, the parties as columns, each cell the party's role as symbol and word,
//! and per party the totals and a bar of obliged against benefits. The points' islands serve
//! it too: `Filters` shows the theme and search only, and `Records` hides the rows
//! they leave out and keeps the totals, the bars and the links in step
//! (`ui::balance_dom::follow_table`); the counting is `crate::balance`'s.

use leptos::attr::custom::custom_attribute;
use leptos::prelude::*;

use super::filter_bar::FilterBar;
use super::points::RoleLegend;
use crate::balance::{self, Bar, Totals, BAR_HEIGHT, BAR_WIDTH};
use crate::facets::{list_attr, roles_attr, PointKeys};
use crate::filter::Filter;
use crate::i18n::{fill, Lang};
use crate::markup;
use crate::model::{Point, Role};
use crate::ui::browser;
use crate::ui::context::Site;
use crate::ui::islands::Records;
use crate::ui::state::PageState;
use crate::url::View;

/// The parties as the table's columns: code and short name, in the dataset's order.
type Columns = Vec<(&'static str, String)>;

/// The table of who gives and who gains: a row per point, a column per party, the totals per
/// role and a bar per party in its foot; the `Records` island narrows it.
#[component]
pub fn BalanceScreen() -> impl IntoView {
    let site = expect_context::<Site>();
    let t = move |en| site.t(en);
    let page = expect_context::<PageState>();
    let parties: Columns = site
        .data
        .parties
        .iter()
        .map(|p| (p.code.as_str(), p.short.clone()))
        .collect();
    let rows = site
        .data
        .points
        .iter()
        .zip(page.points)
        .map(|(p, keys)| view! { <Row point=p keys parties=parties.clone() /> })
        .collect_view();
    view! {
        <div class="wrap">
            <FilterBar />
            <RoleLegend symbols=true note="Choose a role or a total to see those points." />
            <Records>
            <div class="table-scroll" role="region" aria-labelledby="balance-caption" tabindex="0">
                <table class=markup::BALANCE>
                    <caption id="balance-caption">
                        {t("Who gives, who gains: each point's parties and their roles. ")}
                        <span class="caption-note">{t("The roles are our editorial reading of each point, not the plan's words.")}</span>
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("Point")}</th>
                            <Headers parties=parties.clone() />
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                    <tfoot>
                        <TotalRows parties=parties.clone() />
                        <Bars parties />
                    </tfoot>
                </table>
            </div>
            <div class=markup::EMPTY role="note" hidden>
                <p>{t("No point matches this theme and search. Every word of the search must appear in a point.")}</p>
                <button type="button">{t("Reset filters")}</button>
            </div>
            </Records>
            <p class="balance-more">
                {t("The same points as cards, with their sources: ")}
                <a href=site.href(&View::Points)>{t("the 28 points")}</a>"."
            </p>
        </div>
    }
}

/// A column header per party: its dot, its code on a phone, its name on a wider screen.
#[component]
fn Headers(parties: Columns) -> impl IntoView {
    let site = expect_context::<Site>();
    parties
        .into_iter()
        .map(|(code, short)| {
            view! {
                <th scope="col" id=format!("col-{code}")>
                    <span class=format!("party-dot party-{code}") aria-hidden="true"></span>
                    " "
                    // A phone shows the code ("UA"), with the name for screen readers.
                    <abbr class="label-short" title=short.clone()>{party_abbr(site.lang, code)}</abbr>
                    <span class="label-long">{short}</span>
                </th>
            }
        })
        .collect_view()
}

/// A row per role: in how many points each party has it, each count a link to those points
/// (the island keeps the counts and links to what is shown).
#[component]
fn TotalRows(parties: Columns) -> impl IntoView {
    let site = expect_context::<Site>();
    let page = expect_context::<PageState>();
    let all: Vec<usize> = (0..page.points.len()).collect();
    let shown = all.len();
    Role::ALL
        .iter()
        .map(|&role| {
            let cells = parties
                .iter()
                .map(|(code, short)| {
                    let n = Totals::of(page.points, &all, code).get(role);
                    let href = browser::href(site.base, &balance::route(site.lang, code, role, None, &Filter::default()));
                    view! {
                        <td>
                            <a
                                class="total"
                                href={href}
                                {..custom_attribute(markup::DATA_PARTY, *code)}
                                {..custom_attribute(markup::DATA_ROLE, role.code())}
                                aria-label=balance::total_label(site.lang, short, role, n, shown)
                            >
                                {n}
                            </a>
                        </td>
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">
                        <span class=format!("role-mark role-{}", role.code()) aria-hidden="true">{role.symbol()}</span>
                        " "{site.t(match role {
                            Role::Obliged => "obliged in",
                            Role::Benefits => "benefits in",
                            Role::Named => "named in",
                        })}
                    </th>
                    {cells}
                </tr>
            }
        })
        .collect_view()
}

/// The last row: per party, a bar of how often it is obliged against how often it benefits.
#[component]
fn Bars(parties: Columns) -> impl IntoView {
    let site = expect_context::<Site>();
    let page = expect_context::<PageState>();
    let all: Vec<usize> = (0..page.points.len()).collect();
    let shown = all.len();
    let bars = parties
        .into_iter()
        .map(|(code, short)| {
            let t = Totals::of(page.points, &all, code);
            view! { <td><BarChart party=code label=short totals=t shown /></td> }
        })
        .collect_view();
    view! {
        <tr class="bars">
            <th scope="row">
                <span class="role-mark role-obliged" aria-hidden="true">"▼"</span>{site.t(" obliged against benefits ")}
                <span class="role-mark role-benefits" aria-hidden="true">"▲"</span>
            </th>
            {bars}
        </tr>
    }
}

/// A party's column header on a phone: its code in capitals ("UA"); in Ukrainian, the
/// abbreviation Ukrainian outlets use («УКР», «РФ», «ЄС»).
fn party_abbr(lang: Lang, code: &str) -> String {
    let ukrainian = match code {
        "ua" => Some("УКР"),
        "ru" => Some("РФ"),
        "us" => Some("США"),
        "eu" => Some("ЄС"),
        "nato" => Some("НАТО"),
        _ => None,
    };
    match (lang, ukrainian) {
        (Lang::Uk, Some(abbr)) => abbr.to_string(),
        _ => code.to_uppercase(),
    }
}

/// One point: its number and title (a link to its card), then a cell per party.
#[component]
fn Row(
    point: &'static Point,
    keys: &'static PointKeys,
    parties: Vec<(&'static str, String)>,
) -> impl IntoView {
    let site = expect_context::<Site>();
    let t = move |en| site.t(en);
    let n = point.number;
    let cells = parties
        .iter()
        .map(|(code, short)| match keys.role_of(code) {
            Some(role) => {
                let href = browser::href(site.base, &balance::route(site.lang, code, role, Some(n), &Filter::default()));
                view! {
                    <td class=format!("cell role-{}", role.code())>
                        <a
                            href={href}
                            {..custom_attribute(markup::DATA_PARTY, *code)}
                            {..custom_attribute(markup::DATA_ROLE, role.code())}
                            {..custom_attribute(markup::DATA_POINT, n)}
                        >
                            <span aria-hidden="true">{role.symbol()}</span>" "<span class="role-word">{t(role.code())}</span>
                            <span class="sr-only">{fill(t(": {0}, point {1}"), &[short, &n.to_string()])}</span>
                        </a>
                    </td>
                }
                .into_any()
            }
            None => view! {
                <td class="cell none"><span aria-hidden="true">"·"</span><span class="sr-only">{t("not involved")}</span></td>
            }
            .into_any(),
        })
        .collect_view();
    view! {
        <tr
            class=markup::BALANCE_ROW
            id=markup::row_id(n)
            {..custom_attribute(markup::DATA_ROLES, roles_attr(&point.parties))}
            {..custom_attribute(markup::DATA_THEMES, list_attr(&point.themes))}
            {..custom_attribute(markup::DATA_TEXT, keys.text.clone())}
        >
            <th scope="row">
                <a href=site.href(&View::Point(n))>
                    <span class="card-number">{n}</span>" "{point.title.clone()}
                </a>
            </th>
            {cells}
        </tr>
    }
}

/// A party's obliged (left of the middle line) against benefits (right), in proportion to
/// the shown points; the numbers are in the text alternative and in the totals above.
#[component]
fn BarChart(party: &'static str, label: String, totals: Totals, shown: usize) -> impl IntoView {
    let lang = expect_context::<Site>().lang;
    let bar = Bar::of(totals, shown);
    let mid = BAR_WIDTH / 2;
    view! {
        <svg
            class=markup::BAR
            viewBox=format!("0 0 {BAR_WIDTH} {BAR_HEIGHT}")
            preserveAspectRatio="none"
            role="img"
            aria-label=balance::bar_label(lang, &label, totals)
            {..custom_attribute(markup::DATA_PARTY, party)}
        >
            <rect class="bar-obliged" x=bar.obliged.0 y="10" width=bar.obliged.1 height=BAR_HEIGHT - 20></rect>
            <rect class="bar-benefits" x=bar.benefits.0 y="10" width=bar.benefits.1 height=BAR_HEIGHT - 20></rect>
            <line class="bar-mid" x1=mid x2=mid y1="0" y2=BAR_HEIGHT></line>
        </svg>
    }
}
