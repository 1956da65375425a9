//! Messages about stored data, share links and storage, above the screen until dismissed.

use gut_skin_check::session::SessionAction;
use yew::prelude::*;

use crate::app::SessionState;

pub fn notices(session: &UseReducerHandle<SessionState>) -> Html {
    let notices = &session.0.notices;
    if notices.is_empty() {
        return html! {};
    }
    let problem = notices.iter().any(|notice| notice.is_problem());
    let on_dismiss = {
        let session = session.clone();
        Callback::from(move |_: MouseEvent| session.dispatch(SessionAction::DismissNotices))
    };
    html! {
        <div class={classes!("gsc-notice", problem.then_some("gsc-notice-problem"))}>
            <div role={if problem { "alert" } else { "status" }}>
                for notice in notices {
                    <p>{ notice.message() }</p>
                }
            </div>
            <button type="button" class="gsc-button gsc-link" onclick={on_dismiss}>{ "Dismiss" }</button>
        </div>
    }
}
