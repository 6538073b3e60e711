//! Packs the dataset for the browser build (see src/pack.rs): loads and validates
//! `data/*.json` (with `--features synthetic`, the generated files in target/synthetic/) with
//! the crate's own loader, and writes the dataset, or every error it has, to
//! `$OUT_DIR/dataset.bin`, which the wasm includes. Broken data does not fail the build: the
//! page names the errors.

// The crate's loader, compiled into this script; what the script does not call is unused here.
#![allow(dead_code)]

#[path = "src/data.rs"]
mod data;
#[path = "src/date.rs"]
mod date;
#[path = "src/model.rs"]
mod model;
#[path = "src/pack.rs"]
mod pack;
#[path = "src/validate.rs"]
mod validate;

use std::{env, fs, path::PathBuf};

fn main() {
    for path in [
        "src/data.rs",
        "src/date.rs",
        "src/model.rs",
        "src/pack.rs",
        "src/validate.rs",
        "data",
    ] {
        println!("cargo:rerun-if-changed={path}");
    }
    if env::var_os("CARGO_FEATURE_SYNTHETIC").is_some() {
        println!("cargo:rerun-if-changed=target/synthetic");
    }
    let loaded = data::load_shipped();
    if let Err(errors) = &loaded {
        println!(
            "cargo:warning=the data has {} error(s); the page will list them",
            errors.len()
        );
    }
    let out =
        PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("dataset.bin");
    fs::write(&out, pack::pack(&loaded)).expect("OUT_DIR is writable");
}
