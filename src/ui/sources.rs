//! The provenance line (native only: static markup): outlet, date and link of each source a
//! record rests on.

use leptos::prelude::*;

use super::page::Site;
use crate::date::Date;

/// "20 Nov 2025" from an ISO date (the text as it is if it isn't one).
pub fn short_date(iso: &str) -> String {
    Date::parse(iso).map_or_else(|| iso.to_string(), Date::long)
}

#[component]
pub fn SourceList(ids: &'static [String]) -> impl IntoView {
    let site = expect_context::<Site>();
    let items = ids
        .iter()
        .filter_map(|id| site.data.source(id))
        .map(|s| {
            view! {
                <li>
                    <a href=s.url.clone() rel="noopener noreferrer external" title=s.title.clone()>{s.outlet.clone()}</a>
                    ", "{short_date(&s.date)}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="sources" aria-label="Sources">{items}</ul> }
}
