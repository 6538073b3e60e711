//! The few browser calls the views make: where we are (path relative to the site's base,
//! query), history entries, the document title, focus and the clipboard. Thin wrappers;
//! the decisions live in `crate::url`. Natively (pre-rendering at build time) the location
//! is the page being rendered and the calls that change the page do nothing.

use leptos::prelude::{document, window};
use wasm_bindgen::JsValue;
use web_sys::{ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

use crate::url::{self, Route};

#[cfg(not(target_arch = "wasm32"))]
pub use super::prerender::{base_path, location};

/// The path the site is hosted under, from `<base href>`: "/" or "/twenty-eight/".
#[cfg(target_arch = "wasm32")]
pub fn base_path() -> String {
    document()
        .base_uri()
        .ok()
        .flatten()
        .map(|b| url::base_path(&b))
        .unwrap_or_else(|| "/".to_string())
}

/// The current location as (path relative to the base, query without "?").
#[cfg(target_arch = "wasm32")]
pub fn location(base: &str) -> (String, String) {
    let loc = window().location();
    let path = loc.pathname().unwrap_or_default();
    let query = loc.search().unwrap_or_default();
    (
        url::relative_to_base(&path, base).to_string(),
        query.trim_start_matches('?').to_string(),
    )
}

/// The site-absolute path of a route: "/twenty-eight/p/12?party=ua".
pub fn href(base: &str, route: &Route) -> String {
    format!("{base}{}", url::encode(route))
}

/// The full URL of a route, for sharing.
pub fn absolute(base: &str, route: &Route) -> String {
    let origin = window().location().origin().unwrap_or_default();
    format!("{origin}{}", href(base, route))
}

fn history_call(base: &str, route: &Route, push: bool) {
    if !cfg!(target_arch = "wasm32") {
        return;
    }
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
    if push && current != target {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&target));
    } else if current != target {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&target));
    }
}

/// A new history entry (opening a point or an event, switching views).
pub fn push(base: &str, route: &Route) {
    history_call(base, route, true);
}

/// Rewrites the current entry (filter changes, canonicalising a link).
pub fn replace(base: &str, route: &Route) {
    history_call(base, route, false);
}

pub fn set_title(title: &str) {
    document().set_title(title);
}

/// Scrolls the element into view and moves keyboard focus to it. `jump`: at once (a link
/// opened cold); otherwise smoothly unless the reader asked for reduced motion (the CSS
/// decides).
pub fn focus_element(id: &str, jump: bool) {
    let Some(el) = document().get_element_by_id(id) else {
        return;
    };
    let opts = ScrollIntoViewOptions::new();
    opts.set_block(ScrollLogicalPosition::Start);
    opts.set_behavior(if jump {
        ScrollBehavior::Instant
    } else {
        ScrollBehavior::Auto
    });
    el.scroll_into_view_with_scroll_into_view_options(&opts);
    focus_without_scrolling(el);
}

/// Moves keyboard focus to the element where it is, without scrolling (the takeover).
#[cfg(target_arch = "wasm32")]
pub fn focus_in_place(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        focus_without_scrolling(el);
    }
}

fn focus_without_scrolling(el: web_sys::Element) {
    if let Ok(html) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
        let focus = web_sys::FocusOptions::new();
        focus.set_prevent_scroll(true);
        let _ = html.focus_with_options(&focus);
    }
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

/// Embed mode: every link (including sources) opens in a new tab, via `<base target>`.
pub fn links_open_in_new_tab() {
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    if let Ok(Some(base)) = document().query_selector("base") {
        let _ = base.set_attribute("target", "_blank");
    }
}

pub fn open_in_new_tab(url: &str) {
    let _ = window().open_with_url_and_target_and_features(url, "_blank", "noopener");
}
