//! The filter: which points (and events) a reader sees. Pure data in, indices out.
//!
//! Semantics, kept simple enough to state on the page:
//! - parties: with `Match::Any`, a point matches if it involves any selected party; with
//!   `Match::All`, only if it involves every one. With a role set, "involves" means "has that
//!   role"; with a role and no party, any party with that role matches.
//! - theme: the point carries it.
//! - later: what a later version of the plan did with the point ("changed in E3").
//! - stance: a party's latest stated stance on the point ("Russia objects"); a point on which
//!   the party said nothing does not match (no position is inferred from silence).
//! - q: every word of the query appears, case- and accent-insensitively, in the title, the
//!   summary or a sub-point.
//!
//! Events take the party filter only (they have no roles or themes).
//!
//! Records reach the filter as `facets::PointKeys` / `facets::EventKeys`, made from the data
//! natively and read from the page's markup in the browser. Every change a reader makes to
//! the filter is an `Edit`, from a live control or from one set before the app arrived.

use crate::facets::{EventKeys, PointKeys};
use crate::fold::fold;
use crate::i18n::{fill, t, Lang};
use crate::model::{Outcome, Role, Stance};

/// Longest search query kept, in characters.
pub const MAX_QUERY_CHARS: usize = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Match {
    #[default]
    Any,
    All,
}

impl Match {
    pub fn code(self) -> &'static str {
        match self {
            Match::Any => "any",
            Match::All => "all",
        }
    }
}

/// Everything a reader can narrow by. `parties` holds known codes in the dataset's order, no
/// repeats; the URL codec and the views keep it that way.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filter {
    pub parties: Vec<String>,
    pub matching: Match,
    pub role: Option<Role>,
    pub theme: Option<String>,
    /// What a later version did with the point: "changed in E3".
    pub later: Option<Later>,
    /// A party's latest stance on the point: "Russia objects".
    pub stance: Option<PartyStance>,
    pub query: String,
}

/// "Russia objects": a party's code (known) and a stance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartyStance {
    pub party: String,
    pub stance: Stance,
}

impl PartyStance {
    /// A control's value and the URL's: "ru:objects".
    pub fn code(&self) -> String {
        format!("{}:{}", self.party, self.stance.code())
    }

    pub fn from_code(code: &str) -> Option<PartyStance> {
        let (party, stance) = code.split_once(':')?;
        Some(PartyStance {
            party: party.to_string(),
            stance: Stance::from_code(stance)?,
        })
        .filter(|s| !s.party.is_empty())
    }
}

/// "changed in E3": a version's code (known) and an outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Later {
    pub version: String,
    pub outcome: Outcome,
}

impl Later {
    /// A control's value and the URL's pair: "changed:e3".
    pub fn code(&self) -> String {
        format!("{}:{}", self.outcome.code(), self.version)
    }

    pub fn from_code(code: &str) -> Option<Later> {
        let (outcome, version) = code.split_once(':')?;
        Some(Later {
            outcome: Outcome::from_code(outcome)?,
            version: version.to_string(),
        })
        .filter(|l| !l.version.is_empty())
    }
}

impl Filter {
    /// Theme and search only: what the table of who gives and who gains is narrowed by (its
    /// cells are the parties and roles).
    pub fn table_part(&self) -> Filter {
        Filter {
            theme: self.theme.clone(),
            query: self.query.clone(),
            ..Filter::default()
        }
    }

    pub fn is_empty(&self) -> bool {
        self.parties.is_empty()
            && self.role.is_none()
            && self.theme.is_none()
            && self.later.is_none()
            && self.stance.is_none()
            && self.query.trim().is_empty()
    }

    /// How many filters narrow the records (each party, the role, the theme, the later
    /// version, the stance, the text), as the
    /// folded filter bar says on a phone. The any/all choice narrows nothing by itself.
    pub fn active(&self) -> usize {
        self.parties.len()
            + usize::from(self.role.is_some())
            + usize::from(self.theme.is_some())
            + usize::from(self.later.is_some())
            + usize::from(self.stance.is_some())
            + usize::from(!self.query.trim().is_empty())
    }

    /// The folded filter bar's state in words: "none active", "1 active", "3 active";
    /// «не вибрано», «вибрано 3».
    pub fn active_label(lang: Lang, active: usize) -> String {
        match active {
            0 => t(lang, "none active").to_string(),
            n => fill(t(lang, "{0} active"), &[&n.to_string()]),
        }
    }

    /// Adds (`on`) or removes a party, keeping the order of `all_codes` (the dataset's order).
    pub fn set_party(&mut self, code: &str, on: bool, all_codes: &[&str]) {
        self.parties = all_codes
            .iter()
            .filter(|c| {
                if **c == code {
                    on
                } else {
                    self.parties.iter().any(|p| p == *c)
                }
            })
            .map(|c| c.to_string())
            .collect();
    }

    /// Applies one change a reader made. `all_codes`: the parties in the dataset's order.
    pub fn apply(&mut self, edit: Edit, all_codes: &[&str]) {
        match edit {
            Edit::Party(code, on) => self.set_party(&code, on, all_codes),
            Edit::Match(m) => self.matching = m,
            Edit::Role(r) => self.role = r,
            Edit::Theme(t) => self.theme = t,
            Edit::Later(l) => self.later = l,
            Edit::Stance(s) => self.stance = s,
            Edit::Query(q) => self.query = q,
            Edit::Reset => *self = Filter::default(),
            Edit::ResetParties => {
                self.parties.clear();
                self.matching = Match::Any;
            }
        }
    }

    pub fn matches_point(&self, point: &PointKeys, words: &[String]) -> bool {
        let involves = |code: &str| match (point.role_of(code), self.role) {
            (Some(r), Some(want)) => r == want,
            (Some(_), None) => true,
            (None, _) => false,
        };
        let parties_ok = if self.parties.is_empty() {
            self.role
                .is_none_or(|want| point.roles.iter().any(|(_, r)| *r == want))
        } else {
            match self.matching {
                Match::Any => self.parties.iter().any(|c| involves(c)),
                Match::All => self.parties.iter().all(|c| involves(c)),
            }
        };
        parties_ok
            && self.theme.as_ref().is_none_or(|t| point.themes.contains(t))
            && self.later.as_ref().is_none_or(|l| {
                point
                    .later
                    .iter()
                    .any(|(v, o)| *v == l.version && *o == l.outcome)
            })
            && self
                .stance
                .as_ref()
                .is_none_or(|s| point.stance_of(&s.party) == Some(s.stance))
            && words.iter().all(|w| point.text.contains(w.as_str()))
    }

    pub fn matches_event(&self, event: &EventKeys) -> bool {
        let has = |code: &String| event.parties.contains(code);
        self.parties.is_empty()
            || match self.matching {
                Match::Any => self.parties.iter().any(has),
                Match::All => self.parties.iter().all(has),
            }
    }

    /// Positions in `points` of the matching points, in order.
    pub fn apply_points(&self, points: &[PointKeys]) -> Vec<usize> {
        let words = query_words(&self.query);
        points
            .iter()
            .enumerate()
            .filter(|(_, p)| self.matches_point(p, &words))
            .map(|(i, _)| i)
            .collect()
    }

    /// Positions in `events` of the events the party filter keeps, in order.
    pub fn apply_events(&self, events: &[EventKeys]) -> Vec<usize> {
        events
            .iter()
            .enumerate()
            .filter(|(_, e)| self.matches_event(e))
            .map(|(i, _)| i)
            .collect()
    }
}

/// One change to the filter, as a reader makes it with a control.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// A party's box ticked (`true`) or cleared.
    Party(String, bool),
    Match(Match),
    Role(Option<Role>),
    Theme(Option<String>),
    Later(Option<Later>),
    Stance(Option<PartyStance>),
    Query(String),
    /// "Reset filters" on the points.
    Reset,
    /// "Reset filters" on the timeline, which filters by party only.
    ResetParties,
}

impl Edit {
    /// The edit a filter control stands for, from its `name`, its `value` and whether it is
    /// checked (the pre-rendered page's controls, set before the app arrived). `None` for a
    /// control that is no filter, or an unchecked radio (setting another one is the edit).
    pub fn from_control(name: &str, value: &str, checked: bool) -> Option<Edit> {
        Some(match name {
            "party" => Edit::Party(value.to_string(), checked),
            "match" if checked => Edit::Match(if value == "all" {
                Match::All
            } else {
                Match::Any
            }),
            "role" => Edit::Role(Role::from_code(value)),
            "theme" => Edit::Theme((!value.is_empty()).then(|| value.to_string())),
            "later" => Edit::Later(Later::from_code(value)),
            "stance" => Edit::Stance(PartyStance::from_code(value)),
            "q" => Edit::Query(value.chars().take(MAX_QUERY_CHARS).collect()),
            _ => return None,
        })
    }
}

/// What a filter control shows for a filter: the inverse of `Edit::from_control`, so the
/// pre-rendered controls can follow the filter (the filter bar's island sets them from it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shown {
    /// A checkbox or a radio: whether it is checked.
    Checked(bool),
    /// A select or the search field: its value ("" for "any").
    Value(String),
}

impl Filter {
    /// How the control named `name` with the value `value` shows this filter; `None` for a
    /// control that is no filter.
    pub fn shown(&self, name: &str, value: &str) -> Option<Shown> {
        Some(match name {
            "party" => Shown::Checked(self.parties.iter().any(|p| p == value)),
            "match" => Shown::Checked(self.matching.code() == value),
            "role" => Shown::Value(self.role.map_or("", Role::code).to_string()),
            "theme" => Shown::Value(self.theme.clone().unwrap_or_default()),
            "later" => Shown::Value(self.later.as_ref().map(Later::code).unwrap_or_default()),
            "stance" => Shown::Value(
                self.stance
                    .as_ref()
                    .map(PartyStance::code)
                    .unwrap_or_default(),
            ),
            "q" => Shown::Value(self.query.clone()),
            _ => return None,
        })
    }
}

/// What a link may name: the dataset's codes and ids. The URL codec checks every code a
/// link carries against them.
#[derive(Debug, Clone, Copy)]
pub struct Known<'a> {
    pub parties: &'a [&'a str],
    pub themes: &'a [&'a str],
    /// The codes of the later versions with a text.
    pub versions: &'a [&'a str],
    pub point_count: u32,
    pub event_ids: &'a [&'a str],
}

/// Where reading a parameter tells the reader what it ignored: the URL codec's notices.
pub trait Notes {
    /// Hostile input made safe to quote: a few characters, no controls.
    fn echo(&self, s: &str) -> String;
    /// A notice: `en` in the page's language, its slots filled.
    fn say(&mut self, en: &'static str, args: &[&str]);
}

/// A filter's URL parameter: which query keys are its own, how a value is read into the
/// filter (or a notice says why not), and what it writes back (a key and its values, joined
/// by commas). `PARAMS` lists them in the order a query is written; the URL codec walks it
/// both ways, so a filter's parameter is one entry here.
pub struct Param {
    pub is: fn(&str) -> bool,
    /// Whether a second one is ignored with the "appears more than once" notice (the
    /// later-version filter says so in its own words).
    pub once: bool,
    pub read: fn(&mut Filter, &str, &str, &Known, &mut dyn Notes),
    pub write: fn(&Filter) -> Option<Written>,
}

/// A parameter as a link writes it: its key and its values ("party", ["ua", "ru"]).
pub type Written = (&'static str, Vec<String>);

pub const PARAMS: [Param; 7] = [
    Param {
        is: |k| k == "party",
        once: true,
        read: read_party,
        write: |f| (!f.parties.is_empty()).then(|| ("party", f.parties.clone())),
    },
    Param {
        is: |k| k == "match",
        once: true,
        read: read_match,
        write: |f| (f.matching == Match::All).then(|| ("match", vec!["all".to_string()])),
    },
    Param {
        is: |k| k == "role",
        once: true,
        read: read_role,
        write: |f| f.role.map(|r| ("role", vec![r.code().to_string()])),
    },
    Param {
        is: |k| k == "theme",
        once: true,
        read: read_theme,
        write: |f| f.theme.clone().map(|t| ("theme", vec![t])),
    },
    // "changed=e3": what a later version did with the points; one such filter at a time.
    Param {
        is: |k| Outcome::from_code(k).is_some(),
        once: false,
        read: read_later,
        write: |f| {
            let later = f.later.as_ref()?;
            Some((later.outcome.code(), vec![later.version.clone()]))
        },
    },
    Param {
        is: |k| k == "stance",
        once: true,
        read: read_stance,
        write: |f| f.stance.as_ref().map(|s| ("stance", vec![s.code()])),
    },
    Param {
        is: |k| k == "q",
        once: true,
        read: read_query,
        write: |f| (!f.query.is_empty()).then(|| ("q", vec![f.query.clone()])),
    },
];

fn read_party(f: &mut Filter, _: &str, value: &str, known: &Known, notes: &mut dyn Notes) {
    let mut picked: Vec<&str> = Vec::new();
    for code in value.split(',').map(str::trim).filter(|c| !c.is_empty()) {
        match known.parties.iter().find(|k| **k == code) {
            Some(k) if !picked.contains(k) => picked.push(k),
            Some(_) => {}
            None => {
                let code = notes.echo(code);
                notes.say("Ignored unknown party {0}.", &[&code]);
            }
        }
    }
    f.parties = known
        .parties
        .iter()
        .filter(|k| picked.contains(k))
        .map(|k| k.to_string())
        .collect();
}

fn read_match(f: &mut Filter, _: &str, value: &str, _: &Known, notes: &mut dyn Notes) {
    match value {
        "any" => f.matching = Match::Any,
        "all" => f.matching = Match::All,
        _ => {
            let value = notes.echo(value);
            notes.say("Ignored match={0}: use “any” or “all”.", &[&value]);
        }
    }
}

fn read_role(f: &mut Filter, _: &str, value: &str, _: &Known, notes: &mut dyn Notes) {
    match Role::from_code(value) {
        Some(r) => f.role = Some(r),
        None => {
            let value = notes.echo(value);
            notes.say(
                "Ignored unknown role {0}: use “obliged”, “benefits” or “named”.",
                &[&value],
            );
        }
    }
}

fn read_theme(f: &mut Filter, _: &str, value: &str, known: &Known, notes: &mut dyn Notes) {
    match known.themes.iter().find(|t| **t == value) {
        Some(t) => f.theme = Some(t.to_string()),
        None => {
            let value = notes.echo(value);
            notes.say("Ignored unknown theme {0}.", &[&value]);
        }
    }
}

fn read_later(f: &mut Filter, key: &str, value: &str, known: &Known, notes: &mut dyn Notes) {
    let Some(outcome) = Outcome::from_code(key) else {
        return;
    };
    let version = known.versions.iter().find(|v| **v == value);
    let echoed = notes.echo(value);
    match version {
        _ if f.later.is_some() => notes.say(
            "Only one later-version filter at a time: ignored {0}={1}.",
            &[outcome.code(), &echoed],
        ),
        Some(v) => {
            f.later = Some(Later {
                version: v.to_string(),
                outcome,
            })
        }
        None => notes.say(
            "Ignored {0}={1}: no later version of the plan has that code.",
            &[outcome.code(), &echoed],
        ),
    }
}

fn read_stance(f: &mut Filter, _: &str, value: &str, known: &Known, notes: &mut dyn Notes) {
    let echoed = notes.echo(value);
    match PartyStance::from_code(value) {
        Some(s) if known.parties.contains(&s.party.as_str()) => f.stance = Some(s),
        Some(_) => notes.say(
            "Ignored stance={0}: no party has that code.",
            &[&echoed],
        ),
        None => notes.say(
            "Ignored stance={0}: write a party and a stance, e.g. ru:objects (stances: supports, objects, wants-changed, conditional, open).",
            &[&echoed],
        ),
    }
}

fn read_query(f: &mut Filter, _: &str, value: &str, _: &Known, notes: &mut dyn Notes) {
    let clean: String = value.chars().filter(|c| !c.is_control()).collect();
    if clean.chars().count() > MAX_QUERY_CHARS {
        let max = MAX_QUERY_CHARS.to_string();
        notes.say(
            "The search text was cut to its first {0} characters.",
            &[&max],
        );
        f.query = clean.chars().take(MAX_QUERY_CHARS).collect();
    } else {
        f.query = clean;
    }
}

/// One flag per record: shown or not. `matching` are the positions the filter keeps (in
/// order); `focused`, the position of a linked record, is shown even when it does not match.
pub fn visibility(total: usize, matching: &[usize], focused: Option<usize>) -> Vec<bool> {
    let mut mask = vec![false; total];
    for &i in matching.iter().chain(focused.iter()) {
        if let Some(flag) = mask.get_mut(i) {
            *flag = true;
        }
    }
    mask
}

/// The query's words, folded. Empty when the query is blank.
pub fn query_words(query: &str) -> Vec<String> {
    fold(query).split_whitespace().map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PartyRole, Point, Status, SubPoint};

    fn point(number: u32, parties: &[(&str, Role)], themes: &[&str], text: &str) -> Point {
        Point {
            number,
            title: format!("Title {number}"),
            summary: text.to_string(),
            subpoints: vec![SubPoint {
                label: "a".into(),
                text: format!("sub of {number}"),
            }],
            themes: themes.iter().map(|t| t.to_string()).collect(),
            parties: parties
                .iter()
                .map(|(p, r)| PartyRole {
                    party: p.to_string(),
                    role: *r,
                })
                .collect(),
            status: Status::Leaked,
            sources: vec!["s".into()],
            dispute: None,
            revision: None,
        }
    }

    fn sample() -> Vec<PointKeys> {
        [
            point(
                1,
                &[("ua", Role::Benefits)],
                &["sovereignty"],
                "Ukraine's sovereignty is confirmed.",
            ),
            point(
                2,
                &[
                    ("ua", Role::Obliged),
                    ("ru", Role::Obliged),
                    ("eu", Role::Obliged),
                ],
                &["security"],
                "A non-aggression pact.",
            ),
            point(
                3,
                &[("ru", Role::Obliged), ("nato", Role::Obliged)],
                &["nato"],
                "No NATO expansion.",
            ),
            point(
                4,
                &[("us", Role::Named), ("ru", Role::Benefits)],
                &["security", "nato"],
                "Dialogue at Zaporizhzhia.",
            ),
        ]
        .iter()
        .map(|p| PointKeys::of_point(p, &[]))
        .collect()
    }

    fn with(parties: &[&str], matching: Match) -> Filter {
        Filter {
            parties: parties.iter().map(|p| p.to_string()).collect(),
            matching,
            ..Filter::default()
        }
    }

    #[test]
    fn empty_filter_keeps_everything() {
        assert_eq!(Filter::default().apply_points(&sample()), vec![0, 1, 2, 3]);
        assert!(Filter::default().is_empty());
    }

    #[test]
    fn stance_keeps_the_points_a_party_last_took_that_stance_on() {
        let mut pts = sample();
        pts[0].stances = vec![
            ("ru".into(), Stance::Objects),
            ("ua".into(), Stance::Supports),
        ];
        pts[1].stances = vec![("ru".into(), Stance::Supports)];
        pts[2].stances = vec![("ua".into(), Stance::Objects)];
        let f = |code: &str| Filter {
            stance: PartyStance::from_code(code),
            ..Filter::default()
        };
        assert_eq!(f("ru:objects").apply_points(&pts), vec![0]);
        assert_eq!(f("ua:objects").apply_points(&pts), vec![2]);
        // Silence is no stance: point 4 (no statements) matches none.
        assert_eq!(f("us:open").apply_points(&pts), Vec::<usize>::new());
        let with_party = Filter {
            parties: vec!["ru".into()],
            ..f("ru:supports")
        };
        assert_eq!(with_party.apply_points(&pts), vec![1]);
        assert_eq!(f("ru:objects").active(), 1);
        assert!(!f("ru:objects").is_empty());
        assert_eq!(PartyStance::from_code("ru"), None);
        assert_eq!(PartyStance::from_code(":objects"), None);
        assert_eq!(PartyStance::from_code("ru:Objects"), None);
        assert_eq!(
            f("eu:wants-changed").stance.unwrap().code(),
            "eu:wants-changed"
        );
    }

    #[test]
    fn later_keeps_what_a_version_did_and_combines_with_the_rest() {
        let mut pts = sample();
        pts[0].later = vec![
            ("e3".into(), Outcome::Changed),
            ("g20".into(), Outcome::Kept),
        ];
        pts[1].later = vec![("e3".into(), Outcome::Kept)];
        pts[2].later = vec![("e3".into(), Outcome::Changed)];
        let changed_in_e3 = Later::from_code("changed:e3").unwrap();
        let f = Filter {
            later: Some(changed_in_e3.clone()),
            ..Filter::default()
        };
        assert_eq!(f.apply_points(&pts), vec![0, 2]);
        assert_eq!(f.active(), 1);
        assert!(!f.is_empty());
        let mut f = with(&["ua"], Match::Any);
        f.later = Some(changed_in_e3);
        assert_eq!(f.apply_points(&pts), vec![0], "and the party filter");
        assert_eq!(Later::from_code("changed:"), None);
        assert_eq!(Later::from_code("survived:e3"), None);
        assert_eq!(
            Later::from_code("not-addressed:us-ua-20").unwrap().code(),
            "not-addressed:us-ua-20"
        );
        let mut g = Filter::default();
        g.apply(
            Edit::from_control("later", "dropped:e3", true).unwrap(),
            &[],
        );
        assert_eq!(
            g.later.as_ref().map(Later::code).as_deref(),
            Some("dropped:e3")
        );
        g.apply(Edit::from_control("later", "", true).unwrap(), &[]);
        assert_eq!(g.later, None);
    }

    #[test]
    fn the_controls_show_what_they_would_set() {
        let codes = ["ua", "ru", "us"];
        let f = Filter {
            parties: vec!["ua".into(), "us".into()],
            matching: Match::All,
            role: Some(Role::Obliged),
            theme: Some("energy".into()),
            later: Later::from_code("dropped:e3"),
            stance: PartyStance::from_code("ru:objects"),
            query: "grain deal".into(),
        };
        // Each control, as the filter shows it, sets that part of the filter again.
        let mut g = Filter::default();
        for (name, values) in [
            ("party", &codes[..]),
            ("match", &["any", "all"][..]),
            ("role", &[""][..]),
            ("theme", &[""][..]),
            ("later", &[""][..]),
            ("stance", &[""][..]),
            ("q", &[""][..]),
        ] {
            for value in values {
                let edit = match f.shown(name, value).unwrap() {
                    Shown::Checked(on) => Edit::from_control(name, value, on),
                    Shown::Value(v) => Edit::from_control(name, &v, true),
                };
                if let Some(edit) = edit {
                    g.apply(edit, &codes);
                }
            }
        }
        assert_eq!(g, f);
        assert_eq!(f.shown("party", "ru"), Some(Shown::Checked(false)));
        assert_eq!(f.shown("match", "any"), Some(Shown::Checked(false)));
        assert_eq!(
            Filter::default().shown("role", ""),
            Some(Shown::Value(String::new()))
        );
        assert_eq!(f.shown("page", "2"), None);
    }

    #[test]
    fn counts_the_active_filters_but_not_the_match() {
        assert_eq!(Filter::default().active(), 0);
        assert_eq!(Filter::active_label(Lang::En, 0), "none active");
        assert_eq!(Filter::active_label(Lang::Uk, 0), "не вибрано");
        assert_eq!(Filter::active_label(Lang::Uk, 3), "вибрано 3");
        let mut f = with(&["ua", "ru"], Match::All);
        assert_eq!(f.active(), 2);
        f.role = Some(Role::Obliged);
        f.theme = Some("energy".into());
        f.query = "  ".into();
        assert_eq!(f.active(), 4, "a blank query narrows nothing");
        f.query = "grain".into();
        assert_eq!(f.active(), 5);
        assert_eq!(Filter::active_label(Lang::En, f.active()), "5 active");
    }

    #[test]
    fn parties_any_and_all() {
        let pts = sample();
        assert_eq!(
            with(&["ua", "nato"], Match::Any).apply_points(&pts),
            vec![0, 1, 2]
        );
        assert_eq!(with(&["ua", "ru"], Match::All).apply_points(&pts), vec![1]);
        assert_eq!(with(&["ru"], Match::All).apply_points(&pts), vec![1, 2, 3]);
    }

    #[test]
    fn role_narrows_parties_or_stands_alone() {
        let pts = sample();
        let mut f = with(&["ru"], Match::Any);
        f.role = Some(Role::Benefits);
        assert_eq!(f.apply_points(&pts), vec![3]);
        let f = Filter {
            role: Some(Role::Named),
            ..Filter::default()
        };
        assert_eq!(f.apply_points(&pts), vec![3]);
    }

    #[test]
    fn theme_and_query() {
        let pts = sample();
        let f = Filter {
            theme: Some("nato".into()),
            ..Filter::default()
        };
        assert_eq!(f.apply_points(&pts), vec![2, 3]);
        let f = Filter {
            query: "  ZAPÓRIZHZHIA  dialogue ".into(),
            ..Filter::default()
        };
        assert_eq!(f.apply_points(&pts), vec![3]);
        let f = Filter {
            query: "sub of 2".into(),
            ..Filter::default()
        };
        assert_eq!(f.apply_points(&pts), vec![1], "sub-points are searched");
        let f = Filter {
            query: "ukraine\u{2019}s".into(),
            ..Filter::default()
        };
        assert_eq!(
            f.apply_points(&pts),
            vec![0],
            "curly apostrophes fold to straight"
        );
    }

    #[test]
    fn party_edits_keep_dataset_order() {
        let all = ["ua", "ru", "us", "eu", "nato"];
        let mut f = Filter::default();
        f.apply(Edit::Party("nato".into(), true), &all);
        f.apply(Edit::Party("ua".into(), true), &all);
        f.apply(Edit::Party("ua".into(), true), &all);
        assert_eq!(f.parties, vec!["ua", "nato"], "ticking twice adds once");
        f.apply(Edit::Party("nato".into(), false), &all);
        assert_eq!(f.parties, vec!["ua"]);
    }

    #[test]
    fn edits_from_controls() {
        let all = ["ua", "ru"];
        let mut f = Filter::default();
        for (name, value, checked) in [
            ("party", "ru", true),
            ("match", "all", true),
            ("match", "any", false),
            ("role", "obliged", false),
            ("theme", "security", false),
            ("stance", "ru:objects", false),
            ("q", "nato", false),
            ("unknown", "x", true),
        ] {
            if let Some(edit) = Edit::from_control(name, value, checked) {
                f.apply(edit, &all);
            }
        }
        assert_eq!(
            f,
            Filter {
                parties: vec!["ru".into()],
                matching: Match::All,
                role: Some(Role::Obliged),
                theme: Some("security".into()),
                later: None,
                stance: PartyStance::from_code("ru:objects"),
                query: "nato".into(),
            }
        );
        f.apply(Edit::ResetParties, &all);
        assert!(f.parties.is_empty() && f.matching == Match::Any && f.role.is_some());
        assert_eq!(
            Edit::from_control("theme", "", false),
            Some(Edit::Theme(None))
        );
        assert_eq!(
            Edit::from_control("q", &"x".repeat(500), false),
            Some(Edit::Query("x".repeat(MAX_QUERY_CHARS)))
        );
        f.apply(Edit::Reset, &all);
        assert!(f.is_empty());
    }

    #[test]
    fn visibility_marks_matches_and_the_focused_record() {
        assert_eq!(visibility(4, &[0, 2], None), vec![true, false, true, false]);
        assert_eq!(
            visibility(4, &[0, 2], Some(3)),
            vec![true, false, true, true]
        );
        assert_eq!(
            visibility(2, &[], Some(5)),
            vec![false, false],
            "out of range is ignored"
        );
    }
}
