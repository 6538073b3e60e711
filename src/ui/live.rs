//! The browser's entry points (wasm only), called by the boot script (tools/boot.js):
//! `start()`, then each island's hydrate function, then `live()`.
//!
//! The islands hydrate over markup rendered for the page's plain path, so `start` gives them
//! that state: the view the path names, no filter, no notice. Only once every island is live
//! does `live` apply what the URL's query says, what the reader already set on the page's
//! controls before the wasm arrived, and the notices: the islands then update the page like
//! any other change, and hydration never meets markup it did not render.

use std::cell::RefCell;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};

use super::islands::{balance_dom, records_dom as dom};
use super::{browser, state};
use crate::filter::Edit;
use crate::i18n::Lang;
use crate::markup;
use crate::timeline::Part;
use crate::url::{self, Decoded, Route, Screen};
use crate::vocabulary;

thread_local! {
    /// What `start` read and `live` applies: the URL, and the reader's early edits.
    static PENDING: RefCell<Option<(Decoded, Vec<Edit>)>> = const { RefCell::new(None) };
}

/// Reads the page and provides its state to the islands. `false`: this page is not the one
/// the address wants (a timeline address answered by 404.html), which is being loaded
/// instead; hydrate nothing.
#[wasm_bindgen]
pub fn start() -> bool {
    leptos::mount::hydrate_islands();
    // A Ukrainian page brings the islands' Ukrainian, which the wasm does not carry; so does
    // 404.html, which answers Ukrainian addresses too (and names their faults in Ukrainian).
    let installed = browser::page_strings().is_some_and(crate::i18n::install_live_uk);
    if browser::page_lang() == Lang::Uk && !installed {
        leptos::logging::error!(
            "Twenty-Eight: this page's strings are missing or not this build's"
        );
    }
    let base: &'static str = browser::base_path().leak();
    // The table of who gives and who gains has the points as rows; the points screen as cards.
    let rows = balance_dom::table_keys();
    let table = !rows.is_empty();
    let points: &'static [_] = if table { rows } else { dom::point_keys() }.leak();
    let events: &'static [_] = dom::event_keys().leak();
    if points.is_empty() && events.is_empty() {
        // A page without records (a build with broken data names its errors): nothing moves.
        return true;
    }
    let screen = if table {
        Screen::Balance
    } else if events.is_empty() {
        Screen::Points
    } else if dom::is_after_part() {
        Screen::Timeline(Part::After)
    } else {
        Screen::Timeline(Part::Plan)
    };
    let known = state::known(points.len(), events);
    let (path, query) = browser::location(base);
    let decoded = url::decode(&path, &query, &known);
    // The language the page is written in (its markup's, which the islands must match).
    let lang = browser::page_lang();
    // 404.html (the English points page) answers any unknown address: send a timeline or a
    // Ukrainian one on to its page. Once only: if that page is missing too, stay here with the
    // notices.
    let elsewhere =
        screen == Screen::Points && decoded.route.view.is_timeline() || decoded.route.lang != lang;
    if elsewhere && !browser::has_carried_notices() {
        browser::carry_notices(&decoded.notices);
        browser::replace_page(&browser::href(base, &decoded.route));
        return false;
    }
    let first = Route {
        lang,
        view: decoded.route.view.clone(),
        ..Route::default()
    };
    let edits = early_edits();
    provide_context(state::PageState::new(
        base, screen, first, points, events, known,
    ));
    PENDING.with(|p| *p.borrow_mut() = Some((decoded, edits)));
    true
}

/// Every island is live: apply the URL and the early edits, and from now on keep the URL,
/// the title and the focus in step with the state.
#[wasm_bindgen]
pub fn live() {
    let (Some((decoded, edits)), Some(page)) = (
        PENDING.with(|p| p.borrow_mut().take()),
        use_context::<state::PageState>(),
    ) else {
        browser::mark_ready();
        return;
    };
    let codes = vocabulary::CODES.parties;
    let mut route = Route {
        lang: page.lang,
        ..decoded.route
    };
    for edit in edits {
        route.filter.apply(edit, codes);
    }
    let mut notices = browser::take_carried_notices();
    notices.extend(decoded.notices);
    notices.truncate(url::MAX_NOTICES);
    page.notices.set(notices);
    // The address bar shows what the page shows: a cleaned-up link replaces a messy one.
    browser::replace(page.base, &route);
    if route.embed {
        browser::links_open_in_new_tab();
    }
    page.route.set(route);

    // Back and Forward between the entries this page pushed.
    let on_pop = window_event_listener(ev::popstate, move |_| {
        let (path, query) = browser::location(page.base);
        let decoded = url::decode(&path, &query, &page.known);
        if !page.is_here(&decoded.route.view) {
            browser::reload();
            return;
        }
        page.route.set(decoded.route);
        page.notices.set(decoded.notices);
    });
    std::mem::forget(on_pop);

    // Title and focus follow the focused record.
    let view = Memo::new(move |_| page.route.with(|r| r.view.clone()));
    Effect::new(move |first: Option<()>| {
        let view = view.get();
        if let Some(title) = dom::record_title(page.lang, &view) {
            browser::set_title(&title);
        }
        match (dom::record_id(&view), first) {
            // A cold link: the boot script already showed the record; the filters the URL applies
            // may have moved it since (after the records' effects: at the next frame). A reader
            // who already moved focus (to a filter, say) keeps it.
            (Some(id), None) => request_animation_frame(move || {
                if browser::focus_is_free() {
                    browser::focus_shown(&id);
                }
            }),
            (Some(id), Some(())) => request_animation_frame(move || browser::focus_element(&id)),
            (None, _) => {}
        }
    });
    browser::mark_ready();
}

/// The filter controls the reader changed on the page before the app arrived, as edits.
fn early_edits() -> Vec<Edit> {
    let Ok(controls) = document().query_selector_all(markup::SEL_FILTER_CONTROL) else {
        return Vec::new();
    };
    (0..controls.length())
        .filter_map(|i| controls.item(i))
        .filter_map(|node| {
            if let Some(input) = node.dyn_ref::<HtmlInputElement>() {
                let changed = if matches!(input.type_().as_str(), "checkbox" | "radio") {
                    input.checked() != input.default_checked()
                } else {
                    input.value() != input.default_value()
                };
                changed.then(|| (input.name(), input.value(), input.checked()))
            } else {
                // Pre-rendered selects start at their first option ("any role", "all themes").
                let select = node.dyn_ref::<HtmlSelectElement>()?;
                (select.selected_index() > 0).then(|| (select.name(), select.value(), true))
            }
        })
        .filter_map(|(name, value, checked)| Edit::from_control(&name, &value, checked))
        .collect()
}
