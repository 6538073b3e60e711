//! The interface's languages: English and Ukrainian. Pure. So far: which language, the
//! Ukrainian plural rule ("1 пункт", "2 пункти", "5 пунктів"), the results count and dates
//! as Ukrainian writes them; the rest of the interface strings follow.

use crate::date::Date;

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
