//! What the reader can do with their results: change or retake them, print or save a PDF,
//! copy a share link, and delete everything kept on the device (after a confirmation).

use gut_skin_check::flow::Action;
use gut_skin_check::session::{Session, SessionAction};
use gut_skin_check::share_code::share_fragment;
use yew::prelude::*;

use crate::widget::browser;
use crate::widget::state::{ActionsMsg, ActionsState, Copying};

/// The actions under the results. Focus moves to the confirmation when it opens and back to
/// "Delete my data" when it closes; the root takes care of it.
pub fn result_actions(
    session: &Session,
    state: &ActionsState,
    on_action: &Callback<SessionAction>,
    on_msg: &Callback<ActionsMsg>,
) -> Html {
    let act = |action: Action| on_action.reform(move |_: MouseEvent| action.clone().into());
    let confirm = |open: bool| on_msg.reform(move |_: MouseEvent| ActionsMsg::ConfirmDelete(open));
    let link =
        browser::link_with_fragment(&share_fragment(session.content(), &session.flow.answers));
    let on_copy = {
        let on_msg = on_msg.clone();
        let link = link.clone();
        Callback::from(move |_: MouseEvent| {
            let on_msg = on_msg.clone();
            browser::copy(link.clone(), move |done| {
                let copying = if done {
                    Copying::Copied
                } else {
                    Copying::Refused
                };
                on_msg.emit(ActionsMsg::Copied(copying));
            });
        })
    };
    let on_print = Callback::from(|_: MouseEvent| browser::print());
    let on_delete = on_action.reform(|_: MouseEvent| SessionAction::DeleteData);

    html! {
        <section class="gsc-actions-area" aria-labelledby="gsc-actions-title">
            <h3 id="gsc-actions-title">{ "Keep, share or change your results" }</h3>
            <div class="gsc-nav gsc-actions">
                if !session.shared {
                    <button type="button" class="gsc-button" onclick={act(Action::EditAnswers)}>{ "Edit my answers" }</button>
                    <button type="button" class="gsc-button" onclick={act(Action::StartAgain)}>{ "Start again" }</button>
                }
                <button type="button" class="gsc-button" onclick={on_print}>{ "Print or save as PDF" }</button>
                <button type="button" class="gsc-button" onclick={on_copy}>{ "Copy share link" }</button>
                <button type="button" class="gsc-button" id="gsc-delete" onclick={confirm(true)}>{ "Delete my data" }</button>
            </div>
            if state.copying != Copying::NotYet {
                <div class="gsc-share">
                    <p role="status">
                        { if state.copying == Copying::Copied {
                            "Link copied. Anyone who opens it sees these results; it holds your answers, so share it with care."
                        } else {
                            "Your browser did not let the check copy the link. Select it below and copy it yourself."
                        } }
                    </p>
                    <label for="gsc-share-link">{ "Share link" }</label>
                    <textarea id="gsc-share-link" readonly=true rows="3" value={link} />
                </div>
            }
            if state.confirming {
                <div class="gsc-confirm" role="group" aria-labelledby="gsc-confirm-title">
                    <p id="gsc-confirm-title" tabindex="-1">
                        <strong>{ "Delete your answers and past results from this device?" }</strong>
                        { " This cannot be undone." }
                    </p>
                    <div class="gsc-nav">
                        <button type="button" class="gsc-button gsc-danger" onclick={on_delete}>{ "Yes, delete everything" }</button>
                        <button type="button" class="gsc-button" onclick={confirm(false)}>{ "Keep my data" }</button>
                    </div>
                </div>
            }
        </section>
    }
}
