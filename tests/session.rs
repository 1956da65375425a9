//! One visit: resuming, recording results in the history, shared results, deleting everything,
//! and the notices for bad stored data, bad share links and storage that cannot be used.

mod support;

use gut_skin_check::day::Day;
use gut_skin_check::flow::{Action, Flow, Screen};
use gut_skin_check::saved::{load, Saved, SavedProblem, SavedProgress};
use gut_skin_check::session::{Notice, Session, SessionAction, StorageUnavailable};
use gut_skin_check::share_code::{share_fragment, ShareError};
use support::{baseline, content, mixed, without};

fn day(year: u16, month: u8, date: u8) -> Day {
    Day::new(year, month, date).expect("a real date")
}

const TODAY: (u16, u8, u8) = (2026, 11, 25);

fn today() -> Day {
    day(TODAY.0, TODAY.1, TODAY.2)
}

fn fresh() -> Session<'static> {
    Session::open(content(), Ok(None), "")
}

/// A session whose reader has answered everything and stands on the last question.
fn on_last_question(answers: &gut_skin_check::answers::Answers) -> Session<'static> {
    let mut flow = Flow::new(content());
    flow.answers = answers.clone();
    let last = *content().asked_indices(answers).last().unwrap();
    flow.screen = Screen::Question(last);
    let saved = Saved {
        progress: Some(SavedProgress::of(&flow)),
        history: Vec::new(),
    };
    Session::open(content(), Ok(Some(&saved.to_json())), "")
}

fn finish(session: &Session<'static>, on: Day) -> Session<'static> {
    session.apply(SessionAction::Flow(Action::Next), on)
}

/// The text the device would hold after `session`, read back as a new visit would.
fn reopen(session: &Session<'static>, fragment: &str) -> Session<'static> {
    Session::open(content(), Ok(session.to_store().as_deref()), fragment)
}

#[test]
fn a_first_visit_starts_at_the_intro_and_keeps_nothing() {
    let session = fresh();
    assert_eq!(session.flow.screen, Screen::Intro);
    assert!(session.notices.is_empty());
    assert_eq!(session.to_store(), None);
}

#[test]
fn a_reload_resumes_at_the_same_question_with_every_answer() {
    let session = fresh()
        .apply(SessionAction::Flow(Action::Start), today())
        .apply(
            SessionAction::Flow(Action::Choose {
                question: "age".into(),
                option: "25_34".into(),
            }),
            today(),
        )
        .apply(SessionAction::Flow(Action::Next), today());
    let diet = content().question_index("diet").unwrap();
    assert_eq!(session.flow.screen, Screen::Question(diet));

    let again = reopen(&session, "");
    assert_eq!(again.flow.screen, Screen::Question(diet));
    assert_eq!(again.flow.answers, session.flow.answers);
    assert!(again.notices.is_empty());
}

#[test]
fn reaching_the_results_adds_them_to_the_history_once() {
    let session = finish(&on_last_question(&mixed()), today());
    assert_eq!(session.flow.screen, Screen::Results);
    assert_eq!(session.saved.history.len(), 1);
    assert_eq!(session.saved.history[0].on, today());
    assert!(
        session.past_results().is_empty(),
        "the result on screen is not a past one"
    );
    assert_eq!(session.changes(), None, "nothing to compare with yet");

    // A reload shows the same results and adds nothing.
    let again = reopen(&session, "");
    assert_eq!(again.flow.screen, Screen::Results);
    assert_eq!(again.saved.history.len(), 1);
    assert!(again.past_results().is_empty());
}

#[test]
fn editing_answers_in_the_same_visit_replaces_that_visit_s_result() {
    let first = finish(&on_last_question(&mixed()), today());
    let mut at = first.apply(SessionAction::Flow(Action::EditAnswers), today());
    assert!(matches!(at.flow.screen, Screen::Question(_)));
    at.flow.answers = mixed().with("water", "7_plus");
    for _ in 0..40 {
        if at.flow.screen == Screen::Results {
            break;
        }
        at = at.apply(SessionAction::Flow(Action::Next), today());
    }
    assert_eq!(at.flow.screen, Screen::Results);
    assert_eq!(at.saved.history.len(), 1);
    assert_eq!(
        at.saved.history[0].answers.get("water").unwrap().chosen(),
        ["7_plus"]
    );
}

#[test]
fn a_retake_on_a_later_visit_shows_every_score_against_the_last_result() {
    let october = finish(&on_last_question(&mixed()), day(2026, 10, 3));
    let mut later = reopen(&october, "").apply(SessionAction::Flow(Action::StartAgain), today());
    assert_eq!(later.flow.screen, Screen::Intro);
    let retake = mixed().with("whole_grains", "3_plus");
    later.flow.answers = retake.clone();
    let last = *content().asked_indices(&retake).last().unwrap();
    later.flow.screen = Screen::Question(last);
    let done = finish(&later, today());

    assert_eq!(done.saved.history.len(), 2);
    assert_eq!(done.saved.history[0].on, today(), "newest first");
    assert_eq!(done.saved.history[1].on, day(2026, 10, 3));
    let (since, changes) = done.changes().expect("a last result to compare with");
    assert_eq!(since, day(2026, 10, 3));
    assert_eq!(changes.len(), 8);
    assert_eq!(
        changes[5].describe(since),
        "fiber habit: 73 → 45 since 3 Oct"
    );
    assert_eq!(
        changes[0].describe(since),
        "inflammation: 39, unchanged since 3 Oct"
    );
    assert_eq!(done.past_results().len(), 1);

    // After a reload the comparison is the same.
    let again = reopen(&done, "");
    assert_eq!(again.changes().map(|(d, c)| (d, c.len())), Some((since, 8)));
}

#[test]
fn a_share_link_shows_its_results_marked_shared_and_keeps_nothing() {
    let fragment = format!("#{}", share_fragment(content(), &mixed()));
    let session = Session::open(content(), Ok(None), &fragment);
    assert!(session.shared);
    assert_eq!(session.flow.screen, Screen::Results);
    assert_eq!(session.flow.answers, content().effective_answers(&mixed()));
    assert!(session.notices.is_empty());
    assert_eq!(session.to_store(), None, "nothing is added to this device");
    assert_eq!(session.changes(), None);
}

#[test]
fn a_share_link_leaves_the_reader_s_own_data_alone_until_they_save_it() {
    let own = finish(&on_last_question(&baseline()), day(2026, 10, 3));
    let stored = own.to_store();
    let fragment = share_fragment(content(), &mixed());
    let shared = reopen(&own, &fragment);
    assert!(shared.shared);
    assert_eq!(
        shared.to_store(),
        stored,
        "opening a link changes nothing stored"
    );
    // The assessment's own actions do nothing to shared results.
    let pressed = shared.apply(SessionAction::Flow(Action::StartAgain), today());
    assert!(pressed.shared);
    assert_eq!(pressed.to_store(), stored);

    let back = shared.apply(SessionAction::LeaveShared, today());
    assert!(!back.shared);
    assert_eq!(back.flow.answers, own.flow.answers);
    assert_eq!(back.to_store(), stored);

    let kept = shared.apply(SessionAction::SaveShared, today());
    assert!(!kept.shared);
    assert_eq!(kept.notices, [Notice::SharedSaved]);
    assert_eq!(kept.saved.history.len(), 2);
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
    let own = on_last_question(&mixed());
    let stored = own.to_store();
    let code = share_fragment(content(), &mixed());
    for (fragment, error) in [
        (&code[..code.len() - 3], ShareError::Damaged),
        ("gsc=something-else", ShareError::NotOurs),
        (
            &*format!("gsc=gsc.{}", "A".repeat(600)),
            ShareError::TooLong,
        ),
    ] {
        let session = reopen(&own, fragment);
        assert_eq!(session.notices, [Notice::Share(error)], "{fragment}");
        assert!(!session.shared);
        assert_eq!(session.flow.screen, own.flow.screen);
        assert_eq!(session.to_store(), stored, "nothing overwritten");
    }
    // Unfinished answers have no results to show.
    let unfinished = share_fragment(content(), &without(&mixed(), "water"));
    let session = reopen(&own, &unfinished);
    assert_eq!(session.notices, [Notice::Share(ShareError::Invalid)]);
    // A fragment that is not a share link belongs to the page and is ignored.
    assert!(reopen(&own, "#comments").notices.is_empty());
}

#[test]
fn bad_stored_data_is_a_notice_and_a_fresh_start() {
    let session = Session::open(content(), Ok(Some("{\"version\":2,")), "");
    assert_eq!(session.notices, [Notice::Saved(SavedProblem::Unreadable)]);
    assert_eq!(session.flow.screen, Screen::Intro);
    assert_eq!(session.to_store(), None, "the unreadable text is cleared");
    assert_eq!(
        load(content(), Some("{\"version\":99}")).problem,
        Some(SavedProblem::UnknownVersion)
    );
}

#[test]
fn storage_that_cannot_be_used_is_said_once_and_the_check_still_works() {
    let session = Session::open(content(), Err(StorageUnavailable), "");
    assert_eq!(session.notices, [Notice::StorageUnavailable]);
    let started = session.apply(SessionAction::Flow(Action::Start), today());
    assert!(matches!(started.flow.screen, Screen::Question(_)));
    let failed = started.apply(SessionAction::StorageFailed, today());
    assert_eq!(failed.notices, [Notice::StorageUnavailable], "said once");

    let full = fresh().apply(SessionAction::StorageFailed, today());
    assert_eq!(full.notices, [Notice::StorageUnavailable]);
    let again = full.apply(SessionAction::StorageFailed, today());
    assert_eq!(again.notices.len(), 1);
    assert!(again
        .apply(SessionAction::DismissNotices, today())
        .notices
        .is_empty());
}

#[test]
fn deleting_forgets_everything_and_says_so() {
    let done = finish(&on_last_question(&mixed()), today());
    assert!(done.to_store().is_some());
    let deleted = done.apply(SessionAction::DeleteData, today());
    assert_eq!(deleted.flow.screen, Screen::Intro);
    assert!(deleted.saved.history.is_empty());
    assert_eq!(deleted.to_store(), None, "the stored key is removed");
    assert_eq!(deleted.notices, [Notice::Deleted]);
    assert!(!Notice::Deleted.is_problem());
    assert!(Notice::StorageUnavailable.is_problem());
}

/// A session opened from saved progress whose step is the results.
fn opened_on_results_with(answers: &gut_skin_check::answers::Answers) -> Session<'static> {
    let mut flow = Flow::new(content());
    flow.answers = answers.clone();
    flow.screen = Screen::Results;
    let saved = Saved {
        progress: Some(SavedProgress::of(&flow)),
        history: Vec::new(),
    };
    Session::open(content(), Ok(Some(&saved.to_json())), "")
}

#[test]
fn saved_progress_edited_to_under_16_opens_the_stop_screen_and_records_nothing() {
    let session = opened_on_results_with(&mixed().with("age", "under_16"));
    assert_eq!(session.flow.screen, Screen::NotForYou);
    assert!(session.saved.history.is_empty());
    // Going on from the last question cannot reach the results either.
    let last = *content().asked_indices(&mixed()).last().unwrap();
    let mut on_last = session.clone();
    on_last.flow.screen = Screen::Question(last);
    let after = finish(&on_last, today());
    assert_eq!(after.flow.screen, Screen::NotForYou);
    assert!(after.saved.history.is_empty());
    assert!(reopen(&after, "").saved.history.is_empty());
}

#[test]
fn saved_progress_with_answers_missing_resumes_at_the_first_gap_and_records_nothing() {
    let water = content().question_index("water").unwrap();
    let session = opened_on_results_with(&without(&mixed(), "water"));
    assert_eq!(session.flow.screen, Screen::Question(water));
    assert!(session.saved.history.is_empty());
    let last = *content().asked_indices(&mixed()).last().unwrap();
    let mut on_last = session.clone();
    on_last.flow.screen = Screen::Question(last);
    let after = finish(&on_last, today());
    assert_eq!(after.flow.screen, Screen::Question(water));
    assert!(after.saved.history.is_empty());
}

#[test]
fn a_share_link_for_a_reader_under_16_or_with_answers_missing_shows_no_results() {
    for answers in [mixed().with("age", "under_16"), without(&mixed(), "water")] {
        let fragment = share_fragment(content(), &answers);
        let session = Session::open(content(), Ok(None), &format!("#{fragment}"));
        assert!(!session.shared);
        assert_ne!(session.flow.screen, Screen::Results);
        assert_eq!(session.notices, [Notice::Share(ShareError::Invalid)]);
        assert!(session.saved.history.is_empty());
    }
}

#[test]
fn the_history_never_records_answers_that_are_not_a_complete_assessment() {
    let mut saved = Saved::default();
    saved.record(content(), today(), &mixed().with("age", "under_16"));
    saved.record(content(), today(), &without(&mixed(), "water"));
    assert!(saved.history.is_empty());
    saved.record(content(), today(), &mixed());
    assert_eq!(saved.history.len(), 1);
}
