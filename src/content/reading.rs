//! Reading the content: each type from its JSON, and the ways in, checked or taken as checked.

use super::{
    AnswerOption, Content, ContentError, Direction, Effect, Evidence, Food, FoodList, Note, Plant,
    PlantGroup, PlantVersion, Question, QuestionKind, Restriction, Rule, ScoreDef, ScoreKind,
    Section, Target, Tip, Urgency, Variant, WordChange,
};
use crate::json::{Json, Problem};
use crate::read::{from_object, At, FromJson};

// How each type is read from the content file: the fields in the order declared, `default`
// where one may be left out.
from_object!(Content {
    version: "version",
    lang: "lang",
    dir: "dir" default,
    interface: "interface",
    word_changes: "word_changes" default,
    scores: "scores",
    sections: "sections",
    questions: "questions",
    // What only the results use may be left out of the part the widget reads first (see
    // `START_PARTS`); the checks still ask a whole file for them.
    lists: "lists" default,
    foods: "foods" default,
    tips: "tips" default,
    restrictions: "restrictions" default,
    rules: "rules" default,
    notes: "notes" default,
    evidence: "evidence" default,
    plants: "plants" default,
});
from_object!(PlantGroup {
    id: "id",
    name: "name",
    plants: "plants",
    link: "link" default,
});
from_object!(Plant {
    id: "id",
    name: "name",
    versions: "versions" default,
});
from_object!(PlantVersion {
    suits: "for",
    name: "name",
});
from_object!(WordChange {
    from: "from",
    to: "to"
});
from_object!(ScoreDef {
    id: "id",
    kind: "kind",
    name: "name",
    // Only the results say it, so the part the widget reads first leaves it out; the checks
    // ask a whole file for it.
    about: "about" default,
});
from_object!(Section {
    id: "id",
    title: "title"
});
from_object!(Question {
    id: "id",
    section: "section",
    kind: "kind",
    text: "text",
    hint: "hint" default,
    show_if: "show_if" default,
    summary_links: "summary_links" default,
    unscored_if: "unscored_if" default,
    assumed: "assumed" default,
    options: "options",
});
from_object!(AnswerOption {
    id: "id",
    label: "label",
    description: "description" default,
    weights: "weights" default,
    says: "says" default,
    short: "short" default,
    weak_link: "weak_link" default,
    stop: "stop" default,
    exclusive: "exclusive" default,
    warning: "warning" default,
    urgency: "urgency" default,
    sooner_if: "sooner_if" default,
    was: "was" default,
});
from_object!(FoodList {
    id: "id",
    name: "name",
    about: "about",
});
from_object!(Food {
    id: "id",
    list: "list",
    helps: "helps",
    reason_from: "reason_from",
    variants: "variants",
    link: "link" default,
});
from_object!(Variant {
    suits: "for" default,
    name: "name",
    examples: "examples",
    first_step: "first_step",
    why: "why" default,
    caution: "caution" default,
    weaker: "weaker" default,
    source: "source" default,
});
from_object!(Tip {
    id: "id",
    score: "score",
    name: "name",
    reason_from: "reason_from",
    first_step: "first_step",
});
from_object!(Restriction {
    id: "id",
    when: "when",
    source: "source",
    terms: "terms",
    allowed: "allowed" default,
});
from_object!(Rule {
    when: "when",
    target: "target",
    effect: "effect",
    source: "source",
});
from_object!(Note {
    when_any: "when_any",
    also_if: "also_if" default,
    text: "text",
    source: "source",
    with_skin: "with_skin" default,
});
from_object!(Evidence {
    text: "text",
    source: "source",
    list: "list" default,
});

impl FromJson for Direction {
    fn read(at: At<'_>) -> Self {
        [Self::Ltr, Self::Rtl][at.name(&["ltr", "rtl"])]
    }
}

impl FromJson for ScoreKind {
    fn read(at: At<'_>) -> Self {
        [Self::Mechanism, Self::Habit][at.name(&["mechanism", "habit"])]
    }
}

impl FromJson for Urgency {
    fn read(at: At<'_>) -> Self {
        [Self::Today, Self::Soon, Self::Gp][at.name(&["today", "soon", "gp"])]
    }
}

impl FromJson for QuestionKind {
    fn read(at: At<'_>) -> Self {
        [Self::Single, Self::Multi][at.name(&["single", "multi"])]
    }
}

impl FromJson for Target {
    fn read(at: At<'_>) -> Self {
        at.variant(&["foods", "list"], |index, value| match index {
            0 => Self::Foods(FromJson::read(value)),
            _ => Self::List(FromJson::read(value)),
        })
    }
}

impl FromJson for Effect {
    fn read(at: At<'_>) -> Self {
        at.variant(&["leave_out", "ask_first", "caution"], |index, value| {
            let text = FromJson::read(value);
            match index {
                0 => Self::LeaveOut(text),
                1 => Self::AskFirst(text),
                _ => Self::Caution(text),
            }
        })
    }
}

/// The parts of the content the widget asks the questions with ([`super::START_PARTS`]); the
/// others may be there (a blogger's own, whole file) and are left unread, so the code that reads
/// foods, rules and the rest stays out of the widget's first load. Its own struct rather than a
/// [`Content`] with the rest left empty: a content that fails to read is dropped, and dropping
/// this one needs no code for the foods, rules and plants the widget never holds.
#[derive(Default)]
struct ContentStart {
    version: u32,
    lang: String,
    dir: Direction,
    interface: crate::interface::Interface,
    word_changes: Vec<WordChange>,
    scores: Vec<ScoreDef>,
    sections: Vec<Section>,
    questions: Vec<Question>,
}

impl FromJson for ContentStart {
    fn read(at: At<'_>) -> Self {
        let object = at.object(&[
            "version",
            "lang",
            "dir",
            "interface",
            "word_changes",
            "scores",
            "sections",
            "questions",
            "lists",
            "foods",
            "tips",
            "restrictions",
            "rules",
            "notes",
            "evidence",
            "plants",
        ]);
        Self {
            version: object.field("version"),
            lang: object.field("lang"),
            dir: object.or_default("dir"),
            interface: object.field("interface"),
            word_changes: object.or_default("word_changes"),
            scores: object.field("scores"),
            sections: object.field("sections"),
            questions: object.field("questions"),
        }
    }
}

impl Content {
    /// Reads content from parsed JSON without checking what it says: for content the build or
    /// the checker already checked. The results module reads this way, so the checks' code
    /// stays out of it.
    pub fn read(json: &Json) -> Result<Self, ContentError> {
        crate::read::read(json).map_err(ContentError)
    }

    /// Reads only what the widget needs to ask the questions (see [`super::START_PARTS`]),
    /// unchecked as [`Content::read`] reads.
    pub fn read_start(json: &Json) -> Result<Self, ContentError> {
        let start: ContentStart = crate::read::read(json).map_err(ContentError)?;
        Ok(Content {
            version: start.version,
            lang: start.lang,
            dir: start.dir,
            interface: start.interface,
            word_changes: start.word_changes,
            scores: start.scores,
            sections: start.sections,
            questions: start.questions,
            ..Content::default()
        })
    }

    /// The content from `source`, which the browser parsed and the loader flattened (see
    /// [`crate::json::from_flat`]): read once per page, for every copy of the widget and the
    /// results module that uses that file, or why it cannot be. What it says was checked before
    /// it got here: by the build, for the files the widget ships with, or by the checker the
    /// loader runs on a blogger's own file.
    /// `read` is [`Content::read`] or [`Content::read_start`]; each binary names the one it
    /// needs, so the other's code is left out of it.
    pub fn from_flat_once(
        source: &str,
        shape: &[u32],
        numbers: &[f64],
        text: &str,
        read: fn(&Json) -> Result<Self, ContentError>,
    ) -> Result<&'static Self, ContentError> {
        thread_local! {
            /// Content read so far, by the address it came from; it lives as long as the page.
            static READ: std::cell::RefCell<Vec<(String, &'static Content)>> =
                const { std::cell::RefCell::new(Vec::new()) };
        }
        let known = READ.with(|read| {
            let read = read.borrow();
            read.iter()
                .find(|(from, _)| from == source)
                .map(|(_, content)| *content)
        });
        if let Some(content) = known {
            return Ok(content);
        }
        let Some(json) = crate::json::from_flat(shape, numbers, text) else {
            return Err(ContentError(vec![Problem::new(
                "$",
                "is not JSON the widget can read (nested too deeply?)",
            )]));
        };
        let content: &'static Self = Box::leak(Box::new(read(&json)?));
        READ.with(|read| read.borrow_mut().push((source.to_owned(), content)));
        Ok(content)
    }

    /// Reads content from parsed JSON and checks it: every reference resolves, every reader
    /// the questions allow is served in words that fit them, every interface text is there.
    pub fn from_json(json: &Json) -> Result<Self, ContentError> {
        let content = Self::read(json)?;
        let problems = content.problems();
        if problems.is_empty() {
            Ok(content)
        } else {
            Err(ContentError(problems))
        }
    }

    /// Parses and checks content file text, as the build and `check-content` do.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn parse(text: &str) -> Result<Self, ContentError> {
        let json = crate::json::parse(text).map_err(|problem| ContentError(vec![problem]))?;
        Self::from_json(&json)
    }
}
