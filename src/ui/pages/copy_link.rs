//! The "Copy link" and "Cite" buttons of a record: static markup, the citation's fixed part
//! in `data-cite`. In the browser the records island's click handler answers them
//! (`islands/copy.rs`).

use leptos::attr::custom::custom_attribute;
use leptos::prelude::*;

use crate::citation::{self, Format};
use crate::date::Date;
use crate::i18n::{self, fill, t, Lang};
use crate::markup;
use crate::model::RecordRef;
use crate::titles::site_name;
use crate::ui::context::Site;

/// `label`: the copy button's name; `cite_label` and `citation`: the cite button's name
/// and the citation's fixed part (`citation`); `record`: the record whose citation files
/// are offered beside them (on its own page only: the lists stay light).
#[component]
pub fn CopyLink(
    #[prop(into)] label: String,
    #[prop(into)] cite_label: String,
    #[prop(into)] citation: String,
    record: Option<RecordRef>,
) -> impl IntoView {
    let site = expect_context::<Site>();
    view! {
        <div class="copy-link">
            <button type="button" class=markup::COPY aria-label=label>{site.t("Copy link")}</button>
            <button
                type="button"
                class=markup::CITE
                aria-label={cite_label}
                {..custom_attribute(markup::DATA_CITE, citation)}
            >{site.t("Cite")}</button>
            {record.map(|record| view! { <CiteFormats record /> })}
        </div>
    }
}

/// The citation formats of a record's page, as downloads: "BibTeX · RIS · CSL-JSON".
#[component]
fn CiteFormats(record: RecordRef) -> impl IntoView {
    let site = expect_context::<Site>();
    let links = Format::ALL
        .iter()
        .filter_map(|&f| Some((f, citation::file(site.lang, &record, f)?)))
        .enumerate()
        .map(|(i, (f, path))| {
            view! { {(i > 0).then_some(" · ")}<a href=format!("{}{path}", site.base) download="">{f.label()}</a> }
        })
        .collect_view();
    view! { <span class="cite-formats">{site.t("Cite as ")}{links}</span> }
}

/// The start of a record's citation, up to the site's name: the record and its main source.
/// The browser adds the record's address and the date it was read (`titles::cite_line`).
pub fn citation(lang: Lang, record: &str, main_source: Option<(&str, &str)>) -> String {
    let source = main_source.map_or(String::new(), |(outlet, date)| {
        let date = Date::parse(date).map_or(date.to_string(), |d| i18n::date_short(lang, d));
        fill(t(lang, " Main source: {0}, {1}."), &[outlet, &date])
    });
    format!("{record}.{source} {}", site_name(lang))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::titles::cite_line;

    #[test]
    fn a_citation_names_the_record_its_source_the_address_and_the_day() {
        let c = citation(
            Lang::En,
            "“Territory”, point 21 of the US 28-point plan (leaked text)",
            Some(("RBC-Ukraine", "2025-11-21")),
        );
        assert_eq!(
            cite_line(Lang::En, &c, "https://example.org/p/21", Date::new(2026, 11, 26)),
            "“Territory”, point 21 of the US 28-point plan (leaked text). Main source: \
             RBC-Ukraine, 21 Nov 2025. Twenty-Eight, https://example.org/p/21. Accessed 26 Nov 2026."
        );
        assert_eq!(citation(Lang::En, "x", None), "x. Twenty-Eight");
        let uk = citation(
            Lang::Uk,
            "«Території», пункт 21",
            Some(("РБК-Україна", "2025-11-21")),
        );
        assert_eq!(
            cite_line(
                Lang::Uk,
                &uk,
                "https://example.org/uk/p/21",
                Date::new(2026, 11, 26)
            ),
            "«Території», пункт 21. Основне джерело: РБК-Україна, 21 лист. 2025. Двадцять вісім, \
             https://example.org/uk/p/21 (дата звернення: 26 лист. 2026)."
        );
    }
}
