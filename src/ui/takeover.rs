//! The live app taking over from the page pre-rendered at build time (`prerender`): the app
//! is built after the pre-rendered markup, which is then removed, in one task, so no frame
//! shows a gap or a double. What the reader did before the wasm arrived carries over: the
//! scroll position (same layout), the focused control, and any filter they already set.

use leptos::prelude::document;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement, Node};

use super::browser;

/// A filter control the reader changed on the pre-rendered page.
enum Early {
    Checked(bool),
    Value(String),
}

/// Mounts `app` on `<body>` in place of the pre-rendered markup.
pub fn take_over<V: leptos::IntoView + 'static>(app: fn() -> V) {
    let body = document().body().expect("a page has a body");
    let old = body.child_nodes();
    let prerendered: Vec<Node> = (0..old.length())
        .filter_map(|i| old.item(i))
        .filter(|n| {
            !matches!(
                n.dyn_ref::<Element>().map(|e| e.tag_name()).as_deref(),
                Some("SCRIPT" | "NOSCRIPT")
            )
        })
        .collect();
    let focused = document()
        .active_element()
        .map(|e| e.id())
        .filter(|id| !id.is_empty());
    let edits = early_edits();
    leptos::mount::mount_to_body(app);
    for node in prerendered {
        let _ = body.remove_child(&node);
    }
    replay(edits);
    if let Some(id) = focused {
        browser::focus_in_place(&id);
    }
}

/// The filter controls (every one has an id) whose state differs from the markup's.
fn early_edits() -> Vec<(String, Early)> {
    let Ok(controls) = document().query_selector_all("input[id], select[id]") else {
        return Vec::new();
    };
    (0..controls.length())
        .filter_map(|i| controls.item(i))
        .filter_map(|node| {
            if let Some(input) = node.dyn_ref::<HtmlInputElement>() {
                let edit = if matches!(input.type_().as_str(), "checkbox" | "radio") {
                    (input.checked() != input.default_checked())
                        .then(|| Early::Checked(input.checked()))
                } else {
                    (input.value() != input.default_value()).then(|| Early::Value(input.value()))
                };
                edit.map(|e| (input.id(), e))
            } else {
                // Pre-rendered selects start at their first option ("any role", "all themes").
                let select = node.dyn_ref::<HtmlSelectElement>()?;
                (select.selected_index() > 0).then(|| (select.id(), Early::Value(select.value())))
            }
        })
        .collect()
}

/// Applies the early edits to the live controls as if the reader made them now, so the app's
/// own handlers update the route, the URL and the cards.
fn replay(edits: Vec<(String, Early)>) {
    for (id, edit) in edits {
        let Some(el) = document().get_element_by_id(&id) else {
            continue;
        };
        let event = match (
            edit,
            el.dyn_ref::<HtmlInputElement>(),
            el.dyn_ref::<HtmlSelectElement>(),
        ) {
            (Early::Checked(on), Some(input), _) => {
                // A radio is set by checking another one: only replay the checked one.
                if input.checked() == on || (!on && input.type_() == "radio") {
                    continue;
                }
                input.set_checked(on);
                "change"
            }
            (Early::Value(v), Some(input), _) if input.value() != v => {
                input.set_value(&v);
                "input"
            }
            (Early::Value(v), None, Some(select)) if select.value() != v => {
                select.set_value(&v);
                "change"
            }
            _ => continue,
        };
        if let Ok(e) = web_sys::Event::new(event) {
            let _ = el.dispatch_event(&e);
        }
    }
}
