//! The rules of `data/versions.json`: the later versions of the plan, their texts, and an
//! outcome for every US point.

use std::collections::HashSet;

use super::{is_slug, Check};
use crate::data_error::VERSIONS_FILE;
use crate::model::{Outcome, PlanVersion, PointOutcome, VersionText};

impl Check<'_> {
    /// Versions: unique codes, each checked (`version`).
    pub(super) fn versions(&mut self) {
        let mut codes = HashSet::new();
        for v in &self.d.versions {
            if !codes.insert(v.code.as_str()) {
                let rec = format!("version {:?}", v.code);
                self.e.push(VERSIONS_FILE, &rec, "code", "duplicate code");
            }
            self.version(v);
        }
    }

    /// One later version of the plan: its own fields, and for a version with a text its
    /// points and an outcome for every US point.
    fn version(&mut self, v: &PlanVersion) {
        let rec = format!("version {:?}", v.code);
        let f = VERSIONS_FILE;
        if !is_slug(&v.code) {
            self.e.push(f, &rec, "code", "must be a lowercase slug");
        }
        self.e.non_empty(f, &rec, "name", &v.name);
        self.e.non_empty(f, &rec, "drawn_up_by", &v.drawn_up_by);
        self.e.non_empty(f, &rec, "summary", &v.summary);
        self.date(f, &rec, "date", &v.date);
        self.sourced(f, &rec, "sources", &v.sources);
        for (i, dispute) in v.disputes.iter().enumerate() {
            let field = format!("disputes[{i}]");
            self.e
                .non_empty(f, &rec, &format!("{field}.about"), &dispute.about);
            self.e
                .non_empty(f, &rec, &format!("{field}.note"), &dispute.note);
            let sources = &self.sources;
            self.e
                .renderings(sources, f, &rec, &field, &dispute.versions);
        }
        let Some(text) = &v.text else { return };
        let own = self.version_points(&rec, text);
        let mut covered = HashSet::new();
        for (i, o) in text.outcomes.iter().enumerate() {
            self.outcome(&rec, &format!("text.outcomes[{i}]"), o, &own, &mut covered);
        }
        self.missing_outcomes(&rec, &covered);
        for (i, n) in text.new_points.iter().enumerate() {
            self.resolves(&rec, &own, &format!("text.new_points[{i}]"), *n);
        }
    }

    /// A version's own points: numbered once each, worded, sourced. Returns their numbers.
    fn version_points(&mut self, rec: &str, text: &VersionText) -> HashSet<u32> {
        let f = VERSIONS_FILE;
        let mut own = HashSet::new();
        for (i, p) in text.points.iter().enumerate() {
            let field = format!("text.points[{i}]");
            if !own.insert(p.number) {
                let message = format!("duplicate point {}", p.number);
                self.e.push(f, rec, &format!("{field}.number"), message);
            }
            self.e
                .non_empty(f, rec, &format!("{field}.title"), &p.title);
            self.e
                .non_empty(f, rec, &format!("{field}.summary"), &p.summary);
            self.sourced(f, rec, &format!("{field}.sources"), &p.sources);
        }
        own
    }

    /// A number that must name one of the version's own points.
    fn resolves(&mut self, rec: &str, own: &HashSet<u32>, field: &str, n: u32) {
        if !own.contains(&n) {
            let message = format!("the version has no point {n}");
            self.e.push(VERSIONS_FILE, rec, field, message);
        }
    }

    /// What a version did with one US point: a point of the plan, given once; its version
    /// points and the point it merged into resolve; changed and unknown outcomes say how in
    /// a note; every outcome but unknown is sourced.
    fn outcome(
        &mut self,
        rec: &str,
        field: &str,
        o: &PointOutcome,
        own: &HashSet<u32>,
        covered: &mut HashSet<u32>,
    ) {
        let f = VERSIONS_FILE;
        if !self.point_exists(o.point) {
            let message = format!("no US point {}", o.point);
            self.e.push(f, rec, &format!("{field}.point"), message);
        } else if !covered.insert(o.point) {
            let message = format!("US point {} has two outcomes", o.point);
            self.e.push(f, rec, &format!("{field}.point"), message);
        }
        for (j, n) in o.version_points.iter().enumerate() {
            self.resolves(rec, own, &format!("{field}.version_points[{j}]"), *n);
        }
        let merged_into = format!("{field}.merged_into");
        match (o.outcome, o.merged_into) {
            (Outcome::Merged, Some(n)) => self.resolves(rec, own, &merged_into, n),
            (Outcome::Merged, None) => {
                let message = "a merged point names the point it went into";
                self.e.push(f, rec, &merged_into, message);
            }
            (_, Some(_)) => self
                .e
                .push(f, rec, &merged_into, "only a merged point has one"),
            _ => {}
        }
        if o.outcome == Outcome::Changed {
            self.e.non_empty(f, rec, &format!("{field}.note"), &o.note);
        }
        if o.outcome == Outcome::Unknown {
            self.e.non_empty(f, rec, &format!("{field}.note"), &o.note);
        } else {
            self.sourced(f, rec, &format!("{field}.sources"), &o.sources);
        }
    }

    /// Every US point has an outcome in a version with a text.
    fn missing_outcomes(&mut self, rec: &str, covered: &HashSet<u32>) {
        let missing: Vec<String> = (1..=self.point_count)
            .filter(|n| !covered.contains(n))
            .map(|n| n.to_string())
            .collect();
        if !missing.is_empty() {
            let message = format!(
                "no outcome for US point(s) {}: every point needs one",
                missing.join(", ")
            );
            self.e.push(VERSIONS_FILE, rec, "text.outcomes", message);
        }
    }
}
