//! One visit to the widget: the assessment on screen, what is kept on the device, results
//! opened from a share link, and the messages the reader should see about them.

use crate::changes::{Change, Earlier};
use crate::content::Content;
use crate::day::Day;
use crate::flow::{Action, Flow, Screen};
use crate::interface::Ui;
use crate::saved::{
    load, Loaded, PastResult, Saved, SavedProblem, SavedProgress, Stored, StoredSaved,
};
use crate::share_code::{code_in_fragment, decode, ShareError};
use crate::warning_signs::warning_signs;
use crate::week::Tracker;

/// How long after a result the reader is offered the check again, in days.
pub const RETAKE_AFTER_DAYS: i32 = 28;

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
    /// The interface text the reader is told.
    pub fn message(&self) -> Ui {
        match self {
            Self::Saved(problem) => problem.message(),
            Self::Share(error) => error.message(),
            Self::StorageUnavailable => Ui::NoticeStorageUnavailable,
            Self::Deleted => Ui::NoticeDeleted,
            Self::SharedSaved => Ui::NoticeSharedSaved,
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
    /// This visit wrote its changes, or found nothing to write; storage now holds this.
    Kept(Saved),
    /// Another copy of the widget (another tab, another element on the page, a frame) changed
    /// what the device keeps; this is what it holds now.
    StorageChanged(Stored),
    DismissNotices,
    Week(WeekAction),
}

/// What the reader does with their week.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WeekAction {
    /// Start a week today (the first, or the next once the last is over), and open it.
    Start,
    /// Open the week in place of the results.
    Open,
    /// Back to the results.
    Close,
    /// Tick the week's day (0 to 6) off, or untick it.
    Tick { day: u8, done: bool },
    /// A plant eaten this week, or not, by its key: a listed plant's id, or for one the reader
    /// typed, what [`crate::week::typed_plant_key`] makes of it (the results module, which has
    /// the plant list, finds which).
    Plant { key: String, eaten: bool },
}

/// When an action happens: the reader's day, and a random number to name a result recorded
/// now, which the view draws so the domain stays free of clocks and randomness.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Now {
    pub today: Day,
    pub token: u32,
    /// Seconds since 1970, which order changes to the week made in different copies.
    pub at: u32,
}

/// What to do to the device's storage to keep this visit's changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageWrite {
    /// Storage already holds it.
    Keep,
    /// Nothing is worth keeping: remove the key.
    Remove,
    /// Write this, in the current schema.
    Put(StoredSaved),
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
    /// What storage held when this visit last read or wrote it; what changed since then is
    /// this visit's to write, merged into whatever other copies wrote meanwhile.
    base: Saved,
    /// The past result this visit recorded, so editing answers replaces it rather than
    /// adding another.
    recorded: Option<u32>,
    /// The reader deleted everything; the next write removes the stored record whole.
    cleared: bool,
    /// The reader reached the results since they last started, so going back to them after
    /// changing an answer is not another completion.
    finished: bool,
    /// The week shows in place of the results.
    pub week_open: bool,
    /// The reader came back four weeks or more after their last result: the check is offered
    /// again before anything else, the day of that result given.
    pub welcome_back: Option<Day>,
}

/// What the page that embeds the widget is told, for its own counting; never an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Milestone {
    /// The reader started the check.
    Started,
    /// The reader's results are showing. The ids of their top three focus areas, which the
    /// page hears too, come with the results' text from the results module, which scores them:
    /// the widget's first load carries no scoring.
    Completed {
        /// Whether the "see a doctor" card showed.
        doctor_card: bool,
    },
    /// A week the reader ticked off is over.
    WeekDone {
        /// How many of its seven days were ticked off.
        days: usize,
        /// How many different plants were counted; never which.
        plants: usize,
    },
}

impl<'c> Session<'c> {
    /// Starts from what the device kept and the page's URL fragment (a share link, perhaps).
    /// Whatever is wrong with either becomes a notice; whatever is sound is kept.
    pub fn open(
        content: &'c Content,
        stored: Result<&Stored, StorageUnavailable>,
        fragment: &str,
        today: Day,
    ) -> Self {
        let mut notices = Vec::new();
        let Loaded { saved, problem } = match stored {
            Ok(stored) => load(content, stored),
            Err(StorageUnavailable) => {
                notices.push(Notice::StorageUnavailable);
                Loaded::default()
            }
        };
        notices.extend(problem.map(Notice::Saved));
        let flow = own_flow(content, &saved);
        let mut session = Self {
            finished: flow.screen == Screen::Results,
            flow,
            base: saved.clone(),
            saved,
            shared: false,
            notices,
            recorded: None,
            cleared: false,
            week_open: false,
            welcome_back: None,
        };
        if session.finished {
            let last = session.saved.latest().map(|result| result.on);
            session.welcome_back = last.filter(|&on| today.since(on) >= RETAKE_AFTER_DAYS);
            let week = session.saved.tracker.current();
            session.week_open = session.welcome_back.is_none()
                && week.is_some_and(|week| !week.is_over(today) || !week.told);
        }
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
                    session.week_open = false;
                    session.welcome_back = None;
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
    /// (on `now.today`, named `now.token`); shared results ignore the assessment's own actions.
    pub fn apply(&self, action: SessionAction, now: Now) -> Self {
        let content = self.content();
        let mut next = self.clone();
        if !matches!(
            action,
            SessionAction::Kept(_)
                | SessionAction::StorageChanged(_)
                | SessionAction::StorageFailed
        ) {
            next.welcome_back = None;
        }
        match action {
            SessionAction::Flow(_) if self.shared => {}
            SessionAction::Flow(action) => {
                let starts_again = action == Action::StartAgain;
                let starts = action == Action::Start;
                next.flow = self.flow.apply(action);
                if starts_again {
                    next.recorded = None;
                }
                if starts {
                    next.finished = false;
                }
                if next.flow.screen == Screen::Results && self.flow.screen != Screen::Results {
                    next.finished = true;
                    if let Some(id) = next.recorded {
                        next.saved.history.retain(|result| result.id != id);
                    }
                    next.recorded = next
                        .saved
                        .record(content, now.today, now.token, &next.flow.answers)
                        .then_some(now.token)
                        .or_else(|| next.saved.latest().map(|result| result.id));
                }
                next.saved.progress = Some(SavedProgress::of(&next.flow));
            }
            SessionAction::SaveShared if self.shared => {
                next.saved
                    .record(content, now.today, now.token, &self.flow.answers);
                next.saved.progress = Some(SavedProgress::of(&self.flow));
                next.shared = false;
                next.recorded = next.saved.latest().map(|result| result.id);
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
                    cleared: true,
                    base: self.base.clone(),
                    ..Self::fresh(content, Notice::Deleted)
                };
            }
            SessionAction::Kept(saved) => next.follow(saved),
            SessionAction::StorageChanged(stored) => next.follow(load(content, &stored).saved),
            SessionAction::StorageFailed => {
                if !self.notices.contains(&Notice::StorageUnavailable) {
                    next.notices.push(Notice::StorageUnavailable);
                }
            }
            SessionAction::DismissNotices => next.notices.clear(),
            SessionAction::Week(action) => next.apply_week(action, now),
        }
        if next.flow.screen != Screen::Results || next.shared {
            next.week_open = false;
        }
        next
    }

    /// The week after the reader's `action`: only the reader's own results have a week.
    fn apply_week(&mut self, action: WeekAction, now: Now) {
        if self.shared || self.flow.screen != Screen::Results {
            return;
        }
        let tracker = &mut self.saved.tracker;
        match action {
            WeekAction::Start => {
                tracker.start_week(now.today);
                self.week_open = true;
            }
            WeekAction::Open => self.week_open = tracker.current().is_some(),
            WeekAction::Close => self.week_open = false,
            WeekAction::Tick { day, done } => {
                let today = now.today;
                if let Some(week) = tracker.current_mut() {
                    // A day still to come cannot be done yet.
                    if i32::from(day) <= today.since(week.from) {
                        week.tick(day, done, now.at);
                    }
                }
            }
            WeekAction::Plant { key, eaten } => {
                if let Some(week) = tracker.current_mut() {
                    week.set_plant(&key, eaten, now.at);
                }
            }
        }
        // The first thing the reader does with a week that is over tells the page it is.
        if let Some(week) = tracker.current_mut() {
            week.told |= week.is_over(now.today);
        }
    }

    /// The week on show, if any.
    pub fn week(&self) -> Option<&crate::week::Week> {
        self.week_open
            .then(|| self.saved.tracker.current())
            .flatten()
    }

    /// The reader's weeks.
    pub fn tracker(&self) -> &Tracker {
        &self.saved.tracker
    }

    /// A visit with nothing kept, on the intro, telling the reader `notice`.
    fn fresh(content: &'c Content, notice: Notice) -> Self {
        Self {
            flow: Flow::new(content),
            saved: Saved::default(),
            shared: false,
            notices: vec![notice],
            base: Saved::default(),
            recorded: None,
            cleared: false,
            finished: false,
            week_open: false,
            welcome_back: None,
        }
    }

    /// What the embedding page should hear about the reader's `action`, which led from this
    /// state to `next`: starting the check, or reaching the results for the first time since.
    pub fn milestone(&self, action: &SessionAction, next: &Self) -> Option<Milestone> {
        if let SessionAction::Week(_) = action {
            let was_told = self
                .saved
                .tracker
                .current()
                .map(|week| (week.from, week.told));
            let week = next.saved.tracker.current().filter(|week| week.told)?;
            if was_told == Some((week.from, true)) {
                return None;
            }
            return Some(Milestone::WeekDone {
                days: week.days_done(),
                plants: week.plants_eaten().len(),
            });
        }
        let SessionAction::Flow(action) = action else {
            return None;
        };
        if self.shared {
            return None;
        }
        let left_intro = self.flow.screen == Screen::Intro && next.flow.screen != Screen::Intro;
        if *action == Action::Start && left_intro {
            return Some(Milestone::Started);
        }
        let reached_results =
            self.flow.screen != Screen::Results && next.flow.screen == Screen::Results;
        let answers = &next.flow.answers;
        if reached_results && !self.finished && self.content().is_complete(answers) {
            return Some(Milestone::Completed {
                doctor_card: !warning_signs(self.content(), answers).is_empty(),
            });
        }
        None
    }

    /// What to write so the device keeps this visit's changes, given what it holds now
    /// (`stored`, read just before): those changes merged into whatever other copies wrote
    /// since this one last read or wrote, or the record removed whole after "Delete my data".
    /// Also what storage holds once that is done, for [`SessionAction::Kept`].
    pub fn storage_write(&self, stored: &Stored) -> (StorageWrite, Saved) {
        let remove = || {
            let write = match stored {
                Stored::Nothing => StorageWrite::Keep,
                _ => StorageWrite::Remove,
            };
            (write, Saved::default())
        };
        if self.cleared {
            return remove();
        }
        let Loaded {
            saved: stored_saved,
            problem,
        } = load(self.content(), stored);
        if self.deleted_elsewhere(&stored_saved) {
            // A delete anywhere holds everywhere: this visit forgets rather than writes back.
            return (StorageWrite::Keep, stored_saved);
        }
        let merged = self.saved.merged(&self.base, &stored_saved);
        if merged.holds_nothing() {
            return remove();
        }
        // Storage that already says the same, soundly, is left as it is, in whatever schema.
        let write = if problem.is_none() && merged == stored_saved {
            StorageWrite::Keep
        } else {
            StorageWrite::Put(merged.stored())
        };
        (write, merged)
    }

    /// Follows what storage holds now (`stored`), after this visit wrote it or another copy
    /// did: past results another copy added or removed, and the assessment saved last. When the
    /// record this visit had read is gone and this visit did not delete it, the reader deleted
    /// everything in another copy, and this visit forgets it too (shared results on screen stay).
    fn follow(&mut self, stored: Saved) {
        let content = self.content();
        if self.deleted_elsewhere(&stored) {
            let shared = self.shared.then(|| self.flow.clone());
            *self = Self::fresh(content, Notice::Deleted);
            if let Some(flow) = shared {
                self.flow = flow;
                self.shared = true;
            }
            return;
        }
        self.cleared = false;
        self.saved = stored.clone();
        self.base = stored;
    }

    /// Whether the record this visit read is gone from storage without this visit deleting it.
    /// A visit that holds nothing worth keeping removes the record itself (back on the intro
    /// before any answer), and that is no delete.
    fn deleted_elsewhere(&self, stored: &Saved) -> bool {
        *stored == Saved::default()
            && self.base != Saved::default()
            && !self.cleared
            && !self.saved.holds_nothing()
    }

    /// The reader's past results, newest first, without the one on screen.
    pub fn past_results(&self) -> Vec<&PastResult> {
        let history = &self.saved.history;
        if self.shared || self.flow.screen != Screen::Results {
            return history.iter().collect();
        }
        let on_screen = self.content().effective_answers(&self.flow.answers);
        let shown = self.recorded.or_else(|| {
            history
                .first()
                .filter(|newest| newest.answers == on_screen)
                .map(|newest| newest.id)
        });
        history
            .iter()
            .filter(|result| Some(result.id) != shown)
            .collect()
    }

    /// What the results on screen stand beside, for the results module.
    pub fn earlier(&self) -> Earlier {
        Earlier {
            shared: self.shared,
            past: self.past_results().into_iter().cloned().collect(),
        }
    }

    /// Every score of the results on screen against the reader's last result before them, as
    /// the results module finds it from [`Session::earlier`].
    pub fn changes(&self) -> Option<(Day, Vec<Change<'c>>)> {
        if self.flow.screen != Screen::Results {
            return None;
        }
        self.earlier().changes(self.content(), &self.flow.answers)
    }
}

/// The reader's own assessment, where they left it.
fn own_flow<'c>(content: &'c Content, saved: &Saved) -> Flow<'c> {
    saved
        .progress
        .as_ref()
        .map_or_else(|| Flow::new(content), |progress| progress.resume(content))
}
