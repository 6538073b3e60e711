//! The rules of `data/changes.json`: unique ids that start with their date, newest first, each
//! record it names one that exists, each source a known one.

use std::collections::HashSet;

use super::Check;
use crate::data_error::CHANGES_FILE;
use crate::model::{Change, RecordRef};

impl Check<'_> {
    /// Changes: unique ids that start with their date, newest first, each checked (`change`).
    pub(super) fn changes(&mut self) {
        let mut ids = HashSet::new();
        let mut previous: Option<&str> = None;
        for c in &self.d.changes {
            let rec = format!("change {:?}", c.id);
            if !ids.insert(c.id.as_str()) {
                self.e.push(CHANGES_FILE, &rec, "id", "duplicate id");
            }
            if previous.is_some_and(|before| c.date.as_str() > before) {
                let message = "out of order: the log is sorted newest first";
                self.e.push(CHANGES_FILE, &rec, "date", message);
            }
            previous = Some(&c.date);
            self.change(&rec, c);
        }
    }

    fn change(&mut self, rec: &str, c: &Change) {
        let f = CHANGES_FILE;
        self.dated_id(f, rec, &c.id, &c.date);
        self.date(f, rec, "date", &c.date);
        self.e.non_empty(f, rec, "title", &c.title);
        self.e.non_empty(f, rec, "what", &c.what);
        self.e.non_empty(f, rec, "why", &c.why);
        for (i, text) in c.records.iter().enumerate() {
            let field = format!("records[{i}]");
            match RecordRef::parse(text) {
                None => self.e.push(
                    f,
                    rec,
                    &field,
                    format!("{text:?} is not point:N, event:, version:, statement:, document: or source: with an id"),
                ),
                Some(r) if !self.exists(&r) => {
                    self.e.push(f, rec, &field, format!("{text:?}: no such record"))
                }
                Some(_) => {}
            }
        }
        // A change to a whole file may rest on no source; those it names must exist.
        self.e
            .known_sources(&self.sources, f, rec, "sources", &c.sources);
    }

    fn exists(&self, r: &RecordRef) -> bool {
        let d = self.d;
        match r {
            RecordRef::Point(n) => self.point_exists(*n),
            RecordRef::Event(id) => d.event(id).is_some(),
            RecordRef::Version(code) => d.version(code).is_some(),
            RecordRef::Statement(id) => d.positions.iter().any(|p| &p.id == id),
            RecordRef::Document(id) => d.documents.iter().any(|x| &x.id == id),
            RecordRef::Source(id) => self.sources.contains(id.as_str()),
        }
    }
}
