//! The views: Leptos components that wire signals to the pure core. No logic lives here
//! that a native test could check instead.

mod app;
mod browser;
mod copy_link;
#[cfg(target_arch = "wasm32")]
mod data_error;
mod filters;
mod notices;
mod point_card;
mod points_view;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
mod sources;
#[cfg(target_arch = "wasm32")]
mod takeover;
mod timeline_view;

/// Mounts the app on `<body>`, in place of the first view pre-rendered at build time.
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    takeover::take_over(app::App);
}
