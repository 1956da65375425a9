//! The checks on the words themselves, which `check-content`, the build and the editor share:
//! a blogger's link is `https:` or a path on the same site and nothing else, no text a reader
//! sees is empty, a caution a rule needs stays, and no text outside the questions says "you
//! have" (English) or "tienes" (Spanish).

use gut_skin_check::content::edits::write_text;
use gut_skin_check::content::texts::text_entries;
use gut_skin_check::content::{link_problem, Content, SHIPPED};
use gut_skin_check::json::{parse, Json, Problem};

fn shipped(lang: &str) -> Json {
    parse(SHIPPED.iter().find(|(of, _)| *of == lang).unwrap().1).unwrap()
}

/// The problems of the shipped file with each `(key, text)` written in.
fn problems_with(lang: &str, edits: &[(&str, &str)]) -> Vec<Problem> {
    let mut json = shipped(lang);
    let entries = text_entries(&json);
    for (key, text) in edits {
        let entry = entries
            .iter()
            .find(|e| e.key == *key)
            .unwrap_or_else(|| panic!("no {key}"));
        assert!(write_text(&mut json, entry, text));
    }
    match Content::from_json(&json) {
        Ok(_) => Vec::new(),
        Err(error) => error.0,
    }
}

#[test]
fn a_link_is_https_or_a_path_on_the_same_site_and_nothing_else() {
    for fine in [
        "https://example.com/recipes/kimchi",
        "HTTPS://Example.com",
        "/recipes/kimchi",
        "/recipes/kimchi?from=check#top",
        "/",
        "https://example.com/a%20b?x=1&y=2",
    ] {
        assert_eq!(link_problem(fine), None, "{fine}");
    }
    for refused in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "data:text/html,<b>hi</b>",
        "http://example.com",
        "//elsewhere.example/kimchi",
        "/\\elsewhere.example",
        "https:///path",
        "https:example.com",
        "recipes/kimchi",
        "mailto:me@example.com",
        "/recipes/kimchi\" onmouseover=\"alert(1)",
        "/recipes/<script>",
        "/recipes/kim chi",
        "/recipes/\nkimchi",
        "",
    ] {
        assert!(link_problem(refused).is_some(), "{refused:?} was accepted");
    }
    let long = format!("/{}", "a".repeat(2000));
    assert!(link_problem(&long).is_some());
}

#[test]
fn a_bad_link_in_a_file_is_a_problem_at_its_path() {
    let problems = problems_with("en", &[("foods[id=kimchi].link", "javascript:alert(1)")]);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, "$.foods[3].link");
    assert!(
        problems[0].message.contains("https://"),
        "{}",
        problems[0].message
    );
    let problems = problems_with(
        "en",
        &[("plants[id=fruit].link", "http://example.com/fruit")],
    );
    assert_eq!(problems[0].path, "$.plants[1].link");
    assert!(problems_with(
        "en",
        &[
            ("foods[id=kimchi].link", "/recipes/kimchi"),
            ("plants[id=fruit].link", "https://example.com/fruit")
        ]
    )
    .is_empty());
}

#[test]
fn no_text_a_reader_sees_may_be_empty() {
    for key in [
        "questions[id=bloating].text",
        "questions[id=intolerances].hint",
        "questions[id=age].options[id=16_24].label",
        "foods[id=kefir].variants[for=].first_step",
        "foods[id=kefir].variants[for=].examples[0]",
        "evidence[0].source",
        "notes[0].text",
        "sections[id=about].title",
    ] {
        let problems = problems_with("en", &[(key, "  ")]);
        assert_eq!(problems.len(), 1, "{key}: {problems:?}");
        assert_eq!(
            problems[0].message, "is empty: a reader would see nothing here",
            "{key}"
        );
    }
    let problems = problems_with("en", &[("interface.start", "")]);
    assert_eq!(problems[0].message, "is empty");
}

#[test]
fn a_caution_a_rule_needs_cannot_be_removed() {
    let problems = problems_with("en", &[("rules[when=ibs;list=fiber].caution", "")]);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(
        problems[0].message,
        "is empty: this caution must stay: the rule says it to the readers it is for"
    );
    let problems = problems_with("en", &[("rules[when=ibs;foods=kimchi].leave_out", "")]);
    assert_eq!(
        problems[0].message,
        "is empty: the readers this rule leaves the food out for must be told why"
    );
}

#[test]
fn only_the_questions_may_say_you_have() {
    let said = "says “you have”: the check never tells a reader what they have; say what they told us (“you said …”) or what may help";
    let problems = problems_with(
        "en",
        &[(
            "interface.disclaimer",
            "Your scores show you have a leaky gut.",
        )],
    );
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(
        (problems[0].path.as_str(), problems[0].message.as_str()),
        ("$.interface.disclaimer", said)
    );
    let problems = problems_with(
        "en",
        &[(
            "foods[id=kefir].variants[for=].first_step",
            "As You Have IBS, try kefir.",
        )],
    );
    assert_eq!(problems[0].path, "$.foods[1].variants[0].first_step");
    // A question may ask it, and a word that merely contains it is no match.
    assert!(problems_with(
        "en",
        &[(
            "questions[id=bloating].text",
            "How often do you have bloating?"
        )]
    )
    .is_empty());
    assert!(problems_with(
        "en",
        &[("interface.disclaimer", "Not a diagnosis. Would you haves…")]
    )
    .is_empty());
    let problems = problems_with(
        "es",
        &[(
            "interface.disclaimer",
            "Tus respuestas dicen que tienes inflamación.",
        )],
    );
    assert!(
        problems[0].message.starts_with("says “tienes”"),
        "{problems:?}"
    );
    assert!(problems_with(
        "es",
        &[("questions[id=bloating].text", "¿Tienes hinchazón?")]
    )
    .is_empty());
}
