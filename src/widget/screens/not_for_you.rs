//! The polite stop screen for readers under 16.

use gut_skin_check::content::Content;
use gut_skin_check::flow::Action;
use gut_skin_check::interface::Ui;
use gut_skin_check::session::SessionAction;
use yew::prelude::*;

/// The stop screen; its heading takes focus.
pub fn not_for_you(content: &Content, on_action: &Callback<SessionAction>) -> Html {
    let on_back = on_action.reform(|_: MouseEvent| Action::Back.into());
    let on_start_again = on_action.reform(|_: MouseEvent| Action::StartAgain.into());
    html! {
        <section class="gsc-stop" aria-labelledby="gsc-stop-title">
            <h2 id="gsc-stop-title" tabindex="-1">{ content.ui(Ui::StopTitle) }</h2>
            <p>{ content.ui(Ui::StopReason) }</p>
            <p>{ content.ui(Ui::StopAdvice) }</p>
            <div class="gsc-nav">
                <button type="button" class="gsc-button" onclick={on_back}>{ content.ui(Ui::Back) }</button>
                <button type="button" class="gsc-button" onclick={on_start_again}>{ content.ui(Ui::StartAgain) }</button>
            </div>
        </section>
    }
}
