//! The browser's side of the static records (wasm only): reading each record's filter keys
//! and title from the page, showing and hiding records as the filter changes, and the clicks
//! and keys inside them. The decisions stay in the core (`filter`, `url`, `keys`); this file
//! only finds elements (by `markup`'s names) and flips their flags.

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use super::copy;
use crate::facets::{EventKeys, PointKeys};
use crate::filter::Edit;
use crate::i18n::Lang;
use crate::markup;
use crate::ui::state::{is_plain_click, PageState};
use crate::url::{self, View};

pub fn all(root: &impl AsRef<web_sys::Element>, selector: &str) -> Vec<Element> {
    let Ok(list) = root.as_ref().query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

/// The point cards' keys, in page order (`markup::SEL_CARD_ITEM`, with the point's keys).
pub fn point_keys() -> Vec<PointKeys> {
    all(&gloo_utils::document_element(), markup::SEL_CARD_ITEM)
        .iter()
        .filter_map(|item| {
            let article = item.query_selector(markup::SEL_CARD).ok().flatten()?;
            let number = markup::parse_point_id(&article.id())?;
            let subs: Vec<String> = all(item, markup::SEL_SUB_TEXT)
                .iter()
                .map(|s| s.text_content().unwrap_or_default())
                .collect();
            let attr = |name: &str| item.get_attribute(name).unwrap_or_default();
            Some(PointKeys::from_markup(
                number,
                &attr(markup::DATA_ROLES),
                &attr(markup::DATA_THEMES),
                &attr(markup::DATA_LATER),
                &attr(markup::DATA_STANCES),
                &text_of(&article, markup::SEL_CARD_TITLE_TEXT),
                &text_of(&article, markup::SEL_SUMMARY),
                subs.iter().map(String::as_str),
            ))
        })
        .collect()
}

/// The events' keys, in page order (`markup::SEL_EVENT_ITEM`, with the event's parties).
pub fn event_keys() -> Vec<EventKeys> {
    all(&gloo_utils::document_element(), markup::SEL_EVENT_ITEM)
        .iter()
        .filter_map(|item| {
            let article = item.query_selector(markup::SEL_EVENT).ok().flatten()?;
            Some(EventKeys {
                id: markup::parse_event_id(&article.id())?.to_string(),
                parties: crate::facets::parse_list(
                    &item.get_attribute(markup::DATA_PARTIES).unwrap_or_default(),
                ),
            })
        })
        .collect()
}

/// Whether this page is the timeline's part after the release (its records' wrapper says so).
pub fn is_after_part() -> bool {
    document()
        .query_selector(markup::SEL_PART_AFTER)
        .ok()
        .flatten()
        .is_some()
}

/// The title of a point's or an event's page, from its record's text on this page.
pub fn record_title(lang: Lang, view: &View) -> Option<String> {
    match view {
        View::Points | View::Timeline(_) | View::Balance => {
            Some(crate::titles::screen_title(lang, view.screen()))
        }
        View::Point(n) => {
            let card = document().get_element_by_id(&markup::point_id(*n))?;
            Some(crate::titles::point_title(
                lang,
                *n,
                text_of(&card, markup::SEL_CARD_TITLE_TEXT).trim(),
            ))
        }
        View::Event(id) => {
            let event = document().get_element_by_id(&markup::event_id(id))?;
            let when = event
                .query_selector(markup::SEL_EVENT_DATE)
                .ok()
                .flatten()?
                .get_attribute("title")?;
            Some(crate::titles::event_title_from(
                lang,
                text_of(&event, markup::SEL_EVENT_TITLE).trim(),
                &when,
            ))
        }
    }
}

/// The elements a filter change touches, found once.
struct Records {
    /// One per record, in page order: its list item.
    items: Vec<Element>,
    /// The overview's marks (the timeline), one per event.
    marks: Vec<Element>,
    /// The month sections (the timeline), each with the range of its items.
    months: Vec<(Element, std::ops::Range<usize>)>,
    empty: Option<Element>,
    /// What the page shows now (pre-rendered: everything).
    shown: Vec<bool>,
}

impl Records {
    fn read(root: &Element) -> Self {
        let items = all(root, markup::SEL_RECORD_ITEM);
        let mut months = Vec::new();
        let mut start = 0;
        for month in all(root, markup::SEL_MONTH) {
            let n = all(&month, markup::SEL_EVENT_ITEM).len();
            months.push((month, start..start + n));
            start += n;
        }
        Records {
            shown: vec![true; items.len()],
            items,
            marks: all(root, markup::SEL_MARK_GROUP),
            months,
            empty: root.query_selector(markup::SEL_EMPTY).ok().flatten(),
        }
    }

    fn show(&mut self, visible: &[bool]) {
        for (i, (&now, was)) in visible.iter().zip(self.shown.iter_mut()).enumerate() {
            if now == *was {
                continue;
            }
            *was = now;
            set_hidden(self.items.get(i), !now);
            if let Some(mark) = self.marks.get(i) {
                let _ = mark.set_attribute("visibility", if now { "visible" } else { "hidden" });
            }
        }
        for (month, range) in &self.months {
            let any = self
                .shown
                .get(range.clone())
                .is_some_and(|s| s.contains(&true));
            set_hidden(Some(month), !any);
        }
    }
}

/// The `hidden` property of a list item or a month's section (HTML elements both): one call
/// with a bool, where `set_flag` passes two strings to the browser. At 2,000 points a filter
/// change's DOM phase went from 3.5–3.7 ms to 2.8–3.2 ms with it (plain JS: 1.4 ms).
fn set_hidden(el: Option<&Element>, hidden: bool) {
    if let Some(el) = el {
        el.unchecked_ref::<web_sys::HtmlElement>()
            .set_hidden(hidden);
    }
}

pub fn set_flag(el: Option<&Element>, name: &str, on: bool) {
    if let Some(el) = el {
        let _ = if on {
            el.set_attribute(name, "")
        } else {
            el.remove_attribute(name)
        };
    }
}

/// Keeps the records in step with the page's state: which are shown, the empty state, and
/// the focused record's mark. Touches only what changed (the records and the focus, as the
/// page last had them): at 2,000 records a query over the whole list costs more than the
/// filter itself.
pub fn follow_filter(page: PageState, root: NodeRef<html::Div>) {
    let mut records: Option<Records> = None;
    // What the pre-rendered page marks: the record of the plain path, if any.
    let mut focused: Option<String> = page.route.with_untracked(|r| record_id(&r.view));
    Effect::new(move |_| {
        let Some(root) = root.get() else {
            return;
        };
        let records = records.get_or_insert_with(|| Records::read(&root));
        page.visible.with(|v| records.show(v));
        set_flag(
            records.empty.as_ref(),
            "hidden",
            !page.matching.with(Vec::is_empty),
        );
        let now = page.route.with(|r| record_id(&r.view));
        if now != focused {
            let element =
                |id: &Option<String>| id.as_ref().and_then(|id| document().get_element_by_id(id));
            if let Some(el) = element(&focused) {
                let _ = el.class_list().remove_1(markup::FOCUSED);
            }
            if let Some(el) = element(&now) {
                let _ = el.class_list().add_1(markup::FOCUSED);
            }
            focused = now;
        }
    });
}

/// The element id of a view's focused record: "point-12", "event-<id>".
pub fn record_id(view: &View) -> Option<String> {
    match view {
        View::Point(n) => Some(markup::point_id(*n)),
        View::Event(id) => Some(markup::event_id(id)),
        _ => None,
    }
}

/// The element an event happened on.
pub fn target(e: &web_sys::Event) -> Option<Element> {
    e.target()?.dyn_into::<Element>().ok()
}

/// `el` or its nearest ancestor that `selector` matches.
pub fn closest(el: &Element, selector: &str) -> Option<Element> {
    el.closest(selector).ok().flatten()
}

/// The event a mark of the overview stands for (marks are in the events' order).
fn mark_view(page: PageState, mark: &Element) -> Option<View> {
    let marks = all(&mark.parent_element()?, markup::SEL_MARK_GROUP);
    let i = marks.iter().position(|m| m == mark)?;
    Some(View::Event(page.events.get(i)?.id.clone()))
}

/// The view an app link without a query opens, if `a` is one (site-absolute under the base). On this page's
/// screen it must name a record the page has; the other screen's page checks its own.
fn link_view(page: PageState, a: &Element) -> Option<View> {
    let href = a.get_attribute("href")?;
    // A link with its own query (the table's roles and totals) names its filters: followed as is.
    if href.contains('?') {
        return None;
    }
    let path = href.strip_prefix(page.base)?.split('#').next()?;
    let view = url::link_view(path)?;
    if page.is_here(&view) && !url::decode(path, "", &page.known).notices.is_empty() {
        return None;
    }
    Some(view)
}

pub fn on_record_click(page: PageState, e: &ev::MouseEvent) {
    let Some(el) = target(e) else {
        return;
    };
    if let Some(button) = closest(&el, markup::SEL_COPY) {
        copy::copy(page, button);
    } else if let Some(button) = closest(&el, markup::SEL_CITE) {
        copy::cite(page, button);
    } else if closest(&el, markup::SEL_EMPTY_RESET).is_some() {
        page.edit(Edit::Reset);
    } else if let Some(view) =
        closest(&el, markup::SEL_MARK_GROUP).and_then(|m| mark_view(page, &m))
    {
        page.go(view);
    } else if let Some(view) = closest(&el, "a[href]").and_then(|a| link_view(page, &a)) {
        if is_plain_click(e) {
            e.prevent_default();
            page.go(view);
        }
    }
}

/// Enter and Space open an overview mark, as a link would.
pub fn on_record_key(page: PageState, e: &ev::KeyboardEvent) {
    if e.key() != "Enter" && e.key() != " " {
        return;
    }
    if let Some(view) = target(e)
        .and_then(|el| closest(&el, markup::SEL_MARK_GROUP))
        .and_then(|m| mark_view(page, &m))
    {
        e.prevent_default();
        page.go(view);
    }
}
