//! The editor's root: holds the state, runs what follows each change (the checks, keeping the
//! draft, the preview), carries out the blogger's commands that need the browser (opening,
//! saving, discarding), and lays out the page.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use gut_skin_check::content::edits::place_problems;
use gut_skin_check::content::Content;
use gut_skin_check::json::Json;
use gut_skin_check::json_text::{to_compact_text, to_text};
use gut_skin_check::preview::record_for;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser::{self, Host};
use crate::components::confirm::ConfirmBox;
use crate::components::form::Form;
use crate::components::panels::Panels;
use crate::components::preview::{highlight_of, Preview};
use crate::components::toolbar::Toolbar;
use crate::opening;
use crate::state::{Checked, Confirm, Draft, EditorAction, EditorState, Notice, Origin, Shipped};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub shipped: Rc<Vec<Shipped>>,
    pub host: Host,
}

/// What the blogger asks for that needs more than the state: the browser, a file, the site.
#[derive(Debug)]
pub enum Command {
    /// Opens the draft kept for a language, else its file (the site's, or the widget's own).
    Open(String),
    OpenFile(web_sys::File),
    /// Starts a translation into a language the widget does not ship: its tag, and whether its
    /// script runs right to left.
    NewLanguage(String, bool),
    Save,
    SaveAnyway,
    Discard,
    DiscardConfirmed,
    /// In WordPress: removes the site's file for the open language.
    RemoveFromSite,
    RemoveFromSiteConfirmed,
}

/// What the checks find in the draft, placed in the form.
pub fn check(draft: &Draft, revision: u32) -> Checked {
    let problems = match Content::from_json(&draft.json) {
        Ok(_) => Vec::new(),
        Err(error) => error.0,
    };
    Checked {
        revision,
        placed: place_problems(&draft.entries, &problems),
    }
}

/// How long the blogger may pause in typing before the checks run and the preview follows
/// (milliseconds): long enough not to run them between two keys.
const CHECK_AFTER: u32 = 250;
const PREVIEW_AFTER: u32 = 400;
const KEEP_AFTER: u32 = 300;

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = {
        let shipped = Rc::clone(&props.shipped);
        let host = props.host.clone();
        use_reducer(move || {
            let (last, translating) = browser::last_opened();
            let lang = (last.or_else(|| host.site_language.clone()))
                .filter(|lang| !lang.is_empty())
                .unwrap_or_else(|| "en".to_owned());
            let (draft, update) = opening::draft_or_shipped(&host, &shipped, &lang);
            let mut state = EditorState::new(shipped, draft, update);
            state.translate = translating.filter(|source| *source != state.draft.lang);
            state
        })
    };
    let frame = use_node_ref();
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: EditorAction| state.dispatch(action))
    };

    // In WordPress, the site's file is what the blogger edits, unless a draft not yet saved is.
    {
        let state = state.clone();
        let host = props.host.clone();
        use_effect_with((), move |_| {
            if host.on_site() && state.draft.saved {
                let lang = state.draft.lang.clone();
                open_site_file(host, Rc::clone(&state.shipped), lang, state.dispatcher());
            }
        });
    }

    // The checks, once the blogger pauses.
    {
        let draft = Rc::clone(&state.draft);
        let dispatcher = state.dispatcher();
        use_effect_with(state.revision, move |&revision| {
            let timeout = Timeout::new(CHECK_AFTER, move || {
                dispatcher.dispatch(EditorAction::Checked(check(&draft, revision)));
            });
            move || drop(timeout)
        });
    }

    // The draft, kept until it is saved or discarded; and which language is open.
    {
        let draft = Rc::clone(&state.draft);
        let shipped = Rc::clone(&state.shipped);
        let translate = state.translate.clone();
        let dispatcher = state.dispatcher();
        use_effect_with(
            (state.revision, draft.saved, translate.clone()),
            move |_| {
                let timeout = Timeout::new(KEEP_AFTER, move || {
                    browser::remember_opened(&draft.lang, translate.as_deref());
                    let untouched = draft.origin == Origin::Shipped
                        && shipped
                            .iter()
                            .any(|file| file.lang == draft.lang && file.json == draft.json);
                    if untouched {
                        browser::forget_draft(&draft.lang);
                    } else if !browser::store_draft(&draft) {
                        dispatcher.dispatch(EditorAction::Notify(Notice {
                        text: "This browser would not keep your draft (its storage is full or blocked): save your file before you close the page.".to_owned(),
                        problem: true,
                    }));
                    }
                });
                move || drop(timeout)
            },
        );
    }

    // The preview, on the text the blogger is on, once they pause.
    {
        let draft = Rc::clone(&state.draft);
        let frame = frame.clone();
        let dispatcher = state.dispatcher();
        use_effect_with((state.revision, state.current), move |&(_, current)| {
            let timeout = Timeout::new(PREVIEW_AFTER, move || {
                let Some(frame) = frame.cast::<web_sys::HtmlIFrameElement>() else {
                    return;
                };
                let Ok(content) = Content::read(&draft.json) else {
                    return;
                };
                let entry = current.and_then(|index| draft.entries.get(index));
                let record = match entry {
                    Some(entry) => record_for(&content, &entry.seen, browser::today()),
                    None => None,
                };
                let seen = entry.is_none() || record.is_some();
                dispatcher.dispatch(EditorAction::Previewed { current, seen });
                let highlight = entry.filter(|_| seen).map(highlight_of).unwrap_or_default();
                browser::show_in_preview(
                    &frame,
                    &to_compact_text(&draft.json),
                    record.as_ref(),
                    &highlight,
                );
            });
            move || drop(timeout)
        });
    }

    // Focus to the text undone, redone, or asked for from a list.
    use_effect_with(state.focus, |focus| {
        if let Some(index) = focus {
            browser::focus(&format!("field-{index}"));
        }
    });

    let command = {
        let state = state.clone();
        let host = props.host.clone();
        Callback::from(move |command: Command| run(&state, &host, command))
    };
    // Undo and redo from anywhere in the editor, the text fields included: the browser's own
    // undo in a field would not know the editor's other changes.
    let onkeydown = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: KeyboardEvent| {
            let key = event.key().to_ascii_lowercase();
            if !(event.ctrl_key() || event.meta_key()) || event.alt_key() {
                return;
            }
            // The search box and the language tag are not texts of the file: their own undo.
            let own_box = event
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .is_some_and(|input| ["ed-search", "ed-new-tag"].contains(&input.id().as_str()));
            if own_box {
                return;
            }
            let action = match (key.as_str(), event.shift_key()) {
                ("z", false) => EditorAction::Undo,
                ("z", true) | ("y", false) => EditorAction::Redo,
                _ => return,
            };
            event.prevent_default();
            dispatch.emit(action);
        })
    };

    html! {
        <div class="ed" {onkeydown}>
            <header class="ed-head">
                <h1>{ "Your words for the Gut–Skin Check" }</h1>
                <p class="ed-lead">
                    { "Change any text your readers see, add links to your own pages, or translate. The preview shows your words as readers will meet them." }
                </p>
            </header>
            <Toolbar state={state.clone()} dispatch={dispatch.clone()} command={command.clone()} on_site={props.host.on_site()} />
            <p class={classes!("ed-notice", state.notice.as_ref().filter(|n| n.problem).map(|_| "ed-notice-problem"))} role="status">
                { state.notice.as_ref().map(|notice| notice.text.clone()).unwrap_or_default() }
            </p>
            if let Some(confirm) = state.confirm {
                <ConfirmBox {confirm} state={state.clone()} dispatch={dispatch.clone()} command={command.clone()} on_site={props.host.on_site()} />
            }
            // The preview first, as a phone shows it (above the form); a wide screen puts it in
            // the column on the right. Its order in the page is the order it is seen in.
            <div class="ed-main">
                <Preview state={state.clone()} {frame} />
                <div class="ed-work">
                    <Panels state={state.clone()} dispatch={dispatch.clone()} />
                    <Form state={state.clone()} dispatch={dispatch.clone()} />
                </div>
            </div>
        </div>
    }
}

/// Carries out a command.
fn run(state: &UseReducerHandle<EditorState>, host: &Host, command: Command) {
    let dispatcher = state.dispatcher();
    let shipped = Rc::clone(&state.shipped);
    let notify = {
        let dispatcher = dispatcher.clone();
        move |text: String, problem: bool| {
            dispatcher.dispatch(EditorAction::Notify(Notice { text, problem }))
        }
    };
    match command {
        Command::Open(lang) => {
            let kept = browser::stored_draft(host, &lang).is_some();
            let (draft, update) = opening::draft_or_shipped(host, &shipped, &lang);
            dispatcher.dispatch(EditorAction::Open(Box::new(draft), update));
            if host.on_site() && !kept {
                open_site_file(host.clone(), shipped, lang, dispatcher);
            }
        }
        Command::OpenFile(file) => {
            let host = host.clone();
            let name = file.name();
            wasm_bindgen_futures::spawn_local(async move {
                let json = match browser::file_text(file)
                    .await
                    .and_then(|text| host.read_json(&text))
                {
                    Ok(json) if json.get("interface").is_some() && json.get("lang").is_some() => {
                        json
                    }
                    Ok(_) => {
                        return notify(
                            format!("{name} is not a content file of the Gut–Skin Check."),
                            true,
                        )
                    }
                    Err(problem) => return notify(format!("{name} is not JSON: {problem}"), true),
                };
                let (draft, update) =
                    opening::open(&shipped, json, Origin::File(name.clone()), None, true);
                dispatcher.dispatch(EditorAction::Open(Box::new(draft), update));
                notify(format!("Opened {name}."), false);
            });
        }
        Command::NewLanguage(lang, right_to_left) => {
            let draft = opening::new_language(&shipped, &lang, right_to_left);
            let source = opening::base_for(&shipped, "en").lang.clone();
            dispatcher.dispatch(EditorAction::Open(Box::new(draft), None));
            dispatcher.dispatch(EditorAction::Translate(Some(source)));
            notify(
                format!("A new file for “{lang}”, in English until you translate it."),
                false,
            );
        }
        Command::Save => {
            let problems = match state.checks_current() {
                true => state.checked.placed.len(),
                false => {
                    let checked = check(&state.draft, state.revision);
                    let problems = checked.placed.len();
                    dispatcher.dispatch(EditorAction::Checked(checked));
                    problems
                }
            };
            match problems {
                0 => save(state, host),
                _ => dispatcher.dispatch(EditorAction::Ask(Confirm::SaveAnyway)),
            }
        }
        Command::SaveAnyway => save(state, host),
        Command::Discard => dispatcher.dispatch(EditorAction::Ask(Confirm::Discard)),
        Command::DiscardConfirmed => {
            let lang = state.draft.lang.clone();
            browser::forget_draft(&lang);
            let draft = opening::shipped_file(&shipped, &lang);
            dispatcher.dispatch(EditorAction::Open(Box::new(draft), None));
            if host.on_site() {
                open_site_file(host.clone(), shipped, lang, dispatcher.clone());
            }
            notify("Your changes are thrown away.".to_owned(), false);
        }
        Command::RemoveFromSite => dispatcher.dispatch(EditorAction::Ask(Confirm::RemoveFromSite)),
        Command::RemoveFromSiteConfirmed => {
            dispatcher.dispatch(EditorAction::Cancel);
            let lang = state.draft.lang.clone();
            let host = host.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match host.discard_on_site(&lang).await {
                    Ok(()) => {
                        browser::forget_draft(&lang);
                        let draft = opening::shipped_file(&shipped, &lang);
                        dispatcher.dispatch(EditorAction::Open(Box::new(draft), None));
                        notify(format!("Your words for {lang} are removed from the site: its checks in this language show the widget's own words again."), false);
                    }
                    Err(problem) => notify(format!("Not removed: {problem}"), true),
                }
            });
        }
    }
}

/// Saves the draft: a download here, the site's file in WordPress.
fn save(state: &UseReducerHandle<EditorState>, host: &Host) {
    let dispatcher = state.dispatcher();
    let text = to_text(&state.draft.json);
    let lang = state.draft.lang.clone();
    if host.on_site() {
        let host = host.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let done = match host.save_to_site(&lang, &text).await {
                Ok(_) => EditorAction::Saved(
                    format!(
                        "Saved to your site. Every check in your posts in this language ({lang}) without a content file of its own now shows your words (a check shown in a frame keeps the widget's own)."
                    ),
                    Some(Origin::Site),
                ),
                Err(problem) => EditorAction::Notify(Notice {
                    text: format!("Not saved: {problem}"),
                    problem: true,
                }),
            };
            dispatcher.dispatch(done);
        });
        return;
    }
    let name = opening::file_name(&state.draft);
    dispatcher.dispatch(match browser::download(&name, &text) {
        Ok(()) => EditorAction::Saved(
            format!("Downloaded as {name}. Upload it to your site and name it in data-content (see the guide)."),
            None,
        ),
        Err(problem) => EditorAction::Notify(Notice {
            text: format!("Not saved: {problem}"),
            problem: true,
        }),
    });
}

/// Opens the site's file for `lang`, when it has one.
fn open_site_file(
    host: Host,
    shipped: Rc<Vec<Shipped>>,
    lang: String,
    dispatcher: UseReducerDispatcher<EditorState>,
) {
    wasm_bindgen_futures::spawn_local(async move {
        let notice = match host.site_file(&lang).await {
            // None saved (or no longer): a copy of the site's words kept here as saved is stale.
            Ok(None) => {
                browser::forget_draft(&lang);
                let draft = opening::shipped_file(&shipped, &lang);
                dispatcher.dispatch(EditorAction::Open(Box::new(draft), None));
                None
            }
            Ok(Some(text)) => match host.read_json(&text) {
                Ok(json) if json.get("lang").and_then(Json::as_str).is_some() => {
                    let (draft, update) = opening::open(&shipped, json, Origin::Site, None, true);
                    dispatcher.dispatch(EditorAction::Open(Box::new(draft), update));
                    Some(Notice {
                        text: "Opened the words saved on your site.".to_owned(),
                        problem: false,
                    })
                }
                _ => Some(Notice {
                    text: "The file saved on your site could not be read; the widget's own words are open.".to_owned(),
                    problem: true,
                }),
            },
            Err(problem) => Some(Notice {
                text: format!("Your site's words could not be fetched: {problem}"),
                problem: true,
            }),
        };
        if let Some(notice) = notice {
            dispatcher.dispatch(EditorAction::Notify(notice));
        }
    });
}

/// The file input's file, when one was picked.
pub fn picked_file(event: &Event) -> Option<web_sys::File> {
    let input: web_sys::HtmlInputElement = event.target()?.dyn_into().ok()?;
    let file = input.files()?.get(0);
    // The same file picked again is a change too.
    input.set_value("");
    file
}
