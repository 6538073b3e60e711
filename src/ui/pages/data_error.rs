//! What the page shows instead of a blank screen when the bundled data is broken.

use leptos::prelude::*;

use crate::data_error::DataError;

#[component]
pub fn DataErrorPanel(errors: Vec<DataError>) -> impl IntoView {
    let items = errors
        .iter()
        .map(|e| view! { <li><code>{e.to_string()}</code></li> })
        .collect_view();
    view! {
        <section class="data-error" role="alert">
            <h2>"The plan's data could not be loaded"</h2>
            <p>"This build's data files have errors, so no points are shown. Each line names the file, the record and the field:"</p>
            <ul>{items}</ul>
        </section>
    }
}
