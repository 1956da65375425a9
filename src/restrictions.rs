//! What a reader told us that limits what they eat: their restrictions, the version of each food
//! written for them, the rules that leave a food out or put it behind a caution, and the words
//! that advice to them must never use.

use crate::answers::Answers;
use crate::content::{Content, Effect, Food, Restriction, Rule, Target};

/// The ids of the restrictions that hold for a reader, in the content's order.
pub type Reader<'c> = Vec<&'c str>;

impl Content {
    /// The restrictions the answers that count give the reader.
    pub fn reader(&self, answers: &Answers) -> Reader<'_> {
        let answers = self.effective_answers(answers);
        self.restrictions
            .iter()
            .filter(|restriction| restriction.when.holds(&answers))
            .map(|restriction| restriction.id.as_str())
            .collect()
    }

    /// The rules that apply to the reader, in the content's order.
    pub fn rules_for(&self, reader: &[&str]) -> Vec<&Rule> {
        self.rules
            .iter()
            .filter(|rule| rule.applies(reader))
            .collect()
    }

    pub fn restriction(&self, id: &str) -> Option<&Restriction> {
        self.restrictions
            .iter()
            .find(|restriction| restriction.id == id)
    }
}

impl Food {
    /// The version of the food written for the reader: of the variants that respect every
    /// restriction of theirs that any variant speaks to, the one that respects the fewest, so
    /// the text is no stricter than it needs to be. `None` when no variant covers the reader;
    /// the content check makes sure that never happens to a food that is not left out.
    pub fn variant_for(&self, reader: &[&str]) -> Option<&crate::content::Variant> {
        let speaks_to = |id: &str| {
            self.variants
                .iter()
                .any(|v| v.suits.iter().any(|s| s == id))
        };
        let relevant: Vec<&str> = reader.iter().copied().filter(|id| speaks_to(id)).collect();
        self.variants
            .iter()
            .filter(|variant| {
                relevant
                    .iter()
                    .all(|id| variant.suits.iter().any(|s| s == id))
            })
            .min_by_key(|variant| variant.suits.len())
    }
}

impl Rule {
    /// Whether the reader has every restriction the rule names.
    pub fn applies(&self, reader: &[&str]) -> bool {
        !self.when.is_empty() && self.when.iter().all(|id| reader.contains(&id.as_str()))
    }

    pub fn targets(&self, food: &Food) -> bool {
        match &self.target {
            Target::Foods(ids) => ids.contains(&food.id),
            Target::List(list) => *list == food.list,
        }
    }

    /// Why the food is left out, when this rule leaves it out.
    pub fn leaves_out(&self, food: &Food) -> Option<&str> {
        match &self.effect {
            Effect::LeaveOut(reason) if self.targets(food) => Some(reason),
            _ => None,
        }
    }
}

impl Restriction {
    /// The first of the restriction's terms that `text` names outside its allowed phrases.
    /// Whole words only, ignoring case, so "buckwheat" never names "wheat".
    pub fn named_in(&self, text: &str) -> Option<&str> {
        let text = words(text);
        let mut allowed = vec![false; text.len()];
        for phrase in &self.allowed {
            let phrase = words(phrase);
            for at in occurrences(&text, &phrase) {
                allowed[at..at + phrase.len()].fill(true);
            }
        }
        self.terms.iter().map(String::as_str).find(|term| {
            let term = words(term);
            let named =
                occurrences(&text, &term).any(|at| !allowed[at..at + term.len()].contains(&true));
            named
        })
    }
}

/// Whether `text` has the words of `phrase`, in order, as whole words and ignoring case.
pub fn contains_words(text: &str, phrase: &str) -> bool {
    let (text, phrase) = (words(text), words(phrase));
    let found = occurrences(&text, &phrase).next().is_some();
    found
}

/// The words of a text, lower case, split at anything that is not a letter or digit.
/// Case is folded for ASCII letters only, and any character beyond ASCII counts as a letter
/// unless it is common punctuation: Unicode's tables would add kilobytes to the widget, which
/// checks a blogger's content file too, and a term list is written in small letters anyway.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !is_word_character(c))
        .filter(|word| !word.is_empty())
        .map(str::to_ascii_lowercase)
        .collect()
}

/// Whether `c` is part of a word, in the sense of [`words`].
pub fn is_word_character(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !matches!(
            c,
            '\u{a0}'
                | '–'
                | '—'
                | '‘'
                | '’'
                | '“'
                | '”'
                | '«'
                | '»'
                | '¿'
                | '¡'
                | '…'
                | '·'
                | '•'
        )
    }
}

/// Where `phrase` starts in `words`; an empty phrase occurs nowhere.
fn occurrences<'w>(words: &'w [String], phrase: &'w [String]) -> impl Iterator<Item = usize> + 'w {
    (0..words.len()).filter(move |&at| !phrase.is_empty() && words[at..].starts_with(phrase))
}
