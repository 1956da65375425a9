//! What the summary says to this reader beyond their scores: what the advice was adjusted for,
//! what was left out that a focus area needed, a next step for each focus area, and what
//! research links each of their skin concerns with.

use crate::answers::Answers;
use crate::content::{Content, ScoreKind};
use crate::interface::Ui;
use crate::plan::PlanStep;
use crate::scoring::{focus_areas, Score};
use crate::suggestions::Suggestions;
use crate::text::lower_first;

/// The summary's lines about the reader, each a sentence or two.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// "Adjusted for your vegan diet and pregnancy.", when any restriction holds.
    pub adjusted_for: Option<String>,
    /// Foods left out that a focus area needed, with the answers that left them out.
    pub left_out: Option<String>,
    /// Each focus area, in order, with its next step or why it has none.
    pub focus_lines: Vec<String>,
    /// One line per score the reader's skin concerns are linked with.
    pub skin: Vec<String>,
}

impl Summary {
    pub fn new(
        content: &Content,
        answers: &Answers,
        scores: &[Score],
        suggestions: &Suggestions,
        plan: &[PlanStep],
    ) -> Self {
        let answers = content.effective_answers(answers);
        let focus = focus_areas(scores);
        let reader = content.reader(&answers);
        let adjusted = answer_names(content, &answers, &reader);
        let adjusted_for = (!adjusted.is_empty()).then(|| {
            let restrictions = content.join(&adjusted, Ui::And);
            content.fill(Ui::AdjustedFor, &[("restrictions", &restrictions)])
        });

        let in_focus = |scores: &[&str]| focus.iter().any(|f| scores.contains(&f.def.id.as_str()));
        // One line, in the lists' order: every answer that left out a food a focus area needed,
        // and every such food.
        let mut reasons: Vec<&str> = Vec::new();
        let mut foods: Vec<String> = Vec::new();
        for group in (suggestions.lists.iter())
            .flat_map(|list| &list.left_out)
            .filter(|group| in_focus(&group.would_help))
        {
            for reason in answer_names(content, &answers, group.because) {
                if !reasons.contains(&reason) {
                    reasons.push(reason);
                }
            }
            foods.extend(group.foods.iter().map(|food| lower_first(food)));
        }
        let left_out = (!foods.is_empty()).then(|| {
            let foods = content.join(&foods, Ui::And);
            // "Adjusted for your vegan diet and IBS" has just named them all.
            match reasons.len() == adjusted.len() {
                true => content.fill(Ui::LeftOutSummaryShort, &[("foods", &foods)]),
                false => content.fill(
                    Ui::LeftOutSummary,
                    &[
                        ("reasons", &content.join(&reasons, Ui::And)),
                        ("foods", &foods),
                    ],
                ),
            }
        });

        let starters = suggestions.starters();
        let focus_lines = focus
            .iter()
            .map(|score| {
                let id = score.def.id.as_str();
                // The best of the foods to start with that helps it: one name keeps it short.
                // Reversed, so that of foods that help it as much, the first to start wins.
                let helping = (starters.iter().rev())
                    .filter(|food| food.food.helps.contains_key(id))
                    .max_by_key(|food| food.food.helps.get(id));
                let in_plan = (suggestions.tips.iter())
                    .filter(|tip| tip.tip.score == id)
                    .any(|tip| {
                        plan.iter()
                            .any(|step| step.action == lower_first(&tip.tip.name))
                    });
                let left_out = (suggestions.lists.iter())
                    .flat_map(|list| &list.left_out)
                    .any(|group| group.would_help.contains(&id));
                // "You already eat the foods that may help it" only where some food may.
                let any_helps = content.foods.iter().any(|food| food.helps.contains_key(id));
                let step = match helping {
                    Some(food) => {
                        content.fill(Ui::FocusStartWith, &[("food", &lower_first(food.name()))])
                    }
                    None if in_plan => content.ui(Ui::FocusInPlan).to_owned(),
                    None if left_out => content.ui(Ui::FocusLeftOut).to_owned(),
                    None if starters.is_empty() && any_helps => {
                        content.ui(Ui::FocusAlready).to_owned()
                    }
                    None => content.ui(Ui::FocusElsewhere).to_owned(),
                };
                content.fill(
                    Ui::FocusLineStep,
                    &[
                        ("name", &score.def.name),
                        ("value", &score.value.to_string()),
                        ("band", content.ui(score.band().label())),
                        ("step", &step),
                    ],
                )
            })
            .collect();

        Self {
            adjusted_for,
            left_out,
            focus_lines,
            skin: skin_lines(content, &answers, scores),
        }
    }
}

/// The short names of the reader's answers that make the restrictions `ids` hold, once each:
/// "vegan diet" for both the vegetarian and the vegan restriction.
fn answer_names<'c>(
    content: &'c Content,
    answers: &Answers,
    ids: &[impl AsRef<str>],
) -> Vec<&'c str> {
    let mut names: Vec<&str> = Vec::new();
    let conditions = (ids.iter())
        .filter_map(|id| content.restriction(id.as_ref()))
        .flat_map(|restriction| restriction.when.iter());
    for when in conditions {
        let (Some(question), Some(answer)) = (
            content.question(&when.question),
            answers.get(&when.question),
        ) else {
            continue;
        };
        let chosen = (when.any_of.iter())
            .filter(|option| answer.includes(option))
            .filter_map(|option| question.option(option));
        for option in chosen {
            let name = option.short.as_deref().unwrap_or(&option.label);
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

/// One line for each group of skin concerns chosen that weigh most on the same mechanism
/// scores: "Research links acne with inflammation (your score: 45, …) and microbiome balance
/// (…)." Concerns the research ties to the gut less firmly get a more careful line.
fn skin_lines(content: &Content, answers: &Answers, scores: &[Score]) -> Vec<String> {
    // The scores a concern is tied to, whether the tie is weak, and the concerns so tied.
    let mut groups: Vec<(Vec<&Score>, bool, Vec<&str>)> = Vec::new();
    for question in content.questions.iter().filter(|q| q.summary_links) {
        let Some(answer) = answers.get(&question.id) else {
            continue;
        };
        for option in answer.chosen().iter().filter_map(|id| question.option(id)) {
            let (Some(short), Some(most)) =
                (option.short.as_deref(), option.weights.values().max())
            else {
                continue;
            };
            let tied: Vec<&Score> = (scores.iter())
                .filter(|s| s.def.kind == ScoreKind::Mechanism && most > 0)
                .filter(|s| option.weights.get(&s.def.id) == Some(most))
                .collect();
            let same = |(scores, weak, _): &&mut (Vec<&Score>, bool, Vec<&str>)| {
                *weak == option.weak_link
                    && scores
                        .iter()
                        .map(|s| &s.def.id)
                        .eq(tied.iter().map(|s| &s.def.id))
            };
            match groups.iter_mut().find(same) {
                Some((_, _, concerns)) => concerns.push(short),
                None if !tied.is_empty() => groups.push((tied, option.weak_link, vec![short])),
                None => {}
            }
        }
    }
    let line = |(tied, weak, concerns): (Vec<&Score>, bool, Vec<&str>)| {
        let scores: Vec<String> = (tied.iter())
            .map(|score| {
                content.fill(
                    Ui::SkinScore,
                    // No band: "little attention needed" beside psoriasis would read as
                    // reassurance about the condition itself.
                    &[
                        ("name", &score.def.name_in_sentence()),
                        ("value", &score.value.to_string()),
                    ],
                )
            })
            .collect();
        content.fill(
            if weak { Ui::SkinLinkWeak } else { Ui::SkinLink },
            &[
                ("concerns", &content.join(&concerns, Ui::And)),
                ("scores", &content.join(&scores, Ui::And)),
            ],
        )
    };
    groups.into_iter().map(line).collect()
}
