//! The widget's root: holds one visit's state and shows the screen the reader is on.

use std::sync::OnceLock;

use gut_skin_check::content::{Content, ContentError};
use gut_skin_check::flow::Screen;
use gut_skin_check::markup::Markup;
use gut_skin_check::results::Report;
use gut_skin_check::session::{Session, SessionAction, StorageWrite};
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
pub fn content() -> &'static Result<Content, ContentError> {
    static CONTENT: OnceLock<Result<Content, ContentError>> = OnceLock::new();
    CONTENT.get_or_init(Content::embedded)
}

/// What the widget shows when its content cannot be read: no assessment to run, so plain markup
/// rather than a component.
pub fn failure(error: &ContentError) -> String {
    let mut out = Markup::new();
    out.raw(r#"<div class="gsc"><h1 class="gsc-title">Gut–Skin Check</h1><div class="gsc-alert" role="alert"><h2>Sorry, the assessment could not load</h2><p>Reloading the page usually fixes this. Nothing you answered has been lost.</p>"#)
        .element(r#"p class="gsc-detail""#, &format!("Details: {error}."))
        .raw("</div></div>");
    out.into_string()
}

/// The widget, once its content has been read (`mount` checks that first).
#[component]
pub fn App() -> Html {
    let Ok(content) = content() else {
        return html! {};
    };
    // Read once, when the widget mounts; afterwards the session is the only source of truth.
    // Compared by value, so a change that changes nothing does not render or save again.
    let state = use_reducer_eq(|| {
        let stored = browser::read_saved();
        WidgetState::new(Session::open(
            content,
            stored.as_ref().map_err(|e| *e),
            &browser::fragment(),
        ))
    });
    {
        // Storage is written here, after each change, never inside the reducer: this visit's
        // changes merged into what storage holds now, which the visit then follows.
        let handle = state.clone();
        use_effect_with(state.session.clone(), move |session| {
            let dispatch = |action| handle.dispatch(WidgetAction::Session(action, browser::now()));
            let Ok(stored) = browser::read_saved() else {
                return dispatch(SessionAction::StorageFailed);
            };
            let (write, now_stored) = session.storage_write(&stored);
            let written = match write {
                StorageWrite::Keep => Ok(false),
                StorageWrite::Remove => browser::write_saved(None).map(|()| true),
                StorageWrite::Put(text) => browser::write_saved(Some(&text)).map(|()| true),
            };
            match written {
                Err(_) => dispatch(SessionAction::StorageFailed),
                Ok(written) => {
                    if written {
                        browser::announce_write();
                    }
                    dispatch(SessionAction::Kept(now_stored));
                }
            }
        });
    }
    let container = use_node_ref();
    use_moving_focus(container.clone(), state.focus, state.focus_moves);
    {
        // Once mounted: other copies (tabs, frames, elements on this page) change storage too,
        // so follow them; and printing, from the widget or the browser's menu, opens every
        // section.
        let handle = state.clone();
        let container = container.clone();
        use_effect_with((), move |_| {
            let follower = browser::StorageFollower::new(move || {
                if let Ok(stored) = browser::read_saved() {
                    let changed = SessionAction::StorageChanged(stored);
                    handle.dispatch(WidgetAction::Session(changed, browser::now()));
                }
            });
            let opener = container
                .cast::<Element>()
                .map(browser::OpenSectionsOnPrint::new);
            move || drop((follower, opener))
        });
    }

    let on_action = {
        let handle = state.clone();
        Callback::from(move |action: SessionAction| {
            handle.dispatch(WidgetAction::Session(action, browser::now()))
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
        <div class="gsc">
            <h1 class="gsc-title">{ "Gut–Skin Check" }</h1>
            <div class="gsc-screen" ref={container}>
                <p class="gsc-visually-hidden" role="status" aria-atomic="true">{ announcement }</p>
                { notices(session, &on_action) }
                { screen }
            </div>
        </div>
    }
}
