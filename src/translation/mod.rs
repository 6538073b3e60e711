//! The Ukrainian texts (`data/*.uk.json`, beside the files they translate): the same records,
//! keyed by the same ids (a point's number, an event's or a document's id, a version's code,
//! a party's or a theme's code), with every text a reader sees of them. Native only, like
//! `data`: `load` parses them, and `gaps` names every record or text that has no Ukrainian, or
//! Ukrainian for a record that does not exist. Shipped data has no gap (`cargo test`).

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::data_error::DataError;
use crate::model::Dataset;

mod gaps;
pub use gaps::{gaps, is_ukrainian};

pub const POINTS_UK_FILE: &str = "data/points.uk.json";
pub const EVENTS_UK_FILE: &str = "data/events.uk.json";
pub const DOCUMENTS_UK_FILE: &str = "data/documents.uk.json";
pub const VERSIONS_UK_FILE: &str = "data/versions.uk.json";
pub const VOCABULARY_UK_FILE: &str = "data/vocabulary.uk.json";
pub const POSITIONS_UK_FILE: &str = "data/positions.uk.json";
pub const CHANGES_UK_FILE: &str = "data/changes.uk.json";

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PointText {
    pub title: String,
    pub summary: String,
    /// By the sub-point's label ("a").
    #[serde(default)]
    pub subpoints: BTreeMap<String, String>,
    #[serde(default)]
    pub dispute: Option<DisputeText>,
    #[serde(default)]
    pub revision: Option<RevisionText>,
}

/// Where sources differ: the note, and each source's wording as we describe it, in the
/// English record's order.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DisputeText {
    pub note: String,
    pub wordings: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RevisionText {
    pub before: String,
    pub after: String,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventText {
    pub title: String,
    pub summary: String,
    #[serde(default)]
    pub dispute: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentText {
    pub title: String,
    pub summary: String,
    pub provisions: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VersionText {
    pub name: String,
    pub drawn_up_by: String,
    pub summary: String,
    pub disputes: Vec<VersionDisputeText>,
    /// The version's own points, by their number in it.
    #[serde(default)]
    pub points: BTreeMap<String, VersionPointText>,
    /// What it did with each US point, by the US point's number (only those with a note or
    /// terms).
    #[serde(default)]
    pub outcomes: BTreeMap<String, OutcomeText>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VersionDisputeText {
    pub about: String,
    pub note: String,
    pub wordings: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VersionPointText {
    pub title: String,
    pub summary: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomeText {
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub terms: Vec<TermText>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermText {
    pub us: String,
    pub version: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartyText {
    pub name: String,
    pub short: String,
}

/// A statement's texts: who, in what role, what they said (our words), where sources differ.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PositionText {
    pub speaker: String,
    pub role: String,
    pub summary: String,
    #[serde(default)]
    pub dispute: Option<String>,
}

/// A change log entry's texts: the line, what changed and why.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChangeText {
    pub title: String,
    pub what: String,
    pub why: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vocabulary {
    pub parties: BTreeMap<String, PartyText>,
    pub themes: BTreeMap<String, String>,
}

/// Every Ukrainian text, by the English record's key.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Ukrainian {
    pub points: BTreeMap<String, PointText>,
    pub events: BTreeMap<String, EventText>,
    pub documents: BTreeMap<String, DocumentText>,
    pub versions: BTreeMap<String, VersionText>,
    pub vocabulary: Vocabulary,
    pub positions: BTreeMap<String, PositionText>,
    pub changes: BTreeMap<String, ChangeText>,
}

/// The text of each translation file.
#[derive(Debug, Clone, Copy)]
pub struct UkFiles<'a> {
    pub points: &'a str,
    pub events: &'a str,
    pub documents: &'a str,
    pub versions: &'a str,
    pub vocabulary: &'a str,
    pub positions: &'a str,
    pub changes: &'a str,
}

impl UkFiles<'static> {
    pub fn shipped() -> Self {
        UkFiles {
            points: include_str!("../../data/points.uk.json"),
            events: include_str!("../../data/events.uk.json"),
            documents: include_str!("../../data/documents.uk.json"),
            versions: include_str!("../../data/versions.uk.json"),
            vocabulary: include_str!("../../data/vocabulary.uk.json"),
            positions: include_str!("../../data/positions.uk.json"),
            changes: include_str!("../../data/changes.uk.json"),
        }
    }
}

fn parse<T: DeserializeOwned + Default>(
    file: &'static str,
    text: &str,
    errors: &mut Vec<DataError>,
) -> T {
    serde_json::from_str(text).unwrap_or_else(|e| {
        errors.push(DataError {
            file,
            record: String::new(),
            field: String::new(),
            message: format!("not a valid translation file: {e}"),
        });
        T::default()
    })
}

/// Parses the files and checks them against `data`: the Ukrainian texts, or every error
/// (a file that does not parse, a gap, a stray record).
pub fn load(files: &UkFiles<'_>, data: &Dataset) -> Result<Ukrainian, Vec<DataError>> {
    let mut errors = Vec::new();
    let uk = Ukrainian {
        points: parse(POINTS_UK_FILE, files.points, &mut errors),
        events: parse(EVENTS_UK_FILE, files.events, &mut errors),
        documents: parse(DOCUMENTS_UK_FILE, files.documents, &mut errors),
        versions: parse(VERSIONS_UK_FILE, files.versions, &mut errors),
        vocabulary: parse(VOCABULARY_UK_FILE, files.vocabulary, &mut errors),
        positions: parse(POSITIONS_UK_FILE, files.positions, &mut errors),
        changes: parse(CHANGES_UK_FILE, files.changes, &mut errors),
    };
    if errors.is_empty() {
        errors = gaps(data, &uk);
    }
    if errors.is_empty() {
        Ok(uk)
    } else {
        Err(errors)
    }
}

/// The dataset in Ukrainian: `data` with every text a reader sees replaced by its Ukrainian
/// (`uk` has no gap: `load` checked), and every id, code, date, role, status and source as it
/// was. The pages in Ukrainian render it with the same components.
pub fn apply(data: &Dataset, uk: &Ukrainian) -> Dataset {
    let mut out = data.clone();
    apply_vocabulary(&mut out, uk);
    apply_points(&mut out, uk);
    apply_events(&mut out, uk);
    apply_documents(&mut out, uk);
    apply_versions(&mut out, uk);
    apply_positions(&mut out, uk);
    apply_changes(&mut out, uk);
    out
}

/// `target` takes `text` when there is a text that is not blank; otherwise it stays English.
fn set(target: &mut String, text: Option<&String>) {
    if let Some(t) = text.filter(|t| !t.trim().is_empty()) {
        *target = t.clone();
    }
}

fn apply_vocabulary(out: &mut Dataset, uk: &Ukrainian) {
    for p in &mut out.parties {
        if let Some(t) = uk.vocabulary.parties.get(&p.code) {
            set(&mut p.name, Some(&t.name));
            set(&mut p.short, Some(&t.short));
        }
    }
    for t in &mut out.themes {
        set(&mut t.label, uk.vocabulary.themes.get(&t.code));
    }
}

fn apply_points(out: &mut Dataset, uk: &Ukrainian) {
    for p in &mut out.points {
        let Some(t) = uk.points.get(&p.number.to_string()) else {
            continue;
        };
        set(&mut p.title, Some(&t.title));
        set(&mut p.summary, Some(&t.summary));
        for s in &mut p.subpoints {
            set(&mut s.text, t.subpoints.get(&s.label));
        }
        if let (Some(d), Some(u)) = (&mut p.dispute, &t.dispute) {
            set(&mut d.note, Some(&u.note));
            for (v, w) in d.versions.iter_mut().zip(&u.wordings) {
                set(&mut v.wording, Some(w));
            }
        }
        if let (Some(r), Some(u)) = (&mut p.revision, &t.revision) {
            set(&mut r.before, Some(&u.before));
            set(&mut r.after, Some(&u.after));
            set(&mut r.note, Some(&u.note));
        }
    }
}

fn apply_events(out: &mut Dataset, uk: &Ukrainian) {
    for e in &mut out.events {
        let Some(t) = uk.events.get(&e.id) else {
            continue;
        };
        set(&mut e.title, Some(&t.title));
        set(&mut e.summary, Some(&t.summary));
        if let (Some(d), Some(u)) = (&mut e.dispute, &t.dispute) {
            set(d, Some(u));
        }
    }
}

fn apply_documents(out: &mut Dataset, uk: &Ukrainian) {
    for d in &mut out.documents {
        let Some(t) = uk.documents.get(&d.id) else {
            continue;
        };
        set(&mut d.title, Some(&t.title));
        set(&mut d.summary, Some(&t.summary));
        for (p, u) in d.provisions.iter_mut().zip(&t.provisions) {
            set(p, Some(u));
        }
    }
}

fn apply_versions(out: &mut Dataset, uk: &Ukrainian) {
    for v in &mut out.versions {
        let Some(t) = uk.versions.get(&v.code) else {
            continue;
        };
        set(&mut v.name, Some(&t.name));
        set(&mut v.drawn_up_by, Some(&t.drawn_up_by));
        set(&mut v.summary, Some(&t.summary));
        for (d, u) in v.disputes.iter_mut().zip(&t.disputes) {
            set(&mut d.about, Some(&u.about));
            set(&mut d.note, Some(&u.note));
            for (w, text) in d.versions.iter_mut().zip(&u.wordings) {
                set(&mut w.wording, Some(text));
            }
        }
        let Some(text) = &mut v.text else {
            continue;
        };
        for p in &mut text.points {
            if let Some(u) = t.points.get(&p.number.to_string()) {
                set(&mut p.title, Some(&u.title));
                set(&mut p.summary, Some(&u.summary));
            }
        }
        for o in &mut text.outcomes {
            let Some(u) = t.outcomes.get(&o.point.to_string()) else {
                continue;
            };
            set(&mut o.note, Some(&u.note));
            for (term, ut) in o.terms.iter_mut().zip(&u.terms) {
                set(&mut term.us, Some(&ut.us));
                set(&mut term.version, Some(&ut.version));
            }
        }
    }
}

fn apply_positions(out: &mut Dataset, uk: &Ukrainian) {
    for p in &mut out.positions {
        let Some(t) = uk.positions.get(&p.id) else {
            continue;
        };
        set(&mut p.speaker, Some(&t.speaker));
        set(&mut p.role, Some(&t.role));
        set(&mut p.summary, Some(&t.summary));
        if let (Some(d), Some(u)) = (&mut p.dispute, &t.dispute) {
            set(d, Some(u));
        }
    }
}

fn apply_changes(out: &mut Dataset, uk: &Ukrainian) {
    for c in &mut out.changes {
        let Some(t) = uk.changes.get(&c.id) else {
            continue;
        };
        set(&mut c.title, Some(&t.title));
        set(&mut c.what, Some(&t.what));
        set(&mut c.why, Some(&t.why));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_ukrainian_from_untranslated_text() {
        for uk in [
            "Суверенітет",
            "600 000",
            "G8",
            "НАТО і G7",
            "$100 млрд",
            "E3",
        ] {
            assert!(is_ukrainian(uk), "{uk}");
        }
        for en in ["Sovereignty", "The US is paid", "NATO"] {
            assert!(!is_ukrainian(en), "{en}");
        }
    }
}
