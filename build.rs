//! Loads and validates `data/*.json` (with `--features synthetic`, the generated files in
//! target/synthetic/) with the crate's own loader, and writes the vocabulary of it
//! (src/vocabulary.rs) to `$OUT_DIR/vocabulary.rs`: the filter bar's codes and labels, and
//! apart from them what the browser reads (the codes, the parties' names). Broken data does
//! not fail the build: it warns here, and the `site` binary renders a page naming the errors.

// The crate's loader, compiled into this script; what the script does not call is unused here.
#![allow(dead_code, unused_imports)]

#[path = "src/data.rs"]
mod data;
#[path = "src/data_error.rs"]
mod data_error;
#[path = "src/date.rs"]
mod date;
#[path = "src/model/mod.rs"]
mod model;
#[path = "src/timeline.rs"]
mod timeline;
#[path = "src/translation/mod.rs"]
mod translation;
#[path = "src/validate/mod.rs"]
mod validate;

use std::{env, fs, path::PathBuf};

fn main() {
    for path in [
        "src/data.rs",
        "src/data_error.rs",
        "src/date.rs",
        "src/model/mod.rs",
        "src/model/changes.rs",
        "src/model/positions.rs",
        "src/timeline.rs",
        "src/translation/mod.rs",
        "src/translation/gaps.rs",
        "src/validate/mod.rs",
        "src/validate/changes.rs",
        "src/validate/positions.rs",
        "src/validate/versions.rs",
        "data",
    ] {
        println!("cargo:rerun-if-changed={path}");
    }
    if env::var_os("CARGO_FEATURE_SYNTHETIC").is_some() {
        println!("cargo:rerun-if-changed=target/synthetic");
    }
    let english = data::load_shipped();
    if let Err(errors) = &english {
        println!(
            "cargo:warning=the data has {} error(s); the pages will list them",
            errors.len()
        );
    }
    // The Ukrainian names, where the translation loads (not for the benchmark's synthetic
    // data, which has none: its Ukrainian vocabulary is the English one).
    let ukrainian = english.as_ref().ok().and_then(|d| {
        translation::load(&translation::UkFiles::shipped(), d)
            .ok()
            .map(|uk| translation::apply(d, &uk))
    });
    let en = english
        .as_ref()
        .map_or_else(|_| empty(), |d| statics(d, false));
    let uk = match (&ukrainian, &english) {
        (Some(d), _) => statics(d, true),
        (None, Ok(d)) => statics(d, false),
        (None, Err(_)) => empty(),
    };
    // What the browser needs of it: the codes a link may name, and the parties' names (the
    // table's totals say them); not the filter bar's labels, which the pages carry.
    let names = |d: Option<&model::Dataset>| {
        let parties = d.map_or(Vec::new(), |d| {
            d.parties
                .iter()
                .map(|p| (p.code.clone(), p.short.clone()))
                .collect()
        });
        format!("&{parties:?}")
    };
    let codes = english.as_ref().ok().map_or_else(
        || "Codes { parties: &[], themes: &[], versions: &[] }".to_string(),
        |d| {
            let parties: Vec<&str> = d.parties.iter().map(|p| p.code.as_str()).collect();
            let themes: Vec<&str> = d.themes.iter().map(|t| t.code.as_str()).collect();
            let versions: Vec<&str> = d.text_versions().map(|v| v.code.as_str()).collect();
            format!(
                "Codes {{ parties: &{parties:?}, themes: &{themes:?}, versions: &{versions:?} }}"
            )
        },
    );
    let (names_en, names_uk) = (
        names(english.as_ref().ok()),
        names(ukrainian.as_ref().or(english.as_ref().ok())),
    );
    let code = format!(
        "pub static SHIPPED: Vocabulary = {en};\npub static SHIPPED_UK: Vocabulary = {uk};\n\
         pub static CODES: Codes = {codes};\n\
         pub static PARTY_NAMES: &[(&str, &str)] = {names_en};\n\
         pub static PARTY_NAMES_UK: &[(&str, &str)] = {names_uk};\n"
    );
    let out =
        PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("vocabulary.rs");
    fs::write(&out, code).expect("OUT_DIR is writable");
}

fn empty() -> String {
    "Vocabulary { parties: &[], themes: &[], versions: &[], stances: &[] }".to_string()
}

/// A `Vocabulary` literal of `d`'s parties, themes and versions. Each version with a text
/// brings the filter's options for the outcomes it has, (value, label), written out here so
/// the wasm formats nothing: "changed in E3 counter-proposal", «Контрпропозиція E3: змінено»;
/// each party with positions, the stance filter's options: "Russia: objects".
fn statics(d: &model::Dataset, ukrainian: bool) -> String {
    // `{:?}` of a string is a valid Rust string literal.
    let list = |items: Vec<(&str, &str)>| {
        items
            .iter()
            .map(|(a, b)| format!("({a:?}, {b:?})"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let parties = list(
        d.parties
            .iter()
            .map(|p| (p.code.as_str(), p.short.as_str()))
            .collect(),
    );
    let themes = list(
        d.themes
            .iter()
            .map(|t| (t.code.as_str(), t.label.as_str()))
            .collect(),
    );
    let versions: Vec<String> = d
        .text_versions()
        .map(|v| {
            let options: Vec<(String, String)> = model::Outcome::ALL
                .iter()
                .filter(|&&o| v.count(o) > 0)
                .map(|o| {
                    let label = if ukrainian {
                        format!("{}: {}", v.name, o.label_uk())
                    } else {
                        format!("{} in {}", o.label(), v.name)
                    };
                    (format!("{}:{}", o.code(), v.code), label)
                })
                .collect();
            format!("({:?}, {:?}, &{options:?})", v.code, v.name)
        })
        .collect();
    // Each party's options: the stances it holds last on some point («Росія: заперечення»).
    let stances: Vec<String> = d
        .stating_parties()
        .into_iter()
        .map(|code| {
            let name = d.party_short(code);
            let options: Vec<(String, String)> = d
                .stance_counts(code)
                .into_iter()
                .map(|(s, _)| {
                    let word = if ukrainian { s.label_uk() } else { s.label() };
                    (format!("{code}:{}", s.code()), format!("{name}: {word}"))
                })
                .collect();
            format!("({code:?}, {name:?}, &{options:?})")
        })
        .collect();
    format!(
        "Vocabulary {{ parties: &[{parties}], themes: &[{themes}], versions: &[{}], stances: &[{}] }}",
        versions.join(", "),
        stances.join(", ")
    )
}
