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
mod timeline_view;

/// Mounts the app on `<body>` and takes over from the first view pre-rendered at build time
/// (`prerender`): the live app is built after it, then the old markup is removed, in one task,
/// so no frame shows a gap or a double, and the scroll position and focus carry over.
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    use leptos::prelude::document;
    use wasm_bindgen::JsCast;

    let body = document().body().expect("a page has a body");
    let old = body.child_nodes();
    let prerendered: Vec<web_sys::Node> = (0..old.length())
        .filter_map(|i| old.item(i))
        .filter(|n| {
            !matches!(
                n.dyn_ref::<web_sys::Element>()
                    .map(|e| e.tag_name())
                    .as_deref(),
                Some("SCRIPT" | "NOSCRIPT")
            )
        })
        .collect();
    let focused = document()
        .active_element()
        .map(|e| e.id())
        .filter(|id| !id.is_empty());
    leptos::mount::mount_to_body(app::App);
    for node in prerendered {
        let _ = body.remove_child(&node);
    }
    if let Some(id) = focused {
        browser::focus_element(&id, true);
    }
}
