//! What became of each point (native only: static markup, nothing on these pages moves): the
//! later versions of the plan, the 28 points × versions matrix with per-version counts
//! (`/versions`), and one point across every version side by side (`/versions/N`). Also the
//! "later versions" line of a point card.

use leptos::prelude::*;

use super::page::Site;
use super::sources::{short_date, Renderings, SourceList};
use crate::model::{Outcome, PlanVersion, PointOutcome, VersionDispute};
use crate::url::View;

/// `versions` or `versions/6`, under the base.
pub fn versions_href(site: Site, point: Option<u32>) -> String {
    match point {
        Some(n) => format!("{}versions/{n}", site.base),
        None => format!("{}versions", site.base),
    }
}

/// An outcome as symbol and word (never colour alone).
#[component]
fn OutcomeMark(outcome: Outcome) -> impl IntoView {
    view! {
        <span class=format!("outcome outcome-{}", outcome.code())>
            <span class="outcome-symbol" aria-hidden="true">{outcome.symbol()}</span>
            " "{outcome.label()}
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
                .then(|| format!(": {}", crate::site::clip_words(&o.note, 70)));
            view! { <li><span class="later-name">{v.name.clone()}</span>" "<OutcomeMark outcome=o.outcome />{note}</li> }
        })
        .collect_view();
    view! {
        <div class="later">
            <h3><a href=versions_href(site, Some(number))>"In later versions"</a></h3>
            <ul>{items}</ul>
        </div>
    }
}

/// A version's heading facts: date, who drew it up, how its text is known, its sources.
#[component]
fn VersionFacts(version: &'static PlanVersion) -> impl IntoView {
    let site = expect_context::<Site>();
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
                <h4>"On the timeline"</h4>
                <ul>{events}</ul>
            </div>
        }
    });
    let known = if version.text.is_some() {
        None
    } else {
        Some(
            view! { <p class="no-text">"No text of this version was published: only its existence and outline were reported."</p> },
        )
    };
    view! {
        <p class="version-meta">
            <time datetime=version.date.clone()>{short_date(&version.date)}</time>
            " · "{version.drawn_up_by.clone()}" · "
            <span class=format!("status status-{}", version.status.code())>{version.status.label()}</span>
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
    disputes
        .iter()
        .map(|d| {
            view! {
                <details class="dispute">
                    <summary><span class="badge">"Sources differ"</span>" "{d.about.clone()}</summary>
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
            let label = format!("{} {}", version.count(o), o.label());
            let link = (version.count(o) > 0).then(|| {
                let href = format!("{}?{}={}", site.base, o.code(), version.code);
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
            {format!("; {new} new point{}", if new == 1 { "" } else { "s" })}
        </li>
    }
}

/// `/versions`: the versions, the matrix, and each version's new points.
#[component]
pub fn VersionsScreen() -> impl IntoView {
    let site = expect_context::<Site>();
    let data = site.data;
    let texts: Vec<&'static PlanVersion> = data.text_versions().collect();
    let head = texts
        .iter()
        .map(|v| view! { <th scope="col">{v.name.clone()}<br /><span class="th-date">{short_date(&v.date)}</span></th> })
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
            <h2>"What became of the 28 points"</h2>
            <p class="lead">
                "Within days of 20 November 2025 the US text was answered and rewritten. For each later "
                "version whose text is known, the table says what it did with each of the 28 points: "
                "kept in substance, changed, dropped, merged into another point, not addressed, or not "
                "known (no source we found covers it). Open a point to see the changes side by side."
            </p>
            <ul class="version-totals" aria-label="Per version (each count lists those points)">{totals}</ul>
            <div class="table-scroll" role="region" aria-label="The 28 points in each later version" tabindex="0">
                <table class="versions-table">
                    <caption>"Each US point in each later version. Outcomes are our reading of the sources."</caption>
                    <thead><tr><th scope="col">"US point"</th>{head}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <h2>"The versions"</h2>
            <div class="version-list">{versions}</div>
        </div>
    }
}

/// A version's points with no US counterpart.
#[component]
fn NewPoints(version: &'static PlanVersion) -> impl IntoView {
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
        <h4>"New points, with no US counterpart"</h4>
        {if text.new_points.is_empty() { Some(view! { <p>"None."</p> }) } else { None }}
        <ul class="new-points">{items}</ul>
    })
}

/// `/versions/N`: point N in the US text and in every later version, side by side.
#[component]
pub fn VersionPointScreen(number: u32) -> impl IntoView {
    let site = expect_context::<Site>();
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
                    <p class="version-meta"><time datetime=v.date.clone()>{short_date(&v.date)}</time></p>
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
                    " ("{short_date(&v.date)}")"
                </li>
            }
        })
        .collect_view();
    let step = |n: u32, label: &'static str| {
        data.point(n)
            .map(|_| view! { <a href=versions_href(site, Some(n))>{label}</a> })
    };
    view! {
        <div class="wrap versions-screen">
            <p class="crumbs">
                <a href=versions_href(site, None)>"All points in later versions"</a>
                " · "{step(number.wrapping_sub(1), "← previous point")}" "{step(number + 1, "next point →")}
            </p>
            <h2>{format!("Point {number}: {}", point.title)}</h2>
            <div class="compare">
                <article class="compare-column compare-us">
                    <h3>"US 28-point plan"</h3>
                    <p class="version-meta"><time datetime="2025-11-20">"20 Nov 2025"</time></p>
                    <p>{point.summary.clone()}</p>
                    <p><a href=site.href(&View::Point(number))>"The point's card, with its sources"</a></p>
                </article>
                {columns}
            </div>
            <h3>"Also reported, with no published text"</h3>
            <ul>{textless}</ul>
        </div>
    }
}

/// What a version did with the point: the note, the key terms side by side (the US term
/// removed, the version's inserted), the version's own points that carry it, the sources.
#[component]
fn Change(version: &'static PlanVersion, outcome: &'static PointOutcome) -> impl IntoView {
    let terms = (!outcome.terms.is_empty()).then(|| {
        let rows = outcome
            .terms
            .iter()
            .map(|t| {
                view! {
                    <tr>
                        <td><del>{t.us.clone()}</del></td>
                        <td><ins>{t.version.clone()}</ins></td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="terms">
                <caption class="sr-only">"Key terms: removed from the US text, inserted by this version"</caption>
                <thead><tr><th scope="col">"US text"</th><th scope="col">"This version"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
    });
    let own = version.text.as_ref().map(|t| {
        t.points
            .iter()
            .filter(|p| outcome.version_points.contains(&p.number) || outcome.merged_into == Some(p.number))
            .map(|p| {
                let inferred = p.number_inferred.then_some(" (numbered by its order in a reprint)");
                view! {
                    <li>
                        <strong>{format!("Its point {}", p.number)}</strong>{inferred}": "{p.title.clone()}". "
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
