//! The page's state, shared by every island: the route (what the URL says), the notices, the
//! page's records as the filter sees them, and what the filter keeps. Natively the page being
//! pre-rendered provides it as context; in the browser `live::start` provides it on the root
//! owner that every island's owner descends from.

use leptos::ev;
use leptos::prelude::*;

use super::browser;
use crate::facets::{EventKeys, PointKeys};
use crate::filter::{visibility, Edit};
use crate::i18n::{self, Lang};
use crate::url::{Known, Route, Screen, View};
use crate::vocabulary;

#[derive(Clone, Copy)]
pub struct PageState {
    /// The path the site is served under: "/" or "/twenty-eight/".
    pub base: &'static str,
    /// Which screen this page is; a view on the other one is another page.
    pub screen: Screen,
    /// The page's language (its route's, which a view never changes: the other language is
    /// another page).
    pub lang: Lang,
    pub route: RwSignal<Route>,
    pub notices: RwSignal<Vec<String>>,
    /// This page's records (the points, or the events), in page order.
    pub points: &'static [PointKeys],
    pub events: &'static [EventKeys],
    /// What a URL may name here (for reading links and the location).
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    pub known: Known<'static>,
    /// Positions of the records the filter keeps; the filter runs once per change.
    pub matching: Memo<Vec<usize>>,
    /// One flag per record: shown or not (the focused record always is). Browser only: the
    /// pre-rendered page shows every record.
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    pub visible: Memo<Vec<bool>>,
}

impl PageState {
    pub fn new(
        base: &'static str,
        screen: Screen,
        route: Route,
        points: &'static [PointKeys],
        events: &'static [EventKeys],
        known: Known<'static>,
    ) -> Self {
        let lang = route.lang;
        let route = RwSignal::new(route);
        let matching = Memo::new(move |_| {
            route.with(|r| match screen {
                Screen::Points | Screen::Balance => r.filter.apply_points(points),
                Screen::Timeline(_) => r.filter.apply_events(events),
            })
        });
        let visible = Memo::new(move |_| {
            let focused = route.with(|r| match &r.view {
                View::Point(n) => points.iter().position(|p| p.number == *n),
                View::Event(id) => events.iter().position(|e| &e.id == id),
                _ => None,
            });
            let total = match screen {
                Screen::Points | Screen::Balance => points.len(),
                Screen::Timeline(_) => events.len(),
            };
            matching.with(|m| visibility(total, m, focused))
        });
        PageState {
            base,
            screen,
            lang,
            route,
            notices: RwSignal::new(Vec::new()),
            points,
            events,
            known,
            matching,
            visible,
        }
    }

    /// "9 of 28 points", "All 50 events"; "9 пунктів із 28".
    pub fn count(self) -> String {
        let (total, noun) = match self.screen {
            Screen::Points | Screen::Balance => (self.points.len(), i18n::POINTS),
            Screen::Timeline(_) => (self.events.len(), i18n::EVENTS),
        };
        self.matching
            .with(|m| i18n::count_label(self.lang, m.len(), total, noun))
    }

    /// An island's interface string in the page's language.
    pub fn t(self, en: &'static str) -> &'static str {
        i18n::t(self.lang, en)
    }

    /// A filter change: rewrites the current history entry. (Browser only: the islands'
    /// halves that make edits are wasm only.)
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    pub fn edit(self, edit: Edit) {
        self.route
            .update(|r| r.filter.apply(edit, vocabulary::CODES.parties));
        browser::replace(self.base, &self.route.get_untracked());
    }

    /// Whether this page shows `view`: its own screen, or an event among its records (an event
    /// of the timeline's other part is on the other part's page).
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    pub fn is_here(self, view: &View) -> bool {
        match view {
            View::Event(id) => self.events.iter().any(|e| &e.id == id),
            v => v.screen() == self.screen,
        }
    }

    /// The full site's route to a view, with the current filters (never the embed mode).
    pub fn route_to(self, view: View) -> Route {
        self.route.with_untracked(|r| Route {
            lang: r.lang,
            filter: view.carried(&r.filter),
            view,
            embed: false,
        })
    }

    /// The site-absolute link to a view with the current filters.
    pub fn href(self, view: View) -> String {
        browser::href(self.base, &self.route_to(view))
    }

    /// Opening a point, an event or a screen, filters kept: on this page, a new history entry;
    /// on the other screen, that page; embedded in another site, the full site in a new tab.
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    pub fn go(self, view: View) {
        if self.route.with_untracked(|r| r.embed) {
            browser::open_in_new_tab(&browser::absolute(self.base, &self.route_to(view)));
        } else if !self.is_here(&view) {
            browser::assign(&self.href(view));
        } else {
            self.route.update(|r| r.view = view);
            self.notices.set(Vec::new());
            browser::push(self.base, &self.route.get_untracked());
        }
    }
}

/// What a URL may name: the shipped parties and themes, and the page's records (`points` and
/// `events` are leaked: they live as long as the page).
pub fn known(points: usize, events: &'static [EventKeys]) -> Known<'static> {
    let ids: Vec<&'static str> = events.iter().map(|e| e.id.as_str()).collect();
    Known {
        parties: vocabulary::CODES.parties,
        themes: vocabulary::CODES.themes,
        versions: vocabulary::CODES.versions,
        point_count: points as u32,
        event_ids: ids.leak(),
    }
}

/// A left click with no modifier key: the reader means "open here".
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub fn is_plain_click(e: &ev::MouseEvent) -> bool {
    e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key())
}
