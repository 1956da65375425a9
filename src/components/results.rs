//! The results screen, its blocks in the order the domain's report gives.

use gut_skin_check::content::ScoreKind;
use gut_skin_check::results::{Report, DISCLAIMER, SCALE};
use gut_skin_check::session::SessionAction;
use yew::prelude::*;

use crate::app::SessionState;
use crate::browser;
use crate::components::doctor_card::doctor_card;
use crate::components::past_results::{changes, past_results};
use crate::components::result_actions::{result_actions, ActionsState};
use crate::components::score_list::score_list;
use crate::components::suggestion_lists::{food_card, list_section, tips};

/// The results of `report`. `first_heading` takes focus as they open: the doctor card's when
/// there is one, otherwise the results' own; `confirm_heading` when a confirmation opens.
pub fn results(
    handle: &UseReducerHandle<SessionState>,
    report: &Report,
    first_heading: NodeRef,
    actions: &UseStateHandle<ActionsState>,
    confirm_heading: NodeRef,
) -> Html {
    let session = &handle.0;
    let results_heading = if !report.has_doctor_card() {
        first_heading.clone()
    } else {
        NodeRef::default()
    };

    // Once the reader leaves the shared results, a reload should show their own.
    let leave_shared = |action: SessionAction| {
        let handle = handle.clone();
        Callback::from(move |_: MouseEvent| {
            browser::forget_fragment();
            handle.dispatch(action.clone());
        })
    };
    let title = if session.shared {
        "Shared results"
    } else {
        "Your results"
    };

    let foods = report.foods();
    let summary = html! {
        <>
            <h2 id="gsc-results-title" tabindex="-1" ref={results_heading.clone()}>{ title }</h2>
            if session.shared {
                <div class="gsc-shared">
                    <p>
                        <strong>{ "These results come from a share link." }</strong>
                        { " They are not saved on this device unless you choose to keep them." }
                    </p>
                    <div class="gsc-nav">
                        <button type="button" class="gsc-button gsc-primary" onclick={leave_shared(SessionAction::SaveShared)}>
                            { "Save to my history" }
                        </button>
                        <button type="button" class="gsc-button" onclick={leave_shared(SessionAction::LeaveShared)}>
                            { "Go to my own check" }
                        </button>
                    </div>
                </div>
            }
            <p class="gsc-disclaimer"><strong>{ DISCLAIMER }</strong></p>
            for note in &report.notes {
                <p class="gsc-note">{ &note.text }{ " " }<cite>{ format!("({})", note.source) }</cite></p>
            }
            <p class="gsc-scale">{ SCALE }</p>
            <section class="gsc-focus" aria-labelledby="gsc-focus-title">
                <h3 id="gsc-focus-title">{ "Your top three focus areas" }</h3>
                if report.focus_areas().is_empty() {
                    <p>{ "None of your scores stands out: keep doing what you are doing." }</p>
                } else {
                    <ol>
                        for score in report.focus_areas() {
                            <li>{ format!("{}.", score.value_line()) }</li>
                        }
                    </ol>
                }
            </section>
            { changes(session) }
            <section class="gsc-starters" aria-labelledby="gsc-starters-title">
                <h3 id="gsc-starters-title">{ "Start with these" }</h3>
                <ul class="gsc-foods">
                    for card in &foods.starters {
                        { food_card(card, "h4") }
                    }
                </ul>
            </section>
            <section class="gsc-plan" aria-labelledby="gsc-plan-title">
                <h3 id="gsc-plan-title">{ "Your first week" }</h3>
                <p>{ "One small change every few days; keep each one going as you add the next." }</p>
                <ol>
                    for step in &report.plan {
                        <li>{ step.line() }</li>
                    }
                </ol>
            </section>
        </>
    };
    let details = html! {
        <>
            { score_list(
                "gsc-mechanisms-title",
                "How your gut may be affecting your skin",
                "The four ways the gut affects the skin.",
                report.scores.iter().filter(|s| s.def.kind == ScoreKind::Mechanism),
            ) }
            { score_list(
                "gsc-habits-title",
                "Your gut-friendly habits",
                "The four habits that support a healthy gut.",
                report.scores.iter().filter(|s| s.def.kind == ScoreKind::Habit),
            ) }
            <section class="gsc-suggestions" aria-labelledby="gsc-suggestions-title">
                <h3 id="gsc-suggestions-title">{ "More foods for you" }</h3>
                for section in &foods.lists {
                    { list_section(section) }
                }
            </section>
            if !report.suggestions.tips.is_empty() {
                <section class="gsc-food-list" aria-labelledby="gsc-tips-title">
                    <h3 id="gsc-tips-title">{ "Habits to go with them" }</h3>
                    { tips(&report.suggestions.tips) }
                </section>
            }
            <section class="gsc-evidence" aria-labelledby="gsc-evidence-title">
                <h3 id="gsc-evidence-title">{ "What the research says" }</h3>
                <ul>
                    for line in &report.evidence {
                        <li>{ &line.text }{ " " }<cite>{ format!("({})", line.source) }</cite></li>
                    }
                </ul>
            </section>
        </>
    };

    html! {
        <section class="gsc-results" aria-labelledby="gsc-results-title">
            if report.has_doctor_card() {
                { doctor_card(&report.warning_signs, first_heading.clone()) }
            }
            { summary }
            { details }
            { past_results(session) }
            { result_actions(handle, actions, confirm_heading) }
        </section>
    }
}
