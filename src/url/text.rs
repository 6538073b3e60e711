//! Text in and out of a URL: forgiving percent-coding, cutting input to a bound, the short
//! sanitised echo of hostile input that notices quote, and the notices themselves.

use super::MAX_NOTICES;
use crate::i18n::{fill, t, Lang, Noun};

/// Characters of hostile input a notice quotes.
const ECHO_CHARS: usize = 40;

/// What the overflow notice counts: "5 more parts", «ще 5 частин» (the accusative).
const PARTS: Noun = Noun {
    en: ["part", "parts"],
    uk: ["частину", "частини", "частин"],
};

pub(super) struct Notices(pub(super) Vec<String>, pub(super) Lang);

impl crate::filter::Notes for Notices {
    fn echo(&self, s: &str) -> String {
        echo(self.1, s)
    }

    fn say(&mut self, en: &'static str, args: &[&str]) {
        self.add(fill(t(self.1, en), args));
    }
}

impl Notices {
    pub(super) fn add(&mut self, text: String) {
        if !self.0.contains(&text) {
            self.0.push(text);
        }
    }

    pub(super) fn finish(self) -> Vec<String> {
        let mut list = self.0;
        if list.len() > MAX_NOTICES {
            let extra = list.len() - (MAX_NOTICES - 1);
            list.truncate(MAX_NOTICES - 1);
            list.push(fill(
                t(self.1, "…and {0} more {1} of the link were ignored."),
                &[&extra.to_string(), PARTS.form(self.1, extra)],
            ));
        }
        list
    }
}

/// A short, safe echo of hostile input: no control or direction-changing characters, at most
/// a few characters, in the language's quotes (“…” in English, «…» in Ukrainian).
pub fn echo(lang: Lang, input: &str) -> String {
    let mut out = String::new();
    let mut count = 0;
    for c in input.chars() {
        let invisible = c.is_control()
            || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}');
        if invisible {
            continue;
        }
        if count == ECHO_CHARS {
            out.push('…');
            break;
        }
        out.push(c);
        count += 1;
    }
    match lang {
        Lang::En => format!("“{out}”"),
        Lang::Uk => format!("«{out}»"),
    }
}

/// Cuts `s` to at most `max` bytes on a character boundary.
pub(super) fn clip(s: &str, max: usize) -> (&str, bool) {
    if s.len() <= max {
        return (s, false);
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    (&s[..end], true)
}

/// Percent-decoding, forgiving: a stray `%` stays as it is and bad UTF-8 becomes U+FFFD.
/// Returns the text and whether anything was malformed.
pub fn percent_decode(s: &str, plus_is_space: bool) -> (String, bool) {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut malformed = false;
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => match (
                bytes.get(i + 1).and_then(|&b| hex(b)),
                bytes.get(i + 2).and_then(|&b| hex(b)),
            ) {
                (Some(hi), Some(lo)) => {
                    out.push(hi << 4 | lo);
                    i += 3;
                    continue;
                }
                _ => {
                    malformed = true;
                    out.push(b'%');
                }
            },
            b'+' if plus_is_space => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    match String::from_utf8(out) {
        Ok(text) => (text, malformed),
        Err(e) => (String::from_utf8_lossy(e.as_bytes()).into_owned(), true),
    }
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
pub fn percent_encode(s: &str) -> String {
    encode_keeping(s, b"")
}

/// A query's value: as `percent_encode`, but ':' stays as it is (RFC 3986 allows it in a
/// query), so "stance=ru:objects" reads as it is written.
pub fn query_encode(s: &str) -> String {
    encode_keeping(s, b":")
}

/// Percent-encodes everything but RFC 3986's unreserved characters and `keep`.
fn encode_keeping(s: &str, keep: &[u8]) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') || keep.contains(&b)
        {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
