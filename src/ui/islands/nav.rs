//! The views menu in the header and the language switch, built once (`menu`) for both kinds
//! of page: the island `Nav`, whose links carry the current filters to the other screen and
//! whose switch leads to the same view, filters and focused record in the other language; and
//! the static pages' `StaticNav` (`pages/layout.rs`), plain links where nothing moves.

use leptos::either::Either;
use leptos::prelude::*;

use crate::i18n::Lang;
use crate::timeline::Part;
use crate::ui::browser;
use crate::ui::state::PageState;
use crate::url::{Route, Screen, View, POSITIONS, VERSIONS};

/// What a tab leads to: a view (its links carry filters), or a static page by its path
/// (`url::StaticPage::tab`: "versions", "positions"; no filters).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    View(Screen),
    Still(&'static str),
}

/// The menu's tabs in order: what each leads to, its label, and its short label on a phone,
/// where the tabs share one line (CSS picks).
const TABS: [(Tab, &str, &str); 5] = [
    (Tab::View(Screen::Points), "The 28 points", "28 points"),
    (
        Tab::View(Screen::Timeline(Part::Plan)),
        "Timeline, Jan–Nov 2025",
        "Timeline",
    ),
    (Tab::Still(VERSIONS), "Later versions", "Versions"),
    (Tab::Still(POSITIONS), "Where they stand", "Positions"),
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
        Screen::Timeline(_) => View::Timeline(Part::Plan),
    }
}

/// A tab's two labels.
pub fn labels(lang: Lang, long: &'static str, short: &'static str) -> impl IntoView {
    let t = move |en| crate::i18n::t(lang, en);
    view! {
        <span class="label-long">{t(long)}</span>
        <span class="label-short">{t(short)}</span>
    }
}

/// The menu and the switch: `tab` makes each tab's link (with `labels`), `switch` is the
/// other language's address.
pub fn menu<V: IntoView + 'static>(
    lang: Lang,
    tab: impl Fn(Tab, &'static str, &'static str) -> V,
    switch: impl Fn() -> String + Send + Sync + 'static,
) -> impl IntoView {
    let tabs = TABS
        .iter()
        .map(|&(to, long, short)| tab(to, long, short))
        .collect_view();
    let other = lang.other();
    view! {
        <nav class="views" aria-label=crate::i18n::t(lang, "Views")>{tabs}</nav>
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
    let lang = page.lang;
    let tab = move |to: Tab, long, short| match to {
        Tab::View(screen) => {
            let view = view_of(screen);
            let href = {
                let view = view.clone();
                move || {
                    page.route.track();
                    page.href(view.clone())
                }
            };
            Either::Left(view! {
                <a href=href aria-current=current(screen) on:click=page.on_nav(view)>{labels(lang, long, short)}</a>
            })
        }
        // The static pages take no filters: a plain link.
        Tab::Still(path) => Either::Right(view! {
            <a href=format!("{}{}{path}", page.base, page.lang.prefix())>{labels(lang, long, short)}</a>
        }),
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
