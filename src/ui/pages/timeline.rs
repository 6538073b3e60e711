//! The timeline screen (native only: static markup around two islands), in two parts, each a
//! page: the plan's range (20 Jan to 21 Nov 2025) and after the release. The party filter, the
//! overview axis (inline SVG across both parts, one row per party, a mark per event of this
//! part in each row it involves, the release marked, the other part a link) and this part's
//! events by month, which the `Records` island shows and hides and whose marks it opens.

use leptos::attr::custom::custom_attribute;
use leptos::prelude::*;

use super::changes::ChangeMarks;
use super::copy_link::CopyLink;
use super::filter_bar::FilterBar;
use super::sources::SourceList;
use crate::date::Date;
use crate::facets::list_attr;
use crate::i18n::{self, event_date, event_date_long, fill, Lang, EVENTS};
use crate::markup;
use crate::model::{Dataset, Event, Precision, RecordRef};
use crate::timeline::{group_by_month, percent, tick_labelled, Part, Span, TIMELINE_END};
use crate::ui::context::Site;
use crate::ui::islands::Records;
use crate::ui::state::PageState;
use crate::url::{Screen, View};

const ROW: i32 = 22;
const TOP: i32 = 12;

/// The part this page shows.
fn page_part() -> Part {
    match expect_context::<PageState>().screen {
        Screen::Timeline(part) => part,
        _ => Part::Plan,
    }
}

#[component]
pub fn TimelineScreen() -> impl IntoView {
    let site = expect_context::<Site>();
    let t = move |en| site.t(en);
    let lang = site.lang;
    let events = &site.data.events;
    let part = page_part();
    let shown: Vec<usize> = (0..events.len())
        .filter(|&i| Part::of_iso(&events[i].date) == part)
        .collect();
    let after = events.len() - if part == Part::After { 0 } else { shown.len() };
    let other = match part {
        Part::Plan => view! {
            <a href=site.href(&View::Timeline(Part::After))>{fill(t("After the release: {0} from 22 November 2025 →"), &[&EVENTS.count(lang, after)])}</a>
        },
        Part::After => view! {
            <a href=site.href(&View::Timeline(Part::Plan))>{fill(t("← Before: {0}, 20 January to 21 November 2025"), &[&EVENTS.count(lang, events.len() - shown.len())])}</a>
        },
    };
    let heading = t(match part {
        Part::Plan => "The road to the plan: 20 January to 21 November 2025",
        Part::After => "After the release: from 22 November 2025",
    });
    let groups = group_by_month(events, &shown)
        .into_iter()
        .map(|g| {
            let items = g
                .events
                .iter()
                .map(|&i| view! { <EventItem event=&events[i] /> })
                .collect_view();
            view! {
                <section class=markup::MONTH>
                    <h2>{i18n::month_heading(lang, g.year, g.month)}</h2>
                    <ol class="events">{items}</ol>
                </section>
            }
        })
        .collect_view();

    view! {
        <div class="wrap" {..custom_attribute(markup::DATA_PART, (part == Part::After).then_some(markup::PART_AFTER))}>
            <FilterBar />
            // Inside the records island, whose clicks carry the filters to the other part.
            <Records>
                <nav class="parts" aria-label=t("Parts of the timeline")>
                    <h2 class="part-title">{heading}</h2>
                    <p>{other}</p>
                </nav>
                <Overview />
                <div class=markup::EMPTY role="note" hidden>
                    <p>{t("No event involves these parties together. Try “any of them”, or reset the filters.")}</p>
                </div>
                <div class="timeline">{groups}</div>
            </Records>
        </div>
    }
}

/// The overview: a row per party, the month ticks, the release, and a mark per event of
/// this part in each row it involves.
#[component]
fn Overview() -> impl IntoView {
    let site = expect_context::<Site>();
    let t = move |en| site.t(en);
    let lang = site.lang;
    let data = site.data;
    let part = page_part();
    let span = Span::whole(&data.events);
    let axis_y = TOP + data.parties.len() as i32 * ROW;
    let height = axis_y + 20;
    let labels = data
        .parties
        .iter()
        .map(|p| view! { <li>{p.short.clone()}</li> })
        .collect_view();
    let axis_label = fill(
        t("Events {0}; the axis runs from 20 January 2025 to {1}, the release marked, the other part shaded"),
        &[
            t(match part {
                Part::Plan => "from 20 January to 21 November 2025",
                Part::After => "after the release",
            }),
            &event_date_long(lang, span.end, Precision::Day),
        ],
    );
    view! {
        <section class="overview" aria-labelledby="overview-title">
            <h2 id="overview-title" class="overview-title">{t("Overview: each mark is an event, in the row of each party involved")}</h2>
            <div class="axis-grid">
                <ul class="lane-labels" aria-hidden="true">{labels}</ul>
                <svg class="axis" width="100%" height=height role="group" aria-label=axis_label>
                    {other_part(part, span, axis_y)}
                    {lanes(data)}
                    {ticks(lang, span, axis_y, height)}
                    {marks(lang, data, part, span)}
                </svg>
            </div>
        </section>
    }
}

/// The y of a party's row on the overview (the first row for an unknown code).
fn row_y(data: &Dataset, code: &str) -> i32 {
    let i = data
        .parties
        .iter()
        .position(|p| p.code == code)
        .unwrap_or(0) as i32;
    TOP + i * ROW + ROW / 2 - 4
}

/// A line per party's row.
fn lanes(data: &'static Dataset) -> impl IntoView {
    data.parties
        .iter()
        .map(|p| {
            let y = row_y(data, &p.code);
            view! {
                <line class="lane" x1="0" x2="100%" y1=y y2=y />
            }
        })
        .collect_view()
}

/// A tick per month, labelled where there is room.
fn ticks(lang: Lang, span: Span, axis_y: i32, height: i32) -> impl IntoView {
    let ticks = span.month_ticks();
    let count = ticks.len();
    ticks
        .into_iter()
        .enumerate()
        .map(|(i, tick)| {
            let x = percent(tick.fraction);
            let label = tick_labelled(i, count).then(|| {
                let month = i18n::month_abbr(lang, tick.date);
                view! { <text class="tick-label" x=x.clone() y=height - 3>{month}</text> }
            });
            view! {
                <line class="tick" x1=x.clone() x2=x.clone() y1="0" y2=axis_y + 4 />
                {label}
            }
        })
        .collect_view()
}

/// The other part: shaded, its marks not drawn (they are on its own page, linked above); and
/// the release's line.
fn other_part(part: Part, span: Span, axis_y: i32) -> impl IntoView {
    let release = span.fraction(TIMELINE_END);
    let (shade_x, shade_w) = match part {
        Part::Plan => (release, 1.0 - release),
        Part::After => (0.0, release),
    };
    view! {
        <rect class="other-part" x=percent(shade_x) y="0" width=percent(shade_w) height=axis_y />
        <line class="release" x1=percent(release) x2=percent(release) y1="0" y2=axis_y + 4 />
    }
}

/// A mark per event of this part: a link (the `Records` island opens it), a dot in each row
/// the event involves.
fn marks(lang: Lang, data: &'static Dataset, part: Part, span: Span) -> impl IntoView {
    data.events
        .iter()
        .filter(|e| Part::of_iso(&e.date) == part)
        .map(|e| {
            let x = percent(Date::parse(&e.date).map_or(0.0, |d| span.fraction(d)));
            let when = Date::parse(&e.date).map_or_else(|| e.date.clone(), |d| event_date_long(lang, d, e.precision));
            let label = format!("{when}: {}", e.title);
            let tooltip = label.clone();
            let r = if e.milestone { 7 } else { 5 };
            let dots = e
                .parties
                .iter()
                .map(|p| view! { <circle class=format!("mark party-{p}") cx=x.clone() cy=row_y(data, p) r=r /> })
                .collect_view();
            view! {
                <g
                    class=markup::MARK_GROUP
                    class:milestone=e.milestone
                    role="link"
                    tabindex="0"
                    aria-label=label
                    visibility="visible"
                >
                    <title>{tooltip}</title>
                    {dots}
                </g>
            }
        })
        .collect_view()
}

/// One event as a card: date, title (a link to its page), summary, parties, related points
/// and versions, provenance, "copy link" and "cite". Its list item carries the parties the
/// filter reads.
#[component]
fn EventItem(event: &'static Event) -> impl IntoView {
    let site = expect_context::<Site>();
    let t = move |en| site.t(en);
    let lang = site.lang;
    let page = expect_context::<PageState>();
    let id = event.id.clone();
    let focused = page
        .route
        .with_untracked(|r| matches!(&r.view, View::Event(e) if *e == id));
    let date = Date::parse(&event.date);
    let short = date.map_or_else(
        || event.date.clone(),
        |d| event_date(lang, d, event.precision),
    );
    let long = date.map_or_else(
        || event.date.clone(),
        |d| event_date_long(lang, d, event.precision),
    );
    let record_id = markup::event_id(&id);
    let title_id = markup::title_id(&record_id);
    let labelled_by = title_id.clone();
    view! {
        <li {..custom_attribute(markup::DATA_PARTIES, list_attr(&event.parties))} class=markup::EVENT_ITEM>
            <article
                class=markup::EVENT
                class:milestone=event.milestone
                class=(markup::FOCUSED, focused)
                id=record_id
                tabindex="-1"
                aria-labelledby=labelled_by
            >
                <p class="event-date"><time datetime=event.date.clone() title=long.clone()>{short}</time></p>
                <h3 id=title_id>
                    <a href=site.href(&View::Event(id.clone()))>{event.title.clone()}</a>
                </h3>
                <p class=markup::SUMMARY>{event.summary.clone()}</p>
                {event.dispute.clone().map(|d| view! { <p class="flag"><span class="badge">{t("Sources differ")}</span>" "{d}</p> })}
                <ul class="chips" aria-label=t("Parties involved")><EventChips event /></ul>
                <EventPoints event />
                <EventVersions event />
                <footer class="provenance">
                    <span class=format!("status status-{}", event.status.code())>{t(event.status.label())}</span>
                    <SourceList ids=&event.sources />
                </footer>
                <ChangeMarks record=RecordRef::Event(event.id.clone()) />
                <EventCite event long focused />
            </article>
        </li>
    }
}

/// The parties an event involves, by name (the dot is decoration).
#[component]
fn EventChips(event: &'static Event) -> impl IntoView {
    let data = expect_context::<Site>().data;
    event
        .parties
        .iter()
        .map(|p| {
            let name = data.party_short(p);
            view! { <li class="chip"><span class=format!("party-dot party-{p}") aria-hidden="true"></span>{name}</li> }
        })
        .collect_view()
}

/// Links to the plan's points an event is about, when there are any.
#[component]
fn EventPoints(event: &'static Event) -> impl IntoView {
    let site = expect_context::<Site>();
    let t = move |en| site.t(en);
    (!event.points.is_empty()).then(|| {
        let links = event
            .points
            .iter()
            .map(|&n| {
                let title = site.data.point(n).map_or(String::new(), |p| p.title.clone());
                view! {
                    <li>
                        <a href=site.href(&View::Point(n)) title=title.clone()>
                            {fill(t("Point {0}"), &[&n.to_string()])}<span class="related-title">{format!(": {title}")}</span>
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="related">
                <h4>{t("Related plan points")}</h4>
                <ul>{links}</ul>
            </div>
        }
    })
}

/// Links to the versions of the plan an event is about, when there are any.
#[component]
fn EventVersions(event: &'static Event) -> impl IntoView {
    let site = expect_context::<Site>();
    (!event.versions.is_empty()).then(|| {
        let links = event
            .versions
            .iter()
            .filter_map(|code| site.data.version(code))
            .map(|v| {
                view! {
                    <li><a href=site.link(&format!("{}#version-{}", crate::url::VERSIONS, v.code))>{v.name.clone()}</a></li>
                }
            })
            .collect_view();
        view! {
            <div class="related">
                <h4>{site.t("Versions of the plan")}</h4>
                <ul>{links}</ul>
            </div>
        }
    })
}

/// "Copy link" and "Cite", with the event's citation (`long`: its date in words); on the event's own
/// page (`focused`), its citation files too.
#[component]
fn EventCite(event: &'static Event, long: String, focused: bool) -> impl IntoView {
    let site = expect_context::<Site>();
    let t = move |en| site.t(en);
    let lang = site.lang;
    let citation = super::copy_link::citation(
        lang,
        &fill(
            t("“{0}”, {1}, on the timeline of the US 28-point peace plan"),
            &[&i18n::inner_quotes(lang, &event.title), &long],
        ),
        event
            .sources
            .first()
            .and_then(|id| site.data.source(id))
            .map(|s| (s.outlet.as_str(), s.date.as_str())),
    );
    view! {
        <CopyLink
            label=fill(t("Copy link to this event: {0}"), &[&event.title])
            cite_label=fill(t("Cite this event: {0}"), &[&event.title])
            citation
            record=focused.then(|| RecordRef::Event(event.id.clone()))
        />
    }
}
