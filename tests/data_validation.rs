//! The shipped data is valid, and each kind of error is caught with a message that names the
//! file, the record and the field. Broken fixtures are made by breaking a copy of the shipped
//! files one way at a time.

use serde_json::{json, Value};
use twenty_eight::data::{self, DataFiles};
use twenty_eight::model::Role::{Benefits, Obliged};

struct Files {
    parties: Value,
    themes: Value,
    sources: Value,
    points: Value,
    events: Value,
    documents: Value,
    versions: Value,
    positions: Value,
    changes: Value,
}

fn shipped() -> Files {
    let f = DataFiles::shipped();
    let parse = |s: &str| serde_json::from_str::<Value>(s).expect("shipped data is JSON");
    Files {
        parties: parse(f.parties),
        themes: parse(f.themes),
        sources: parse(f.sources),
        points: parse(f.points),
        events: parse(f.events),
        documents: parse(f.documents),
        versions: parse(f.versions),
        positions: parse(f.positions),
        changes: parse(f.changes),
    }
}

/// Loads the (modified) files and returns every error message.
fn errors_of(files: &Files) -> Vec<String> {
    let text: Vec<String> = [
        &files.parties,
        &files.themes,
        &files.sources,
        &files.points,
        &files.events,
        &files.documents,
        &files.versions,
        &files.positions,
        &files.changes,
    ]
    .iter()
    .map(|v| v.to_string())
    .collect();
    let df = DataFiles {
        parties: &text[0],
        themes: &text[1],
        sources: &text[2],
        points: &text[3],
        events: &text[4],
        documents: &text[5],
        versions: &text[6],
        positions: &text[7],
        changes: &text[8],
    };
    match data::load(&df) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

fn assert_error(files: &Files, expected: &str) {
    let errors = errors_of(files);
    assert!(
        errors.iter().any(|e| e.contains(expected)),
        "expected an error containing\n  {expected}\ngot\n  {}",
        errors.join("\n  ")
    );
}

fn point(files: &mut Files, number: u64) -> &mut Value {
    files
        .points
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|p| p["number"] == number)
        .unwrap()
}

fn event(files: &mut Files, index: usize) -> (&mut Value, String) {
    let e = &mut files.events.as_array_mut().unwrap()[index];
    let id = e["id"].as_str().unwrap().to_string();
    (e, id)
}

#[test]
fn the_shipped_data_is_valid_and_complete() {
    let d = data::load_shipped().unwrap_or_else(|errors| {
        panic!(
            "shipped data has errors:\n{}",
            errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    assert_eq!(d.points.len(), 28);
    let numbers: Vec<u32> = d.points.iter().map(|p| p.number).collect();
    assert_eq!(
        numbers,
        (1..=28).collect::<Vec<_>>(),
        "points are stored in order"
    );
    assert!(
        d.events.len() >= 30,
        "at least 30 events, have {}",
        d.events.len()
    );
    assert_eq!(
        d.events.iter().filter(|e| e.milestone).count(),
        1,
        "one milestone: the release"
    );
    assert!(
        d.events.first().unwrap().date.starts_with("2025-01-20"),
        "starts at the inauguration"
    );
    let release = d.events.iter().find(|e| e.milestone).unwrap();
    assert!(
        release.date.as_str() >= "2025-11-20" && release.date.as_str() <= "2025-11-21",
        "the release closes the plan's range"
    );
    let after = d
        .events
        .iter()
        .filter(|e| e.date.as_str() > "2025-11-21")
        .count();
    assert!(
        after >= 12,
        "at least 12 events after the release, have {after}"
    );
    assert!(d
        .documents
        .iter()
        .any(|doc| doc.id == "us-security-guarantee"));
    assert!(
        d.points.iter().any(|p| p.revision.is_some()),
        "the reported audit → amnesty change is recorded"
    );
    // A party's role is the one its entry gives, and no role where the point names it not.
    for p in &d.points {
        for party in ["ua", "ru", "us", "eu", "nato"] {
            let listed = p.parties.iter().find(|e| e.party == party).map(|e| e.role);
            assert_eq!(p.role_of(party), listed, "point {}, {party}", p.number);
        }
    }
    // And as the plan's text reads (points 2, 3 and 21 of data/points.json).
    let roles = |n: u32| {
        let p = d.points.iter().find(|p| p.number == n).unwrap();
        ["ua", "ru", "us", "eu", "nato"].map(|party| p.role_of(party))
    };
    assert_eq!(
        roles(2),
        [Some(Obliged), Some(Obliged), None, Some(Obliged), None]
    );
    assert_eq!(roles(3), [None, Some(Obliged), None, None, Some(Obliged)]);
    assert_eq!(
        roles(21),
        [Some(Obliged), Some(Benefits), Some(Obliged), None, None]
    );
}

#[test]
fn duplicate_and_missing_point_numbers() {
    let mut f = shipped();
    point(&mut f, 4)["number"] = json!(3);
    assert_error(&f, "data/points.json: point 3: number: duplicate number");
    assert_error(
        &f,
        "data/points.json: missing point(s) 4: all of 1–28 must be present",
    );
    let mut f = shipped();
    point(&mut f, 5)["number"] = json!(29);
    assert_error(&f, "data/points.json: point 29: number: must be 1–28");
}

#[test]
fn events_out_of_order_or_range() {
    let mut f = shipped();
    let (e, id) = event(&mut f, 3);
    e["date"] = json!("2025-01-21");
    e["id"] = json!(format!("2025-01-21-{}", &id[11..]));
    let new_id = e["id"].as_str().unwrap().to_string();
    assert_error(
        &f,
        &format!("data/events.json: event \"{new_id}\": date: out of order"),
    );

    let mut f = shipped();
    let (e, _) = event(&mut f, 0);
    e["date"] = json!("2024-12-31");
    e["id"] = json!("2024-12-31-too-early");
    assert_error(&f, "data/events.json: event \"2024-12-31-too-early\": date: 2024-12-31 is outside the timeline");

    let mut f = shipped();
    let (e, id) = event(&mut f, 0);
    e["date"] = json!("2025-02-30");
    assert_error(
        &f,
        &format!("data/events.json: event \"{id}\": date: \"2025-02-30\" is not a date"),
    );
}

#[test]
fn duplicate_event_ids_and_bad_slugs() {
    let mut f = shipped();
    let first = f.events[0].clone();
    f.events.as_array_mut().unwrap().insert(1, first.clone());
    assert_error(
        &f,
        &format!("data/events.json: event {}: id: duplicate id", first["id"]),
    );
    let mut f = shipped();
    let (e, _) = event(&mut f, 0);
    e["id"] = json!("2025-01-20 Inauguration");
    assert_error(
        &f,
        "data/events.json: event \"2025-01-20 Inauguration\": id: must be a lowercase slug",
    );
}

#[test]
fn unknown_party_theme_and_point_references() {
    let mut f = shipped();
    point(&mut f, 1)["parties"][0]["party"] = json!("xx");
    assert_error(
        &f,
        "data/points.json: point 1: parties[0]: unknown party \"xx\"",
    );
    let mut f = shipped();
    point(&mut f, 2)["themes"][0] = json!("weather");
    assert_error(
        &f,
        "data/points.json: point 2: themes[0]: unknown theme \"weather\"",
    );
    let mut f = shipped();
    let (e, id) = event(&mut f, 0);
    e["points"] = json!([29]);
    assert_error(
        &f,
        &format!("data/events.json: event \"{id}\": points[0]: no point 29 in the plan"),
    );
    let mut f = shipped();
    let (e, id) = event(&mut f, 1);
    e["parties"] = json!(["us", "mars"]);
    assert_error(
        &f,
        &format!("data/events.json: event \"{id}\": parties[1]: unknown party \"mars\""),
    );
}

#[test]
fn every_record_is_sourced_with_known_sources() {
    let mut f = shipped();
    point(&mut f, 7)["sources"] = json!([]);
    assert_error(
        &f,
        "data/points.json: point 7: sources: no source: every record must be sourced",
    );
    let mut f = shipped();
    let (e, id) = event(&mut f, 2);
    e["sources"] = json!(["no-such-source"]);
    assert_error(
        &f,
        &format!("data/events.json: event \"{id}\": sources[0]: unknown source \"no-such-source\""),
    );
}

#[test]
fn urls_must_be_https() {
    let mut f = shipped();
    let s = &mut f.sources.as_array_mut().unwrap()[0];
    let id = s["id"].as_str().unwrap().to_string();
    s["url"] = json!("http://example.com/story");
    assert_error(
        &f,
        &format!("data/sources.json: source \"{id}\": url: not https"),
    );
    let s = &mut f.sources.as_array_mut().unwrap()[0];
    s["url"] = json!("javascript:alert(1)");
    assert_error(
        &f,
        &format!("data/sources.json: source \"{id}\": url: not https"),
    );
}

#[test]
fn malformed_files_and_fields_are_located() {
    let text = DataFiles::shipped();
    let broken = &text.events[..text.events.len() / 2];
    let df = DataFiles {
        events: broken,
        ..text
    };
    let errors: Vec<String> = data::load(&df)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("data/events.json: not valid JSON:") && e.contains("line")),
        "{errors:?}"
    );

    let mut f = shipped();
    point(&mut f, 4).as_object_mut().unwrap().remove("summary");
    assert_error(
        &f,
        "data/points.json: point 4: summary: missing field \"summary\"",
    );
    let mut f = shipped();
    point(&mut f, 5)["sumary"] = json!("typo");
    assert_error(
        &f,
        "data/points.json: point 5: sumary: unknown field \"sumary\"",
    );
    let mut f = shipped();
    point(&mut f, 6)["parties"][0]["role"] = json!("loses");
    assert_error(&f, "data/points.json: point 6: unknown variant \"loses\"");
    let mut f = shipped();
    f.parties = json!({"ua": "Ukraine"});
    assert_error(&f, "data/parties.json: expected a JSON array of records");
}

#[test]
fn disputes_need_two_versions() {
    let mut f = shipped();
    point(&mut f, 1)["dispute"] = json!({"note": "differs", "versions": [{"source": f.sources[0]["id"].clone(), "wording": "x"}]});
    assert_error(
        &f,
        "data/points.json: point 1: dispute.versions: a dispute needs at least two versions",
    );
}

/// The first version with a text, as JSON, and its code.
fn text_version(files: &mut Files) -> (&mut Value, String) {
    let v = files
        .versions
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|v| v.get("text").is_some())
        .expect("a version with a text");
    let code = v["code"].as_str().unwrap().to_string();
    (v, code)
}

#[test]
fn every_version_with_a_text_answers_for_every_point() {
    let d = data::load_shipped().expect("valid");
    assert!(
        d.text_versions().count() >= 3,
        "E3, European 24 points, 20 points"
    );
    for v in d.text_versions() {
        let points: Vec<u32> = v
            .text
            .as_ref()
            .unwrap()
            .outcomes
            .iter()
            .map(|o| o.point)
            .collect();
        assert_eq!(points, (1..=28).collect::<Vec<_>>(), "{}: in order", v.code);
    }
    assert!(
        d.versions.iter().any(|v| v.text.is_none()),
        "versions reported with no text"
    );
}

#[test]
fn versions_missing_or_doubled_outcomes_are_located() {
    let mut f = shipped();
    let (v, code) = text_version(&mut f);
    let outcomes = v["text"]["outcomes"].as_array_mut().unwrap();
    outcomes.retain(|o| o["point"] != 7);
    outcomes[0]["point"] = json!(2);
    assert_error(
        &f,
        &format!("data/versions.json: version \"{code}\": text.outcomes: no outcome for US point(s) 1, 7: every point needs one"),
    );
    assert_error(
        &f,
        &format!("data/versions.json: version \"{code}\": text.outcomes[1].point: US point 2 has two outcomes"),
    );
}

#[test]
fn versions_broken_references_are_located() {
    let mut f = shipped();
    let (v, code) = text_version(&mut f);
    let o = &mut v["text"]["outcomes"][4];
    o["outcome"] = json!("merged");
    o.as_object_mut().unwrap().remove("merged_into");
    o["version_points"] = json!([999]);
    o["sources"] = json!(["no-such-source"]);
    v["text"]["new_points"] = json!([998]);
    v["date"] = json!("23 November");
    let at = format!("data/versions.json: version \"{code}\": ");
    assert_error(
        &f,
        &format!("{at}text.outcomes[4].merged_into: a merged point names the point it went into"),
    );
    assert_error(
        &f,
        &format!("{at}text.outcomes[4].version_points[0]: the version has no point 999"),
    );
    assert_error(
        &f,
        &format!("{at}text.outcomes[4].sources[0]: unknown source \"no-such-source\""),
    );
    assert_error(
        &f,
        &format!("{at}text.new_points[0]: the version has no point 998"),
    );
    assert_error(
        &f,
        &format!("{at}date: \"23 November\" is not a date (YYYY-MM-DD)"),
    );
}

#[test]
fn a_changed_point_needs_a_note_and_an_unsourced_one_must_say_it_is_unknown() {
    let mut f = shipped();
    let (v, code) = text_version(&mut f);
    let o = &mut v["text"]["outcomes"][5];
    o["outcome"] = json!("changed");
    o["note"] = json!(" ");
    o["sources"] = json!([]);
    let at = format!("data/versions.json: version \"{code}\": text.outcomes[5]");
    assert_error(&f, &format!("{at}.note: is empty"));
    assert_error(
        &f,
        &format!("{at}.sources: no source: every record must be sourced"),
    );
}

#[test]
fn events_name_only_known_versions_and_a_duplicate_version_is_caught() {
    let mut f = shipped();
    let (e, id) = event(&mut f, 3);
    e["versions"] = json!(["e7"]);
    let first = f.versions[0].clone();
    f.versions.as_array_mut().unwrap().push(first.clone());
    assert_error(
        &f,
        &format!("data/events.json: event \"{id}\": versions[0]: unknown version \"e7\""),
    );
    assert_error(
        &f,
        &format!(
            "data/versions.json: version {:?}: code: duplicate code",
            first["code"].as_str().unwrap()
        ),
    );
}

#[test]
fn the_release_may_not_fall_after_the_plan_s_range() {
    let mut f = shipped();
    let last = f.events.as_array().unwrap().len() - 1;
    let (e, id) = event(&mut f, last);
    e["milestone"] = json!(true);
    assert_error(
        &f,
        &format!("data/events.json: event \"{id}\": milestone: the release closes the plan's range, which ends on 2025-11-21"),
    );
}

/// A statement as the rules want it, about point 21, by Ukraine, sourced.
fn position(id: &str, date: &str) -> Value {
    json!({
        "id": id,
        "date": date,
        "points": [21],
        "party": "ua",
        "speaker": "Volodymyr Zelensky",
        "role": "President of Ukraine",
        "stance": "objects",
        "summary": "Rejected giving up land that Ukraine holds.",
        "quote": "a few words",
        "status": "official",
        "sources": [shipped().sources[0]["id"].as_str().unwrap()]
    })
}

#[test]
fn a_sound_position_passes() {
    let mut f = shipped();
    f.positions = json!([position("2025-11-21-a", "2025-11-21")]);
    // The changes log names statements that this copy no longer has.
    f.changes = json!([]);
    assert_eq!(errors_of(&f), Vec::<String>::new());
}

#[test]
fn positions_are_dated_sourced_and_about_real_points() {
    let mut f = shipped();
    let mut bad = position("2025-11-22-b", "2025-11-22");
    bad["points"] = json!([29]);
    bad["party"] = json!("xx");
    bad["sources"] = json!([]);
    bad["quote"] = json!("one two three four five six seven eight nine ten eleven twelve thirteen");
    bad["status"] = json!("leaked");
    let mut misnamed = position("2025-11-20-c", "2025-11-21");
    misnamed["speaker"] = json!(" ");
    f.positions = json!([bad, misnamed, position("2025-11-22-b", "2025-11-22")]);
    let errors = errors_of(&f);
    for expected in [
        "data/positions.json: position \"2025-11-22-b\": points[0]: no point 29 in the plan",
        "data/positions.json: position \"2025-11-22-b\": party: unknown party \"xx\"",
        "data/positions.json: position \"2025-11-22-b\": sources: no source: every record must be sourced",
        "data/positions.json: position \"2025-11-22-b\": quote: 13 words: a quote is 1 to 12 words",
        "data/positions.json: position \"2025-11-22-b\": status: a statement is official, reported or read out",
        "data/positions.json: position \"2025-11-20-c\": date: out of order: positions are sorted by date",
        "data/positions.json: position \"2025-11-20-c\": id: must be a lowercase slug that starts with the date",
        "data/positions.json: position \"2025-11-20-c\": speaker: is empty",
        "data/positions.json: position \"2025-11-22-b\": id: duplicate id",
    ] {
        assert!(
            errors.iter().any(|e| e == expected),
            "missing {expected:?} in:\n{}",
            errors.join("\n")
        );
    }
}

fn change(id: &str, date: &str, records: &[&str]) -> Value {
    json!({
        "id": id,
        "date": date,
        "kind": "corrected",
        "title": "A date fixed",
        "what": "The event's date moved a day.",
        "why": "The stored report gives the other day.",
        "records": records,
        "sources": [shipped().sources[0]["id"].as_str().unwrap()]
    })
}

#[test]
fn changes_name_real_records_newest_first() {
    let mut f = shipped();
    let event = f.events[0]["id"].as_str().unwrap().to_string();
    let event_ref = format!("event:{event}");
    f.changes = json!([change(
        "2026-12-02-a",
        "2026-12-02",
        &["point:3", &event_ref]
    )]);
    assert_eq!(errors_of(&f), Vec::<String>::new());

    let mut bad = change(
        "2026-12-01-b",
        "2026-12-01",
        &["point:29", "event:nope", "planet:3"],
    );
    bad["sources"] = json!(["no-such-source"]);
    bad["why"] = json!(" ");
    let newer = change("2026-12-03-c", "2026-12-02", &[]);
    f.changes = json!([bad, newer, change("2026-12-01-b", "2026-12-01", &[])]);
    let errors = errors_of(&f);
    for expected in [
        "data/changes.json: change \"2026-12-01-b\": records[0]: \"point:29\": no such record",
        "data/changes.json: change \"2026-12-01-b\": records[1]: \"event:nope\": no such record",
        "data/changes.json: change \"2026-12-01-b\": records[2]: \"planet:3\" is not point:N, event:, version:, statement:, document: or source: with an id",
        "data/changes.json: change \"2026-12-01-b\": sources[0]: unknown source \"no-such-source\"",
        "data/changes.json: change \"2026-12-01-b\": why: is empty",
        "data/changes.json: change \"2026-12-03-c\": date: out of order: the log is sorted newest first",
        "data/changes.json: change \"2026-12-03-c\": id: must be a lowercase slug that starts with the date",
        "data/changes.json: change \"2026-12-01-b\": id: duplicate id",
    ] {
        assert!(
            errors.iter().any(|e| e == expected),
            "missing {expected:?} in:\n{}",
            errors.join("\n")
        );
    }
}
