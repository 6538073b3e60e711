//! The views: Leptos components that wire signals to the pure core. No logic lives here
//! that a native test could check instead.

mod app;
mod browser;
mod copy_link;
mod data_error;
mod filters;
mod notices;
mod point_card;
mod points_view;
mod sources;
mod timeline_view;

/// Mounts the app on `<body>`.
pub fn mount() {
    leptos::mount::mount_to_body(app::App);
}
