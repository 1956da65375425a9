//! The live preview: the widget's own page in a frame (`preview.html`), running on the edited
//! words, opened where the text the blogger is on is seen. It has a storage of its own, so it
//! never touches what the blogger's browser keeps for the real widget (see assets/preview.js).

use gut_skin_check::content::texts::TextEntry;
use yew::prelude::*;

use crate::components::names::where_seen;
use crate::state::EditorState;

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    pub state: UseReducerHandle<EditorState>,
    pub frame: NodeRef,
}

/// What the preview looks for on the screen it opens: a link's address, else the longest part
/// of the text between its `{placeholders}`, which the check shows as written.
pub fn highlight_of(entry: &TextEntry) -> String {
    if entry.link {
        return entry.text.clone();
    }
    let mut longest = "";
    let mut rest = entry.text.as_str();
    loop {
        let (before, after) = match rest.find('{') {
            Some(open) => (
                &rest[..open],
                rest[open..]
                    .find('}')
                    .map(|close| &rest[open + close + 1..]),
            ),
            None => (rest, None),
        };
        if before.trim().len() > longest.len() {
            longest = before.trim();
        }
        match after {
            Some(after) => rest = after,
            None => break,
        }
    }
    longest.to_owned()
}

#[component]
pub fn Preview(props: &PreviewProps) -> Html {
    let state = &*props.state;
    // Shown beside the form on a wide screen; on a phone it waits to be asked for.
    let shown = use_state(|| {
        web_sys::window()
            .and_then(|window| window.match_media("(min-width: 60em)").ok().flatten())
            .is_none_or(|query| query.matches())
    });
    let toggle = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(!*shown))
    };
    let entry = state
        .current
        .and_then(|index| state.draft.entries.get(index));
    let place = match (entry, state.unseen) {
        (Some(_), true) => "No reader is shown this text: every reader it is written for is shown another version, or the food is left out for them. The preview stays where it was.".to_owned(),
        (Some(entry), false) => where_seen(entry),
        (None, _) => "The intro. Go into a text to see it where a reader meets it.".to_owned(),
    };
    html! {
        <section class={classes!("ed-preview", (!*shown).then_some("ed-preview-hidden"))} aria-labelledby="ed-preview-title">
            <div class="ed-preview-head">
                <h2 id="ed-preview-title">{ "Preview" }</h2>
                <button type="button" aria-expanded={shown.to_string()} aria-controls="ed-preview-frame" onclick={toggle}>
                    { if *shown { "Hide the preview" } else { "Show the preview" } }
                </button>
            </div>
            <p class="ed-preview-where">{ place }</p>
            // Said aloud only when the preview cannot follow: the line above changes with
            // every field the blogger enters, and would talk over the field's own label.
            <p class="ed-hidden" role="status">{ if entry.is_some() && state.unseen { "No reader is shown this text; the preview stays where it was." } else { "" } }</p>
            <iframe id="ed-preview-frame" ref={props.frame.clone()} src="preview.html"
                title="Preview: the check with your words, as a reader meets them" hidden={!*shown} />
        </section>
    }
}
