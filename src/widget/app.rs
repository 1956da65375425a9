//! The widget's root: holds one visit's state and shows the screen the reader is on.

use gut_skin_check::content::Content;
use gut_skin_check::flow::Screen;
use gut_skin_check::interface::Ui;
use gut_skin_check::json::Problem;
use gut_skin_check::markup::Markup;
use gut_skin_check::session::{Milestone, Session, SessionAction, StorageWrite};
use gut_skin_check::warning_signs::{doctor_first, warning_signs};
use web_sys::js_sys::Function;
use web_sys::Element;
use yew::prelude::*;

use crate::widget::browser;
use crate::widget::browser::ModuleText;
use crate::widget::hooks::use_moving_focus;
use crate::widget::screens::intro::intro;
use crate::widget::screens::not_for_you::not_for_you;
use crate::widget::screens::notices::notices;
use crate::widget::screens::question_step::question_step;
use crate::widget::screens::results::{results, results_missing, ResultsText};
use crate::widget::screens::week::{clicked, pressed, week_screen, welcome_back, WeekEvent};
use crate::widget::state::{ActionsMsg, FocusTarget, WidgetAction, WidgetState};

/// How many of a content file's problems the widget lists; the console gets them all.
const PROBLEMS_SHOWN: usize = 5;

/// What the widget shows when its content cannot be used: no words to run it with, so these
/// few are built in, and plain markup rather than a component. `loaded` says whether the file
/// arrived (and is broken) or never did.
pub fn failure(source: &str, problems: &[Problem], loaded: bool) -> String {
    let mut out = Markup::new();
    // The built-in words are English, whatever the language the page asked for.
    out.raw(r#"<div class="gsc" lang="en"><h1 class="gsc-title">Gut–Skin Check</h1><div class="gsc-alert" role="alert"><h2>Sorry, the check could not load</h2>"#);
    if loaded {
        out.element(
            "p",
            "Its content file has mistakes in it, so it cannot run until the site fixes them. Nothing you answered has been lost.",
        );
    } else {
        out.element(
            "p",
            "Its content could not be fetched. Check your connection and reload the page; nothing you answered has been lost.",
        );
    }
    let count = problems.len();
    out.raw(r#"<p class="gsc-detail">For the site: "#)
        .element("code", source)
        .text(&if count == 1 {
            " has a problem:".to_owned()
        } else {
            format!(" has {count} problems:")
        })
        .raw(r#"</p><ul class="gsc-detail">"#);
    for problem in problems.iter().take(PROBLEMS_SHOWN) {
        out.raw("<li>");
        if !problem.path.is_empty() {
            out.element("code", &problem.path).text(": ");
        }
        out.text(&problem.message).raw("</li>");
    }
    out.raw("</ul>");
    if count > PROBLEMS_SHOWN {
        out.element(
            r#"p class="gsc-detail""#,
            &format!(
                "The other {} are listed in the browser's console.",
                count - PROBLEMS_SHOWN
            ),
        );
    }
    out.raw("</div></div>");
    out.into_string()
}

/// What the root is given: its content, how to tell the page about the reader's milestones,
/// and how to ask for the results' text (see [`browser::results_text`]).
#[derive(Properties)]
pub struct AppProps {
    pub content: &'static Content,
    pub notify: Function,
    pub results: Function,
}

/// Props are only ever set once, when the widget mounts.
impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.content, other.content)
            && self.notify == other.notify
            && self.results == other.results
    }
}

/// The widget, once its content has been read (`mount` checks that first).
#[component]
pub fn App(props: &AppProps) -> Html {
    let content: &'static Content = props.content;
    // Read once, when the widget mounts; afterwards the session is the only source of truth.
    // Compared by value, so a change that changes nothing does not render or save again.
    let state = use_reducer_eq(|| {
        let stored = browser::read_saved();
        WidgetState::new(Session::open(
            content,
            stored.as_ref().map_err(|e| *e),
            &browser::fragment(),
            browser::now().today,
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
                StorageWrite::Put(stored) => browser::write_saved(Some(&stored)).map(|()| true),
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
    // The page hears about a milestone once, from the copy the reader used; a completion once
    // the results module has scored it (with no focus areas if it cannot be fetched).
    let told = use_mut_ref(|| 0u32);
    let container = use_node_ref();
    let title = use_node_ref();
    use_moving_focus(
        container.clone(),
        title.clone(),
        state.focus,
        state.focus_moves,
    );
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
    {
        // When the results module arrives (or fails), the results ask for their text again.
        let update = use_force_update();
        use_effect_with((), move |_| {
            let follower = browser::ResultsFollower::new(move || update.force_update());
            move || drop(follower)
        });
    }

    let on_action = {
        let handle = state.clone();
        Callback::from(move |action: SessionAction| {
            browser::clear_reading_position();
            handle.dispatch(WidgetAction::Session(action, browser::now()))
        })
    };
    // The welcome back and the reminder say to see the doctor first when the results on screen
    // (the last ones) showed the card; the week works it out from its answers.
    let doctor_flag = match doctor_first(content, &state.session.flow.answers) {
        Some(_) => "doctor",
        None => "",
    };
    // The week's and the welcome back's clicks and keys, read by `screens::week`.
    let on_week_event = {
        let handle = state.clone();
        let ask = props.results.clone();
        move |event: Option<WeekEvent>| {
            let now = browser::now();
            match event {
                Some(WeekEvent::Act(action)) => {
                    browser::clear_reading_position();
                    handle.dispatch(WidgetAction::Session(action, now));
                }
                Some(WeekEvent::Typed(name)) => {
                    let request = ["plant".to_owned(), name];
                    if let ModuleText::Ready(keys) = browser::module_text(&ask, &request) {
                        if let Some(key) = keys.into_iter().next() {
                            handle.dispatch(WidgetAction::AddedPlant(key, now));
                        }
                    }
                }
                Some(WeekEvent::Print) => browser::print(),
                Some(WeekEvent::Remind) => {
                    let request = [
                        "remind".to_owned(),
                        now.today.to_iso(),
                        now.at.to_string(),
                        now.token.to_string(),
                        browser::page_address(),
                        doctor_flag.to_owned(),
                    ];
                    // The module downloads the file; it answers nothing.
                    let _ = browser::module_text(&ask, &request);
                }
                None => {}
            }
        }
    };
    let on_week_click = {
        let on_week_event = on_week_event.clone();
        Callback::from(move |event: MouseEvent| on_week_event(clicked(&event)))
    };
    let on_week_key = Callback::from(move |event: KeyboardEvent| on_week_event(pressed(&event)));
    let on_remind = on_week_click.clone();
    let on_actions_msg = {
        let handle = state.clone();
        Callback::from(move |msg: ActionsMsg| handle.dispatch(WidgetAction::Actions(msg)))
    };

    let session = &state.session;
    let flow = &session.flow;
    let on_results = flow.screen == Screen::Results;
    // Asked again only when what is asked for changes, or the module has arrived since.
    let request = (on_results && content.is_complete(&flow.answers))
        .then(|| session.earlier().request(content, &flow.answers));
    let text = use_memo(
        (request, browser::results_module_settled()),
        |(request, _)| {
            request
                .as_ref()
                .and_then(|request| browser::results_text(&props.results, request))
        },
    );
    {
        let notify = props.notify.clone();
        let milestone = state.milestone.clone();
        let told = told.clone();
        let results = text.clone();
        let arrived = match *text {
            Some(ResultsText::Ready { .. } | ResultsText::Unavailable) => 1,
            _ => 0,
        };
        use_effect_with((state.milestones, arrived), move |&(count, _)| {
            let Some(milestone) = milestone.filter(|_| *told.borrow() != count) else {
                return;
            };
            let focus: &[String] = match (&milestone, &*results) {
                (Milestone::Completed { .. }, Some(ResultsText::Ready { focus, .. })) => focus,
                (Milestone::Completed { .. }, Some(ResultsText::Unavailable)) => &[],
                // Told once the results module has answered.
                (Milestone::Completed { .. }, _) => return,
                _ => &[],
            };
            browser::tell_page(&notify, &milestone, focus);
            *told.borrow_mut() = count;
        });
    }
    let today = browser::now().today;
    let week_request = (on_results && session.week().is_some())
        .then(|| gut_skin_check::week::request(content, &flow.answers, session.tracker(), today))
        .flatten();
    // The welcome back, four weeks on, is the results module's too.
    let week_request = match (on_results, session.welcome_back) {
        (true, Some(last)) => Some(vec![
            "welcome".to_owned(),
            last.to_iso(),
            doctor_flag.to_owned(),
        ]),
        _ => week_request,
    };
    let week_text = use_memo(
        (week_request, browser::results_module_settled()),
        |(request, _)| {
            (request.as_ref()).map(|request| browser::module_text(&props.results, request))
        },
    );
    // The days and the plant lists as first written: ticking leaves them be (the box ticks
    // itself), so focus and a screen reader's place in them stay put. Written anew for another
    // week, a plant typed in, or another copy's changes.
    let lasting = use_memo(
        (
            state.week_view,
            browser::results_module_settled(),
            week_text.is_some(),
        ),
        {
            let week_text = week_text.clone();
            move |_| match week_text.as_ref() {
                Some(ModuleText::Ready(parts)) if parts.len() == 6 => {
                    Some([parts[1].clone(), parts[3].clone()])
                }
                _ => None,
            }
        },
    );
    let announcement = match flow.screen {
        Screen::Intro => String::new(),
        // Arriving at a question is heard from its heading, which takes focus; here only what
        // changes out of sight: boxes another tick unticked.
        Screen::Question(_) if flow.cleared.is_empty() => String::new(),
        Screen::Question(index) => {
            let options = &content.questions[index].options;
            let labels = (flow.cleared.iter())
                .filter_map(|id| options.iter().find(|option| option.id == *id))
                .map(|option| option.label.as_str())
                .collect::<Vec<_>>();
            content.fill(
                Ui::Unticked,
                &[("options", &content.join(&labels, Ui::And))],
            )
        }
        Screen::NotForYou => content.ui(Ui::AnnounceNotForYou).to_owned(),
        // Said once the results' text is there: a missing module has an alert of its own.
        // On the week: the plant count, as it changes.
        Screen::Results if session.week().is_some() => match week_text.as_ref() {
            Some(ModuleText::Ready(parts)) => parts.get(5).cloned().unwrap_or_default(),
            _ => String::new(),
        },
        Screen::Results if session.welcome_back.is_some() => String::new(),
        Screen::Results if !matches!(*text, Some(ResultsText::Ready { .. })) => String::new(),
        // The doctor card takes focus and is heard as the results arrive: nothing before it.
        Screen::Results if !warning_signs(content, &flow.answers).is_empty() => String::new(),
        Screen::Results if session.shared => content.ui(Ui::AnnounceSharedResults).to_owned(),
        Screen::Results => content.ui(Ui::AnnounceResults).to_owned(),
    };
    let screen = match (flow.screen, text.as_ref()) {
        (Screen::Results, _) if session.welcome_back.is_some() => welcome_back(
            week_text.as_ref().as_ref().unwrap_or(&ModuleText::Waiting),
            &on_week_click,
        ),
        (Screen::Results, _) if session.week().is_some() => week_screen(
            session,
            week_text.as_ref().as_ref().unwrap_or(&ModuleText::Waiting),
            lasting.as_ref().as_ref(),
            &on_week_click,
            &on_week_key,
        ),
        (Screen::Intro, _) => intro(content, &on_week_click),
        (Screen::Question(_), _) => question_step(session, state.new_section, &on_action),
        (Screen::NotForYou, _) => not_for_you(content, &on_week_click),
        (Screen::Results, Some(text)) => results(
            session,
            text,
            &state.actions,
            &on_action,
            &on_actions_msg,
            &on_remind,
        ),
        // The domain only reaches the results with a complete assessment, so this is never
        // seen; should it be, the reader can go back to the answers rather than face a blank box.
        (Screen::Results, None) => results_missing(content, &on_action),
    };
    html! {
        <div class="gsc">
            <h1 class="gsc-title" tabindex="-1" ref={title}>{ content.ui(Ui::Title) }</h1>
            <div class="gsc-screen" ref={container}>
                // Live without a role: a "status" role is itself announced, even while empty.
                <div class="gsc-visually-hidden" aria-live="polite" aria-atomic="true">{ announcement }</div>
                { notices(session, state.focus == Some(FocusTarget::Notice), &on_action) }
                { screen }
            </div>
        </div>
    }
}
