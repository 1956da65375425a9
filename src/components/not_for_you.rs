//! The polite stop screen for readers under 16.

use gut_skin_check::flow::Action;
use yew::prelude::*;

use crate::app::SessionState;

/// The stop screen; `heading` takes focus.
pub fn not_for_you(session: &UseReducerHandle<SessionState>, heading: NodeRef) -> Html {
    let on_back = {
        let session = session.clone();
        Callback::from(move |_: MouseEvent| session.dispatch(Action::Back.into()))
    };
    let on_start_again = {
        let session = session.clone();
        Callback::from(move |_: MouseEvent| session.dispatch(Action::StartAgain.into()))
    };
    html! {
        <section class="gsc-stop" aria-labelledby="gsc-stop-title">
            <h2 id="gsc-stop-title" tabindex="-1" ref={heading}>
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
