//! The document around a pre-rendered body: the build's `index.html` (the repository's, which
//! tools/build-app.mjs fills with the hashed, integrity-checked asset links) with the page's
//! `<title>`, description, canonical and alternate links and Open Graph / Twitter tags put in,
//! its `lang` set, and its scripts taken out where nothing moves. Plain string surgery on a known template (see ARCHITECTURE.md).

use super::meta::{address, card, not_found_meta, PageMeta};
use super::{SiteConfig, SiteFile};
use crate::html::escape;
use crate::i18n::{t, Lang};
use crate::share_card::ShareImage;
use crate::titles::{site_name, titled};

/// What a pre-rendered page says to readers without JavaScript.
pub const NOSCRIPT_NOTE: &str = "Without JavaScript the filters and copy buttons do nothing; \
the full text is below, and every title opens its own page.";

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

/// Fills the app's `index.html` (as tools/build-app.mjs wrote it) with a page's head tags and its body,
/// `prerendered`: the app's first view as HTML (see `ui::prerender`). The template must hold
/// `<html lang="en">`, `<title>…</title>`, a `<meta name="description" …>` and `<body>`.
pub fn render_page(
    template: &str,
    meta: &PageMeta,
    image: Option<&ShareImage>,
    config: &SiteConfig,
    prerendered: &str,
) -> String {
    let lang = meta.lang;
    let mut head = head_tags(meta, image.is_some(), config);
    if let Some(image) = image {
        head.push_str(&image_tags(image, config));
    }
    if let Some(reference) = meta.reference(config) {
        head.push_str(&citation_tags(&reference));
    }
    head.push_str(&app_tags(lang, config));
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
    let body = if meta.moves {
        format!(
            "<body>\n<noscript><p class=\"noscript\">{}</p></noscript>{prerendered}",
            t(lang, NOSCRIPT_NOTE)
        )
    } else {
        format!("<body>\n{prerendered}")
    };
    html.replacen("<body>", &body, 1)
}

/// The title, description, canonical and alternate links, and the Open Graph and Twitter
/// tags (`large`: a share image follows, so the large card).
fn head_tags(meta: &PageMeta, large: bool, config: &SiteConfig) -> String {
    let lang = meta.lang;
    let title = escape(&meta.title);
    let description = escape(&meta.description);
    format!(
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
        url = escape(&config.absolute(&meta.address())),
        alternates = alternates(meta, config),
        locale = match lang {
            Lang::En => "en_US",
            Lang::Uk => "uk_UA",
        },
        name = escape(site_name(lang)),
        card = if large {
            "summary_large_image"
        } else {
            "summary"
        },
    )
}

/// The Highwire Press `citation_*` tags of a record's page, which Zotero and Google Scholar
/// read.
fn citation_tags(reference: &crate::citation::Reference) -> String {
    reference
        .highwire()
        .iter()
        .map(|(name, content)| {
            format!("\n  <meta name=\"{name}\" content=\"{}\">", escape(content))
        })
        .collect()
}

/// What every page links to in its language: the changes feed, the web app manifest and its
/// icon, and the browser's theme colour in each colour scheme (`style/main.css`'s `--bg`).
fn app_tags(lang: Lang, config: &SiteConfig) -> String {
    let href = |path: &str| escape(&config.absolute(&address(lang, path)));
    format!(
        "\n  <link rel=\"alternate\" type=\"application/atom+xml\" title=\"{feed_title}\" href=\"{feed}\">\n  \
         <link rel=\"manifest\" href=\"{manifest}\">\n  \
         <link rel=\"apple-touch-icon\" href=\"{icon}\">\n  \
         <meta name=\"theme-color\" media=\"(prefers-color-scheme: light)\" content=\"{light}\">\n  \
         <meta name=\"theme-color\" media=\"(prefers-color-scheme: dark)\" content=\"{dark}\">",
        feed_title = escape(&super::feed::title(lang)),
        feed = href(super::FEED),
        manifest = href(super::MANIFEST),
        icon = escape(&config.absolute(super::app::ICON_TOUCH)),
        light = super::app::THEME_LIGHT,
        dark = super::app::THEME_DARK,
    )
}

/// The share image's Open Graph and Twitter tags.
fn image_tags(image: &ShareImage, config: &SiteConfig) -> String {
    format!(
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
    )
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::share_card::ShareCard;

    #[test]
    fn renders_head_and_noscript_into_the_template() {
        let template = "<html><head><title>Old</title>\n  <meta name=\"description\" content=\"old\">\n</head><body></body></html>";
        let meta = PageMeta {
            cited: None,
            lang: Lang::En,
            path: "p/21".into(),
            title: "Point 21: <Territory> · Twenty-Eight".into(),
            description: "A \"quoted\" summary".into(),
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
        let html = render_page(template, &meta, Some(&image), &config, "<main></main>");
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
            render_page(template, &meta, Some(&image), &relative, "<main></main>")
                .contains("href=\"/t/p/21\"")
        );
        let prerendered = render_page(template, &meta, None, &relative, "<main>cards</main>");
        assert!(prerendered.contains("<main>cards</main></body>"));
        assert!(prerendered.contains(NOSCRIPT_NOTE));
        assert!(prerendered.contains("content=\"summary\">") && !prerendered.contains("og:image"));
    }
}
