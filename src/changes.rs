//! What moved since a past result, in the words of the results screen.

use crate::answers::Answers;
use crate::content::{Content, ScoreDef, ScoreKind};
use crate::day::Day;
use crate::interface::Ui;
use crate::saved::PastResult;
use crate::scoring::score;
use crate::share_code::{decode, encode};

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
    /// What the widget sends the results module for the results of `answers`: "shared" or
    /// "own", the answers' share code, then each past result's ISO date and share code.
    pub fn request(&self, content: &Content, answers: &Answers) -> Vec<String> {
        let mut request = vec![
            (if self.shared { "shared" } else { "own" }).to_owned(),
            encode(content, answers),
        ];
        for past in &self.past {
            request.push(past.on.to_iso());
            request.push(encode(content, &past.answers));
        }
        request
    }

    /// The answers and what they stand beside, read back from a [`Earlier::request`]; `None`
    /// when the answers cannot be read. A past result that cannot be read is left out.
    pub fn from_request(content: &Content, request: &[String]) -> Option<(Answers, Self)> {
        let [shared, answers, past @ ..] = request else {
            return None;
        };
        let answers = decode(content, answers).ok()?;
        let past = past
            .chunks_exact(2)
            // Numbered only to be listed: ids matter where histories merge, not here.
            .zip(0..)
            .filter_map(|(result, id)| {
                Some(PastResult {
                    on: Day::parse(&result[0])?,
                    id,
                    answers: decode(content, &result[1]).ok()?,
                })
            })
            .collect();
        let shared = shared == "shared";
        Some((answers, Self { shared, past }))
    }

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
