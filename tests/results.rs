//! The results report: only for complete answers, the doctor card first, the gentle note, the
//! first-week plan built from the foods to start with, and each line placed once.

mod support;

use gut_skin_check::content::ScoreKind;
use gut_skin_check::interface::Ui;
use gut_skin_check::plan::PlanStep;
use gut_skin_check::results::{Report, Shows, Voice};
use gut_skin_check::share_code::{decode, encode};
use support::{baseline, content, mixed, report, with_circumstances, with_intolerances, without};

fn all_week(plan: &[PlanStep]) -> Vec<String> {
    plan.iter()
        .filter(|step| step.when == "All week")
        .map(|step| step.line(content()))
        .collect()
}

// --- The results module gets the answers as share codes ------------------------------------

#[test]
fn answers_sent_as_a_share_code_make_the_same_report() {
    // The widget hands the results module each set of answers as its share code.
    let readers = [
        baseline(),
        mixed(),
        support::highest("type_7"),
        with_intolerances(baseline(), &["lactose", "gluten", "ibs", "histamine"]),
        with_circumstances(
            with_intolerances(mixed().with("diet", "vegan"), &["ibs"]),
            &["salt", "pregnant", "immunocompromised"],
        ),
        baseline().with("warn_blood", "yes"),
    ];
    for answers in readers {
        let sent = decode(content(), &encode(content(), &answers)).expect("a code it wrote");
        assert_eq!(
            Report::new(content(), &sent),
            Report::new(content(), &answers),
            "{answers:?}"
        );
        assert!(Report::new(content(), &sent).is_some(), "{answers:?}");
    }
}

// --- Only complete answers have results -----------------------------------------------------

#[test]
fn incomplete_answers_or_a_reader_under_16_have_no_results() {
    assert!(Report::new(content(), &baseline()).is_some());
    assert!(Report::new(content(), &without(&baseline(), "water")).is_none());
    assert!(Report::new(content(), &baseline().with("age", "under_16")).is_none());
    // A question the answers make relevant must be answered too.
    assert!(Report::new(content(), &baseline().with("bowel_change", "yes")).is_none());
    // An answer the question does not offer is no answer.
    assert!(Report::new(content(), &baseline().with("water", "lots")).is_none());
}

// --- Warning signs and the gentle note ------------------------------------------------------

#[test]
fn a_warning_sign_puts_the_doctor_card_first_and_names_the_sign() {
    let report = report(&baseline().with("warn_blood", "yes"));
    assert!(report.has_doctor_card());
    assert_eq!(
        report.warning_signs,
        ["blood in your stools, or black stools"]
    );
    assert_eq!(
        report.lines()[0].text,
        "Blood in your stools, or black stools"
    );
    // Food suggestions stay available below it.
    assert!(report
        .foods()
        .lists
        .iter()
        .all(|list| !list.cards.is_empty()));
}

#[test]
fn no_warning_sign_means_no_doctor_card() {
    assert!(!report(&baseline()).has_doctor_card());
    let report = report(&baseline().with("age", "50_64").with("warn_after_50", "no"));
    assert!(!report.has_doctor_card());
}

#[test]
fn symptoms_on_most_days_bring_the_gentle_note_not_the_doctor_card() {
    assert!(report(&baseline()).notes.is_empty());
    assert!(report(&baseline().with("loose_stools", "3_4"))
        .notes
        .is_empty());
    for question in [
        "loose_stools",
        "abdominal_pain",
        "constipation",
        "bloating",
        "reflux",
    ] {
        for days in ["5_6", "7"] {
            let report = report(&baseline().with(question, days));
            assert_eq!(report.notes.len(), 1, "{question} {days}");
            assert!(report.notes[0].text.contains("GP or a pharmacist"));
            assert_eq!(report.notes[0].source, "NHS");
            assert!(!report.has_doctor_card());
        }
    }
}

// --- First-week plan ------------------------------------------------------------------------

#[test]
fn plan_schedules_the_three_foods_to_start_with_in_the_readers_version() {
    let report = report(
        &baseline()
            .with("diet", "vegan")
            .with("fermented", "under_1"),
    );
    let starters = report.suggestions.starters();
    let lines: Vec<String> = report
        .plan
        .iter()
        .map(|step| step.line(content()))
        .collect();
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert_eq!(
        lines[0],
        format!(
            "Days 1–2: begin with {}.",
            starters[0].name().to_lowercase()
        )
    );
    assert!(lines[1].starts_with("Days 3–4: add "));
    assert!(lines[1].ends_with(", and keep the first change going."));
    assert!(lines[2].starts_with("Days 5–7: add "));
    assert_eq!(starters[0].food.list, "probiotic");
    assert!(lines[0].contains("water kefir") || lines[0].contains("plant-based yogurt"));
}

#[test]
fn a_plan_step_carries_its_foods_cautions_in_the_same_sentence() {
    let answers = with_intolerances(baseline().with("whole_grains", "0"), &["gluten", "ibs"]);
    let report = report(&answers);
    let grains = report
        .plan
        .iter()
        .find(|step| step.action.contains("gluten-free whole grains"))
        .expect("whole grains in the plan");
    let line = grains.line(content());
    assert!(
        line.contains(
            "; if you add oats, choose ones labelled gluten-free and ask your doctor or dietitian first"
        ),
        "{line}"
    );
    assert!(
        line.contains("; add fiber slowly, a little at a time"),
        "{line}"
    );
    assert!(line.ends_with("make IBS symptoms worse."), "{line}");
}

#[test]
fn foods_behind_an_ask_first_caution_never_enter_the_plan() {
    let answers = with_circumstances(
        baseline().with("fermented", "under_1"),
        &["immunocompromised", "salt"],
    );
    let report = report(&answers);
    for step in &report.plan {
        for word in ["yogurt", "kefir", "sauerkraut", "kimchi"] {
            assert!(!step.action.contains(word), "{}", step.line(content()));
        }
    }
    assert_eq!(
        report.plan.iter().filter(|s| s.when != "All week").count(),
        3
    );
}

#[test]
fn plan_adds_all_week_tips_only_for_habits_that_need_attention_most_needed_first() {
    assert!(all_week(&report(&baseline()).plan).is_empty());
    // water "5_6": hydration 1/4 = 25, still low: no tip.
    assert!(all_week(&report(&baseline().with("water", "5_6")).plan).is_empty());
    // water "3_4": hydration 3/4 = 75; processed "3_6" 1/4 = 25: hydration only.
    let plan = report(&baseline().with("water", "3_4").with("processed", "3_6")).plan;
    assert_eq!(all_week(&plan), ["All week: drink water through the day."]);
    // processed "14_plus" 100 over hydration "3_4" 75.
    let plan = report(&baseline().with("water", "3_4").with("processed", "14_plus")).plan;
    assert_eq!(
        all_week(&plan),
        [
            "All week: cut back on processed foods.",
            "All week: drink water through the day."
        ]
    );
}

// --- Each line once -------------------------------------------------------------------------

#[test]
fn a_lists_words_and_cautions_are_said_on_its_first_card_and_nowhere_else() {
    // IBS with little fiber: a fiber food starts, so its card says "You said" and "go slowly",
    // and the fiber section in the details says neither again.
    let answers = with_intolerances(mixed().with("whole_grains", "0"), &["ibs"]);
    let report = report(&answers);
    let foods = report.foods();
    let fiber_starter = foods
        .starters
        .iter()
        .find(|card| card.food.food.list == "fiber")
        .expect("a fiber food to start with");
    assert!(fiber_starter
        .said
        .as_deref()
        .unwrap()
        .starts_with("You said: "));
    assert!(fiber_starter
        .cautions
        .iter()
        .any(|c| c.starts_with("Caution: Add fiber slowly")));
    let section = foods
        .lists
        .iter()
        .find(|s| s.list.list.id == "fiber")
        .unwrap();
    assert_eq!(section.said, None);
    assert!(section.cautions.is_empty());
    assert!(section.cards.iter().all(|card| card.said.is_none()));
    // The starter's card in the list only describes it; the others say everything.
    assert_eq!(section.cards.len(), 3);
    for card in &section.cards {
        let started = std::ptr::eq(card.food, fiber_starter.food);
        assert_eq!(card.shows, if started { Shows::More } else { Shows::All });
    }
}

#[test]
fn research_about_a_list_the_reader_is_shown_nothing_from_is_left_out() {
    let wastyk = |report: &Report| report.evidence.iter().any(|e| e.source.contains("Wastyk"));
    assert!(wastyk(&report(&baseline())));
    assert!(!wastyk(&report(&with_intolerances(
        baseline(),
        &["histamine"]
    ))));
}

#[test]
fn report_has_four_mechanism_and_four_habit_scores_and_says_what_they_mean() {
    let report = report(&mixed());
    let of = |kind| {
        report
            .scores
            .iter()
            .filter(|s| s.def.kind == kind)
            .map(|s| s.def.id.as_str())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        of(ScoreKind::Mechanism),
        ["inflammation", "absorption", "immune", "microbiome"]
    );
    assert_eq!(
        of(ScoreKind::Habit),
        ["probiotic_prebiotic", "fiber", "hydration", "processed"]
    );
    assert!(content()
        .ui(Ui::Scale)
        .contains("out of 100: the higher it is, the more attention"));
    assert!(content().ui(Ui::Disclaimer).starts_with("Not a diagnosis"));
}

#[test]
fn explanations_quote_the_reader_and_never_say_you_have() {
    let report = report(&mixed().with_many("skin_concerns", &["rosacea"]));
    let microbiome = report.score("microbiome").unwrap();
    assert!(
        microbiome
            .explanation(content())
            .starts_with("Your answers that raised your microbiome balance score most: "),
        "{}",
        microbiome.explanation(content())
    );
    let inflammation = report.score("inflammation").unwrap().explanation(content());
    assert!(
        inflammation.contains("rosacea or facial redness"),
        "{inflammation}"
    );
    for line in report.lines() {
        let text = line.text.to_lowercase();
        if line.voice == Voice::Quote {
            assert!(!text.contains("you have"), "{}", line.text);
        }
        for condition in ["acne", "eczema", "psoriasis", "rosacea", "allergies", "ibs"] {
            assert!(
                !text.contains(&format!("you have {condition}")),
                "{}",
                line.text
            );
        }
    }
}
