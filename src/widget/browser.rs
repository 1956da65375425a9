//! The widget's few touches on the browser: its one storage key, today's date, the page's URL
//! fragment, the clipboard, printing and the page's events, and the results module. Every failure is a
//! value, never a panic.

use gut_skin_check::day::Day;
use gut_skin_check::saved::{Stored, StoredSaved, STORAGE_KEY};

use crate::widget::js_json::json_of;
use crate::widget::screens::results::ResultsText;
use gut_skin_check::session::{Milestone, Now, StorageUnavailable};
use serde::Serialize;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys::{Array, Date, Function, Math, Reflect, JSON};
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

/// What the widget kept on this device, parsed by the browser's own JSON parser, which keeps
/// one out of the wasm.
pub fn read_saved() -> Result<Stored, StorageUnavailable> {
    let text = storage()?
        .get_item(STORAGE_KEY)
        .map_err(|_| StorageUnavailable)?;
    let Some(text) = text.filter(|text| !text.trim_ascii().is_empty()) else {
        return Ok(Stored::Nothing);
    };
    let parsed = JSON::parse(&text).ok().and_then(|value| json_of(&value));
    Ok(parsed.map_or(Stored::Unreadable, Stored::Json))
}

/// Keeps `stored`, written as JSON by the browser, or removes the key when there is nothing
/// to keep. Fails when storage is blocked or full.
pub fn write_saved(stored: Option<&StoredSaved>) -> Result<(), StorageUnavailable> {
    let storage = storage()?;
    match stored {
        Some(stored) => {
            let value = stored
                .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
                .map_err(|_| StorageUnavailable)?;
            let text = JSON::stringify(&value).map_err(|_| StorageUnavailable)?;
            storage.set_item(STORAGE_KEY, &String::from(text))
        }
        None => storage.remove_item(STORAGE_KEY),
    }
    .map_err(|_| StorageUnavailable)
}

/// Tells the page a milestone through the loader's `notify(name, …)`, which dispatches
/// `gut-skin-check:start`, `gut-skin-check:complete` or `gut-skin-check:week` on the host
/// element.
/// `focus` is the completion's focus areas, as the results module scored them.
pub fn tell_page(notify: &Function, milestone: &Milestone, focus: &[String]) {
    let this = JsValue::NULL;
    // The page's own listener may throw; that is the page's business, not the reader's.
    let _ = match milestone {
        Milestone::Started => notify.call1(&this, &JsValue::from_str("start")),
        Milestone::Completed { doctor_card } => {
            let focus: Array = focus.iter().map(|id| JsValue::from_str(id)).collect();
            notify.call3(
                &this,
                &JsValue::from_str("complete"),
                &focus,
                &JsValue::from_bool(*doctor_card),
            )
        }
        Milestone::WeekDone { days, plants } => notify.call3(
            &this,
            &JsValue::from_str("week"),
            &JsValue::from(*days as u32),
            &JsValue::from(*plants as u32),
        ),
    };
}

/// Now: today, and a random number to name a result recorded now.
pub fn now() -> Now {
    Now {
        today: today(),
        // Math.random has 52 random bits; the top 32 of them name the result.
        token: (Math::random() * 4_294_967_296.0) as u32,
        at: (Date::now() / 1000.0) as u32,
    }
}

/// Today in the reader's own time zone.
fn today() -> Day {
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

/// The page's address without its fragment (a share link's answers): what the reminder opens.
pub fn page_address() -> String {
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

/// What one copy of the widget does when something it follows happens.
type OnChange = Rc<dyn Fn()>;

/// The copies of the widget on this page that follow one kind of happening, by id.
struct Followers(RefCell<Vec<(u32, OnChange)>>);

thread_local! {
    /// What each copy of the widget on this page does when the stored record changes.
    static STORAGE_FOLLOWERS: Followers = const { Followers(RefCell::new(Vec::new())) };
    /// What each copy does when the results module arrives.
    static RESULTS_FOLLOWERS: Followers = const { Followers(RefCell::new(Vec::new())) };
    static NEXT_FOLLOWER: Cell<u32> = const { Cell::new(0) };
}

impl Followers {
    fn add(&self, on_change: OnChange) -> u32 {
        let id = NEXT_FOLLOWER.with(|next| next.replace(next.get() + 1));
        self.0.borrow_mut().push((id, on_change));
        id
    }

    fn remove(&self, id: u32) {
        self.0.borrow_mut().retain(|(other, _)| *other != id);
    }

    fn tell(&self) {
        // Collected first, so a copy that reacts by writing again does not meet a held borrow.
        let followers: Vec<OnChange> = self.0.borrow().iter().map(|(_, f)| f.clone()).collect();
        for follower in followers {
            follower();
        }
    }
}

/// Tells one copy of the widget when the stored record changes: by a copy in another tab or
/// frame (the browser's `storage` event) or by another copy on this page
/// ([`announce_write`]). Stops when dropped.
pub struct StorageFollower {
    id: u32,
    listener: Option<Closure<dyn Fn()>>,
}

impl StorageFollower {
    pub fn new(on_change: impl Fn() + 'static) -> Self {
        let on_change: OnChange = Rc::new(on_change);
        let id = STORAGE_FOLLOWERS.with(|followers| followers.add(on_change.clone()));
        let listener = Closure::<dyn Fn()>::new(move || on_change());
        let added = window().is_some_and(|w| {
            w.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref())
                .is_ok()
        });
        Self {
            id,
            listener: added.then_some(listener),
        }
    }
}

impl Drop for StorageFollower {
    fn drop(&mut self) {
        STORAGE_FOLLOWERS.with(|followers| followers.remove(self.id));
        if let (Some(listener), Some(window)) = (&self.listener, window()) {
            let _ = window
                .remove_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
        }
    }
}

/// Tells every copy of the widget on this page that the stored record changed; the browser
/// tells the copies in other tabs and frames itself.
pub fn announce_write() {
    STORAGE_FOLLOWERS.with(Followers::tell);
}

/// Tells one copy of the widget when the results module has arrived, or failed to. Stops when
/// dropped.
pub struct ResultsFollower(u32);

impl ResultsFollower {
    pub fn new(on_arrival: impl Fn() + 'static) -> Self {
        Self(RESULTS_FOLLOWERS.with(|followers| followers.add(Rc::new(on_arrival))))
    }
}

impl Drop for ResultsFollower {
    fn drop(&mut self) {
        RESULTS_FOLLOWERS.with(|followers| followers.remove(self.0));
    }
}

thread_local! {
    /// How often the results module has arrived or failed, so the results ask again after each.
    static RESULTS_SETTLED: Cell<u32> = const { Cell::new(0) };
}

/// Tells every copy of the widget on this page that the results module has arrived or failed.
pub fn announce_results_module() {
    RESULTS_SETTLED.with(|settled| settled.set(settled.get() + 1));
    RESULTS_FOLLOWERS.with(Followers::tell);
}

/// How often the results module has arrived or failed so far.
pub fn results_module_settled() -> u32 {
    RESULTS_SETTLED.with(Cell::get)
}

/// The results' summary and details for `request` (see
/// [`gut_skin_check::changes::Earlier::request`]), from the results
/// module through `ask` (the loader's), which answers with the two texts, an empty list when the
/// answers make no results, `null` while the module is on its way and `false` when it could not
/// be fetched.
pub fn results_text(ask: &Function, request: &[String]) -> Option<ResultsText> {
    match module_text(ask, request) {
        ModuleText::Waiting => Some(ResultsText::Waiting),
        ModuleText::Unavailable => Some(ResultsText::Unavailable),
        ModuleText::Ready(texts) if texts.len() >= 2 => {
            let mut texts = texts.into_iter();
            Some(ResultsText::Ready {
                summary: texts.next()?,
                details: texts.next()?,
                focus: texts.collect(),
            })
        }
        ModuleText::Ready(_) => None,
    }
}

/// What the results module answered a request with.
#[derive(Debug, Clone, PartialEq)]
pub enum ModuleText {
    /// The module is on its way.
    Waiting,
    /// The module could not be fetched.
    Unavailable,
    /// Its texts; none when the request could not be answered.
    Ready(Vec<String>),
}

/// Asks the results module, through the loader's `ask`, for the texts of `request` (the
/// results', the week's, a typed plant's key) or to do what it asks (the reminder's download).
pub fn module_text(ask: &Function, request: &[String]) -> ModuleText {
    let sent: Array = request.iter().map(|part| JsValue::from_str(part)).collect();
    let answer = ask.call1(&JsValue::NULL, &sent).unwrap_or(JsValue::FALSE);
    if answer.is_null() || answer.is_undefined() {
        return ModuleText::Waiting;
    }
    if answer == JsValue::FALSE {
        return ModuleText::Unavailable;
    }
    ModuleText::Ready(
        Array::from(&answer)
            .iter()
            .filter_map(|text| text.as_string())
            .collect(),
    )
}

/// Runs `then` in a later task, after `delay_ms`.
pub fn later(delay_ms: i32, then: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = Closure::once_into_js(then);
    // Only fails without a window's timers, and then there is nothing to run it by.
    let _ = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), delay_ms);
}

/// Forgets where a screen reader's reading cursor was: after the reader's arrow keys, Orca
/// otherwise takes the next heading as already read and says nothing when it takes focus.
pub fn clear_reading_position() {
    let selection = web_sys::window().and_then(|window| window.get_selection().ok().flatten());
    if let Some(selection) = selection {
        // Only fails on a selection that is gone, and then there is nothing to clear.
        let _ = selection.remove_all_ranges();
    }
}

/// The element with keyboard focus in `element`'s tree (its shadow root's, inside the widget).
pub fn focused_in(element: &Element) -> Option<web_sys::Node> {
    let root = element.get_root_node();
    Reflect::get(&root, &JsValue::from_str("activeElement"))
        .ok()
        .and_then(|active| active.dyn_into::<web_sys::Node>().ok())
}

/// Whether keyboard focus is on `element` or inside it, looking through its shadow root.
pub fn holds_focus(element: &Element) -> bool {
    focused_in(element).is_some_and(|active| element.contains(Some(&active)))
}
