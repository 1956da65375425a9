//! The opening screen: what this is, how long it takes, and that answers stay on the device.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct IntroProps {
    pub on_start: Callback<()>,
    pub question_count: usize,
}

#[component]
pub fn Intro(props: &IntroProps) -> Html {
    let on_click = {
        let on_start = props.on_start.clone();
        Callback::from(move |_: MouseEvent| on_start.emit(()))
    };
    html! {
        <section class="gsc-intro" aria-labelledby="gsc-intro-title">
            <h2 id="gsc-intro-title">{ "How is your gut showing in your skin?" }</h2>
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
