//! The opening screen: what this is, how long it takes, and that answers stay on the device.

use std::sync::atomic::{AtomicBool, Ordering};

use yew::prelude::*;

use crate::hooks::use_focus_on;

/// Whether the intro has been on screen before in this page.
static SHOWN_BEFORE: AtomicBool = AtomicBool::new(false);

#[derive(Properties, PartialEq)]
pub struct IntroProps {
    pub on_start: Callback<()>,
    pub question_count: usize,
}

#[component]
pub fn Intro(props: &IntroProps) -> Html {
    // On the first load the page keeps its focus. After "Start again" the button that had focus
    // is gone, so the heading takes it rather than leaving a keyboard reader at the top of the page.
    let again = *use_state(|| SHOWN_BEFORE.swap(true, Ordering::Relaxed));
    let heading = use_focus_on(());
    let on_click = {
        let on_start = props.on_start.clone();
        Callback::from(move |_: MouseEvent| on_start.emit(()))
    };
    html! {
        <section class="gsc-intro" aria-labelledby="gsc-intro-title">
            <h2 id="gsc-intro-title" tabindex="-1" ref={if again { heading } else { NodeRef::default() }}>
                { "How is your gut showing in your skin?" }
            </h2>
            <p class="gsc-lead">
                { "Your gut affects your skin in four ways: inflammation, nutrient absorption, immune \
                   function and the balance of gut bacteria. Answer a few questions about your skin, \
                   your digestion and your habits, and see which of these may need attention and which \
                   foods could help." }
            </p>
            <ul class="gsc-facts">
                <li>{ format!("About 4 minutes, up to {} short questions.", props.question_count) }</li>
                <li>{ "Not a diagnosis: a guide to everyday habits." }</li>
                <li>{ "Private: your answers never leave this device." }</li>
            </ul>
            <button type="button" class="gsc-button gsc-primary" onclick={on_click}>
                { "Start the check" }
            </button>
        </section>
    }
}
