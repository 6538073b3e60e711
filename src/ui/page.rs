//! The page around a screen (native only: static markup): skip link, header with the views
//! menu, the notices, `<main>`, the screen-reader announcer and the footer. Also the page a
//! build with broken data shows instead.

use leptos::prelude::*;

use super::balance_screen::BalanceScreen;
use super::data_error::DataErrorPanel;
use super::islands::{Nav, Notices};
use super::points_screen::PointsScreen;
use super::timeline_screen::TimelineScreen;
use super::versions_screen::{VersionPointScreen, VersionsScreen};
use crate::data::DataError;
use crate::model::Dataset;
use crate::url::{encode_path, Screen, View};

/// What the static components read: the data and the base path of the page being rendered.
#[derive(Clone, Copy)]
pub struct Site {
    pub data: &'static Dataset,
    pub base: &'static str,
}

impl Site {
    /// The site-absolute link to a view, without filters: the static hrefs of records (the
    /// records island adds the reader's filters when a link is followed).
    pub fn href(self, view: &View) -> String {
        format!("{}{}", self.base, encode_path(view))
    }
}

#[component]
pub fn Page(screen: Screen) -> impl IntoView {
    let body = match screen {
        Screen::Points => view! { <PointsScreen /> }.into_any(),
        Screen::Balance => view! { <BalanceScreen /> }.into_any(),
        Screen::Timeline | Screen::After => view! { <TimelineScreen /> }.into_any(),
    };
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <SiteHeader nav=HeaderNav::Live />
        <Notices />
        // `data-ready` is set in the browser once every island is live.
        <main id="main" tabindex="-1">{body}</main>
        <p id="announcer" class="sr-only" role="status" aria-live="polite"></p>
        <SiteFooter />
    }
}

/// `/versions` (`point` None) or `/versions/N`: static pages, nothing on them moves, so they
/// carry no island (and the site ships them no script).
#[component]
pub fn VersionsPage(point: Option<u32>) -> impl IntoView {
    let body = match point {
        Some(number) => view! { <VersionPointScreen number /> }.into_any(),
        None => view! { <VersionsScreen /> }.into_any(),
    };
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <SiteHeader nav=HeaderNav::Static />
        <main id="main" tabindex="-1">{body}</main>
        <SiteFooter />
    }
}

/// A build whose data does not load: the header, and each error by file, record and field.
#[component]
pub fn ErrorPage(errors: Vec<DataError>) -> impl IntoView {
    view! {
        <SiteHeader nav=HeaderNav::None />
        <main id="main" tabindex="-1">
            <DataErrorPanel errors />
        </main>
    }
}

/// The header's views menu: the live one (an island: its links carry the filters), the same
/// links as static markup on the pages where nothing moves (the versions), or none.
#[derive(Clone, Copy, PartialEq, Eq)]
enum HeaderNav {
    Live,
    Static,
    None,
}

/// The views menu of a static page (the versions'): plain links, the versions one current.
#[component]
fn StaticNav() -> impl IntoView {
    let site = expect_context::<Site>();
    view! {
        <nav class="views" aria-label="Views">
            <a href=site.href(&View::Points)>
                <span class="label-long">"The 28 points"</span><span class="label-short">"28 points"</span>
            </a>
            <a href=site.href(&View::Timeline)>
                <span class="label-long">"Timeline, Jan–Nov 2025"</span><span class="label-short">"Timeline"</span>
            </a>
            <a href=format!("{}versions", site.base) aria-current="page">
                <span class="label-long">"Later versions"</span><span class="label-short">"Versions"</span>
            </a>
            <a href=site.href(&View::Balance)>
                <span class="label-long">"Who gives, who gains"</span><span class="label-short">"Balance"</span>
            </a>
        </nav>
    }
}

#[component]
fn SiteHeader(nav: HeaderNav) -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="wrap">
                <p class="site-name">"Twenty-Eight"</p>
                <h1>"The US 28-point peace plan for Ukraine"</h1>
                // A phone shows the short tagline, wider screens the long one (CSS).
                <p class="tagline tagline-long">
                    "Every point of the draft posted online and confirmed by the White House on "
                    "20 November 2025, in our own words, with who it binds, who it favours, "
                    "where each line comes from, and the 2025 timeline that led to it."
                </p>
                <p class="tagline tagline-short">
                    "The draft of 20 November 2025, point by point, in our own words and sourced."
                </p>
                {match nav {
                    HeaderNav::Live => Some(view! { <Nav /> }.into_any()),
                    HeaderNav::Static => Some(view! { <StaticNav /> }.into_any()),
                    HeaderNav::None => None,
                }}
            </div>
        </header>
    }
}

#[component]
fn SiteFooter() -> impl IntoView {
    let site = expect_context::<Site>();
    let downloads = crate::site::DOWNLOADS
        .iter()
        .enumerate()
        .map(|(i, &(path, label))| {
            view! { {(i > 0).then_some(", ")}<a href=format!("{}{path}", site.base) download="">{label}</a> }
        })
        .collect_view();
    view! {
        <footer class="site-footer">
            <div class="wrap">
                <p class="downloads">"Download the data: "{downloads}". Each record with its sources and its address here."</p>
                <p>
                    "Summaries are ours, not the plan's wording; short quotations are marked. "
                    "Party roles (obliged, benefits, named) are our editorial reading of each point. "
                    "Every point and event links to the reports it rests on."
                </p>
                <p>"This page loads nothing from any other site and keeps no record of its readers."</p>
            </div>
        </footer>
    }
}
