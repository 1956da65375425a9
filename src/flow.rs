//! The reader's path through the assessment: intro, one question per step, stop screen, results.

use crate::answers::{Answer, Answers};
use crate::content::{Content, Question, QuestionKind, Section};
use crate::interface::Ui;

/// The screen the reader is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Intro,
    /// The question at this index of the content's questions.
    Question(usize),
    /// The reader said they are under 16.
    NotForYou,
    Results,
}

/// Something the reader does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Start,
    Choose {
        question: String,
        option: String,
    },
    Next,
    Back,
    /// From a question, when every question is answered: straight back to the results.
    ShowResults,
    EditAnswers,
    StartAgain,
}

/// Why the reader cannot go on from the current step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepProblem {
    Unanswered,
}

impl StepProblem {
    /// The interface text that says what to do.
    pub fn message(self) -> Ui {
        match self {
            Self::Unanswered => Ui::ChooseAnAnswer,
        }
    }
}

impl Content {
    /// Where an assessment with these answers has to go on: the first question asked that
    /// still needs an answer the reader could give, the stop screen when an answer stops it,
    /// or the results when nothing is missing.
    pub fn first_gap(&self, answers: &Answers) -> Screen {
        for index in self.asked_indices(answers) {
            let question = &self.questions[index];
            match answers.get(&question.id).filter(|a| question.accepts(a)) {
                None => return Screen::Question(index),
                Some(answer) if question.stops(answer) => return Screen::NotForYou,
                Some(_) => {}
            }
        }
        Screen::Results
    }
}

/// Where the reader is in the assessment.
#[derive(Debug, Clone, Copy)]
pub struct Progress<'c> {
    /// 1-based position among the questions asked.
    pub number: usize,
    pub total: usize,
    pub section: &'c Section,
    /// 1-based position of the section.
    pub section_number: usize,
    pub section_count: usize,
}

impl Progress<'_> {
    /// What a screen reader announces on each step: "Question 3 of 24".
    pub fn announcement(&self, content: &Content) -> String {
        content.fill(
            Ui::QuestionNumber,
            &[
                ("number", &self.number.to_string()),
                ("count", &self.total.to_string()),
            ],
        )
    }

    /// "Part 2 of 6: Your gut".
    pub fn part(&self, content: &Content) -> String {
        content.fill(
            Ui::Part,
            &[
                ("number", &self.section_number.to_string()),
                ("count", &self.section_count.to_string()),
                ("title", &self.section.title),
            ],
        )
    }
}

/// The state of one assessment: the screen and every answer given so far.
#[derive(Debug, Clone)]
pub struct Flow<'c> {
    content: &'c Content,
    pub screen: Screen,
    pub answers: Answers,
    pub problem: Option<StepProblem>,
    /// The options the last choice unticked besides its own ("None of these" clears the rest),
    /// so the reader can be told what changed out of sight.
    pub cleared: Vec<String>,
}

/// Two flows are the same assessment when they use the same content (by address, as the
/// content lives as long as the page) and agree on the screen, the answers and the problem.
impl PartialEq for Flow<'_> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.content, other.content)
            && self.screen == other.screen
            && self.answers == other.answers
            && self.problem == other.problem
            && self.cleared == other.cleared
    }
}

impl<'c> Flow<'c> {
    pub fn new(content: &'c Content) -> Self {
        Self {
            content,
            screen: Screen::Intro,
            answers: Answers::new(),
            problem: None,
            cleared: Vec::new(),
        }
    }

    pub fn content(&self) -> &'c Content {
        self.content
    }

    /// The state after the reader's action; actions that make no sense on the screen are ignored.
    pub fn apply(&self, action: Action) -> Self {
        let mut next = self.clone();
        next.problem = None;
        next.cleared.clear();
        match (self.screen, action) {
            (Screen::Intro, Action::Start) => next.screen = self.first_question(),
            (Screen::Question(index), Action::Choose { question, option }) => {
                let current = &self.content.questions[index];
                if current.id == question && current.option(&option).is_some() {
                    let before = self.answers.get(&question);
                    let answer = current.choose(before, &option);
                    // A radio's switch is heard as it happens; a checkbox unticked by another is not.
                    if current.kind == QuestionKind::Multi {
                        next.cleared = before
                            .map(Answer::chosen)
                            .unwrap_or_default()
                            .iter()
                            .filter(|id| **id != option && !answer.includes(id))
                            .cloned()
                            .collect();
                    }
                    next.answers.set(&question, answer);
                }
            }
            (Screen::Question(index), Action::Next) => {
                let question = &self.content.questions[index];
                next.screen = match self.answers.get(&question.id) {
                    None => {
                        next.problem = Some(StepProblem::Unanswered);
                        self.screen
                    }
                    Some(answer) if question.stops(answer) => Screen::NotForYou,
                    // After the last question, the results only if nothing earlier is missing.
                    Some(_) => self
                        .asked_after(index)
                        .map_or_else(|| self.content.first_gap(&self.answers), Screen::Question),
                };
            }
            (Screen::Question(index), Action::Back) => {
                next.screen = self
                    .asked_before(index)
                    .map_or(Screen::Intro, Screen::Question);
            }
            (Screen::Question(_), Action::ShowResults) if self.is_complete() => {
                next.screen = Screen::Results;
            }
            (Screen::NotForYou, Action::Back) => next.screen = self.first_question(),
            (Screen::Results, Action::Back) => {
                next.screen = self
                    .asked_before(self.content.questions.len())
                    .map_or(Screen::Intro, Screen::Question);
            }
            (Screen::Results, Action::EditAnswers) => next.screen = self.first_question(),
            (Screen::Results | Screen::NotForYou, Action::StartAgain) => {
                return Self::new(self.content)
            }
            _ => return next,
        }
        next
    }

    /// The question on screen, if the reader is on a question step.
    pub fn question(&self) -> Option<&'c Question> {
        match self.screen {
            Screen::Question(index) => self.content.questions.get(index),
            _ => None,
        }
    }

    /// Where the reader is, on a question step.
    pub fn progress(&self) -> Option<Progress<'c>> {
        let Screen::Question(index) = self.screen else {
            return None;
        };
        let asked = self.content.asked_indices(&self.answers);
        let question = &self.content.questions[index];
        let section_number = self
            .content
            .sections
            .iter()
            .position(|s| s.id == question.section)?;
        Some(Progress {
            number: asked.iter().position(|&i| i == index)? + 1,
            total: asked.len(),
            section: &self.content.sections[section_number],
            section_number: section_number + 1,
            section_count: self.content.sections.len(),
        })
    }

    /// Whether every question asked has an answer and none of them stops the assessment.
    pub fn is_complete(&self) -> bool {
        self.content.is_complete(&self.answers)
    }

    fn first_question(&self) -> Screen {
        self.asked_after_or_at(0)
            .map_or(Screen::Results, Screen::Question)
    }

    fn asked_after_or_at(&self, index: usize) -> Option<usize> {
        self.content
            .asked_indices(&self.answers)
            .into_iter()
            .find(|&i| i >= index)
    }

    fn asked_after(&self, index: usize) -> Option<usize> {
        self.asked_after_or_at(index + 1)
    }

    fn asked_before(&self, index: usize) -> Option<usize> {
        self.content
            .asked_indices(&self.answers)
            .into_iter()
            .rev()
            .find(|&i| i < index)
    }
}
