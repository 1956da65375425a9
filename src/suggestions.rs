//! Foods from the article's three lists, in the version written for the reader, ranked by what
//! suits them and what they need, with what was left out for them and why.

use crate::answers::Answers;
use crate::content::{AnswerOption, Content, Effect, Food, FoodList, Target, Tip, Variant};
use crate::interface::Ui;
use crate::ranking::rank_by;
use crate::restrictions::Reader;
use crate::scoring::Score;
use crate::text::lower_first;

/// One food as offered to this reader.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion<'c> {
    pub food: &'c Food,
    /// The version of the food written for the reader.
    pub variant: &'c Variant,
    /// Behind an "ask first" caution: shown after the foods that suit, never in the plan.
    pub ask_first: bool,
    /// How strongly the reader's needs call for it; higher ranks first.
    pub relevance: u32,
    /// Whether the reader's own habit for it falls short of the best answer: someone who
    /// already eats it as often as the check asks is not told to start on it.
    pub needed: bool,
    /// Cautions that go with the food into the plan: its variant's and its list's.
    pub carried: Vec<&'c str>,
}

impl<'c> Suggestion<'c> {
    pub fn name(&self) -> &'c str {
        &self.variant.name
    }

    /// "For example: oats labelled gluten-free, brown rice, quinoa or buckwheat."
    pub fn examples_line(&self, content: &Content) -> String {
        let examples = content.join(&self.variant.examples, Ui::Or);
        content.fill(Ui::Examples, &[("examples", &examples)])
    }

    /// Why the reader sees this version rather than the usual food.
    pub fn why_line(&self, content: &Content) -> Option<String> {
        let why = self.variant.why.as_deref()?;
        Some(content.fill(Ui::WhyVersion, &[("why", why)]))
    }

    /// The variant's own caution as a sentence.
    pub fn caution_line(&self, content: &Content) -> Option<String> {
        let text = self.variant.caution.as_deref()?;
        Some(content.fill(Ui::Caution, &[("caution", text)]))
    }

    /// Whether the food suits the reader without an "ask first" caution.
    pub fn suits(&self) -> bool {
        !self.ask_first
    }
}

/// A caution a rule puts on some or all of a list's foods, said once for the list.
#[derive(Debug, Clone, PartialEq)]
pub struct ListCaution<'c> {
    /// The foods it concerns, by name; empty when it concerns the whole list.
    pub foods: Vec<&'c str>,
    pub text: &'c str,
}

impl ListCaution<'_> {
    /// "Caution for sauerkraut and kimchi: high in salt, …" or "Caution: Add fiber slowly, …".
    pub fn line(&self, content: &Content) -> String {
        if self.foods.is_empty() {
            content.fill(Ui::Caution, &[("caution", self.text)])
        } else {
            let names: Vec<String> = self.foods.iter().map(|name| lower_first(name)).collect();
            let foods = content.join(&names, Ui::And);
            content.fill(Ui::CautionFor, &[("foods", &foods), ("caution", self.text)])
        }
    }
}

/// Foods of a list left out for the reader for one reason.
#[derive(Debug, Clone, PartialEq)]
pub struct LeftOut<'c> {
    pub foods: Vec<&'c str>,
    pub reason: &'c str,
    /// The restrictions that left them out, by id.
    pub because: &'c [String],
    /// The scores the foods would have helped, by id.
    pub would_help: Vec<&'c str>,
}

impl LeftOut<'_> {
    /// "Left out for you: kimchi, usually made with garlic and onion."
    pub fn line(&self, content: &Content) -> String {
        let names: Vec<String> = self.foods.iter().map(|name| lower_first(name)).collect();
        let foods = content.join(&names, Ui::And);
        content.fill(Ui::LeftOut, &[("foods", &foods), ("reason", self.reason)])
    }
}

/// One of the three lists, as it concerns this reader.
#[derive(Debug, Clone, PartialEq)]
pub struct ListSuggestions<'c> {
    pub list: &'c FoodList,
    /// The reader's answers about the list's habits, in their words.
    pub said: Vec<&'c str>,
    /// The foods shown: those that suit first, each group best first.
    pub foods: Vec<Suggestion<'c>>,
    pub cautions: Vec<ListCaution<'c>>,
    pub left_out: Vec<LeftOut<'c>>,
}

impl ListSuggestions<'_> {
    /// "You said: fermented foods less than once a week."
    pub fn said_line(&self, content: &Content) -> Option<String> {
        said_line(content, &self.said)
    }

    /// Whether any food of the list suits the reader without an "ask first" caution.
    pub fn suits(&self) -> bool {
        self.foods.iter().any(Suggestion::suits)
    }

    /// Ranks the list: lists with a food that suits come before the rest, then by need.
    fn rank(&self) -> u32 {
        let best = self.foods.first().map_or(0, |food| food.relevance);
        u32::from(self.suits()) << 30 | best
    }
}

/// A habit tip that is not a food, with the reader's own answer behind it.
#[derive(Debug, Clone, PartialEq)]
pub struct TipSuggestion<'c> {
    pub tip: &'c Tip,
    pub said: Vec<&'c str>,
    /// The score the tip follows, 0–100.
    pub value: u8,
}

impl TipSuggestion<'_> {
    pub fn said_line(&self, content: &Content) -> Option<String> {
        said_line(content, &self.said)
    }
}

/// Every suggestion for the reader.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestions<'c> {
    /// The three lists: those with a food that suits first, the one needed most first.
    pub lists: Vec<ListSuggestions<'c>>,
    /// Hydration and processed-food tips the reader's answers call for, the one needed most
    /// first; none for a habit that is already as good as it gets.
    pub tips: Vec<TipSuggestion<'c>>,
}

impl<'c> Suggestions<'c> {
    /// The three foods to start with: the best food that suits from each list that has one,
    /// then, if that makes fewer than three, the next best that suit. Only foods the reader's
    /// answers call for: someone who already eats from a list is not told to start on it.
    pub fn starters(&self) -> Vec<&Suggestion<'c>> {
        let called_for = |food: &&Suggestion| food.suits() && food.needed;
        let mut starters: Vec<&Suggestion> = self
            .lists
            .iter()
            .filter_map(|list| list.foods.iter().find(called_for))
            .collect();
        let rest = self
            .lists
            .iter()
            .flat_map(|list| list.foods.iter().filter(called_for).skip(1));
        let rest = rank_by(rest.collect(), |food| food.relevance);
        starters.extend(rest.into_iter().take(3usize.saturating_sub(starters.len())));
        starters.truncate(3);
        starters
    }

    /// Whether a list shows any food at all.
    pub fn shows_list(&self, id: &str) -> bool {
        self.lists
            .iter()
            .any(|list| list.list.id == id && !list.foods.is_empty())
    }
}

/// Ranks the foods and tips by the reader's needs, in the versions written for them.
pub fn suggest<'c>(
    content: &'c Content,
    answers: &Answers,
    scores: &[Score<'c>],
) -> Suggestions<'c> {
    let answers = content.effective_answers(answers);
    let reader: Reader = content.reader(&answers);
    let value_of = |score: &str| {
        scores
            .iter()
            .find(|s| s.def.id == score)
            .map_or(0, |s| s.value)
    };
    let rules = content.rules_for(&reader);

    let lists = content.lists.iter().map(|list| {
        let mut left_out: Vec<LeftOut> = Vec::new();
        let mut foods = Vec::new();
        for food in content.foods.iter().filter(|food| food.list == list.id) {
            if let Some((rule, reason)) = rules
                .iter()
                .find_map(|rule| Some((rule, rule.leaves_out(food)?)))
            {
                // The usual name: the reason says which version it means when that matters.
                let name = &food.variants[0].name;
                let group = match left_out.iter().position(|group| group.reason == reason) {
                    Some(at) => &mut left_out[at],
                    None => {
                        left_out.push(LeftOut {
                            foods: Vec::new(),
                            reason,
                            because: &rule.when,
                            would_help: Vec::new(),
                        });
                        left_out.last_mut().expect("just pushed")
                    }
                };
                group.foods.push(name);
                for score in food.helps.keys() {
                    if !group.would_help.contains(&score) {
                        group.would_help.push(score);
                    }
                }
                continue;
            }
            // The content check proves every reader has a variant; a food without one is
            // left unsaid rather than shown in words that may not fit.
            let Some(variant) = food.variant_for(&reader) else {
                continue;
            };
            let ask_first = rules
                .iter()
                .any(|rule| matches!(rule.effect, Effect::AskFirst(_)) && rule.targets(food));
            let carried = variant.caution.as_deref().into_iter().chain(
                rules
                    .iter()
                    .filter(|rule| rule.targets(food))
                    .filter_map(|rule| match &rule.effect {
                        Effect::Caution(text) => Some(text.as_str()),
                        _ => None,
                    }),
            );
            let need = own_need(content, &food.reason_from, &answers);
            let helped: u32 = food
                .helps
                .iter()
                .map(|(score, weight)| weight * u32::from(value_of(score)))
                .sum();
            // The reader's own habit for this food outranks the scores it helps: two foods
            // can help the same score while only one of their habits is weak.
            let relevance = need * OWN_NEED_WEIGHT + helped;
            foods.push(Suggestion {
                food,
                variant,
                ask_first,
                relevance: if variant.weaker {
                    relevance / 4
                } else {
                    relevance
                },
                needed: need > 0,
                carried: carried.collect(),
            });
        }
        let foods = rank_by(foods, |food| u32::from(food.suits()) << 30 | food.relevance);

        let mut cautions: Vec<ListCaution> = Vec::new();
        for rule in &rules {
            let (Effect::AskFirst(text) | Effect::Caution(text)) = &rule.effect else {
                continue;
            };
            let concerned: Vec<&str> = foods
                .iter()
                .filter(|food| rule.targets(food.food))
                .map(Suggestion::name)
                .collect();
            if concerned.is_empty() || cautions.iter().any(|c| c.text == text) {
                continue;
            }
            let whole_list = matches!(rule.target, Target::List(_));
            cautions.push(ListCaution {
                foods: if whole_list { Vec::new() } else { concerned },
                text,
            });
        }

        let mut reason_from: Vec<&String> = Vec::new();
        for id in content
            .foods
            .iter()
            .filter(|f| f.list == list.id)
            .flat_map(|f| &f.reason_from)
        {
            if !reason_from.contains(&id) {
                reason_from.push(id);
            }
        }
        ListSuggestions {
            list,
            said: said(content, reason_from, &answers),
            foods,
            cautions,
            left_out,
        }
    });
    let lists = rank_by(lists.collect(), ListSuggestions::rank);

    let tips: Vec<TipSuggestion> = content
        .tips
        .iter()
        .map(|tip| TipSuggestion {
            tip,
            said: said(content, &tip.reason_from, &answers),
            value: value_of(&tip.score),
        })
        .filter(|tip| tip.value > 0)
        .collect();
    let tips = rank_by(tips, |tip| u32::from(tip.value));

    Suggestions { lists, tips }
}

/// How much a food's own habit weighs against the scores it helps.
const OWN_NEED_WEIGHT: u32 = 10;

/// 0–100: among the answers to `questions` that score for the reader, how far the one that
/// calls for the food most is from the best answer its question allows.
fn own_need(content: &Content, questions: &[String], answers: &Answers) -> u32 {
    let total = |option: &AnswerOption| option.weights.values().sum::<u32>();
    let mut need = 0;
    let scored = questions.iter().filter_map(|id| content.question(id));
    for question in scored.filter(|question| question.scores_for(answers)) {
        let Some(answer) = answers.get(&question.id) else {
            continue;
        };
        let ceiling = question.options.iter().map(total).max().unwrap_or(0).max(1);
        for option in answer.chosen().iter().filter_map(|id| question.option(id)) {
            need = need.max(total(option) * 100 / ceiling);
        }
    }
    need
}

/// The reader's answers to `questions` that call for more of the habit (those that weigh on a
/// score, for this reader), in their own words, in the questions' order: "6 or more servings
/// of fruit and vegetables a day" is no reason to start on fruit.
fn said<'c, 'q>(
    content: &'c Content,
    questions: impl IntoIterator<Item = &'q String>,
    answers: &Answers,
) -> Vec<&'c str> {
    questions
        .into_iter()
        .filter_map(|id| Some((content.question(id)?, answers.get(id)?)))
        .filter(|(question, _)| question.scores_for(answers))
        .flat_map(|(question, answer)| {
            answer
                .chosen()
                .iter()
                .filter_map(|id| question.option(id))
                .filter(|option| option.weights.values().any(|points| points > 0))
                .filter_map(|option| option.says.as_deref())
                .collect::<Vec<_>>()
        })
        .collect()
}

/// "You said: a; b."
fn said_line(content: &Content, said: &[&str]) -> Option<String> {
    (!said.is_empty()).then(|| content.fill(Ui::YouSaid, &[("answers", &said.join("; "))]))
}
