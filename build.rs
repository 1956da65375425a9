//! Checks `src/content.json` and packs it for the widget, so a broken reference fails the build
//! and the browser decodes compact bytes instead of parsing JSON.

use std::{env, fs, path::PathBuf};

#[allow(dead_code)]
#[path = "src/answers.rs"]
mod answers;
#[allow(dead_code)]
#[path = "src/checksum.rs"]
mod checksum;
#[allow(dead_code)]
#[path = "src/conditions.rs"]
mod conditions;
#[allow(dead_code)]
#[path = "src/content.rs"]
mod content;
#[allow(dead_code)]
#[path = "src/questionnaire.rs"]
mod questionnaire;
#[allow(dead_code)]
#[path = "src/restrictions.rs"]
mod restrictions;

fn main() {
    println!("cargo::rerun-if-changed=src/content.json");
    println!("cargo::rerun-if-changed=src/content.rs");
    println!("cargo::rerun-if-changed=src/checksum.rs");
    println!("cargo::rerun-if-changed=src/questionnaire.rs");
    println!("cargo::rerun-if-changed=src/restrictions.rs");
    let content = match content::Content::parse(content::CONTENT_JSON) {
        Ok(content) => content,
        Err(error) => panic!("src/content.json: {error}"),
    };
    let packed = postcard::to_allocvec(&content.without_checks()).expect("content packs");
    let packed = checksum::sealed(packed);
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("content.postcard"), packed).expect("OUT_DIR is writable");
}
