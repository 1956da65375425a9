//! The browser entry point: the loader (assets/embed.js) calls `mount` with the element inside
//! the host page's shadow root that the widget should fill.

#[cfg(target_arch = "wasm32")]
mod widget;

// About 3 KB smaller in the gzipped wasm than the default allocator (dlmalloc), and faster.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Renders the widget into `root`, replacing the loader's "loading" text; or, when its content
/// cannot be read, says so there.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount(root: web_sys::Element) {
    match widget::app::content() {
        Ok(_) => {
            root.set_inner_html("");
            yew::Renderer::<widget::app::App>::with_root(root).render();
        }
        Err(error) => root.set_inner_html(&widget::app::failure(error)),
    }
}

// The loader, not the wasm start-up, decides where and when the widget mounts.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Gut–Skin Check runs in the browser: build it with `trunk build`.");
}
