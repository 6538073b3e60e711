//! The views. Natively (`ssr`) the `site` binary renders every page with them; in the browser
//! (`hydrate`) only the islands run, over that markup. The file list says which parts move:
//!
//! - static markup, native only: `page`, `points_screen`, `point_card`, `timeline_screen`,
//!   `balance_screen` (the table of who gives and who gains),
//!   `versions_screen` (the comparison pages, where nothing moves), `sources`, `data_error`,
//!   and `prerender`, which renders a page;
//! - the islands (`islands/`): the filter bars, the views menu, the notices and the two
//!   record lists; they share the page's state (`state`);
//! - the browser only: `live` (the entry points the boot script calls), `dom` (reading and
//!   flipping the static records), `balance_dom` (the same for the table of who gives and who
//!   gains), `export_dom` (downloading the shown records), `copy_link`'s handler, and
//!   `browser` (the browser calls).
//!
//! No logic lives here that a native test could check instead: the core decides.

mod browser;
mod copy_link;
mod islands;
mod state;

#[cfg(not(target_arch = "wasm32"))]
mod balance_screen;
#[cfg(not(target_arch = "wasm32"))]
mod data_error;
#[cfg(not(target_arch = "wasm32"))]
mod page;
#[cfg(not(target_arch = "wasm32"))]
mod point_card;
#[cfg(not(target_arch = "wasm32"))]
mod points_screen;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
#[cfg(not(target_arch = "wasm32"))]
mod sources;
#[cfg(not(target_arch = "wasm32"))]
mod timeline_screen;
#[cfg(not(target_arch = "wasm32"))]
mod versions_screen;

#[cfg(target_arch = "wasm32")]
mod balance_dom;
#[cfg(target_arch = "wasm32")]
mod dom;
#[cfg(target_arch = "wasm32")]
mod export_dom;
#[cfg(target_arch = "wasm32")]
pub mod live;
