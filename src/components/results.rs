//! The results screen, its blocks in the order the domain's report gives.

use std::rc::Rc;

use gut_skin_check::content::ScoreKind;
use gut_skin_check::flow::Action;
use gut_skin_check::results::{Part, Report, DISCLAIMER, SCALE};
use yew::prelude::*;

use crate::app::ScreenProps;
use crate::components::doctor_card::DoctorCard;
use crate::components::score_list::ScoreList;
use crate::components::suggestion_lists::SuggestionLists;
use crate::hooks::use_focus_on;

#[component]
pub fn Results(props: &ScreenProps) -> Html {
    let flow = &props.flow.0;
    let report = use_memo(flow.answers.clone(), |answers| {
        Rc::new(Report::new(flow.content(), answers))
    });
    let report: &Report<'static> = &report;
    let first_heading = use_focus_on(());
    let results_heading = if report.warning_signs.is_empty() {
        first_heading.clone()
    } else {
        NodeRef::default()
    };

    let on_edit = {
        let flow = props.flow.clone();
        Callback::from(move |_: MouseEvent| flow.dispatch(Action::EditAnswers))
    };
    let on_start_again = {
        let flow = props.flow.clone();
        Callback::from(move |_: MouseEvent| flow.dispatch(Action::StartAgain))
    };

    let part = |part: Part| -> Html {
        match part {
            Part::DoctorCard => html! {
                <DoctorCard signs={report.warning_signs.clone()} heading={first_heading.clone()} />
            },
            Part::Summary => html! {
                <>
                    <h2 id="gsc-results-title" tabindex="-1" ref={results_heading.clone()}>{ "Your results" }</h2>
                    <p class="gsc-disclaimer"><strong>{ DISCLAIMER }</strong></p>
                    <p class="gsc-scale">{ SCALE }</p>
                    <section class="gsc-focus" aria-labelledby="gsc-focus-title">
                        <h3 id="gsc-focus-title">{ "Your top three focus areas" }</h3>
                        if report.focus_areas().is_empty() {
                            <p>{ "None of your scores stands out: keep doing what you are doing." }</p>
                        } else {
                            <ol>
                                for score in report.focus_areas() {
                                    <li>
                                        <strong>{ &score.def.name }</strong>
                                        { format!(": {} out of 100. {}", score.value, score.def.about) }
                                    </li>
                                }
                            </ol>
                        }
                    </section>
                </>
            },
            Part::Scores => html! {
                <>
                    <ScoreList
                        id="gsc-mechanisms-title"
                        title="How your gut may be affecting your skin"
                        intro="The four ways the gut affects the skin."
                        scores={report.scores_of(ScoreKind::Mechanism).cloned().collect::<Vec<_>>()}
                    />
                    <ScoreList
                        id="gsc-habits-title"
                        title="Your gut-friendly habits"
                        intro="The four habits that support a healthy gut."
                        scores={report.scores_of(ScoreKind::Habit).cloned().collect::<Vec<_>>()}
                    />
                </>
            },
            Part::Suggestions => {
                html! { <SuggestionLists suggestions={report.suggestions.clone()} /> }
            }
            Part::Plan => html! {
                <section class="gsc-plan" aria-labelledby="gsc-plan-title">
                    <h3 id="gsc-plan-title">{ "Your first week" }</h3>
                    <p>{ "One small change every few days; keep each one going as you add the next." }</p>
                    <ol>
                        for step in &report.plan {
                            <li><strong>{ format!("{}: ", step.when) }</strong>{ &step.what }</li>
                        }
                    </ol>
                </section>
            },
            Part::Evidence => html! {
                <section class="gsc-evidence" aria-labelledby="gsc-evidence-title">
                    <h3 id="gsc-evidence-title">{ "What the research says" }</h3>
                    <ul>
                        for line in report.evidence {
                            <li>{ &line.text }{ " " }<cite>{ format!("({})", line.source) }</cite></li>
                        }
                    </ul>
                </section>
            },
        }
    };

    html! {
        <section class="gsc-results" aria-labelledby="gsc-results-title">
            for p in report.parts() {
                { part(p) }
            }
            <div class="gsc-nav gsc-actions">
                <button type="button" class="gsc-button" onclick={on_edit}>{ "Edit my answers" }</button>
                <button type="button" class="gsc-button" onclick={on_start_again}>{ "Start again" }</button>
            </div>
        </section>
    }
}
