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
    VERSIONS_FILE,
};
use crate::date::Date;
use crate::model::{Dataset, Outcome, PlanVersion, Version};
use crate::timeline::{TIMELINE_END, TIMELINE_START};

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

pub fn check(d: &Dataset) -> Vec<DataError> {
    // Benchmark builds (`--features synthetic`) number their generated points 1..=N.
    let point_count: u32 = if cfg!(feature = "synthetic") {
        d.points.len() as u32
    } else {
        POINT_COUNT
    };
    let mut e = Errors { list: Vec::new() };
    let parties: HashSet<&str> = d.parties.iter().map(|p| p.code.as_str()).collect();
    let themes: HashSet<&str> = d.themes.iter().map(|t| t.code.as_str()).collect();
    let sources: HashSet<&str> = d.sources.iter().map(|s| s.id.as_str()).collect();

    // Parties and themes: unique, URL-safe codes.
    let mut seen = HashSet::new();
    for p in &d.parties {
        let rec = format!("party {:?}", p.code);
        if !seen.insert(p.code.as_str()) {
            e.push(PARTIES_FILE, &rec, "code", "duplicate code");
        }
        if !is_slug(&p.code) || p.code.contains('-') {
            e.push(
                PARTIES_FILE,
                &rec,
                "code",
                "must be lowercase letters and digits",
            );
        }
        e.non_empty(PARTIES_FILE, &rec, "name", &p.name);
        e.non_empty(PARTIES_FILE, &rec, "short", &p.short);
    }
    let mut seen = HashSet::new();
    for t in &d.themes {
        let rec = format!("theme {:?}", t.code);
        if !seen.insert(t.code.as_str()) {
            e.push(THEMES_FILE, &rec, "code", "duplicate code");
        }
        if !is_slug(&t.code) {
            e.push(THEMES_FILE, &rec, "code", "must be a lowercase slug");
        }
        e.non_empty(THEMES_FILE, &rec, "label", &t.label);
    }

    // Sources: unique slugs, real dates, https URLs.
    let mut seen = HashSet::new();
    for s in &d.sources {
        let rec = format!("source {:?}", s.id);
        if !seen.insert(s.id.as_str()) {
            e.push(SOURCES_FILE, &rec, "id", "duplicate id");
        }
        if !is_slug(&s.id) {
            e.push(SOURCES_FILE, &rec, "id", "must be a lowercase slug");
        }
        e.non_empty(SOURCES_FILE, &rec, "outlet", &s.outlet);
        e.non_empty(SOURCES_FILE, &rec, "title", &s.title);
        if Date::parse(&s.date).is_none() {
            e.push(
                SOURCES_FILE,
                &rec,
                "date",
                format!("{:?} is not a date (YYYY-MM-DD)", s.date),
            );
        }
        if let Some(problem) = check_url(&s.url) {
            e.push(SOURCES_FILE, &rec, "url", problem);
        }
    }

    let check_sources = |e: &mut Errors, file, rec: &str, field: &str, ids: &[String]| {
        e.sourced(&sources, file, rec, field, ids);
    };
    let check_parties = |e: &mut Errors, file, rec: &str, codes: &[&str]| {
        for (i, code) in codes.iter().enumerate() {
            if !parties.contains(code) {
                e.push(
                    file,
                    rec,
                    &format!("parties[{i}]"),
                    format!("unknown party {code:?}"),
                );
            }
        }
    };
    let point_exists = |n: u32| (1..=point_count).contains(&n);

    // Points: 1..=28, each once.
    let mut numbers = HashSet::new();
    for p in &d.points {
        let rec = format!("point {}", p.number);
        if !point_exists(p.number) {
            e.push(
                POINTS_FILE,
                &rec,
                "number",
                format!("must be 1–{point_count}"),
            );
        } else if !numbers.insert(p.number) {
            e.push(POINTS_FILE, &rec, "number", "duplicate number");
        }
        e.non_empty(POINTS_FILE, &rec, "title", &p.title);
        e.non_empty(POINTS_FILE, &rec, "summary", &p.summary);
        let mut labels = HashSet::new();
        for (i, s) in p.subpoints.iter().enumerate() {
            if !labels.insert(s.label.as_str()) {
                e.push(
                    POINTS_FILE,
                    &rec,
                    &format!("subpoints[{i}].label"),
                    "duplicate label",
                );
            }
            e.non_empty(POINTS_FILE, &rec, &format!("subpoints[{i}].text"), &s.text);
        }
        if p.themes.is_empty() {
            e.push(POINTS_FILE, &rec, "themes", "needs at least one theme");
        }
        for (i, t) in p.themes.iter().enumerate() {
            if !themes.contains(t.as_str()) {
                e.push(
                    POINTS_FILE,
                    &rec,
                    &format!("themes[{i}]"),
                    format!("unknown theme {t:?}"),
                );
            }
        }
        if p.parties.is_empty() {
            e.push(POINTS_FILE, &rec, "parties", "needs at least one party");
        }
        let codes: Vec<&str> = p.parties.iter().map(|r| r.party.as_str()).collect();
        check_parties(&mut e, POINTS_FILE, &rec, &codes);
        let mut once = HashSet::new();
        for (i, code) in codes.iter().enumerate() {
            if !once.insert(*code) {
                e.push(
                    POINTS_FILE,
                    &rec,
                    &format!("parties[{i}]"),
                    format!("party {code:?} listed twice"),
                );
            }
        }
        check_sources(&mut e, POINTS_FILE, &rec, "sources", &p.sources);
        if let Some(dispute) = &p.dispute {
            e.non_empty(POINTS_FILE, &rec, "dispute.note", &dispute.note);
            e.renderings(&sources, POINTS_FILE, &rec, "dispute", &dispute.versions);
        }
        if let Some(r) = &p.revision {
            e.non_empty(POINTS_FILE, &rec, "revision.before", &r.before);
            e.non_empty(POINTS_FILE, &rec, "revision.after", &r.after);
            check_sources(&mut e, POINTS_FILE, &rec, "revision.sources", &r.sources);
        }
    }
    let missing: Vec<String> = (1..=point_count)
        .filter(|n| !numbers.contains(n))
        .map(|n| n.to_string())
        .collect();
    if !missing.is_empty() {
        let list = if missing.len() > 10 {
            format!("{}… ({} in all)", missing[..10].join(", "), missing.len())
        } else {
            missing.join(", ")
        };
        e.push(
            POINTS_FILE,
            "",
            "",
            format!("missing point(s) {list}: all of 1–{point_count} must be present"),
        );
    }

    // Events: unique ids, dated within range, in order.
    let mut ids = HashSet::new();
    let mut previous: Option<(Date, &str)> = None;
    let mut milestones = 0;
    for ev in &d.events {
        let rec = format!("event {:?}", ev.id);
        if !ids.insert(ev.id.as_str()) {
            e.push(EVENTS_FILE, &rec, "id", "duplicate id");
        }
        if !is_slug(&ev.id) {
            e.push(EVENTS_FILE, &rec, "id", "must be a lowercase slug");
        } else if !ev.id.starts_with(&ev.date) {
            e.push(
                EVENTS_FILE,
                &rec,
                "id",
                format!("must start with its date {:?}", ev.date),
            );
        }
        match Date::parse(&ev.date) {
            None => e.push(
                EVENTS_FILE,
                &rec,
                "date",
                format!("{:?} is not a date (YYYY-MM-DD)", ev.date),
            ),
            Some(date) => {
                // Events after TIMELINE_END are the timeline's after-release part.
                if date < TIMELINE_START {
                    e.push(
                        EVENTS_FILE,
                        &rec,
                        "date",
                        format!("{date} is outside the timeline (it starts on {TIMELINE_START})"),
                    );
                }
                if ev.milestone && date > TIMELINE_END {
                    e.push(
                        EVENTS_FILE,
                        &rec,
                        "milestone",
                        format!(
                            "the release closes the plan's range, which ends on {TIMELINE_END}"
                        ),
                    );
                }
                if let Some((before, before_id)) = previous {
                    if date < before {
                        e.push(
                            EVENTS_FILE,
                            &rec,
                            "date",
                            format!("out of order: comes after {before_id:?} ({before})"),
                        );
                    }
                }
                previous = Some((date, ev.id.as_str()));
            }
        }
        e.non_empty(EVENTS_FILE, &rec, "title", &ev.title);
        e.non_empty(EVENTS_FILE, &rec, "summary", &ev.summary);
        if ev.parties.is_empty() {
            e.push(EVENTS_FILE, &rec, "parties", "needs at least one party");
        }
        let codes: Vec<&str> = ev.parties.iter().map(String::as_str).collect();
        check_parties(&mut e, EVENTS_FILE, &rec, &codes);
        for (i, n) in ev.points.iter().enumerate() {
            if !point_exists(*n) {
                e.push(
                    EVENTS_FILE,
                    &rec,
                    &format!("points[{i}]"),
                    format!("no point {n} in the plan"),
                );
            }
        }
        check_sources(&mut e, EVENTS_FILE, &rec, "sources", &ev.sources);
        for (i, code) in ev.versions.iter().enumerate() {
            if d.version(code).is_none() {
                e.push(
                    EVENTS_FILE,
                    &rec,
                    &format!("versions[{i}]"),
                    format!("unknown version {code:?}"),
                );
            }
        }
        if ev.milestone {
            milestones += 1;
            if milestones > 1 {
                e.push(
                    EVENTS_FILE,
                    &rec,
                    "milestone",
                    "only the draft's release is the milestone",
                );
            }
        }
    }

    let mut ids = HashSet::new();
    for doc in &d.documents {
        let rec = format!("document {:?}", doc.id);
        if !ids.insert(doc.id.as_str()) {
            e.push(DOCUMENTS_FILE, &rec, "id", "duplicate id");
        }
        e.non_empty(DOCUMENTS_FILE, &rec, "title", &doc.title);
        e.non_empty(DOCUMENTS_FILE, &rec, "summary", &doc.summary);
        let codes: Vec<&str> = doc.parties.iter().map(String::as_str).collect();
        check_parties(&mut e, DOCUMENTS_FILE, &rec, &codes);
        for (i, n) in doc.points.iter().enumerate() {
            if !point_exists(*n) {
                e.push(
                    DOCUMENTS_FILE,
                    &rec,
                    &format!("points[{i}]"),
                    format!("no point {n} in the plan"),
                );
            }
        }
        check_sources(&mut e, DOCUMENTS_FILE, &rec, "sources", &doc.sources);
    }

    let mut codes = HashSet::new();
    for v in &d.versions {
        if !codes.insert(v.code.as_str()) {
            e.push(
                VERSIONS_FILE,
                &format!("version {:?}", v.code),
                "code",
                "duplicate code",
            );
        }
        check_version(&mut e, &sources, point_count, v);
    }

    e.list
}

/// One later version of the plan: its own fields, and for a version with a text its points
/// and an outcome for every US point.
fn check_version(e: &mut Errors, sources: &HashSet<&str>, point_count: u32, v: &PlanVersion) {
    let rec = format!("version {:?}", v.code);
    let f = VERSIONS_FILE;
    if !is_slug(&v.code) {
        e.push(f, &rec, "code", "must be a lowercase slug");
    }
    e.non_empty(f, &rec, "name", &v.name);
    e.non_empty(f, &rec, "drawn_up_by", &v.drawn_up_by);
    e.non_empty(f, &rec, "summary", &v.summary);
    if Date::parse(&v.date).is_none() {
        e.push(
            f,
            &rec,
            "date",
            format!("{:?} is not a date (YYYY-MM-DD)", v.date),
        );
    }
    e.sourced(sources, f, &rec, "sources", &v.sources);
    for (i, dispute) in v.disputes.iter().enumerate() {
        let field = format!("disputes[{i}]");
        e.non_empty(f, &rec, &format!("{field}.about"), &dispute.about);
        e.non_empty(f, &rec, &format!("{field}.note"), &dispute.note);
        e.renderings(sources, f, &rec, &field, &dispute.versions);
    }
    let Some(text) = &v.text else { return };
    let mut own = HashSet::new();
    for (i, p) in text.points.iter().enumerate() {
        let field = format!("text.points[{i}]");
        if !own.insert(p.number) {
            e.push(
                f,
                &rec,
                &format!("{field}.number"),
                format!("duplicate point {}", p.number),
            );
        }
        e.non_empty(f, &rec, &format!("{field}.title"), &p.title);
        e.non_empty(f, &rec, &format!("{field}.summary"), &p.summary);
        e.sourced(sources, f, &rec, &format!("{field}.sources"), &p.sources);
    }
    let resolves = |e: &mut Errors, field: String, n: u32| {
        if !own.contains(&n) {
            e.push(f, &rec, &field, format!("the version has no point {n}"));
        }
    };
    let mut covered = HashSet::new();
    for (i, o) in text.outcomes.iter().enumerate() {
        let field = format!("text.outcomes[{i}]");
        if !(1..=point_count).contains(&o.point) {
            e.push(
                f,
                &rec,
                &format!("{field}.point"),
                format!("no US point {}", o.point),
            );
        } else if !covered.insert(o.point) {
            e.push(
                f,
                &rec,
                &format!("{field}.point"),
                format!("US point {} has two outcomes", o.point),
            );
        }
        for (j, n) in o.version_points.iter().enumerate() {
            resolves(e, format!("{field}.version_points[{j}]"), *n);
        }
        match (o.outcome, o.merged_into) {
            (Outcome::Merged, Some(n)) => resolves(e, format!("{field}.merged_into"), n),
            (Outcome::Merged, None) => e.push(
                f,
                &rec,
                &format!("{field}.merged_into"),
                "a merged point names the point it went into",
            ),
            (_, Some(_)) => e.push(
                f,
                &rec,
                &format!("{field}.merged_into"),
                "only a merged point has one",
            ),
            _ => {}
        }
        if o.outcome == Outcome::Changed {
            e.non_empty(f, &rec, &format!("{field}.note"), &o.note);
        }
        if o.outcome == Outcome::Unknown {
            e.non_empty(f, &rec, &format!("{field}.note"), &o.note);
        } else {
            e.sourced(sources, f, &rec, &format!("{field}.sources"), &o.sources);
        }
    }
    let missing: Vec<String> = (1..=point_count)
        .filter(|n| !covered.contains(n))
        .map(|n| n.to_string())
        .collect();
    if !missing.is_empty() {
        e.push(
            f,
            &rec,
            "text.outcomes",
            format!(
                "no outcome for US point(s) {}: every point needs one",
                missing.join(", ")
            ),
        );
    }
    for (i, n) in text.new_points.iter().enumerate() {
        resolves(e, format!("text.new_points[{i}]"), *n);
    }
}
