//! Messages about stored data, share links and storage, above the screen until dismissed.

use gut_skin_check::interface::Ui;
use gut_skin_check::session::{Session, SessionAction};
use yew::prelude::*;

/// The notices, if any; their text takes focus after an action that leads to one ("Everything
/// … has been deleted."), and "Dismiss" hands focus to the screen's heading.
pub fn notices(session: &Session, on_action: &Callback<SessionAction>) -> Html {
    let content = session.content();
    let notices = &session.notices;
    if notices.is_empty() {
        return html! {};
    }
    let problem = notices.iter().any(|notice| notice.is_problem());
    let on_dismiss = on_action.reform(|_: MouseEvent| SessionAction::DismissNotices);
    html! {
        <div class={if problem { "gsc-notice gsc-notice-problem" } else { "gsc-notice" }}>
            <div role={if problem { "alert" } else { "status" }} tabindex="-1">
                for notice in notices {
                    <p>{ content.ui(notice.message()) }</p>
                }
            </div>
            <button type="button" class="gsc-button gsc-link" onclick={on_dismiss}>{ content.ui(Ui::Dismiss) }</button>
        </div>
    }
}
