//! What the reader can do with their results: change or retake them, print or save a PDF,
//! copy a share link, and delete everything kept on the device (after a confirmation).

use gut_skin_check::flow::Action;
use gut_skin_check::session::SessionAction;
use gut_skin_check::share_code::share_fragment;
use yew::prelude::*;

use crate::app::SessionState;
use crate::browser;

/// Where copying the share link got to.
#[derive(Clone, Copy, PartialEq, Default)]
pub enum Copying {
    #[default]
    NotYet,
    Copied,
    Refused,
}

/// The actions' own state, which the results screen holds.
#[derive(Clone, Copy, PartialEq, Default)]
pub struct ActionsState {
    pub copying: Copying,
    /// "Delete my data" was pressed and awaits a yes or no.
    pub confirming: bool,
}

/// The actions under the results; `confirm_heading` takes focus when a confirmation opens.
pub fn result_actions(
    handle: &UseReducerHandle<SessionState>,
    state: &UseStateHandle<ActionsState>,
    confirm_heading: NodeRef,
) -> Html {
    let session = &handle.0;
    let dispatch = |action: SessionAction| {
        let handle = handle.clone();
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            state.set(ActionsState::default());
            handle.dispatch(action.clone());
        })
    };
    let confirm = |confirming: bool| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            state.set(ActionsState {
                confirming,
                ..*state
            })
        })
    };
    let link =
        browser::link_with_fragment(&share_fragment(session.content(), &session.flow.answers));
    let on_copy = {
        let state = state.clone();
        let link = link.clone();
        Callback::from(move |_: MouseEvent| {
            let state = state.clone();
            browser::copy(link.clone(), move |done| {
                let copying = if done {
                    Copying::Copied
                } else {
                    Copying::Refused
                };
                state.set(ActionsState { copying, ..*state });
            });
        })
    };
    let on_print = Callback::from(|_: MouseEvent| browser::print());
    let on_delete = confirm(true);
    let on_keep = confirm(false);
    let on_confirm = dispatch(SessionAction::DeleteData);
    let copying = state.copying;

    html! {
        <section class="gsc-actions-area" aria-labelledby="gsc-actions-title">
            <h3 id="gsc-actions-title">{ "Keep, share or change your results" }</h3>
            <div class="gsc-nav gsc-actions">
                if !session.shared {
                    <button type="button" class="gsc-button" onclick={dispatch(Action::EditAnswers.into())}>{ "Edit my answers" }</button>
                    <button type="button" class="gsc-button" onclick={dispatch(Action::StartAgain.into())}>{ "Start again" }</button>
                }
                <button type="button" class="gsc-button" onclick={on_print}>{ "Print or save as PDF" }</button>
                <button type="button" class="gsc-button" onclick={on_copy}>{ "Copy share link" }</button>
                <button type="button" class="gsc-button" onclick={on_delete}>{ "Delete my data" }</button>
            </div>
            if copying != Copying::NotYet {
                <div class="gsc-share">
                    <p role="status">
                        { if copying == Copying::Copied {
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
                    <p id="gsc-confirm-title" tabindex="-1" ref={confirm_heading}>
                        <strong>{ "Delete your answers and past results from this device?" }</strong>
                        { " This cannot be undone." }
                    </p>
                    <div class="gsc-nav">
                        <button type="button" class="gsc-button gsc-danger" onclick={on_confirm}>{ "Yes, delete everything" }</button>
                        <button type="button" class="gsc-button" onclick={on_keep}>{ "Keep my data" }</button>
                    </div>
                </div>
            }
        </section>
    }
}
