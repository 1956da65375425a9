//! One question on screen: progress, the choices in a fieldset, and Back / Next.

use gut_skin_check::content::QuestionKind;
use gut_skin_check::flow::Action;
use gut_skin_check::interface::Ui;
use gut_skin_check::session::{Session, SessionAction};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement};
use yew::prelude::*;

/// The question on screen; its heading takes focus on each new step. `new_section` says
/// whether the reader has just come from another part of the check, so that it is said.
pub fn question_step(
    session: &Session,
    new_section: bool,
    on_action: &Callback<SessionAction>,
) -> Html {
    let content = session.content();
    let flow = &session.flow;
    let (Some(question), Some(progress)) = (flow.question(), flow.progress()) else {
        return html! {};
    };
    let dispatch = |action: Action| {
        let on_action = on_action.clone();
        move || on_action.emit(action.clone().into())
    };
    let on_next = {
        let next = dispatch(Action::Next);
        Callback::from(move |_: MouseEvent| next())
    };
    // Enter on a radio or checkbox goes on, as a form's would. Arrow keys move between
    // checkboxes as they do between radios (Space still ticks), so every group reads the same.
    let on_keydown = {
        let next = dispatch(Action::Next);
        Callback::from(move |event: KeyboardEvent| {
            let Some(input) = event.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let key = event.key();
            if key == "Enter" {
                event.prevent_default();
                next();
                return;
            }
            let forward = match key.as_str() {
                "ArrowDown" | "ArrowRight" => true,
                "ArrowUp" | "ArrowLeft" => false,
                _ => return,
            };
            if input.type_() != "checkbox" {
                return;
            }
            // Each choice is an <input> inside its own <label>, and the labels are siblings.
            let label = input.parent_element();
            let neighbour = label.and_then(|label| {
                if forward {
                    label.next_element_sibling()
                } else {
                    label.previous_element_sibling()
                }
            });
            if let Some(target) = neighbour
                .and_then(|label| label.first_element_child())
                .and_then(|element| element.dyn_into::<HtmlElement>().ok())
            {
                event.prevent_default();
                // Focus only fails on a detached element, and then there is nothing to move to.
                let _ = target.focus();
            }
        })
    };
    let on_back = {
        let back = dispatch(Action::Back);
        Callback::from(move |_: MouseEvent| back())
    };
    let on_show_results = {
        let show = dispatch(Action::ShowResults);
        Callback::from(move |_: MouseEvent| show())
    };

    let answer = flow.answers.get(&question.id);
    let input_type = match question.kind {
        QuestionKind::Single => "radio",
        QuestionKind::Multi => "checkbox",
    };
    let hint_id = format!("gsc-hint-{}", question.id);
    let error_id = format!("gsc-error-{}", question.id);
    let text_id = format!("gsc-question-{}", question.id);
    let described_by = [
        question.hint.as_ref().map(|_| hint_id.clone()),
        flow.problem.map(|_| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let described_by = (!described_by.is_empty()).then_some(described_by);
    // What a sighted reader sees above the question, said as the heading takes focus, after
    // the question: the part when it changes, and the count; then the hint. The visible lines
    // are hidden from screen readers, so this is the one place they are read. (Orca reads a
    // heading's own text, not an `aria-label`, and hidden words inside it as a line apart.)
    let where_id = format!("gsc-where-{}", question.id);
    let said_where = [
        new_section.then(|| progress.part(content)),
        Some(progress.announcement(content)),
    ]
    .into_iter()
    .flatten()
    .map(|line| format!("{line}. "))
    .collect::<String>();
    let heading_described_by = [
        Some(where_id.clone()),
        question.hint.as_ref().map(|_| hint_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let error_for_inputs = flow.problem.map(|_| error_id.clone());
    let is_last = progress.number == progress.total;
    let can_jump_to_results = !is_last && flow.is_complete();

    html! {
        <div class="gsc-step" onkeydown={on_keydown}>
            // Keyed by the question, so each question is a new element tree: a screen reader
            // keeps what it learnt of an element, and would read a reused one with old words.
            <div class="gsc-step-question" key={question.id.clone()}>
                <div class="gsc-progress" aria-hidden="true">
                    <p class="gsc-progress-section">{ progress.part(content) }</p>
                    <p class="gsc-progress-count">{ progress.announcement(content) }</p>
                    <progress max={progress.total.to_string()} value={progress.number.to_string()}></progress>
                </div>
                // Outside the group: landing on it inside the group would say the question
                // twice, once as the group's name and once as the heading.
                <h2 class="gsc-question-title" tabindex="-1" id={text_id.clone()} aria-describedby={heading_described_by}>
                    { &question.text }
                </h2>
                <span id={where_id} hidden=true>{ said_where.trim_end() }</span>
                if let Some(hint) = &question.hint {
                    <p class="gsc-hint" id={hint_id}>{ hint }</p>
                }
                <fieldset class="gsc-question" aria-labelledby={text_id} aria-describedby={described_by}
                    aria-invalid={flow.problem.map(|_| "true")}>
                    if let Some(problem) = flow.problem {
                        <p class="gsc-error" id={error_id} role="alert">{ content.ui(problem.message()) }</p>
                    }
                    <div class="gsc-options">
                        for option in &question.options {
                            <label class="gsc-option">
                                <input
                                    type={input_type}
                                    name={question.id.clone()}
                                    value={option.id.clone()}
                                    checked={answer.is_some_and(|a| a.includes(&option.id))}
                                    // A group's description is not read as focus enters it;
                                    // each answer's is, so the error is heard on return.
                                    aria-describedby={error_for_inputs.clone()}
                                    aria-invalid={flow.problem.map(|_| "true")}
                                    onchange={
                                        let choose = dispatch(Action::Choose { question: question.id.clone(), option: option.id.clone() });
                                        Callback::from(move |_: Event| choose())
                                    }
                                />
                                <span class="gsc-option-text">
                                    <span class="gsc-option-label">{ &option.label }</span>
                                    if let Some(description) = &option.description {
                                        <span class="gsc-option-description">{ description }</span>
                                    }
                                </span>
                            </label>
                        }
                    </div>
                </fieldset>
            </div>
            <div class="gsc-nav">
                <button type="button" class="gsc-button" onclick={on_back}>{ content.ui(Ui::Back) }</button>
                <button type="button" class="gsc-button gsc-primary" onclick={on_next}>
                    { content.ui(if is_last { Ui::SeeResults } else { Ui::Next }) }
                </button>
                if can_jump_to_results {
                    <button type="button" class="gsc-button gsc-link" onclick={on_show_results}>
                        { content.ui(Ui::BackToResults) }
                    </button>
                }
            </div>
        </div>
    }
}
