//! The reader's path through the assessment, driven only by the actions the screens send.

mod support;

use gut_skin_check::answers::{Answer, Answers};
use gut_skin_check::content::QuestionKind;
use gut_skin_check::flow::{Action, Flow, Screen, StepProblem};
use gut_skin_check::results::Report;
use support::{baseline, content, expect, mixed, without, MIXED_SCORES};

fn index(question: &str) -> usize {
    content()
        .question_index(question)
        .unwrap_or_else(|| panic!("no question `{question}`"))
}

fn choose(flow: &Flow<'static>, question: &str, option: &str) -> Flow<'static> {
    flow.apply(Action::Choose {
        question: question.to_owned(),
        option: option.to_owned(),
    })
}

/// The id of the question on screen.
fn on(flow: &Flow) -> Option<String> {
    flow.question().map(|q| q.id.clone())
}

/// Answers the question on screen as `answers` says, by ticking options, then presses Next.
fn answer_and_next(flow: &Flow<'static>, answers: &Answers) -> Flow<'static> {
    let question = flow.question().expect("on a question");
    let wanted = answers
        .get(&question.id)
        .unwrap_or_else(|| panic!("the fixture does not answer `{}`", question.id));
    let mut flow = flow.clone();
    if flow.answers.get(&question.id) != Some(wanted) {
        if question.kind == QuestionKind::Multi {
            // Untick whatever is ticked, then tick what is wanted.
            let ticked: Vec<String> = flow
                .answers
                .get(&question.id)
                .map(|a| a.chosen().to_vec())
                .unwrap_or_default();
            for option in ticked {
                flow = choose(&flow, &question.id, &option);
            }
        }
        for option in wanted.chosen() {
            flow = choose(&flow, &question.id, option);
        }
    }
    flow.apply(Action::Next)
}

/// From the intro or a question, answers and goes on until `target` is on screen.
fn walk_to(flow: Flow<'static>, answers: &Answers, target: &str) -> Flow<'static> {
    let mut flow = if flow.screen == Screen::Intro {
        flow.apply(Action::Start)
    } else {
        flow
    };
    for _ in 0..=content().questions.len() {
        match on(&flow) {
            Some(id) if id == target => return flow,
            Some(_) => flow = answer_and_next(&flow, answers),
            None => panic!("reached {:?} before `{target}`", flow.screen),
        }
    }
    panic!("never reached `{target}`")
}

/// From the intro, answers every question asked and ends on the results.
fn walk_to_results(answers: &Answers) -> (Flow<'static>, usize) {
    let mut flow = Flow::new(content()).apply(Action::Start);
    let mut steps = 0;
    while flow.screen != Screen::Results {
        assert!(
            steps <= content().questions.len(),
            "stuck on {:?}",
            flow.screen
        );
        flow = answer_and_next(&flow, answers);
        assert_eq!(flow.problem, None, "at step {steps}");
        steps += 1;
    }
    (flow, steps)
}

fn announcement(flow: &Flow) -> String {
    flow.progress()
        .expect("on a question")
        .announcement(content())
}

#[test]
fn start_goes_from_the_intro_to_the_first_question() {
    let flow = Flow::new(content());
    assert_eq!(flow.screen, Screen::Intro);
    assert!(flow.question().is_none());
    assert!(flow.progress().is_none());

    let flow = flow.apply(Action::Start);
    assert_eq!(flow.screen, Screen::Question(0));
    assert_eq!(on(&flow).as_deref(), Some("age"));
    let progress = flow.progress().unwrap();
    assert_eq!(progress.section.title, "About you");
    assert_eq!((progress.section_number, progress.section_count), (1, 6));
}

#[test]
fn next_without_an_answer_stays_and_says_why() {
    let flow = Flow::new(content()).apply(Action::Start);
    let stuck = flow.apply(Action::Next);
    assert_eq!(stuck.screen, Screen::Question(0));
    assert_eq!(stuck.problem, Some(StepProblem::Unanswered));
    assert_eq!(
        content().ui(StepProblem::Unanswered.message()),
        "Please choose an answer to go on."
    );

    // Choosing clears the problem; Next then goes on.
    let chosen = choose(&stuck, "age", "25_34");
    assert_eq!(chosen.problem, None);
    let next = chosen.apply(Action::Next);
    assert_eq!(on(&next).as_deref(), Some("diet"));
}

#[test]
fn under_16_ends_on_the_not_for_you_screen_and_back_returns_to_the_age_question() {
    let flow = choose(
        &Flow::new(content()).apply(Action::Start),
        "age",
        "under_16",
    );
    let stopped = flow.apply(Action::Next);
    assert_eq!(stopped.screen, Screen::NotForYou);
    assert!(stopped.question().is_none());
    assert!(!stopped.is_complete());

    let back = stopped.apply(Action::Back);
    assert_eq!(back.screen, Screen::Question(index("age")));
    assert_eq!(
        back.answers.get("age"),
        Some(&Answer::One("under_16".into()))
    );

    // A different age goes on to the next question.
    let next = choose(&back, "age", "16_24").apply(Action::Next);
    assert_eq!(on(&next).as_deref(), Some("diet"));
}

#[test]
fn under_16_never_completes_even_with_every_other_answer() {
    let mut flow = Flow::new(content()).apply(Action::Start);
    flow.answers = baseline().with("age", "under_16");
    assert!(!flow.is_complete());
    assert_eq!(flow.apply(Action::ShowResults).screen, Screen::Question(0));
    flow.answers = baseline();
    assert!(flow.is_complete());
}

#[test]
fn start_again_from_not_for_you_clears_the_answers() {
    let flow = choose(
        &Flow::new(content()).apply(Action::Start),
        "age",
        "under_16",
    )
    .apply(Action::Next)
    .apply(Action::StartAgain);
    assert_eq!(flow.screen, Screen::Intro);
    assert_eq!(flow.answers, Answers::new());
}

#[test]
fn stool_form_is_asked_only_after_bowel_habits_changed() {
    let at_bowel = walk_to(Flow::new(content()), &baseline(), "bowel_change");

    // "No" skips the stool question, both ways.
    let no = choose(&at_bowel, "bowel_change", "no").apply(Action::Next);
    assert_eq!(on(&no).as_deref(), Some("infections"));
    assert_eq!(on(&no.apply(Action::Back)).as_deref(), Some("bowel_change"));

    // "Yes" asks it, both ways.
    let yes = choose(&at_bowel, "bowel_change", "yes").apply(Action::Next);
    assert_eq!(on(&yes).as_deref(), Some("stool_form"));
    let stool = choose(&yes, "stool_form", "type_4").apply(Action::Next);
    assert_eq!(on(&stool).as_deref(), Some("infections"));
    let back = stool.apply(Action::Back);
    assert_eq!(on(&back).as_deref(), Some("stool_form"));
    assert_eq!(
        back.answers.get("stool_form"),
        Some(&Answer::One("type_4".into()))
    );
    assert_eq!(
        on(&back.apply(Action::Back)).as_deref(),
        Some("bowel_change")
    );

    // Changing back to "no" hides it again, but the stored answer is kept for later.
    let changed = choose(&back.apply(Action::Back), "bowel_change", "no").apply(Action::Next);
    assert_eq!(on(&changed).as_deref(), Some("infections"));
    let again = choose(&changed.apply(Action::Back), "bowel_change", "yes").apply(Action::Next);
    assert_eq!(on(&again).as_deref(), Some("stool_form"));
    assert_eq!(
        again.answers.get("stool_form"),
        Some(&Answer::One("type_4".into()))
    );
}

#[test]
fn back_returns_to_the_previous_asked_question_with_its_answer_kept() {
    let at_reflux = walk_to(Flow::new(content()), &mixed(), "reflux");
    let gas = at_reflux.apply(Action::Back);
    assert_eq!(on(&gas).as_deref(), Some("gas"));
    assert_eq!(gas.answers.get("gas"), Some(&Answer::One("5_6".into())));
    let pain = gas.apply(Action::Back);
    assert_eq!(on(&pain).as_deref(), Some("abdominal_pain"));
    assert_eq!(
        pain.answers.get("abdominal_pain"),
        Some(&Answer::One("1_2".into()))
    );

    // With a skin concern, Back from bloating lands on skin_bother...
    let at_bloating = walk_to(Flow::new(content()), &mixed(), "bloating");
    assert_eq!(
        on(&at_bloating.apply(Action::Back)).as_deref(),
        Some("skin_bother")
    );
    // ...without one, it skips the hidden question.
    let at_bloating = walk_to(Flow::new(content()), &baseline(), "bloating");
    assert_eq!(
        on(&at_bloating.apply(Action::Back)).as_deref(),
        Some("skin_concerns")
    );

    // Back from the first question returns to the intro.
    let first = Flow::new(content()).apply(Action::Start);
    assert_eq!(first.apply(Action::Back).screen, Screen::Intro);
}

#[test]
fn going_back_from_results_and_changing_an_answer_changes_the_report() {
    let (results, _) = walk_to_results(&baseline());
    assert_eq!(results.screen, Screen::Results);
    let before = Report::new(content(), &results.answers).expect("complete answers");
    assert_eq!(before.score("hydration").unwrap().value, 0);

    // Back from the results is the last question; keep going back to the water question.
    let mut flow = results.apply(Action::Back);
    assert_eq!(on(&flow).as_deref(), Some("warn_family"));
    while on(&flow).as_deref() != Some("water") {
        flow = flow.apply(Action::Back);
        assert!(flow.question().is_some(), "went past the water question");
    }
    assert_eq!(
        flow.answers.get("water"),
        Some(&Answer::One("7_plus".into()))
    );

    // water "0_2": hydration 4/4 = 100, and nothing else (water counts for hydration only).
    let flow = choose(&flow, "water", "0_2").apply(Action::ShowResults);
    assert_eq!(flow.screen, Screen::Results);
    let after = Report::new(content(), &flow.answers).expect("complete answers");
    assert_eq!(after.score("hydration").unwrap().value, 100);
    assert_eq!(after.score("absorption").unwrap().value, 0);
}

#[test]
fn progress_counts_only_the_questions_asked() {
    // 32 questions; skin_bother, stool_form and warn_after_50 hidden until an answer opens them.
    let flow = Flow::new(content()).apply(Action::Start);
    assert_eq!(announcement(&flow), "Question 1 of 29");

    // Age 50+ opens warn_after_50, in either band under 65 as in the one above.
    for band in ["50_59", "60_64", "65_plus"] {
        let older = choose(&flow, "age", band);
        assert_eq!(announcement(&older), "Question 1 of 30", "{band}");
        let younger = choose(&older, "age", "35_49");
        assert_eq!(announcement(&younger), "Question 1 of 29");
    }

    // bowel_change is the 13th asked (age, diet, intolerances, circumstances, food_allergies,
    // skin_concerns, bloating ... constipation, bowel_change); "yes" adds stool_form as the
    // 14th of 30.
    let at_bowel = walk_to(Flow::new(content()), &baseline(), "bowel_change");
    assert_eq!(announcement(&at_bowel), "Question 13 of 29");
    let yes = choose(&at_bowel, "bowel_change", "yes");
    assert_eq!(announcement(&yes), "Question 13 of 30");
    let stool = yes.apply(Action::Next);
    assert_eq!(announcement(&stool), "Question 14 of 30");
    let progress = stool.progress().unwrap();
    assert_eq!(progress.section.id, "gut");
    assert_eq!(progress.section_number, 3);
    let infections = choose(&stool, "stool_form", "type_4").apply(Action::Next);
    assert_eq!(announcement(&infections), "Question 15 of 30");

    // A skin concern adds skin_bother: 6th of 30 is skin_concerns, skin_bother is 7th.
    let at_skin = walk_to(Flow::new(content()), &baseline(), "skin_concerns");
    let acne = choose(&at_skin, "skin_concerns", "acne");
    assert_eq!(announcement(&acne), "Question 6 of 30");
    assert_eq!(announcement(&acne.apply(Action::Next)), "Question 7 of 30");

    // The intro's range runs from the questions always asked to all of them, which one reader
    // (50 or over, a skin concern, a change in bowel habit) is asked.
    assert_eq!(content().question_count_range(), (29, 32));
    let mut everything = baseline();
    everything.set("age", Answer::One("50_59".into()));
    everything.set("skin_concerns", Answer::Many(vec!["acne".into()]));
    everything.set("bowel_change", Answer::One("yes".into()));
    assert_eq!(content().asked_indices(&everything).len(), 32);
}

#[test]
fn multi_choice_ticks_toggle_and_none_of_these_is_exclusive() {
    let at = walk_to(Flow::new(content()), &baseline(), "intolerances");
    let ticked = |flow: &Flow| -> Vec<String> {
        flow.answers
            .get("intolerances")
            .map(|a| a.chosen().to_vec())
            .unwrap_or_default()
    };

    // Ticked out of order, kept in the content's order.
    let two = choose(
        &choose(&at, "intolerances", "ibs"),
        "intolerances",
        "lactose",
    );
    assert_eq!(ticked(&two), ["lactose", "ibs"]);

    assert!(two.cleared.is_empty(), "ticking one more clears nothing");

    // "None of these" clears the others, and says which.
    let none = choose(&two, "intolerances", "none");
    assert_eq!(ticked(&none), ["none"]);
    assert_eq!(none.cleared, ["lactose", "ibs"]);

    // Ticking another clears "None of these".
    let gluten = choose(&none, "intolerances", "gluten");
    assert_eq!(ticked(&gluten), ["gluten"]);
    assert_eq!(gluten.cleared, ["none"]);

    // Ticking twice unticks; nothing ticked is no answer. Unticking one's own box is no news,
    // and what was cleared is said once, not again on the next step.
    let unticked = choose(&gluten, "intolerances", "gluten");
    assert!(unticked.cleared.is_empty());
    assert!(none.apply(Action::Next).cleared.is_empty());
    assert!(ticked(&unticked).is_empty());
    assert_eq!(unticked.answers.get("intolerances"), None);
    let stuck = unticked.apply(Action::Next);
    assert_eq!(stuck.problem, Some(StepProblem::Unanswered));
    assert_eq!(on(&stuck).as_deref(), Some("intolerances"));

    // "None of these" ticked twice unticks too.
    let none_twice = choose(&none, "intolerances", "none");
    assert!(ticked(&none_twice).is_empty());
}

#[test]
fn single_choice_replaces_the_answer() {
    let at = Flow::new(content()).apply(Action::Start);
    let flow = choose(&choose(&at, "age", "16_24"), "age", "65_plus");
    // A radio's switch is heard as it happens: nothing to tell.
    assert!(flow.cleared.is_empty());
    assert_eq!(
        flow.answers.get("age"),
        Some(&Answer::One("65_plus".into()))
    );
}

#[test]
fn choices_for_another_question_or_an_unknown_option_are_ignored() {
    let at = Flow::new(content()).apply(Action::Start);
    assert_eq!(choose(&at, "diet", "vegan").answers, Answers::new());
    assert_eq!(choose(&at, "age", "99_plus").answers, Answers::new());
}

#[test]
fn show_results_works_only_when_every_asked_question_is_answered() {
    // Midway, it is ignored.
    let midway = walk_to(Flow::new(content()), &baseline(), "gas");
    assert_eq!(midway.apply(Action::ShowResults).screen, midway.screen);

    // Complete: from any question, straight to the results.
    let (results, _) = walk_to_results(&baseline());
    let editing = results.apply(Action::EditAnswers);
    assert!(editing.is_complete());
    assert_eq!(editing.apply(Action::ShowResults).screen, Screen::Results);

    // Opening a new question (stool_form) makes it incomplete again until it is answered.
    let at_bowel = walk_to(editing, &baseline(), "bowel_change");
    let yes = choose(&at_bowel, "bowel_change", "yes");
    assert!(!yes.is_complete());
    assert_eq!(
        yes.apply(Action::ShowResults).screen,
        Screen::Question(index("bowel_change"))
    );
    let answered = choose(&yes.apply(Action::Next), "stool_form", "type_3");
    assert!(answered.is_complete());
    assert_eq!(answered.apply(Action::ShowResults).screen, Screen::Results);
}

#[test]
fn edit_answers_from_results_goes_to_the_first_question_with_answers_kept() {
    let (results, _) = walk_to_results(&mixed());
    let editing = results.apply(Action::EditAnswers);
    assert_eq!(editing.screen, Screen::Question(0));
    assert_eq!(editing.answers, mixed());
}

#[test]
fn start_again_from_results_clears_every_answer() {
    let (results, _) = walk_to_results(&mixed());
    let fresh = results.apply(Action::StartAgain);
    assert_eq!(fresh.screen, Screen::Intro);
    assert_eq!(fresh.answers, Answers::new());
    assert_eq!(fresh.problem, None);
    assert_eq!(fresh.apply(Action::Start).screen, Screen::Question(0));
}

#[test]
fn actions_that_make_no_sense_on_a_screen_are_ignored() {
    let intro = Flow::new(content());
    assert_eq!(intro.apply(Action::Next).screen, Screen::Intro);
    assert_eq!(intro.apply(Action::EditAnswers).screen, Screen::Intro);
    let first = intro.apply(Action::Start);
    assert_eq!(first.apply(Action::Start).screen, Screen::Question(0));
    assert_eq!(first.apply(Action::EditAnswers).screen, Screen::Question(0));
}

#[test]
fn a_whole_reader_walks_from_the_intro_to_the_results_by_actions_only() {
    let (flow, steps) = walk_to_results(&mixed());
    // 32 questions less warn_after_50 (age 35_49): 31 answered, one Next each.
    assert_eq!(steps, 31);
    assert_eq!(flow.screen, Screen::Results);
    assert!(flow.is_complete());
    assert_eq!(flow.answers, mixed());

    // The same numbers as worked out by hand in tests/scoring.rs.
    let report = Report::new(flow.content(), &flow.answers).expect("complete answers");
    let values: std::collections::BTreeMap<&str, u8> = report
        .scores
        .iter()
        .map(|s| (s.def.id.as_str(), s.value))
        .collect();
    assert_eq!(values, expect(MIXED_SCORES));
}

#[test]
fn the_healthy_reader_answers_29_questions() {
    let (flow, steps) = walk_to_results(&baseline());
    assert_eq!(steps, 29);
    assert_eq!(flow.answers, baseline());
}

#[test]
fn next_on_the_last_question_goes_to_the_first_gap_never_to_incomplete_results() {
    let last = *content().asked_indices(&baseline()).last().unwrap();
    let water = content().question_index("water").unwrap();
    let mut flow = Flow::new(content());
    flow.screen = Screen::Question(last);

    // An answer missing earlier on (say, from edited saved progress): back to that question.
    flow.answers = without(&baseline(), "water");
    assert_eq!(flow.apply(Action::Next).screen, Screen::Question(water));

    // A reader under 16 who reached the end another way: the stop screen.
    flow.answers = baseline().with("age", "under_16");
    assert_eq!(flow.apply(Action::Next).screen, Screen::NotForYou);

    // Every answer given: the results.
    flow.answers = baseline();
    assert_eq!(flow.apply(Action::Next).screen, Screen::Results);
}
