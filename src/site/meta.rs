//! What each page says about itself (`PageMeta`): its address, title, description and share
//! card, per page type, in both languages.

use super::SiteConfig;
use crate::citation::Reference;
use crate::date::Date;
use crate::i18n::{self, fill, t, Lang};
use crate::model::{Dataset, Event, Point, RecordRef};
use crate::share_card::{Chip, ShareCard};
use crate::timeline::Part;
use crate::titles::{
    clip_words, counted, event_title_from, outcome_label, point_title, screen_title, site_name,
    titled,
};
use crate::url::{encode_path, versions_path, Screen, View, CHANGES, POSITIONS};

/// What a page says about itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageMeta {
    pub lang: Lang,
    /// Path relative to the language's root, without trailing slash: "p/21" (the Ukrainian
    /// page is at "uk/p/21", see `address`).
    pub path: String,
    pub title: String,
    pub description: String,
    /// What the page's share image shows.
    pub card: ShareCard,
    /// Whether anything on the page moves: a page where nothing does (the comparison pages)
    /// gets no script at all.
    pub moves: bool,
    /// The record a record's page is about, for its citation (the Highwire tags, the
    /// `cite/…` files); `None` for the other pages, and where the data has no version.
    pub cited: Option<Cited>,
}

/// What a record's page cites: the record, its title and summary, the data's version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cited {
    pub record: RecordRef,
    /// "Point 21: Territory", without the site's name.
    pub title: String,
    pub summary: String,
    pub version: Date,
}

impl Cited {
    fn of(data: &Dataset, record: RecordRef, title: String, summary: &str) -> Option<Cited> {
        Some(Cited {
            record,
            title,
            summary: summary.to_string(),
            version: Date::parse(data.data_version()?)?,
        })
    }
}

impl PageMeta {
    /// The page's path relative to the base, in its language: "p/21", "uk/p/21", "uk/".
    pub fn address(&self) -> String {
        address(self.lang, &self.path)
    }

    /// The reference a reference manager keeps of a record's page, at its address.
    pub fn reference(&self, config: &SiteConfig) -> Option<Reference> {
        let cited = self.cited.as_ref()?;
        Some(Reference {
            key: Reference::key(&cited.record),
            lang: self.lang,
            title: cited.title.clone(),
            site: site_name(self.lang).to_string(),
            container: screen_title(self.lang, Screen::Points),
            summary: cited.summary.clone(),
            url: config.absolute(&self.address()),
            version: cited.version,
        })
    }
}

/// `path` in `lang`: "p/21" → "uk/p/21"; the home page "" → "uk/".
pub(super) fn address(lang: Lang, path: &str) -> String {
    format!("{}{path}", lang.prefix())
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
pub(super) fn card(
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
pub(super) fn home_card(lang: Lang, data: &Dataset) -> ShareCard {
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
        path: encode_path(&View::Point(p.number)),
        title: point_title(lang, p.number, &p.title),
        description: clip_words(&p.summary, 200),
        moves: true,
        cited: Cited::of(
            data,
            RecordRef::Point(p.number),
            fill(
                t(lang, "Point {0}: {1}"),
                &[&p.number.to_string(), &p.title],
            ),
            &p.summary,
        ),
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
    PageMeta {
        lang,
        path: encode_path(&View::Event(e.id.clone())),
        title: event_title(lang, e),
        description: clip_words(&e.summary, 200),
        moves: true,
        cited: Cited::of(
            data,
            RecordRef::Event(e.id.clone()),
            format!("{} ({when})", e.title),
            &e.summary,
        ),
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

pub fn home_meta(lang: Lang, data: &Dataset) -> PageMeta {
    PageMeta {
        cited: None,
        lang,
        path: Screen::Points.path().to_string(),
        title: screen_title(lang, Screen::Points),
        description: t(
            lang,
            "The US 28-point peace plan for Ukraine (draft of 20 November 2025), point by point, \
             with sources, party filters and the 2025 timeline behind it.",
        )
        .to_string(),
        moves: true,
        card: home_card(lang, data),
    }
}

/// The events of a part of the timeline.
fn part_of(data: &Dataset, part: Part) -> Vec<&Event> {
    data.events
        .iter()
        .filter(|e| Part::of_iso(&e.date) == part)
        .collect()
}

pub fn timeline_meta(lang: Lang, data: &Dataset) -> PageMeta {
    let plan = part_of(data, Part::Plan);
    PageMeta {
        cited: None,
        lang,
        path: Screen::Timeline(Part::Plan).path().to_string(),
        title: screen_title(lang, Screen::Timeline(Part::Plan)),
        description: counted(
            lang,
            "{0} from the inauguration on 20 January 2025 to the draft's release on 20–21 November 2025.",
            plan.len(),
            i18n::EVENTS,
        ),
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
    let after = part_of(data, Part::After);
    let last = after.last().map_or(String::new(), |e| event_when(lang, e));
    let n = i18n::EVENTS.count(lang, after.len());
    PageMeta {
        cited: None,
        lang,
        path: Screen::Timeline(Part::After).path().to_string(),
        title: screen_title(lang, Screen::Timeline(Part::After)),
        description: fill(
            t(lang, "{0} after the release of the 28 points, from Geneva on 23 November 2025 to {1}: the counter-proposals, the talks and the 20-point draft."),
            &[&n, &last],
        ),
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
        cited: None,
        lang,
        path: Screen::Balance.path().to_string(),
        title: screen_title(lang, Screen::Balance),
        description: counted(
            lang,
            "The {0} of the US plan by party: who is obliged, who benefits, who is named, with totals per party (our editorial reading).",
            points,
            i18n::POINTS,
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
            versions_path(None),
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
                versions_path(Some(p.number)),
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
        cited: None,
        lang,
        path,
        title,
        description,
        card,
        moves: false,
    }
}

/// `/positions`: where each party stands on each point.
pub fn positions_meta(lang: Lang, data: &Dataset) -> PageMeta {
    let parties = data.stating_parties();
    let names: Vec<String> = parties.iter().map(|p| data.party_short(p)).collect();
    PageMeta {
        cited: None,
        lang,
        path: POSITIONS.to_string(),
        title: titled(lang, t(lang, "Where the parties stand on each of the 28 points")),
        description: fill(
            t(lang, "The latest stated stance of {0} on each point of the US plan, with its date and a link to what was said: {1} dated, sourced statements."),
            &[&names.join(", "), &data.positions.len().to_string()],
        ),
        card: card(
            lang,
            "positions",
            None,
            t(lang, "Where the parties stand").into(),
            t(lang, "Who accepts each point, who rejects it, and since when").into(),
            party_chips(data, parties.iter().map(|p| &data.party(p).expect("a stating party is known").code)),
        ),
        moves: false,
    }
}

/// `/changes`: the corrections and changes log.
pub fn changes_meta(lang: Lang, data: &Dataset) -> PageMeta {
    PageMeta {
        cited: None,
        lang,
        path: CHANGES.to_string(),
        title: titled(lang, t(lang, "Corrections and changes to the data")),
        description: fill(
            t(lang, "{0} dated entries: what changed in the data, in which records, why, and on what sources. Data version {1}."),
            &[
                &data.changes.len().to_string(),
                data.data_version().unwrap_or_default(),
            ],
        ),
        card: card(
            lang,
            "changes",
            None,
            t(lang, "Corrections and changes").into(),
            t(lang, "What changed in the data, when and why").into(),
            Vec::new(),
        ),
        moves: false,
    }
}

/// The 404 page's head; it shows the home page's card.
pub(super) fn not_found_meta(lang: Lang, card: ShareCard) -> PageMeta {
    PageMeta {
        cited: None,
        lang,
        path: String::new(),
        title: titled(lang, t(lang, "Not found")),
        description: t(lang, "This address is not part of the site.").into(),
        card,
        moves: true,
    }
}
