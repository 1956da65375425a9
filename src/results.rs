//! The results of one assessment: doctor card, scores, focus areas, suggestions, plan, evidence.

use crate::answers::Answers;
use crate::content::{Content, Evidence, ScoreKind};
use crate::plan::{first_week_plan, PlanStep};
use crate::scoring::{focus_areas, score, Score};
use crate::suggestions::{suggest, Suggestions};
use crate::warning_signs::warning_signs;

/// Said once, where the results are read.
pub const DISCLAIMER: &str = "This is not a diagnosis. It is a guide to habits that support your gut and skin, based on what you told us. For medical advice, talk to a doctor or a registered dietitian.";

/// What the scale means, so no one reads a high score as good.
pub const SCALE: &str =
    "Each score runs from 0 to 100. A higher score means that area needs more attention.";

/// The blocks of the results screen, in the order they are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// "Please talk to a doctor": only when a warning sign was answered yes, and then first.
    DoctorCard,
    Summary,
    Scores,
    Suggestions,
    Plan,
    Evidence,
}

/// Everything the results screen shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Report<'c> {
    pub warning_signs: Vec<&'c str>,
    pub scores: Vec<Score<'c>>,
    pub suggestions: Suggestions<'c>,
    pub plan: Vec<PlanStep>,
    pub evidence: &'c [Evidence],
}

impl<'c> Report<'c> {
    pub fn new(content: &'c Content, answers: &Answers) -> Self {
        let scores = score(content, answers);
        let suggestions = suggest(content, answers, &scores);
        let plan = first_week_plan(&suggestions);
        Self {
            warning_signs: warning_signs(content, answers),
            scores,
            suggestions,
            plan,
            evidence: &content.evidence,
        }
    }

    pub fn parts(&self) -> Vec<Part> {
        let doctor = (!self.warning_signs.is_empty()).then_some(Part::DoctorCard);
        doctor
            .into_iter()
            .chain([
                Part::Summary,
                Part::Scores,
                Part::Suggestions,
                Part::Plan,
                Part::Evidence,
            ])
            .collect()
    }

    pub fn focus_areas(&self) -> Vec<&Score<'c>> {
        focus_areas(&self.scores)
    }

    /// The scores of one kind, in the content's order.
    pub fn scores_of(&self, kind: ScoreKind) -> impl Iterator<Item = &Score<'c>> {
        self.scores
            .iter()
            .filter(move |score| score.def.kind == kind)
    }

    /// A score by id.
    pub fn score(&self, id: &str) -> Option<&Score<'c>> {
        self.scores.iter().find(|score| score.def.id == id)
    }
}
