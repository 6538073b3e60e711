//! The views menu in the header: its links carry the current filters to the other screen.

use leptos::prelude::*;

use crate::ui::state::PageState;
use crate::url::{Screen, View};

#[island]
pub fn Nav() -> impl IntoView {
    let page = expect_context::<PageState>();
    // Both parts of the timeline are "the timeline" in the menu.
    let current = move |screen: Screen| {
        (page.screen == screen || screen.is_timeline() && page.screen.is_timeline())
            .then_some("page")
    };
    // `short`: the label on a phone, where the tabs share one line (CSS picks).
    let link = move |view: View, label: &'static str, short: &'static str| {
        let screen = view.screen();
        let href = {
            let view = view.clone();
            move || {
                page.route.track();
                page.href(view.clone())
            }
        };
        view! {
            <a href=href aria-current=current(screen) on:click=page.on_nav(view)>
                <span class="label-long">{label}</span>
                <span class="label-short">{short}</span>
            </a>
        }
    };
    view! {
        <nav class="views" aria-label="Views">
            {link(View::Points, "The 28 points", "28 points")}
            {link(View::Timeline, "Timeline, Jan–Nov 2025", "Timeline")}
            // The comparison pages take no filters: a plain link.
            <a href=format!("{}versions", page.base)>
                <span class="label-long">"Later versions"</span>
                <span class="label-short">"Versions"</span>
            </a>
            {link(View::Balance, "Who gives, who gains", "Balance")}
        </nav>
    }
}
