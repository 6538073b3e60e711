//! The views. Natively (`ssr`) the `site` binary renders every page with them; in the browser
//! (`hydrate`) only the islands run, over that markup. The folders say which parts move:
//!
//! - `pages/` (native only): the static page components, the frame around a screen, the
//!   screens, cards and comparison pages, and `prerender`, which renders a page. They read
//!   `context::Site`; they place the islands.
//! - `islands/`: the parts with code in the browser, each island beside its browser half
//!   (`records` with `records_dom`, `balance_dom` and `copy`; `filters` with `filters_dom` and
//!   `download`).
//!   They read `state::PageState`, never `Site`, and import nothing from `pages/`.
//! - Below both: `context` (the static pages' context), `state` (the islands' shared state),
//!   `browser` (the browser calls), and `live` (the entry points the boot script calls, wasm).
//!
//! The markup both sides rely on is named once, in `crate::markup`. No logic lives here that a
//! native test could check instead: the core decides.

mod browser;
mod islands;
mod state;

#[cfg(not(target_arch = "wasm32"))]
mod context;
#[cfg(not(target_arch = "wasm32"))]
mod pages;
#[cfg(not(target_arch = "wasm32"))]
pub use pages::prerender;

#[cfg(target_arch = "wasm32")]
pub mod live;
