//! Conditions on earlier answers that decide whether a question is asked or a rule applies.

use crate::answers::Answers;
use crate::json::Json;
use crate::read::{from_object, At, FromJson};

/// Holds when the reader's answer to `question` includes any of the listed options.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Condition {
    pub question: String,
    pub any_of: Vec<String>,
}

from_object!(Condition {
    question: "question",
    any_of: "any_of",
});

impl Condition {
    pub fn holds(&self, answers: &Answers) -> bool {
        answers
            .get(&self.question)
            .is_some_and(|answer| self.any_of.iter().any(|option| answer.includes(option)))
    }
}

/// Whether every condition holds; an empty list always does.
pub fn all_hold(conditions: &[Condition], answers: &Answers) -> bool {
    conditions.iter().all(|condition| condition.holds(answers))
}

/// Conditions of which any one is enough, written as one condition or as a list of them: a
/// restriction holds for coeliac disease or for an allergy to cereals containing gluten.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AnyOf(pub Vec<Condition>);

impl AnyOf {
    pub fn holds(&self, answers: &Answers) -> bool {
        self.0.iter().any(|condition| condition.holds(answers))
    }

    pub fn iter(&self) -> impl Iterator<Item = &Condition> {
        self.0.iter()
    }
}

impl FromJson for AnyOf {
    fn read(at: At<'_>) -> Self {
        match at.json {
            Json::Array(_) => Self(Vec::read(at)),
            _ => Self(vec![Condition::read(at)]),
        }
    }
}
