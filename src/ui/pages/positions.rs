//! Where each party stands on a point (native only: static markup): on every card, each
//! party's latest stance with its date; on the point's own page (`/p/N`, the focused card),
//! every statement with its speaker, date, stance, our summary, the quoted words and sources;
//! and `/positions`, the matrix of points × parties (nothing on it moves: no island).

use leptos::prelude::*;

use super::sources::{short_date, SourceList};
use crate::i18n::fill;
use crate::model::{Cell, Position, Stance};
use crate::titles::stance_label;
use crate::ui::context::Site;
use crate::url::View;

/// The id of a statement on its point's page, which a matrix cell links to.
pub(super) fn statement_anchor(statement: &Position) -> String {
    format!("statement-{}", statement.id)
}

/// A statement on its point's page: `/p/N#statement-<id>`.
fn statement_href(site: Site, number: u32, statement: &Position) -> String {
    format!(
        "{}#{}",
        site.href(&View::Point(number)),
        statement_anchor(statement)
    )
}

/// A point's positions: nothing when no party has said where it stands on it.
#[component]
pub fn PointPositions(number: u32, focused: bool) -> impl IntoView {
    let site = expect_context::<Site>();
    let all: Vec<&'static Position> = site.data.positions_on(number).collect();
    (!all.is_empty()).then(|| {
        let count = all.len();
        // Each party's latest statement, in the dataset's order of parties.
        let latest = site
            .data
            .latest_statements(number)
            .into_iter()
            .map(|s| view! { <li><Latest statement=s /></li> })
            .collect_view();
        let more = if focused {
            let items = all.into_iter().map(|s| view! { <Statement statement=s /> }).collect_view();
            view! { <ol class="statements">{items}</ol> }.into_any()
        } else {
            let label = fill(site.t("All statements on this point ({0})"), &[&count.to_string()]);
            view! { <p class="statements-link"><a href=site.href(&View::Point(number))>{label}</a></p> }.into_any()
        };
        view! {
            <div class="positions">
                <h3>{site.t("Where the parties stand")}</h3>
                <ul>{latest}</ul>
                {more}
            </div>
        }
    })
}

/// The stance as a symbol and a word: never a colour alone.
#[component]
fn StanceMark(stance: Stance) -> impl IntoView {
    let site = expect_context::<Site>();
    view! {
        <span class=format!("stance stance-{}", stance.code())>
            <span class="stance-symbol" aria-hidden="true">{stance.symbol()}</span>
            " "{stance_label(site.lang, stance)}
        </span>
    }
}

/// "Ukraine ✗ objects (21 Nov 2025)": a party's latest stance on the point.
#[component]
fn Latest(statement: &'static Position) -> impl IntoView {
    let site = expect_context::<Site>();
    view! {
        <span class="later-name">{site.data.party_short(&statement.party)}</span>": "
        <StanceMark stance=statement.stance />
        " ("{short_date(site.lang, &statement.date)}")"
    }
}

/// One statement in full: who, when, the stance, our summary, the quoted words, how it is
/// known, the sources, and where sources differ.
#[component]
fn Statement(statement: &'static Position) -> impl IntoView {
    let site = expect_context::<Site>();
    let t = move |en| site.t(en);
    let s = statement;
    let quote = s.quote.clone().map(|q| {
        view! { <p class="statement-quote">{t("In their words: ")}<q>{q}</q></p> }
    });
    let dispute = s.dispute.clone().map(|d| {
        view! { <p class="flag"><span class="badge">{t("Sources differ")}</span>" "{d}</p> }
    });
    view! {
        <li class="statement" id=statement_anchor(s)>
            <p class="statement-head">
                <time datetime=s.date.clone()>{short_date(site.lang, &s.date)}</time>
                " · "<span class="later-name">{site.data.party_short(&s.party)}</span>
                " · "{s.speaker.clone()}", "{s.role.clone()}": "
                <StanceMark stance=s.stance />
            </p>
            <p>{s.summary.clone()}</p>
            {quote}
            {dispute}
            <div class="provenance">
                <span class=format!("status status-{}", s.status.code())>{t(s.status.label())}</span>
                <SourceList ids=&s.sources />
            </div>
        </li>
    }
}

/// `/positions`: for each point and each party that stated positions, the party's latest
/// stance with its date, a mark where it changed, and a link to the statements; above it, per
/// party, how many points it holds each stance on (each count the filtered points).
#[component]
pub fn PositionsScreen() -> impl IntoView {
    let site = expect_context::<Site>();
    let t = move |en| site.t(en);
    let data = site.data;
    let parties = data.stating_parties();
    let head = parties
        .iter()
        .map(|&code| view! { <th scope="col">{data.party_short(code)}</th> })
        .collect_view();
    let rows = data
        .points
        .iter()
        .map(|p| {
            let n = p.number;
            let cells = parties
                .iter()
                .map(|&code| view! { <MatrixCell number=n cell=data.cell(n, code) /> })
                .collect_view();
            view! {
                <tr>
                    <th scope="row"><a href=site.href(&View::Point(n))>{format!("{n}. {}", p.title)}</a></th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let totals = parties
        .iter()
        .map(|&code| view! { <PartyCounts code /> })
        .collect_view();
    let legend = Stance::ALL
        .iter()
        .map(|&s| view! { <li><StanceMark stance=s /></li> })
        .collect_view();
    let (first, last) = (
        data.positions
            .first()
            .map(|s| s.date.as_str())
            .unwrap_or_default(),
        data.positions
            .last()
            .map(|s| s.date.as_str())
            .unwrap_or_default(),
    );
    let span = fill(
        t("{0} dated statements, {1} to {2}."),
        &[
            &data.positions.len().to_string(),
            &short_date(site.lang, first),
            &short_date(site.lang, last),
        ],
    );
    view! {
        <div class="wrap positions-screen">
            <h2>{t("Where the parties stand on each point")}</h2>
            <p class="lead">
                {t("For each point, the latest stance each party stated on it, with its date: our reading of dated statements by presidents, ministers, envoys and spokespeople, each with its sources. An empty cell means we found no statement by that party on that point: no position is inferred from silence. Open a cell for what was said.")}
                " "{span}
            </p>
            <ul class="stance-legend" aria-label=t("Stances")>{legend}<li><span class="stance-changed"><span aria-hidden="true">"↻ "</span>{t("changed: the party stated another stance earlier")}</span></li></ul>
            <h3>{t("Per party (each count lists those points)")}</h3>
            <ul class="stance-totals">{totals}</ul>
            <div class="table-scroll" role="region" aria-label=t("Where the parties stand on each point") tabindex="0">
                <table class="versions-table positions-table">
                    <caption>{t("Each party's latest stated stance on each US point. Stances are our reading of the sources.")}</caption>
                    <thead><tr><th scope="col">{t("US point")}</th>{head}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </div>
    }
}

/// A cell: the latest stance and its date, leading to the statement on the point's page; the
/// earlier stance when it differed; a dash when the party said nothing on the point.
#[component]
fn MatrixCell(number: u32, cell: Option<Cell<'static>>) -> impl IntoView {
    let site = expect_context::<Site>();
    let Some(cell) = cell else {
        return view! {
            <td class="stance-none"><span aria-hidden="true">"–"</span><span class="sr-only">{site.t("no statement")}</span></td>
        }
        .into_any();
    };
    let latest = cell.latest;
    let earlier = cell.earlier.map(|e| {
        let was = fill(
            site.t("changed; earlier: {0}, {1}"),
            &[
                stance_label(site.lang, e.stance),
                &short_date(site.lang, &e.date),
            ],
        );
        view! { <span class="stance-changed"><span aria-hidden="true">"↻ "</span>{was}</span> }
    });
    let more = (cell.statements > 1)
        .then(|| fill(site.t(" ({0} statements)"), &[&cell.statements.to_string()]));
    view! {
        <td class=format!("stance-cell stance-cell-{}", latest.stance.code())>
            <a href=statement_href(site, number, latest)>
                <StanceMark stance=latest.stance />
                <span class="stance-date">
                    <time datetime=latest.date.clone()>{short_date(site.lang, &latest.date)}</time>
                    {more}
                </span>
            </a>
            {earlier}
        </td>
    }
    .into_any()
}

/// "Russia: objects: 8, on conditions: 2 (14 statements)", each count leading to those points
/// on the points page (`/?stance=ru:objects`).
#[component]
fn PartyCounts(code: &'static str) -> impl IntoView {
    let site = expect_context::<Site>();
    let data = site.data;
    let links = data
        .stance_counts(code)
        .into_iter()
        .enumerate()
        .map(|(i, (stance, count))| {
            let href = format!("{}?stance={code}:{}", site.link(""), stance.code());
            // "objects: 8", «заперечення: 8»: the points it holds that stance on.
            let label = format!("{}: {count}", stance_label(site.lang, stance));
            view! { {(i > 0).then_some(", ")}<a href=href>{label}</a> }
        })
        .collect_view();
    let statements = data.positions.iter().filter(|s| s.party == code).count();
    view! {
        <li>
            <strong>{data.party_short(code)}</strong>": "{links}
            {fill(site.t(" ({0} statements)"), &[&statements.to_string()])}
        </li>
    }
}
