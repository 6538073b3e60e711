//! Twenty-Eight: an explorer of the US 28-point peace plan for Ukraine (draft of 20 Nov 2025)
//! and the 2025 timeline behind it.
//!
//! The crate is a pure core (everything but `ui`), plain Rust tested natively with
//! `cargo test`, and thin Leptos views (`ui`, built for wasm32 only) that wire signals to it.
//! See ARCHITECTURE.md for the map.

pub mod data;
pub mod date;
pub mod filter;
pub mod model;
pub mod site;
pub mod timeline;
pub mod url;
pub mod validate;

#[cfg(target_arch = "wasm32")]
pub mod ui;
