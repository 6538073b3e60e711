//! The points screen: filters, the role legend, the 28 cards and the empty state.
//! Cards are rendered once; a filter change only flips their `hidden` flags.

use leptos::prelude::*;

use super::app::Ctx;
use super::filters::FilterBar;
use super::point_card::PointCard;
use crate::filter::{count_label, visibility, Filter};
use crate::url::View;

#[component]
pub fn PointsView() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let points = &ctx.data.points;
    let total = points.len();
    // The filter runs once per change; the count and the cards' flags both read its result.
    let matching = Memo::new(move |_| ctx.route.with(|r| r.filter.apply_points(points)));
    // One flag per card: does it match? The focused point is always shown.
    let visible = Memo::new(move |_| {
        let focused = ctx.route.with(|r| match r.view {
            View::Point(n) => points.iter().position(|p| p.number == n),
            _ => None,
        });
        matching.with(|m| visibility(total, m, focused))
    });
    let count = Signal::derive(move || matching.with(|m| count_label(m.len(), total, "points")));
    let cards = points
        .iter()
        .enumerate()
        .map(|(i, p)| view! { <PointCard point=p shown=Signal::derive(move || visible.with(|m| m[i])) /> })
        .collect_view();
    view! {
        <div class="wrap">
            <FilterBar full=true count />
            <p class="legend">
                <span class="legend-title">"Roles, in our reading: "</span>
                <span class="chip role-obliged">"obliged"</span>" commits to or gives something up · "
                <span class="chip role-benefits">"benefits"</span>" gains something · "
                <span class="chip role-named">"named"</span>" mentioned. "
                "These are editorial judgements, not the plan's words."
            </p>
            <Show when=move || matching.with(Vec::is_empty)>
                <div class="empty" role="note">
                    <p>
                        "No point matches these filters. With "
                        <strong>"all of them"</strong>
                        " every chosen party must appear in a point; a role applies to each chosen party; "
                        "every word of the search must appear."
                    </p>
                    <button type="button" on:click=move |_| ctx.set_filter(Filter::default())>
                        "Reset filters"
                    </button>
                </div>
            </Show>
            <ol class="cards" aria-label="The points">{cards}</ol>
        </div>
    }
}
