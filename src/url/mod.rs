//! The URL codec: view state ⇄ path + query. These URLs are the public contract (README).
//!
//! ```text
//! /                              all points
//! /?party=ua,ru&match=all&role=obliged&theme=territory&q=nato
//! /?changed=e3                   the points a later version changed (also kept=, dropped=,
//!                                merged=, not-addressed=, unknown=; one at a time)
//! /?stance=ru:objects            the points on which Russia's latest stated stance is
//!                                "objects" (party:stance; stances: supports, objects,
//!                                wants-changed, conditional, open)
//! /p/12                          point 12 focused (filters kept: /p/12?party=ua)
//! /timeline                      the timeline, 20 Jan to 21 Nov 2025 (takes party and match)
//! /timeline/after                the timeline after the release (takes party and match)
//! /timeline/<event-id>           one event focused
//! /versions                      the 28 points in the plan's later versions (a static page)
//! /versions/6                    point 6 across the later versions (a static page)
//! /positions                     where each party stands on each point (a static page)
//! /balance                       who gives, who gains: the points by party and role, as a
//!                                table (takes theme and q only)
//! ?embed=1                       any of the above without the page chrome
//! /uk/…                          any of the above in Ukrainian: /uk/, /uk/p/12?party=ua,
//!                                /uk/timeline/<event-id>, /uk/versions/6, /uk/balance
//! ```
//!
//! Paths are relative to the base the site is hosted under; the views strip and add it.
//! Every input is hostile: `decode` never panics, bounds what it keeps, and explains what it
//! ignored in short notices (echoing at most a few sanitised characters of the input).

mod paths;
mod query;
mod text;

pub use paths::{
    versions_page, versions_path, Screen, StaticPage, CHANGES, EVENT_PREFIX, POINT_PREFIX,
    POSITIONS, SCREENS, VERSIONS,
};
pub use query::encode_query;
pub use text::{echo, percent_decode, percent_encode};

use crate::filter::Filter;
pub use crate::filter::Known;
use crate::i18n::{fill, t, Lang};
use crate::timeline::Part;
use paths::after_prefix;
use query::Reading;
use text::{clip, Notices};

/// Which screen, and what is focused on it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Points,
    Point(u32),
    /// A part of the timeline: the plan's range, or after the release.
    Timeline(Part),
    Event(String),
    /// Who gives, who gains: the table of the points by party and role.
    Balance,
}

impl View {
    /// Every view a dataset has: each screen, each point and each event. The URL property
    /// tests draw their routes from it, so a view listed here is round-tripped; `kind`'s
    /// exhaustive match makes the compiler ask for a new variant, and a test that every kind
    /// is here.
    pub fn every(known: &Known) -> Vec<View> {
        let mut views: Vec<View> = SCREENS.iter().map(|(s, _)| s.view()).collect();
        views.extend((1..=known.point_count).map(View::Point));
        views.extend(known.event_ids.iter().map(|id| View::Event(id.to_string())));
        views
    }

    /// Which variant a view is, as a number below `View::KINDS`.
    pub fn kind(&self) -> usize {
        match self {
            View::Points => 0,
            View::Point(_) => 1,
            View::Timeline(Part::Plan) => 2,
            View::Timeline(Part::After) => 3,
            View::Event(_) => 4,
            View::Balance => 5,
        }
    }

    /// How many variants `View` has (`kind` numbers them).
    pub const KINDS: usize = 6;

    pub fn is_timeline(&self) -> bool {
        matches!(self, View::Timeline(_) | View::Event(_))
    }

    /// The screen of a view. An event's depends on its date: the plan's part here, and
    /// whoever knows the event's part (the page, `prerender`) decides.
    pub fn screen(&self) -> Screen {
        match self {
            View::Timeline(part) => Screen::Timeline(*part),
            View::Event(_) => Screen::Timeline(Part::Plan),
            View::Balance => Screen::Balance,
            View::Points | View::Point(_) => Screen::Points,
        }
    }
}

impl View {
    /// The part of `filter` this view takes: the table of who gives and who gains takes theme
    /// and search only; the others take it whole.
    pub fn carried(&self, filter: &Filter) -> Filter {
        if *self == View::Balance {
            filter.table_part()
        } else {
            filter.clone()
        }
    }
}

/// The language a path is in, and the rest of it: "uk/p/12" is Ukrainian "p/12"; a path
/// that does not start with the `uk` segment is English.
pub fn split_lang(path: &str) -> (Lang, &str) {
    let trimmed = path.trim_start_matches('/');
    match trimmed.strip_prefix("uk") {
        Some(rest) if rest.is_empty() || rest.starts_with('/') => (Lang::Uk, rest),
        _ => (Lang::En, path),
    }
}

/// Everything the URL holds.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Route {
    /// The language of the page: English at the root, Ukrainian under `uk/`.
    pub lang: Lang,
    pub view: View,
    pub filter: Filter,
    pub embed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub route: Route,
    /// What was ignored, for the reader. Empty for a clean link.
    pub notices: Vec<String>,
}

/// Query parameters read; the rest are ignored.
pub const MAX_PARAMS: usize = 32;
/// Bytes of path or query string read; the rest is ignored.
pub const MAX_INPUT_BYTES: usize = 8 * 1024;
/// Notices kept; more are summarised in one last line.
pub const MAX_NOTICES: usize = 6;
fn decode_path(path: &str, known: &Known<'_>, notices: &mut Notices) -> View {
    let lang = notices.1;
    let echo = |s: &str| echo(lang, s);
    let (path, _) = clip(path, MAX_INPUT_BYTES);
    let trimmed = path.trim_matches('/');
    let trimmed = trimmed
        .strip_suffix("index.html")
        .unwrap_or(trimmed)
        .trim_end_matches('/');
    let text = |seg: &str| percent_decode(seg, false).0;
    if let Some(screen) = Screen::at(trimmed) {
        return screen.view();
    }
    if trimmed == POINT_PREFIX.trim_end_matches('/') {
        return View::Points;
    }
    if let Some(n) = after_prefix(trimmed, POINT_PREFIX) {
        let raw = text(n);
        return match raw.parse::<u32>() {
            Ok(n) if raw.len() <= 3 && (1..=known.point_count).contains(&n) => View::Point(n),
            _ => {
                notices.add(fill(
                    t(lang, "There is no point {0} in the plan: it has points 1 to {1}. Showing all points instead."),
                    &[&echo(&raw), &known.point_count.to_string()],
                ));
                View::Points
            }
        };
    }
    if let Some(id) = after_prefix(trimmed, EVENT_PREFIX) {
        let raw = text(id);
        if known.event_ids.contains(&raw.as_str()) {
            return View::Event(raw);
        }
        notices.add(fill(
            t(
                lang,
                "The timeline has no event {0}. Showing the whole timeline instead.",
            ),
            &[&echo(&raw)],
        ));
        return View::Timeline(Part::Plan);
    }
    // The comparison pages are real pages; a path to one that does not exist lands here.
    let versions = format!("{VERSIONS}/");
    if let Some(n) = after_prefix(trimmed, &versions) {
        notices.add(fill(
            t(lang, "The comparison of later versions has no point {0}: it covers points 1 to {1}. Showing the plan instead."),
            &[&echo(&text(n)), &known.point_count.to_string()],
        ));
        return View::Points;
    }
    notices.add(fill(
        t(lang, "There is no page {0} here. Showing the plan instead."),
        &[&echo(&text(trimmed))],
    ));
    View::Points
}

/// The view one of the app's own links names (a path relative to the base), read without
/// checking that the record exists: the page it opens does that. `None` for any other path.
pub fn link_view(path: &str) -> Option<View> {
    let path = split_lang(path).1.trim_matches('/');
    if let Some(screen) = Screen::at(path) {
        return Some(screen.view());
    }
    if let Some(n) = after_prefix(path, POINT_PREFIX) {
        return n.parse().ok().map(View::Point);
    }
    after_prefix(path, EVENT_PREFIX).map(|id| View::Event(percent_decode(id, false).0))
}

/// Reads a URL (path relative to the site's base, and the query string without `?`).
pub fn decode(path: &str, query: &str, known: &Known<'_>) -> Decoded {
    let (lang, path) = split_lang(path);
    let mut notices = Notices(Vec::new(), lang);
    let view = decode_path(path, known, &mut notices);
    let mut r = Reading {
        route: Route {
            lang,
            view,
            ..Route::default()
        },
        notices,
        known,
        unknown_keys: Vec::new(),
        malformed: false,
    };
    let query = query.strip_prefix('?').unwrap_or(query);
    let (query, clipped) = clip(query, MAX_INPUT_BYTES);
    if clipped {
        let kb = (MAX_INPUT_BYTES / 1024).to_string();
        r.say(
            "The link was too long; only its first {0} KB were read.",
            &[&kb],
        );
    }
    let mut seen: Vec<usize> = Vec::new();
    for (i, pair) in query.split('&').filter(|p| !p.is_empty()).enumerate() {
        if i == MAX_PARAMS {
            let max = MAX_PARAMS.to_string();
            r.say(
                "The link has too many parameters; only the first {0} were read.",
                &[&max],
            );
            break;
        }
        r.pair(pair, &mut seen);
    }
    r.finish()
}

/// The path of a view, relative to the base: "", "p/12", "timeline", "timeline/<id>".
pub fn encode_path(view: &View) -> String {
    match view {
        View::Point(n) => format!("{POINT_PREFIX}{n}"),
        View::Event(id) => format!("{EVENT_PREFIX}{}", percent_encode(id)),
        v => v.screen().path().to_string(),
    }
}

/// Path and query of a route, relative to the base: "p/12?party=ua", "uk/p/12?party=ua".
pub fn encode(route: &Route) -> String {
    format!(
        "{}{}{}",
        route.lang.prefix(),
        encode_path(&route.view),
        encode_query(&route.filter, route.embed)
    )
}

/// The path part of an absolute URL such as `document.baseURI`, always ending in `/`:
/// `https://example.org/twenty-eight/` → `/twenty-eight/`.
pub fn base_path(base_uri: &str) -> String {
    let after_scheme = base_uri
        .split_once("://")
        .map_or(base_uri, |(_, rest)| rest);
    let path = after_scheme.find('/').map_or("/", |i| &after_scheme[i..]);
    let path = path.split(['?', '#']).next().unwrap_or("/");
    // A base that names a file (".../index.html") means its folder.
    let folder = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    if folder.is_empty() {
        "/".to_string()
    } else {
        folder.to_string()
    }
}

/// `pathname` relative to `base` (both as the browser gives them). A path outside the base
/// is returned whole, so the decoder reports it as unknown.
pub fn relative_to_base<'a>(pathname: &'a str, base: &str) -> &'a str {
    if let Some(rest) = pathname.strip_prefix(base) {
        rest
    } else if pathname == base.trim_end_matches('/') {
        ""
    } else {
        pathname
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::{Later, Match, MAX_QUERY_CHARS};
    use crate::model::{Outcome, Role};

    const PARTIES: [&str; 5] = ["ua", "ru", "us", "eu", "nato"];
    const THEMES: [&str; 3] = ["territory", "nato", "security"];
    const EVENTS: [&str; 2] = ["2025-02-28-oval-office", "2025-11-20-draft-published"];
    const VERSIONS: [&str; 2] = ["e3", "us-ua-20"];

    fn known() -> Known<'static> {
        Known {
            parties: &PARTIES,
            themes: &THEMES,
            versions: &VERSIONS,
            point_count: 28,
            event_ids: &EVENTS,
        }
    }

    fn dec(path: &str, query: &str) -> Decoded {
        decode(path, query, &known())
    }

    #[test]
    fn ukrainian_addresses_are_the_same_views_under_uk() {
        let d = dec("uk/p/21", "party=ua");
        assert_eq!(d.route.lang, Lang::Uk);
        assert_eq!(d.route.view, View::Point(21));
        assert_eq!(d.route.filter.parties, ["ua"]);
        assert!(d.notices.is_empty());
        assert_eq!(encode(&d.route), "uk/p/21?party=ua");
        for (path, view) in [
            ("uk", View::Points),
            ("uk/", View::Points),
            ("/uk/index.html", View::Points),
            ("uk/timeline", View::Timeline(Part::Plan)),
            ("uk/timeline/after", View::Timeline(Part::After)),
            (
                "uk/timeline/2025-02-28-oval-office",
                View::Event("2025-02-28-oval-office".into()),
            ),
            ("uk/balance", View::Balance),
        ] {
            let d = dec(path, "");
            assert_eq!((d.route.lang, &d.route.view), (Lang::Uk, &view), "{path}");
            assert!(d.notices.is_empty(), "{path}");
        }
        assert_eq!(versions_page("uk/versions/6"), Some(Some(6)));
        assert_eq!(versions_page("uk/versions"), Some(None));
        assert_eq!(StaticPage::at("uk/positions"), Some(StaticPage::Positions));
        assert_eq!(StaticPage::at("/positions/"), Some(StaticPage::Positions));
        assert_eq!(StaticPage::at("uk/changes"), Some(StaticPage::Changes));
        assert_eq!(
            StaticPage::at("uk/versions/6"),
            Some(StaticPage::Versions(Some(6)))
        );
        for other in ["positions/1", "position", "p/positions", "", "uk/"] {
            assert_eq!(StaticPage::at(other), None, "{other}");
        }
        for page in [
            StaticPage::Positions,
            StaticPage::Changes,
            StaticPage::Versions(None),
            StaticPage::Versions(Some(3)),
        ] {
            assert_eq!(StaticPage::at(&page.path()), Some(page));
        }
        assert_eq!(link_view("uk/p/3"), Some(View::Point(3)));
        // English stays at the root, and a path that merely starts with "uk" is English.
        assert_eq!(dec("p/21", "").route.lang, Lang::En);
        let d = dec("ukraine", "");
        assert_eq!((d.route.lang, &d.route.view), (Lang::En, &View::Points));
        assert_eq!(d.notices.len(), 1);
        assert_eq!(split_lang("uk/p/2"), (Lang::Uk, "/p/2"));
        assert_eq!(split_lang("ukp/2"), (Lang::En, "ukp/2"));
    }

    #[test]
    fn a_ukrainian_link_s_notices_are_in_ukrainian() {
        let d = dec(
            "uk/p/99",
            "party=xx&role=boss&match=some&embed=2&zz=1&q=a%ZZ",
        );
        assert_eq!(d.route.view, View::Points);
        let all = d.notices.join("\n");
        assert!(
            all.contains("У плані немає пункту «99»: у ньому пункти від 1 до 28."),
            "{all}"
        );
        assert!(
            all.contains("Проігноровано невідому сторону «xx»."),
            "{all}"
        );
        assert!(all.contains("Проігноровано невідому роль «boss»"), "{all}");
        for n in &d.notices {
            assert!(
                n.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)),
                "{n}"
            );
            assert!(!n.contains('“'), "Ukrainian quotes: {n}");
        }
        let t = dec("uk/timeline/no-such", "");
        assert_eq!(t.route.view, View::Timeline(Part::Plan));
        assert_eq!(
            t.notices,
            ["У хронології немає події «no-such». Натомість показано всю хронологію."]
        );
        let b = dec("uk/balance", "party=ua");
        assert!(b.notices[0].starts_with("Таблицю «Хто дає, хто отримує»"));
        let v = dec("uk/versions/99", "");
        assert!(v.notices[0].starts_with("У порівнянні пізніших версій немає пункту «99»"));
        let u = dec("uk/nowhere", "a=1&b=2");
        assert_eq!(
            u.notices[0],
            "Сторінки «nowhere» тут немає. Натомість показано план."
        );
        assert_eq!(u.notices[1], "Проігноровано невідомі параметри «a», «b».");
    }

    #[test]
    fn the_overflow_notice_counts_in_ukrainian_plural_forms() {
        // MAX_NOTICES - 1 kept, the rest counted: 21 частину, 2 частини, 5 частин (more than
        // one is always left out: the last line takes the place of one).
        for (extra, want) in [
            (21, "…і ще 21 частину"),
            (2, "…і ще 2 частини"),
            (5, "…і ще 5 частин"),
        ] {
            let parties: Vec<String> = (0..MAX_NOTICES - 1 + extra)
                .map(|i| format!("x{i}"))
                .collect();
            let d = dec("uk/", &format!("party={}", parties.join(",")));
            let last = d.notices.last().unwrap();
            assert!(last.starts_with(want), "{extra}: {last}");
            assert_eq!(d.notices.len(), MAX_NOTICES);
        }
    }

    #[test]
    fn reads_the_documented_urls() {
        let d = dec(
            "/",
            "party=ua,ru&match=all&role=obliged&theme=territory&q=nato",
        );
        assert!(d.notices.is_empty(), "{:?}", d.notices);
        assert_eq!(d.route.view, View::Points);
        assert_eq!(d.route.filter.parties, vec!["ua", "ru"]);
        assert_eq!(d.route.filter.matching, Match::All);
        assert_eq!(d.route.filter.role, Some(Role::Obliged));
        assert_eq!(d.route.filter.theme.as_deref(), Some("territory"));
        assert_eq!(d.route.filter.query, "nato");

        assert_eq!(dec("/p/12", "").route.view, View::Point(12));
        assert_eq!(dec("p/12/", "party=ua").route.filter.parties, vec!["ua"]);
        assert_eq!(dec("/timeline", "").route.view, View::Timeline(Part::Plan));
        assert_eq!(
            dec("/timeline/2025-02-28-oval-office", "").route.view,
            View::Event("2025-02-28-oval-office".into())
        );
        assert!(dec("", "embed=1").route.embed);
        assert_eq!(dec("index.html", "").route.view, View::Points);
    }

    #[test]
    fn the_table_takes_theme_and_search_only_and_says_what_it_left_out() {
        let d = dec("/balance", "theme=territory&q=gas");
        assert_eq!(d.route.view, View::Balance);
        assert_eq!(d.route.filter.theme.as_deref(), Some("territory"));
        assert_eq!(d.route.filter.query, "gas");
        assert!(d.notices.is_empty());
        assert_eq!(encode(&d.route), "balance?theme=territory&q=gas");
        let d = dec("/balance/", "party=ua&role=obliged&changed=e3&q=gas");
        assert_eq!(
            d.route.filter,
            Filter {
                query: "gas".into(),
                ..Filter::default()
            }
        );
        assert_eq!(d.notices.len(), 1, "{:?}", d.notices);
        // Carried over from another view, the filter loses what the table does not take.
        let f = Filter {
            parties: vec!["ua".into()],
            theme: Some("energy".into()),
            ..Filter::default()
        };
        assert_eq!(View::Balance.carried(&f).parties.len(), 0);
        assert_eq!(View::Points.carried(&f), f);
        assert_eq!(link_view("balance"), Some(View::Balance));
        assert_eq!(View::Balance.screen(), Screen::Balance);
        assert!(!Screen::Balance.is_timeline());
    }

    #[test]
    fn names_the_comparison_pages_and_answers_a_missing_one() {
        assert_eq!(versions_page("versions"), Some(None));
        assert_eq!(versions_page("/versions/"), Some(None));
        assert_eq!(versions_page("versions/6"), Some(Some(6)));
        for other in [
            "",
            "p/6",
            "versions/x",
            "versions/6/7",
            "versions/1234",
            "versionsx",
        ] {
            assert_eq!(versions_page(other), None, "{other}");
        }
        let d = dec("/versions/99", "");
        assert_eq!(d.route.view, View::Points);
        assert_eq!(
            d.notices,
            ["The comparison of later versions has no point “99”: it covers points 1 to 28. Showing the plan instead."]
        );
    }

    #[test]
    fn reads_one_later_version_filter_and_explains_the_rest() {
        let d = dec("/", "changed=e3&party=ua");
        assert!(d.notices.is_empty(), "{:?}", d.notices);
        let later = Later {
            version: "e3".into(),
            outcome: Outcome::Changed,
        };
        assert_eq!(d.route.filter.later, Some(later.clone()));
        assert_eq!(encode(&d.route), "?party=ua&changed=e3");
        let d = dec("/", "dropped=us-ua-20&kept=e3&changed=e9");
        assert_eq!(
            d.route.filter.later.map(|l| l.code()),
            Some("dropped:us-ua-20".into())
        );
        assert_eq!(
            d.notices,
            [
                "Only one later-version filter at a time: ignored kept=“e3”.",
                "Only one later-version filter at a time: ignored changed=“e9”."
            ]
        );
        let d = dec("/", "not-addressed=%3Cb%3E");
        assert_eq!(d.route.filter.later, None);
        assert_eq!(
            d.notices,
            ["Ignored not-addressed=“<b>”: no later version of the plan has that code."]
        );
    }

    #[test]
    fn reads_a_stance_and_explains_a_malformed_one() {
        let d = dec("/p/3", "stance=ru:objects&party=ua");
        assert!(d.notices.is_empty(), "{:?}", d.notices);
        assert_eq!(
            d.route.filter.stance.as_ref().map(|s| s.code()),
            Some("ru:objects".into())
        );
        assert_eq!(encode(&d.route), "p/3?party=ua&stance=ru:objects");
        for (query, notice) in [
            ("stance=ru", "Ignored stance=“ru”: write a party and a stance, e.g. ru:objects (stances: supports, objects, wants-changed, conditional, open)."),
            ("stance=ru:maybe", "Ignored stance=“ru:maybe”: write a party and a stance, e.g. ru:objects (stances: supports, objects, wants-changed, conditional, open)."),
            ("stance=xx:objects", "Ignored stance=“xx:objects”: no party has that code."),
            ("stance=:objects", "Ignored stance=“:objects”: write a party and a stance, e.g. ru:objects (stances: supports, objects, wants-changed, conditional, open)."),
        ] {
            let d = dec("/", query);
            assert_eq!(d.route.filter.stance, None, "{query}");
            assert_eq!(d.notices, [notice], "{query}");
        }
        let d = dec("/", "stance=ru:objects&stance=ua:supports");
        assert_eq!(
            d.route.filter.stance.map(|s| s.code()),
            Some("ru:objects".into())
        );
        assert_eq!(d.notices.len(), 1, "{:?}", d.notices);
    }

    #[test]
    fn writes_canonical_urls() {
        let mut route = dec("/p/3", "q=a b&party=nato,ua&role=named").route;
        assert_eq!(encode(&route), "p/3?party=ua,nato&role=named&q=a%20b");
        route.view = View::Timeline(Part::Plan);
        route.filter = Filter::default();
        assert_eq!(encode(&route), "timeline");
        assert_eq!(encode(&Route::default()), "");
    }

    #[test]
    fn unknown_points_fall_back_with_a_notice() {
        for bad in [
            "29",
            "0",
            "abc",
            "-1",
            "99999999999999999999",
            "12.5",
            "%31%32%33%34",
            "012a",
        ] {
            let d = dec(&format!("/p/{bad}"), "");
            assert_eq!(d.route.view, View::Points, "{bad}");
            assert_eq!(d.notices.len(), 1, "{bad}: {:?}", d.notices);
            assert!(d.notices[0].contains("no point"), "{:?}", d.notices);
        }
        let d = dec("/timeline/nope", "");
        assert_eq!(d.route.view, View::Timeline(Part::Plan));
        assert!(d.notices[0].contains("no event “nope”"));
        let d = dec("/../../etc/passwd", "");
        assert_eq!(d.route.view, View::Points);
        assert!(d.notices[0].contains("no page"));
    }

    #[test]
    fn hostile_queries_are_ignored_with_notices() {
        let d = dec("/", "party=ua,xx,ua&party=ru&match=maybe&role=king");
        assert_eq!(d.route.filter.parties, vec!["ua"]);
        assert_eq!(d.route.filter.matching, Match::Any);
        assert_eq!(d.route.filter.role, None);
        let all = d.notices.join("\n");
        for expected in [
            "unknown party “xx”",
            "more than once",
            "match=",
            "unknown role",
        ] {
            assert!(all.contains(expected), "missing {expected:?} in\n{all}");
        }
        let d = dec("/", "theme=%3Cscript%3E&zzz=1&q=%E0%A4%A");
        assert_eq!(d.route.filter.theme, None);
        let all = d.notices.join("\n");
        for expected in [
            "unknown theme “<script>”",
            "unknown parameter “zzz”",
            "badly encoded",
        ] {
            assert!(all.contains(expected), "missing {expected:?} in\n{all}");
        }
        let d = dec(
            "/p/99",
            "a=1&b=2&match=x&role=y&theme=z&party=q&embed=maybe&q=%",
        );
        assert_eq!(d.notices.len(), MAX_NOTICES);
        assert!(d.notices[MAX_NOTICES - 1].contains("more parts of the link were ignored"));
    }

    #[test]
    fn long_values_are_cut() {
        let long = "a".repeat(100_000);
        let d = dec("/", &format!("q={long}"));
        assert_eq!(d.route.filter.query.chars().count(), MAX_QUERY_CHARS);
        assert!(d.notices.iter().any(|n| n.contains("too long")));
        let d = dec(&format!("/p/{long}"), "");
        assert!(d.notices[0].len() < 200, "echo is bounded");
    }

    #[test]
    fn echo_strips_direction_marks_and_controls() {
        assert_eq!(echo(Lang::En, "a\u{202E}b\u{0}c\u{200F}"), "“abc”");
        assert_eq!(echo(Lang::En, &"x".repeat(50)).chars().count(), 40 + 3);
    }

    #[test]
    fn finds_the_base_path() {
        assert_eq!(base_path("http://127.0.0.1:8080/"), "/");
        assert_eq!(
            base_path("https://example.org/twenty-eight/"),
            "/twenty-eight/"
        );
        assert_eq!(
            base_path("https://example.org/twenty-eight/index.html?x#y"),
            "/twenty-eight/"
        );
        assert_eq!(base_path("https://example.org"), "/");
        assert_eq!(
            relative_to_base("/twenty-eight/p/12", "/twenty-eight/"),
            "p/12"
        );
        assert_eq!(relative_to_base("/twenty-eight", "/twenty-eight/"), "");
        assert_eq!(
            relative_to_base("/other/p/1", "/twenty-eight/"),
            "/other/p/1"
        );
    }

    #[test]
    fn percent_decoding_is_forgiving() {
        assert_eq!(percent_decode("a%20b+c", true), ("a b c".into(), false));
        assert_eq!(percent_decode("100%", false), ("100%".into(), true));
        assert_eq!(percent_decode("%FF", false), ("\u{FFFD}".into(), true));
        assert_eq!(percent_decode("%C3%A9", false), ("é".into(), false));
    }

    #[test]
    fn links_name_their_view() {
        assert_eq!(link_view(""), Some(View::Points));
        assert_eq!(link_view("timeline"), Some(View::Timeline(Part::Plan)));
        assert_eq!(link_view("p/12"), Some(View::Point(12)));
        assert_eq!(
            link_view("timeline/2025-02-28-a%20b"),
            Some(View::Event("2025-02-28-a b".into()))
        );
        for other in ["p/x", "p/12/x", "sources", "https:", "p/-1"] {
            assert_eq!(link_view(other), None, "{other}");
        }
        for view in [View::Point(3), View::Event("2025-11-20-x".into())] {
            assert_eq!(link_view(&encode_path(&view)), Some(view));
        }
    }
}
