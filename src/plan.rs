//! A small first-week plan: the three foods to start with, one every few days, then the habit
//! tips that matter most. Each step names the food in the reader's version and carries its
//! cautions in the same sentence.

use crate::content::Content;
use crate::interface::Ui;
use crate::scoring::Band;
use crate::suggestions::Suggestions;
use crate::text::lower_first;

/// One step of the first week.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanStep<'c> {
    /// "Days 1–2", "All week".
    pub when: &'c str,
    /// What to do, without a full stop: "begin with coconut yogurt with live cultures".
    pub action: String,
    /// Cautions said in the same sentence, as clauses.
    pub cautions: Vec<&'c str>,
    /// The day of the week it starts, counted from 0.
    pub from_day: u8,
    /// A habit for every day of the week, rather than a food to start.
    pub all_week: bool,
}

impl PlanStep<'_> {
    /// "Days 1–2: begin with vegan kimchi; check the label, as most kimchi is made with fish
    /// sauce or shrimp."
    pub fn line(&self, content: &Content) -> String {
        format!("{} {}", content.interface.label(self.when), self.what())
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
/// Each starter's step keeps the ones before it going ("add kefir, and keep the first change
/// going"), so a day of the week is its latest starter and the all-week habits: see
/// [`steps_on`].
pub fn first_week_plan<'c>(
    content: &'c Content,
    suggestions: &Suggestions<'c>,
) -> Vec<PlanStep<'c>> {
    const SLOTS: [(Ui, Ui, u8); 3] = [
        (Ui::PlanDays1, Ui::PlanFirst, 0),
        (Ui::PlanDays2, Ui::PlanSecond, 2),
        (Ui::PlanDays3, Ui::PlanThird, 4),
    ];
    let mut said: Vec<&str> = Vec::new();
    let mut plan: Vec<PlanStep> = SLOTS
        .iter()
        .zip(suggestions.starters())
        .map(|(&(when, action, from_day), food)| {
            // Two foods of one list share its caution: said with the first of them only.
            let cautions: Vec<&str> = food
                .carried
                .iter()
                .copied()
                .filter(|c| !said.contains(c))
                .collect();
            said.extend(&cautions);
            PlanStep {
                when: content.ui(when),
                action: content.fill(action, &[("food", &lower_first(food.name()))]),
                cautions,
                from_day,
                all_week: false,
            }
        })
        .collect();
    plan.extend(
        suggestions
            .tips
            .iter()
            .filter(|tip| Band::of(tip.value) != Band::Low)
            .map(|tip| PlanStep {
                when: content.ui(Ui::PlanAllWeek),
                action: lower_first(&tip.tip.name),
                cautions: Vec::new(),
                from_day: 0,
                all_week: true,
            }),
    );
    plan
}

/// The steps of the week's `day` (0 to 6): the latest food started by then, which keeps the
/// earlier ones going, and every all-week habit.
pub fn steps_on<'p, 'c>(plan: &'p [PlanStep<'c>], day: u8) -> Vec<&'p PlanStep<'c>> {
    let started = (plan.iter())
        .rev()
        .find(|step| !step.all_week && step.from_day <= day);
    started
        .into_iter()
        .chain(plan.iter().filter(|step| step.all_week))
        .collect()
}
