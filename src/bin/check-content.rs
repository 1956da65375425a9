//! `check-content`: the content checks, for whoever needs them but the widget itself.
//!
//! On the host it is a command that checks content files before they are published, with the
//! same checks the build runs: it prints every problem with its JSON path and exits non-zero if
//! there is any. Usage: `cargo run --bin check-content -- my-content.json [more.json …]`
//!
//! Built for the browser (Trunk builds it beside the widget), it is the checker the loader runs
//! on a blogger's own content file before the widget uses it. The widget's own files were
//! checked by the build, so the checks stay out of the widget's first load.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use gut_skin_check::content::Content;
    use std::fmt::Write as _;
    use std::io::Write as _;
    use std::process::ExitCode;

    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: check-content FILE.json [FILE.json …]");
        return ExitCode::from(2);
    }
    let mut sound = true;
    let mut report = String::new();
    for file in &files {
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(error) => {
                let _ = writeln!(report, "{file}: cannot be read ({error})");
                sound = false;
                continue;
            }
        };
        let _ = match Content::parse(&text) {
            Ok(content) => writeln!(
                report,
                "{file}: no problems ({}, {} questions, {} foods)",
                content.lang,
                content.questions.len(),
                content.foods.len()
            ),
            Err(error) => {
                sound = false;
                let count = error.0.len();
                let _ = writeln!(
                    report,
                    "{file}: {count} problem{}",
                    if count == 1 { "" } else { "s" }
                );
                error
                    .0
                    .iter()
                    .try_for_each(|problem| writeln!(report, "  {problem}"))
            }
        };
    }
    // Written whole and without `println!`, which panics when the reader of the output (`head`,
    // say) has stopped reading.
    let written = std::io::stdout().lock().write_all(report.as_bytes());
    if sound && written.is_ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

#[cfg(target_arch = "wasm32")]
#[path = "../widget/js_json.rs"]
mod js_json;

/// Every problem in `content` (a value `JSON.parse` gave), as one list: each problem's JSON
/// path, then its message. Empty when the content is sound. Read value by value, which is slower
/// than the widget's flat hand-over but needs nothing of whoever calls it.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn check(content: wasm_bindgen::JsValue) -> Vec<String> {
    use gut_skin_check::content::Content;

    let Some(json) = js_json::json_of(&content) else {
        return vec!["$".to_owned(), "nests too deeply to be content".to_owned()];
    };
    match Content::from_json(&json) {
        Ok(_) => Vec::new(),
        Err(error) => error
            .0
            .into_iter()
            .flat_map(|problem| [problem.path, problem.message])
            .collect(),
    }
}

/// The interface texts the widget itself shows: the build keeps only these in the part of a
/// content file the widget reads first (`scripts/post-build.mjs`), the rest being the results
/// module's ([`gut_skin_check::interface::Ui::RESULTS_ONLY`]).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn start_texts() -> Vec<String> {
    use gut_skin_check::interface::Ui;

    (Ui::ALL.iter())
        .filter(|key| !Ui::RESULTS_ONLY.contains(key))
        .map(|key| key.key().to_owned())
        .collect()
}

/// The parts of a content file the widget reads first: [`gut_skin_check::content::START_PARTS`].
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn start_parts() -> Vec<String> {
    (gut_skin_check::content::START_PARTS.iter())
        .map(|part| (*part).to_owned())
        .collect()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
