//! Loads and validates `data/*.json` (with `--features synthetic`, the generated files in
//! target/synthetic/) with the crate's own loader, and writes what the islands render of it,
//! the parties and themes (src/vocabulary.rs), to `$OUT_DIR/vocabulary.rs`. Broken data does
//! not fail the build: it warns here, and the `site` binary renders a page naming the errors.

// The crate's loader, compiled into this script; what the script does not call is unused here.
#![allow(dead_code)]

#[path = "src/data.rs"]
mod data;
#[path = "src/date.rs"]
mod date;
#[path = "src/model.rs"]
mod model;
#[path = "src/timeline.rs"]
mod timeline;
#[path = "src/validate.rs"]
mod validate;

use std::{env, fs, path::PathBuf};

fn main() {
    for path in [
        "src/data.rs",
        "src/date.rs",
        "src/model.rs",
        "src/timeline.rs",
        "src/validate.rs",
        "data",
    ] {
        println!("cargo:rerun-if-changed={path}");
    }
    if env::var_os("CARGO_FEATURE_SYNTHETIC").is_some() {
        println!("cargo:rerun-if-changed=target/synthetic");
    }
    let (parties, themes, versions) = match data::load_shipped() {
        Ok(d) => (
            d.parties
                .iter()
                .map(|p| (p.code.clone(), p.short.clone()))
                .collect(),
            d.themes
                .iter()
                .map(|t| (t.code.clone(), t.label.clone()))
                .collect(),
            // Each version with a text, and the filter's options for the outcomes it has:
            // (value, label), written out here so the wasm formats nothing.
            d.text_versions()
                .map(|v| {
                    let options: Vec<(String, String)> = model::Outcome::ALL
                        .iter()
                        .filter(|&&o| v.count(o) > 0)
                        .map(|o| {
                            (
                                format!("{}:{}", o.code(), v.code),
                                format!("{} in {}", o.label(), v.name),
                            )
                        })
                        .collect();
                    format!("({:?}, {:?}, &{options:?})", v.code, v.name)
                })
                .collect::<Vec<_>>(),
        ),
        Err(errors) => {
            println!(
                "cargo:warning=the data has {} error(s); the pages will list them",
                errors.len()
            );
            (Vec::new(), Vec::new(), Vec::new())
        }
    };
    // `{:?}` of a string is a valid Rust string literal.
    let list = |items: &Vec<(String, String)>| {
        items
            .iter()
            .map(|(a, b)| format!("({a:?}, {b:?})"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let code = format!(
        "pub static SHIPPED: Vocabulary = Vocabulary {{ parties: &[{}], themes: &[{}], versions: &[{}] }};\n",
        list(&parties),
        list(&themes),
        versions.join(", ")
    );
    let out =
        PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("vocabulary.rs");
    fs::write(&out, code).expect("OUT_DIR is writable");
}
