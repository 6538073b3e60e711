//! The static site around the app, generated from the same data: one page per point and per
//! event (the app's page with its own title, description, canonical URL, Open Graph / Twitter
//! tags and a `<noscript>` text), a 404 page, `robots.txt` and `sitemap.xml`. Pure: the
//! `site` binary does the file writing.

use crate::date::Date;
use crate::model::{Dataset, Event, Point, Source};
use crate::share_card::{Chip, Measure, ShareCard, ShareImage};
use crate::timeline::{format_date_long, Part};

pub const SITE_NAME: &str = "Twenty-Eight";
/// The page titles of the two screens (the tab, the share cards).
pub const HOME_TITLE: &str = "Twenty-Eight: the US 28-point peace plan for Ukraine";
pub const TIMELINE_TITLE: &str = "Timeline, Jan–Nov 2025 · Twenty-Eight";
pub const AFTER_TITLE: &str = "Timeline after the release, from 22 Nov 2025 · Twenty-Eight";
pub const BALANCE_TITLE: &str = "Who gives, who gains: the 28 points by party · Twenty-Eight";

/// "Point 21: Territory · Twenty-Eight"
pub fn point_title(number: u32, title: &str) -> String {
    format!("Point {number}: {title} · {SITE_NAME}")
}

/// "Title (21 November 2025) · Twenty-Eight": an event page's title, from the event's title and
/// its date as `timeline::format_date_long` writes it.
pub fn event_title_from(title: &str, when: &str) -> String {
    format!("{title} ({when}) · {SITE_NAME}")
}

/// The start of a record's citation, up to the site's name: the record and its main source.
/// The browser adds the record's address and the date it was read (`cite_line`).
pub fn citation(record: &str, main_source: Option<(&str, &str)>) -> String {
    let source = main_source.map_or(String::new(), |(outlet, date)| {
        let date = Date::parse(date).map_or(date.to_string(), Date::long);
        format!(" Main source: {outlet}, {date}.")
    });
    format!("{record}.{source} {SITE_NAME}")
}

/// A whole citation: `citation`'s text, the address, and the access date.
pub fn cite_line(citation: &str, url: &str, accessed: Date) -> String {
    format!("{citation}, {url}. Accessed {}.", accessed.long())
}

/// Where the site is published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteConfig {
    /// The base path, starting and ending with "/": "/" or "/twenty-eight/".
    pub base: String,
    /// The absolute origin-and-base for canonical links, e.g. "https://example.org/twenty-eight/";
    /// `None` when unknown (canonical links are then site-absolute paths).
    pub site_url: Option<String>,
    /// A page per point and per event besides the two screens (off only for the benchmark's
    /// 2,000-point build, whose 7,000 pages would each carry every record).
    pub record_pages: bool,
}

impl SiteConfig {
    fn absolute(&self, path: &str) -> String {
        match &self.site_url {
            Some(url) => format!("{}/{}", url.trim_end_matches('/'), path),
            None => format!("{}{}", self.base, path),
        }
    }
}

/// One file of the site: its path under `dist/` and its contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteFile {
    pub path: String,
    pub contents: String,
}

/// Escapes text for HTML element content and double-quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
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

/// What a page says about itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageMeta {
    /// Path relative to the base, without trailing slash: "p/21".
    pub path: String,
    pub title: String,
    pub description: String,
    /// HTML for `<noscript>`, already escaped.
    pub noscript: String,
    /// What the page's share image shows.
    pub card: ShareCard,
    /// Whether anything on the page moves: a page where nothing does (the comparison pages)
    /// gets no script at all.
    pub moves: bool,
}

/// The parties as a card's chips, with no roles (the home page, the timeline, an event).
fn party_chips<'a>(data: &Dataset, codes: impl IntoIterator<Item = &'a String>) -> Vec<Chip> {
    codes
        .into_iter()
        .map(|code| Chip {
            party: code.clone(),
            name: data.party_short(code),
            role: None,
        })
        .collect()
}

/// The home page's card, which the 404 page shares.
fn home_card(data: &Dataset) -> ShareCard {
    ShareCard {
        stem: "home".into(),
        number: None,
        kicker: "The draft of 20 November 2025".into(),
        title: format!(
            "The US {}-point peace plan for Ukraine, point by point, in our own words and sourced",
            data.points.len()
        ),
        chips: party_chips(data, data.parties.iter().map(|p| &p.code)),
    }
}

pub fn point_meta(data: &Dataset, p: &Point) -> PageMeta {
    let mut body = format!(
        "<h2>Point {}: {}</h2><p>{}</p>",
        p.number,
        escape(&p.title),
        escape(&p.summary)
    );
    if !p.subpoints.is_empty() {
        body.push_str("<ul>");
        for s in &p.subpoints {
            body.push_str(&format!(
                "<li>{}) {}</li>",
                escape(&s.label),
                escape(&s.text)
            ));
        }
        body.push_str("</ul>");
    }
    body.push_str(&sources_html(data, &p.sources));
    let chips = p
        .parties
        .iter()
        .map(|r| Chip {
            party: r.party.clone(),
            name: data.party_short(&r.party),
            role: Some(r.role),
        })
        .collect();
    PageMeta {
        path: format!("p/{}", p.number),
        title: point_title(p.number, &p.title),
        description: clip_words(&p.summary, 200),
        noscript: body,
        moves: true,
        card: ShareCard {
            stem: format!("p-{}", p.number),
            number: Some(p.number),
            kicker: format!("Point {} of {}", p.number, data.points.len()),
            title: p.title.clone(),
            chips,
        },
    }
}

/// An event page's title, in the tab and in shares (see `event_title_from`).
pub fn event_title(e: &Event) -> String {
    event_title_from(&e.title, &event_when(e))
}

/// The event's date in words, as its page and its `<time title>` give it.
pub fn event_when(e: &Event) -> String {
    Date::parse(&e.date).map_or_else(|| e.date.clone(), |d| format_date_long(d, e.precision))
}

pub fn event_meta(data: &Dataset, e: &Event) -> PageMeta {
    let when = event_when(e);
    let mut body = format!(
        "<h2>{}</h2><p>{}</p><p>{}</p>",
        escape(&e.title),
        escape(&when),
        escape(&e.summary)
    );
    body.push_str(&sources_html(data, &e.sources));
    PageMeta {
        path: format!("timeline/{}", e.id),
        title: event_title(e),
        description: clip_words(&e.summary, 200),
        noscript: body,
        moves: true,
        card: ShareCard {
            stem: format!("e-{}", e.id),
            number: None,
            kicker: format!("Timeline · {when}"),
            title: e.title.clone(),
            chips: party_chips(data, &e.parties),
        },
    }
}

/// A source as HTML: `<a href="url">outlet</a>, date`, escaped.
pub fn source_link(s: &Source) -> String {
    format!(
        "<a href=\"{}\">{}</a>, {}",
        escape(&s.url),
        escape(&s.outlet),
        escape(&s.date)
    )
}

fn sources_html(data: &Dataset, ids: &[String]) -> String {
    let items: Vec<String> = ids
        .iter()
        .filter_map(|id| data.source(id))
        .map(|s| format!("<li>{}</li>", source_link(s)))
        .collect();
    format!("<p>Sources:</p><ul>{}</ul>", items.join(""))
}

pub fn home_meta(data: &Dataset) -> PageMeta {
    let mut body = String::from("<h2>The 28 points</h2><ol>");
    for p in &data.points {
        body.push_str(&format!(
            "<li><a href=\"p/{}\">{}</a></li>",
            p.number,
            escape(&p.title)
        ));
    }
    body.push_str("</ol>");
    PageMeta {
        path: String::new(),
        title: HOME_TITLE.to_string(),
        description:
            "The US 28-point peace plan for Ukraine (draft of 20 November 2025), point by point, \
                      with sources, party filters and the 2025 timeline behind it."
                .to_string(),
        noscript: body,
        moves: true,
        card: home_card(data),
    }
}

/// A part of the timeline: its events, and their list as noscript HTML under `heading`.
fn part_of<'a>(data: &'a Dataset, part: Part, heading: &str) -> (Vec<&'a Event>, String) {
    let events: Vec<&Event> = data
        .events
        .iter()
        .filter(|e| Part::of_iso(&e.date) == part)
        .collect();
    let mut body = format!("<h2>{heading}</h2><ol>");
    for e in &events {
        body.push_str(&format!(
            "<li>{}: <a href=\"timeline/{}\">{}</a></li>",
            escape(&e.date),
            escape(&e.id),
            escape(&e.title)
        ));
    }
    body.push_str("</ol>");
    (events, body)
}

pub fn timeline_meta(data: &Dataset) -> PageMeta {
    let (plan, body) = part_of(data, Part::Plan, "Timeline, 20 January to 21 November 2025");
    PageMeta {
        path: "timeline".to_string(),
        title: TIMELINE_TITLE.to_string(),
        description: format!(
            "{} events from the inauguration on 20 January 2025 to the draft's release on 20–21 November 2025.",
            plan.len()
        ),
        noscript: body,
        moves: true,
        card: ShareCard {
            stem: "timeline".into(),
            number: None,
            kicker: "Timeline · 20 January to 21 November 2025".into(),
            title: format!(
                "{} events, from the inauguration to the release of the 28 points",
                plan.len()
            ),
            chips: party_chips(data, data.parties.iter().map(|p| &p.code)),
        },
    }
}

/// The timeline's part after the release.
pub fn after_meta(data: &Dataset) -> PageMeta {
    let (after, body) = part_of(data, Part::After, "Timeline after the release");
    let last = after.last().map_or(String::new(), |e| event_when(e));
    PageMeta {
        path: "timeline/after".to_string(),
        title: AFTER_TITLE.to_string(),
        description: format!(
            "{} events after the release of the 28 points, from Geneva on 23 November 2025 to {last}: the counter-proposals, the talks and the 20-point draft.",
            after.len()
        ),
        noscript: body,
        moves: true,
        card: ShareCard {
            stem: "timeline-after".into(),
            number: None,
            kicker: format!("Timeline · after the release, to {last}"),
            title: format!("{} events after the 28 points: counter-proposals, talks, the 20-point draft", after.len()),
            chips: party_chips(data, data.parties.iter().map(|p| &p.code)),
        },
    }
}

/// `/balance`: the table of who gives and who gains.
pub fn balance_meta(data: &Dataset) -> PageMeta {
    PageMeta {
        path: "balance".to_string(),
        title: BALANCE_TITLE.to_string(),
        description: format!(
            "The {} points of the US plan by party: who is obliged, who benefits, who is named, with totals per party (our editorial reading).",
            data.points.len()
        ),
        noscript: "<p>The table reads without JavaScript; narrowing it by theme or search needs it.</p>".to_string(),
        moves: true,
        card: ShareCard {
            stem: "balance".into(),
            number: None,
            kicker: "Who gives, who gains".into(),
            title: format!(
                "The {} points by party: who is obliged, who benefits",
                data.points.len()
            ),
            chips: party_chips(data, data.parties.iter().map(|p| &p.code)),
        },
    }
}

/// The comparison of the later versions: all points (`None`) or one.
pub fn versions_meta(data: &Dataset, point: Option<&Point>) -> PageMeta {
    let texts: Vec<&str> = data.text_versions().map(|v| v.name.as_str()).collect();
    let (path, title, description, card) = match point {
        None => (
            "versions".to_string(),
            format!("What became of the 28 points: later versions compared · {SITE_NAME}"),
            format!(
                "Each of the 28 points in the later versions of the plan ({}): kept, changed, dropped or merged, with sources.",
                texts.join(", ")
            ),
            ShareCard {
                stem: "versions".into(),
                number: None,
                kicker: "Later versions of the plan".into(),
                title: "What became of each of the 28 points, version by version".into(),
                chips: Vec::new(),
            },
        ),
        Some(p) => {
            let outcomes: Vec<String> = data
                .text_versions()
                .filter_map(|v| v.outcome(p.number).map(|o| format!("{}: {}", v.name, o.outcome.label())))
                .collect();
            (
                format!("versions/{}", p.number),
                format!("Point {} in later versions: {} · {SITE_NAME}", p.number, p.title),
                clip_words(&format!("{}.", outcomes.join("; ")), 200),
                ShareCard {
                    stem: format!("v-{}", p.number),
                    number: Some(p.number),
                    kicker: "In later versions of the plan".into(),
                    title: p.title.clone(),
                    chips: Vec::new(),
                },
            )
        }
    };
    PageMeta {
        path,
        title,
        description,
        noscript: String::new(),
        card,
        moves: false,
    }
}

/// What a pre-rendered page says to readers without JavaScript.
pub const NOSCRIPT_NOTE: &str = "Without JavaScript the filters and copy buttons do nothing; \
the full text is below, and every title opens its own page.";

/// Fills the app's `index.html` (as Trunk wrote it) with a page's head tags and its body:
/// `prerendered`, the app's first view as HTML (see `ui::prerender`), or when that is empty
/// the page's noscript text. The template must hold `<title>…</title>`, a
/// `<meta name="description" …>` and `<body>`.
pub fn render_page(
    template: &str,
    meta: &PageMeta,
    image: Option<&ShareImage>,
    config: &SiteConfig,
    prerendered: &str,
) -> String {
    let url = config.absolute(&meta.path);
    let title = escape(&meta.title);
    let description = escape(&meta.description);
    let mut head = format!(
        "<title>{title}</title>\n  <meta name=\"description\" content=\"{description}\">\n  \
         <link rel=\"canonical\" href=\"{url}\">\n  \
         <meta property=\"og:type\" content=\"article\">\n  \
         <meta property=\"og:site_name\" content=\"{SITE_NAME}\">\n  \
         <meta property=\"og:title\" content=\"{title}\">\n  \
         <meta property=\"og:description\" content=\"{description}\">\n  \
         <meta property=\"og:url\" content=\"{url}\">\n  \
         <meta name=\"twitter:card\" content=\"{card}\">\n  \
         <meta name=\"twitter:title\" content=\"{title}\">\n  \
         <meta name=\"twitter:description\" content=\"{description}\">",
        url = escape(&url),
        card = if image.is_some() {
            "summary_large_image"
        } else {
            "summary"
        },
    );
    if let Some(image) = image {
        head.push_str(&format!(
            "\n  <meta property=\"og:image\" content=\"{src}\">\n  \
             <meta property=\"og:image:type\" content=\"image/png\">\n  \
             <meta property=\"og:image:width\" content=\"{}\">\n  \
             <meta property=\"og:image:height\" content=\"{}\">\n  \
             <meta property=\"og:image:alt\" content=\"{alt}\">\n  \
             <meta name=\"twitter:image\" content=\"{src}\">\n  \
             <meta name=\"twitter:image:alt\" content=\"{alt}\">",
            crate::share_card::WIDTH,
            crate::share_card::HEIGHT,
            src = escape(&config.absolute(&image.path)),
            alt = escape(&image.alt),
        ));
    }
    let mut html = remove_tag(template, "<meta name=\"description\"");
    if !meta.moves {
        html = without_scripts(&html);
    }
    let html =
        replace_between(&html, "<title>", "</title>", "").replacen("<title></title>", &head, 1);
    let body = if !meta.moves {
        format!("<body>\n{prerendered}")
    } else if prerendered.is_empty() {
        format!(
            "<body>\n<noscript><div class=\"noscript\"><p>This page needs JavaScript for its filters and links; here is its text.</p>{}</div></noscript>",
            meta.noscript
        )
    } else {
        format!(
            "<body>\n<noscript><p class=\"noscript\">{NOSCRIPT_NOTE}</p></noscript>{prerendered}"
        )
    };
    html.replacen("<body>", &body, 1)
}

/// The 404 page's head; it shows the home page's card.
fn not_found_meta(card: ShareCard) -> PageMeta {
    PageMeta {
        path: String::new(),
        title: format!("Not found · {SITE_NAME}"),
        description: "This address is not part of the site.".into(),
        noscript: "<p>There is no page at this address.</p>".into(),
        card,
        moves: true,
    }
}

/// The site of a build whose data has errors: `index.html` and `404.html`, both `body` (the
/// page naming every error, see `ui::prerender::render_errors`).
pub fn error_pages(template: &str, config: &SiteConfig, body: &str) -> Vec<SiteFile> {
    let meta = PageMeta {
        title: format!("Data error · {SITE_NAME}"),
        description: "This build's data files have errors.".into(),
        ..not_found_meta(ShareCard {
            stem: String::new(),
            number: None,
            kicker: String::new(),
            title: String::new(),
            chips: Vec::new(),
        })
    };
    let page = render_page(template, &meta, None, config, body);
    ["index.html", "404.html"]
        .into_iter()
        .map(|path| SiteFile {
            path: path.into(),
            contents: page.clone(),
        })
        .collect()
}

/// The template without its scripts and preloads: a page where nothing moves loads no code.
fn without_scripts(html: &str) -> String {
    let mut out = html.to_string();
    while let Some(a) = out.find("<script") {
        let Some(len) = out[a..].find("</script>") else {
            break;
        };
        out.replace_range(a..a + len + "</script>".len(), "");
    }
    while let Some(a) = out.find("<link rel=\"preload\"") {
        let Some(len) = out[a..].find('>') else {
            break;
        };
        out.replace_range(a..=a + len, "");
    }
    out
}

fn replace_between(s: &str, open: &str, close: &str, with: &str) -> String {
    match (s.find(open), s.find(close)) {
        (Some(a), Some(b)) if b > a => format!("{}{open}{with}{}", &s[..a], &s[b..]),
        _ => s.to_string(),
    }
}

fn remove_tag(s: &str, start: &str) -> String {
    match s.find(start) {
        Some(a) => match s[a..].find('>') {
            Some(len) => format!(
                "{}{}",
                &s[..a],
                s[a + len + 1..].trim_start_matches([' ', '\n'])
            ),
            None => s.to_string(),
        },
        None => s.to_string(),
    }
}

/// The full data as downloads, linked from every page's footer (they work without
/// JavaScript): the points and the events as CSV, a row each with its sources and its
/// address; the whole dataset as JSON (the data files, as they are); the events in
/// TimelineJS's format.
pub const DOWNLOADS: [(&str, &str); 4] = [
    (crate::export::POINTS_CSV, "the 28 points (CSV)"),
    (crate::export::EVENTS_CSV, "the events (CSV)"),
    ("downloads/twenty-eight-data.json", "all the data (JSON)"),
    (
        "downloads/twenty-eight-events-timelinejs.json",
        "the events for TimelineJS (JSON)",
    ),
];

/// The files of `DOWNLOADS`.
/// `files`: the data files' texts, for the JSON download.
pub fn downloads(data: &Dataset, config: &SiteConfig, files: &[(&str, &str)]) -> Vec<SiteFile> {
    use crate::export;
    let points: Vec<_> = data
        .points
        .iter()
        .map(|p| export::PointRecord::of(data, p, &config.absolute(&format!("p/{}", p.number))))
        .collect();
    let event_link = |e: &Event| config.absolute(&format!("timeline/{}", e.id));
    let events: Vec<_> = data
        .events
        .iter()
        .map(|e| export::EventRecord::of(data, e, &event_link(e)))
        .collect();
    let all: Vec<&Event> = data.events.iter().collect();
    let json: Vec<String> = files
        .iter()
        .map(|(name, text)| format!("\"{name}\": {}", text.trim()))
        .collect();
    let contents = [
        export::points_csv(&points),
        export::events_csv(&events),
        format!("{{\n{}\n}}\n", json.join(",\n")),
        export::timelinejs(data, &all, &event_link),
    ];
    let mut out: Vec<SiteFile> = DOWNLOADS
        .iter()
        .zip(contents)
        .map(|((path, _), contents)| SiteFile {
            path: path.to_string(),
            contents,
        })
        .collect();
    // The records one per line, which the browser cuts its exports of what it shows from
    // (`export::json_subset`).
    out.push(SiteFile {
        path: export::POINTS_JSON.to_string(),
        contents: export::points_json(&config.absolute(""), &points),
    });
    out.push(SiteFile {
        path: export::EVENTS_JSON.to_string(),
        contents: export::events_json(&config.absolute("timeline"), &events),
    });
    out
}

/// What the site adds to Trunk's output: its text files, and the share images to draw (the
/// `site` binary turns each SVG into a PNG at its path).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generated {
    pub files: Vec<SiteFile>,
    pub images: Vec<ShareImage>,
}

/// Every file the site adds to Trunk's output. `prerender` gives the app's first view of a
/// page as HTML from its path ("", "p/21", "timeline/…"); the `site` binary passes
/// `ui::prerender::render`. `measure` gives text widths for the share images' layout.
pub fn generate(
    data: &Dataset,
    template: &str,
    config: &SiteConfig,
    prerender: &dyn Fn(&str) -> String,
    measure: Measure,
    data_files: &[(&str, &str)],
) -> Generated {
    let mut files = Vec::new();
    let mut urls = Vec::new();
    let mut images: Vec<ShareImage> = Vec::new();
    let mut image_of = |card: &ShareCard| {
        let image = card.image(measure);
        if !images.iter().any(|i| i.path == image.path) {
            images.push(image.clone());
        }
        image
    };
    // Each page is the file `<path>/index.html` (the home page: `index.html`).
    let mut page = |meta: PageMeta| {
        urls.push(config.absolute(&meta.path));
        let image = image_of(&meta.card);
        files.push(SiteFile {
            path: format!("{}/index.html", meta.path)
                .trim_start_matches('/')
                .to_string(),
            contents: render_page(
                template,
                &meta,
                Some(&image),
                config,
                &prerender(&meta.path),
            ),
        });
    };
    page(home_meta(data));
    page(timeline_meta(data));
    page(balance_meta(data));
    if data
        .events
        .iter()
        .any(|e| Part::of_iso(&e.date) == Part::After)
    {
        page(after_meta(data));
    }
    if config.record_pages {
        data.points.iter().for_each(|p| page(point_meta(data, p)));
        data.events.iter().for_each(|e| page(event_meta(data, e)));
    }
    if data.text_versions().next().is_some() {
        page(versions_meta(data, None));
        if config.record_pages {
            data.points
                .iter()
                .for_each(|p| page(versions_meta(data, Some(p))));
        }
    }
    // Unknown paths: the points page, on which the app names what it could not find (and
    // sends a timeline address on to the timeline).
    let not_found = not_found_meta(home_card(data));
    let image = image_of(&not_found.card);
    files.push(SiteFile {
        path: "404.html".into(),
        contents: render_page(template, &not_found, Some(&image), config, &prerender("")),
    });
    let mut sitemap = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for u in &urls {
        sitemap.push_str(&format!("  <url><loc>{}</loc></url>\n", escape(u)));
    }
    sitemap.push_str("</urlset>\n");
    files.push(SiteFile {
        path: "sitemap.xml".into(),
        contents: sitemap,
    });
    if config.record_pages {
        files.extend(downloads(data, config, data_files));
    }
    files.push(SiteFile {
        path: "robots.txt".into(),
        contents: format!(
            "User-agent: *\nAllow: /\nSitemap: {}\n",
            config.absolute("sitemap.xml")
        ),
    });
    Generated { files, images }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape(r#"<script>"a" & 'b'</script>"#),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
    }

    #[test]
    fn a_citation_names_the_record_its_source_the_address_and_the_day() {
        let c = citation(
            "“Territory”, point 21 of the US 28-point plan (leaked text)",
            Some(("RBC-Ukraine", "2025-11-21")),
        );
        assert_eq!(
            cite_line(&c, "https://example.org/p/21", Date::new(2026, 11, 26)),
            "“Territory”, point 21 of the US 28-point plan (leaked text). Main source: \
             RBC-Ukraine, 21 Nov 2025. Twenty-Eight, https://example.org/p/21. Accessed 26 Nov 2026."
        );
        assert_eq!(citation("x", None), "x. Twenty-Eight");
    }

    #[test]
    fn clips_at_words() {
        assert_eq!(clip_words("short", 10), "short");
        assert_eq!(clip_words("one two three four", 12), "one two…");
    }

    #[test]
    fn renders_head_and_noscript_into_the_template() {
        let template = "<html><head><title>Old</title>\n  <meta name=\"description\" content=\"old\">\n</head><body></body></html>";
        let meta = PageMeta {
            path: "p/21".into(),
            title: "Point 21: <Territory> · Twenty-Eight".into(),
            description: "A \"quoted\" summary".into(),
            noscript: "<p>text</p>".into(),
            moves: true,
            card: ShareCard {
                stem: "p-21".into(),
                number: Some(21),
                kicker: "Point 21 of 28".into(),
                title: "<Territory>".into(),
                chips: Vec::new(),
            },
        };
        let image = meta.card.image(&|t, size, _| t.len() as f32 * size / 2.0);
        let config = SiteConfig {
            base: "/t/".into(),
            site_url: Some("https://example.org/t/".into()),
            record_pages: true,
        };
        let html = render_page(template, &meta, Some(&image), &config, "");
        assert!(html.contains("<title>Point 21: &lt;Territory&gt; · Twenty-Eight</title>"));
        assert!(!html.contains("Old"));
        assert!(!html.contains("content=\"old\""));
        assert!(html.contains("<link rel=\"canonical\" href=\"https://example.org/t/p/21\">"));
        assert!(html.contains(
            "<meta property=\"og:description\" content=\"A &quot;quoted&quot; summary\">"
        ));
        assert!(html.contains("<noscript>"));
        assert!(html.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
        assert!(html.contains(&format!(
            "<meta property=\"og:image\" content=\"https://example.org/t/{}\">",
            image.path
        )));
        assert!(html.contains(
            "<meta property=\"og:image:alt\" content=\"Point 21 of 28: &lt;Territory&gt;.\">"
        ));
        let relative = SiteConfig {
            base: "/t/".into(),
            site_url: None,
            record_pages: true,
        };
        assert!(
            render_page(template, &meta, Some(&image), &relative, "").contains("href=\"/t/p/21\"")
        );
        let prerendered = render_page(template, &meta, None, &relative, "<main>cards</main>");
        assert!(prerendered.contains("<main>cards</main></body>"));
        assert!(prerendered.contains(NOSCRIPT_NOTE));
        assert!(!prerendered.contains("<p>text</p>"));
        assert!(prerendered.contains("content=\"summary\">") && !prerendered.contains("og:image"));
    }
}
