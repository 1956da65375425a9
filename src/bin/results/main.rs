//! `results`: the text of the results screen (the summary and the details), built by a wasm of
//! its own. The widget needs none of it to ask the first question, so the loader fetches it
//! only once the reader has answered one, and the first load is that much smaller; the service
//! worker keeps it for offline use like every other file.
//!
//! The widget asks for the text through the loader with the content file the copy speaks
//! (handed over flat, as to the widget) and what the results are for, as share codes: see
//! [`results`].

#[cfg(target_arch = "wasm32")]
mod report_markup;

// As in the widget: smaller than the default allocator.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// The summary and the details of the results, as markup, for the content file at `source`
/// (`shape`, `numbers`, `text`: see [`gut_skin_check::json::from_flat`]) and `request` (see
/// [`gut_skin_check::changes::Earlier::request`]). Empty when the answers make no results or
/// cannot be read; the widget then says the results are missing.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn results(
    source: String,
    shape: Vec<u32>,
    numbers: Vec<f64>,
    text: String,
    request: Vec<String>,
) -> Vec<String> {
    use gut_skin_check::changes::Earlier;
    use gut_skin_check::content::Content;
    use gut_skin_check::results::Report;

    let Ok(content) = Content::from_flat_once(&source, &shape, &numbers, &text, Content::read)
    else {
        return Vec::new();
    };
    let Some((answers, earlier)) = Earlier::from_request(content, &request) else {
        return Vec::new();
    };
    let Some(report) = Report::new(content, &answers) else {
        return Vec::new();
    };
    let changes = earlier.changes(content, &answers);
    let foods = report.foods();
    vec![
        report_markup::summary(&report, &foods, changes.as_ref()),
        report_markup::details(&report, &foods, changes.as_ref(), &earlier.past),
    ]
}

// The loader calls `results` when the widget asks; nothing runs on start-up.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "The results module runs in the browser, beside the widget: build it with `trunk build`."
    );
}
