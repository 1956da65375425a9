//! The assessment's content — its words, questions, weights, foods, rules and evidence — read
//! from one content file per language (`content/en.json`, `content/es.json`) or a blogger's own,
//! and checked before use.

use std::fmt;

use crate::json::Problem;

mod checks;
// The editor's: see `lib.rs`.
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod edits;
mod reading;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod texts;
mod types;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod update;
mod wording;

pub use types::*;
pub use wording::link_problem;

/// The content files the widget ships with, by language, as the build writes them beside it.
#[cfg(not(target_arch = "wasm32"))]
pub const SHIPPED: [(&str, &str); 2] = [
    ("en", include_str!("../content/en.json")),
    ("es", include_str!("../content/es.json")),
];

/// The English content file's text.
#[cfg(not(target_arch = "wasm32"))]
pub const ENGLISH: &str = SHIPPED[0].1;

/// The parts of a content file the widget needs to ask the questions: the build serves them on
/// their own (`content/<lang>.start.json`, written by `scripts/post-build.mjs` with this list), so
/// the first load leaves out the foods, rules and the rest that only the results module reads.
pub const START_PARTS: [&str; 8] = [
    "version",
    "lang",
    "dir",
    "interface",
    "word_changes",
    "scores",
    "sections",
    "questions",
];

/// Why content could not be used: every problem found, each at its JSON path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError(pub Vec<Problem>);

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (at, problem) in self.0.iter().enumerate() {
            if at > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ContentError {}
