//! Every record and every text a reader sees has its Ukrainian (`data/*.uk.json`), checked
//! against the English data by `translation::gaps`; a broken copy is answered with located
//! errors, never a panic.

use twenty_eight::data;
use twenty_eight::translation::{self, UkFiles};

#[test]
fn every_record_has_its_ukrainian_text() {
    let d = data::load_shipped().expect("valid data");
    let uk = translation::load(&UkFiles::shipped(), &d).unwrap_or_else(|errors| {
        panic!(
            "{} gap(s) in the Ukrainian texts:\n{}",
            errors.len(),
            errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    // Zero gaps, counted for the record.
    assert_eq!(translation::gaps(&d, &uk).len(), 0);
    assert_eq!(uk.points.len(), d.points.len());
    assert_eq!(uk.events.len(), d.events.len());
    assert_eq!(uk.versions.len(), d.versions.len());
    assert_eq!(uk.vocabulary.parties["ua"].short, "Україна");
}

#[test]
fn gaps_and_strays_are_named_by_file_record_and_field() {
    let d = data::load_shipped().expect("valid data");
    let mut uk = translation::load(&UkFiles::shipped(), &d).expect("complete");
    uk.points.remove("12");
    uk.points.get_mut("21").unwrap().subpoints.remove("b");
    uk.points.get_mut("3").unwrap().title = "  ".into();
    let first = d.events[0].id.clone();
    uk.events.get_mut(&first).unwrap().summary = "Trump was sworn in.".into();
    uk.events
        .insert("2030-01-01-no-such-event".into(), uk.events[&first].clone());
    uk.versions.get_mut("e3").unwrap().disputes.clear();
    uk.vocabulary.themes.remove("energy");
    let found: Vec<String> = translation::gaps(&d, &uk)
        .iter()
        .map(ToString::to_string)
        .collect();
    for want in [
        "data/points.uk.json: point 12: no Ukrainian text",
        "data/points.uk.json: point 21: subpoints.b: no Ukrainian text",
        "data/points.uk.json: point 3: title: no Ukrainian text",
        &format!("data/events.uk.json: event {first:?}: summary: looks untranslated (no Cyrillic letter)"),
        "data/events.uk.json: event \"2030-01-01-no-such-event\": no such record in the English data",
        "data/vocabulary.uk.json: theme \"energy\": no Ukrainian text",
    ] {
        assert!(found.iter().any(|f| f == want), "{want} not in {found:#?}");
    }
    assert!(
        found
            .iter()
            .any(|f| f.starts_with("data/versions.uk.json: version \"e3\": disputes: 0 Ukrainian")),
        "{found:#?}"
    );
}

#[test]
fn a_broken_file_is_an_error_not_a_panic() {
    let d = data::load_shipped().expect("valid data");
    let mut files = UkFiles::shipped();
    files.events = "{ not json";
    let errors = translation::load(&files, &d).expect_err("broken");
    assert_eq!(errors.len(), 1);
    assert!(errors[0]
        .to_string()
        .starts_with("data/events.uk.json: not a valid translation file"));
}
