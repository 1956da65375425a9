//! Scoring known answer sets to known numbers, worked out by hand from `content/en.json`.
//!
//! score = round(100 * earned / possible), half up. `possible` sums, over every question that is
//! asked and answered, the highest weight any of its options gives that score; a multi-choice
//! question earns the weight of its strongest chosen option only.
//!
//! Ceilings of the always-asked questions (29 of them), per score:
//! - inflammation 12: skin_concerns 3, abdominal_pain 2, reflux 2, loose_stools 2, allergies 1,
//!   processed 2. Conditional: stool_form +1. How much the skin bothers the reader weighs
//!   nothing: it says how bad the skin is, not how the gut is doing.
//! - absorption 12: skin_concerns 3, bloating 2, loose_stools 4, constipation 1, fruit_veg 2.
//!   Conditional: stool_form +3. How much water the reader drinks counts for hydration only.
//! - immune 6: skin_concerns 1, infections 3, allergies 2. Two or three infections a year are
//!   usual for an adult and score nothing; an allergy counts for less than frequent infections;
//!   antibiotics count towards microbiome balance only.
//! - microbiome 28: skin_concerns 3, bloating 4, gas 2, constipation 3, bowel_change 1,
//!   antibiotics 4, fermented 2, prebiotic 1, whole_grains 1, fruit_veg 1, plant_variety 4,
//!   processed 2. Conditional: stool_form +2.
//! - probiotic_prebiotic 8: fermented 4, prebiotic 4.
//! - fiber 11: whole_grains 4, fruit_veg 4, plant_variety 3.
//! - hydration 4: water 4.
//! - processed 4: processed 4.
//!
//! A habit question is left out, ceiling and all, for a reader told to keep off what it asks
//! about: fermented for histamine intolerance (probiotic_prebiotic 4, microbiome 2), and
//! whole_grains for IBS (fiber 4, microbiome 1).

mod support;

use gut_skin_check::scoring::{focus_areas, Band, DRIVERS_SHOWN};
use support::{
    baseline, content, expect, highest, mixed, report, scores, value, values, with_intolerances,
    without, MIXED_SCORES, SCORE_IDS,
};

#[test]
fn lowest_attention_answers_give_0_on_every_score() {
    // Every answer earns 0 points, over a non-zero ceiling: 0 / possible = 0.
    let values = values(&baseline());
    assert_eq!(values.len(), 8);
    for id in SCORE_IDS {
        assert_eq!(values[id], 0, "{id}");
    }
}

#[test]
fn lowest_attention_answers_have_no_drivers_and_no_focus_areas() {
    let scores = scores(&baseline());
    for score in &scores {
        assert!(score.drivers.is_empty(), "{} has drivers", score.def.id);
        assert_eq!(score.band(), Band::Low);
    }
    assert!(focus_areas(&scores).is_empty());
}

#[test]
fn highest_attention_answers_give_100_except_where_the_bristol_type_trades_off() {
    // Type 7 (watery) tops absorption (3) and inflammation (1) but gives microbiome nothing
    // (type 1 would give 2). Every other answer earns its question's ceiling:
    // inflammation 13/13, absorption 15/15, immune 6/6, habits 8/8, 11/11, 4/4, 4/4 = 100;
    // microbiome earns 28 of 30 = 93.3 -> 93.
    assert_eq!(
        values(&highest("type_7")),
        expect([
            ("inflammation", 100),
            ("absorption", 100),
            ("immune", 100),
            ("microbiome", 93),
            ("probiotic_prebiotic", 100),
            ("fiber", 100),
            ("hydration", 100),
            ("processed", 100),
        ])
    );
}

#[test]
fn highest_attention_answers_with_hard_lumps_top_microbiome_instead() {
    // Type 1 (hard lumps): microbiome 2 of 2, absorption 1 of 3, inflammation 0 of 1.
    // microbiome 30/30 = 100; absorption 13/15 = 86.7 -> 87;
    // inflammation 12/13 = 92.3 -> 92.
    assert_eq!(
        values(&highest("type_1")),
        expect([
            ("inflammation", 92),
            ("absorption", 87),
            ("immune", 100),
            ("microbiome", 100),
            ("probiotic_prebiotic", 100),
            ("fiber", 100),
            ("hydration", 100),
            ("processed", 100),
        ])
    );
}

#[test]
fn mixed_reader_scores_match_the_hand_worked_numbers() {
    // stool_form is asked, so its ceilings count; skin_bother is asked too, and weighs nothing.
    // inflammation: acne 3 + pain "1_2" 1 + processed "7_13" 1 = 5 / 13 = 38.5 -> 38
    // absorption: dryness 3 + bloating "3_4" 1 + fruit_veg "2_3" 1 = 5 / 15 = 33.3 -> 33
    // immune: infections "2_3" 0 + seasonal 1 + antibiotics "1" 0 = 1 / 6 = 16.7 -> 17
    // microbiome: acne 3 + bloating 2 + gas "5_6" 2 + constipation "3_4" 2 + bowel_change 1
    //   + type_2 1 + antibiotics 2 + fermented "1_2" 1 + plant_variety "10_19" 2
    //   + processed 1 = 17 / 30 = 56.7 -> 57
    // probiotic_prebiotic: fermented "1_2" 3 + prebiotic "3_5" 1 = 4 / 8 = 50
    // fiber: whole_grains "1" 3 + fruit_veg "2_3" 3 + plant_variety "10_19" 2 = 8 / 11
    //   = 72.7 -> 73
    // hydration: water "3_4" 3 / 4 = 75; processed: "7_13" 3 / 4 = 75
    assert_eq!(values(&mixed()), expect(MIXED_SCORES));
}

#[test]
fn scores_come_in_the_contents_order() {
    let ids: Vec<&str> = scores(&mixed()).iter().map(|s| s.def.id.as_str()).collect();
    assert_eq!(ids, SCORE_IDS);
}

#[test]
fn multi_choice_question_counts_only_its_strongest_chosen_option() {
    // acne 3, eczema 3, psoriasis 3 and rosacea 1 all weigh inflammation; only 3 counts:
    // inflammation 3 / 12 = 25 (summing the ticks would give 10/12 -> 83).
    // microbiome: acne 3 and rosacea 3 -> 3 / 28 = 10.7 -> 11. immune: eczema 1 / 6 = 16.7 -> 17.
    let answers = baseline()
        .with_many("skin_concerns", &["acne", "eczema", "psoriasis", "rosacea"])
        .with("skin_bother", "0");
    assert_eq!(value(&answers, "inflammation"), 25);
    assert_eq!(value(&answers, "microbiome"), 11);
    assert_eq!(value(&answers, "immune"), 17);
    assert_eq!(value(&answers, "absorption"), 0);

    let scores = scores(&answers);
    let inflammation = &scores[0];
    assert_eq!(inflammation.drivers.len(), 1);
    let driver = &inflammation.drivers[0];
    assert_eq!(driver.question.id, "skin_concerns");
    assert_eq!(driver.points, 3);
    let described = driver.describe(content());
    assert_eq!(
        described,
        "acne or breakouts, eczema, psoriasis, rosacea or facial redness"
    );
}

#[test]
fn conditional_question_that_is_asked_adds_its_ceiling_even_when_it_earns_nothing() {
    // A recent change in bowel habit opens stool_form; type 4 earns 0 of its 3 for absorption:
    // loose_stools "7" 4 / (12 + 3) = 26.7 -> 27 (it would be 4 / 12 = 33.3 -> 33 if the
    // ceiling were skipped).
    let answers = baseline()
        .with("loose_stools", "7")
        .with("bowel_change", "yes_under_3_weeks")
        .with("stool_form", "type_4");
    assert_eq!(value(&answers, "absorption"), 27);
    // microbiome: bowel_change 1 / (28 + 2) = 3.3 -> 3 (1 / 28 = 3.6 -> 4 without stool_form).
    assert_eq!(value(&answers, "microbiome"), 3);
}

#[test]
fn drivers_are_the_answers_that_gave_most_points_described_in_the_readers_terms() {
    // inflammation: psoriasis 3, pain "7" 2, reflux "5_6" 2, loose_stools "3_4" 1 = 8 / 12
    // = 66.7 -> 67. Only the three largest are kept, largest first; the pain and the reflux
    // tie, and keep the questions' order.
    let answers = baseline()
        .with_many("skin_concerns", &["psoriasis"])
        .with("skin_bother", "1")
        .with("abdominal_pain", "7")
        .with("reflux", "5_6")
        .with("loose_stools", "3_4");
    let scores = scores(&answers);
    let inflammation = scores.iter().find(|s| s.def.id == "inflammation").unwrap();
    assert_eq!(inflammation.value, 67);
    assert_eq!(DRIVERS_SHOWN, 3);

    let drivers: Vec<(&str, u32, String)> = inflammation
        .drivers
        .iter()
        .map(|d| (d.question.id.as_str(), d.points, d.describe(content())))
        .collect();
    assert_eq!(
        drivers,
        [
            ("skin_concerns", 3, "psoriasis".to_owned()),
            (
                "abdominal_pain",
                2,
                "stomach pain or cramps every day of the last 7".to_owned()
            ),
            (
                "reflux",
                2,
                "heartburn or acid coming back up on 5 or 6 of the last 7 days".to_owned()
            ),
        ]
    );
}

#[test]
fn drivers_name_only_answers_that_moved_that_score() {
    // Mixed reader, hydration: only water "3_4" (3 points) gives hydration points.
    let scores = scores(&mixed());
    let hydration = scores.iter().find(|s| s.def.id == "hydration").unwrap();
    assert_eq!(hydration.drivers.len(), 1);
    assert_eq!(hydration.drivers[0].question.id, "water");
    assert_eq!(hydration.drivers[0].points, 3);
    assert_eq!(
        hydration.drivers[0].describe(content()),
        "3 or 4 glasses of water a day"
    );
    assert_eq!(
        hydration.explanation(content()),
        "Your answers that raised your hydration score most: 3 or 4 glasses of water a day."
    );
    // Immune: only the seasonal allergy raises it; two or three infections are usual.
    let immune = scores.iter().find(|s| s.def.id == "immune").unwrap();
    let points: Vec<u32> = immune.drivers.iter().map(|d| d.points).collect();
    assert_eq!(points, [1]);
    assert_eq!(
        immune.drivers[0].describe(content()),
        "allergies at certain times of year"
    );
}

#[test]
fn stool_form_answer_does_not_count_while_bowel_habits_are_unchanged() {
    // A stale "watery" stool answer stays stored but stool_form is not asked, so nothing of it
    // counts: the healthy reader stays at 0 (it would give absorption 3/15 -> 20 otherwise).
    let hidden = baseline().with("stool_form", "type_7");
    assert_eq!(values(&hidden), values(&baseline()));
    assert_eq!(value(&hidden, "absorption"), 0);
    assert_eq!(value(&hidden, "inflammation"), 0);

    // The mixed reader with bowel_change "no": the bowel_change point and stool_form go.
    // inflammation 5 / 12 = 41.7 -> 42; absorption 5 / 12 = 41.7 -> 42;
    // microbiome 15 / 28 = 53.6 -> 54; the rest as before.
    let unchanged = mixed()
        .with("bowel_change", "no")
        .with("stool_form", "type_7");
    let expected = expect([
        ("inflammation", 42),
        ("absorption", 42),
        ("immune", 17),
        ("microbiome", 54),
        ("probiotic_prebiotic", 50),
        ("fiber", 73),
        ("hydration", 75),
        ("processed", 75),
    ]);
    assert_eq!(values(&unchanged), expected);
    assert_eq!(
        values(&without(&unchanged, "stool_form")),
        expected,
        "the same scores as if stool_form had never been answered"
    );
}

#[test]
fn how_much_the_skin_bothers_the_reader_raises_no_score() {
    // Psoriasis opens skin_bother: inflammation 3 / 12 = 25 however much it bothers them.
    let psoriasis = baseline().with_many("skin_concerns", &["psoriasis"]);
    let calm = values(&psoriasis.clone().with("skin_bother", "0"));
    assert_eq!(calm["inflammation"], 25);
    for bother in ["1", "2", "3"] {
        let answers = psoriasis.clone().with("skin_bother", bother);
        assert_eq!(values(&answers), calm, "skin_bother {bother}");
        let drivers = scores(&answers).into_iter().flat_map(|s| s.drivers);
        assert!(
            drivers.into_iter().all(|d| d.question.id != "skin_bother"),
            "skin_bother {bother}"
        );
    }
}

#[test]
fn a_histamine_readers_fermented_foods_answer_raises_neither_habit_nor_microbiome() {
    // Fermented "under_1" would give probiotic_prebiotic 4 and microbiome 2. Without it, and
    // without its ceilings: probiotic_prebiotic is prebiotic "1_2" 3 / 4 = 75 (7 / 8 -> 88
    // if it counted, 3 / 8 -> 38 if only its points were dropped); microbiome is
    // antibiotics "2_plus" 4 / (28 - 2) = 15.4 -> 15 (6 / 28 = 21.4 -> 21 if it counted).
    let answers = baseline()
        .with("fermented", "under_1")
        .with("prebiotic", "1_2")
        .with("antibiotics", "2_plus");
    let histamine = with_intolerances(answers.clone(), &["histamine"]);
    assert_eq!(value(&histamine, "probiotic_prebiotic"), 75);
    assert_eq!(value(&histamine, "microbiome"), 15);
    let drivers = scores(&histamine).into_iter().flat_map(|s| s.drivers);
    assert!(drivers.into_iter().all(|d| d.question.id != "fermented"));
    // Any other reader is scored on it, as before.
    assert_eq!(value(&answers, "probiotic_prebiotic"), 88);
    assert_eq!(value(&answers, "microbiome"), 21);
    let lactose = with_intolerances(answers, &["lactose"]);
    assert_eq!(value(&lactose, "probiotic_prebiotic"), 88);
}

#[test]
fn an_ibs_readers_whole_grains_answer_raises_neither_fiber_nor_microbiome() {
    // Whole grains "0" would give fiber 4 and microbiome 1. Without it and its ceilings:
    // fiber is fruit_veg "2_3" 3 / (11 - 4) = 42.9 -> 43 (7 / 11 -> 64 if it counted, 3 / 11
    // -> 27 if only its points were dropped); microbiome 0 / 27 = 0 (1 / 28 -> 4).
    let answers = baseline()
        .with("whole_grains", "0")
        .with("fruit_veg", "2_3");
    let ibs = with_intolerances(answers.clone(), &["ibs"]);
    assert_eq!(value(&ibs, "fiber"), 43);
    assert_eq!(value(&ibs, "microbiome"), 0);
    let drivers = scores(&ibs).into_iter().flat_map(|s| s.drivers);
    assert!(drivers.into_iter().all(|d| d.question.id != "whole_grains"));
    assert_eq!(value(&answers, "fiber"), 64);
    assert_eq!(value(&answers, "microbiome"), 4);
    // Leaving it out moves nothing it never weighed: absorption is fruit_veg 1 / 13 = 8 both ways.
    assert_eq!(value(&ibs, "absorption"), 8);
    assert_eq!(value(&answers, "absorption"), 8);
}

#[test]
fn focus_areas_are_the_three_highest_scores_highest_first() {
    // Mixed reader: hydration 75, processed 75 (tie: content order), fiber 73; then
    // microbiome 57 is left out.
    let report = report(&mixed());
    let focus: Vec<(&str, u8)> = report
        .focus_areas()
        .iter()
        .map(|s| (s.def.id.as_str(), s.value))
        .collect();
    assert_eq!(focus, [("hydration", 75), ("processed", 75), ("fiber", 73)]);
}

#[test]
fn a_score_of_0_is_never_a_focus_area() {
    // Only two scores move: hydration 3/4 = 75 and microbiome gas "1_2" 1/28 = 3.6 -> 4.
    let answers = baseline().with("water", "3_4").with("gas", "1_2");
    let scores = scores(&answers);
    let focus: Vec<(&str, u8)> = focus_areas(&scores)
        .iter()
        .map(|s| (s.def.id.as_str(), s.value))
        .collect();
    assert_eq!(focus, [("hydration", 75), ("microbiome", 4)]);
}

#[test]
fn bands_split_at_33_and_66() {
    assert_eq!(Band::of(0), Band::Low);
    assert_eq!(Band::of(33), Band::Low);
    assert_eq!(Band::of(34), Band::Some);
    assert_eq!(Band::of(66), Band::Some);
    assert_eq!(Band::of(67), Band::High);
    assert_eq!(Band::of(100), Band::High);
    assert_ne!(Band::Low.label(), Band::Some.label());
    assert_ne!(Band::Some.label(), Band::High.label());
}

#[test]
fn mixed_readers_bands_follow_their_values() {
    // 31 low, 38 some, 57 some, 73 high.
    let report = report(&mixed());
    let band = |id: &str| report.score(id).unwrap().band();
    assert_eq!(band("absorption"), Band::Low);
    assert_eq!(band("inflammation"), Band::Some);
    assert_eq!(band("microbiome"), Band::Some);
    assert_eq!(band("fiber"), Band::High);
}
