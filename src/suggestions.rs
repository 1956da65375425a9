//! Foods from the article's three lists, ranked for the reader and adjusted to what they told us.

use crate::answers::Answers;
use crate::conditions::all_hold;
use crate::content::{AnswerOption, Content, Effect, Food, FoodList, ScoreKind, Target, Tip};
use crate::ranking::rank_by;
use crate::scoring::{focus_areas, join_words, Score};

/// One food as offered to this reader, after any swap.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion<'c> {
    pub food: &'c Food,
    pub name: String,
    pub examples: Vec<String>,
    pub tags: Vec<String>,
    pub first_step: String,
    /// Why it is suggested, from the reader's own answers.
    pub reason: String,
    /// Why the food was swapped for the one named, when it was.
    pub swaps: Vec<String>,
    pub cautions: Vec<String>,
    /// How strongly the reader's scores call for it; higher ranks first.
    pub relevance: u32,
}

/// One of the three lists with its foods, best first.
#[derive(Debug, Clone, PartialEq)]
pub struct ListSuggestions<'c> {
    pub list: &'c FoodList,
    pub foods: Vec<Suggestion<'c>>,
    /// Cautions that concern the whole list ("go slowly").
    pub cautions: Vec<String>,
}

impl ListSuggestions<'_> {
    fn relevance(&self) -> u32 {
        self.foods.first().map_or(0, |food| food.relevance)
    }
}

/// A habit tip that is not a food, with the reader's own reason for it.
#[derive(Debug, Clone, PartialEq)]
pub struct TipSuggestion<'c> {
    pub tip: &'c Tip,
    pub reason: String,
    /// The score the tip follows, 0–100.
    pub value: u8,
}

/// Every suggestion for the reader.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestions<'c> {
    /// The three lists, the one the reader needs most first.
    pub lists: Vec<ListSuggestions<'c>>,
    /// Hydration and processed-food tips, the one the reader needs most first.
    pub tips: Vec<TipSuggestion<'c>>,
}

/// Ranks the foods and tips by the reader's scores and applies the content's rules.
pub fn suggest<'c>(
    content: &'c Content,
    answers: &Answers,
    scores: &[Score<'c>],
) -> Suggestions<'c> {
    let answers = content.effective_answers(answers);
    let value_of = |score: &str| {
        scores
            .iter()
            .find(|s| s.def.id == score)
            .map_or(0, |s| s.value)
    };
    let focus: Vec<&str> = focus_areas(scores)
        .iter()
        .map(|s| s.def.id.as_str())
        .collect();
    let rules: Vec<_> = content
        .rules
        .iter()
        .filter(|rule| all_hold(&rule.when, &answers))
        .collect();

    let mut foods: Vec<Suggestion> = content
        .foods
        .iter()
        .map(|food| {
            let need = own_need(content, &food.reason_from, &answers);
            let helped: u32 = food
                .helps
                .iter()
                .map(|(score, &weight)| weight * u32::from(value_of(score)))
                .sum();
            Suggestion {
                food,
                name: food.name.clone(),
                examples: food.examples.clone(),
                tags: food.tags.clone(),
                first_step: food.first_step.clone(),
                reason: reason(content, food, need.phrase, &focus),
                swaps: Vec::new(),
                cautions: Vec::new(),
                // The reader's own habit for this food outranks the scores it helps: two foods
                // can help the same score while only one of their habits is weak.
                relevance: need.share * OWN_NEED_WEIGHT + helped,
            }
        })
        .collect();

    // Swaps first, so cautions aimed at a tag meet the food the reader is actually offered:
    // a vegan's plant yogurt is no longer dairy and gets no lactose caution.
    for rule in &rules {
        if let (Target::Food(id), Effect::Replace(swap)) = (&rule.target, &rule.effect) {
            for suggestion in foods.iter_mut().filter(|s| &s.food.id == id) {
                suggestion.name = swap.name.clone();
                suggestion.examples = swap.examples.clone();
                suggestion.tags = swap.tags.clone();
                suggestion.first_step = swap.first_step.clone();
                suggestion.swaps.push(swap.why.clone());
            }
        }
    }
    let mut list_cautions: Vec<(&str, String)> = Vec::new();
    for rule in &rules {
        let Effect::Caution(text) = &rule.effect else {
            continue;
        };
        match &rule.target {
            Target::List(list) => list_cautions.push((list, text.clone())),
            target => {
                for suggestion in foods.iter_mut().filter(|s| target_matches(target, s)) {
                    suggestion.cautions.push(text.clone());
                }
            }
        }
    }

    let lists: Vec<ListSuggestions> = content
        .lists
        .iter()
        .map(|list| {
            let in_list = foods
                .iter()
                .filter(|s| s.food.list == list.id)
                .cloned()
                .collect();
            ListSuggestions {
                list,
                foods: rank_by(in_list, |s| s.relevance),
                cautions: list_cautions
                    .iter()
                    .filter(|(id, _)| *id == list.id)
                    .map(|(_, t)| t.clone())
                    .collect(),
            }
        })
        .collect();
    let lists = rank_by(lists, ListSuggestions::relevance);

    let tips: Vec<TipSuggestion> = content
        .tips
        .iter()
        .map(|tip| TipSuggestion {
            tip,
            reason: own_need(content, &tip.reason_from, &answers)
                .phrase
                .map(sentence)
                .unwrap_or_default(),
            value: value_of(&tip.score),
        })
        .collect();
    let tips = rank_by(tips, |tip| u32::from(tip.value));

    Suggestions { lists, tips }
}

fn target_matches(target: &Target, suggestion: &Suggestion) -> bool {
    match target {
        Target::Food(id) => &suggestion.food.id == id,
        Target::Tag(tag) => suggestion.tags.contains(tag),
        Target::List(id) => &suggestion.food.list == id,
    }
}

/// How much a food's own habit weighs against the scores it helps.
const OWN_NEED_WEIGHT: u32 = 10;

/// What the reader's own answers say about a food's habit.
struct OwnNeed<'c> {
    /// 0–100: how far the most telling answer is from the best one.
    share: u32,
    /// That answer in the reader's terms.
    phrase: Option<&'c str>,
}

/// Among the answers to `questions`, the one that calls for the food most (the first on a tie),
/// as a share of the most its question can give.
fn own_need<'c>(content: &'c Content, questions: &[String], answers: &Answers) -> OwnNeed<'c> {
    let total = |option: &AnswerOption| option.weights.values().sum::<u32>();
    let mut best = OwnNeed {
        share: 0,
        phrase: None,
    };
    for question in questions.iter().filter_map(|id| content.question(id)) {
        let Some(answer) = answers.get(&question.id) else {
            continue;
        };
        let ceiling = question.options.iter().map(total).max().unwrap_or(0).max(1);
        for option in answer.chosen().iter().filter_map(|id| question.option(id)) {
            let share = total(option) * 100 / ceiling;
            if best.phrase.is_none() || share > best.share {
                best = OwnNeed {
                    share,
                    phrase: option.says.as_deref().or(best.phrase),
                };
            }
        }
    }
    best
}

/// "You eat fermented foods less than once a week. It may also help microbiome balance, one of
/// your focus areas."
fn reason(content: &Content, food: &Food, phrase: Option<&str>, focus: &[&str]) -> String {
    let mut reason = phrase.map(sentence).unwrap_or_default();
    let helped: Vec<String> = focus
        .iter()
        .filter(|score| food.helps.contains_key(**score))
        .filter_map(|score| content.score(score))
        .filter(|def| def.kind == ScoreKind::Mechanism)
        // ASCII for the same reason as `sentence`; score names are checked to be ASCII.
        .map(|def| def.name.to_ascii_lowercase())
        .collect();
    if !helped.is_empty() {
        let areas = if helped.len() == 1 {
            "one of your focus areas"
        } else {
            "among your focus areas"
        };
        if !reason.is_empty() {
            reason.push(' ');
        }
        reason.push_str(&format!(
            "It may also help {}, {areas}.",
            join_words(&helped)
        ));
    }
    reason
}

/// Capitalises an answer's phrase. ASCII on purpose: Unicode case mapping would add about 24 KB
/// of tables to the widget, and the content test checks that every phrase starts with ASCII.
fn sentence(phrase: &str) -> String {
    let mut chars = phrase.chars();
    match chars.next() {
        Some(first) => format!("{}{}.", first.to_ascii_uppercase(), chars.as_str()),
        None => String::new(),
    }
}
