//! The week after the results: local days, ticks, plants, week rollover, merging two copies,
//! the stored record with and without weeks, and reading damaged stored weeks.

mod support;

use gut_skin_check::day::Day;
use gut_skin_check::json::Json;
use gut_skin_check::saved::{load, Saved, Stored};
use gut_skin_check::week::{
    typed_plant_key, typed_plant_name, Tracker, Week, PLANTS_KEPT, WEEKS_KEPT,
};
use proptest::prelude::*;
use support::{baseline, content, with_allergies, with_intolerances};

fn day(year: u16, month: u8, date: u8) -> Day {
    Day::new(year, month, date).expect("a real date")
}

/// A tracker with one week from `from`, as a copy would have it after starting it.
fn started(from: Day) -> Tracker {
    let mut tracker = Tracker::default();
    assert!(tracker.start_week(from));
    tracker
}

fn week(tracker: &Tracker) -> &Week {
    tracker.current().expect("a week")
}

fn week_mut(tracker: &mut Tracker) -> &mut Week {
    tracker.current_mut().expect("a week")
}

#[test]
fn days_count_across_month_ends_leap_days_and_years() {
    assert_eq!(day(1970, 1, 1).number(), 0);
    assert_eq!(day(2000, 3, 1).number() - day(2000, 2, 28).number(), 2);
    assert_eq!(day(2026, 3, 1).number() - day(2026, 2, 28).number(), 1);
    assert_eq!(day(2026, 12, 31).plus(1), Some(day(2027, 1, 1)));
    assert_eq!(day(2027, 1, 1).plus(-1), Some(day(2026, 12, 31)));
    assert_eq!(day(2024, 2, 28).plus(1), Some(day(2024, 2, 29)));
    assert_eq!(day(2026, 12, 30).since(day(2026, 12, 2)), 28);
    assert_eq!(day(9999, 12, 31).plus(1), None, "beyond the calendar");
    assert_eq!(day(1, 1, 1).plus(-1), None);
    // Every day of four centuries, there and back.
    let mut each = day(1999, 1, 1);
    for _ in 0..(400 * 366) {
        let next = each.plus(1).expect("a next day");
        assert_eq!(next.number(), each.number() + 1, "{}", each.to_iso());
        assert_eq!(Day::from_number(next.number()), Some(next));
        assert!(next > each);
        each = next;
    }
}

#[test]
fn a_week_is_seven_local_days_from_its_first() {
    let tracker = started(day(2026, 12, 30));
    let week = week(&tracker);
    assert_eq!(week.day_of(day(2026, 12, 29)), None, "the evening before");
    assert_eq!(week.day_of(day(2026, 12, 30)), Some(0));
    assert_eq!(week.day_of(day(2027, 1, 5)), Some(6), "over the new year");
    assert_eq!(week.day_of(day(2027, 1, 6)), None);
    assert!(!week.is_over(day(2027, 1, 5)));
    assert!(week.is_over(day(2027, 1, 6)));
    assert_eq!(week.date(2), day(2027, 1, 1));
}

#[test]
fn ticks_and_unticks_and_ignores_a_day_outside_the_week() {
    let mut tracker = started(day(2026, 12, 2));
    let week = week_mut(&mut tracker);
    week.tick(0, true, 10);
    week.tick(3, true, 11);
    week.tick(3, true, 12);
    week.tick(7, true, 13);
    assert_eq!(week.days_done(), 2);
    assert!(week.is_done(3));
    week.tick(3, false, 14);
    assert!(!week.is_done(3));
    assert_eq!(week.days_done(), 1);
}

#[test]
fn a_plant_counts_once_and_can_be_taken_back() {
    let mut tracker = started(day(2026, 12, 2));
    let week = week_mut(&mut tracker);
    week.set_plant("carrot", true, 1);
    week.set_plant("carrot", true, 2);
    week.set_plant("~purple kale", true, 3);
    assert_eq!(week.plants_eaten(), ["carrot", "~purple kale"]);
    week.set_plant("carrot", false, 4);
    assert_eq!(week.plants_eaten(), ["~purple kale"]);
    for n in 0..PLANTS_KEPT + 10 {
        week.set_plant(&format!("~plant {n}"), true, 5);
    }
    assert_eq!(
        week.plants.len(),
        PLANTS_KEPT,
        "no more plants than are kept"
    );
    week.set_plant("", true, 6);
    assert!(!week.has_plant(""));
}

#[test]
fn a_typed_plant_is_keyed_by_its_words_in_small_letters() {
    assert_eq!(
        typed_plant_key("  Purple   Carrots "),
        Some("~purple carrots".to_owned())
    );
    assert_eq!(typed_plant_key("Ñame"), Some("~Ñame".to_owned()));
    assert_eq!(typed_plant_key("   "), None);
    assert_eq!(typed_plant_key("42"), None, "no letters");
    assert_eq!(typed_plant_key(&"a".repeat(41)), None, "too long");
    assert_eq!(typed_plant_name("~purple carrots"), Some("purple carrots"));
    assert_eq!(typed_plant_name("carrot"), None);
}

#[test]
fn a_typed_name_finds_the_listed_plant_it_names() {
    let content = content();
    let key = |typed: &str| content.plant_key(typed);
    assert_eq!(key("carrot").as_deref(), Some("carrot"));
    assert_eq!(key("CARROTS").as_deref(), Some("carrot"));
    assert_eq!(key("tomato").as_deref(), Some("tomato"));
    assert_eq!(key("zucchini").as_deref(), Some("courgette"));
    assert_eq!(key("courgettes").as_deref(), Some("courgette"));
    assert_eq!(key("brown rice").as_deref(), Some("brown_rice"));
    assert_eq!(key("rice"), None, "one word of a name is not the name");
    assert_eq!(key("dragon fruit"), None);
    assert_eq!(content.plant_name("carrot"), "Carrots");
    assert_eq!(content.plant_name("~dragon fruit"), "dragon fruit");
}

/// The names of the plants a week offers a reader, as they see them.
fn offered(reader: &[&str]) -> Vec<String> {
    (content().plants_for(reader).iter())
        .flat_map(|(_, plants)| plants.iter().map(|plant| plant.name_for(reader).to_owned()))
        .collect()
}

/// The restrictions the baseline reader has with these food allergies.
fn allergic_to(allergies: &[&str]) -> Vec<&'static str> {
    content().reader(&with_allergies(baseline(), allergies))
}

#[test]
fn the_plant_list_leaves_out_what_a_reader_must_avoid() {
    let everyone = offered(&[]);
    assert!(everyone.len() >= 60, "{everyone:?}");
    for (reader, never, still) in [
        (
            "ibs",
            &["Onions", "Garlic", "Apples", "Chickpeas"][..],
            "Carrots",
        ),
        (
            "histamine",
            &["Strawberries", "Tomatoes", "Spinach"][..],
            "Carrots",
        ),
        // Oats stay, labelled gluten-free: see below.
        ("gluten", &["Barley", "Rye", "Whole wheat"][..], "Quinoa"),
    ] {
        let theirs = offered(&[reader]);
        for plant in never {
            assert!(everyone.iter().any(|p| p == plant), "{plant} is listed");
            assert!(!theirs.iter().any(|p| p == plant), "{reader}: {plant}");
        }
        assert!(theirs.iter().any(|p| p == still), "{reader}: {still}");
        assert!(theirs.len() >= 30, "{reader}: only {}", theirs.len());
    }
    assert!(offered(&["ibs", "histamine", "gluten"]).len() >= 30);
}

#[test]
fn a_coeliac_reader_is_offered_the_grains_that_need_a_gluten_free_label_by_that_label() {
    let coeliac = content().reader(&with_intolerances(baseline(), &["gluten"]));
    assert_eq!(coeliac, ["gluten"]);
    let labelled = [
        ("Oats", "Oats labelled gluten-free"),
        ("Buckwheat", "Buckwheat, labelled gluten-free"),
        ("Millet", "Millet, labelled gluten-free"),
    ];
    let everyone = offered(&[]);
    // With IBS too, the label still shows: a version is for readers with at least its
    // restrictions.
    for reader in [&coeliac[..], &["gluten", "ibs"]] {
        let theirs = offered(reader);
        for (usual, label) in labelled {
            assert!(everyone.iter().any(|p| p == usual), "{usual}");
            assert!(!everyone.iter().any(|p| p == label), "{label}");
            assert!(theirs.iter().any(|p| p == label), "{reader:?}: {label}");
            assert!(!theirs.iter().any(|p| p == usual), "{reader:?}: {usual}");
        }
    }
}

#[test]
fn a_reader_allergic_to_cereals_with_gluten_is_offered_no_oats_at_all() {
    // The allergy holds the gluten restriction too, so no wheat, barley or rye either; oats
    // labelled gluten-free are still oats.
    let reader = allergic_to(&["gluten_cereals"]);
    assert_eq!(reader, ["gluten", "allergy_cereals"]);
    let theirs = offered(&reader);
    for plant in &theirs {
        let words = plant.to_lowercase();
        assert!(!words.split(' ').any(|w| w == "oats"), "{plant}");
    }
    for plant in ["Barley", "Rye", "Whole wheat"] {
        assert!(!theirs.iter().any(|p| p == plant), "{plant}");
    }
    for plant in ["Buckwheat, labelled gluten-free", "Quinoa", "Brown rice"] {
        assert!(theirs.iter().any(|p| p == plant), "{plant}");
    }
    assert!(theirs.len() >= 30, "only {}", theirs.len());
}

#[test]
fn the_plant_list_offers_no_allergen_to_a_reader_allergic_to_it() {
    let everyone = offered(&[]);
    for (allergy, never, still) in [
        ("peanuts", &["Peanuts"][..], "Almonds"),
        (
            "tree_nuts",
            &[
                "Almonds",
                "Walnuts",
                "Hazelnuts",
                "Cashews",
                "Pistachios",
                "Macadamias",
                "Pine nuts",
            ][..],
            "Pumpkin seeds",
        ),
        ("sesame", &["Sesame seeds"][..], "Chia seeds"),
        ("soya", &["Tofu or edamame"][..], "Chickpeas"),
    ] {
        let theirs = offered(&allergic_to(&[allergy]));
        for plant in never {
            assert!(everyone.iter().any(|p| p == plant), "{plant} is listed");
            assert!(!theirs.iter().any(|p| p == plant), "{allergy}: {plant}");
        }
        assert!(theirs.iter().any(|p| p == still), "{allergy}: {still}");
    }
    // Every allergy at once still leaves a week's worth of plants.
    let allergies: Vec<&str> = (content().question("food_allergies").unwrap().options.iter())
        .filter(|option| !option.exclusive)
        .map(|option| option.id.as_str())
        .collect();
    let theirs = offered(&allergic_to(&allergies));
    assert!(theirs.len() >= 30, "only {}", theirs.len());
}

#[test]
fn a_new_week_starts_only_once_the_last_is_over() {
    let mut tracker = started(day(2026, 12, 2));
    assert!(!tracker.start_week(day(2026, 12, 8)), "still running");
    assert!(tracker.start_week(day(2026, 12, 9)));
    assert_eq!(tracker.weeks.len(), 2);
    assert_eq!(week(&tracker).from, day(2026, 12, 9));
    assert_eq!(
        tracker.weeks[1].from,
        day(2026, 12, 2),
        "the week before, kept"
    );
    // A reader back after a gap starts on the day they come back.
    assert!(tracker.start_week(day(2027, 1, 20)));
    assert_eq!(week(&tracker).from, day(2027, 1, 20));
    let mut from = day(2027, 2, 1);
    for _ in 0..WEEKS_KEPT + 3 {
        assert!(tracker.start_week(from));
        from = from.plus(7).unwrap();
    }
    assert_eq!(tracker.weeks.len(), WEEKS_KEPT);
}

#[test]
fn two_copies_keep_each_others_ticks_and_plants() {
    let base = started(day(2026, 12, 2));
    let mut mine = base.clone();
    let mut theirs = base.clone();
    week_mut(&mut mine).tick(0, true, 100);
    week_mut(&mut mine).set_plant("carrot", true, 100);
    week_mut(&mut mine).set_plant("oats", true, 101);
    week_mut(&mut theirs).tick(1, true, 102);
    week_mut(&mut theirs).set_plant("carrot", true, 103);
    week_mut(&mut theirs).set_plant("~dragon fruit", true, 104);
    // They wrote first; then this copy writes, merging into what they wrote.
    let stored = theirs.merged(&base, &base);
    let merged = mine.merged(&base, &stored);
    let week = week(&merged);
    assert!(week.is_done(0) && week.is_done(1));
    let mut plants = week.plants_eaten();
    plants.sort();
    assert_eq!(plants, ["carrot", "oats", "~dragon fruit"]);
    assert_eq!(
        mine.merged(&base, &merged),
        merged,
        "merging again changes nothing"
    );
}

#[test]
fn the_later_change_to_a_day_wins_whichever_copy_writes_last() {
    let mut base = started(day(2026, 12, 2));
    week_mut(&mut base).tick(2, true, 100);
    let mut mine = base.clone();
    let mut theirs = base.clone();
    // Here the tick was taken back later than the other copy re-ticked it.
    week_mut(&mut theirs).tick(2, true, 150);
    week_mut(&mut mine).tick(2, false, 200);
    let stored = theirs.merged(&base, &base);
    assert!(!week(&mine.merged(&base, &stored)).is_done(2));
    // And the other way round.
    week_mut(&mut mine).tick(2, false, 120);
    assert!(week(&mine.merged(&base, &stored)).is_done(2));
}

#[test]
fn a_week_deleted_elsewhere_stays_deleted_unless_changed_here() {
    let base = started(day(2026, 12, 2));
    let nothing = Tracker::default();
    assert_eq!(base.merged(&base, &nothing), nothing);
    let mut changed = base.clone();
    week_mut(&mut changed).set_plant("kale", true, 300);
    let kept = changed.merged(&base, &nothing);
    assert_eq!(week(&kept).plants_eaten(), ["kale"]);
    // A week started here, which the stored record never had, is kept.
    let fresh = started(day(2026, 12, 9));
    assert_eq!(fresh.merged(&nothing, &nothing), fresh);
}

fn load_text(text: &str) -> gut_skin_check::saved::Loaded {
    load(content(), &Stored::from_text(Some(text)))
}

#[test]
fn the_week_is_kept_in_the_stored_record_and_read_back() {
    let mut saved = Saved {
        tracker: started(day(2026, 12, 2)),
        ..Saved::default()
    };
    let week = week_mut(&mut saved.tracker);
    week.tick(0, true, 1_764_633_600);
    week.tick(1, false, 1_764_633_601);
    week.set_plant("carrot", true, 1_764_633_602);
    week.set_plant("~dragon fruit", true, 1_764_633_603);
    week.told = true;
    let text = saved.to_json();
    assert!(text.starts_with(r#"{"version":4,"#), "{text}");
    assert!(text.contains(
        r#""weeks":[{"from":"2026-12-02","days":[{"day":0,"done":true,"at":1764633600},"#
    ));
    let loaded = load_text(&text);
    assert_eq!(loaded.problem, None);
    assert_eq!(loaded.saved, saved);
    assert!(!saved.holds_nothing(), "a week alone is worth keeping");
}

#[test]
fn a_record_from_before_weeks_reads_with_none() {
    let loaded = load_text(r#"{"version":3,"progress":null,"history":[]}"#);
    assert_eq!(loaded.problem, None);
    assert_eq!(loaded.saved.tracker, Tracker::default());
    // Version 3 had no weeks: a field of that name then is not read.
    let older =
        load_text(r#"{"version":3,"progress":null,"history":[],"weeks":[{"from":"2026-12-02"}]}"#);
    assert_eq!(older.saved.tracker, Tracker::default());
}

#[test]
fn damaged_weeks_are_dropped_and_the_rest_kept() {
    let text = r#"{"version":4,"progress":null,"history":[],"weeks":[
        {"from":"2026-12-09","days":[{"day":0,"done":true,"at":5},{"day":9,"done":true,"at":5},{"day":1,"done":"yes","at":5}],
         "plants":[{"plant":"kale","eaten":true,"at":5},{"plant":"","eaten":true,"at":5},{"plant":"oats","eaten":true,"at":-1}],"told":false},
        {"from":"2026-02-30","days":[],"plants":[]},
        {"from":"2026-12-02","days":[],"plants":[]},
        "week"]}"#;
    let loaded = load_text(text);
    assert_eq!(
        loaded.problem,
        Some(gut_skin_check::saved::SavedProblem::SomeDropped)
    );
    let weeks = &loaded.saved.tracker.weeks;
    assert_eq!(weeks.len(), 2);
    assert_eq!(weeks[0].from, day(2026, 12, 9), "newest first");
    assert_eq!(weeks[0].days_done(), 1);
    assert_eq!(weeks[0].plants_eaten(), ["kale"]);
    assert_eq!(weeks[1].from, day(2026, 12, 2));
    let not_a_list = load_text(r#"{"version":4,"progress":null,"history":[],"weeks":{}}"#);
    assert!(not_a_list.saved.tracker.weeks.is_empty());
    assert!(not_a_list.problem.is_some());
}

/// Any JSON value, up to a few levels deep.
fn any_json() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        proptest::option::of(0u64..5_000_000_000).prop_map(Json::Number),
        "[a-z0-9~ -]{0,12}".prop_map(Json::String),
        Just(Json::String("2026-12-02".to_owned())),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        let keys = prop_oneof![
            Just("from".to_owned()),
            Just("days".to_owned()),
            Just("plants".to_owned()),
            Just("day".to_owned()),
            Just("done".to_owned()),
            Just("at".to_owned()),
            Just("plant".to_owned()),
            Just("eaten".to_owned()),
            Just("told".to_owned()),
            "[a-z]{1,4}",
        ];
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Json::Array),
            proptest::collection::vec((keys, inner), 0..6).prop_map(Json::Object),
        ]
    })
}

proptest! {
    #[test]
    fn reading_any_stored_weeks_never_panics_and_keeps_what_it_reads(json in any_json()) {
        let (tracker, _) = Tracker::read(Some(&json));
        prop_assert!(tracker.weeks.len() <= WEEKS_KEPT);
        for week in &tracker.weeks {
            prop_assert!(week.days.iter().all(|(day, _)| *day < 7));
            prop_assert!(week.plants.len() <= PLANTS_KEPT);
        }
        // What was read is written and read back unchanged.
        let saved = Saved { tracker: tracker.clone(), ..Saved::default() };
        let again = load_text(&saved.to_json());
        prop_assert_eq!(again.saved.tracker, tracker);
    }

    #[test]
    fn merging_two_copies_keeps_every_change_made_in_either(
        mine in proptest::collection::vec((0u8..7, any::<bool>(), 0u32..50), 0..10),
        theirs in proptest::collection::vec((0u8..7, any::<bool>(), 50u32..100), 0..10),
    ) {
        let base = started(day(2026, 12, 2));
        let (mut a, mut b) = (base.clone(), base.clone());
        for &(d, done, at) in &mine {
            week_mut(&mut a).tick(d, done, at);
        }
        for &(d, done, at) in &theirs {
            week_mut(&mut b).tick(d, done, at);
        }
        let stored = b.merged(&base, &base);
        let merged = a.merged(&base, &stored);
        // Every day is as the later of the two copies left it; theirs are all later.
        for d in 0..7u8 {
            let last = |changes: &[(u8, bool, u32)]| changes.iter().rev().find(|c| c.0 == d).map(|c| c.1);
            let expected = last(&theirs).or(last(&mine)).unwrap_or(false);
            prop_assert_eq!(week(&merged).is_done(d), expected, "day {}", d);
        }
        prop_assert_eq!(a.merged(&base, &merged), merged.clone());
    }
}

#[test]
fn a_change_made_here_in_the_same_second_as_the_last_one_still_counts() {
    let mut base = started(day(2026, 12, 2));
    week_mut(&mut base).set_plant("oats", true, 100);
    week_mut(&mut base).tick(0, true, 100);
    let mut mine = base.clone();
    week_mut(&mut mine).set_plant("oats", false, 100);
    week_mut(&mut mine).tick(0, false, 100);
    // Storage still holds what this copy started from: its untick stands.
    let merged = mine.merged(&base, &base);
    assert!(!week(&merged).has_plant("oats"));
    assert!(!week(&merged).is_done(0));
    // Had another copy changed them meanwhile, the later change would win, a tie to "on".
    let mut theirs = base.clone();
    week_mut(&mut theirs).set_plant("oats", true, 100);
    week_mut(&mut theirs).tick(0, true, 101);
    let stored = theirs.merged(&base, &base);
    let merged = mine.merged(&base, &stored);
    assert!(week(&merged).is_done(0), "their later tick");
}
