//! Messages about stored data, share links and storage, above the screen until dismissed.

use gut_skin_check::interface::Ui;
use gut_skin_check::session::{Session, SessionAction};
use yew::prelude::*;

/// The notices, if any. A notice that follows the reader's own action ("Everything … has been
/// deleted.") takes focus, so it is heard once, as focus lands; one that arrives by itself (bad
/// stored data, a deletion in another tab) is live instead, as an alert for a problem. Never
/// both, which would say it twice. "Dismiss" hands focus to the screen's heading.
pub fn notices(session: &Session, focused: bool, on_action: &Callback<SessionAction>) -> Html {
    let content = session.content();
    let notices = &session.notices;
    if notices.is_empty() {
        return html! {};
    }
    let problem = notices.iter().any(|notice| notice.is_problem());
    let role = match (focused, problem) {
        (true, _) => None,
        (false, true) => Some("alert"),
        (false, false) => Some("status"),
    };
    let on_dismiss = on_action.reform(|_: MouseEvent| SessionAction::DismissNotices);
    html! {
        <div class={if problem { "gsc-notice gsc-notice-problem" } else { "gsc-notice" }}>
            <div role={role} tabindex={focused.then_some("-1")}>
                for notice in notices {
                    <p>{ content.ui(notice.message()) }</p>
                }
            </div>
            <button type="button" class="gsc-button gsc-link" onclick={on_dismiss}>{ content.ui(Ui::Dismiss) }</button>
        </div>
    }
}
