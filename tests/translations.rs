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

#[test]
fn the_ukrainian_dataset_has_every_text_translated_and_everything_else_as_it_was() {
    let d = data::load_shipped().expect("valid data");
    let uk = translation::load(&UkFiles::shipped(), &d).expect("complete");
    let ua = translation::apply(&d, &uk);
    // Still a valid dataset: ids, references, dates and sources untouched.
    assert!(twenty_eight::validate::check(&ua).is_empty());
    for (en, t) in d.points.iter().zip(&ua.points) {
        assert_eq!(
            (en.number, &en.parties, &en.themes, &en.sources),
            (t.number, &t.parties, &t.themes, &t.sources)
        );
        assert_eq!(t.title, uk.points[&en.number.to_string()].title);
        let texts = [&t.title, &t.summary]
            .into_iter()
            .chain(t.subpoints.iter().map(|s| &s.text))
            .chain(t.dispute.iter().flat_map(|x| {
                std::iter::once(&x.note).chain(x.versions.iter().map(|v| &v.wording))
            }));
        for text in texts {
            assert!(
                translation::is_ukrainian(text),
                "point {}: {text}",
                t.number
            );
        }
    }
    for (en, t) in d.events.iter().zip(&ua.events) {
        assert_eq!(
            (&en.id, &en.date, &en.parties, &en.sources),
            (&t.id, &t.date, &t.parties, &t.sources)
        );
        for text in [&t.title, &t.summary].into_iter().chain(t.dispute.iter()) {
            assert!(translation::is_ukrainian(text), "event {}: {text}", t.id);
        }
    }
    for v in &ua.versions {
        assert!(
            translation::is_ukrainian(&v.name) && translation::is_ukrainian(&v.summary),
            "{}",
            v.code
        );
        for o in v.text.iter().flat_map(|t| &t.outcomes) {
            assert!(
                o.note.is_empty() || translation::is_ukrainian(&o.note),
                "{} {}",
                v.code,
                o.point
            );
            for term in &o.terms {
                assert!(
                    translation::is_ukrainian(&term.us) && translation::is_ukrainian(&term.version)
                );
            }
        }
    }
    assert_eq!(ua.party_short("us"), "США");
    assert_eq!(
        ua.theme("territory").map(|t| t.label.as_str()),
        Some("Території")
    );
}
