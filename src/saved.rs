//! What the widget keeps on the device: the assessment in progress and past results, versioned.
//!
//! Stored under [`STORAGE_KEY`] as JSON, schema version 4:
//!
//! ```json
//! {"version": 4,
//!  "progress": {"step": "<question id>" | "intro" | "results",
//!               "answers": {"<question id>": ["<option id>", ...]}} | null,
//!  "history": [{"on": "YYYY-MM-DD", "id": <number>, "answers": {...}}, ...],
//!  "weeks": [<a week, as [`crate::week::StoredWeek`] writes it>, ...]}
//! ```
//!
//! A single choice is stored as a one-option list; history and weeks are newest first, and each
//! past result's id names it wherever it is copied, so copies of the widget merge their
//! histories. Older versions are read and migrated: version 3 was version 4 without weeks;
//! version 2 was version 3 without ids; version 1 was
//! `{"version": 1, "answers": {"<question id>": "<option id>" | [...]}, "step": <question
//! index>, "results": [{"date": "YYYY-MM-DD", "answers": {...}}]}`, oldest first.

use std::fmt;

use serde::de::{MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::answers::{Answer, Answers};
use crate::checksum::{fnv1a, FNV_OFFSET};
use crate::content::Content;
use crate::day::Day;
use crate::flow::{Flow, Screen};
use crate::interface::Ui;
use crate::json::{from_json, Json};
use crate::scoring::{focus_areas, score};
use crate::week::{StoredWeek, Tracker};

/// The one localStorage key the widget writes; "Delete my data" removes it.
pub const STORAGE_KEY: &str = "gut-skin-check";

/// The schema [`Saved::stored`] writes.
pub const SCHEMA_VERSION: u32 = 4;

/// How many past results are kept; older ones are let go.
pub const HISTORY_LIMIT: usize = 20;

/// Where the reader was in the assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Intro,
    /// On the question with this id.
    Question(String),
    Results,
}

impl Step {
    /// The step to save for a screen. The stop screen is saved as the question that stops
    /// (the age question), so a reader who comes back can change that answer.
    pub fn of(content: &Content, screen: Screen) -> Self {
        let question = match screen {
            Screen::Intro => None,
            Screen::Question(index) => content.questions.get(index),
            Screen::NotForYou => content
                .questions
                .iter()
                .find(|q| q.options.iter().any(|o| o.stop)),
            Screen::Results => return Self::Results,
        };
        question.map_or(Self::Intro, |q| Self::Question(q.id.clone()))
    }

    /// The screen to resume on. A question the answers now hide, or results the answers do
    /// not complete, resume at the first question asked that still needs an answer, or at the
    /// stop screen for a reader under 16.
    pub fn screen(&self, content: &Content, answers: &Answers) -> Screen {
        match self {
            Self::Intro => Screen::Intro,
            Self::Question(id) => match content.question_index(id) {
                Some(index) if content.asked_indices(answers).contains(&index) => {
                    Screen::Question(index)
                }
                _ => content.first_gap(answers),
            },
            Self::Results => content.first_gap(answers),
        }
    }

    fn stored(&self) -> &str {
        match self {
            Self::Intro => "intro",
            Self::Question(id) => id,
            Self::Results => "results",
        }
    }

    /// The step as stored; a question that no longer exists is `None`.
    fn read(content: &Content, stored: &str) -> Option<Self> {
        match stored {
            "intro" => Some(Self::Intro),
            "results" => Some(Self::Results),
            id => content.question(id).map(|q| Self::Question(q.id.clone())),
        }
    }
}

/// An assessment the reader has not finished, or whose results they were reading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedProgress {
    pub step: Step,
    pub answers: Answers,
}

impl SavedProgress {
    /// What to save of the assessment on screen.
    pub fn of(flow: &Flow) -> Self {
        Self {
            step: Step::of(flow.content(), flow.screen),
            answers: flow.answers.clone(),
        }
    }

    /// The assessment as the reader left it.
    pub fn resume<'c>(&self, content: &'c Content) -> Flow<'c> {
        let mut flow = Flow::new(content);
        flow.screen = self.step.screen(content, &self.answers);
        flow.answers = self.answers.clone();
        flow
    }
}

/// A finished assessment, kept to show what changed at the next one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastResult {
    pub on: Day,
    /// Names the result wherever it is copied, so copies of the widget that merge their
    /// histories neither lose nor double it.
    pub id: u32,
    pub answers: Answers,
}

impl PastResult {
    /// "focus on Fiber 73, Hydration 75 and Processed foods 75", or "no score stood out".
    pub fn focus_line(&self, content: &Content) -> String {
        let scores = score(content, &self.answers);
        let areas: Vec<String> = focus_areas(&scores)
            .iter()
            .map(|s| {
                let value = s.value.to_string();
                content.fill(
                    Ui::HistoryScore,
                    &[("name", &s.def.name), ("value", &value)],
                )
            })
            .collect();
        if areas.is_empty() {
            content.ui(Ui::HistoryNothing).to_owned()
        } else {
            let scores = content.join(&areas, Ui::And);
            content.fill(Ui::HistoryFocus, &[("scores", &scores)])
        }
    }
}

/// Everything the widget keeps on the device.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Saved {
    pub progress: Option<SavedProgress>,
    /// Newest first, at most [`HISTORY_LIMIT`].
    pub history: Vec<PastResult>,
    /// The weeks the reader ticked off after their results.
    pub tracker: Tracker,
}

impl Saved {
    /// Adds a finished assessment's answers that count to the front of the history, as a
    /// result named `id`, and says whether it did. Seeing the same results again the same day
    /// (a reload, say) adds nothing, and answers that are not a complete assessment are never
    /// recorded.
    pub fn record(&mut self, content: &Content, on: Day, id: u32, answers: &Answers) -> bool {
        if !content.is_complete(answers) {
            return false;
        }
        let answers = content.effective_answers(answers);
        if self
            .latest()
            .is_some_and(|latest| latest.on == on && latest.answers == answers)
        {
            return false;
        }
        self.history.insert(0, PastResult { on, id, answers });
        self.history.truncate(HISTORY_LIMIT);
        true
    }

    /// What storage should hold after this copy's changes. `stored` is what storage holds now,
    /// `base` what this copy last read or wrote there, and `self` what it has now. Results this
    /// copy added are kept, and so are those another copy added; a result removed since
    /// `base`, by this copy or another (a delete), stays removed, so a stale copy never brings
    /// back what was deleted. The assessment in progress is this copy's when it changed it,
    /// otherwise the stored one.
    pub fn merged(&self, base: &Saved, stored: &Saved) -> Saved {
        let has = |list: &[PastResult], id: u32| list.iter().any(|result| result.id == id);
        let added = self.history.iter().filter(|r| !has(&base.history, r.id));
        let removed_here = |r: &PastResult| has(&base.history, r.id) && !has(&self.history, r.id);
        let kept = stored.history.iter().filter(|r| !removed_here(r));
        let mut history: Vec<PastResult> = Vec::new();
        for result in added.chain(kept) {
            if !has(&history, result.id) {
                // Newest first; on the same day, this copy's results before those already kept.
                let at = history.partition_point(|earlier| earlier.on >= result.on);
                history.insert(at, result.clone());
            }
        }
        history.truncate(HISTORY_LIMIT);
        let progress = if self.progress == base.progress {
            stored.progress.clone()
        } else {
            self.progress.clone()
        };
        Saved {
            progress,
            history,
            tracker: self.tracker.merged(&base.tracker, &stored.tracker),
        }
    }

    /// Whether there is nothing worth keeping: no past result, and no assessment beyond the
    /// intro with no answer.
    pub fn holds_nothing(&self) -> bool {
        let untouched = self
            .progress
            .as_ref()
            .is_none_or(|p| p.step == Step::Intro && p.answers.iter().next().is_none());
        untouched && self.history.is_empty() && self.tracker.weeks.is_empty()
    }

    /// The most recent past result.
    pub fn latest(&self) -> Option<&PastResult> {
        self.history.first()
    }

    /// What to store, always in the current schema.
    pub fn stored(&self) -> StoredSaved {
        StoredSaved {
            version: SCHEMA_VERSION,
            progress: self.progress.as_ref().map(|progress| StoredProgress {
                step: progress.step.stored().to_owned(),
                answers: StoredAnswers::of(&progress.answers),
            }),
            history: self
                .history
                .iter()
                .map(|result| StoredResult {
                    on: result.on.to_iso(),
                    id: Some(result.id),
                    answers: StoredAnswers::of(&result.answers),
                })
                .collect(),
            weeks: self.tracker.stored(),
        }
    }

    /// The JSON to store, as serde_json writes it; the widget has the browser write it.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.stored()).unwrap_or_default()
    }
}

/// The stored data as written, schema version 4; [`load`] reads versions 1 to 4.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoredSaved {
    pub version: u32,
    pub progress: Option<StoredProgress>,
    pub history: Vec<StoredResult>,
    pub weeks: Vec<StoredWeek>,
}

/// The assessment in progress as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredProgress {
    /// A question's id, "intro" or "results".
    pub step: String,
    pub answers: StoredAnswers,
}

/// A past result as stored; versions before 3 had no id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredResult {
    pub on: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<u32>,
    pub answers: StoredAnswers,
}

/// A past result as version 1 stored it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
struct StoredResultV1 {
    date: String,
    answers: StoredAnswers,
}

/// Answers as stored: an object of each question's chosen option ids, as a list (version 1
/// also wrote a single choice as the id alone).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoredAnswers(pub Vec<(String, Vec<String>)>);

impl StoredAnswers {
    fn of(answers: &Answers) -> Self {
        let given = answers.iter().filter(|(_, answer)| !answer.is_empty());
        Self(
            given
                .map(|(question, answer)| (question.to_owned(), answer.chosen().to_vec()))
                .collect(),
        )
    }
}

impl Serialize for StoredAnswers {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(question, chosen)| (question, chosen)))
    }
}

impl<'de> Deserialize<'de> for StoredAnswers {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AnswersVisitor;

        impl<'de> Visitor<'de> for AnswersVisitor {
            type Value = StoredAnswers;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("answers by question id")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<StoredAnswers, A::Error> {
                let mut answers = Vec::new();
                while let Some((question, Chosen(chosen))) = map.next_entry()? {
                    answers.push((question, chosen));
                }
                Ok(StoredAnswers(answers))
            }
        }

        deserializer.deserialize_map(AnswersVisitor)
    }
}

/// One question's chosen options: a list, or (version 1) one id.
struct Chosen(Vec<String>);

impl<'de> Deserialize<'de> for Chosen {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ChosenVisitor;

        impl<'de> Visitor<'de> for ChosenVisitor {
            type Value = Chosen;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an option id or a list of them")
            }

            fn visit_str<E>(self, one: &str) -> Result<Chosen, E> {
                Ok(Chosen(vec![one.to_owned()]))
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Chosen, A::Error> {
                let mut chosen = Vec::new();
                while let Some(option) = seq.next_element()? {
                    chosen.push(option);
                }
                Ok(Chosen(chosen))
            }
        }

        deserializer.deserialize_any(ChosenVisitor)
    }
}

/// What was read back from the device, and what the reader should be told about it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Loaded {
    pub saved: Saved,
    pub problem: Option<SavedProblem>,
}

/// Why some or all of the stored data could not be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SavedProblem {
    /// Not JSON, or not an object: nothing is kept.
    Unreadable,
    /// A schema version this widget does not know (a newer one, or none): nothing is kept.
    UnknownVersion,
    /// Some entries name questions or options that no longer exist, or are incomplete or
    /// malformed: those were dropped and the rest kept.
    SomeDropped,
}

impl SavedProblem {
    /// The interface text that tells the reader what happened.
    pub fn message(&self) -> Ui {
        match self {
            Self::Unreadable => Ui::NoticeSavedUnreadable,
            Self::UnknownVersion => Ui::NoticeSavedOtherVersion,
            Self::SomeDropped => Ui::NoticeSavedSomeDropped,
        }
    }
}

/// What the device holds under the widget's key, as read. In the widget the browser parses the
/// text; on the host [`Stored::from_text`] does, with serde_json.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored {
    Nothing,
    /// Text that is not JSON.
    Unreadable,
    Json(Json),
}

impl Stored {
    /// What `text` holds: nothing when there is none or it is blank.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_text(text: Option<&str>) -> Self {
        match text.filter(|text| !text.trim_ascii().is_empty()) {
            None => Self::Nothing,
            Some(text) => crate::json::parse(text).map_or(Self::Unreadable, Self::Json),
        }
    }
}

/// Reads what was stored, keeping whatever is still valid for this content and migrating older
/// schemas; never panics.
pub fn load(content: &Content, stored: &Stored) -> Loaded {
    let fresh = |problem| Loaded {
        saved: Saved::default(),
        problem: Some(problem),
    };
    let root = match stored {
        Stored::Nothing => return Loaded::default(),
        Stored::Json(root @ Json::Object(_)) => root,
        Stored::Unreadable | Stored::Json(_) => return fresh(SavedProblem::Unreadable),
    };
    let mut dropped = false;
    let mut keep_valid = |read: Option<SavedProgress>| {
        dropped |= read.is_none();
        read
    };
    let (progress, results, schema) = match root.get("version") {
        Some(Json::Number(Some(version @ (2..=4)))) => {
            let progress = match root.get("progress") {
                None | Some(Json::Null) => None,
                Some(stored) => keep_valid(
                    from_json::<StoredProgress>(stored)
                        .ok()
                        .and_then(|stored| read_progress(content, &stored)),
                ),
            };
            let schema = if *version >= 3 {
                Schema::V3
            } else {
                Schema::V2
            };
            (progress, root.get("history"), schema)
        }
        Some(Json::Number(Some(1))) => {
            let progress = match (root.get("answers"), root.get("step")) {
                (None, None) => None,
                (answers, step) => keep_valid(read_v1_progress(
                    content,
                    answers.and_then(|answers| from_json(answers).ok()),
                    step,
                )),
            };
            (progress, root.get("results"), Schema::V1)
        }
        _ => return fresh(SavedProblem::UnknownVersion),
    };

    let mut history = Vec::new();
    match results {
        None | Some(Json::Null) => {}
        Some(Json::Array(entries)) => {
            for entry in entries {
                match read_result(content, entry, schema) {
                    Some(result) => history.push(result),
                    None => dropped = true,
                }
            }
        }
        Some(_) => dropped = true,
    }
    if schema == Schema::V1 {
        history.reverse();
    }
    history.truncate(HISTORY_LIMIT);
    let (tracker, weeks_dropped) = match root.get("version") {
        Some(Json::Number(Some(4))) => Tracker::read(root.get("weeks")),
        _ => (Tracker::default(), false),
    };
    dropped |= weeks_dropped;

    Loaded {
        saved: Saved {
            progress,
            history,
            tracker,
        },
        problem: dropped.then_some(SavedProblem::SomeDropped),
    }
}

fn read_progress(content: &Content, stored: &StoredProgress) -> Option<SavedProgress> {
    Some(SavedProgress {
        step: Step::read(content, &stored.step)?,
        answers: read_answers(content, &stored.answers)?,
    })
}

/// Version 1 kept the step as an index into the questions as they were then.
fn read_v1_progress(
    content: &Content,
    answers: Option<StoredAnswers>,
    step: Option<&Json>,
) -> Option<SavedProgress> {
    let Some(Json::Number(Some(step))) = step else {
        return None;
    };
    let id = V1_QUESTIONS.get(usize::try_from(*step).ok()?)?;
    let question = content.question(id)?;
    Some(SavedProgress {
        step: Step::Question(question.id.clone()),
        answers: read_answers(content, &answers?)?,
    })
}

/// The questions in the order version 1 numbered them; questions asked since then come
/// between them, so a version 1 step is read through this list, not the content's.
const V1_QUESTIONS: [&str; 30] = [
    "age",
    "diet",
    "intolerances",
    "circumstances",
    "skin_concerns",
    "skin_bother",
    "bloating",
    "abdominal_pain",
    "gas",
    "reflux",
    "loose_stools",
    "constipation",
    "bowel_change",
    "stool_form",
    "infections",
    "allergies",
    "antibiotics",
    "fermented",
    "prebiotic",
    "whole_grains",
    "fruit_veg",
    "plant_variety",
    "water",
    "processed",
    "warn_blood",
    "warn_weight_loss",
    "warn_night",
    "warn_after_50",
    "warn_swallowing",
    "warn_family",
];

/// The schemas [`load`] reads; they differ in how a past result is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Schema {
    /// Results dated under "date", oldest first, without ids.
    V1,
    /// Results dated under "on", newest first, without ids.
    V2,
    /// As version 2, each result with its id.
    V3,
}

/// A past result, which must still be a complete assessment. One from before results had ids
/// is named after its day and answers, so every copy that migrates it names it alike.
fn read_result(content: &Content, stored: &Json, schema: Schema) -> Option<PastResult> {
    let stored = match schema {
        Schema::V1 => {
            let v1: StoredResultV1 = from_json(stored).ok()?;
            StoredResult {
                on: v1.date,
                id: None,
                answers: v1.answers,
            }
        }
        Schema::V2 | Schema::V3 => from_json(stored).ok()?,
    };
    let on = Day::parse(&stored.on)?;
    let answers = content.with_assumed(read_answers(content, &stored.answers)?);
    let id = match (schema, stored.id) {
        (Schema::V3, Some(id)) => id,
        (Schema::V3, None) => return None,
        // Named after the answers as stored, before any is assumed or renamed, so that a copy
        // of an older version names the same result alike.
        (Schema::V1 | Schema::V2, _) => legacy_id(on, &as_stored(&stored.answers)),
    };
    content
        .is_complete(&answers)
        .then_some(PastResult { on, id, answers })
}

/// The answers stored, when the content accepts every one; one it would not makes the whole
/// set unusable.
fn read_answers(content: &Content, stored: &StoredAnswers) -> Option<Answers> {
    let mut answers = Answers::new();
    for (id, options) in &stored.0 {
        let question = content.question(id)?;
        // An untick that left nothing chosen is no answer, not a bad one.
        if options.is_empty() {
            continue;
        }
        let options = options.iter().map(|id| question.current_id(id).to_owned());
        answers.set(id, question.answer_from(options.collect())?);
    }
    Some(answers)
}

/// Stored answers exactly as written, checked against nothing.
fn as_stored(stored: &StoredAnswers) -> Answers {
    let mut answers = Answers::new();
    for (id, options) in stored.0.iter().filter(|(_, options)| !options.is_empty()) {
        answers.set(id, Answer::Many(options.clone()));
    }
    answers
}

/// The id of a result stored before results had ids: FNV-1a of its day and answers, written
/// exactly as version 3 wrote them then (`2025-10-03,"answers":{"q":["o"]}}`), so every copy,
/// old or new, names it alike.
fn legacy_id(on: Day, answers: &Answers) -> u32 {
    let mut text = on.to_iso();
    text.push_str(",\"answers\":{");
    let given = answers.iter().filter(|(_, answer)| !answer.is_empty());
    for (at, (question, answer)) in given.enumerate() {
        if at > 0 {
            text.push(',');
        }
        push_quoted(&mut text, question);
        text.push_str(":[");
        for (at, option) in answer.chosen().iter().enumerate() {
            if at > 0 {
                text.push(',');
            }
            push_quoted(&mut text, option);
        }
        text.push(']');
    }
    text.push_str("}}");
    fnv1a(FNV_OFFSET, text.as_bytes())
}

/// An id in quotes, escaped as JSON escapes it.
fn push_quoted(text: &mut String, id: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    text.push('"');
    for character in id.chars() {
        match character {
            '"' => text.push_str("\\\""),
            '\\' => text.push_str("\\\\"),
            control if control < ' ' => {
                text.push_str("\\u00");
                text.push(char::from(HEX[control as usize >> 4]));
                text.push(char::from(HEX[control as usize & 15]));
            }
            other => text.push(other),
        }
    }
    text.push('"');
}
