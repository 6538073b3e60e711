//! The short banner that says what part of a link was ignored.

use leptos::prelude::*;

use super::app::Ctx;

#[component]
pub fn Notices() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let items = move || {
        ctx.notices
            .get()
            .into_iter()
            .map(|n| view! { <li>{n}</li> })
            .collect_view()
    };
    view! {
        <div class="notices-slot" role="status">
            <Show when=move || ctx.notices.with(|n| !n.is_empty())>
                <section class="notices wrap" aria-label="About this link">
                    <ul>{items}</ul>
                    <button type="button" class="notices-close" on:click=move |_| ctx.notices.set(Vec::new())>
                        "Dismiss"
                    </button>
                </section>
            </Show>
        </div>
    }
}
