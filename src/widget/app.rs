//! The widget's root: holds one visit's state and shows the screen the reader is on.

use std::rc::Rc;
use std::sync::OnceLock;

use gut_skin_check::content::{Content, ContentError};
use gut_skin_check::flow::Screen;
use gut_skin_check::results::Report;
use gut_skin_check::session::{Session, SessionAction};
use web_sys::Element;
use yew::prelude::*;

use crate::widget::browser;
use crate::widget::hooks::use_moving_focus;
use crate::widget::screens::intro::intro;
use crate::widget::screens::not_for_you::not_for_you;
use crate::widget::screens::notices::notices;
use crate::widget::screens::question_step::question_step;
use crate::widget::screens::results::{results, results_missing};
use crate::widget::state::{ActionsMsg, WidgetAction, WidgetState};

/// The content is parsed once and lives as long as the page.
fn content() -> &'static Result<Content, ContentError> {
    static CONTENT: OnceLock<Result<Content, ContentError>> = OnceLock::new();
    CONTENT.get_or_init(Content::embedded)
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
    let state = use_reducer_eq(|| {
        let stored = browser::read_saved();
        WidgetState::new(Session::open(
            content,
            stored.as_ref().map(Option::as_deref).map_err(|e| *e),
            &browser::fragment(),
        ))
    });
    {
        // Storage is written here, after each change, never inside the reducer.
        let handle = state.clone();
        use_effect_with(state.session.clone(), move |session| {
            if browser::write_saved(session.to_store().as_deref()).is_err() {
                handle.dispatch(WidgetAction::Session(
                    SessionAction::StorageFailed,
                    browser::today(),
                ));
            }
        });
    }
    let container = use_node_ref();
    use_moving_focus(container.clone(), state.focus, state.focus_moves);
    {
        let container = container.clone();
        use_effect_with((), move |_| {
            let opener = container
                .cast::<Element>()
                .map(browser::OpenSectionsOnPrint::new);
            move || drop(opener)
        });
    }

    let on_action = {
        let handle = state.clone();
        Callback::from(move |action: SessionAction| {
            handle.dispatch(WidgetAction::Session(action, browser::today()))
        })
    };
    let on_actions_msg = {
        let handle = state.clone();
        Callback::from(move |msg: ActionsMsg| handle.dispatch(WidgetAction::Actions(msg)))
    };

    let session = &state.session;
    let flow = &session.flow;
    let on_results = flow.screen == Screen::Results;
    let report = use_memo(
        (flow.answers.clone(), on_results),
        |(answers, on_results)| on_results.then(|| Report::new(content, answers)).flatten(),
    );
    let announcement = match flow.screen {
        Screen::Intro => String::new(),
        Screen::Question(_) => flow
            .progress()
            .map(|p| p.announcement())
            .unwrap_or_default(),
        Screen::NotForYou => "This assessment is not designed for you.".to_owned(),
        Screen::Results if session.shared => "Shared results are ready.".to_owned(),
        Screen::Results => "Your results are ready.".to_owned(),
    };
    let screen = match (flow.screen, report.as_ref()) {
        (Screen::Intro, _) => intro(content.questions.len(), &on_action),
        (Screen::Question(_), _) => question_step(session, &on_action),
        (Screen::NotForYou, _) => not_for_you(&on_action),
        (Screen::Results, Some(report)) => {
            results(session, report, &state.actions, &on_action, &on_actions_msg)
        }
        // The domain only reaches the results with a complete assessment, so this is never
        // seen; should it be, the reader can go back to the answers rather than face a blank box.
        (Screen::Results, None) => results_missing(&on_action),
    };
    html! {
        <div class="gsc-screen" ref={container}>
            <p class="gsc-visually-hidden" role="status" aria-atomic="true">{ announcement }</p>
            { notices(session, &on_action) }
            { screen }
        </div>
    }
}
