//! The codes and labels the islands render: the parties (code, chip label) and the themes
//! (code, label), in the dataset's order. `build.rs` writes them from `data/` as Rust statics,
//! so the browser and the `site` binary render the filter bar from the very same lists (a
//! hydrated island must render what was pre-rendered) and the wasm carries no data loader.

/// Codes and labels, in the dataset's order.
#[derive(Debug, Clone, Copy)]
pub struct Vocabulary {
    /// (code, short name): `("ua", "Ukraine")`.
    pub parties: &'static [(&'static str, &'static str)],
    /// (code, label): `("territory", "Territory")`.
    pub themes: &'static [(&'static str, &'static str)],
}

// `pub static SHIPPED: Vocabulary`, from the data this build reads (empty when it is broken).
include!(concat!(env!("OUT_DIR"), "/vocabulary.rs"));

impl Vocabulary {
    pub fn party_codes(&self) -> Vec<&'static str> {
        self.parties.iter().map(|(code, _)| *code).collect()
    }

    pub fn theme_codes(&self) -> Vec<&'static str> {
        self.themes.iter().map(|(code, _)| *code).collect()
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
    }
}
