//! Build-time rendering (native only): the `site` binary renders each page with the app's
//! own components, islands included, so the page reads before (and without) the wasm; in the
//! browser only the islands hydrate over this markup.

use std::sync::Arc;

use hydration_context::SsrSharedContext;
use leptos::prelude::*;

use super::layout::{ErrorPage, Page, StillPage};
use crate::data_error::DataError;
use crate::facets::{EventKeys, PointKeys};
use crate::model::Dataset;
use crate::timeline::Part;
use crate::ui::context::Site;
use crate::ui::state::{self, PageState};
use crate::url::{self, Route};

/// The markup of `<body>` for the page at `path` (relative to `base`, e.g. "p/21" or
/// "uk/p/21"): the screen the path names, in its language, with no filter (a query is the
/// browser's to apply). `data` is the dataset in that language.
pub fn render(data: &'static Dataset, base: &str, path: &str) -> String {
    let base: &'static str = base.to_string().leak();
    let lang = url::split_lang(path).0;
    if let Some(page) = url::StaticPage::at(path) {
        return valid_comments(Owner::new().with(|| {
            provide_context(Site { data, base, lang });
            view! { <StillPage page /> }.to_html()
        }));
    }
    let points: &'static [PointKeys] = data
        .points
        .iter()
        .map(|p| PointKeys::of(p, data))
        .collect::<Vec<_>>()
        .leak();
    // Events are sorted by date (validated), so the part after the release is a suffix.
    let all: &'static [EventKeys] = data
        .events
        .iter()
        .map(EventKeys::of)
        .collect::<Vec<_>>()
        .leak();
    let (plan, after) = all.split_at(
        data.events
            .partition_point(|e| Part::of_iso(&e.date) == Part::Plan),
    );
    let view = url::decode(path, "", &state::known(points.len(), all))
        .route
        .view;
    // An event's page is the page of its part.
    let screen = match &view {
        url::View::Event(id) if after.iter().any(|e| &e.id == id) => {
            url::Screen::Timeline(Part::After)
        }
        v => v.screen(),
    };
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new_islands())));
    owner.with(|| {
        provide_context(Site { data, base, lang });
        let (points, events) = match screen {
            url::Screen::Points | url::Screen::Balance => (points, &[][..]),
            url::Screen::Timeline(Part::Plan) => (&[][..], plan),
            url::Screen::Timeline(Part::After) => (&[][..], after),
        };
        let known = state::known(points.len(), events);
        provide_context(PageState::new(
            base,
            screen,
            Route {
                lang,
                view,
                ..Route::default()
            },
            points,
            events,
            known,
        ));
        valid_comments(view! { <Page screen /> }.to_html())
    })
}

/// The markup of `<body>` for a build whose data has errors: each of them, named.
pub fn render_errors(errors: Vec<DataError>) -> String {
    valid_comments(Owner::new().with(|| view! { <ErrorPage errors /> }.to_html()))
}

/// Leptos marks empty spots (an absent `Option`, an empty list) with `<!>`, which the HTML
/// parser reads as a "bogus comment": an empty comment node, and a parse error that validators
/// report. `<!---->` is the same node, written validly; hydration sees no difference.
fn valid_comments(html: String) -> String {
    html.replace("<!>", "<!---->")
}
