//! The views menu's island. Its markup (the tabs and the language switch) is rendered once, at
//! build time, as its children (`ui/pages/nav.rs`), which never hydrate. In the browser it
//! keeps the view tabs' links carrying the current filters and the switch leading to the same
//! view in the other language, and opens a tab on this page's screen without a page load; its
//! browser half, `nav_dom`, does the DOM work.

use leptos::ev;
use leptos::html;
use leptos::prelude::*;

use crate::ui::state::PageState;

#[island]
pub fn Nav(children: Children) -> impl IntoView {
    let page = expect_context::<PageState>();
    let root = NodeRef::<html::Div>::new();
    #[cfg(target_arch = "wasm32")]
    super::nav_dom::follow_route(page, root);
    let on_click = move |e: ev::MouseEvent| {
        #[cfg(target_arch = "wasm32")]
        super::nav_dom::on_click(page, &e);
        let _ = (page, e);
    };
    view! {
        <div node_ref=root on:click=on_click>
            {children()}
        </div>
    }
}
