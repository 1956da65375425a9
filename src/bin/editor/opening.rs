//! Opening a file in the editor: the shipped file for a language, the draft kept for it, a file
//! the blogger picks or the site's, each brought up to date with the shipped file this version
//! of the widget has for its language (or English, for a language it does not ship).

use gut_skin_check::content::update::{bring_up_to_date, Update};
use gut_skin_check::json::Json;

use crate::browser::{self, Host};
use crate::state::{Draft, Origin, Shipped};

/// The shipped file a file in `lang` is measured against: its own language's, else English,
/// else the first.
pub fn base_for<'s>(shipped: &'s [Shipped], lang: &str) -> &'s Shipped {
    (shipped.iter().find(|file| file.lang == lang))
        .or_else(|| shipped.iter().find(|file| file.lang == "en"))
        .unwrap_or(&shipped[0])
}

/// `json` ready to edit, brought up to date with the shipped file; the update too when it
/// brought anything the blogger should hear of.
pub fn open(
    shipped: &[Shipped],
    json: Json,
    origin: Origin,
    started_from: Option<Json>,
    saved: bool,
) -> (Draft, Option<Update>) {
    let lang = json
        .get("lang")
        .and_then(Json::as_str)
        .unwrap_or("en")
        .to_owned();
    let base = base_for(shipped, &lang);
    // Made from this very shipped file: nothing new to bring.
    if started_from.as_ref() == Some(&base.json) {
        return (Draft::new(json, origin, started_from, saved), None);
    }
    let update = bring_up_to_date(&json, &base.json, started_from.as_ref());
    let worth_telling = !update.added.is_empty()
        || !update.reworded.is_empty()
        || !update.dropped.is_empty()
        || (started_from.is_some() && !update.kept.is_empty());
    let unchanged = update.json == json;
    let draft = Draft::new(
        update.json.clone(),
        origin,
        Some(base.json.clone()),
        saved && unchanged,
    );
    (draft, worth_telling.then_some(update))
}

/// The widget's own file for `lang`.
pub fn shipped_file(shipped: &[Shipped], lang: &str) -> Draft {
    let base = base_for(shipped, lang);
    // Its texts are the shipped file's, already read: not read again.
    Draft::with_entries(
        base.json.clone(),
        base.entries.clone(),
        Origin::Shipped,
        Some(base.json.clone()),
        true,
    )
}

/// What to open for `lang`: the draft kept for it, else the widget's own file.
pub fn draft_or_shipped(host: &Host, shipped: &[Shipped], lang: &str) -> (Draft, Option<Update>) {
    match browser::stored_draft(host, lang) {
        Some(draft) => open(
            shipped,
            draft.json,
            draft.origin,
            draft.started_from,
            draft.saved,
        ),
        None => (shipped_file(shipped, lang), None),
    }
}

/// A new translation into `lang`: the English file (or the first shipped) with `lang` and
/// `dir` set, every text still to translate.
pub fn new_language(shipped: &[Shipped], lang: &str, right_to_left: bool) -> Draft {
    let base = base_for(shipped, "en");
    let mut json = base.json.clone();
    if let Json::Object(fields) = &mut json {
        for (key, value) in fields.iter_mut() {
            match key.as_str() {
                "lang" => *value = Json::String(lang.to_owned()),
                "dir" => {
                    *value = Json::String(if right_to_left { "rtl" } else { "ltr" }.to_owned())
                }
                _ => {}
            }
        }
    }
    Draft::new(
        json,
        Origin::File(format!("{lang}.json")),
        Some(base.json.clone()),
        false,
    )
}

/// The name a downloaded file gets: the name of the file opened, else one with its language.
pub fn file_name(draft: &Draft) -> String {
    match &draft.origin {
        Origin::File(name) => name.clone(),
        _ => format!("gut-skin-check-{}.json", draft.lang),
    }
}
