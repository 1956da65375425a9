//! The editor's state and its reducer: the file being edited, with its texts, the edits that
//! undo and redo, what the checks last found, and what the blogger is looking at. Reducing only
//! works on these values; storage, the preview, the checks and saving happen in the root's
//! effects (see `app.rs`).

use std::rc::Rc;

use gut_skin_check::content::edits::{write_text, Placed};
use gut_skin_check::content::texts::{text_entries, Group, TextEntry};
use gut_skin_check::content::update::Update;
use gut_skin_check::json::{Json, Problem};
use yew::Reducible;

/// A content file the widget ships: the editor's base for its language, and the source of a
/// translation.
#[derive(Debug, PartialEq)]
pub struct Shipped {
    pub lang: String,
    pub json: Json,
    pub entries: Vec<TextEntry>,
}

/// Where the file being edited came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// The widget's own file for its language.
    Shipped,
    /// A file the blogger opened, by its name.
    File(String),
    /// The file saved on the blogger's WordPress site.
    Site,
}

/// The file being edited.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// Its language, as its `lang` says.
    pub lang: String,
    pub origin: Origin,
    pub json: Json,
    pub entries: Vec<TextEntry>,
    /// The shipped file it was made from, so a new version can tell the blogger's edits from
    /// texts the blogger never touched (see `content::update`).
    pub started_from: Option<Json>,
    /// Saved (downloaded, or saved to the site) since its last change.
    pub saved: bool,
}

impl Draft {
    pub fn new(json: Json, origin: Origin, started_from: Option<Json>, saved: bool) -> Self {
        let entries = text_entries(&json);
        Self::with_entries(json, entries, origin, started_from, saved)
    }

    /// A draft whose texts are already read: `entries` must be `text_entries(&json)`.
    pub fn with_entries(
        json: Json,
        entries: Vec<TextEntry>,
        origin: Origin,
        started_from: Option<Json>,
        saved: bool,
    ) -> Self {
        let lang = json
            .get("lang")
            .and_then(Json::as_str)
            .unwrap_or("en")
            .to_owned();
        Self {
            lang,
            origin,
            entries,
            json,
            started_from,
            saved,
        }
    }
}

/// One change to one text, for undo and redo: the entry and the text it had before.
#[derive(Debug, Clone, PartialEq)]
pub struct Edit {
    pub index: usize,
    pub text: String,
    /// When the change was last added to (milliseconds), so a burst of typing undoes at once.
    pub at: f64,
}

/// What the checks found in the file at one revision, each problem placed in the form.
#[derive(Debug, Default, PartialEq)]
pub struct Checked {
    pub revision: u32,
    pub placed: Vec<(Placed, Problem)>,
}

impl Checked {
    /// The messages at the field of entry `index`.
    pub fn at_field(&self, index: usize) -> Vec<&str> {
        (self.placed.iter())
            .filter(|(placed, _)| *placed == Placed::Field(index))
            .map(|(_, problem)| problem.message.as_str())
            .collect()
    }

    /// The messages at the head of `group`, about no one text of it.
    pub fn at_group(&self, group: &Group) -> Vec<&str> {
        (self.placed.iter())
            .filter(|(placed, _)| matches!(placed, Placed::Group(of) if of == group))
            .map(|(_, problem)| problem.message.as_str())
            .collect()
    }
}

/// A question the editor is asking before it does something that cannot be taken back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirm {
    /// Saving a file the checks found problems in.
    SaveAnyway,
    /// Throwing the draft away.
    Discard,
    /// Removing the site's saved words, so its posts speak the widget's own again.
    RemoveFromSite,
}

/// A line telling the blogger what just happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    /// A failure rather than news.
    pub problem: bool,
}

/// The whole editor. Cloning it clones no file: those are shared until an edit changes one.
#[derive(Debug, Clone)]
pub struct EditorState {
    pub shipped: Rc<Vec<Shipped>>,
    pub draft: Rc<Draft>,
    pub undo: Vec<Edit>,
    pub redo: Vec<Edit>,
    /// Counts every change to the draft; the checks, storage and preview follow it.
    pub revision: u32,
    pub checked: Rc<Checked>,
    /// The text the blogger is on, which the preview shows.
    pub current: Option<usize>,
    pub query: String,
    /// The groups open in the form, by their ids.
    pub open: Vec<String>,
    /// In translate mode, the language shown beside each text.
    pub translate: Option<String>,
    /// What bringing the file up to date did, until the blogger closes it.
    pub update: Option<Rc<Update>>,
    pub confirm: Option<Confirm>,
    pub notice: Option<Notice>,
    /// The field to move focus to after this change.
    pub focus: Option<usize>,
    /// The preview could not show the current text: no reader the content allows sees it.
    pub unseen: bool,
}

/// Everything the blogger (or a finished task) can do to the editor.
#[derive(Debug)]
pub enum EditorAction {
    Edit {
        index: usize,
        text: String,
        now: f64,
    },
    Undo,
    Redo,
    /// The blogger is on this text: the preview shows it.
    Current(usize),
    Search(String),
    Toggle(String),
    /// Opens the group of a text and moves focus to it.
    Reveal(usize),
    Checked(Checked),
    /// A file to edit, and what bringing it up to date did (nothing worth telling: `None`).
    Open(Box<Draft>, Option<Update>),
    Translate(Option<String>),
    Ask(Confirm),
    Cancel,
    /// Saved: what happened, and where the draft now lives when that changed (the site).
    Saved(String, Option<Origin>),
    CloseUpdate,
    Notify(Notice),
    /// The preview shows text `current`, or no reader sees it (`seen` false).
    Previewed {
        current: Option<usize>,
        seen: bool,
    },
}

/// Two states are the same when they share their files (by address: a change to a file is a
/// new one) and agree on the rest, so comparing them never walks a file.
impl PartialEq for EditorState {
    fn eq(&self, other: &Self) -> bool {
        let same_update = match (&self.update, &other.update) {
            (Some(one), Some(other)) => Rc::ptr_eq(one, other),
            (one, other) => one.is_none() && other.is_none(),
        };
        Rc::ptr_eq(&self.shipped, &other.shipped)
            && Rc::ptr_eq(&self.draft, &other.draft)
            && Rc::ptr_eq(&self.checked, &other.checked)
            && same_update
            && self.undo.len() == other.undo.len()
            && self.redo.len() == other.redo.len()
            && self.revision == other.revision
            && self.current == other.current
            && self.query == other.query
            && self.open == other.open
            && self.translate == other.translate
            && self.confirm == other.confirm
            && self.notice == other.notice
            && self.focus == other.focus
            && self.unseen == other.unseen
    }
}

impl EditorState {
    pub fn new(shipped: Rc<Vec<Shipped>>, draft: Draft, update: Option<Update>) -> Self {
        Self {
            shipped,
            draft: Rc::new(draft),
            undo: Vec::new(),
            redo: Vec::new(),
            revision: 0,
            checked: Rc::default(),
            current: None,
            query: String::new(),
            open: Vec::new(),
            translate: None,
            update: update.map(Rc::new),
            confirm: None,
            notice: None,
            focus: None,
            unseen: false,
        }
    }

    /// The shipped file in the draft's language, if the widget ships it.
    pub fn shipped_file(&self) -> Option<&Shipped> {
        self.shipped
            .iter()
            .find(|file| file.lang == self.draft.lang)
    }

    /// The shipped file in `lang`.
    pub fn shipped_in(&self, lang: &str) -> Option<&Shipped> {
        self.shipped.iter().find(|file| file.lang == lang)
    }

    /// Whether the checks have seen the draft as it is now.
    pub fn checks_current(&self) -> bool {
        self.checked.revision == self.revision
    }

    fn with(self: Rc<Self>) -> Self {
        let this = Rc::unwrap_or_clone(self);
        Self {
            focus: None,
            ..this
        }
    }

    /// Writes `text` at entry `index`; the text it replaces goes to `stack`.
    fn write(&mut self, index: usize, text: String) -> Option<String> {
        let draft = Rc::make_mut(&mut self.draft);
        let entry = draft.entries.get(index)?;
        if entry.text == text || !write_text(&mut draft.json, entry, &text) {
            return None;
        }
        let before = std::mem::replace(&mut draft.entries[index].text, text);
        draft.saved = false;
        self.revision += 1;
        self.current = Some(index);
        self.confirm = None;
        Some(before)
    }

    fn reveal(&mut self, index: usize) {
        if let Some(entry) = self.draft.entries.get(index) {
            let id = entry.group.id();
            if !self.open.contains(&id) {
                self.open.push(id);
            }
            self.current = Some(index);
            self.focus = Some(index);
        }
    }
}

/// Edits to one text this close together (milliseconds) undo as one.
const TYPING_BURST: f64 = 1500.0;

impl Reducible for EditorState {
    type Action = EditorAction;

    fn reduce(self: Rc<Self>, action: EditorAction) -> Rc<Self> {
        let mut next = self.with();
        match action {
            EditorAction::Edit { index, text, now } => {
                let Some(before) = next.write(index, text) else {
                    return Rc::new(next);
                };
                next.redo.clear();
                match next.undo.last_mut() {
                    Some(last) if last.index == index && now - last.at < TYPING_BURST => {
                        last.at = now;
                    }
                    _ => next.undo.push(Edit {
                        index,
                        text: before,
                        at: now,
                    }),
                }
                next.notice = None;
            }
            EditorAction::Undo | EditorAction::Redo => {
                let undoing = matches!(action, EditorAction::Undo);
                let edit = if undoing {
                    next.undo.pop()
                } else {
                    next.redo.pop()
                };
                let Some(edit) = edit else {
                    return Rc::new(next);
                };
                if let Some(before) = next.write(edit.index, edit.text) {
                    // Undone, an edit can be redone, and the other way round, at once.
                    let back = Edit {
                        index: edit.index,
                        text: before,
                        at: f64::NEG_INFINITY,
                    };
                    match undoing {
                        true => next.redo.push(back),
                        false => next.undo.push(back),
                    }
                }
                next.reveal(edit.index);
                let what = if undoing { "Undone" } else { "Redone" };
                let label =
                    (next.draft.entries.get(edit.index)).map_or(String::new(), |e| e.label.clone());
                next.notice = Some(Notice {
                    text: format!("{what}: {label}."),
                    problem: false,
                });
            }
            EditorAction::Current(index) => next.current = Some(index),
            EditorAction::Search(query) => next.query = query,
            EditorAction::Toggle(id) => match next.open.iter().position(|open| *open == id) {
                Some(at) => {
                    next.open.remove(at);
                }
                None => next.open.push(id),
            },
            EditorAction::Reveal(index) => {
                // A search that hides the text would hide where focus goes.
                next.query.clear();
                next.reveal(index);
            }
            EditorAction::Checked(checked) => {
                if checked.revision == next.revision {
                    next.checked = Rc::new(checked);
                }
            }
            EditorAction::Open(draft, update) => {
                next.draft = Rc::new(*draft);
                next.undo.clear();
                next.redo.clear();
                next.revision += 1;
                next.current = None;
                next.update = update.map(Rc::new);
                next.confirm = None;
                next.open.clear();
                if next.translate.as_deref() == Some(next.draft.lang.as_str()) {
                    next.translate = None;
                }
            }
            EditorAction::Translate(source) => next.translate = source,
            EditorAction::Ask(confirm) => next.confirm = Some(confirm),
            EditorAction::Cancel => next.confirm = None,
            EditorAction::Saved(how, origin) => {
                let draft = Rc::make_mut(&mut next.draft);
                draft.saved = true;
                if let Some(origin) = origin {
                    draft.origin = origin;
                }
                next.confirm = None;
                next.notice = Some(Notice {
                    text: how,
                    problem: false,
                });
            }
            EditorAction::CloseUpdate => next.update = None,
            EditorAction::Notify(notice) => next.notice = Some(notice),
            EditorAction::Previewed { current, seen } => {
                if current == next.current {
                    next.unseen = !seen;
                }
            }
        }
        Rc::new(next)
    }
}
