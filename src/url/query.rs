//! The query string: one table of the parameters a URL may carry (`PARAMS`), which keys are
//! each one's, how its value is read into the route, and how it is written back.

use super::text::{echo, percent_decode, percent_encode, Notices};
use super::{Decoded, Known, Route, View};
use crate::filter::{Filter, Later, Match, MAX_QUERY_CHARS};
use crate::i18n::{fill, t};
use crate::model::{Outcome, Role};

/// One query parameter: which keys are its own, how its value is read into the route (or a
/// notice says why not), and its part of a written query. `PARAMS` lists them in the order
/// a query is written; adding a filter to the URL is one entry here.
struct Param {
    is: fn(&str) -> bool,
    /// Whether a second one is ignored with the "appears more than once" notice (the
    /// later-version filter says so in its own words).
    once: bool,
    read: fn(&mut Reading, &str, &str),
    write: fn(&Route) -> Option<String>,
}

const PARAMS: [Param; 7] = [
    Param {
        is: |k| k == "party",
        once: true,
        read: |r, k, v| r.party(k, v),
        write: |r| {
            let codes: Vec<String> = r.filter.parties.iter().map(|p| percent_encode(p)).collect();
            (!codes.is_empty()).then(|| format!("party={}", codes.join(",")))
        },
    },
    Param {
        is: |k| k == "match",
        once: true,
        read: |r, k, v| r.matching(k, v),
        write: |r| (r.filter.matching == Match::All).then(|| "match=all".to_string()),
    },
    Param {
        is: |k| k == "role",
        once: true,
        read: |r, k, v| r.role(k, v),
        write: |r| r.filter.role.map(|role| format!("role={}", role.code())),
    },
    Param {
        is: |k| k == "theme",
        once: true,
        read: |r, k, v| r.theme(k, v),
        write: |r| {
            r.filter
                .theme
                .as_ref()
                .map(|t| format!("theme={}", percent_encode(t)))
        },
    },
    // "changed=e3": what a later version did with the points; one such filter at a time.
    Param {
        is: |k| Outcome::from_code(k).is_some(),
        once: false,
        read: |r, k, v| r.later(k, v),
        write: |r| {
            let later = r.filter.later.as_ref()?;
            Some(format!(
                "{}={}",
                later.outcome.code(),
                percent_encode(&later.version)
            ))
        },
    },
    Param {
        is: |k| k == "q",
        once: true,
        read: |r, k, v| r.query(k, v),
        write: |r| {
            (!r.filter.query.is_empty()).then(|| format!("q={}", percent_encode(&r.filter.query)))
        },
    },
    Param {
        is: |k| k == "embed",
        once: true,
        read: |r, k, v| r.embed(k, v),
        write: |r| r.embed.then(|| "embed=1".to_string()),
    },
];

/// A query being read: the route so far, what the reader will be told, and what is known.
pub(super) struct Reading<'k> {
    pub(super) route: Route,
    pub(super) notices: Notices,
    pub(super) known: &'k Known<'k>,
    /// Up to three unknown keys, echoed, for one notice at the end.
    pub(super) unknown_keys: Vec<String>,
    pub(super) malformed: bool,
}

impl Reading<'_> {
    fn echo(&self, s: &str) -> String {
        echo(self.route.lang, s)
    }

    /// A notice: `en` in the route's language, its slots filled.
    pub(super) fn say(&mut self, en: &'static str, args: &[&str]) {
        let text = fill(t(self.route.lang, en), args);
        self.notices.add(text);
    }

    /// One `key=value` pair, percent-decoded, to its parameter (`seen`: the parameters read).
    pub(super) fn pair(&mut self, pair: &str, seen: &mut Vec<usize>) {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let (key, bad_key) = percent_decode(raw_key, true);
        let (value, bad_value) = percent_decode(raw_value, true);
        self.malformed |= bad_key || bad_value;
        let Some(i) = PARAMS.iter().position(|p| (p.is)(&key)) else {
            if self.unknown_keys.len() < 3 {
                let key = self.echo(&key);
                self.unknown_keys.push(key);
            }
            return;
        };
        if PARAMS[i].once {
            if seen.contains(&i) {
                let key = self.echo(&key);
                self.say(
                    "The parameter {0} appears more than once; only the first was used.",
                    &[&key],
                );
                return;
            }
            seen.push(i);
        }
        (PARAMS[i].read)(self, &key, &value);
    }

    fn party(&mut self, _: &str, value: &str) {
        let mut picked: Vec<&str> = Vec::new();
        for code in value.split(',').map(str::trim).filter(|c| !c.is_empty()) {
            match self.known.parties.iter().find(|k| **k == code) {
                Some(k) if !picked.contains(k) => picked.push(k),
                Some(_) => {}
                None => {
                    let code = self.echo(code);
                    self.say("Ignored unknown party {0}.", &[&code]);
                }
            }
        }
        self.route.filter.parties = self
            .known
            .parties
            .iter()
            .filter(|k| picked.contains(k))
            .map(|k| k.to_string())
            .collect();
    }

    fn matching(&mut self, _: &str, value: &str) {
        match value {
            "any" => self.route.filter.matching = Match::Any,
            "all" => self.route.filter.matching = Match::All,
            _ => {
                let value = self.echo(value);
                self.say("Ignored match={0}: use “any” or “all”.", &[&value]);
            }
        }
    }

    fn role(&mut self, _: &str, value: &str) {
        match Role::from_code(value) {
            Some(r) => self.route.filter.role = Some(r),
            None => {
                let value = self.echo(value);
                self.say(
                    "Ignored unknown role {0}: use “obliged”, “benefits” or “named”.",
                    &[&value],
                );
            }
        }
    }

    fn theme(&mut self, _: &str, value: &str) {
        match self.known.themes.iter().find(|t| **t == value) {
            Some(t) => self.route.filter.theme = Some(t.to_string()),
            None => {
                let value = self.echo(value);
                self.say("Ignored unknown theme {0}.", &[&value]);
            }
        }
    }

    fn later(&mut self, key: &str, value: &str) {
        let Some(outcome) = Outcome::from_code(key) else {
            return;
        };
        let version = self.known.versions.iter().find(|v| **v == value);
        let echoed = self.echo(value);
        match version {
            _ if self.route.filter.later.is_some() => self.say(
                "Only one later-version filter at a time: ignored {0}={1}.",
                &[outcome.code(), &echoed],
            ),
            Some(v) => {
                self.route.filter.later = Some(Later {
                    version: v.to_string(),
                    outcome,
                })
            }
            None => self.say(
                "Ignored {0}={1}: no later version of the plan has that code.",
                &[outcome.code(), &echoed],
            ),
        }
    }

    fn query(&mut self, _: &str, value: &str) {
        let clean: String = value.chars().filter(|c| !c.is_control()).collect();
        if clean.chars().count() > MAX_QUERY_CHARS {
            let max = MAX_QUERY_CHARS.to_string();
            self.say(
                "The search text was cut to its first {0} characters.",
                &[&max],
            );
            self.route.filter.query = clean.chars().take(MAX_QUERY_CHARS).collect();
        } else {
            self.route.filter.query = clean;
        }
    }

    fn embed(&mut self, _: &str, value: &str) {
        match value {
            "1" | "true" => self.route.embed = true,
            "0" | "false" | "" => self.route.embed = false,
            _ => {
                let value = self.echo(value);
                self.say("Ignored embed={0}: use embed=1.", &[&value]);
            }
        }
    }

    /// The notices that sum up the whole query, and what the view takes of the filter.
    pub(super) fn finish(mut self) -> Decoded {
        if !self.unknown_keys.is_empty() {
            let keys = self.unknown_keys.join(", ");
            if self.unknown_keys.len() == 1 {
                self.say("Ignored unknown parameter {0}.", &[&keys]);
            } else {
                self.say("Ignored unknown parameters {0}.", &[&keys]);
            }
        }
        if self.malformed {
            self.say(
                "Part of the link was badly encoded and was read as best we could.",
                &[],
            );
        }
        if self.route.view == View::Balance {
            let table = self.route.filter.table_part();
            if table != self.route.filter {
                self.say("The table of who gives and who gains is narrowed by theme and search only; the link's other filters were left out.", &[]);
                self.route.filter = table;
            }
        }
        Decoded {
            route: self.route,
            notices: self.notices.finish(),
        }
    }
}

/// The query string for a filter, with its `?`, or empty: each parameter of `PARAMS` the
/// route sets, in the table's order.
pub fn encode_query(filter: &Filter, embed: bool) -> String {
    let route = Route {
        filter: filter.clone(),
        embed,
        ..Route::default()
    };
    let parts: Vec<String> = PARAMS.iter().filter_map(|p| (p.write)(&route)).collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}
