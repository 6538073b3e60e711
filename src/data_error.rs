//! The data files' names and [`DataError`], one problem in them located by file, record and
//! field: what the loader (`data`), the rules (`validate`) and the translations report in, and
//! what the data-error page lists.

use std::fmt;

pub const PARTIES_FILE: &str = "data/parties.json";
pub const THEMES_FILE: &str = "data/themes.json";
pub const SOURCES_FILE: &str = "data/sources.json";
pub const POINTS_FILE: &str = "data/points.json";
pub const EVENTS_FILE: &str = "data/events.json";
pub const DOCUMENTS_FILE: &str = "data/documents.json";
pub const VERSIONS_FILE: &str = "data/versions.json";
pub const POSITIONS_FILE: &str = "data/positions.json";
pub const CHANGES_FILE: &str = "data/changes.json";

/// One problem in the data, located as precisely as we can.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// `data/events.json`
    pub file: &'static str,
    /// `event "2025-02-28-oval-office"`, `point 12`, or empty for the whole file.
    pub record: String,
    /// `sources[0].url`, or empty.
    pub field: String,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.file)?;
        if !self.record.is_empty() {
            write!(f, "{}: ", self.record)?;
        }
        if !self.field.is_empty() {
            write!(f, "{}: ", self.field)?;
        }
        f.write_str(&self.message)
    }
}
