//! The reader's answers, keyed by question id.

/// What the reader chose for one question.
#[derive(Debug, Clone, PartialEq, Eq)]
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

/// All answers given so far, including ones to questions that are now hidden, in the order of
/// their question ids. A sorted list rather than a map: a few dozen entries need no tree, and
/// the widget is smaller without one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers(Vec<(String, Answer)>);

impl Answers {
    pub fn new() -> Self {
        Self::default()
    }

    fn position(&self, question: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(id, _)| id.as_str().cmp(question))
    }

    /// The answer to a question, if it has a non-empty one.
    pub fn get(&self, question: &str) -> Option<&Answer> {
        let at = self.position(question).ok()?;
        Some(&self.0[at].1).filter(|answer| !answer.is_empty())
    }

    pub fn set(&mut self, question: &str, answer: Answer) {
        match self.position(question) {
            Ok(at) => self.0[at].1 = answer,
            Err(at) => self.0.insert(at, (question.to_owned(), answer)),
        }
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
