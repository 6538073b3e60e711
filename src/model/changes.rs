//! The data's corrections and changes log (`data/changes.json`): dated entries, newest first,
//! each saying what changed, in which records, why, and on what sources. The log dates the
//! data: its newest entry is the data's version (`Dataset::data_version`).

use serde::Deserialize;

listed_enum! {
    /// What a change did.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
    #[serde(rename_all = "lowercase")]
    pub enum ChangeKind {
        /// New records or new facts.
        Added,
        /// A fact, a date, an attribution or a title fixed.
        Corrected,
        /// A claim taken out.
        Withdrawn,
        /// A text made clearer (or better Ukrainian); no fact changed.
        Reworded,
    }
}

impl ChangeKind {
    /// The data's word, also the CSS class's: "corrected".
    pub fn code(self) -> &'static str {
        match self {
            ChangeKind::Added => "added",
            ChangeKind::Corrected => "corrected",
            ChangeKind::Withdrawn => "withdrawn",
            ChangeKind::Reworded => "reworded",
        }
    }

    /// "Corrected {0}": the card's line, with the date (English; the views translate it).
    pub fn dated(self) -> &'static str {
        match self {
            ChangeKind::Added => "Added {0}",
            ChangeKind::Corrected => "Corrected {0}",
            ChangeKind::Withdrawn => "Withdrawn {0}",
            ChangeKind::Reworded => "Reworded {0}",
        }
    }
}

/// A record a change touched, as `records` names it: `point:12`, `event:<id>`,
/// `version:<code>`, `statement:<id>` (data/positions.json), `document:<id>`, `source:<id>`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecordRef {
    Point(u32),
    Event(String),
    Version(String),
    Statement(String),
    Document(String),
    Source(String),
}

impl RecordRef {
    /// Reads `kind:id`; `None` for an unknown kind or an empty id.
    pub fn parse(text: &str) -> Option<RecordRef> {
        let (kind, id) = text.split_once(':')?;
        if id.is_empty() {
            return None;
        }
        let id = id.to_string();
        Some(match kind {
            "point" => RecordRef::Point(id.parse().ok()?),
            "event" => RecordRef::Event(id),
            "version" => RecordRef::Version(id),
            "statement" => RecordRef::Statement(id),
            "document" => RecordRef::Document(id),
            "source" => RecordRef::Source(id),
            _ => return None,
        })
    }
}

/// One entry of the log.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// `YYYY-MM-DD-words`: starts with its date, never changes once published (the feed's
    /// entry id is made from it).
    pub id: String,
    /// When the change reached the data.
    pub date: String,
    pub kind: ChangeKind,
    /// One line: what changed.
    pub title: String,
    pub what: String,
    pub why: String,
    /// The records it touched, as `RecordRef` reads them; empty for a whole file.
    pub records: Vec<String>,
    /// Ids in sources.json the change rests on.
    pub sources: Vec<String>,
}

impl Change {
    /// The records it touched that `RecordRef` can read (validation reports the others).
    pub fn refs(&self) -> impl Iterator<Item = RecordRef> + '_ {
        self.records.iter().filter_map(|r| RecordRef::parse(r))
    }

    /// Whether it touched `record`.
    pub fn touches(&self, record: &RecordRef) -> bool {
        self.refs().any(|r| &r == record)
    }
}

impl super::Dataset {
    /// The data's version: the date of the newest change ("2026-12-06"), or `None` for data
    /// without a log (the benchmark's).
    pub fn data_version(&self) -> Option<&str> {
        self.changes.iter().map(|c| c.date.as_str()).max()
    }

    /// The entries that touched `record`, newest first.
    pub fn changes_to<'a>(&'a self, record: &'a RecordRef) -> impl Iterator<Item = &'a Change> {
        self.changes.iter().filter(move |c| c.touches(record))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_refs_read_their_kind_and_id() {
        assert_eq!(RecordRef::parse("point:12"), Some(RecordRef::Point(12)));
        assert_eq!(
            RecordRef::parse("event:2025-11-24-x"),
            Some(RecordRef::Event("2025-11-24-x".into()))
        );
        assert_eq!(
            RecordRef::parse("statement:a"),
            Some(RecordRef::Statement("a".into()))
        );
        for bad in ["point:x", "point:", "planet:3", "12", ""] {
            assert_eq!(RecordRef::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_newest_change_dates_the_data() {
        let mut d = crate::data::load_shipped().expect("shipped data");
        assert!(d.data_version().is_some());
        let change = |id: &str, date: &str, records: &[&str]| Change {
            id: id.into(),
            date: date.into(),
            kind: ChangeKind::Corrected,
            title: "t".into(),
            what: "w".into(),
            why: "y".into(),
            records: records.iter().map(|r| r.to_string()).collect(),
            sources: vec![],
        };
        d.changes = vec![
            change("2027-01-02-b", "2027-01-02", &["point:3"]),
            change("2027-01-01-a", "2027-01-01", &["point:3", "event:e"]),
        ];
        assert_eq!(d.data_version(), Some("2027-01-02"));
        let ids: Vec<&str> = d
            .changes_to(&RecordRef::Point(3))
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(ids, ["2027-01-02-b", "2027-01-01-a"]);
        assert_eq!(d.changes_to(&RecordRef::Event("e".into())).count(), 1);
        assert_eq!(d.changes_to(&RecordRef::Point(4)).count(), 0);
        d.changes.clear();
        assert_eq!(d.data_version(), None);
    }
}
