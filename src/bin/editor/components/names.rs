//! What the editor calls things: languages, the groups of the form, and where the preview shows
//! a text. The editor speaks English; the texts it edits are the content file's.

use gut_skin_check::content::texts::{Group, Seen, TextEntry};

use crate::state::Draft;

/// A language's name, for the languages the widget ships; another language goes by its tag.
pub fn language_name(tag: &str) -> String {
    match tag {
        "en" => "English".to_owned(),
        "es" => "Spanish".to_owned(),
        other => format!("“{other}”"),
    }
}

/// The title of a group in the form: "Question 3: How often…", "Food: Kimchi".
pub fn group_title(draft: &Draft, group: &Group) -> String {
    let text = |key: &str| {
        (draft.entries.iter())
            .find(|entry| entry.key == key)
            .map(|entry| shortened(&entry.text, 70))
            .unwrap_or_default()
    };
    match group {
        Group::Intro => "The intro".to_owned(),
        Group::Question(id) => {
            let number = (draft.entries.iter())
                .filter(|entry| {
                    entry.key.ends_with("].text") && entry.key.starts_with("questions[")
                })
                .position(|entry| entry.key == format!("questions[id={id}].text"))
                .map_or(0, |at| at + 1);
            format!(
                "Question {number}: {}",
                text(&format!("questions[id={id}].text"))
            )
        }
        Group::Results => {
            "The results: scores, notes, research and the results' own words".to_owned()
        }
        Group::FoodLists => "The three food lists".to_owned(),
        Group::Food(id) => {
            let usual = (draft.entries.iter())
                .find(|entry| {
                    entry.key.starts_with(&format!("foods[id={id}].variants["))
                        && entry.key.ends_with("].name")
                })
                .map_or_else(|| id.clone(), |entry| entry.text.clone());
            format!("Food: {usual}")
        }
        Group::Plants => "The plants to count in the week".to_owned(),
        Group::Week => "The week, the reminder and the welcome back".to_owned(),
        Group::Interface => {
            "Other words of the check (buttons, messages, the words around each question)"
                .to_owned()
        }
    }
}

/// Where the preview shows `entry`.
pub fn where_seen(entry: &TextEntry) -> String {
    let prefix = entry.label.split(':').next().unwrap_or_default();
    match &entry.seen {
        Seen::Intro => "The intro, where every reader starts.".to_owned(),
        Seen::Question(id) if id.is_empty() => {
            "The first question, with the words every question has.".to_owned()
        }
        Seen::Question(_) => "The question, as a reader reaches it.".to_owned(),
        Seen::NotForYou => "The screen for readers under 16.".to_owned(),
        Seen::Results => "The results of a reader with no answer in particular.".to_owned(),
        Seen::Answer { .. } => "The results of a reader who chose this answer.".to_owned(),
        Seen::Doctor => "The results of a reader who answered yes to a warning sign.".to_owned(),
        Seen::Variant { suits, .. } if suits.is_empty() => {
            "The results of a reader shown the usual version of this food.".to_owned()
        }
        Seen::Variant { .. } => format!("The results of a reader shown this food's “{prefix}”."),
        Seen::Rule(_) => "The results of a reader this is said to.".to_owned(),
        Seen::Note(_) => "The results of a reader this note is for.".to_owned(),
        Seen::Week => "The week after the results.".to_owned(),
        Seen::WelcomeBack => "A reader back four weeks after their last results.".to_owned(),
    }
}

/// `text` cut to about `most` characters, at a word.
pub fn shortened(text: &str, most: usize) -> String {
    if text.chars().count() <= most {
        return text.to_owned();
    }
    let cut: String = text.chars().take(most).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(kept, _)| kept);
    format!("{cut}…")
}
