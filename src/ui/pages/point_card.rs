//! One point of the plan as a card (native only: static markup): number and title (a link to
//! /p/N), summary, sub-points, party roles, themes, differing versions, related events,
//! provenance and "copy link". Its list item carries what the filter reads (`crate::facets`),
//! under the names the islands read it by (`crate::markup`).

use leptos::attr::custom::custom_attribute;
use leptos::prelude::*;

use super::changes::ChangeMarks;
use super::copy_link::CopyLink;
use super::positions::PointPositions;
use super::sources::{Renderings, SourceList};
use super::versions::LaterVersions;
use crate::facets::{later_attr, list_attr, roles_attr, stances_attr};
use crate::i18n::{fill, inner_quotes};
use crate::markup;
use crate::model::{Point, RecordRef};
use crate::ui::context::Site;
use crate::ui::state::PageState;
use crate::url::View;

/// The card: its list item carries the filter's keys, its article the parts below, in order.
#[component]
pub fn PointCard(point: &'static Point) -> impl IntoView {
    let site = expect_context::<Site>();
    let data = site.data;
    let t = move |en| site.t(en);
    let page = expect_context::<PageState>();
    let n = point.number;
    let id = markup::point_id(n);
    let title_id = markup::title_id(&id);
    let labelled_by = title_id.clone();
    let focused = page.route.with_untracked(|r| r.view == View::Point(n));
    view! {
        <li
            {..custom_attribute(markup::DATA_ROLES, roles_attr(&point.parties))}
            {..custom_attribute(markup::DATA_THEMES, list_attr(&point.themes))}
            {..custom_attribute(markup::DATA_LATER, later_attr(n, &data.versions))}
            {..custom_attribute(markup::DATA_STANCES, stances_attr(n, data))}
            class=markup::CARD_ITEM
        >
            <article class=markup::CARD class=(markup::FOCUSED, focused) id=id tabindex="-1" aria-labelledby=labelled_by>
                <Heading point title_id />
                {point.dispute.is_some().then(|| view! { <p class="flag">{t("Outlets word this point differently.")}</p> })}
                <p class=markup::SUMMARY>{point.summary.clone()}</p>
                <Subpoints point />
                <ul class="chips" aria-label=t("Parties and their roles")><Chips point /></ul>
                <ul class="themes" aria-label=t("Themes")><Themes point /></ul>
                <Dispute point />
                <Revision point />
                <Documents n />
                <Related n />
                <LaterVersions number=n />
                <PointPositions number=n focused />
                <footer class="provenance">
                    <span class=format!("status status-{}", point.status.code())>{t(point.status.text_label())}</span>
                    <SourceList ids=&point.sources />
                </footer>
                <ChangeMarks record=RecordRef::Point(n) />
                <Cite point focused />
            </article>
        </li>
    }
}

/// The number and title, a link to the point's page.
#[component]
fn Heading(point: &'static Point, title_id: String) -> impl IntoView {
    let site = expect_context::<Site>();
    let n = point.number;
    view! {
        <h2 class="card-title" id=title_id>
            <a href=site.href(&View::Point(n))>
                <span class="card-number">{n}</span>
                <span class="sr-only">". "</span>
                <span class=markup::CARD_TITLE_TEXT>{point.title.clone()}</span>
            </a>
        </h2>
    }
}

/// The sub-points "a)", "b)"…, when the point has any.
#[component]
fn Subpoints(point: &'static Point) -> impl IntoView {
    (!point.subpoints.is_empty()).then(|| {
        let items = point
            .subpoints
            .iter()
            .map(|s| view! { <li><span class="sub-label">{format!("{})", s.label)}</span>" "<span class=markup::SUB_TEXT>{s.text.clone()}</span></li> })
            .collect_view();
        view! { <ul class="subpoints">{items}</ul> }
    })
}

/// Each party the point involves, with its role in words (the dot is decoration).
#[component]
fn Chips(point: &'static Point) -> impl IntoView {
    let site = expect_context::<Site>();
    point
        .parties
        .iter()
        .map(|pr| {
            let name = site.data.party_short(&pr.party);
            let role = pr.role.code();
            view! {
                <li class=format!("chip role-{role}")>
                    <span class=format!("party-dot party-{}", pr.party) aria-hidden="true"></span>
                    {name}": "<span class="role">{site.t(role)}</span>
                </li>
            }
        })
        .collect_view()
}

/// The point's themes, by name.
#[component]
fn Themes(point: &'static Point) -> impl IntoView {
    let data = expect_context::<Site>().data;
    point
        .themes
        .iter()
        .map(|t| view! { <li>{data.theme(t).map_or(t.clone(), |x| x.label.clone())}</li> })
        .collect_view()
}

/// Where outlets word the point differently: the note and each rendering.
#[component]
fn Dispute(point: &'static Point) -> impl IntoView {
    let site = expect_context::<Site>();
    point.dispute.as_ref().map(|d| {
        view! {
            <details class="dispute">
                <summary><span class="badge">{site.t("Disputed wording")}</span>{site.t(" Sources differ: compare versions")}</summary>
                <p>{d.note.clone()}</p>
                <Renderings versions=&d.versions />
            </details>
        }
    })
}

/// A reported change in the draft: before, after, why, and the sources.
#[component]
fn Revision(point: &'static Point) -> impl IntoView {
    let site = expect_context::<Site>();
    let t = move |en| site.t(en);
    point.revision.as_ref().map(|r| {
        view! {
            <details class="revision">
                <summary><span class="badge">{t("Changed")}</span>{t(" The draft was reported to have changed here")}</summary>
                <dl>
                    <dt>{t("Before")}</dt><dd>{r.before.clone()}</dd>
                    <dt>{t("After")}</dt><dd>{r.after.clone()}</dd>
                </dl>
                <p>{r.note.clone()}</p>
                <SourceList ids=&r.sources />
            </details>
        }
    })
}

/// The related documents (such as a framework text) that touch point `n`.
#[component]
fn Documents(n: u32) -> impl IntoView {
    let site = expect_context::<Site>();
    let t = move |en| site.t(en);
    site.data
        .documents_for_point(n)
        .map(|doc| {
            let provisions = doc
                .provisions
                .iter()
                .map(|p| view! { <li>{p.clone()}</li> })
                .collect_view();
            view! {
                <details class="document">
                    <summary><span class="badge badge-doc">{t("Related document")}</span>" "{doc.title.clone()}</summary>
                    <p>{doc.summary.clone()}</p>
                    <ul>{provisions}</ul>
                    <div class="provenance">
                        <span class=format!("status status-{}", doc.status.code())>{t(doc.status.label())}</span>
                        <SourceList ids=&doc.sources />
                    </div>
                </details>
            }
        })
        .collect_view()
}

/// Links to the timeline's events about point `n`, when there are any.
#[component]
fn Related(n: u32) -> impl IntoView {
    let site = expect_context::<Site>();
    let events: Vec<_> = site.data.events_for_point(n).collect();
    (!events.is_empty()).then(|| {
        let links = events
            .into_iter()
            .map(|e| {
                let view = View::Event(e.id.clone());
                view! {
                    <li>
                        <a href=site.href(&view)>{e.title.clone()}</a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="related">
                <h3>{site.t("On the timeline")}</h3>
                <ul>{links}</ul>
            </div>
        }
    })
}

/// "Copy link" and "Cite", with the point's citation; on the point's own page (`focused`),
/// its citation files too.
#[component]
fn Cite(point: &'static Point, focused: bool) -> impl IntoView {
    let site = expect_context::<Site>();
    let t = move |en| site.t(en);
    let n = point.number.to_string();
    let citation = super::copy_link::citation(
        site.lang,
        &fill(
            t("“{0}”, point {1} of the US 28-point peace plan ({2}, 20 Nov 2025)"),
            &[
                &inner_quotes(site.lang, &point.title),
                &n,
                t(point.status.text_label()),
            ],
        ),
        point
            .sources
            .first()
            .and_then(|id| site.data.source(id))
            .map(|s| (s.outlet.as_str(), s.date.as_str())),
    );
    view! {
        <CopyLink
            label=fill(t("Copy link to point {0}"), &[&n])
            cite_label=fill(t("Cite point {0}"), &[&n])
            citation
            record=focused.then_some(RecordRef::Point(point.number))
        />
    }
}
