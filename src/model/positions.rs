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

    pub fn from_code(code: &str) -> Option<Stance> {
        Stance::ALL.iter().copied().find(|s| s.code() == code)
    }

    /// In Ukrainian words: nouns, which agree with any party's name («США: заперечення»).
    pub fn label_uk(self) -> &'static str {
        match self {
            Stance::Supports => "підтримка",
            Stance::Objects => "заперечення",
            Stance::WantsChanged => "вимога змін",
            Stance::Conditional => "згода за умов",
            Stance::Open => "готовність обговорювати",
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

/// A cell of the positions matrix: a party's latest statement on a point, and the stance it
/// held before, when that was different (its stance changed over time).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell<'a> {
    pub latest: &'a Position,
    /// The latest earlier statement whose stance differs from `latest`'s.
    pub earlier: Option<&'a Position>,
    /// How many statements the party made on the point.
    pub statements: usize,
}

impl super::Dataset {
    /// Where `party` stands on point `n`: `None` when it has said nothing on it (no position
    /// is inferred from silence).
    pub fn cell(&self, n: u32, party: &str) -> Option<Cell<'_>> {
        let said: Vec<&Position> = self
            .positions
            .iter()
            .filter(|s| s.party == party && s.points.contains(&n))
            .collect();
        let latest = *said.last()?;
        Some(Cell {
            latest,
            earlier: said
                .iter()
                .rev()
                .find(|s| s.stance != latest.stance)
                .copied(),
            statements: said.len(),
        })
    }

    /// Each party's latest statement on point `n`, in the dataset's order of parties.
    pub fn latest_statements(&self, n: u32) -> Vec<&Position> {
        self.parties
            .iter()
            .filter_map(|p| Some(self.cell(n, &p.code)?.latest))
            .collect()
    }

    /// Each party's latest stance on point `n`, in the dataset's order of parties.
    pub fn latest_stances(&self, n: u32) -> Vec<(&str, Stance)> {
        self.latest_statements(n)
            .into_iter()
            .map(|s| (s.party.as_str(), s.stance))
            .collect()
    }

    /// The parties that said where they stand on at least one point, in the dataset's order.
    pub fn stating_parties(&self) -> Vec<&str> {
        self.parties
            .iter()
            .map(|p| p.code.as_str())
            .filter(|code| self.positions.iter().any(|s| s.party == *code))
            .collect()
    }

    /// For `party`, how many points it holds each stance on (its latest), in `Stance::ALL`'s
    /// order, stances it holds on no point left out: the matrix's per-party counts.
    pub fn stance_counts(&self, party: &str) -> Vec<(Stance, usize)> {
        let latest: Vec<Stance> = self
            .points
            .iter()
            .filter_map(|p| Some(self.cell(p.number, party)?.latest.stance))
            .collect();
        Stance::ALL
            .iter()
            .map(|&stance| (stance, latest.iter().filter(|&&s| s == stance).count()))
            .filter(|(_, count)| *count > 0)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Dataset, Party, Point, Status};

    fn statement(id: &str, points: &[u32], party: &str, stance: Stance) -> Position {
        Position {
            id: id.into(),
            date: id[..10].into(),
            points: points.to_vec(),
            party: party.into(),
            speaker: "S".into(),
            role: "R".into(),
            stance,
            summary: "Said so.".into(),
            quote: None,
            status: Status::Reported,
            sources: vec!["s".into()],
            dispute: None,
        }
    }

    fn dataset(positions: Vec<Position>) -> Dataset {
        let party = |code: &str| Party {
            code: code.into(),
            name: code.into(),
            short: code.into(),
        };
        let point = |number| Point {
            number,
            title: "T".into(),
            summary: "S".into(),
            subpoints: vec![],
            themes: vec![],
            parties: vec![],
            status: Status::Leaked,
            sources: vec!["s".into()],
            dispute: None,
            revision: None,
        };
        Dataset {
            parties: vec![party("ua"), party("ru"), party("us")],
            themes: vec![],
            sources: vec![],
            points: (1..=3).map(point).collect(),
            events: vec![],
            documents: vec![],
            versions: vec![],
            positions,
            changes: vec![],
        }
    }

    #[test]
    fn a_cell_is_the_latest_statement_and_the_stance_before_it() {
        let d = dataset(vec![
            statement("2025-11-21-a", &[1, 2], "ua", Stance::Objects),
            statement("2025-11-25-b", &[1], "ua", Stance::Objects),
            statement("2025-12-02-c", &[1], "ua", Stance::WantsChanged),
            statement("2025-12-03-d", &[2], "ru", Stance::Supports),
        ]);
        let cell = d.cell(1, "ua").unwrap();
        assert_eq!(cell.latest.id, "2025-12-02-c");
        assert_eq!(cell.earlier.map(|s| s.id.as_str()), Some("2025-11-25-b"));
        assert_eq!(cell.statements, 3);
        let same = d.cell(2, "ua").unwrap();
        assert_eq!(
            (same.latest.stance, same.earlier, same.statements),
            (Stance::Objects, None, 1)
        );
        // Silence is no position.
        assert_eq!(d.cell(3, "ua"), None);
        assert_eq!(d.cell(1, "ru"), None);
        assert_eq!(
            d.latest_stances(2),
            vec![("ua", Stance::Objects), ("ru", Stance::Supports)]
        );
        assert_eq!(
            d.latest_statements(1)
                .iter()
                .map(|s| s.id.as_str())
                .collect::<Vec<_>>(),
            ["2025-12-02-c"]
        );
        assert_eq!(d.stating_parties(), vec!["ua", "ru"]);
        assert_eq!(
            d.stance_counts("ua"),
            vec![(Stance::Objects, 1), (Stance::WantsChanged, 1)]
        );
        assert_eq!(d.stance_counts("us"), vec![]);
    }

    #[test]
    fn codes_round_trip_and_labels_differ() {
        for &s in Stance::ALL {
            assert_eq!(Stance::from_code(s.code()), Some(s));
        }
        assert_eq!(Stance::from_code("Objects"), None);
        let symbols: std::collections::HashSet<_> =
            Stance::ALL.iter().map(|s| s.symbol()).collect();
        assert_eq!(symbols.len(), Stance::ALL.len(), "a symbol per stance");
    }
}
