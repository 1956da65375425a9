//! The widget's few touches on the browser: its one storage key, today's date, the page's URL
//! fragment, the clipboard and printing. Every failure is a value, never a panic.

use gut_skin_check::day::Day;
use gut_skin_check::saved::STORAGE_KEY;
use gut_skin_check::session::StorageUnavailable;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::js_sys::Date;
use web_sys::{Element, Storage, Window};

fn window() -> Option<Window> {
    web_sys::window()
}

/// Reading `localStorage` itself throws where the browser blocks storage.
fn storage() -> Result<Storage, StorageUnavailable> {
    window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StorageUnavailable)
}

/// What the widget kept on this device, if anything.
pub fn read_saved() -> Result<Option<String>, StorageUnavailable> {
    storage()?
        .get_item(STORAGE_KEY)
        .map_err(|_| StorageUnavailable)
}

/// Keeps `text`, or removes the key when there is nothing to keep. Fails when storage is
/// blocked or full.
pub fn write_saved(text: Option<&str>) -> Result<(), StorageUnavailable> {
    let storage = storage()?;
    match text {
        Some(text) => storage.set_item(STORAGE_KEY, text),
        None => storage.remove_item(STORAGE_KEY),
    }
    .map_err(|_| StorageUnavailable)
}

/// Today in the reader's own time zone.
pub fn today() -> Day {
    let now = Date::new_0();
    // The browser's date is always a real one; the fallback only satisfies the type.
    Day::new(
        now.get_full_year() as u16,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
    .or_else(|| Day::new(2000, 1, 1))
    .expect("1 January 2000 is a real date")
}

/// The page's URL fragment, with its '#'.
pub fn fragment() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The page's address without its fragment.
fn page_address() -> String {
    let page = window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    page.split('#').next().unwrap_or_default().to_owned()
}

/// The page's address with `fragment` in place of its own.
pub fn link_with_fragment(fragment: &str) -> String {
    format!("{}#{fragment}", page_address())
}

/// Drops a share link's fragment from the address bar, so a reload shows the reader's own
/// assessment again.
pub fn forget_fragment() {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ =
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&page_address()));
    }
}

/// Copies `text`; calls back with whether it worked (a browser may refuse, in an iframe say).
pub fn copy(text: String, done: impl FnOnce(bool) + 'static) {
    let Some(clipboard) = window().map(|w| w.navigator().clipboard()) else {
        done(false);
        return;
    };
    let promise = clipboard.write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// Opens the browser's print dialog, where the reader can also save a PDF.
pub fn print() {
    if let Some(window) = window() {
        let _ = window.print();
    }
}

/// Opens every closed section under `root`, so a printout or a PDF has everything.
pub fn open_sections(root: &Element) {
    let Ok(sections) = root.query_selector_all("details") else {
        return;
    };
    for at in 0..sections.length() {
        if let Some(section) = sections.item(at).and_then(|n| n.dyn_into::<Element>().ok()) {
            let _ = section.set_attribute("open", "");
        }
    }
}

/// Opens `root`'s sections whenever the page is printed, by the widget's button or the
/// browser's own menu, until dropped.
pub struct OpenSectionsOnPrint(Option<Closure<dyn Fn()>>);

impl OpenSectionsOnPrint {
    pub fn new(root: Element) -> Self {
        let listener = Closure::<dyn Fn()>::new(move || open_sections(&root));
        let added = window().is_some_and(|w| {
            w.add_event_listener_with_callback("beforeprint", listener.as_ref().unchecked_ref())
                .is_ok()
        });
        Self(added.then_some(listener))
    }
}

impl Drop for OpenSectionsOnPrint {
    fn drop(&mut self) {
        if let (Some(listener), Some(window)) = (&self.0, window()) {
            let _ = window.remove_event_listener_with_callback(
                "beforeprint",
                listener.as_ref().unchecked_ref(),
            );
        }
    }
}
