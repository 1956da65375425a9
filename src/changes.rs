//! What moved since a past result, in the words of the results screen.

use crate::answers::Answers;
use crate::content::{Content, ScoreDef, ScoreKind};
use crate::day::Day;
use crate::scoring::score;

/// One score that is not what it was.
#[derive(Debug, Clone, PartialEq)]
pub struct Change<'c> {
    pub def: &'c ScoreDef,
    pub from: u8,
    pub to: u8,
}

impl Change<'_> {
    /// "fiber habit: 35 → 60 since 3 Oct". Score names are ASCII (the content test checks),
    /// so ASCII lower case is enough.
    pub fn describe(&self, since: Day) -> String {
        let mut text = self.def.name.to_ascii_lowercase();
        if self.def.kind == ScoreKind::Habit {
            text.push_str(" habit");
        }
        text.push_str(": ");
        text.push_str(&self.from.to_string());
        text.push_str(" → ");
        text.push_str(&self.to.to_string());
        text.push_str(" since ");
        text.push_str(&since.short());
        text
    }
}

/// The scores that differ between two sets of answers, in the content's order; a score that
/// did not move is left out.
pub fn changes_since<'c>(
    content: &'c Content,
    previous: &Answers,
    current: &Answers,
) -> Vec<Change<'c>> {
    score(content, previous)
        .into_iter()
        .zip(score(content, current))
        .filter(|(before, now)| before.value != now.value)
        .map(|(before, now)| Change {
            def: now.def,
            from: before.value,
            to: now.value,
        })
        .collect()
}
