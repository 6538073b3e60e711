//! The static site around the app, generated from the same data: one page per point and per
//! event (the app's page with its own title, description, canonical URL, Open Graph / Twitter
//! tags), the comparison pages, a 404 page, `robots.txt`, `sitemap.xml` and the downloads.
//! Pure: the `site` binary does the file writing. Native only.
//!
//! - `meta`: what each page says about itself (`PageMeta`, per page type);
//! - `head`: that put into the build's `index.html` around the pre-rendered body;
//! - `downloads`: the data files offered in every footer; `package`: them described as a
//!   Frictionless data package;
//! - `feed`: the changes log as an Atom feed; `app`: the web app manifest and its icons;
//!   the citation files of each record's page (`crate::citation`).

mod app;
mod downloads;
mod feed;
mod head;
mod meta;
mod offline;
mod package;

pub use app::icons as app_icons;
pub use downloads::{downloads, DOWNLOADS};
pub use package::DATAPACKAGE;

/// The changes log's Atom feed, in each language's folder: "feed.xml", "uk/feed.xml".
pub const FEED: &str = "feed.xml";
/// The web app manifest, in each language's folder.
pub const MANIFEST: &str = "manifest.webmanifest";
pub use head::error_pages;
pub use meta::PageMeta;
pub use offline::service_worker;

use crate::html::escape;
use crate::i18n::Lang;
use crate::model::Dataset;
use crate::share_card::{Measure, ShareCard, ShareImage};
use crate::timeline::Part;
use downloads::record_files;
use head::render_page;
use meta::*;

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

/// What the site adds to the app's build: its text files, and the share images to draw (the
/// `site` binary turns each SVG into a PNG at its path).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generated {
    pub files: Vec<SiteFile>,
    pub images: Vec<ShareImage>,
}

/// Every file the site adds to the app's build: each page in English, and in Ukrainian when
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
        files.extend(citation_files(&meta, config));
        let image = image_of(&meta.card);
        files.push(SiteFile {
            path: format!("{}/index.html", address.trim_end_matches('/'))
                .trim_start_matches('/')
                .to_string(),
            contents: render_page(template, &meta, Some(&image), config, &prerender(&address)),
        });
    };
    let languages = [(Lang::En, Some(data)), (Lang::Uk, ukrainian)];
    let mut per_language = Vec::new();
    for (lang, data) in languages.into_iter().filter_map(|(l, d)| Some((l, d?))) {
        for meta in pages(lang, data, config) {
            page(meta);
        }
        per_language.push(SiteFile {
            path: meta::address(lang, FEED),
            contents: feed::atom(lang, data, config),
        });
        per_language.push(SiteFile {
            path: app::manifest_path(lang),
            contents: app::manifest(lang),
        });
    }
    // Unknown paths: the points page, on which the app names what it could not find (and
    // sends a timeline address, or a Ukrainian one, on to its page).
    let not_found = not_found_meta(Lang::En, home_card(Lang::En, data));
    files.extend(per_language);
    let image = image_of(&not_found.card);
    // It answers Ukrainian addresses too: it carries the islands' Ukrainian (as the
    // Ukrainian pages do) to name what it could not find in the address's language.
    let not_found_body = format!(
        "{}<div id=\"{}\" hidden {}=\"{}\"></div>",
        prerender(""),
        crate::markup::LIVE_STRINGS,
        crate::markup::DATA_STRINGS,
        crate::html::escape(&crate::i18n::live_uk_attr())
    );
    files.push(SiteFile {
        path: "404.html".into(),
        contents: render_page(template, &not_found, Some(&image), config, &not_found_body),
    });
    files.push(SiteFile {
        path: "sitemap.xml".into(),
        contents: sitemap(&urls),
    });
    if config.record_pages {
        files.extend(downloads(data, config, data_files));
        files.extend(package::package(data));
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
    images.extend(app::icons());
    Generated { files, images }
}

/// FNV-1a's 64-bit offset basis, the usual seed of `fnv1a`.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a, 64 bits, of `bytes` from `seed`: what names the offline cache (a hash of the
/// build) and the feed's entry ids. It guards nothing.
fn fnv1a(seed: u64, bytes: impl IntoIterator<Item = u8>) -> u64 {
    bytes.into_iter().fold(seed, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// A record's page's citation in each format (`crate::citation`): "cite/point-21.bib", …
fn citation_files(meta: &PageMeta, config: &SiteConfig) -> Vec<SiteFile> {
    let (Some(reference), Some(cited)) = (meta.reference(config), &meta.cited) else {
        return Vec::new();
    };
    crate::citation::Format::ALL
        .iter()
        .filter_map(|&format| {
            Some(SiteFile {
                path: crate::citation::file(meta.lang, &cited.record, format)?,
                contents: format.write(&reference),
            })
        })
        .collect()
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
    if !data.positions.is_empty() {
        out.push(positions_meta(lang, data));
    }
    if !data.changes.is_empty() {
        out.push(changes_meta(lang, data));
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
