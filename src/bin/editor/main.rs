//! `editor`: the content editor. A blogger changes any word of the check, adds links to their
//! own pages and translates, in a form grouped the way a reader meets the words, with the
//! widget live beside it and the content checks at each field as they type. It is a view over
//! the same domain crate as the widget (the content's types, reading and checks, and the
//! editor's domain in `content::texts`, `content::edits`, `content::update` and `preview`).
//!
//! Built by Trunk as a wasm of its own and loaded only by `editor.html` (through
//! `assets/editor.js`), and in WordPress by the plugin's admin page, which shows that page in a
//! frame: none of it is part of the widget's first load, and the service worker does not keep it.

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod opening;
#[cfg(target_arch = "wasm32")]
mod state;

/// Starts the editor in `root`. `languages` are the languages the widget ships and `shipped`
/// their content files' text, in the same order; `host` is what the loader offers (see
/// [`browser::Host`]). Returns why the editor cannot start, or nothing.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn start(
    root: web_sys::Element,
    languages: Vec<String>,
    shipped: Vec<String>,
    host: wasm_bindgen::JsValue,
) -> Option<String> {
    use gut_skin_check::content::texts::text_entries;
    use std::rc::Rc;

    let host = browser::Host::new(&host)?;
    let mut files = Vec::new();
    for (lang, text) in languages.into_iter().zip(shipped) {
        let json = match host.read_json(&text) {
            Ok(json) => json,
            Err(problem) => return Some(format!("content/{lang}.json: {problem}")),
        };
        files.push(state::Shipped {
            entries: text_entries(&json),
            lang,
            json,
        });
    }
    if files.is_empty() {
        return Some("the widget ships no content file".to_owned());
    }
    root.set_inner_html("");
    let props = app::AppProps {
        shipped: Rc::new(files),
        host,
    };
    yew::Renderer::<app::App>::with_root_and_props(root, props).render();
    None
}

// The loader, not the wasm start-up, decides when the editor starts.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "The content editor runs in the browser: build it with `trunk build` and open editor.html."
    );
}
