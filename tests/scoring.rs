//! Scoring known answer sets to known numbers, worked out by hand from `src/content.json`.
//!
//! score = round(100 * earned / possible), half up. `possible` sums, over every question that is
//! asked and answered, the highest weight any of its options gives that score; a multi-choice
//! question earns the weight of its strongest chosen option only.
//!
//! Ceilings of the always-asked questions (27 of them), per score:
//! - inflammation 14: skin_concerns 3, abdominal_pain 4, reflux 2, loose_stools 2, allergies 1,
//!   processed 2. Conditional: skin_bother +3, stool_form +1.
//! - absorption 13: skin_concerns 3, bloating 2, loose_stools 4, constipation 1, fruit_veg 2,
//!   water 1. Conditional: stool_form +3.
//! - immune 6: skin_concerns 1, infections 3, allergies 2. Two or three infections a year are
//!   usual for an adult and score nothing; an allergy counts for less than frequent infections;
//!   antibiotics count towards microbiome balance only.
//! - microbiome 30: skin_concerns 3, bloating 4, gas 4, constipation 3, bowel_change 1,
//!   antibiotics 4, fermented 2, prebiotic 1, whole_grains 1, fruit_veg 1, plant_variety 4,
//!   processed 2. Conditional: stool_form +2.
//! - probiotic_prebiotic 8: fermented 4, prebiotic 4.
//! - fiber 11: whole_grains 4, fruit_veg 4, plant_variety 3.
//! - hydration 4: water 4.
//! - processed 4: processed 4.

mod support;

use gut_skin_check::scoring::{focus_areas, Band, DRIVERS_SHOWN};
use support::{
    baseline, content, expect, highest, mixed, report, scores, value, values, without,
    MIXED_SCORES, SCORE_IDS,
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
    // inflammation 18/18, absorption 16/16, immune 6/6, habits 8/8, 11/11, 4/4, 4/4 = 100;
    // microbiome earns 30 of 32 = 93.75 -> 94.
    assert_eq!(
        values(&highest("type_7")),
        expect([
            ("inflammation", 100),
            ("absorption", 100),
            ("immune", 100),
            ("microbiome", 94),
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
    // microbiome 32/32 = 100; absorption 14/16 = 87.5 -> 88 (half rounds up);
    // inflammation 17/18 = 94.4 -> 94.
    assert_eq!(
        values(&highest("type_1")),
        expect([
            ("inflammation", 94),
            ("absorption", 88),
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
    // skin_bother and stool_form are both asked, so their ceilings count.
    // inflammation: acne 3 + bother "2" 2 + pain "1_2" 1 + processed "7_13" 1 = 7 / 18
    //   = 38.9 -> 39
    // absorption: dryness 3 + bloating "3_4" 1 + fruit_veg "2_3" 1 = 5 / 16 = 31.25 -> 31
    // immune: infections "2_3" 0 + seasonal 1 + antibiotics "1" 0 = 1 / 6 = 16.7 -> 17
    // microbiome: acne 3 + bloating 2 + gas "5_6" 3 + constipation "3_4" 2 + bowel_change 1
    //   + type_2 1 + antibiotics 2 + fermented "1_2" 1 + plant_variety "10_19" 2
    //   + processed 1 = 18 / 32 = 56.25 -> 56
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
    // acne 3, eczema 3, psoriasis 3 and rosacea 1 all weigh inflammation; only 3 counts.
    // skin_bother "0" is asked and earns nothing, but adds its ceiling of 3:
    // inflammation 3 / (14 + 3) = 17.6 -> 18 (summing the ticks would give 10/17 -> 59).
    // microbiome: acne 3 and rosacea 3 -> 3 / 30 = 10. immune: eczema 1 / 6 = 16.7 -> 17.
    let answers = baseline()
        .with_many("skin_concerns", &["acne", "eczema", "psoriasis", "rosacea"])
        .with("skin_bother", "0");
    assert_eq!(value(&answers, "inflammation"), 18);
    assert_eq!(value(&answers, "microbiome"), 10);
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
    // acne opens skin_bother; answering "0" earns 0 of its 3:
    // inflammation 3 / 17 = 17.6 -> 18 (it would be 3 / 14 = 21 if the ceiling were skipped).
    let answers = baseline()
        .with_many("skin_concerns", &["acne"])
        .with("skin_bother", "0");
    assert_eq!(value(&answers, "inflammation"), 18);
    // microbiome: acne 3 / 30 = 10.
    assert_eq!(value(&answers, "microbiome"), 10);
}

#[test]
fn drivers_are_the_answers_that_gave_most_points_described_in_the_readers_terms() {
    // inflammation: pain "7" 4, psoriasis 3, reflux "5_6" 2, skin_bother "1" 1 = 10 / 17
    // = 58.8 -> 59. Only the three largest are kept, largest first.
    let answers = baseline()
        .with_many("skin_concerns", &["psoriasis"])
        .with("skin_bother", "1")
        .with("abdominal_pain", "7")
        .with("reflux", "5_6");
    let scores = scores(&answers);
    let inflammation = scores.iter().find(|s| s.def.id == "inflammation").unwrap();
    assert_eq!(inflammation.value, 59);
    assert_eq!(DRIVERS_SHOWN, 3);

    let drivers: Vec<(&str, u32, String)> = inflammation
        .drivers
        .iter()
        .map(|d| (d.question.id.as_str(), d.points, d.describe(content())))
        .collect();
    assert_eq!(
        drivers,
        [
            (
                "abdominal_pain",
                4,
                "stomach pain or cramps every day of the last 7".to_owned()
            ),
            ("skin_concerns", 3, "psoriasis".to_owned()),
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
    // counts: the healthy reader stays at 0 (it would give absorption 3/16 -> 19 otherwise).
    let hidden = baseline().with("stool_form", "type_7");
    assert_eq!(values(&hidden), values(&baseline()));
    assert_eq!(value(&hidden, "absorption"), 0);
    assert_eq!(value(&hidden, "inflammation"), 0);

    // The mixed reader with bowel_change "no": the bowel_change point and stool_form go.
    // inflammation 7 / 17 = 41.2 -> 41; absorption 5 / 13 = 38.5 -> 38;
    // microbiome 16 / 30 = 53.3 -> 53; the rest as before.
    let unchanged = mixed()
        .with("bowel_change", "no")
        .with("stool_form", "type_7");
    let expected = expect([
        ("inflammation", 41),
        ("absorption", 38),
        ("immune", 17),
        ("microbiome", 53),
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
fn skin_bother_answer_does_not_count_without_a_skin_concern() {
    // skin_concerns "none" hides skin_bother: inflammation is pain "7" 4 / 14 = 28.6 -> 29
    // (counting skin_bother "3" would give 7 / 17 -> 41).
    let answers = baseline().with("abdominal_pain", "7");
    let hidden = answers.clone().with("skin_bother", "3");
    assert_eq!(value(&hidden, "inflammation"), 29);
    assert_eq!(values(&hidden), values(&answers));
    assert!(scores(&hidden)[0]
        .drivers
        .iter()
        .all(|d| d.question.id != "skin_bother"));
}

#[test]
fn focus_areas_are_the_three_highest_scores_highest_first() {
    // Mixed reader: hydration 75, processed 75 (tie: content order), fiber 73; then
    // microbiome 56 is left out.
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
    // Only two scores move: hydration 3/4 = 75 and microbiome gas "1_2" 1/30 = 3.3 -> 3.
    let answers = baseline().with("water", "3_4").with("gas", "1_2");
    let scores = scores(&answers);
    let focus: Vec<(&str, u8)> = focus_areas(&scores)
        .iter()
        .map(|s| (s.def.id.as_str(), s.value))
        .collect();
    assert_eq!(focus, [("hydration", 75), ("microbiome", 3)]);
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
    // 31 low, 39 some, 56 some, 73 high.
    let report = report(&mixed());
    let band = |id: &str| report.score(id).unwrap().band();
    assert_eq!(band("absorption"), Band::Low);
    assert_eq!(band("inflammation"), Band::Some);
    assert_eq!(band("microbiome"), Band::Some);
    assert_eq!(band("fiber"), Band::High);
}
