//! The installable app: a web app manifest per language (`manifest.webmanifest`,
//! `uk/manifest.webmanifest`) and its icons, drawn at build time by the share images' painter.
//! Every URL in a manifest is relative to the manifest itself, so the app's start and scope
//! follow the base path the site is served under; the start page is one the offline worker
//! precaches, so the installed app opens offline.

use super::meta::address;
use crate::export::json_string;
use crate::i18n::{fill, t, Lang};
use crate::share_card::{ShareImage, FONT_FAMILY};
use crate::titles::{screen_title, site_name};
use crate::url::Screen;

/// The page background in each colour scheme (`style/main.css`'s `--bg`): the browser's
/// theme colour, and the installed app's splash screen.
pub const THEME_LIGHT: &str = "#fbfaf7";
pub const THEME_DARK: &str = "#121316";
/// The icons' colour (`--accent`).
const ACCENT: &str = "#0b4fb3";

/// The icons' sizes, in pixels: what Chromium asks of an installable app (192 and 512).
pub const ICON_SIZES: [u32; 2] = [192, 512];
/// The icon a home screen on iOS takes (`apple-touch-icon`).
pub const ICON_TOUCH: &str = "icons/icon-192.png";

/// An icon's file, relative to the base: "icons/icon-512.png".
pub fn icon_path(size: u32) -> String {
    format!("icons/icon-{size}.png")
}

/// An icon as an SVG for the painter: "28" in white on the accent, inside the central 80% a
/// maskable icon keeps, so one drawing serves both purposes.
fn icon_svg(size: u32) -> String {
    let s = size as f32;
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{size}\" height=\"{size}\" \
         viewBox=\"0 0 {size} {size}\" font-family=\"{FONT_FAMILY}\">\
         <rect width=\"{size}\" height=\"{size}\" fill=\"{ACCENT}\"/>\
         <text x=\"{x}\" y=\"{y}\" font-size=\"{font}\" font-weight=\"700\" fill=\"#ffffff\" \
         text-anchor=\"middle\">28</text></svg>",
        x = s / 2.0,
        y = s * 0.64,
        font = s * 0.42,
    )
}

/// The icons to draw.
pub fn icons() -> Vec<ShareImage> {
    ICON_SIZES
        .iter()
        .map(|&size| ShareImage {
            path: icon_path(size),
            alt: String::new(),
            svg: icon_svg(size),
        })
        .collect()
}

/// The manifest of `lang`'s pages, at `address(lang, MANIFEST)`: it starts on the language's
/// points page and its scope is the language's pages.
pub fn manifest(lang: Lang) -> String {
    // From the manifest's folder back to the base, where the icons are: "" or "../".
    let to_base = "../".repeat(lang.prefix().matches('/').count());
    let icons: Vec<String> = ICON_SIZES
        .iter()
        .flat_map(|&size| {
            let src = json_string(&format!("{to_base}{}", icon_path(size)));
            ["any", "maskable"].map(|purpose| {
                format!(
                    "    {{ \"src\": {src}, \"sizes\": \"{size}x{size}\", \"type\": \"image/png\", \"purpose\": \"{purpose}\" }}"
                )
            })
        })
        .collect();
    format!(
        "{{\n  \"id\": \"./\",\n  \"name\": {name},\n  \"short_name\": {short},\n  \"description\": {description},\n  \"lang\": \"{code}\",\n  \"dir\": \"ltr\",\n  \"start_url\": \"./\",\n  \"scope\": \"./\",\n  \"display\": \"standalone\",\n  \"background_color\": \"{THEME_LIGHT}\",\n  \"theme_color\": \"{THEME_LIGHT}\",\n  \"icons\": [\n{icons}\n  ]\n}}\n",
        name = json_string(&screen_title(lang, Screen::Points)),
        short = json_string(site_name(lang)),
        description = json_string(&fill(
            t(
                lang,
                "The US {0}-point peace plan for Ukraine, point by point, in our own words and sourced"
            ),
            &["28"]
        )),
        code = lang.code(),
        icons = icons.join(",\n"),
    )
}

/// Where `lang`'s manifest is, relative to the base.
pub fn manifest_path(lang: Lang) -> String {
    address(lang, super::MANIFEST)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manifest_is_json_relative_to_itself() {
        for lang in [Lang::En, Lang::Uk] {
            let m: serde_json::Value = serde_json::from_str(&manifest(lang)).unwrap();
            assert_eq!(m["start_url"], "./");
            assert_eq!(m["lang"], lang.code());
            let src = m["icons"][0]["src"].as_str().unwrap();
            let expected = if lang == Lang::Uk {
                "../icons/icon-192.png"
            } else {
                "icons/icon-192.png"
            };
            assert_eq!(src, expected);
        }
        assert_eq!(manifest_path(Lang::Uk), "uk/manifest.webmanifest");
    }
}
