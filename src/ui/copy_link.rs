//! "Copy link": puts the absolute URL of a point or event (with the current filters) on the
//! clipboard, announces it, and shows the link to copy by hand where the browser refuses.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::app::Ctx;
use super::browser;
use crate::url::View;

#[component]
pub fn CopyLink(view: View, #[prop(into)] label: String) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let fallback = RwSignal::new(None::<String>);
    let copied = RwSignal::new(false);
    let copy = move |_| {
        let link = browser::absolute(ctx.base, &ctx.route_to(view.clone()));
        spawn_local(async move {
            match browser::copy_text(&link).await {
                Ok(()) => {
                    fallback.set(None);
                    copied.set(true);
                    ctx.announce.set("Link copied".to_string());
                    set_timeout(move || copied.set(false), std::time::Duration::from_secs(3));
                }
                Err(()) => {
                    fallback.set(Some(link));
                    ctx.announce
                        .set("Copying was refused: the link is shown to copy by hand".to_string());
                }
            }
        });
    };
    let select_all = |e: leptos::ev::FocusEvent| {
        use wasm_bindgen::JsCast;
        if let Some(input) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.select();
        }
    };
    view! {
        <div class="copy-link">
            <button type="button" class="copy" on:click=copy aria-label=label>
                {move || if copied.get() { "Link copied" } else { "Copy link" }}
            </button>
            {move || fallback.get().map(|link| view! {
                <label class="copy-fallback">
                    "Copy this link: "
                    <input type="text" readonly prop:value=link on:focus=select_all />
                </label>
            })}
        </div>
    }
}
