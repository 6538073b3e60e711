//! The changes log as an Atom feed (RFC 4287): `feed.xml` and `uk/feed.xml`, one entry per
//! change, linked from every page's head. Its ids and dates come from the log alone (an
//! entry's id is made from the change's id, its date is the change's date, the feed's the
//! newest change's), so two builds of the same data write the same feed.

use super::meta::address;
use super::SiteConfig;
use crate::html::escape;
use crate::i18n::{fill, t, Lang};
use crate::model::{Change, Dataset};
use crate::titles::site_name;
use crate::url::CHANGES;

/// The feed's title: "Twenty-Eight: corrections and changes to the data".
pub fn title(lang: Lang) -> String {
    fill(
        t(lang, "{0}: corrections and changes to the data"),
        &[site_name(lang)],
    )
}

/// A URN that names `name` for good, wherever the site is hosted: a UUID (RFC 9562 version 8,
/// the custom kind) made of two FNV-1a hashes of the name.
fn urn(name: &str) -> String {
    let fnv = |seed| super::fnv1a(seed, name.bytes());
    let (a, b) = (fnv(super::FNV_OFFSET), fnv(0x6c62_272e_07bb_0142));
    // Version 8 in the 13th hex digit, the RFC's variant (10xx) in the 17th.
    let a = (a & !0xf000) | 0x8000;
    let b = (b & !(0b11 << 62)) | (0b10 << 62);
    format!(
        "urn:uuid:{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        a >> 32,
        (a >> 16) & 0xffff,
        a & 0xffff,
        b >> 48,
        b & 0xffff_ffff_ffff
    )
}

/// An Atom date: the change's day, at midnight UTC.
fn stamp(date: &str) -> String {
    format!("{date}T00:00:00Z")
}

/// The feed of `data`'s changes in `lang` (the Ukrainian data's texts are Ukrainian).
pub fn atom(lang: Lang, data: &Dataset, config: &SiteConfig) -> String {
    let page = config.absolute(&address(lang, CHANGES));
    let updated = data.data_version().unwrap_or("2025-11-20");
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\
         <feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{code}\">\n  \
         <title>{title}</title>\n  \
         <subtitle>{subtitle}</subtitle>\n  \
         <id>{id}</id>\n  \
         <updated>{updated}</updated>\n  \
         <link rel=\"self\" type=\"application/atom+xml\" href=\"{feed}\"/>\n  \
         <link rel=\"alternate\" type=\"text/html\" href=\"{page}\"/>\n  \
         <author><name>{site}</name></author>\n",
        code = lang.code(),
        title = escape(&title(lang)),
        subtitle = escape(t(
            lang,
            "Every change to the data, newest first: what changed, in which records, why, and the sources it rests on."
        )),
        id = urn(&format!("twenty-eight/{}/changes", lang.code())),
        updated = stamp(updated),
        feed = escape(&config.absolute(&address(lang, super::FEED))),
        page = escape(&page),
        site = escape(site_name(lang)),
    );
    for change in &data.changes {
        out.push_str(&entry(lang, change, &page));
    }
    out.push_str("</feed>\n");
    out
}

fn entry(lang: Lang, c: &Change, page: &str) -> String {
    let kind = fill(t(lang, c.kind.dated()), &[""]);
    format!(
        "  <entry>\n    \
         <id>{id}</id>\n    \
         <title>{title}</title>\n    \
         <published>{date}</published>\n    \
         <updated>{date}</updated>\n    \
         <link rel=\"alternate\" type=\"text/html\" href=\"{link}\"/>\n    \
         <category term=\"{term}\" label=\"{label}\"/>\n    \
         <summary type=\"text\">{summary}</summary>\n  \
         </entry>\n",
        id = urn(&format!("twenty-eight/{}/changes/{}", lang.code(), c.id)),
        title = escape(&c.title),
        date = stamp(&c.date),
        link = escape(&format!("{page}#change-{}", c.id)),
        term = c.kind.code(),
        label = escape(kind.trim()),
        summary = escape(&format!("{} {} {}", c.what, t(lang, "Why:"), c.why)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urns_are_uuids_of_version_8_and_stable() {
        let u = urn("twenty-eight/en/changes/2026-12-06-x");
        assert_eq!(u, urn("twenty-eight/en/changes/2026-12-06-x"));
        assert_ne!(u, urn("twenty-eight/uk/changes/2026-12-06-x"));
        let hex = u.strip_prefix("urn:uuid:").unwrap();
        let groups: Vec<&str> = hex.split('-').collect();
        assert_eq!(
            groups.iter().map(|g| g.len()).collect::<Vec<_>>(),
            [8, 4, 4, 4, 12]
        );
        assert!(groups[2].starts_with('8'), "{u}");
        assert!("89ab".contains(&groups[3][..1]), "{u}");
    }

    #[test]
    fn the_feed_has_an_entry_per_change_dated_by_the_log() {
        let data = crate::data::load_shipped().expect("shipped data");
        let config = SiteConfig {
            base: "/t/".into(),
            site_url: Some("https://example.org/t/".into()),
            record_pages: true,
        };
        let feed = atom(Lang::En, &data, &config);
        assert_eq!(feed.matches("<entry>").count(), data.changes.len());
        let newest = data.data_version().unwrap();
        assert!(feed.contains(&format!("<updated>{newest}T00:00:00Z</updated>")));
        assert!(feed.contains("href=\"https://example.org/t/feed.xml\""));
        assert!(feed.contains(&format!(
            "href=\"https://example.org/t/changes#change-{}\"",
            data.changes[0].id
        )));
        assert_eq!(feed, atom(Lang::En, &data, &config));
    }
}
