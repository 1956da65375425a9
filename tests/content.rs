//! The embedded content parses, and every reference in it resolves.

use gut_skin_check::content::{Content, ContentError, CONTENT_JSON};

#[test]
fn embedded_content_is_sound() {
    if let Err(error) = Content::embedded() {
        panic!("{error}");
    }
}

#[test]
fn assessment_has_20_to_30_questions_in_six_sections() {
    let content = Content::embedded().unwrap();
    assert!(
        (20..=30).contains(&content.questions.len()),
        "{} questions",
        content.questions.len()
    );
    assert_eq!(content.sections.len(), 6);
    for section in &content.sections {
        assert!(
            content.questions.iter().any(|q| q.section == section.id),
            "{} is empty",
            section.id
        );
    }
}

#[test]
fn foods_are_only_the_articles_three_lists() {
    let content = Content::embedded().unwrap();
    let by_list = |list: &str| -> Vec<&str> {
        content
            .foods
            .iter()
            .filter(|f| f.list == list)
            .map(|f| f.id.as_str())
            .collect()
    };
    assert_eq!(
        by_list("probiotic"),
        ["yogurt", "kefir", "sauerkraut", "kimchi"]
    );
    assert_eq!(by_list("prebiotic"), ["garlic", "onions", "bananas"]);
    assert_eq!(by_list("fiber"), ["whole_grains", "fruits", "vegetables"]);
    assert_eq!(content.foods.len(), 10);
}

#[test]
fn scores_are_the_four_mechanisms_and_four_habits() {
    let content = Content::embedded().unwrap();
    let ids: Vec<&str> = content.scores.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "inflammation",
            "absorption",
            "immune",
            "microbiome",
            "probiotic_prebiotic",
            "fiber",
            "hydration",
            "processed"
        ]
    );
}

/// Breaks one reference in the embedded content and expects validation to name it.
fn problems_after(find: &str, replace: &str) -> Vec<String> {
    assert!(
        CONTENT_JSON.contains(find),
        "fixture text `{find}` not in content"
    );
    match Content::parse(&CONTENT_JSON.replacen(find, replace, 1)) {
        Err(ContentError::Inconsistent(problems)) => problems,
        Err(other) => panic!("expected inconsistency, got {other}"),
        Ok(_) => panic!("content with `{replace}` passed validation"),
    }
}

#[test]
fn unknown_question_in_a_condition_is_reported() {
    let problems = problems_after(
        r#""question": "bowel_change", "any_of""#,
        r#""question": "bowel_changes", "any_of""#,
    );
    assert!(
        problems.iter().any(|p| p.contains("bowel_changes")),
        "{problems:?}"
    );
}

#[test]
fn unknown_option_in_a_condition_is_reported() {
    let problems = problems_after(r#""any_of": ["yes"]"#, r#""any_of": ["maybe"]"#);
    assert!(
        problems.iter().any(|p| p.contains("bowel_change/maybe")),
        "{problems:?}"
    );
}

#[test]
fn unknown_food_in_a_rule_is_reported() {
    let problems = problems_after(r#""foods": ["kimchi"]"#, r#""foods": ["kimchee"]"#);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("unknown food `kimchee`")),
        "{problems:?}"
    );
}

#[test]
fn unknown_restriction_in_a_rule_or_a_variant_is_reported() {
    let problems = problems_after(r#""when": ["histamine"]"#, r#""when": ["histamines"]"#);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("unknown restriction `histamines`")),
        "{problems:?}"
    );
    let problems = problems_after(r#""for": ["gluten"]"#, r#""for": ["coeliac"]"#);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("is for unknown restriction `coeliac`")),
        "{problems:?}"
    );
}

#[test]
fn a_food_with_no_version_for_some_reader_is_reported() {
    // Without the rule that leaves kimchi out for IBS, no kimchi variant is written for IBS.
    let problems = problems_after(r#""foods": ["kimchi"]"#, r#""foods": ["sauerkraut"]"#);
    assert!(
        problems
            .iter()
            .any(|p| p == "food `kimchi`, variant `Kimchi`, names `kimchi`, which `ibs` rules out"),
        "{problems:?}"
    );
    // A vegan with IBS would have no kefir written for them without the rule leaving it out.
    let problems = problems_after(
        r#""when": ["vegan", "ibs"],"#,
        r#""when": ["vegan", "ibs", "histamine"],"#,
    );
    assert!(
        problems.iter().any(
            |p| p == "food `kefir` has no variant for a reader who is vegetarian + vegan + ibs"
        ),
        "{problems:?}"
    );
}

#[test]
fn a_variant_naming_what_its_readers_rule_out_is_reported() {
    let problems = problems_after(
        "Add a spoonful of vegan kimchi to rice, a stir-fry or a soup",
        "Add a spoonful of vegan kimchi to rice, eggs or a soup",
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("names `eggs`, which `vegan` rules out")),
        "{problems:?}"
    );
    // The usual fruits name apples, which only readers without IBS see; their IBS version may not.
    let problems = problems_after(
        "Add one portion of low-FODMAP fruit a day",
        "Add one apple a day",
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("food `fruits`")
                && p.contains("names `apple`, which `ibs` rules out")),
        "{problems:?}"
    );
}

#[test]
fn a_tip_naming_what_a_reader_rules_out_is_reported() {
    let problems = problems_after(
        "a piece of fruit or a glass of water",
        "a handful of nuts or a glass of milk",
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("names `milk`, which `vegan` rules out")),
        "{problems:?}"
    );
}

#[test]
fn a_broken_term_list_is_reported() {
    let problems = problems_after(r#""terms": ["soy sauce""#, r#""terms": ["Soy Sauce""#);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("`Soy Sauce`, which is not lower-case ASCII words")),
        "{problems:?}"
    );
    let problems = problems_after(
        r#""allowed": ["oats labelled gluten-free"]"#,
        r#""allowed": ["brown rice"]"#,
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("allows `brown rice`, which names none of its terms")),
        "{problems:?}"
    );
    let problems = problems_after(
        r#""terms": ["unpasteurised", "raw milk", "home-made", "homemade"]"#,
        r#""terms": []"#,
    );
    assert!(
        problems
            .iter()
            .any(|p| p == "restriction `pregnant` has no terms"),
        "{problems:?}"
    );
}

#[test]
fn unknown_score_in_a_weight_is_reported() {
    let problems = problems_after(
        r#""weights": { "hydration": 4"#,
        r#""weights": { "hydratoin": 4"#,
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("unknown score `hydratoin`")),
        "{problems:?}"
    );
}

#[test]
fn unknown_score_in_a_food_is_reported() {
    let problems = problems_after(
        r#""helps": { "fiber": 3, "absorption": 2, "microbiome": 1 }"#,
        r#""helps": { "fibre": 3 }"#,
    );
    assert!(
        problems.iter().any(|p| p.contains("unknown score `fibre`")),
        "{problems:?}"
    );
}

#[test]
fn unknown_list_of_a_food_is_reported() {
    let problems = problems_after(r#""list": "prebiotic""#, r#""list": "prebiotics""#);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("unknown list `prebiotics`")),
        "{problems:?}"
    );
}

#[test]
fn condition_on_a_later_question_is_reported() {
    let problems = problems_after(
        r#""question": "age", "any_of""#,
        r#""question": "warn_family", "any_of""#,
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("not an earlier question")),
        "{problems:?}"
    );
}

#[test]
fn duplicate_question_is_reported() {
    let problems = problems_after(r#""id": "gas""#, r#""id": "bloating""#);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("question `bloating` is defined twice")),
        "{problems:?}"
    );
}

#[test]
fn packed_content_is_the_json_content() {
    assert_eq!(
        Content::embedded(),
        Content::parse(CONTENT_JSON).map(Content::without_checks)
    );
}

#[test]
fn damaged_packed_content_is_an_error_not_a_panic() {
    let packed = gut_skin_check::bundled::PACKED_CONTENT;
    for cut in [0, 1, 4, packed.len() / 2, packed.len() - 1] {
        assert_eq!(
            Content::unpack(&packed[..cut]),
            Err(ContentError::Undecodable),
            "cut at {cut}"
        );
    }
    // Any one byte changed, in the content or in its checksum, is caught.
    for at in (0..packed.len()).step_by(97).chain([packed.len() - 1]) {
        let mut damaged = packed.to_vec();
        damaged[at] ^= 0x20;
        assert_eq!(
            Content::unpack(&damaged),
            Err(ContentError::Undecodable),
            "byte {at} changed"
        );
    }
    let mut longer = packed.to_vec();
    longer.push(0);
    assert_eq!(Content::unpack(&longer), Err(ContentError::Undecodable));
}

#[test]
fn unreadable_content_is_an_error_not_a_panic() {
    assert!(matches!(
        Content::parse("{ not json"),
        Err(ContentError::Unreadable(_))
    ));
    assert!(matches!(
        Content::parse("{}"),
        Err(ContentError::Unreadable(_))
    ));
}

#[test]
fn texts_whose_case_the_widget_changes_start_with_an_ascii_letter() {
    let content = Content::embedded().unwrap();
    let names = content
        .foods
        .iter()
        .flat_map(|f| &f.variants)
        .map(|v| &v.name);
    for name in names.chain(content.tips.iter().map(|t| &t.name)) {
        assert!(name.starts_with(|c: char| c.is_ascii_uppercase()), "{name}");
    }
    let cautions = content
        .foods
        .iter()
        .flat_map(|f| &f.variants)
        .filter_map(|v| v.caution.as_ref());
    for caution in cautions {
        assert!(
            caution.starts_with(|c: char| c.is_ascii_lowercase()),
            "{caution}"
        );
    }
    for option in content.questions.iter().flat_map(|q| &q.options) {
        if let Some(warning) = &option.warning {
            assert!(
                warning.starts_with(|c: char| c.is_ascii_lowercase()),
                "{warning}"
            );
        }
    }
    for score in &content.scores {
        assert!(score.name.is_ascii(), "{}", score.name);
    }
}

#[test]
fn every_question_and_option_index_fits_in_one_byte_of_a_share_code() {
    let content = Content::embedded().unwrap();
    assert!(content.questions.len() <= 256);
    for question in &content.questions {
        assert!(question.options.len() <= 255, "{}", question.id);
    }
}

#[test]
fn no_question_id_is_a_step_name_the_stored_data_reserves() {
    let content = Content::embedded().unwrap();
    for reserved in ["intro", "results"] {
        assert!(content.question(reserved).is_none(), "{reserved}");
    }
}
