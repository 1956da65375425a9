//! The results report: doctor card, scores, suggestions, first-week plan.

mod support;

use gut_skin_check::content::ScoreKind;
use gut_skin_check::plan::PlanStep;
use gut_skin_check::results::{Part, DISCLAIMER, SCALE};
use support::{baseline, content, mixed, report};

const WITHOUT_DOCTOR: [Part; 5] = [
    Part::Summary,
    Part::Scores,
    Part::Suggestions,
    Part::Plan,
    Part::Evidence,
];

fn first_step(food: &str) -> &'static str {
    &content().food(food).unwrap().first_step
}

fn tip_step(tip: &str) -> &'static str {
    &content()
        .tips
        .iter()
        .find(|t| t.id == tip)
        .unwrap()
        .first_step
}

fn all_week(plan: &[PlanStep]) -> Vec<&str> {
    plan.iter()
        .filter(|step| step.when == "All week")
        .map(|step| step.what.as_str())
        .collect()
}

// --- Warning signs --------------------------------------------------------------------------

#[test]
fn a_warning_sign_puts_the_doctor_card_first_and_names_the_sign() {
    let report = report(&baseline().with("warn_blood", "yes"));
    let mut expected = vec![Part::DoctorCard];
    expected.extend(WITHOUT_DOCTOR);
    assert_eq!(report.parts(), expected);
    assert_eq!(
        report.warning_signs,
        ["blood in your stools, or black stools"]
    );
    // Food suggestions stay available below it.
    assert_eq!(report.suggestions.lists.len(), 3);
    assert!(report.suggestions.lists.iter().all(|l| !l.foods.is_empty()));
}

#[test]
fn no_warning_sign_means_no_doctor_card() {
    let report = report(&baseline());
    assert!(report.warning_signs.is_empty());
    assert_eq!(report.parts(), WITHOUT_DOCTOR);
    assert!(!report.parts().contains(&Part::DoctorCard));
}

#[test]
fn every_warning_sign_answered_yes_is_listed_in_question_order() {
    let answers = baseline()
        .with("age", "65_plus")
        .with("warn_family", "yes")
        .with("warn_night", "yes")
        .with("warn_after_50", "yes")
        .with("warn_swallowing", "yes")
        .with("warn_weight_loss", "yes")
        .with("warn_blood", "yes");
    let report = report(&answers);
    assert_eq!(
        report.warning_signs,
        [
            "blood in your stools, or black stools",
            "weight loss you did not intend",
            "bowel symptoms that wake you at night",
            "bowel symptoms that began after the age of 50",
            "repeated vomiting or trouble swallowing",
            "a close relative with bowel cancer, inflammatory bowel disease or coeliac disease",
        ]
    );
    assert_eq!(report.parts()[0], Part::DoctorCard);
}

#[test]
fn symptoms_after_50_is_not_a_warning_for_a_younger_reader() {
    // warn_after_50 is asked only for 50_64 and 65_plus; a stored "yes" for a 25-to-34-year-old
    // (say, from before they corrected their age) must not raise the doctor card.
    for age in ["16_24", "25_34", "35_49"] {
        let report = report(&baseline().with("age", age).with("warn_after_50", "yes"));
        assert!(report.warning_signs.is_empty(), "age {age}");
        assert_eq!(report.parts(), WITHOUT_DOCTOR, "age {age}");
    }
}

#[test]
fn symptoms_after_50_is_a_warning_for_a_reader_over_50() {
    for age in ["50_64", "65_plus"] {
        let report = report(&baseline().with("age", age).with("warn_after_50", "yes"));
        assert_eq!(
            report.warning_signs,
            ["bowel symptoms that began after the age of 50"],
            "age {age}"
        );
        assert_eq!(report.parts()[0], Part::DoctorCard, "age {age}");
    }
    let report = report(&baseline().with("age", "50_64").with("warn_after_50", "no"));
    assert!(report.warning_signs.is_empty());
}

// --- First-week plan ------------------------------------------------------------------------

#[test]
fn plan_starts_with_one_food_from_each_list_the_most_needed_list_first() {
    // Fermented "under_1": probiotic_prebiotic 4/8 = 50, microbiome 2/30 = 7, others 0.
    // Relevance = sum(helps * score): kefir 3*50 + 3*7 = 171 (yogurt, sauerkraut, kimchi 164);
    // garlic and onions 3*50 + 2*7 = 164, bananas 2*50 + 7 = 107; whole grains and vegetables
    // 2*7 = 14, fruits 7. So: probiotic (kefir), prebiotic, fiber; no tip needs attention.
    let report = report(&baseline().with("fermented", "under_1"));
    let lists: Vec<&str> = report
        .suggestions
        .lists
        .iter()
        .map(|l| l.list.id.as_str())
        .collect();
    assert_eq!(lists, ["probiotic", "prebiotic", "fiber"]);

    let plan = &report.plan;
    assert_eq!(plan.len(), 3, "{plan:?}");
    let when: Vec<&str> = plan.iter().map(|s| s.when).collect();
    assert_eq!(when, ["Days 1–2", "Days 3–4", "Days 5–7"]);
    assert_eq!(plan[0].what, first_step("kefir"));
    assert!(
        [first_step("garlic"), first_step("onions")].contains(&plan[1].what.as_str()),
        "{}",
        plan[1].what
    );
    assert!(
        ["whole_grains", "fruits", "vegetables"]
            .map(first_step)
            .contains(&plan[2].what.as_str()),
        "{}",
        plan[2].what
    );
    // Each step is the best food of the list in that place.
    for (step, list) in plan.iter().zip(&report.suggestions.lists) {
        assert_eq!(step.what, list.foods[0].first_step);
    }
}

#[test]
fn plan_uses_the_first_step_of_the_food_the_reader_is_actually_offered() {
    // Same ranking as above, but a vegan is offered water kefir instead of milk kefir.
    let report = report(
        &baseline()
            .with("diet", "vegan")
            .with("fermented", "under_1"),
    );
    assert_eq!(
        report.plan[0].what,
        "Start with a small glass (about 100 ml) of water kefir every other day."
    );
}

#[test]
fn plan_adds_all_week_tips_only_for_habits_that_need_attention() {
    // Healthy reader: hydration 0 and processed 0 are both low: no tip.
    assert!(all_week(&report(&baseline()).plan).is_empty());

    // water "5_6": hydration 1/4 = 25, still low: no tip.
    assert!(all_week(&report(&baseline().with("water", "5_6")).plan).is_empty());

    // water "3_4": hydration 3/4 = 75 (high); processed "3_6" 1/4 = 25 (low): hydration only.
    let plan = report(&baseline().with("water", "3_4").with("processed", "3_6")).plan;
    assert_eq!(all_week(&plan), [tip_step("hydration")]);
    assert_eq!(plan.len(), 4);

    // Mixed reader: hydration 75 and processed 75: both, after the three food steps.
    let plan = report(&mixed()).plan;
    assert_eq!(plan.len(), 5);
    assert!(plan[..3].iter().all(|s| s.when != "All week"));
    assert_eq!(
        all_week(&plan),
        [tip_step("hydration"), tip_step("processed")]
    );
}

#[test]
fn all_week_tips_come_most_needed_first() {
    // processed "14_plus" 100 over hydration "3_4" 75.
    let plan = report(&baseline().with("water", "3_4").with("processed", "14_plus")).plan;
    assert_eq!(
        all_week(&plan),
        [tip_step("processed"), tip_step("hydration")]
    );
}

// --- The rest of the report -----------------------------------------------------------------

#[test]
fn report_has_four_mechanism_and_four_habit_scores() {
    let report = report(&mixed());
    let mechanisms: Vec<&str> = report
        .scores_of(ScoreKind::Mechanism)
        .map(|s| s.def.id.as_str())
        .collect();
    let habits: Vec<&str> = report
        .scores_of(ScoreKind::Habit)
        .map(|s| s.def.id.as_str())
        .collect();
    assert_eq!(
        mechanisms,
        ["inflammation", "absorption", "immune", "microbiome"]
    );
    assert_eq!(
        habits,
        ["probiotic_prebiotic", "fiber", "hydration", "processed"]
    );
}

#[test]
fn report_cites_the_articles_evidence_and_says_it_is_not_a_diagnosis() {
    let report = report(&baseline());
    let sources: Vec<&str> = report.evidence.iter().map(|e| e.source.as_str()).collect();
    assert!(sources.iter().any(|s| s.contains("Wastyk")), "{sources:?}");
    assert!(
        sources.iter().any(|s| s.contains("McDonald")),
        "{sources:?}"
    );
    assert!(DISCLAIMER.contains("not a diagnosis"));
    assert!(SCALE.contains("higher score means"));
}
