//! The generated static pages, sitemap and data agree: every point and event has a page,
//! every page's tags match its record, and text from the data is escaped.

mod common;

use common::dataset;
use twenty_eight::data;
use twenty_eight::html::escape;
use twenty_eight::i18n;
use twenty_eight::model::Dataset;
use twenty_eight::site::{self, SiteConfig};
use twenty_eight::translation;

const TEMPLATE: &str = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n  \
<title>Twenty-Eight</title>\n  <meta name=\"description\" content=\"app\">\n  <base href=\"/twenty-eight/\">\n\
  <script type=\"module\" src=\"/twenty-eight/app-1f/boot.js\"></script>\n</head>\n<body></body>\n</html>\n";

fn config() -> SiteConfig {
    SiteConfig {
        base: "/twenty-eight/".into(),
        site_url: Some("https://example.org/twenty-eight/".into()),
        record_pages: true,
    }
}

/// The site as the `site` binary writes it, in both languages: each page's first view
/// pre-rendered from `d` or its Ukrainian (text widths for the share images: 0.6 em a
/// character).
fn generate_all(d: &Dataset) -> site::Generated {
    let pages = common::Pages::of(d);
    site::generate(
        d,
        Some(pages.uk),
        TEMPLATE,
        &config(),
        &|path| pages.body("/twenty-eight/", path),
        &|text, size, _| text.chars().count() as f32 * size * 0.6,
        &data::DataFiles::shipped().named(),
    )
}

fn generate(d: &Dataset) -> Vec<site::SiteFile> {
    generate_all(d).files
}

#[test]
fn every_page_names_its_own_share_image_by_absolute_url() {
    let d = dataset();
    let site = generate_all(&d);
    let pages: Vec<_> = site
        .files
        .iter()
        .filter(|f| f.path.ends_with(".html"))
        .collect();
    // In each language the two screens, the timeline after the release, the table of who
    // gives and who gains, the comparison, the positions, the changes log and the per-record
    // pages; and 404.
    assert_eq!(
        pages.len(),
        2 * (7 + 2 * d.points.len() + d.events.len()) + 1
    );
    for page in &pages {
        let src = page
            .contents
            .split("<meta property=\"og:image\" content=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap_or_else(|| panic!("{}: no og:image", page.path));
        let path = src
            .strip_prefix("https://example.org/twenty-eight/")
            .unwrap_or_else(|| panic!("{}: {src} is not absolute under SITE_URL", page.path));
        let image = site.images.iter().find(|i| i.path == path);
        let image = image.unwrap_or_else(|| panic!("{}: {path} is not drawn", page.path));
        let alt = format!(
            "<meta property=\"og:image:alt\" content=\"{}\">",
            escape(&image.alt)
        );
        assert!(page.contents.contains(&alt), "{}", page.path);
    }
    // One image per page (the 404 page shares the home page's), and the app's two icons.
    let icons = site
        .images
        .iter()
        .filter(|i| i.path.starts_with("icons/"))
        .count();
    assert_eq!(icons, 2);
    assert_eq!(site.images.len() - icons, pages.len() - 1);
    let p21 = site
        .images
        .iter()
        .find(|i| i.path.starts_with("share/p-21-"))
        .unwrap();
    let point = d.points.iter().find(|p| p.number == 21).unwrap();
    assert!(p21
        .alt
        .starts_with(&format!("Point 21 of 28: {}.", point.title)));
    assert!(p21.svg.contains(">21</text>"), "the number badge");
}

/// Text as Leptos escapes it in element content.
fn text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn file<'a>(files: &'a [site::SiteFile], path: &str) -> &'a str {
    &files
        .iter()
        .find(|f| f.path == path)
        .unwrap_or_else(|| panic!("no {path}"))
        .contents
}

#[test]
fn every_point_and_event_has_its_page_with_matching_tags() {
    let d = dataset();
    let files = generate(&d);
    for p in &d.points {
        let html = file(&files, &format!("p/{}/index.html", p.number));
        let title = escape(&format!("Point {}: {} · Twenty-Eight", p.number, p.title));
        assert!(
            html.contains(&format!("<title>{title}</title>")),
            "point {}",
            p.number
        );
        assert!(html.contains(&format!("<meta property=\"og:title\" content=\"{title}\">")));
        assert!(html.contains(&format!(
            "<link rel=\"canonical\" href=\"https://example.org/twenty-eight/p/{}\">",
            p.number
        )));
        assert!(
            html.contains(&text(&p.summary)),
            "the pre-rendered page has the summary of point {}",
            p.number
        );
        assert!(
            html.contains(&format!(
                "<article id=\"point-{}\" tabindex=\"-1\" aria-labelledby=\"point-{}-title\" class=\"card focused\">",
                p.number, p.number
            )),
            "the pre-rendered page marks point {} as the linked one",
            p.number
        );
        assert_eq!(
            html.matches("<article ").count(),
            d.points.len(),
            "every card"
        );
        assert_eq!(html.matches("<title>").count(), 1);
        assert_eq!(html.matches("name=\"description\"").count(), 1);
        assert!(
            html.contains("src=\"/twenty-eight/app-1f/boot.js\""),
            "the app still boots"
        );
    }
    for e in &d.events {
        let html = file(&files, &format!("timeline/{}/index.html", e.id));
        assert!(
            html.contains(&format!(
                "<meta property=\"og:title\" content=\"{}",
                escape(&e.title)
            )),
            "{}",
            e.id
        );
        assert!(html.contains(&format!(
            "href=\"https://example.org/twenty-eight/timeline/{}\"",
            e.id
        )));
    }
    assert!(files.iter().any(|f| f.path == "404.html"));
    assert!(file(&files, "robots.txt")
        .contains("Sitemap: https://example.org/twenty-eight/sitemap.xml"));
}

#[test]
fn the_comparison_pages_carry_every_outcome_and_no_script() {
    let d = dataset();
    let files = generate(&d);
    let hub = file(&files, "versions/index.html");
    assert!(
        !hub.contains("<script"),
        "nothing moves on the comparison: no script"
    );
    assert!(!hub.contains("leptos-island"));
    for v in d.text_versions() {
        let counts = twenty_eight::model::Outcome::ALL
            .iter()
            .map(|&o| v.count(o))
            .sum::<usize>();
        assert_eq!(counts, d.points.len(), "{}: an outcome per point", v.code);
        assert!(hub.contains(&text(&v.name)), "{}", v.code);
    }
    for p in &d.points {
        let page = file(&files, &format!("versions/{}/index.html", p.number));
        for v in d.text_versions() {
            let o = v.outcome(p.number).unwrap();
            assert!(
                page.contains(&format!("outcome outcome-{}", o.outcome.code())),
                "point {}, {}",
                p.number,
                v.code
            );
            if !o.note.is_empty() {
                assert!(
                    page.contains(&text(&o.note)),
                    "point {}: {} note",
                    p.number,
                    v.code
                );
            }
            for t in &o.terms {
                assert!(page.contains(&format!("<del>{}</del>", text(&t.us))));
                assert!(page.contains(&format!("<ins>{}</ins>", text(&t.version))));
            }
        }
        let card = file(&files, &format!("p/{}/index.html", p.number));
        assert!(card.contains(&format!("versions/{}\">In later versions", p.number)));
    }
}

#[test]
fn the_sitemap_lists_exactly_the_pages() {
    let d = dataset();
    let files = generate(&d);
    let sitemap = file(&files, "sitemap.xml");
    let locs: Vec<&str> = sitemap
        .split("<loc>")
        .skip(1)
        .map(|s| s.split("</loc>").next().unwrap())
        .collect();
    // The two screens, the timeline after the release, the table of who gives and who gains,
    // a page per point and event, the comparison and a comparison per point, the positions, the
    // changes log: in English and in Ukrainian.
    assert_eq!(locs.len(), 2 * (7 + 2 * d.points.len() + d.events.len()));
    assert!(locs.contains(&"https://example.org/twenty-eight/changes"));
    assert!(locs.contains(&"https://example.org/twenty-eight/uk/changes"));
    assert!(locs.contains(&"https://example.org/twenty-eight/positions"));
    assert!(locs.contains(&"https://example.org/twenty-eight/uk/positions"));
    assert!(locs.contains(&"https://example.org/twenty-eight/timeline/after"));
    assert!(locs.contains(&"https://example.org/twenty-eight/balance"));
    for p in &d.points {
        assert!(locs.contains(&format!("https://example.org/twenty-eight/p/{}", p.number).as_str()));
        assert!(locs
            .contains(&format!("https://example.org/twenty-eight/versions/{}", p.number).as_str()));
    }
    assert!(locs.contains(&"https://example.org/twenty-eight/versions"));
    assert!(locs.contains(&"https://example.org/twenty-eight/uk/versions/6"));
    assert!(locs.contains(&"https://example.org/twenty-eight/uk/balance"));
    for e in &d.events {
        assert!(
            locs.contains(&format!("https://example.org/twenty-eight/timeline/{}", e.id).as_str())
        );
    }
    let pages = files
        .iter()
        .filter(|f| f.path.ends_with("index.html"))
        .count();
    assert_eq!(pages, locs.len(), "one page per sitemap entry");
}

#[test]
fn text_from_the_data_is_escaped() {
    let mut d = dataset();
    d.points[20].title = "<script>alert(1)</script> & \"quotes\"".into();
    d.points[20].summary = "<img src=x onerror=alert(1)>".into();
    d.events[0].title = "</title><script>x</script>".into();
    let files = generate(&d);
    let html = file(&files, "p/21/index.html");
    assert!(!html.contains("<script>alert"));
    assert!(!html.contains("<img"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"));
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "pre-rendered as text"
    );
    let ev = file(&files, &format!("timeline/{}/index.html", d.events[0].id));
    assert!(!ev.contains("</title><script>"));
    assert!(ev.contains("&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;"));
    assert!(!file(&files, "index.html").contains("<script>alert"));
}

#[test]
fn every_ukrainian_page_is_in_ukrainian_with_alternates_both_ways() {
    let d = dataset();
    let files = generate(&d);
    let missing = i18n::take_missing();
    assert!(
        missing.is_empty(),
        "interface strings with no Ukrainian: {missing:#?}"
    );
    let ukrainian: Vec<_> = files
        .iter()
        .filter(|f| f.path.starts_with("uk/") && f.path.ends_with(".html"))
        .collect();
    let english = files
        .iter()
        .filter(|f| !f.path.starts_with("uk/") && f.path.ends_with("index.html"))
        .count();
    assert_eq!(
        ukrainian.len(),
        english,
        "a Ukrainian page for every English one"
    );
    for page in &ukrainian {
        let html = &page.contents;
        let address = page.path.trim_end_matches("index.html");
        let plain = address.trim_start_matches("uk/");
        assert!(html.contains("<html lang=\"uk\">"), "{}", page.path);
        assert!(html.contains("<meta property=\"og:locale\" content=\"uk_UA\">"));
        // "uk/p/21/index.html" is at "uk/p/21"; the home page, "uk/index.html", at "uk/".
        let own = if plain.is_empty() {
            "uk/".to_string()
        } else {
            format!("uk/{}", plain.trim_end_matches('/'))
        };
        for (code, path) in [("en", plain.trim_end_matches('/').to_string()), ("uk", own)] {
            let link = format!(
                "<link rel=\"alternate\" hreflang=\"{code}\" href=\"https://example.org/twenty-eight/{path}\">"
            );
            assert!(html.contains(&link), "{}: {link}", page.path);
        }
        // The English page names this one.
        let english_page = file(&files, &format!("{plain}index.html"));
        assert!(english_page.contains("<html lang=\"en\">"));
        assert!(english_page.contains("hreflang=\"uk\""), "{plain}");
        // Its title and description are Ukrainian, and so is its share image's text.
        let title = html
            .split("<title>")
            .nth(1)
            .unwrap()
            .split("</title>")
            .next()
            .unwrap();
        assert!(translation::is_ukrainian(title), "{}: {title}", page.path);
        assert!(
            html.contains("share/uk-"),
            "{}: a Ukrainian share image",
            page.path
        );
    }
    let sitemap = file(&files, "sitemap.xml");
    assert!(sitemap.contains("<loc>https://example.org/twenty-eight/uk/p/21</loc>"));
    assert!(sitemap.contains("<loc>https://example.org/twenty-eight/uk/</loc>"));
    assert!(sitemap.contains("<loc>https://example.org/twenty-eight/p/21</loc>"));
}

#[test]
fn every_page_links_its_feed_and_manifest_and_a_record_s_page_cites_itself() {
    let d = dataset();
    let files = generate(&d);
    let root = "https://example.org/twenty-eight/";
    for page in files.iter().filter(|f| f.path.ends_with(".html")) {
        let prefix = if page.path.starts_with("uk/") {
            "uk/"
        } else {
            ""
        };
        for tag in [
            format!("<link rel=\"manifest\" href=\"{root}{prefix}manifest.webmanifest\">"),
            "type=\"application/atom+xml\" title=\"".to_string(),
            format!("href=\"{root}{prefix}feed.xml\">"),
        ] {
            assert!(page.contents.contains(&tag), "{}: no {tag}", page.path);
        }
        let record = page.path.starts_with(&format!("{prefix}p/"))
            || (page.path.starts_with(&format!("{prefix}timeline/"))
                && !page.path.starts_with(&format!("{prefix}timeline/after/"))
                && page.path != format!("{prefix}timeline/index.html"));
        assert_eq!(
            page.contents.contains("<meta name=\"citation_title\""),
            record,
            "{}",
            page.path
        );
    }
    for p in &d.points {
        for ext in ["bib", "ris", "json"] {
            for prefix in ["", "uk/"] {
                let path = format!("{prefix}cite/point-{}.{ext}", p.number);
                assert!(files.iter().any(|f| f.path == path), "{path}");
            }
        }
    }
    for e in &d.events {
        let bib = file(&files, &format!("cite/event-{}.bib", e.id));
        assert!(
            bib.contains(&format!("url = {{{root}timeline/{}}}", e.id)),
            "{bib}"
        );
    }
    for name in [
        "feed.xml",
        "uk/feed.xml",
        "manifest.webmanifest",
        "uk/manifest.webmanifest",
        "downloads/datapackage.json",
    ] {
        assert!(files.iter().any(|f| f.path == name), "{name}");
    }
}
