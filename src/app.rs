//! The widget's root: holds the assessment's state and shows the screen the reader is on.

use std::rc::Rc;
use std::sync::OnceLock;

use gut_skin_check::content::{Content, ContentError};
use gut_skin_check::flow::{Action, Flow, Screen};
use yew::prelude::*;

use crate::components::intro::Intro;
use crate::components::not_for_you::NotForYou;
use crate::components::question_step::QuestionStep;
use crate::components::results::Results;

/// The content is parsed once and lives as long as the page.
fn content() -> &'static Result<Content, ContentError> {
    static CONTENT: OnceLock<Result<Content, ContentError>> = OnceLock::new();
    CONTENT.get_or_init(Content::embedded)
}

/// The assessment's state as Yew holds it.
#[derive(Debug, Clone)]
pub struct FlowState(pub Flow<'static>);

impl PartialEq for FlowState {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0.content(), other.0.content())
            && self.0.screen == other.0.screen
            && self.0.answers == other.0.answers
            && self.0.problem == other.0.problem
    }
}

impl Reducible for FlowState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Self(self.0.apply(action)))
    }
}

/// Props of every screen that reads or changes the assessment.
#[derive(Properties, PartialEq)]
pub struct ScreenProps {
    pub flow: UseReducerHandle<FlowState>,
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
    let flow = use_reducer(|| FlowState(Flow::new(content)));
    let announcement = match flow.0.screen {
        Screen::Intro => String::new(),
        Screen::Question(_) => flow
            .0
            .progress()
            .map(|p| p.announcement())
            .unwrap_or_default(),
        Screen::NotForYou => "This assessment is not designed for you.".to_owned(),
        Screen::Results => "Your results are ready.".to_owned(),
    };
    let screen = match flow.0.screen {
        Screen::Intro => {
            let on_start = {
                let flow = flow.clone();
                Callback::from(move |()| flow.dispatch(Action::Start))
            };
            html! { <Intro {on_start} question_count={content.questions.len()} /> }
        }
        Screen::Question(_) => html! { <QuestionStep flow={flow.clone()} /> },
        Screen::NotForYou => html! { <NotForYou flow={flow.clone()} /> },
        Screen::Results => html! { <Results flow={flow.clone()} /> },
    };
    html! {
        <>
            <p class="gsc-visually-hidden" role="status" aria-atomic="true">{ announcement }</p>
            { screen }
        </>
    }
}
