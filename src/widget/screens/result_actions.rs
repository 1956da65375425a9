//! What the reader can do with their results: change or retake them, print or save a PDF,
//! copy a share link, and delete everything kept on the device (after a confirmation).

use gut_skin_check::flow::Action;
use gut_skin_check::interface::Ui;
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
    on_remind: &Callback<MouseEvent>,
) -> Html {
    let content = session.content();
    let ui = |key: Ui| content.ui(key);
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
            <h3 id="gsc-actions-title">{ ui(Ui::ActionsTitle) }</h3>
            <div class="gsc-nav gsc-actions">
                if !session.shared {
                    <button type="button" class="gsc-button" onclick={act(Action::EditAnswers)}>{ ui(Ui::EditAnswers) }</button>
                    <button type="button" class="gsc-button" onclick={act(Action::StartAgain)}>{ ui(Ui::StartAgain) }</button>
                }
                <button type="button" class="gsc-button" onclick={on_print}>{ ui(Ui::Print) }</button>
                <button type="button" class="gsc-button" onclick={on_copy}>{ ui(Ui::CopyLink) }</button>
                if !session.shared {
                    <button type="button" class="gsc-button" data-gsc-do="remind" onclick={on_remind.clone()}>{ ui(Ui::Remind) }</button>
                }
                <button type="button" class="gsc-button" id="gsc-delete" onclick={confirm(true)}>{ ui(Ui::DeleteData) }</button>
            </div>
            if state.copying != Copying::NotYet {
                <div class="gsc-share">
                    <p role="status">
                        { ui(if state.copying == Copying::Copied { Ui::LinkCopied } else { Ui::LinkNotCopied }) }
                    </p>
                    <label for="gsc-share-link">{ ui(Ui::ShareLink) }</label>
                    <textarea id="gsc-share-link" readonly=true rows="3" value={link} />
                </div>
            }
            if state.confirming {
                // The group takes focus: its name is the sentence, heard once, and its buttons
                // are inside it, so reaching them does not repeat it.
                <div class="gsc-confirm" id="gsc-confirm" role="group" aria-labelledby="gsc-confirm-title" tabindex="-1">
                    <p id="gsc-confirm-title">
                        <strong>{ ui(Ui::DeleteQuestion) }</strong>
                        { " " }
                        { ui(Ui::DeleteWarning) }
                    </p>
                    <div class="gsc-nav">
                        <button type="button" class="gsc-button gsc-danger" onclick={on_delete}>{ ui(Ui::DeleteYes) }</button>
                        <button type="button" class="gsc-button" onclick={confirm(false)}>{ ui(Ui::DeleteNo) }</button>
                    </div>
                </div>
            }
        </section>
    }
}
