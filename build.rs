//! Checks the content files the widget ships with (`content/*.json`), so a broken reference or
//! a missing interface text fails the build rather than reaching a reader. Trunk copies the
//! files beside the widget as they are.

use std::fs;

#[allow(dead_code)]
#[path = "src/answers.rs"]
mod answers;
#[allow(dead_code)]
#[path = "src/conditions.rs"]
mod conditions;
// Found as the library finds it, so its submodules are looked for in `src/content/`.
#[allow(dead_code, unused_imports)]
#[path = "src"]
mod src {
    pub mod content;
}
use src::content;
#[allow(dead_code)]
#[path = "src/interface.rs"]
mod interface;
#[allow(dead_code)]
#[path = "src/json.rs"]
mod json;
#[allow(dead_code)]
#[path = "src/questionnaire.rs"]
mod questionnaire;
#[allow(dead_code)]
#[path = "src/read.rs"]
mod read;
#[allow(dead_code)]
#[path = "src/restrictions.rs"]
mod restrictions;
#[allow(dead_code)]
#[path = "src/text.rs"]
mod text;

fn main() {
    println!("cargo::rerun-if-changed=content");
    for module in [
        "answers",
        "conditions",
        "content",
        "interface",
        "json",
        "questionnaire",
        "read",
        "restrictions",
        "text",
    ] {
        println!("cargo::rerun-if-changed=src/{module}.rs");
    }
    println!("cargo::rerun-if-changed=src/content");
    let mut files: Vec<_> = fs::read_dir("content")
        .expect("the content folder is readable")
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    for path in files {
        let text = fs::read_to_string(&path).expect("a content file is readable");
        if let Err(error) = content::Content::parse(&text) {
            panic!("{} has problems:\n{error}", path.display());
        }
    }
}
