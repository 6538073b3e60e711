//! The data as downloads, linked from every page's footer (they work without JavaScript).

use super::meta::address;
use super::{SiteConfig, SiteFile};
use crate::i18n::Lang;
use crate::model::{Dataset, Event};
use crate::url::{encode_path, View};

/// The full data as downloads, linked from every page's footer (they work without
/// JavaScript): the points and the events as CSV, a row each with its sources and its
/// address; the whole dataset as JSON (the data files, as they are); the events in
/// TimelineJS's format.
pub const DOWNLOADS: [(&str, &str); 4] = [
    (crate::export::POINTS_CSV, "the 28 points (CSV)"),
    (crate::export::EVENTS_CSV, "the events (CSV)"),
    ("downloads/twenty-eight-data.json", "all the data (JSON)"),
    (
        "downloads/twenty-eight-events-timelinejs.json",
        "the events for TimelineJS (JSON)",
    ),
];

/// The files of `DOWNLOADS`, and the records in Ukrainian (`record_files`).
/// `files`: the data files' texts, for the JSON download.
pub fn downloads(data: &Dataset, config: &SiteConfig, files: &[(&str, &str)]) -> Vec<SiteFile> {
    use crate::export;
    let all: Vec<&Event> = data.events.iter().collect();
    let json: Vec<String> = files
        .iter()
        .map(|(name, text)| format!("\"{name}\": {}", text.trim()))
        .collect();
    let mut out = record_files(Lang::En, data, config);
    out.push(SiteFile {
        path: DOWNLOADS[2].0.to_string(),
        contents: format!("{{\n{}\n}}\n", json.join(",\n")),
    });
    out.push(SiteFile {
        path: DOWNLOADS[3].0.to_string(),
        contents: export::timelinejs(data, &all, &|e| {
            config.absolute(&encode_path(&View::Event(e.id.clone())))
        }),
    });
    out
}

/// The points and the events of `data` (in `lang`), each record with its address in that
/// language: as CSV (the footer's downloads) and one record per line as JSON, which the
/// browser cuts its exports of what it shows from (`export::csv_subset` / `json_subset`).
/// The Ukrainian files are under `downloads/uk/` (`export::in_lang`); their columns and codes
/// are the English files', their texts Ukrainian.
pub fn record_files(lang: Lang, data: &Dataset, config: &SiteConfig) -> Vec<SiteFile> {
    use crate::export;
    let link = |path: String| config.absolute(&address(lang, &path));
    let points: Vec<_> = data
        .points
        .iter()
        .map(|p| export::PointRecord::of(data, p, &link(encode_path(&View::Point(p.number)))))
        .collect();
    let events: Vec<_> = data
        .events
        .iter()
        .map(|e| export::EventRecord::of(data, e, &link(encode_path(&View::Event(e.id.clone())))))
        .collect();
    [
        (export::POINTS_CSV, export::points_csv(&points)),
        (export::EVENTS_CSV, export::events_csv(&events)),
        (
            export::POINTS_JSON,
            export::points_json(&link(String::new()), &points),
        ),
        (
            export::EVENTS_JSON,
            export::events_json(&link("timeline".into()), &events),
        ),
    ]
    .into_iter()
    .map(|(path, contents)| SiteFile {
        path: export::in_lang(lang, path),
        contents,
    })
    .collect()
}
