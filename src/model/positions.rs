//! The statements of where each party stands on each point (`data/positions.json`).

use serde::Deserialize;

use super::Status;

listed_enum! {
    /// Where a party stood on a point, as one statement put it (`data/positions.json`).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
    #[serde(rename_all = "kebab-case")]
    pub enum Stance {
        Supports,
        Objects,
        /// Accepts the point only in another form.
        WantsChanged,
        /// Accepts it if something else happens first.
        Conditional,
        /// Willing to discuss it, no verdict.
        Open,
    }
}

impl Stance {
    /// The data's word, also the URL's and the CSS class's: "wants-changed".
    pub fn code(self) -> &'static str {
        match self {
            Stance::Supports => "supports",
            Stance::Objects => "objects",
            Stance::WantsChanged => "wants-changed",
            Stance::Conditional => "conditional",
            Stance::Open => "open",
        }
    }

    /// The stance in words, as a cell says it (English; the views translate it).
    pub fn label(self) -> &'static str {
        match self {
            Stance::Supports => "supports",
            Stance::Objects => "objects",
            Stance::WantsChanged => "wants it changed",
            Stance::Conditional => "on conditions",
            Stance::Open => "open to talks",
        }
    }

    /// A symbol beside the word, so that a stance is never told by colour alone.
    pub fn symbol(self) -> &'static str {
        match self {
            Stance::Supports => "✓",
            Stance::Objects => "✗",
            Stance::WantsChanged => "≠",
            Stance::Conditional => "?",
            Stance::Open => "…",
        }
    }
}

/// One statement of where a party stands on one or more points: who said it, when, in what
/// role, the stance, a sentence in our words, at most a few quoted words, how it is known
/// (`official`, `reported`, `read-out`) and the sources.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Position {
    /// `YYYY-MM-DD-words`: it starts with its date.
    pub id: String,
    /// When it was said, ISO `YYYY-MM-DD`.
    pub date: String,
    pub points: Vec<u32>,
    pub party: String,
    pub speaker: String,
    pub role: String,
    pub stance: Stance,
    pub summary: String,
    #[serde(default)]
    pub quote: Option<String>,
    pub status: Status,
    pub sources: Vec<String>,
    /// Where sources differ on what was said or meant.
    #[serde(default)]
    pub dispute: Option<String>,
}
