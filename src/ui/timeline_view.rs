//! The timeline screen: the party filter, the overview axis (inline SVG, one row per party,
//! a mark per event in each row it involves) and the events listed by month.

use leptos::ev;
use leptos::prelude::*;

use super::app::Ctx;
use super::copy_link::CopyLink;
use super::filters::FilterBar;
use super::sources::SourceList;
use crate::date::Date;
use crate::filter::{count_label, visibility};
use crate::model::Event;
use crate::timeline::{format_date, format_date_long, group_by_month, percent, Span};
use crate::url::View;

const ROW: i32 = 22;
const TOP: i32 = 12;

#[component]
pub fn TimelineView() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let events = &ctx.data.events;
    let total = events.len();
    // The filter runs once per change; the count and the events' flags both read its result.
    let matching = Memo::new(move |_| ctx.route.with(|r| r.filter.apply_events(events)));
    // One flag per event: does it match? The focused event is always shown.
    let visible = Memo::new(move |_| {
        let focused = ctx.route.with(|r| match &r.view {
            View::Event(id) => events.iter().position(|e| &e.id == id),
            _ => None,
        });
        matching.with(|m| visibility(total, m, focused))
    });
    let count = Signal::derive(move || matching.with(|m| count_label(m.len(), total, "events")));

    let all: Vec<usize> = (0..total).collect();
    let groups = group_by_month(events, &all)
        .into_iter()
        .map(|g| {
            let members = g.events.clone();
            let any_shown = move || visible.with(|m| members.iter().any(|&i| m[i]));
            let items = g
                .events
                .iter()
                .map(|&i| view! { <EventItem event=&events[i] shown=Signal::derive(move || visible.with(|m| m[i])) /> })
                .collect_view();
            view! {
                <section class="month" hidden=move || !any_shown()>
                    <h2>{g.heading()}</h2>
                    <ol class="events">{items}</ol>
                </section>
            }
        })
        .collect_view();

    view! {
        <div class="wrap">
            <FilterBar full=false count />
            <Overview visible />
            <Show when=move || matching.with(Vec::is_empty)>
                <div class="empty" role="note">
                    <p>"No event involves these parties together. Try “any of them”, or reset the filters."</p>
                </div>
            </Show>
            <div class="timeline">{groups}</div>
        </div>
    }
}

#[component]
fn Overview(visible: Memo<Vec<bool>>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let data = ctx.data;
    let span = Span::PLAN;
    let rows = data.parties.len() as i32;
    let axis_y = TOP + rows * ROW;
    let height = axis_y + 20;
    let row_y = |code: &str| {
        let i = data
            .parties
            .iter()
            .position(|p| p.code == code)
            .unwrap_or(0) as i32;
        TOP + i * ROW + ROW / 2 - 4
    };

    let lanes = data
        .parties
        .iter()
        .map(|p| {
            let y = row_y(&p.code);
            view! {
                <line class="lane" x1="0" x2="100%" y1=y y2=y />
            }
        })
        .collect_view();
    let labels = data
        .parties
        .iter()
        .map(|p| view! { <li>{p.short.clone()}</li> })
        .collect_view();
    let ticks = span
        .month_ticks()
        .into_iter()
        .map(|t| {
            let x = percent(t.fraction);
            view! {
                <line class="tick" x1=x.clone() x2=x.clone() y1="0" y2=axis_y + 4 />
                <text class="tick-label" x=x y=height - 3>{t.label}</text>
            }
        })
        .collect_view();
    let marks = data
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let x = percent(Date::parse(&e.date).map_or(0.0, |d| span.fraction(d)));
            let when = Date::parse(&e.date).map_or_else(|| e.date.clone(), |d| format_date_long(d, e.precision));
            let label = format!("{when}: {}", e.title);
            let tooltip = label.clone();
            let r = if e.milestone { 7 } else { 5 };
            let dots = e
                .parties
                .iter()
                .map(|p| view! { <circle class=format!("mark party-{p}") cx=x.clone() cy=row_y(p) r=r /> })
                .collect_view();
            let id = e.id.clone();
            let go = move || ctx.go(View::Event(id.clone()));
            let go_key = go.clone();
            view! {
                <g
                    class="mark-group"
                    class:milestone=e.milestone
                    role="link"
                    tabindex="0"
                    aria-label=label
                    visibility=move || if visible.with(|m| m[i]) { "visible" } else { "hidden" }
                    on:click=move |_| go()
                    on:keydown=move |k: ev::KeyboardEvent| {
                        if k.key() == "Enter" || k.key() == " " {
                            k.prevent_default();
                            go_key();
                        }
                    }
                >
                    <title>{tooltip}</title>
                    {dots}
                </g>
            }
        })
        .collect_view();

    view! {
        <section class="overview" aria-labelledby="overview-title">
            <h2 id="overview-title" class="overview-title">"Overview: each mark is an event, in the row of each party involved"</h2>
            <div class="axis-grid">
                <ul class="lane-labels" aria-hidden="true">{labels}</ul>
                <svg class="axis" width="100%" height=height role="group" aria-label="Events from 20 January to 21 November 2025">
                    {lanes}
                    {ticks}
                    {marks}
                </svg>
            </div>
        </section>
    }
}

#[component]
fn EventItem(event: &'static Event, shown: Signal<bool>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let data = ctx.data;
    let id = event.id.clone();
    let focused = {
        let id = id.clone();
        move || {
            ctx.route
                .with(|r| matches!(&r.view, View::Event(e) if *e == id))
        }
    };
    let date = Date::parse(&event.date);
    let short = date.map_or_else(|| event.date.clone(), |d| format_date(d, event.precision));
    let long = date.map_or_else(
        || event.date.clone(),
        |d| format_date_long(d, event.precision),
    );
    let chips = event
        .parties
        .iter()
        .map(|p| {
            let name = data.party(p).map_or(p.clone(), |x| x.short.clone());
            view! { <li class="chip"><span class=format!("party-dot party-{p}") aria-hidden="true"></span>{name}</li> }
        })
        .collect_view();
    let points = (!event.points.is_empty()).then(|| {
        let links = event
            .points
            .iter()
            .map(|&n| {
                let title = data.point(n).map_or(String::new(), |p| p.title.clone());
                view! {
                    <li>
                        <a href=ctx.path_href(&View::Point(n)) on:click=ctx.on_nav(View::Point(n)) title=title.clone()>
                            {format!("Point {n}")}<span class="related-title">{format!(": {title}")}</span>
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="related">
                <h4>"Related plan points"</h4>
                <ul>{links}</ul>
            </div>
        }
    });
    let title_id = format!("event-{id}-title");
    let labelled_by = title_id.clone();
    view! {
        <li hidden=move || !shown.get()>
            <article
                class="event"
                class:milestone=event.milestone
                class:focused=focused
                id=format!("event-{id}")
                tabindex="-1"
                aria-labelledby=labelled_by
            >
                <p class="event-date"><time datetime=event.date.clone() title=long>{short}</time></p>
                <h3 id=title_id>
                    <a href=ctx.path_href(&View::Event(id.clone())) on:click=ctx.on_nav(View::Event(id.clone()))>
                        {event.title.clone()}
                    </a>
                </h3>
                <p class="summary">{event.summary.clone()}</p>
                {event.dispute.clone().map(|d| view! { <p class="flag"><span class="badge">"Sources differ"</span>" "{d}</p> })}
                <ul class="chips" aria-label="Parties involved">{chips}</ul>
                {points}
                <footer class="provenance">
                    <span class=format!("status status-{}", event.status.label())>{event.status.label()}</span>
                    <SourceList ids=&event.sources />
                </footer>
                <CopyLink view=View::Event(id.clone()) label=format!("Copy link to this event: {}", event.title) />
            </article>
        </li>
    }
}
