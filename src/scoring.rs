//! The eight scores — four ways the gut affects the skin, four habits — and what moved each.

use crate::answers::Answers;
use crate::content::{AnswerOption, Content, Question, ScoreDef};
use crate::interface::Ui;
use crate::ranking::rank_by;

/// How much attention a score calls for, in words, so meaning never rests on colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Band {
    Low,
    Some,
    High,
}

impl Band {
    pub fn of(value: u8) -> Self {
        match value {
            0..=33 => Self::Low,
            34..=66 => Self::Some,
            _ => Self::High,
        }
    }

    /// The interface text for the band: "most attention needed".
    pub fn label(self) -> Ui {
        match self {
            Self::Low => Ui::BandLow,
            Self::Some => Ui::BandSome,
            Self::High => Ui::BandHigh,
        }
    }
}

/// One answer's share of a score.
#[derive(Debug, Clone, PartialEq)]
pub struct Driver<'c> {
    pub question: &'c Question,
    /// The chosen options that gave points; in a multi-choice question, possibly several.
    pub options: Vec<&'c AnswerOption>,
    pub points: u32,
}

impl Driver<'_> {
    /// The answer in the reader's words: "bloated every day of the last 7".
    pub fn describe(&self, content: &Content) -> String {
        let phrases: Vec<String> = self
            .options
            .iter()
            .map(|option| match &option.says {
                Some(says) => says.clone(),
                None => content.fill(
                    Ui::AnswerToQuestion,
                    &[("answer", &option.label), ("question", &self.question.text)],
                ),
            })
            .collect();
        phrases.join(", ")
    }
}

/// One score, 0–100; higher means more attention needed.
#[derive(Debug, Clone, PartialEq)]
pub struct Score<'c> {
    pub def: &'c ScoreDef,
    pub value: u8,
    /// The answers that raised it, most points first.
    pub drivers: Vec<Driver<'c>>,
}

impl Score<'_> {
    pub fn band(&self) -> Band {
        Band::of(self.value)
    }

    /// What raised the score, quoting the reader's answers; it names the score, so no two
    /// scores explain themselves in the same sentence.
    pub fn explanation(&self, content: &Content) -> String {
        let name = self.def.name_in_sentence();
        if self.drivers.is_empty() {
            return content.fill(Ui::ScoreNotRaised, &[("name", &name)]);
        }
        let said: Vec<String> = self.drivers.iter().map(|d| d.describe(content)).collect();
        content.fill(
            Ui::ScoreRaised,
            &[("name", &name), ("answers", &said.join("; "))],
        )
    }

    /// "Fiber: 73, most attention needed."; the scale is said once, beside the chart.
    pub fn value_line(&self, content: &Content) -> String {
        content.fill(
            Ui::FocusLine,
            &[
                ("name", &self.def.name),
                ("value", &self.value.to_string()),
                ("band", content.ui(self.band().label())),
            ],
        )
    }
}

/// How many drivers a score keeps to explain itself.
pub const DRIVERS_SHOWN: usize = 3;

/// Scores every score the content defines, in the content's order, from the answers that count.
///
/// A score is the points the reader's answers gave it over the most those same questions
/// could give, so a question that is not asked, or not scored for this reader, weighs nothing
/// either way.
pub fn score<'c>(content: &'c Content, answers: &Answers) -> Vec<Score<'c>> {
    let effective = content.effective_answers(answers);
    let mut asked = content.asked(answers);
    asked.retain(|(question, _)| question.scores_for(&effective));
    content
        .scores
        .iter()
        .map(|def| {
            let mut earned = 0;
            let mut possible = 0;
            let mut drivers = Vec::new();
            for (question, answer) in &asked {
                let ceiling = question.max_weight(&def.id);
                let Some(answer) = answer else { continue };
                if ceiling == 0 {
                    continue;
                }
                let options: Vec<&AnswerOption> = answer
                    .chosen()
                    .iter()
                    .filter_map(|id| question.option(id))
                    .filter(|option| option.weights.get(&def.id).is_some_and(|w| w > 0))
                    .collect();
                // A multi-choice question counts its strongest answer, so ticking more boxes
                // of the same kind does not outweigh a whole other question.
                let points = options
                    .iter()
                    .filter_map(|o| o.weights.get(&def.id))
                    .max()
                    .unwrap_or(0);
                earned += points;
                possible += ceiling;
                if points > 0 {
                    drivers.push(Driver {
                        question,
                        options,
                        points,
                    });
                }
            }
            let mut drivers = rank_by(drivers, |driver| driver.points);
            drivers.truncate(DRIVERS_SHOWN);
            Score {
                def,
                value: percent(earned, possible),
                drivers,
            }
        })
        .collect()
}

/// The three scores that call for most attention, highest first; ties keep the content's order,
/// and a score of 0 is never a focus area.
pub fn focus_areas<'s, 'c>(scores: &'s [Score<'c>]) -> Vec<&'s Score<'c>> {
    let mut ranked = rank_by(scores.iter().filter(|s| s.value > 0).collect(), |s| {
        u32::from(s.value)
    });
    ranked.truncate(3);
    ranked
}

fn percent(earned: u32, possible: u32) -> u8 {
    if possible == 0 {
        return 0;
    }
    let rounded = (earned * 200 + possible) / (possible * 2);
    u8::try_from(rounded.min(100)).unwrap_or(100)
}
