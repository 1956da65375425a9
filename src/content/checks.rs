//! Checking the content before use: ids, references, placeholders, and the limits it must keep.

use super::{Content, Effect, Question, QuestionKind, Target, Variant, CONTENT_VERSION};
use crate::answers::Answers;
use crate::conditions::Condition;
use crate::json::{push_key, Problem};
use crate::restrictions::{contains_words, words};

impl Content {
    /// Every problem in the content, each at its JSON path; empty when the content is sound.
    pub fn problems(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut report = |path: String, message: String| problems.push(Problem::new(path, message));

        if self.version != CONTENT_VERSION {
            report(
                "$.version".to_owned(),
                format!(
                    "this widget reads content version {CONTENT_VERSION}; this file is version {}",
                    self.version
                ),
            );
        }
        if self.lang.trim().is_empty() || self.lang.contains(char::is_whitespace) {
            report(
                "$.lang".to_owned(),
                "must be a language tag, such as \"en\" or \"es\"".to_owned(),
            );
        }
        for (part, empty) in [
            ("lists", self.lists.is_empty()),
            ("foods", self.foods.is_empty()),
            ("tips", self.tips.is_empty()),
            ("restrictions", self.restrictions.is_empty()),
        ] {
            if empty {
                report(format!("$.{part}"), "is missing or empty".to_owned());
            }
        }
        for (index, change) in self.word_changes.iter().enumerate() {
            if change.from.trim().is_empty() {
                report(
                    format!("$.word_changes[{index}].from"),
                    "is empty".to_owned(),
                );
            }
        }

        for (kind, ids) in [
            (
                "scores",
                self.scores.iter().map(|s| &s.id).collect::<Vec<_>>(),
            ),
            ("sections", self.sections.iter().map(|s| &s.id).collect()),
            ("questions", self.questions.iter().map(|q| &q.id).collect()),
            ("lists", self.lists.iter().map(|l| &l.id).collect()),
            ("foods", self.foods.iter().map(|f| &f.id).collect()),
            ("tips", self.tips.iter().map(|t| &t.id).collect()),
            (
                "restrictions",
                self.restrictions.iter().map(|r| &r.id).collect(),
            ),
            ("plants", self.plants.iter().map(|g| &g.id).collect()),
        ] {
            for (index, id) in duplicates(ids.iter().map(|id| id.as_str())) {
                report(
                    format!("$.{kind}[{index}].id"),
                    format!("`{id}` is already the id of an earlier entry"),
                );
            }
            for (index, id) in ids.iter().enumerate() {
                if !is_id(id) {
                    report(format!("$.{kind}[{index}].id"), NOT_AN_ID.to_owned());
                }
            }
        }
        if self.questions.len() > MOST_QUESTIONS {
            report(
                "$.questions".to_owned(),
                format!(
                    "has {} questions; a share link can hold at most {MOST_QUESTIONS}",
                    self.questions.len()
                ),
            );
        }
        for (index, score) in self.scores.iter().enumerate() {
            if score.about.trim().is_empty() {
                report(
                    format!("$.scores[{index}].about"),
                    "is missing or empty".to_owned(),
                );
            }
            if score.name.starts_with(|c: char| c.is_ascii_lowercase()) {
                report(
                    format!("$.scores[{index}].name"),
                    "must start with a capital letter: it heads its explanation".to_owned(),
                );
            }
        }

        let mut last_section = 0;
        for (index, question) in self.questions.iter().enumerate() {
            let at = format!("$.questions[{index}]");
            match self.sections.iter().position(|s| s.id == question.section) {
                None => report(
                    format!("{at}.section"),
                    format!("names unknown section `{}`", question.section),
                ),
                Some(section) if section < last_section => report(
                    format!("{at}.section"),
                    format!(
                        "`{}` comes before the section of the question above it; a section's questions are written together, in the sections' order",
                        question.section
                    ),
                ),
                Some(section) => last_section = section,
            }
            if question.options.is_empty() {
                report(format!("{at}.options"), "has no options".to_owned());
            }
            if question.options.len() > MOST_OPTIONS {
                report(
                    format!("{at}.options"),
                    format!(
                        "has {} options; a question can have at most {MOST_OPTIONS}",
                        question.options.len()
                    ),
                );
            }
            for (option_index, option) in question.options.iter().enumerate() {
                if !is_id(&option.id) {
                    report(
                        format!("{at}.options[{option_index}].id"),
                        NOT_AN_ID.to_owned(),
                    );
                }
            }
            for (option_index, id) in duplicates(question.options.iter().map(|o| o.id.as_str())) {
                report(
                    format!("{at}.options[{option_index}].id"),
                    format!("`{id}` is already the id of an earlier option"),
                );
            }
            for (option_index, option) in question.options.iter().enumerate() {
                let at = format!("{at}.options[{option_index}]");
                for score in option.weights.keys() {
                    if self.score(score).is_none() {
                        let mut path = format!("{at}.weights");
                        push_key(&mut path, score);
                        report(path, format!("weighs unknown score `{score}`"));
                    }
                }
                if option.stop && question.kind == QuestionKind::Multi {
                    report(
                        format!("{at}.stop"),
                        "only an option of a single-choice question can stop the check".to_owned(),
                    );
                }
                if option.exclusive && question.kind == QuestionKind::Single {
                    report(
                        format!("{at}.exclusive"),
                        "only an option of a multi-choice question can be exclusive".to_owned(),
                    );
                }
                if let Some(condition) = &option.sooner_if {
                    if option.warning.is_none() {
                        report(
                            format!("{at}.sooner_if"),
                            "only a warning sign can need a doctor sooner".to_owned(),
                        );
                    }
                    self.check_condition(condition, &format!("{at}.sooner_if"), &mut report);
                }
                for (was_index, old) in option.was.iter().enumerate() {
                    if question.option(old).is_some() || !is_id(old) {
                        report(
                            format!("{at}.was[{was_index}]"),
                            format!(
                                "`{old}` must be an earlier id, not one of this question's options"
                            ),
                        );
                    }
                }
                if let Some(warning) = &option.warning {
                    if warning.starts_with(|c: char| c.is_ascii_uppercase()) {
                        report(
                            format!("{at}.warning"),
                            "must start with a small letter: the doctor card lists it after \"You told us about\""
                                .to_owned(),
                        );
                    }
                }
            }
            if let Some(assumed) = &question.assumed {
                if question.option(assumed).is_none() {
                    report(
                        format!("{at}.assumed"),
                        format!(
                            "names `{assumed}`, which is not an option of question `{}`",
                            question.id
                        ),
                    );
                }
            }
            for (condition_index, condition) in question.show_if.iter().enumerate() {
                let at = format!("{at}.show_if[{condition_index}]");
                match self.question_index(&condition.question) {
                    Some(earlier) if earlier < index => {}
                    Some(_) => report(
                        format!("{at}.question"),
                        format!(
                            "`{}` is not an earlier question, so its answer is not known yet",
                            condition.question
                        ),
                    ),
                    None => {}
                }
                self.check_condition(condition, &at, &mut report);
            }
        }

        for (index, score) in self.scores.iter().enumerate() {
            let always_asked = self.questions.iter().any(|q| {
                q.show_if.is_empty() && q.options.iter().any(|o| o.weights.contains_key(&score.id))
            });
            if !always_asked {
                report(
                    format!("$.scores[{index}]"),
                    format!(
                        "no question that is always asked weighs `{}`, so some readers could not be scored",
                        score.id
                    ),
                );
            }
        }

        for (index, list) in self.lists.iter().enumerate() {
            if !self.foods.iter().any(|food| food.list == list.id) {
                report(
                    format!("$.lists[{index}]"),
                    format!("no food is in list `{}`", list.id),
                );
            }
        }
        for (index, food) in self.foods.iter().enumerate() {
            let at = format!("$.foods[{index}]");
            if self.list(&food.list).is_none() {
                report(
                    format!("{at}.list"),
                    format!("names unknown list `{}`", food.list),
                );
            }
            for score in food.helps.keys() {
                if self.score(score).is_none() {
                    let mut path = format!("{at}.helps");
                    push_key(&mut path, score);
                    report(path, format!("names unknown score `{score}`"));
                }
            }
            self.check_question_refs(&food.reason_from, &format!("{at}.reason_from"), &mut report);
            if food.variants.is_empty() {
                report(format!("{at}.variants"), "has no variants".to_owned());
            }
            for (variant_index, variant) in food.variants.iter().enumerate() {
                let at = format!("{at}.variants[{variant_index}]");
                for (suit_index, id) in variant.suits.iter().enumerate() {
                    if self.restriction(id).is_none() {
                        report(
                            format!("{at}.for[{suit_index}]"),
                            format!("names unknown restriction `{id}`"),
                        );
                    }
                }
                let same_readers = |other: &Variant| {
                    other.suits.len() == variant.suits.len()
                        && other.suits.iter().all(|id| variant.suits.contains(id))
                };
                if food.variants[..variant_index].iter().any(same_readers) {
                    report(
                        format!("{at}.for"),
                        "an earlier variant is for the same restrictions".to_owned(),
                    );
                }
                if variant.name.starts_with(|c: char| c.is_ascii_lowercase()) {
                    report(
                        format!("{at}.name"),
                        "must start with a capital letter: it heads the food's card".to_owned(),
                    );
                }
                if let Some(caution) = &variant.caution {
                    if caution.starts_with(|c: char| c.is_ascii_uppercase()) {
                        report(
                            format!("{at}.caution"),
                            "must start with a small letter: it is said after the step it goes with"
                                .to_owned(),
                        );
                    }
                }
            }
        }
        for (index, tip) in self.tips.iter().enumerate() {
            let at = format!("$.tips[{index}]");
            if self.score(&tip.score).is_none() {
                report(
                    format!("{at}.score"),
                    format!("names unknown score `{}`", tip.score),
                );
            }
            if tip.name.starts_with(|c: char| c.is_ascii_lowercase()) {
                report(
                    format!("{at}.name"),
                    "must start with a capital letter: it heads the tip".to_owned(),
                );
            }
            self.check_question_refs(&tip.reason_from, &format!("{at}.reason_from"), &mut report);
        }

        for (index, restriction) in self.restrictions.iter().enumerate() {
            let at = format!("$.restrictions[{index}]");
            let whens = &restriction.when.0;
            for (when_index, condition) in whens.iter().enumerate() {
                let at = match whens.len() {
                    1 => format!("{at}.when"),
                    _ => format!("{at}.when[{when_index}]"),
                };
                self.check_condition(condition, &at, &mut report);
            }
            if restriction.terms.is_empty() {
                report(
                    format!("{at}.terms"),
                    "is empty: list the words advice to these readers must not use".to_owned(),
                );
            }
            let lists = [
                ("terms", &restriction.terms),
                ("allowed", &restriction.allowed),
            ];
            for (field, list) in lists {
                for (term_index, term) in list.iter().enumerate() {
                    let lower_case = !term.contains(|c: char| c.is_ascii_uppercase());
                    if words(term).is_empty() || !lower_case || term.trim() != term {
                        report(
                            format!("{at}.{field}[{term_index}]"),
                            format!("`{term}` must be a word or words, in small letters"),
                        );
                    }
                }
            }
            for (phrase_index, phrase) in restriction.allowed.iter().enumerate() {
                if !restriction
                    .terms
                    .iter()
                    .any(|term| contains_words(phrase, term))
                {
                    report(
                        format!("{at}.allowed[{phrase_index}]"),
                        format!("`{phrase}` names none of the terms, so it allows nothing"),
                    );
                }
            }
        }

        for (index, rule) in self.rules.iter().enumerate() {
            let at = format!("$.rules[{index}]");
            if rule.when.is_empty() {
                report(format!("{at}.when"), "names no restriction".to_owned());
            }
            for (when_index, id) in rule.when.iter().enumerate() {
                if self.restriction(id).is_none() {
                    report(
                        format!("{at}.when[{when_index}]"),
                        format!("names unknown restriction `{id}`"),
                    );
                }
            }
            match &rule.target {
                Target::Foods(ids) => {
                    for (food_index, id) in ids.iter().enumerate() {
                        if self.food(id).is_none() {
                            report(
                                format!("{at}.target.foods[{food_index}]"),
                                format!("names unknown food `{id}`"),
                            );
                        }
                    }
                }
                Target::List(id) if self.list(id).is_none() => report(
                    format!("{at}.target.list"),
                    format!("names unknown list `{id}`"),
                ),
                Target::List(_) => {}
            }
            let (effect, text) = match &rule.effect {
                Effect::LeaveOut(text) => ("leave_out", text),
                Effect::AskFirst(text) => ("ask_first", text),
                Effect::Caution(text) => ("caution", text),
            };
            if text.trim().is_empty() {
                // Removing what a rule says would leave its readers with a food left out, or
                // behind a caution, and no word of why.
                let why = match effect {
                    "leave_out" => "the readers this rule leaves the food out for must be told why",
                    "ask_first" => "this caution must stay: the rule puts the food behind it",
                    _ => "this caution must stay: the rule says it to the readers it is for",
                };
                report(format!("{at}.effect.{effect}"), format!("is empty: {why}"));
            } else if text.starts_with(|c: char| c.is_ascii_uppercase()) {
                report(
                    format!("{at}.effect.{effect}"),
                    "must be a clause that starts with a small letter: it is said after the food's name"
                        .to_owned(),
                );
            }
        }
        for (index, note) in self.notes.iter().enumerate() {
            for (condition_index, condition) in note.when_any.iter().enumerate() {
                let at = format!("$.notes[{index}].when_any[{condition_index}]");
                self.check_condition(condition, &at, &mut report);
            }
        }
        let plants = self.plants.iter().enumerate().flat_map(|(group, each)| {
            (each.plants.iter().enumerate()).map(move |(index, plant)| (group, index, plant))
        });
        let mut plant_ids: Vec<&str> = Vec::new();
        for (group, index, plant) in plants {
            let at = format!("$.plants[{group}].plants[{index}]");
            if !is_id(&plant.id) {
                report(format!("{at}.id"), NOT_AN_ID.to_owned());
            } else if plant_ids.contains(&plant.id.as_str()) {
                report(
                    format!("{at}.id"),
                    format!("`{}` is already the id of an earlier plant", plant.id),
                );
            }
            plant_ids.push(&plant.id);
            if plant.name.trim().is_empty() {
                report(format!("{at}.name"), "is empty".to_owned());
            }
        }
        for (index, group) in self.plants.iter().enumerate() {
            if group.name.trim().is_empty() {
                report(format!("$.plants[{index}].name"), "is empty".to_owned());
            }
        }
        for (index, evidence) in self.evidence.iter().enumerate() {
            if let Some(list) = evidence
                .list
                .as_deref()
                .filter(|list| self.list(list).is_none())
            {
                report(
                    format!("$.evidence[{index}].list"),
                    format!("names unknown list `{list}`"),
                );
            }
        }
        problems.extend(self.wording_problems());
        problems.extend(self.interface.problems("$.interface"));
        // Too many options would make the readers to go through too many to count.
        if self
            .questions
            .iter()
            .all(|q| q.options.len() <= MOST_OPTIONS)
        {
            let readers = self
                .restriction_questions()
                .try_fold(1usize, |readers, question| {
                    readers
                        .checked_mul(question.checked_answers().len())
                        .filter(|&readers| readers <= MOST_READERS_CHECKED)
                });
            match readers {
                Some(_) if self.restrictions.len() > MOST_RESTRICTIONS => problems.push(Problem::new(
                    "$.restrictions",
                    format!(
                        "has {} restrictions; the checks can go through readers with at most {MOST_RESTRICTIONS}",
                        self.restrictions.len()
                    ),
                )),
                Some(_) => problems.extend(self.readers_unserved()),
                None => problems.push(Problem::new(
                    "$.restrictions",
                    format!(
                        "the questions the restrictions depend on allow more than {MOST_READERS_CHECKED} different readers, too many to check that each is served: give those questions fewer options"
                    ),
                )),
            }
        }
        problems
    }

    /// The questions whose answers decide a restriction.
    fn restriction_questions(&self) -> impl Iterator<Item = &Question> {
        self.questions.iter().filter(|question| {
            self.restrictions
                .iter()
                .flat_map(|restriction| restriction.when.iter())
                .any(|when| when.question == question.id)
        })
    }

    /// Every reader the restriction questions allow, checked food by food: each food is either
    /// left out for them or has a variant written for them, and nothing they are shown outside
    /// a caution names what their restrictions rule out.
    fn readers_unserved(&self) -> Vec<Problem> {
        // Many readers meet the same text: each problem is reported once.
        fn report(found: &mut Vec<Problem>, path: String, message: String) {
            if !found.iter().any(|p| p.path == path && p.message == message) {
                found.push(Problem::new(path, message));
            }
        }
        let mut found: Vec<Problem> = Vec::new();
        // Every text the checks read, each with its path: those every reader is shown first,
        // then each variant's.
        let mut texts: Vec<(String, &String)> = Vec::new();
        for (index, tip) in self.tips.iter().enumerate() {
            texts.push((format!("$.tips[{index}].name"), &tip.name));
            texts.push((format!("$.tips[{index}].first_step"), &tip.first_step));
        }
        for (index, list) in self.lists.iter().enumerate() {
            texts.push((format!("$.lists[{index}].about"), &list.about));
        }
        for (index, score) in self.scores.iter().enumerate() {
            texts.push((format!("$.scores[{index}].about"), &score.about));
        }
        let always_shown = 0..texts.len();
        // Where each variant's texts start among them.
        let mut variant_texts: Vec<Vec<usize>> = Vec::new();
        for (index, food) in self.foods.iter().enumerate() {
            let mut starts = Vec::new();
            for (variant_index, variant) in food.variants.iter().enumerate() {
                starts.push(texts.len());
                let at = format!("$.foods[{index}].variants[{variant_index}]");
                for (example_index, text) in variant.examples.iter().enumerate() {
                    texts.push((format!("{at}.examples[{example_index}]"), text));
                }
                texts.push((format!("{at}.name"), &variant.name));
                texts.push((format!("{at}.first_step"), &variant.first_step));
            }
            starts.push(texts.len());
            variant_texts.push(starts);
        }
        // Whether a text names a restriction's terms depends on nothing else, so each pair is
        // worked out once however many readers meet it.
        let mut checked = vec![false; texts.len() * self.restrictions.len()];
        let mut names = |text: usize, set: u64, found: &mut Vec<Problem>| {
            for (at, restriction) in self.restrictions.iter().enumerate() {
                let pair = text * self.restrictions.len() + at;
                if set >> at & 1 == 0 || checked[pair] {
                    continue;
                }
                checked[pair] = true;
                if let Some(term) = restriction.named_in(texts[text].1) {
                    report(
                        found,
                        texts[text].0.clone(),
                        format!(
                            "names `{term}`, which restriction `{}` rules out",
                            restriction.id
                        ),
                    );
                }
            }
        };
        let readers = self.checked_readers();
        let anyone = readers.iter().fold(0, |all, reader| all | reader);
        for text in always_shown {
            names(text, anyone, &mut found);
        }
        let bit = |id: &str| {
            (self.restrictions.iter().position(|r| r.id == id)).map_or(0, |at| 1u64 << at)
        };
        for (index, food) in self.foods.iter().enumerate() {
            // What a reader gets of this food turns only on the restrictions its variants are
            // written for and those of the rules that concern it: readers alike in those get the
            // same, and its words are checked against every restriction any of them has.
            let variants = food.variants.iter().flat_map(|v| &v.suits);
            let rules = (self.rules.iter().filter(|rule| rule.targets(food))).flat_map(|r| &r.when);
            let matters = variants.chain(rules).fold(0, |set, id| set | bit(id));
            let mut alike: Vec<(u64, u64)> = (readers.iter())
                .map(|reader| (reader & matters, *reader))
                .collect();
            alike.sort_unstable();
            let mut at = 0;
            while at < alike.len() {
                let key = alike[at].0;
                let mut everyone = 0;
                while at < alike.len() && alike[at].0 == key {
                    everyone |= alike[at].1;
                    at += 1;
                }
                let reader = self.reader_of(key);
                let rules = self.rules_for(&reader);
                if rules.iter().any(|rule| rule.leaves_out(food).is_some()) {
                    continue;
                }
                let Some(variant) = food.variant_for(&reader) else {
                    let who = match reader.is_empty() {
                        true => "has no restriction".to_owned(),
                        false => format!("is {}", reader.join(" + ")),
                    };
                    report(
                        &mut found,
                        format!("$.foods[{index}].variants"),
                        format!(
                            "no variant is for a reader who {who}, and no rule leaves `{}` out for them",
                            food.id
                        ),
                    );
                    continue;
                };
                let variant_index = food
                    .variants
                    .iter()
                    .position(|v| std::ptr::eq(v, variant))
                    .unwrap_or_default();
                let starts = &variant_texts[index];
                for text in starts[variant_index]..starts[variant_index + 1] {
                    names(text, everyone, &mut found);
                }
            }
        }
        found
    }

    /// The restriction ids of a set of bits, in the content's order.
    fn reader_of(&self, set: u64) -> Vec<&str> {
        (self.restrictions.iter().enumerate())
            .filter(|(at, _)| set >> at & 1 == 1)
            .map(|(_, restriction)| restriction.id.as_str())
            .collect()
    }

    /// Every reader the checks go through, as the set of restrictions that hold for them (a
    /// bit each, in the content's order), each set once: many answers make the same reader.
    fn checked_readers(&self) -> Vec<u64> {
        let questions: Vec<&Question> = self.restriction_questions().collect();
        let mut sets: Vec<u64> = vec![0];
        // A restriction holds when any of its conditions does, and each condition reads one
        // question, so the restrictions of a reader are those each answer gives on its own,
        // taken together: worked out per answer, then combined. Unless a condition could hide
        // one of those questions: then each reader's answers are walked as the widget walks them.
        if questions.iter().any(|q| !q.show_if.is_empty()) {
            sets = (self.restriction_answers().iter())
                .map(|answers| {
                    let reader = self.reader(answers);
                    (self.restrictions.iter().enumerate())
                        .filter(|(_, r)| reader.contains(&r.id.as_str()))
                        .fold(0, |set, (at, _)| set | 1 << at)
                })
                .collect();
        } else {
            for question in questions {
                let mut gives: Vec<u64> = (question.checked_answers().into_iter())
                    .map(|answer| {
                        let mut answers = Answers::new();
                        answers.set(&question.id, answer);
                        (self.restrictions.iter().enumerate())
                            .filter(|(_, restriction)| {
                                (restriction.when.iter())
                                    .any(|c| c.question == question.id && c.holds(&answers))
                            })
                            .fold(0, |set, (at, _)| set | 1 << at)
                    })
                    .collect();
                gives.sort_unstable();
                gives.dedup();
                sets = (sets.iter())
                    .flat_map(|set| gives.iter().map(move |given| set | given))
                    .collect();
            }
        }
        sets.sort_unstable();
        sets.dedup();
        sets
    }

    /// Every set of answers to the questions the restrictions depend on, as the checks take
    /// them (see [`Question::checked_answers`]).
    pub(crate) fn restriction_answers(&self) -> Vec<Answers> {
        let mut sets = vec![Answers::new()];
        for question in self.restriction_questions() {
            let answers = question.checked_answers();
            sets = sets
                .iter()
                .flat_map(|set| {
                    answers.iter().map(|answer| {
                        let mut set = set.clone();
                        set.set(&question.id, answer.clone());
                        set
                    })
                })
                .collect();
        }
        sets
    }

    fn check_condition(
        &self,
        condition: &Condition,
        at: &str,
        report: &mut impl FnMut(String, String),
    ) {
        let Some(question) = self.question(&condition.question) else {
            report(
                format!("{at}.question"),
                format!("names unknown question `{}`", condition.question),
            );
            return;
        };
        if condition.any_of.is_empty() {
            report(format!("{at}.any_of"), "names no option".to_owned());
        }
        for (index, option) in condition.any_of.iter().enumerate() {
            if question.option(option).is_none() {
                report(
                    format!("{at}.any_of[{index}]"),
                    format!(
                        "names `{option}`, which is not an option of question `{}`",
                        question.id
                    ),
                );
            }
        }
    }

    fn check_question_refs(
        &self,
        ids: &[String],
        at: &str,
        report: &mut impl FnMut(String, String),
    ) {
        for (index, id) in ids.iter().enumerate() {
            if self.question(id).is_none() {
                report(
                    format!("{at}[{index}]"),
                    format!("names unknown question `{id}`"),
                );
            }
        }
    }
}

/// At most this many questions: a share link names each by one byte.
const MOST_QUESTIONS: usize = 255;
/// At most this many options to a question: a share link names each by one byte, and the checks
/// go through every combination of a multiple choice's options.
const MOST_OPTIONS: usize = 16;
/// At most this many readers for the checks to go through (the shipped files allow 81,408:
/// 384 diets, intolerances and circumstances, each with no food allergy, one or two).
const MOST_READERS_CHECKED: usize = 200_000;

/// At most this many restrictions: the checks keep a reader's restrictions as the bits of a
/// number.
const MOST_RESTRICTIONS: usize = 64;

const NOT_AN_ID: &str = "an id is small letters, digits, `_` and `-`, such as `whole_grains`";

/// Whether `id` can stand in the widget's markup and stored data as it is.
fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

/// The ids that repeat an earlier one, with where they are.
fn duplicates<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<(usize, &'a str)> {
    let mut seen: Vec<&str> = Vec::new();
    let mut repeated = Vec::new();
    for (index, id) in ids.enumerate() {
        if seen.contains(&id) {
            repeated.push((index, id));
        } else {
            seen.push(id);
        }
    }
    repeated
}
