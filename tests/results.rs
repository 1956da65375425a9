//! The results report: only for complete answers, the doctor card first, the gentle note, the
//! first-week plan built from the foods to start with, and each line placed once.

mod support;

use gut_skin_check::content::{Content, ScoreKind, Urgency, SHIPPED};
use gut_skin_check::interface::Ui;
use gut_skin_check::plan::PlanStep;
use gut_skin_check::results::{Report, Shows, Voice};
use gut_skin_check::scoring::Band;
use gut_skin_check::share_code::{decode, encode};
use gut_skin_check::warning_signs::doctor_first;
use support::{
    baseline, content, mixed, report, with_allergies, with_circumstances, with_intolerances,
    without,
};

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
    let texts: Vec<String> = report.lines().into_iter().map(|l| l.text).collect();
    assert_eq!(
        texts[..4],
        [
            "Please get medical help today",
            "Get an urgent appointment with a doctor, or urgent medical help, today. If you are vomiting blood, bleeding heavily or feel very unwell, call an emergency number now (999 or 112 in the UK, 112 in the EU, 911 in North America).",
            "You told us about:",
            "Blood in your stools or vomit, black stools, or vomit like coffee grounds",
        ]
    );
    // Food suggestions stay available below it.
    assert!(report
        .foods()
        .lists
        .iter()
        .all(|list| !list.cards.is_empty()));
}

#[test]
fn the_card_opens_with_the_most_urgent_sign_and_grades_each() {
    let soon = report(&baseline().with("warn_night", "yes"));
    let card = soon.doctor_card.as_ref().unwrap();
    assert_eq!(card.urgency(), Urgency::Soon);
    assert_eq!(card.title(content()), "Please see a doctor soon");

    // Blood comes first, whatever order the questions were asked in.
    let both = report(
        &baseline()
            .with("warn_night", "yes")
            .with("warn_blood", "yes"),
    );
    let card = both.doctor_card.as_ref().unwrap();
    assert_eq!(card.urgency(), Urgency::Today);
    let signs: Vec<String> = card.signs.iter().map(|s| s.line(content())).collect();
    assert_eq!(
        signs,
        [
            "blood in your stools or vomit, black stools, or vomit like coffee grounds (today)",
            "bowel symptoms that wake you at night (soon)"
        ]
    );
}

#[test]
fn a_change_in_bowel_habit_for_3_weeks_or_more_gets_its_gp_line() {
    let recent = baseline()
        .with("bowel_change", "yes_under_3_weeks")
        .with("stool_form", "type_4");
    assert!(!report(&recent).has_doctor_card());

    let lasting = recent.with("bowel_change", "yes");
    let report = report(&lasting);
    let card = report.doctor_card.as_ref().unwrap();
    assert_eq!(card.urgency(), Urgency::Gp);
    assert_eq!(
        card.first_line(content()),
        "Book an appointment with your doctor (GP): a change in bowel habits that lasts 3 weeks or more should be checked."
    );
    assert_eq!(
        card.signs[0].line(content()),
        "a change in your bowel habits that has lasted 3 weeks or more (book an appointment)"
    );
}

#[test]
fn no_warning_sign_means_no_doctor_card() {
    assert!(!report(&baseline()).has_doctor_card());
    for age in ["50_59", "60_64", "65_plus"] {
        let report = report(&baseline().with("age", age).with("warn_after_50", "no"));
        assert!(!report.has_doctor_card(), "{age}");
    }
}

#[test]
fn vomiting_blood_is_asked_with_blood_in_the_stools_and_needs_help_today() {
    let question = content().question("warn_blood").unwrap();
    assert!(
        question.text.contains("blood in your stools or vomit"),
        "{}",
        question.text
    );
    assert!(
        question.text.contains("coffee grounds"),
        "{}",
        question.text
    );
    // Today at any age, and first on the card whatever else was answered.
    for answers in [
        baseline().with("warn_blood", "yes"),
        baseline()
            .with("age", "65_plus")
            .with("warn_after_50", "yes")
            .with("bowel_change", "yes")
            .with("stool_form", "type_4")
            .with("warn_blood", "yes"),
    ] {
        let report = report(&answers);
        let card = report.doctor_card.as_ref().unwrap();
        assert_eq!(card.urgency(), Urgency::Today);
        assert_eq!(card.title(content()), "Please get medical help today");
        assert!(card
            .first_line(content())
            .contains("If you are vomiting blood"));
        assert!(
            card.signs[0].sign.contains("vomit"),
            "{}",
            card.signs[0].sign
        );
    }
}

#[test]
fn a_change_in_bowel_habit_for_3_weeks_or_more_needs_a_doctor_sooner_from_60() {
    for (age, urgency, line) in [
        ("16_24", Urgency::Gp, "(book an appointment)"),
        ("35_49", Urgency::Gp, "(book an appointment)"),
        ("50_59", Urgency::Gp, "(book an appointment)"),
        ("60_64", Urgency::Soon, "(soon)"),
        ("65_plus", Urgency::Soon, "(soon)"),
    ] {
        // The question about symptoms after 50 counts only where it is asked.
        let answers = baseline()
            .with("age", age)
            .with("warn_after_50", "no")
            .with("bowel_change", "yes")
            .with("stool_form", "type_4");
        let report = report(&answers);
        let card = report.doctor_card.as_ref().unwrap();
        assert_eq!(card.urgency(), urgency, "{age}");
        let sign = card.signs[0].line(content());
        assert!(
            sign.starts_with("a change in your bowel habits") && sign.ends_with(line),
            "{age}: {sign}"
        );
        // A change of less than 3 weeks is no warning sign at any age.
        let recent = answers.with("bowel_change", "yes_under_3_weeks");
        assert!(!support::report(&recent).has_doctor_card(), "{age}");
    }
    // From 60 the card's heading and first line are those of "soon".
    let older = report(
        &baseline()
            .with("age", "60_64")
            .with("warn_after_50", "no")
            .with("bowel_change", "yes")
            .with("stool_form", "type_4"),
    );
    let card = older.doctor_card.as_ref().unwrap();
    assert_eq!(card.title(content()), "Please see a doctor soon");
    assert!(card
        .first_line(content())
        .starts_with("Book an appointment with a doctor soon"));
}

#[test]
fn a_lump_in_the_tummy_needs_a_doctor_soon_and_vomiting_that_keeps_fluids_out_today() {
    let report = report(&baseline().with("warn_weight_loss", "yes"));
    let card = report.doctor_card.as_ref().unwrap();
    assert_eq!(card.urgency(), Urgency::Soon);
    assert_eq!(
        card.signs[0].sign,
        "weight loss you did not intend, or a lump in your tummy"
    );
    // Being sick so often that fluids will not stay down: an urgent appointment or NHS 111,
    // today; trouble swallowing on its own: soon (NICE: endoscopy within 2 weeks).
    let sick = support::report(&baseline().with("warn_vomiting", "yes"));
    assert_eq!(sick.doctor_card.as_ref().unwrap().urgency(), Urgency::Today);
    let swallowing = support::report(&baseline().with("warn_swallowing", "yes"));
    let card = swallowing.doctor_card.as_ref().unwrap();
    assert_eq!(
        (card.urgency(), card.signs[0].sign),
        (Urgency::Soon, "trouble swallowing")
    );
    // Graded with the others: the most urgent first, then soon, then a lasting change.
    let many = support::report(
        &baseline()
            .with("bowel_change", "yes")
            .with("stool_form", "type_4")
            .with("warn_weight_loss", "yes")
            .with("warn_vomiting", "yes"),
    );
    let urgencies: Vec<Urgency> = (many.doctor_card.as_ref().unwrap().signs.iter())
        .map(|s| s.urgency)
        .collect();
    assert_eq!(urgencies, [Urgency::Today, Urgency::Soon, Urgency::Gp]);
}

#[test]
fn a_family_history_of_ovarian_cancer_is_asked_about_and_named_on_the_card() {
    let question = content().question("warn_family").unwrap();
    assert!(
        question.text.contains("ovarian cancer"),
        "{}",
        question.text
    );
    let report = report(&baseline().with("warn_family", "yes"));
    let card = report.doctor_card.as_ref().unwrap();
    assert_eq!(card.urgency(), Urgency::Soon);
    assert!(
        card.signs[0].sign.contains("bowel or ovarian cancer"),
        "{}",
        card.signs[0].sign
    );
}

#[test]
fn doctor_first_is_said_exactly_when_the_results_showed_the_doctor_card() {
    let readers = [
        baseline(),
        mixed(),
        support::highest("type_4"),
        baseline().with("warn_blood", "yes"),
        baseline().with("warn_vomiting", "yes"),
        baseline().with("warn_weight_loss", "yes"),
        baseline().with("warn_night", "yes"),
        baseline().with("warn_family", "yes"),
        baseline().with("age", "50_59").with("warn_after_50", "yes"),
        baseline().with("age", "50_59").with("warn_after_50", "no"),
        baseline()
            .with("bowel_change", "yes")
            .with("stool_form", "type_1"),
        baseline()
            .with("bowel_change", "yes_under_3_weeks")
            .with("stool_form", "type_1"),
        // A warning answer to a question the reader is not asked shows no card.
        baseline().with("warn_after_50", "yes"),
    ];
    let mut shown = 0;
    for answers in &readers {
        let card = report(answers).has_doctor_card();
        let line = doctor_first(content(), answers);
        assert_eq!(line.is_some(), card, "{answers:?}");
        if let Some(line) = line {
            assert_eq!(line, content().ui(Ui::DoctorFirst));
            shown += 1;
        }
    }
    assert_eq!(shown, 8, "the readers above with a card");
    assert!(content()
        .ui(Ui::DoctorFirst)
        .starts_with("Your last results asked you to see a doctor."));
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
            let text = &report.notes[0].text;
            assert!(
                text.contains("see a doctor if they go on for 3 weeks")
                    && text.contains("a pharmacist can advise you"),
                "{text}"
            );
            assert!(report.notes[0].source.starts_with("NHS"));
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
    // With IBS the whole-grain answer scores nothing; fewer than 10 plants a week calls for them.
    let answers = with_intolerances(
        baseline().with("plant_variety", "under_10"),
        &["gluten", "ibs"],
    );
    let report = report(&answers);
    let grains = report
        .plan
        .iter()
        .find(|step| step.action.contains("porridge oats labelled gluten-free"))
        .expect("whole grains in the plan");
    let line = grains.line(content());
    // The version's own caution, then its list's.
    assert!(
        line.contains(
            "; a few people with coeliac disease react even to oats labelled gluten-free, so ask your doctor or dietitian before you add them"
        ),
        "{line}"
    );
    assert!(
        line.contains("; with IBS, more fiber is not always better: add one food at a time"),
        "{line}"
    );
    assert!(
        line.ends_with("cut back again if your symptoms get worse."),
        "{line}"
    );
}

#[test]
fn foods_behind_an_ask_first_caution_never_enter_the_plan() {
    let answers = with_circumstances(
        baseline()
            .with("fermented", "under_1")
            .with("prebiotic", "under_1")
            .with("whole_grains", "0"),
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
    // Someone who lacks only fermented foods, all of them behind "ask first", starts on
    // nothing: the foods they already eat are not offered as a start.
    let only_ferments = with_circumstances(
        baseline().with("fermented", "under_1"),
        &["immunocompromised"],
    );
    assert!(support::report(&only_ferments)
        .suggestions
        .starters()
        .is_empty());
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
        .any(|c| c.starts_with("Caution: With IBS, more fiber is not always better")));
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

// --- The summary: what was adjusted, what was left out, each focus area, the skin -----------

#[test]
fn the_summary_says_what_the_advice_was_adjusted_for_in_the_readers_answers() {
    assert_eq!(report(&baseline()).summary.adjusted_for, None);
    let answers = with_circumstances(
        with_intolerances(baseline().with("diet", "vegetarian"), &["lactose"]),
        &["pregnant"],
    );
    assert_eq!(
        report(&answers).summary.adjusted_for.as_deref(),
        Some("Adjusted for your vegetarian diet, lactose intolerance and pregnancy.")
    );
    // A vegan has both the vegetarian and the vegan restriction: named once, as they said it.
    let vegan = with_circumstances(baseline().with("diet", "vegan"), &["breastfeeding"]);
    assert_eq!(
        report(&vegan).summary.adjusted_for.as_deref(),
        Some("Adjusted for your vegan diet."),
        "breastfeeding changes nothing, so it is not named"
    );
}

#[test]
fn the_summary_names_a_food_allergy_among_what_the_advice_was_adjusted_for() {
    let adjusted = |answers| report(&answers).summary.adjusted_for;
    assert_eq!(
        adjusted(with_allergies(baseline(), &["milk"])).as_deref(),
        Some("Adjusted for your milk allergy.")
    );
    assert_eq!(
        adjusted(with_allergies(
            baseline().with("diet", "vegetarian"),
            &["milk", "sesame"]
        ))
        .as_deref(),
        Some("Adjusted for your vegetarian diet, milk allergy and sesame allergy.")
    );
    // The allergy makes two restrictions hold (gluten and the cereals themselves): named once,
    // and not as coeliac disease.
    assert_eq!(
        adjusted(with_allergies(baseline(), &["gluten_cereals"])).as_deref(),
        Some("Adjusted for your allergy to cereals with gluten.")
    );
    assert_eq!(
        adjusted(with_intolerances(
            with_allergies(baseline(), &["gluten_cereals"]),
            &["gluten"]
        ))
        .as_deref(),
        Some("Adjusted for your coeliac disease or gluten sensitivity and allergy to cereals with gluten.")
    );
    // What a food allergy left out, when a focus area needed it, is put down to the allergy.
    let pregnant = with_circumstances(
        with_allergies(baseline().with("fermented", "under_1"), &["milk"]),
        &["pregnant"],
    );
    assert_eq!(
        report(&pregnant).summary.left_out.as_deref(),
        Some("Left out for you: kefir (see why below).")
    );
    // The line just before has named both answers; with another that left nothing out, it
    // says which did.
    assert_eq!(
        report(&with_intolerances(pregnant, &["lactose"]))
            .summary
            .left_out
            .as_deref(),
        Some("Left out because of your milk allergy and pregnancy: kefir (see why below).")
    );
}

#[test]
fn foods_left_out_that_a_focus_area_needs_are_named_in_the_summary_with_why() {
    let answers = with_intolerances(
        baseline()
            .with("fermented", "under_1")
            .with("prebiotic", "under_1"),
        &["histamine"],
    );
    let report = report(&answers);
    let focus: Vec<&str> = report
        .focus_areas()
        .iter()
        .map(|s| s.def.id.as_str())
        .collect();
    assert_eq!(focus[0], "probiotic_prebiotic");
    assert_eq!(
        report.summary.left_out.as_deref(),
        Some("Left out for you: bananas, yogurt with live cultures, kefir, sauerkraut and kimchi (see why below).")
    );
    // With a limit on salt too, which left nothing out, the line says which answer did.
    let salt = with_circumstances(answers.clone(), &["salt"]);
    assert_eq!(
        support::report(&salt).summary.left_out.as_deref(),
        Some("Left out because of your histamine intolerance: bananas, yogurt with live cultures, kefir, sauerkraut and kimchi (see why below).")
    );
    // A reader whose focus areas the left-out foods would not help hears nothing of them here.
    let healthy = with_intolerances(baseline(), &["histamine"]);
    assert!(report_left_out_is_empty(&healthy));
}

fn report_left_out_is_empty(answers: &gut_skin_check::answers::Answers) -> bool {
    report(answers).summary.left_out.is_none()
}

#[test]
fn every_focus_area_has_a_next_step_or_says_why_it_has_none() {
    let report = report(&mixed());
    let focus = report.focus_areas();
    assert_eq!(report.summary.focus_lines.len(), focus.len());
    for (score, line) in focus.iter().zip(&report.summary.focus_lines) {
        assert!(
            line.starts_with(&format!("{}: {}, ", score.def.name, score.value)),
            "{line}"
        );
        let steps = [
            "; start with ",
            "; your first week has a step for it.",
            "; what would help it most is left out for you.",
            "; none of the foods to start with is aimed at it.",
            "; you already eat the foods that may help it.",
        ];
        assert!(steps.iter().any(|step| line.contains(step)), "{line}");
    }
    // Hydration is helped by no food: its step is the first week's water habit.
    let thirsty = report_of_thirsty();
    let hydration = thirsty
        .focus_areas()
        .iter()
        .position(|s| s.def.id == "hydration")
        .expect("hydration is a focus area");
    assert!(
        thirsty.summary.focus_lines[hydration]
            .ends_with("most attention needed; your first week has a step for it."),
        "{}",
        thirsty.summary.focus_lines[hydration]
    );
    // The food that helps a focus area most, among those to start with, is named.
    let fermented = support::report(&baseline().with("fermented", "under_1"));
    assert_eq!(
        fermented.summary.focus_lines[0],
        "Probiotic & prebiotic foods: 50, some attention needed; start with kefir."
    );
}

fn report_of_thirsty() -> Report<'static> {
    report(&baseline().with("water", "0_2"))
}

#[test]
fn each_skin_concern_is_linked_to_the_score_the_article_ties_it_to() {
    assert!(report(&baseline()).summary.skin.is_empty());
    let answers = baseline()
        .with_many("skin_concerns", &["acne", "psoriasis", "dryness"])
        .with("skin_bother", "1");
    let report = report(&answers);
    let value = |id: &str| report.score(id).unwrap().value;
    assert_eq!(
        report.summary.skin,
        [
            // Acne weighs as much on both; one line each for a group of concerns alike. No
            // band: "little attention needed" beside a skin condition would read as reassurance.
            format!(
                "Research links acne with inflammation (your score: {}) and microbiome balance (your score: {}).",
                value("inflammation"),
                value("microbiome")
            ),
            format!(
                "Research links psoriasis with inflammation (your score: {}).",
                value("inflammation")
            ),
            // The research ties dry skin to the gut less firmly, and the line says so.
            format!(
                "This check links dry skin with nutrient absorption (your score: {}), though the evidence for that link is limited.",
                value("absorption")
            ),
        ]
    );
    for line in &report.summary.skin {
        for band in [Band::Low, Band::Some, Band::High] {
            assert!(!line.contains(content().ui(band.label())), "{line}");
        }
    }
    let grouped = support::report(
        &baseline()
            .with_many("skin_concerns", &["rosacea", "eczema", "psoriasis"])
            .with("skin_bother", "1"),
    );
    let lines = &grouped.summary.skin;
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines.iter().any(|line| line
        .starts_with("Research links eczema and psoriasis with inflammation (your score: ")));
    assert!(lines.iter().any(
        |line| line.starts_with("Research links rosacea with microbiome balance (your score: ")
    ));
}

#[test]
fn skin_that_bothers_the_reader_a_lot_gets_the_gp_pharmacist_or_dermatologist_note() {
    let concern = baseline().with_many("skin_concerns", &["psoriasis"]);
    assert!(report(&concern.clone().with("skin_bother", "1"))
        .notes
        .is_empty());
    for bother in ["2", "3"] {
        let report = report(&concern.clone().with("skin_bother", bother));
        assert_eq!(report.notes.len(), 1, "{bother}");
        let text = &report.notes[0].text;
        assert!(
            text.contains("a doctor, pharmacist or dermatologist can help")
                && text.contains("alongside treatment, never instead of it"),
            "{text}"
        );
    }
}

/// The notes a report shows, beyond those about the skin.
fn note_texts(answers: &gut_skin_check::answers::Answers) -> Vec<String> {
    (report(answers).notes.iter())
        .filter(|note| !note.with_skin)
        .map(|note| note.text.clone())
        .collect()
}

#[test]
fn six_or_more_infections_a_year_bring_the_note_that_a_doctor_can_look_for_a_cause() {
    assert!(note_texts(&baseline().with("infections", "4_5")).is_empty());
    let notes = note_texts(&baseline().with("infections", "6_plus"));
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(
        notes[0].contains("6 or more infections")
            && notes[0].contains("a doctor can check whether anything makes you more prone"),
        "{}",
        notes[0]
    );
    assert!(!report(&baseline().with("infections", "6_plus")).has_doctor_card());
}

#[test]
fn coeliac_disease_brings_the_note_to_test_before_cutting_out_gluten_and_an_allergy_does_not() {
    let coeliac = with_intolerances(baseline(), &["gluten"]);
    let notes = note_texts(&coeliac);
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(
        notes[0].contains("before you cut out gluten")
            && notes[0].contains("the test only works while you still eat it"),
        "{}",
        notes[0]
    );
    // The gluten restriction holds for an allergy to cereals with gluten too, but the test is
    // about coeliac disease, which the reader did not tick.
    assert!(note_texts(&with_allergies(baseline(), &["gluten_cereals"])).is_empty());
    assert_eq!(
        note_texts(&with_allergies(coeliac, &["gluten_cereals"])),
        notes
    );
}

#[test]
fn bloating_on_most_days_from_the_age_of_50_brings_its_own_note() {
    let older_note = |answers| {
        (note_texts(&answers).into_iter())
            .filter(|text| text.contains("aged 50 or over"))
            .count()
    };
    for age in ["50_59", "60_64", "65_plus"] {
        let older = baseline().with("age", age).with("warn_after_50", "no");
        for days in ["5_6", "7"] {
            let answers = older.clone().with("bloating", days);
            assert_eq!(older_note(answers.clone()), 1, "{age} {days}");
            // Alongside the note on symptoms on most days, not instead of it.
            assert_eq!(note_texts(&answers).len(), 2, "{age} {days}");
        }
        assert_eq!(
            older_note(older.clone().with("bloating", "3_4")),
            0,
            "{age}"
        );
        // Other symptoms on most days bring only the general note.
        let loose = older.with("loose_stools", "7");
        assert_eq!(older_note(loose.clone()), 0, "{age}");
        assert_eq!(note_texts(&loose).len(), 1, "{age}");
    }
    for age in ["16_24", "35_49"] {
        assert_eq!(
            older_note(baseline().with("age", age).with("bloating", "7")),
            0
        );
    }
}

#[test]
fn scores_keep_face_validity_for_infections_and_allergies() {
    // Two or three colds a year is usual for an adult.
    let usual = report(&baseline().with("infections", "2_3"));
    assert_eq!(usual.score("immune").unwrap().value, 0);
    // An allergy is the immune system over-reacting: it counts for less than frequent
    // infections do.
    let hay_fever = report(&baseline().with("allergies", "seasonal"));
    let infections = report(&baseline().with("infections", "6_plus"));
    assert!(hay_fever.score("immune").unwrap().value < infections.score("immune").unwrap().value);
    let about = &content().score("immune").unwrap().about;
    assert!(about.contains("over-reacts"), "{about}");
}

#[test]
fn no_line_tells_the_reader_what_they_have_in_either_language() {
    let spanish = Content::parse(SHIPPED[1].1).expect("the Spanish file is sound");
    let readers = [
        mixed(),
        support::highest("type_7"),
        with_circumstances(
            with_intolerances(mixed().with("diet", "vegan"), &["ibs", "histamine"]),
            &["salt", "pregnant"],
        ),
        with_intolerances(
            baseline()
                .with_many("skin_concerns", &["psoriasis", "rosacea"])
                .with("skin_bother", "3")
                .with("warn_blood", "yes"),
            &["lactose", "gluten"],
        ),
    ];
    for answers in &readers {
        for (content, said) in [(content(), "you have"), (&spanish, "tienes")] {
            let report = Report::new(content, answers).expect("complete answers");
            for line in report.lines() {
                assert!(
                    !line.text.to_lowercase().contains(said),
                    "“{}” says “{said}”",
                    line.text
                );
            }
        }
    }
}

#[test]
fn each_day_of_the_week_is_its_latest_food_and_the_all_week_habits() {
    use gut_skin_check::plan::steps_on;
    let report = report(&mixed());
    let plan = &report.plan;
    assert!(plan.len() >= 4, "{plan:?}");
    let day = |d: u8| -> Vec<String> { steps_on(plan, d).iter().map(|s| s.what()).collect() };
    let habits: Vec<String> = plan
        .iter()
        .filter(|s| s.all_week)
        .map(|s| s.what())
        .collect();
    assert!(!habits.is_empty());
    for d in 0..7u8 {
        let steps = day(d);
        let started = (plan.iter().rev())
            .find(|s| !s.all_week && s.from_day <= d)
            .unwrap();
        assert_eq!(steps[0], started.what(), "day {d}");
        assert_eq!(&steps[1..], &habits[..], "day {d}");
    }
    assert!(day(0)[0].starts_with("begin with "));
    assert!(day(2)[0].starts_with("add ") && day(2)[0].contains("keep the first change going"));
    assert_eq!(day(5), day(6));
}

#[test]
fn a_focus_area_no_food_is_aimed_at_never_says_the_reader_already_eats_what_helps_it() {
    // Psoriasis 3 of inflammation's 12; the foods help probiotic & prebiotic foods, fiber and
    // microbiome balance only, so no food is aimed at inflammation, eaten already or not.
    let answers = baseline()
        .with_many("skin_concerns", &["psoriasis"])
        .with("skin_bother", "3");
    assert_eq!(
        report(&answers).summary.focus_lines,
        ["Inflammation: 25, little attention needed; none of the foods to start with is aimed at it."]
    );
}
