//! Twenty-Eight: an explorer of the US 28-point peace plan for Ukraine (draft of 20 Nov 2025)
//! and the 2025 timeline behind it.
//!
//! The crate is a pure core (everything but `ui`), plain Rust tested natively with
//! `cargo test`, and thin Leptos views (`ui`) that wire signals to it. The views run in the
//! browser (wasm32) and, natively, pre-render each page's first view at build time.
//! See ARCHITECTURE.md for the map.

#![recursion_limit = "256"]

pub mod data;
pub mod date;
pub mod filter;
pub mod model;
pub mod pack;
pub mod site;
pub mod timeline;
pub mod url;
pub mod validate;

pub mod ui;
