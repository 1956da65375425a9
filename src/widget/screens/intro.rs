//! The opening screen: what this is, how long it takes, and that answers stay on the device.

use gut_skin_check::flow::Action;
use gut_skin_check::session::SessionAction;
use yew::prelude::*;

/// The intro; its heading takes focus when the reader comes back to it (after "Start again").
pub fn intro(question_count: usize, on_action: &Callback<SessionAction>) -> Html {
    let on_start = on_action.reform(|_: MouseEvent| Action::Start.into());
    html! {
        <section class="gsc-intro" aria-labelledby="gsc-intro-title">
            <h2 id="gsc-intro-title" tabindex="-1">{ "How is your gut showing in your skin?" }</h2>
            <p class="gsc-lead">
                { "Your gut affects your skin in four ways: inflammation, nutrient absorption, immune \
                   function and the balance of gut bacteria. Answer a few questions about your skin, \
                   your digestion and your habits, and see which of these may need attention and which \
                   foods could help." }
            </p>
            <ul class="gsc-facts">
                <li>{ format!("About 4 minutes, up to {} short questions.", question_count) }</li>
                <li>{ "Not a diagnosis: a guide to everyday habits." }</li>
                <li>{ "Private: your answers never leave this device." }</li>
            </ul>
            <button type="button" class="gsc-button gsc-primary" onclick={on_start}>
                { "Start the check" }
            </button>
        </section>
    }
}
