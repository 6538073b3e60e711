//! The CSV the site writes (src/export.rs) reads back, with the `csv` crate, as the very
//! fields that went in (formula cells neutralised), for arbitrary text; and the full-data
//! downloads hold one row per record with its sources and address.

use proptest::prelude::*;
use twenty_eight::data::{self, DataFiles};
use twenty_eight::export::{csv, neutralise};
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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

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
            row[8].contains(&first.url),
            "point {}: its sources",
            p.number
        );
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
