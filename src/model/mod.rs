//! The dataset's types: what `data/*.json` holds, as Rust.
//!
//! Field names follow the JSON files one to one (see `data/schema/`). Nothing here checks
//! meaning; `validate.rs` does that.

use serde::Deserialize;

/// A party the plan or the timeline names (`data/parties.json`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Party {
    /// Stable code used in URLs: `ua`, `ru`, `us`, `eu`, `nato`.
    pub code: String,
    pub name: String,
    /// Chip label.
    pub short: String,
}

/// A theme a point carries (`data/themes.json`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    pub code: String,
    pub label: String,
}

/// Declares a fieldless enum and `ALL`, its variants in declaration order.
macro_rules! listed_enum {
    ($(#[$m:meta])* pub enum $t:ident { $($(#[$vm:meta])* $v:ident,)* }) => {
        $(#[$m])*
        pub enum $t {
            $($(#[$vm])* $v,)*
        }

        impl $t {
            pub const ALL: &'static [$t] = &[$($t::$v),*];
        }
    };
}

/// A publication the dataset cites (`data/sources.json`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub outlet: String,
    pub title: String,
    /// Publication date, ISO `YYYY-MM-DD`.
    pub date: String,
    pub url: String,
    #[serde(default)]
    pub note: Option<String>,
}

listed_enum! {
    /// What kind of text a record rests on.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
    #[serde(rename_all = "lowercase")]
    pub enum Status {
        Leaked,
        Official,
        Reported,
        /// Read out in public, point by point (the 20-point draft, 23 December 2025).
        #[serde(rename = "read-out")]
        ReadOut,
    }
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::Leaked => "leaked",
            Status::Official => "official",
            Status::Reported => "reported",
            Status::ReadOut => "read out",
        }
    }

    /// "leaked text": what a point's footer says of its text.
    pub fn text_label(self) -> &'static str {
        match self {
            Status::Leaked => "leaked text",
            Status::Official => "official text",
            Status::Reported => "reported text",
            Status::ReadOut => "read out text",
        }
    }

    /// The data's word, also the CSS class's: "read-out".
    pub fn code(self) -> &'static str {
        match self {
            Status::ReadOut => "read-out",
            s => s.label(),
        }
    }
}

/// A party's role in a point. Editorial judgement, shown as such.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Commits to or gives something up.
    Obliged,
    /// Gains something.
    Benefits,
    /// Mentioned, neither.
    Named,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Obliged, Role::Benefits, Role::Named];

    pub fn code(self) -> &'static str {
        match self {
            Role::Obliged => "obliged",
            Role::Benefits => "benefits",
            Role::Named => "named",
        }
    }

    pub fn from_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == code)
    }

    /// Shown beside the word, so a role never rests on colour alone: obliged gives (down),
    /// benefits gains (up), named is neither.
    pub fn symbol(self) -> &'static str {
        match self {
            Role::Obliged => "▼",
            Role::Benefits => "▲",
            Role::Named => "●",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartyRole {
    pub party: String,
    pub role: Role,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubPoint {
    /// `a`, `b`, ... as the text has it.
    pub label: String,
    pub text: String,
}

/// One source's rendering of a disputed point.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Version {
    pub source: String,
    pub wording: String,
}

/// Sources word the point differently.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dispute {
    pub note: String,
    pub versions: Vec<Version>,
}

/// The point's text is reported to have changed between versions of the draft.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Revision {
    pub before: String,
    pub after: String,
    pub note: String,
    pub sources: Vec<String>,
}

/// One of the 28 points (`data/points.json`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Point {
    pub number: u32,
    pub title: String,
    pub summary: String,
    #[serde(default)]
    pub subpoints: Vec<SubPoint>,
    pub themes: Vec<String>,
    pub parties: Vec<PartyRole>,
    pub status: Status,
    pub sources: Vec<String>,
    #[serde(default)]
    pub dispute: Option<Dispute>,
    #[serde(default)]
    pub revision: Option<Revision>,
}

impl Point {
    pub fn role_of(&self, party: &str) -> Option<Role> {
        self.parties
            .iter()
            .find(|p| p.party == party)
            .map(|p| p.role)
    }
}

listed_enum! {
    /// How exact an event's date is.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
    #[serde(rename_all = "lowercase")]
    pub enum Precision {
        /// "18 Mar"
        Day,
        /// "~16 Nov"
        Approx,
        /// "early Apr"
        Early,
        /// "mid Apr"
        Mid,
        /// "late Apr"
        Late,
        /// "Apr"
        Month,
    }
}

listed_enum! {
    /// What kind of event it is.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
    #[serde(rename_all = "lowercase")]
    pub enum EventKind {
        Inauguration,
        Call,
        Meeting,
        Summit,
        Talks,
        Aid,
        Sanctions,
        Prisoners,
        Military,
        Statement,
        Document,
        Leak,
        Reaction,
    }
}

/// One event of the timeline (`data/events.json`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    pub date: String,
    pub precision: Precision,
    pub kind: EventKind,
    pub title: String,
    pub summary: String,
    pub parties: Vec<String>,
    #[serde(default)]
    pub points: Vec<u32>,
    pub status: Status,
    pub sources: Vec<String>,
    #[serde(default)]
    pub dispute: Option<String>,
    #[serde(default)]
    pub milestone: bool,
    /// Codes of the plan's versions this event produced or worked on (`data/versions.json`).
    #[serde(default)]
    pub versions: Vec<String>,
}

/// A related document, e.g. the separate US security-guarantee text (`data/documents.json`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub provisions: Vec<String>,
    pub parties: Vec<String>,
    pub points: Vec<u32>,
    pub status: Status,
    pub sources: Vec<String>,
}

listed_enum! {
    /// What a later version of the plan did with one of the US points.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
    #[serde(rename_all = "kebab-case")]
    pub enum Outcome {
        /// The same in substance.
        Kept,
        /// Its substance changed (the outcome's note and terms say how).
        Changed,
        /// Removed.
        Dropped,
        /// Folded into another of the version's points.
        Merged,
        /// The version, a plan of its own, does not deal with it.
        NotAddressed,
        /// No source we have says what the version did with it.
        Unknown,
    }
}

impl Outcome {
    /// The URL's word and the data's: "kept", "not-addressed".
    pub fn code(self) -> &'static str {
        match self {
            Outcome::Kept => "kept",
            Outcome::Changed => "changed",
            Outcome::Dropped => "dropped",
            Outcome::Merged => "merged",
            Outcome::NotAddressed => "not-addressed",
            Outcome::Unknown => "unknown",
        }
    }

    pub fn from_code(code: &str) -> Option<Outcome> {
        Outcome::ALL.iter().copied().find(|o| o.code() == code)
    }

    /// In words, for a reader: "not addressed".
    pub fn label(self) -> &'static str {
        match self {
            Outcome::NotAddressed => "not addressed",
            Outcome::Unknown => "not known",
            o => o.code(),
        }
    }

    /// In Ukrainian words: impersonal forms, which agree with any version's name.
    pub fn label_uk(self) -> &'static str {
        match self {
            Outcome::Kept => "збережено",
            Outcome::Changed => "змінено",
            Outcome::Dropped => "вилучено",
            Outcome::Merged => "об'єднано",
            Outcome::NotAddressed => "не розглянуто",
            Outcome::Unknown => "невідомо",
        }
    }

    /// A symbol beside the word (never colour alone).
    pub fn symbol(self) -> &'static str {
        match self {
            Outcome::Kept => "=",
            Outcome::Changed => "≠",
            Outcome::Dropped => "✗",
            Outcome::Merged => "→",
            Outcome::NotAddressed => "–",
            Outcome::Unknown => "?",
        }
    }
}

/// A key term of a changed point, side by side: what the US text says, what the version says.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub us: String,
    pub version: String,
}

/// What a version did with one US point.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PointOutcome {
    /// The US point, 1–28.
    pub point: u32,
    pub outcome: Outcome,
    /// What changed, in a few words (may be empty when kept or unknown).
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub terms: Vec<Term>,
    /// The version's points that carry it.
    #[serde(default)]
    pub version_points: Vec<u32>,
    /// For `merged`: the version's point it went into.
    #[serde(default)]
    pub merged_into: Option<u32>,
    #[serde(default)]
    pub sources: Vec<String>,
}

/// One point of a later version, numbered as that version numbers it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VersionPoint {
    pub number: u32,
    pub title: String,
    pub summary: String,
    pub sources: Vec<String>,
    /// The number is inferred from the order of an unnumbered reprint.
    #[serde(default)]
    pub number_inferred: bool,
}

/// A version's text, as far as it is known: its points and what it did with each US point.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VersionText {
    pub points: Vec<VersionPoint>,
    pub outcomes: Vec<PointOutcome>,
    /// The version's points with no US counterpart.
    #[serde(default)]
    pub new_points: Vec<u32>,
}

/// Sources disagree about something in a version (its date, numbering, a point's wording).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VersionDispute {
    /// What it is about: "Date", "Point 9", "Numbering".
    pub about: String,
    pub note: String,
    pub versions: Vec<Version>,
}

/// A later version of the plan (`data/versions.json`): with a known text, or only reported.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanVersion {
    /// Its code in URLs: `e3`, `us-ua-20`.
    pub code: String,
    pub name: String,
    pub date: String,
    pub drawn_up_by: String,
    /// How its text is known.
    pub status: Status,
    pub summary: String,
    pub sources: Vec<String>,
    /// Absent when no text was published.
    #[serde(default)]
    pub text: Option<VersionText>,
    #[serde(default)]
    pub disputes: Vec<VersionDispute>,
}

impl PlanVersion {
    /// What this version did with US point `number` (versions with a text).
    pub fn outcome(&self, number: u32) -> Option<&PointOutcome> {
        self.text
            .as_ref()?
            .outcomes
            .iter()
            .find(|o| o.point == number)
    }

    /// How many US points had `outcome`.
    pub fn count(&self, outcome: Outcome) -> usize {
        self.text.as_ref().map_or(0, |t| {
            t.outcomes.iter().filter(|o| o.outcome == outcome).count()
        })
    }
}

mod changes;
mod positions;
pub use changes::{Change, ChangeKind, RecordRef};
pub use positions::{Cell, Position, Stance};

/// Everything in `data/`, parsed and validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dataset {
    pub parties: Vec<Party>,
    pub themes: Vec<Theme>,
    pub sources: Vec<Source>,
    pub points: Vec<Point>,
    pub events: Vec<Event>,
    pub documents: Vec<Document>,
    pub versions: Vec<PlanVersion>,
    /// Sorted by date.
    pub positions: Vec<Position>,
    /// The corrections and changes log, newest first.
    pub changes: Vec<Change>,
}

impl Dataset {
    /// The statements on point `n`, in date order.
    pub fn positions_on(&self, n: u32) -> impl Iterator<Item = &Position> {
        self.positions.iter().filter(move |p| p.points.contains(&n))
    }

    pub fn version(&self, code: &str) -> Option<&PlanVersion> {
        self.versions.iter().find(|v| v.code == code)
    }

    /// The versions with a known text, in date order.
    pub fn text_versions(&self) -> impl Iterator<Item = &PlanVersion> {
        self.versions.iter().filter(|v| v.text.is_some())
    }

    /// A party's chip label, or its code if the data has no such party.
    pub fn party_short(&self, code: &str) -> String {
        self.party(code)
            .map_or(code.to_string(), |p| p.short.clone())
    }

    pub fn party(&self, code: &str) -> Option<&Party> {
        self.parties.iter().find(|p| p.code == code)
    }

    pub fn theme(&self, code: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.code == code)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn point(&self, number: u32) -> Option<&Point> {
        self.points.iter().find(|p| p.number == number)
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }

    /// Documents that relate to point `number`.
    pub fn documents_for_point(&self, number: u32) -> impl Iterator<Item = &Document> {
        self.documents
            .iter()
            .filter(move |d| d.points.contains(&number))
    }

    /// Events that list `number` among their related points, in date order.
    pub fn events_for_point(&self, number: u32) -> impl Iterator<Item = &Event> {
        self.events
            .iter()
            .filter(move |e| e.points.contains(&number))
    }
}
