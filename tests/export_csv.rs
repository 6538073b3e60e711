//! The CSV the site writes (src/export.rs) reads back, with the `csv` crate, as the very
//! fields that went in (formula cells neutralised), for arbitrary text; and the full-data
//! downloads hold one row per record with its sources and address.

use proptest::prelude::*;
use twenty_eight::data::{self, DataFiles};
use twenty_eight::export::{
    csv, csv_subset, events_csv, events_json, json_subset, neutralise, points_csv, points_json,
    EventRecord, PointRecord, SourceRef,
};
use twenty_eight::site::{self, SiteConfig};

fn parse(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.expect("valid CSV").iter().map(String::from).collect())
        .collect()
}

/// Points with arbitrary texts (quotes, commas, line breaks, `"link": ` …), numbered 1..=n.
fn points_strategy() -> impl Strategy<Value = Vec<PointRecord>> {
    prop::collection::vec((any::<String>(), any::<String>(), any::<String>()), 0..8).prop_map(
        |texts| {
            texts
                .into_iter()
                .enumerate()
                .map(|(i, (title, summary, outlet))| PointRecord {
                    number: i as u32 + 1,
                    title,
                    summary,
                    subpoints: vec!["a) x, \"y\"\r\nz".into()],
                    sources: vec![SourceRef {
                        outlet,
                        date: "2025-11-20".into(),
                        url: "https://example.org/a?b=1&c=\"2\"".into(),
                    }],
                    link: format!("https://example.org/p/{}", i + 1),
                    ..PointRecord::default()
                })
                .collect()
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    /// The browser's export of the shown records, cut from the build's whole file, is what
    /// writing those records with their new links gives, for any texts.
    #[test]
    fn a_subset_of_the_whole_export_is_the_export_of_the_subset(
        points in points_strategy(),
        keep in prop::collection::vec(any::<bool>(), 8),
    ) {
        let link = |n: &str| format!("https://example.org/p/{n}?party=ua&q=%22x%22");
        let link_for = |key: &str| {
            let n: usize = key.parse().ok()?;
            keep.get(n - 1).copied().unwrap_or(false).then(|| link(key))
        };
        let want: Vec<PointRecord> = points
            .iter()
            .filter(|p| keep[p.number as usize - 1])
            .map(|p| PointRecord { link: link(&p.number.to_string()), ..p.clone() })
            .collect();
        let (text, n) = csv_subset(&points_csv(&points), &link_for);
        prop_assert_eq!(n, want.len());
        prop_assert_eq!(&text, &points_csv(&want));
        let (text, n) = json_subset(&points_json("https://example.org/", &points), "https://example.org/?party=ua", &link_for);
        prop_assert_eq!(n, want.len());
        prop_assert_eq!(&text, &points_json("https://example.org/?party=ua", &want));
        prop_assert!(serde_json::from_str::<serde_json::Value>(&text).is_ok());
    }

    #[test]
    fn what_we_write_parses_back_to_the_same_fields(
        rows in prop::collection::vec(prop::collection::vec(any::<String>(), 1..6), 1..6)
    ) {
        let text = csv(&rows);
        let want: Vec<Vec<String>> = rows
            .iter()
            .map(|r| r.iter().map(|c| neutralise(c)).collect())
            .collect();
        prop_assert_eq!(parse(&text), want);
    }

    #[test]
    fn only_formula_cells_change(cell in any::<String>()) {
        let out = neutralise(&cell);
        let formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
        prop_assert_eq!(out != cell, formula);
        prop_assert!(!out.starts_with(['=', '+', '-', '@', '\t', '\r']));
    }
}

#[test]
fn events_are_cut_by_id() {
    let events: Vec<EventRecord> = ["2025-01-20-a", "2025-11-20-b", "2025-11-23-c"]
        .iter()
        .map(|id| EventRecord {
            id: id.to_string(),
            title: format!("Event, \"{id}\""),
            points: vec![3],
            link: format!("https://example.org/timeline/{id}"),
            ..EventRecord::default()
        })
        .collect();
    let link_for =
        |id: &str| (id != "2025-11-20-b").then(|| format!("https://x.org/timeline/{id}?party=eu"));
    let want: Vec<EventRecord> = [&events[0], &events[2]]
        .iter()
        .map(|e| EventRecord {
            link: link_for(&e.id).unwrap(),
            ..(*e).clone()
        })
        .collect();
    assert_eq!(
        csv_subset(&events_csv(&events), &link_for),
        (events_csv(&want), 2)
    );
    assert_eq!(
        json_subset(&events_json("v", &events), "w", &link_for),
        (events_json("w", &want), 2)
    );
    // Nothing shown: the header alone, an empty list.
    let none = |_: &str| None;
    assert_eq!(
        csv_subset(&events_csv(&events), &none),
        (events_csv(&[]), 0)
    );
    assert_eq!(
        json_subset(&events_json("v", &events), "w", &none),
        (events_json("w", &[]), 0)
    );
}

#[test]
fn the_downloads_hold_every_record_with_its_sources_and_address() {
    let d = data::load_shipped().expect("valid");
    let config = SiteConfig {
        base: "/t/".into(),
        site_url: Some("https://example.org/t/".into()),
        record_pages: true,
    };
    let files = site::downloads(&d, &config, &DataFiles::shipped().named());
    let file = |name: &str| {
        &files
            .iter()
            .find(|f| f.path == format!("downloads/{name}"))
            .unwrap_or_else(|| panic!("no {name}"))
            .contents
    };
    let points = parse(file("twenty-eight-points.csv"));
    assert_eq!(
        points.len(),
        1 + d.points.len(),
        "a header and a row per point"
    );
    assert_eq!(points[0][0], "number");
    for (row, p) in points[1..].iter().zip(&d.points) {
        assert_eq!(row[0], p.number.to_string());
        assert_eq!(row[1], neutralise(&p.title));
        assert_eq!(
            row.last().unwrap(),
            &format!("https://example.org/t/p/{}", p.number)
        );
        let first = d.source(&p.sources[0]).unwrap();
        assert!(
            row[9].contains(&first.url),
            "point {}: its sources",
            p.number
        );
        // Each party's latest statement on the point: "Russia: objects (2025-11-21)".
        let stands: Vec<String> = d
            .parties
            .iter()
            .filter_map(|party| {
                let s = d.cell(p.number, &party.code)?.latest;
                Some(format!("{}: {} ({})", party.short, s.stance.code(), s.date))
            })
            .collect();
        assert_eq!(row[8], stands.join("; "), "point {}: positions", p.number);
    }
    let events = parse(file("twenty-eight-events.csv"));
    assert_eq!(events.len(), 1 + d.events.len());
    assert_eq!(events[1][0], d.events[0].id);
    let all: serde_json::Value =
        serde_json::from_str(file("twenty-eight-data.json")).expect("JSON");
    assert_eq!(all["points"].as_array().unwrap().len(), 28);
    assert_eq!(all["events"].as_array().unwrap().len(), d.events.len());
    assert_eq!(all["versions"].as_array().unwrap().len(), d.versions.len());
    let tl: serde_json::Value =
        serde_json::from_str(file("twenty-eight-events-timelinejs.json")).expect("JSON");
    let tl_events = tl["events"].as_array().unwrap();
    assert_eq!(tl_events.len(), d.events.len());
    assert_eq!(tl_events[0]["unique_id"], d.events[0].id.as_str());
    assert!(tl_events[0]["start_date"]["year"].is_number());
    assert!(tl_events[0]["text"]["headline"].is_string());
}
