//! The static site around the app, generated from the same data: one page per point and per
//! event (the app's page with its own title, description, canonical URL, Open Graph / Twitter
//! tags and a `<noscript>` text), a 404 page, `robots.txt` and `sitemap.xml`. Pure: the
//! `site` binary does the file writing.

use crate::date::Date;
use crate::html::{escape, source_link};
use crate::i18n::{self, fill, page as t, Lang, Noun};
use crate::model::{Dataset, Event, Point};
use crate::share_card::{Chip, Measure, ShareCard, ShareImage};
use crate::timeline::Part;

/// The site's name: "Twenty-Eight", «Двадцять вісім».
pub fn site_name(lang: Lang) -> &'static str {
    t(lang, "Twenty-Eight")
}

/// "… · Twenty-Eight": a page's title ends with the site's name.
fn titled(lang: Lang, title: &str) -> String {
    format!("{title} · {}", site_name(lang))
}

/// `en` (with `{0}` for the count) filled with `n` of `noun`: "54 events from …",
/// «54 події — від …».
fn counted(lang: Lang, en: &'static str, n: usize, noun: Noun) -> String {
    fill(t(lang, en), &[&noun.count(lang, n)])
}

/// The page title of a screen (the tab, the share cards).
pub fn screen_title(lang: Lang, screen: crate::url::Screen) -> String {
    use crate::url::Screen;
    match screen {
        Screen::Points => t(lang, "Twenty-Eight: the US 28-point peace plan for Ukraine").into(),
        Screen::Timeline => titled(lang, t(lang, "Timeline, Jan–Nov 2025")),
        Screen::After => titled(
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

/// The start of a record's citation, up to the site's name: the record and its main source.
/// The browser adds the record's address and the date it was read (`cite_line`).
pub fn citation(lang: Lang, record: &str, main_source: Option<(&str, &str)>) -> String {
    let source = main_source.map_or(String::new(), |(outlet, date)| {
        let date = Date::parse(date).map_or(date.to_string(), |d| i18n::date_short(lang, d));
        fill(t(lang, " Main source: {0}, {1}."), &[outlet, &date])
    });
    format!("{record}.{source} {}", site_name(lang))
}

/// A whole citation: `citation`'s text, the address, and the access date.
pub fn cite_line(lang: Lang, citation: &str, url: &str, accessed: Date) -> String {
    fill(
        i18n::live(lang, "{0}, {1}. Accessed {2}."),
        &[citation, url, &i18n::date_short(lang, accessed)],
    )
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
    pub lang: Lang,
    /// Path relative to the language's root, without trailing slash: "p/21" (the Ukrainian
    /// page is at "uk/p/21", see `address`).
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

/// Every party, as chips.
fn all_parties(data: &Dataset) -> Vec<Chip> {
    party_chips(data, data.parties.iter().map(|p| &p.code))
}

/// A card in `lang`: its file's stem gets the language's prefix ("uk-p-21").
fn card(
    lang: Lang,
    stem: &str,
    number: Option<u32>,
    kicker: String,
    title: String,
    chips: Vec<Chip>,
) -> ShareCard {
    ShareCard {
        lang,
        stem: format!("{}{stem}", lang.prefix().replace('/', "-")),
        number,
        kicker,
        title,
        chips,
    }
}

/// The home page's card, which the 404 page shares.
fn home_card(lang: Lang, data: &Dataset) -> ShareCard {
    card(
        lang,
        "home",
        None,
        t(lang, "The draft of 20 November 2025").into(),
        fill(
            t(
                lang,
                "The US {0}-point peace plan for Ukraine, point by point, in our own words and sourced",
            ),
            &[&data.points.len().to_string()],
        ),
        all_parties(data),
    )
}

pub fn point_meta(lang: Lang, data: &Dataset, p: &Point) -> PageMeta {
    let mut body = format!(
        "<h2>{}</h2><p>{}</p>",
        escape(&fill(
            t(lang, "Point {0}: {1}"),
            &[&p.number.to_string(), &p.title]
        )),
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
    body.push_str(&sources_html(lang, data, &p.sources));
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
        lang,
        path: format!("p/{}", p.number),
        title: point_title(lang, p.number, &p.title),
        description: clip_words(&p.summary, 200),
        noscript: body,
        moves: true,
        card: card(
            lang,
            &format!("p-{}", p.number),
            Some(p.number),
            fill(
                t(lang, "Point {0} of {1}"),
                &[&p.number.to_string(), &data.points.len().to_string()],
            ),
            p.title.clone(),
            chips,
        ),
    }
}

/// An event page's title, in the tab and in shares (see `event_title_from`).
pub fn event_title(lang: Lang, e: &Event) -> String {
    event_title_from(lang, &e.title, &event_when(lang, e))
}

/// The event's date in words, as its page and its `<time title>` give it.
pub fn event_when(lang: Lang, e: &Event) -> String {
    Date::parse(&e.date).map_or_else(
        || e.date.clone(),
        |d| i18n::event_date_long(lang, d, e.precision),
    )
}

pub fn event_meta(lang: Lang, data: &Dataset, e: &Event) -> PageMeta {
    let when = event_when(lang, e);
    let mut body = format!(
        "<h2>{}</h2><p>{}</p><p>{}</p>",
        escape(&e.title),
        escape(&when),
        escape(&e.summary)
    );
    body.push_str(&sources_html(lang, data, &e.sources));
    PageMeta {
        lang,
        path: format!("timeline/{}", e.id),
        title: event_title(lang, e),
        description: clip_words(&e.summary, 200),
        noscript: body,
        moves: true,
        card: card(
            lang,
            &format!("e-{}", e.id),
            None,
            fill(t(lang, "Timeline · {0}"), &[&when]),
            e.title.clone(),
            party_chips(data, &e.parties),
        ),
    }
}

fn sources_html(lang: Lang, data: &Dataset, ids: &[String]) -> String {
    let items: Vec<String> = ids
        .iter()
        .filter_map(|id| data.source(id))
        .map(|s| format!("<li>{}</li>", source_link(s)))
        .collect();
    format!("<p>{}</p><ul>{}</ul>", t(lang, "Sources:"), items.join(""))
}

pub fn home_meta(lang: Lang, data: &Dataset) -> PageMeta {
    let mut body = format!("<h2>{}</h2><ol>", t(lang, "The 28 points"));
    for p in &data.points {
        body.push_str(&format!(
            "<li><a href=\"{}p/{}\">{}</a></li>",
            lang.prefix(),
            p.number,
            escape(&p.title)
        ));
    }
    body.push_str("</ol>");
    PageMeta {
        lang,
        path: String::new(),
        title: screen_title(lang, crate::url::Screen::Points),
        description: t(
            lang,
            "The US 28-point peace plan for Ukraine (draft of 20 November 2025), point by point, \
             with sources, party filters and the 2025 timeline behind it.",
        )
        .to_string(),
        noscript: body,
        moves: true,
        card: home_card(lang, data),
    }
}

/// A part of the timeline: its events, and their list as noscript HTML under `heading`.
fn part_of<'a>(
    lang: Lang,
    data: &'a Dataset,
    part: Part,
    heading: &str,
) -> (Vec<&'a Event>, String) {
    let events: Vec<&Event> = data
        .events
        .iter()
        .filter(|e| Part::of_iso(&e.date) == part)
        .collect();
    let mut body = format!("<h2>{heading}</h2><ol>");
    for e in &events {
        body.push_str(&format!(
            "<li>{}: <a href=\"{}timeline/{}\">{}</a></li>",
            escape(&e.date),
            lang.prefix(),
            escape(&e.id),
            escape(&e.title)
        ));
    }
    body.push_str("</ol>");
    (events, body)
}

pub fn timeline_meta(lang: Lang, data: &Dataset) -> PageMeta {
    let (plan, body) = part_of(
        lang,
        data,
        Part::Plan,
        t(lang, "Timeline, 20 January to 21 November 2025"),
    );
    PageMeta {
        lang,
        path: "timeline".to_string(),
        title: screen_title(lang, crate::url::Screen::Timeline),
        description: counted(
            lang,
            "{0} from the inauguration on 20 January 2025 to the draft's release on 20–21 November 2025.",
            plan.len(),
            i18n::EVENTS,
        ),
        noscript: body,
        moves: true,
        card: card(
            lang,
            "timeline",
            None,
            t(lang, "Timeline · 20 January to 21 November 2025").into(),
            counted(
                lang,
                "{0}, from the inauguration to the release of the 28 points",
                plan.len(),
                i18n::EVENTS,
            ),
            all_parties(data),
        ),
    }
}

/// The timeline's part after the release.
pub fn after_meta(lang: Lang, data: &Dataset) -> PageMeta {
    let (after, body) = part_of(
        lang,
        data,
        Part::After,
        t(lang, "Timeline after the release"),
    );
    let last = after.last().map_or(String::new(), |e| event_when(lang, e));
    let n = i18n::EVENTS.count(lang, after.len());
    PageMeta {
        lang,
        path: "timeline/after".to_string(),
        title: screen_title(lang, crate::url::Screen::After),
        description: fill(
            t(lang, "{0} after the release of the 28 points, from Geneva on 23 November 2025 to {1}: the counter-proposals, the talks and the 20-point draft."),
            &[&n, &last],
        ),
        noscript: body,
        moves: true,
        card: card(
            lang,
            "timeline-after",
            None,
            fill(t(lang, "Timeline · after the release, to {0}"), &[&last]),
            fill(
                t(
                    lang,
                    "{0} after the 28 points: counter-proposals, talks, the 20-point draft",
                ),
                &[&n],
            ),
            all_parties(data),
        ),
    }
}

/// `/balance`: the table of who gives and who gains.
pub fn balance_meta(lang: Lang, data: &Dataset) -> PageMeta {
    let points = data.points.len();
    PageMeta {
        lang,
        path: "balance".to_string(),
        title: screen_title(lang, crate::url::Screen::Balance),
        description: counted(
            lang,
            "The {0} of the US plan by party: who is obliged, who benefits, who is named, with totals per party (our editorial reading).",
            points,
            i18n::POINTS,
        ),
        noscript: format!(
            "<p>{}</p>",
            t(
                lang,
                "The table reads without JavaScript; narrowing it by theme or search needs it."
            )
        ),
        moves: true,
        card: card(
            lang,
            "balance",
            None,
            t(lang, "Who gives, who gains").into(),
            counted(
                lang,
                "The {0} by party: who is obliged, who benefits",
                points,
                i18n::POINTS,
            ),
            all_parties(data),
        ),
    }
}

/// The comparison of the later versions: all points (`None`) or one.
pub fn versions_meta(lang: Lang, data: &Dataset, point: Option<&Point>) -> PageMeta {
    let texts: Vec<&str> = data.text_versions().map(|v| v.name.as_str()).collect();
    let (path, title, description, card) = match point {
        None => (
            "versions".to_string(),
            titled(
                lang,
                t(lang, "What became of the 28 points: later versions compared"),
            ),
            fill(
                t(lang, "Each of the 28 points in the later versions of the plan ({0}): kept, changed, dropped or merged, with sources."),
                &[&texts.join(", ")],
            ),
            card(
                lang,
                "versions",
                None,
                t(lang, "Later versions of the plan").into(),
                t(
                    lang,
                    "What became of each of the 28 points, version by version",
                )
                .into(),
                Vec::new(),
            ),
        ),
        Some(p) => {
            let outcomes: Vec<String> = data
                .text_versions()
                .filter_map(|v| {
                    v.outcome(p.number)
                        .map(|o| format!("{}: {}", v.name, outcome_label(lang, o.outcome)))
                })
                .collect();
            (
                format!("versions/{}", p.number),
                titled(
                    lang,
                    &fill(
                        t(lang, "Point {0} in later versions: {1}"),
                        &[&p.number.to_string(), &p.title],
                    ),
                ),
                clip_words(&format!("{}.", outcomes.join("; ")), 200),
                card(
                    lang,
                    &format!("v-{}", p.number),
                    Some(p.number),
                    t(lang, "In later versions of the plan").into(),
                    p.title.clone(),
                    Vec::new(),
                ),
            )
        }
    };
    PageMeta {
        lang,
        path,
        title,
        description,
        noscript: String::new(),
        card,
        moves: false,
    }
}

/// An outcome in words: "not addressed", «не розглянуто».
pub fn outcome_label(lang: Lang, o: crate::model::Outcome) -> &'static str {
    match lang {
        Lang::En => o.label(),
        Lang::Uk => o.label_uk(),
    }
}

/// What a pre-rendered page says to readers without JavaScript.
pub const NOSCRIPT_NOTE: &str = "Without JavaScript the filters and copy buttons do nothing; \
the full text is below, and every title opens its own page.";

impl PageMeta {
    /// The page's path relative to the base, in its language: "p/21", "uk/p/21", "uk/".
    pub fn address(&self) -> String {
        address(self.lang, &self.path)
    }
}

/// `path` in `lang`: "p/21" → "uk/p/21"; the home page "" → "uk/".
fn address(lang: Lang, path: &str) -> String {
    format!("{}{path}", lang.prefix())
}

/// The page's `<link rel="alternate" hreflang>`s: itself and the other language, both ways,
/// and English as the default.
fn alternates(meta: &PageMeta, config: &SiteConfig) -> String {
    [Lang::En, Lang::Uk]
        .iter()
        .map(|&lang| (lang.code(), config.absolute(&address(lang, &meta.path))))
        .chain([("x-default", config.absolute(&meta.path))])
        .map(|(code, url)| {
            format!(
                "\n  <link rel=\"alternate\" hreflang=\"{code}\" href=\"{}\">",
                escape(&url)
            )
        })
        .collect()
}

/// Fills the app's `index.html` (as Trunk wrote it) with a page's head tags and its body:
/// `prerendered`, the app's first view as HTML (see `ui::prerender`), or when that is empty
/// the page's noscript text. The template must hold `<html lang="en">`, `<title>…</title>`, a
/// `<meta name="description" …>` and `<body>`.
pub fn render_page(
    template: &str,
    meta: &PageMeta,
    image: Option<&ShareImage>,
    config: &SiteConfig,
    prerendered: &str,
) -> String {
    let lang = meta.lang;
    let url = config.absolute(&meta.address());
    let title = escape(&meta.title);
    let description = escape(&meta.description);
    let mut head = format!(
        "<title>{title}</title>\n  <meta name=\"description\" content=\"{description}\">\n  \
         <link rel=\"canonical\" href=\"{url}\">{alternates}\n  \
         <meta property=\"og:type\" content=\"article\">\n  \
         <meta property=\"og:locale\" content=\"{locale}\">\n  \
         <meta property=\"og:site_name\" content=\"{name}\">\n  \
         <meta property=\"og:title\" content=\"{title}\">\n  \
         <meta property=\"og:description\" content=\"{description}\">\n  \
         <meta property=\"og:url\" content=\"{url}\">\n  \
         <meta name=\"twitter:card\" content=\"{card}\">\n  \
         <meta name=\"twitter:title\" content=\"{title}\">\n  \
         <meta name=\"twitter:description\" content=\"{description}\">",
        url = escape(&url),
        alternates = alternates(meta, config),
        locale = match lang {
            Lang::En => "en_US",
            Lang::Uk => "uk_UA",
        },
        name = escape(site_name(lang)),
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
    let mut html = remove_tag(template, "<meta name=\"description\"").replacen(
        "<html lang=\"en\">",
        &format!("<html lang=\"{}\">", lang.code()),
        1,
    );
    if !meta.moves {
        html = without_scripts(&html);
    }
    let html =
        replace_between(&html, "<title>", "</title>", "").replacen("<title></title>", &head, 1);
    let body = if !meta.moves {
        format!("<body>\n{prerendered}")
    } else if prerendered.is_empty() {
        format!(
            "<body>\n<noscript><div class=\"noscript\"><p>{}</p>{}</div></noscript>",
            t(
                lang,
                "This page needs JavaScript for its filters and links; here is its text."
            ),
            meta.noscript
        )
    } else {
        format!(
            "<body>\n<noscript><p class=\"noscript\">{}</p></noscript>{prerendered}",
            t(lang, NOSCRIPT_NOTE)
        )
    };
    html.replacen("<body>", &body, 1)
}

/// The 404 page's head; it shows the home page's card.
fn not_found_meta(lang: Lang, card: ShareCard) -> PageMeta {
    PageMeta {
        lang,
        path: String::new(),
        title: titled(lang, t(lang, "Not found")),
        description: t(lang, "This address is not part of the site.").into(),
        noscript: format!("<p>{}</p>", t(lang, "There is no page at this address.")),
        card,
        moves: true,
    }
}

/// The site of a build whose data has errors: `index.html` and `404.html`, both `body` (the
/// page naming every error, see `ui::prerender::render_errors`).
pub fn error_pages(template: &str, config: &SiteConfig, body: &str) -> Vec<SiteFile> {
    let lang = Lang::En;
    let meta = PageMeta {
        title: titled(lang, "Data error"),
        description: "This build's data files have errors.".into(),
        ..not_found_meta(
            lang,
            card(lang, "", None, String::new(), String::new(), Vec::new()),
        )
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

/// The files of `DOWNLOADS`, and the records in Ukrainian (`record_files`).
/// `files`: the data files' texts, for the JSON download.
pub fn downloads(data: &Dataset, config: &SiteConfig, files: &[(&str, &str)]) -> Vec<SiteFile> {
    use crate::export;
    let all: Vec<&Event> = data.events.iter().collect();
    let json: Vec<String> = files
        .iter()
        .map(|(name, text)| format!("\"{name}\": {}", text.trim()))
        .collect();
    let mut out = record_files(Lang::En, data, config);
    out.push(SiteFile {
        path: DOWNLOADS[2].0.to_string(),
        contents: format!("{{\n{}\n}}\n", json.join(",\n")),
    });
    out.push(SiteFile {
        path: DOWNLOADS[3].0.to_string(),
        contents: export::timelinejs(data, &all, &|e| {
            config.absolute(&format!("timeline/{}", e.id))
        }),
    });
    out
}

/// The points and the events of `data` (in `lang`), each record with its address in that
/// language: as CSV (the footer's downloads) and one record per line as JSON, which the
/// browser cuts its exports of what it shows from (`export::csv_subset` / `json_subset`).
/// The Ukrainian files are under `downloads/uk/` (`export::in_lang`); their columns and codes
/// are the English files', their texts Ukrainian.
pub fn record_files(lang: Lang, data: &Dataset, config: &SiteConfig) -> Vec<SiteFile> {
    use crate::export;
    let link = |path: String| config.absolute(&address(lang, &path));
    let points: Vec<_> = data
        .points
        .iter()
        .map(|p| export::PointRecord::of(data, p, &link(format!("p/{}", p.number))))
        .collect();
    let events: Vec<_> = data
        .events
        .iter()
        .map(|e| export::EventRecord::of(data, e, &link(format!("timeline/{}", e.id))))
        .collect();
    [
        (export::POINTS_CSV, export::points_csv(&points)),
        (export::EVENTS_CSV, export::events_csv(&events)),
        (
            export::POINTS_JSON,
            export::points_json(&link(String::new()), &points),
        ),
        (
            export::EVENTS_JSON,
            export::events_json(&link("timeline".into()), &events),
        ),
    ]
    .into_iter()
    .map(|(path, contents)| SiteFile {
        path: export::in_lang(lang, path),
        contents,
    })
    .collect()
}

/// What the site adds to Trunk's output: its text files, and the share images to draw (the
/// `site` binary turns each SVG into a PNG at its path).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generated {
    pub files: Vec<SiteFile>,
    pub images: Vec<ShareImage>,
}

/// Every file the site adds to Trunk's output: each page in English, and in Ukrainian when
/// `ukrainian` (the dataset in Ukrainian, `translation::apply`) is given. `prerender` gives
/// the app's first view of a page as HTML from its address ("", "p/21", "uk/timeline/…");
/// the `site` binary passes `ui::prerender::render`. `measure` gives text widths for the
/// share images' layout.
pub fn generate(
    data: &Dataset,
    ukrainian: Option<&Dataset>,
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
    // Each page is the file `<address>/index.html` (the home page: `index.html`).
    let mut page = |meta: PageMeta| {
        let address = meta.address();
        urls.push(config.absolute(&address));
        let image = image_of(&meta.card);
        files.push(SiteFile {
            path: format!("{}/index.html", address.trim_end_matches('/'))
                .trim_start_matches('/')
                .to_string(),
            contents: render_page(template, &meta, Some(&image), config, &prerender(&address)),
        });
    };
    let languages = [(Lang::En, Some(data)), (Lang::Uk, ukrainian)];
    for (lang, data) in languages.into_iter().filter_map(|(l, d)| Some((l, d?))) {
        for meta in pages(lang, data, config) {
            page(meta);
        }
    }
    // Unknown paths: the points page, on which the app names what it could not find (and
    // sends a timeline address, or a Ukrainian one, on to its page).
    let not_found = not_found_meta(Lang::En, home_card(Lang::En, data));
    let image = image_of(&not_found.card);
    files.push(SiteFile {
        path: "404.html".into(),
        contents: render_page(template, &not_found, Some(&image), config, &prerender("")),
    });
    files.push(SiteFile {
        path: "sitemap.xml".into(),
        contents: sitemap(&urls),
    });
    if config.record_pages {
        files.extend(downloads(data, config, data_files));
        if let Some(uk) = ukrainian {
            files.extend(record_files(Lang::Uk, uk, config));
        }
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

/// The pages of one language: the screens, a page per point and event, the comparisons.
fn pages(lang: Lang, data: &Dataset, config: &SiteConfig) -> Vec<PageMeta> {
    let mut out = vec![
        home_meta(lang, data),
        timeline_meta(lang, data),
        balance_meta(lang, data),
    ];
    if data
        .events
        .iter()
        .any(|e| Part::of_iso(&e.date) == Part::After)
    {
        out.push(after_meta(lang, data));
    }
    if config.record_pages {
        out.extend(data.points.iter().map(|p| point_meta(lang, data, p)));
        out.extend(data.events.iter().map(|e| event_meta(lang, data, e)));
    }
    if data.text_versions().next().is_some() {
        out.push(versions_meta(lang, data, None));
        if config.record_pages {
            out.extend(
                data.points
                    .iter()
                    .map(|p| versions_meta(lang, data, Some(p))),
            );
        }
    }
    out
}

/// `sitemap.xml`: every page, in both languages.
fn sitemap(urls: &[String]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for u in urls {
        out.push_str(&format!("  <url><loc>{}</loc></url>\n", escape(u)));
    }
    out.push_str("</urlset>\n");
    out
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
            Lang::En,
            "“Territory”, point 21 of the US 28-point plan (leaked text)",
            Some(("RBC-Ukraine", "2025-11-21")),
        );
        assert_eq!(
            cite_line(Lang::En, &c, "https://example.org/p/21", Date::new(2026, 11, 26)),
            "“Territory”, point 21 of the US 28-point plan (leaked text). Main source: \
             RBC-Ukraine, 21 Nov 2025. Twenty-Eight, https://example.org/p/21. Accessed 26 Nov 2026."
        );
        assert_eq!(citation(Lang::En, "x", None), "x. Twenty-Eight");
        let uk = citation(
            Lang::Uk,
            "«Території», пункт 21",
            Some(("РБК-Україна", "2025-11-21")),
        );
        assert_eq!(
            cite_line(
                Lang::Uk,
                &uk,
                "https://example.org/uk/p/21",
                Date::new(2026, 11, 26)
            ),
            "«Території», пункт 21. Основне джерело: РБК-Україна, 21 лист. 2025. Двадцять вісім, \
             https://example.org/uk/p/21 (дата звернення: 26 лист. 2026)."
        );
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
            lang: Lang::En,
            path: "p/21".into(),
            title: "Point 21: <Territory> · Twenty-Eight".into(),
            description: "A \"quoted\" summary".into(),
            noscript: "<p>text</p>".into(),
            moves: true,
            card: ShareCard {
                lang: Lang::En,
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
