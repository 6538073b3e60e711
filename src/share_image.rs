//! Draws the share images (native, `site` feature): measures text with the font the images use
//! (for `share_card`'s wrapping) and turns a card's SVG into a PNG with resvg. The fonts are
//! DejaVu Sans, cut to Latin and Cyrillic, shipped in `style/fonts/` (see its README).

use std::sync::Arc;

use resvg::{tiny_skia, usvg};
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

use crate::share_card::FONT_FAMILY;

const REGULAR: &[u8] = include_bytes!("../style/fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../style/fonts/DejaVuSans-Bold.ttf");

/// The fonts, loaded once: what measures the text and what draws it.
pub struct Painter {
    options: usvg::Options<'static>,
}

/// Why an image could not be drawn.
#[derive(Debug)]
pub struct PaintError(pub String);

impl std::fmt::Display for PaintError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Default for Painter {
    fn default() -> Self {
        let mut options = usvg::Options {
            font_family: FONT_FAMILY.to_string(),
            ..usvg::Options::default()
        };
        let fonts = Arc::make_mut(&mut options.fontdb);
        fonts.load_font_data(REGULAR.to_vec());
        fonts.load_font_data(BOLD.to_vec());
        Painter { options }
    }
}

impl Painter {
    /// The width of `text` at `size` px in the regular or the bold face (advances, no kerning:
    /// a little wider than drawn, so wrapped lines never overflow).
    pub fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        let font = FontRef::new(if bold { BOLD } else { REGULAR }).expect("shipped font parses");
        let charmap = font.charmap();
        let metrics = font.glyph_metrics(Size::new(size), LocationRef::default());
        text.chars()
            .map(|c| {
                metrics
                    .advance_width(charmap.map(c).unwrap_or_default())
                    .unwrap_or(0.0)
            })
            .sum()
    }

    /// The characters of `text` the fonts cannot draw.
    pub fn missing(&self, text: &str) -> Vec<char> {
        let font = FontRef::new(REGULAR).expect("shipped font parses");
        let charmap = font.charmap();
        text.chars()
            .filter(|&c| !c.is_whitespace() && charmap.map(c).is_none())
            .collect()
    }

    /// The SVG drawn as a PNG of its own size (a share card's is `WIDTH` × `HEIGHT`, an
    /// icon's square).
    pub fn png(&self, svg: &str) -> Result<Vec<u8>, PaintError> {
        let tree = usvg::Tree::from_str(svg, &self.options)
            .map_err(|e| PaintError(format!("SVG: {e}")))?;
        let size = tree.size().to_int_size();
        let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height())
            .ok_or_else(|| PaintError("no pixmap".into()))?;
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        pixmap
            .encode_png()
            .map_err(|e| PaintError(format!("PNG: {e}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::share_card::{Chip, ShareCard, HEIGHT, WIDTH};

    #[test]
    fn measures_the_bold_face_wider_and_knows_cyrillic() {
        let p = Painter::default();
        let regular = p.width("Territory", 60.0, false);
        assert!(regular > 200.0 && regular < 400.0, "{regular}");
        assert!(p.width("Territory", 60.0, true) > regular);
        assert!(p
            .missing("Україна: територія, «гарантії» — №1 €")
            .is_empty());
        assert_eq!(p.missing("日本"), ['日', '本']);
    }

    #[test]
    fn the_fonts_draw_every_title_and_party_in_the_data() {
        let p = Painter::default();
        let data = crate::data::load_shipped().expect("shipped data is valid");
        let texts = data
            .points
            .iter()
            .map(|x| &x.title)
            .chain(data.events.iter().map(|e| &e.title))
            .chain(data.parties.iter().map(|x| &x.short));
        for text in texts {
            assert!(p.missing(text).is_empty(), "{text}: {:?}", p.missing(text));
        }
    }

    #[test]
    fn draws_a_card_as_a_png_of_the_right_size() {
        let p = Painter::default();
        let card = ShareCard {
            lang: crate::i18n::Lang::En,
            stem: "p-21".into(),
            number: Some(21),
            kicker: "Point 21 of 28".into(),
            title: "Територія: Крим, Луганськ і Донецьк визнаються де-факто російськими".into(),
            chips: vec![Chip {
                party: "ua".into(),
                name: "Ukraine".into(),
                role: Some(crate::model::Role::Obliged),
            }],
        };
        let image = card.image(&|t, s, b| p.width(t, s, b));
        let png = p.png(&image.svg).expect("draws");
        assert_eq!(&png[1..4], b"PNG");
        let size = |png: &[u8]| {
            (
                u32::from_be_bytes(png[16..20].try_into().unwrap()),
                u32::from_be_bytes(png[20..24].try_into().unwrap()),
            )
        };
        assert_eq!(size(&png), (WIDTH, HEIGHT));
        for icon in crate::site::app_icons() {
            let n: u32 = icon
                .path
                .trim_start_matches("icons/icon-")
                .trim_end_matches(".png")
                .parse()
                .unwrap();
            assert_eq!(
                size(&p.png(&icon.svg).expect("draws")),
                (n, n),
                "{}",
                icon.path
            );
        }
        assert!(png.len() < 100_000, "{} bytes", png.len());
    }
}
