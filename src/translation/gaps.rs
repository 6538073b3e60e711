//! The gaps of the Ukrainian texts: every record or text of the English data without its
//! Ukrainian, and every Ukrainian record without its English one, each a located `DataError`.

use super::{
    Ukrainian, VersionText, CHANGES_UK_FILE, DOCUMENTS_UK_FILE, EVENTS_UK_FILE, POINTS_UK_FILE,
    POSITIONS_UK_FILE, VERSIONS_UK_FILE, VOCABULARY_UK_FILE,
};
use crate::data_error::DataError;
use crate::model::{self, Dataset};

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

    /// A record's dispute: Ukrainian exactly when the English `kind` ("event") has one.
    fn dispute(&mut self, record: &str, kind: &str, english: &Option<String>, uk: &Option<String>) {
        match (english, uk) {
            (Some(_), Some(u)) => self.text(record, "dispute", u),
            (None, None) => {}
            (Some(_), None) => self.add(record, "dispute", "no Ukrainian text"),
            (None, Some(_)) => self.add(
                record,
                "dispute",
                &format!("the English {kind} has no dispute"),
            ),
        }
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
    position_gaps(
        data,
        uk,
        &mut Gaps {
            file: POSITIONS_UK_FILE,
            errors: &mut errors,
        },
    );
    change_gaps(
        data,
        uk,
        &mut Gaps {
            file: CHANGES_UK_FILE,
            errors: &mut errors,
        },
    );
    errors
}

fn change_gaps(data: &Dataset, uk: &Ukrainian, g: &mut Gaps<'_>) {
    for c in &data.changes {
        let record = format!("change {:?}", c.id);
        let Some(t) = uk.changes.get(&c.id) else {
            g.add(&record, "", "no Ukrainian text");
            continue;
        };
        g.text(&record, "title", &t.title);
        g.text(&record, "what", &t.what);
        g.text(&record, "why", &t.why);
    }
    let known: Vec<String> = data.changes.iter().map(|c| c.id.clone()).collect();
    g.strays("change", uk.changes.keys(), &known);
}

fn position_gaps(data: &Dataset, uk: &Ukrainian, g: &mut Gaps<'_>) {
    for p in &data.positions {
        let record = format!("position {:?}", p.id);
        let Some(t) = uk.positions.get(&p.id) else {
            g.add(&record, "", "no Ukrainian text");
            continue;
        };
        g.text(&record, "speaker", &t.speaker);
        g.text(&record, "role", &t.role);
        g.text(&record, "summary", &t.summary);
        g.dispute(&record, "position", &p.dispute, &t.dispute);
    }
    let known: Vec<String> = data.positions.iter().map(|p| p.id.clone()).collect();
    g.strays("position", uk.positions.keys(), &known);
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
        g.dispute(&record, "event", &e.dispute, &t.dispute);
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
        version_text_gaps(&record, &v.code, text, t, g);
    }
    let known: Vec<String> = data.versions.iter().map(|v| v.code.clone()).collect();
    g.strays("version", uk.versions.keys(), &known);
}

/// The gaps in a version's own text: each point's title and summary, each outcome's note and
/// terms.
fn version_text_gaps(
    record: &str,
    code: &str,
    text: &model::VersionText,
    t: &VersionText,
    g: &mut Gaps<'_>,
) {
    for p in &text.points {
        match t.points.get(&p.number.to_string()) {
            Some(u) => {
                g.text(record, &format!("points.{}.title", p.number), &u.title);
                g.text(record, &format!("points.{}.summary", p.number), &u.summary);
            }
            None => g.add(record, &format!("points.{}", p.number), "no Ukrainian text"),
        }
    }
    let own: Vec<String> = text.points.iter().map(|p| p.number.to_string()).collect();
    g.strays(&format!("{} point", code), t.points.keys(), &own);
    for o in text
        .outcomes
        .iter()
        .filter(|o| !o.note.is_empty() || !o.terms.is_empty())
    {
        let field = format!("outcomes.{}", o.point);
        let Some(u) = t.outcomes.get(&o.point.to_string()) else {
            g.add(record, &field, "no Ukrainian text");
            continue;
        };
        if !o.note.is_empty() {
            g.text(record, &format!("{field}.note"), &u.note);
        }
        if u.terms.len() != o.terms.len() {
            g.add(
                record,
                &format!("{field}.terms"),
                &format!("{} Ukrainian for {} English", u.terms.len(), o.terms.len()),
            );
        }
        for (i, term) in u.terms.iter().enumerate() {
            g.text(record, &format!("{field}.terms[{i}].us"), &term.us);
            g.text(
                record,
                &format!("{field}.terms[{i}].version"),
                &term.version,
            );
        }
    }
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
