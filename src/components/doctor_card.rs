//! The "please talk to a doctor" card, shown first whenever a warning sign was answered yes.

use yew::prelude::*;

/// The card; `heading` receives focus when the results open.
pub fn doctor_card(signs: &[&str], heading: NodeRef) -> Html {
    html! {
        <section class="gsc-doctor" aria-labelledby="gsc-doctor-title">
            <h2 id="gsc-doctor-title" tabindex="-1" ref={heading}>
                { "Please talk to a doctor" }
            </h2>
            <p>{ "You told us about:" }</p>
            <ul>
                for sign in signs {
                    <li>{ sign }</li>
                }
            </ul>
            <p>
                { "Signs like these have many causes, most of them treatable, but they need a doctor's \
                   check. Please book an appointment soon rather than waiting to see whether changes \
                   to what you eat help. If you feel very unwell, get urgent medical help." }
            </p>
            <p>{ "Your results and food ideas are below; they are no substitute for that check." }</p>
        </section>
    }
}
