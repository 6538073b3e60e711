//! The views menu in the header: its links carry the current filters to the other screen;
//! and the language switch, which leads to the same view, filters and focused record in the
//! other language.

use leptos::prelude::*;

use crate::ui::browser;
use crate::ui::state::PageState;
use crate::url::{Route, Screen, View};

#[island]
pub fn Nav() -> impl IntoView {
    let page = expect_context::<PageState>();
    // Both parts of the timeline are "the timeline" in the menu.
    let current = move |screen: Screen| {
        (page.screen == screen || screen.is_timeline() && page.screen.is_timeline())
            .then_some("page")
    };
    // `short`: the label on a phone, where the tabs share one line (CSS picks).
    let t = move |en| page.t(en);
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
                <span class="label-long">{t(label)}</span>
                <span class="label-short">{t(short)}</span>
            </a>
        }
    };
    // The same view in the other language: a page of its own, so a plain link.
    let other = page.lang.other();
    let switch = move || {
        page.route.with(|r| {
            browser::href(
                page.base,
                &Route {
                    lang: other,
                    ..r.clone()
                },
            )
        })
    };
    view! {
        <nav class="views" aria-label=t("Views")>
            {link(View::Points, "The 28 points", "28 points")}
            {link(View::Timeline, "Timeline, Jan–Nov 2025", "Timeline")}
            // The comparison pages take no filters: a plain link.
            <a href=format!("{}{}versions", page.base, page.lang.prefix())>
                <span class="label-long">{t("Later versions")}</span>
                <span class="label-short">{t("Versions")}</span>
            </a>
            {link(View::Balance, "Who gives, who gains", "Balance")}
        </nav>
        <p class="lang-switch">
            <a href=switch hreflang=other.code() lang=other.code()>{other.name()}</a>
        </p>
    }
}
