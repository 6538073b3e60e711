//! The interface's languages: English and Ukrainian. Pure. For now the plural rule, which
//! Ukrainian counts need ("1 пункт", "2 пункти", "5 пунктів"); the interface strings follow.

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
