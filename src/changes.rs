//! What moved since a past result, in the words of the results screen.

use crate::answers::Answers;
use crate::content::{Content, ScoreDef, ScoreKind};
use crate::day::Day;
use crate::interface::Ui;
use crate::saved::PastResult;
use crate::scoring::score;

/// One score then and now.
#[derive(Debug, Clone, PartialEq)]
pub struct Change<'c> {
    pub def: &'c ScoreDef,
    pub from: u8,
    pub to: u8,
}

impl Change<'_> {
    pub fn moved(&self) -> bool {
        self.from != self.to
    }

    /// "fiber habit: 35 → 60 since 3 Oct", or "fiber habit: 35, unchanged since 3 Oct".
    pub fn describe(&self, content: &Content, since: Day) -> String {
        let mut name = self.def.name_in_sentence();
        if self.def.kind == ScoreKind::Habit {
            name = content.fill(Ui::HabitName, &[("name", &name)]);
        }
        let (from, to, date) = (
            self.from.to_string(),
            self.to.to_string(),
            since.short(content),
        );
        let mut values = vec![("name", name.as_str()), ("from", &from), ("date", &date)];
        if self.moved() {
            values.push(("to", &to));
            content.fill(Ui::ChangeMoved, &values)
        } else {
            content.fill(Ui::ChangeSame, &values)
        }
    }
}

/// Every score then and now, in the content's order.
pub fn changes_since<'c>(
    content: &'c Content,
    previous: &Answers,
    current: &Answers,
) -> Vec<Change<'c>> {
    score(content, previous)
        .into_iter()
        .zip(score(content, current))
        .map(|(before, now)| Change {
            def: now.def,
            from: before.value,
            to: now.value,
        })
        .collect()
}

/// What the results on screen stand beside: the reader's past results, newest first, without
/// the one on screen, and whether these results were shared with them, when nothing is compared.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Earlier {
    pub shared: bool,
    pub past: Vec<PastResult>,
}

impl Earlier {
    /// Every score of the results for `answers` against the reader's last result before them.
    pub fn changes<'c>(
        &self,
        content: &'c Content,
        answers: &Answers,
    ) -> Option<(Day, Vec<Change<'c>>)> {
        if self.shared {
            return None;
        }
        let last = self.past.first()?;
        Some((last.on, changes_since(content, &last.answers, answers)))
    }
}
