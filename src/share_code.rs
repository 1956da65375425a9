//! Share links: the reader's answers packed into a short code carried in the URL fragment.
//!
//! A code is [`PREFIX`] followed by base64url (no padding) of these bytes:
//!
//! | bytes | meaning |
//! |-------|---------|
//! | 1 | format version, [`FORMAT_VERSION`] |
//! | 2 | the content's [`fingerprint`], big-endian |
//! | 2 or more per answer | the question's index; then the option's index (single choice), or the number of options chosen and each one's index (multiple choice) |
//! | 4 | FNV-1a 32 of every byte before it, big-endian |
//!
//! Answers come in question order and multi-choice options in the content's order, so one set
//! of answers has exactly one code. Only answers to questions that are asked are packed, so an
//! answer the reader has since hidden never leaves in a link.

use std::fmt;

use crate::answers::Answers;
use crate::base64url;
use crate::checksum::{fnv1a, FNV_OFFSET};
use crate::content::{Content, QuestionKind};
use crate::interface::Ui;

/// Marks text as one of our codes; `.` never occurs in base64url, so it cannot be mistaken for data.
pub const PREFIX: &str = "gsc.";

/// The layout of the bytes described above.
pub const FORMAT_VERSION: u8 = 1;

/// Longer text is refused before anything is decoded. The longest code the questions allow
/// (every question asked, every option that can be ticked together ticked) is 112 characters
/// today; this leaves room for the content to grow several times over.
pub const MAX_CODE_LENGTH: usize = 512;

/// The fragment parameter that carries the code: `#gsc=<code>`.
pub const FRAGMENT_KEY: &str = "gsc";

/// Why a share code gives no answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareError {
    /// Not one of our codes at all.
    NotOurs,
    /// Cut short or altered on the way: bad characters, a wrong checksum, a missing byte.
    Damaged,
    /// Made by a different version of the format or of the questions.
    OtherVersion,
    /// Longer than any code we make.
    TooLong,
    /// Well formed, but the answers are not ones the questionnaire could have produced.
    Invalid,
}

impl ShareError {
    /// The interface text that tells the reader what went wrong.
    pub fn message(&self) -> Ui {
        match self {
            Self::NotOurs => Ui::NoticeLinkNotOurs,
            Self::Damaged => Ui::NoticeLinkDamaged,
            Self::OtherVersion => Ui::NoticeLinkOtherQuestions,
            Self::TooLong => Ui::NoticeLinkTooLong,
            Self::Invalid => Ui::NoticeLinkInvalid,
        }
    }
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message().key())
    }
}

impl std::error::Error for ShareError {}

/// The share code for the answers to the questions that are asked.
///
/// Indices are written as single bytes: the content test keeps every question and option
/// index below 256.
pub fn encode(content: &Content, answers: &Answers) -> String {
    let mut bytes = vec![FORMAT_VERSION];
    bytes.extend(fingerprint(content).to_be_bytes());
    for index in content.asked_indices(answers) {
        let question = &content.questions[index];
        let Some(answer) = answers.get(&question.id).filter(|a| question.accepts(a)) else {
            continue;
        };
        let chosen: Vec<u8> = (0..question.options.len())
            .filter(|&option| answer.includes(&question.options[option].id))
            .map(|option| option as u8)
            .collect();
        bytes.push(index as u8);
        if question.kind == QuestionKind::Multi {
            bytes.push(chosen.len() as u8);
        }
        bytes.extend(chosen);
    }
    let checksum = fnv1a(FNV_OFFSET, &bytes);
    bytes.extend(checksum.to_be_bytes());
    let mut code = String::from(PREFIX);
    code.push_str(&base64url::encode(&bytes));
    code
}

/// The answers a share code carries, checked against the content; never panics.
pub fn decode(content: &Content, code: &str) -> Result<Answers, ShareError> {
    if code.len() > MAX_CODE_LENGTH {
        return Err(ShareError::TooLong);
    }
    let packed = code.strip_prefix(PREFIX).ok_or(ShareError::NotOurs)?;
    let bytes = base64url::decode(packed).ok_or(ShareError::Damaged)?;
    // The version comes before the checksum so that a later format is recognised as such
    // even if it checks itself some other way.
    match bytes.first() {
        None => return Err(ShareError::Damaged),
        Some(&version) if version != FORMAT_VERSION => return Err(ShareError::OtherVersion),
        Some(_) => {}
    }
    if bytes.len() < 7 {
        return Err(ShareError::Damaged);
    }
    let (signed, checksum) = bytes.split_at(bytes.len() - 4);
    if fnv1a(FNV_OFFSET, signed).to_be_bytes() != checksum {
        return Err(ShareError::Damaged);
    }
    if signed[1..3] != fingerprint(content).to_be_bytes() {
        return Err(ShareError::OtherVersion);
    }

    let mut rest = signed[3..].iter().map(|&byte| usize::from(byte));
    let mut answers = Answers::new();
    let mut previous = None;
    while let Some(index) = rest.next() {
        // Strictly rising indices: a question answered twice, or out of order, is not our code.
        if previous.is_some_and(|previous| index <= previous) {
            return Err(ShareError::Invalid);
        }
        previous = Some(index);
        let question = content.questions.get(index).ok_or(ShareError::Invalid)?;
        let count = match question.kind {
            QuestionKind::Single => 1,
            QuestionKind::Multi => rest.next().ok_or(ShareError::Damaged)?,
        };
        let mut chosen = Vec::with_capacity(count);
        let mut previous_option = None;
        for _ in 0..count {
            let option = rest.next().ok_or(ShareError::Damaged)?;
            // Options in the content's order, as encode writes them, keep one code per answer.
            if previous_option.is_some_and(|previous| option <= previous) {
                return Err(ShareError::Invalid);
            }
            previous_option = Some(option);
            let option = question.options.get(option).ok_or(ShareError::Invalid)?;
            chosen.push(option.id.clone());
        }
        let answer = question.answer_from(chosen).ok_or(ShareError::Invalid)?;
        answers.set(&question.id, answer);
    }
    // An answer to a question the other answers hide could never have been packed.
    if content.effective_answers(&answers) != answers {
        return Err(ShareError::Invalid);
    }
    Ok(answers)
}

/// The URL fragment, without `#`, that opens the results for these answers.
pub fn share_fragment(content: &Content, answers: &Answers) -> String {
    let mut fragment = String::from(FRAGMENT_KEY);
    fragment.push('=');
    fragment.push_str(&encode(content, answers));
    fragment
}

/// The code in a URL fragment (with or without its `#`), when one of its `&`-separated
/// parameters is ours; `None` means the fragment belongs to the host page, not to a share link.
pub fn code_in_fragment(fragment: &str) -> Option<&str> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment.split('&').find_map(|parameter| {
        parameter
            .strip_prefix(FRAGMENT_KEY)
            .and_then(|rest| rest.strip_prefix('='))
    })
}

/// A 16-bit hash of every question's id and kind and every option's id, in order, so a code
/// made for other questions is recognised instead of read as the wrong answers.
pub fn fingerprint(content: &Content) -> u16 {
    let mut hash = FNV_OFFSET;
    for question in &content.questions {
        // Tagged and NUL-terminated, so moving an option to another question changes the hash.
        hash = fnv1a(hash, b"q");
        hash = fnv1a(hash, question.id.as_bytes());
        hash = fnv1a(hash, &[0, question.kind as u8]);
        for option in &question.options {
            hash = fnv1a(hash, b"o");
            hash = fnv1a(hash, option.id.as_bytes());
            hash = fnv1a(hash, &[0]);
        }
    }
    (hash >> 16) as u16 ^ hash as u16
}
