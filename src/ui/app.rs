//! The page: header, then either the explorer or the data error.

use leptos::prelude::*;

use super::data_error::DataErrorPanel;
use super::point_card::PointCard;
use crate::data;

#[component]
pub fn App() -> impl IntoView {
    let body = match data::load_shipped() {
        Ok(dataset) => {
            let count = dataset.points.len();
            let cards = dataset
                .points
                .iter()
                .map(|p| view! { <PointCard point=p.clone() /> })
                .collect_view();
            view! {
                <p class="count">{format!("{count} points")}</p>
                <ol class="cards">{cards}</ol>
            }
            .into_any()
        }
        Err(errors) => view! { <DataErrorPanel errors /> }.into_any(),
    };
    view! {
        <header class="site-header">
            <h1>"Twenty-Eight"</h1>
            <p class="tagline">
                "The US 28-point peace plan for Ukraine, point by point: the draft posted online "
                "and confirmed by the White House on 20 November 2025, with the sources for every line."
            </p>
        </header>
        <main id="main">{body}</main>
    }
}
