//! The assessment's content — sections, questions, weights, foods, rules, evidence — read from `content.json`.

use std::collections::{BTreeSet, HashSet};
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::answers::Answers;
use crate::conditions::Condition;
use crate::restrictions::contains_words;

/// The content as written; build.rs checks it and packs it into the widget.
pub const CONTENT_JSON: &str = include_str!("content.json");

/// Everything the assessment asks, scores and suggests.
#[derive(Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Content {
    pub version: u32,
    pub scores: Vec<ScoreDef>,
    pub sections: Vec<Section>,
    pub questions: Vec<Question>,
    pub lists: Vec<FoodList>,
    pub foods: Vec<Food>,
    pub tips: Vec<Tip>,
    pub restrictions: Vec<Restriction>,
    pub rules: Vec<Rule>,
    pub notes: Vec<Note>,
    pub evidence: Vec<Evidence>,
}

/// Whether a score describes how the gut affects the skin or a habit that helps the gut.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ScoreKind {
    Mechanism,
    Habit,
}

/// One of the eight scores.
#[derive(Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ScoreDef {
    pub id: String,
    pub kind: ScoreKind,
    pub name: String,
    pub about: String,
}

/// A group of questions shown under one title.
#[derive(Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub title: String,
}

/// Whether a question takes one answer or several.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuestionKind {
    Single,
    Multi,
}

/// One question of the assessment.
#[derive(Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub section: String,
    pub kind: QuestionKind,
    pub text: String,
    #[serde(default)]
    pub hint: Option<String>,
    /// Every condition must hold for the question to be asked.
    #[serde(default)]
    pub show_if: Vec<Condition>,
    pub options: Vec<AnswerOption>,
}

/// One answer a question offers.
#[derive(Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerOption {
    pub id: String,
    pub label: String,
    #[serde(default)]
    pub description: Option<String>,
    /// Points this answer adds to each named score.
    #[serde(default)]
    pub weights: Points,
    /// The answer in the reader's terms ("you eat fermented foods less than once a week").
    #[serde(default)]
    pub says: Option<String>,
    /// Choosing it ends the assessment with the "not designed for you" screen.
    #[serde(default)]
    pub stop: bool,
    /// In a multi-choice question, choosing it clears the others ("None of these").
    #[serde(default)]
    pub exclusive: bool,
    /// Choosing it is a warning sign; the text names the sign for the doctor card.
    #[serde(default)]
    pub warning: Option<String>,
}

/// Points by score id, written as a JSON object (`{ "fiber": 3 }`). A short list rather than a
/// map: a handful of entries need no tree, and the widget is smaller without one.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Points(Vec<(String, u32)>);

impl Points {
    pub fn get(&self, score: &str) -> Option<u32> {
        self.iter()
            .find(|(id, _)| *id == score)
            .map(|(_, points)| points)
    }

    pub fn contains_key(&self, score: &str) -> bool {
        self.get(score).is_some()
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.iter().map(|(id, _)| id)
    }

    pub fn values(&self) -> impl Iterator<Item = u32> + '_ {
        self.iter().map(|(_, points)| points)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, u32)> {
        self.0.iter().map(|(id, points)| (id.as_str(), *points))
    }
}

impl FromIterator<(String, u32)> for Points {
    fn from_iter<I: IntoIterator<Item = (String, u32)>>(pairs: I) -> Self {
        Self(pairs.into_iter().collect())
    }
}

impl Serialize for Points {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

impl<'de> Deserialize<'de> for Points {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PointsVisitor;

        impl<'de> serde::de::Visitor<'de> for PointsVisitor {
            type Value = Points;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("points by score id")
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Points, A::Error> {
                let mut points: Vec<(String, u32)> = Vec::new();
                while let Some((id, value)) = map.next_entry::<String, u32>()? {
                    // A score named twice counts once, with its last points, as in a JSON object.
                    points.retain(|(other, _)| *other != id);
                    points.push((id, value));
                }
                Ok(Points(points))
            }
        }

        deserializer.deserialize_map(PointsVisitor)
    }
}

/// One of the article's three food lists.
#[derive(Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FoodList {
    pub id: String,
    pub name: String,
    pub about: String,
}

/// A food from one of the three lists.
#[derive(Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Food {
    pub id: String,
    pub list: String,
    /// How much eating it helps each score; ranks the food against the reader's scores.
    pub helps: Points,
    /// Questions about the reader's own habit for the food; they rank it and explain its list.
    pub reason_from: Vec<String>,
    /// The food as offered to different readers; the first, the usual one, suits no one in
    /// particular unless it says so.
    pub variants: Vec<Variant>,
}

/// The words for one food, written to suit readers with some restrictions.
#[derive(Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Variant {
    /// The restrictions this text respects; the variant with the fewest that still covers every
    /// restriction of the reader's that concerns the food is the one they see.
    #[serde(rename = "for", default)]
    pub suits: Vec<String>,
    pub name: String,
    pub examples: Vec<String>,
    pub first_step: String,
    /// Why this version differs from the usual food.
    #[serde(default)]
    pub why: Option<String>,
    /// A caution that goes wherever the food goes, the plan included; a clause, lower-case first.
    #[serde(default)]
    pub caution: Option<String>,
    /// A version that keeps little of the food's benefit (a flavour swap, a ferment whose live
    /// bacteria pasteurising killed), so it ranks after the rest.
    #[serde(default)]
    pub weaker: bool,
    #[serde(default)]
    pub source: Option<String>,
}

/// A habit tip that is not a food (hydration, processed foods).
#[derive(Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Tip {
    pub id: String,
    pub score: String,
    pub name: String,
    pub reason_from: Vec<String>,
    pub first_step: String,
}

/// Something a reader told us that limits what they can eat (a diet, an intolerance, a
/// circumstance), with the words that advice to them must never use.
#[derive(Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Restriction {
    pub id: String,
    pub when: Condition,
    /// Where the rule comes from; for the people who edit the content.
    pub source: String,
    /// Words and phrases that advice to this reader must not name, outside a caution or a
    /// left-out line.
    pub terms: Vec<String>,
    /// Phrases that contain a term and are still fine ("green beans" with IBS's "beans").
    #[serde(default)]
    pub allowed: Vec<String>,
}

/// What a combination of restrictions does to a food or a whole list.
#[derive(Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Restriction ids; the rule applies when the reader has every one.
    pub when: Vec<String>,
    pub target: Target,
    pub effect: Effect,
    pub source: String,
}

/// What a rule applies to.
#[derive(Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Target {
    Foods(Vec<String>),
    List(String),
}

/// What a rule does to its target. Each text is a clause, lower-case first.
#[derive(Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Effect {
    /// Not suggested; the text says why, after the food's name ("usually made with garlic and onion").
    LeaveOut(String),
    /// Shown behind the caution, after the foods that suit, and never in the plan.
    AskFirst(String),
    /// Shown once, and carried into the plan with the food.
    Caution(String),
}

/// A gentle note shown when any of its conditions holds; never the doctor card.
#[derive(Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub when_any: Vec<Condition>,
    pub text: String,
    pub source: String,
}

/// A research finding shown on the results, with its source.
#[derive(Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub text: String,
    pub source: String,
    /// The list the finding supports; not shown when none of that list's foods is.
    #[serde(default)]
    pub list: Option<String>,
}

/// Why content could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContentError {
    /// The file is not valid JSON of the expected shape.
    Unreadable(String),
    /// The packed content built into the widget does not decode.
    Undecodable,
    /// The file parses but some of its references do not resolve.
    Inconsistent(Vec<String>),
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unreadable(detail) => write!(f, "the questions could not be read ({detail})"),
            Self::Undecodable => write!(f, "the built-in questions are damaged"),
            Self::Inconsistent(problems) => {
                write!(f, "the questions are inconsistent: {}", problems.join("; "))
            }
        }
    }
}

impl std::error::Error for ContentError {}

impl Content {
    /// Parses content and checks that every reference in it resolves.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn parse(json: &str) -> Result<Self, ContentError> {
        let content: Self =
            serde_json::from_str(json).map_err(|err| ContentError::Unreadable(err.to_string()))?;
        let problems = content.problems();
        if problems.is_empty() {
            Ok(content)
        } else {
            Err(ContentError::Inconsistent(problems))
        }
    }

    /// The content without what only checking it needs, term lists and sources, which the
    /// widget never reads: the packed copy is that much smaller.
    pub fn without_checks(mut self) -> Self {
        for restriction in &mut self.restrictions {
            restriction.terms.clear();
            restriction.allowed.clear();
            restriction.source.clear();
        }
        for rule in &mut self.rules {
            rule.source.clear();
        }
        for variant in self.foods.iter_mut().flat_map(|food| &mut food.variants) {
            variant.source = None;
        }
        self
    }

    pub fn score(&self, id: &str) -> Option<&ScoreDef> {
        self.scores.iter().find(|score| score.id == id)
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|question| question.id == id)
    }

    pub fn question_index(&self, id: &str) -> Option<usize> {
        self.questions.iter().position(|question| question.id == id)
    }

    pub fn list(&self, id: &str) -> Option<&FoodList> {
        self.lists.iter().find(|list| list.id == id)
    }

    pub fn food(&self, id: &str) -> Option<&Food> {
        self.foods.iter().find(|food| food.id == id)
    }

    /// Every reference that does not resolve, in words; empty when the content is sound.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let mut report = |problem: String| problems.push(problem);

        for (kind, ids) in [
            (
                "score",
                self.scores.iter().map(|s| &s.id).collect::<Vec<_>>(),
            ),
            ("section", self.sections.iter().map(|s| &s.id).collect()),
            ("question", self.questions.iter().map(|q| &q.id).collect()),
            ("list", self.lists.iter().map(|l| &l.id).collect()),
            ("food", self.foods.iter().map(|f| &f.id).collect()),
            ("tip", self.tips.iter().map(|t| &t.id).collect()),
        ] {
            for id in duplicates(ids.iter().map(|id| id.as_str())) {
                report(format!("{kind} `{id}` is defined twice"));
            }
        }

        let mut last_section = 0;
        for (index, question) in self.questions.iter().enumerate() {
            let q = &question.id;
            match self.sections.iter().position(|s| s.id == question.section) {
                None => report(format!(
                    "question `{q}` is in unknown section `{}`",
                    question.section
                )),
                Some(section) if section < last_section => {
                    report(format!("question `{q}` is out of its section's order"))
                }
                Some(section) => last_section = section,
            }
            if question.options.is_empty() {
                report(format!("question `{q}` has no options"));
            }
            for id in duplicates(question.options.iter().map(|o| o.id.as_str())) {
                report(format!("question `{q}` has option `{id}` twice"));
            }
            for option in &question.options {
                for score in option.weights.keys() {
                    if self.score(score).is_none() {
                        report(format!(
                            "option `{q}/{}` weighs unknown score `{score}`",
                            option.id
                        ));
                    }
                }
                if option.stop && question.kind == QuestionKind::Multi {
                    report(format!(
                        "option `{q}/{}` stops a multi-choice question",
                        option.id
                    ));
                }
                if option.exclusive && question.kind == QuestionKind::Single {
                    report(format!(
                        "option `{q}/{}` is exclusive in a single-choice question",
                        option.id
                    ));
                }
            }
            for condition in &question.show_if {
                match self.question_index(&condition.question) {
                    Some(earlier) if earlier < index => {}
                    _ => report(format!(
                        "question `{q}` depends on `{}`, which is not an earlier question",
                        condition.question
                    )),
                }
                self.check_condition(condition, &format!("question `{q}`"), &mut report);
            }
        }

        for score in &self.scores {
            let always_asked = self.questions.iter().any(|q| {
                q.show_if.is_empty() && q.options.iter().any(|o| o.weights.contains_key(&score.id))
            });
            if !always_asked {
                report(format!(
                    "score `{}` has no question that is always asked",
                    score.id
                ));
            }
        }

        for list in &self.lists {
            if !self.foods.iter().any(|food| food.list == list.id) {
                report(format!("list `{}` has no foods", list.id));
            }
        }
        for food in &self.foods {
            let place = format!("food `{}`", food.id);
            if self.list(&food.list).is_none() {
                report(format!("{place} is in unknown list `{}`", food.list));
            }
            for score in food.helps.keys() {
                if self.score(score).is_none() {
                    report(format!("{place} helps unknown score `{score}`"));
                }
            }
            self.check_question_refs(&food.reason_from, &place, &mut report);
            if food.variants.is_empty() {
                report(format!("{place} has no variants"));
            }
            for (at, variant) in food.variants.iter().enumerate() {
                for id in &variant.suits {
                    if self.restriction(id).is_none() {
                        report(format!(
                            "{place}, variant `{}`, is for unknown restriction `{id}`",
                            variant.name
                        ));
                    }
                }
                let same_readers = |other: &Variant| {
                    other.suits.len() == variant.suits.len()
                        && other.suits.iter().all(|id| variant.suits.contains(id))
                };
                if food.variants[..at].iter().any(same_readers) {
                    report(format!(
                        "{place} has two variants for the same restrictions ({})",
                        variant.suits.join(", ")
                    ));
                }
            }
        }
        for tip in &self.tips {
            let place = format!("tip `{}`", tip.id);
            if self.score(&tip.score).is_none() {
                report(format!("{place} follows unknown score `{}`", tip.score));
            }
            self.check_question_refs(&tip.reason_from, &place, &mut report);
        }

        for restriction in &self.restrictions {
            let place = format!("restriction `{}`", restriction.id);
            self.check_condition(&restriction.when, &place, &mut report);
            if restriction.terms.is_empty() {
                report(format!("{place} has no terms"));
            }
            for term in restriction.terms.iter().chain(&restriction.allowed) {
                if term.trim().is_empty() || !term.is_ascii() || term.to_ascii_lowercase() != *term
                {
                    report(format!(
                        "{place} has `{term}`, which is not lower-case ASCII words"
                    ));
                }
            }
            for phrase in &restriction.allowed {
                if !restriction
                    .terms
                    .iter()
                    .any(|term| contains_words(phrase, term))
                {
                    report(format!(
                        "{place} allows `{phrase}`, which names none of its terms"
                    ));
                }
            }
        }

        for (index, rule) in self.rules.iter().enumerate() {
            let place = format!("rule {}", index + 1);
            if rule.when.is_empty() {
                report(format!("{place} names no restriction"));
            }
            for id in &rule.when {
                if self.restriction(id).is_none() {
                    report(format!("{place} names unknown restriction `{id}`"));
                }
            }
            match &rule.target {
                Target::Foods(ids) => {
                    for id in ids {
                        if self.food(id).is_none() {
                            report(format!("{place} targets unknown food `{id}`"));
                        }
                    }
                }
                Target::List(id) if self.list(id).is_none() => {
                    report(format!("{place} targets unknown list `{id}`"))
                }
                Target::List(_) => {}
            }
            let (Effect::LeaveOut(text) | Effect::AskFirst(text) | Effect::Caution(text)) =
                &rule.effect;
            if !text.starts_with(|c: char| c.is_ascii_lowercase()) {
                report(format!(
                    "{place} has a text that does not start with a lower-case letter"
                ));
            }
        }
        for (index, note) in self.notes.iter().enumerate() {
            for condition in &note.when_any {
                self.check_condition(condition, &format!("note {}", index + 1), &mut report);
            }
        }
        for evidence in &self.evidence {
            if let Some(list) = evidence
                .list
                .as_deref()
                .filter(|list| self.list(list).is_none())
            {
                report(format!(
                    "evidence `{}` supports unknown list `{list}`",
                    evidence.source
                ));
            }
        }
        problems.extend(self.readers_unserved());
        problems
    }

    /// Every reader the restriction questions allow, checked food by food: each food is either
    /// left out for them or has a variant written for them, and nothing they are shown outside
    /// a caution names what their restrictions rule out.
    fn readers_unserved(&self) -> Vec<String> {
        let mut problems = BTreeSet::new();
        let always_shown = self
            .tips
            .iter()
            .flat_map(|tip| [&tip.name, &tip.first_step])
            .chain(self.lists.iter().map(|list| &list.about))
            .chain(self.scores.iter().map(|score| &score.about));
        let always_shown: Vec<&String> = always_shown.collect();
        for answers in self.restriction_answers() {
            let reader = self.reader(&answers);
            let names = |text: &str, place: &str, problems: &mut BTreeSet<String>| {
                for id in &reader {
                    if let Some(term) = self.restriction(id).and_then(|r| r.named_in(text)) {
                        problems.insert(format!("{place} names `{term}`, which `{id}` rules out"));
                    }
                }
            };
            for text in &always_shown {
                names(text, &format!("“{text}”"), &mut problems);
            }
            for food in &self.foods {
                if self
                    .rules_for(&reader)
                    .iter()
                    .any(|rule| rule.leaves_out(food).is_some())
                {
                    continue;
                }
                let Some(variant) = food.variant_for(&reader) else {
                    problems.insert(format!(
                        "food `{}` has no variant for a reader who is {}",
                        food.id,
                        reader.join(" + ")
                    ));
                    continue;
                };
                let place = format!("food `{}`, variant `{}`,", food.id, variant.name);
                for text in variant
                    .examples
                    .iter()
                    .chain([&variant.name, &variant.first_step])
                {
                    names(text, &place, &mut problems);
                }
            }
        }
        problems.into_iter().collect()
    }

    /// Every set of answers to the questions the restrictions depend on.
    fn restriction_answers(&self) -> Vec<Answers> {
        let mut sets = vec![Answers::new()];
        for question in &self.questions {
            if !self
                .restrictions
                .iter()
                .any(|r| r.when.question == question.id)
            {
                continue;
            }
            let answers = question.possible_answers();
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

    fn check_condition(&self, condition: &Condition, place: &str, report: &mut impl FnMut(String)) {
        let Some(question) = self.question(&condition.question) else {
            report(format!(
                "{place} depends on unknown question `{}`",
                condition.question
            ));
            return;
        };
        if condition.any_of.is_empty() {
            report(format!(
                "{place} has a condition on `{}` naming no option",
                question.id
            ));
        }
        for option in &condition.any_of {
            if question.option(option).is_none() {
                report(format!(
                    "{place} depends on unknown option `{}/{option}`",
                    question.id
                ));
            }
        }
    }

    fn check_question_refs(&self, ids: &[String], place: &str, report: &mut impl FnMut(String)) {
        for id in ids {
            if self.question(id).is_none() {
                report(format!(
                    "{place} explains itself by unknown question `{id}`"
                ));
            }
        }
    }
}

impl Question {
    pub fn option(&self, id: &str) -> Option<&AnswerOption> {
        self.options.iter().find(|option| option.id == id)
    }

    /// The highest number of points any answer gives the score; a multi-choice question
    /// counts its strongest chosen answer, so this is its ceiling too.
    pub fn max_weight(&self, score: &str) -> u32 {
        self.options
            .iter()
            .filter_map(|option| option.weights.get(score))
            .max()
            .unwrap_or(0)
    }
}

fn duplicates<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen = HashSet::new();
    ids.filter(|id| !seen.insert(*id)).collect()
}
