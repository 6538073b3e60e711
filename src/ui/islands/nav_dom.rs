//! The views menu's browser half (wasm only): the view tabs' and the language switch's links
//! set from the route, and a plain click on a view tab opened through `PageState::go`.

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use web_sys::Element;

use super::records_dom::{all, closest, target};
use crate::markup;
use crate::ui::browser;
use crate::ui::state::{is_plain_click, PageState};
use crate::url::{Route, Screen};

/// The screen a view tab leads to (its `markup::DATA_TAB`, the screen's path).
fn screen_of(tab: &Element) -> Option<Screen> {
    Screen::at(&tab.get_attribute(markup::DATA_TAB)?)
}

/// Keeps the tabs' links carrying the filters, and the switch leading to this view.
pub fn follow_route(page: PageState, root: NodeRef<html::Div>) {
    let mut links: Option<(Vec<Element>, Option<Element>)> = None;
    Effect::new(move |_| {
        let Some(root) = root.get() else {
            return;
        };
        let (tabs, switch) = links.get_or_insert_with(|| {
            let switch = root.query_selector(markup::SEL_LANG_SWITCH).ok().flatten();
            (all(&root, markup::SEL_TAB), switch)
        });
        page.route.track();
        for tab in tabs.iter() {
            if let Some(screen) = screen_of(tab) {
                let _ = tab.set_attribute("href", &page.href(screen.view()));
            }
        }
        if let Some(switch) = switch {
            let other = page.route.with(|r| Route {
                lang: page.lang.other(),
                ..r.clone()
            });
            let _ = switch.set_attribute("href", &browser::href(page.base, &other));
        }
    });
}

/// A plain left click on a view tab opens it (on this page when it is this screen).
pub fn on_click(page: PageState, e: &ev::MouseEvent) {
    if !is_plain_click(e) {
        return;
    }
    let tab = target(e).and_then(|el| closest(&el, markup::SEL_TAB));
    if let Some(screen) = tab.as_ref().and_then(screen_of) {
        e.prevent_default();
        page.go(screen.view());
    }
}
