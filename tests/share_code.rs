//! Share codes: answers survive the round trip through a link, and every bad link is named.

mod support;

use gut_skin_check::answers::{Answer, Answers};
use gut_skin_check::base64url;
use gut_skin_check::content::{Content, QuestionKind, ENGLISH};
use gut_skin_check::share_code::{
    code_in_fragment, decode, encode, fingerprint, share_fragment, ShareError, FORMAT_VERSION,
    MAX_CODE_LENGTH, PREFIX,
};
use proptest::prelude::*;
use support::{baseline, content, highest, mixed, with_circumstances, with_intolerances};

/// Every question asked: skin concerns (skin_bother), bowel change (stool_form), age 50+
/// (warn_after_50).
fn everything_asked() -> Answers {
    highest("type_4")
        .with("age", "50_59")
        .with("warn_after_50", "no")
}

fn round_trip(answers: &Answers) -> Result<Answers, ShareError> {
    decode(content(), &encode(content(), answers))
}

/// FNV-1a 32, written out again here so the tests check the documented format.
fn fnv1a(bytes: &[u8]) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for &byte in bytes {
        hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
    }
    hash
}

/// A code for hand-made bytes: version, this content's fingerprint, `body`, checksum.
fn code_with(version: u8, fingerprint: u16, body: &[u8]) -> String {
    let mut bytes = vec![version];
    bytes.extend(fingerprint.to_be_bytes());
    bytes.extend(body);
    let checksum = fnv1a(&bytes);
    bytes.extend(checksum.to_be_bytes());
    format!("{PREFIX}{}", base64url::encode(&bytes))
}

fn code_for(body: &[u8]) -> String {
    code_with(FORMAT_VERSION, fingerprint(content()), body)
}

fn bytes_of(code: &str) -> Vec<u8> {
    base64url::decode(code.strip_prefix(PREFIX).expect("our prefix")).expect("base64url")
}

#[test]
fn the_fixture_readers_round_trip() {
    let readers = [
        ("baseline", baseline()),
        ("mixed", mixed()),
        ("everything asked", everything_asked()),
        (
            "intolerant",
            with_intolerances(baseline(), &["lactose", "ibs"]),
        ),
        (
            "pregnant",
            with_circumstances(mixed(), &["salt", "pregnant"]),
        ),
    ];
    for (name, answers) in readers {
        assert_eq!(round_trip(&answers), Ok(answers), "{name}");
    }
    for bristol in 1..=7 {
        let answers = highest(&format!("type_{bristol}"));
        assert_eq!(round_trip(&answers), Ok(answers), "type {bristol}");
    }
}

#[test]
fn every_option_of_every_question_round_trips() {
    let base = everything_asked();
    let mut checked = 0;
    for question in &content().questions {
        let mut answers_to_try: Vec<Answer> = Vec::new();
        match question.kind {
            QuestionKind::Single => {
                for option in &question.options {
                    answers_to_try.push(Answer::One(option.id.clone()));
                }
            }
            QuestionKind::Multi => {
                let (exclusive, others): (Vec<_>, Vec<_>) =
                    question.options.iter().partition(|o| o.exclusive);
                for option in exclusive {
                    answers_to_try.push(Answer::Many(vec![option.id.clone()]));
                }
                // Every combination of the options that can be ticked together.
                for mask in 1u32..(1 << others.len()) {
                    let chosen = (0..others.len())
                        .filter(|bit| mask & (1 << bit) != 0)
                        .map(|bit| others[bit].id.clone())
                        .collect();
                    answers_to_try.push(Answer::Many(chosen));
                }
            }
        }
        for answer in answers_to_try {
            let mut answers = base.clone();
            answers.set(&question.id, answer.clone());
            // Some answers hide later questions (no skin concern hides skin_bother); those
            // answers stay out of the link.
            let expected = content().effective_answers(&answers);
            assert_eq!(
                round_trip(&answers),
                Ok(expected),
                "{} = {answer:?}",
                question.id
            );
            checked += 1;
        }
    }
    // The 106 options of the 28 single-choice questions, plus 1 + 15 (intolerances),
    // 1 + 15 (circumstances), 1 + 16383 (the 14 food allergies) and 1 + 127 (skin concerns)
    // multi-choice answers.
    assert_eq!(checked, 106 + 16 + 16 + 16_384 + 128);
}

#[test]
fn no_answers_round_trip_to_no_answers() {
    assert_eq!(round_trip(&Answers::new()), Ok(Answers::new()));
}

#[test]
fn answers_to_hidden_questions_stay_out_of_the_link() {
    // stool_form is only asked after bowel_change = yes; the baseline reader said no.
    let with_hidden = baseline().with("stool_form", "type_1");
    assert_eq!(
        encode(content(), &with_hidden),
        encode(content(), &baseline())
    );
    assert_eq!(round_trip(&with_hidden), Ok(baseline()));
}

#[test]
fn ticking_order_does_not_change_the_code() {
    let in_order = baseline().with_many("intolerances", &["lactose", "ibs"]);
    let out_of_order = baseline().with_many("intolerances", &["ibs", "lactose"]);
    assert_eq!(
        encode(content(), &in_order),
        encode(content(), &out_of_order)
    );
}

#[test]
fn the_code_is_laid_out_as_documented() {
    let code = encode(content(), &mixed());
    assert!(code.starts_with("gsc."), "{code}");
    let bytes = bytes_of(&code);
    let fingerprint = fingerprint(content()).to_be_bytes();
    assert_eq!(bytes[..3], [1, fingerprint[0], fingerprint[1]]);
    // age = 35_49; diet = vegetarian; intolerances = [lactose]; circumstances = [none];
    // food_allergies = [none], its 15th option; skin_concerns = [acne, dryness];
    // skin_bother = 2; bloating = 3_4.
    assert_eq!(
        bytes[3..24],
        [0, 3, 1, 1, 2, 1, 0, 3, 1, 4, 4, 1, 14, 5, 2, 0, 4, 6, 2, 7, 2]
    );
    // 27 single-choice answers of 2 bytes (warn_after_50 is not asked), multi-choice ones of
    // 3, 3, 3 and 4: 67 bytes.
    assert_eq!(bytes.len(), 3 + 67 + 4);
    let (signed, checksum) = bytes.split_at(bytes.len() - 4);
    assert_eq!(checksum, fnv1a(signed).to_be_bytes());
}

#[test]
fn the_longest_possible_code_leaves_room_under_the_limit() {
    // Every question asked, every option that can be ticked together ticked: 28 single-choice
    // answers of 2 bytes, then a count and 4 intolerances, 4 circumstances, 14 food allergies
    // and 7 skin concerns: 56 + 6 + 6 + 16 + 9 = 93 bytes, 100 with the version, fingerprint
    // and checksum. 33 groups of 3 bytes make 132 characters and the last byte 2 more, after
    // the 4 of "gsc.": 138.
    let allergies: Vec<&str> = (content().question("food_allergies").unwrap().options.iter())
        .filter(|option| !option.exclusive)
        .map(|option| option.id.as_str())
        .collect();
    assert_eq!(allergies.len(), 14);
    let longest = everything_asked()
        .with_many("intolerances", &["lactose", "gluten", "ibs", "histamine"])
        .with_many(
            "circumstances",
            &["salt", "pregnant", "breastfeeding", "immunocompromised"],
        )
        .with_many("food_allergies", &allergies);
    let code = encode(content(), &longest);
    assert_eq!(code.len(), 138);
    // Room for a code three times as long before the limit refuses it.
    assert!(code.len() * 3 <= MAX_CODE_LENGTH);
    assert_eq!(decode(content(), &code), Ok(longest));
}

#[test]
fn a_truncated_code_is_damaged() {
    let code = encode(content(), &mixed());
    for length in PREFIX.len()..code.len() {
        assert_eq!(
            decode(content(), &code[..length]),
            Err(ShareError::Damaged),
            "cut to {length} characters"
        );
    }
}

#[test]
fn any_one_character_changed_is_caught() {
    const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let code = encode(content(), &mixed());
    for at in PREFIX.len()..code.len() {
        for replacement in ALPHABET.chars() {
            if code[at..].starts_with(replacement) {
                continue;
            }
            let mut tampered = code.clone();
            tampered.replace_range(at..=at, &replacement.to_string());
            let result = decode(content(), &tampered);
            // The first two characters carry the version byte, read before the checksum.
            if at < PREFIX.len() + 2 && result == Err(ShareError::OtherVersion) {
                continue;
            }
            assert_eq!(result, Err(ShareError::Damaged), "{tampered}");
        }
    }
}

#[test]
fn a_code_in_another_format_version_is_named_as_such() {
    let mut bytes = bytes_of(&encode(content(), &mixed()));
    bytes[0] = 2;
    // Recognised even when a later format checks itself some other way.
    let unsigned = format!("{PREFIX}{}", base64url::encode(&bytes));
    assert_eq!(decode(content(), &unsigned), Err(ShareError::OtherVersion));
    let body = &bytes[3..bytes.len() - 4];
    let signed = code_with(2, fingerprint(content()), body);
    assert_eq!(decode(content(), &signed), Err(ShareError::OtherVersion));
}

#[test]
fn a_code_made_for_other_questions_is_named_as_such() {
    let bytes = bytes_of(&encode(content(), &mixed()));
    let body = &bytes[3..bytes.len() - 4];
    let other = code_with(FORMAT_VERSION, fingerprint(content()) ^ 1, body);
    assert_eq!(decode(content(), &other), Err(ShareError::OtherVersion));

    // A renamed option changes the fingerprint, so an old link is not read as the wrong answer.
    let renamed = ENGLISH.replacen(r#""id": "type_7""#, r#""id": "type_7_watery""#, 1);
    let changed = Content::parse(&renamed).expect("still consistent");
    assert_ne!(fingerprint(&changed), fingerprint(content()));
    let code = encode(content(), &mixed());
    assert_eq!(decode(&changed, &code), Err(ShareError::OtherVersion));
    let fresh = encode(&changed, &mixed());
    assert_eq!(decode(&changed, &fresh), Ok(mixed()));
}

#[test]
fn a_code_over_the_limit_is_refused_before_it_is_read() {
    let long = format!("{PREFIX}{}", "A".repeat(MAX_CODE_LENGTH));
    assert_eq!(decode(content(), &long), Err(ShareError::TooLong));
    // Length comes first: even text that is not ours is too long.
    assert_eq!(
        decode(content(), &"x".repeat(MAX_CODE_LENGTH + 1)),
        Err(ShareError::TooLong)
    );
    let at_limit = format!("{PREFIX}{}", "A".repeat(MAX_CODE_LENGTH - PREFIX.len()));
    assert_eq!(decode(content(), &at_limit), Err(ShareError::OtherVersion));
}

#[test]
fn text_without_our_prefix_is_not_ours() {
    let code = encode(content(), &mixed());
    for text in [
        "",
        "gsc",
        "hello",
        "GSC.AQ",
        code.trim_start_matches(PREFIX),
        &code[1..],
    ] {
        assert_eq!(
            decode(content(), text),
            Err(ShareError::NotOurs),
            "{text:?}"
        );
    }
}

#[test]
fn answers_the_questionnaire_could_not_give_are_invalid() {
    let cases: [(&str, &[u8]); 9] = [
        ("question index past the last question", &[200, 0]),
        ("option index past the last option", &[0, 9]),
        ("question answered twice", &[0, 2, 0, 3]),
        ("questions out of order", &[1, 0, 0, 2]),
        ("no option in a multi-choice answer", &[2, 0]),
        ("options out of order", &[2, 2, 2, 0]),
        ("an option ticked twice", &[2, 2, 0, 0]),
        ("'none of these' with another option", &[2, 2, 0, 4]),
        (
            "stool form when bowel habits did not change",
            &[13, 0, 14, 0],
        ),
    ];
    for (case, body) in cases {
        assert_eq!(
            decode(content(), &code_for(body)),
            Err(ShareError::Invalid),
            "{case}"
        );
    }
    // The same shapes done right decode, so each case above fails for the reason named.
    let fine: [&[u8]; 3] = [&[0, 2], &[0, 2, 1, 0], &[2, 2, 0, 2]];
    for body in fine {
        assert!(decode(content(), &code_for(body)).is_ok(), "{body:?}");
    }
}

#[test]
fn an_answer_cut_off_inside_a_signed_code_is_damaged() {
    // Count says three options, only one follows; a question index with no option.
    for body in [&[2u8, 3, 0][..], &[0]] {
        assert_eq!(
            decode(content(), &code_for(body)),
            Err(ShareError::Damaged),
            "{body:?}"
        );
    }
}

#[test]
fn every_error_has_its_own_message() {
    let errors = [
        ShareError::NotOurs,
        ShareError::Damaged,
        ShareError::OtherVersion,
        ShareError::TooLong,
        ShareError::Invalid,
    ];
    let text = |error: &ShareError| content().ui(error.message());
    for (at, error) in errors.iter().enumerate() {
        assert!(text(error).ends_with('.'), "{error:?}");
        assert_eq!(error.to_string(), error.message().key());
        for other in &errors[at + 1..] {
            assert_ne!(text(error), text(other));
        }
    }
    assert_eq!(
        text(&ShareError::OtherVersion),
        "This link was made with a different version of the questions, so its answers cannot be shown."
    );
}

#[test]
fn the_share_fragment_carries_the_code_under_our_key() {
    let fragment = share_fragment(content(), &mixed());
    assert_eq!(fragment, format!("gsc={}", encode(content(), &mixed())));
    let url_fragment = format!("#{fragment}");
    let code = code_in_fragment(&url_fragment).expect("ours");
    assert_eq!(decode(content(), code), Ok(mixed()));
}

#[test]
fn our_code_is_found_among_other_fragment_parameters() {
    assert_eq!(code_in_fragment("#gsc=gsc.AQ"), Some("gsc.AQ"));
    assert_eq!(code_in_fragment("gsc=gsc.AQ"), Some("gsc.AQ"));
    assert_eq!(
        code_in_fragment("#theme=dark&gsc=gsc.AQ&x=1"),
        Some("gsc.AQ")
    );
    assert_eq!(code_in_fragment("#gsc="), Some(""));
}

#[test]
fn a_fragment_without_our_key_belongs_to_the_host_page() {
    for fragment in [
        "",
        "#",
        "#comments",
        "#gsc",
        "#gscx=1",
        "#x=gsc=1",
        "#top&theme=dark",
    ] {
        assert_eq!(code_in_fragment(fragment), None, "{fragment:?}");
    }
}

/// Random answers: per question a number picks the option (single choice), the ticked
/// options (multi-choice, "none of these" when none), or no answer at all.
fn answers_from(picks: &[u16]) -> Answers {
    let mut answers = Answers::new();
    for (question, &pick) in content().questions.iter().zip(picks) {
        if pick % 11 == 0 {
            continue;
        }
        let answer = match question.kind {
            QuestionKind::Single => Answer::One(
                question.options[usize::from(pick) % question.options.len()]
                    .id
                    .clone(),
            ),
            QuestionKind::Multi => {
                let ticked: Vec<String> = question
                    .options
                    .iter()
                    .enumerate()
                    .filter(|(at, o)| !o.exclusive && pick & (1 << at) != 0)
                    .map(|(_, o)| o.id.clone())
                    .collect();
                match question.options.iter().find(|o| o.exclusive) {
                    Some(none) if ticked.is_empty() => Answer::Many(vec![none.id.clone()]),
                    _ => Answer::Many(ticked),
                }
            }
        };
        answers.set(&question.id, answer);
    }
    answers
}

proptest! {
    #[test]
    fn decoding_any_text_never_panics(text in "\\PC*") {
        let _ = decode(content(), &text);
        let _ = decode(content(), &format!("{PREFIX}{text}"));
    }

    #[test]
    fn decoding_any_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let _ = decode(content(), &format!("{PREFIX}{}", base64url::encode(&bytes)));
    }

    #[test]
    fn any_signed_body_decodes_to_its_own_code_or_is_refused(
        body in proptest::collection::vec(0u8..40, 0..80)
    ) {
        let code = code_for(&body);
        match decode(content(), &code) {
            Ok(answers) => prop_assert_eq!(encode(content(), &answers), code),
            Err(error) => {
                prop_assert!(matches!(error, ShareError::Invalid | ShareError::Damaged))
            }
        }
    }

    #[test]
    fn random_answers_round_trip(
        picks in proptest::collection::vec(any::<u16>(), content().questions.len())
    ) {
        let answers = answers_from(&picks);
        prop_assert_eq!(round_trip(&answers), Ok(content().effective_answers(&answers)));
    }
}
