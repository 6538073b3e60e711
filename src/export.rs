//! The data as files a reader takes away: CSV (RFC 4180, with cells that a spreadsheet would
//! run as a formula neutralised) and TimelineJS's JSON for the events. Pure; the `site` binary
//! writes the full downloads at build time (`site::downloads`).

use crate::date::Date;
use crate::model::{Dataset, Event, Point, Precision};

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

/// "outlet, date, URL" for each source, separated by " | ".
fn sources(data: &Dataset, ids: &[String]) -> String {
    ids.iter()
        .filter_map(|id| data.source(id))
        .map(|s| format!("{}, {}, {}", s.outlet, s.date, s.url))
        .collect::<Vec<_>>()
        .join(" | ")
}

pub const POINT_COLUMNS: [&str; 10] = [
    "number",
    "title",
    "summary",
    "sub-points",
    "parties and roles (editorial)",
    "themes",
    "status",
    "disputed",
    "sources",
    "link",
];

/// A point as a CSV row (`link`: the address of the view it came from).
pub fn point_row(data: &Dataset, p: &Point, link: &str) -> Vec<String> {
    let subpoints: Vec<String> = p
        .subpoints
        .iter()
        .map(|s| format!("{}) {}", s.label, s.text))
        .collect();
    let roles: Vec<String> = p
        .parties
        .iter()
        .map(|r| format!("{}: {}", data.party_short(&r.party), r.role.code()))
        .collect();
    let themes: Vec<String> = p
        .themes
        .iter()
        .map(|t| data.theme(t).map_or(t.clone(), |x| x.label.clone()))
        .collect();
    vec![
        p.number.to_string(),
        p.title.clone(),
        p.summary.clone(),
        subpoints.join("; "),
        roles.join("; "),
        themes.join("; "),
        p.status.label().to_string(),
        p.dispute.as_ref().map_or(String::new(), |d| d.note.clone()),
        sources(data, &p.sources),
        link.to_string(),
    ]
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

/// An event as a CSV row.
pub fn event_row(data: &Dataset, e: &Event, link: &str) -> Vec<String> {
    let parties: Vec<String> = e.parties.iter().map(|p| data.party_short(p)).collect();
    let points: Vec<String> = e.points.iter().map(u32::to_string).collect();
    vec![
        e.id.clone(),
        e.date.clone(),
        precision_word(e.precision).to_string(),
        e.title.clone(),
        e.summary.clone(),
        parties.join("; "),
        points.join("; "),
        e.status.label().to_string(),
        sources(data, &e.sources),
        link.to_string(),
    ]
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
    crate::site::escape(text)
}

/// A JSON string literal.
fn json_string(text: &str) -> String {
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
                .map(crate::site::source_link)
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
    fn json_strings_escape_what_json_requires() {
        assert_eq!(json_string("a\"b\\c\n\u{1}é"), "\"a\\\"b\\\\c\\n\\u0001é\"");
    }
}
