//! What the widget keeps on the device: the assessment in progress and past results, versioned.
//!
//! Stored under [`STORAGE_KEY`] as JSON, schema version 3:
//!
//! ```json
//! {"version": 3,
//!  "progress": {"step": "<question id>" | "intro" | "results",
//!               "answers": {"<question id>": ["<option id>", ...]}} | null,
//!  "history": [{"on": "YYYY-MM-DD", "id": <number>, "answers": {...}}, ...]}
//! ```
//!
//! A single choice is stored as a one-option list; history is newest first, and each past
//! result's id names it wherever it is copied, so copies of the widget merge their histories.
//! Older versions are read and migrated: version 2 was version 3 without ids; version 1 was
//! `{"version": 1, "answers": {"<question id>": "<option id>" | [...]}, "step": <question
//! index>, "results": [{"date": "YYYY-MM-DD", "answers": {...}}]}`, oldest first.

use crate::answers::Answers;
use crate::checksum::{fnv1a, FNV_OFFSET};
use crate::content::Content;
use crate::day::Day;
use crate::flow::{Flow, Screen};
use crate::json::{push_string, Json};
use crate::scoring::{focus_areas, score};
use crate::text::join_words;

/// The one localStorage key the widget writes; "Delete my data" removes it.
pub const STORAGE_KEY: &str = "gut-skin-check";

/// The schema [`Saved::to_json`] writes.
pub const SCHEMA_VERSION: u64 = 3;

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
            .map(|s| format!("{} {}", s.def.name, s.value))
            .collect();
        if areas.is_empty() {
            "no score stood out".to_owned()
        } else {
            format!("focus on {}", join_words(&areas, "and"))
        }
    }
}

/// Everything the widget keeps on the device.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Saved {
    pub progress: Option<SavedProgress>,
    /// Newest first, at most [`HISTORY_LIMIT`].
    pub history: Vec<PastResult>,
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
        Saved { progress, history }
    }

    /// The most recent past result.
    pub fn latest(&self) -> Option<&PastResult> {
        self.history.first()
    }

    /// The JSON to store, always in the current schema.
    pub fn to_json(&self) -> String {
        let mut json = String::from("{\"version\":");
        json.push_str(&SCHEMA_VERSION.to_string());
        json.push_str(",\"progress\":");
        match &self.progress {
            None => json.push_str("null"),
            Some(progress) => {
                json.push_str("{\"step\":");
                push_string(&mut json, progress.step.stored());
                push_answers(&mut json, &progress.answers);
            }
        }
        json.push_str(",\"history\":[");
        for (at, result) in self.history.iter().enumerate() {
            if at > 0 {
                json.push(',');
            }
            json.push_str("{\"on\":");
            push_string(&mut json, &result.on.to_iso());
            json.push_str(",\"id\":");
            json.push_str(&result.id.to_string());
            push_answers(&mut json, &result.answers);
        }
        json.push_str("]}");
        json
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
    /// What happened, in the reader's terms.
    pub fn message(&self) -> &'static str {
        match self {
            Self::Unreadable => "Your saved answers could not be read, so the check starts afresh.",
            Self::UnknownVersion => {
                "Your saved answers come from a different version of this check, so it starts afresh."
            }
            Self::SomeDropped => {
                "Some of your saved answers no longer fit the questions, so they were removed."
            }
        }
    }
}

/// What the device holds under the widget's key, as read. In the widget the browser parses the
/// text; on the host [`Stored::from_text`] does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored {
    Nothing,
    /// Text that is not JSON.
    Unreadable,
    Json(Json),
}

impl Stored {
    /// What `text` holds: nothing when there is none or it is blank.
    pub fn from_text(text: Option<&str>) -> Self {
        match text.filter(|text| !text.trim_ascii().is_empty()) {
            None => Self::Nothing,
            Some(text) => Json::parse(text).map_or(Self::Unreadable, Self::Json),
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
        Some(Json::Number(Some(version @ (2 | 3)))) => {
            let progress = match root.get("progress") {
                None | Some(Json::Null) => None,
                Some(stored) => keep_valid(read_progress(content, stored)),
            };
            let schema = if *version == 3 {
                Schema::V3
            } else {
                Schema::V2
            };
            (progress, root.get("history"), schema)
        }
        Some(Json::Number(Some(1))) => {
            let progress = match (root.get("answers"), root.get("step")) {
                (None, None) => None,
                (answers, step) => keep_valid(read_v1_progress(content, answers, step)),
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

    Loaded {
        saved: Saved { progress, history },
        problem: dropped.then_some(SavedProblem::SomeDropped),
    }
}

fn read_progress(content: &Content, stored: &Json) -> Option<SavedProgress> {
    Some(SavedProgress {
        step: Step::read(content, stored.get("step")?.as_str()?)?,
        answers: read_answers(content, stored.get("answers")?)?,
    })
}

/// Version 1 kept the step as an index into the questions.
fn read_v1_progress(
    content: &Content,
    answers: Option<&Json>,
    step: Option<&Json>,
) -> Option<SavedProgress> {
    let Some(Json::Number(Some(step))) = step else {
        return None;
    };
    let question = content.questions.get(usize::try_from(*step).ok()?)?;
    Some(SavedProgress {
        step: Step::Question(question.id.clone()),
        answers: read_answers(content, answers?)?,
    })
}

/// A past result, which must still be a complete assessment.
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
    let date_key = if schema == Schema::V1 { "date" } else { "on" };
    let on = Day::parse(stored.get(date_key)?.as_str()?)?;
    let answers = read_answers(content, stored.get("answers")?)?;
    let id = match schema {
        Schema::V3 => match stored.get("id")? {
            Json::Number(Some(id)) => u32::try_from(*id).ok()?,
            _ => return None,
        },
        Schema::V1 | Schema::V2 => {
            let mut text = on.to_iso();
            push_answers(&mut text, &answers);
            fnv1a(FNV_OFFSET, text.as_bytes())
        }
    };
    content
        .is_complete(&answers)
        .then_some(PastResult { on, id, answers })
}

/// Answers as stored: each question's option ids as a list, or (version 1) a single id.
/// One answer the content would not accept makes the whole set unusable.
fn read_answers(content: &Content, stored: &Json) -> Option<Answers> {
    let Json::Object(stored) = stored else {
        return None;
    };
    let mut answers = Answers::new();
    for (id, chosen) in stored {
        let question = content.question(id)?;
        let mut options = Vec::new();
        match chosen {
            Json::String(one) => options.push(one.clone()),
            Json::Array(many) => {
                for option in many {
                    options.push(option.as_str()?.to_owned());
                }
            }
            _ => return None,
        }
        // An untick that left nothing chosen is no answer, not a bad one.
        if options.is_empty() {
            continue;
        }
        answers.set(id, question.answer_from(options)?);
    }
    Some(answers)
}

/// Writes `,"answers":{...}}`, closing the object that holds them.
fn push_answers(json: &mut String, answers: &Answers) {
    json.push_str(",\"answers\":{");
    let given = answers.iter().filter(|(_, answer)| !answer.is_empty());
    for (at, (question, answer)) in given.enumerate() {
        if at > 0 {
            json.push(',');
        }
        push_string(json, question);
        json.push_str(":[");
        for (at, option) in answer.chosen().iter().enumerate() {
            if at > 0 {
                json.push(',');
            }
            push_string(json, option);
        }
        json.push(']');
    }
    json.push_str("}}");
}
