//! The filter bar's island. Its markup (the controls, the count, "Reset filters") is rendered
//! once, at build time, as its children (`ui/pages/filter_bar.rs`), which never hydrate. In
//! the browser it turns what the reader sets into `Edit`s, sets the controls, the count and
//! the fold's line from the filter whatever changed it (a link, Back, a reset), and starts the
//! downloads; its browser half, `filters_dom`, does the DOM work.

use leptos::ev;
use leptos::html;
use leptos::prelude::*;

use crate::ui::state::PageState;

/// The filter bar of every screen around its static controls.
#[island]
pub fn Filters(children: Children) -> impl IntoView {
    let page = expect_context::<PageState>();
    let root = NodeRef::<html::Div>::new();
    #[cfg(target_arch = "wasm32")]
    super::filters_dom::follow_filter(page, root);
    let on_input = move |e: ev::Event| {
        #[cfg(target_arch = "wasm32")]
        super::filters_dom::on_input(page, &e);
        let _ = (page, e);
    };
    let on_click = move |e: ev::MouseEvent| {
        #[cfg(target_arch = "wasm32")]
        super::filters_dom::on_click(page, &e);
        let _ = (page, e);
    };
    view! {
        <div node_ref=root on:input=on_input on:click=on_click>
            {children()}
        </div>
    }
}
