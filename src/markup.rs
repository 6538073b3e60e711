//! The markup contract: the one place a class, id or `data-*` key the islands read is written;
//! components write through it and the browser code reads through it.
//!
//! The pages are rendered at build time (`ui`'s static components); in the browser `ui::islands::records_dom`,
//! `balance_dom`, `copy`, `ui::live` and `ui::browser` find the records, their
//! keys and their controls again by these names. A `SEL_*` selector is written next to the
//! names it is made of (the tests below check it is made of them); `READ_BY_ISLANDS` and
//! `KEYS_READ` list what the browser reads, and `tests/markup_contract.rs` renders every page
//! type and checks each of them there. The values of the `data-*` keys are `crate::facets`'s
//! codec (`roles_attr` / `parse_roles`, `list_attr` / `parse_list`, `later_attr` /
//! `parse_later`, `stances_attr` / `parse_stances`); the records' element ids are encoded and decoded here. Classes only the
//! stylesheet reads stay in the components.

// The point cards (`/`, `/p/N`).

/// A point card's list item; carries `DATA_ROLES`, `DATA_THEMES`, `DATA_LATER` and
/// `DATA_STANCES`.
pub const CARD_ITEM: &str = "card-item";
pub const SEL_CARD_ITEM: &str = "li.card-item";
/// The card, `<article id="point-N">` (`point_id`).
pub const CARD: &str = "card";
pub const SEL_CARD: &str = "article.card";
/// The text of a card's title: searched, and the point page's title.
pub const CARD_TITLE_TEXT: &str = "card-title-text";
pub const SEL_CARD_TITLE_TEXT: &str = ".card-title-text";
/// A card's or an event's summary: searched.
pub const SUMMARY: &str = "summary";
pub const SEL_SUMMARY: &str = ".summary";
/// The text of a sub-point: searched.
pub const SUB_TEXT: &str = "sub-text";
pub const SEL_SUB_TEXT: &str = ".sub-text";

// The records' filter keys (values: `crate::facets`).

/// Each party with its role: "ua:obliged ru:benefits" (`facets::roles_attr`).
pub const DATA_ROLES: &str = "data-roles";
/// Theme codes: "territory security" (`facets::list_attr`).
pub const DATA_THEMES: &str = "data-themes";
/// What each later version did with the point: "e3:changed" (`facets::later_attr`).
pub const DATA_LATER: &str = "data-later";
/// Each party's latest stated stance on the point: "ru:objects" (`facets::stances_attr`).
pub const DATA_STANCES: &str = "data-stances";
/// An event's party codes (`facets::list_attr`).
pub const DATA_PARTIES: &str = "data-parties";
/// A table row's searchable text, already folded (`facets::PointKeys::text`).
pub const DATA_TEXT: &str = "data-text";

// The timeline (`/timeline`, `/timeline/after`, `/timeline/<id>`).

/// An event's list item; carries `DATA_PARTIES`.
pub const EVENT_ITEM: &str = "event-item";
pub const SEL_EVENT_ITEM: &str = "li.event-item";
/// The event, `<article id="event-<id>">` (`event_id`).
pub const EVENT: &str = "event";
pub const SEL_EVENT: &str = "article.event";
/// An event's title, in its article: the event page's title.
pub const SEL_EVENT_TITLE: &str = "h3";
/// An event's date, in its article; its `title` is the long form.
pub const SEL_EVENT_DATE: &str = "time";
/// A month's section of events, hidden when none of its events is shown.
pub const MONTH: &str = "month";
pub const SEL_MONTH: &str = "section.month";
/// An event's mark on the overview, in the events' order.
pub const MARK_GROUP: &str = "mark-group";
pub const SEL_MARK_GROUP: &str = "g.mark-group";
/// Which part of the timeline a page is (on its records' wrapper).
pub const DATA_PART: &str = "data-part";
/// `DATA_PART` on the part after the release; the part before has none.
pub const PART_AFTER: &str = "after";
pub const SEL_PART_AFTER: &str = "[data-part=\"after\"]";

// The table of who gives and who gains (`/balance`).

/// A point's row, `<tr id="row-N">` (`row_id`); carries `DATA_ROLES`, `DATA_THEMES` and
/// `DATA_TEXT`.
pub const BALANCE_ROW: &str = "balance-row";
pub const SEL_BALANCE_ROW: &str = "tr.balance-row";
/// The table.
pub const BALANCE: &str = "balance";
/// A role cell's or a total's link: `DATA_PARTY`, `DATA_ROLE` and, in a cell, `DATA_POINT`.
pub const SEL_BALANCE_LINK: &str = "table.balance a[data-role]";
/// A party's code (a link's, a bar's).
pub const DATA_PARTY: &str = "data-party";
/// A role's code (`model::Role::code`).
pub const DATA_ROLE: &str = "data-role";
/// A point's number (a role cell's link).
pub const DATA_POINT: &str = "data-point";
/// A party's bar of obliged against benefits; carries `DATA_PARTY`.
pub const BAR: &str = "bar";
pub const SEL_BAR: &str = "svg.bar";
/// A bar's two parts, obliged then benefits, in its `svg`.
pub const SEL_BAR_PART: &str = "rect";

// Every page's records.

/// Every record's item, in page order: a card's, an event's or a row's.
pub const SEL_RECORD_ITEM: &str = "li.card-item, li.event-item, tr.balance-row";
/// A record, whose id names it (`parse_point_id`, `parse_event_id`).
pub const SEL_RECORD: &str = "article";
/// The focused record (the one the address names); the boot script scrolls to it.
pub const FOCUSED: &str = "focused";
pub const SEL_FOCUSED: &str = "article.focused";
/// The empty state, shown when no record matches.
pub const EMPTY: &str = "empty";
pub const SEL_EMPTY: &str = ".empty";
/// The empty state's "Reset filters".
pub const SEL_EMPTY_RESET: &str = ".empty button";
/// A record's "Copy link".
pub const COPY: &str = "copy";
pub const SEL_COPY: &str = "button.copy";
/// A record's "Cite"; carries `DATA_CITE`.
pub const CITE: &str = "cite";
pub const SEL_CITE: &str = "button.cite";
/// The citation's fixed part (`site::citation`).
pub const DATA_CITE: &str = "data-cite";
/// The text to copy by hand where the clipboard is refused (written by the browser).
pub const COPY_FALLBACK: &str = "copy-fallback";
pub const SEL_COPY_FALLBACK_INPUT: &str = ".copy-fallback input";

// The page around them.

/// The filter bar, whose controls the reader may set before the wasm arrives. Each control
/// is named as its URL parameter (`filter::Edit::from_control` reads it, `Filter::shown` sets
/// it).
pub const FILTERS: &str = "filters";
pub const SEL_FILTER_CONTROL: &str = ".filters input, .filters select";
/// The filter bar's live count of what is shown.
pub const FILTER_COUNT: &str = "count";
pub const SEL_FILTER_COUNT: &str = ".filters .count";
/// The filter bar's "Reset filters".
pub const FILTER_RESET: &str = "reset";
pub const SEL_FILTER_RESET: &str = ".filters button.reset";
/// What the folded filter bar says is set (" · 2 active").
pub const FOLD_STATE: &str = "fold-state";
pub const SEL_FOLD_STATE: &str = ".filters .fold-state";
/// "Download CSV" and "Download JSON" of what is shown; `DATA_FORMAT` says which.
pub const EXPORT: &str = "export";
pub const SEL_EXPORT: &str = ".filters button.export";
pub const DATA_FORMAT: &str = "data-format";
pub const FORMAT_CSV: &str = "csv";
pub const FORMAT_JSON: &str = "json";
/// The header's view tabs, each carrying `DATA_TAB` (its screen's path, `url::Screen::at`),
/// whose links the menu's island keeps carrying the filters; and the language switch.
pub const VIEWS: &str = "views";
pub const DATA_TAB: &str = "data-tab";
pub const SEL_TAB: &str = "nav.views a[data-tab]";
pub const LANG_SWITCH: &str = "lang-switch";
pub const SEL_LANG_SWITCH: &str = ".lang-switch a";
/// The screen readers' live region (an id).
pub const ANNOUNCER: &str = "announcer";
/// On a Ukrainian page with islands: the element whose `DATA_STRINGS` holds the islands'
/// Ukrainian (`i18n::live_uk_attr`), which the wasm reads at start instead of carrying it.
/// English pages have none (`tests/markup_contract.rs`).
pub const LIVE_STRINGS: &str = "live-strings";
pub const SEL_LIVE_STRINGS: &str = "#live-strings";
pub const DATA_STRINGS: &str = "data-strings";
pub const SEL_ANNOUNCER: &str = "#announcer";
/// The page's main part.
pub const SEL_MAIN: &str = "main";
/// On `main` once every island is live (the browser writes it; the browser tests wait for it).
pub const DATA_READY: &str = "data-ready";

// The records' element ids.

const POINT_PREFIX: &str = "point-";
const EVENT_PREFIX: &str = "event-";
const ROW_PREFIX: &str = "row-";

/// "point-12": a point card's id.
pub fn point_id(number: u32) -> String {
    format!("{POINT_PREFIX}{number}")
}

/// The number in a point card's id; `None` for anything `point_id` does not write.
pub fn parse_point_id(id: &str) -> Option<u32> {
    number(id.strip_prefix(POINT_PREFIX)?)
}

/// "event-2025-02-28-oval-office-clash": an event's id.
pub fn event_id(event: &str) -> String {
    format!("{EVENT_PREFIX}{event}")
}

/// The event's id in an event article's id.
pub fn parse_event_id(id: &str) -> Option<&str> {
    id.strip_prefix(EVENT_PREFIX).filter(|e| !e.is_empty())
}

/// "row-12": a point's row of the table.
pub fn row_id(number: u32) -> String {
    format!("{ROW_PREFIX}{number}")
}

/// The number in a row's id.
pub fn parse_row_id(id: &str) -> Option<u32> {
    number(id.strip_prefix(ROW_PREFIX)?)
}

/// "point-12-title": the id of a record's heading (its `aria-labelledby`).
pub fn title_id(record_id: &str) -> String {
    format!("{record_id}-title")
}

/// Digits as `u32`'s `Display` writes them: no sign, no leading zero.
fn number(digits: &str) -> Option<u32> {
    let canonical =
        digits.bytes().all(|b| b.is_ascii_digit()) && (digits == "0" || !digits.starts_with('0'));
    if !canonical {
        return None;
    }
    digits.parse().ok()
}

// What the browser reads, and where: `tests/markup_contract.rs` checks it on rendered pages.

/// A kind of page the islands run on (each also in Ukrainian, under `uk/`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageType {
    /// `/`: the 28 cards.
    Points,
    /// `/p/N`: the cards, one focused.
    Point,
    /// `/timeline`: the events to the release.
    Timeline,
    /// `/timeline/after`: the events after it.
    After,
    /// `/timeline/<id>`: its part's events, one focused.
    Event,
    /// `/balance`: the table.
    Balance,
}

use PageType::{After, Balance, Event, Point, Points, Timeline};

const EVERY: &[PageType] = &[Points, Point, Timeline, After, Event, Balance];
const CARDS: &[PageType] = &[Points, Point];
const EVENTS: &[PageType] = &[Timeline, After, Event];
const RECORDS: &[PageType] = &[Points, Point, Timeline, After, Event];
const TABLE: &[PageType] = &[Balance];

/// Every selector the browser code finds elements by, with the pages where it must match.
/// (`SEL_COPY_FALLBACK_INPUT` is not here: the browser writes what it finds.)
pub const READ_BY_ISLANDS: &[(&str, &[PageType])] = &[
    (SEL_CARD_ITEM, CARDS),
    (SEL_CARD, CARDS),
    (SEL_CARD_TITLE_TEXT, CARDS),
    (SEL_SUMMARY, RECORDS),
    (SEL_SUB_TEXT, CARDS),
    (SEL_EVENT_ITEM, EVENTS),
    (SEL_EVENT, EVENTS),
    (SEL_EVENT_TITLE, EVENTS),
    (SEL_EVENT_DATE, EVENTS),
    (SEL_MONTH, EVENTS),
    (SEL_MARK_GROUP, EVENTS),
    (SEL_PART_AFTER, &[After]),
    (SEL_BALANCE_ROW, TABLE),
    (SEL_BALANCE_LINK, TABLE),
    (SEL_BAR, TABLE),
    (SEL_BAR_PART, TABLE),
    (SEL_RECORD_ITEM, EVERY),
    (SEL_RECORD, RECORDS),
    (SEL_FOCUSED, &[Point, Event]),
    (SEL_EMPTY, EVERY),
    (SEL_EMPTY_RESET, &[Points, Point, Balance]),
    (SEL_COPY, RECORDS),
    (SEL_CITE, RECORDS),
    (SEL_FILTER_CONTROL, EVERY),
    (SEL_FILTER_COUNT, EVERY),
    (SEL_FILTER_RESET, EVERY),
    (SEL_FOLD_STATE, EVERY),
    (SEL_EXPORT, RECORDS),
    (SEL_TAB, EVERY),
    (SEL_LANG_SWITCH, EVERY),
    (SEL_ANNOUNCER, EVERY),
    (SEL_MAIN, EVERY),
];

/// Every `data-*` key the browser reads: (the elements, the key, the pages); each element the
/// selector matches there must carry it.
pub const KEYS_READ: &[(&str, &str, &[PageType])] = &[
    (SEL_CARD_ITEM, DATA_ROLES, CARDS),
    (SEL_CARD_ITEM, DATA_THEMES, CARDS),
    (SEL_CARD_ITEM, DATA_LATER, CARDS),
    (SEL_CARD_ITEM, DATA_STANCES, CARDS),
    (SEL_EVENT_ITEM, DATA_PARTIES, EVENTS),
    (SEL_BALANCE_ROW, DATA_ROLES, TABLE),
    (SEL_BALANCE_ROW, DATA_THEMES, TABLE),
    (SEL_BALANCE_ROW, DATA_TEXT, TABLE),
    (SEL_BALANCE_LINK, DATA_PARTY, TABLE),
    (SEL_BALANCE_LINK, DATA_ROLE, TABLE),
    (SEL_BAR, DATA_PARTY, TABLE),
    (SEL_CITE, DATA_CITE, RECORDS),
    (SEL_EXPORT, DATA_FORMAT, RECORDS),
    (SEL_TAB, DATA_TAB, EVERY),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_selector_is_made_of_its_names() {
        let made = [
            (SEL_CARD_ITEM, format!("li.{CARD_ITEM}")),
            (SEL_CARD, format!("article.{CARD}")),
            (SEL_CARD_TITLE_TEXT, format!(".{CARD_TITLE_TEXT}")),
            (SEL_SUMMARY, format!(".{SUMMARY}")),
            (SEL_SUB_TEXT, format!(".{SUB_TEXT}")),
            (SEL_EVENT_ITEM, format!("li.{EVENT_ITEM}")),
            (SEL_EVENT, format!("article.{EVENT}")),
            (SEL_MONTH, format!("section.{MONTH}")),
            (SEL_MARK_GROUP, format!("g.{MARK_GROUP}")),
            (SEL_PART_AFTER, format!("[{DATA_PART}=\"{PART_AFTER}\"]")),
            (SEL_BALANCE_ROW, format!("tr.{BALANCE_ROW}")),
            (SEL_BALANCE_LINK, format!("table.{BALANCE} a[{DATA_ROLE}]")),
            (SEL_BAR, format!("svg.{BAR}")),
            (
                SEL_RECORD_ITEM,
                format!("{SEL_CARD_ITEM}, {SEL_EVENT_ITEM}, {SEL_BALANCE_ROW}"),
            ),
            (SEL_FOCUSED, format!("article.{FOCUSED}")),
            (SEL_EMPTY, format!(".{EMPTY}")),
            (SEL_EMPTY_RESET, format!("{SEL_EMPTY} button")),
            (SEL_COPY, format!("button.{COPY}")),
            (SEL_CITE, format!("button.{CITE}")),
            (SEL_COPY_FALLBACK_INPUT, format!(".{COPY_FALLBACK} input")),
            (
                SEL_FILTER_CONTROL,
                format!(".{FILTERS} input, .{FILTERS} select"),
            ),
            (SEL_FILTER_COUNT, format!(".{FILTERS} .{FILTER_COUNT}")),
            (
                SEL_FILTER_RESET,
                format!(".{FILTERS} button.{FILTER_RESET}"),
            ),
            (SEL_FOLD_STATE, format!(".{FILTERS} .{FOLD_STATE}")),
            (SEL_EXPORT, format!(".{FILTERS} button.{EXPORT}")),
            (SEL_TAB, format!("nav.{VIEWS} a[{DATA_TAB}]")),
            (SEL_LANG_SWITCH, format!(".{LANG_SWITCH} a")),
            (SEL_ANNOUNCER, format!("#{ANNOUNCER}")),
            (SEL_LIVE_STRINGS, format!("#{LIVE_STRINGS}")),
        ];
        for (selector, parts) in made {
            assert_eq!(selector, parts);
        }
        for name in [
            DATA_ROLES,
            DATA_THEMES,
            DATA_LATER,
            DATA_STANCES,
            DATA_PARTIES,
            DATA_TEXT,
            DATA_PART,
            DATA_PARTY,
            DATA_ROLE,
            DATA_POINT,
            DATA_CITE,
            DATA_FORMAT,
            DATA_TAB,
            DATA_READY,
        ] {
            assert!(name.starts_with("data-"), "{name}");
        }
    }

    #[test]
    fn record_ids_read_back_what_was_written() {
        for n in [0, 1, 12, 28, u32::MAX] {
            assert_eq!(parse_point_id(&point_id(n)), Some(n));
            assert_eq!(parse_row_id(&row_id(n)), Some(n));
        }
        assert_eq!(point_id(12), "point-12");
        assert_eq!(row_id(12), "row-12");
        let event = "2025-02-28-oval-office-clash";
        assert_eq!(event_id(event), "event-2025-02-28-oval-office-clash");
        assert_eq!(parse_event_id(&event_id(event)), Some(event));
        assert_eq!(title_id(&point_id(3)), "point-3-title");
    }

    #[test]
    fn other_ids_are_no_record() {
        for id in [
            "",
            "point-",
            "point-x",
            "point-+1",
            "point-01",
            "point- 1",
            "point-1-title",
            "row-",
            "event-1",
            "points-1",
            "point-99999999999",
        ] {
            assert_eq!(parse_point_id(id), None, "{id:?}");
        }
        for id in ["", "row-", "row-01", "row--1", "point-1"] {
            assert_eq!(parse_row_id(id), None, "{id:?}");
        }
        for id in ["", "event-", "point-1", "events-x"] {
            assert_eq!(parse_event_id(id), None, "{id:?}");
        }
    }
}
