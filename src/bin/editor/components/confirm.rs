//! The question asked before what cannot be taken back: saving a file the checks found problems
//! in ("save anyway", naming every problem), and throwing a draft away. Focus moves to its
//! heading when it appears, so a keyboard or screen-reader user meets it at once.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::Command;
use crate::components::panels::problem_items;
use crate::state::{Confirm, EditorAction, EditorState, Origin};

#[derive(Properties, PartialEq)]
pub struct ConfirmProps {
    pub confirm: Confirm,
    pub state: UseReducerHandle<EditorState>,
    pub dispatch: Callback<EditorAction>,
    pub command: Callback<Command>,
    pub on_site: bool,
}

#[component]
pub fn ConfirmBox(props: &ConfirmProps) -> Html {
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with(props.confirm, move |_| {
            let document = web_sys::window().and_then(|window| window.document());
            let opener = (document.as_ref())
                .and_then(|document| document.active_element())
                .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(heading) = heading.cast::<web_sys::HtmlElement>() {
                let _ = heading.focus();
            }
            // When the question goes, focus goes back to what asked it, unless an answer has
            // already put it somewhere (a field, from "Go to").
            move || {
                let lost = (document.as_ref())
                    .and_then(|document| document.active_element())
                    .is_none_or(|element| {
                        element.tag_name() == "BODY"
                            || element.closest(".ed-confirm").ok().flatten().is_some()
                    });
                if let Some(opener) = opener.filter(|opener| lost && opener.is_connected()) {
                    let _ = opener.focus();
                }
            }
        });
    }
    let state = &*props.state;
    let button = |text: &str, command: Option<Command>, primary: bool| {
        let dispatch = props.dispatch.clone();
        let run = props.command.clone();
        let command = std::cell::RefCell::new(command);
        let onclick = Callback::from(move |_: MouseEvent| match command.borrow_mut().take() {
            Some(command) => run.emit(command),
            None => dispatch.emit(EditorAction::Cancel),
        });
        html! { <button type="button" class={classes!(primary.then_some("ed-primary"))} {onclick}>{ text.to_owned() }</button> }
    };
    let (title, body, actions) = match props.confirm {
        Confirm::SaveAnyway => {
            let count = state.checked.placed.len();
            let title = match count {
                1 => "Save with 1 problem?".to_owned(),
                count => format!("Save with {count} problems?"),
            };
            let body = html! {
                <>
                    <p>{ "The checks found these problems. Readers would see the words as they are, and advice that may not fit them:" }</p>
                    { problem_items(state, &props.dispatch) }
                </>
            };
            let save = if props.on_site {
                "Save to the site anyway"
            } else {
                "Download anyway"
            };
            (
                title,
                body,
                html! { <>{ button(save, Some(Command::SaveAnyway), false) }{ button("Go back and fix them", None, true) }</> },
            )
        }
        Confirm::Discard => {
            let back_to = match (&state.draft.origin, props.on_site) {
                (_, true) => "the words saved on your site (or the widget's own, if none are)",
                (Origin::File(_), false) => {
                    "the widget's own words; your file itself is not touched"
                }
                _ => "the widget's own words",
            };
            let body = html! { <p>{ format!("The editor goes back to {back_to}. Your changes here cannot be brought back.") }</p> };
            let actions = html! { <>{ button("Throw them away", Some(Command::DiscardConfirmed), false) }{ button("Keep them", None, true) }</> };
            ("Throw away your changes?".to_owned(), body, actions)
        }
        Confirm::RemoveFromSite => {
            let lang = &state.draft.lang;
            let body = html! { <p>{ format!("The words saved on your site for this language ({lang}) are removed, and so is your draft: every check in that language goes back to the widget's own words. To keep a copy, save or download it first.") }</p> };
            let actions = html! { <>{ button("Remove my words", Some(Command::RemoveFromSiteConfirmed), false) }{ button("Keep them", None, true) }</> };
            ("Use the widget's own words?".to_owned(), body, actions)
        }
    };
    let onkeydown = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                event.prevent_default();
                dispatch.emit(EditorAction::Cancel);
            }
        })
    };
    html! {
        <section class="ed-confirm" role="alertdialog" aria-labelledby="ed-confirm-title" aria-describedby="ed-confirm-body" {onkeydown}>
            <h2 id="ed-confirm-title" tabindex="-1" ref={heading}>{ title }</h2>
            <div id="ed-confirm-body">{ body }</div>
            <div class="ed-actions">{ actions }</div>
        </section>
    }
}
