//! Shared fixtures for the integration tests: the English content and typical answer sets.
//!
//! Every answer set here is written out by hand from `content/en.json`, so the tests compare
//! the code against the content, not against the code itself.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::sync::OnceLock;

use gut_skin_check::answers::Answers;
use gut_skin_check::content::Content;
use gut_skin_check::results::Report;
use gut_skin_check::scoring::{score, Score};
use gut_skin_check::suggestions::{suggest, Suggestions};

/// The English content, parsed once and shared by every test in the binary.
pub fn content() -> &'static Content {
    static CONTENT: OnceLock<&'static Content> = OnceLock::new();
    CONTENT.get_or_init(|| {
        let content = Content::parse(gut_skin_check::content::ENGLISH);
        Box::leak(Box::new(content.expect("content is sound")))
    })
}

/// The eight scores, in the content's order.
pub const SCORE_IDS: [&str; 8] = [
    "inflammation",
    "absorption",
    "immune",
    "microbiome",
    "probiotic_prebiotic",
    "fiber",
    "hydration",
    "processed",
];

/// A healthy reader: every always-asked question answered with its lowest-attention option.
///
/// 29 answers. `skin_bother` (needs a skin concern), `stool_form` (needs `bowel_change = yes`)
/// and `warn_after_50` (needs age 50+) are not asked, so they are not answered.
pub fn baseline() -> Answers {
    Answers::new()
        .with("age", "25_34")
        .with("diet", "omnivore")
        .with_many("intolerances", &["none"])
        .with_many("circumstances", &["none"])
        .with_many("food_allergies", &["none"])
        .with_many("skin_concerns", &["none"])
        .with("bloating", "0")
        .with("abdominal_pain", "0")
        .with("gas", "0")
        .with("reflux", "0")
        .with("loose_stools", "0")
        .with("constipation", "0")
        .with("bowel_change", "no")
        .with("infections", "0_1")
        .with("allergies", "none")
        .with("antibiotics", "0")
        .with("fermented", "6_plus")
        .with("prebiotic", "6_plus")
        .with("whole_grains", "3_plus")
        .with("fruit_veg", "6_plus")
        .with("plant_variety", "30_plus")
        .with("water", "7_plus")
        .with("processed", "0_2")
        .with("warn_blood", "no")
        .with("warn_weight_loss", "no")
        .with("warn_vomiting", "no")
        .with("warn_night", "no")
        .with("warn_swallowing", "no")
        .with("warn_family", "no")
}

/// The baseline reader with a list of intolerances (multi-choice) instead of "none".
pub fn with_intolerances(answers: Answers, intolerances: &[&str]) -> Answers {
    answers.with_many("intolerances", intolerances)
}

/// The baseline reader with a list of circumstances (multi-choice) instead of "none".
pub fn with_circumstances(answers: Answers, circumstances: &[&str]) -> Answers {
    answers.with_many("circumstances", circumstances)
}

/// The baseline reader with a list of food allergies (multi-choice) instead of "none".
pub fn with_allergies(answers: Answers, allergies: &[&str]) -> Answers {
    answers.with_many("food_allergies", allergies)
}

/// Every question answered with the option that gives the most points, with the Bristol type
/// given. No single Bristol type tops both microbiome (type 1) and absorption (type 7).
pub fn highest(stool_form: &str) -> Answers {
    baseline()
        .with_many(
            "skin_concerns",
            &[
                "acne",
                "eczema",
                "psoriasis",
                "rosacea",
                "dryness",
                "dullness",
                "ageing",
            ],
        )
        .with("skin_bother", "3")
        .with("bloating", "7")
        .with("abdominal_pain", "7")
        .with("gas", "7")
        .with("reflux", "7")
        .with("loose_stools", "7")
        .with("constipation", "7")
        .with("bowel_change", "yes")
        .with("stool_form", stool_form)
        .with("infections", "6_plus")
        .with("allergies", "year_round")
        .with("antibiotics", "2_plus")
        .with("fermented", "under_1")
        .with("prebiotic", "under_1")
        .with("whole_grains", "0")
        .with("fruit_veg", "0_1")
        .with("plant_variety", "under_10")
        .with("water", "0_2")
        .with("processed", "14_plus")
}

/// A vegetarian, lactose-intolerant 35-to-49-year-old with acne and dry skin and a mix of
/// symptoms and habits. Every question asked is answered (31 of 32; `warn_after_50` is hidden).
/// The scores are worked out by hand in `tests/scoring.rs`.
pub fn mixed() -> Answers {
    baseline()
        .with("age", "35_49")
        .with("diet", "vegetarian")
        .with_many("intolerances", &["lactose"])
        .with_many("skin_concerns", &["acne", "dryness"])
        .with("skin_bother", "2")
        .with("bloating", "3_4")
        .with("abdominal_pain", "1_2")
        .with("gas", "5_6")
        .with("constipation", "3_4")
        .with("bowel_change", "yes_under_3_weeks")
        .with("stool_form", "type_2")
        .with("infections", "2_3")
        .with("allergies", "seasonal")
        .with("antibiotics", "1")
        .with("fermented", "1_2")
        .with("prebiotic", "3_5")
        .with("whole_grains", "1")
        .with("fruit_veg", "2_3")
        .with("plant_variety", "10_19")
        .with("water", "3_4")
        .with("processed", "7_13")
}

/// The scores for a set of answers.
pub fn scores(answers: &Answers) -> Vec<Score<'static>> {
    score(content(), answers)
}

/// Every score's value by id.
pub fn values(answers: &Answers) -> BTreeMap<&'static str, u8> {
    scores(answers)
        .into_iter()
        .map(|s| (s.def.id.as_str(), s.value))
        .collect()
}

/// One score's value.
pub fn value(answers: &Answers, id: &str) -> u8 {
    scores(answers)
        .into_iter()
        .find(|s| s.def.id == id)
        .unwrap_or_else(|| panic!("no score `{id}`"))
        .value
}

/// Expected values as a map, for comparing all eight scores at once.
/// The scores of [`mixed`], worked out by hand in `tests/scoring.rs`.
pub const MIXED_SCORES: [(&str, u8); 8] = [
    ("inflammation", 38),
    ("absorption", 33),
    ("immune", 17),
    ("microbiome", 57),
    ("probiotic_prebiotic", 50),
    ("fiber", 73),
    ("hydration", 75),
    ("processed", 75),
];

pub fn expect(pairs: [(&'static str, u8); 8]) -> BTreeMap<&'static str, u8> {
    pairs.into_iter().collect()
}

/// The suggestions for a set of answers.
pub fn suggestions(answers: &Answers) -> Suggestions<'static> {
    let scores = scores(answers);
    suggest(content(), answers, &scores)
}

/// The results report for a complete set of answers.
pub fn report(answers: &Answers) -> Report<'static> {
    Report::new(content(), answers).expect("a complete assessment")
}

/// The same answers without the one to `question`, as if it had never been answered.
pub fn without(answers: &Answers, question: &str) -> Answers {
    let mut kept = Answers::new();
    for (id, answer) in answers.iter().filter(|(id, _)| *id != question) {
        kept.set(id, answer.clone());
    }
    kept
}
