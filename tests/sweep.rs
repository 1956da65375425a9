//! Every reader the "about you" questions allow — each diet, each set of intolerances, each
//! set of circumstances, each age band — with every combination of warning signs and a few
//! habit profiles: over a million reports, each read for what the results promise. Then every
//! food allergy alone and every pair of them, with every diet, set of intolerances and set of
//! circumstances: the allergies act each on its own (see `Question::checked_answers`).
//!
//! - No line of advice (a food's name, examples and first step, the plan, the tips) names what
//!   the reader's restrictions rule out; only cautions, left-out lines and quotes may.
//! - No sentence appears twice on the results screen.
//! - The plan names only foods shown to the reader that suit them, in the reader's version,
//!   with their cautions in the same sentence.
//! - Every score is within 0–100, and the doctor card comes first whenever a warning sign is yes,
//!   opening with what to do for the most urgent one and naming every sign with how soon; a
//!   change in bowel habit for 3 weeks or more needs a GP, and a doctor soon from 60 (NICE
//!   NG12). Whenever the card shows, the week, the welcome back and the reminder say to see the
//!   doctor first.
//! - Nothing the reader is allergic to (or otherwise rules out) is named by a food, a plan step,
//!   a day of the week or a plant they are offered.
//! - The summary names every restriction that changed the advice and every skin concern chosen,
//!   in the reader's answers, and no line tells the reader what they "have".
//! - A reader under 16 never gets results.

mod support;

use std::collections::{BTreeMap, HashSet};
use std::hash::BuildHasher;

use gut_skin_check::answers::{Answer, Answers};
use gut_skin_check::content::{Content, Urgency};
use gut_skin_check::plan::steps_on;
use gut_skin_check::results::{Report, Voice};
use gut_skin_check::text::{capitalised, lower_first};
use gut_skin_check::warning_signs::doctor_first;
use support::{baseline, highest, mixed};

/// The content with its term lists, which the widget's packed copy leaves out.
fn content() -> &'static Content {
    support::content()
}

/// The habits and symptoms readers bring, from the best to the worst.
fn habit_profiles() -> Vec<(&'static str, Answers)> {
    vec![
        ("healthy", baseline()),
        ("mixed", mixed()),
        ("everything at its worst", highest("type_7")),
        (
            "few ferments, little fiber, symptoms on most days",
            baseline()
                .with("fermented", "under_1")
                .with("prebiotic", "1_2")
                .with("whole_grains", "0")
                .with("plant_variety", "under_10")
                .with("loose_stools", "5_6")
                .with("abdominal_pain", "7")
                .with("water", "3_4"),
        ),
    ]
}

/// The warning-sign questions the sweep answers yes and no in every combination.
const WARNINGS: [&str; 7] = [
    "warn_blood",
    "warn_weight_loss",
    "warn_night",
    "warn_vomiting",
    "warn_swallowing",
    "warn_family",
    "warn_after_50",
];

/// Every answer that is a warning sign, with how soon it needs a doctor, as NHS and NICE grade
/// it: blood in the stools or vomit, or being sick so often that fluids will not stay down,
/// today; weight loss or a lump, symptoms at night, trouble swallowing, a family history, or
/// symptoms that began after 50 soon; a change in bowel habit for 3 weeks or more with a GP below 60 ([`bowel_change`]).
const SIGNS: [(&str, &str, Urgency); 8] = [
    ("warn_blood", "yes", Urgency::Today),
    ("warn_weight_loss", "yes", Urgency::Soon),
    ("warn_night", "yes", Urgency::Soon),
    ("warn_vomiting", "yes", Urgency::Today),
    ("warn_swallowing", "yes", Urgency::Soon),
    ("warn_family", "yes", Urgency::Soon),
    ("warn_after_50", "yes", Urgency::Soon),
    ("bowel_change", "yes", Urgency::Gp),
];

/// How soon a change in bowel habit for 3 weeks or more needs a doctor at this age: from 60 it
/// is a reason for a suspected-cancer referral (NICE NG12), so soon; below, a GP.
fn bowel_change(answers: &Answers) -> Urgency {
    let sixty = ["60_64", "65_plus"];
    match answers
        .get("age")
        .is_some_and(|age| sixty.iter().any(|a| age.includes(a)))
    {
        true => Urgency::Soon,
        false => Urgency::Gp,
    }
}

/// Splits a line into its sentences.
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split_inclusive(". ")
        .map(str::trim)
        .filter(|sentence| !sentence.is_empty())
}

struct Sweep {
    reports: usize,
    /// Each kind of failure once, with the first reader it was seen for.
    failures: BTreeMap<String, String>,
    /// Hashes of (restrictions, line) pairs already checked, so a line repeated across
    /// readers with the same restrictions is read once.
    fitting: HashSet<u64, Fnv>,
}

/// FNV-1a: the sweep hashes millions of short strings, where SipHash's set-up dominates.
#[derive(Clone, Copy, Default)]
struct Fnv;

struct FnvHasher(u64);

impl std::hash::BuildHasher for Fnv {
    type Hasher = FnvHasher;
    fn build_hasher(&self) -> FnvHasher {
        FnvHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x100_0000_01b3);
        }
    }
}

impl Sweep {
    fn new() -> Self {
        Self {
            reports: 0,
            failures: BTreeMap::new(),
            fitting: HashSet::default(),
        }
    }

    fn fail(&mut self, who: &dyn Fn() -> String, what: String) {
        self.failures.entry(what).or_insert_with(who);
    }

    fn read(&mut self, who: &dyn Fn() -> String, answers: &Answers) {
        let content = content();
        let reader = content.reader(answers);
        let asked_under_16 = answers
            .get("age")
            .is_some_and(|age| age.includes("under_16"));
        let Some(report) = Report::new(content, answers) else {
            if !asked_under_16 {
                self.fail(who, "a complete assessment has no results".to_owned());
            }
            return;
        };
        self.reports += 1;
        if asked_under_16 {
            self.fail(who, "a reader under 16 got results".to_owned());
        }

        for score in &report.scores {
            if score.value > 100 {
                self.fail(who, format!("{} is {}", score.def.id, score.value));
            }
        }
        let effective = content.effective_answers(answers);
        // Every sign answered yes, graded as NHS and NICE NG12 grade it.
        let signs: Vec<(&str, Urgency)> = SIGNS
            .iter()
            .filter(|(question, option, _)| {
                effective.get(question).is_some_and(|a| a.includes(option))
            })
            .map(|&(question, _, urgency)| match question {
                "bowel_change" => (question, bowel_change(&effective)),
                _ => (question, urgency),
            })
            .collect();
        let lines = report.lines();
        let card = report.doctor_card.as_ref();
        if signs.is_empty() != card.is_none()
            || card.is_some_and(|card| card.signs.len() != signs.len())
        {
            self.fail(
                who,
                "the doctor card does not match the warning signs".to_owned(),
            );
        }
        if doctor_first(content, answers).is_some() != card.is_some() {
            self.fail(
                who,
                "the screens after the results do not follow the doctor card".to_owned(),
            );
        }
        if let Some(card) = card {
            let most_urgent = signs.iter().map(|(_, urgency)| *urgency).min();
            if Some(card.urgency()) != most_urgent {
                self.fail(who, format!("the card opens as {:?}", card.urgency()));
            }
            let mut graded: Vec<Urgency> = card.signs.iter().map(|sign| sign.urgency).collect();
            let mut wanted: Vec<Urgency> = signs.iter().map(|(_, urgency)| *urgency).collect();
            graded.sort();
            wanted.sort();
            if graded != wanted {
                self.fail(who, format!("the card grades its signs {graded:?}"));
            }
            // The heading, then what to do for the most urgent sign, before anything else.
            let first = [card.title(content), card.first_line(content)];
            let opening: Vec<&str> = lines.iter().take(2).map(|l| l.text.as_str()).collect();
            if opening != first || lines[0].voice != Voice::Notice {
                self.fail(who, format!("the results open with {opening:?}"));
            }
            // Every sign is named, with how soon when the card holds more than one urgency.
            let mixed = card.signs.iter().any(|s| s.urgency != card.urgency());
            for sign in &card.signs {
                let named = if mixed {
                    sign.line(content)
                } else {
                    sign.sign.to_owned()
                };
                if !lines.iter().any(|l| l.text == capitalised(&named)) {
                    self.fail(who, format!("the card does not say “{named}”"));
                }
            }
        }

        // The summary says what it changed for the reader and speaks to each skin concern, in
        // the reader's own answers, and never tells them what they have.
        let adjusted = report.summary.adjusted_for.as_deref().unwrap_or_default();
        for id in &reader {
            for when in content.restriction(id).unwrap().when.iter() {
                let question = content.question(&when.question).unwrap();
                for option in &when.any_of {
                    let chosen = effective
                        .get(&when.question)
                        .is_some_and(|a| a.includes(option));
                    let short = question.option(option).unwrap().short.as_deref().unwrap();
                    if chosen && !adjusted.contains(short) {
                        self.fail(who, format!("“{adjusted}” does not name {short} ({id})"));
                    }
                }
            }
        }
        let skin = content.question("skin_concerns").unwrap();
        for id in effective
            .get("skin_concerns")
            .map_or(&[][..], |a| a.chosen())
        {
            let Some(short) = skin.option(id).unwrap().short.as_deref() else {
                continue;
            };
            let named = report.summary.skin.iter().any(|line| line.contains(short));
            if !named {
                self.fail(who, format!("the skin concern {short} is not named"));
            }
        }
        for line in &lines {
            if line.text.to_lowercase().contains("you have") {
                self.fail(who, format!("“{}” says “you have”", line.text));
            }
        }

        let mut seen: HashSet<&str, Fnv> = HashSet::default();
        for line in &lines {
            if matches!(line.voice, Voice::Advice | Voice::Heading)
                && self.fitting.insert(Fnv.hash_one((&reader, &line.text)))
            {
                for id in &reader {
                    let restriction = content.restriction(id).unwrap();
                    if let Some(term) = restriction.named_in(&line.text) {
                        self.fail(who, format!("“{}” names `{term}` ({id})", line.text));
                    }
                }
            }
            if line.voice != Voice::Heading {
                for sentence in sentences(&line.text) {
                    if !seen.insert(sentence) {
                        self.fail(who, format!("“{sentence}” is said twice"));
                    }
                }
            }
        }

        // Each day of the week is the plan's steps, read above; no plant the reader is offered
        // is one they rule out. The plants turn on the restrictions alone: read once for each.
        for day in 0..7 {
            let steps = steps_on(&report.plan, day);
            if !steps.iter().all(|step| report.plan.contains(step)) {
                self.fail(who, format!("day {day} has a step the plan does not"));
            }
        }
        if self.fitting.insert(Fnv.hash_one(("plants", &reader))) {
            let plants = (content.plants_for(&reader).into_iter()).flat_map(|(_, plants)| plants);
            for name in plants.map(|plant| plant.name_for(&reader)) {
                for id in &reader {
                    if let Some(term) = content.restriction(id).unwrap().named_in(name) {
                        self.fail(
                            who,
                            format!("the week offers “{name}”, naming `{term}` ({id})"),
                        );
                    }
                }
            }
        }

        let starters = report.suggestions.starters();
        let food_steps: Vec<_> = report
            .plan
            .iter()
            .filter(|s| s.when != "All week")
            .collect();
        if food_steps.len() != starters.len() || starters.len() > 3 {
            self.fail(
                who,
                format!(
                    "{} food steps for {} starters",
                    food_steps.len(),
                    starters.len()
                ),
            );
        }
        for (step, food) in food_steps.iter().zip(&starters) {
            let shown = report
                .suggestions
                .lists
                .iter()
                .flat_map(|l| &l.foods)
                .any(|f| std::ptr::eq(f, *food));
            if !shown || !food.suits() {
                self.fail(
                    who,
                    format!(
                        "the plan has {}, which is not shown or not suited",
                        food.name()
                    ),
                );
            }
            let carried = food.carried.iter().all(|c| {
                step.cautions.contains(c) || report.plan.iter().any(|s| s.cautions.contains(c))
            });
            if !step.action.contains(&lower_first(food.name())) || !carried {
                self.fail(
                    who,
                    format!(
                        "“{}” is not {} with its cautions",
                        step.line(content),
                        food.name()
                    ),
                );
            }
        }
    }
}

/// Every answer the question allows, or "none of these" alone for a multi-choice question.
fn every_answer(id: &str) -> Vec<Answer> {
    content().question(id).unwrap().possible_answers()
}

/// How many warning signs a reader is asked about (the signs after 50 only from 50).
fn signs_asked(reader: &Answers) -> usize {
    let asked = content().asked(reader);
    let ids = asked.iter().map(|(q, _)| q.id.as_str());
    ids.filter(|id| WARNINGS.contains(id)).count()
}

/// The warning signs asked of a reader, answered yes where `signs` has the sign's bit.
fn with_signs(reader: &Answers, signs: u32) -> Answers {
    let mut answers = reader.clone();
    let asked = content().asked(reader);
    let warnings = (asked.iter().map(|(q, _)| q.id.as_str())).filter(|id| WARNINGS.contains(id));
    for (at, id) in warnings.enumerate() {
        let yes = if signs & 1 << at != 0 { "yes" } else { "no" };
        answers.set(id, Answer::One(yes.to_owned()));
    }
    answers
}

/// Reads every reader of one habit profile, each with no warning sign, each sign alone and
/// all of them: the signs change nothing about the advice, so their combinations are read
/// once for every age rather than for every diet (see [`every_combination_of_warning_signs`]).
fn sweep_profile(profile: &str, habits: &Answers) -> Sweep {
    let mut sweep = Sweep::new();
    for diet in &every_answer("diet") {
        for intolerance in &every_answer("intolerances") {
            for circumstance in &every_answer("circumstances") {
                let mut reader = habits.clone();
                reader.set("food_allergies", Answer::Many(vec!["none".to_owned()]));
                reader.set("diet", diet.clone());
                reader.set("intolerances", intolerance.clone());
                reader.set("circumstances", circumstance.clone());
                for age in &every_answer("age") {
                    reader.set("age", age.clone());
                    let asked = signs_asked(&reader);
                    let alone = (0..asked).map(|at| 1 << at);
                    for signs in [0, (1 << asked) - 1].into_iter().chain(alone) {
                        let who = || {
                            format!("{profile}, {diet:?}, {intolerance:?}, {circumstance:?}, {age:?}, warnings {signs:b}")
                        };
                        sweep.read(&who, &with_signs(&reader, signs));
                    }
                }
            }
        }
    }
    sweep
}

/// Every combination of warning signs, at every age, for each habit profile and a few sets of
/// restrictions.
fn every_combination_of_warning_signs(profile: &str, habits: &Answers) -> Sweep {
    let mut sweep = Sweep::new();
    let readers = [
        ("none", "none", "none"),
        ("vegan", "ibs", "pregnant"),
        ("vegetarian", "histamine", "immunocompromised"),
    ];
    for (diet, intolerance, circumstance) in readers {
        let reader = habits
            .clone()
            .with("diet", diet.replace("none", "omnivore").as_str())
            .with_many("intolerances", &[intolerance])
            .with_many("circumstances", &[circumstance])
            .with_many("food_allergies", &["none"]);
        for age in &every_answer("age") {
            let mut reader = reader.clone();
            reader.set("age", age.clone());
            for signs in 0u32..1 << signs_asked(&reader) {
                let who = || {
                    format!("{profile}, {diet}, {intolerance}, {circumstance}, {age:?}, warnings {signs:b}")
                };
                sweep.read(&who, &with_signs(&reader, signs));
            }
        }
    }
    sweep
}

/// Runs `sweep` for each habit profile, a thread each, and fails with every kind of failure
/// found, each with the first reader it was found for; returns how many reports were read.
fn across_profiles(sweep: fn(&str, &Answers) -> Sweep) -> usize {
    content();
    let profiles = habit_profiles();
    let sweeps: Vec<Sweep> = std::thread::scope(|scope| {
        let running: Vec<_> = (profiles.iter())
            .map(|(profile, habits)| scope.spawn(move || sweep(profile, habits)))
            .collect();
        running.into_iter().map(|s| s.join().unwrap()).collect()
    });
    assert_no_failures(sweeps)
}

/// Fails with every kind of failure the sweeps found; returns how many reports they read.
fn assert_no_failures(sweeps: Vec<Sweep>) -> usize {
    let reports: usize = sweeps.iter().map(|s| s.reports).sum();
    let mut failures = BTreeMap::new();
    for sweep in sweeps {
        for (what, who) in sweep.failures {
            failures.entry(what).or_insert(who);
        }
    }
    let shown: Vec<String> = (failures.iter().take(20))
        .map(|(what, who)| format!("{what}\n    first for: {who}"))
        .collect();
    assert!(
        shown.is_empty(),
        "{} kinds of failure:\n{}",
        failures.len(),
        shown.join("\n")
    );
    reports
}

#[test]
fn every_reader_gets_advice_that_fits_them_and_never_repeats_itself() {
    let reports = across_profiles(sweep_profile);
    // 4 profiles × 3 diets × 16 sets of intolerances × 16 sets of circumstances × (3 age bands
    // from 16 to 49 with 8 sets of warning signs (none, each of 6 alone, all) + 3 bands from
    // 50 with 9); the under-16 band has none.
    assert_eq!(reports, 4 * 3 * 16 * 16 * (3 * 8 + 3 * 9));
}

#[test]
fn every_combination_of_warning_signs_is_graded_and_followed_through() {
    let reports = across_profiles(every_combination_of_warning_signs);
    // 4 profiles × 3 sets of restrictions × (3 age bands with 64 combinations of the 6 signs
    // asked below 50 + 3 bands with 128 of the 7 asked from 50).
    assert_eq!(reports, 4 * 3 * (3 * 64 + 3 * 128));
}

#[test]
fn no_reader_is_offered_anything_they_are_allergic_to() {
    let allergies = content()
        .question("food_allergies")
        .unwrap()
        .checked_answers();
    let (_, habits) = &habit_profiles()[3];
    let sweeps: Vec<Sweep> = std::thread::scope(|scope| {
        let running: Vec<_> = every_answer("diet")
            .into_iter()
            .map(|diet| {
                let allergies = &allergies;
                scope.spawn(move || {
                    let mut sweep = Sweep::new();
                    for allergy in allergies {
                        for intolerance in &every_answer("intolerances") {
                            for circumstance in &every_answer("circumstances") {
                                let mut answers = habits.clone();
                                answers.set("diet", diet.clone());
                                answers.set("food_allergies", allergy.clone());
                                answers.set("intolerances", intolerance.clone());
                                answers.set("circumstances", circumstance.clone());
                                let who = || {
                                    format!(
                                        "{diet:?}, {allergy:?}, {intolerance:?}, {circumstance:?}"
                                    )
                                };
                                sweep.read(&who, &answers);
                            }
                        }
                    }
                    sweep
                })
            })
            .collect();
        running.into_iter().map(|s| s.join().unwrap()).collect()
    });
    let reports = assert_no_failures(sweeps);
    // No allergy, each of the 14 alone and each of their 91 pairs, × 3 diets × 16 sets of
    // intolerances × 16 sets of circumstances.
    assert_eq!(reports, (1 + 14 + 91) * 3 * 16 * 16);
}
