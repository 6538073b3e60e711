//! The path table: each screen's path, and the prefixes of the point, event and comparison
//! pages, relative to the site's base (a language's prefix, `uk/`, before them). The codec
//! reads and writes paths with it, the generator names its pages with it, and the offline
//! worker's routing is written from it (`site::offline`).

use super::View;
use crate::timeline::Part;

/// The screens, each a page of its own: the points, the timeline's two parts (the plan's
/// range, and after the release) and the table of who gives, who gains. A view on another
/// screen is another page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Points,
    Timeline(Part),
    Balance,
}

/// Every screen and its path.
pub const SCREENS: [(Screen, &str); 4] = [
    (Screen::Points, ""),
    (Screen::Timeline(Part::Plan), "timeline"),
    (Screen::Timeline(Part::After), "timeline/after"),
    (Screen::Balance, "balance"),
];

/// A point's page: "p/12".
pub const POINT_PREFIX: &str = "p/";
/// An event's page: "timeline/<id>" (an id starts with the event's date).
pub const EVENT_PREFIX: &str = "timeline/";
/// The comparison of the later versions: "versions", and a point's: "versions/6".
pub const VERSIONS: &str = "versions";
/// Where each party stands on each point: "positions".
pub const POSITIONS: &str = "positions";
/// The data's corrections and changes log: "changes"; an entry is `changes#change-<id>`.
pub const CHANGES: &str = "changes";

/// The pages where nothing moves (no island, no script, no filter): the comparison of the
/// later versions, of every point or of one, and the positions matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StaticPage {
    Versions(Option<u32>),
    Positions,
    Changes,
}

impl StaticPage {
    /// The page's path: "versions", "versions/6", "positions".
    pub fn path(self) -> String {
        match self {
            StaticPage::Versions(point) => versions_path(point),
            StaticPage::Positions => POSITIONS.to_string(),
            StaticPage::Changes => CHANGES.to_string(),
        }
    }

    /// The path of the menu's tab that leads to this page's kind: "versions", "positions"
    /// (the changes log has no tab: it is linked from every footer).
    pub fn tab(self) -> &'static str {
        match self {
            StaticPage::Versions(_) => VERSIONS,
            StaticPage::Positions => POSITIONS,
            StaticPage::Changes => CHANGES,
        }
    }

    /// The static page at `path` (with or without the language's prefix), if it is one.
    pub fn at(path: &str) -> Option<StaticPage> {
        if let Some(point) = versions_page(path) {
            return Some(StaticPage::Versions(point));
        }
        match super::split_lang(path).1.trim_matches('/') {
            POSITIONS => Some(StaticPage::Positions),
            CHANGES => Some(StaticPage::Changes),
            _ => None,
        }
    }
}

impl Screen {
    /// The screen's path: "", "timeline", "timeline/after", "balance".
    pub fn path(self) -> &'static str {
        SCREENS
            .iter()
            .find(|(s, _)| *s == self)
            .map_or("", |(_, p)| p)
    }

    /// The screen whose path is `path` exactly.
    pub fn at(path: &str) -> Option<Screen> {
        SCREENS.iter().find(|(_, p)| *p == path).map(|(s, _)| *s)
    }

    /// The screen's page file in a build: "index.html", "timeline/after/index.html".
    pub fn page_file(self) -> String {
        match self.path() {
            "" => "index.html".to_string(),
            p => format!("{p}/index.html"),
        }
    }

    /// The view that shows the screen with nothing focused.
    pub fn view(self) -> View {
        match self {
            Screen::Points => View::Points,
            Screen::Timeline(part) => View::Timeline(part),
            Screen::Balance => View::Balance,
        }
    }

    pub fn is_timeline(self) -> bool {
        matches!(self, Screen::Timeline(_))
    }
}

/// The path of the comparison of the later versions: of every point, or of one.
pub fn versions_path(point: Option<u32>) -> String {
    match point {
        Some(n) => format!("{VERSIONS}/{n}"),
        None => VERSIONS.to_string(),
    }
}

/// The comparison pages' paths (static pages; the site writes one per point): "versions" is
/// `Some(None)`, "versions/6" `Some(Some(6))`, anything else `None`.
pub fn versions_page(path: &str) -> Option<Option<u32>> {
    let rest = super::split_lang(path)
        .1
        .trim_matches('/')
        .strip_prefix(VERSIONS)?;
    if rest.is_empty() {
        return Some(None);
    }
    let n = rest.strip_prefix('/')?;
    (!n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit()))
        .then(|| n.parse().ok())
        .flatten()
        .map(Some)
}

/// One segment after `prefix` ("p/12" after "p/" is "12"); `None` for another path or more
/// segments.
pub(super) fn after_prefix<'a>(path: &'a str, prefix: &str) -> Option<&'a str> {
    path.strip_prefix(prefix)
        .filter(|rest| !rest.is_empty() && !rest.contains('/'))
}
