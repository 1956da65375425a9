//! A small first-week plan: the three foods to start with, one every few days, then the habit
//! tips that matter most. Each step names the food in the reader's version and carries its
//! cautions in the same sentence.

use crate::scoring::Band;
use crate::suggestions::Suggestions;
use crate::text::lower_first;

/// One step of the first week.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanStep<'c> {
    pub when: &'static str,
    /// What to do, without a full stop: "begin with coconut yogurt with live cultures".
    pub action: String,
    /// Cautions said in the same sentence, as clauses.
    pub cautions: Vec<&'c str>,
}

impl PlanStep<'_> {
    /// "Days 1–2: begin with vegan kimchi; check the label, as most kimchi is made with fish
    /// sauce or shrimp."
    pub fn line(&self) -> String {
        format!("{}: {}", self.when, self.what())
    }

    /// The step after its "when": "begin with vegan kimchi; check the label, …".
    pub fn what(&self) -> String {
        let mut what = self.action.clone();
        for caution in &self.cautions {
            what.push_str("; ");
            what.push_str(caution);
        }
        what.push('.');
        what
    }
}

/// The starters, spaced out so each change has a couple of days to settle, then the tips whose
/// score needs attention. Foods behind an "ask first" caution never start, so never appear.
pub fn first_week_plan<'c>(suggestions: &Suggestions<'c>) -> Vec<PlanStep<'c>> {
    const SLOTS: [(&str, &str, &str); 3] = [
        ("Days 1–2", "begin with ", ""),
        ("Days 3–4", "add ", ", and keep the first change going"),
        ("Days 5–7", "add ", ", and keep the others going"),
    ];
    let mut said: Vec<&str> = Vec::new();
    let mut plan: Vec<PlanStep> = SLOTS
        .iter()
        .zip(suggestions.starters())
        .map(|((when, verb, keep), food)| {
            // Two foods of one list share its caution: said with the first of them only.
            let cautions: Vec<&str> = food
                .carried
                .iter()
                .copied()
                .filter(|c| !said.contains(c))
                .collect();
            said.extend(&cautions);
            PlanStep {
                when,
                action: format!("{verb}{}{keep}", lower_first(food.name())),
                cautions,
            }
        })
        .collect();
    plan.extend(
        suggestions
            .tips
            .iter()
            .filter(|tip| Band::of(tip.value) != Band::Low)
            .map(|tip| PlanStep {
                when: "All week",
                action: lower_first(&tip.tip.name),
                cautions: Vec::new(),
            }),
    );
    plan
}
