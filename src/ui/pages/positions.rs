//! Where each party stands on a point (native only: static markup): on every card, each
//! party's latest stance with its date; on the point's own page (`/p/N`, the focused card),
//! every statement with its speaker, date, stance, our summary, the quoted words and sources.

use leptos::prelude::*;

use super::sources::{short_date, SourceList};
use crate::i18n::fill;
use crate::model::{Position, Stance};
use crate::ui::context::Site;
use crate::url::View;

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
            .parties
            .iter()
            .filter_map(|p| all.iter().rev().find(|s| s.party == p.code).copied())
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
            " "{site.t(stance.label())}
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
        <li class="statement">
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
