//! The widget's root: holds the assessment's state and shows the screen the reader is on.

use std::rc::Rc;
use std::sync::OnceLock;

use gut_skin_check::content::{Content, ContentError};
use gut_skin_check::flow::{Action, Screen};
use gut_skin_check::session::{Session, SessionAction};
use yew::prelude::*;

use crate::browser;
use crate::hooks;

use crate::components::intro::Intro;
use crate::components::not_for_you::NotForYou;
use crate::components::notices::Notices;
use crate::components::question_step::QuestionStep;
use crate::components::results::Results;

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
        hooks::note_reader_acted();
        Rc::new(Self(self.0.apply(action, browser::today())))
    }
}

/// Props of every screen that reads or changes the visit.
#[derive(Properties, PartialEq)]
pub struct ScreenProps {
    pub session: UseReducerHandle<SessionState>,
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
                Callback::from(move |()| session.dispatch(Action::Start.into()))
            };
            html! { <Intro {on_start} question_count={content.questions.len()} /> }
        }
        Screen::Question(_) => html! { <QuestionStep session={session.clone()} /> },
        Screen::NotForYou => html! { <NotForYou session={session.clone()} /> },
        Screen::Results => html! { <Results session={session.clone()} /> },
    };
    html! {
        <>
            <p class="gsc-visually-hidden" role="status" aria-atomic="true">{ announcement }</p>
            <Notices session={session.clone()} />
            { screen }
        </>
    }
}
