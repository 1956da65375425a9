//! Small hooks the root uses.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::widget::state::FocusTarget;

/// Moves keyboard and screen-reader focus to `target` inside `container` each time `moves`
/// changes. Never on the first render: a blog post that embeds the widget must not jump to it
/// on load, even when it resumes mid-assessment.
#[hook]
pub fn use_moving_focus(container: NodeRef, target: Option<FocusTarget>, moves: u32) {
    use_effect_with(moves, move |&moves| {
        let element = container
            .cast::<Element>()
            .zip(target)
            .filter(|_| moves > 0)
            .and_then(|(root, target)| root.query_selector(target.selector()).ok().flatten())
            .and_then(|element| element.dyn_into::<HtmlElement>().ok());
        if let Some(element) = element {
            // Focus only fails on a detached element, and then there is nothing to focus.
            let _ = element.focus();
        }
    });
}
