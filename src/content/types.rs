//! The content's types: what a content file holds, and the lookups the rest of the widget makes.

use crate::conditions::{AnyOf, Condition};
use crate::interface::{Interface, Ui};
use crate::read::{At, FromJson};
use crate::restrictions::is_word_character;
use crate::text::lower_first;

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
    /// Plant foods to tap when counting a week's plants, in groups; a file may have none.
    pub plants: Vec<PlantGroup>,
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
    /// Each chosen option is named in the summary with the scores it weighs most ("Research
    /// links psoriasis with inflammation"), by its `short` name.
    pub summary_links: bool,
    /// Its answer scores nothing when any of these holds: a reader told to leave fermented
    /// foods out is not scored down for not eating them.
    pub unscored_if: Vec<Condition>,
    /// The answer a past result from before the question was asked is read with ("none of
    /// these"); without one, such a result can no longer be shown.
    pub assumed: Option<String>,
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
    /// The answer as a short noun phrase, for naming it inside a sentence ("vegan diet",
    /// "psoriasis"): what the advice was adjusted for, a skin concern research links.
    pub short: Option<String>,
    /// The research ties this skin concern to the gut less firmly, and its line says so.
    pub weak_link: bool,
    /// Choosing it ends the assessment with the "not designed for you" screen.
    pub stop: bool,
    /// In a multi-choice question, choosing it clears the others ("None of these").
    pub exclusive: bool,
    /// Choosing it is a warning sign; the text names the sign for the doctor card.
    pub warning: Option<String>,
    /// How soon a warning sign needs a doctor.
    pub urgency: Urgency,
    /// The sign needs a doctor one step sooner when this holds (a change in bowel habit, from
    /// the age of 60).
    pub sooner_if: Option<Condition>,
    /// Ids this option had in earlier versions of the content; stored answers naming one of
    /// them are read as this option.
    pub was: Vec<String>,
}

/// How soon a warning sign needs a doctor, the most urgent first.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Urgency {
    /// An urgent appointment or urgent medical help, today (blood in the stools).
    Today,
    /// An appointment soon (unexplained weight loss, symptoms at night).
    #[default]
    Soon,
    /// An ordinary appointment with a GP (a change in bowel habit for 3 weeks or more).
    Gp,
}

impl Urgency {
    /// One step more urgent; "today" stays "today".
    pub fn sooner(self) -> Self {
        match self {
            Self::Gp => Self::Soon,
            _ => Self::Today,
        }
    }
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
    /// The blogger's own page about the food (their recipe, say): an `https:` address or a
    /// path on their site, shown on the food's card as a link.
    pub link: Option<String>,
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
    /// Holds when any of these holds.
    pub when: AnyOf,
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
    /// Each of these must hold too (bloating on most days, and aged 50 or over).
    pub also_if: Vec<Condition>,
    pub text: String,
    pub source: String,
    /// Said with the skin lines, after the first week, rather than under the disclaimer.
    pub with_skin: bool,
}

/// A research finding shown on the results, with its source.
#[derive(Debug, Default, PartialEq)]
pub struct Evidence {
    pub text: String,
    pub source: String,
    /// The list the finding supports; not shown when none of that list's foods is.
    pub list: Option<String>,
}

/// A group of plant foods ("Vegetables"), as the week's plant count lists them.
#[derive(Debug, Default, PartialEq)]
pub struct PlantGroup {
    pub id: String,
    pub name: String,
    pub plants: Vec<Plant>,
    /// The blogger's own page about these plants, as for a food.
    pub link: Option<String>,
}

/// A plant food the reader can count: its id is what the week keeps, in any language.
#[derive(Debug, Default, PartialEq)]
pub struct Plant {
    pub id: String,
    pub name: String,
    /// The name as readers with some restrictions see it ("Buckwheat, labelled gluten-free").
    pub versions: Vec<PlantVersion>,
}

/// A plant's name for readers with every one of some restrictions.
#[derive(Debug, Default, PartialEq)]
pub struct PlantVersion {
    pub suits: Vec<String>,
    pub name: String,
}

impl Plant {
    /// The plant's name for the reader: the first version written for restrictions they all
    /// have, else its usual name.
    pub fn name_for(&self, reader: &[&str]) -> &str {
        let fits = |version: &&PlantVersion| {
            (version.suits.iter()).all(|id| reader.contains(&id.as_str()))
        };
        self.versions
            .iter()
            .find(fits)
            .map_or(&self.name, |version| &version.name)
    }
}

/// The content format this widget reads; a file written for another says so in its `version`.
pub const CONTENT_VERSION: u32 = 2;

impl Content {
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
