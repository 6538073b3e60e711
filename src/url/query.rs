//! The query string: the filter's parameters (`filter::PARAMS`: which keys are each one's, how
//! a value is read, how it is written back) and `embed`, read with their notices and written
//! back in one order.

use super::text::{echo, percent_decode, query_encode, Notices};
use super::{Decoded, Known, Route, View};
use crate::filter::{Filter, PARAMS};
use crate::i18n::{fill, t};

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
        // The filter's parameters, then `embed` (numbered after them).
        let filter = PARAMS.iter().position(|p| (p.is)(&key));
        let Some(i) = filter.or((key == "embed").then_some(PARAMS.len())) else {
            if self.unknown_keys.len() < 3 {
                let key = self.echo(&key);
                self.unknown_keys.push(key);
            }
            return;
        };
        if PARAMS.get(i).is_none_or(|p| p.once) {
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
        match PARAMS.get(i) {
            Some(p) => (p.read)(
                &mut self.route.filter,
                &key,
                &value,
                self.known,
                &mut self.notices,
            ),
            None => self.embed(&value),
        }
    }

    fn embed(&mut self, value: &str) {
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

/// The query string for a filter, with its `?`, or empty: each of the filter's parameters
/// (`filter::PARAMS`) it sets, in the table's order, then `embed`.
pub fn encode_query(filter: &Filter, embed: bool) -> String {
    let mut parts: Vec<String> = PARAMS
        .iter()
        .filter_map(|p| (p.write)(filter))
        .map(|(key, values)| {
            let values: Vec<String> = values.iter().map(|v| query_encode(v)).collect();
            format!("{key}={}", values.join(","))
        })
        .collect();
    if embed {
        parts.push("embed=1".to_string());
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}
