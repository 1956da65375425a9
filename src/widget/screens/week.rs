//! The week after the results, and the welcome back four weeks on. The results module writes
//! the week's markup, boxes ticked as the week has them; the widget listens on the whole of it
//! for clicks and the Enter key, by each control's `data-gsc-*` attribute, rather than building
//! a node and a listener per box (which would weigh on the first load).

use gut_skin_check::flow::Action;
use gut_skin_check::interface::Ui;
use gut_skin_check::markup::Markup;
use gut_skin_check::session::{Session, SessionAction, WeekAction};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};
use yew::prelude::*;

use crate::widget::browser::ModuleText;

/// What the reader did on the week or the welcome back.
pub enum WeekEvent {
    Act(SessionAction),
    /// Add the plant typed in the box.
    Typed(String),
    Remind,
    Print,
}

/// What a click (or Space on a box) on a screen written as markup (the week, the welcome back,
/// the intro, "not designed for you") asks for, if anything: each control says by its
/// `data-gsc-do`.
pub fn clicked(event: &MouseEvent) -> Option<WeekEvent> {
    let target = event.target()?.dyn_into::<Element>().ok()?;
    if let Ok(input) = target.clone().dyn_into::<HtmlInputElement>() {
        let done = input.checked();
        if let Some(day) = input.get_attribute("data-gsc-day") {
            let day = day.parse().ok()?;
            return Some(WeekEvent::Act(SessionAction::Week(WeekAction::Tick {
                day,
                done,
            })));
        }
        let key = input.get_attribute("data-gsc-plant")?;
        let eaten = WeekAction::Plant { key, eaten: done };
        return Some(WeekEvent::Act(SessionAction::Week(eaten)));
    }
    let button = target.closest("[data-gsc-do]").ok()??;
    let week = |action| Some(WeekEvent::Act(SessionAction::Week(action)));
    match button.get_attribute("data-gsc-do")?.as_str() {
        "next" => week(WeekAction::Start),
        "back" | "results" => week(WeekAction::Close),
        "retake" | "start-again" => Some(WeekEvent::Act(Action::StartAgain.into())),
        "start" => Some(WeekEvent::Act(Action::Start.into())),
        "back-question" => Some(WeekEvent::Act(Action::Back.into())),
        "edit" => Some(WeekEvent::Act(Action::EditAnswers.into())),
        "remind" => Some(WeekEvent::Remind),
        "print" => Some(WeekEvent::Print),
        "add" => typed(&button.closest("section").ok()??),
        _ => None,
    }
}

/// Enter in the box for a plant's name adds it.
pub fn pressed(event: &KeyboardEvent) -> Option<WeekEvent> {
    let target = event.target()?.dyn_into::<Element>().ok()?;
    if event.key() != "Enter" || target.id() != "gsc-plant-name" {
        return None;
    }
    event.prevent_default();
    typed(&target.closest("section").ok()??)
}

/// The name typed in the plant box inside `section`, which is then emptied.
fn typed(section: &Element) -> Option<WeekEvent> {
    let input = section.query_selector("#gsc-plant-name").ok()??;
    let input = input.dyn_into::<HtmlInputElement>().ok()?;
    let name = input.value();
    input.set_value("");
    Some(WeekEvent::Typed(name))
}

/// The week's screen: its heading, then the results module's parts (see `week_markup.rs`);
/// `lasting` holds the days and the plant lists as first written, which ticking leaves alone.
pub fn week_screen(
    session: &Session,
    text: &ModuleText,
    lasting: Option<&[String; 2]>,
    on_click: &Callback<MouseEvent>,
    on_key: &Callback<KeyboardEvent>,
) -> Html {
    let content = session.content();
    let raw = |text: &String| Html::from_html_unchecked(text.clone().into());
    let parts = match (text, lasting) {
        (ModuleText::Ready(parts), Some([days, plants])) if parts.len() == 6 => html! {
            <>
                { raw(&parts[0]) }
                { raw(days) }
                <div class="gsc-week-count-area">{ raw(&parts[2]) }</div>
                { raw(plants) }
                { raw(&parts[4]) }
            </>
        },
        (ModuleText::Waiting, _) => html! { <div class="gsc-waiting"></div> },
        _ => Html::from_html_unchecked(unavailable(session).into()),
    };
    html! {
        <section class="gsc-week" aria-labelledby="gsc-week-title" onclick={on_click.clone()}
            onkeydown={on_key.clone()} aria-busy={(*text == ModuleText::Waiting).then_some("true")}>
            <h2 id="gsc-week-title" tabindex="-1">{ content.ui(Ui::WeekTitle) }</h2>
            { parts }
        </section>
    }
}

/// What shows when the results module could not be fetched: why, and the way back.
fn unavailable(session: &Session) -> String {
    let content = session.content();
    let mut out = Markup::new();
    out.raw(r#"<div class="gsc-alert" role="alert"><p><strong>"#)
        .text(content.ui(Ui::LoadFailedTitle))
        .raw("</strong></p>")
        .element("p", content.ui(Ui::LoadFailedBody))
        .raw(r#"</div><button type="button" class="gsc-button" data-gsc-do="back">"#)
        .text(content.ui(Ui::WeekBack))
        .raw("</button>");
    out.into_string()
}

/// Offered first to a reader back four weeks or more after their last result: the check again,
/// or their last results. The results module writes it (see `week_markup::welcome_back`), as the
/// first load need not carry its words.
pub fn welcome_back(text: &ModuleText, on_click: &Callback<MouseEvent>) -> Html {
    let inside = match text {
        ModuleText::Ready(parts) if parts.len() == 1 => {
            Html::from_html_unchecked(parts[0].clone().into())
        }
        _ => html! { <div class="gsc-waiting"></div> },
    };
    html! {
        <section class="gsc-welcome" aria-labelledby="gsc-welcome-title" onclick={on_click.clone()}>
            { inside }
        </section>
    }
}
