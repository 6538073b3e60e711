//! Loading `data/*.json` into a [`Dataset`]: parse each file with serde, record by record,
//! then validate. Every failure becomes a [`DataError`] that names the file, the record and
//! the field, so the page (and the tests) can say exactly what is wrong.

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::data_error::{
    DataError, CHANGES_FILE, DOCUMENTS_FILE, EVENTS_FILE, PARTIES_FILE, POINTS_FILE,
    POSITIONS_FILE, SOURCES_FILE, THEMES_FILE, VERSIONS_FILE,
};
use crate::model::Dataset;
use crate::validate;

/// The text of each data file, by role. `shipped()` gives the files bundled into the app.
#[derive(Debug, Clone, Copy)]
pub struct DataFiles<'a> {
    pub parties: &'a str,
    pub themes: &'a str,
    pub sources: &'a str,
    pub points: &'a str,
    pub events: &'a str,
    pub documents: &'a str,
    pub versions: &'a str,
    pub positions: &'a str,
    pub changes: &'a str,
}

impl DataFiles<'static> {
    /// The dataset compiled into the `site` binary (and into build.rs).
    #[cfg(not(feature = "synthetic"))]
    pub fn shipped() -> Self {
        DataFiles {
            parties: include_str!("../data/parties.json"),
            themes: include_str!("../data/themes.json"),
            sources: include_str!("../data/sources.json"),
            points: include_str!("../data/points.json"),
            events: include_str!("../data/events.json"),
            documents: include_str!("../data/documents.json"),
            versions: include_str!("../data/versions.json"),
            positions: include_str!("../data/positions.json"),
            changes: include_str!("../data/changes.json"),
        }
    }

    /// Benchmark builds: the generated dataset (tools/gen-synthetic.mjs).
    #[cfg(feature = "synthetic")]
    pub fn shipped() -> Self {
        DataFiles {
            parties: include_str!("../data/parties.json"),
            themes: include_str!("../data/themes.json"),
            sources: include_str!("../target/synthetic/sources.json"),
            points: include_str!("../target/synthetic/points.json"),
            events: include_str!("../target/synthetic/events.json"),
            documents: "[]",
            versions: include_str!("../target/synthetic/versions.json"),
            positions: "[]",
            changes: "[]",
        }
    }
}

impl<'a> DataFiles<'a> {
    /// Each file by its name ("points", "events", …) and text: the full-data download.
    pub fn named(&self) -> [(&'static str, &'a str); 9] {
        [
            ("parties", self.parties),
            ("themes", self.themes),
            ("sources", self.sources),
            ("points", self.points),
            ("events", self.events),
            ("documents", self.documents),
            ("versions", self.versions),
            ("positions", self.positions),
            ("changes", self.changes),
        ]
    }
}

/// How a file names its records in messages: `point 12`, `event "id"`.
fn record_name(file: &'static str, value: &Value, index: usize) -> String {
    let kind = match file {
        PARTIES_FILE => "party",
        THEMES_FILE => "theme",
        SOURCES_FILE => "source",
        POINTS_FILE => "point",
        EVENTS_FILE => "event",
        VERSIONS_FILE => "version",
        POSITIONS_FILE => "position",
        CHANGES_FILE => "change",
        _ => "document",
    };
    if let Some(n) = value.get("number").and_then(Value::as_u64) {
        return format!("{kind} {n}");
    }
    for key in ["id", "code"] {
        if let Some(s) = value.get(key).and_then(Value::as_str) {
            return format!("{kind} {s:?}");
        }
    }
    format!("{kind} #{}", index + 1)
}

/// Splits serde's "missing field `x` at line 1 column 2" into field and message.
fn serde_message(err: &serde_json::Error) -> (String, String) {
    let text = err.to_string();
    let text = match text.find(" at line ") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    let field = text
        .split('`')
        .nth(1)
        .filter(|_| text.starts_with("missing field") || text.starts_with("unknown field"))
        .unwrap_or("")
        .to_string();
    (field, text.replace('`', "\""))
}

/// Parses one file as an array of `T`, collecting an error per bad record.
fn parse_file<T: DeserializeOwned>(
    file: &'static str,
    text: &str,
    errors: &mut Vec<DataError>,
) -> Vec<T> {
    let whole = |message: String| DataError {
        file,
        record: String::new(),
        field: String::new(),
        message,
    };
    let values: Vec<Value> = match serde_json::from_str::<Value>(text) {
        Ok(Value::Array(values)) => values,
        Ok(_) => {
            errors.push(whole("expected a JSON array of records".into()));
            return Vec::new();
        }
        Err(e) => {
            errors.push(whole(format!("not valid JSON: {e}")));
            return Vec::new();
        }
    };
    let mut out = Vec::with_capacity(values.len());
    for (i, value) in values.into_iter().enumerate() {
        let record = record_name(file, &value, i);
        match T::deserialize(&value) {
            Ok(item) => out.push(item),
            Err(e) => {
                let (field, message) = serde_message(&e);
                errors.push(DataError {
                    file,
                    record,
                    field,
                    message,
                });
            }
        }
    }
    out
}

/// Parses and validates every file. Either a whole, consistent dataset or every error found.
pub fn load(files: &DataFiles<'_>) -> Result<Dataset, Vec<DataError>> {
    let mut errors = Vec::new();
    let dataset = Dataset {
        parties: parse_file(PARTIES_FILE, files.parties, &mut errors),
        themes: parse_file(THEMES_FILE, files.themes, &mut errors),
        sources: parse_file(SOURCES_FILE, files.sources, &mut errors),
        points: parse_file(POINTS_FILE, files.points, &mut errors),
        events: parse_file(EVENTS_FILE, files.events, &mut errors),
        documents: parse_file(DOCUMENTS_FILE, files.documents, &mut errors),
        versions: parse_file(VERSIONS_FILE, files.versions, &mut errors),
        positions: parse_file(POSITIONS_FILE, files.positions, &mut errors),
        changes: parse_file(CHANGES_FILE, files.changes, &mut errors),
    };
    errors.extend(validate::check(&dataset));
    if errors.is_empty() {
        Ok(dataset)
    } else {
        Err(errors)
    }
}

/// The shipped dataset, parsed and validated now. Loaded once per call; callers keep it.
pub fn load_shipped() -> Result<Dataset, Vec<DataError>> {
    load(&DataFiles::shipped())
}
