//! The widget's root: holds the assessment's state and shows the screen the reader is on.

use std::rc::Rc;
use std::sync::OnceLock;

use gut_skin_check::content::{Content, ContentError};
use gut_skin_check::flow::{Action, Screen};
use gut_skin_check::results::Report;
use gut_skin_check::session::{Session, SessionAction};
use yew::prelude::*;

use crate::browser;
use crate::hooks::use_focus_on;

use crate::components::intro::intro;
use crate::components::not_for_you::not_for_you;
use crate::components::notices::notices;
use crate::components::question_step::question_step;
use crate::components::result_actions::ActionsState;
use crate::components::results::results;

/// The content is parsed once and lives as long as the page.
fn content() -> &'static Result<Content, ContentError> {
    static CONTENT: OnceLock<Result<Content, ContentError>> = OnceLock::new();
    CONTENT.get_or_init(Content::embedded)
}

/// One visit's state as Yew holds it.
#[derive(Debug, Clone)]
pub struct SessionState(pub Session<'static>);

impl PartialEq for SessionState {
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (&self.0, &other.0);
        std::ptr::eq(a.content(), b.content())
            && a.flow.screen == b.flow.screen
            && a.flow.answers == b.flow.answers
            && a.flow.problem == b.flow.problem
            && a.saved == b.saved
            && a.shared == b.shared
            && a.notices == b.notices
    }
}

impl Reducible for SessionState {
    type Action = SessionAction;

    fn reduce(self: Rc<Self>, action: SessionAction) -> Rc<Self> {
        Rc::new(Self(self.0.apply(action, browser::today())))
    }
}

#[component]
pub fn App() -> Html {
    let body = match content() {
        Ok(content) => html! { <Assessment content={Rc::new(ContentRef(content))} /> },
        Err(error) => html! {
            <div class="gsc-alert" role="alert">
                <h2>{ "Sorry, the assessment could not load" }</h2>
                <p>{ "Reloading the page usually fixes this. Nothing you answered has been lost." }</p>
                <p class="gsc-detail">{ format!("Details: {error}.") }</p>
            </div>
        },
    };
    html! {
        <div class="gsc">
            <h1 class="gsc-title">{ "Gut–Skin Check" }</h1>
            { body }
        </div>
    }
}

/// A reference to the content that compares by address, to serve as a prop.
struct ContentRef(&'static Content);

impl PartialEq for ContentRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

#[derive(Properties, PartialEq)]
struct AssessmentProps {
    content: Rc<ContentRef>,
}

#[component]
fn Assessment(props: &AssessmentProps) -> Html {
    let content = props.content.0;
    // Read once, when the widget mounts; afterwards the session is the only source of truth.
    // Compared by value, so a change that changes nothing does not render or save again.
    let session = use_reducer_eq(|| {
        let stored = browser::read_saved();
        SessionState(Session::open(
            content,
            stored.as_ref().map(Option::as_deref).map_err(|e| *e),
            &browser::fragment(),
        ))
    });
    {
        // Storage is written here, after each change, never inside the reducer.
        let handle = session.clone();
        use_effect_with(session.clone(), move |state| {
            if browser::write_saved(state.0.to_store().as_deref()).is_err() {
                handle.dispatch(SessionAction::StorageFailed);
            }
        });
    }
    let state = &session.0;
    let flow = &state.flow;
    // Each new screen's heading takes focus; on the results, the doctor card's when there is one.
    let heading = use_focus_on(flow.screen);
    let on_results = flow.screen == Screen::Results;
    let report = use_memo(
        (flow.answers.clone(), on_results),
        |(answers, on_results)| on_results.then(|| Report::new(content, answers)).flatten(),
    );
    let actions = use_state(ActionsState::default);
    let confirm_heading = use_focus_on(actions.confirming);
    let announcement = match flow.screen {
        Screen::Intro => String::new(),
        Screen::Question(_) => flow
            .progress()
            .map(|p| p.announcement())
            .unwrap_or_default(),
        Screen::NotForYou => "This assessment is not designed for you.".to_owned(),
        Screen::Results if state.shared => "Shared results are ready.".to_owned(),
        Screen::Results => "Your results are ready.".to_owned(),
    };
    let screen = match flow.screen {
        Screen::Intro => {
            let on_start = {
                let session = session.clone();
                Callback::from(move |_: MouseEvent| session.dispatch(Action::Start.into()))
            };
            intro(on_start, content.questions.len(), heading)
        }
        Screen::Question(_) => question_step(&session, heading),
        Screen::NotForYou => not_for_you(&session, heading),
        Screen::Results => match report.as_ref() {
            Some(report) => results(&session, report, heading, &actions, confirm_heading),
            None => html! {},
        },
    };
    html! {
        <>
            <p class="gsc-visually-hidden" role="status" aria-atomic="true">{ announcement }</p>
            { notices(&session) }
            { screen }
        </>
    }
}
