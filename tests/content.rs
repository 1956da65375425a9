//! The content files: every shipped one is sound and has the English ids, and each kind of
//! mistake in a blogger's file is reported with its own message at its JSON path.

mod support;

use gut_skin_check::content::{Content, ContentError, ENGLISH, SHIPPED, START_PARTS};
use gut_skin_check::interface::Ui;
use gut_skin_check::json::{Json, Problem};
use gut_skin_check::share_code::fingerprint;
use support::content;

#[test]
fn every_shipped_content_file_is_sound() {
    for (lang, text) in SHIPPED {
        match Content::parse(text) {
            Ok(content) => assert_eq!(content.lang, lang),
            Err(error) => panic!("content/{lang}.json:\n{error}"),
        }
    }
}

/// Every id and reference in a content file, in order: what saved data, share links and the
/// rules rely on, whatever the language.
fn skeleton(content: &Content) -> Vec<String> {
    let mut ids = vec![format!("version {}", content.version)];
    ids.extend(
        content
            .scores
            .iter()
            .map(|s| format!("score {} {:?}", s.id, s.kind)),
    );
    ids.extend(content.sections.iter().map(|s| format!("section {}", s.id)));
    for question in &content.questions {
        ids.push(format!(
            "question {} in {} {:?} if {:?} unscored if {:?} assumed {:?}",
            question.id,
            question.section,
            question.kind,
            question.show_if,
            question.unscored_if,
            question.assumed
        ));
        for option in &question.options {
            ids.push(format!(
                "option {}/{} {:?} stop {} exclusive {} warning {} {:?} sooner if {:?} was {:?}",
                question.id,
                option.id,
                option.weights,
                option.stop,
                option.exclusive,
                option.warning.is_some(),
                option.urgency,
                option.sooner_if,
                option.was
            ));
        }
    }
    ids.extend(content.lists.iter().map(|l| format!("list {}", l.id)));
    for food in &content.foods {
        ids.push(format!(
            "food {} in {} helps {:?} from {:?}",
            food.id, food.list, food.helps, food.reason_from
        ));
        for variant in &food.variants {
            ids.push(format!(
                "variant of {} for {:?} weaker {} caution {}",
                food.id,
                variant.suits,
                variant.weaker,
                variant.caution.is_some()
            ));
        }
    }
    ids.extend(
        content
            .tips
            .iter()
            .map(|t| format!("tip {} {} from {:?}", t.id, t.score, t.reason_from)),
    );
    ids.extend(
        content
            .restrictions
            .iter()
            .map(|r| format!("restriction {} when {:?}", r.id, r.when)),
    );
    ids.extend(content.rules.iter().map(|rule| {
        let effect = format!("{:?}", rule.effect);
        let kind = effect.split('(').next().unwrap_or_default();
        format!("rule {:?} {:?} {kind}", rule.when, rule.target)
    }));
    ids.extend(
        content
            .notes
            .iter()
            .map(|n| format!("note {:?} and {:?}", n.when_any, n.also_if)),
    );
    ids.extend(
        content
            .evidence
            .iter()
            .map(|e| format!("evidence on {:?}", e.list)),
    );
    for group in &content.plants {
        ids.push(format!("plants {}", group.id));
        ids.extend(group.plants.iter().map(|p| {
            let versions: Vec<&Vec<String>> = p.versions.iter().map(|v| &v.suits).collect();
            format!("plant {}/{} {versions:?}", group.id, p.id)
        }));
    }
    ids
}

/// The part of a content file the build serves first, as `scripts/post-build.mjs` writes it:
/// [`START_PARTS`], the interface texts that are not [`Ui::RESULTS_ONLY`], and the questions
/// without the fields only the results read.
fn start_of(text: &str) -> Json {
    let Ok(Json::Object(fields)) = gut_skin_check::json::parse(text) else {
        panic!("a content file is an object");
    };
    let without = |json: Json, left_out: &[&str]| match json {
        Json::Object(fields) => Json::Object(
            (fields.into_iter())
                .filter(|(key, _)| !left_out.contains(&key.as_str()))
                .collect(),
        ),
        other => other,
    };
    let results_only: Vec<&str> = Ui::RESULTS_ONLY.iter().map(|key| key.key()).collect();
    let start = (fields.into_iter())
        .filter(|(key, _)| START_PARTS.contains(&key.as_str()))
        .map(|(key, value)| match (key.as_str(), value) {
            ("interface", texts) => (key, without(texts, &results_only)),
            ("scores", Json::Array(scores)) => (
                key,
                Json::Array(
                    scores
                        .into_iter()
                        .map(|score| without(score, &["about"]))
                        .collect(),
                ),
            ),
            ("questions", Json::Array(questions)) => {
                let questions = questions.into_iter().map(|question| {
                    let Json::Object(fields) = without(question, &["summary_links", "unscored_if"])
                    else {
                        panic!("a question is an object");
                    };
                    Json::Object(
                        (fields.into_iter())
                            .map(|(key, value)| match (key.as_str(), value) {
                                ("options", Json::Array(options)) => {
                                    let options = options.into_iter().map(|option| {
                                        without(option, &["says", "short", "weak_link", "weights"])
                                    });
                                    (key, Json::Array(options.collect()))
                                }
                                (_, value) => (key, value),
                            })
                            .collect(),
                    )
                });
                (key, Json::Array(questions.collect()))
            }
            (_, value) => (key, value),
        });
    Json::Object(start.collect())
}

#[test]
fn the_part_served_first_is_all_the_widget_reads() {
    for (lang, text) in SHIPPED {
        let whole = Content::parse(text).expect("sound");
        let start = Content::read_start(&start_of(text)).expect("the start part reads");
        // Every text the widget shows is there, exactly as in the whole file; no other is.
        for key in Ui::ALL {
            let expected = if Ui::RESULTS_ONLY.contains(key) {
                ""
            } else {
                whole.ui(*key)
            };
            assert_eq!(start.ui(*key), expected, "{lang}: {key:?}");
        }
        // The questions, as the widget asks them, reads their warning signs and keeps answers:
        // the results module scores them.
        assert_eq!(start.questions.len(), whole.questions.len());
        for (start, whole) in start.questions.iter().zip(&whole.questions) {
            assert_eq!(
                (
                    &start.id,
                    &start.text,
                    &start.hint,
                    &start.show_if,
                    start.kind,
                    &start.assumed
                ),
                (
                    &whole.id,
                    &whole.text,
                    &whole.hint,
                    &whole.show_if,
                    whole.kind,
                    &whole.assumed
                ),
                "{lang}"
            );
            for (start, whole) in start.options.iter().zip(&whole.options) {
                assert_eq!(
                    (
                        &start.id,
                        &start.label,
                        start.exclusive,
                        &start.warning,
                        start.urgency,
                        &start.sooner_if,
                        &start.was
                    ),
                    (
                        &whole.id,
                        &whole.label,
                        whole.exclusive,
                        &whole.warning,
                        whole.urgency,
                        &whole.sooner_if,
                        &whole.was
                    ),
                    "{lang}"
                );
            }
        }
        let ids = |content: &Content| -> Vec<(String, String)> {
            (content.scores.iter())
                .map(|score| (score.id.clone(), score.name.clone()))
                .collect()
        };
        assert_eq!(ids(&start), ids(&whole), "{lang}");
        assert_eq!(start.sections, whole.sections, "{lang}");
        assert!(start.foods.is_empty() && start.rules.is_empty() && start.plants.is_empty());
        // The widget reads a blogger's whole file the same way, leaving the rest unread.
        let json = gut_skin_check::json::parse(text).expect("JSON");
        assert_eq!(
            Content::read_start(&json).expect("reads").questions,
            whole.questions,
            "{lang}"
        );
        // Whereas the whole file must have what the results need.
        let cut =
            Content::from_json(&start_of(text)).expect_err("the start alone is not a content file");
        assert!(cut.0.iter().any(|p| p.path == "$.foods"), "{cut}");
    }
}

#[test]
fn every_translation_has_exactly_the_english_ids() {
    let english = content();
    assert!(SHIPPED.len() >= 2, "English and at least one translation");
    for (lang, text) in SHIPPED.iter().skip(1) {
        let translation = Content::parse(text).expect("sound");
        assert_eq!(
            skeleton(&translation),
            skeleton(english),
            "content/{lang}.json"
        );
        assert_eq!(fingerprint(&translation), fingerprint(english), "{lang}");
        // A text with words of its own is translated; "{name} {value}" may stay as it is.
        for key in Ui::ALL {
            let outside_placeholders = english
                .ui(*key)
                .split('{')
                .map(|part| part.split_once('}').map_or(part, |(_, rest)| rest))
                .collect::<String>();
            if outside_placeholders.contains(char::is_alphabetic) {
                assert_ne!(
                    translation.ui(*key),
                    english.ui(*key),
                    "{lang}: {key:?} untranslated"
                );
            }
        }
    }
}

#[test]
fn assessment_has_about_30_questions_in_six_sections() {
    let content = content();
    // About four minutes: 20 to 30 questions for most readers, a few more where earlier
    // answers call for them (how much the skin bothers, stool form, symptoms after 50).
    let (fewest, most) = content.question_count_range();
    assert!(
        (20..=30).contains(&fewest) && most <= 32,
        "{fewest} to {most} questions"
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
    let content = content();
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
    let ids: Vec<&str> = content().scores.iter().map(|s| s.id.as_str()).collect();
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

/// The English file with one piece of text changed, as a blogger might edit it.
fn edited(find: &str, replace: &str) -> String {
    assert!(
        ENGLISH.contains(find),
        "fixture text `{find}` not in content"
    );
    ENGLISH.replacen(find, replace, 1)
}

/// Every problem the checks find in the English file after one edit.
fn problems_after(find: &str, replace: &str) -> Vec<Problem> {
    match Content::parse(&edited(find, replace)) {
        Err(ContentError(problems)) => problems,
        Ok(_) => panic!("content with `{replace}` passed the checks"),
    }
}

/// Asserts that one of `problems` is at `path` and says `message`.
#[track_caller]
fn assert_reported(problems: &[Problem], path: &str, message: &str) {
    assert!(
        problems
            .iter()
            .any(|p| p.path == path && p.message.contains(message)),
        "no problem at {path} saying “{message}” in:\n{}",
        problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
}

// --- Each kind of broken file, with its own message and path ---------------------------------

#[test]
fn text_that_is_not_json_is_reported_at_its_line_and_column() {
    let problems = problems_after(r#""lang": "en","#, r#""lang": "en""#);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, "line 4, column 3");
    assert!(
        problems[0]
            .message
            .starts_with("not valid JSON: expected `,` or `}`"),
        "{}",
        problems[0].message
    );
}

#[test]
fn a_dangling_reference_is_reported_where_it_is_written() {
    let problems = problems_after(r#""foods": ["kimchi"]"#, r#""foods": ["kimchee"]"#);
    assert_reported(
        &problems,
        "$.rules[1].target.foods[0]",
        "names unknown food `kimchee`",
    );

    let problems = problems_after(
        r#""question": "bowel_change", "any_of""#,
        r#""question": "bowel_changes", "any_of""#,
    );
    assert_reported(
        &problems,
        "$.questions[14].show_if[0].question",
        "names unknown question `bowel_changes`",
    );

    let problems = problems_after(
        r#""any_of": ["yes_under_3_weeks", "yes"]"#,
        r#""any_of": ["maybe", "yes"]"#,
    );
    assert_reported(
        &problems,
        "$.questions[14].show_if[0].any_of[0]",
        "names `maybe`, which is not an option of question `bowel_change`",
    );
}

#[test]
fn a_missing_interface_text_is_reported_by_its_key() {
    let problems = problems_after("    \"next\": \"Next\",\n", "");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_reported(
        &problems,
        "$.interface.next",
        "this interface text is missing",
    );
}

#[test]
fn an_interface_text_that_loses_or_invents_a_placeholder_is_reported() {
    let problems = problems_after(
        r#""question_number": "Question {number} of {count}""#,
        r#""question_number": "Question {number} of {total}""#,
    );
    assert_reported(
        &problems,
        "$.interface.question_number",
        "must contain {count}",
    );
    assert_reported(
        &problems,
        "$.interface.question_number",
        "has {total}, which is not one of {number}, {count}",
    );
    let problems = problems_after(r#""months": "Jan Feb"#, r#""months": "Feb"#);
    assert_reported(&problems, "$.interface.months", "must name 12 months");
    let problems = problems_after(r#""title": "#, r#""titel": "#);
    assert_reported(
        &problems,
        "$.interface.titel",
        "not an interface text the widget knows",
    );
}

#[test]
fn a_broken_term_list_is_reported() {
    let problems = problems_after(r#""terms": ["soy sauce""#, r#""terms": ["Soy Sauce""#);
    assert_reported(
        &problems,
        "$.restrictions[6].terms[0]",
        "`Soy Sauce` must be a word or words, in small letters",
    );
    let problems = problems_after(
        "\"allowed\": [\n        \"oats labelled gluten-free\"",
        "\"allowed\": [\n        \"brown rice\"",
    );
    assert_reported(
        &problems,
        "$.restrictions[3].allowed[0]",
        "`brown rice` names none of the terms, so it allows nothing",
    );
    let problems = problems_after(
        r#""terms": ["unpasteurised", "raw milk", "home-made", "homemade"]"#,
        r#""terms": []"#,
    );
    assert_reported(&problems, "$.restrictions[7].terms", "is empty");
}

#[test]
fn a_term_list_that_no_longer_holds_is_reported_where_the_word_is() {
    let problems = problems_after(
        "Add a spoonful of vegan kimchi to rice, a stir-fry or a soup",
        "Add a spoonful of vegan kimchi to rice, eggs or a soup",
    );
    assert_reported(
        &problems,
        "$.foods[3].variants[1].first_step",
        "names `eggs`, which restriction `vegan` rules out",
    );
    let problems = problems_after(
        "a piece of fruit or a glass of water",
        "a handful of nuts or a glass of milk",
    );
    assert_reported(
        &problems,
        "$.tips[1].first_step",
        "names `milk`, which restriction `vegan` rules out",
    );
}

/// Where a food's variant is in the English file, by the food's id and the variant's name.
fn variant_path(food: &str, variant: &str) -> String {
    let at = (content().foods.iter())
        .position(|f| f.id == food)
        .unwrap_or_else(|| panic!("no food `{food}`"));
    let version = (content().foods[at].variants.iter())
        .position(|v| v.name == variant)
        .unwrap_or_else(|| panic!("no variant `{variant}` of `{food}`"));
    format!("$.foods[{at}].variants[{version}]")
}

#[test]
fn a_variant_that_names_an_allergen_to_a_reader_allergic_to_it_is_reported() {
    // The plant-based yogurt is what a reader allergic to milk gets; one also allergic to tree
    // nuts must not be offered almond yogurt.
    let problems = problems_after(
        "soy or coconut yogurt labelled 'live cultures'",
        "almond or coconut yogurt labelled 'live cultures'",
    );
    assert_reported(
        &problems,
        &format!(
            "{}.examples[0]",
            variant_path("yogurt", "Plant-based yogurt with live cultures")
        ),
        "names `almond`, which restriction `allergy_tree_nuts` rules out",
    );
    // The usual kimchi reaches a reader allergic to sesame, with a caution to check the label:
    // the label caution may name it, the advice may not.
    let problems = problems_after(
        "unpasteurised cabbage kimchi from the chilled aisle",
        "unpasteurised cabbage kimchi with sesame seeds",
    );
    assert_reported(
        &problems,
        &format!("{}.examples[0]", variant_path("kimchi", "Kimchi")),
        "names `sesame`, which restriction `allergy_sesame` rules out",
    );
    // Only a reader allergic to cereals with gluten gets these grains, so only one with a
    // second allergy, to tree nuts, would be offered almonds: the checks take allergies in
    // pairs too.
    let problems = problems_after(
        r#"["brown rice", "quinoa", "buckwheat labelled gluten-free"]"#,
        r#"["brown rice", "quinoa", "buckwheat with flaked almonds"]"#,
    );
    assert_reported(
        &problems,
        &format!(
            "{}.examples[2]",
            variant_path("whole_grains", "Brown rice, quinoa and buckwheat")
        ),
        "names `almonds`, which restriction `allergy_tree_nuts` rules out",
    );
}

#[test]
fn a_long_multiple_choice_is_checked_as_none_each_option_alone_and_each_pair() {
    let allergies = content().question("food_allergies").unwrap();
    let each: Vec<&str> = (allergies.options.iter())
        .filter(|option| !option.exclusive)
        .map(|option| option.id.as_str())
        .collect();
    assert_eq!(each.len(), 14);
    let checked = allergies.checked_answers();
    // "No food allergy", the 14 allergies one at a time, and the 14 × 13 / 2 = 91 pairs.
    assert_eq!(checked.len(), 1 + 14 + 91);
    assert!(checked.iter().all(|answer| allergies.accepts(answer)));
    let with = |count: usize| checked.iter().filter(|a| a.chosen().len() == count).count();
    assert_eq!((with(1), with(2), with(3)), (1 + 14, 91, 0));
    assert!(checked.iter().any(|a| a.chosen() == ["none"]));
    for (at, first) in each.iter().enumerate() {
        assert!(checked.iter().any(|a| a.chosen() == [*first]), "{first}");
        for second in &each[at + 1..] {
            let both =
                |a: &&gut_skin_check::answers::Answer| a.includes(first) && a.includes(second);
            assert_eq!(checked.iter().filter(both).count(), 1, "{first} {second}");
        }
    }
    // A short multiple choice is still taken whole, every combination of it.
    for id in ["intolerances", "circumstances"] {
        let question = content().question(id).unwrap();
        assert_eq!(
            question.checked_answers(),
            question.possible_answers(),
            "{id}"
        );
        assert_eq!(question.checked_answers().len(), 1 + 15, "{id}");
    }
    let age = content().question("age").unwrap();
    assert_eq!(age.checked_answers().len(), 7);
}

#[test]
fn a_food_with_no_version_for_some_reader_is_reported() {
    // Without the rule that leaves kimchi out for IBS, the usual kimchi reaches IBS readers.
    let problems = problems_after(r#""foods": ["kimchi"]"#, r#""foods": ["sauerkraut"]"#);
    assert_reported(
        &problems,
        "$.foods[3].variants[0].name",
        "names `kimchi`, which restriction `ibs` rules out",
    );
    // A vegan with IBS would have no kefir written for them without the rule leaving it out.
    let problems = problems_after(
        r#""when": ["vegan", "ibs"],"#,
        r#""when": ["vegan", "ibs", "histamine"],"#,
    );
    assert_reported(
        &problems,
        "$.foods[1].variants",
        "no variant is for a reader who is vegan + ibs",
    );
}

#[test]
fn a_value_of_the_wrong_kind_is_reported_where_it_is() {
    let problems = problems_after(
        r#""weights": { "hydration": 4"#,
        r#""weights": { "hydration": "4""#,
    );
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_reported(
        &problems,
        "$.questions[23].options[0].weights.hydration",
        "expected a whole number from 0 to 4294967295, found text",
    );
    let problems = problems_after(r#""kind": "single""#, r#""kind": "one""#);
    assert_reported(
        &problems,
        "$.questions[0].kind",
        "`one` is not one of: single, multi",
    );
}

#[test]
fn a_misspelt_or_missing_field_is_reported() {
    let problems = problems_after(r#""label": "Under 16""#, r#""lable": "Under 16""#);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_reported(
        &problems,
        "$.questions[0].options[0].lable",
        "`lable` is not a field here (the fields are: id, label,",
    );
    let problems = problems_after(r#""lang": "en","#, "");
    assert_reported(&problems, "$", "`lang` is missing");
    let problems = problems_after(r#""label": "Under 16", "#, "");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_reported(&problems, "$.questions[0].options[0]", "`label` is missing");
    let twice = edited(
        r#""label": "Under 16""#,
        r#""label": "Under 16", "label": "Younger than 16""#,
    );
    let content = Content::parse(&twice).expect("a field written twice is read");
    assert_eq!(
        content.questions[0].options[0].label, "Younger than 16",
        "the last of two is kept, as JSON.parse keeps it"
    );
}

#[test]
fn every_field_of_the_wrong_shape_is_reported_not_only_the_first() {
    let text = edited(r#""kind": "single""#, r#""kind": "one""#)
        .replacen(
            r#""weights": { "hydration": 4"#,
            r#""weights": { "hydration": "4""#,
            1,
        )
        .replacen(r#""label": "Under 16""#, r#""lable": "Under 16""#, 1)
        .replacen(r#""lang": "en","#, "", 1);
    let Err(ContentError(problems)) = Content::parse(&text) else {
        panic!("content with four mistakes passed");
    };
    assert_eq!(problems.len(), 4, "{problems:?}");
    assert_reported(&problems, "$", "`lang` is missing");
    assert_reported(
        &problems,
        "$.questions[0].kind",
        "`one` is not one of: single, multi",
    );
    // The misspelt field is reported, not the missing one it stands for.
    assert_reported(
        &problems,
        "$.questions[0].options[0].lable",
        "`lable` is not a field here",
    );
    assert_reported(
        &problems,
        "$.questions[23].options[0].weights.hydration",
        "expected a whole number from 0 to 4294967295, found text",
    );
    // In the order of the file's fields as the content declares them: `lang` before `questions`.
    assert_eq!(problems[0].path, "$");
}

#[test]
fn one_mistake_is_one_problem() {
    let problems = problems_after(r#""kind": "single""#, r#""kind": { "singel": 1 }"#);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_reported(
        &problems,
        "$.questions[0].kind.singel",
        "`singel` is not one of: single, multi",
    );
    let problems = problems_after(
        r#""label": "Under 16""#,
        r#""label": "Under 16", "lable": "Under 16", "lable": "Younger than 16""#,
    );
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_reported(
        &problems,
        "$.questions[0].options[0].lable",
        "`lable` is not a field here",
    );
}

#[test]
fn an_id_that_is_not_plain_is_reported() {
    // Ids stand in the widget's markup and stored data: nothing but plain ids gets through.
    let problems = problems_after(
        r#""id": "probiotic","#,
        r#""id": "probiotic\"><img src=x onerror=alert(1)>","#,
    );
    assert_reported(&problems, "$.lists[0].id", "an id is small letters, digits");
    let problems = problems_after(r#""id": "under_16""#, r#""id": "Under 16""#);
    assert_reported(
        &problems,
        "$.questions[0].options[0].id",
        "an id is small letters, digits",
    );
}

/// The English file with `count` options for the question `id`, as many as it takes.
fn with_options(id: &str, count: usize) -> Result<Content, ContentError> {
    let mut json: serde_json::Value = serde_json::from_str(ENGLISH).unwrap();
    let questions = json["questions"].as_array_mut().unwrap();
    let question = questions.iter_mut().find(|q| q["id"] == id).unwrap();
    let options = question["options"].as_array_mut().unwrap();
    let template = options[1].clone();
    for extra in options.len()..count {
        let mut option = template.clone();
        option["id"] = format!("extra_{extra}").into();
        option["label"] = format!("Extra {extra}").into();
        options.push(option);
    }
    Content::parse(&json.to_string())
}

#[test]
fn a_question_with_too_many_options_is_reported_and_never_freezes_the_checks() {
    let at = content()
        .questions
        .iter()
        .position(|q| q.id == "intolerances")
        .unwrap();
    let Err(ContentError(problems)) = with_options("intolerances", 40) else {
        panic!("40 options passed the checks");
    };
    assert_reported(
        &problems,
        &format!("$.questions[{at}].options"),
        "has 40 options; a question can have at most 16",
    );
    // Within the limit, but with more readers than the checks can go through.
    let Err(ContentError(problems)) = with_options("intolerances", 14) else {
        panic!("too many readers passed the checks");
    };
    assert_reported(
        &problems,
        "$.restrictions",
        "allow more than 200000 different readers",
    );
}

#[test]
fn a_content_file_for_another_format_is_reported() {
    let problems = problems_after(r#""version": 2"#, r#""version": 1"#);
    assert_reported(
        &problems,
        "$.version",
        "this widget reads content version 2; this file is version 1",
    );
}

#[test]
fn unknown_scores_lists_and_restrictions_are_reported() {
    let problems = problems_after(
        r#""weights": { "hydration": 4"#,
        r#""weights": { "hydratoin": 4"#,
    );
    assert_reported(
        &problems,
        "$.questions[23].options[0].weights.hydratoin",
        "weighs unknown score `hydratoin`",
    );
    let problems = problems_after(
        r#""helps": { "fiber": 3, "microbiome": 1 }"#,
        r#""helps": { "fibre": 3 }"#,
    );
    assert_reported(
        &problems,
        "$.foods[8].helps.fibre",
        "names unknown score `fibre`",
    );
    let problems = problems_after(r#""list": "prebiotic""#, r#""list": "prebiotics""#);
    assert_reported(
        &problems,
        "$.foods[4].list",
        "names unknown list `prebiotics`",
    );
    let problems = problems_after(r#""when": ["histamine"]"#, r#""when": ["histamines"]"#);
    assert_reported(
        &problems,
        "$.rules[0].when[0]",
        "names unknown restriction `histamines`",
    );
    let problems = problems_after(r#""for": ["gluten"]"#, r#""for": ["coeliac"]"#);
    assert_reported(
        &problems,
        "$.foods[7].variants[1].for[0]",
        "names unknown restriction `coeliac`",
    );
}

#[test]
fn order_and_duplicates_are_reported() {
    let problems = problems_after(
        r#""show_if": [{ "question": "age", "any_of""#,
        r#""show_if": [{ "question": "warn_family", "any_of""#,
    );
    assert_reported(
        &problems,
        "$.questions[28].show_if[0].question",
        "is not an earlier question",
    );
    let problems = problems_after(r#""id": "gas""#, r#""id": "bloating""#);
    assert_reported(
        &problems,
        "$.questions[9].id",
        "`bloating` is already the id of an earlier entry",
    );
}

#[test]
fn texts_the_widget_changes_the_case_of_are_checked() {
    let problems = problems_after(
        r#""name": "Yogurt with live cultures"#,
        r#""name": "yogurt with live cultures"#,
    );
    assert_reported(
        &problems,
        "$.foods[0].variants[0].name",
        "must start with a capital letter",
    );
    let problems = problems_after(
        r#""warning": "blood in your stools"#,
        r#""warning": "Blood in your stools"#,
    );
    assert_reported(
        &problems,
        "$.questions[25].options[0].warning",
        "must start with a small letter",
    );
}

#[test]
fn many_problems_are_all_reported() {
    let text = edited(r#""foods": ["kimchi"]"#, r#""foods": ["kimchee"]"#)
        .replacen(r#""list": "prebiotic""#, r#""list": "prebiotics""#, 1)
        .replacen("    \"next\": \"Next\",\n", "", 1);
    let Err(ContentError(problems)) = Content::parse(&text) else {
        panic!("a broken file passed");
    };
    assert!(problems.len() >= 3, "{problems:?}");
}

#[test]
fn unreadable_content_is_an_error_not_a_panic() {
    for text in ["", "{ not json", "[]", "{}", "null", r#"{"version": 2}"#] {
        let Err(ContentError(problems)) = Content::parse(text) else {
            panic!("`{text}` passed");
        };
        assert!(!problems.is_empty(), "{text}");
    }
}

// --- Joining words, in any language ----------------------------------------------------------

#[test]
fn lists_are_joined_with_the_languages_conjunction_and_word_changes() {
    let english = content();
    assert_eq!(english.join(&["a"], Ui::And), "a");
    assert_eq!(english.join(&["a", "b", "c"], Ui::And), "a, b and c");
    assert_eq!(english.join(&["a", "b"], Ui::Or), "a or b");

    let spanish_like = edited(r#""and": "and""#, r#""and": "y""#)
        .replacen(r#""or": "or""#, r#""or": "o""#, 1)
        .replacen(
            r#""word_changes": []"#,
            r#""word_changes": [{ "from": "y i", "to": "e i" }, { "from": "y hi", "to": "e hi" },
                { "from": "y hie", "to": "y hie" }, { "from": "o o", "to": "u o" }]"#,
            1,
        );
    let spanish_like = Content::parse(&spanish_like).expect("sound");
    assert_eq!(
        spanish_like.join(&["fibra", "inflamación"], Ui::And),
        "fibra e inflamación"
    );
    assert_eq!(
        spanish_like.join(&["agua", "hidratación"], Ui::And),
        "agua e hidratación"
    );
    assert_eq!(
        spanish_like.join(&["sal", "hierro"], Ui::And),
        "sal y hierro"
    );
    assert_eq!(
        spanish_like.join(&["siete", "ocho"], Ui::Or),
        "siete u ocho"
    );
    // Only where the conjunction meets the last word: the words themselves are left alone.
    assert_eq!(
        spanish_like.join(&["muy inflamada", "roja"], Ui::And),
        "muy inflamada y roja"
    );
    assert_eq!(spanish_like.join(&["a", "yinyang"], Ui::And), "a y yinyang");
}

// --- What other parts rely on ----------------------------------------------------------------

#[test]
fn every_question_and_option_index_fits_in_one_byte_of_a_share_code() {
    let content = content();
    assert!(content.questions.len() <= 256);
    for question in &content.questions {
        assert!(question.options.len() <= 255, "{}", question.id);
    }
}

#[test]
fn no_question_id_is_a_step_name_the_stored_data_reserves() {
    for reserved in ["intro", "results"] {
        assert!(content().question(reserved).is_none(), "{reserved}");
    }
}

#[test]
fn the_check_command_lists_every_problem_and_fails_on_any() {
    let folder = std::env::temp_dir().join(format!("check-content-{}", std::process::id()));
    std::fs::create_dir_all(&folder).expect("a temporary folder");
    let broken = folder.join("broken.json");
    let text = edited(r#""kind": "single""#, r#""kind": "one""#).replacen(
        r#""label": "Under 16""#,
        r#""lable": "Under 16""#,
        1,
    );
    std::fs::write(&broken, text).expect("the broken file is written");
    let run = |file: &std::path::Path| {
        std::process::Command::new(env!("CARGO_BIN_EXE_check-content"))
            .arg(file)
            .output()
            .expect("check-content runs")
    };

    let sound = run(std::path::Path::new("content/es.json"));
    assert!(sound.status.success());
    assert!(String::from_utf8_lossy(&sound.stdout).starts_with("content/es.json: no problems (es,"));

    let failed = run(&broken);
    let output = String::from_utf8_lossy(&failed.stdout);
    assert_eq!(failed.status.code(), Some(1), "{output}");
    assert!(output.contains("broken.json: 2 problems\n"), "{output}");
    assert!(
        output.contains("  $.questions[0].kind: `one` is not one of: single, multi\n"),
        "{output}"
    );
    assert!(
        output.contains("  $.questions[0].options[0].lable: `lable` is not a field here"),
        "{output}"
    );
    std::fs::remove_dir_all(&folder).expect("the temporary folder is removed");
}
