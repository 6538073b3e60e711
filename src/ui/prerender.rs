//! Build-time rendering (native builds only): the `site` binary renders each page's first
//! view to HTML with the same components and data as the browser, so the page paints before
//! the wasm arrives. In the browser, `ui::mount` then swaps that markup for the live app
//! within one task, so nothing flashes.

use std::cell::RefCell;

use leptos::prelude::*;

use super::app::Explorer;
use crate::model::Dataset;

thread_local! {
    /// The page being rendered: (base path, path relative to the base).
    static PAGE: RefCell<(String, String)> = RefCell::new(("/".to_string(), String::new()));
}

/// The base path of the page being rendered ("/" or "/twenty-eight/").
pub fn base_path() -> String {
    PAGE.with(|p| p.borrow().0.clone())
}

/// The page being rendered as (path relative to the base, query): never a query, since only
/// the plain pages are written at build time.
pub fn location(_base: &str) -> (String, String) {
    PAGE.with(|p| (p.borrow().1.clone(), String::new()))
}

/// The markup of `<body>` for the page at `path` (relative to `base`, e.g. "p/21"): what the
/// app renders first for that address with `data`.
pub fn render(data: &'static Dataset, base: &str, path: &str) -> String {
    PAGE.with(|p| *p.borrow_mut() = (base.to_string(), path.to_string()));
    let owner = Owner::new();
    let html = owner.with(|| Explorer(data).to_html());
    // Leptos marks where dynamic children go, for hydration; the live app rebuilds the page
    // instead of hydrating it, so the markers are dead bytes. (Text from the data is escaped,
    // so "<!" only ever starts a marker.)
    html.replace("<!--<() />-->", "").replace("<!>", "")
}
