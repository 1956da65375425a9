//! What changed since the reader's last result, and their past results, newest first.

use gut_skin_check::scoring::{focus_areas, score};
use gut_skin_check::text::join_words;
use yew::prelude::*;

use gut_skin_check::session::Session;

/// Every score against the last result: "fiber habit: 35 → 60 since 3 Oct".
pub fn changes(session: &Session) -> Html {
    let Some((since, changes)) = session.changes() else {
        return html! {};
    };
    html! {
        <section class="gsc-changes" aria-labelledby="gsc-changes-title">
            <h3 id="gsc-changes-title">{ "Since your last result" }</h3>
            <ul>
                for change in &changes {
                    <li class={classes!(change.moved().then_some("gsc-moved"))}>{ change.describe(since) }</li>
                }
            </ul>
        </section>
    }
}

/// Earlier results kept on this device, each with its focus areas.
pub fn past_results(session: &Session) -> Html {
    let past = session.past_results();
    if past.is_empty() {
        return html! {};
    }
    let content = session.content();
    html! {
        <section class="gsc-history" aria-labelledby="gsc-history-title">
            <h3 id="gsc-history-title">{ "Your past results" }</h3>
            <ol class="gsc-history-list">
                for result in past {
                    <li>
                        <strong>{ result.on.long() }</strong>
                        { ": " }
                        { focus_summary(content, &result.answers) }
                    </li>
                }
            </ol>
        </section>
    }
}

fn focus_summary(
    content: &gut_skin_check::content::Content,
    answers: &gut_skin_check::answers::Answers,
) -> String {
    let scores = score(content, answers);
    let areas: Vec<String> = focus_areas(&scores)
        .iter()
        .map(|s| format!("{} {}", s.def.name, s.value))
        .collect();
    if areas.is_empty() {
        "no score stood out".to_owned()
    } else {
        format!("focus on {}", join_words(&areas, "and"))
    }
}
