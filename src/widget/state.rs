//! The widget's state as the root holds it: one visit's session, what the results' actions are
//! doing, and where focus goes after an action, so no action ever leaves focus on the page.

use std::rc::Rc;

use gut_skin_check::flow::Screen;
use gut_skin_check::session::{Milestone, Now, Session, SessionAction, WeekAction};
use yew::Reducible;

/// Where copying the share link got to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Copying {
    #[default]
    NotYet,
    Copied,
    Refused,
}

/// What the actions under the results are doing; it belongs to the results on screen and is
/// cleared whenever the reader leaves them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ActionsState {
    pub copying: Copying,
    /// "Delete my data" was pressed and awaits a yes or no.
    pub confirming: bool,
}

/// What the reader does that only concerns the results' actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionsMsg {
    /// Open (true) or close the "delete everything?" confirmation.
    ConfirmDelete(bool),
    Copied(Copying),
}

/// Where focus goes after an action whose button may have gone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FocusTarget {
    /// The heading of the screen now shown (the doctor card's, on results that have one).
    Heading,
    /// The message about what just happened ("Everything … has been deleted.").
    Notice,
    /// "Delete my data", after the confirmation closes without deleting.
    DeleteButton,
    /// The confirmation, named by its question, when it opens.
    Confirmation,
    /// The box for typing a plant, after the reader added one with it.
    PlantInput,
}

impl FocusTarget {
    /// The element to focus, inside the widget.
    pub fn selector(self) -> &'static str {
        match self {
            // The widget's own title is the only h1, so the first h2 is the screen's heading.
            Self::Heading => "h2",
            Self::Notice => ".gsc-notice [tabindex]",
            Self::DeleteButton => "#gsc-delete",
            Self::Confirmation => "#gsc-confirm",
            Self::PlantInput => "#gsc-plant-name",
        }
    }
}

/// Something that changes the widget's state; the moment travels with session actions so that
/// reducing stays free of the clock and of randomness.
#[derive(Debug, Clone, PartialEq)]
pub enum WidgetAction {
    Session(SessionAction, Now),
    Actions(ActionsMsg),
    /// The reader typed a plant, which counts under this key.
    AddedPlant(String, Now),
}

/// The root's state.
#[derive(Debug, Clone, PartialEq)]
pub struct WidgetState {
    pub session: Session<'static>,
    pub actions: ActionsState,
    /// Where focus goes after the last action, if it moves.
    pub focus: Option<FocusTarget>,
    /// Counts the moves of focus, so that moving to the same place again is a change too; 0
    /// until the reader first acts, so the widget never takes focus as a page loads.
    pub focus_moves: u32,
    /// The last milestone the page should hear about, counted as `focus` is, so each is told
    /// once.
    pub milestone: Option<Milestone>,
    pub milestones: u32,
    /// Whether the question on screen is in another part of the check than the screen before
    /// it, so that its heading says which part it is.
    pub new_section: bool,
    /// Counts the times the week's days and plant lists must be written anew: another week, a
    /// plant typed in, another copy's changes. The reader's own ticks leave them be.
    pub week_view: u32,
}

impl WidgetState {
    pub fn new(session: Session<'static>) -> Self {
        Self {
            session,
            actions: ActionsState::default(),
            focus: None,
            focus_moves: 0,
            milestone: None,
            milestones: 0,
            new_section: true,
            week_view: 0,
        }
    }

    fn focusing(mut self, target: Option<FocusTarget>) -> Self {
        if target.is_some() {
            self.focus = target;
            self.focus_moves += 1;
        }
        self
    }
}

impl Reducible for WidgetState {
    type Action = WidgetAction;

    fn reduce(self: Rc<Self>, action: WidgetAction) -> Rc<Self> {
        let mut next = (*self).clone();
        let target = match action {
            WidgetAction::Session(action, now) => {
                next.session = self.session.apply(action.clone(), now);
                if let Some(milestone) = self.session.milestone(&action, &next.session) {
                    next.milestone = Some(milestone);
                    next.milestones += 1;
                }
                let left = next.session.flow.screen != self.session.flow.screen
                    || next.session.shared != self.session.shared
                    || next.session.week_open != self.session.week_open
                    || next.session.welcome_back != self.session.welcome_back;
                if next.session.flow.screen != self.session.flow.screen {
                    let section = |session: &Session<'static>| {
                        session.flow.question().map(|q| q.section.as_str())
                    };
                    next.new_section = section(&next.session) != section(&self.session);
                }
                // Another copy's change to the week (not this copy's own write, which every
                // copy on the page hears of, this one too), or another week.
                let theirs = matches!(action, SessionAction::StorageChanged(_))
                    && next.session.tracker() != self.session.tracker();
                if theirs || action == SessionAction::Week(WeekAction::Start) {
                    next.week_view += 1;
                }
                if left || action == SessionAction::DeleteData {
                    next.actions = ActionsState::default();
                }
                match action {
                    SessionAction::SaveShared | SessionAction::DeleteData => {
                        Some(FocusTarget::Notice)
                    }
                    SessionAction::DismissNotices => Some(FocusTarget::Heading),
                    // Another week: its screen is written anew.
                    SessionAction::Week(WeekAction::Start) => Some(FocusTarget::Heading),
                    _ if left => Some(FocusTarget::Heading),
                    _ => None,
                }
            }
            WidgetAction::Actions(ActionsMsg::ConfirmDelete(open)) => {
                next.actions.confirming = open;
                Some(if open {
                    FocusTarget::Confirmation
                } else {
                    FocusTarget::DeleteButton
                })
            }
            WidgetAction::AddedPlant(key, now) => {
                let added = SessionAction::Week(WeekAction::Plant { key, eaten: true });
                next.session = self.session.apply(added, now);
                next.week_view += 1;
                // The list it joins is written anew, the box with it.
                Some(FocusTarget::PlantInput)
            }
            // A copy that finishes after the reader left the results says nothing.
            WidgetAction::Actions(ActionsMsg::Copied(copying)) => {
                if self.session.flow.screen == Screen::Results {
                    next.actions.copying = copying;
                }
                None
            }
        };
        Rc::new(next.focusing(target))
    }
}
