//! The islands: the only parts of a page with code in the browser. Each renders natively into
//! the pre-rendered page (inside `<leptos-island>`) and hydrates over that markup in the
//! browser. None takes props (props would travel as JSON and pull serde_json into the wasm):
//! they read the page's state (`super::state`) and the page's own markup (`crate::markup`).
//!
//! Beside each island, its browser half (wasm only): `records_dom`, `balance_dom` and `copy`
//! for `Records`; `filters_dom` and `download` (the downloads) for `Filters`; `nav_dom`
//! for `Nav`.

mod filters;
mod nav;
mod notices;
mod records;

#[cfg(target_arch = "wasm32")]
pub mod balance_dom;
#[cfg(target_arch = "wasm32")]
mod copy;
#[cfg(target_arch = "wasm32")]
mod download;
#[cfg(target_arch = "wasm32")]
mod filters_dom;
#[cfg(target_arch = "wasm32")]
mod nav_dom;
#[cfg(target_arch = "wasm32")]
pub mod records_dom;

// The static pages place them (natively); in the browser they are reached only through the
// hydrate functions they export.
#[cfg(not(target_arch = "wasm32"))]
pub use filters::Filters;
#[cfg(not(target_arch = "wasm32"))]
pub use nav::Nav;
#[cfg(not(target_arch = "wasm32"))]
pub use notices::Notices;
#[cfg(not(target_arch = "wasm32"))]
pub use records::Records;
