//! The rules of `data/positions.json`: each statement dated and sourced like an event, about
//! points that exist, by a known party, its quote a few words at most.

use std::collections::HashSet;

use super::Check;
use crate::data_error::POSITIONS_FILE;
use crate::model::{Position, Status};

/// The longest quote kept, in words: a few words, marked as a quote; the rest is our summary.
pub const MAX_QUOTE_WORDS: usize = 12;

impl Check<'_> {
    /// Positions: unique ids that start with their date, in date order, each checked
    /// (`position`).
    pub(super) fn positions(&mut self) {
        let mut ids = HashSet::new();
        let mut previous: Option<&str> = None;
        for p in &self.d.positions {
            let rec = format!("position {:?}", p.id);
            if !ids.insert(p.id.as_str()) {
                self.e.push(POSITIONS_FILE, &rec, "id", "duplicate id");
            }
            if previous.is_some_and(|before| p.date.as_str() < before) {
                self.e.push(
                    POSITIONS_FILE,
                    &rec,
                    "date",
                    "out of order: positions are sorted by date",
                );
            }
            previous = Some(&p.date);
            self.position(&rec, p);
        }
    }

    fn position(&mut self, rec: &str, p: &Position) {
        let f = POSITIONS_FILE;
        self.dated_id(f, rec, &p.id, &p.date);
        self.date(f, rec, "date", &p.date);
        if !self.parties.contains(p.party.as_str()) {
            let message = format!("unknown party {:?}", p.party);
            self.e.push(f, rec, "party", message);
        }
        if p.points.is_empty() {
            self.e.push(f, rec, "points", "names no point");
        }
        self.known_points(f, rec, &p.points);
        self.e.non_empty(f, rec, "speaker", &p.speaker);
        self.e.non_empty(f, rec, "role", &p.role);
        self.e.non_empty(f, rec, "summary", &p.summary);
        if let Some(q) = &p.quote {
            let words = q.split_whitespace().count();
            if words == 0 || words > MAX_QUOTE_WORDS {
                let message = format!("{words} words: a quote is 1 to {MAX_QUOTE_WORDS} words");
                self.e.push(f, rec, "quote", message);
            }
        }
        if p.status == Status::Leaked {
            self.e.push(
                f,
                rec,
                "status",
                "a statement is official, reported or read out",
            );
        }
        self.sourced(f, rec, "sources", &p.sources);
    }
}
