//! The provenance line (native only: static markup): outlet, date and link of each source a
//! record rests on.

use leptos::prelude::*;

use crate::date::Date;
use crate::i18n::{self, Lang};
use crate::model::Version;
use crate::ui::context::Site;

/// "20 Nov 2025", «20 лист. 2025» from an ISO date (the text as it is if it isn't one).
pub fn short_date(lang: Lang, iso: &str) -> String {
    Date::parse(iso).map_or_else(|| iso.to_string(), |d| i18n::date_short(lang, d))
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
                    ", "{short_date(site.lang, &s.date)}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="sources" aria-label=site.t("Sources")>{items}</ul> }
}

/// Where sources disagree: each source's rendering, side by side, named by outlet and date.
#[component]
pub fn Renderings(versions: &'static [Version]) -> impl IntoView {
    let site = expect_context::<Site>();
    let items = versions
        .iter()
        .map(|v| {
            let who = site.data.source(&v.source).map_or(v.source.clone(), |s| {
                format!("{} ({})", s.outlet, short_date(site.lang, &s.date))
            });
            view! {
                <div class="version">
                    <p class="version-source">{who}</p>
                    <p>{v.wording.clone()}</p>
                </div>
            }
        })
        .collect_view();
    view! { <div class="versions">{items}</div> }
}
