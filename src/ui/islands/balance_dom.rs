//! The browser's side of the table of who gives and who gains (wasm only): reading its rows'
//! keys, and keeping the static table's totals, bars and links in step with the theme and
//! search filters (`records_dom` shows and hides its rows, as it does the cards). The counting and the
//! links are `crate::balance`'s; this file finds elements and writes what it says.

use leptos::prelude::*;
use web_sys::Element;

use super::records_dom::all;
use crate::balance::{self, Bar, Totals};
use crate::facets::PointKeys;
use crate::markup;
use crate::model::Role;
use crate::ui::browser;
use crate::ui::state::PageState;
use crate::vocabulary;

/// The table's rows as the filter sees them (`markup::SEL_BALANCE_ROW`, with the point's
/// keys and its searchable text).
pub fn table_keys() -> Vec<PointKeys> {
    all(&gloo_utils::document_element(), markup::SEL_BALANCE_ROW)
        .iter()
        .filter_map(|row| {
            let number = markup::parse_row_id(&row.id())?;
            let attr = |name: &str| row.get_attribute(name).unwrap_or_default();
            Some(PointKeys::from_row(
                number,
                &attr(markup::DATA_ROLES),
                &attr(markup::DATA_THEMES),
                &attr(markup::DATA_TEXT),
            ))
        })
        .collect()
}

/// The table's parts a filter change touches, found once.
struct Table {
    /// Every role cell's and total's link (`markup::SEL_BALANCE_LINK`).
    links: Vec<Element>,
    bars: Vec<Element>,
}

/// Keeps the table in step with the page's state.
pub fn follow_table(page: PageState) {
    let mut table: Option<Table> = None;
    Effect::new(move |_| {
        let root = gloo_utils::document_element();
        let table = table.get_or_insert_with(|| Table {
            links: all(&root, markup::SEL_BALANCE_LINK),
            bars: all(&root, markup::SEL_BAR),
        });
        let narrowed = page.route.with(|r| r.filter.table_part());
        page.matching.with(|shown| {
            for a in &table.links {
                let attr = |name: &str| a.get_attribute(name).unwrap_or_default();
                let party = attr(markup::DATA_PARTY);
                let Some(role) = Role::from_code(&attr(markup::DATA_ROLE)) else {
                    continue;
                };
                let point = attr(markup::DATA_POINT).parse().ok();
                let route = balance::route(page.lang, &party, role, point, &narrowed);
                let _ = a.set_attribute("href", &browser::href(page.base, &route));
                if point.is_none() {
                    let n = Totals::of(page.points, shown, &party).get(role);
                    a.set_text_content(Some(&n.to_string()));
                    let label = balance::total_label(
                        page.lang,
                        vocabulary::party_short(page.lang, &party),
                        role,
                        n,
                        shown.len(),
                    );
                    let _ = a.set_attribute("aria-label", &label);
                }
            }
            for svg in &table.bars {
                let party = svg.get_attribute(markup::DATA_PARTY).unwrap_or_default();
                let totals = Totals::of(page.points, shown, &party);
                let bar = Bar::of(totals, shown.len());
                let _ = svg.set_attribute(
                    "aria-label",
                    &balance::bar_label(
                        page.lang,
                        vocabulary::party_short(page.lang, &party),
                        totals,
                    ),
                );
                let rects = all(svg, markup::SEL_BAR_PART);
                for (rect, (x, width)) in rects.iter().zip([bar.obliged, bar.benefits]) {
                    let _ = rect.set_attribute("x", &x.to_string());
                    let _ = rect.set_attribute("width", &width.to_string());
                }
            }
        });
    });
}
