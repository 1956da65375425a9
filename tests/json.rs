//! The flat hand-over of a parsed content file from the loader to the wasm (`json::from_flat`):
//! every value comes back as it was, and no shape, however wrong, gives a value or a panic.

use gut_skin_check::content::SHIPPED;
use gut_skin_check::json::{self, from_flat, Json, MAX_DEPTH};
use proptest::prelude::*;

/// What the loader's `flatten` (assets/embed.js) writes for `json`, numbers given as the
/// browser holds them.
fn flatten(json: &Json) -> (Vec<u32>, Vec<f64>, String) {
    fn text(string: &str, shape: &mut Vec<u32>, text: &mut String) {
        shape.push(string.encode_utf16().count() as u32);
        text.push_str(string);
    }
    fn walk(json: &Json, shape: &mut Vec<u32>, numbers: &mut Vec<f64>, all: &mut String) {
        match json {
            Json::Null => shape.push(0),
            Json::Bool(flag) => shape.push(if *flag { 2 } else { 1 }),
            Json::Number(number) => {
                shape.push(3);
                numbers.push(number.map_or(-1.5, |whole| whole as f64));
            }
            Json::String(string) => {
                shape.push(4);
                text(string, shape, all);
            }
            Json::Array(items) => {
                shape.extend([5, items.len() as u32]);
                for item in items {
                    walk(item, shape, numbers, all);
                }
            }
            Json::Object(fields) => {
                shape.extend([6, fields.len() as u32]);
                for (key, value) in fields {
                    text(key, shape, all);
                    walk(value, shape, numbers, all);
                }
            }
        }
    }
    let (mut shape, mut numbers, mut all) = (Vec::new(), Vec::new(), String::new());
    walk(json, &mut shape, &mut numbers, &mut all);
    (shape, numbers, all)
}

fn round_trip(json: &Json) -> Option<Json> {
    let (shape, numbers, text) = flatten(json);
    from_flat(&shape, &numbers, &text)
}

#[test]
fn every_shipped_content_file_comes_back_as_it_was() {
    for (lang, text) in SHIPPED {
        let parsed = json::parse(text).expect("shipped content is JSON");
        assert_eq!(round_trip(&parsed).as_ref(), Some(&parsed), "{lang}");
    }
}

#[test]
fn texts_are_cut_by_their_length_in_utf16_units() {
    // "é" is one unit, "🥦" two; a key right after each must start in the right place.
    let json = Json::Object(vec![
        ("é".to_owned(), Json::String("🥦 kimchi".to_owned())),
        ("next".to_owned(), Json::String(String::new())),
    ]);
    assert_eq!(round_trip(&json), Some(json));
    // Half of a surrogate pair is not a place to cut.
    assert_eq!(from_flat(&[4, 1], &[], "🥦"), None);
}

#[test]
fn numbers_keep_only_whole_numbers_from_zero() {
    let numbers = [0.0, 7.0, 2.5, -1.0, f64::NAN, 1e300];
    let flat = from_flat(&[5, 6, 3, 3, 3, 3, 3, 3], &numbers, "");
    let expected = [Some(0), Some(7), None, None, None, None].map(Json::Number);
    assert_eq!(flat, Some(Json::Array(expected.to_vec())));
}

#[test]
fn a_shape_that_does_not_describe_one_value_gives_nothing() {
    let cases: [(&[u32], &[f64], &str); 8] = [
        (&[], &[], ""),        // nothing
        (&[5, 2, 0], &[], ""), // a list short of an item
        (&[0, 0], &[], ""),    // two values
        (&[3], &[], ""),       // a number with no number
        (&[0], &[1.0], ""),    // a number left over
        (&[4, 3], &[], "ab"),  // text shorter than its length
        (&[4, 1], &[], "ab"),  // text left over
        (&[9], &[], ""),       // an unknown code
    ];
    for (shape, numbers, text) in cases {
        assert_eq!(
            from_flat(shape, numbers, text),
            None,
            "{shape:?} {numbers:?} {text:?}"
        );
    }
}

#[test]
fn nesting_deeper_than_the_limit_gives_nothing() {
    let nested = |depth: u32| {
        let mut shape: Vec<u32> = (0..depth).flat_map(|_| [5, 1]).collect();
        shape.push(0);
        shape
    };
    assert!(from_flat(&nested(MAX_DEPTH), &[], "").is_some());
    assert_eq!(from_flat(&nested(MAX_DEPTH + 1), &[], ""), None);
    // A hostile length does not allocate or loop for ever.
    assert_eq!(from_flat(&[5, u32::MAX], &[], ""), None);
}

fn any_json() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        proptest::option::of(0u64..1 << 53).prop_map(Json::Number),
        ".{0,8}".prop_map(Json::String),
    ];
    leaf.prop_recursive(6, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Json::Array),
            prop::collection::vec((".{0,6}", inner), 0..6).prop_map(Json::Object),
        ]
    })
}

proptest! {
    #[test]
    fn any_value_comes_back_as_it_was(json in any_json()) {
        prop_assert_eq!(round_trip(&json), Some(json));
    }

    #[test]
    fn any_shape_gives_a_value_or_nothing_and_never_panics(
        shape in prop::collection::vec(0u32..10, 0..40),
        numbers in prop::collection::vec(any::<f64>(), 0..4),
        text in ".{0,12}",
    ) {
        let _ = from_flat(&shape, &numbers, &text);
    }
}
