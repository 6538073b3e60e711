//! The views menu in the header and the language switch (native only), built once (`menu`)
//! for both kinds of page: `LiveNav`, inside the `Nav` island, whose view tabs
//! (`markup::DATA_TAB`) the island keeps carrying the current filters to the other screen and
//! whose switch it keeps leading to the same view, filters and focused record in the other
//! language; and `StaticNav`, plain links where nothing moves.

use leptos::attr::custom::custom_attribute;
use leptos::prelude::*;

use crate::i18n::Lang;
use crate::markup;
use crate::timeline::Part;
use crate::ui::context::Site;
use crate::ui::islands::Nav;
use crate::ui::state::PageState;
use crate::url::{Route, Screen, StaticPage, POSITIONS, VERSIONS};

/// What a tab leads to: a screen (its links carry filters), or a static page by its path
/// (`url::StaticPage::tab`: "versions", "positions"; no filters).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tab {
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

/// A tab's two labels.
fn labels(lang: Lang, long: &'static str, short: &'static str) -> impl IntoView {
    let t = move |en| crate::i18n::t(lang, en);
    view! {
        <span class="label-long">{t(long)}</span>
        <span class="label-short">{t(short)}</span>
    }
}

/// The menu and the switch: `tab` makes each tab's link (with `labels`), `switch` is the
/// other language's address.
fn menu<V: IntoView + 'static>(
    lang: Lang,
    tab: impl Fn(Tab, &'static str, &'static str) -> V,
    switch: String,
) -> impl IntoView {
    let tabs = TABS
        .iter()
        .map(|&(to, long, short)| tab(to, long, short))
        .collect_view();
    let other = lang.other();
    view! {
        <nav class=markup::VIEWS aria-label=crate::i18n::t(lang, "Views")>{tabs}</nav>
        <p class=markup::LANG_SWITCH>
            <a href=switch hreflang=other.code() lang=other.code()>{other.name()}</a>
        </p>
    }
}

/// The menu of a screen, as the page's plain path shows it (no filter), inside the island
/// that keeps its links in step with the filter.
#[component]
pub fn LiveNav() -> impl IntoView {
    let site = expect_context::<Site>();
    let page = expect_context::<PageState>();
    // Both parts of the timeline are "the timeline" in the menu.
    let current = move |screen: Screen| {
        (page.screen == screen || screen.is_timeline() && page.screen.is_timeline())
            .then_some("page")
    };
    let lang = site.lang;
    let tab = move |to: Tab, long, short| match to {
        Tab::View(screen) => view! {
            <a
                href=page.href(screen.view())
                aria-current=current(screen)
                {..custom_attribute(markup::DATA_TAB, screen.path())}
            >
                {labels(lang, long, short)}
            </a>
        }
        .into_any(),
        // The static pages take no filters: a plain link.
        Tab::Still(path) => {
            view! { <a href=site.link(path)>{labels(lang, long, short)}</a> }.into_any()
        }
    };
    // The same view in the other language: a page of its own, so a plain link.
    let switch = page.route.with_untracked(|r| {
        crate::ui::browser::href(
            page.base,
            &Route {
                lang: lang.other(),
                ..r.clone()
            },
        )
    });
    view! { <Nav>{menu(lang, tab, switch)}</Nav> }
}

/// The menu of a page where nothing moves: plain links, the page's own tab current; the
/// switch leads to the same page ("versions/6") in the other language.
#[component]
pub fn StaticNav(page: StaticPage) -> impl IntoView {
    let site = expect_context::<Site>();
    let lang = site.lang;
    let tab = move |to: Tab, long, short| {
        match to {
        Tab::View(screen) => view! {
            <a href=site.href(&screen.view())>{labels(lang, long, short)}</a>
        }
        .into_any(),
        Tab::Still(path) => view! {
            <a href=site.link(path) aria-current=(path == page.tab()).then_some("page")>{labels(lang, long, short)}</a>
        }
        .into_any(),
    }
    };
    let switch = format!("{}{}{}", site.base, site.lang.other().prefix(), page.path());
    menu(site.lang, tab, switch)
}
