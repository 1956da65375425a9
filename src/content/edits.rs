//! Editing a content file's texts (see [`super::texts`]): writing a text back into the tree,
//! what changed against the shipped file, what a translation still lacks, and each problem the
//! content checks find, placed at the field it belongs to.

use std::collections::HashMap;

use super::texts::{json_path, Group, Step, TextEntry};
use crate::json::{Json, Problem};

/// The text at `path`, if the tree holds one there.
pub fn text_at<'j>(json: &'j Json, path: &[Step]) -> Option<&'j str> {
    let mut at = json;
    for step in path {
        at = match (step, at) {
            (Step::Key(key), Json::Object(_)) => at.get(key)?,
            (Step::Index(index), Json::Array(items)) => items.get(*index)?,
            _ => return None,
        };
    }
    at.as_str()
}

/// Writes `text` at the entry's place, leaving every other value of the tree as it was, and
/// says whether it could. A link left empty is taken out of the file; a link not there yet is
/// added to its object, after the fields it has.
pub fn write_text(json: &mut Json, entry: &TextEntry, text: &str) -> bool {
    let Some((last, parents)) = entry.path.split_last() else {
        return false;
    };
    let mut at = json;
    for step in parents {
        at = match (step, at) {
            (Step::Key(key), Json::Object(fields)) => {
                match fields.iter_mut().rev().find(|(name, _)| name == key) {
                    Some((_, value)) => value,
                    None => return false,
                }
            }
            (Step::Index(index), Json::Array(items)) => match items.get_mut(*index) {
                Some(item) => item,
                None => return false,
            },
            _ => return false,
        };
    }
    match (last, at) {
        (Step::Key(key), Json::Object(fields)) => {
            let found = fields.iter().rposition(|(name, _)| name == key);
            match (found, entry.link && text.is_empty()) {
                (Some(found), true) => {
                    fields.remove(found);
                }
                (None, true) => {}
                (Some(found), false) => fields[found].1 = Json::String(text.to_owned()),
                (None, false) if entry.link => {
                    fields.push((key.clone(), Json::String(text.to_owned())));
                }
                (None, false) => return false,
            }
            true
        }
        (Step::Index(index), Json::Array(items)) => match items.get_mut(*index) {
            Some(item @ Json::String(_)) => {
                *item = Json::String(text.to_owned());
                true
            }
            _ => false,
        },
        _ => false,
    }
}

/// A text that differs from the shipped file's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Changed {
    pub key: String,
    pub label: String,
    pub group: Group,
    /// The shipped file's text; `None` where it has no such text.
    pub was: Option<String>,
    pub now: String,
}

/// "What I changed": every text of `entries` that is not the shipped file's (`shipped`, the
/// same language), in the order of the form.
pub fn changes(entries: &[TextEntry], shipped: &[TextEntry]) -> Vec<Changed> {
    // By key: the editor asks at every keystroke, over a thousand texts.
    let shipped = by_key(shipped);
    entries
        .iter()
        .filter_map(|entry| {
            let was = shipped.get(entry.key.as_str()).copied();
            let was_text = was.map_or("", |other| other.text.as_str());
            (was_text != entry.text).then(|| Changed {
                key: entry.key.clone(),
                label: entry.label.clone(),
                group: entry.group.clone(),
                was: was.map(|other| other.text.clone()),
                now: entry.text.clone(),
            })
        })
        .collect()
}

/// The entries by their keys.
fn by_key(entries: &[TextEntry]) -> HashMap<&str, &TextEntry> {
    entries
        .iter()
        .map(|entry| (entry.key.as_str(), entry))
        .collect()
}

/// Why a text of a translation still needs a translator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gap {
    /// Missing or empty.
    Missing,
    /// Word for word the source language's.
    Same,
}

/// A text a translation still lacks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Untranslated {
    pub key: String,
    pub label: String,
    pub group: Group,
    pub gap: Gap,
}

/// The texts of the source language (`source`) that the translation (`target`) has not
/// translated: missing, empty, or still the same words. Links are the blogger's own in any
/// language, and are not listed.
pub fn untranslated(target: &[TextEntry], source: &[TextEntry]) -> Vec<Untranslated> {
    let target = by_key(target);
    source
        .iter()
        .filter(|entry| !entry.link && !entry.text.trim().is_empty())
        .filter_map(|entry| {
            let translated = target.get(entry.key.as_str()).copied();
            let gap = match translated {
                None => Gap::Missing,
                Some(other) if other.text.trim().is_empty() => Gap::Missing,
                Some(other) if other.text == entry.text => Gap::Same,
                Some(_) => return None,
            };
            Some(Untranslated {
                key: entry.key.clone(),
                label: entry.label.clone(),
                group: entry.group.clone(),
                gap,
            })
        })
        .collect()
}

/// Where a problem the content checks found is shown in the editor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Placed {
    /// At the field of the entry with this index.
    Field(usize),
    /// At the head of a group: the problem is in what the group holds but no text of it (a
    /// food with no version for some reader).
    Group(Group),
    /// Above the form: the problem is in no text the editor shows.
    File,
}

/// Where each of `problems` belongs among `entries`: at the field whose JSON path it names,
/// else at the group of the texts nearest to it.
pub fn place_problems(entries: &[TextEntry], problems: &[Problem]) -> Vec<(Placed, Problem)> {
    let paths: Vec<String> = entries.iter().map(|entry| json_path(&entry.path)).collect();
    problems
        .iter()
        .map(|problem| {
            let placed = match paths.iter().position(|path| *path == problem.path) {
                Some(at) => Placed::Field(at),
                None => nearest_group(entries, &paths, &problem.path),
            };
            (placed, problem.clone())
        })
        .collect()
}

/// The group of the first text within the nearest part of the tree that holds `path`.
fn nearest_group(entries: &[TextEntry], paths: &[String], path: &str) -> Placed {
    let mut within = path;
    while within.len() > 1 {
        let holds = |other: &String| {
            other.len() > within.len()
                && other.starts_with(within)
                && matches!(other.as_bytes()[within.len()], b'.' | b'[')
        };
        // Within the whole file is no place at all.
        if let Some(at) = paths.iter().position(holds).filter(|_| within != "$") {
            // A part of a part: `$.foods` holds every food, which places nothing.
            let top = within.matches(['.', '[']).count() <= 1;
            return match top {
                true => Placed::File,
                false => Placed::Group(entries[at].group.clone()),
            };
        }
        within = match within.rfind(['.', '[']) {
            Some(cut) => &within[..cut],
            None => break,
        };
    }
    Placed::File
}
