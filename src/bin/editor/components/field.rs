//! One text in the form: its label, what it must keep, the source language's words in translate
//! mode, the box to write in, and the checks' messages tied to it.

use gut_skin_check::content::texts::TextEntry;
use gut_skin_check::interface::Ui;
use yew::prelude::*;

use crate::browser;
use crate::components::names::language_name;
use crate::state::EditorAction;

#[derive(Properties, PartialEq)]
pub struct FieldProps {
    pub index: usize,
    pub entry: TextEntry,
    /// The checks' messages about this text.
    pub errors: Vec<String>,
    /// In translate mode, the source language's tag and its words for this text.
    pub source: Option<(String, String)>,
    /// The file's language and whether it is written right to left, so a screen reader reads
    /// the text in its own voice and the box runs the right way.
    pub lang: AttrValue,
    pub rtl: bool,
    pub dispatch: Callback<EditorAction>,
}

/// The `{placeholders}` an interface text must keep.
fn placeholders(entry: &TextEntry) -> &'static [&'static str] {
    let Some(key) = entry.key.strip_prefix("interface.") else {
        return &[];
    };
    (Ui::ALL.iter())
        .find(|ui| ui.key() == key)
        .map_or(&[], |ui| ui.placeholders())
}

#[component]
pub fn Field(props: &FieldProps) -> Html {
    let FieldProps {
        index,
        entry,
        errors,
        source,
        lang,
        rtl,
        dispatch,
    } = props;
    let dir = rtl.then_some("rtl");
    let id = format!("field-{index}");
    let mut described = Vec::new();
    let keep = placeholders(entry);
    // Texts a screen reader says at a moment, with nothing on the screen: a blogger would look
    // for them in the preview in vain.
    let spoken = entry.key.starts_with("interface.announce_") || entry.key == "interface.unticked";
    let hint = if entry.link {
        Some("An address that starts with https://, or a path on your site that starts with /. Readers see it as a link after the food, in the same tab; leave it empty for none.".to_owned())
    } else if !keep.is_empty() {
        let names: Vec<String> = keep.iter().map(|name| format!("{{{name}}}")).collect();
        Some(format!(
            "Keep {}: the check fills each in when it shows the text.",
            names.join(" and ")
        ))
    } else {
        None
    };
    let hint = match (spoken, hint) {
        (false, hint) => hint,
        (true, hint) => Some(
            [
                "Read aloud to screen-reader users at that moment; not shown on the screen."
                    .to_owned(),
            ]
            .into_iter()
            .chain(hint)
            .collect::<Vec<_>>()
            .join(" "),
        ),
    };
    if source.is_some() {
        described.push(format!("{id}-source"));
    }
    if hint.is_some() {
        described.push(format!("{id}-hint"));
    }
    if !errors.is_empty() {
        described.push(format!("{id}-error"));
    }
    let described = (!described.is_empty()).then(|| described.join(" "));
    let invalid = (!errors.is_empty()).then_some("true");
    let oninput = {
        let dispatch = dispatch.clone();
        let index = *index;
        Callback::from(move |event: InputEvent| {
            let text = event
                .target_dyn_into::<web_sys::HtmlTextAreaElement>()
                .map(|area| area.value())
                .or_else(|| {
                    event
                        .target_dyn_into::<web_sys::HtmlInputElement>()
                        .map(|input| input.value())
                })
                .unwrap_or_default();
            dispatch.emit(EditorAction::Edit {
                index,
                text,
                now: browser::now(),
            });
        })
    };
    let onfocus = {
        let dispatch = dispatch.clone();
        let index = *index;
        Callback::from(move |_: FocusEvent| dispatch.emit(EditorAction::Current(index)))
    };
    let rows = (entry.text.chars().count() / 60 + 1)
        .clamp(1, 8)
        .to_string();
    html! {
        <div class={classes!("ed-field", (!errors.is_empty()).then_some("ed-field-invalid"))}>
            <label for={id.clone()}>{ &entry.label }</label>
            if let Some((language, words)) = source {
                <p class="ed-source" id={format!("{id}-source")}>
                    <span class="ed-source-label">{ format!("{}: ", language_name(language)) }</span>
                    <span lang={language.clone()}>{ words }</span>
                </p>
            }
            if let Some(hint) = hint {
                <p class="ed-hint" id={format!("{id}-hint")}>{ hint }</p>
            }
            if entry.link {
                <input id={id.clone()} type="text" inputmode="url" autocomplete="off" spellcheck="false"
                    value={entry.text.clone()} {oninput} {onfocus}
                    aria-describedby={described} aria-invalid={invalid} />
            } else {
                <textarea id={id.clone()} rows={rows} value={entry.text.clone()} {oninput} {onfocus}
                    lang={lang.clone()} {dir} aria-describedby={described} aria-invalid={invalid} />
            }
            if !errors.is_empty() {
                <ul class="ed-error" id={format!("{id}-error")}>
                    { for errors.iter().map(|error| html! { <li>{ error }</li> }) }
                </ul>
            }
            <p class="ed-key">{ "In the file: " }<code>{ &entry.key }</code></p>
        </div>
    }
}
