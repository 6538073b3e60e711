//! What the integration tests that render pages share: the shipped dataset, in both languages,
//! and a page's body as the `site` binary renders it. (Each test file uses a part of it.)
#![allow(dead_code)]

use twenty_eight::data;
use twenty_eight::i18n::Lang;
use twenty_eight::model::Dataset;
use twenty_eight::translation;
use twenty_eight::ui::prerender;
use twenty_eight::url;

pub fn dataset() -> Dataset {
    data::load_shipped().expect("shipped data is valid")
}

/// The dataset in Ukrainian, as the `site` binary makes it.
pub fn ukrainian(d: &Dataset) -> Dataset {
    let uk = translation::load(&translation::UkFiles::shipped(), d).expect("the translation loads");
    translation::apply(d, &uk)
}

/// A dataset in both languages, held for the program's lifetime as the components hold theirs
/// in the `site` binary.
#[derive(Clone, Copy)]
pub struct Pages {
    pub en: &'static Dataset,
    pub uk: &'static Dataset,
}

impl Pages {
    pub fn of(d: &Dataset) -> Self {
        Pages {
            en: Box::leak(Box::new(d.clone())),
            uk: Box::leak(Box::new(ukrainian(d))),
        }
    }

    /// The dataset a page at `path` is rendered from: its language's.
    pub fn data(self, path: &str) -> &'static Dataset {
        match url::split_lang(path).0 {
            Lang::En => self.en,
            Lang::Uk => self.uk,
        }
    }

    /// The `<body>` of the page at `path` ("p/21", "uk/timeline"), served under `base`.
    pub fn body(self, base: &str, path: &str) -> String {
        prerender::render(self.data(path), base, path)
    }
}
