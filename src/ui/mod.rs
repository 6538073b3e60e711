//! The views: Leptos components that wire signals to the pure core. No logic lives here
//! that a native test could check instead.

mod app;
mod data_error;
mod point_card;

/// Mounts the app on `<body>`.
pub fn mount() {
    leptos::mount::mount_to_body(app::App);
}
