//! Small hooks the root uses.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::widget::browser;
use crate::widget::state::FocusTarget;

/// How long focus rests on the widget's title when what had it is gone, before it moves on.
const REST_MS: i32 = 150;

/// Moves keyboard and screen-reader focus to `target` inside `container` each time `moves`
/// changes. Never on the first render: a blog post that embeds the widget must not jump to it
/// on load, even when it resumes mid-assessment.
///
/// Orca says nothing of a heading focused in the same task that replaced the screen, nor of one
/// that is the first thing in new content after the element with focus was removed; so focus
/// moves in a later task, and when what had focus is gone it first rests on the widget's title,
/// which stays on every screen.
#[hook]
pub fn use_moving_focus(
    container: NodeRef,
    title: NodeRef,
    target: Option<FocusTarget>,
    moves: u32,
) {
    // The latest move: a move still waiting when a newer one comes gives way to it.
    let latest = use_mut_ref(|| 0u32);
    use_effect_with(moves, move |&moves| {
        *latest.borrow_mut() = moves;
        let container = container.cast::<Element>().filter(|_| moves > 0);
        let element = container
            .as_ref()
            .zip(target)
            .and_then(|(root, target)| root.query_selector(target.selector()).ok().flatten())
            .and_then(|element| element.dyn_into::<HtmlElement>().ok());
        if let (Some(container), Some(element)) = (container, element) {
            let lost = !browser::holds_focus(&container);
            if let Some(title) = title.cast::<HtmlElement>().filter(|_| lost) {
                // Focus only fails on a detached element, and then there is nothing to focus.
                let _ = title.focus();
            }
            // Where focus is now; if the reader moves it before the move is due, it stays.
            let before = browser::focused_in(&container);
            browser::later(if lost { REST_MS } else { 0 }, move || {
                let untouched = browser::focused_in(&container) == before;
                if *latest.borrow() == moves && untouched {
                    let _ = element.focus();
                }
            });
        }
    });
}
