//! The results screen: the summary first, the actions, then the details in closed sections.

use gut_skin_check::content::Content;
use gut_skin_check::flow::Action;
use gut_skin_check::interface::Ui;
use gut_skin_check::markup::Markup;
use gut_skin_check::session::{Session, SessionAction, WeekAction};
use gut_skin_check::warning_signs::DoctorCard;
use yew::prelude::*;

use crate::widget::browser;
use crate::widget::screens::result_actions::result_actions;
use crate::widget::state::{ActionsMsg, ActionsState};

/// The summary and the details, which the results module writes (`src/bin/results/main.rs`).
#[derive(Debug, Clone, PartialEq)]
pub enum ResultsText {
    /// The module is on its way; the doctor card, the heading and the actions show meanwhile,
    /// the results marked busy.
    Waiting,
    Ready {
        summary: String,
        details: String,
        /// The ids of the top three focus areas, highest first, for the page's "complete".
        focus: Vec<String>,
    },
    /// The module could not be fetched.
    Unavailable,
}

/// The results of the session's answers. Their first heading takes focus as they open: the
/// doctor card's when there is one, otherwise the results' own.
pub fn results(
    session: &Session,
    text: &ResultsText,
    actions: &ActionsState,
    on_action: &Callback<SessionAction>,
    on_msg: &Callback<ActionsMsg>,
    on_remind: &Callback<MouseEvent>,
) -> Html {
    // Once the reader leaves the shared results, a reload should show their own.
    let leave_shared = |action: SessionAction| {
        on_action.reform(move |_: MouseEvent| {
            browser::forget_fragment();
            action.clone()
        })
    };
    let content = session.content();
    let (summary, details) = match text {
        ResultsText::Ready {
            summary, details, ..
        } => (
            Html::from_html_unchecked(summary.clone().into()),
            Html::from_html_unchecked(details.clone().into()),
        ),
        ResultsText::Waiting => (html! { <div class="gsc-waiting"></div> }, Html::default()),
        ResultsText::Unavailable => (
            html! {
                <div class="gsc-alert" role="alert">
                    <p><strong>{ content.ui(Ui::LoadFailedTitle) }</strong></p>
                    <p>{ content.ui(Ui::LoadFailedBody) }</p>
                </div>
            },
            Html::default(),
        ),
    };
    let title = if session.shared {
        Ui::SharedResultsTitle
    } else {
        Ui::ResultsTitle
    };
    html! {
        <>
            // Before the results and at their level, so that it is met, and heard, first.
            { Html::from_html_unchecked(doctor_card(session).into()) }
            <section class="gsc-results" aria-labelledby="gsc-results-title"
                aria-busy={(*text == ResultsText::Waiting).then_some("true")}>
                <h2 id="gsc-results-title" tabindex="-1">{ content.ui(title) }</h2>
                if session.shared {
                    <div class="gsc-shared">
                        <p>
                            <strong>{ content.ui(Ui::SharedTitle) }</strong>
                            { " " }
                            { content.ui(Ui::SharedBody) }
                        </p>
                        <div class="gsc-nav">
                            <button type="button" class="gsc-button gsc-primary" onclick={leave_shared(SessionAction::SaveShared)}>
                                { content.ui(Ui::SaveShared) }
                            </button>
                            <button type="button" class="gsc-button" onclick={leave_shared(SessionAction::LeaveShared)}>
                                { content.ui(Ui::LeaveShared) }
                            </button>
                        </div>
                    </div>
                }
                { summary }
                if !session.shared {
                    <div class="gsc-week-start">{ week_button(session, on_action) }</div>
                }
                { result_actions(session, actions, on_action, on_msg, on_remind) }
                { details }
            </section>
        </>
    }
}

/// The doctor card, when a warning sign was answered yes: what takes focus as the results open,
/// so the widget writes it itself rather than wait for the results module. Its heading takes
/// focus and is described by the card's first line, so both are heard on arrival.
fn doctor_card(session: &Session) -> String {
    let content = session.content();
    let Some(card) = DoctorCard::of(content, &session.flow.answers) else {
        return String::new();
    };
    let mut out = Markup::new();
    out.raw(r#"<section class="gsc-doctor" aria-labelledby="gsc-doctor-title">"#)
        .element(
            r#"h2 id="gsc-doctor-title" tabindex="-1" aria-describedby="gsc-doctor-first""#,
            card.title(content),
        )
        .raw(r#"<p id="gsc-doctor-first"><strong>"#)
        .text(card.first_line(content))
        .raw("</strong></p>")
        .element("p", content.ui(Ui::DoctorTold))
        .raw("<ul>");
    for sign in card.sign_lines(content) {
        out.element("li", &sign);
    }
    out.raw("</ul>")
        .element("p", content.ui(Ui::DoctorAdvice))
        .element("p", content.ui(Ui::DoctorBelow))
        .raw("</section>");
    out.into_string()
}

/// "Start my first week", or "Go to my week" once there is one.
fn week_button(session: &Session, on_action: &Callback<SessionAction>) -> Html {
    let (action, words) = match session.tracker().current() {
        Some(_) => (WeekAction::Open, Ui::WeekOpen),
        None => (WeekAction::Start, Ui::WeekStart),
    };
    let on_click = on_action.reform(move |_: MouseEvent| SessionAction::Week(action.clone()));
    html! {
        <button type="button" class="gsc-button gsc-primary" onclick={on_click}>{ session.content().ui(words) }</button>
    }
}

/// Shown in place of results the answers cannot make, which the domain never lets happen.
pub fn results_missing(content: &Content, on_action: &Callback<SessionAction>) -> Html {
    let on_edit = on_action.reform(|_: MouseEvent| Action::EditAnswers.into());
    html! {
        <div class="gsc-alert" role="alert">
            <h2 tabindex="-1">{ content.ui(Ui::ResultsMissingTitle) }</h2>
            <p>{ content.ui(Ui::ResultsMissingBody) }</p>
            <button type="button" class="gsc-button gsc-primary" onclick={on_edit}>{ content.ui(Ui::GoToAnswers) }</button>
        </div>
    }
}
