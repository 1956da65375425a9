//! A small first-week plan: one new food every few days, plus the habit tips that matter most.

use crate::scoring::Band;
use crate::suggestions::Suggestions;

/// One step of the first week.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanStep {
    pub when: &'static str,
    pub what: String,
}

/// Starts with the best food of each list, the list the reader needs most first, spaced out so
/// each change has a couple of days to settle; then adds the tips whose score needs attention.
pub fn first_week_plan(suggestions: &Suggestions) -> Vec<PlanStep> {
    const SLOTS: [&str; 3] = ["Days 1–2", "Days 3–4", "Days 5–7"];
    let foods = suggestions
        .lists
        .iter()
        .filter_map(|list| list.foods.first());
    let mut plan: Vec<PlanStep> = SLOTS
        .iter()
        .zip(foods)
        .map(|(when, food)| PlanStep {
            when,
            what: food.first_step.clone(),
        })
        .collect();
    plan.extend(
        suggestions
            .tips
            .iter()
            .filter(|tip| Band::of(tip.value) != Band::Low)
            .map(|tip| PlanStep {
                when: "All week",
                what: tip.tip.first_step.clone(),
            }),
    );
    plan
}
