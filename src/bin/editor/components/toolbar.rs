//! The toolbar: which file is open (a language, a file of the blogger's, a new translation),
//! translate mode, undo and redo, saving and throwing changes away, and a line saying where
//! the words come from and whether they are saved.

use gut_skin_check::content::edits::changes;
use yew::prelude::*;

use crate::app::{picked_file, Command};
use crate::components::names::language_name;
use crate::state::{EditorAction, EditorState, Origin};

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub state: UseReducerHandle<EditorState>,
    pub dispatch: Callback<EditorAction>,
    pub command: Callback<Command>,
    pub on_site: bool,
}

/// The value of the language list's last choice.
const NEW_LANGUAGE: &str = "+new";

#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let state = &*props.state;
    let naming = use_state(|| false);
    let new_tag = use_state(String::new);
    let right_to_left = use_state(|| false);
    let tag_refused = use_state(|| false);
    // The list shows what is open, also after "A new language…" is cancelled or started: a
    // select keeps the value last chosen in it, whatever `selected` the options say.
    let language_list = use_node_ref();
    {
        let language_list = language_list.clone();
        let shown = match *naming {
            true => NEW_LANGUAGE.to_owned(),
            false => state.draft.lang.clone(),
        };
        use_effect_with(shown, move |shown| {
            if let Some(select) = language_list.cast::<web_sys::HtmlSelectElement>() {
                select.set_value(shown);
            }
        });
    }
    let mut languages: Vec<String> = state.shipped.iter().map(|file| file.lang.clone()).collect();
    if !languages.contains(&state.draft.lang) {
        languages.push(state.draft.lang.clone());
    }

    let on_language = {
        let command = props.command.clone();
        let naming = naming.clone();
        Callback::from(move |event: Event| {
            let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>() else {
                return;
            };
            let value = select.value();
            if value == NEW_LANGUAGE {
                naming.set(true);
            } else {
                naming.set(false);
                command.emit(Command::Open(value));
            }
        })
    };
    let on_file = {
        let command = props.command.clone();
        Callback::from(move |event: Event| {
            if let Some(file) = picked_file(&event) {
                command.emit(Command::OpenFile(file));
            }
        })
    };
    let on_translate = {
        let dispatch = props.dispatch.clone();
        let draft_lang = state.draft.lang.clone();
        let languages = languages.clone();
        Callback::from(move |event: Event| {
            let on = event
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .is_some_and(|input| input.checked());
            let source = languages.iter().find(|lang| **lang != draft_lang).cloned();
            dispatch.emit(EditorAction::Translate(source.filter(|_| on)));
        })
    };
    let on_source = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>() {
                dispatch.emit(EditorAction::Translate(Some(select.value())));
            }
        })
    };
    let start_language = {
        let command = props.command.clone();
        let naming = naming.clone();
        let new_tag = new_tag.clone();
        let right_to_left = right_to_left.clone();
        let tag_refused = tag_refused.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let tag = new_tag.trim().to_ascii_lowercase();
            let valid = !tag.is_empty()
                && tag.split('-').all(|part| {
                    !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric())
                });
            if valid {
                naming.set(false);
                command.emit(Command::NewLanguage(tag, *right_to_left));
                crate::browser::focus("ed-lang");
            } else {
                tag_refused.set(true);
            }
        })
    };
    let on_tag = {
        let new_tag = new_tag.clone();
        let tag_refused = tag_refused.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
                tag_refused.set(false);
                new_tag.set(input.value());
            }
        })
    };
    let on_rtl = {
        let right_to_left = right_to_left.clone();
        Callback::from(move |event: Event| {
            right_to_left.set(
                event
                    .target_dyn_into::<web_sys::HtmlInputElement>()
                    .is_some_and(|input| input.checked()),
            );
        })
    };
    let cancel_language = {
        let naming = naming.clone();
        Callback::from(move |_: MouseEvent| {
            naming.set(false);
            crate::browser::focus("ed-lang");
        })
    };
    let emit = |action: fn() -> EditorAction| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(action()))
    };
    let run = |command: fn() -> Command| {
        let run = props.command.clone();
        Callback::from(move |_: MouseEvent| run.emit(command()))
    };

    let shipped = state
        .shipped_file()
        .map(|file| file.entries.as_slice())
        .unwrap_or_default();
    let changed = changes(&state.draft.entries, shipped).len();
    let origin = match &state.draft.origin {
        Origin::Shipped => format!(
            "The widget's own {} words",
            language_name(&state.draft.lang)
        ),
        Origin::File(name) => format!("Your file {name}"),
        Origin::Site => "The words saved on your site".to_owned(),
    };
    let changed = match changed {
        0 => "no text changed".to_owned(),
        1 => "1 text changed".to_owned(),
        count => format!("{count} texts changed"),
    };
    let saved = match (state.draft.saved, props.on_site) {
        (true, _) => "saved",
        (false, true) => "not saved to the site yet: your draft is kept in this browser",
        (false, false) => "not downloaded yet: your draft is kept in this browser",
    };
    let source_languages: Vec<&String> = languages
        .iter()
        .filter(|lang| **lang != state.draft.lang)
        .collect();
    html! {
        <div class="ed-toolbar">
            <div class="ed-row">
                <span class="ed-control">
                    <label for="ed-lang">{ "Language" }</label>
                    <select id="ed-lang" ref={language_list} onchange={on_language}>
                        { for languages.iter().map(|lang| html! {
                            <option value={lang.clone()} selected={*lang == state.draft.lang && !*naming}>{ language_name(lang) }</option>
                        }) }
                        <option value={NEW_LANGUAGE} selected={*naming}>{ "A new language…" }</option>
                    </select>
                </span>
                <span class="ed-control">
                    <label for="ed-file">{ "Open a content file" }</label>
                    <input id="ed-file" type="file" accept=".json,application/json" onchange={on_file} />
                </span>
                <span class="ed-control ed-check">
                    <input id="ed-translate" type="checkbox" checked={state.translate.is_some()} onchange={on_translate}
                        disabled={source_languages.is_empty()} />
                    <label for="ed-translate">{ "Translate: show another language beside each text" }</label>
                </span>
                if let Some(source) = &state.translate {
                    <span class="ed-control">
                        <label for="ed-source">{ "Beside each text" }</label>
                        <select id="ed-source" onchange={on_source}>
                            { for source_languages.iter().map(|lang| html! {
                                <option value={(*lang).clone()} selected={*lang == source}>{ language_name(lang) }</option>
                            }) }
                        </select>
                    </span>
                }
            </div>
            if *naming {
                <form class="ed-row ed-new-language" onsubmit={start_language}>
                    <span class="ed-control">
                        <label for="ed-new-tag">{ "Language tag, such as fr or pt-BR" }</label>
                        <input id="ed-new-tag" type="text" value={(*new_tag).clone()} oninput={on_tag} autocomplete="off" spellcheck="false"
                            aria-invalid={tag_refused.then_some("true")} aria-describedby={tag_refused.then_some("ed-new-tag-error")} />
                        if *tag_refused {
                            <p class="ed-error" id="ed-new-tag-error">{ "Use letters and digits, in parts joined by -, such as fr or pt-BR." }</p>
                        }
                    </span>
                    <span class="ed-control ed-check">
                        <input id="ed-new-rtl" type="checkbox" checked={*right_to_left} onchange={on_rtl} />
                        <label for="ed-new-rtl">{ "Written right to left" }</label>
                    </span>
                    <button type="submit">{ "Start the translation" }</button>
                    <button type="button" onclick={cancel_language}>{ "Cancel" }</button>
                </form>
            }
            <div class="ed-row ed-actions">
                <button type="button" onclick={emit(|| EditorAction::Undo)} disabled={state.undo.is_empty()} aria-keyshortcuts="Control+Z">{ "Undo" }</button>
                <button type="button" onclick={emit(|| EditorAction::Redo)} disabled={state.redo.is_empty()} aria-keyshortcuts="Control+Shift+Z">{ "Redo" }</button>
                <button type="button" class="ed-primary" onclick={run(|| Command::Save)}>
                    { if props.on_site { "Save to the site" } else { "Download the file" } }
                </button>
                <button type="button" onclick={run(|| Command::Discard)}>{ "Throw away my changes" }</button>
                if props.on_site {
                    <button type="button" onclick={run(|| Command::RemoveFromSite)}>{ "Use the widget's own words" }</button>
                }
            </div>
            <p class="ed-where">{ format!("{origin}: {changed}, {saved}.") }</p>
        </div>
    }
}
