//! One visit to the widget: the assessment on screen, what is kept on the device, results
//! opened from a share link, and the messages the reader should see about them.

use crate::changes::{changes_since, Change};
use crate::content::Content;
use crate::day::Day;
use crate::flow::{Action, Flow, Screen};
use crate::saved::{load, Loaded, PastResult, Saved, SavedProblem, SavedProgress, Step};
use crate::share_code::{code_in_fragment, decode, ShareError};

/// The device's storage could not be used at all (blocked, or throwing on access).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StorageUnavailable;

/// Something the reader is told once, above the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    Saved(SavedProblem),
    Share(ShareError),
    StorageUnavailable,
    Deleted,
    SharedSaved,
}

impl Notice {
    pub fn message(&self) -> &'static str {
        match self {
            Self::Saved(problem) => problem.message(),
            Self::Share(error) => error.message(),
            Self::StorageUnavailable => {
                "This browser is not letting the check save anything, so your answers will be gone when you close the page. Everything else works."
            }
            Self::Deleted => "Everything this check saved on this device has been deleted.",
            Self::SharedSaved => "These results are now in your history on this device.",
        }
    }

    /// Problems are announced at once; confirmations politely.
    pub fn is_problem(&self) -> bool {
        !matches!(self, Self::Deleted | Self::SharedSaved)
    }
}

/// Something the reader does beyond answering questions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionAction {
    Flow(Action),
    /// Keep results opened from a share link in this device's history.
    SaveShared,
    /// Leave shared results for the reader's own assessment.
    LeaveShared,
    /// After the reader confirmed: forget everything kept on the device.
    DeleteData,
    /// Writing to the device's storage failed (full, or blocked).
    StorageFailed,
    DismissNotices,
}

impl From<Action> for SessionAction {
    fn from(action: Action) -> Self {
        Self::Flow(action)
    }
}

/// The state of one visit.
#[derive(Debug, Clone, PartialEq)]
pub struct Session<'c> {
    pub flow: Flow<'c>,
    pub saved: Saved,
    /// The results on screen came from a share link: shown, but kept only if the reader asks.
    pub shared: bool,
    pub notices: Vec<Notice>,
    /// The newest past result was added during this visit, so editing answers replaces it
    /// rather than adding another.
    recorded: bool,
}

impl<'c> Session<'c> {
    /// Starts from what the device kept and the page's URL fragment (a share link, perhaps).
    /// Whatever is wrong with either becomes a notice; whatever is sound is kept.
    pub fn open(
        content: &'c Content,
        stored: Result<Option<&str>, StorageUnavailable>,
        fragment: &str,
    ) -> Self {
        let mut notices = Vec::new();
        let Loaded { saved, problem } = match stored {
            Ok(text) => load(content, text),
            Err(StorageUnavailable) => {
                notices.push(Notice::StorageUnavailable);
                Loaded::default()
            }
        };
        notices.extend(problem.map(Notice::Saved));
        let mut session = Self {
            flow: own_flow(content, &saved),
            saved,
            shared: false,
            notices,
            recorded: false,
        };
        if let Some(code) = code_in_fragment(fragment) {
            match decode(content, code) {
                // A link with unfinished answers has no results to show.
                Ok(answers) if !content.is_complete(&answers) => {
                    session.notices.push(Notice::Share(ShareError::Invalid));
                }
                Ok(answers) => {
                    session.flow = Flow::new(content);
                    session.flow.answers = answers;
                    session.flow.screen = Screen::Results;
                    session.shared = true;
                }
                Err(error) => session.notices.push(Notice::Share(error)),
            }
        }
        session
    }

    pub fn content(&self) -> &'c Content {
        self.flow.content()
    }

    /// The state after the reader's action. Reaching the results adds them to the history
    /// (on `today`); shared results ignore the assessment's own actions.
    pub fn apply(&self, action: SessionAction, today: Day) -> Self {
        let content = self.content();
        let mut next = self.clone();
        match action {
            SessionAction::Flow(_) if self.shared => {}
            SessionAction::Flow(action) => {
                let starts_again = action == Action::StartAgain;
                next.flow = self.flow.apply(action);
                if starts_again {
                    next.recorded = false;
                }
                if next.flow.screen == Screen::Results && self.flow.screen != Screen::Results {
                    if next.recorded {
                        next.saved.history.remove(0);
                    }
                    next.saved.record(content, today, &next.flow.answers);
                    next.recorded = true;
                }
                next.saved.progress = Some(SavedProgress::of(&next.flow));
            }
            SessionAction::SaveShared if self.shared => {
                next.saved.record(content, today, &self.flow.answers);
                next.saved.progress = Some(SavedProgress::of(&self.flow));
                next.shared = false;
                next.recorded = true;
                next.notices = vec![Notice::SharedSaved];
            }
            SessionAction::LeaveShared if self.shared => {
                next.flow = own_flow(content, &self.saved);
                next.shared = false;
                next.notices.clear();
            }
            SessionAction::SaveShared | SessionAction::LeaveShared => {}
            SessionAction::DeleteData => {
                next = Self {
                    flow: Flow::new(content),
                    saved: Saved::default(),
                    shared: false,
                    notices: vec![Notice::Deleted],
                    recorded: false,
                };
            }
            SessionAction::StorageFailed => {
                if !self.notices.contains(&Notice::StorageUnavailable) {
                    next.notices.push(Notice::StorageUnavailable);
                }
            }
            SessionAction::DismissNotices => next.notices.clear(),
        }
        next
    }

    /// The text to keep on the device now, or `None` when there is nothing worth keeping
    /// (the stored key is then removed).
    pub fn to_store(&self) -> Option<String> {
        let untouched = self
            .saved
            .progress
            .as_ref()
            .is_none_or(|p| p.step == Step::Intro && p.answers.iter().next().is_none());
        if untouched && self.saved.history.is_empty() {
            None
        } else {
            Some(self.saved.to_json())
        }
    }

    /// The reader's past results, newest first, without the one on screen.
    pub fn past_results(&self) -> &[PastResult] {
        let history = &self.saved.history;
        if self.shared || self.flow.screen != Screen::Results {
            return history;
        }
        let on_screen = self.content().effective_answers(&self.flow.answers);
        match history.first() {
            Some(newest) if self.recorded || newest.answers == on_screen => &history[1..],
            _ => history,
        }
    }

    /// Every score of the results on screen against the reader's last result before them.
    pub fn changes(&self) -> Option<(Day, Vec<Change<'c>>)> {
        if self.shared || self.flow.screen != Screen::Results {
            return None;
        }
        let last = self.past_results().first()?;
        Some((
            last.on,
            changes_since(self.content(), &last.answers, &self.flow.answers),
        ))
    }
}

/// The reader's own assessment, where they left it.
fn own_flow<'c>(content: &'c Content, saved: &Saved) -> Flow<'c> {
    saved
        .progress
        .as_ref()
        .map_or_else(|| Flow::new(content), |progress| progress.resume(content))
}
