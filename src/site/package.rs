//! The data as a Frictionless data package (`downloads/datapackage.json`): every download
//! described (fields, types, keys), and the relations the data's records have (points ↔
//! sources ↔ events ↔ versions ↔ statements) as link tables whose foreign keys
//! `frictionless validate` checks. Its version is the data's (`Dataset::data_version`).

use crate::export::{csv, json_string, EVENTS_CSV, POINTS_CSV};
use crate::model::Dataset;

use super::SiteFile;

/// The package's descriptor, beside the files it describes.
pub const DATAPACKAGE: &str = "downloads/datapackage.json";

/// A column: its name, its Table Schema type and what it holds.
struct Field(&'static str, &'static str, &'static str);

/// A CSV table of the package: its file (under `downloads/`), its columns, its key, its foreign
/// keys (column, table, column) and its rows (`None` for a table written elsewhere, the
/// points' and events' CSV).
struct Table {
    name: &'static str,
    title: &'static str,
    fields: Vec<Field>,
    key: Vec<&'static str>,
    foreign: Vec<(&'static str, &'static str, &'static str)>,
    rows: Option<Vec<Vec<String>>>,
}

impl Table {
    fn path(&self) -> String {
        match self.name {
            "points" => POINTS_CSV.to_string(),
            "events" => EVENTS_CSV.to_string(),
            name => format!("downloads/twenty-eight-{name}.csv"),
        }
    }

    fn descriptor(&self) -> String {
        let fields: Vec<String> = self
            .fields
            .iter()
            .map(|Field(name, kind, about)| {
                let required = if self.key.contains(name) {
                    ", \"constraints\": { \"required\": true }"
                } else {
                    ""
                };
                format!(
                    "          {{ \"name\": {}, \"type\": \"{kind}\", \"description\": {}{required} }}",
                    json_string(name),
                    json_string(about)
                )
            })
            .collect();
        let key: Vec<String> = self.key.iter().map(|k| json_string(k)).collect();
        let foreign: Vec<String> = self
            .foreign
            .iter()
            .map(|(field, table, column)| {
                format!(
                    "          {{ \"fields\": {}, \"reference\": {{ \"resource\": {}, \"fields\": {} }} }}",
                    json_string(field),
                    json_string(table),
                    json_string(column)
                )
            })
            .collect();
        let foreign = if foreign.is_empty() {
            String::new()
        } else {
            format!(
                ",\n        \"foreignKeys\": [\n{}\n        ]",
                foreign.join(",\n")
            )
        };
        format!(
            "    {{\n      \"name\": \"{name}\",\n      \"title\": {title},\n      \"path\": {path},\n      \"profile\": \"tabular-data-resource\",\n      \"format\": \"csv\",\n      \"mediatype\": \"text/csv\",\n      \"encoding\": \"utf-8\",\n      \"schema\": {{\n        \"fields\": [\n{fields}\n        ],\n        \"primaryKey\": [{key}]{foreign}\n      }}\n    }}",
            name = self.name,
            title = json_string(self.title),
            path = json_string(self.path().trim_start_matches("downloads/")),
            fields = fields.join(",\n"),
            key = key.join(", "),
        )
    }
}

fn s(text: &str) -> String {
    text.to_string()
}

/// A record's end of a link table: its column, the column's type and what it holds, and the
/// table and column it refers to.
struct End(
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

const POINT: End = End("point", "integer", "A point's number", "points", "number");
const SOURCE: End = End("source", "string", "A source's id", "sources", "id");
const EVENT: End = End("event", "string", "An event's id", "events", "id");
const VERSION: End = End("version", "string", "A version's code", "versions", "code");
const STATEMENT: End = End(
    "statement",
    "string",
    "A statement's id",
    "statements",
    "id",
);

/// A table of which record relates to which: a row per pair, both columns its key and each
/// a foreign key into its record's table.
fn link(
    name: &'static str,
    title: &'static str,
    ends: [End; 2],
    pairs: impl Iterator<Item = [String; 2]>,
) -> Table {
    Table {
        name,
        title,
        key: ends.iter().map(|e| e.0).collect(),
        foreign: ends.iter().map(|e| (e.0, e.3, e.4)).collect(),
        fields: ends.into_iter().map(|e| Field(e.0, e.1, e.2)).collect(),
        rows: Some(pairs.map(Vec::from).collect()),
    }
}

/// Every table of the package, with the rows of those this module writes.
fn tables(data: &Dataset) -> Vec<Table> {
    vec![
        Table {
            name: "points",
            title: "The 28 points (a row each, with its sources and address)",
            fields: vec![
                Field("number", "integer", "The point's number in the US draft"),
                Field("title", "string", "Our short title"),
                Field("summary", "string", "The point in our own words"),
                Field(
                    "sub-points",
                    "string",
                    "Its lettered sub-points, \" | \" between them",
                ),
                Field(
                    "parties and roles (editorial)",
                    "string",
                    "Each party named and its role (obliged, benefits, named): our reading",
                ),
                Field("themes", "string", "Its themes"),
                Field(
                    "status",
                    "string",
                    "How its text is known: leaked, official, reported, read-out",
                ),
                Field("disputed", "string", "Where outlets word it differently"),
                Field(
                    "where the parties stand (latest statement)",
                    "string",
                    "Each party's latest stated stance and its date",
                ),
                Field(
                    "sources",
                    "string",
                    "Outlet, date and URL of each source, \" | \" between them",
                ),
                Field("link", "string", "The point's page"),
            ],
            key: vec!["number"],
            foreign: vec![],
            rows: None,
        },
        Table {
            name: "events",
            title: "The timeline's events (a row each, with its sources and address)",
            fields: vec![
                Field("id", "string", "The event's id, its date first"),
                Field("date", "date", "When it happened (see precision)"),
                Field("precision", "string", "How exact the date is"),
                Field("title", "string", "Our title"),
                Field("summary", "string", "What happened, in our own words"),
                Field("parties", "string", "The parties involved"),
                Field("points", "string", "The plan's points it bears on"),
                Field(
                    "status",
                    "string",
                    "How it is known: official, reported, read-out",
                ),
                Field("sources", "string", "Outlet, date and URL of each source"),
                Field("link", "string", "The event's page"),
            ],
            key: vec!["id"],
            foreign: vec![],
            rows: None,
        },
        Table {
            name: "sources",
            title: "The sources every record rests on",
            fields: vec![
                Field("id", "string", "The source's id"),
                Field(
                    "outlet",
                    "string",
                    "Who published it (reposts and state media are labelled in the note)",
                ),
                Field("title", "string", "Its headline"),
                Field("date", "date", "When it was published"),
                Field("url", "string", "Where it is"),
                Field(
                    "note",
                    "string",
                    "What it is cited for, or what to know of it",
                ),
            ],
            key: vec!["id"],
            foreign: vec![],
            rows: Some(
                data.sources
                    .iter()
                    .map(|x| {
                        vec![
                            s(&x.id),
                            s(&x.outlet),
                            s(&x.title),
                            s(&x.date),
                            s(&x.url),
                            x.note.clone().unwrap_or_default(),
                        ]
                    })
                    .collect(),
            ),
        },
        link(
            "point-sources",
            "Which source each point rests on",
            [POINT, SOURCE],
            data.points
                .iter()
                .flat_map(|p| p.sources.iter().map(|id| [p.number.to_string(), s(id)])),
        ),
        link(
            "event-sources",
            "Which source each event rests on",
            [EVENT, SOURCE],
            data.events
                .iter()
                .flat_map(|e| e.sources.iter().map(|id| [s(&e.id), s(id)])),
        ),
        link(
            "event-points",
            "Which points each event bears on",
            [EVENT, POINT],
            data.events
                .iter()
                .flat_map(|e| e.points.iter().map(|n| [s(&e.id), n.to_string()])),
        ),
        Table {
            name: "versions",
            title: "The later versions of the plan",
            fields: vec![
                Field("code", "string", "The version's code"),
                Field("name", "string", "Its name"),
                Field("date", "date", "When it was reported"),
                Field("drawn_up_by", "string", "Who drew it up"),
                Field("status", "string", "How its text is known"),
                Field("summary", "string", "What it is, in our own words"),
            ],
            key: vec!["code"],
            foreign: vec![],
            rows: Some(
                data.versions
                    .iter()
                    .map(|v| {
                        vec![
                            s(&v.code),
                            s(&v.name),
                            s(&v.date),
                            s(&v.drawn_up_by),
                            s(v.status.code()),
                            s(&v.summary),
                        ]
                    })
                    .collect(),
            ),
        },
        Table {
            name: "version-outcomes",
            title: "What each later version did with each US point",
            fields: vec![
                Field("version", "string", "A version's code"),
                Field("point", "integer", "A US point's number"),
                Field(
                    "outcome",
                    "string",
                    "kept, changed, dropped, merged, not-addressed or unknown",
                ),
                Field("note", "string", "What changed, in our own words"),
            ],
            key: vec!["version", "point"],
            foreign: vec![
                ("version", "versions", "code"),
                ("point", "points", "number"),
            ],
            rows: Some(
                data.versions
                    .iter()
                    .flat_map(|v| {
                        v.text.iter().flat_map(|t| &t.outcomes).map(|o| {
                            vec![
                                s(&v.code),
                                o.point.to_string(),
                                s(o.outcome.code()),
                                s(&o.note),
                            ]
                        })
                    })
                    .collect(),
            ),
        },
        link(
            "version-sources",
            "Which source each later version rests on",
            [VERSION, SOURCE],
            data.versions
                .iter()
                .flat_map(|v| v.sources.iter().map(|id| [s(&v.code), s(id)])),
        ),
        Table {
            name: "statements",
            title: "Where the parties stand: dated statements",
            fields: vec![
                Field("id", "string", "The statement's id, its date first"),
                Field("date", "date", "When it was said"),
                Field("party", "string", "The party's code"),
                Field("speaker", "string", "Who said it"),
                Field("role", "string", "The speaker's office then"),
                Field(
                    "stance",
                    "string",
                    "supports, objects, wants-changed, conditional or open: our reading",
                ),
                Field(
                    "status",
                    "string",
                    "How it is known: official, reported, read-out",
                ),
                Field("summary", "string", "What was said, in our own words"),
            ],
            key: vec!["id"],
            foreign: vec![],
            rows: Some(
                data.positions
                    .iter()
                    .map(|p| {
                        vec![
                            s(&p.id),
                            s(&p.date),
                            s(&p.party),
                            s(&p.speaker),
                            s(&p.role),
                            s(p.stance.code()),
                            s(p.status.code()),
                            s(&p.summary),
                        ]
                    })
                    .collect(),
            ),
        },
        link(
            "statement-points",
            "Which points each statement is about",
            [STATEMENT, POINT],
            data.positions
                .iter()
                .flat_map(|p| p.points.iter().map(|n| [s(&p.id), n.to_string()])),
        ),
        link(
            "statement-sources",
            "Which source each statement rests on",
            [STATEMENT, SOURCE],
            data.positions
                .iter()
                .flat_map(|p| p.sources.iter().map(|id| [s(&p.id), s(id)])),
        ),
        Table {
            name: "changes",
            title: "Corrections and changes to the data, newest first",
            fields: vec![
                Field("id", "string", "The entry's id, its date first"),
                Field("date", "date", "When the change reached the data"),
                Field("kind", "string", "added, corrected, withdrawn or reworded"),
                Field("title", "string", "What changed, in a line"),
                Field("what", "string", "What changed"),
                Field("why", "string", "Why"),
                Field(
                    "records",
                    "string",
                    "The records it touched (point:N, event:id, …), \" | \" between them",
                ),
            ],
            key: vec!["id"],
            foreign: vec![],
            rows: Some(
                data.changes
                    .iter()
                    .map(|c| {
                        vec![
                            s(&c.id),
                            s(&c.date),
                            s(c.kind.code()),
                            s(&c.title),
                            s(&c.what),
                            s(&c.why),
                            c.records.join(" | "),
                        ]
                    })
                    .collect(),
            ),
        },
    ]
}

/// The JSON downloads, described as files (not tables).
const JSON_FILES: [(&str, &str, &str); 4] = [
    (
        "data",
        "twenty-eight-data.json",
        "All the data files, as they are, in one JSON object",
    ),
    (
        "points-json",
        "twenty-eight-points.json",
        "The 28 points, a record each with its sources and address",
    ),
    (
        "events-json",
        "twenty-eight-events.json",
        "The events, a record each with its sources and address",
    ),
    (
        "events-timelinejs",
        "twenty-eight-events-timelinejs.json",
        "The events in TimelineJS's JSON format",
    ),
];

/// The package: its descriptor and the tables this module writes (the points' and events'
/// CSV are `record_files`'s).
pub fn package(data: &Dataset) -> Vec<SiteFile> {
    let tables = tables(data);
    let version = data.data_version().unwrap_or("unversioned");
    let mut resources: Vec<String> = tables.iter().map(Table::descriptor).collect();
    resources.extend(JSON_FILES.iter().map(|(name, path, about)| {
        format!(
            "    {{\n      \"name\": \"{name}\",\n      \"path\": \"{path}\",\n      \"profile\": \"data-resource\",\n      \"format\": \"json\",\n      \"mediatype\": \"application/json\",\n      \"encoding\": \"utf-8\",\n      \"description\": {}\n    }}",
            json_string(about)
        )
    }));
    let descriptor = format!(
        "{{\n  \"profile\": \"data-package\",\n  \"name\": \"twenty-eight\",\n  \"title\": \"Twenty-Eight: the US 28-point peace plan for Ukraine, its timeline, later versions and the parties' stances\",\n  \"description\": \"The 28 points of the US draft of 20 November 2025 in our own words, the 2025-2026 timeline around it, the plan's later versions compared point by point, dated statements of where each party stands, and every source, with a log of corrections. Summaries are ours; short quotations are marked.\",\n  \"version\": {version},\n  \"created\": {created},\n  \"licenses\": [\n    {{ \"name\": \"CC-BY-4.0\", \"title\": \"Creative Commons Attribution 4.0\", \"path\": \"https://creativecommons.org/licenses/by/4.0/\" }}\n  ],\n  \"keywords\": [\"Ukraine\", \"Russia\", \"peace plan\", \"28-point plan\", \"timeline\"],\n  \"resources\": [\n{resources}\n  ]\n}}\n",
        version = json_string(version),
        created = json_string(&format!("{version}T00:00:00Z")),
        resources = resources.join(",\n"),
    );
    let mut files = vec![SiteFile {
        path: DATAPACKAGE.into(),
        contents: descriptor,
    }];
    for t in tables {
        let path = t.path();
        if let Some(rows) = t.rows {
            let header = t.fields.iter().map(|f| f.0.to_string()).collect();
            files.push(SiteFile {
                path,
                contents: csv(&[vec![header], rows].concat()),
            });
        }
    }
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_descriptor_is_json_and_names_every_file_written() {
        let data = crate::data::load_shipped().expect("shipped data");
        let files = package(&data);
        let d: serde_json::Value = serde_json::from_str(&files[0].contents).unwrap();
        assert_eq!(d["version"], data.data_version().unwrap());
        let paths: Vec<&str> = d["resources"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["path"].as_str().unwrap())
            .collect();
        for f in &files[1..] {
            let relative = f.path.trim_start_matches("downloads/");
            assert!(paths.contains(&relative), "{relative}");
        }
        // Every table's header is its schema's field names.
        for r in d["resources"].as_array().unwrap() {
            let Some(fields) = r["schema"]["fields"].as_array() else {
                continue;
            };
            let Some(file) = files
                .iter()
                .find(|f| f.path.ends_with(r["path"].as_str().unwrap()))
            else {
                continue;
            };
            let names: Vec<String> = fields
                .iter()
                .map(|f| format!("\"{}\"", f["name"].as_str().unwrap()))
                .collect();
            assert_eq!(file.contents.lines().next().unwrap(), names.join(","));
        }
    }
}
