//! Citations that reference managers read: a record's `Reference` (what Zotero, a BibTeX file
//! or a CSL processor keeps of it) written as BibTeX, RIS and CSL-JSON, the files `cite/…`
//! that every record's "Cite" offers beside its plain-text line, and the Highwire
//! `citation_*` tags of its page (what Zotero and Google Scholar read from the page itself).
//! Written at build time, so no page's wasm carries them. Native only.

use crate::date::Date;
use crate::export::json_string;
use crate::i18n::{t, Lang};
use crate::model::RecordRef;

/// A format a record can be cited in, beside the plain-text line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Bibtex,
    Ris,
    CslJson,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Bibtex, Format::Ris, Format::CslJson];

    /// The format's name, the same in both languages: "BibTeX".
    pub fn label(self) -> &'static str {
        match self {
            Format::Bibtex => "BibTeX",
            Format::Ris => "RIS",
            Format::CslJson => "CSL-JSON",
        }
    }

    /// The file's extension: "bib", "ris", "json".
    pub fn extension(self) -> &'static str {
        match self {
            Format::Bibtex => "bib",
            Format::Ris => "ris",
            Format::CslJson => "json",
        }
    }

    pub fn write(self, r: &Reference) -> String {
        match self {
            Format::Bibtex => bibtex(r),
            Format::Ris => ris(r),
            Format::CslJson => csl_json(r),
        }
    }
}

/// The file a record's citation is in, relative to the base: "cite/point-21.bib",
/// "uk/cite/event-2025-02-28-oval-office-clash.ris". `None` for records without a page.
pub fn file(lang: Lang, record: &RecordRef, format: Format) -> Option<String> {
    let stem = match record {
        RecordRef::Point(n) => format!("point-{n}"),
        RecordRef::Event(id) => format!("event-{id}"),
        _ => return None,
    };
    Some(format!(
        "{}cite/{stem}.{}",
        lang.prefix(),
        format.extension()
    ))
}

/// What a reference manager keeps of a record's page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// The citation key, also the CSL item's id: "twenty-eight-point-21".
    pub key: String,
    pub lang: Lang,
    /// The page's title without the site's name: "Point 21: Territory".
    pub title: String,
    /// The site, as the author (an organisation) and the publisher: "Twenty-Eight".
    pub site: String,
    /// The site's full title, the container: "Twenty-Eight: the US 28-point peace plan for
    /// Ukraine".
    pub container: String,
    /// The record's summary (our words).
    pub summary: String,
    /// The page's address, absolute where the site's URL is known.
    pub url: String,
    /// The data's version, which dates the page: the newest entry of the changes log.
    pub version: Date,
}

impl Reference {
    /// The citation key of `record`: "twenty-eight-point-21", "twenty-eight-<event id>".
    pub fn key(record: &RecordRef) -> String {
        match record {
            RecordRef::Point(n) => format!("twenty-eight-point-{n}"),
            RecordRef::Event(id) => format!("twenty-eight-{id}"),
            RecordRef::Version(id)
            | RecordRef::Statement(id)
            | RecordRef::Document(id)
            | RecordRef::Source(id) => format!("twenty-eight-{id}"),
        }
    }

    /// The Highwire Press tags (name, content) of the record's page, in the order Google
    /// Scholar's inclusion guidelines list them.
    pub fn highwire(&self) -> Vec<(&'static str, String)> {
        let v = self.version;
        vec![
            ("citation_title", self.title.clone()),
            ("citation_author", self.site.clone()),
            (
                "citation_publication_date",
                format!("{}/{:02}/{:02}", v.year, v.month, v.day),
            ),
            ("citation_publisher", self.site.clone()),
            ("citation_public_url", self.url.clone()),
            ("citation_abstract_html_url", self.url.clone()),
            ("citation_language", self.lang.code().to_string()),
        ]
    }
}

/// BibTeX's specials, escaped, and line breaks as spaces.
fn tex(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' | '&' | '%' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '^' => out.push_str("\\^{}"),
            '~' => out.push_str("\\~{}"),
            '\n' | '\r' | '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

const BIBTEX_MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// A `@misc` entry (the type classic BibTeX and biblatex both know for a web page): the site
/// as an organisation author in double braces, so it is never split into a first and last
/// name; the title braced so styles keep its capitals.
pub fn bibtex(r: &Reference) -> String {
    let v = r.version;
    let language = match r.lang {
        Lang::En => "english",
        Lang::Uk => "ukrainian",
    };
    let fields = [
        ("author", format!("{{{}}}", tex(&r.site))),
        ("title", format!("{{{}}}", tex(&r.title))),
        ("howpublished", tex(&r.container)),
        ("publisher", tex(&r.site)),
        ("year", v.year.to_string()),
        ("month", BIBTEX_MONTHS[v.month as usize - 1].to_string()),
        ("date", v.to_string()),
        ("version", v.to_string()),
        ("url", r.url.replace(['{', '}', '%', '#'], "")),
        ("language", language.to_string()),
        ("abstract", tex(&r.summary)),
    ];
    let body: Vec<String> = fields
        .iter()
        .map(|(k, v)| {
            if *k == "month" {
                format!("  {k} = {v}")
            } else {
                format!("  {k} = {{{v}}}")
            }
        })
        .collect();
    format!("@misc{{{},\n{}\n}}\n", r.key, body.join(",\n"))
}

/// One line of a RIS field: its value on one line.
fn ris_line(tag: &str, value: &str) -> String {
    let value: String = value
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    format!("{tag}  - {}\r\n", value.trim())
}

/// A RIS record of type ELEC (a web page), lines ending in CRLF as the format asks.
pub fn ris(r: &Reference) -> String {
    let v = r.version;
    [
        ("TY", "ELEC".to_string()),
        ("ID", r.key.clone()),
        ("TI", r.title.clone()),
        ("AU", r.site.clone()),
        ("T2", r.container.clone()),
        ("PB", r.site.clone()),
        ("PY", v.year.to_string()),
        ("DA", format!("{}/{:02}/{:02}", v.year, v.month, v.day)),
        ("ET", v.to_string()),
        ("UR", r.url.clone()),
        ("LA", r.lang.code().to_string()),
        ("AB", r.summary.clone()),
    ]
    .iter()
    .map(|(tag, value)| ris_line(tag, value))
    .chain(std::iter::once("ER  - \r\n".to_string()))
    .collect()
}

/// A CSL-JSON list of one item (what citeproc-js and Zotero read): a `webpage` by the site as
/// an organisation (`literal`), in the site as its container, issued on the data's version
/// (also named in the note: CSL's `version` reads a date as a range, "Versions 2026-12-06").
pub fn csl_json(r: &Reference) -> String {
    let v = r.version;
    format!(
        "[\n  {{\n    \"id\": {},\n    \"type\": \"webpage\",\n    \"title\": {},\n    \"author\": [{{ \"literal\": {} }}],\n    \"container-title\": {},\n    \"issued\": {{ \"date-parts\": [[{}, {}, {}]] }},\n    \"note\": {},\n    \"URL\": {},\n    \"language\": {},\n    \"abstract\": {}\n  }}\n]\n",
        json_string(&r.key),
        json_string(&r.title),
        json_string(&r.site),
        json_string(&r.container),
        v.year,
        v.month,
        v.day,
        json_string(&format!("{}{v}", t(r.lang, "Data version "))),
        json_string(&r.url),
        json_string(r.lang.code()),
        json_string(&r.summary),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference() -> Reference {
        Reference {
            key: "twenty-eight-point-21".into(),
            lang: Lang::En,
            title: "Point 21: Territory & {braces} 100%".into(),
            site: "Twenty-Eight".into(),
            container: "Twenty-Eight: the US 28-point peace plan for Ukraine".into(),
            summary: "Line one\nline two".into(),
            url: "https://example.org/p/21".into(),
            version: Date::new(2026, 12, 6),
        }
    }

    #[test]
    fn files_are_per_record_and_language() {
        let p = RecordRef::Point(21);
        assert_eq!(
            file(Lang::En, &p, Format::Bibtex).as_deref(),
            Some("cite/point-21.bib")
        );
        assert_eq!(
            file(
                Lang::Uk,
                &RecordRef::Event("2025-02-28-x".into()),
                Format::Ris
            )
            .as_deref(),
            Some("uk/cite/event-2025-02-28-x.ris")
        );
        assert_eq!(
            file(Lang::En, &RecordRef::Source("s".into()), Format::Ris),
            None
        );
    }

    #[test]
    fn bibtex_escapes_its_specials_and_keeps_the_author_whole() {
        let b = bibtex(&reference());
        assert!(b.starts_with("@misc{twenty-eight-point-21,\n"), "{b}");
        assert!(b.contains("  author = {{Twenty-Eight}},\n"), "{b}");
        assert!(
            b.contains("  title = {{Point 21: Territory \\& \\{braces\\} 100\\%}},\n"),
            "{b}"
        );
        assert!(b.contains("  month = dec,\n"), "{b}");
        assert!(b.contains("  abstract = {Line one line two}\n}"), "{b}");
        assert_eq!(
            b.matches('{').count() - b.matches("\\{").count(),
            b.matches('}').count() - b.matches("\\}").count()
        );
    }

    #[test]
    fn ris_is_one_line_per_field_and_ends_its_record() {
        let r = ris(&reference());
        assert!(r.starts_with("TY  - ELEC\r\n"), "{r}");
        assert!(r.contains("DA  - 2026/12/06\r\n"), "{r}");
        assert!(r.contains("AB  - Line one line two\r\n"), "{r}");
        assert!(r.ends_with("ER  - \r\n"), "{r}");
        assert!(r.split("\r\n").all(|l| !l.contains('\n')));
    }

    #[test]
    fn csl_json_is_json() {
        let v: serde_json::Value = serde_json::from_str(&csl_json(&reference())).unwrap();
        assert_eq!(v[0]["issued"]["date-parts"][0][2], 6);
        assert_eq!(v[0]["author"][0]["literal"], "Twenty-Eight");
        assert_eq!(v[0]["abstract"], "Line one\nline two");
    }
}
