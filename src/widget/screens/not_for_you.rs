//! The polite stop screen for readers under 16.

use gut_skin_check::flow::Action;
use gut_skin_check::session::SessionAction;
use yew::prelude::*;

/// The stop screen; its heading takes focus.
pub fn not_for_you(on_action: &Callback<SessionAction>) -> Html {
    let on_back = on_action.reform(|_: MouseEvent| Action::Back.into());
    let on_start_again = on_action.reform(|_: MouseEvent| Action::StartAgain.into());
    html! {
        <section class="gsc-stop" aria-labelledby="gsc-stop-title">
            <h2 id="gsc-stop-title" tabindex="-1">
                { "Sorry, this check isn't designed for you" }
            </h2>
            <p>
                { "Thank you for your interest. This check was written for people aged 16 and over, \
                   because young people's bodies and food needs are different." }
            </p>
            <p>
                { "If you are worried about your skin or your stomach, please talk to a parent or \
                   carer, a school nurse, or your doctor." }
            </p>
            <div class="gsc-nav">
                <button type="button" class="gsc-button" onclick={on_back}>{ "Back" }</button>
                <button type="button" class="gsc-button" onclick={on_start_again}>{ "Start again" }</button>
            </div>
        </section>
    }
}
