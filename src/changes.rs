//! What moved since a past result, in the words of the results screen.

use crate::answers::Answers;
use crate::content::{Content, ScoreDef, ScoreKind};
use crate::day::Day;
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
    /// Score names are ASCII (the content test checks), so ASCII lower case is enough.
    pub fn describe(&self, since: Day) -> String {
        let mut text = self.def.name.to_ascii_lowercase();
        if self.def.kind == ScoreKind::Habit {
            text.push_str(" habit");
        }
        text.push_str(": ");
        text.push_str(&self.from.to_string());
        if self.moved() {
            text.push_str(" → ");
            text.push_str(&self.to.to_string());
            text.push_str(" since ");
        } else {
            text.push_str(", unchanged since ");
        }
        text.push_str(&since.short());
        text
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
