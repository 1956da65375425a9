//! Small helpers for the sentences the results are built from. Case changes are ASCII on
//! purpose: Unicode case mapping would add about 24 KB of tables to the widget. A text that
//! starts with another letter keeps its case, so a translation whose names start with, say, a
//! Greek letter is shown as written.

/// The text with its first letter in upper case.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => format!("{}{}", first.to_ascii_uppercase(), chars.as_str()),
        None => String::new(),
    }
}

/// The text with its first letter in lower case, unless it starts an abbreviation ("IBS").
pub fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if !second.is_ascii_uppercase() => {
            format!("{}{second}{}", first.to_ascii_lowercase(), chars.as_str())
        }
        _ => text.to_owned(),
    }
}
