//! The screen for a reader the check is not designed for (under 16): why, and what to do.

use gut_skin_check::content::Content;
use gut_skin_check::interface::Ui;
use gut_skin_check::markup::Markup;
use yew::prelude::*;

/// Shown in place of the questions; its buttons are named by `data-gsc-do` (see
/// `screens::week::clicked`).
pub fn not_for_you(content: &Content, on_click: &Callback<MouseEvent>) -> Html {
    let mut out = Markup::new();
    out.raw(r#"<h2 id="gsc-stop-title" tabindex="-1">"#)
        .text(content.ui(Ui::StopTitle))
        .raw("</h2>")
        .element("p", content.ui(Ui::StopReason))
        .element("p", content.ui(Ui::StopAdvice))
        .raw(r#"<div class="gsc-nav"><button type="button" class="gsc-button" data-gsc-do="back-question">"#)
        .text(content.ui(Ui::Back))
        .raw(r#"</button><button type="button" class="gsc-button" data-gsc-do="start-again">"#)
        .text(content.ui(Ui::StartAgain))
        .raw("</button></div>");
    html! {
        <section class="gsc-stop" aria-labelledby="gsc-stop-title" onclick={on_click.clone()}>
            { Html::from_html_unchecked(out.into_string().into()) }
        </section>
    }
}
