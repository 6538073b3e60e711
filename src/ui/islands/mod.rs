//! The islands: the only parts of a page with code in the browser. Each renders natively into
//! the pre-rendered page (inside `<leptos-island>`) and hydrates over that markup in the
//! browser. None takes props (props would travel as JSON and pull serde_json into the wasm):
//! they read the page's state (`super::state`) and the page's own markup.

mod filter_bar;
mod nav;
mod notices;
mod records;

// The static pages place them (natively); in the browser they are reached only through the
// hydrate functions they export.
#[cfg(not(target_arch = "wasm32"))]
pub use filter_bar::{PointFilters, TimelineFilters};
#[cfg(not(target_arch = "wasm32"))]
pub use nav::Nav;
#[cfg(not(target_arch = "wasm32"))]
pub use notices::Notices;
#[cfg(not(target_arch = "wasm32"))]
pub use records::{EventList, PointList};
