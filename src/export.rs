//! The data as files a reader takes away: CSV (RFC 4180, with cells that a spreadsheet would
//! run as a formula neutralised) and TimelineJS's JSON for the events. Pure; the `site` binary
//! writes the full downloads at build time (`site::downloads`).

use crate::date::Date;
use crate::filter::{Filter, Match};
use crate::model::{Dataset, Event, Point, Precision};

/// The build's whole exports, under the site's base: the browser cuts its exports of the
/// records shown from them (`csv_subset`, `json_subset`).
pub const POINTS_CSV: &str = "downloads/twenty-eight-points.csv";
pub const EVENTS_CSV: &str = "downloads/twenty-eight-events.csv";
pub const POINTS_JSON: &str = "downloads/twenty-eight-points.json";
pub const EVENTS_JSON: &str = "downloads/twenty-eight-events.json";

/// A records file's path in `lang`: the Ukrainian ones are under `downloads/uk/`.
pub fn in_lang(lang: crate::i18n::Lang, path: &str) -> String {
    match path.strip_prefix("downloads/") {
        Some(name) => format!("downloads/{}{name}", lang.prefix()),
        None => path.to_string(),
    }
}

/// A cell a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, or a tab or carriage
/// return first) gets a leading apostrophe, so it is shown as text and never run.
pub fn neutralise(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

/// One CSV field: neutralised, then quoted (every field is, which RFC 4180 allows), with
/// quotes doubled.
fn field(cell: &str) -> String {
    format!("\"{}\"", neutralise(cell).replace('"', "\"\""))
}

/// Rows as CSV: fields separated by commas, records by CRLF (RFC 4180), the first row the
/// header.
pub fn csv(rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    for row in rows {
        let fields: Vec<String> = row.iter().map(|c| field(c)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A source as an export names it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SourceRef {
    pub outlet: String,
    /// ISO date, as the data has it.
    pub date: String,
    pub url: String,
}

fn source_refs(data: &Dataset, ids: &[String]) -> Vec<SourceRef> {
    ids.iter()
        .filter_map(|id| data.source(id))
        .map(|s| SourceRef {
            outlet: s.outlet.clone(),
            date: s.date.clone(),
            url: s.url.clone(),
        })
        .collect()
}

/// "outlet, date, URL" for each source, separated by " | ".
fn sources_cell(sources: &[SourceRef]) -> String {
    sources
        .iter()
        .map(|s| format!("{}, {}, {}", s.outlet, s.date, s.url))
        .collect::<Vec<_>>()
        .join(" | ")
}

/// A point as the exports write it. Natively made from the data (`PointRecord::of`); in the
/// browser read from the shown cards, so an export holds exactly what the reader sees.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PointRecord {
    pub number: u32,
    pub title: String,
    pub summary: String,
    /// "a) text".
    pub subpoints: Vec<String>,
    /// "Ukraine: obliged".
    pub roles: Vec<String>,
    /// Theme labels.
    pub themes: Vec<String>,
    /// The status's code: "leaked", "official", "reported", "read-out".
    pub status: String,
    /// How the sources differ, if they do.
    pub disputed: String,
    /// Each party's latest stated stance on the point (`Dataset::cell`).
    pub positions: Vec<PositionRef>,
    pub sources: Vec<SourceRef>,
    /// The address of the record in the view it came from.
    pub link: String,
}

/// A party's latest statement on a point, as the exports cite it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PositionRef {
    /// The party's short name, and its code.
    pub party: String,
    pub code: String,
    /// The stance's code: "objects".
    pub stance: String,
    /// When it was said, ISO.
    pub date: String,
    /// The statement's id in `positions.json`.
    pub statement: String,
}

impl PositionRef {
    /// "Russia: objects (2025-11-21)".
    fn cell(&self) -> String {
        format!("{}: {} ({})", self.party, self.stance, self.date)
    }

    fn json(&self) -> String {
        format!(
            "{{\"party\": {}, \"stance\": {}, \"date\": {}, \"statement\": {}}}",
            json_string(&self.code),
            json_string(&self.stance),
            json_string(&self.date),
            json_string(&self.statement)
        )
    }
}

impl PointRecord {
    pub fn of(data: &Dataset, p: &Point, link: &str) -> Self {
        PointRecord {
            number: p.number,
            title: p.title.clone(),
            summary: p.summary.clone(),
            subpoints: p
                .subpoints
                .iter()
                .map(|s| format!("{}) {}", s.label, s.text))
                .collect(),
            roles: p
                .parties
                .iter()
                .map(|r| format!("{}: {}", data.party_short(&r.party), r.role.code()))
                .collect(),
            themes: p
                .themes
                .iter()
                .map(|t| data.theme(t).map_or(t.clone(), |x| x.label.clone()))
                .collect(),
            status: p.status.code().to_string(),
            disputed: p.dispute.as_ref().map_or(String::new(), |d| d.note.clone()),
            positions: data
                .latest_statements(p.number)
                .into_iter()
                .map(|s| PositionRef {
                    party: data.party_short(&s.party),
                    code: s.party.clone(),
                    stance: s.stance.code().to_string(),
                    date: s.date.clone(),
                    statement: s.id.clone(),
                })
                .collect(),
            sources: source_refs(data, &p.sources),
            link: link.to_string(),
        }
    }

    /// The record as a CSV row, in `POINT_COLUMNS`' order.
    pub fn row(&self) -> Vec<String> {
        vec![
            self.number.to_string(),
            self.title.clone(),
            self.summary.clone(),
            self.subpoints.join("; "),
            self.roles.join("; "),
            self.themes.join("; "),
            self.status.clone(),
            self.disputed.clone(),
            self.positions
                .iter()
                .map(PositionRef::cell)
                .collect::<Vec<_>>()
                .join("; "),
            sources_cell(&self.sources),
            self.link.clone(),
        ]
    }

    fn json(&self) -> String {
        let positions: Vec<String> = self.positions.iter().map(PositionRef::json).collect();
        format!(
            "{{\"number\": {}, \"title\": {}, \"summary\": {}, \"subpoints\": {}, \"parties_and_roles\": {}, \"themes\": {}, \"status\": {}, \"disputed\": {}, \"positions\": [{}], \"sources\": {}, \"link\": {}}}",
            self.number,
            json_string(&self.title),
            json_string(&self.summary),
            json_list(&self.subpoints),
            json_list(&self.roles),
            json_list(&self.themes),
            json_string(&self.status),
            json_string(&self.disputed),
            positions.join(", "),
            json_sources(&self.sources),
            json_string(&self.link)
        )
    }
}

pub const POINT_COLUMNS: [&str; 11] = [
    "number",
    "title",
    "summary",
    "sub-points",
    "parties and roles (editorial)",
    "themes",
    "status",
    "disputed",
    "where the parties stand (latest statement)",
    "sources",
    "link",
];

/// An event as the exports write it (see `PointRecord`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EventRecord {
    pub id: String,
    /// ISO date.
    pub date: String,
    /// "day", "approx", "early", "mid", "late", "month".
    pub precision: String,
    pub title: String,
    pub summary: String,
    /// Party names (short).
    pub parties: Vec<String>,
    /// The numbers of the points it concerns.
    pub points: Vec<u32>,
    pub status: String,
    pub sources: Vec<SourceRef>,
    pub link: String,
}

impl EventRecord {
    pub fn of(data: &Dataset, e: &Event, link: &str) -> Self {
        EventRecord {
            id: e.id.clone(),
            date: e.date.clone(),
            precision: precision_word(e.precision).to_string(),
            title: e.title.clone(),
            summary: e.summary.clone(),
            parties: e.parties.iter().map(|p| data.party_short(p)).collect(),
            points: e.points.clone(),
            status: e.status.code().to_string(),
            sources: source_refs(data, &e.sources),
            link: link.to_string(),
        }
    }

    /// The record as a CSV row, in `EVENT_COLUMNS`' order.
    pub fn row(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.date.clone(),
            self.precision.clone(),
            self.title.clone(),
            self.summary.clone(),
            self.parties.join("; "),
            join_numbers(&self.points, "; "),
            self.status.clone(),
            sources_cell(&self.sources),
            self.link.clone(),
        ]
    }

    fn json(&self) -> String {
        format!(
            "{{\"id\": {}, \"date\": {}, \"precision\": {}, \"title\": {}, \"summary\": {}, \"parties\": {}, \"points\": [{}], \"status\": {}, \"sources\": {}, \"link\": {}}}",
            json_string(&self.id),
            json_string(&self.date),
            json_string(&self.precision),
            json_string(&self.title),
            json_string(&self.summary),
            json_list(&self.parties),
            join_numbers(&self.points, ", "),
            json_string(&self.status),
            json_sources(&self.sources),
            json_string(&self.link)
        )
    }
}

pub const EVENT_COLUMNS: [&str; 10] = [
    "id",
    "date",
    "precision",
    "title",
    "summary",
    "parties",
    "points",
    "status",
    "sources",
    "link",
];

/// The points as CSV, header first.
pub fn points_csv(records: &[PointRecord]) -> String {
    let mut rows = vec![POINT_COLUMNS.map(String::from).to_vec()];
    rows.extend(records.iter().map(PointRecord::row));
    csv(&rows)
}

/// The events as CSV, header first.
pub fn events_csv(records: &[EventRecord]) -> String {
    let mut rows = vec![EVENT_COLUMNS.map(String::from).to_vec()];
    rows.extend(records.iter().map(EventRecord::row));
    csv(&rows)
}

/// The points of a view as JSON: `{"view": <its address>, "points": [...]}`, one record per
/// line, each starting with its key (`{"number": 12, `) and ending with its link (what
/// `json_subset` relies on).
pub fn points_json(view: &str, records: &[PointRecord]) -> String {
    let items: Vec<String> = records.iter().map(PointRecord::json).collect();
    json_document(view, "points", &items)
}

/// The events of a view as JSON: `{"view": <its address>, "events": [...]}` (as `points_json`;
/// the key is `"id"`).
pub fn events_json(view: &str, records: &[EventRecord]) -> String {
    let items: Vec<String> = records.iter().map(EventRecord::json).collect();
    json_document(view, "events", &items)
}

fn json_document(view: &str, list: &str, items: &[String]) -> String {
    format!(
        "{{\"view\": {},\n\"{list}\": [\n{}\n]}}\n",
        json_string(view),
        items.join(",\n")
    )
}

/// The records of a whole CSV export (as `points_csv` and `events_csv` write it) that
/// `link_for` names by their key (the first field: a point's number, an event's id), in the
/// file's order, each with its link (the last field) replaced by the one `link_for` gives:
/// how the browser exports the records it shows, from the build's own file.
pub fn csv_subset(full: &str, link_for: &dyn Fn(&str) -> Option<String>) -> (String, usize) {
    let mut out = String::new();
    let mut kept = 0;
    for (i, record) in csv_records(full).enumerate() {
        if i == 0 {
            out.push_str(record);
            out.push_str("\r\n");
            continue;
        }
        let key = record
            .strip_prefix('"')
            .and_then(|r| r.split('"').next())
            .unwrap_or("");
        // Every field is quoted and a link holds no quote: its field starts after the last `,"`.
        let (Some(link), Some(cut)) = (link_for(key), record.rfind(",\"")) else {
            continue;
        };
        out.push_str(&record[..=cut]);
        out.push_str(&field(&link));
        out.push_str("\r\n");
        kept += 1;
    }
    (out, kept)
}

/// The records of a CSV text, without their CRLF: a CRLF inside quotes is part of a field.
fn csv_records(text: &str) -> impl Iterator<Item = &str> {
    let mut quoted = false;
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut ends = Vec::new();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'"' {
            quoted = !quoted;
        } else if b == b'\r' && !quoted && bytes.get(i + 1) == Some(&b'\n') {
            ends.push((start, i));
            start = i + 2;
        }
    }
    ends.into_iter().map(move |(a, b)| &text[a..b])
}

/// As `csv_subset`, for a whole JSON export (`points_json` or `events_json`): the records
/// `link_for` names, under `view`'s address.
pub fn json_subset(
    full: &str,
    view: &str,
    link_for: &dyn Fn(&str) -> Option<String>,
) -> (String, usize) {
    let mut lines = full.lines();
    let _view = lines.next();
    let list = lines
        .next()
        .and_then(|l| l.strip_prefix('"'))
        .and_then(|l| l.split('"').next())
        .unwrap_or("records");
    let items: Vec<String> = lines
        .filter_map(|line| {
            let record = line.strip_suffix(',').unwrap_or(line);
            // `{"number": 12, ` or `{"id": "2025-…", `: the key is the first value.
            let (_, rest) = record.strip_prefix("{\"")?.split_once("\": ")?;
            let key = rest.split(", \"").next()?.trim_matches('"');
            let link = link_for(key)?;
            let cut = record.rfind(", \"link\": ")?;
            Some(format!(
                "{}, \"link\": {}}}",
                &record[..cut],
                json_string(&link)
            ))
        })
        .collect();
    let kept = items.len();
    (json_document(view, list, &items), kept)
}

fn join_numbers(numbers: &[u32], separator: &str) -> String {
    numbers
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(separator)
}

fn json_list(items: &[String]) -> String {
    let items: Vec<String> = items.iter().map(|s| json_string(s)).collect();
    format!("[{}]", items.join(", "))
}

fn json_sources(sources: &[SourceRef]) -> String {
    let items: Vec<String> = sources
        .iter()
        .map(|s| {
            format!(
                "{{\"outlet\": {}, \"date\": {}, \"url\": {}}}",
                json_string(&s.outlet),
                json_string(&s.date),
                json_string(&s.url)
            )
        })
        .collect();
    format!("[{}]", items.join(", "))
}

/// The name of an export of a filtered view, saying the filter:
/// `twenty-eight-points-party-ua-role-obliged.csv`. `records`: "points", "events" or
/// "events-after". Only `[a-z0-9-]` (the search text is cut to a short slug).
pub fn file_name(records: &str, filter: &Filter, extension: &str) -> String {
    let mut parts = vec![format!("twenty-eight-{records}")];
    if !filter.parties.is_empty() {
        parts.push(format!("party-{}", filter.parties.join("-")));
        if filter.matching == Match::All && filter.parties.len() > 1 {
            parts.push("all".to_string());
        }
    }
    if let Some(role) = filter.role {
        parts.push(format!("role-{}", role.code()));
    }
    if let Some(theme) = &filter.theme {
        parts.push(format!("theme-{theme}"));
    }
    if let Some(later) = &filter.later {
        parts.push(format!("{}-{}", later.outcome.code(), later.version));
    }
    if let Some(stance) = &filter.stance {
        parts.push(format!("stance-{}-{}", stance.party, stance.stance.code()));
    }
    let words = slug(&filter.query, 30);
    if !words.is_empty() {
        parts.push(format!("q-{words}"));
    }
    let name = slug(&parts.join("-"), 150);
    format!("{name}.{extension}")
}

/// Lower-case ASCII letters and digits, runs of anything else as one hyphen, at most `max`
/// characters, no hyphen at either end.
fn slug(text: &str, max: usize) -> String {
    let mut out = String::new();
    for c in crate::fold::fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= max {
            break;
        }
    }
    out.trim_end_matches('-').to_string()
}

fn precision_word(p: Precision) -> &'static str {
    match p {
        Precision::Day => "day",
        Precision::Approx => "approx",
        Precision::Early => "early",
        Precision::Mid => "mid",
        Precision::Late => "late",
        Precision::Month => "month",
    }
}

/// Escapes text for TimelineJS, which reads headlines and texts as HTML.
fn html(text: &str) -> String {
    crate::html::escape(text)
}

/// A JSON string literal.
pub fn json_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The events in TimelineJS's JSON format (https://timeline.knightlab.com/docs/json-format.html):
/// `start_date` (a month-precise date leaves out the day), `text.headline`, `text.text` (the
/// summary, then the sources as links), `group` (the first party) and `unique_id` (our id).
/// `link` gives an event's address on this site.
pub fn timelinejs(data: &Dataset, events: &[&Event], link: &dyn Fn(&Event) -> String) -> String {
    let items: Vec<String> = events
        .iter()
        .map(|e| {
            // Validated dates; an unreadable one would read as the plan's last day.
            let d = Date::parse(&e.date).unwrap_or(crate::timeline::TIMELINE_END);
            let (year, month, day) = (d.year, d.month, d.day);
            let date = if e.precision == Precision::Month {
                format!("{{\"year\": {year}, \"month\": {month}}}")
            } else {
                format!("{{\"year\": {year}, \"month\": {month}, \"day\": {day}}}")
            };
            let sources: Vec<String> = e
                .sources
                .iter()
                .filter_map(|id| data.source(id))
                .map(crate::html::source_link)
                .collect();
            let text = format!(
                "<p>{}</p><p>Sources: {}</p><p><a href=\"{}\">On Twenty-Eight</a></p>",
                html(&e.summary),
                sources.join("; "),
                html(&link(e))
            );
            let group = e
                .parties
                .first()
                .map_or(String::new(), |p| data.party_short(p));
            format!(
                "{{\"start_date\": {date}, \"text\": {{\"headline\": {}, \"text\": {}}}, \"group\": {}, \"unique_id\": {}}}",
                json_string(&html(&e.title)),
                json_string(&text),
                json_string(&group),
                json_string(&e.id)
            )
        })
        .collect();
    format!(
        "{{\"title\": {{\"text\": {{\"headline\": \"Twenty-Eight: the timeline of the US 28-point plan\", \"text\": \"Sourced events, from twenty-eight's data.\"}}}},\n\"events\": [\n{}\n]}}\n",
        items.join(",\n")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised_and_the_rest_kept() {
        for bad in ["=1+1", "+cmd", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(neutralise(bad), format!("'{bad}"));
        }
        for good in ["", "600,000", "a \"quote\"", "'already"] {
            assert_eq!(neutralise(good), good);
        }
    }

    #[test]
    fn fields_are_quoted_and_records_end_with_crlf() {
        let rows = vec![
            vec!["a".to_string(), "b,c".to_string()],
            vec!["say \"hi\"".to_string(), "line\nbreak".to_string()],
        ];
        assert_eq!(
            csv(&rows),
            "\"a\",\"b,c\"\r\n\"say \"\"hi\"\"\",\"line\nbreak\"\r\n"
        );
    }

    #[test]
    fn file_names_say_the_filter_in_safe_characters() {
        use crate::filter::Later;
        use crate::model::{Outcome, Role};
        assert_eq!(
            file_name("points", &Filter::default(), "csv"),
            "twenty-eight-points.csv"
        );
        let f = Filter {
            parties: vec!["ua".into()],
            ..Filter::default()
        };
        assert_eq!(
            file_name("points", &f, "csv"),
            "twenty-eight-points-party-ua.csv"
        );
        let f = Filter {
            parties: vec!["ua".into(), "ru".into()],
            matching: Match::All,
            role: Some(Role::Obliged),
            theme: Some("energy".into()),
            later: Some(Later {
                version: "e3".into(),
                outcome: Outcome::Changed,
            }),
            stance: crate::filter::PartyStance::from_code("ru:wants-changed"),
            query: "  Zaporizhzhia \"NPP\"/../é ".into(),
        };
        assert_eq!(
            file_name("events", &f, "json"),
            "twenty-eight-events-party-ua-ru-all-role-obliged-theme-energy-changed-e3-stance-ru-wants-changed-q-zaporizhzhia-npp-e.json"
        );
        // Hostile search text never leaves [a-z0-9-], and the name stays short.
        let f = Filter {
            query: "<script>/\\..\u{202e}".repeat(40),
            ..Filter::default()
        };
        let name = file_name("points", &f, "csv");
        assert!(name.len() < 80, "{name}");
        assert!(name
            .trim_end_matches(".csv")
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
    }

    #[test]
    fn record_exports_are_json_with_every_record_and_its_sources() {
        let point = PointRecord {
            number: 7,
            title: "A \"quoted\" title".into(),
            subpoints: vec!["a) one".into()],
            roles: vec!["Ukraine: obliged".into()],
            sources: vec![SourceRef {
                outlet: "Outlet".into(),
                date: "2025-11-20".into(),
                url: "https://example.org/a?b=1&c=2".into(),
            }],
            link: "https://example.org/p/7?party=ua".into(),
            ..PointRecord::default()
        };
        let text = points_json("https://example.org/?party=ua", &[point.clone(), point]);
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["view"], "https://example.org/?party=ua");
        assert_eq!(v["points"].as_array().unwrap().len(), 2);
        assert_eq!(v["points"][0]["title"], "A \"quoted\" title");
        assert_eq!(
            v["points"][0]["sources"][0]["url"],
            "https://example.org/a?b=1&c=2"
        );
        let event = EventRecord {
            id: "2025-11-20-x".into(),
            points: vec![3, 12],
            ..EventRecord::default()
        };
        let v: serde_json::Value = serde_json::from_str(&events_json("v", &[event])).unwrap();
        assert_eq!(v["events"][0]["points"], serde_json::json!([3, 12]));
        let v: serde_json::Value = serde_json::from_str(&events_json("v", &[])).unwrap();
        assert_eq!(v["events"].as_array().unwrap().len(), 0);
    }

    #[test]
    fn json_strings_escape_what_json_requires() {
        assert_eq!(json_string("a\"b\\c\n\u{1}é"), "\"a\\\"b\\\\c\\n\\u0001é\"");
    }
}
