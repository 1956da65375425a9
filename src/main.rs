//! The browser entry point: the loader (assets/embed.js) fetches the content file, has the
//! browser parse it (and, for a blogger's own file, has the checker check it), then calls
//! `mount` with the element inside the host page's shadow root that the widget should fill, or
//! `show_problems` when the content cannot be used.

#[cfg(target_arch = "wasm32")]
mod widget;

// About 3 KB smaller in the gzipped wasm than the default allocator (dlmalloc), and faster.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Renders the widget into `root` in the words of the content file at `source`, which the
/// browser parsed and the loader handed over flat (`shape`, `numbers`, `text`: see
/// [`gut_skin_check::json::from_flat`]). `notify(name, focus, doctorCard)` tells the page about
/// the reader's milestones; `results(request)` asks the results module for the results' text
/// (see `src/bin/results/main.rs`).
///
/// Returns every problem that kept the content from being read, each as `path: message`, for
/// the console; the widget shows the first few in an alert instead of the assessment.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount(
    root: web_sys::Element,
    source: String,
    shape: Vec<u32>,
    numbers: Vec<f64>,
    text: String,
    notify: web_sys::js_sys::Function,
    results: web_sys::js_sys::Function,
) -> Vec<String> {
    match gut_skin_check::content::Content::from_flat_once(
        &source,
        &shape,
        &numbers,
        &text,
        gut_skin_check::content::Content::read_start,
    ) {
        Ok(content) => {
            // Attributes on an element the loader made cannot fail.
            let _ = root.set_attribute("lang", &content.lang);
            let _ = root.set_attribute("dir", content.dir.attribute());
            root.set_inner_html("");
            let props = widget::app::AppProps {
                content,
                notify,
                results,
            };
            yew::Renderer::<widget::app::App>::with_root_and_props(root, props).render();
            Vec::new()
        }
        Err(error) => {
            root.set_inner_html(&widget::app::failure(&source, &error.0, true));
            error.0.iter().map(ToString::to_string).collect()
        }
    }
}

/// Shows in `root` why the content file at `source` cannot be used: the problems found in it,
/// each a JSON path (or a line and column, or nothing) and a message. `arrived` says whether
/// the file came at all.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn show_problems(
    root: web_sys::Element,
    source: String,
    paths: Vec<String>,
    messages: Vec<String>,
    arrived: bool,
) {
    use gut_skin_check::json::Problem;
    let problems: Vec<Problem> = paths
        .into_iter()
        .zip(messages)
        .map(|(path, message)| Problem { path, message })
        .collect();
    root.set_inner_html(&widget::app::failure(&source, &problems, arrived));
}

/// The results module has arrived, or could not: every copy on the page that waits for it asks
/// again.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn results_module_settled() {
    widget::browser::announce_results_module();
}

// The loader, not the wasm start-up, decides where and when the widget mounts.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Gut–Skin Check runs in the browser: build it with `trunk build`.");
}
