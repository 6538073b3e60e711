//! The page: loads the data, turns the URL into the route signal, keeps the two in step
//! (history, title, focus) and picks the screen.

use leptos::ev;
use leptos::prelude::*;

use super::browser;
#[cfg(target_arch = "wasm32")]
use super::data_error::DataErrorPanel;
use super::notices::Notices;
use super::points_view::PointsView;
use super::timeline_view::TimelineView;
use crate::filter::Filter;
use crate::model::Dataset;
use crate::url::{self, Known, Route, View};

/// What every component may reach: the data (loaded once, lives as long as the page), the
/// site's base path, and the signals that hold the view state.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub data: &'static Dataset,
    pub base: &'static str,
    pub route: RwSignal<Route>,
    pub notices: RwSignal<Vec<String>>,
    /// Polite announcements for screen readers ("Link copied").
    pub announce: RwSignal<String>,
}

impl Ctx {
    /// A filter change: rewrites the current history entry.
    pub fn set_filter(self, filter: Filter) {
        self.route.update(|r| r.filter = filter);
        browser::replace(self.base, &self.route.get_untracked());
    }

    /// Opening a point, an event or a screen: a new history entry, filters kept.
    pub fn go(self, view: View) {
        if self.route.with_untracked(|r| r.embed) {
            // Embedded in another site: open the full site in a new tab instead.
            browser::open_in_new_tab(&browser::absolute(self.base, &self.route_to(view)));
            return;
        }
        self.route.update(|r| r.view = view);
        self.notices.set(Vec::new());
        browser::push(self.base, &self.route.get_untracked());
    }

    /// The full site's route to a view, with the current filters (never the embed mode).
    pub fn route_to(self, view: View) -> Route {
        self.route.with_untracked(|r| Route {
            view,
            filter: r.filter.clone(),
            embed: false,
        })
    }

    /// The site-absolute link to a view with the current filters.
    pub fn href(self, view: View) -> String {
        browser::href(self.base, &self.route_to(view))
    }

    /// The site-absolute link to a view alone, without filters (static hrefs of cards and
    /// events; a plain click still keeps the filters through `on_nav`).
    pub fn path_href(self, view: &View) -> String {
        format!("{}{}", self.base, url::encode_path(view))
    }

    /// A click handler for in-app links: plain left clicks navigate without reloading;
    /// modified clicks (new tab, new window) are left to the browser.
    pub fn on_nav(self, view: View) -> impl Fn(ev::MouseEvent) + 'static {
        move |e: ev::MouseEvent| {
            if e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key()) {
                e.prevent_default();
                self.go(view.clone());
            }
        }
    }
}

fn leak_codes<T>(
    items: &'static [T],
    code: fn(&'static T) -> &'static str,
) -> &'static [&'static str] {
    Box::leak(
        items
            .iter()
            .map(code)
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    )
}

/// The page in the browser: the app, or what is wrong with this build's data.
#[cfg(target_arch = "wasm32")]
#[component]
pub fn App() -> impl IntoView {
    match crate::data::load_shipped() {
        // Loaded once, kept for the page's lifetime.
        Ok(dataset) => Explorer(Box::leak(Box::new(dataset))).into_any(),
        Err(errors) => view! {
            <SiteHeader nav=false />
            <main id="main" data-ready="">
                <DataErrorPanel errors />
            </main>
        }
        .into_any(),
    }
}

#[component]
fn SiteHeader(nav: bool) -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="wrap">
                <p class="site-name">"Twenty-Eight"</p>
                <h1>"The US 28-point peace plan for Ukraine"</h1>
                <p class="tagline">
                    "Every point of the draft posted online and confirmed by the White House on "
                    "20 November 2025, in our own words, with who it binds, who it favours, "
                    "where each line comes from, and the 2025 timeline that led to it."
                </p>
                {nav.then(Nav)}
            </div>
        </header>
    }
}

#[component]
fn Nav() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let on_timeline = move || ctx.route.with(|r| r.view.is_timeline());
    let current = move |yes: bool| if yes { Some("page") } else { None };
    view! {
        <nav class="views" aria-label="Views">
            <a
                href=move || { ctx.route.track(); ctx.href(View::Points) }
                aria-current=move || current(!on_timeline())
                on:click=ctx.on_nav(View::Points)
            >
                "The 28 points"
            </a>
            <a
                href=move || { ctx.route.track(); ctx.href(View::Timeline) }
                aria-current=move || current(on_timeline())
                on:click=ctx.on_nav(View::Timeline)
            >
                "Timeline, Jan–Nov 2025"
            </a>
        </nav>
    }
}

/// The app with its data loaded (also what `prerender` renders at build time).
#[allow(non_snake_case)]
pub(super) fn Explorer(data: &'static Dataset) -> impl IntoView {
    let base: &'static str = Box::leak(browser::base_path().into_boxed_str());
    let known = Known {
        parties: leak_codes(&data.parties, |p| p.code.as_str()),
        themes: leak_codes(&data.themes, |t| t.code.as_str()),
        point_count: data.points.len() as u32,
        event_ids: leak_codes(&data.events, |e| e.id.as_str()),
    };
    let read_location = move || {
        let (path, query) = browser::location(base);
        url::decode(&path, &query, &known)
    };
    let first = read_location();
    let ctx = Ctx {
        data,
        base,
        route: RwSignal::new(first.route),
        notices: RwSignal::new(first.notices),
        announce: RwSignal::new(String::new()),
    };
    provide_context(ctx);
    // The address bar shows what the page shows: a cleaned-up link replaces a messy one.
    browser::replace(base, &ctx.route.get_untracked());
    if ctx.route.with_untracked(|r| r.embed) {
        browser::links_open_in_new_tab();
    }

    // Back and Forward (in the browser only: pre-rendering has no history).
    #[cfg(target_arch = "wasm32")]
    {
        let handle = window_event_listener(ev::popstate, move |_| {
            let decoded = read_location();
            ctx.route.set(decoded.route);
            ctx.notices.set(decoded.notices);
        });
        on_cleanup(move || handle.remove());
    }

    let view_memo = Memo::new(move |_| ctx.route.with(|r| r.view.clone()));
    // Title and focus follow the focused record.
    Effect::new(move |first: Option<()>| {
        let view = view_memo.get();
        let (title, target) = match &view {
            View::Points => (
                "Twenty-Eight: the US 28-point peace plan for Ukraine".to_string(),
                None,
            ),
            View::Timeline => ("Timeline, Jan–Nov 2025 · Twenty-Eight".to_string(), None),
            View::Point(n) => (
                format!(
                    "Point {n}: {} · Twenty-Eight",
                    data.point(*n).map_or("", |p| p.title.as_str())
                ),
                Some(format!("point-{n}")),
            ),
            View::Event(id) => (
                data.event(id)
                    .map_or_else(String::new, crate::site::event_title),
                Some(format!("event-{id}")),
            ),
        };
        browser::set_title(&title);
        if let Some(id) = target {
            let jump = first.is_none();
            request_animation_frame(move || browser::focus_element(&id, jump));
        }
    });

    let embed = move || ctx.route.with(|r| r.embed);
    let screen = move || {
        if view_memo.with(View::is_timeline) {
            view! { <TimelineView /> }.into_any()
        } else {
            view! { <PointsView /> }.into_any()
        }
    };
    view! {
        <a class="skip-link" href="#main" on:click=|e: ev::MouseEvent| {
            e.prevent_default();
            browser::focus_element("main", true);
        }>"Skip to content"</a>
        <Show when=move || !embed()>
            <SiteHeader nav=true />
        </Show>
        <Notices />
        // `data-ready` marks the live app: absent from the markup pre-rendered at build time.
        <main id="main" tabindex="-1" data-ready=cfg!(target_arch = "wasm32").then_some("") class:embed=embed>
            {screen}
        </main>
        <p class="sr-only" role="status" aria-live="polite">{move || ctx.announce.get()}</p>
        <Show when=move || !embed()>
            <SiteFooter />
        </Show>
    }
}

#[component]
fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <div class="wrap">
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
