//! Which questions are asked, given the answers so far, and how a choice changes an answer.

use crate::answers::{Answer, Answers};
use crate::conditions::all_hold;
use crate::content::{Content, Question, QuestionKind};

/// The most options of a multiple choice whose every combination the checks go through.
pub const FULLY_CHECKED_OPTIONS: usize = 6;

impl Content {
    /// The answers that count: those to questions that are asked, given the answers before them.
    ///
    /// An answer to a question that has since become hidden is kept in [`Answers`] (so going
    /// back restores it) but never reaches scores, suggestions or warning signs.
    pub fn effective_answers(&self, answers: &Answers) -> Answers {
        self.walk(answers).0
    }

    /// Indices of the questions asked, in order.
    pub fn asked_indices(&self, answers: &Answers) -> Vec<usize> {
        self.walk(answers).1
    }

    /// The questions asked, each with the reader's answer if there is one.
    pub fn asked<'c>(&'c self, answers: &Answers) -> Vec<(&'c Question, Option<Answer>)> {
        let (effective, asked) = self.walk(answers);
        asked
            .into_iter()
            .map(|index| {
                let question = &self.questions[index];
                (question, effective.get(&question.id).cloned())
            })
            .collect()
    }

    /// Whether every question asked has an answer and none of them stops the assessment.
    pub fn is_complete(&self, answers: &Answers) -> bool {
        self.asked(answers).iter().all(|(question, answer)| {
            answer
                .as_ref()
                .is_some_and(|a| question.accepts(a) && !question.stops(a))
        })
    }

    /// The fewest and the most questions a reader can be asked: those always asked, and all.
    pub fn question_count_range(&self) -> (usize, usize) {
        let always = self.questions.iter().filter(|q| q.show_if.is_empty());
        (always.count(), self.questions.len())
    }

    /// A past result's answers, with the answer each question asked since assumes where it
    /// has none (a result from before the food-allergy question read as "no food allergy").
    pub fn with_assumed(&self, mut answers: Answers) -> Answers {
        for question in &self.questions {
            if let (Some(assumed), None) = (&question.assumed, answers.get(&question.id)) {
                let answer = match question.kind {
                    QuestionKind::Single => Answer::One(assumed.clone()),
                    QuestionKind::Multi => Answer::Many(vec![assumed.clone()]),
                };
                answers.set(&question.id, answer);
            }
        }
        answers
    }

    /// The answers that count and the indices of the questions asked.
    fn walk(&self, answers: &Answers) -> (Answers, Vec<usize>) {
        let mut effective = Answers::new();
        let mut asked = Vec::new();
        for (index, question) in self.questions.iter().enumerate() {
            // Conditions only refer to earlier questions, so one pass in order settles them.
            if all_hold(&question.show_if, &effective) {
                asked.push(index);
                if let Some(answer) = answers.get(&question.id) {
                    effective.set(&question.id, answer.clone());
                }
            }
        }
        (effective, asked)
    }
}

impl Question {
    /// The answer after the reader picks `option`: a single choice replaces the answer; a
    /// multi-choice toggles it, and an exclusive option ("None of these") clears the others.
    pub fn choose(&self, current: Option<&Answer>, option: &str) -> Answer {
        match self.kind {
            QuestionKind::Single => Answer::One(option.to_owned()),
            QuestionKind::Multi => {
                let was_chosen = |id: &str| current.is_some_and(|a| a.includes(id));
                let picked_exclusive = self.option(option).is_some_and(|o| o.exclusive);
                // Built in the content's order, so the answer reads the same however it was ticked.
                let chosen = self
                    .options
                    .iter()
                    .filter(|o| {
                        if o.id == option {
                            !was_chosen(option)
                        } else {
                            !picked_exclusive && !o.exclusive && was_chosen(&o.id)
                        }
                    })
                    .map(|o| o.id.clone())
                    .collect();
                Answer::Many(chosen)
            }
        }
    }

    /// Whether the reader could have given this answer: options of this question, each once,
    /// and an exclusive option ("None of these") only on its own.
    pub fn accepts(&self, answer: &Answer) -> bool {
        let chosen = answer.chosen();
        let possible = chosen.iter().enumerate().all(|(at, id)| {
            self.option(id)
                .is_some_and(|option| !option.exclusive || chosen.len() == 1)
                && !chosen[..at].contains(id)
        });
        match (self.kind, answer) {
            (QuestionKind::Single, Answer::One(_)) => possible,
            (QuestionKind::Multi, Answer::Many(chosen)) => possible && !chosen.is_empty(),
            _ => false,
        }
    }

    /// The answer of this question's kind made of the chosen option ids, if the reader could
    /// have given it; for answers read back from storage or a share link.
    pub fn answer_from(&self, chosen: Vec<String>) -> Option<Answer> {
        let answer = match self.kind {
            QuestionKind::Single if chosen.len() == 1 => Answer::One(chosen.into_iter().next()?),
            QuestionKind::Single => return None,
            QuestionKind::Multi => Answer::Many(chosen),
        };
        self.accepts(&answer).then_some(answer)
    }

    /// The option id as this version names it: an id the option had before is read as the
    /// option's own.
    pub fn current_id<'a>(&'a self, id: &'a str) -> &'a str {
        match self.option(id) {
            Some(_) => id,
            None => (self.options.iter())
                .find(|option| option.was.iter().any(|old| old == id))
                .map_or(id, |option| &option.id),
        }
    }

    /// Every answer the reader could give: each option of a single choice, each combination
    /// of options the question accepts for a multiple choice.
    pub fn possible_answers(&self) -> Vec<Answer> {
        match self.kind {
            QuestionKind::Single => self
                .options
                .iter()
                .map(|option| Answer::One(option.id.clone()))
                .collect(),
            QuestionKind::Multi => (1u32..1 << self.options.len())
                .map(|mask| {
                    let chosen = self.options.iter().enumerate();
                    let chosen = chosen.filter(|(at, _)| mask & (1 << at) != 0);
                    Answer::Many(chosen.map(|(_, option)| option.id.clone()).collect())
                })
                .filter(|answer| self.accepts(answer))
                .collect(),
        }
    }

    /// The answers the content checks and the sweep go through: every answer the reader could
    /// give, except that a multiple choice of more than [`FULLY_CHECKED_OPTIONS`] options (the
    /// food allergies) is taken as "none of these", each option alone and each pair, its options
    /// acting on the advice each on its own; every combination would be millions of readers.
    pub fn checked_answers(&self) -> Vec<Answer> {
        let choices: Vec<&str> = (self.options.iter())
            .filter(|option| !option.exclusive)
            .map(|option| option.id.as_str())
            .collect();
        if self.kind == QuestionKind::Single || choices.len() <= FULLY_CHECKED_OPTIONS {
            return self.possible_answers();
        }
        let mut answers: Vec<Answer> = (self.options.iter())
            .filter(|option| option.exclusive)
            .map(|option| Answer::Many(vec![option.id.clone()]))
            .collect();
        for (at, first) in choices.iter().enumerate() {
            answers.push(Answer::Many(vec![(*first).to_owned()]));
            for second in &choices[at + 1..] {
                answers.push(Answer::Many(vec![
                    (*first).to_owned(),
                    (*second).to_owned(),
                ]));
            }
        }
        answers
    }

    /// Whether its answer scores for a reader with these answers that count: not when the
    /// reader is told to leave its foods out or keep them down (see `unscored_if`).
    pub fn scores_for(&self, answers: &Answers) -> bool {
        !self
            .unscored_if
            .iter()
            .any(|condition| condition.holds(answers))
    }

    /// Whether the answer ends the assessment (under 16).
    pub fn stops(&self, answer: &Answer) -> bool {
        answer
            .chosen()
            .iter()
            .any(|c| self.option(c).is_some_and(|o| o.stop))
    }
}
