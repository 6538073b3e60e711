//! The codes and labels of the filter bar: the parties (code, chip label), the themes
//! (code, label), the later versions with a text (code, name, the filter's options for the
//! outcomes they have) and the parties that stated positions (code, name, the filter's options
//! for the stances they hold on some point), in the dataset's order. `build.rs` writes them
//! from `data/` as Rust statics. The pages render the filter bar from them (`SHIPPED`,
//! `SHIPPED_UK`); the browser reads only `CODES` (what a link may name) and the parties'
//! names (`party_short`), so the labels stay out of the wasm, and it carries no data loader.

/// Codes and labels, in the dataset's order.
#[derive(Debug, Clone, Copy)]
pub struct Vocabulary {
    /// (code, short name): `("ua", "Ukraine")`.
    pub parties: &'static [(&'static str, &'static str)],
    /// (code, label): `("territory", "Territory")`.
    pub themes: &'static [(&'static str, &'static str)],
    /// (code, name, options): `("e3", "E3 counter-proposal", &[("kept:e3", "kept in E3 …"), …])`,
    /// an option per outcome the version has.
    pub versions: Groups,
    /// (code, name, options): `("ru", "Russia", &[("ru:objects", "Russia: objects"), …])`,
    /// an option per stance the party holds (its latest) on at least one point.
    pub stances: Groups,
}

/// A select's options in groups: (code, the group's name, its options as (value, label)).
pub type Groups = &'static [(
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
)];

/// The codes a link may name, in the dataset's order: what the browser's URL codec checks.
#[derive(Debug, Clone, Copy)]
pub struct Codes {
    pub parties: &'static [&'static str],
    pub themes: &'static [&'static str],
    /// The later versions with a text.
    pub versions: &'static [&'static str],
}

// `pub static SHIPPED: Vocabulary` and `SHIPPED_UK` (the same in Ukrainian), `CODES`, and
// `PARTY_NAMES` / `PARTY_NAMES_UK` (code, short name), from the data this build reads (empty
// when it is broken).
include!(concat!(env!("OUT_DIR"), "/vocabulary.rs"));

/// A party's short name in a language, "" for an unknown code.
pub fn party_short(lang: crate::i18n::Lang, code: &str) -> &'static str {
    let names = match lang {
        crate::i18n::Lang::En => PARTY_NAMES,
        crate::i18n::Lang::Uk => PARTY_NAMES_UK,
    };
    names
        .iter()
        .find(|(c, _)| *c == code)
        .map_or("", |(_, short)| short)
}

/// The vocabulary in a language. Codes are the same in both.
pub fn shipped(lang: crate::i18n::Lang) -> &'static Vocabulary {
    match lang {
        crate::i18n::Lang::En => &SHIPPED,
        crate::i18n::Lang::Uk => &SHIPPED_UK,
    }
}

impl Vocabulary {
    pub fn party_codes(&self) -> Vec<&'static str> {
        self.parties.iter().map(|(code, _)| *code).collect()
    }

    pub fn theme_codes(&self) -> Vec<&'static str> {
        self.themes.iter().map(|(code, _)| *code).collect()
    }

    pub fn version_codes(&self) -> Vec<&'static str> {
        self.versions.iter().map(|(code, _, _)| *code).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_vocabulary_is_the_data_s() {
        let data = crate::data::load_shipped().expect("shipped data is valid");
        let parties: Vec<_> = data
            .parties
            .iter()
            .map(|p| (p.code.as_str(), p.short.as_str()))
            .collect();
        let themes: Vec<_> = data
            .themes
            .iter()
            .map(|t| (t.code.as_str(), t.label.as_str()))
            .collect();
        assert_eq!(SHIPPED.parties, parties.as_slice());
        assert_eq!(SHIPPED.themes, themes.as_slice());
        // The Ukrainian: the same codes, in the same order, with the translation's names.
        let uk = crate::translation::load(&crate::translation::UkFiles::shipped(), &data)
            .expect("the translation loads");
        let uk = crate::translation::apply(&data, &uk);
        assert_eq!(SHIPPED_UK.party_codes(), SHIPPED.party_codes());
        assert_eq!(SHIPPED_UK.theme_codes(), SHIPPED.theme_codes());
        assert_eq!(SHIPPED_UK.version_codes(), SHIPPED.version_codes());
        assert_eq!(party_short(crate::i18n::Lang::Uk, "ua"), "Україна");
        for (i, &(_, label)) in SHIPPED_UK.themes.iter().enumerate() {
            assert_eq!(label, uk.themes[i].label);
        }
        for &(code, name, options) in SHIPPED_UK.versions {
            let v = uk.version(code).unwrap();
            assert_eq!(name, v.name);
            for &(value, label) in options {
                let outcome = crate::model::Outcome::from_code(value.split(':').next().unwrap());
                assert_eq!(
                    label,
                    format!("{}: {}", v.name, outcome.unwrap().label_uk())
                );
            }
        }
        assert!(std::ptr::eq(shipped(crate::i18n::Lang::Uk), &SHIPPED_UK));
        // What the browser reads: the same codes and names, without the labels.
        assert_eq!(CODES.parties, SHIPPED.party_codes().as_slice());
        assert_eq!(CODES.themes, SHIPPED.theme_codes().as_slice());
        assert_eq!(CODES.versions, SHIPPED.version_codes().as_slice());
        assert_eq!(PARTY_NAMES, SHIPPED.parties);
        assert_eq!(PARTY_NAMES_UK, SHIPPED_UK.parties);
        assert_eq!(party_short(crate::i18n::Lang::Uk, "ua"), "Україна");
        assert_eq!(party_short(crate::i18n::Lang::En, "xx"), "");
        let versions: Vec<_> = data.text_versions().map(|v| v.code.as_str()).collect();
        assert_eq!(SHIPPED.version_codes(), versions);
        for &(code, _, options) in SHIPPED.versions {
            let v = data.version(code).unwrap();
            for o in crate::model::Outcome::ALL {
                let value = format!("{}:{code}", o.code());
                let offered = options.iter().find(|(x, _)| *x == value);
                assert_eq!(offered.is_some(), v.count(*o) > 0, "{code}: {o:?}");
                if let Some((_, label)) = offered {
                    assert_eq!(*label, format!("{} in {}", o.label(), v.name));
                }
            }
        }
        // The stance filter offers, per party, the stances the matrix counts.
        let stating: Vec<_> = SHIPPED.stances.iter().map(|(code, _, _)| *code).collect();
        assert_eq!(stating, data.stating_parties());
        for (en, uk) in SHIPPED.stances.iter().zip(SHIPPED_UK.stances) {
            let code = en.0;
            let values: Vec<String> = data
                .stance_counts(code)
                .iter()
                .map(|(s, _)| format!("{code}:{}", s.code()))
                .collect();
            let offered: Vec<_> = en.2.iter().map(|(v, _)| v.to_string()).collect();
            assert_eq!(offered, values, "{code}");
            assert_eq!(
                uk.2.iter().map(|(v, _)| v.to_string()).collect::<Vec<_>>(),
                values
            );
            for ((_, en_label), (value, uk_label)) in en.2.iter().zip(uk.2) {
                let s = crate::model::Stance::from_code(value.split(':').nth(1).unwrap()).unwrap();
                assert_eq!(*en_label, format!("{}: {}", en.1, s.label()));
                assert_eq!(*uk_label, format!("{}: {}", uk.1, s.label_uk()));
            }
        }
    }
}
