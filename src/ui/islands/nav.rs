//! The views menu in the header and the language switch, built once (`menu`) for both kinds
//! of page: the island `Nav`, whose links carry the current filters to the other screen and
//! whose switch leads to the same view, filters and focused record in the other language; and
//! the static pages' `StaticNav` (`pages/layout.rs`), plain links where nothing moves.

use leptos::prelude::*;

use crate::i18n::Lang;
use crate::ui::browser;
use crate::ui::state::PageState;
use crate::url::{Route, Screen, View};

/// What a tab leads to: a view (its links carry filters), or the comparison pages (none).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    View(Screen),
    Versions,
}

/// The menu's tabs in order: what each leads to, its label, and its short label on a phone,
/// where the tabs share one line (CSS picks).
const TABS: [(Tab, &str, &str); 4] = [
    (Tab::View(Screen::Points), "The 28 points", "28 points"),
    (
        Tab::View(Screen::Timeline),
        "Timeline, Jan–Nov 2025",
        "Timeline",
    ),
    (Tab::Versions, "Later versions", "Versions"),
    (
        Tab::View(Screen::Balance),
        "Who gives, who gains",
        "Balance",
    ),
];

pub fn view_of(screen: Screen) -> View {
    match screen {
        Screen::Points => View::Points,
        Screen::Balance => View::Balance,
        Screen::Timeline | Screen::After => View::Timeline,
    }
}

/// The menu and the switch: `tab` makes each tab's link around its labels, `switch` is the
/// other language's address.
pub fn menu(
    lang: Lang,
    tab: impl Fn(Tab, AnyView) -> AnyView,
    switch: impl Fn() -> String + Send + Sync + 'static,
) -> impl IntoView {
    let t = move |en| crate::i18n::t(lang, en);
    let tabs = TABS
        .iter()
        .map(|&(to, long, short)| {
            let labels = view! {
                <span class="label-long">{t(long)}</span>
                <span class="label-short">{t(short)}</span>
            };
            tab(to, labels.into_any())
        })
        .collect_view();
    let other = lang.other();
    view! {
        <nav class="views" aria-label=t("Views")>{tabs}</nav>
        <p class="lang-switch">
            <a href=switch hreflang=other.code() lang=other.code()>{other.name()}</a>
        </p>
    }
}

#[island]
pub fn Nav() -> impl IntoView {
    let page = expect_context::<PageState>();
    // Both parts of the timeline are "the timeline" in the menu.
    let current = move |screen: Screen| {
        (page.screen == screen || screen.is_timeline() && page.screen.is_timeline())
            .then_some("page")
    };
    let tab = move |to: Tab, labels: AnyView| match to {
        Tab::View(screen) => {
            let view = view_of(screen);
            let href = {
                let view = view.clone();
                move || {
                    page.route.track();
                    page.href(view.clone())
                }
            };
            view! { <a href=href aria-current=current(screen) on:click=page.on_nav(view)>{labels}</a> }
                .into_any()
        }
        // The comparison pages take no filters: a plain link.
        Tab::Versions => {
            view! { <a href=format!("{}{}versions", page.base, page.lang.prefix())>{labels}</a> }
                .into_any()
        }
    };
    // The same view in the other language: a page of its own, so a plain link.
    let switch = move || {
        page.route.with(|r| {
            browser::href(
                page.base,
                &Route {
                    lang: page.lang.other(),
                    ..r.clone()
                },
            )
        })
    };
    menu(page.lang, tab, switch)
}
