//! The browser entry point: mounts the widget into its host element.

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod hooks;

#[cfg(target_arch = "wasm32")]
fn main() {
    let host = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(app::HOST_ELEMENT_ID));
    match host {
        Some(host) => {
            // Clears the "loading" text the page shows until the widget is ready.
            host.set_inner_html("");
            yew::Renderer::<app::App>::with_root(host).render();
        }
        None => {
            yew::Renderer::<app::App>::new().render();
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Gut–Skin Check runs in the browser: build it with `trunk build`.");
}
