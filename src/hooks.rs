//! Small hooks the screens share.

use std::sync::atomic::{AtomicBool, Ordering};

use web_sys::HtmlElement;
use yew::prelude::*;

/// Whether the reader has done anything yet in this visit.
static READER_ACTED: AtomicBool = AtomicBool::new(false);

/// Called for each of the reader's actions; from then on, new steps take focus.
pub fn note_reader_acted() {
    READER_ACTED.store(true, Ordering::Relaxed);
}

/// Moves keyboard and screen-reader focus to the referenced element whenever `key` changes,
/// so each new step starts at its heading. Not before the reader has acted: a blog post that
/// embeds the widget must not jump to it on load, even when it resumes mid-assessment.
#[hook]
pub fn use_focus_on<K: PartialEq + 'static>(key: K) -> NodeRef {
    let target = use_node_ref();
    {
        let target = target.clone();
        use_effect_with(key, move |_| {
            if !READER_ACTED.load(Ordering::Relaxed) {
                return;
            }
            if let Some(element) = target.cast::<HtmlElement>() {
                // Focus only fails on a detached element, and then there is nothing to focus.
                let _ = element.focus();
            }
        });
    }
    target
}
