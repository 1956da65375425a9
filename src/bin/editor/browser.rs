//! The editor's calls into the browser: reading JSON (the browser parses it, as for the
//! widget), the drafts kept in storage, downloading a file, reading one the blogger picks,
//! handing the preview its content, and the WordPress site's file.

use gut_skin_check::day::Day;
use gut_skin_check::json::{from_flat, Json};
use gut_skin_check::json_text::to_compact_text;
use gut_skin_check::saved::Saved;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::{self, Array, Float64Array, Function, Promise, Reflect, Uint32Array, JSON};

use crate::state::{Draft, Origin};

/// What the page's loader (assets/editor.js) gives the editor: how to read JSON, and the
/// blogger's WordPress site when the editor is the plugin's admin page.
#[derive(Clone)]
pub struct Host {
    /// `read(text)`: the browser's `JSON.parse`, handed over flat as `[shape, numbers, text]`
    /// (see [`from_flat`]), or why the text is not JSON.
    read: Function,
    /// `load(lang)`, `save(lang, text)`, `discard(lang)`, each a promise; `None` outside WordPress.
    site: Option<JsValue>,
    /// The language the site is written in, when the loader knows it.
    pub site_language: Option<String>,
}

/// One host per page.
impl PartialEq for Host {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Host {
    pub fn new(host: &JsValue) -> Option<Self> {
        let read = Reflect::get(host, &"read".into()).ok()?.dyn_into().ok()?;
        let site = Reflect::get(host, &"site".into())
            .ok()
            .filter(|site| site.is_object());
        let site_language = Reflect::get(host, &"siteLanguage".into())
            .ok()
            .and_then(|lang| lang.as_string());
        Some(Self {
            read,
            site,
            site_language,
        })
    }

    /// Whether the editor saves to a WordPress site rather than downloading.
    pub fn on_site(&self) -> bool {
        self.site.is_some()
    }

    /// `text` as a tree, or why it is not JSON ("line 3, column 5: …").
    pub fn read_json(&self, text: &str) -> Result<Json, String> {
        let result = self
            .read
            .call1(&JsValue::NULL, &text.into())
            .map_err(|_| "could not be read".to_owned())?;
        if let Some(problem) = result.as_string() {
            return Err(problem);
        }
        let parts: Array = result
            .dyn_into()
            .map_err(|_| "could not be read".to_owned())?;
        let shape = Uint32Array::from(parts.get(0)).to_vec();
        let numbers = Float64Array::from(parts.get(1)).to_vec();
        let joined = parts.get(2).as_string().unwrap_or_default();
        from_flat(&shape, &numbers, &joined)
            .ok_or_else(|| "nests too deeply to be content".to_owned())
    }

    /// Calls the site's `what` with `args`, and waits for its answer.
    async fn site_call(&self, what: &str, args: &[JsValue]) -> Result<JsValue, String> {
        let site = self.site.as_ref().ok_or("no site")?;
        let call: Function = Reflect::get(site, &what.into())
            .ok()
            .and_then(|call| call.dyn_into().ok())
            .ok_or("the site cannot do that")?;
        let promise = call
            .apply(site, &args.iter().collect::<Array>())
            .map_err(message)?
            .dyn_into::<Promise>()
            .map_err(message)?;
        JsFuture::from(promise).await.map_err(message)
    }

    /// The file saved on the site for `lang`, if there is one.
    pub async fn site_file(&self, lang: &str) -> Result<Option<String>, String> {
        Ok(self.site_call("load", &[lang.into()]).await?.as_string())
    }

    /// Saves `text` as the site's file for `lang`; what the site says it did.
    pub async fn save_to_site(&self, lang: &str, text: &str) -> Result<String, String> {
        let said = self.site_call("save", &[lang.into(), text.into()]).await?;
        Ok(said.as_string().unwrap_or_default())
    }

    /// Removes the site's file for `lang`: its posts speak the widget's own words again.
    pub async fn discard_on_site(&self, lang: &str) -> Result<(), String> {
        self.site_call("discard", &[lang.into()]).await.map(|_| ())
    }
}

/// What a rejected promise or a thrown error says.
fn message(error: JsValue) -> String {
    error
        .as_string()
        .or_else(|| Reflect::get(&error, &"message".into()).ok()?.as_string())
        .unwrap_or_else(|| "something went wrong".to_owned())
}

/// The editor's own storage keys, never the widget's (`gut-skin-check`): which language was
/// open, and each language's draft under its own key, so writing one never rewrites another.
const OPEN_KEY: &str = "gut-skin-check-editor";
fn draft_key(lang: &str) -> String {
    format!("gut-skin-check-editor:{lang}")
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The language the blogger last had open, and whether they were translating (from which).
pub fn last_opened() -> (Option<String>, Option<String>) {
    let text = storage().and_then(|storage| storage.get_item(OPEN_KEY).ok()?);
    let mut parts = text.as_deref().unwrap_or_default().split(' ');
    let lang = parts
        .next()
        .filter(|lang| !lang.is_empty())
        .map(str::to_owned);
    (lang, parts.next().map(str::to_owned))
}

pub fn remember_opened(lang: &str, translating_from: Option<&str>) {
    if let Some(storage) = storage() {
        let text = match translating_from {
            Some(source) => format!("{lang} {source}"),
            None => lang.to_owned(),
        };
        let _ = storage.set_item(OPEN_KEY, &text);
    }
}

/// The draft kept for `lang`, if any, as it was stored.
pub fn stored_draft(host: &Host, lang: &str) -> Option<Draft> {
    let text = storage()?.get_item(&draft_key(lang)).ok()??;
    let json = host.read_json(&text).ok()?;
    let file = json.get("file")?.clone();
    let origin = match json.get("origin").and_then(Json::as_str)? {
        "site" => Origin::Site,
        "file" => Origin::File(
            json.get("name")
                .and_then(Json::as_str)
                .unwrap_or("content.json")
                .to_owned(),
        ),
        _ => Origin::Shipped,
    };
    let started_from = json
        .get("startedFrom")
        .filter(|from| **from != Json::Null)
        .cloned();
    let saved = json.get("saved") == Some(&Json::Bool(true));
    Some(Draft::new(file, origin, started_from, saved))
}

/// Keeps `draft` until it is saved or discarded; says whether storage took it.
pub fn store_draft(draft: &Draft) -> bool {
    let (origin, name) = match &draft.origin {
        Origin::Shipped => ("shipped", ""),
        Origin::Site => ("site", ""),
        Origin::File(name) => ("file", name.as_str()),
    };
    let record = Json::Object(vec![
        ("version".to_owned(), Json::Number(Some(1))),
        ("origin".to_owned(), Json::String(origin.to_owned())),
        ("name".to_owned(), Json::String(name.to_owned())),
        ("saved".to_owned(), Json::Bool(draft.saved)),
        (
            "startedFrom".to_owned(),
            draft.started_from.clone().unwrap_or(Json::Null),
        ),
        ("file".to_owned(), draft.json.clone()),
    ]);
    storage().is_some_and(|storage| {
        storage
            .set_item(&draft_key(&draft.lang), &to_compact_text(&record))
            .is_ok()
    })
}

pub fn forget_draft(lang: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(&draft_key(lang));
    }
}

/// Offers `text` as a download named `name`.
pub fn download(name: &str, text: &str) -> Result<(), String> {
    let parts = Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json;charset=utf-8");
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(message)?;
    let address = web_sys::Url::create_object_url_with_blob(&blob).map_err(message)?;
    let link = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.create_element("a").ok())
        .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .ok_or("the page cannot offer a download")?;
    link.set_href(&address);
    link.set_download(name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&address);
    Ok(())
}

/// The text of a file the blogger picked.
pub async fn file_text(file: web_sys::File) -> Result<String, String> {
    let text = JsFuture::from(file.text()).await.map_err(message)?;
    text.as_string().ok_or_else(|| "is not text".to_owned())
}

/// The key under which the preview (assets/preview.js) finds what to show. Session storage is
/// shared by a page and the frames of its own site, and is gone with the tab.
const PREVIEW_KEY: &str = "gut-skin-check-editor:preview";

/// Hands the preview the content to show, the stored record that opens it where the text is
/// seen (none: the intro), the text to point at, and reloads it.
pub fn show_in_preview(
    frame: &web_sys::HtmlIFrameElement,
    content: &str,
    record: Option<&Saved>,
    highlight: &str,
) {
    let record = record.and_then(|saved| {
        let value = serde::Serialize::serialize(
            &saved.stored(),
            &serde_wasm_bindgen::Serializer::json_compatible(),
        )
        .ok()?;
        JSON::stringify(&value).ok().map(String::from)
    });
    let payload = js_sys::Object::new();
    let _ = Reflect::set(&payload, &"content".into(), &content.into());
    let _ = Reflect::set(
        &payload,
        &"record".into(),
        &record.map_or(JsValue::NULL, Into::into),
    );
    let _ = Reflect::set(&payload, &"highlight".into(), &highlight.into());
    let Ok(text) = JSON::stringify(&payload) else {
        return;
    };
    let session = web_sys::window().and_then(|window| window.session_storage().ok().flatten());
    if let Some(session) = session {
        let _ = session.set_item(PREVIEW_KEY, &String::from(text));
    }
    if let Some(window) = frame.content_window() {
        let _ = window.location().reload();
    }
}

/// Today, in the blogger's own time zone.
pub fn today() -> Day {
    let now = js_sys::Date::new_0();
    Day::new(
        now.get_full_year() as u16,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
    .unwrap_or_else(|| Day::new(2026, 1, 1).expect("a real day"))
}

/// Milliseconds since 1970, for telling a burst of typing apart.
pub fn now() -> f64 {
    js_sys::Date::now()
}

/// Moves focus to the field with this id, once the form shows it.
pub fn focus(id: &str) {
    let element = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}
