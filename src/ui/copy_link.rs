//! "Copy link": puts the absolute URL of a point or event, with the current filters, on the
//! clipboard and says so; where the browser refuses, shows the link to copy by hand. The
//! button is static markup in each record (`CopyLink`, rendered natively); in the browser the
//! records island's click handler calls `copy`.

#[cfg(not(target_arch = "wasm32"))]
pub use button::CopyLink;
#[cfg(target_arch = "wasm32")]
pub use copy::copy;

#[cfg(not(target_arch = "wasm32"))]
mod button {
    use leptos::prelude::*;

    #[component]
    pub fn CopyLink(#[prop(into)] label: String) -> impl IntoView {
        view! {
            <div class="copy-link">
                <button type="button" class="copy" aria-label=label>"Copy link"</button>
            </div>
        }
    }
}

#[cfg(target_arch = "wasm32")]
mod copy {
    use leptos::prelude::*;
    use leptos::task::spawn_local;
    use wasm_bindgen::JsCast;
    use web_sys::{Element, HtmlInputElement};

    use crate::ui::browser;
    use crate::ui::state::PageState;
    use crate::url::View;

    /// The record a button belongs to: its `<article id="point-N">` or `id="event-<id>"`.
    fn record_view(button: &Element) -> Option<View> {
        let id = button.closest("article").ok().flatten()?.id();
        if let Some(n) = id.strip_prefix("point-") {
            n.parse().ok().map(View::Point)
        } else {
            id.strip_prefix("event-")
                .map(|e| View::Event(e.to_string()))
        }
    }

    pub fn copy(page: PageState, button: Element) {
        let Some(view) = record_view(&button) else {
            return;
        };
        let link = browser::absolute(page.base, &page.route_to(view));
        spawn_local(async move {
            match browser::copy_text(&link).await {
                Ok(()) => {
                    button.set_text_content(Some("Link copied"));
                    browser::announce("Link copied");
                    set_timeout(
                        move || button.set_text_content(Some("Copy link")),
                        std::time::Duration::from_secs(3),
                    );
                }
                Err(()) => {
                    show_fallback(&button, &link);
                    browser::announce("Copying was refused: the link is shown to copy by hand");
                }
            }
        });
    }

    /// `<label class="copy-fallback">Copy this link: <input readonly></label>` after the button,
    /// its link selected and focused, ready for Ctrl+C.
    fn show_fallback(button: &Element, link: &str) {
        let Some(parent) = button.parent_element() else {
            return;
        };
        let existing = parent
            .query_selector(".copy-fallback input")
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<HtmlInputElement>().ok());
        let input = match existing {
            Some(input) => input,
            None => {
                let doc = document();
                let (Ok(label), Ok(input)) =
                    (doc.create_element("label"), doc.create_element("input"))
                else {
                    return;
                };
                label.set_class_name("copy-fallback");
                label.set_text_content(Some("Copy this link: "));
                let _ = input.set_attribute("type", "text");
                let _ = input.set_attribute("readonly", "");
                let _ = label.append_child(&input);
                let _ = parent.append_child(&label);
                let Ok(input) = input.dyn_into::<HtmlInputElement>() else {
                    return;
                };
                input
            }
        };
        input.set_value(link);
        let _ = input.focus();
        input.select();
    }
}
