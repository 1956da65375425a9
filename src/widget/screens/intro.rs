//! The opening screen: what this is, how long it takes, and that answers stay on the device.

use gut_skin_check::content::Content;
use gut_skin_check::interface::Ui;
use gut_skin_check::markup::Markup;
use yew::prelude::*;

/// The first screen. Written as markup, its one button named by `data-gsc-do` (see
/// `screens::week::clicked`): a screen with no state of its own needs no nodes of its own.
pub fn intro(content: &Content, on_click: &Callback<MouseEvent>) -> Html {
    let (min, max) = content.question_count_range();
    let (min, max) = (min.to_string(), max.to_string());
    let mut out = Markup::new();
    out.raw(r#"<h2 id="gsc-intro-title" tabindex="-1">"#)
        .text(content.ui(Ui::IntroTitle))
        .raw("</h2>")
        .element(r#"p class="gsc-lead""#, content.ui(Ui::IntroLead))
        .raw(r#"<ul class="gsc-facts">"#)
        .element(
            "li",
            &content.fill(Ui::IntroLength, &[("min", &min), ("max", &max)]),
        )
        .element("li", content.ui(Ui::IntroNotDiagnosis))
        .element("li", content.ui(Ui::IntroPrivate))
        .raw(r#"</ul><button type="button" class="gsc-button gsc-primary" data-gsc-do="start">"#)
        .text(content.ui(Ui::Start))
        .raw("</button>");
    html! {
        <section class="gsc-intro" aria-labelledby="gsc-intro-title" onclick={on_click.clone()}>
            { Html::from_html_unchecked(out.into_string().into()) }
        </section>
    }
}
