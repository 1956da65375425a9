//! Small hooks the screens share.

use web_sys::HtmlElement;
use yew::prelude::*;

/// Moves keyboard and screen-reader focus to the referenced element whenever `key` changes,
/// so each new step starts at its heading. Not when the widget first renders: a blog post that
/// embeds the widget must not jump to it on load, even when it resumes mid-assessment.
#[hook]
pub fn use_focus_on<K: PartialEq + 'static>(key: K) -> NodeRef {
    let target = use_node_ref();
    let mounted = use_mut_ref(|| false);
    {
        let target = target.clone();
        use_effect_with(key, move |_| {
            if !mounted.replace(true) {
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
