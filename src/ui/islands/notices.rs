//! The short banner that says what part of a link was ignored (the URL is read in the
//! browser: the pre-rendered page never has a notice).

use leptos::prelude::*;

use crate::ui::state::PageState;

#[island]
pub fn Notices() -> impl IntoView {
    let page = expect_context::<PageState>();
    let items = move || {
        page.notices
            .get()
            .into_iter()
            .map(|n| view! { <li>{n}</li> })
            .collect_view()
    };
    view! {
        <div class="notices-slot" role="status">
            <Show when=move || page.notices.with(|n| !n.is_empty())>
                <section class="notices wrap" aria-label=page.t("About this link")>
                    <ul>{items}</ul>
                    <button type="button" class="notices-close" on:click=move |_| page.notices.set(Vec::new())>
                        {page.t("Dismiss")}
                    </button>
                </section>
            </Show>
        </div>
    }
}
