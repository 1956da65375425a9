//! The form: a search box, then every text in groups the way a reader meets them, each group
//! opened and closed by its heading's button. Only open groups (or a search's matches) are
//! drawn, so the editor opens quickly with a thousand texts.

use std::collections::HashMap;

use gut_skin_check::content::texts::Group;
use yew::prelude::*;

use crate::components::field::Field;
use crate::components::names::group_title;
use crate::state::{EditorAction, EditorState};

#[derive(Properties, PartialEq)]
pub struct FormProps {
    pub state: UseReducerHandle<EditorState>,
    pub dispatch: Callback<EditorAction>,
}

/// The entries' indices in runs of one group each, in the form's order.
pub fn groups(state: &EditorState) -> Vec<(Group, Vec<usize>)> {
    let mut runs: Vec<(Group, Vec<usize>)> = Vec::new();
    for (index, entry) in state.draft.entries.iter().enumerate() {
        match runs.last_mut() {
            Some((group, indices)) if *group == entry.group => indices.push(index),
            _ => runs.push((entry.group.clone(), vec![index])),
        }
    }
    runs
}

/// In translate mode, the source language and its words by key.
pub struct Sources<'s> {
    pub lang: String,
    words: HashMap<&'s str, &'s str>,
}

impl<'s> Sources<'s> {
    pub fn of(state: &'s EditorState) -> Option<Self> {
        let lang = state.translate.as_deref()?;
        let source = state.shipped_in(lang)?;
        let words = (source.entries.iter())
            .map(|entry| (entry.key.as_str(), entry.text.as_str()))
            .collect();
        Some(Self {
            lang: lang.to_owned(),
            words,
        })
    }

    /// The source's words for the text with `key` (empty where it has none).
    pub fn words(&self, key: &str) -> &'s str {
        self.words.get(key).copied().unwrap_or_default()
    }
}

/// Whether entry `index` matches the search: in its words, its label or its key, or in the
/// source language's words in translate mode.
fn matches(state: &EditorState, sources: Option<&Sources>, index: usize, query: &str) -> bool {
    let entry = &state.draft.entries[index];
    let source = sources
        .map(|sources| sources.words(&entry.key))
        .unwrap_or_default();
    [
        entry.text.as_str(),
        entry.label.as_str(),
        entry.key.as_str(),
        source,
    ]
    .iter()
    .any(|text| text.to_lowercase().contains(query))
}

#[component]
pub fn Form(props: &FormProps) -> Html {
    let state = &props.state;
    let dispatch = &props.dispatch;
    let query = state.query.trim().to_lowercase();
    let searching = !query.is_empty();
    let sources = Sources::of(state);
    let rtl = state
        .draft
        .json
        .get("dir")
        .and_then(gut_skin_check::json::Json::as_str)
        == Some("rtl");
    let mut found = 0;
    let mut sections = Vec::new();
    for (group, indices) in groups(state) {
        let shown: Vec<usize> = match searching {
            true => indices
                .iter()
                .copied()
                .filter(|&index| matches(state, sources.as_ref(), index, &query))
                .collect(),
            false => indices.clone(),
        };
        if shown.is_empty() {
            continue;
        }
        found += shown.len();
        let id = group.id();
        let open = searching || state.open.contains(&id);
        let problems: usize = indices
            .iter()
            .map(|&index| state.checked.at_field(index).len())
            .sum::<usize>()
            + state.checked.at_group(&group).len();
        let toggle = {
            let dispatch = dispatch.clone();
            let id = id.clone();
            Callback::from(move |_: MouseEvent| dispatch.emit(EditorAction::Toggle(id.clone())))
        };
        let body = format!("group-{id}");
        let count = match (shown.len(), problems) {
            (texts, 0) => format!("{texts} text{}", if texts == 1 { "" } else { "s" }),
            (texts, 1) => format!("{texts} texts, 1 problem"),
            (texts, problems) => format!("{texts} texts, {problems} problems"),
        };
        let group_problems = state.checked.at_group(&group);
        sections.push(html! {
            <section class="ed-group" key={id.clone()}>
                <h3 class="ed-group-title">
                    <button type="button" aria-expanded={open.to_string()} aria-controls={body.clone()}
                        onclick={toggle} disabled={searching}>
                        <span class="ed-group-name">{ group_title(&state.draft, &group) }</span>
                        // Heard as "The intro, 7 texts", not run together.
                        <span class="ed-hidden">{ "," }</span>
                        <span class={classes!("ed-group-count", (problems > 0).then_some("ed-has-problems"))}>{ count }</span>
                    </button>
                </h3>
                <div id={body} class="ed-group-body" hidden={!open}>
                    if open {
                        if !group_problems.is_empty() {
                            <ul class="ed-error ed-group-error">
                                { for group_problems.iter().map(|problem| html! { <li>{ *problem }</li> }) }
                            </ul>
                        }
                        // Keyed fields in a list of their own: beside unkeyed siblings, Yew
                        // would move them, and the field being typed in would lose focus.
                        <div class="ed-fields">
                        { for shown.iter().map(|&index| html! {
                            <Field key={index} {index} entry={state.draft.entries[index].clone()}
                                errors={state.checked.at_field(index).into_iter().map(str::to_owned).collect::<Vec<_>>()}
                                source={sources.as_ref().map(|sources| {
                                    (sources.lang.clone(), sources.words(&state.draft.entries[index].key).to_owned())
                                })}
                                lang={state.draft.lang.clone()} {rtl}
                                dispatch={dispatch.clone()} />
                        }) }
                        </div>
                    }
                </div>
            </section>
        });
    }
    let oninput = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
                dispatch.emit(EditorAction::Search(input.value()));
            }
        })
    };
    let counted = match (searching, found) {
        (false, _) => String::new(),
        (true, 0) => "No text matches.".to_owned(),
        (true, 1) => "1 text matches.".to_owned(),
        (true, found) => format!("{found} texts match."),
    };
    html! {
        <section class="ed-form" aria-labelledby="ed-form-title">
            <h2 id="ed-form-title" class="ed-form-title" tabindex="-1">{ "The texts, as a reader meets them" }</h2>
            <div class="ed-search">
                <label for="ed-search">{ "Find a text" }</label>
                <input id="ed-search" type="search" value={state.query.clone()} {oninput}
                    aria-describedby="ed-search-count" autocomplete="off" />
                <p id="ed-search-count" class="ed-search-count" role="status">{ counted }</p>
            </div>
            // Keyed groups in a list of their own, for the same reason as the fields.
            <div class="ed-groups">{ for sections }</div>
        </section>
    }
}
