//! Warning signs: answers that mean the reader should see a doctor, whatever the scores say.

use crate::answers::Answers;
use crate::content::Content;

/// The warning signs among the answers that count, in the content's order.
pub fn warning_signs<'c>(content: &'c Content, answers: &Answers) -> Vec<&'c str> {
    content
        .asked(answers)
        .into_iter()
        .filter_map(|(question, answer)| Some((question, answer?)))
        .flat_map(|(question, answer)| {
            answer
                .chosen()
                .iter()
                .filter_map(|id| question.option(id)?.warning.as_deref())
                .collect::<Vec<_>>()
        })
        .collect()
}
