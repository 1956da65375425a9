//! Gut–Skin Check's domain: the questionnaire, scoring, food suggestions and warning signs,
//! in plain Rust so it is tested on the host and rendered unchanged in the browser.

pub mod answers;
pub mod base64url;
pub mod changes;
pub mod checksum;
pub mod conditions;
pub mod content;
pub mod day;
pub mod flow;
pub mod interface;
pub mod json;
// The content editor's domain: on the host always (its tests), in the browser only in the
// editor (see the `editor` feature in Cargo.toml).
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod json_text;
pub mod markup;
pub mod plan;
pub mod plants;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod preview;
pub mod questionnaire;
pub mod ranking;
pub mod read;
pub mod reminder;
pub mod restrictions;
pub mod results;
pub mod saved;
pub mod scoring;
pub mod session;
pub mod share_code;
pub mod suggestions;
pub mod summary;
pub mod text;
pub mod warning_signs;
pub mod week;
