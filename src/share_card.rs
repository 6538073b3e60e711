//! A page's share image (`og:image`) as an SVG: the site's name, a kicker (the point's number or
//! the event's date), the title wrapped to at most three lines, and the parties as chips with
//! their roles in words. Pure: text widths come from the caller (`share_image` measures them
//! with the font the image is drawn in), and the `site` binary turns the SVG into a PNG.

use crate::html::escape;
use crate::i18n::{fill, t, Lang};
use crate::model::Role;

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
/// The family the SVG names; `share_image` loads the two faces (regular, bold) under it.
pub const FONT_FAMILY: &str = "DejaVu Sans";
/// Changes with the drawing below, so that every image gets a new name (caches refresh).
const DESIGN: &str = "share-card 1";

const MARGIN: f32 = 72.0;
const TITLE_LINES: usize = 3;

/// How wide `text` is at `size` px, in the bold face or the regular one.
pub type Measure<'a> = &'a dyn Fn(&str, f32, bool) -> f32;

/// One party on the card: its short name and, for a point, its role there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chip {
    pub party: String,
    pub name: String,
    pub role: Option<Role>,
}

/// What a page's image says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareCard {
    /// The language its words are in.
    pub lang: Lang,
    /// The file's name before its hash: "home", "p-21", "e-2025-11-20-…" (Ukrainian cards:
    /// "uk-home", "uk-p-21"…).
    pub stem: String,
    /// A point's number, drawn as the site's number badge.
    pub number: Option<u32>,
    /// The line above the title: "Point 21 of 28", "20 November 2025 · Leak".
    pub kicker: String,
    pub title: String,
    pub chips: Vec<Chip>,
}

/// An image ready to draw: where it goes (relative to the site's base), its alt text, its SVG.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareImage {
    pub path: String,
    pub alt: String,
    pub svg: String,
}

impl ShareCard {
    /// The text a reader who cannot see the image is given (`og:image:alt`).
    pub fn alt(&self) -> String {
        let mut alt = format!("{}: {}.", self.kicker, self.title);
        if !self.chips.is_empty() {
            let chips: Vec<String> = self
                .chips
                .iter()
                .map(|c| match c.role {
                    // "Ukraine obliged", «Україна: зобов'язання».
                    Some(r) => match self.lang {
                        Lang::En => format!("{} {}", c.name, r.code()),
                        Lang::Uk => format!("{}: {}", c.name, t(self.lang, r.code())),
                    },
                    None => c.name.clone(),
                })
                .collect();
            alt.push_str(&fill(t(self.lang, " Parties: {0}."), &[&chips.join(", ")]));
        }
        alt
    }

    /// The card drawn as SVG, named by a hash of that SVG.
    pub fn image(&self, measure: Measure) -> ShareImage {
        let svg = svg(self, measure);
        ShareImage {
            path: format!("share/{}-{:016x}.png", self.stem, fnv1a(&svg)),
            alt: self.alt(),
            svg,
        }
    }
}

/// Splits `text` into lines no wider than `max` (by `width`), at most `max_lines` of them; a
/// text that does not fit ends its last line with "…". A word wider than a line is cut.
pub fn wrap(text: &str, max: f32, max_lines: usize, width: &dyn Fn(&str) -> f32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let joined = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if width(&joined) <= max {
            line = joined;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        // The word starts a line; if it is wider than a line, it is cut where it overflows.
        for c in word.chars() {
            line.push(c);
            if width(&line) > max {
                line.pop();
                lines.push(std::mem::replace(&mut line, c.to_string()));
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        let last = lines.last_mut().expect("max_lines > 0");
        *last = ellipsis(last, max, width);
    }
    lines
}

/// `line` with "…" appended, dropping words (or characters) until it fits.
fn ellipsis(line: &str, max: f32, width: &dyn Fn(&str) -> f32) -> String {
    let mut cut = line.trim_end().to_string();
    loop {
        let candidate = format!("{}…", cut.trim_end_matches([' ', ',', ';', ':', '.']));
        if width(&candidate) <= max || cut.is_empty() {
            return candidate;
        }
        match cut.rfind(' ') {
            Some(i) if width(&format!("{}…", &cut[..i])) <= max => cut.truncate(i),
            _ => {
                cut.pop();
            }
        }
    }
}

/// FNV-1a, 64 bits: a stable name for each image's content.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The colours of a role's chip (background, text), as the site's light theme has them.
fn role_colours(role: Option<Role>) -> (&'static str, &'static str) {
    match role {
        Some(Role::Obliged) => ("#fde7df", "#8a2a0a"),
        Some(Role::Benefits) => ("#dff3e4", "#14532d"),
        _ => ("#eceef2", "#3a3f4a"),
    }
}

fn party_colour(code: &str) -> &'static str {
    match code {
        "ua" => "#1d4ed8",
        "ru" => "#b91c1c",
        "us" => "#6d28d9",
        "eu" => "#a16207",
        "nato" => "#0f766e",
        _ => "#4b4f58",
    }
}

fn text(x: f32, y: f32, size: f32, bold: bool, fill: &str, content: &str) -> String {
    format!(
        "<text x=\"{x}\" y=\"{y}\" font-size=\"{size}\"{} fill=\"{fill}\">{}</text>",
        if bold { " font-weight=\"bold\"" } else { "" },
        escape(content)
    )
}

/// The title's lines and size: as large as lets it fit in three lines, else the smallest
/// size, cut with "…".
fn title_lines(title: &str, max: f32, measure: Measure) -> (f32, Vec<String>) {
    for size in [66.0, 58.0] {
        let width = |s: &str| measure(s, size, true);
        if wrap(title, max, usize::MAX, &width).len() <= TITLE_LINES {
            return (size, wrap(title, max, TITLE_LINES, &width));
        }
    }
    let size = 52.0;
    (
        size,
        wrap(title, max, TITLE_LINES, &|s| measure(s, size, true)),
    )
}

/// The chips, laid out in one row from the left; when not all fit, as many as leave room for
/// a last "+n more".
fn chips_svg(lang: Lang, chips: &[Chip], y: f32, measure: Measure) -> String {
    const SIZE: f32 = 28.0;
    const PAD: f32 = 20.0;
    const DOT: f32 = 18.0;
    const GAP: f32 = 14.0;
    let room = WIDTH as f32 - 2.0 * MARGIN;
    let label = |c: &Chip| match c.role {
        Some(r) => format!("{}: {}", c.name, t(lang, r.code())),
        None => c.name.clone(),
    };
    let widths: Vec<f32> = chips
        .iter()
        .map(|c| PAD + DOT + 10.0 + measure(&label(c), SIZE, false) + PAD)
        .collect();
    let span = |k: usize| widths[..k].iter().map(|w| w + GAP).sum::<f32>();
    let more = |k: usize| fill(t(lang, "+{0} more"), &[&(chips.len() - k).to_string()]);
    let shown = if span(chips.len()) - GAP <= room {
        chips.len()
    } else {
        (0..chips.len())
            .rev()
            .find(|&k| span(k) + measure(&more(k), SIZE, false) <= room)
            .unwrap_or(0)
    };
    let mut out = String::new();
    let mut x = MARGIN;
    for (chip, w) in chips.iter().zip(&widths).take(shown) {
        let (bg, fg) = role_colours(chip.role);
        out.push_str(&format!(
            "<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"60\" rx=\"30\" fill=\"{bg}\"/>\
             <circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\"/>",
            x + PAD + DOT / 2.0,
            y + 30.0,
            DOT / 2.0,
            party_colour(&chip.party)
        ));
        out.push_str(&text(
            x + PAD + DOT + 10.0,
            y + 40.0,
            SIZE,
            false,
            fg,
            &label(chip),
        ));
        x += w + GAP;
    }
    if shown < chips.len() {
        out.push_str(&text(x, y + 40.0, SIZE, false, "#4b4f58", &more(shown)));
    }
    out
}

/// The card as an SVG document, `WIDTH` × `HEIGHT`.
pub fn svg(card: &ShareCard, measure: Measure) -> String {
    let right = WIDTH as f32 - MARGIN;
    let mut body = String::new();
    // The site's name, top left, and what it is, top right.
    body.push_str(&format!(
        "<rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"#fbfaf7\"/>\
         <rect width=\"{WIDTH}\" height=\"14\" fill=\"#0b4fb3\"/>"
    ));
    let name = t(card.lang, "Twenty-Eight").to_uppercase();
    body.push_str(&text(MARGIN, 84.0, 30.0, true, "#1b1b1f", &name));
    let about = t(card.lang, "The US 28-point peace plan for Ukraine");
    body.push_str(&format!(
        "<text x=\"{right}\" y=\"84\" font-size=\"26\" text-anchor=\"end\" fill=\"#4b4f58\">{}</text>",
        escape(about)
    ));
    // The kicker, after the number badge when there is one.
    let mut x = MARGIN;
    if let Some(n) = card.number {
        let label = n.to_string();
        let w = measure(&label, 54.0, true) + 36.0;
        body.push_str(&format!(
            "<rect x=\"{MARGIN}\" y=\"128\" width=\"{w}\" height=\"76\" rx=\"12\" fill=\"#1b1b1f\"/>"
        ));
        body.push_str(&text(MARGIN + 18.0, 186.0, 54.0, true, "#ffffff", &label));
        x += w + 22.0;
    }
    let kicker = wrap(&card.kicker, right - x, 1, &|s| measure(s, 32.0, false));
    body.push_str(&text(x, 178.0, 32.0, false, "#0b4fb3", &kicker.concat()));
    // The title.
    let (size, lines) = title_lines(&card.title, right - MARGIN, measure);
    let line_height = (size * 1.18).round();
    for (i, line) in lines.iter().enumerate() {
        let y = 230.0 + size + line_height * i as f32;
        body.push_str(&text(MARGIN, y, size, true, "#1b1b1f", line));
    }
    body.push_str(&chips_svg(card.lang, &card.chips, 510.0, measure));
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" \
         viewBox=\"0 0 {WIDTH} {HEIGHT}\" font-family=\"{FONT_FAMILY}\">\
         <!-- {DESIGN} -->{body}</svg>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character 0.6 em wide (bold 0.65 em).
    fn mono(text: &str, size: f32, bold: bool) -> f32 {
        text.chars().count() as f32 * size * if bold { 0.65 } else { 0.6 }
    }

    fn by_chars(s: &str) -> f32 {
        s.chars().count() as f32
    }

    #[test]
    fn wraps_at_words_and_ends_an_overflow_with_an_ellipsis() {
        assert_eq!(
            wrap("one two three", 7.0, 3, &by_chars),
            ["one two", "three"]
        );
        let lines = wrap("aa bb cc dd ee ff gg", 5.0, 2, &by_chars);
        assert_eq!(lines, ["aa bb", "cc…"]);
        assert!(lines.iter().all(|l| by_chars(l) <= 5.0));
        assert_eq!(wrap("abcdefgh", 3.0, 5, &by_chars), ["abc", "def", "gh"]);
        assert!(wrap("", 5.0, 3, &by_chars).is_empty());
    }

    #[test]
    fn a_long_title_takes_three_lines_and_an_ellipsis() {
        let card = ShareCard {
            lang: Lang::En,
            stem: "p-1".into(),
            number: Some(1),
            kicker: "Point 1 of 28".into(),
            title: "word ".repeat(80),
            chips: vec![],
        };
        let svg = svg(&card, &mono);
        // Site name, about line, badge number, kicker, then the title's lines.
        assert_eq!(svg.matches("<text").count(), 4 + TITLE_LINES);
        assert!(svg.contains("…</text>"));
    }

    #[test]
    fn text_is_escaped_and_names_change_with_the_text() {
        let card = ShareCard {
            lang: Lang::En,
            stem: "e-x".into(),
            number: None,
            kicker: "20 November 2025".into(),
            title: "A <b> & \"c\"".into(),
            chips: vec![Chip {
                party: "ua".into(),
                name: "Ukraine".into(),
                role: Some(Role::Obliged),
            }],
        };
        let image = card.image(&mono);
        assert!(image.svg.contains("A &lt;b&gt; &amp; &quot;c&quot;"));
        assert!(!image.svg.contains("<b>"));
        assert!(image.path.starts_with("share/e-x-") && image.path.ends_with(".png"));
        assert_eq!(
            image.alt,
            "20 November 2025: A <b> & \"c\". Parties: Ukraine obliged."
        );
        let other = ShareCard {
            title: "Another title".into(),
            ..card.clone()
        };
        assert_ne!(other.image(&mono).path, image.path);
        assert_eq!(card.image(&mono).path, image.path, "the name is stable");
    }

    #[test]
    fn chips_that_do_not_fit_are_counted() {
        let chip = |name: &str| Chip {
            party: "eu".into(),
            name: name.into(),
            role: Some(Role::Benefits),
        };
        let chips: Vec<Chip> = (0..8).map(|i| chip(&format!("Party {i}"))).collect();
        let out = chips_svg(Lang::En, &chips, 0.0, &mono);
        let drawn = out.matches("<rect").count();
        assert!((1..8).contains(&drawn));
        assert!(out.contains(&format!("+{} more", 8 - drawn)));
    }
}
