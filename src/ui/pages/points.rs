//! The points screen (native only: static markup around two islands): the filter bar, the
//! role legend, and the 28 cards with the empty state, which the `Records` island shows
//! and hides.

use leptos::prelude::*;

use super::filter_bar::FilterBar;
use super::point_card::PointCard;
use crate::markup;
use crate::model::Role;
use crate::ui::context::Site;
use crate::ui::islands::Records;

#[component]
pub fn PointsScreen() -> impl IntoView {
    let site = expect_context::<Site>();
    let cards = site
        .data
        .points
        .iter()
        .map(|p| view! { <PointCard point=p /> })
        .collect_view();
    let t = move |en| site.t(en);
    view! {
        <div class="wrap">
            <FilterBar />
            <RoleLegend symbols=false note="These are editorial judgements, not the plan's words." />
            <Records>
                <div class=markup::EMPTY role="note" hidden>
                    <p>
                        {t("No point matches these filters. With ")}
                        <strong>{t("all of them")}</strong>
                        {t(" every chosen party must appear in a point; a role applies to each chosen party; every word of the search must appear.")}
                    </p>
                    <button type="button">{t("Reset filters")}</button>
                </div>
                <ol class="cards" aria-label=t("The points")>{cards}</ol>
            </Records>
        </div>
    }
}

/// "Roles, in our reading: obliged commits to or gives something up · …", then `note` (in
/// English, translated here); with `symbols`, each role's symbol before its word (the table
/// shows the symbols).
#[component]
pub fn RoleLegend(symbols: bool, note: &'static str) -> impl IntoView {
    let site = expect_context::<Site>();
    let t = move |en| site.t(en);
    let roles = Role::ALL
        .iter()
        .map(|&role| {
            let meaning = match role {
                Role::Obliged => " commits to or gives something up · ",
                Role::Benefits => " gains something · ",
                Role::Named => " mentioned. ",
            };
            let word = if symbols {
                format!("{} {}", role.symbol(), t(role.code()))
            } else {
                t(role.code()).to_string()
            };
            view! {
                <span class=format!("chip role-{}", role.code())>{word}</span>
                {t(meaning)}
            }
        })
        .collect_view();
    view! {
        <p class="legend">
            <span class="legend-title">{t("Roles, in our reading: ")}</span>
            {roles}
            {t(note)}
        </p>
    }
}
