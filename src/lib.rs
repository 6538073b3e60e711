//! Twenty-Eight: an explorer of the US 28-point peace plan for Ukraine (draft of 20 Nov 2025)
//! and the 2025 timeline behind it.
//!
//! The crate is a pure core (everything but `ui`), plain Rust tested natively with
//! `cargo test`, and thin Leptos views (`ui`). Natively the `site` binary renders every page
//! with the views; compiled to wasm, this library is what the browser runs: the islands only.
//! See ARCHITECTURE.md for the map.

#![recursion_limit = "256"]

pub mod balance;
#[cfg(not(target_arch = "wasm32"))]
pub mod citation;
#[cfg(not(target_arch = "wasm32"))]
pub mod data;
#[cfg(not(target_arch = "wasm32"))]
pub mod data_error;
pub mod date;
pub mod export;
pub mod facets;
pub mod filter;
pub mod fold;
pub mod html;
pub mod i18n;
pub mod markup;
pub mod model;
pub mod share_card;
#[cfg(all(feature = "site", not(target_arch = "wasm32")))]
pub mod share_image;
#[cfg(not(target_arch = "wasm32"))]
pub mod site;
pub mod timeline;
pub mod titles;
#[cfg(not(target_arch = "wasm32"))]
pub mod translation;
pub mod url;
#[cfg(not(target_arch = "wasm32"))]
pub mod validate;
pub mod vocabulary;

pub mod ui;
