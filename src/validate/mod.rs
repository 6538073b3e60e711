//! The dataset's invariants, checked at test time and at load time.
//!
//! Each rule yields a [`DataError`] naming file, record and field. The rules: unique codes,
//! ids and numbers; points 1–28 all present; events sorted, none before the timeline's start
//! (those after its end are the after-release part);
//! every party, theme, point and source reference known; every record sourced; URLs https;
//! every later version of the plan with a text says what it did with each of the 28 points.

use std::collections::HashSet;

use crate::data_error::{
    DataError, DOCUMENTS_FILE, EVENTS_FILE, PARTIES_FILE, POINTS_FILE, SOURCES_FILE, THEMES_FILE,
};
use crate::date::Date;
use crate::model::{Dataset, Event, Point, Version};
use crate::timeline::{TIMELINE_END, TIMELINE_START};

mod changes;
mod positions;
mod versions;

/// The plan has 28 points.
pub const POINT_COUNT: u32 = 28;

struct Errors {
    list: Vec<DataError>,
}

impl Errors {
    fn push(&mut self, file: &'static str, record: &str, field: &str, message: impl Into<String>) {
        self.list.push(DataError {
            file,
            record: record.to_string(),
            field: field.to_string(),
            message: message.into(),
        });
    }

    fn non_empty(&mut self, file: &'static str, record: &str, field: &str, text: &str) {
        if text.trim().is_empty() {
            self.push(file, record, field, "is empty");
        }
    }

    /// `ids` name at least one source, each of them in `known`.
    fn sourced(
        &mut self,
        known: &HashSet<&str>,
        file: &'static str,
        record: &str,
        field: &str,
        ids: &[String],
    ) {
        if ids.is_empty() {
            self.push(
                file,
                record,
                field,
                "no source: every record must be sourced",
            );
        }
        self.known_sources(known, file, record, field, ids);
    }

    /// Each of `ids` is in `known` (none may be fine: see `sourced`).
    fn known_sources(
        &mut self,
        known: &HashSet<&str>,
        file: &'static str,
        record: &str,
        field: &str,
        ids: &[String],
    ) {
        for (i, id) in ids.iter().enumerate() {
            if !known.contains(id.as_str()) {
                self.push(
                    file,
                    record,
                    &format!("{field}[{i}]"),
                    format!("unknown source {id:?}"),
                );
            }
        }
    }

    /// A dispute's renderings: at least two, each sourced and worded.
    fn renderings(
        &mut self,
        known: &HashSet<&str>,
        file: &'static str,
        record: &str,
        field: &str,
        versions: &[Version],
    ) {
        if versions.len() < 2 {
            self.push(
                file,
                record,
                &format!("{field}.versions"),
                "a dispute needs at least two versions",
            );
        }
        for (i, v) in versions.iter().enumerate() {
            let at = format!("{field}.versions[{i}]");
            self.sourced(
                known,
                file,
                record,
                &format!("{at}.source"),
                std::slice::from_ref(&v.source),
            );
            self.non_empty(file, record, &format!("{at}.wording"), &v.wording);
        }
    }
}

/// A readable slug: lowercase ASCII letters and digits in dash-separated words.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

/// What is wrong with a source's URL, if anything: it must parse, be https and name a host
/// with a domain, as written (no whitespace for a parser to clean up).
fn check_url(text: &str) -> Option<&'static str> {
    if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Some("contains whitespace");
    }
    let Ok(url) = url::Url::parse(text) else {
        return Some("is not a URL");
    };
    if url.scheme() != "https" {
        return Some("not https");
    }
    match url.host() {
        Some(url::Host::Domain(host)) if host.contains('.') => None,
        _ => Some("has no host"),
    }
}

/// Every rule over the whole dataset, each failure a located `DataError`, in the files' order:
/// parties, themes, sources, points, events, documents, versions, positions, changes.
pub fn check(d: &Dataset) -> Vec<DataError> {
    let mut c = Check::new(d);
    c.parties();
    c.themes();
    c.sources();
    c.points();
    c.events();
    c.documents();
    c.versions();
    c.positions();
    c.changes();
    c.e.list
}

/// What the rules look references up in, and the errors found so far.
struct Check<'d> {
    d: &'d Dataset,
    /// The plan's points are 1..=point_count (benchmark builds, `--features synthetic`,
    /// number their generated points 1..=N).
    point_count: u32,
    parties: HashSet<&'d str>,
    themes: HashSet<&'d str>,
    sources: HashSet<&'d str>,
    e: Errors,
}

impl<'d> Check<'d> {
    fn new(d: &'d Dataset) -> Self {
        Check {
            d,
            point_count: if cfg!(feature = "synthetic") {
                d.points.len() as u32
            } else {
                POINT_COUNT
            },
            parties: d.parties.iter().map(|p| p.code.as_str()).collect(),
            themes: d.themes.iter().map(|t| t.code.as_str()).collect(),
            sources: d.sources.iter().map(|s| s.id.as_str()).collect(),
            e: Errors { list: Vec::new() },
        }
    }

    fn point_exists(&self, n: u32) -> bool {
        (1..=self.point_count).contains(&n)
    }

    /// Parties: unique codes of lowercase letters and digits (they go in URLs), named.
    fn parties(&mut self) {
        let mut seen = HashSet::new();
        for p in &self.d.parties {
            let rec = format!("party {:?}", p.code);
            if !seen.insert(p.code.as_str()) {
                self.e.push(PARTIES_FILE, &rec, "code", "duplicate code");
            }
            if !is_slug(&p.code) || p.code.contains('-') {
                let message = "must be lowercase letters and digits";
                self.e.push(PARTIES_FILE, &rec, "code", message);
            }
            self.e.non_empty(PARTIES_FILE, &rec, "name", &p.name);
            self.e.non_empty(PARTIES_FILE, &rec, "short", &p.short);
        }
    }

    /// Themes: unique slugs, labelled.
    fn themes(&mut self) {
        let mut seen = HashSet::new();
        for t in &self.d.themes {
            let rec = format!("theme {:?}", t.code);
            if !seen.insert(t.code.as_str()) {
                self.e.push(THEMES_FILE, &rec, "code", "duplicate code");
            }
            if !is_slug(&t.code) {
                self.e
                    .push(THEMES_FILE, &rec, "code", "must be a lowercase slug");
            }
            self.e.non_empty(THEMES_FILE, &rec, "label", &t.label);
        }
    }

    /// Sources: unique slugs, real dates, https URLs.
    fn sources(&mut self) {
        let mut seen = HashSet::new();
        for s in &self.d.sources {
            let rec = format!("source {:?}", s.id);
            if !seen.insert(s.id.as_str()) {
                self.e.push(SOURCES_FILE, &rec, "id", "duplicate id");
            }
            if !is_slug(&s.id) {
                self.e
                    .push(SOURCES_FILE, &rec, "id", "must be a lowercase slug");
            }
            self.e.non_empty(SOURCES_FILE, &rec, "outlet", &s.outlet);
            self.e.non_empty(SOURCES_FILE, &rec, "title", &s.title);
            self.date(SOURCES_FILE, &rec, "date", &s.date);
            if let Some(problem) = check_url(&s.url) {
                self.e.push(SOURCES_FILE, &rec, "url", problem);
            }
        }
    }

    /// A date written YYYY-MM-DD.
    fn date(&mut self, file: &'static str, rec: &str, field: &str, text: &str) -> Option<Date> {
        let date = Date::parse(text);
        if date.is_none() {
            let message = format!("{text:?} is not a date (YYYY-MM-DD)");
            self.e.push(file, rec, field, message);
        }
        date
    }

    /// `ids` name at least one source, each a known one.
    fn sourced(&mut self, file: &'static str, rec: &str, field: &str, ids: &[String]) {
        self.e.sourced(&self.sources, file, rec, field, ids);
    }

    /// An id of a dated record (a statement, a change): a slug that starts with its date.
    fn dated_id(&mut self, file: &'static str, rec: &str, id: &str, date: &str) {
        if !(is_slug(id) && id.starts_with(&format!("{date}-"))) {
            let message = "must be a lowercase slug that starts with the date";
            self.e.push(file, rec, "id", message);
        }
    }

    /// Each code names a known party.
    fn known_parties<'a>(
        &mut self,
        file: &'static str,
        rec: &str,
        codes: impl Iterator<Item = &'a str>,
    ) {
        for (i, code) in codes.enumerate() {
            if !self.parties.contains(code) {
                let message = format!("unknown party {code:?}");
                self.e.push(file, rec, &format!("parties[{i}]"), message);
            }
        }
    }

    /// Each number names a point of the plan.
    fn known_points(&mut self, file: &'static str, rec: &str, points: &[u32]) {
        for (i, n) in points.iter().enumerate() {
            if !self.point_exists(*n) {
                let message = format!("no point {n} in the plan");
                self.e.push(file, rec, &format!("points[{i}]"), message);
            }
        }
    }

    /// Points: 1..=28, each once, each complete.
    fn points(&mut self) {
        let mut numbers = HashSet::new();
        for p in &self.d.points {
            let rec = format!("point {}", p.number);
            if !self.point_exists(p.number) {
                let message = format!("must be 1–{}", self.point_count);
                self.e.push(POINTS_FILE, &rec, "number", message);
            } else if !numbers.insert(p.number) {
                self.e.push(POINTS_FILE, &rec, "number", "duplicate number");
            }
            self.point(&rec, p);
        }
        self.missing_points(&numbers);
    }

    /// One point's texts, themes, parties, sources, dispute and revision.
    fn point(&mut self, rec: &str, p: &Point) {
        self.e.non_empty(POINTS_FILE, rec, "title", &p.title);
        self.e.non_empty(POINTS_FILE, rec, "summary", &p.summary);
        let mut labels = HashSet::new();
        for (i, s) in p.subpoints.iter().enumerate() {
            if !labels.insert(s.label.as_str()) {
                let field = format!("subpoints[{i}].label");
                self.e.push(POINTS_FILE, rec, &field, "duplicate label");
            }
            let field = format!("subpoints[{i}].text");
            self.e.non_empty(POINTS_FILE, rec, &field, &s.text);
        }
        self.point_themes(rec, p);
        self.point_parties(rec, p);
        self.sourced(POINTS_FILE, rec, "sources", &p.sources);
        if let Some(dispute) = &p.dispute {
            self.e
                .non_empty(POINTS_FILE, rec, "dispute.note", &dispute.note);
            let sources = &self.sources;
            self.e
                .renderings(sources, POINTS_FILE, rec, "dispute", &dispute.versions);
        }
        if let Some(r) = &p.revision {
            self.e
                .non_empty(POINTS_FILE, rec, "revision.before", &r.before);
            self.e
                .non_empty(POINTS_FILE, rec, "revision.after", &r.after);
            self.sourced(POINTS_FILE, rec, "revision.sources", &r.sources);
        }
    }

    /// A point has at least one theme, each a known one.
    fn point_themes(&mut self, rec: &str, p: &Point) {
        if p.themes.is_empty() {
            self.e
                .push(POINTS_FILE, rec, "themes", "needs at least one theme");
        }
        for (i, t) in p.themes.iter().enumerate() {
            if !self.themes.contains(t.as_str()) {
                let message = format!("unknown theme {t:?}");
                self.e
                    .push(POINTS_FILE, rec, &format!("themes[{i}]"), message);
            }
        }
    }

    /// A point names at least one party, each known and listed once.
    fn point_parties(&mut self, rec: &str, p: &Point) {
        if p.parties.is_empty() {
            self.e
                .push(POINTS_FILE, rec, "parties", "needs at least one party");
        }
        let codes = || p.parties.iter().map(|r| r.party.as_str());
        self.known_parties(POINTS_FILE, rec, codes());
        let mut once = HashSet::new();
        for (i, code) in codes().enumerate() {
            if !once.insert(code) {
                let message = format!("party {code:?} listed twice");
                self.e
                    .push(POINTS_FILE, rec, &format!("parties[{i}]"), message);
            }
        }
    }

    /// All of 1..=28 are present.
    fn missing_points(&mut self, numbers: &HashSet<u32>) {
        let missing: Vec<String> = (1..=self.point_count)
            .filter(|n| !numbers.contains(n))
            .map(|n| n.to_string())
            .collect();
        if missing.is_empty() {
            return;
        }
        let list = if missing.len() > 10 {
            format!("{}… ({} in all)", missing[..10].join(", "), missing.len())
        } else {
            missing.join(", ")
        };
        let message = format!(
            "missing point(s) {list}: all of 1–{} must be present",
            self.point_count
        );
        self.e.push(POINTS_FILE, "", "", message);
    }

    /// Events: unique ids that start with their date, dated within range and in order, at
    /// most one milestone.
    fn events(&mut self) {
        let mut ids = HashSet::new();
        let mut previous: Option<(Date, &str)> = None;
        let mut milestones = 0;
        for ev in &self.d.events {
            let rec = format!("event {:?}", ev.id);
            if !ids.insert(ev.id.as_str()) {
                self.e.push(EVENTS_FILE, &rec, "id", "duplicate id");
            }
            if !is_slug(&ev.id) {
                self.e
                    .push(EVENTS_FILE, &rec, "id", "must be a lowercase slug");
            } else if !ev.id.starts_with(&ev.date) {
                let message = format!("must start with its date {:?}", ev.date);
                self.e.push(EVENTS_FILE, &rec, "id", message);
            }
            if let Some(date) = self.date(EVENTS_FILE, &rec, "date", &ev.date) {
                self.event_date(&rec, ev, date, previous);
                previous = Some((date, ev.id.as_str()));
            }
            self.event(&rec, ev);
            if ev.milestone {
                milestones += 1;
                if milestones > 1 {
                    let message = "only the draft's release is the milestone";
                    self.e.push(EVENTS_FILE, &rec, "milestone", message);
                }
            }
        }
    }

    /// An event's date: not before the timeline's start (those after its end are the part
    /// after the release, where the milestone may not be), not before the event above it.
    fn event_date(&mut self, rec: &str, ev: &Event, date: Date, previous: Option<(Date, &str)>) {
        if date < TIMELINE_START {
            let message = format!("{date} is outside the timeline (it starts on {TIMELINE_START})");
            self.e.push(EVENTS_FILE, rec, "date", message);
        }
        if ev.milestone && date > TIMELINE_END {
            let message =
                format!("the release closes the plan's range, which ends on {TIMELINE_END}");
            self.e.push(EVENTS_FILE, rec, "milestone", message);
        }
        if let Some((before, before_id)) = previous {
            if date < before {
                let message = format!("out of order: comes after {before_id:?} ({before})");
                self.e.push(EVENTS_FILE, rec, "date", message);
            }
        }
    }

    /// An event's texts and references: parties, points, sources, versions.
    fn event(&mut self, rec: &str, ev: &Event) {
        self.e.non_empty(EVENTS_FILE, rec, "title", &ev.title);
        self.e.non_empty(EVENTS_FILE, rec, "summary", &ev.summary);
        if ev.parties.is_empty() {
            self.e
                .push(EVENTS_FILE, rec, "parties", "needs at least one party");
        }
        self.known_parties(EVENTS_FILE, rec, ev.parties.iter().map(String::as_str));
        self.known_points(EVENTS_FILE, rec, &ev.points);
        self.sourced(EVENTS_FILE, rec, "sources", &ev.sources);
        for (i, code) in ev.versions.iter().enumerate() {
            if self.d.version(code).is_none() {
                let message = format!("unknown version {code:?}");
                self.e
                    .push(EVENTS_FILE, rec, &format!("versions[{i}]"), message);
            }
        }
    }

    /// Documents: unique ids, texts, known parties and points, sources.
    fn documents(&mut self) {
        let mut ids = HashSet::new();
        for doc in &self.d.documents {
            let rec = format!("document {:?}", doc.id);
            if !ids.insert(doc.id.as_str()) {
                self.e.push(DOCUMENTS_FILE, &rec, "id", "duplicate id");
            }
            self.e.non_empty(DOCUMENTS_FILE, &rec, "title", &doc.title);
            self.e
                .non_empty(DOCUMENTS_FILE, &rec, "summary", &doc.summary);
            self.known_parties(DOCUMENTS_FILE, &rec, doc.parties.iter().map(String::as_str));
            self.known_points(DOCUMENTS_FILE, &rec, &doc.points);
            self.sourced(DOCUMENTS_FILE, &rec, "sources", &doc.sources);
        }
    }
}
