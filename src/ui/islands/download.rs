//! "Download CSV" and "Download JSON" of exactly the records shown (wasm only). The build
//! writes every record once (`site::downloads`); the browser fetches that file from its own
//! origin, keeps the records the page shows, each with its link in the reader's view
//! (`export::csv_subset` / `json_subset`, pure and tested natively), and saves the result
//! under a name that says the filter (`export::file_name`) through a Blob (`browser::save`).
//! So the wasm carries no record formatting, and the browser's file has the build's columns.

use leptos::prelude::*;

use crate::export;
use crate::timeline::Part;
use crate::ui::browser;
use crate::ui::state::PageState;
use crate::url::{Route, Screen, View};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
}

/// Saves the shown records of this page in `format`, and says so (or why not).
pub async fn download(page: PageState, format: Format) {
    let (records, file) = match (page.screen, format) {
        (Screen::Points, Format::Csv) => ("points", export::POINTS_CSV),
        (Screen::Points, Format::Json) => ("points", export::POINTS_JSON),
        (Screen::Timeline(Part::After), Format::Csv) => ("events-after", export::EVENTS_CSV),
        (Screen::Timeline(Part::After), Format::Json) => ("events-after", export::EVENTS_JSON),
        (_, Format::Csv) => ("events", export::EVENTS_CSV),
        (_, Format::Json) => ("events", export::EVENTS_JSON),
    };
    // The records in the page's language (the Ukrainian under downloads/uk/).
    let file = export::in_lang(page.lang, file);
    let Ok(full) = browser::fetch_text(&format!("{}{file}", page.base)).await else {
        page.notices.set(vec![page
            .t("The download could not be made: the site's data file did not load (are you offline?).")
            .to_string()]);
        return;
    };
    if save_shown(page, format, records, full).await.is_err() {
        page.notices.set(vec![page
            .t("The download could not be made: this part of the app did not load (are you offline?).")
            .to_string()]);
    }
}

/// Keeps the records shown of `full` (the build's file of every record), each linked to
/// itself in the reader's view, saves them and says so. A part of its own: few readers
/// download, so this and all that only it calls (the CSV and JSON subsetting, the file name,
/// the Blob) are a wasm file of their own that the first download fetches
/// (tools/build-app.mjs splits it out). Its one error: that file did not load.
#[leptos::wasm_split::wasm_split(downloads, wasm_split_path = ::leptos::wasm_split, fallible)]
fn save_shown(
    page: PageState,
    format: Format,
    records: &'static str,
    full: String,
) -> Result<(), leptos::wasm_split::SplitLoaderError> {
    // The records shown, by key, each linked to itself in the reader's view.
    let shown = page.visible.get_untracked();
    let link_for = |key: &str| -> Option<String> {
        let view = match page.screen {
            Screen::Points => {
                let n: u32 = key.parse().ok()?;
                let i = page.points.iter().position(|p| p.number == n)?;
                shown.get(i).copied()?.then_some(View::Point(n))?
            }
            _ => {
                let i = page.events.iter().position(|e| e.id == key)?;
                shown
                    .get(i)
                    .copied()?
                    .then(|| View::Event(key.to_string()))?
            }
        };
        Some(browser::absolute(page.base, &page.route_to(view)))
    };
    let (body, count) = match format {
        Format::Csv => export::csv_subset(&full, &link_for),
        Format::Json => {
            let view = page.route.with_untracked(|r| Route {
                lang: r.lang,
                view: match page.screen {
                    Screen::Points | Screen::Balance => View::Points,
                    Screen::Timeline(part) => View::Timeline(part),
                },
                filter: r.filter.clone(),
                embed: false,
            });
            export::json_subset(&full, &browser::absolute(page.base, &view), &link_for)
        }
    };
    let (extension, mime) = match format {
        Format::Csv => ("csv", "text/csv;charset=utf-8"),
        Format::Json => ("json", "application/json"),
    };
    let name = page
        .route
        .with_untracked(|r| export::file_name(records, &r.filter, extension));
    browser::save(&name, mime, &body);
    let saved = crate::i18n::RECORDS.count(page.lang, count);
    browser::announce(&crate::i18n::fill(
        page.t("Saved {0} as {1}"),
        &[&saved, &name],
    ));
    Ok(())
}
