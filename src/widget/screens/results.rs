//! The results screen: the summary first, the actions, then the details in closed sections.

use gut_skin_check::content::Content;
use gut_skin_check::flow::Action;
use gut_skin_check::interface::Ui;
use gut_skin_check::results::Report;
use gut_skin_check::session::{Session, SessionAction};
use yew::prelude::*;

use crate::widget::browser;
use crate::widget::screens::report_markup;
use crate::widget::screens::result_actions::result_actions;
use crate::widget::state::{ActionsMsg, ActionsState};

/// The results of `report`. Their first heading takes focus as they open: the doctor card's
/// when there is one, otherwise the results' own.
pub fn results(
    session: &Session,
    report: &Report,
    actions: &ActionsState,
    on_action: &Callback<SessionAction>,
    on_msg: &Callback<ActionsMsg>,
) -> Html {
    // Once the reader leaves the shared results, a reload should show their own.
    let leave_shared = |action: SessionAction| {
        on_action.reform(move |_: MouseEvent| {
            browser::forget_fragment();
            action.clone()
        })
    };
    let content = report.content;
    let foods = report.foods();
    html! {
        <section class="gsc-results" aria-labelledby="gsc-results-title">
            { Html::from_html_unchecked(report_markup::head(report, session.shared).into()) }
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
            { Html::from_html_unchecked(report_markup::summary(report, &foods, session).into()) }
            { result_actions(session, actions, on_action, on_msg) }
            { Html::from_html_unchecked(report_markup::details(report, &foods, session).into()) }
        </section>
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
