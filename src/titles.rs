//! What a page is called and how a record is cited: the titles of the screens, points and
//! events (the tab, the share cards), the whole citation line, and the words for a version's
//! outcome. Core: the `site` generator writes them into the pages, and the browser uses the
//! same functions (the tab's title on a change of view, "Cite"), so they compile into the wasm
//! and depend on nothing but `i18n`.

use crate::date::Date;
use crate::i18n::{self, fill, t, Lang, Noun};
use crate::timeline::Part;

/// The site's name: "Twenty-Eight", «Двадцять вісім».
pub fn site_name(lang: Lang) -> &'static str {
    t(lang, "Twenty-Eight")
}

/// "… · Twenty-Eight": a page's title ends with the site's name.
pub fn titled(lang: Lang, title: &str) -> String {
    format!("{title} · {}", site_name(lang))
}

/// `en` (with `{0}` for the count) filled with `n` of `noun`: "54 events from …",
/// «54 події — від …».
pub fn counted(lang: Lang, en: &'static str, n: usize, noun: Noun) -> String {
    fill(t(lang, en), &[&noun.count(lang, n)])
}

/// The page title of a screen (the tab, the share cards).
pub fn screen_title(lang: Lang, screen: crate::url::Screen) -> String {
    use crate::url::Screen;
    match screen {
        Screen::Points => t(lang, "Twenty-Eight: the US 28-point peace plan for Ukraine").into(),
        Screen::Timeline(Part::Plan) => titled(lang, t(lang, "Timeline, Jan–Nov 2025")),
        Screen::Timeline(Part::After) => titled(
            lang,
            t(lang, "Timeline after the release, from 22 Nov 2025"),
        ),
        Screen::Balance => titled(
            lang,
            t(lang, "Who gives, who gains: the 28 points by party"),
        ),
    }
}

/// "Point 21: Territory · Twenty-Eight"
pub fn point_title(lang: Lang, number: u32, title: &str) -> String {
    titled(
        lang,
        &fill(t(lang, "Point {0}: {1}"), &[&number.to_string(), title]),
    )
}

/// "Title (21 November 2025) · Twenty-Eight": an event page's title, from the event's title and
/// its date as `i18n::event_date_long` writes it.
pub fn event_title_from(lang: Lang, title: &str, when: &str) -> String {
    titled(lang, &format!("{title} ({when})"))
}

/// A whole citation: `citation`'s text, the address, and the access date.
pub fn cite_line(lang: Lang, citation: &str, url: &str, accessed: Date) -> String {
    fill(
        i18n::t(lang, "{0}, {1}. Accessed {2}."),
        &[citation, url, &i18n::date_short(lang, accessed)],
    )
}

/// A description of at most `max` characters, cut at a word.
pub fn clip_words(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max - 1).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.']))
}

/// An outcome in words: "not addressed", «не розглянуто».
/// A stance in words, in `lang`: "objects", «заперечення».
pub fn stance_label(lang: Lang, s: crate::model::Stance) -> &'static str {
    match lang {
        Lang::En => s.label(),
        Lang::Uk => s.label_uk(),
    }
}

pub fn outcome_label(lang: Lang, o: crate::model::Outcome) -> &'static str {
    match lang {
        Lang::En => o.label(),
        Lang::Uk => o.label_uk(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clips_at_words() {
        assert_eq!(clip_words("short", 10), "short");
        assert_eq!(clip_words("one two three four", 12), "one two…");
    }
}
