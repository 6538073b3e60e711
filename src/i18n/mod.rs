//! The interface's languages: English and Ukrainian. Pure: which language a path is in, the
//! interface strings in each (`live` for what the islands render, compiled into the wasm;
//! `page` for the static pages' own, native only), the Ukrainian plural rule ("1 пункт",
//! "2 пункти", "5 пунктів"), counts and dates as each language writes them.
//!
//! The English text is the key: code writes `live(lang, "Reset filters")`, and the tables
//! (`live_uk.rs`, `pages_uk.rs`) give its Ukrainian. A string with no Ukrainian renders in
//! English and is recorded (natively), and the `site` binary fails the build on any.

mod live_uk;
#[cfg(not(target_arch = "wasm32"))]
mod pages_uk;

use crate::date::Date;
use crate::model::Precision;

/// A language of the interface. English is the site's root; Ukrainian lives under `uk/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Uk,
}

impl Lang {
    /// The `lang` attribute and `hreflang` value.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Uk => "uk",
        }
    }

    /// Where its pages live under the site's base: "" or "uk/".
    pub fn prefix(self) -> &'static str {
        match self {
            Lang::En => "",
            Lang::Uk => "uk/",
        }
    }

    /// The other language: where the language switch leads.
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Uk,
            Lang::Uk => Lang::En,
        }
    }

    /// The language a `lang` attribute names ("uk", "uk-UA"); English for anything else.
    pub fn from_code(code: &str) -> Lang {
        if code == "uk" || code.starts_with("uk-") {
            Lang::Uk
        } else {
            Lang::En
        }
    }

    /// The switch's label, in the language it leads to (so a reader finds their own).
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Uk => "Українська",
        }
    }
}

/// Every island's string in Ukrainian, keyed by its English (natively; the wasm has the keys).
pub use live_uk::LIVE_KEYS;
#[cfg(not(target_arch = "wasm32"))]
pub use live_uk::LIVE_UK;
#[cfg(not(target_arch = "wasm32"))]
pub use pages_uk::PAGES_UK;

#[cfg(not(target_arch = "wasm32"))]
fn find(table: &'static [(&'static str, &'static str)], en: &str) -> Option<&'static str> {
    table.iter().find(|(k, _)| *k == en).map(|(_, uk)| *uk)
}

/// Where the islands' Ukrainian is apart from its English keys: the separator of
/// `live_uk_attr` (no string holds a line break, which `tests` checks).
const LIVE_SEPARATOR: char = '\n';

/// The islands' Ukrainian, in `LIVE_KEYS`'s order, as one attribute value: what a Ukrainian
/// page with islands carries (`markup::DATA_STRINGS`) for the wasm, which has no Ukrainian.
#[cfg(not(target_arch = "wasm32"))]
pub fn live_uk_attr() -> String {
    let values: Vec<&str> = LIVE_UK.iter().map(|(_, uk)| *uk).collect();
    values.join(&LIVE_SEPARATOR.to_string())
}

/// `live_uk_attr` read back: one string per key, or `None` for a value of another build
/// (another count), which the wasm then leaves unused (the islands speak English).
pub fn parse_live_uk(attr: &str) -> Option<Vec<&str>> {
    let values: Vec<&str> = attr.split(LIVE_SEPARATOR).collect();
    (values.len() == LIVE_KEYS.len()).then_some(values)
}

/// The islands' Ukrainian in the browser, read from the page once (`install_live_uk`).
#[cfg(target_arch = "wasm32")]
static PAGE_UK: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();

/// Gives the wasm the islands' Ukrainian the page carries (`live_uk_attr`). Called once, at
/// start, on a Ukrainian page; `false` if the value is not this build's.
#[cfg(target_arch = "wasm32")]
pub fn install_live_uk(attr: String) -> bool {
    let attr: &'static str = attr.leak();
    parse_live_uk(attr).is_some_and(|values| PAGE_UK.set(values).is_ok())
}

/// An island's string in Ukrainian: from the table natively, from the page in the browser.
fn live_uk(en: &str) -> Option<&'static str> {
    #[cfg(not(target_arch = "wasm32"))]
    return find(LIVE_UK, en);
    #[cfg(target_arch = "wasm32")]
    {
        let i = LIVE_KEYS.iter().position(|k| *k == en)?;
        PAGE_UK.get()?.get(i).copied()
    }
}

/// An interface string: `en` in `lang`. The one entry point for every part of the app: the
/// static pages (`ui::context::Site::t`), the islands (`ui::state::PageState::t`), the titles
/// and the generator. Natively it reads the islands' table and the pages' table; the wasm has
/// only the islands' (`LIVE_KEYS`, with the Ukrainian from the page), so a string the browser
/// shows must be there
/// (`tests/translations.rs` checks each file under `src/ui/islands/` and the core the wasm
/// uses against it).
pub fn t(lang: Lang, en: &'static str) -> &'static str {
    if lang == Lang::En {
        return en;
    }
    if let Some(uk) = live_uk(en) {
        return uk;
    }
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(uk) = find(PAGES_UK, en) {
        return uk;
    }
    missing(en)
}

#[cfg(not(target_arch = "wasm32"))]
static MISSING: std::sync::Mutex<Vec<&'static str>> = std::sync::Mutex::new(Vec::new());

/// A string with no Ukrainian: shown in English, and (natively) recorded for `take_missing`.
fn missing(en: &'static str) -> &'static str {
    #[cfg(not(target_arch = "wasm32"))]
    if let Ok(mut list) = MISSING.lock() {
        if !list.contains(&en) {
            list.push(en);
        }
    }
    en
}

/// The strings asked for in Ukrainian that have none, since the last call (native only).
#[cfg(not(target_arch = "wasm32"))]
pub fn take_missing() -> Vec<&'static str> {
    MISSING
        .lock()
        .map(|mut l| std::mem::take(&mut *l))
        .unwrap_or_default()
}

/// A title to put inside quotation marks: in Ukrainian its own «…» become „…“, as quotes
/// inside quotes are written; English is left as it is.
pub fn inner_quotes(lang: Lang, text: &str) -> String {
    match lang {
        Lang::En => text.to_string(),
        Lang::Uk => text.replace('«', "„").replace('»', "“"),
    }
}

/// Fills `{0}`, `{1}`… in a translated template with `args`.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let slot = after
            .find('}')
            .and_then(|close| Some((after[..close].parse::<usize>().ok()?, close)));
        match slot {
            Some((i, close)) => {
                out.push_str(args.get(i).copied().unwrap_or(""));
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A counted noun in both languages: English one and other, Ukrainian one, few and many.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Noun {
    pub en: [&'static str; 2],
    pub uk: [&'static str; 3],
}

pub const POINTS: Noun = Noun {
    en: ["point", "points"],
    uk: POINTS_UK,
};
pub const RECORDS: Noun = Noun {
    en: ["record", "records"],
    uk: ["запис", "записи", "записів"],
};
pub const EVENTS: Noun = Noun {
    en: ["event", "events"],
    uk: EVENTS_UK,
};

impl Noun {
    /// The form `n` takes: "points", "пунктів".
    pub fn form(self, lang: Lang, n: usize) -> &'static str {
        match lang {
            Lang::En => self.en[usize::from(n != 1)],
            Lang::Uk => self.uk[plural_uk(n) as usize],
        }
    }

    /// "21 points", "21 пункт".
    pub fn count(self, lang: Lang, n: usize) -> String {
        format!("{n} {}", self.form(lang, n))
    }
}

/// The results count: "9 of 28 points", "All 28 points"; "9 пунктів із 28", "Усі 28 пунктів".
pub fn count_label(lang: Lang, shown: usize, total: usize, noun: Noun) -> String {
    match lang {
        Lang::En if shown == total => format!("All {total} {}", noun.en[1]),
        Lang::En => format!("{shown} of {total} {}", noun.en[1]),
        Lang::Uk => count_label_uk(shown, total, noun.uk),
    }
}

/// Abbreviated months as CLDR gives them for Ukrainian: "20 лист. 2025".
pub const MONTHS_ABBR_UK: [&str; 12] = [
    "січ.",
    "лют.",
    "бер.",
    "квіт.",
    "трав.",
    "черв.",
    "лип.",
    "серп.",
    "вер.",
    "жовт.",
    "лист.",
    "груд.",
];

/// A month's short name: "Nov", "лист.".
pub fn month_abbr(lang: Lang, d: Date) -> &'static str {
    match lang {
        Lang::En => d.month_abbr(),
        Lang::Uk => MONTHS_ABBR_UK[month_index(d)],
    }
}

/// "20 Nov 2025", "20 лист. 2025".
pub fn date_short(lang: Lang, d: Date) -> String {
    format!("{} {} {}", d.day, month_abbr(lang, d), d.year)
}

/// A month's heading: "November 2025", "Листопад 2025".
pub fn month_heading(lang: Lang, year: i32, month: u32) -> String {
    let d = Date::new(year, month, 1);
    match lang {
        Lang::En => format!("{} {year}", d.month_name()),
        Lang::Uk => {
            let name = MONTHS_NOMINATIVE_UK[month_index(d)];
            let mut chars = name.chars();
            let first = chars.next().map(|c| c.to_uppercase().collect::<String>());
            format!("{}{} {year}", first.unwrap_or_default(), chars.as_str())
        }
    }
}

/// An event's date as its card shows it, with its precision: "18 Mar", "~16 Nov",
/// "early Apr"; "18 бер.", "~16 лист.", "поч. квіт.".
pub fn event_date(lang: Lang, d: Date, precision: Precision) -> String {
    if lang == Lang::En {
        return crate::timeline::format_date(d, precision);
    }
    let m = MONTHS_ABBR_UK[month_index(d)];
    match precision {
        Precision::Day => format!("{} {m}", d.day),
        Precision::Approx => format!("~{} {m}", d.day),
        Precision::Early => format!("поч. {m}"),
        Precision::Mid => format!("середина {m}"),
        Precision::Late => format!("кін. {m}"),
        Precision::Month => m.to_string(),
    }
}

/// The same spelled out, for titles and screen readers: "18 March 2025", "about 16 November
/// 2025"; "18 березня 2025", "близько 16 листопада 2025", "на початку квітня 2025".
pub fn event_date_long(lang: Lang, d: Date, precision: Precision) -> String {
    if lang == Lang::En {
        return crate::timeline::format_date_long(d, precision);
    }
    let (m, y) = (MONTHS_GENITIVE_UK[month_index(d)], d.year);
    match precision {
        Precision::Day => date_long_uk(d),
        Precision::Approx => format!("близько {} {m} {y}", d.day),
        Precision::Early => format!("на початку {m} {y}"),
        Precision::Mid => format!("у середині {m} {y}"),
        Precision::Late => format!("наприкінці {m} {y}"),
        Precision::Month => month_uk(d),
    }
}

/// Month names after a day number, as Ukrainian writes dates: "20 листопада 2025".
pub const MONTHS_GENITIVE_UK: [&str; 12] = [
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня",
];

/// Month names alone, for a month's heading: "Листопад 2025".
pub const MONTHS_NOMINATIVE_UK: [&str; 12] = [
    "січень",
    "лютий",
    "березень",
    "квітень",
    "травень",
    "червень",
    "липень",
    "серпень",
    "вересень",
    "жовтень",
    "листопад",
    "грудень",
];

fn month_index(d: Date) -> usize {
    (d.month as usize).clamp(1, 12) - 1
}

/// "20 листопада 2025".
pub fn date_long_uk(d: Date) -> String {
    format!(
        "{} {} {}",
        d.day,
        MONTHS_GENITIVE_UK[month_index(d)],
        d.year
    )
}

/// "листопад 2025" (a heading capitalises it).
pub fn month_uk(d: Date) -> String {
    format!("{} {}", MONTHS_NOMINATIVE_UK[month_index(d)], d.year)
}

/// The results count in Ukrainian: "9 пунктів із 28", "Усі 28 пунктів". `forms`: the noun's
/// one, few and many forms (`POINTS_UK`, `EVENTS_UK`).
pub fn count_label_uk(shown: usize, total: usize, forms: [&str; 3]) -> String {
    let [one, few, many] = forms;
    if shown == total {
        format!("Усі {}", count_uk(total, one, few, many))
    } else {
        format!("{} із {total}", count_uk(shown, one, few, many))
    }
}

pub const POINTS_UK: [&str; 3] = ["пункт", "пункти", "пунктів"];
pub const EVENTS_UK: [&str; 3] = ["подія", "події", "подій"];

/// Which form of a counted noun a number takes in Ukrainian (the CLDR rule): `One` for 1, 21,
/// 31… (not 11); `Few` for 2–4, 22–24… (not 12–14); `Many` for the rest (0, 5–20, 25–30…).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    One,
    Few,
    Many,
}

pub fn plural_uk(n: usize) -> Plural {
    match (n % 10, n % 100) {
        (1, m) if m != 11 => Plural::One,
        (2..=4, m) if !(12..=14).contains(&m) => Plural::Few,
        _ => Plural::Many,
    }
}

/// "21 пункт", "22 пункти", "25 пунктів": `n` with the form of the noun it takes.
pub fn count_uk(n: usize, one: &str, few: &str, many: &str) -> String {
    let noun = match plural_uk(n) {
        Plural::One => one,
        Plural::Few => few,
        Plural::Many => many,
    };
    format!("{n} {noun}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `{0}`, `{1}`… a template takes, sorted.
    fn slots(s: &str) -> Vec<&str> {
        let mut out: Vec<&str> = s
            .match_indices('{')
            .filter_map(|(i, _)| {
                let rest = &s[i..];
                let end = rest.find('}')?;
                rest[1..end].parse::<usize>().ok().map(|_| &rest[..=end])
            })
            .collect();
        out.sort_unstable();
        out
    }

    #[test]
    fn the_islands_ukrainian_travels_in_the_page_and_reads_back_key_by_key() {
        for (en, uk) in LIVE_UK {
            assert!(
                !uk.contains(LIVE_SEPARATOR),
                "{en:?}: its Ukrainian holds the separator"
            );
        }
        let attr = live_uk_attr();
        let values = parse_live_uk(&attr).expect("one value per key");
        assert_eq!(values.len(), LIVE_KEYS.len());
        for ((en, uk), (key, value)) in LIVE_UK.iter().zip(LIVE_KEYS.iter().zip(values)) {
            assert_eq!((en, *uk), (key, value));
        }
        // Another build's value (one string more or less) is not used.
        assert_eq!(parse_live_uk(&format!("{attr}\nmore")), None);
        assert_eq!(parse_live_uk(""), None);
    }

    #[test]
    fn every_interface_string_has_its_ukrainian_with_the_same_slots() {
        let both = [("live_uk", LIVE_UK), ("pages_uk", PAGES_UK)];
        let mut keys = std::collections::HashSet::new();
        for (table, entries) in both {
            for &(en, uk) in entries {
                assert!(keys.insert(en), "{table}: {en:?} is in the tables twice");
                assert!(!uk.trim().is_empty(), "{table}: {en:?} has no Ukrainian");
                // A template of slots only ("{0} {1}" → "{1} {0}") only orders its words.
                let words = en.replace(|c: char| c.is_ascii_digit(), "");
                if words.chars().any(|c| c.is_ascii_alphabetic()) {
                    assert_ne!(en, uk, "{table}: {en:?} is not translated");
                    assert!(
                        uk.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)),
                        "{table}: {en:?} → {uk:?} has no Cyrillic"
                    );
                }
                assert_eq!(slots(en), slots(uk), "{table}: {en:?} → {uk:?}");
                assert!(
                    !uk.contains('“'),
                    "{table}: Ukrainian quotes are «…»: {uk:?}"
                );
            }
        }
        assert_eq!(t(Lang::Uk, "Reset filters"), "Скинути фільтри");
        assert_eq!(t(Lang::Uk, "Skip to content"), "Перейти до вмісту");
        assert_eq!(t(Lang::En, "Skip to content"), "Skip to content");
        assert!(take_missing().iter().all(|m| *m != "Reset filters"));
    }

    #[test]
    fn quotes_inside_quotes() {
        assert_eq!(
            inner_quotes(Lang::Uk, "Саміт «коаліції охочих»"),
            "Саміт „коаліції охочих“"
        );
        assert_eq!(inner_quotes(Lang::En, "a “b”"), "a “b”");
    }

    #[test]
    fn fill_puts_each_argument_in_its_slot() {
        assert_eq!(fill("{1} {0}", &["11", "збережено"]), "збережено 11");
        assert_eq!(fill("a {0} {x} {", &["b"]), "a b {x} {");
        assert_eq!(fill("{2}", &["a"]), "");
    }

    #[test]
    fn plural_forms_of_every_counted_noun() {
        let cases = [0, 1, 2, 5, 11, 21, 22, 25];
        let want = [
            (
                POINTS,
                [
                    "0 пунктів",
                    "1 пункт",
                    "2 пункти",
                    "5 пунктів",
                    "11 пунктів",
                    "21 пункт",
                    "22 пункти",
                    "25 пунктів",
                ],
            ),
            (
                EVENTS,
                [
                    "0 подій",
                    "1 подія",
                    "2 події",
                    "5 подій",
                    "11 подій",
                    "21 подія",
                    "22 події",
                    "25 подій",
                ],
            ),
            (
                RECORDS,
                [
                    "0 записів",
                    "1 запис",
                    "2 записи",
                    "5 записів",
                    "11 записів",
                    "21 запис",
                    "22 записи",
                    "25 записів",
                ],
            ),
        ];
        for (noun, forms) in want {
            for (n, form) in cases.iter().zip(forms) {
                assert_eq!(noun.count(Lang::Uk, *n), form);
            }
            assert_eq!(noun.count(Lang::En, 1), format!("1 {}", noun.en[0]));
            assert_eq!(noun.count(Lang::En, 21), format!("21 {}", noun.en[1]));
            assert_eq!(noun.count(Lang::En, 0), format!("0 {}", noun.en[1]));
        }
        for (n, want) in cases.iter().zip([
            "0 пунктів із 28",
            "1 пункт із 28",
            "2 пункти із 28",
            "5 пунктів із 28",
            "11 пунктів із 28",
            "21 пункт із 28",
            "22 пункти із 28",
            "25 пунктів із 28",
        ]) {
            assert_eq!(count_label(Lang::Uk, *n, 28, POINTS), want);
        }
    }

    #[test]
    fn dates_in_both_languages() {
        let d = Date::new(2025, 11, 20);
        assert_eq!(date_short(Lang::En, d), "20 Nov 2025");
        assert_eq!(date_short(Lang::Uk, d), "20 лист. 2025");
        assert_eq!(
            event_date_long(Lang::Uk, d, Precision::Day),
            "20 листопада 2025"
        );
        assert_eq!(month_heading(Lang::Uk, 2025, 11), "Листопад 2025");
        assert_eq!(month_heading(Lang::En, 2025, 11), "November 2025");
        assert_eq!(month_heading(Lang::En, 2025, 1), "January 2025");
        assert_eq!(event_date(Lang::Uk, d, Precision::Approx), "~20 лист.");
        assert_eq!(event_date(Lang::Uk, d, Precision::Early), "поч. лист.");
        assert_eq!(
            event_date_long(Lang::Uk, d, Precision::Late),
            "наприкінці листопада 2025"
        );
        assert_eq!(
            event_date_long(Lang::Uk, d, Precision::Month),
            "листопад 2025"
        );
        assert_eq!(
            event_date_long(Lang::En, d, Precision::Approx),
            "about 20 November 2025"
        );
        assert_eq!(Lang::from_code("uk-UA"), Lang::Uk);
        assert_eq!(Lang::from_code("en"), Lang::En);
        assert_eq!(Lang::Uk.other(), Lang::En);
    }

    #[test]
    fn counts_in_both_languages() {
        assert_eq!(count_label(Lang::En, 9, 28, POINTS), "9 of 28 points");
        assert_eq!(count_label(Lang::En, 28, 28, POINTS), "All 28 points");
        assert_eq!(count_label(Lang::Uk, 21, 54, EVENTS), "21 подія із 54");
        assert_eq!(RECORDS.count(Lang::En, 1), "1 record");
        assert_eq!(RECORDS.count(Lang::Uk, 2), "2 записи");
        assert_eq!(RECORDS.count(Lang::Uk, 5), "5 записів");
    }

    #[test]
    fn ukrainian_counts_and_dates() {
        assert_eq!(count_label_uk(9, 28, POINTS_UK), "9 пунктів із 28");
        assert_eq!(count_label_uk(1, 28, POINTS_UK), "1 пункт із 28");
        assert_eq!(count_label_uk(22, 28, POINTS_UK), "22 пункти із 28");
        assert_eq!(count_label_uk(0, 28, POINTS_UK), "0 пунктів із 28");
        assert_eq!(count_label_uk(28, 28, POINTS_UK), "Усі 28 пунктів");
        assert_eq!(count_label_uk(21, 54, EVENTS_UK), "21 подія із 54");
        assert_eq!(count_label_uk(54, 54, EVENTS_UK), "Усі 54 події");
        let d = Date::parse("2025-11-20").unwrap();
        assert_eq!(date_long_uk(d), "20 листопада 2025");
        assert_eq!(month_uk(d), "листопад 2025");
        assert_eq!(
            date_long_uk(Date::parse("2025-01-05").unwrap()),
            "5 січня 2025"
        );
        assert_eq!((Lang::Uk.code(), Lang::Uk.prefix()), ("uk", "uk/"));
        assert_eq!((Lang::En.code(), Lang::En.prefix()), ("en", ""));
    }

    #[test]
    fn ukrainian_plural_forms() {
        let points = |n| count_uk(n, "пункт", "пункти", "пунктів");
        for (n, want) in [
            (0, "0 пунктів"),
            (1, "1 пункт"),
            (2, "2 пункти"),
            (5, "5 пунктів"),
            (11, "11 пунктів"),
            (21, "21 пункт"),
            (22, "22 пункти"),
            (25, "25 пунктів"),
            (12, "12 пунктів"),
            (14, "14 пунктів"),
            (101, "101 пункт"),
            (111, "111 пунктів"),
            (112, "112 пунктів"),
            (124, "124 пункти"),
        ] {
            assert_eq!(points(n), want, "{n}");
        }
    }
}
