//! "Copy link" and "Cite", in the browser (the records island's browser half calls `copy` or
//! `cite` on a click): put the absolute URL of a point or event (with the current filters), or
//! a plain-text citation of it (the buttons' `data-cite`, the record's own address and the
//! day), on the clipboard and say so; where the browser refuses, show the text to copy by
//! hand. The buttons are static markup (`pages/copy_link.rs`).

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use crate::markup;
use crate::ui::browser;
use crate::ui::state::PageState;
use crate::url::View;

/// The record a button belongs to: its `<article id="point-N">` or `id="event-<id>"`.
fn record_view(button: &Element) -> Option<View> {
    let id = button.closest(markup::SEL_RECORD).ok().flatten()?.id();
    markup::parse_point_id(&id)
        .map(View::Point)
        .or_else(|| markup::parse_event_id(&id).map(|e| View::Event(e.to_string())))
}

pub fn copy(page: PageState, button: Element) {
    let Some(view) = record_view(&button) else {
        return;
    };
    let link = browser::absolute(page.base, &page.route_to(view));
    let t = move |en| page.t(en);
    put(
        button,
        link,
        [
            t("Copy link"),
            t("Link copied"),
            t("Copying was refused: the link is shown to copy by hand"),
            t("Copy this link: "),
        ],
    );
}

/// The citation: the button's `data-cite`, the record's own address (no filters) and today.
pub fn cite(page: PageState, button: Element) {
    let Some(view) = record_view(&button) else {
        return;
    };
    let url = browser::absolute(
        page.base,
        &crate::url::Route {
            lang: page.lang,
            view,
            ..Default::default()
        },
    );
    let fixed = button.get_attribute(markup::DATA_CITE).unwrap_or_default();
    let text = crate::titles::cite_line(page.lang, &fixed, &url, browser::today());
    let t = move |en| page.t(en);
    put(
        button,
        text,
        [
            t("Cite"),
            t("Citation copied"),
            t("Copying was refused: the citation is shown to copy by hand"),
            t("Copy this citation: "),
        ],
    );
}

/// Puts `text` on the clipboard; the button says so for a while (`words`: its idle text,
/// its done text, the refusal's announcement and the fallback's label).
fn put(button: Element, text: String, [idle, done, refused, fallback]: [&'static str; 4]) {
    spawn_local(async move {
        match browser::copy_text(&text).await {
            Ok(()) => {
                button.set_text_content(Some(done));
                browser::announce(done);
                set_timeout(
                    move || button.set_text_content(Some(idle)),
                    std::time::Duration::from_secs(3),
                );
            }
            Err(()) => {
                show_fallback(&button, &text, fallback);
                browser::announce(refused);
            }
        }
    });
}

/// `<label class="copy-fallback">Copy this link: <input readonly></label>` after the button,
/// its link selected and focused, ready for Ctrl+C.
fn show_fallback(button: &Element, link: &str, label_text: &str) {
    let Some(parent) = button.parent_element() else {
        return;
    };
    let existing = parent
        .query_selector(markup::SEL_COPY_FALLBACK_INPUT)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok());
    let input = match existing {
        Some(input) => input,
        None => {
            let doc = document();
            let (Ok(label), Ok(input)) = (doc.create_element("label"), doc.create_element("input"))
            else {
                return;
            };
            label.set_class_name(markup::COPY_FALLBACK);
            label.set_text_content(Some(label_text));
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
