//! `sw.js`, the offline worker, written once every page of a build is: it precaches the app's
//! files (its lazy parts too), the screens' pages and the files their downloads read, in both
//! languages, and serves them when the network is gone.
//!
//! Its cache is named after a hash of every file of the build (pages included), so any new
//! deploy ships a new sw.js: the browser installs it, it takes over and deletes the old cache.
//! Pages are fetched network-first (a new deploy's page comes with its own, new file names),
//! the content-hashed files cache-first: a page of build B never runs with build A's wasm.
//! Offline, an address opens the page of its screen, found with the path table
//! (`url::SCREENS`); an event's page, by the date its id starts with (`timeline::TIMELINE_END`).

use crate::export::{in_lang, EVENTS_CSV, EVENTS_JSON, POINTS_CSV, POINTS_JSON};
use crate::i18n::Lang;
use crate::timeline::{Part, TIMELINE_END};
use crate::url::{Screen, EVENT_PREFIX, SCREENS};

/// The worker of a build whose files are `files` (paths relative to the build's folder, with
/// their contents; sw.js itself left out), hosted under `base` ("/" or "/twenty-eight/").
pub fn service_worker(files: &[(String, Vec<u8>)], base: &str) -> String {
    let names: Vec<&str> = files.iter().map(|(p, _)| p.as_str()).collect();
    // The app's content-hashed files: the stylesheet at the root, and its folder (the boot
    // script, the JS glue, the wasm and its lazy parts, which a download then finds offline).
    let app = names.iter().filter(|f| {
        let (folder, file) = f.rsplit_once('/').unwrap_or(("", f));
        (folder.is_empty() || is_app_folder(folder))
            && [".js", ".wasm", ".css"].iter().any(|e| file.ends_with(e))
    });
    let prefixes = [Lang::En, Lang::Uk].map(Lang::prefix);
    let pages = prefixes.iter().flat_map(|prefix| {
        SCREENS
            .iter()
            .map(move |(s, _)| format!("{prefix}{}", s.page_file()))
    });
    // The files the screens' downloads keep the shown records of, in both languages: with
    // the lazy part that does it, "Download CSV" works offline too.
    let downloads = [Lang::En, Lang::Uk].into_iter().flat_map(|lang| {
        [POINTS_CSV, POINTS_JSON, EVENTS_CSV, EVENTS_JSON].map(|f| in_lang(lang, f))
    });
    let precache: Vec<String> = app
        .map(|f| f.to_string())
        .chain(
            pages
                .chain(downloads)
                .filter(|p| names.contains(&p.as_str())),
        )
        .map(|f| format!("{base}{f}"))
        .collect();
    let screens: Vec<(&str, String)> = SCREENS.iter().map(|(s, p)| (*p, s.page_file())).collect();
    TEMPLATE
        .replace("@VERSION@", &version(files))
        .replace("@BASE@", &json_string(base))
        .replace("@FILES@", &json_list(precache.iter().map(String::as_str)))
        .replace(
            "@LANGS@",
            &json_list(prefixes.into_iter().filter(|p| !p.is_empty())),
        )
        .replace(
            "@SCREENS@",
            &format!(
                "[{}]",
                screens
                    .iter()
                    .map(|(p, f)| format!("[{},{}]", json_string(p), json_string(f)))
                    .collect::<Vec<_>>()
                    .join(",")
            ),
        )
        .replace("@EVENTS@", &json_string(EVENT_PREFIX))
        .replace("@RELEASE@", &json_string(&TIMELINE_END.to_string()))
        .replace(
            "@PLAN@",
            &json_string(&Screen::Timeline(Part::Plan).page_file()),
        )
        .replace(
            "@AFTER@",
            &json_string(&Screen::Timeline(Part::After).page_file()),
        )
}

/// `app-<hash>/`, where tools/build-app.mjs puts the app's code.
fn is_app_folder(folder: &str) -> bool {
    folder
        .strip_prefix("app-")
        .is_some_and(|hash| !hash.is_empty() && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// 12 hex digits of a hash (FNV-1a, 64 bits) of every file's path and contents: it changes
/// whenever any file of the build does (it names a cache; it guards nothing).
fn version(files: &[(String, Vec<u8>)]) -> String {
    let bytes = files
        .iter()
        .flat_map(|(path, contents)| path.bytes().chain([0]).chain(contents.iter().copied()));
    format!("{:012x}", super::fnv1a(super::FNV_OFFSET, bytes) >> 16)
}

/// A JSON (and JavaScript) string: the paths here are ASCII without quotes or backslashes,
/// but a base path comes from the environment.
fn json_string(s: &str) -> String {
    let mut out = String::from('"');
    for c in s.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c == '<' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn json_list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    format!("[{}]", items.map(json_string).collect::<Vec<_>>().join(","))
}

const TEMPLATE: &str = r#"// Generated by the site binary (src/site/offline.rs): precaches this build, serves it offline.
const CACHE = "twenty-eight-@VERSION@";
const BASE = @BASE@;
const FILES = @FILES@;
// The path table (src/url/paths.rs): each screen's path and its page; the languages' prefixes.
const LANGS = @LANGS@;
const SCREENS = @SCREENS@;
const EVENTS = @EVENTS@;
const RELEASE = @RELEASE@;
const PLAN = @PLAN@;
const AFTER = @AFTER@;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("twenty-eight-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// Offline, an address opens the page of its screen, in its language. An event's id starts
// with its date, which says its part of the timeline: after the release, the part after it.
const pageFor = (path) => {
  let rest = path.slice(BASE.length);
  const lang = LANGS.find((l) => rest === l.slice(0, -1) || rest.startsWith(l)) ?? "";
  rest = rest.slice(lang.length).replace(/index\.html$/, "").replace(/\/+$/, "");
  const screen = SCREENS.find(([p]) => p === rest);
  let page = "index.html";
  if (screen) page = screen[1];
  else if (rest.startsWith(EVENTS)) page = rest.slice(EVENTS.length, EVENTS.length + 10) > RELEASE ? AFTER : PLAN;
  return BASE + lang + page;
};

self.addEventListener("fetch", (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== "GET" || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  if (req.mode === "navigate") {
    // Pages: the network first (each has its own head tags and this deploy's file names).
    event.respondWith(fetch(req).catch(() => caches.match(pageFor(url.pathname))));
    return;
  }
  // Hashed files never change: the cache first.
  event.respondWith(caches.match(req).then((hit) => hit || fetch(req)));
});
"#;

#[cfg(test)]
mod tests {
    use super::*;

    fn build() -> Vec<(String, Vec<u8>)> {
        [
            "app-1f/boot.js",
            "app-1f/twenty_eight.js",
            "app-1f/twenty_eight_bg.wasm",
            "app-1f/split_downloads.wasm",
            "style-1.css",
            "downloads/twenty-eight-points.csv",
            "downloads/uk/twenty-eight-events.json",
            "downloads/datapackage.json",
            "index.html",
            "timeline/index.html",
            "timeline/after/index.html",
            "balance/index.html",
            "uk/index.html",
            "p/21/index.html",
            "robots.txt",
        ]
        .iter()
        .map(|p| (p.to_string(), p.as_bytes().to_vec()))
        .collect()
    }

    #[test]
    fn precaches_the_app_and_the_screens_that_exist() {
        let sw = service_worker(&build(), "/twenty-eight/");
        let files = sw.lines().find(|l| l.starts_with("const FILES")).unwrap();
        assert_eq!(
            files,
            "const FILES = [\"/twenty-eight/app-1f/boot.js\",\"/twenty-eight/app-1f/twenty_eight.js\",\"/twenty-eight/app-1f/twenty_eight_bg.wasm\",\"/twenty-eight/app-1f/split_downloads.wasm\",\"/twenty-eight/style-1.css\",\"/twenty-eight/index.html\",\"/twenty-eight/timeline/index.html\",\"/twenty-eight/timeline/after/index.html\",\"/twenty-eight/balance/index.html\",\"/twenty-eight/uk/index.html\",\"/twenty-eight/downloads/twenty-eight-points.csv\",\"/twenty-eight/downloads/uk/twenty-eight-events.json\"];"
        );
        assert!(sw.contains(r#"const SCREENS = [["","index.html"],["timeline","timeline/index.html"],["timeline/after","timeline/after/index.html"],["balance","balance/index.html"]];"#));
        assert!(sw.contains(r#"const RELEASE = "2025-11-21";"#));
        assert!(sw.contains(r#"const LANGS = ["uk/"];"#));
        assert!(!sw.contains('@'), "a placeholder left: {sw}");
    }

    #[test]
    fn a_changed_file_is_a_new_cache() {
        let a = build();
        let mut b = build();
        b[1].1.push(0);
        let name = |files: &[(String, Vec<u8>)]| {
            let sw = service_worker(files, "/");
            sw.lines().nth(1).unwrap().to_string()
        };
        assert_eq!(name(&a), name(&build()));
        assert_ne!(name(&a), name(&b));
        assert_eq!(
            name(&a).len(),
            r#"const CACHE = "twenty-eight-0123456789ab";"#.len()
        );
    }

    #[test]
    fn quotes_a_hostile_base() {
        assert_eq!(json_string("/a\"b\\</"), r#""/a\"b\\\u003c/""#);
    }
}
