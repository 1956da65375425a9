//! The assessment's content — its words, questions, weights, foods, rules and evidence — read
//! from one content file per language (`content/en.json`, `content/es.json`) or a blogger's own,
//! and checked before use.

use std::fmt;

use crate::answers::Answers;
use crate::conditions::Condition;
use crate::interface::{Interface, Ui};
use crate::json::{push_key, Json, Problem};
use crate::read::{from_object, At, FromJson};
use crate::restrictions::{contains_words, is_word_character, words};
use crate::text::lower_first;

/// The content files the widget ships with, by language, as the build writes them beside it.
#[cfg(not(target_arch = "wasm32"))]
pub const SHIPPED: [(&str, &str); 2] = [
    ("en", include_str!("../content/en.json")),
    ("es", include_str!("../content/es.json")),
];

/// The English content file's text.
#[cfg(not(target_arch = "wasm32"))]
pub const ENGLISH: &str = SHIPPED[0].1;

/// Everything the assessment says, asks, scores and suggests, in one language.
#[derive(Debug, Default, PartialEq)]
pub struct Content {
    /// The content format's version, [`CONTENT_VERSION`].
    pub version: u32,
    /// The language of its words, as a BCP 47 tag ("en", "es", "pt-BR").
    pub lang: String,
    /// Which way its script runs; the widget is laid out to match.
    pub dir: Direction,
    pub interface: Interface,
    /// Changes to the words where a list is joined: Spanish "y" before an "i" sound is "e".
    pub word_changes: Vec<WordChange>,
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

/// Which way a language's script runs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Direction {
    #[default]
    Ltr,
    Rtl,
}

impl Direction {
    /// The value of the `dir` attribute.
    pub fn attribute(self) -> &'static str {
        match self {
            Self::Ltr => "ltr",
            Self::Rtl => "rtl",
        }
    }
}

/// Words that change where they meet the next word, as the content file gives them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WordChange {
    pub from: String,
    pub to: String,
}

/// Whether a score describes how the gut affects the skin or a habit that helps the gut.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ScoreKind {
    #[default]
    Mechanism,
    Habit,
}

/// One of the eight scores.
#[derive(Debug, Default, PartialEq)]
pub struct ScoreDef {
    pub id: String,
    pub kind: ScoreKind,
    pub name: String,
    pub about: String,
}

impl ScoreDef {
    /// The name inside a sentence: "your fiber score".
    pub fn name_in_sentence(&self) -> String {
        lower_first(&self.name)
    }
}

/// A group of questions shown under one title.
#[derive(Debug, Default, PartialEq)]
pub struct Section {
    pub id: String,
    pub title: String,
}

/// Whether a question takes one answer or several.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum QuestionKind {
    #[default]
    Single,
    Multi,
}

/// One question of the assessment.
#[derive(Debug, Default, PartialEq)]
pub struct Question {
    pub id: String,
    pub section: String,
    pub kind: QuestionKind,
    pub text: String,
    pub hint: Option<String>,
    /// Every condition must hold for the question to be asked.
    pub show_if: Vec<Condition>,
    pub options: Vec<AnswerOption>,
}

/// One answer a question offers.
#[derive(Debug, Default, PartialEq)]
pub struct AnswerOption {
    pub id: String,
    pub label: String,
    pub description: Option<String>,
    /// Points this answer adds to each named score.
    pub weights: Points,
    /// The answer in the reader's terms ("you eat fermented foods less than once a week").
    pub says: Option<String>,
    /// Choosing it ends the assessment with the "not designed for you" screen.
    pub stop: bool,
    /// In a multi-choice question, choosing it clears the others ("None of these").
    pub exclusive: bool,
    /// Choosing it is a warning sign; the text names the sign for the doctor card.
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

impl FromJson for Points {
    fn read(at: At<'_>) -> Self {
        Points(at.entries())
    }
}

/// One of the article's three food lists.
#[derive(Debug, Default, PartialEq)]
pub struct FoodList {
    pub id: String,
    pub name: String,
    pub about: String,
}

/// A food from one of the three lists.
#[derive(Debug, Default, PartialEq)]
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
#[derive(Debug, Default, PartialEq)]
pub struct Variant {
    /// The restrictions this text respects; the variant with the fewest that still covers every
    /// restriction of the reader's that concerns the food is the one they see.
    pub suits: Vec<String>,
    pub name: String,
    pub examples: Vec<String>,
    pub first_step: String,
    /// Why this version differs from the usual food.
    pub why: Option<String>,
    /// A caution that goes wherever the food goes, the plan included; a clause, lower-case first.
    pub caution: Option<String>,
    /// A version that keeps little of the food's benefit (a flavour swap, a ferment whose live
    /// bacteria pasteurising killed), so it ranks after the rest.
    pub weaker: bool,
    pub source: Option<String>,
}

/// A habit tip that is not a food (hydration, processed foods).
#[derive(Debug, Default, PartialEq)]
pub struct Tip {
    pub id: String,
    pub score: String,
    pub name: String,
    pub reason_from: Vec<String>,
    pub first_step: String,
}

/// Something a reader told us that limits what they can eat (a diet, an intolerance, a
/// circumstance), with the words that advice to them must never use.
#[derive(Debug, Default, PartialEq)]
pub struct Restriction {
    pub id: String,
    pub when: Condition,
    /// Where the rule comes from; for the people who edit the content.
    pub source: String,
    /// Words and phrases that advice to this reader must not name, outside a caution or a
    /// left-out line.
    pub terms: Vec<String>,
    /// Phrases that contain a term and are still fine ("green beans" with IBS's "beans").
    pub allowed: Vec<String>,
}

/// What a combination of restrictions does to a food or a whole list.
#[derive(Debug, Default, PartialEq)]
pub struct Rule {
    /// Restriction ids; the rule applies when the reader has every one.
    pub when: Vec<String>,
    pub target: Target,
    pub effect: Effect,
    pub source: String,
}

/// What a rule applies to.
#[derive(Debug, PartialEq)]
pub enum Target {
    Foods(Vec<String>),
    List(String),
}

/// Stands in for a value that failed to read: the problem is reported, and the content is
/// not used.
impl Default for Target {
    fn default() -> Self {
        Self::List(String::new())
    }
}

/// What a rule does to its target. Each text is a clause, lower-case first.
#[derive(Debug, PartialEq)]
pub enum Effect {
    /// Not suggested; the text says why, after the food's name ("usually made with garlic and onion").
    LeaveOut(String),
    /// Shown behind the caution, after the foods that suit, and never in the plan.
    AskFirst(String),
    /// Shown once, and carried into the plan with the food.
    Caution(String),
}

/// Stands in for a value that failed to read: the problem is reported, and the content is
/// not used.
impl Default for Effect {
    fn default() -> Self {
        Self::Caution(String::new())
    }
}

/// A gentle note shown when any of its conditions holds; never the doctor card.
#[derive(Debug, Default, PartialEq)]
pub struct Note {
    pub when_any: Vec<Condition>,
    pub text: String,
    pub source: String,
}

/// A research finding shown on the results, with its source.
#[derive(Debug, Default, PartialEq)]
pub struct Evidence {
    pub text: String,
    pub source: String,
    /// The list the finding supports; not shown when none of that list's foods is.
    pub list: Option<String>,
}

// How each type is read from the content file: the fields in the order declared, `default`
// where one may be left out.
from_object!(Content {
    version: "version",
    lang: "lang",
    dir: "dir" default,
    interface: "interface",
    word_changes: "word_changes" default,
    scores: "scores",
    sections: "sections",
    questions: "questions",
    lists: "lists",
    foods: "foods",
    tips: "tips",
    restrictions: "restrictions",
    rules: "rules",
    notes: "notes",
    evidence: "evidence",
});
from_object!(WordChange {
    from: "from",
    to: "to"
});
from_object!(ScoreDef {
    id: "id",
    kind: "kind",
    name: "name",
    about: "about",
});
from_object!(Section {
    id: "id",
    title: "title"
});
from_object!(Question {
    id: "id",
    section: "section",
    kind: "kind",
    text: "text",
    hint: "hint" default,
    show_if: "show_if" default,
    options: "options",
});
from_object!(AnswerOption {
    id: "id",
    label: "label",
    description: "description" default,
    weights: "weights" default,
    says: "says" default,
    stop: "stop" default,
    exclusive: "exclusive" default,
    warning: "warning" default,
});
from_object!(FoodList {
    id: "id",
    name: "name",
    about: "about",
});
from_object!(Food {
    id: "id",
    list: "list",
    helps: "helps",
    reason_from: "reason_from",
    variants: "variants",
});
from_object!(Variant {
    suits: "for" default,
    name: "name",
    examples: "examples",
    first_step: "first_step",
    why: "why" default,
    caution: "caution" default,
    weaker: "weaker" default,
    source: "source" default,
});
from_object!(Tip {
    id: "id",
    score: "score",
    name: "name",
    reason_from: "reason_from",
    first_step: "first_step",
});
from_object!(Restriction {
    id: "id",
    when: "when",
    source: "source",
    terms: "terms",
    allowed: "allowed" default,
});
from_object!(Rule {
    when: "when",
    target: "target",
    effect: "effect",
    source: "source",
});
from_object!(Note {
    when_any: "when_any",
    text: "text",
    source: "source",
});
from_object!(Evidence {
    text: "text",
    source: "source",
    list: "list" default,
});

impl FromJson for Direction {
    fn read(at: At<'_>) -> Self {
        [Self::Ltr, Self::Rtl][at.name(&["ltr", "rtl"])]
    }
}

impl FromJson for ScoreKind {
    fn read(at: At<'_>) -> Self {
        [Self::Mechanism, Self::Habit][at.name(&["mechanism", "habit"])]
    }
}

impl FromJson for QuestionKind {
    fn read(at: At<'_>) -> Self {
        [Self::Single, Self::Multi][at.name(&["single", "multi"])]
    }
}

impl FromJson for Target {
    fn read(at: At<'_>) -> Self {
        at.variant(&["foods", "list"], |index, value| match index {
            0 => Self::Foods(FromJson::read(value)),
            _ => Self::List(FromJson::read(value)),
        })
    }
}

impl FromJson for Effect {
    fn read(at: At<'_>) -> Self {
        at.variant(&["leave_out", "ask_first", "caution"], |index, value| {
            let text = FromJson::read(value);
            match index {
                0 => Self::LeaveOut(text),
                1 => Self::AskFirst(text),
                _ => Self::Caution(text),
            }
        })
    }
}

/// The content format this widget reads; a file written for another says so in its `version`.
pub const CONTENT_VERSION: u32 = 2;

/// Why content could not be used: every problem found, each at its JSON path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError(pub Vec<Problem>);

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (at, problem) in self.0.iter().enumerate() {
            if at > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ContentError {}

impl Content {
    /// Reads content from parsed JSON without checking what it says: for content the build or
    /// the checker already checked. The widget reads this way, so the checks' code stays out of
    /// its first load.
    pub fn read(json: &Json) -> Result<Self, ContentError> {
        crate::read::read(json).map_err(ContentError)
    }

    /// The content from `source`, which the browser parsed and the loader flattened (see
    /// [`crate::json::from_flat`]): read once per page, for every copy of the widget and the
    /// results module that uses that file, or why it cannot be. What it says was checked before
    /// it got here: by the build, for the files the widget ships with, or by the checker the
    /// loader runs on a blogger's own file.
    pub fn from_flat_once(
        source: &str,
        shape: &[u32],
        numbers: &[f64],
        text: &str,
    ) -> Result<&'static Self, ContentError> {
        thread_local! {
            /// Content read so far, by the address it came from; it lives as long as the page.
            static READ: std::cell::RefCell<Vec<(String, &'static Content)>> =
                const { std::cell::RefCell::new(Vec::new()) };
        }
        let known = READ.with(|read| {
            let read = read.borrow();
            read.iter()
                .find(|(from, _)| from == source)
                .map(|(_, content)| *content)
        });
        if let Some(content) = known {
            return Ok(content);
        }
        let Some(json) = crate::json::from_flat(shape, numbers, text) else {
            return Err(ContentError(vec![Problem::new(
                "$",
                "is not JSON the widget can read (nested too deeply?)",
            )]));
        };
        let content: &'static Self = Box::leak(Box::new(Self::read(&json)?));
        READ.with(|read| read.borrow_mut().push((source.to_owned(), content)));
        Ok(content)
    }

    /// Reads content from parsed JSON and checks it: every reference resolves, every reader
    /// the questions allow is served in words that fit them, every interface text is there.
    pub fn from_json(json: &Json) -> Result<Self, ContentError> {
        let content = Self::read(json)?;
        let problems = content.problems();
        if problems.is_empty() {
            Ok(content)
        } else {
            Err(ContentError(problems))
        }
    }

    /// Parses and checks content file text, as the build and `check-content` do.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn parse(text: &str) -> Result<Self, ContentError> {
        let json = crate::json::parse(text).map_err(|problem| ContentError(vec![problem]))?;
        Self::from_json(&json)
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

    /// "First step: {step}".
    pub fn first_step(&self, step: &str) -> String {
        format!("{} {step}", self.interface.label(self.ui(Ui::FirstStep)))
    }

    /// An interface text.
    pub fn ui(&self, key: Ui) -> &str {
        self.interface.get(key)
    }

    /// An interface text with its `{placeholders}` filled in.
    pub fn fill(&self, key: Ui, values: &[(&str, &str)]) -> String {
        self.interface.fill(key, values)
    }

    /// "a", "a and b", "a, b and c", with the conjunction `and` or `or` (an interface text), and
    /// the language's word changes applied where it meets the last word.
    pub fn join(&self, words: &[impl AsRef<str>], conjunction: Ui) -> String {
        match words {
            [] => String::new(),
            [only] => only.as_ref().to_owned(),
            [init @ .., last] => {
                let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
                let mut joined = init.join(", ");
                joined.push(' ');
                let tail = format!("{} {}", self.ui(conjunction), last.as_ref());
                joined.push_str(&self.changed_words(&tail));
                joined
            }
        }
    }

    /// `text` with the word changes applied where a change's words start a word, the longest
    /// that fits first: Spanish "y inflamación" becomes "e inflamación", "y hierro" stays.
    fn changed_words(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        let mut word_start = true;
        while let Some(next) = text[at..].chars().next() {
            if word_start {
                let change = self
                    .word_changes
                    .iter()
                    .filter(|change| text[at..].starts_with(change.from.as_str()))
                    .max_by_key(|change| change.from.len());
                if let Some(change) = change {
                    out.push_str(&change.to);
                    at += change.from.len();
                    word_start = false;
                    continue;
                }
            }
            out.push(next);
            at += next.len_utf8();
            word_start = !is_word_character(next);
        }
        out
    }

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
            self.check_condition(&restriction.when, &format!("{at}.when"), &mut report);
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
            if text.trim().is_empty() || text.starts_with(|c: char| c.is_ascii_uppercase()) {
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
                        .checked_mul(question.possible_answers().len())
                        .filter(|&readers| readers <= MOST_READERS_CHECKED)
                });
            match readers {
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
                .any(|restriction| restriction.when.question == question.id)
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
        let mut always_shown: Vec<(String, &String)> = Vec::new();
        for (index, tip) in self.tips.iter().enumerate() {
            always_shown.push((format!("$.tips[{index}].name"), &tip.name));
            always_shown.push((format!("$.tips[{index}].first_step"), &tip.first_step));
        }
        for (index, list) in self.lists.iter().enumerate() {
            always_shown.push((format!("$.lists[{index}].about"), &list.about));
        }
        for (index, score) in self.scores.iter().enumerate() {
            always_shown.push((format!("$.scores[{index}].about"), &score.about));
        }
        for answers in self.restriction_answers() {
            let reader = self.reader(&answers);
            let names = |text: &str, path: &str, found: &mut Vec<Problem>| {
                for id in &reader {
                    if let Some(term) = self.restriction(id).and_then(|r| r.named_in(text)) {
                        report(
                            found,
                            path.to_owned(),
                            format!("names `{term}`, which restriction `{id}` rules out"),
                        );
                    }
                }
            };
            for (path, text) in &always_shown {
                names(text, path, &mut found);
            }
            let rules = self.rules_for(&reader);
            for (index, food) in self.foods.iter().enumerate() {
                if rules.iter().any(|rule| rule.leaves_out(food).is_some()) {
                    continue;
                }
                let Some(variant) = food.variant_for(&reader) else {
                    report(
                        &mut found,
                        format!("$.foods[{index}].variants"),
                        format!(
                            "no variant is for a reader who is {}, and no rule leaves `{}` out for them",
                            reader.join(" + "),
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
                let at = format!("$.foods[{index}].variants[{variant_index}]");
                for (example_index, text) in variant.examples.iter().enumerate() {
                    names(text, &format!("{at}.examples[{example_index}]"), &mut found);
                }
                names(&variant.name, &format!("{at}.name"), &mut found);
                names(&variant.first_step, &format!("{at}.first_step"), &mut found);
            }
        }
        found
    }

    /// Every set of answers to the questions the restrictions depend on.
    fn restriction_answers(&self) -> Vec<Answers> {
        let mut sets = vec![Answers::new()];
        for question in self.restriction_questions() {
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

/// The ids that repeat an earlier one, with where they are.
/// At most this many questions: a share link names each by one byte.
const MOST_QUESTIONS: usize = 255;
/// At most this many options to a question: a share link names each by one byte, and the checks
/// go through every combination of a multiple choice's options.
const MOST_OPTIONS: usize = 16;
/// At most this many readers for the checks to go through (the shipped files allow 384).
const MOST_READERS_CHECKED: usize = 20_000;

const NOT_AN_ID: &str = "an id is small letters, digits, `_` and `-`, such as `whole_grains`";

/// Whether `id` can stand in the widget's markup and stored data as it is.
fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

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
