//! The records of a page, the point cards or the timeline (its overview and its events):
//! rendered once, at build time, as the islands' children, which never hydrate. In the
//! browser the island shows and hides them as the filter changes, marks the focused one, and
//! answers clicks inside them: the app's own links, "Copy link", the overview's marks and the
//! empty state's reset (its browser half, `records_dom`, does the DOM work; `balance_dom` recounts
//! the table's totals, `copy` answers "Copy link" and "Cite").

use leptos::ev;
use leptos::html;
use leptos::prelude::*;

use crate::ui::state::PageState;

/// The records of every screen: the point cards (on `/balance`, the rows of the table of who
/// gives and who gains) or the timeline's overview and its events, by month.
#[island]
pub fn Records(children: Children) -> impl IntoView {
    let page = expect_context::<PageState>();
    let root = NodeRef::<html::Div>::new();
    #[cfg(target_arch = "wasm32")]
    {
        super::records_dom::follow_filter(page, root);
        if page.screen == crate::url::Screen::Balance {
            super::balance_dom::follow_table(page);
        }
    }
    let on_click = move |e: ev::MouseEvent| {
        #[cfg(target_arch = "wasm32")]
        super::records_dom::on_record_click(page, &e);
        let _ = (page, e);
    };
    let on_keydown = move |e: ev::KeyboardEvent| {
        #[cfg(target_arch = "wasm32")]
        super::records_dom::on_record_key(page, &e);
        let _ = (page, e);
    };
    view! {
        <div class="records" node_ref=root on:click=on_click on:keydown=on_keydown>
            {children()}
        </div>
    }
}
