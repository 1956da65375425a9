//! Where the content editor's live preview opens the widget: the stored record of a made-up
//! reader who is where an edited text is seen (on a question, on the results of a reader shown
//! one version of a food, on the week). The preview gives the widget this record in a storage
//! of its own, so it never touches a real reader's.

use crate::answers::{Answer, Answers};
use crate::conditions::Condition;
use crate::content::texts::Seen;
use crate::content::{AnswerOption, Content, QuestionKind};
use crate::day::Day;
use crate::saved::{PastResult, Saved, SavedProgress, Step};
use crate::session::RETAKE_AFTER_DAYS;
use crate::week::Week;

/// What the widget should find stored to open where `seen` is: nothing for the intro; `None`
/// when no reader the content allows is shown it (a version of a food every reader it is
/// written for is shown another).
pub fn record_for(content: &Content, seen: &Seen, today: Day) -> Option<Saved> {
    let on_results = |answers: Answers| Saved {
        progress: Some(SavedProgress {
            step: Step::Results,
            answers,
        }),
        ..Saved::default()
    };
    Some(match seen {
        Seen::Intro => Saved::default(),
        Seen::Question(id) => {
            let question = match id.is_empty() {
                true => content.questions.first()?,
                false => content.question(id)?,
            };
            let mut answers = Answers::new();
            for condition in &question.show_if {
                satisfy(content, &mut answers, condition);
            }
            let answers = complete_before(content, answers, &question.id);
            Saved {
                progress: Some(SavedProgress {
                    step: Step::Question(question.id.clone()),
                    answers,
                }),
                ..Saved::default()
            }
        }
        Seen::NotForYou => {
            let (question, option) = (content.questions.iter())
                .find_map(|q| q.options.iter().find(|o| o.stop).map(|o| (q, o)))?;
            let answers = Answers::new().with(&question.id, &option.id);
            on_results(answers)
        }
        Seen::Results => on_results(complete(content, Answers::new())),
        Seen::Answer { question, option } => {
            let condition = Condition {
                question: question.clone(),
                any_of: vec![option.clone()],
            };
            let mut answers = Answers::new();
            satisfy(content, &mut answers, &condition);
            on_results(complete(content, answers))
        }
        Seen::Doctor => {
            let (question, option) = (content.questions.iter()).find_map(|q| {
                q.options
                    .iter()
                    .find(|o| o.warning.is_some())
                    .map(|o| (q, o))
            })?;
            let condition = Condition {
                question: question.id.clone(),
                any_of: vec![option.id.clone()],
            };
            let mut answers = Answers::new();
            satisfy(content, &mut answers, &condition);
            on_results(complete(content, answers))
        }
        Seen::Variant { food, suits } => on_results(reader_shown(content, food, suits)?),
        Seen::Rule(index) => {
            let rule = content.rules.get(*index)?;
            let answers = reader_with(content, &rule.when, |answers| {
                let reader = content.reader(answers);
                rule.applies(&reader)
            })?;
            on_results(answers)
        }
        Seen::Note(index) => {
            let note = content.notes.get(*index)?;
            let mut answers = Answers::new();
            for condition in note.when_any.iter().take(1).chain(&note.also_if) {
                satisfy(content, &mut answers, condition);
            }
            on_results(complete(content, answers))
        }
        Seen::Week => {
            let answers = complete(content, Answers::new());
            let mut saved = on_results(answers.clone());
            saved.history.push(PastResult {
                on: today,
                id: 1,
                answers: content.effective_answers(&answers),
            });
            saved.tracker.weeks.push(Week::new(today));
            saved
        }
        Seen::WelcomeBack => {
            let answers = complete(content, Answers::new());
            let mut saved = on_results(answers.clone());
            saved.history.push(PastResult {
                on: today.plus(-RETAKE_AFTER_DAYS)?,
                id: 1,
                answers: content.effective_answers(&answers),
            });
            saved
        }
    })
}

/// Complete answers of a reader shown the version of `food` written `for` exactly `suits`, to
/// whom no rule leaves the food out.
fn reader_shown(content: &Content, food: &str, suits: &[String]) -> Option<Answers> {
    let food = content.food(food)?;
    let variant = food
        .variants
        .iter()
        .find(|variant| variant.suits == suits)?;
    reader_with(content, suits, |answers| {
        let reader = content.reader(answers);
        let shown = food
            .variant_for(&reader)
            .is_some_and(|shown| std::ptr::eq(shown, variant));
        let left_out =
            (content.rules_for(&reader).iter()).any(|rule| rule.leaves_out(food).is_some());
        shown && !left_out
    })
}

/// Complete answers of a reader who has every restriction in `ids` and for whom `fits` holds:
/// first the plain way, each restriction's first condition answered; failing that, the first
/// of every set of answers the content checks go through that fits.
fn reader_with(
    content: &Content,
    ids: &[String],
    fits: impl Fn(&Answers) -> bool,
) -> Option<Answers> {
    let mut answers = Answers::new();
    for id in ids {
        let first = content.restriction(id).and_then(|r| r.when.iter().next());
        if let Some(condition) = first {
            satisfy(content, &mut answers, condition);
        }
    }
    let answers = complete(content, answers);
    if fits(&answers) {
        return Some(answers);
    }
    (content.restriction_answers().into_iter())
        .map(|answers| complete(content, answers))
        .find(|answers| {
            let reader = content.reader(answers);
            ids.iter().all(|id| reader.contains(&id.as_str())) && fits(answers)
        })
}

/// Makes `condition` hold: the question gets the condition's first option (added to a multiple
/// choice's, unless it already holds), and the question is made to be asked.
fn satisfy(content: &Content, answers: &mut Answers, condition: &Condition) {
    if condition.holds(answers) {
        return;
    }
    let (Some(question), Some(option)) = (
        content.question(&condition.question),
        condition.any_of.first(),
    ) else {
        return;
    };
    let answer = match (question.kind, answers.get(&question.id)) {
        (QuestionKind::Multi, Some(Answer::Many(chosen))) => {
            let exclusive = |id: &String| question.option(id).is_some_and(|o| o.exclusive);
            let mut chosen: Vec<String> =
                chosen.iter().filter(|id| !exclusive(id)).cloned().collect();
            if !question.option(option).is_some_and(|o| o.exclusive) {
                chosen.push(option.clone());
            } else {
                chosen = vec![option.clone()];
            }
            Answer::Many(chosen)
        }
        (QuestionKind::Multi, _) => Answer::Many(vec![option.clone()]),
        (QuestionKind::Single, _) => Answer::One(option.clone()),
    };
    answers.set(&question.id, answer);
    for earlier in &question.show_if {
        satisfy(content, answers, earlier);
    }
}

/// `answers` with every question asked and unanswered given its plainest answer: not one that
/// stops the check or is a warning sign; "none of these" for a multiple choice that has it.
fn complete(content: &Content, answers: Answers) -> Answers {
    complete_before(content, answers, "")
}

/// As [`complete`], answering only the questions asked before the one with id `until` (all of
/// them when none has it).
fn complete_before(content: &Content, mut answers: Answers, until: &str) -> Answers {
    // Each round answers what is asked; an answer can make a later question asked.
    for _ in 0..=content.questions.len() {
        let mut changed = false;
        for index in content.asked_indices(&answers) {
            let question = &content.questions[index];
            if question.id == until {
                break;
            }
            if answers.get(&question.id).is_some() {
                continue;
            }
            let plain = |option: &&AnswerOption| !option.stop && option.warning.is_none();
            let answer = match question.kind {
                QuestionKind::Single => question
                    .options
                    .iter()
                    .find(plain)
                    .map(|o| Answer::One(o.id.clone())),
                QuestionKind::Multi => (question.options.iter().find(|o| o.exclusive))
                    .or_else(|| question.options.iter().find(plain))
                    .map(|o| Answer::Many(vec![o.id.clone()])),
            };
            if let Some(answer) = answer {
                answers.set(&question.id, answer);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    answers
}
