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

pub const POINTS_UK_FILE: &str = "data/points.uk.json";
pub const EVENTS_UK_FILE: &str = "data/events.uk.json";
pub const DOCUMENTS_UK_FILE: &str = "data/documents.uk.json";
pub const VERSIONS_UK_FILE: &str = "data/versions.uk.json";
pub const VOCABULARY_UK_FILE: &str = "data/vocabulary.uk.json";

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
}

/// The text of each translation file.
#[derive(Debug, Clone, Copy)]
pub struct UkFiles<'a> {
    pub points: &'a str,
    pub events: &'a str,
    pub documents: &'a str,
    pub versions: &'a str,
    pub vocabulary: &'a str,
}

impl UkFiles<'static> {
    pub fn shipped() -> Self {
        UkFiles {
            points: include_str!("../data/points.uk.json"),
            events: include_str!("../data/events.uk.json"),
            documents: include_str!("../data/documents.uk.json"),
            versions: include_str!("../data/versions.uk.json"),
            vocabulary: include_str!("../data/vocabulary.uk.json"),
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

/// Collects the gaps of one file.
struct Gaps<'e> {
    file: &'static str,
    errors: &'e mut Vec<DataError>,
}

impl Gaps<'_> {
    fn add(&mut self, record: &str, field: &str, message: &str) {
        self.errors.push(DataError {
            file: self.file,
            record: record.to_string(),
            field: field.to_string(),
            message: message.to_string(),
        });
    }

    /// A text that must be there: not empty, and Ukrainian (Cyrillic letters, or no word in
    /// Latin letters at all: "600 000" is fine, an English sentence is not).
    fn text(&mut self, record: &str, field: &str, text: &str) {
        if text.trim().is_empty() {
            self.add(record, field, "no Ukrainian text");
        } else if !is_ukrainian(text) {
            self.add(record, field, "looks untranslated (no Cyrillic letter)");
        }
    }

    /// A list translated item by item: as many items as the English.
    fn list(&mut self, record: &str, field: &str, uk: &[String], english: usize) {
        if uk.len() != english {
            self.add(
                record,
                field,
                &format!("{} Ukrainian item(s) for {english} English", uk.len()),
            );
        }
        for (i, t) in uk.iter().enumerate() {
            self.text(record, &format!("{field}[{i}]"), t);
        }
    }

    /// Ukrainian for a record the English data does not have.
    fn strays<'k>(&mut self, kind: &str, keys: impl Iterator<Item = &'k String>, known: &[String]) {
        for k in keys.filter(|k| !known.contains(k)) {
            self.add(
                &format!("{kind} {k:?}"),
                "",
                "no such record in the English data",
            );
        }
    }
}

/// Whether a text reads as Ukrainian: it has a Cyrillic letter, or no Latin word of three
/// letters or more (numbers, codes like "G8").
pub fn is_ukrainian(text: &str) -> bool {
    let cyrillic = text.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
    let mut run = 0;
    let latin_word = text.chars().any(|c| {
        run = if c.is_ascii_alphabetic() { run + 1 } else { 0 };
        run >= 3
    });
    cyrillic || !latin_word
}

/// Every record or text of `data` without its Ukrainian, and every Ukrainian record without
/// its English one.
pub fn gaps(data: &Dataset, uk: &Ukrainian) -> Vec<DataError> {
    let mut errors = Vec::new();
    point_gaps(
        data,
        uk,
        &mut Gaps {
            file: POINTS_UK_FILE,
            errors: &mut errors,
        },
    );
    event_gaps(
        data,
        uk,
        &mut Gaps {
            file: EVENTS_UK_FILE,
            errors: &mut errors,
        },
    );
    document_gaps(
        data,
        uk,
        &mut Gaps {
            file: DOCUMENTS_UK_FILE,
            errors: &mut errors,
        },
    );
    version_gaps(
        data,
        uk,
        &mut Gaps {
            file: VERSIONS_UK_FILE,
            errors: &mut errors,
        },
    );
    vocabulary_gaps(
        data,
        uk,
        &mut Gaps {
            file: VOCABULARY_UK_FILE,
            errors: &mut errors,
        },
    );
    errors
}

fn point_gaps(data: &Dataset, uk: &Ukrainian, g: &mut Gaps<'_>) {
    for p in &data.points {
        let record = format!("point {}", p.number);
        let Some(t) = uk.points.get(&p.number.to_string()) else {
            g.add(&record, "", "no Ukrainian text");
            continue;
        };
        g.text(&record, "title", &t.title);
        g.text(&record, "summary", &t.summary);
        for s in &p.subpoints {
            match t.subpoints.get(&s.label) {
                Some(text) => g.text(&record, &format!("subpoints.{}", s.label), text),
                None => g.add(
                    &record,
                    &format!("subpoints.{}", s.label),
                    "no Ukrainian text",
                ),
            }
        }
        if t.subpoints.len() != p.subpoints.len() {
            g.add(
                &record,
                "subpoints",
                "sub-points that the English point does not have",
            );
        }
        match (&p.dispute, &t.dispute) {
            (Some(d), Some(u)) => {
                g.text(&record, "dispute.note", &u.note);
                g.list(&record, "dispute.wordings", &u.wordings, d.versions.len());
            }
            (None, None) => {}
            (Some(_), None) => g.add(&record, "dispute", "no Ukrainian text"),
            (None, Some(_)) => g.add(&record, "dispute", "the English point has no dispute"),
        }
        match (&p.revision, &t.revision) {
            (Some(_), Some(u)) => {
                g.text(&record, "revision.before", &u.before);
                g.text(&record, "revision.after", &u.after);
                g.text(&record, "revision.note", &u.note);
            }
            (None, None) => {}
            (Some(_), None) => g.add(&record, "revision", "no Ukrainian text"),
            (None, Some(_)) => g.add(&record, "revision", "the English point has no revision"),
        }
    }
    let known: Vec<String> = data.points.iter().map(|p| p.number.to_string()).collect();
    g.strays("point", uk.points.keys(), &known);
}

fn event_gaps(data: &Dataset, uk: &Ukrainian, g: &mut Gaps<'_>) {
    for e in &data.events {
        let record = format!("event {:?}", e.id);
        let Some(t) = uk.events.get(&e.id) else {
            g.add(&record, "", "no Ukrainian text");
            continue;
        };
        g.text(&record, "title", &t.title);
        g.text(&record, "summary", &t.summary);
        match (&e.dispute, &t.dispute) {
            (Some(_), Some(u)) => g.text(&record, "dispute", u),
            (None, None) => {}
            (Some(_), None) => g.add(&record, "dispute", "no Ukrainian text"),
            (None, Some(_)) => g.add(&record, "dispute", "the English event has no dispute"),
        }
    }
    let known: Vec<String> = data.events.iter().map(|e| e.id.clone()).collect();
    g.strays("event", uk.events.keys(), &known);
}

fn document_gaps(data: &Dataset, uk: &Ukrainian, g: &mut Gaps<'_>) {
    for d in &data.documents {
        let record = format!("document {:?}", d.id);
        let Some(t) = uk.documents.get(&d.id) else {
            g.add(&record, "", "no Ukrainian text");
            continue;
        };
        g.text(&record, "title", &t.title);
        g.text(&record, "summary", &t.summary);
        g.list(&record, "provisions", &t.provisions, d.provisions.len());
    }
    let known: Vec<String> = data.documents.iter().map(|d| d.id.clone()).collect();
    g.strays("document", uk.documents.keys(), &known);
}

fn version_gaps(data: &Dataset, uk: &Ukrainian, g: &mut Gaps<'_>) {
    for v in &data.versions {
        let record = format!("version {:?}", v.code);
        let Some(t) = uk.versions.get(&v.code) else {
            g.add(&record, "", "no Ukrainian text");
            continue;
        };
        g.text(&record, "name", &t.name);
        g.text(&record, "drawn_up_by", &t.drawn_up_by);
        g.text(&record, "summary", &t.summary);
        if t.disputes.len() != v.disputes.len() {
            g.add(
                &record,
                "disputes",
                &format!(
                    "{} Ukrainian for {} English",
                    t.disputes.len(),
                    v.disputes.len()
                ),
            );
        }
        for (i, (d, u)) in v.disputes.iter().zip(&t.disputes).enumerate() {
            g.text(&record, &format!("disputes[{i}].about"), &u.about);
            g.text(&record, &format!("disputes[{i}].note"), &u.note);
            g.list(
                &record,
                &format!("disputes[{i}].wordings"),
                &u.wordings,
                d.versions.len(),
            );
        }
        let Some(text) = &v.text else {
            if !t.points.is_empty() || !t.outcomes.is_empty() {
                g.add(&record, "points", "the English version has no text");
            }
            continue;
        };
        for p in &text.points {
            match t.points.get(&p.number.to_string()) {
                Some(u) => {
                    g.text(&record, &format!("points.{}.title", p.number), &u.title);
                    g.text(&record, &format!("points.{}.summary", p.number), &u.summary);
                }
                None => g.add(
                    &record,
                    &format!("points.{}", p.number),
                    "no Ukrainian text",
                ),
            }
        }
        let own: Vec<String> = text.points.iter().map(|p| p.number.to_string()).collect();
        g.strays(&format!("{} point", v.code), t.points.keys(), &own);
        for o in text
            .outcomes
            .iter()
            .filter(|o| !o.note.is_empty() || !o.terms.is_empty())
        {
            let field = format!("outcomes.{}", o.point);
            let Some(u) = t.outcomes.get(&o.point.to_string()) else {
                g.add(&record, &field, "no Ukrainian text");
                continue;
            };
            if !o.note.is_empty() {
                g.text(&record, &format!("{field}.note"), &u.note);
            }
            if u.terms.len() != o.terms.len() {
                g.add(
                    &record,
                    &format!("{field}.terms"),
                    &format!("{} Ukrainian for {} English", u.terms.len(), o.terms.len()),
                );
            }
            for (i, term) in u.terms.iter().enumerate() {
                g.text(&record, &format!("{field}.terms[{i}].us"), &term.us);
                g.text(
                    &record,
                    &format!("{field}.terms[{i}].version"),
                    &term.version,
                );
            }
        }
    }
    let known: Vec<String> = data.versions.iter().map(|v| v.code.clone()).collect();
    g.strays("version", uk.versions.keys(), &known);
}

fn vocabulary_gaps(data: &Dataset, uk: &Ukrainian, g: &mut Gaps<'_>) {
    for p in &data.parties {
        let record = format!("party {:?}", p.code);
        match uk.vocabulary.parties.get(&p.code) {
            Some(t) => {
                g.text(&record, "name", &t.name);
                g.text(&record, "short", &t.short);
            }
            None => g.add(&record, "", "no Ukrainian text"),
        }
    }
    for t in &data.themes {
        match uk.vocabulary.themes.get(&t.code) {
            Some(label) => g.text(&format!("theme {:?}", t.code), "label", label),
            None => g.add(&format!("theme {:?}", t.code), "", "no Ukrainian text"),
        }
    }
    let parties: Vec<String> = data.parties.iter().map(|p| p.code.clone()).collect();
    g.strays("party", uk.vocabulary.parties.keys(), &parties);
    let themes: Vec<String> = data.themes.iter().map(|t| t.code.clone()).collect();
    g.strays("theme", uk.vocabulary.themes.keys(), &themes);
}

/// The dataset in Ukrainian: `data` with every text a reader sees replaced by its Ukrainian
/// (`uk` has no gap: `load` checked), and every id, code, date, role, status and source as it
/// was. The pages in Ukrainian render it with the same components.
pub fn apply(data: &Dataset, uk: &Ukrainian) -> Dataset {
    let mut out = data.clone();
    let set = |target: &mut String, text: Option<&String>| {
        if let Some(t) = text.filter(|t| !t.trim().is_empty()) {
            *target = t.clone();
        }
    };
    for p in &mut out.parties {
        if let Some(t) = uk.vocabulary.parties.get(&p.code) {
            set(&mut p.name, Some(&t.name));
            set(&mut p.short, Some(&t.short));
        }
    }
    for t in &mut out.themes {
        set(&mut t.label, uk.vocabulary.themes.get(&t.code));
    }
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
    out
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
