//! One point of the plan as a card.

use leptos::prelude::*;

use crate::model::Point;

#[component]
pub fn PointCard(point: Point) -> impl IntoView {
    let id = format!("point-{}", point.number);
    view! {
        <li class="card" id=id>
            <h2 class="card-title">
                <span class="card-number">{point.number}". "</span>
                {point.title}
            </h2>
            <p class="card-summary">{point.summary}</p>
        </li>
    }
}
