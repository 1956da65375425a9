//! One visit: resuming, recording results in the history, shared results, deleting everything,
//! the notices for bad stored data, bad share links and storage that cannot be used; and several
//! visits on one device at once (tabs, copies on a page, frames), whose writes merge.

mod support;

use std::cell::Cell;

use gut_skin_check::answers::Answers;
use gut_skin_check::changes::Earlier;
use gut_skin_check::day::Day;
use gut_skin_check::flow::{Action, Flow, Screen};
use gut_skin_check::saved::{load, PastResult, Saved, SavedProblem, SavedProgress, Stored};
use gut_skin_check::session::{
    Milestone, Notice, Now, Session, SessionAction, StorageUnavailable, StorageWrite, WeekAction,
};
use gut_skin_check::share_code::{share_fragment, ShareError};
use support::{baseline, content, mixed, without};

fn day(year: u16, month: u8, date: u8) -> Day {
    Day::new(year, month, date).expect("a real date")
}

fn today() -> Day {
    day(2026, 11, 25)
}

thread_local! {
    static TOKENS: Cell<u32> = const { Cell::new(1) };
}

/// A moment on `on`, with a fresh token, as the widget draws one for each action.
fn at(on: Day) -> Now {
    Now {
        today: on,
        token: TOKENS.with(|t| t.replace(t.get() + 1)),
        // Later for every action, as the clock is.
        at: 1_700_000_000 + TOKENS.with(Cell::get),
    }
}

/// One device's storage, used as the widget uses it: after each action a visit writes its
/// changes merged into what the device holds, then follows what the device holds.
#[derive(Debug, Default, Clone)]
struct Device {
    stored: Option<String>,
}

impl Device {
    /// What the device holds, as the widget reads it.
    fn read(&self) -> Stored {
        Stored::from_text(self.stored.as_deref())
    }

    /// A visit opening on this device, with the page's URL fragment.
    fn open(&self, fragment: &str) -> Session<'static> {
        Session::open(content(), Ok(&self.read()), fragment, today())
    }

    /// Writes `session`'s changes and returns the session following what is now stored.
    fn keep(&mut self, session: &Session<'static>) -> Session<'static> {
        let (write, now_stored) = session.storage_write(&self.read());
        match write {
            StorageWrite::Keep => {}
            StorageWrite::Remove => self.stored = None,
            // Written as the browser writes it: the serde types, as JSON.
            StorageWrite::Put(stored) => {
                self.stored = Some(serde_json::to_string(&stored).expect("stored data is JSON"))
            }
        }
        assert_eq!(
            load(content(), &self.read()).saved,
            now_stored,
            "what is stored now"
        );
        session.apply(SessionAction::Kept(now_stored), at(today()))
    }

    /// `action` in `session` on `on`, kept as the widget keeps it.
    fn act(
        &mut self,
        session: &Session<'static>,
        action: SessionAction,
        on: Day,
    ) -> Session<'static> {
        self.keep(&session.apply(action, at(on)))
    }

    /// What another visit on this device is told when this one writes.
    fn tell(&self, other: &Session<'static>) -> Session<'static> {
        other.apply(SessionAction::StorageChanged(self.read()), at(today()))
    }

    /// The past results stored, newest first, by day.
    fn history(&self) -> Vec<Day> {
        let stored = load(content(), &self.read()).saved;
        stored.history.iter().map(|result| result.on).collect()
    }
}

/// A device whose reader has answered everything and stands on the last question.
fn on_last_question(answers: &Answers) -> Device {
    let mut flow = Flow::new(content());
    flow.answers = answers.clone();
    let last = *content().asked_indices(answers).last().unwrap();
    flow.screen = Screen::Question(last);
    let saved = Saved {
        progress: Some(SavedProgress::of(&flow)),
        history: Vec::new(),
        tracker: Default::default(),
    };
    Device {
        stored: Some(saved.to_json()),
    }
}

/// Opens a visit on `device` and goes on from its last question to the results, on `on`.
fn finish_new(device: &mut Device, on: Day) -> Session<'static> {
    let opened = device.open("");
    finish(device, &opened, on)
}

/// Goes on from the last question to the results, on `on`.
fn finish(device: &mut Device, session: &Session<'static>, on: Day) -> Session<'static> {
    device.act(session, SessionAction::Flow(Action::Next), on)
}

/// A reader who starts again and finishes with `answers`, on `on`.
fn retake(
    device: &mut Device,
    session: &Session<'static>,
    answers: &Answers,
    on: Day,
) -> Session<'static> {
    let mut again = device.act(session, Action::StartAgain.into(), on);
    again.flow.answers = answers.clone();
    again.flow.screen = Screen::Question(*content().asked_indices(answers).last().unwrap());
    finish(device, &again, on)
}

#[test]
fn a_first_visit_starts_at_the_intro_and_keeps_nothing() {
    let mut device = Device::default();
    let session = device.keep(&device.open(""));
    assert_eq!(session.flow.screen, Screen::Intro);
    assert!(session.notices.is_empty());
    assert_eq!(device.stored, None);
}

#[test]
fn a_reload_resumes_at_the_same_question_with_every_answer() {
    let mut device = Device::default();
    let session = device.open("");
    let session = device.act(&session, Action::Start.into(), today());
    let choose = Action::Choose {
        question: "age".into(),
        option: "25_34".into(),
    };
    let session = device.act(&session, choose.into(), today());
    let session = device.act(&session, Action::Next.into(), today());
    let diet = content().question_index("diet").unwrap();
    assert_eq!(session.flow.screen, Screen::Question(diet));

    let again = device.open("");
    assert_eq!(again.flow.screen, Screen::Question(diet));
    assert_eq!(again.flow.answers, session.flow.answers);
    assert!(again.notices.is_empty());
}

#[test]
fn reaching_the_results_adds_them_to_the_history_once() {
    let mut device = on_last_question(&mixed());
    let session = finish_new(&mut device, today());
    assert_eq!(session.flow.screen, Screen::Results);
    assert_eq!(device.history(), [today()]);
    assert!(
        session.past_results().is_empty(),
        "the result on screen is not a past one"
    );
    assert_eq!(session.changes(), None, "nothing to compare with yet");

    // A reload shows the same results and adds nothing.
    let again = device.keep(&device.open(""));
    assert_eq!(again.flow.screen, Screen::Results);
    assert_eq!(device.history(), [today()]);
    assert!(again.past_results().is_empty());
}

#[test]
fn editing_answers_in_the_same_visit_replaces_that_visit_s_result() {
    let mut device = on_last_question(&mixed());
    let first = finish_new(&mut device, today());
    let mut at = device.act(&first, Action::EditAnswers.into(), today());
    assert!(matches!(at.flow.screen, Screen::Question(_)));
    at.flow.answers = mixed().with("water", "7_plus");
    for _ in 0..40 {
        if at.flow.screen == Screen::Results {
            break;
        }
        at = device.act(&at, Action::Next.into(), today());
    }
    assert_eq!(at.flow.screen, Screen::Results);
    assert_eq!(at.saved.history.len(), 1);
    assert_eq!(
        at.saved.history[0].answers.get("water").unwrap().chosen(),
        ["7_plus"]
    );
    assert_eq!(device.history(), [today()]);
}

#[test]
fn a_retake_on_a_later_visit_shows_every_score_against_the_last_result() {
    let mut device = on_last_question(&mixed());
    finish_new(&mut device, day(2026, 10, 3));
    let later = device.open("");
    let done = retake(
        &mut device,
        &later,
        &mixed().with("whole_grains", "3_plus"),
        today(),
    );

    assert_eq!(
        device.history(),
        [today(), day(2026, 10, 3)],
        "newest first"
    );
    let (since, changes) = done.changes().expect("a last result to compare with");
    assert_eq!(since, day(2026, 10, 3));
    assert_eq!(changes.len(), 8);
    assert_eq!(
        changes[5].describe(content(), since),
        "fiber habit: 73 → 45 since 3 Oct"
    );
    assert_eq!(
        changes[0].describe(content(), since),
        "inflammation: 38, unchanged since 3 Oct"
    );
    assert_eq!(done.past_results().len(), 1);

    // After a reload the comparison is the same.
    let again = device.open("");
    assert_eq!(again.changes().map(|(d, c)| (d, c.len())), Some((since, 8)));

    // The results module gets the answers and the past results as a request, and finds the
    // same comparison and the same history from it.
    let request = done.earlier().request(content(), &done.flow.answers);
    let (answers, earlier) =
        Earlier::from_request(content(), &request).expect("a request it wrote");
    assert_eq!(answers, content().effective_answers(&done.flow.answers));
    assert_eq!(earlier.changes(content(), &answers), done.changes());
    let lines = |past: &[&PastResult]| -> Vec<(Day, String)> {
        past.iter()
            .map(|result| (result.on, result.focus_line(content())))
            .collect()
    };
    assert_eq!(
        lines(&earlier.past.iter().collect::<Vec<_>>()),
        lines(&done.past_results())
    );
    assert!(!earlier.shared);
}

#[test]
fn a_share_link_shows_its_results_marked_shared_and_keeps_nothing() {
    let mut device = Device::default();
    let fragment = format!("#{}", share_fragment(content(), &mixed()));
    let session = device.keep(&device.open(&fragment));
    assert!(session.shared);
    assert_eq!(session.flow.screen, Screen::Results);
    assert_eq!(session.flow.answers, content().effective_answers(&mixed()));
    assert!(session.notices.is_empty());
    assert_eq!(device.stored, None, "nothing is added to this device");
    assert_eq!(session.changes(), None);
    let request = session.earlier().request(content(), &session.flow.answers);
    let (_, earlier) = Earlier::from_request(content(), &request).expect("a request it wrote");
    assert!(earlier.shared, "shared results are compared with nothing");
    assert_eq!(earlier.changes(content(), &session.flow.answers), None);
}

#[test]
fn a_share_link_leaves_the_reader_s_own_data_alone_until_they_save_it() {
    let mut device = on_last_question(&baseline());
    let own = finish_new(&mut device, day(2026, 10, 3));
    let stored = device.stored.clone();
    let fragment = share_fragment(content(), &mixed());
    let shared = device.keep(&device.open(&fragment));
    assert!(shared.shared);
    assert_eq!(
        device.stored, stored,
        "opening a link changes nothing stored"
    );
    // The assessment's own actions do nothing to shared results.
    let pressed = device.act(&shared, Action::StartAgain.into(), today());
    assert!(pressed.shared);
    assert_eq!(device.stored, stored);

    let back = device.act(&shared, SessionAction::LeaveShared, today());
    assert!(!back.shared);
    assert_eq!(back.flow.answers, own.flow.answers);
    assert_eq!(device.stored, stored);

    let kept = device.act(&shared, SessionAction::SaveShared, today());
    assert!(!kept.shared);
    assert_eq!(kept.notices, [Notice::SharedSaved]);
    assert_eq!(device.history(), [today(), day(2026, 10, 3)]);
    assert_eq!(
        kept.saved.history[0].answers,
        content().effective_answers(&mixed())
    );
    let (since, _) = kept
        .changes()
        .expect("compared with the reader's own result");
    assert_eq!(since, day(2026, 10, 3));
}

#[test]
fn a_bad_share_link_is_a_notice_and_the_reader_s_own_assessment_goes_on() {
    let device = on_last_question(&mixed());
    let own = device.open("");
    let code = share_fragment(content(), &mixed());
    for (fragment, error) in [
        (&code[..code.len() - 3], ShareError::Damaged),
        ("gsc=something-else", ShareError::NotOurs),
        (
            &*format!("gsc=gsc.{}", "A".repeat(600)),
            ShareError::TooLong,
        ),
    ] {
        let mut device = device.clone();
        let session = device.keep(&device.open(fragment));
        assert_eq!(session.notices, [Notice::Share(error)], "{fragment}");
        assert!(!session.shared);
        assert_eq!(session.flow.screen, own.flow.screen);
        assert_eq!(
            device.stored,
            on_last_question(&mixed()).stored,
            "nothing overwritten"
        );
    }
    // Unfinished answers have no results to show.
    let unfinished = share_fragment(content(), &without(&mixed(), "water"));
    let session = device.open(&unfinished);
    assert_eq!(session.notices, [Notice::Share(ShareError::Invalid)]);
    // A fragment that is not a share link belongs to the page and is ignored.
    assert!(device.open("#comments").notices.is_empty());
}

#[test]
fn bad_stored_data_is_a_notice_and_a_fresh_start() {
    let mut device = Device {
        stored: Some("{\"version\":3,".to_owned()),
    };
    let session = device.keep(&device.open(""));
    assert_eq!(session.notices, [Notice::Saved(SavedProblem::Unreadable)]);
    assert_eq!(session.flow.screen, Screen::Intro);
    assert_eq!(device.stored, None, "the unreadable text is cleared");
    assert_eq!(
        load(content(), &Stored::from_text(Some("{\"version\":99}"))).problem,
        Some(SavedProblem::UnknownVersion)
    );
}

#[test]
fn storage_that_cannot_be_used_is_said_once_and_the_check_still_works() {
    let session = Session::open(content(), Err(StorageUnavailable), "", today());
    assert_eq!(session.notices, [Notice::StorageUnavailable]);
    let started = session.apply(Action::Start.into(), at(today()));
    assert!(matches!(started.flow.screen, Screen::Question(_)));
    let failed = started.apply(SessionAction::StorageFailed, at(today()));
    assert_eq!(failed.notices, [Notice::StorageUnavailable], "said once");

    let full = Device::default()
        .open("")
        .apply(SessionAction::StorageFailed, at(today()));
    assert_eq!(full.notices, [Notice::StorageUnavailable]);
    let again = full.apply(SessionAction::StorageFailed, at(today()));
    assert_eq!(again.notices.len(), 1);
    assert!(again
        .apply(SessionAction::DismissNotices, at(today()))
        .notices
        .is_empty());
}

#[test]
fn deleting_forgets_everything_and_says_so() {
    let mut device = on_last_question(&mixed());
    let done = finish_new(&mut device, today());
    assert!(device.stored.is_some());
    let deleted = device.act(&done, SessionAction::DeleteData, today());
    assert_eq!(deleted.flow.screen, Screen::Intro);
    assert!(deleted.saved.history.is_empty());
    assert_eq!(device.stored, None, "the stored key is removed");
    assert_eq!(deleted.notices, [Notice::Deleted]);
    assert!(!Notice::Deleted.is_problem());
    assert!(Notice::StorageUnavailable.is_problem());
    // The next answer is kept again.
    let started = device.act(&deleted, Action::Start.into(), today());
    assert!(matches!(started.flow.screen, Screen::Question(_)));
    assert!(device.stored.is_some());
}

#[test]
fn deleting_on_a_device_that_keeps_nothing_yet_still_keeps_what_comes_next() {
    let mut device = Device::default();
    let deleted = device.act(&device.open(""), SessionAction::DeleteData, today());
    assert_eq!(device.stored, None);
    device.act(&deleted, Action::Start.into(), today());
    assert!(
        device.stored.is_some(),
        "saving works after a delete of nothing"
    );
}

#[test]
fn going_back_to_the_intro_before_any_answer_keeps_nothing_and_is_no_delete() {
    let mut device = Device::default();
    let started = device.act(&device.open(""), Action::Start.into(), today());
    assert!(device.stored.is_some(), "the step is kept");
    let back = device.act(&started, Action::Back.into(), today());
    assert_eq!(back.flow.screen, Screen::Intro);
    assert_eq!(device.stored, None, "nothing worth keeping");
    assert_eq!(back.notices, [], "the reader deleted nothing");
    // A copy elsewhere that still had the step is not told of a delete either: nothing it
    // holds was lost.
    let again = device.act(&back, Action::Start.into(), today());
    assert!(device.stored.is_some());
    assert_eq!(again.notices, []);
}

// --- What the embedding page hears ------------------------------------------------------------

#[test]
fn starting_and_reaching_the_results_are_each_told_once() {
    let mut device = Device::default();
    let opened = device.open("");
    let started = opened.apply(Action::Start.into(), at(today()));
    assert_eq!(
        opened.milestone(&Action::Start.into(), &started),
        Some(Milestone::Started)
    );
    device.keep(&started);

    // A reader who answered everything, on the last question, goes on to the results.
    let mut device = on_last_question(&mixed());
    let last = device.open("");
    let session = last.apply(Action::Next.into(), at(today()));
    let told: Vec<Milestone> = last
        .milestone(&Action::Next.into(), &session)
        .into_iter()
        .collect();
    let session = device.keep(&session);
    assert_eq!(session.flow.screen, Screen::Results);
    assert_eq!(told, [Milestone::Completed { doctor_card: false }]);

    // Back to the answers and on to the results again: no second completion.
    let editing = session.apply(Action::EditAnswers.into(), at(today()));
    let back = editing.apply(Action::ShowResults.into(), at(today()));
    assert_eq!(back.flow.screen, Screen::Results);
    assert_eq!(editing.milestone(&Action::ShowResults.into(), &back), None);
    // A visit that opens on the results has finished already.
    let reopened = device.open("");
    assert_eq!(reopened.flow.screen, Screen::Results);
    let editing = reopened.apply(Action::EditAnswers.into(), at(today()));
    let back = editing.apply(Action::ShowResults.into(), at(today()));
    assert_eq!(editing.milestone(&Action::ShowResults.into(), &back), None);
    // Starting again is a new start, and its results a new completion.
    let again = reopened.apply(Action::StartAgain.into(), at(today()));
    let restarted = again.apply(Action::Start.into(), at(today()));
    assert_eq!(
        again.milestone(&Action::Start.into(), &restarted),
        Some(Milestone::Started)
    );
}

#[test]
fn shared_results_and_changes_from_other_copies_tell_the_page_nothing() {
    let answers = mixed();
    let fragment = format!("#{}", share_fragment(content(), &answers));
    let shared = Device::default().open(&fragment);
    assert!(shared.shared);
    for action in [
        SessionAction::SaveShared,
        SessionAction::LeaveShared,
        Action::Start.into(),
    ] {
        let next = shared.apply(action.clone(), at(today()));
        assert_eq!(shared.milestone(&action, &next), None, "{action:?}");
    }
    // Another copy finishing does not make this one tell of a completion.
    let mut device = on_last_question(&answers);
    let watching = device.open("");
    finish_new(&mut device, today());
    let changed = SessionAction::StorageChanged(device.read());
    let followed = watching.apply(changed.clone(), at(today()));
    assert_eq!(watching.milestone(&changed, &followed), None);
}

// --- Several visits on one device at once ----------------------------------------------------

#[test]
fn two_visits_that_both_finish_leave_both_results() {
    let mut device = on_last_question(&mixed());
    let first = device.open("");
    let second = device.open("");
    finish(&mut device, &first, day(2026, 11, 24));
    // The second visit never heard of the first one's result, and writes after it.
    let done = finish(&mut device, &second, today());
    assert_eq!(device.history(), [today(), day(2026, 11, 24)]);
    assert_eq!(
        done.saved.history.len(),
        2,
        "the second visit now knows both"
    );
}

#[test]
fn a_visit_showing_results_learns_of_a_new_past_result_from_another() {
    let mut device = on_last_question(&mixed());
    let reading = finish_new(&mut device, day(2026, 10, 3));
    let other = device.open("");
    retake(&mut device, &other, &baseline(), today());
    let told = device.tell(&reading);
    assert_eq!(told.saved.history.len(), 2);
    assert_eq!(
        told.flow.screen,
        Screen::Results,
        "its own results stay on screen"
    );
    assert_eq!(
        told.past_results().len(),
        1,
        "the other visit's result is a past one here"
    );
}

#[test]
fn a_delete_in_one_visit_holds_in_another_however_stale() {
    let mut device = on_last_question(&mixed());
    let done = finish_new(&mut device, day(2026, 10, 3));
    let stale = device.open("");
    device.act(&done, SessionAction::DeleteData, today());
    assert_eq!(device.stored, None);

    // Told of the delete, the other visit forgets too, and says so.
    let told = device.tell(&stale);
    assert_eq!(told.flow.screen, Screen::Intro);
    assert!(told.saved.history.is_empty());
    assert_eq!(told.notices, [Notice::Deleted]);

    // Not yet told, it acts: nothing that was deleted comes back, and it forgets too.
    let acted = device.act(&stale, Action::EditAnswers.into(), today());
    assert_eq!(
        device.stored, None,
        "neither the result nor the answers come back"
    );
    assert_eq!(acted.flow.screen, Screen::Intro);
    assert_eq!(acted.notices, [Notice::Deleted]);
}

#[test]
fn editing_answers_replaces_only_this_visit_s_result_when_another_added_one() {
    let mut device = on_last_question(&mixed());
    let mine = finish_new(&mut device, today());
    let theirs = device.open("");
    retake(&mut device, &theirs, &baseline(), today());
    // This visit edits its answers and goes back to its results.
    let mut editing = device.act(&mine, Action::EditAnswers.into(), today());
    editing.flow.answers = mixed().with("water", "7_plus");
    editing = device.act(&editing, Action::ShowResults.into(), today());
    assert_eq!(editing.flow.screen, Screen::Results);
    let stored = load(content(), &device.read()).saved;
    assert_eq!(stored.history.len(), 2, "the other visit's result is kept");
    let waters: Vec<String> = stored
        .history
        .iter()
        .map(|r| r.answers.get("water").unwrap().chosen()[0].clone())
        .collect();
    assert!(waters.contains(&"7_plus".to_owned()), "{waters:?}");
    assert!(
        !waters.contains(&"3_4".to_owned()),
        "this visit's first result was replaced"
    );
}

#[test]
fn the_assessment_in_progress_is_the_last_one_written() {
    let mut device = Device::default();
    let one = device.open("");
    let two = device.open("");
    device.act(&one, Action::Start.into(), today());
    let two = device.act(&two, Action::Start.into(), today());
    let choose = Action::Choose {
        question: "age".into(),
        option: "65_plus".into(),
    };
    device.act(&two, choose.into(), today());
    let reloaded = device.open("");
    assert_eq!(
        reloaded
            .flow
            .answers
            .get("age")
            .map(|a| a.chosen()[0].clone()),
        Some("65_plus".to_owned())
    );
}

// --- Only complete, eligible answers have results ---------------------------------------------

/// A device whose saved progress says the results are on screen.
fn on_results_with(answers: &Answers) -> Device {
    let mut flow = Flow::new(content());
    flow.answers = answers.clone();
    flow.screen = Screen::Results;
    let saved = Saved {
        progress: Some(SavedProgress::of(&flow)),
        history: Vec::new(),
        tracker: Default::default(),
    };
    Device {
        stored: Some(saved.to_json()),
    }
}

#[test]
fn saved_progress_edited_to_under_16_opens_the_stop_screen_and_records_nothing() {
    let mut device = on_results_with(&mixed().with("age", "under_16"));
    let session = device.open("");
    assert_eq!(session.flow.screen, Screen::NotForYou);
    assert!(session.saved.history.is_empty());
    // Going on from the last question cannot reach the results either.
    let last = *content().asked_indices(&mixed()).last().unwrap();
    let mut on_last = session.clone();
    on_last.flow.screen = Screen::Question(last);
    let after = finish(&mut device, &on_last, today());
    assert_eq!(after.flow.screen, Screen::NotForYou);
    assert!(device.history().is_empty());
}

#[test]
fn saved_progress_with_answers_missing_resumes_at_the_first_gap_and_records_nothing() {
    let water = content().question_index("water").unwrap();
    let mut device = on_results_with(&without(&mixed(), "water"));
    let session = device.open("");
    assert_eq!(session.flow.screen, Screen::Question(water));
    let last = *content().asked_indices(&mixed()).last().unwrap();
    let mut on_last = session.clone();
    on_last.flow.screen = Screen::Question(last);
    let after = finish(&mut device, &on_last, today());
    assert_eq!(after.flow.screen, Screen::Question(water));
    assert!(device.history().is_empty());
}

#[test]
fn a_share_link_for_a_reader_under_16_or_with_answers_missing_shows_no_results() {
    for answers in [mixed().with("age", "under_16"), without(&mixed(), "water")] {
        let fragment = share_fragment(content(), &answers);
        let session = Session::open(
            content(),
            Ok(&Stored::Nothing),
            &format!("#{fragment}"),
            today(),
        );
        assert!(!session.shared);
        assert_ne!(session.flow.screen, Screen::Results);
        assert_eq!(session.notices, [Notice::Share(ShareError::Invalid)]);
        assert!(session.saved.history.is_empty());
    }
}

#[test]
fn the_history_never_records_answers_that_are_not_a_complete_assessment() {
    let mut saved = Saved::default();
    assert!(!saved.record(content(), today(), 1, &mixed().with("age", "under_16")));
    assert!(!saved.record(content(), today(), 2, &without(&mixed(), "water")));
    assert!(saved.history.is_empty());
    assert!(saved.record(content(), today(), 3, &mixed()));
    assert_eq!(saved.history.len(), 1);
}

// --- The week after the results -------------------------------------------------------------

/// `on`, at the device's `today()` when on that day.
fn open_on(device: &Device, on: Day) -> Session<'static> {
    Session::open(content(), Ok(&device.read()), "", on)
}

fn week_action(action: WeekAction) -> SessionAction {
    SessionAction::Week(action)
}

#[test]
fn a_week_started_is_kept_and_opens_first_on_return() {
    let mut device = on_last_question(&mixed());
    let results = finish_new(&mut device, today());
    assert!(!results.week_open);
    let week = device.act(&results, week_action(WeekAction::Start), today());
    assert!(week.week_open);
    assert_eq!(week.week().map(|w| w.from), Some(today()));
    // A day still to come cannot be ticked; today can.
    let ticked = device.act(
        &week,
        week_action(WeekAction::Tick { day: 2, done: true }),
        today(),
    );
    assert_eq!(ticked.week().map(|w| w.days_done()), Some(0));
    let ticked = device.act(
        &ticked,
        week_action(WeekAction::Tick { day: 0, done: true }),
        today(),
    );
    let key = "carrot".to_owned();
    let ticked = device.act(
        &ticked,
        week_action(WeekAction::Plant { key, eaten: true }),
        today(),
    );
    // Back the next day: the widget opens on the week, as it was left.
    let next_day = today().plus(1).unwrap();
    let back = open_on(&device, next_day);
    assert!(back.week_open);
    assert_eq!(back.week(), ticked.week());
    // The results stay one tap away.
    let results = device.act(&back, week_action(WeekAction::Close), next_day);
    assert!(!results.week_open);
    assert_eq!(results.flow.screen, Screen::Results);
}

#[test]
fn a_reader_back_four_weeks_on_is_offered_the_check_again_first() {
    let mut device = on_last_question(&mixed());
    let results = finish_new(&mut device, today());
    device.act(&results, week_action(WeekAction::Start), today());
    let four_weeks = today().plus(28).unwrap();
    assert_eq!(
        open_on(&device, today().plus(27).unwrap()).welcome_back,
        None
    );
    let back = open_on(&device, four_weeks);
    assert_eq!(back.welcome_back, Some(today()));
    assert!(!back.week_open, "the retake first, not the week");
    // Anything the reader does answers the offer.
    let again = device.act(&back, Action::StartAgain.into(), four_weeks);
    assert_eq!(again.welcome_back, None);
    assert_ne!(again.flow.screen, Screen::Results);
}

#[test]
fn a_week_over_is_told_to_the_page_once_with_counts_only() {
    let mut device = on_last_question(&mixed());
    let results = finish_new(&mut device, today());
    let week = device.act(&results, week_action(WeekAction::Start), today());
    let key = "kale".to_owned();
    let week = device.act(
        &week,
        week_action(WeekAction::Plant { key, eaten: true }),
        today(),
    );
    let tick = week_action(WeekAction::Tick { day: 0, done: true });
    assert_eq!(
        week.milestone(&tick, &week.apply(tick.clone(), at(today()))),
        None
    );
    // Eight days on, the first thing the reader does with the week tells the page.
    let later = today().plus(8).unwrap();
    let back = open_on(&device, later);
    assert!(back.week_open, "a week over and not yet told opens first");
    let next = back.apply(tick.clone(), at(later));
    assert_eq!(
        back.milestone(&tick, &next),
        Some(Milestone::WeekDone { days: 1, plants: 1 })
    );
    let next = device.keep(&next);
    let again = next.apply(tick.clone(), at(later));
    assert_eq!(next.milestone(&tick, &again), None, "told once");
    // A week the page was told about does not open first any more.
    assert!(!open_on(&device, later).week_open);
}

#[test]
fn shared_results_have_no_week() {
    let code = share_fragment(content(), &mixed());
    let shared = Session::open(
        content(),
        Ok(&Stored::Nothing),
        &format!("#{code}"),
        today(),
    );
    let started = shared.apply(week_action(WeekAction::Start), at(today()));
    assert!(!started.week_open);
    assert!(started.tracker().weeks.is_empty());
}
