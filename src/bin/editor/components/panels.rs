//! The lists above the form: what bringing the file up to date did, the problems the checks
//! found, "What I changed" against the widget's own file, and in translate mode what is still
//! to translate. Each item has a button that takes the blogger to its text.

use gut_skin_check::content::edits::{changes, untranslated, Gap, Placed};
use yew::prelude::*;

use crate::components::names::{group_title, language_name, shortened};
use crate::state::{EditorAction, EditorState, Notice};

#[derive(Properties, PartialEq)]
pub struct PanelsProps {
    pub state: UseReducerHandle<EditorState>,
    pub dispatch: Callback<EditorAction>,
}

/// A button that opens a text's group and puts focus on it, named by both, since many texts
/// share a label ("Question", "Answer 1").
pub fn go_to(state: &EditorState, dispatch: &Callback<EditorAction>, index: usize) -> Html {
    let Some(entry) = state.draft.entries.get(index) else {
        return html! {};
    };
    let group = shortened(&group_title(&state.draft, &entry.group), 50);
    let dispatch = dispatch.clone();
    let onclick = Callback::from(move |_: MouseEvent| dispatch.emit(EditorAction::Reveal(index)));
    html! {
        <button type="button" class="ed-link" {onclick}>{ format!("Go to “{}, {}”", group, shortened(&entry.label, 50)) }</button>
    }
}

fn index_of(state: &EditorState, key: &str) -> Option<usize> {
    state
        .draft
        .entries
        .iter()
        .position(|entry| entry.key == key)
}

/// The problems the checks found, each with where it is.
pub fn problem_items(state: &EditorState, dispatch: &Callback<EditorAction>) -> Html {
    html! {
        <ul class="ed-list">
            { for state.checked.placed.iter().map(|(placed, problem)| {
                let (place, button) = match placed {
                    Placed::Field(index) => {
                        let entry = &state.draft.entries[*index];
                        let place = format!("{}, {}", group_title(&state.draft, &entry.group), entry.label);
                        (place, go_to(state, dispatch, *index))
                    }
                    Placed::Group(group) => (group_title(&state.draft, group), html! {}),
                    Placed::File => (format!("The file, at {}", problem.path), html! {}),
                };
                html! { <li><strong>{ place }</strong>{ ": " }{ &problem.message }{ " " }{ button }</li> }
            }) }
        </ul>
    }
}

#[component]
pub fn Panels(props: &PanelsProps) -> Html {
    let state = &*props.state;
    let dispatch = &props.dispatch;
    let shipped = state
        .shipped_file()
        .map(|file| file.entries.as_slice())
        .unwrap_or_default();
    let changed = changes(&state.draft.entries, shipped);
    let problems = state.checked.placed.len();
    let checking = !state.checks_current();
    html! {
        <div class="ed-panels">
            // The count, said aloud when it changes: the messages themselves are at their field.
            <p class="ed-hidden" role="status">{ match problems {
                0 => String::new(),
                1 => "The checks found 1 problem.".to_owned(),
                count => format!("The checks found {count} problems."),
            } }</p>
            { update_report(state, dispatch) }
            <details class="ed-panel" open={problems > 0}>
                <summary>{ match (checking, problems) {
                    (true, _) => "Problems: checking…".to_owned(),
                    (false, 0) => "Problems: none".to_owned(),
                    (false, count) => format!("Problems ({count})"),
                } }</summary>
                if problems == 0 {
                    <p>{ "The checks found nothing: every placeholder is kept, no text is empty, and no reader is advised anything their diet, intolerances or allergies rule out." }</p>
                } else {
                    { problem_items(state, dispatch) }
                }
            </details>
            <details class="ed-panel">
                <summary id="ed-changed">{ format!("What I changed ({})", changed.len()) }</summary>
                if state.shipped_file().is_none() {
                    <p>{ "The widget ships no file in this language to compare with." }</p>
                } else if changed.is_empty() {
                    <p>{ "Nothing yet: every text is the widget's own." }</p>
                } else {
                    <ul class="ed-list">
                        { for changed.iter().map(|change| {
                            let index = index_of(state, &change.key);
                            let was = change.was.clone().unwrap_or_default();
                            let put_back = index.map(|index| {
                                let dispatch = dispatch.clone();
                                let was = was.clone();
                                let label = change.label.clone();
                                Callback::from(move |_: MouseEvent| {
                                    dispatch.emit(EditorAction::Edit {
                                        index,
                                        text: was.clone(),
                                        now: f64::NEG_INFINITY,
                                    });
                                    dispatch.emit(EditorAction::Notify(Notice {
                                        text: format!("Put back the widget's words: {label}."),
                                        problem: false,
                                    }));
                                    // The item goes with the change: focus to its list's heading.
                                    crate::browser::focus("ed-changed");
                                })
                            });
                            html! {
                                <li>
                                    <strong>{ format!("{}, {}", group_title(&state.draft, &change.group), change.label) }</strong>
                                    <p class="ed-was"><span class="ed-tag">{ "Was: " }</span>{ if was.is_empty() { "(nothing)".to_owned() } else { was } }</p>
                                    <p class="ed-now"><span class="ed-tag">{ "Now: " }</span>{ if change.now.is_empty() { "(nothing)".to_owned() } else { change.now.clone() } }</p>
                                    if let Some(index) = index { { go_to(state, dispatch, index) } }
                                    if let Some(onclick) = put_back {
                                        <button type="button" class="ed-link" {onclick}>{ "Put back the widget's words" }</button>
                                    }
                                </li>
                            }
                        }) }
                    </ul>
                }
            </details>
            { translation(state, dispatch) }
        </div>
    }
}

/// In translate mode, the texts still missing or still the source's words.
fn translation(state: &EditorState, dispatch: &Callback<EditorAction>) -> Html {
    let Some(source) = state
        .translate
        .as_deref()
        .and_then(|lang| state.shipped_in(lang))
    else {
        return html! {};
    };
    let lacking = untranslated(&state.draft.entries, &source.entries);
    let name = language_name(&source.lang);
    html! {
        <details class="ed-panel" open=true>
            <summary>{ format!("Still to translate ({})", lacking.len()) }</summary>
            if lacking.is_empty() {
                <p>{ format!("Every text differs from the {name}.") }</p>
            } else {
                <ul class="ed-list">
                    { for lacking.iter().map(|gap| {
                        let why = match gap.gap {
                            Gap::Missing => "missing".to_owned(),
                            Gap::Same => format!("still the {name}"),
                        };
                        html! {
                            <li>
                                <strong>{ format!("{}, {}", group_title(&state.draft, &gap.group), gap.label) }</strong>
                                { format!(": {why} ") }
                                if let Some(index) = index_of(state, &gap.key) { { go_to(state, dispatch, index) } }
                            </li>
                        }
                    }) }
                </ul>
            }
        </details>
    }
}

/// What bringing the file up to date did, until the blogger closes it.
fn update_report(state: &EditorState, dispatch: &Callback<EditorAction>) -> Html {
    let Some(update) = &state.update else {
        return html! {};
    };
    let close = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(EditorAction::CloseUpdate);
            // The list goes: focus to the form's heading, just below where it was.
            crate::browser::focus("ed-form-title");
        })
    };
    let item = |key: &str, label: &str, text: &str| {
        let index = index_of(state, key);
        html! {
            <li>
                <strong>{ label.to_owned() }</strong>{ ": " }{ shortened(text, 160) }{ " " }
                if let Some(index) = index { { go_to(state, dispatch, index) } }
            </li>
        }
    };
    html! {
        <section class="ed-panel ed-update" aria-labelledby="ed-update-title">
            <h2 id="ed-update-title">{ "Your file, brought up to date with this version of the widget" }</h2>
            <p>{ "Its questions, ids, weights and word lists are now the new version's. Every text you wrote is kept; nothing below changes unless you change it." }</p>
            if !update.added.is_empty() {
                <h3>{ format!("New texts ({}), in the widget's words", update.added.len()) }</h3>
                <ul class="ed-list">{ for update.added.iter().map(|entry| item(&entry.key, &entry.label, &entry.text)) }</ul>
            }
            if !update.kept.is_empty() {
                <h3>{ format!("Your wording, kept ({}), where the new version says something else", update.kept.len()) }</h3>
                <ul class="ed-list">
                    { for update.kept.iter().map(|kept| {
                        let index = index_of(state, &kept.entry.key);
                        let adopt = index.map(|index| {
                            let dispatch = dispatch.clone();
                            let text = kept.shipped.clone();
                            Callback::from(move |_: MouseEvent| dispatch.emit(EditorAction::Edit { index, text: text.clone(), now: f64::NEG_INFINITY }))
                        });
                        html! {
                            <li>
                                <strong>{ &kept.entry.label }</strong>
                                <p class="ed-now"><span class="ed-tag">{ "Yours: " }</span>{ &kept.entry.text }</p>
                                <p class="ed-was"><span class="ed-tag">{ "The new version's: " }</span>{ &kept.shipped }</p>
                                if let Some(onclick) = adopt {
                                    <button type="button" class="ed-link" {onclick}>{ "Use the new version's words" }</button>
                                }
                                if let Some(index) = index { { go_to(state, dispatch, index) } }
                            </li>
                        }
                    }) }
                </ul>
            }
            if !update.reworded.is_empty() {
                <h3>{ format!("Texts you never changed, now in the new version's words ({})", update.reworded.len()) }</h3>
                <ul class="ed-list">{ for update.reworded.iter().map(|entry| item(&entry.key, &entry.label, &entry.text)) }</ul>
            }
            if !update.dropped.is_empty() {
                <h3>{ format!("Texts the new version no longer has ({}), for your records", update.dropped.len()) }</h3>
                <ul class="ed-list">
                    { for update.dropped.iter().map(|entry| html! { <li><strong>{ &entry.label }</strong>{ ": " }{ &entry.text }</li> }) }
                </ul>
            }
            <button type="button" onclick={close}>{ "Close this list" }</button>
        </section>
    }
}
