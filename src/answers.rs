//! The reader's answers, keyed by question id.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// What the reader chose for one question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    One(String),
    Many(Vec<String>),
}

impl Answer {
    /// The chosen option ids.
    pub fn chosen(&self) -> &[String] {
        match self {
            Self::One(option) => std::slice::from_ref(option),
            Self::Many(options) => options,
        }
    }

    pub fn includes(&self, option: &str) -> bool {
        self.chosen().iter().any(|chosen| chosen == option)
    }

    /// A multi-choice answer with nothing ticked is no answer at all.
    pub fn is_empty(&self) -> bool {
        self.chosen().is_empty()
    }
}

/// All answers given so far, including ones to questions that are now hidden.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers(BTreeMap<String, Answer>);

impl Answers {
    pub fn new() -> Self {
        Self::default()
    }

    /// The answer to a question, if it has a non-empty one.
    pub fn get(&self, question: &str) -> Option<&Answer> {
        self.0.get(question).filter(|answer| !answer.is_empty())
    }

    pub fn set(&mut self, question: &str, answer: Answer) {
        self.0.insert(question.to_owned(), answer);
    }

    /// Builder form of [`Answers::set`] for a single choice.
    pub fn with(mut self, question: &str, option: &str) -> Self {
        self.set(question, Answer::One(option.to_owned()));
        self
    }

    /// Builder form of [`Answers::set`] for several choices.
    pub fn with_many(mut self, question: &str, options: &[&str]) -> Self {
        let options = options.iter().map(|option| (*option).to_owned()).collect();
        self.set(question, Answer::Many(options));
        self
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &Answer)> {
        self.0
            .iter()
            .map(|(question, answer)| (question.as_str(), answer))
    }
}
