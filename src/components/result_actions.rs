//! What the reader can do with their results: change or retake them, print or save a PDF,
//! copy a share link, and delete everything kept on the device (after a confirmation).

use gut_skin_check::flow::Action;
use gut_skin_check::session::SessionAction;
use gut_skin_check::share_code::share_fragment;
use yew::prelude::*;

use crate::app::ScreenProps;
use crate::browser;
use crate::hooks::use_focus_on;

/// Where copying the share link got to.
#[derive(Clone, Copy, PartialEq)]
enum Copying {
    NotYet,
    Copied,
    Refused,
}

#[component]
pub fn ResultActions(props: &ScreenProps) -> Html {
    let session = &props.session.0;
    let copying = use_state(|| Copying::NotYet);
    let confirming = use_state(|| false);
    let dispatch = |action: SessionAction| {
        let handle = props.session.clone();
        Callback::from(move |_: MouseEvent| handle.dispatch(action.clone()))
    };
    let link =
        browser::link_with_fragment(&share_fragment(session.content(), &session.flow.answers));
    let on_copy = {
        let copying = copying.clone();
        let link = link.clone();
        Callback::from(move |_: MouseEvent| {
            let copying = copying.clone();
            browser::copy(link.clone(), move |done| {
                copying.set(if done {
                    Copying::Copied
                } else {
                    Copying::Refused
                })
            });
        })
    };
    let on_print = Callback::from(|_: MouseEvent| browser::print());
    let on_delete = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let on_keep = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let on_confirm = dispatch(SessionAction::DeleteData);
    let confirm_heading = use_focus_on(*confirming);

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
            if *copying != Copying::NotYet {
                <div class="gsc-share">
                    <p role="status">
                        { if *copying == Copying::Copied {
                            "Link copied. Anyone who opens it sees these results; it holds your answers, so share it with care."
                        } else {
                            "Your browser did not let the check copy the link. Select it below and copy it yourself."
                        } }
                    </p>
                    <label for="gsc-share-link">{ "Share link" }</label>
                    <input id="gsc-share-link" type="text" readonly=true value={link} />
                </div>
            }
            if *confirming {
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
