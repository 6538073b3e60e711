//! The few browser calls the islands make: where we are (path relative to the site's base,
//! query), history entries, navigation, the title, focus, the clipboard and the live region.
//! Thin wrappers; the decisions live in `crate::url`. They compile natively too (web-sys does),
//! where the pre-rendering builds the islands' handlers but never runs them. Most are
//! called only from the wasm-only browser halves (`live`, `islands::*_dom`, `copy`,
//! `download`): natively they are dead code, and allowed to be.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

use crate::url::{self, Route};

/// The site-absolute path of a route: "/twenty-eight/p/12?party=ua".
pub fn href(base: &str, route: &Route) -> String {
    format!("{base}{}", url::encode(route))
}

use leptos::prelude::{document, window};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

/// The path the site is hosted under, from `<base href>`: "/" or "/twenty-eight/".
pub fn base_path() -> String {
    document()
        .base_uri()
        .ok()
        .flatten()
        .map(|b| url::base_path(&b))
        .unwrap_or_else(|| "/".to_string())
}

/// The language of the page's markup (`<html lang>`).
pub fn page_lang() -> crate::i18n::Lang {
    let html = gloo_utils::document_element();
    crate::i18n::Lang::from_code(&html.get_attribute("lang").unwrap_or_default())
}

/// The islands' strings the page carries in its language (`markup::DATA_STRINGS`), if any.
pub fn page_strings() -> Option<String> {
    gloo_utils::document()
        .query_selector(crate::markup::SEL_LIVE_STRINGS)
        .ok()
        .flatten()?
        .get_attribute(crate::markup::DATA_STRINGS)
}

/// The current location as (path relative to the base, query without "?").
pub fn location(base: &str) -> (String, String) {
    let loc = window().location();
    let path = loc.pathname().unwrap_or_default();
    let query = loc.search().unwrap_or_default();
    (
        url::relative_to_base(&path, base).to_string(),
        query.trim_start_matches('?').to_string(),
    )
}

/// The full URL of a route, for sharing.
pub fn absolute(base: &str, route: &Route) -> String {
    let origin = window().location().origin().unwrap_or_default();
    format!("{origin}{}", href(base, route))
}

fn history_call(base: &str, route: &Route, push: bool) {
    let Ok(history) = window().history() else {
        return;
    };
    let target = href(base, route);
    let current = {
        let loc = window().location();
        format!(
            "{}{}",
            loc.pathname().unwrap_or_default(),
            loc.search().unwrap_or_default()
        )
    };
    if current == target {
        return;
    }
    let _ = if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(&target))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&target))
    };
}

/// A new history entry (opening a point or an event on this page).
pub fn push(base: &str, route: &Route) {
    history_call(base, route, true);
}

/// Rewrites the current entry (filter changes, canonicalising a link).
pub fn replace(base: &str, route: &Route) {
    history_call(base, route, false);
}

/// Loads another page (the other screen).
pub fn assign(url: &str) {
    let _ = window().location().assign(url);
}

/// Replaces this page with another, without a history entry (the 404 page sending a
/// timeline address to the timeline).
pub fn replace_page(url: &str) {
    let _ = window().location().replace(url);
}

pub fn reload() {
    let _ = window().location().reload();
}

pub fn open_in_new_tab(url: &str) {
    let _ = window().open_with_url_and_target_and_features(url, "_blank", "noopener");
}

/// Embed mode: every link (including sources) opens in a new tab, via `<base target>`.
pub fn links_open_in_new_tab() {
    if let Ok(Some(base)) = document().query_selector("base") {
        let _ = base.set_attribute("target", "_blank");
    }
}

pub fn set_title(title: &str) {
    document().set_title(title);
}

/// Scrolls the element into view (smoothly unless the reader asked for reduced motion:
/// the CSS decides) and moves keyboard focus to it.
pub fn focus_element(id: &str) {
    let Some(el) = document().get_element_by_id(id) else {
        return;
    };
    scroll_to_top(&el, ScrollBehavior::Auto);
    focus_without_scrolling(&el);
}

/// Scrolls the element's top to the top of the window.
fn scroll_to_top(el: &web_sys::Element, behavior: ScrollBehavior) {
    let opts = ScrollIntoViewOptions::new();
    opts.set_block(ScrollLogicalPosition::Start);
    opts.set_behavior(behavior);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
}

/// Nothing has keyboard focus yet (the reader has not moved it).
pub fn focus_is_free() -> bool {
    document()
        .active_element()
        .is_none_or(|el| el.tag_name() == "BODY")
}

/// Moves keyboard focus to the element: where it is if its top is on screen (the page
/// does not move under the reader), else scrolled to the top at once.
pub fn focus_shown(id: &str) {
    let Some(el) = document().get_element_by_id(id) else {
        return;
    };
    let top = el.get_bounding_client_rect().top();
    let height = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    if !(0.0..height).contains(&top) {
        scroll_to_top(&el, ScrollBehavior::Instant);
    }
    focus_without_scrolling(&el);
}

/// Today's date, in the reader's time zone.
pub fn today() -> crate::date::Date {
    let now = web_sys::js_sys::Date::new_0();
    crate::date::Date::new(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
}

/// Writes `text` to the clipboard. `Err` when the browser refuses (no permission, insecure
/// context, no API), so the caller can show the link to copy by hand.
pub async fn copy_text(text: &str) -> Result<(), ()> {
    let clipboard = window().navigator().clipboard();
    if JsValue::from(clipboard.clone()).is_undefined() {
        return Err(());
    }
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| ())
}

/// Polite announcements for screen readers ("Link copied"), in `#announcer`.
pub fn announce(text: &str) {
    if let Some(el) = document().get_element_by_id(crate::markup::ANNOUNCER) {
        el.set_text_content(Some(text));
    }
}

thread_local! {
    /// The last download's object URL, kept alive until the next one (dropping it revokes
    /// the URL, which could cut a download the browser has not started yet).
    static LAST_DOWNLOAD: std::cell::RefCell<Option<gloo_file::ObjectUrl>> =
        const { std::cell::RefCell::new(None) };
}

/// The text of a file of this site (a same-origin fetch, which the CSP allows).
pub async fn fetch_text(url: &str) -> Result<String, ()> {
    use wasm_bindgen_futures::JsFuture;
    let response = JsFuture::from(window().fetch_with_str(url))
        .await
        .map_err(|_| ())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| ())?;
    if !response.ok() {
        return Err(());
    }
    let text = JsFuture::from(response.text().map_err(|_| ())?)
        .await
        .map_err(|_| ())?;
    text.as_string().ok_or(())
}

/// Saves `text` as a file named `name`: a Blob (gloo-file) behind a same-origin object URL,
/// opened by a link with `download`, so no request leaves the page and the CSP holds.
pub fn save(name: &str, mime: &str, text: &str) {
    let blob = gloo_file::Blob::new_with_options(text, Some(mime));
    let url = gloo_file::ObjectUrl::from(blob);
    let Ok(a) = document().create_element("a") else {
        return;
    };
    let _ = a.set_attribute("href", &url);
    let _ = a.set_attribute("download", name);
    let body = gloo_utils::body();
    let _ = body.append_child(&a);
    if let Some(a) = a.dyn_ref::<web_sys::HtmlElement>() {
        a.click();
    }
    a.remove();
    LAST_DOWNLOAD.with(|last| *last.borrow_mut() = Some(url));
}

/// Marks the live app: `main[data-ready]` (the tests wait for it).
pub fn mark_ready() {
    if let Ok(Some(main)) = document().query_selector(crate::markup::SEL_MAIN) {
        let _ = main.set_attribute(crate::markup::DATA_READY, "");
    }
}

const CARRIED: &str = "twenty-eight-notices";

/// Keeps notices for the next page of this tab (the 404 page sending a reader on).
pub fn carry_notices(notices: &[String]) {
    if let Ok(Some(store)) = window().session_storage() {
        let _ = store.set_item(CARRIED, &notices.join("\n"));
    }
}

pub fn has_carried_notices() -> bool {
    window()
        .session_storage()
        .ok()
        .flatten()
        .and_then(|store| store.get_item(CARRIED).ok().flatten())
        .is_some()
}

/// The notices the previous page left for this one, once.
pub fn take_carried_notices() -> Vec<String> {
    let Ok(Some(store)) = window().session_storage() else {
        return Vec::new();
    };
    let text = store.get_item(CARRIED).ok().flatten().unwrap_or_default();
    let _ = store.remove_item(CARRIED);
    // Our own text, but read as hostile all the same: bounded, never markup.
    text.lines()
        .filter(|l| !l.is_empty())
        .take(url::MAX_NOTICES)
        .map(|l| l.chars().take(200).collect())
        .collect()
}

/// Moves keyboard focus to an element where it is, without scrolling.
pub fn focus_without_scrolling(el: &web_sys::Element) {
    if let Some(html) = el.dyn_ref::<web_sys::HtmlElement>() {
        let focus = web_sys::FocusOptions::new();
        focus.set_prevent_scroll(true);
        let _ = html.focus_with_options(&focus);
    }
}
