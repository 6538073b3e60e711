//! The static page components (native only: rendered at build time, never in the browser).
//! `layout` frames a screen (header, notices, main, footer) and picks it; each screen file
//! renders its records; `prerender` renders a whole page for the `site` binary.

mod balance;
mod changes;
mod copy_link;
mod data_error;
mod filter_bar;
mod layout;
mod nav;
mod point_card;
mod points;
mod positions;
pub mod prerender;
mod sources;
mod timeline;
mod versions;
