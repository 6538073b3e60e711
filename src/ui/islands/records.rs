//! The records of a page, the point cards or the timeline (its overview and its events):
//! rendered once, at build time, as the islands' children, which never hydrate. In the
//! browser the island shows and hides them as the filter changes, marks the focused one, and
//! answers clicks inside them: the app's own links, "Copy link", the overview's marks and the
//! empty state's reset (`ui::dom` does the DOM work).

use leptos::ev;
use leptos::html;
use leptos::prelude::*;

use crate::ui::state::PageState;

/// The point cards (and the rows of the table of who gives and who gains).
#[island]
pub fn PointList(children: Children) -> impl IntoView {
    records(children)
}

/// The timeline's overview and its events, by month.
#[island]
pub fn EventList(children: Children) -> impl IntoView {
    records(children)
}

fn records(children: Children) -> impl IntoView {
    let page = expect_context::<PageState>();
    let root = NodeRef::<html::Div>::new();
    #[cfg(target_arch = "wasm32")]
    {
        crate::ui::dom::follow_filter(page, root);
        if page.screen == crate::url::Screen::Balance {
            crate::ui::balance_dom::follow_table(page);
        }
    }
    let on_click = move |e: ev::MouseEvent| {
        #[cfg(target_arch = "wasm32")]
        crate::ui::dom::on_record_click(page, &e);
        let _ = (page, e);
    };
    let on_keydown = move |e: ev::KeyboardEvent| {
        #[cfg(target_arch = "wasm32")]
        crate::ui::dom::on_record_key(page, &e);
        let _ = (page, e);
    };
    view! {
        <div class="records" node_ref=root on:click=on_click on:keydown=on_keydown>
            {children()}
        </div>
    }
}
