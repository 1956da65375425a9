//! What the widget keeps on the device: saved, read back, migrated, and repaired when it is bad;
//! and the dates and score changes shown from it.

mod support;

use gut_skin_check::answers::{Answer, Answers};
use gut_skin_check::changes::changes_since;
use gut_skin_check::day::Day;
use gut_skin_check::flow::{Flow, Screen};
use gut_skin_check::saved::{
    load, Loaded, PastResult, Saved, SavedProblem, SavedProgress, Step, Stored, HISTORY_LIMIT,
};
use proptest::prelude::*;
use support::{baseline, content, highest, mixed, without};

fn day(year: u16, month: u8, date: u8) -> Day {
    Day::new(year, month, date).expect("a real date")
}

fn load_text(text: &str) -> Loaded {
    load(content(), &Stored::from_text(Some(text)))
}

/// Answers as JSON: since schema 2 every answer is a list; in schema 1 a single choice was a
/// string.
fn answers_json(answers: &Answers, single_as_string: bool) -> String {
    let fields: Vec<String> = answers
        .iter()
        .map(|(question, answer)| match answer {
            Answer::One(option) if single_as_string => format!(r#""{question}":"{option}""#),
            _ => {
                let options: Vec<String> = answer
                    .chosen()
                    .iter()
                    .map(|o| format!(r#""{o}""#))
                    .collect();
                format!(r#""{question}":[{}]"#, options.join(","))
            }
        })
        .collect();
    format!("{{{}}}", fields.join(","))
}

/// The id these tests give the past result stored for a day: the day's digits.
fn id_of(on: &str) -> u32 {
    on.chars()
        .filter(char::is_ascii_digit)
        .fold(0u32, |id, digit| {
            id.wrapping_mul(10).wrapping_add(digit as u32 - '0' as u32)
        })
}

/// A past result as schema 3 stores it.
fn entry(on: &str, answers: &Answers) -> String {
    format!(
        r#"{{"on":"{on}","id":{},"answers":{}}}"#,
        id_of(on),
        answers_json(answers, false)
    )
}

fn v3(progress: &str, history: &[String]) -> String {
    format!(
        r#"{{"version":3,"progress":{progress},"history":[{}]}}"#,
        history.join(",")
    )
}

/// What a stored record says, without the ids of its past results, which migrating an older
/// schema makes up.
fn without_ids(saved: &Saved) -> (Option<SavedProgress>, Vec<(Day, Answers)>) {
    let history = saved.history.iter().map(|r| (r.on, r.answers.clone()));
    (saved.progress.clone(), history.collect())
}

fn progress_at(step: &str, answers: &Answers) -> String {
    format!(
        r#"{{"step":"{step}","answers":{}}}"#,
        answers_json(answers, false)
    )
}

/// The first ten answers of the mixed reader, who stopped on the reflux question.
fn mixed_so_far() -> Answers {
    Answers::new()
        .with("age", "35_49")
        .with("diet", "vegetarian")
        .with_many("intolerances", &["lactose"])
        .with_many("circumstances", &["none"])
        .with_many("food_allergies", &["none"])
        .with_many("skin_concerns", &["acne", "dryness"])
        .with("skin_bother", "2")
        .with("bloating", "3_4")
        .with("abdominal_pain", "1_2")
        .with("gas", "5_6")
}

fn saved_example() -> Saved {
    Saved {
        progress: Some(SavedProgress {
            step: Step::Question("reflux".to_owned()),
            answers: mixed_so_far(),
        }),
        history: vec![
            PastResult {
                on: day(2025, 10, 3),
                id: id_of("2025-10-03"),
                answers: mixed(),
            },
            PastResult {
                on: day(2025, 3, 14),
                id: id_of("2025-03-14"),
                answers: baseline(),
            },
        ],
        tracker: Default::default(),
    }
}

// --- Nothing stored, and round trips -------------------------------------------------------

#[test]
fn nothing_stored_is_nothing_saved_and_no_problem() {
    for text in [None, Some(""), Some("  \n")] {
        let stored = Stored::from_text(text);
        assert_eq!(stored, Stored::Nothing, "{text:?}");
        assert_eq!(load(content(), &stored), Loaded::default(), "{text:?}");
    }
}

#[test]
fn saved_data_reads_back_as_it_was() {
    let saved = saved_example();
    let loaded = load_text(&saved.to_json());
    assert_eq!(loaded.problem, None);
    assert_eq!(loaded.saved, saved);
}

#[test]
fn saved_data_is_stored_in_schema_3() {
    let saved = Saved {
        progress: Some(SavedProgress {
            step: Step::Intro,
            answers: Answers::new()
                .with("age", "25_34")
                .with_many("intolerances", &["lactose", "ibs"])
                // An untick that left nothing chosen is not stored.
                .with_many("circumstances", &[]),
        }),
        history: vec![PastResult {
            on: day(2025, 10, 3),
            id: 4_000_000_001,
            answers: Answers::new().with("age", "16_24"),
        }],
        tracker: Default::default(),
    };
    assert_eq!(
        saved.to_json(),
        r#"{"version":4,"progress":{"step":"intro","answers":{"age":["25_34"],"intolerances":["lactose","ibs"]}},"history":[{"on":"2025-10-03","id":4000000001,"answers":{"age":["16_24"]}}],"weeks":[]}"#
    );
    assert_eq!(
        Saved::default().to_json(),
        r#"{"version":4,"progress":null,"history":[],"weeks":[]}"#
    );
}

#[test]
fn every_step_reads_back() {
    for step in [
        Step::Intro,
        Step::Results,
        Step::Question("stool_form".to_owned()),
    ] {
        let saved = Saved {
            progress: Some(SavedProgress {
                step: step.clone(),
                answers: mixed(),
            }),
            history: Vec::new(),
            tracker: Default::default(),
        };
        assert_eq!(load_text(&saved.to_json()).saved, saved, "{step:?}");
    }
}

// --- Bad data --------------------------------------------------------------------------------

#[test]
fn text_that_is_not_a_json_object_starts_afresh() {
    for text in [
        "{not json",
        "[1,2]",
        "\"saved\"",
        "null",
        "42",
        "{\"version\":2",
    ] {
        let loaded = load_text(text);
        assert_eq!(loaded.saved, Saved::default(), "{text}");
        assert_eq!(loaded.problem, Some(SavedProblem::Unreadable), "{text}");
    }
}

#[test]
fn an_unknown_schema_version_starts_afresh() {
    let good_history = [entry("2025-10-03", &mixed())];
    for version in ["5", "0", "-1", "2.5", "\"3\"", "null"] {
        let text = v3("null", &good_history).replacen("3", version, 1);
        let loaded = load_text(&text);
        assert_eq!(loaded.saved, Saved::default(), "{text}");
        assert_eq!(loaded.problem, Some(SavedProblem::UnknownVersion), "{text}");
    }
    let missing = load_text(r#"{"history":[]}"#);
    assert_eq!(missing.problem, Some(SavedProblem::UnknownVersion));
}

#[test]
fn a_past_result_naming_an_unknown_question_is_dropped_and_the_others_kept() {
    let unknown = mixed().with("sleep_hours", "7_8");
    let text = v3(
        &progress_at("reflux", &mixed_so_far()),
        &[
            entry("2025-10-03", &mixed()),
            entry("2025-06-01", &unknown),
            entry("2025-03-14", &baseline()),
        ],
    );
    let loaded = load_text(&text);
    assert_eq!(loaded.problem, Some(SavedProblem::SomeDropped));
    assert_eq!(loaded.saved, saved_example());
}

#[test]
fn an_assessment_in_progress_with_an_unknown_option_is_dropped_and_the_history_kept() {
    let text = v3(
        &progress_at("reflux", &mixed_so_far().with("gas", "sometimes")),
        &[entry("2025-10-03", &mixed())],
    );
    let loaded = load_text(&text);
    assert_eq!(loaded.problem, Some(SavedProblem::SomeDropped));
    assert_eq!(loaded.saved.progress, None);
    assert_eq!(loaded.saved.history.len(), 1);
    assert_eq!(loaded.saved.history[0].answers, mixed());
}

#[test]
fn an_assessment_in_progress_on_a_question_that_no_longer_exists_is_dropped() {
    let text = v3(&progress_at("sleep_hours", &mixed_so_far()), &[]);
    let loaded = load_text(&text);
    assert_eq!(loaded.problem, Some(SavedProblem::SomeDropped));
    assert_eq!(loaded.saved, Saved::default());
}

#[test]
fn past_results_that_could_not_have_been_given_are_dropped() {
    let cases = [
        ("unknown option", mixed().with("gas", "sometimes")),
        ("two options to a single-choice question", {
            let mut answers = mixed();
            answers.set("gas", Answer::Many(vec!["0".into(), "7".into()]));
            answers
        }),
        (
            "'none of these' with another option",
            mixed().with_many("intolerances", &["lactose", "none"]),
        ),
        (
            "an option twice",
            mixed().with_many("intolerances", &["lactose", "lactose"]),
        ),
        ("an unanswered question", without(&mixed(), "water")),
        ("a reader under 16", mixed().with("age", "under_16")),
    ];
    for (case, answers) in cases {
        let text = v3(
            "null",
            &[
                entry("2025-10-03", &answers),
                entry("2025-03-14", &baseline()),
            ],
        );
        let loaded = load_text(&text);
        assert_eq!(loaded.problem, Some(SavedProblem::SomeDropped), "{case}");
        assert_eq!(loaded.saved.history.len(), 1, "{case}");
        assert_eq!(loaded.saved.history[0].on, day(2025, 3, 14), "{case}");
    }
}

#[test]
fn a_past_result_from_before_the_allergy_and_lump_questions_is_read_with_their_assumed_answers() {
    // Results kept before those questions were asked: "no food allergy" and "not sick so often fluids would not stay down".
    let text = v3(
        "null",
        &[
            entry("2025-10-03", &before_allergies_and_vomiting(&mixed())),
            entry("2025-03-14", &before_allergies_and_vomiting(&baseline())),
        ],
    );
    let loaded = load_text(&text);
    assert_eq!(loaded.problem, None);
    let answers: Vec<&Answers> = loaded.saved.history.iter().map(|r| &r.answers).collect();
    assert_eq!(answers, [&mixed(), &baseline()]);
    // Only a question that says what to assume is filled in: one without an answer to
    // another question is still not a complete assessment.
    let unanswered = before_allergies_and_vomiting(&without(&mixed(), "warn_night"));
    let loaded = load_text(&v3(
        "null",
        &[
            entry("2025-10-03", &unanswered),
            entry("2025-03-14", &baseline()),
        ],
    ));
    assert_eq!(loaded.problem, Some(SavedProblem::SomeDropped));
    assert_eq!(loaded.saved.history.len(), 1);
    assert_eq!(loaded.saved.history[0].on, day(2025, 3, 14));
    // A stored answer is kept as it was, not replaced by what is assumed.
    let allergic = mixed().with_many("food_allergies", &["milk", "sesame"]);
    let loaded = load_text(&v3("null", &[entry("2025-10-03", &allergic)]));
    assert_eq!(loaded.problem, None);
    assert_eq!(loaded.saved.history[0].answers, allergic);
}

#[test]
fn a_stored_age_of_50_to_64_is_read_as_60_to_64() {
    // The band was split at 60; a reader who said 50 to 64 is read as the older band, where a
    // lasting change in bowel habit needs a doctor sooner. The question after 50 was asked.
    let fifties = mixed().with("age", "50_64").with("warn_after_50", "no");
    let text = v3(
        &progress_at("reflux", &mixed_so_far().with("age", "50_64")),
        &[entry("2025-10-03", &fifties)],
    );
    let loaded = load_text(&text);
    assert_eq!(loaded.problem, None);
    let progress = loaded.saved.progress.as_ref().expect("kept");
    assert_eq!(progress.answers, mixed_so_far().with("age", "60_64"));
    assert_eq!(
        loaded.saved.history[0].answers,
        fifties.with("age", "60_64")
    );
    // Written back under the id it has now.
    let json = loaded.saved.to_json();
    assert!(json.contains(r#""age":["60_64"]"#), "{json}");
    assert!(!json.contains("50_64"), "{json}");
}

#[test]
fn an_option_id_no_version_of_the_question_had_still_drops_the_answers() {
    // "50_64" was an age, never a number of bloated days; "50_69" was never an age.
    for (question, option) in [("bloating", "50_64"), ("age", "50_69"), ("age", "50")] {
        let text = v3(
            &progress_at("reflux", &mixed_so_far().with(question, option)),
            &[
                entry("2025-10-03", &mixed().with(question, option)),
                entry("2025-03-14", &baseline()),
            ],
        );
        let loaded = load_text(&text);
        assert_eq!(
            loaded.problem,
            Some(SavedProblem::SomeDropped),
            "{question} {option}"
        );
        assert_eq!(loaded.saved.progress, None, "{question} {option}");
        assert_eq!(loaded.saved.history.len(), 1, "{question} {option}");
        assert_eq!(loaded.saved.history[0].answers, baseline());
    }
}

#[test]
fn past_results_with_bad_dates_are_dropped() {
    for date in [
        "2025-02-29",
        "2025-13-01",
        "2025-04-31",
        "3 Oct",
        "2025-10-3",
        "",
    ] {
        let text = v3(
            "null",
            &[entry(date, &mixed()), entry("2024-02-29", &baseline())],
        );
        let loaded = load_text(&text);
        assert_eq!(loaded.problem, Some(SavedProblem::SomeDropped), "{date}");
        assert_eq!(loaded.saved.history.len(), 1, "{date}");
        assert_eq!(loaded.saved.history[0].on, day(2024, 2, 29), "{date}");
    }
    let numeric = v3(
        "null",
        &[entry("x", &mixed()).replace(r#""x""#, "20251003")],
    );
    let loaded = load_text(&numeric);
    assert_eq!(loaded.problem, Some(SavedProblem::SomeDropped));
    assert!(loaded.saved.history.is_empty());
}

#[test]
fn malformed_parts_are_dropped_and_the_rest_kept() {
    let good = [entry("2025-10-03", &mixed())];
    let cases = [
        (
            "history not a list",
            v3(&progress_at("gas", &mixed_so_far()), &[]).replace("[]", "{}"),
        ),
        (
            "an entry not an object",
            v3(&progress_at("gas", &mixed_so_far()), &["7".into()]),
        ),
        (
            "answers not an object",
            v3(r#"{"step":"gas","answers":[]}"#, &good),
        ),
        (
            "option not a string",
            v3(r#"{"step":"gas","answers":{"gas":[3]}}"#, &good),
        ),
        ("step missing", v3(r#"{"answers":{}}"#, &good)),
    ];
    for (case, text) in cases {
        let loaded = load_text(&text);
        assert_eq!(loaded.problem, Some(SavedProblem::SomeDropped), "{case}");
        let kept = usize::from(loaded.saved.progress.is_some()) + loaded.saved.history.len();
        assert_eq!(kept, 1, "{case}: {:?}", loaded.saved);
    }
}

#[test]
fn history_beyond_the_limit_keeps_the_newest() {
    let entries: Vec<String> = (1..=25)
        .rev()
        .map(|date| entry(&format!("2025-01-{date:02}"), &mixed()))
        .collect();
    let loaded = load_text(&v3("null", &entries));
    assert_eq!(loaded.problem, None);
    assert_eq!(loaded.saved.history.len(), HISTORY_LIMIT);
    assert_eq!(loaded.saved.history[0].on, day(2025, 1, 25));
    assert_eq!(loaded.saved.history[19].on, day(2025, 1, 6));
}

#[test]
fn every_problem_has_its_own_message() {
    let problems = [
        SavedProblem::Unreadable,
        SavedProblem::UnknownVersion,
        SavedProblem::SomeDropped,
    ];
    let text = |problem: &SavedProblem| content().ui(problem.message());
    for (at, problem) in problems.iter().enumerate() {
        assert!(text(problem).ends_with('.'), "{problem:?}");
        for other in &problems[at + 1..] {
            assert_ne!(text(problem), text(other));
        }
    }
    assert_eq!(
        text(&SavedProblem::SomeDropped),
        "Some of your saved answers no longer fit the questions, so they were removed."
    );
}

// --- Version 1 ---------------------------------------------------------------------------------

/// Answers as a widget from before the food-allergy and vomiting questions kept them.
fn before_allergies_and_vomiting(answers: &Answers) -> Answers {
    without(&without(answers, "food_allergies"), "warn_vomiting")
}

/// Schema 1 as the previous widget wrote it: single choices as strings, the step as an index
/// into its 30 questions, results oldest first under "date". It never asked about food
/// allergies or being sick.
fn v1_sample() -> String {
    format!(
        r#"{{
          "version": 1,
          "answers": {{"age": "35_49", "diet": "vegetarian", "intolerances": ["lactose"],
                       "circumstances": ["none"], "skin_concerns": ["acne", "dryness"],
                       "skin_bother": "2", "bloating": "3_4", "abdominal_pain": "1_2", "gas": "5_6"}},
          "step": 9,
          "results": [
            {{"date": "2025-03-14", "answers": {}}},
            {{"date": "2025-10-03", "answers": {}}}
          ]
        }}"#,
        answers_json(&before_allergies_and_vomiting(&baseline()), true),
        answers_json(&before_allergies_and_vomiting(&mixed()), true),
    )
}

#[test]
fn version_1_is_migrated_with_its_step_and_history_newest_first() {
    let loaded = load_text(&v1_sample());
    assert_eq!(loaded.problem, None);
    // Its question 9 is reflux, though the food-allergy question has come before it since.
    // The progress has no food-allergy answer yet; the results read as "no food allergy".
    let (progress, history) = without_ids(&loaded.saved);
    assert_eq!(
        progress,
        Some(SavedProgress {
            step: Step::Question("reflux".to_owned()),
            answers: without(&mixed_so_far(), "food_allergies"),
        })
    );
    assert_eq!(history, without_ids(&saved_example()).1);
    assert!(loaded.saved.to_json().starts_with(r#"{"version":4,"#));
}

#[test]
fn version_1_with_a_step_past_the_questions_drops_the_progress_only() {
    let text = v1_sample().replacen(r#""step": 9"#, r#""step": 30"#, 1);
    let loaded = load_text(&text);
    assert_eq!(loaded.problem, Some(SavedProblem::SomeDropped));
    assert_eq!(loaded.saved.progress, None);
    assert_eq!(
        without_ids(&loaded.saved).1,
        without_ids(&saved_example()).1
    );
}

#[test]
fn version_1_with_only_results_migrates_the_results() {
    let text = format!(
        r#"{{"version":1,"results":[{{"date":"2025-10-03","answers":{}}}]}}"#,
        answers_json(&mixed(), true)
    );
    let loaded = load_text(&text);
    assert_eq!(loaded.problem, None);
    assert_eq!(loaded.saved.progress, None);
    assert_eq!(loaded.saved.latest().map(|r| r.on), Some(day(2025, 10, 3)));
}

// --- Recording results -------------------------------------------------------------------------

#[test]
fn a_new_result_goes_first_and_the_oldest_beyond_the_limit_goes() {
    let mut saved = Saved::default();
    for date in 1..=25 {
        let answers = if date % 2 == 0 { mixed() } else { baseline() };
        saved.record(content(), day(2025, 1, date), u32::from(date), &answers);
    }
    assert_eq!(saved.history.len(), HISTORY_LIMIT);
    assert_eq!(saved.latest().map(|r| r.on), Some(day(2025, 1, 25)));
    assert_eq!(saved.history[19].on, day(2025, 1, 6));
}

#[test]
fn seeing_the_same_results_again_the_same_day_records_nothing() {
    let mut saved = Saved::default();
    assert!(saved.record(content(), day(2025, 10, 3), 1, &mixed()));
    assert!(!saved.record(content(), day(2025, 10, 3), 2, &mixed()));
    assert_eq!(saved.history.len(), 1);
    assert!(saved.record(content(), day(2025, 10, 3), 3, &baseline()));
    assert!(saved.record(content(), day(2025, 10, 4), 4, &baseline()));
    assert_eq!(saved.history.len(), 3);
}

#[test]
fn a_result_keeps_only_the_answers_that_count() {
    let mut saved = Saved::default();
    saved.record(
        content(),
        day(2025, 10, 3),
        1,
        &baseline().with("stool_form", "type_1"),
    );
    assert_eq!(saved.latest().map(|r| &r.answers), Some(&baseline()));
}

// --- Where the reader was ----------------------------------------------------------------------

#[test]
fn each_screen_is_saved_as_a_step() {
    let age = content().question_index("age").unwrap();
    let gas = content().question_index("gas").unwrap();
    assert_eq!(Step::of(content(), Screen::Intro), Step::Intro);
    assert_eq!(
        Step::of(content(), Screen::Question(gas)),
        Step::Question("gas".to_owned())
    );
    assert_eq!(Step::of(content(), Screen::Results), Step::Results);
    // The stop screen comes back as the age question, so the answer can be changed.
    assert_eq!(
        Step::of(content(), Screen::NotForYou),
        Step::Question("age".to_owned())
    );
    let under_16 = Answers::new().with("age", "under_16");
    assert_eq!(
        Step::Question("age".to_owned()).screen(content(), &under_16),
        Screen::Question(age)
    );
}

#[test]
fn a_step_resumes_on_its_screen_while_the_answers_allow_it() {
    let reflux = content().question_index("reflux").unwrap();
    let water = content().question_index("water").unwrap();
    let stool_form = content().question_index("stool_form").unwrap();
    let so_far = mixed_so_far();
    assert_eq!(Step::Intro.screen(content(), &so_far), Screen::Intro);
    assert_eq!(
        Step::Question("reflux".to_owned()).screen(content(), &so_far),
        Screen::Question(reflux)
    );
    assert_eq!(Step::Results.screen(content(), &mixed()), Screen::Results);
    // Results no longer complete: the first question still to answer.
    assert_eq!(
        Step::Results.screen(content(), &without(&mixed(), "water")),
        Screen::Question(water)
    );
    assert_eq!(
        Step::Results.screen(content(), &so_far),
        Screen::Question(reflux)
    );
    // A question the answers hide: the first question still to answer.
    assert_eq!(
        Step::Question("stool_form".to_owned()).screen(content(), &so_far),
        Screen::Question(reflux)
    );
    assert_eq!(
        Step::Question("stool_form".to_owned()).screen(content(), &highest("type_1")),
        Screen::Question(stool_form)
    );
}

#[test]
fn an_assessment_left_on_a_question_resumes_there_after_a_reload() {
    let gas = content().question_index("gas").unwrap();
    let mut flow = Flow::new(content());
    flow.screen = Screen::Question(gas);
    flow.answers = mixed_so_far();
    let saved = Saved {
        progress: Some(SavedProgress::of(&flow)),
        history: Vec::new(),
        tracker: Default::default(),
    };
    let loaded = load_text(&saved.to_json());
    let resumed = loaded.saved.progress.expect("kept").resume(content());
    assert_eq!(resumed.screen, Screen::Question(gas));
    assert_eq!(resumed.answers, mixed_so_far());
}

// --- Days and changes --------------------------------------------------------------------------

#[test]
fn days_read_and_write_iso_dates() {
    let october = Day::parse("2025-10-03").expect("valid");
    assert_eq!(october, day(2025, 10, 3));
    assert_eq!(october.to_iso(), "2025-10-03");
    assert_eq!(day(987, 1, 9).to_iso(), "0987-01-09");
    assert!(day(2025, 1, 31) < day(2025, 10, 1));
}

#[test]
fn days_are_shown_short_in_english() {
    assert_eq!(day(2025, 10, 3).short(content()), "3 Oct");
    assert_eq!(day(2025, 12, 25).short(content()), "25 Dec");
    assert_eq!(day(2025, 1, 1).short(content()), "1 Jan");
    assert_eq!(day(2026, 10, 3).long(content()), "3 Oct 2026");
    assert_eq!(day(2025, 5, 10).short(content()), "10 May");
}

#[test]
fn only_real_dates_are_days() {
    assert!(Day::parse("2024-02-29").is_some(), "leap year");
    assert!(Day::parse("2000-02-29").is_some(), "400-year leap year");
    assert!(Day::parse("2025-12-31").is_some());
    for text in [
        "2025-02-29",
        "1900-02-29",
        "2025-04-31",
        "2025-00-10",
        "2025-13-01",
        "2025-10-00",
        "0000-01-01",
        "2025/10/03",
        "2025-10-3",
        "2025-10-003",
        " 2025-10-03",
        "+025-10-03",
        "2025-1a-03",
        "２０２５-10-03",
        "",
    ] {
        assert_eq!(Day::parse(text), None, "{text:?}");
    }
    assert_eq!(Day::new(2025, 6, 31), None);
}

#[test]
fn changes_name_every_score_with_the_date_of_the_last_result() {
    // Whole grains 1 → 3+ a day takes fiber from 8/11 to 5/11; water 3–4 → 7+ glasses takes
    // hydration from 3/4 to 0. Nothing else moves.
    let retake = mixed()
        .with("whole_grains", "3_plus")
        .with("water", "7_plus");
    let changes = changes_since(content(), &mixed(), &retake);
    let lines: Vec<String> = changes
        .iter()
        .map(|c| c.describe(content(), day(2025, 10, 3)))
        .collect();
    assert_eq!(
        lines,
        [
            "inflammation: 38, unchanged since 3 Oct",
            "nutrient absorption: 33, unchanged since 3 Oct",
            "immune function: 17, unchanged since 3 Oct",
            "microbiome balance: 57, unchanged since 3 Oct",
            "probiotic & prebiotic foods habit: 50, unchanged since 3 Oct",
            "fiber habit: 73 → 45 since 3 Oct",
            "hydration habit: 75 → 0 since 3 Oct",
            "processed foods habit: 75, unchanged since 3 Oct",
        ]
    );
    assert_eq!(changes[5].def.id, "fiber");
    assert_eq!((changes[5].from, changes[5].to), (73, 45));
    assert_eq!(changes.iter().filter(|c| c.moved()).count(), 2);
}

#[test]
fn mechanism_changes_are_named_without_habit_in_content_order() {
    let changes = changes_since(content(), &baseline(), &mixed());
    let lines: Vec<String> = changes
        .iter()
        .map(|c| c.describe(content(), day(2025, 3, 14)))
        .collect();
    assert_eq!(
        lines,
        [
            "inflammation: 0 → 38 since 14 Mar",
            "nutrient absorption: 0 → 33 since 14 Mar",
            "immune function: 0 → 17 since 14 Mar",
            "microbiome balance: 0 → 57 since 14 Mar",
            "probiotic & prebiotic foods habit: 0 → 50 since 14 Mar",
            "fiber habit: 0 → 73 since 14 Mar",
            "hydration habit: 0 → 75 since 14 Mar",
            "processed foods habit: 0 → 75 since 14 Mar",
        ]
    );
}

#[test]
fn the_same_answers_move_nothing() {
    let changes = changes_since(content(), &mixed(), &mixed());
    assert_eq!(changes.len(), 8);
    assert!(changes.iter().all(|c| !c.moved()));
}

// --- Never a panic -------------------------------------------------------------------------------

proptest! {
    #[test]
    fn loading_any_text_never_panics(text in "\\PC*") {
        let _ = load_text(&text);
    }

    #[test]
    fn loading_damaged_saved_data_never_panics_and_keeps_only_sound_data(
        at in 0usize..2000,
        replacement in "[\\[\\]{}\":,0-9a-z_ -]{0,3}",
    ) {
        let text = v1_sample();
        let json = if at % 2 == 0 { saved_example().to_json() } else { text };
        let at = (at / 2) % json.len();
        let mut damaged = json.clone();
        damaged.replace_range(at..=at, &replacement);
        let loaded = load_text(&damaged);
        for result in &loaded.saved.history {
            prop_assert!(content().is_complete(&result.answers));
        }
        // What was kept saves and reads back unchanged.
        prop_assert_eq!(load_text(&loaded.saved.to_json()).saved, loaded.saved);
    }
}

// --- Version 2 ---------------------------------------------------------------------------------

#[test]
fn version_2_is_migrated_with_ids_that_name_each_result_alike_on_every_read() {
    let v2_text = v3(
        &progress_at("reflux", &mixed_so_far()),
        &[
            entry("2025-10-03", &mixed()),
            entry("2025-03-14", &baseline()),
        ],
    )
    .replace(r#""version":3"#, r#""version":2"#)
    .replace(&format!(r#","id":{}"#, id_of("2025-10-03")), "")
    .replace(&format!(r#","id":{}"#, id_of("2025-03-14")), "");
    assert!(!v2_text.contains(r#""id""#));
    let first = load_text(&v2_text);
    assert_eq!(first.problem, None);
    assert_eq!(without_ids(&first.saved), without_ids(&saved_example()));
    // Two copies of the widget migrating the same record name its results alike, so their
    // histories merge; different results get different names.
    assert_eq!(load_text(&v2_text).saved, first.saved);
    assert_ne!(first.saved.history[0].id, first.saved.history[1].id);
    assert!(first.saved.to_json().starts_with(r#"{"version":4,"#));
}

#[test]
fn a_result_from_before_ids_is_named_after_its_answers_as_stored_by_every_version() {
    // Stored before the food-allergy and vomiting questions, in the 50-to-64 age band since split:
    // the result is read with those answers assumed and the band renamed, but named after what
    // was stored, as a copy of the widget from then names it, so the two histories merge.
    let old =
        without(&without(&baseline(), "food_allergies"), "warn_vomiting").with("age", "50_64");
    let old = old.with("warn_after_50", "no");
    let mut text = String::from(r#"2025-10-03,"answers":{"#);
    for (at, (question, answer)) in old.iter().enumerate() {
        let options: Vec<String> = answer
            .chosen()
            .iter()
            .map(|o| format!(r#""{o}""#))
            .collect();
        if at > 0 {
            text.push(',');
        }
        text.push_str(&format!(r#""{question}":[{}]"#, options.join(",")));
    }
    text.push_str("}}");
    // FNV-1a, 32 bits.
    let expected = text.bytes().fold(0x811c_9dc5u32, |hash, byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    });
    let v2_text = v3(
        &progress_at("intro", &Answers::new()),
        &[entry("2025-10-03", &old)],
    )
    .replace(r#""version":3"#, r#""version":2"#)
    .replace(&format!(r#","id":{}"#, id_of("2025-10-03")), "");
    let loaded = load_text(&v2_text);
    assert_eq!(loaded.problem, None);
    let result = &loaded.saved.history[0];
    assert_eq!(result.id, expected);
    assert!(result.answers.get("age").unwrap().includes("60_64"));
    assert!(result
        .answers
        .get("food_allergies")
        .unwrap()
        .includes("none"));
}

#[test]
fn a_past_result_without_a_usable_id_is_dropped_in_version_3() {
    for id in ["", r#","id":"x""#, r#","id":-1"#, r#","id":4294967296"#] {
        let broken =
            entry("2025-10-03", &mixed()).replace(&format!(r#","id":{}"#, id_of("2025-10-03")), id);
        let loaded = load_text(&v3("null", &[broken, entry("2025-03-14", &baseline())]));
        assert_eq!(loaded.problem, Some(SavedProblem::SomeDropped), "{id}");
        assert_eq!(loaded.saved.history.len(), 1, "{id}");
    }
}

// --- Merging what several copies write ---------------------------------------------------------

/// A past result of the baseline reader `days` after 1 January 2025 (four-week months), named
/// `id`.
fn past(id: u32, days: u8) -> PastResult {
    PastResult {
        on: day(2025, 1 + days / 28, 1 + days % 28),
        id,
        answers: baseline(),
    }
}

fn history(results: &[PastResult]) -> Saved {
    Saved {
        progress: None,
        history: results.to_vec(),
        tracker: Default::default(),
    }
}

fn ids(saved: &Saved) -> Vec<u32> {
    saved.history.iter().map(|result| result.id).collect()
}

#[test]
fn merging_keeps_what_both_sides_added_newest_first() {
    let base = history(&[past(1, 1)]);
    let mine = history(&[past(3, 5), past(1, 1)]);
    let stored = history(&[past(2, 3), past(1, 1)]);
    assert_eq!(ids(&mine.merged(&base, &stored)), [3, 2, 1]);
}

#[test]
fn merging_keeps_a_result_both_sides_hold_once() {
    let both = history(&[past(1, 1)]);
    assert_eq!(ids(&both.merged(&both, &both)), [1]);
    // Written by this copy and already stored by an earlier write of its own.
    let mine = history(&[past(2, 2), past(1, 1)]);
    assert_eq!(ids(&mine.merged(&both, &mine)), [2, 1]);
}

#[test]
fn a_delete_wins_over_a_stale_copy() {
    // Another copy deleted everything; this copy still holds what it read.
    let stale = history(&[past(1, 1), past(2, 2)]);
    assert_eq!(stale.merged(&stale, &Saved::default()), Saved::default());
    // ... and what it adds afterwards is all that is stored.
    let added = history(&[past(3, 3), past(1, 1), past(2, 2)]);
    assert_eq!(ids(&added.merged(&stale, &Saved::default())), [3]);
}

#[test]
fn a_result_this_copy_replaced_stays_replaced() {
    let base = history(&[past(1, 1), past(2, 2)]);
    let mine = history(&[past(4, 4), past(2, 2)]);
    let stored = history(&[past(3, 3), past(1, 1), past(2, 2)]);
    assert_eq!(ids(&mine.merged(&base, &stored)), [4, 3, 2]);
}

#[test]
fn merging_keeps_the_history_within_its_limit_newest_first() {
    let mine: Vec<PastResult> = (0..15).map(|n| past(100 + n, n as u8 * 2)).collect();
    let theirs: Vec<PastResult> = (0..15).map(|n| past(200 + n, n as u8 * 2 + 1)).collect();
    let merged = history(&mine).merged(&Saved::default(), &history(&theirs));
    assert_eq!(merged.history.len(), HISTORY_LIMIT);
    let days: Vec<Day> = merged.history.iter().map(|r| r.on).collect();
    let mut newest_first = days.clone();
    newest_first.sort_by(|a, b| b.cmp(a));
    assert_eq!(days, newest_first);
    assert_eq!(merged.history[0].id, 214, "the newest day of all");
}

#[test]
fn the_assessment_in_progress_is_this_copy_s_when_it_changed_it() {
    let progress = |step: &str| {
        Some(SavedProgress {
            step: Step::Question(step.to_owned()),
            answers: Answers::new().with("age", "25_34"),
        })
    };
    let at = |step: &str| Saved {
        progress: progress(step),
        history: Vec::new(),
        tracker: Default::default(),
    };
    assert_eq!(
        at("gas").merged(&at("diet"), &at("water")).progress,
        progress("gas")
    );
    assert_eq!(
        at("diet").merged(&at("diet"), &at("water")).progress,
        progress("water")
    );
}

proptest! {
    #[test]
    fn merging_never_drops_a_sound_result_and_merging_again_changes_nothing(
        base_ids in proptest::collection::btree_set(0u32..40, 0..8),
        kept_by_me in proptest::collection::vec(any::<bool>(), 8),
        kept_by_them in proptest::collection::vec(any::<bool>(), 8),
        mine_added in proptest::collection::btree_set(40u32..60, 0..4),
        theirs_added in proptest::collection::btree_set(60u32..80, 0..4),
    ) {
        let result = |id: u32| past(id, (id % 28) as u8);
        let base_ids: Vec<u32> = base_ids.into_iter().collect();
        let side = |kept: &[bool], added: &std::collections::BTreeSet<u32>| {
            let kept = base_ids.iter().zip(kept).filter(|(_, keep)| **keep).map(|(id, _)| *id);
            let mut results: Vec<PastResult> = added.iter().copied().chain(kept).map(result).collect();
            results.sort_by_key(|r| std::cmp::Reverse(r.on));
            history(&results)
        };
        let base = history(&base_ids.iter().copied().map(result).collect::<Vec<_>>());
        let mine = side(&kept_by_me, &mine_added);
        let stored = side(&kept_by_them, &theirs_added);
        let merged = mine.merged(&base, &stored);
        let merged_ids = ids(&merged);

        // What this copy added, and what the other side added, is there.
        for id in mine_added.iter().chain(&theirs_added) {
            prop_assert!(merged_ids.contains(id), "{} lost: {:?}", id, merged_ids);
        }
        // A result from before is there exactly when neither side removed it.
        for (at, id) in base_ids.iter().enumerate() {
            let kept = kept_by_me[at] && kept_by_them[at];
            prop_assert_eq!(merged_ids.contains(id), kept, "{}: {:?}", id, merged_ids);
        }
        // Never twice, newest first, within the limit.
        let mut unique = merged_ids.clone();
        unique.sort_unstable();
        unique.dedup();
        prop_assert_eq!(unique.len(), merged_ids.len());
        prop_assert!(merged.history.windows(2).all(|w| w[0].on >= w[1].on));
        // Writing the same changes again changes nothing, and so does a copy that has caught up.
        prop_assert_eq!(&mine.merged(&base, &merged), &merged);
        prop_assert_eq!(&merged.merged(&merged, &merged), &merged);
    }
}
