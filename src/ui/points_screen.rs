//! The points screen (native only: static markup around two islands): the filter bar, the
//! role legend, and the 28 cards with the empty state, which the `PointList` island shows
//! and hides.

use leptos::prelude::*;

use super::islands::{PointFilters, PointList};
use super::page::Site;
use super::point_card::PointCard;

#[component]
pub fn PointsScreen() -> impl IntoView {
    let site = expect_context::<Site>();
    let cards = site
        .data
        .points
        .iter()
        .map(|p| view! { <PointCard point=p /> })
        .collect_view();
    view! {
        <div class="wrap">
            <PointFilters />
            <p class="legend">
                <span class="legend-title">"Roles, in our reading: "</span>
                <span class="chip role-obliged">"obliged"</span>" commits to or gives something up · "
                <span class="chip role-benefits">"benefits"</span>" gains something · "
                <span class="chip role-named">"named"</span>" mentioned. "
                "These are editorial judgements, not the plan's words."
            </p>
            <PointList>
                <div class="empty" role="note" hidden>
                    <p>
                        "No point matches these filters. With "
                        <strong>"all of them"</strong>
                        " every chosen party must appear in a point; a role applies to each chosen party; "
                        "every word of the search must appear."
                    </p>
                    <button type="button">"Reset filters"</button>
                </div>
                <ol class="cards" aria-label="The points">{cards}</ol>
            </PointList>
        </div>
    }
}
