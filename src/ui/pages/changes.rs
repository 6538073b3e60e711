//! The corrections and changes log (native only: static markup): `/changes`, every entry of
//! `data/changes.json` newest first (what changed, in which records, why, on what sources),
//! and on each card that an entry touched, a line that leads to it ("Corrected 6 Dec 2026").

use leptos::prelude::*;

use super::positions::statement_anchor;
use super::sources::{short_date, SourceList};
use crate::i18n::fill;
use crate::model::{Change, RecordRef};
use crate::ui::context::Site;
use crate::url::{View, CHANGES, VERSIONS};

/// An entry's id on `/changes`: "change-2026-12-06-…".
fn entry_anchor(change: &Change) -> String {
    format!("change-{}", change.id)
}

/// An entry on `/changes`, from any page: `/changes#change-<id>`.
fn entry_href(site: Site, change: &Change) -> String {
    format!("{}#{}", site.link(CHANGES), entry_anchor(change))
}

/// "Corrected 6 Dec 2026", in the page's language.
fn dated(site: Site, change: &Change) -> String {
    fill(
        site.t(change.kind.dated()),
        &[&short_date(site.lang, &change.date)],
    )
}

/// The entries that touched a record, as a line on its card; nothing when none did.
#[component]
pub fn ChangeMarks(record: RecordRef) -> impl IntoView {
    let site = expect_context::<Site>();
    let marks: Vec<_> = site
        .data
        .changes_to(&record)
        .enumerate()
        .map(|(i, c)| {
            view! { {(i > 0).then_some(" · ")}<a href=entry_href(site, c)>{dated(site, c)}</a> }
        })
        .collect();
    (!marks.is_empty()).then(|| {
        view! { <p class="changes-line">{site.t("In the changes log: ")}{marks}</p> }
    })
}

/// Where a record of an entry is shown, and what it is called there.
fn record_link(site: Site, record: &RecordRef) -> Option<(String, String)> {
    let data = site.data;
    Some(match record {
        RecordRef::Point(n) => (
            site.href(&View::Point(*n)),
            fill(site.t("point {0}"), &[&n.to_string()]),
        ),
        RecordRef::Event(id) => (
            site.href(&View::Event(id.clone())),
            data.event(id)?.title.clone(),
        ),
        RecordRef::Version(code) => (
            format!("{}#version-{code}", site.link(VERSIONS)),
            data.version(code)?.name.clone(),
        ),
        RecordRef::Statement(id) => {
            let s = data.positions.iter().find(|p| &p.id == id)?;
            let href = format!(
                "{}#{}",
                site.href(&View::Point(*s.points.first()?)),
                statement_anchor(s)
            );
            let label = fill(
                site.t("statement by {0}, {1}"),
                &[&s.speaker, &short_date(site.lang, &s.date)],
            );
            (href, label)
        }
        RecordRef::Document(id) => {
            let d = data.documents.iter().find(|d| &d.id == id)?;
            (site.href(&View::Point(*d.points.first()?)), d.title.clone())
        }
        RecordRef::Source(id) => {
            let s = data.source(id)?;
            (s.url.clone(), fill(site.t("source: {0}"), &[&s.outlet]))
        }
    })
}

/// One entry: its date and kind, what changed, why, the records it touched, its sources.
#[component]
fn Entry(change: &'static Change) -> impl IntoView {
    let site = expect_context::<Site>();
    let t = move |en| site.t(en);
    let records = change
        .refs()
        .filter_map(|r| record_link(site, &r))
        .map(|(href, label)| view! { <li><a href=href>{label}</a></li> })
        .collect_view();
    let has_records = !change.records.is_empty();
    let has_sources = !change.sources.is_empty();
    view! {
        <li class="change" id=entry_anchor(change)>
            <h3>{change.title.clone()}</h3>
            <p class="change-head">
                <span class=format!("change-kind change-{}", change.kind.code())>{dated(site, change)}</span>
            </p>
            <p>{change.what.clone()}</p>
            <p><strong>{t("Why: ")}</strong>{change.why.clone()}</p>
            {has_records.then(|| view! {
                <div class="change-records"><h4>{t("Records")}</h4><ul>{records}</ul></div>
            })}
            {has_sources.then(|| view! {
                <div class="provenance"><span>{t("Sources: ")}</span><SourceList ids=&change.sources /></div>
            })}
        </li>
    }
}

/// `/changes`: the log, newest first, with the data's version and the feed (nothing on it
/// moves: no island).
#[component]
pub fn ChangesScreen() -> impl IntoView {
    let site = expect_context::<Site>();
    let t = move |en| site.t(en);
    let data = site.data;
    let entries = data
        .changes
        .iter()
        .map(|change| view! { <Entry change /> })
        .collect_view();
    let version = data.data_version().map(|v| {
        view! {
            <p>{t("Data version: ")}<time datetime=v.to_string()>{v.to_string()}</time>{t(" (the date of the newest entry below).")}</p>
        }
    });
    view! {
        <div class="wrap changes-screen">
            <h2>{t("Corrections and changes to the data")}</h2>
            <p class="lead">
                {t("Every change to the data since its first release, newest first: what changed, in which records, why, and the sources it rests on. A record's card links to the entries that touched it.")}
            </p>
            {version}
            <p>
                <a href=site.link(crate::site::FEED)>{t("Follow the changes (Atom feed)")}</a>
            </p>
            <ol class="changes">{entries}</ol>
        </div>
    }
}
