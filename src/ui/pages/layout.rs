//! The page around a screen (native only: static markup): skip link, header with the views
//! menu, the notices, `<main>`, the screen-reader announcer and the footer. Also the page a
//! build with broken data shows instead.

use leptos::attr::custom::custom_attribute;
use leptos::prelude::*;

use super::balance::BalanceScreen;
use super::changes::ChangesScreen;
use super::data_error::DataErrorPanel;
use super::nav::{LiveNav, StaticNav};
use super::points::PointsScreen;
use super::positions::PositionsScreen;
use super::timeline::TimelineScreen;
use super::versions::{VersionPointScreen, VersionsScreen};
use crate::data_error::DataError;
use crate::i18n::Lang;
use crate::markup;
use crate::ui::context::{t, Site};
use crate::ui::islands::Notices;
use crate::url::{Screen, StaticPage};

#[component]
pub fn Page(screen: Screen) -> impl IntoView {
    let body = match screen {
        Screen::Points => view! { <PointsScreen /> }.into_any(),
        Screen::Balance => view! { <BalanceScreen /> }.into_any(),
        Screen::Timeline(_) => view! { <TimelineScreen /> }.into_any(),
    };
    view! {
        <a class="skip-link" href="#main">{t("Skip to content")}</a>
        <SiteHeader nav=HeaderNav::Live />
        <Notices />
        // `data-ready` is set in the browser once every island is live.
        <main id="main" tabindex="-1">{body}</main>
        <p id=markup::ANNOUNCER class="sr-only" role="status" aria-live="polite"></p>
        <LiveStrings />
        <SiteFooter />
    }
}

/// The islands' strings in the page's language where it is not English (the wasm carries the
/// English only; `i18n::live_uk_attr`).
#[component]
fn LiveStrings() -> impl IntoView {
    (expect_context::<Site>().lang == Lang::Uk).then(|| {
        view! {
            <div
                id=markup::LIVE_STRINGS
                hidden
                {..custom_attribute(markup::DATA_STRINGS, crate::i18n::live_uk_attr())}
            ></div>
        }
    })
}

/// `/versions`, `/versions/N` and `/positions`: static pages, nothing on them moves, so they
/// carry no island (and the site ships them no script).
#[component]
pub fn StillPage(page: StaticPage) -> impl IntoView {
    let body = match page {
        StaticPage::Versions(Some(number)) => view! { <VersionPointScreen number /> }.into_any(),
        StaticPage::Versions(None) => view! { <VersionsScreen /> }.into_any(),
        StaticPage::Positions => view! { <PositionsScreen /> }.into_any(),
        StaticPage::Changes => view! { <ChangesScreen /> }.into_any(),
    };
    view! {
        <a class="skip-link" href="#main">{t("Skip to content")}</a>
        <SiteHeader nav=HeaderNav::Static(page) />
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
/// links as static markup on the pages where nothing moves (the versions, the positions), or
/// none.
#[derive(Clone, Copy, PartialEq, Eq)]
enum HeaderNav {
    Live,
    Static(StaticPage),
    None,
}

#[component]
fn SiteHeader(nav: HeaderNav) -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="wrap">
                <p class="site-name">{t("Twenty-Eight")}</p>
                <h1>{t("The US 28-point peace plan for Ukraine")}</h1>
                // A phone shows the short tagline, wider screens the long one (CSS).
                <p class="tagline tagline-long">
                    {t("Every point of the draft posted online and confirmed by the White House on 20 November 2025, in our own words, with who it binds, who it favours, where each line comes from, and the 2025 timeline that led to it.")}
                </p>
                <p class="tagline tagline-short">
                    {t("The draft of 20 November 2025, point by point, in our own words and sourced.")}
                </p>
                {match nav {
                    HeaderNav::Live => Some(view! { <LiveNav /> }.into_any()),
                    HeaderNav::Static(page) => Some(view! { <StaticNav page /> }.into_any()),
                    HeaderNav::None => None,
                }}
            </div>
        </header>
    }
}

/// The data's version, what changed and how to follow it, and the described data package.
#[component]
fn DataVersion() -> impl IntoView {
    let site = expect_context::<Site>();
    let version = site.data.data_version().map(|v| {
        view! { {site.t("Data version ")}<time datetime=v.to_string()>{v.to_string()}</time>" · " }
    });
    view! {
        <p class="data-version">
            {version}
            <a href=site.link(crate::url::CHANGES)>{site.t("Corrections and changes")}</a>" · "
            <a href=site.link(crate::site::FEED)>{site.t("Atom feed")}</a>" · "
            <a href=format!("{}{}", site.base, crate::site::DATAPACKAGE)>{site.t("Data package (Frictionless)")}</a>
        </p>
    }
}

#[component]
fn SiteFooter() -> impl IntoView {
    let site = expect_context::<Site>();
    let downloads = crate::site::DOWNLOADS
        .iter()
        .enumerate()
        .map(|(i, &(path, label))| {
            // The points and events in the page's language; the whole data and the
            // TimelineJS file as they are.
            let path = crate::export::in_lang(if i < 2 { site.lang } else { Lang::En }, path);
            view! { {(i > 0).then_some(", ")}<a href=format!("{}{path}", site.base) download="">{site.t(label)}</a> }
        })
        .collect_view();
    view! {
        <footer class="site-footer">
            <div class="wrap">
                <p class="downloads">{site.t("Download the data: ")}{downloads}{site.t(". Each record with its sources and its address here.")}</p>
                <DataVersion />
                <p>
                    {site.t("Summaries are ours, not the plan's wording; short quotations are marked. Party roles (obliged, benefits, named) are our editorial reading of each point. Every point and event links to the reports it rests on.")}
                </p>
                <p>{site.t("This page loads nothing from any other site and keeps no record of its readers.")}</p>
            </div>
        </footer>
    }
}
