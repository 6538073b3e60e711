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

/// The string literals the code asks to translate: the arguments of `t(…)`, `.t(…)` and
/// `say(…)` (a notice; all of them, as in `t(if full { "a" } else { "b" })`).
fn translated_literals(source: &str) -> Vec<String> {
    let bytes = source.as_bytes();
    let mut out = Vec::new();
    for call in ["t(", "say("] {
        for (at, _) in source.match_indices(call) {
            // A whole name: `t(` but not `list(`; `.t(` and ` t(` both count.
            let before = source[..at].chars().next_back().unwrap_or(' ');
            if before.is_alphanumeric() || before == '_' || source[..at].ends_with("fn ") {
                continue;
            }
            let (mut depth, mut i) = (1, at + call.len());
            while i < bytes.len() && depth > 0 {
                match bytes[i] {
                    b'(' => depth += 1,
                    b')' => depth -= 1,
                    b'"' => {
                        let start = i + 1;
                        i += 1;
                        while i < bytes.len() && bytes[i] != b'"' {
                            i += if bytes[i] == b'\\' { 2 } else { 1 };
                        }
                        out.push(unescape(&source[start..i]));
                    }
                    _ => {}
                }
                i += 1;
            }
        }
    }
    out
}

/// A literal's text: `\"` is a quote, and a `\` at a line's end joins the next line's text.
fn unescape(literal: &str) -> String {
    let mut text = literal.replace("\\\"", "\"");
    while let Some(i) = text.find("\\\n") {
        let rest = text[i + 2..].trim_start().to_string();
        text.truncate(i);
        text.push_str(&rest);
    }
    text
}

fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every interface string the code translates has its Ukrainian: the islands' (and what runs
/// in the browser) in the table compiled into the wasm, the static pages' in either. (The
/// pages' strings are also checked by rendering every Ukrainian page: tests/site_pages.rs.)
#[test]
fn every_interface_string_in_the_code_has_its_ukrainian() {
    use twenty_eight::i18n::{LIVE_UK, PAGES_UK};
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let browser = [
        "src/ui/islands/",
        "src/ui/state.rs",
        "src/ui/live.rs",
        "src/ui/browser.rs",
        "src/titles.rs",
        "src/url/",
        "src/filter.rs",
        "src/balance.rs",
    ];
    let has = |table: &[(&str, &str)], en: &str| table.iter().any(|(k, _)| *k == en);
    let mut missing = Vec::new();
    let mut checked = 0;
    for file in files {
        let name = file
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if name.starts_with("src/i18n/") {
            continue;
        }
        let source = std::fs::read_to_string(&file).unwrap();
        // The tests' own strings are not the interface's.
        let source = source.split("#[cfg(test)]").next().unwrap();
        let live = browser.iter().any(|b| name.starts_with(b));
        for en in translated_literals(source) {
            checked += 1;
            let found = if live {
                has(LIVE_UK, &en)
            } else {
                has(LIVE_UK, &en) || has(PAGES_UK, &en)
            };
            if !found {
                missing.push(format!(
                    "{name}: {en:?}{}",
                    if live { " (islands' table)" } else { "" }
                ));
            }
        }
    }
    assert!(checked > 150, "the scan found only {checked} strings");
    assert!(
        missing.is_empty(),
        "no Ukrainian for:\n{}",
        missing.join("\n")
    );
}
