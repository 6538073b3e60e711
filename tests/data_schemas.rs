//! The JSON Schemas in `data/schema/` describe the data as it is: every data file validates
//! against its schema (with the `jsonschema` crate), and a broken copy does not, so neither
//! the schemas nor the files can drift unnoticed. The meaning checks are `validate.rs`'s.

use std::fs;
use std::path::Path;

use serde_json::{json, Value};

const FILES: [&str; 16] = [
    "parties",
    "themes",
    "sources",
    "points",
    "events",
    "documents",
    "versions",
    "positions",
    "changes",
    // The Ukrainian texts, beside what they translate.
    "points.uk",
    "events.uk",
    "documents.uk",
    "versions.uk",
    "vocabulary.uk",
    "positions.uk",
    "changes.uk",
];

fn read(path: &Path) -> Value {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn schema(name: &str) -> jsonschema::Validator {
    let path = Path::new("data/schema").join(format!("{name}.schema.json"));
    jsonschema::validator_for(&read(&path))
        .unwrap_or_else(|e| panic!("{}: not a valid schema: {e}", path.display()))
}

/// Every error of `value` against the schema, located: "/3/sources/0: … ".
fn errors(validator: &jsonschema::Validator, value: &Value) -> Vec<String> {
    validator
        .iter_errors(value)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn every_data_file_matches_its_schema() {
    for name in FILES {
        let data = read(&Path::new("data").join(format!("{name}.json")));
        let found = errors(&schema(name), &data);
        assert!(found.is_empty(), "data/{name}.json:\n{}", found.join("\n"));
    }
}

#[test]
fn every_schema_in_the_folder_is_checked() {
    let mut names: Vec<String> = fs::read_dir("data/schema")
        .expect("data/schema")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut expected: Vec<String> = FILES.iter().map(|n| format!("{n}.schema.json")).collect();
    expected.sort();
    assert_eq!(names, expected);
}

#[test]
fn broken_copies_fail_their_schemas_at_the_broken_place() {
    let mut events = read(Path::new("data/events.json"));
    events[2]["status"] = json!("rumoured");
    events[4]["colour"] = json!("red");
    let found = errors(&schema("events"), &events);
    assert!(
        found.iter().any(|e| e.starts_with("/2/status")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|e| e.starts_with("/4") && e.contains("colour")),
        "{found:?}"
    );

    let mut sources = read(Path::new("data/sources.json"));
    sources[0]["url"] = json!("http://example.org/");
    sources[1].as_object_mut().unwrap().remove("date");
    let found = errors(&schema("sources"), &sources);
    assert!(found.iter().any(|e| e.starts_with("/0/url")), "{found:?}");
    assert!(
        found
            .iter()
            .any(|e| e.starts_with("/1") && e.contains("date")),
        "{found:?}"
    );

    let version = json!([{
        "code": "E3!", "name": "x", "date": "23 Nov", "drawn_up_by": "x", "status": "leaked",
        "summary": "x", "sources": ["a"],
        "text": { "points": [], "outcomes": [{ "point": 29, "outcome": "survived" }] }
    }]);
    let found = errors(&schema("versions"), &version);
    for at in [
        "/0/code",
        "/0/date",
        "/0/text/outcomes/0/point",
        "/0/text/outcomes/0/outcome",
    ] {
        assert!(found.iter().any(|e| e.starts_with(at)), "{at} in {found:?}");
    }
}
