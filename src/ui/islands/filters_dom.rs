//! The filter bar's browser half (wasm only): the reader's changes to the static controls as
//! `Edit`s, the controls set from the filter (`Filter::shown`), the count, "Reset filters" and
//! the fold's line kept true, and the downloads started. The decisions stay in the core
//! (`filter`); this file only finds elements (by `markup`'s names) and sets them.

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};

use super::download::{download, Format};
use super::records_dom::{all, closest, target};
use crate::filter::{Edit, Filter, Shown};
use crate::markup;
use crate::ui::state::PageState;

/// A control the reader changed (a box, a radio, a select, the search): its edit.
pub fn on_input(page: PageState, e: &ev::Event) {
    let Some(target) = e.target() else {
        return;
    };
    let edit = if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
        Edit::from_control(&input.name(), &input.value(), input.checked())
    } else if let Some(select) = target.dyn_ref::<HtmlSelectElement>() {
        Edit::from_control(&select.name(), &select.value(), true)
    } else {
        None
    };
    if let Some(edit) = edit {
        page.edit(edit);
    }
}

/// "Reset filters" (the timeline's resets its parties, all it filters by), or a download.
pub fn on_click(page: PageState, e: &ev::MouseEvent) {
    let Some(el) = target(e) else {
        return;
    };
    if closest(&el, markup::SEL_FILTER_RESET).is_some() {
        page.edit(if page.screen.is_timeline() {
            Edit::ResetParties
        } else {
            Edit::Reset
        });
    } else if let Some(button) = closest(&el, markup::SEL_EXPORT) {
        let format = match button.get_attribute(markup::DATA_FORMAT).as_deref() {
            Some(markup::FORMAT_CSV) => Format::Csv,
            Some(markup::FORMAT_JSON) => Format::Json,
            _ => return,
        };
        wasm_bindgen_futures::spawn_local(download(page, format));
    }
}

/// The bar's elements, found once.
struct Bar {
    controls: Vec<Element>,
    count: Option<Element>,
    reset: Option<Element>,
    fold: Option<Element>,
}

/// Keeps the controls, the count, "Reset filters" and the fold's line in step with the
/// filter.
pub fn follow_filter(page: PageState, root: NodeRef<html::Div>) {
    let mut bar: Option<Bar> = None;
    Effect::new(move |_| {
        let Some(root) = root.get() else {
            return;
        };
        let bar = bar.get_or_insert_with(|| {
            let find = |s: &str| root.query_selector(s).ok().flatten();
            Bar {
                controls: all(&root, markup::SEL_FILTER_CONTROL),
                count: find(markup::SEL_FILTER_COUNT),
                reset: find(markup::SEL_FILTER_RESET),
                fold: find(markup::SEL_FOLD_STATE),
            }
        });
        // The timeline filters by party only.
        let full = !page.screen.is_timeline();
        let (untouched, active) = page.route.with(|r| {
            for control in &bar.controls {
                show(control, &r.filter);
            }
            if full {
                (r.filter.is_empty(), r.filter.active())
            } else {
                (r.filter.parties.is_empty(), r.filter.parties.len())
            }
        });
        if let Some(reset) = &bar.reset {
            let _ = reset.toggle_attribute_with_force("disabled", untouched);
        }
        let fold = format!(" · {}", Filter::active_label(page.lang, active));
        set_text(bar.fold.as_ref(), &fold);
        // The count is a live region: rewritten only when it says something new.
        set_text(bar.count.as_ref(), &page.count());
    });
}

/// Sets a control as the filter shows it, where it differs (the search field keeps its caret).
fn show(control: &Element, filter: &Filter) {
    if let Some(input) = control.dyn_ref::<HtmlInputElement>() {
        match filter.shown(&input.name(), &input.value()) {
            Some(Shown::Checked(on)) if input.checked() != on => input.set_checked(on),
            Some(Shown::Value(v)) if input.value() != v => input.set_value(&v),
            _ => {}
        }
    } else if let Some(select) = control.dyn_ref::<HtmlSelectElement>() {
        if let Some(Shown::Value(v)) = filter.shown(&select.name(), "") {
            if select.value() != v {
                select.set_value(&v);
            }
        }
    }
}

fn set_text(el: Option<&Element>, text: &str) {
    if let Some(el) = el {
        if el.text_content().as_deref() != Some(text) {
            el.set_text_content(Some(text));
        }
    }
}
