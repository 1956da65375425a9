//! Checks on the words themselves, which `check-content`, the build and the editor all run: no
//! text a reader sees is empty, no text outside the questions tells the reader what they have,
//! and a blogger's link is an address the widget can show safely.

use super::Content;
use crate::json::Problem;
use crate::restrictions::contains_words;

/// The longest link a file may give: longer is no address a person typed.
const LONGEST_LINK: usize = 2000;

impl Content {
    /// Every empty text, every "you have" outside the questions, every link that is not
    /// `https:` or a path on the same site.
    pub(super) fn wording_problems(&self) -> Vec<Problem> {
        let mut texts = Texts::default();
        for (index, section) in self.sections.iter().enumerate() {
            texts.asked(format!("$.sections[{index}].title"), &section.title);
        }
        for (index, question) in self.questions.iter().enumerate() {
            let at = format!("$.questions[{index}]");
            texts.asked(format!("{at}.text"), &question.text);
            texts.optional_asked(format!("{at}.hint"), &question.hint);
            for (option_index, option) in question.options.iter().enumerate() {
                let at = format!("{at}.options[{option_index}]");
                texts.asked(format!("{at}.label"), &option.label);
                texts.optional_asked(format!("{at}.description"), &option.description);
                // What the results say of an answer is said to the reader, not asked.
                texts.optional(format!("{at}.says"), &option.says);
                texts.optional(format!("{at}.short"), &option.short);
                texts.optional(format!("{at}.warning"), &option.warning);
            }
        }
        for (index, score) in self.scores.iter().enumerate() {
            texts.said(format!("$.scores[{index}].name"), &score.name);
            // An empty `about` is reported by the reference checks.
            texts.said_unless_empty(format!("$.scores[{index}].about"), &score.about);
        }
        for (index, list) in self.lists.iter().enumerate() {
            texts.said(format!("$.lists[{index}].name"), &list.name);
            texts.said(format!("$.lists[{index}].about"), &list.about);
        }
        for (index, food) in self.foods.iter().enumerate() {
            if let Some(link) = &food.link {
                texts.link(format!("$.foods[{index}].link"), link);
            }
            for (variant_index, variant) in food.variants.iter().enumerate() {
                let at = format!("$.foods[{index}].variants[{variant_index}]");
                texts.said(format!("{at}.name"), &variant.name);
                for (example, text) in variant.examples.iter().enumerate() {
                    texts.said(format!("{at}.examples[{example}]"), text);
                }
                texts.said(format!("{at}.first_step"), &variant.first_step);
                texts.optional(format!("{at}.why"), &variant.why);
                texts.optional(format!("{at}.caution"), &variant.caution);
            }
        }
        for (index, tip) in self.tips.iter().enumerate() {
            texts.said(format!("$.tips[{index}].name"), &tip.name);
            texts.said(format!("$.tips[{index}].first_step"), &tip.first_step);
        }
        for (index, rule) in self.rules.iter().enumerate() {
            let (effect, text) = match &rule.effect {
                super::Effect::LeaveOut(text) => ("leave_out", text),
                super::Effect::AskFirst(text) => ("ask_first", text),
                super::Effect::Caution(text) => ("caution", text),
            };
            // An empty one is reported with the rule's own checks, which say what it is for.
            texts.said_unless_empty(format!("$.rules[{index}].effect.{effect}"), text);
        }
        for (index, note) in self.notes.iter().enumerate() {
            texts.said(format!("$.notes[{index}].text"), &note.text);
        }
        for (index, evidence) in self.evidence.iter().enumerate() {
            texts.said(format!("$.evidence[{index}].text"), &evidence.text);
            texts.said(format!("$.evidence[{index}].source"), &evidence.source);
        }
        for (index, group) in self.plants.iter().enumerate() {
            if let Some(link) = &group.link {
                texts.link(format!("$.plants[{index}].link"), link);
            }
            // Empty plant names are reported with the plants' own checks.
            for (plant_index, plant) in group.plants.iter().enumerate() {
                for (version, written) in plant.versions.iter().enumerate() {
                    let at = format!("$.plants[{index}].plants[{plant_index}].versions[{version}]");
                    texts.said(format!("{at}.name"), &written.name);
                }
            }
        }
        for key in crate::interface::Ui::ALL {
            let mut path = "$.interface".to_owned();
            crate::json::push_key(&mut path, key.key());
            // An empty or missing one is reported by the interface's own checks.
            texts.said_unless_empty(path, self.ui(*key));
        }
        let phrase = match self.lang.split('-').next() {
            Some("en") => Some("you have"),
            Some("es") => Some("tienes"),
            _ => None,
        };
        let mut problems = texts.empty;
        if let Some(phrase) = phrase {
            for (path, text) in texts.said {
                if contains_words(&text, phrase) {
                    problems.push(Problem::new(
                        path,
                        format!("says “{phrase}”: the check never tells a reader what they have; say what they told us (“you said …”) or what may help"),
                    ));
                }
            }
        }
        problems.extend(texts.links);
        problems
    }
}

/// The texts found so far, sorted by what is checked of them.
#[derive(Default)]
struct Texts {
    /// Texts said to the reader rather than asked, checked for "you have".
    said: Vec<(String, String)>,
    empty: Vec<Problem>,
    links: Vec<Problem>,
}

impl Texts {
    fn asked(&mut self, path: String, text: &str) {
        if text.trim().is_empty() {
            self.empty.push(Problem::new(path, EMPTY));
        }
    }

    fn optional_asked(&mut self, path: String, text: &Option<String>) {
        if let Some(text) = text {
            self.asked(path, text);
        }
    }

    fn said(&mut self, path: String, text: &str) {
        self.asked(path.clone(), text);
        self.said.push((path, text.to_owned()));
    }

    fn said_unless_empty(&mut self, path: String, text: &str) {
        self.said.push((path, text.to_owned()));
    }

    fn optional(&mut self, path: String, text: &Option<String>) {
        if let Some(text) = text {
            self.said(path, text);
        }
    }

    fn link(&mut self, path: String, link: &str) {
        if let Some(problem) = link_problem(link) {
            self.links.push(Problem::new(path, problem));
        }
    }
}

const EMPTY: &str = "is empty: a reader would see nothing here";

/// Why a blogger's link cannot be shown, if it cannot: a link is an address that starts with
/// `https://` and names a site, or a path on the same site that starts with `/`. Anything else
/// (`javascript:`, `data:`, `http:`, `//elsewhere`) is refused, as are spaces, quotes and angle
/// brackets, which no address needs.
pub fn link_problem(link: &str) -> Option<String> {
    let lower = link.to_ascii_lowercase();
    let https = lower
        .strip_prefix("https://")
        .is_some_and(|rest| rest.starts_with(|c: char| c != '/' && c != '\\'));
    let path = link.starts_with('/') && !link.starts_with("//") && !link.starts_with("/\\");
    let odd = link.chars().find(|c| {
        c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`')
    });
    if link.is_empty() {
        Some("is empty: leave the field out for no link".to_owned())
    } else if !https && !path {
        Some(format!(
            "`{}` is not a link the widget shows: give an address that starts with https:// or a path on this site that starts with /",
            shortened(link)
        ))
    } else if let Some(odd) = odd {
        Some(format!(
            "has `{}` in it, which no address needs",
            odd.escape_default()
        ))
    } else if link.chars().count() > LONGEST_LINK {
        Some(format!("is longer than {LONGEST_LINK} characters"))
    } else {
        None
    }
}

/// A link, cut short for a message.
fn shortened(link: &str) -> String {
    match link.char_indices().nth(60) {
        Some((cut, _)) => format!("{}…", &link[..cut]),
        None => link.to_owned(),
    }
}
