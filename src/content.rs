//! The assessment's content — sections, questions, weights, foods, rules, evidence — read from `content.json`.

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::conditions::Condition;

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
    pub rules: Vec<Rule>,
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
    pub weights: BTreeMap<String, u32>,
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
    pub name: String,
    pub examples: Vec<String>,
    pub tags: Vec<String>,
    /// How much eating it helps each score; ranks the food against the reader's scores.
    pub helps: BTreeMap<String, u32>,
    /// Questions whose answer explains why the food is suggested, first match wins.
    pub reason_from: Vec<String>,
    pub first_step: String,
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

/// An adjustment to the suggestions that follows from what the reader said.
#[derive(Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub when: Vec<Condition>,
    pub target: Target,
    pub effect: Effect,
}

/// What a rule applies to.
#[derive(Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Target {
    Food(String),
    /// Every food carrying the tag once replacements are made.
    Tag(String),
    List(String),
}

/// What a rule does to its target.
#[derive(Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Effect {
    Replace(Replacement),
    Caution(String),
}

/// A food swapped for one that suits the reader better.
#[derive(Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Replacement {
    pub name: String,
    pub examples: Vec<String>,
    pub tags: Vec<String>,
    pub first_step: String,
    pub why: String,
}

/// A research finding shown on the results, with its source.
#[derive(Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub text: String,
    pub source: String,
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
        }
        for tip in &self.tips {
            let place = format!("tip `{}`", tip.id);
            if self.score(&tip.score).is_none() {
                report(format!("{place} follows unknown score `{}`", tip.score));
            }
            self.check_question_refs(&tip.reason_from, &place, &mut report);
        }

        for (index, rule) in self.rules.iter().enumerate() {
            let place = format!("rule {}", index + 1);
            for condition in &rule.when {
                self.check_condition(condition, &place, &mut report);
            }
            match &rule.target {
                Target::Food(id) if self.food(id).is_none() => {
                    report(format!("{place} targets unknown food `{id}`"))
                }
                Target::List(id) if self.list(id).is_none() => {
                    report(format!("{place} targets unknown list `{id}`"))
                }
                Target::Tag(tag) if !self.tag_in_use(tag) => report(format!(
                    "{place} targets tag `{tag}`, which no food carries"
                )),
                _ => {}
            }
            if matches!(
                (&rule.effect, &rule.target),
                (Effect::Replace(_), Target::Tag(_) | Target::List(_))
            ) {
                report(format!("{place} replaces something other than one food"));
            }
        }
        problems
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

    /// Whether a food, or a replacement a rule makes, carries the tag.
    fn tag_in_use(&self, tag: &str) -> bool {
        let tag = tag.to_owned();
        self.foods.iter().any(|food| food.tags.contains(&tag))
            || self.rules.iter().any(|rule| match &rule.effect {
                Effect::Replace(replacement) => replacement.tags.contains(&tag),
                Effect::Caution(_) => false,
            })
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
            .copied()
            .max()
            .unwrap_or(0)
    }
}

fn duplicates<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen = HashSet::new();
    ids.filter(|id| !seen.insert(*id)).collect()
}
