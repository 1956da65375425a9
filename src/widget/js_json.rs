//! The domain's JSON tree for a value the browser's own `JSON.parse` gave, which keeps a JSON
//! parser out of the wasm: the stored data, and content files in the checker. (The widget takes
//! its content file flat, which is faster: see `json::from_flat`.) Shared by the widget and the
//! content checker.

use gut_skin_check::json::{Json, MAX_DEPTH};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys::{Array, Object};

/// The domain's JSON for a value `JSON.parse` gave; `None` when it nests too deep.
pub fn json_of(value: &JsValue) -> Option<Json> {
    json_at(value, 0)
}

fn json_at(value: &JsValue, depth: u32) -> Option<Json> {
    if depth > MAX_DEPTH {
        return None;
    }
    if value.is_null() {
        return Some(Json::Null);
    }
    if let Some(flag) = value.as_bool() {
        return Some(Json::Bool(flag));
    }
    if let Some(number) = value.as_f64() {
        return Some(Json::Number(Json::whole_number(number)));
    }
    if let Some(text) = value.as_string() {
        return Some(Json::String(text));
    }
    if Array::is_array(value) {
        let items = Array::from(value);
        let items = items.iter().map(|item| json_at(&item, depth + 1));
        return items.collect::<Option<Vec<_>>>().map(Json::Array);
    }
    let entries = Object::entries(value.dyn_ref::<Object>()?);
    let fields = entries.iter().map(|entry| {
        let entry = Array::from(&entry);
        Some((
            entry.get(0).as_string()?,
            json_at(&entry.get(1), depth + 1)?,
        ))
    });
    fields.collect::<Option<Vec<_>>>().map(Json::Object)
}
