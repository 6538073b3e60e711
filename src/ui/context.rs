//! What the static page components read (native only): the data in the page's language, the
//! base path of the page being rendered and its language. `prerender` provides it; every
//! component under `pages/` takes it with `expect_context::<Site>()`. Below the pages: it
//! imports none of them.

use leptos::prelude::*;

use crate::i18n::{self, Lang};
use crate::model::Dataset;
use crate::url::{encode_path, View};

#[derive(Clone, Copy)]
pub struct Site {
    pub data: &'static Dataset,
    pub base: &'static str,
    pub lang: Lang,
}

impl Site {
    /// The site-absolute link to a view, without filters, in the page's language: the static
    /// hrefs of records (the records island adds the reader's filters when a link is followed).
    pub fn href(self, view: &View) -> String {
        format!("{}{}{}", self.base, self.lang.prefix(), encode_path(view))
    }

    /// The link to a page of the site that is not a view ("versions/6"), in the page's
    /// language.
    pub fn link(self, path: &str) -> String {
        format!("{}{}{path}", self.base, self.lang.prefix())
    }

    /// An interface string in the page's language (`i18n::t`, as every part of the app).
    pub fn t(self, en: &'static str) -> &'static str {
        i18n::t(self.lang, en)
    }
}

/// The page's language: its `Site`'s, English where there is none (the data error page).
pub fn lang() -> Lang {
    use_context::<Site>().map_or(Lang::En, |s| s.lang)
}

/// An interface string in the page's language.
pub fn t(en: &'static str) -> &'static str {
    i18n::t(lang(), en)
}
