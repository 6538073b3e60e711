//! One point of the plan as a card (native only: static markup): number and title (a link to
//! /p/N), summary, sub-points, party roles, themes, differing versions, related events,
//! provenance and "copy link". Its list item carries what the filter reads (`crate::keys`),
//! under the names the islands read it by (`crate::markup`).

use leptos::attr::custom::custom_attribute;
use leptos::prelude::*;

use super::copy_link::CopyLink;
use super::sources::{Renderings, SourceList};
use super::versions::LaterVersions;
use crate::i18n::{fill, inner_quotes};
use crate::keys::{later_attr, list_attr, roles_attr};
use crate::markup;
use crate::model::Point;
use crate::ui::context::Site;
use crate::ui::state::PageState;
use crate::url::View;

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

    let subpoints = (!point.subpoints.is_empty()).then(|| {
        let items = point
            .subpoints
            .iter()
            .map(|s| view! { <li><span class="sub-label">{format!("{})", s.label)}</span>" "<span class=markup::SUB_TEXT>{s.text.clone()}</span></li> })
            .collect_view();
        view! { <ul class="subpoints">{items}</ul> }
    });

    let chips = point
        .parties
        .iter()
        .map(|pr| {
            let name = data.party_short(&pr.party);
            let role = pr.role.code();
            view! {
                <li class=format!("chip role-{role}")>
                    <span class=format!("party-dot party-{}", pr.party) aria-hidden="true"></span>
                    {name}": "<span class="role">{t(role)}</span>
                </li>
            }
        })
        .collect_view();

    let themes = point
        .themes
        .iter()
        .map(|t| view! { <li>{data.theme(t).map_or(t.clone(), |x| x.label.clone())}</li> })
        .collect_view();

    let dispute = point.dispute.as_ref().map(|d| {
        view! {
            <details class="dispute">
                <summary><span class="badge">{t("Disputed wording")}</span>{t(" Sources differ: compare versions")}</summary>
                <p>{d.note.clone()}</p>
                <Renderings versions=&d.versions />
            </details>
        }
    });

    let revision = point.revision.as_ref().map(|r| {
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
    });

    let documents = data
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
        .collect_view();

    let events: Vec<_> = data.events_for_point(n).collect();
    let related = (!events.is_empty()).then(|| {
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
                <h3>{t("On the timeline")}</h3>
                <ul>{links}</ul>
            </div>
        }
    });

    let heading = view! {
        <h2 class="card-title" id=title_id>
            <a href=site.href(&View::Point(n))>
                <span class="card-number">{n}</span>
                <span class="sr-only">". "</span>
                <span class=markup::CARD_TITLE_TEXT>{point.title.clone()}</span>
            </a>
        </h2>
    };
    view! {
        <li
            {..custom_attribute(markup::DATA_ROLES, roles_attr(&point.parties))}
            {..custom_attribute(markup::DATA_THEMES, list_attr(&point.themes))}
            {..custom_attribute(markup::DATA_LATER, later_attr(n, &data.versions))}
            class=markup::CARD_ITEM
        >
            <article class=markup::CARD class=(markup::FOCUSED, focused) id=id tabindex="-1" aria-labelledby=labelled_by>
                {heading}
                {point.dispute.is_some().then(|| view! { <p class="flag">{t("Outlets word this point differently.")}</p> })}
                <p class=markup::SUMMARY>{point.summary.clone()}</p>
                {subpoints}
                <ul class="chips" aria-label=t("Parties and their roles")>{chips}</ul>
                <ul class="themes" aria-label=t("Themes")>{themes}</ul>
                {dispute}
                {revision}
                {documents}
                {related}
                <LaterVersions number=n />
                <footer class="provenance">
                    <span class=format!("status status-{}", point.status.code())>{t(point.status.text_label())}</span>
                    <SourceList ids=&point.sources />
                </footer>
                <CopyLink
                    label=fill(t("Copy link to point {0}"), &[&n.to_string()])
                    cite_label=fill(t("Cite point {0}"), &[&n.to_string()])
                    citation=super::copy_link::citation(
                        site.lang,
                        &fill(
                            t("“{0}”, point {1} of the US 28-point peace plan ({2}, 20 Nov 2025)"),
                            &[
                                &inner_quotes(site.lang, &point.title),
                                &n.to_string(),
                                t(point.status.text_label()),
                            ],
                        ),
                        point.sources.first().and_then(|id| data.source(id)).map(|s| (s.outlet.as_str(), s.date.as_str())),
                    )
                />
            </article>
        </li>
    }
}
