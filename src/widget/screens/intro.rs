//! The opening screen: what this is, how long it takes, and that answers stay on the device.

use gut_skin_check::content::Content;
use gut_skin_check::flow::Action;
use gut_skin_check::interface::Ui;
use gut_skin_check::session::SessionAction;
use yew::prelude::*;

/// The intro; its heading takes focus when the reader comes back to it (after "Start again").
pub fn intro(content: &Content, on_action: &Callback<SessionAction>) -> Html {
    let on_start = on_action.reform(|_: MouseEvent| Action::Start.into());
    let (min, max) = content.question_count_range();
    let (min, max) = (min.to_string(), max.to_string());
    html! {
        <section class="gsc-intro" aria-labelledby="gsc-intro-title">
            <h2 id="gsc-intro-title" tabindex="-1">{ content.ui(Ui::IntroTitle) }</h2>
            <p class="gsc-lead">{ content.ui(Ui::IntroLead) }</p>
            <ul class="gsc-facts">
                <li>{ content.fill(Ui::IntroLength, &[("min", &min), ("max", &max)]) }</li>
                <li>{ content.ui(Ui::IntroNotDiagnosis) }</li>
                <li>{ content.ui(Ui::IntroPrivate) }</li>
            </ul>
            <button type="button" class="gsc-button gsc-primary" onclick={on_start}>
                { content.ui(Ui::Start) }
            </button>
        </section>
    }
}
