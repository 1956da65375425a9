//! Food suggestions: only the article's three lists, each food in the version written for the
//! reader's restrictions, left out with a reason when it does not suit, cautions said once, and
//! ranked by what suits the reader and what they need.

mod support;

use gut_skin_check::restrictions::contains_words;
use gut_skin_check::suggestions::{ListSuggestions, Suggestion, Suggestions};
use support::{
    baseline, content, mixed, suggestions, with_allergies, with_circumstances, with_intolerances,
};

const PROBIOTIC: [&str; 4] = ["yogurt", "kefir", "sauerkraut", "kimchi"];
const PREBIOTIC: [&str; 3] = ["garlic", "onions", "bananas"];
const FIBER: [&str; 3] = ["whole_grains", "fruits", "vegetables"];

/// Every food shown, whatever list it is in.
fn foods<'s, 'c>(suggestions: &'s Suggestions<'c>) -> Vec<&'s Suggestion<'c>> {
    suggestions
        .lists
        .iter()
        .flat_map(|list| &list.foods)
        .collect()
}

/// The food shown in place of the content's food `id`.
fn food<'s, 'c>(suggestions: &'s Suggestions<'c>, id: &str) -> &'s Suggestion<'c> {
    foods(suggestions)
        .into_iter()
        .find(|s| s.food.id == id)
        .unwrap_or_else(|| panic!("`{id}` is not shown"))
}

fn shown(suggestions: &Suggestions, id: &str) -> bool {
    foods(suggestions).iter().any(|s| s.food.id == id)
}

fn list<'s, 'c>(suggestions: &'s Suggestions<'c>, id: &str) -> &'s ListSuggestions<'c> {
    suggestions
        .lists
        .iter()
        .find(|l| l.list.id == id)
        .unwrap_or_else(|| panic!("no list `{id}`"))
}

/// Every left-out line and every caution line of every list.
fn left_out_lines(suggestions: &Suggestions) -> Vec<String> {
    suggestions
        .lists
        .iter()
        .flat_map(|l| l.left_out.iter().map(|group| group.line(content())))
        .collect()
}

fn caution_lines(suggestions: &Suggestions) -> Vec<String> {
    suggestions
        .lists
        .iter()
        .flat_map(|l| l.cautions.iter().map(|caution| caution.line(content())))
        .collect()
}

fn list_order<'s>(suggestions: &'s Suggestions) -> Vec<&'s str> {
    suggestions
        .lists
        .iter()
        .map(|l| l.list.id.as_str())
        .collect()
}

fn starters(suggestions: &Suggestions) -> Vec<String> {
    suggestions
        .starters()
        .iter()
        .map(|s| s.food.id.clone())
        .collect()
}

/// Everything a food's card says that is advice: name, examples, first step.
fn advice(suggestion: &Suggestion) -> String {
    format!(
        "{} {} {}",
        suggestion.name(),
        suggestion.examples_line(content()),
        suggestion.variant.first_step
    )
}

// --- The article's three lists only ---------------------------------------------------------

#[test]
fn every_food_comes_from_the_articles_three_lists_and_is_shown_or_left_out() {
    for answers in [
        baseline(),
        mixed(),
        baseline().with("diet", "vegan"),
        with_intolerances(baseline(), &["lactose", "gluten", "ibs", "histamine"]),
        with_circumstances(baseline(), &["salt", "pregnant", "immunocompromised"]),
    ] {
        let suggestions = suggestions(&answers);
        let mut ids = list_order(&suggestions);
        ids.sort();
        assert_eq!(ids, ["fiber", "prebiotic", "probiotic"]);
        for list in &suggestions.lists {
            let expected: &[&str] = match list.list.id.as_str() {
                "probiotic" => &PROBIOTIC,
                "prebiotic" => &PREBIOTIC,
                "fiber" => &FIBER,
                other => panic!("unexpected list `{other}`"),
            };
            let shown = list.foods.len();
            let left_out: usize = list.left_out.iter().map(|g| g.foods.len()).sum();
            assert_eq!(shown + left_out, expected.len(), "list `{}`", list.list.id);
            assert!(list
                .foods
                .iter()
                .all(|s| expected.contains(&s.food.id.as_str())));
        }
    }
}

#[test]
fn hydration_and_processed_foods_are_tips_not_foods() {
    let suggestions = suggestions(&mixed());
    let mut tips: Vec<&str> = suggestions.tips.iter().map(|t| t.tip.id.as_str()).collect();
    tips.sort();
    assert_eq!(tips, ["hydration", "processed"]);
    for tip in &content().tips {
        assert!(!tip.first_step.contains("nuts"), "{}", tip.first_step);
    }
}

// --- Each restriction changes the advice itself ---------------------------------------------

#[test]
fn reader_without_restrictions_gets_the_usual_foods_with_no_caution_and_nothing_left_out() {
    let suggestions = suggestions(&baseline());
    for suggestion in foods(&suggestions) {
        assert!(std::ptr::eq(
            suggestion.variant,
            &suggestion.food.variants[0]
        ));
        assert!(suggestion.carried.is_empty() && !suggestion.ask_first);
    }
    assert!(left_out_lines(&suggestions).is_empty());
    assert!(caution_lines(&suggestions).is_empty());
}

#[test]
fn vegan_gets_plant_yogurt_water_kefir_and_vegan_kimchi_with_the_label_caution() {
    let suggestions = suggestions(&baseline().with("diet", "vegan"));
    assert_eq!(
        food(&suggestions, "yogurt").name(),
        "Plant-based yogurt with live cultures"
    );
    assert_eq!(food(&suggestions, "kefir").name(), "Water kefir");
    let kimchi = food(&suggestions, "kimchi");
    assert_eq!(kimchi.name(), "Vegan kimchi");
    assert!(!advice(kimchi).contains("eggs"), "{}", advice(kimchi));
    assert_eq!(
        kimchi.caution_line(content()).as_deref(),
        Some("Caution: Check the label, as most kimchi is made with fish sauce or shrimp.")
    );
    for suggestion in foods(&suggestions) {
        let text = advice(suggestion).to_lowercase();
        for dairy in ["milk", "dairy", "greek", "natural yogurt"] {
            assert!(!text.contains(dairy), "{text}");
        }
    }
}

#[test]
fn vegetarian_keeps_dairy_yogurt_and_kefir_and_is_told_to_check_kimchi_labels() {
    let suggestions = suggestions(&baseline().with("diet", "vegetarian"));
    assert_eq!(
        food(&suggestions, "yogurt").name(),
        "Yogurt with live cultures"
    );
    assert_eq!(food(&suggestions, "kefir").name(), "Kefir");
    let kimchi = food(&suggestions, "kimchi");
    assert_eq!(kimchi.name(), "Vegan kimchi");
    assert!(kimchi.carried.iter().any(|c| c.contains("fish sauce")));
}

#[test]
fn lactose_intolerance_starts_yogurt_and_kefir_small_without_leaving_them_out() {
    let suggestions = suggestions(&with_intolerances(baseline(), &["lactose"]));
    let yogurt = food(&suggestions, "yogurt");
    assert!(yogurt
        .variant
        .first_step
        .starts_with("Have two or three spoonfuls"));
    assert!(yogurt.variant.why.as_deref().unwrap().contains("lactose"));
    let kefir = food(&suggestions, "kefir");
    assert!(kefir.variant.first_step.contains("a few sips"));
    assert!(left_out_lines(&suggestions).is_empty());
}

#[test]
fn vegan_with_lactose_intolerance_gets_the_vegan_versions_without_a_lactose_note() {
    let answers = with_intolerances(baseline().with("diet", "vegan"), &["lactose"]);
    let suggestions = suggestions(&answers);
    assert_eq!(
        food(&suggestions, "yogurt").name(),
        "Plant-based yogurt with live cultures"
    );
    assert_eq!(food(&suggestions, "kefir").name(), "Water kefir");
    assert!(!advice(food(&suggestions, "yogurt")).contains("lactose"));
}

#[test]
fn coeliac_gets_gluten_free_grains_with_the_oats_caution_and_no_gluten_grain_anywhere() {
    let suggestions = suggestions(&with_intolerances(baseline(), &["gluten"]));
    let grains = food(&suggestions, "whole_grains");
    assert_eq!(grains.name(), "Gluten-free whole grains");
    assert_eq!(
        grains.variant.examples,
        [
            "oats labelled gluten-free",
            "brown rice",
            "quinoa",
            "buckwheat labelled gluten-free"
        ]
    );
    assert!(grains
        .carried
        .iter()
        .any(|c| c.starts_with("choose buckwheat and oats labelled gluten-free")));
    let gluten = content().restriction("gluten").unwrap();
    for suggestion in foods(&suggestions) {
        assert_eq!(
            gluten.named_in(&advice(suggestion)),
            None,
            "{}",
            advice(suggestion)
        );
    }
}

#[test]
fn the_word_check_knows_buckwheat_from_wheat_and_allowed_phrases_from_terms() {
    let gluten = content().restriction("gluten").unwrap();
    assert_eq!(gluten.named_in("brown rice, quinoa or buckwheat"), None);
    assert_eq!(gluten.named_in("Wholemeal bread"), Some("wholemeal"));
    assert_eq!(gluten.named_in("oats labelled gluten-free"), None);
    assert_eq!(
        gluten.named_in("oats, and oats labelled gluten-free"),
        Some("oats")
    );
    let ibs = content().restriction("ibs").unwrap();
    assert_eq!(ibs.named_in("a handful of green beans"), None);
    assert_eq!(ibs.named_in("beans and lentils"), Some("beans"));
    assert_eq!(ibs.named_in("Garlic-infused oil"), None);
    assert_eq!(ibs.named_in("fresh garlic"), Some("garlic"));
}

#[test]
fn ibs_gets_the_low_fodmap_versions_and_kimchi_is_left_out_with_its_reason() {
    let suggestions = suggestions(&with_intolerances(baseline(), &["ibs"]));
    let names = [
        ("yogurt", "Lactose-free live yogurt"),
        ("kefir", "Lactose-free kefir"),
        ("sauerkraut", "Sauerkraut, a tablespoon at a time"),
        ("garlic", "Garlic-infused oil"),
        ("onions", "Green tops of spring onions"),
        ("bananas", "Firm, less ripe bananas"),
        ("whole_grains", "Porridge oats"),
        ("fruits", "Low-FODMAP fruits"),
        ("vegetables", "Low-FODMAP vegetables"),
    ];
    for (id, name) in names {
        assert_eq!(food(&suggestions, id).name(), name);
    }
    assert!(food(&suggestions, "sauerkraut")
        .variant
        .first_step
        .contains("one tablespoon (about 20 g)"));
    assert!(!shown(&suggestions, "kimchi"));
    assert_eq!(
        left_out_lines(&suggestions),
        ["Left out for you: kimchi, usually made with garlic and onion."]
    );
    let garlic = food(&suggestions, "garlic");
    assert!(
        garlic.carried[0].contains("within 4 days"),
        "{:?}",
        garlic.carried
    );
    assert!(garlic.carried[0].contains("botulism"));
    // Go slowly, once, for the whole fiber list, and carried with each fiber food.
    assert_eq!(
        list(&suggestions, "fiber").cautions.len(),
        1,
        "{:?}",
        caution_lines(&suggestions)
    );
    assert!(caution_lines(&suggestions)[0]
        .starts_with("Caution: With IBS, more fiber is not always better: add one food at a time"));
    for id in FIBER {
        assert!(food(&suggestions, id)
            .carried
            .iter()
            .any(|c| c.starts_with("with IBS, more fiber is not always better")));
    }
    let ibs = content().restriction("ibs").unwrap();
    for suggestion in foods(&suggestions) {
        assert_eq!(
            ibs.named_in(&advice(suggestion)),
            None,
            "{}",
            advice(suggestion)
        );
    }
}

#[test]
fn flavour_swaps_rank_after_the_prebiotic_food_that_brings_the_fiber() {
    let answers = with_intolerances(baseline().with("prebiotic", "under_1"), &["ibs"]);
    let suggestions = suggestions(&answers);
    let prebiotic: Vec<&str> = list(&suggestions, "prebiotic")
        .foods
        .iter()
        .map(|s| s.food.id.as_str())
        .collect();
    assert_eq!(prebiotic[0], "bananas", "{prebiotic:?}");
}

#[test]
fn vegan_with_ibs_gets_coconut_yogurt_and_water_kefir_is_left_out() {
    let answers = with_intolerances(baseline().with("diet", "vegan"), &["ibs"]);
    let suggestions = suggestions(&answers);
    assert_eq!(
        food(&suggestions, "yogurt").name(),
        "Coconut yogurt with live cultures"
    );
    assert!(!shown(&suggestions, "kefir"));
    assert_eq!(
        left_out_lines(&suggestions),
        [
            "Left out for you: kefir, as the vegan kind, water kefir, has not been tested for FODMAPs.",
            "Left out for you: kimchi, usually made with garlic and onion.",
        ]
    );
}

#[test]
fn histamine_leaves_out_every_ferment_in_one_line_and_the_list_goes_last() {
    let answers = with_intolerances(
        baseline()
            .with("fermented", "under_1")
            .with("prebiotic", "1_2")
            .with("whole_grains", "1"),
        &["histamine"],
    );
    let suggestions = suggestions(&answers);
    let probiotic = list(&suggestions, "probiotic");
    assert!(probiotic.foods.is_empty());
    // Bananas too, which histamine lists rate poorly (SIGHI); in the lists' order.
    assert_eq!(
        left_out_lines(&suggestions),
        [
            "Left out for you: bananas, as bananas, ripe ones most, are among the foods histamine lists advise against.",
            "Left out for you: yogurt with live cultures, kefir, sauerkraut and kimchi, as fermented foods are high in histamine."
        ]
    );
    assert_eq!(list_order(&suggestions)[2], "probiotic");
    assert_eq!(starters(&suggestions).len(), 3);
    assert!(food(&suggestions, "vegetables")
        .variant
        .examples
        .iter()
        .all(|e| !e.contains("spinach")));
}

#[test]
fn histamine_with_a_salt_limit_gets_no_salt_caution_for_foods_left_out() {
    let answers = with_circumstances(with_intolerances(baseline(), &["histamine"]), &["salt"]);
    let suggestions = suggestions(&answers);
    // Only the histamine caution on fresh food: nothing about salt, as every salty food is out.
    assert_eq!(
        caution_lines(&suggestions),
        ["Caution: Eat fruit, vegetables and grains fresh or freshly cooked rather than as leftovers, as histamine builds up in cooked food as it is kept."]
    );
    assert_eq!(left_out_lines(&suggestions).len(), 2);
}

#[test]
fn a_salt_limit_puts_sauerkraut_and_kimchi_behind_one_caution_and_out_of_the_starters() {
    let answers = with_circumstances(baseline().with("fermented", "under_1"), &["salt"]);
    let suggestions = suggestions(&answers);
    assert_eq!(
        caution_lines(&suggestions),
        ["Caution for sauerkraut and kimchi: high in salt, which you were told to limit, so keep to a rinsed tablespoon now and then."]
    );
    for id in ["sauerkraut", "kimchi"] {
        assert!(food(&suggestions, id).ask_first);
    }
    let probiotic: Vec<&str> = list(&suggestions, "probiotic")
        .foods
        .iter()
        .map(|s| s.food.id.as_str())
        .collect();
    assert_eq!(
        &probiotic[2..],
        ["sauerkraut", "kimchi"],
        "ask-first foods come last"
    );
    let starters = starters(&suggestions);
    assert!(
        !starters
            .iter()
            .any(|id| id == "sauerkraut" || id == "kimchi"),
        "{starters:?}"
    );
}

#[test]
fn pregnancy_keeps_only_pasteurised_versions() {
    let suggestions = suggestions(&with_circumstances(baseline(), &["pregnant"]));
    assert_eq!(
        food(&suggestions, "yogurt").name(),
        "Live yogurt made from pasteurised milk"
    );
    assert_eq!(
        food(&suggestions, "kefir").name(),
        "Kefir made from pasteurised milk"
    );
    assert_eq!(
        food(&suggestions, "sauerkraut").name(),
        "Pasteurised sauerkraut"
    );
    assert_eq!(food(&suggestions, "kimchi").name(), "Pasteurised kimchi");
    for suggestion in foods(&suggestions) {
        assert!(
            !advice(suggestion).contains("unpasteurised"),
            "{}",
            advice(suggestion)
        );
    }
}

#[test]
fn pregnant_vegan_has_water_kefir_left_out_as_it_is_usually_unpasteurised() {
    let answers = with_circumstances(baseline().with("diet", "vegan"), &["pregnant"]);
    let suggestions = suggestions(&answers);
    assert!(!shown(&suggestions, "kefir"));
    assert_eq!(
        left_out_lines(&suggestions),
        ["Left out for you: kefir, as the vegan kind, water kefir, is usually unpasteurised, which matters in pregnancy."]
    );
    assert_eq!(
        food(&suggestions, "kimchi").name(),
        "Pasteurised vegan kimchi"
    );
}

#[test]
fn a_weakened_immune_system_puts_live_culture_foods_behind_one_ask_first_caution() {
    let answers = with_circumstances(
        baseline().with("fermented", "under_1"),
        &["immunocompromised"],
    );
    let suggestions = suggestions(&answers);
    let probiotic = list(&suggestions, "probiotic");
    assert!(probiotic.foods.iter().all(|s| s.ask_first));
    assert_eq!(
        caution_lines(&suggestions),
        ["Caution: Ask your care team before eating foods with live cultures, as with a weakened immune system live bacteria can occasionally cause an infection."]
    );
    // Even though fermented foods are the reader's weakest habit, the list goes last.
    assert_eq!(list_order(&suggestions)[2], "probiotic");
    for id in starters(&suggestions) {
        assert!(!PROBIOTIC.contains(&id.as_str()), "{id}");
    }
    assert_eq!(
        food(&suggestions, "sauerkraut").name(),
        "Pasteurised sauerkraut"
    );
}

// --- Food allergies: each one is left out of every food idea ---------------------------------

/// Asserts that no food shown to these answers names what the restriction rules out.
fn names_nothing_of(suggestions: &Suggestions, restriction: &str) {
    let restriction = content().restriction(restriction).unwrap();
    for suggestion in foods(suggestions) {
        assert_eq!(
            restriction.named_in(&advice(suggestion)),
            None,
            "{}: {}",
            restriction.id,
            advice(suggestion)
        );
    }
}

#[test]
fn a_milk_allergy_gets_plant_yogurt_and_water_kefir_never_dairy_or_lactose_free() {
    // Lactose-free milk still holds the milk proteins an allergy reacts to.
    let allergic = with_allergies(baseline(), &["milk"]);
    for answers in [
        allergic.clone(),
        with_intolerances(allergic.clone(), &["lactose"]),
    ] {
        let suggestions = suggestions(&answers);
        assert_eq!(
            food(&suggestions, "yogurt").name(),
            "Plant-based yogurt with live cultures"
        );
        assert_eq!(food(&suggestions, "kefir").name(), "Water kefir");
        names_nothing_of(&suggestions, "allergy_milk");
        for suggestion in foods(&suggestions) {
            let text = advice(suggestion).to_lowercase();
            for dairy in [
                "lactose-free",
                "milk kefir",
                "natural yogurt",
                "greek yogurt",
            ] {
                assert!(!text.contains(dairy), "{text}");
            }
        }
        assert!(left_out_lines(&suggestions).is_empty());
    }
}

#[test]
fn a_milk_allergy_in_pregnancy_leaves_kefir_out_as_water_kefir_is_usually_unpasteurised() {
    let answers = with_circumstances(with_allergies(baseline(), &["milk"]), &["pregnant"]);
    let suggestions = suggestions(&answers);
    assert!(!shown(&suggestions, "kefir"));
    assert_eq!(
        left_out_lines(&suggestions),
        ["Left out for you: kefir, as the kind without milk, water kefir, is usually unpasteurised, which matters in pregnancy."]
    );
    assert_eq!(
        food(&suggestions, "yogurt").name(),
        "Plant-based yogurt with live cultures"
    );
    names_nothing_of(&suggestions, "allergy_milk");
    names_nothing_of(&suggestions, "pregnant");
}

#[test]
fn a_soya_allergy_with_a_vegan_diet_or_a_milk_allergy_gets_coconut_yogurt_never_soy() {
    // The plant-based yogurt may be soy; only the coconut one is without both.
    for answers in [
        with_allergies(baseline().with("diet", "vegan"), &["soya"]),
        with_allergies(baseline(), &["milk", "soya"]),
    ] {
        let suggestions = suggestions(&answers);
        let yogurt = food(&suggestions, "yogurt");
        assert_eq!(yogurt.name(), "Coconut yogurt with live cultures");
        assert!(
            !advice(yogurt).to_lowercase().contains("soy"),
            "{}",
            advice(yogurt)
        );
        names_nothing_of(&suggestions, "allergy_soya");
    }
    // A soya allergy alone changes nothing about dairy yogurt.
    let soya = suggestions(&with_allergies(baseline(), &["soya"]));
    assert_eq!(food(&soya, "yogurt").name(), "Yogurt with live cultures");
}

#[test]
fn a_fish_or_shellfish_allergy_gets_vegan_kimchi_with_the_label_caution() {
    for allergy in ["fish", "crustaceans", "molluscs"] {
        let suggestions = suggestions(&with_allergies(baseline(), &[allergy]));
        let kimchi = food(&suggestions, "kimchi");
        assert_eq!(kimchi.name(), "Vegan kimchi", "{allergy}");
        assert!(
            kimchi
                .carried
                .iter()
                .any(|c| c.contains("fish sauce or shrimp")),
            "{allergy}: {:?}",
            kimchi.carried
        );
        names_nothing_of(&suggestions, &format!("allergy_{allergy}"));
    }
}

#[test]
fn a_soya_or_sesame_allergy_is_told_to_check_the_kimchi_label_for_it() {
    for (allergy, caution) in [
        (
            "soya",
            "Caution for kimchi: check the label for soya, as some kimchi is made with soy sauce or miso.",
        ),
        (
            "sesame",
            "Caution for kimchi: check the label for sesame, as some kimchi is made or served with sesame seeds or oil.",
        ),
    ] {
        let suggestions = suggestions(&with_allergies(baseline(), &[allergy]));
        // Kimchi itself is not made of either, so it stays as it is, behind the caution.
        assert_eq!(food(&suggestions, "kimchi").name(), "Kimchi", "{allergy}");
        assert_eq!(caution_lines(&suggestions), [caution], "{allergy}");
        assert!(left_out_lines(&suggestions).is_empty(), "{allergy}");
    }
    // Neither caution for anyone else.
    let lines = caution_lines(&suggestions(&with_allergies(baseline(), &["milk"])));
    assert!(lines.is_empty(), "{lines:?}");
}

#[test]
fn an_allergy_to_cereals_with_gluten_gets_gluten_free_grains_without_oats() {
    let allergic = with_allergies(baseline(), &["gluten_cereals"]);
    let suggestions = suggestions(&allergic);
    let grains = food(&suggestions, "whole_grains");
    // Unlike a coeliac reader's grains, no oats labelled gluten-free: they are still oats.
    assert_eq!(grains.name(), "Brown rice, quinoa and buckwheat");
    assert_eq!(
        grains.variant.examples,
        ["brown rice", "quinoa", "buckwheat labelled gluten-free"]
    );
    names_nothing_of(&suggestions, "allergy_cereals");
    names_nothing_of(&suggestions, "gluten");
    for suggestion in foods(&suggestions) {
        let text = advice(suggestion);
        assert!(
            !contains_words(&text, "oats") && !contains_words(&text, "oat"),
            "{text}"
        );
    }
    // With IBS, oats are the grain NICE suggests: whole grains are left out instead.
    let ibs = support::suggestions(&with_intolerances(allergic, &["ibs"]));
    assert!(!shown(&ibs, "whole_grains"));
    assert!(left_out_lines(&ibs).contains(
        &"Left out for you: whole grains, as oats, the grain NICE suggests for IBS, are among the cereals you are allergic to.".to_owned()
    ));
    // IBS alone keeps its oats.
    let ibs_only = support::suggestions(&with_intolerances(baseline(), &["ibs"]));
    assert_eq!(food(&ibs_only, "whole_grains").name(), "Porridge oats");
}

#[test]
fn none_of_these_applies_no_rule() {
    let answers = with_circumstances(with_intolerances(baseline(), &["none"]), &["none"]);
    assert_eq!(suggestions(&answers), suggestions(&baseline()));
}

// --- Ranking and reasons --------------------------------------------------------------------

#[test]
fn reader_who_rarely_eats_fermented_foods_gets_the_probiotic_list_first_with_their_words() {
    let suggestions = suggestions(&baseline().with("fermented", "under_1"));
    assert_eq!(list_order(&suggestions)[0], "probiotic");
    assert_eq!(
        suggestions.lists[0].said_line(content()).as_deref(),
        Some("You said: fermented foods less than once a week.")
    );
    for list in &suggestions.lists[1..] {
        let said = list.said_line(content()).unwrap_or_default();
        assert!(!said.contains("fermented"), "{said}");
    }
}

#[test]
fn reader_who_rarely_eats_fiber_gets_the_fiber_list_first() {
    let answers = baseline()
        .with("whole_grains", "0")
        .with("fruit_veg", "0_1")
        .with("plant_variety", "under_10");
    let suggestions = suggestions(&answers);
    assert_eq!(list_order(&suggestions)[0], "fiber");
    assert_eq!(
        suggestions.lists[0].said_line(content()).as_deref(),
        Some("You said: no servings of whole grains on a typical day; fewer than 10 different plant foods a week; none or 1 serving of fruit and vegetables a day.")
    );
}

#[test]
fn reader_who_rarely_eats_prebiotic_foods_gets_the_prebiotic_list_first() {
    // Fermented foods most days, garlic, onions or bananas less than once a week: the
    // combined habit score cannot tell the two apart, the reader's own answers can.
    let suggestions = suggestions(&baseline().with("prebiotic", "under_1"));
    assert_eq!(list_order(&suggestions)[0], "prebiotic");
    assert_eq!(
        suggestions.lists[0].said_line(content()).as_deref(),
        Some("You said: garlic, onions or bananas less than once a week.")
    );
}

#[test]
fn starters_are_the_best_suiting_food_of_each_list() {
    let short_of_all_three = baseline()
        .with("fermented", "under_1")
        .with("prebiotic", "1_2")
        .with("whole_grains", "1");
    let suggestions = suggestions(&short_of_all_three);
    let starters = suggestions.starters();
    assert_eq!(starters.len(), 3);
    let lists: Vec<&str> = starters.iter().map(|s| s.food.list.as_str()).collect();
    assert_eq!(lists, list_order(&suggestions));
    for (starter, list) in starters.iter().zip(&suggestions.lists) {
        assert!(std::ptr::eq(*starter, &list.foods[0]));
    }
}

#[test]
fn a_reader_who_already_eats_a_food_as_often_as_asked_is_not_told_to_start_on_it() {
    // Psoriasis raises inflammation, which yogurt and whole grains may help, but this reader
    // eats fermented foods, prebiotics and whole grains as often as the check asks.
    let answers = baseline()
        .with_many("skin_concerns", &["psoriasis"])
        .with("skin_bother", "3");
    assert!(suggestions(&answers).starters().is_empty());
    // Short of fermented foods only: the start is from that list alone.
    let starters: Vec<String> = suggestions(&answers.with("fermented", "1_2"))
        .starters()
        .iter()
        .map(|s| s.food.list.clone())
        .collect();
    assert!(
        starters.iter().all(|list| list == "probiotic"),
        "{starters:?}"
    );
}

#[test]
fn the_tip_the_reader_needs_most_comes_first_with_their_words() {
    let suggestions = suggestions(&baseline().with("water", "0_2"));
    let tips: Vec<(&str, u8)> = suggestions
        .tips
        .iter()
        .map(|t| (t.tip.id.as_str(), t.value))
        .collect();
    // Processed foods 0 to 2 times a week: nothing to cut back, so no tip to.
    assert_eq!(tips, [("hydration", 100)]);
    assert!(support::suggestions(&baseline()).tips.is_empty());
    assert_eq!(
        suggestions.tips[0].said_line(content()).as_deref(),
        Some("You said: 2 or fewer glasses of water a day.")
    );
    let processed_first = support::suggestions(&baseline().with("processed", "14_plus"));
    assert_eq!(processed_first.tips[0].tip.id, "processed");
}

#[test]
fn an_answer_that_does_not_score_for_the_reader_neither_calls_for_a_food_nor_is_quoted() {
    // With IBS, eating no whole grains scores nothing (NICE: fibre in IBS is usually reduced),
    // so it is not why oats are suggested, and it is not quoted back as a reason.
    let ibs = with_intolerances(baseline().with("whole_grains", "0"), &["ibs"]);
    let suggestions = suggestions(&ibs);
    assert!(!food(&suggestions, "whole_grains").needed);
    assert!(!starters(&suggestions).contains(&"Porridge oats".to_owned()));
    assert_eq!(list(&suggestions, "fiber").said_line(content()), None);
    // Without IBS the same answer calls for whole grains, in the reader's words.
    let suggestions = support::suggestions(&baseline().with("whole_grains", "0"));
    assert!(food(&suggestions, "whole_grains").needed);
    assert_eq!(
        list(&suggestions, "fiber").said_line(content()).as_deref(),
        Some("You said: no servings of whole grains on a typical day.")
    );
}
