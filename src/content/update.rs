//! Bringing a blogger's file up to date when a new version of the widget ships new or changed
//! texts. The new shipped file is the base: its questions, ids, weights, rules and word lists
//! are what the new widget reads. Every text of the blogger's that the new file still has is
//! kept, their links too; texts only the new file has are added; and what happened is listed,
//! so nothing changes unseen.

use std::collections::{HashMap, HashSet};

use super::edits::write_text;
use super::texts::{text_entries, TextEntry};
use crate::json::Json;

/// The blogger's file brought up to date, and what that did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Update {
    /// The file as the new version reads it, in the blogger's words.
    pub json: Json,
    /// Texts only the new shipped file has, added in its words.
    pub added: Vec<TextEntry>,
    /// The blogger's own wording kept where the new shipped file says something else, with
    /// what it says, so they can take it instead.
    pub kept: Vec<Kept>,
    /// Texts the blogger never changed that the new version words differently: they take the
    /// new wording. Known only when the shipped file the blogger started from is given.
    pub reworded: Vec<TextEntry>,
    /// The blogger's texts the new version no longer has.
    pub dropped: Vec<TextEntry>,
}

impl Update {
    /// Whether bringing the file up to date changed or found anything worth telling.
    pub fn is_news(&self) -> bool {
        !(self.added.is_empty()
            && self.kept.is_empty()
            && self.reworded.is_empty()
            && self.dropped.is_empty())
    }
}

/// A text the blogger wrote that the new shipped file words otherwise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kept {
    pub entry: TextEntry,
    /// The new shipped file's wording.
    pub shipped: String,
}

/// `yours` brought up to date with `shipped`, the file the new version ships for the same
/// language (or, for a language it does not ship, its English file). `started_from` is the
/// shipped file `yours` was made from, when it is known (a draft keeps it): a text the blogger
/// never changed then takes the new wording; without it, every text that differs is the
/// blogger's own and is kept.
pub fn bring_up_to_date(yours: &Json, shipped: &Json, started_from: Option<&Json>) -> Update {
    let mut json = shipped.clone();
    let same_language = yours.get("lang") == shipped.get("lang");
    if !same_language {
        keep_language(&mut json, yours);
    }
    let new_texts = text_entries(shipped);
    let your_texts = text_entries(yours);
    let old_texts = started_from.map(text_entries).unwrap_or_default();
    let yours_by_key: HashMap<&str, &TextEntry> = your_texts
        .iter()
        .map(|mine| (mine.key.as_str(), mine))
        .collect();
    let old_by_key: HashMap<&str, &TextEntry> = old_texts
        .iter()
        .map(|old| (old.key.as_str(), old))
        .collect();
    let mut update = Update {
        json: Json::Null,
        added: Vec::new(),
        kept: Vec::new(),
        reworded: Vec::new(),
        dropped: Vec::new(),
    };
    for entry in &new_texts {
        let Some(&mine) = yours_by_key.get(entry.key.as_str()) else {
            if !entry.text.is_empty() {
                update.added.push(entry.clone());
            }
            continue;
        };
        if mine.text == entry.text {
            continue;
        }
        let old = old_by_key.get(entry.key.as_str()).copied();
        let untouched = old.is_some_and(|old| old.text == mine.text) && !mine.link;
        if untouched && same_language {
            update.reworded.push(entry.clone());
            continue;
        }
        write_text(&mut json, entry, &mine.text);
        if same_language && !mine.link {
            update.kept.push(Kept {
                entry: mine.clone(),
                shipped: entry.text.clone(),
            });
        }
    }
    let new_keys: HashSet<&str> = new_texts.iter().map(|entry| entry.key.as_str()).collect();
    for mine in &your_texts {
        let still = new_keys.contains(mine.key.as_str());
        if !still && !mine.text.is_empty() {
            update.dropped.push(mine.clone());
        }
    }
    update.json = json;
    update
}

/// What makes a translation a translation besides its texts: its language, its direction,
/// the words that change where a list is joined, and the words the checks look for in it,
/// restriction by restriction.
fn keep_language(json: &mut Json, yours: &Json) {
    let Json::Object(fields) = json else { return };
    for part in ["lang", "dir", "word_changes"] {
        if let Some(value) = yours.get(part) {
            match fields.iter_mut().find(|(name, _)| name == part) {
                Some((_, mine)) => *mine = value.clone(),
                None => fields.push((part.to_owned(), value.clone())),
            }
        }
    }
    let Some((_, Json::Array(restrictions))) =
        fields.iter_mut().find(|(name, _)| name == "restrictions")
    else {
        return;
    };
    let theirs = match yours.get("restrictions") {
        Some(Json::Array(theirs)) => theirs.as_slice(),
        _ => &[],
    };
    for restriction in restrictions {
        let id = restriction
            .get("id")
            .and_then(Json::as_str)
            .map(str::to_owned);
        let Some(translated) = theirs
            .iter()
            .find(|other| other.get("id").and_then(Json::as_str) == id.as_deref())
        else {
            continue;
        };
        let Json::Object(fields) = restriction else {
            continue;
        };
        for list in ["terms", "allowed"] {
            fields.retain(|(name, _)| name != list);
            if let Some(words) = translated.get(list) {
                fields.push((list.to_owned(), words.clone()));
            }
        }
    }
}
