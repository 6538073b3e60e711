//! What became of each point (native only: static markup, nothing on these pages moves): the
//! later versions of the plan, the 28 points × versions matrix with per-version counts
//! (`/versions`), and one point across every version side by side (`/versions/N`). Also the
//! "later versions" line of a point card.

use leptos::prelude::*;

use super::sources::{short_date, Renderings, SourceList};
use crate::i18n::fill;
use crate::model::{Outcome, PlanVersion, PointOutcome, VersionDispute};
use crate::titles::{clip_words, outcome_label};
use crate::ui::context::Site;
use crate::url::View;

/// `versions` or `versions/6`, under the base, in the page's language.
pub fn versions_href(site: Site, point: Option<u32>) -> String {
    site.link(&crate::url::versions_path(point))
}

/// An outcome as symbol and word (never colour alone).
#[component]
fn OutcomeMark(outcome: Outcome) -> impl IntoView {
    let lang = expect_context::<Site>().lang;
    view! {
        <span class=format!("outcome outcome-{}", outcome.code())>
            <span class="outcome-symbol" aria-hidden="true">{outcome.symbol()}</span>
            " "{outcome_label(lang, outcome)}
        </span>
    }
}

/// The card's line: per version with a text, what it did with this point, in a few words.
#[component]
pub fn LaterVersions(number: u32) -> impl IntoView {
    let site = expect_context::<Site>();
    let items = site
        .data
        .text_versions()
        .filter_map(|v| v.outcome(number).map(|o| (v, o)))
        .map(|(v, o)| {
            let note = (!o.note.is_empty() && o.outcome != Outcome::Unknown)
                .then(|| format!(": {}", clip_words(&o.note, 70)));
            view! { <li><span class="later-name">{v.name.clone()}</span>" "<OutcomeMark outcome=o.outcome />{note}</li> }
        })
        .collect_view();
    view! {
        <div class="later">
            <h3><a href=versions_href(site, Some(number))>{site.t("In later versions")}</a></h3>
            <ul>{items}</ul>
        </div>
    }
}

/// A version's heading facts: date, who drew it up, how its text is known, its sources.
#[component]
fn VersionFacts(version: &'static PlanVersion) -> impl IntoView {
    let site = expect_context::<Site>();
    let t = move |en| site.t(en);
    let events: Vec<_> = site
        .data
        .events
        .iter()
        .filter(|e| e.versions.contains(&version.code))
        .map(|e| {
            view! { <li><a href=site.href(&View::Event(e.id.clone()))>{e.title.clone()}</a></li> }
        })
        .collect();
    let timeline = (!events.is_empty()).then(|| {
        view! {
            <div class="related">
                <h4>{t("On the timeline")}</h4>
                <ul>{events}</ul>
            </div>
        }
    });
    let known = if version.text.is_some() {
        None
    } else {
        Some(
            view! { <p class="no-text">{t("No text of this version was published: only its existence and outline were reported.")}</p> },
        )
    };
    view! {
        <p class="version-meta">
            <time datetime=version.date.clone()>{short_date(site.lang, &version.date)}</time>
            " · "{version.drawn_up_by.clone()}" · "
            <span class=format!("status status-{}", version.status.code())>{t(version.status.label())}</span>
        </p>
        <p>{version.summary.clone()}</p>
        {known}
        {timeline}
        <Disputes disputes=&version.disputes />
        <SourceList ids=&version.sources />
    }
}

#[component]
fn Disputes(disputes: &'static [VersionDispute]) -> impl IntoView {
    let site = expect_context::<Site>();
    disputes
        .iter()
        .map(|d| {
            view! {
                <details class="dispute">
                    <summary><span class="badge">{site.t("Sources differ")}</span>" "{d.about.clone()}</summary>
                    <p>{d.note.clone()}</p>
                    <Renderings versions=&d.versions />
                </details>
            }
        })
        .collect_view()
}

/// "E3 counter-proposal: 11 kept, 12 changed, …; 0 new points", each count a link to the
/// points it counts (`/?changed=e3`).
#[component]
fn Counts(version: &'static PlanVersion) -> impl IntoView {
    let site = expect_context::<Site>();
    let links = Outcome::ALL
        .iter()
        .filter(|&&o| o != Outcome::NotAddressed || version.count(o) > 0)
        .enumerate()
        .map(|(i, &o)| {
            let label = fill(
                site.t("{0} {1}"),
                &[&version.count(o).to_string(), outcome_label(site.lang, o)],
            );
            let link = (version.count(o) > 0).then(|| {
                let href = format!("{}?{}={}", site.link(""), o.code(), version.code);
                view! { <a href=href>{label.clone()}</a> }
            });
            view! {
                {(i > 0).then_some(", ")}
                {if link.is_some() { None } else { Some(label.clone()) }}
                {link}
            }
        })
        .collect_view();
    let new = version.text.as_ref().map_or(0, |t| t.new_points.len());
    view! {
        <li>
            <strong>{version.name.clone()}</strong>": "{links}
            {fill(
                site.t(if new == 1 { "; {0} new point" } else { "; {0} new points" }),
                &[&new.to_string()],
            )}
        </li>
    }
}

/// `/versions`: the versions, the matrix, and each version's new points.
#[component]
pub fn VersionsScreen() -> impl IntoView {
    let site = expect_context::<Site>();
    let t = move |en| site.t(en);
    let data = site.data;
    let texts: Vec<&'static PlanVersion> = data.text_versions().collect();
    let head = texts
        .iter()
        .map(|v| view! { <th scope="col">{v.name.clone()}<br /><span class="th-date">{short_date(site.lang, &v.date)}</span></th> })
        .collect_view();
    let rows = data
        .points
        .iter()
        .map(|p| {
            let cells = texts
                .iter()
                .map(|v| {
                    let o = v.outcome(p.number).expect("validated: every point has an outcome");
                    view! { <td><OutcomeMark outcome=o.outcome /></td> }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row"><a href=versions_href(site, Some(p.number))>{format!("{}. {}", p.number, p.title)}</a></th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let totals = texts
        .iter()
        .map(|&v| view! { <Counts version=v /> })
        .collect_view();
    let versions = data
        .versions
        .iter()
        .map(|v| {
            view! {
                <article class="version-card" id=format!("version-{}", v.code)>
                    <h3>{v.name.clone()}</h3>
                    <VersionFacts version=v />
                    <NewPoints version=v />
                </article>
            }
        })
        .collect_view();
    view! {
        <div class="wrap versions-screen">
            <h2>{t("What became of the 28 points")}</h2>
            <p class="lead">
                {t("Within days of 20 November 2025 the US text was answered and rewritten. For each later version whose text is known, the table says what it did with each of the 28 points: kept in substance, changed, dropped, merged into another point, not addressed, or not known (no source we found covers it). Open a point to see the changes side by side.")}
            </p>
            <ul class="version-totals" aria-label=t("Per version (each count lists those points)")>{totals}</ul>
            <div class="table-scroll" role="region" aria-label=t("The 28 points in each later version") tabindex="0">
                <table class="versions-table">
                    <caption>{t("Each US point in each later version. Outcomes are our reading of the sources.")}</caption>
                    <thead><tr><th scope="col">{t("US point")}</th>{head}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <h2>{t("The versions")}</h2>
            <div class="version-list">{versions}</div>
        </div>
    }
}

/// A version's points with no US counterpart.
#[component]
fn NewPoints(version: &'static PlanVersion) -> impl IntoView {
    let site = expect_context::<Site>();
    let text = version.text.as_ref()?;
    let items = text
        .points
        .iter()
        .filter(|p| text.new_points.contains(&p.number))
        .map(|p| {
            view! {
                <li>
                    <strong>{format!("{}. {}", p.number, p.title)}</strong>
                    " "{p.summary.clone()}
                    <SourceList ids=&p.sources />
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <h4>{site.t("New points, with no US counterpart")}</h4>
        {if text.new_points.is_empty() { Some(view! { <p>{site.t("None.")}</p> }) } else { None }}
        <ul class="new-points">{items}</ul>
    })
}

/// `/versions/N`: point N in the US text and in every later version, side by side.
#[component]
pub fn VersionPointScreen(number: u32) -> impl IntoView {
    let site = expect_context::<Site>();
    let t = move |en| site.t(en);
    let data = site.data;
    let point = data
        .point(number)
        .expect("the page exists for a known point");
    let columns = data
        .text_versions()
        .map(|v| {
            let o = v.outcome(number).expect("validated: every point has an outcome");
            view! {
                <article class="compare-column">
                    <h3>{v.name.clone()}</h3>
                    <p class="version-meta"><time datetime=v.date.clone()>{short_date(site.lang, &v.date)}</time></p>
                    <p class="compare-outcome"><OutcomeMark outcome=o.outcome /></p>
                    <Change version=v outcome=o />
                </article>
            }
        })
        .collect_view();
    let textless = data
        .versions
        .iter()
        .filter(|v| v.text.is_none())
        .map(|v| {
            view! {
                <li>
                    <a href=format!("{}#version-{}", versions_href(site, None), v.code)>{v.name.clone()}</a>
                    " ("{short_date(site.lang, &v.date)}")"
                </li>
            }
        })
        .collect_view();
    let step = |n: u32, label: &'static str| {
        data.point(n)
            .map(|_| view! { <a href=versions_href(site, Some(n))>{t(label)}</a> })
    };
    view! {
        <div class="wrap versions-screen">
            <p class="crumbs">
                <a href=versions_href(site, None)>{t("All points in later versions")}</a>
                " · "{step(number.wrapping_sub(1), "← previous point")}" "{step(number + 1, "next point →")}
            </p>
            <h2>{fill(t("Point {0}: {1}"), &[&number.to_string(), &point.title])}</h2>
            <div class="compare">
                <article class="compare-column compare-us">
                    <h3>{t("US 28-point plan")}</h3>
                    <p class="version-meta"><time datetime="2025-11-20">{short_date(site.lang, "2025-11-20")}</time></p>
                    <p>{point.summary.clone()}</p>
                    <p><a href=site.href(&View::Point(number))>{t("The point's card, with its sources")}</a></p>
                </article>
                {columns}
            </div>
            <h3>{t("Also reported, with no published text")}</h3>
            <ul>{textless}</ul>
        </div>
    }
}

/// What a version did with the point: the note, the key terms side by side (the US term
/// removed, the version's inserted), the version's own points that carry it, the sources.
#[component]
fn Change(version: &'static PlanVersion, outcome: &'static PointOutcome) -> impl IntoView {
    let site = expect_context::<Site>();
    let t = move |en| site.t(en);
    let terms = (!outcome.terms.is_empty()).then(|| {
        let rows = outcome
            .terms
            .iter()
            .map(|term| {
                view! {
                    <tr>
                        <td><del>{term.us.clone()}</del></td>
                        <td><ins>{term.version.clone()}</ins></td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="terms">
                <caption class="sr-only">{t("Key terms: removed from the US text, inserted by this version")}</caption>
                <thead><tr><th scope="col">{t("US text")}</th><th scope="col">{t("This version")}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
    });
    let own = version.text.as_ref().map(|text| {
        text.points
            .iter()
            .filter(|p| outcome.version_points.contains(&p.number) || outcome.merged_into == Some(p.number))
            .map(|p| {
                let inferred = p.number_inferred.then(|| t(" (numbered by its order in a reprint)"));
                view! {
                    <li>
                        <strong>{fill(t("Its point {0}"), &[&p.number.to_string()])}</strong>{inferred}": "{p.title.clone()}". "
                        {p.summary.clone()}
                    </li>
                }
            })
            .collect_view()
    });
    view! {
        {(!outcome.note.is_empty()).then(|| view! { <p>{outcome.note.clone()}</p> })}
        {terms}
        <ul class="own-points">{own}</ul>
        {(!outcome.sources.is_empty()).then(|| view! { <SourceList ids=&outcome.sources /> })}
    }
}
