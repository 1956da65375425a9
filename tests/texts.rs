//! The content editor's list of texts (`content::texts`) and writing them back
//! (`content::edits`, `json_text`): every text a reader sees is listed once, under a key made of
//! ids that the two shipped languages share, at the place the tree holds it; writing one text
//! changes that text and nothing else; and a file written out reads back as the same tree.

use gut_skin_check::content::edits::{
    changes, place_problems, text_at, untranslated, write_text, Gap, Placed,
};
use gut_skin_check::content::texts::{json_path, text_entries, Group, Seen, TextEntry};
use gut_skin_check::content::{Content, SHIPPED};
use gut_skin_check::json::{parse, Json};
use gut_skin_check::json_text::{to_compact_text, to_text};

fn shipped(lang: &str) -> Json {
    let text = SHIPPED
        .iter()
        .find(|(of, _)| *of == lang)
        .expect("a shipped language")
        .1;
    parse(text).expect("a shipped file is JSON")
}

fn entry<'e>(entries: &'e [TextEntry], key: &str) -> &'e TextEntry {
    entries
        .iter()
        .find(|entry| entry.key == key)
        .unwrap_or_else(|| panic!("no text {key}"))
}

/// Every string in the tree, with its JSON path and the name of the field that holds it.
fn strings(json: &Json, path: String, field: &str, out: &mut Vec<(String, String)>) {
    match json {
        Json::String(_) => out.push((path, field.to_owned())),
        Json::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                strings(item, format!("{path}[{index}]"), field, out);
            }
        }
        Json::Object(fields) => {
            for (key, value) in fields {
                let mut at = path.clone();
                gut_skin_check::json::push_key(&mut at, key);
                strings(value, at, key, out);
            }
        }
        _ => {}
    }
}

/// The fields whose strings are not words a reader sees: ids and references, the language,
/// word lists, and the sources reviewers read.
const NOT_TEXT: &[&str] = &[
    "lang",
    "dir",
    "id",
    "section",
    "kind",
    "question",
    "any_of",
    "list",
    "for",
    "reason_from",
    "score",
    "terms",
    "allowed",
    "was",
    "assumed",
    "urgency",
    "foods",
    "when",
    "from",
    "to",
];

#[test]
fn every_text_a_reader_sees_is_listed_once_and_nothing_else_is() {
    for lang in ["en", "es"] {
        let json = shipped(lang);
        let entries = text_entries(&json);
        let listed: Vec<String> = entries
            .iter()
            .filter(|e| !e.link)
            .map(TextEntry::json_path)
            .collect();
        let mut all = Vec::new();
        strings(&json, "$".to_owned(), "", &mut all);
        for (path, field) in &all {
            // A restriction's or rule's source is for reviewers; a research line's is the reader's.
            let reviewers = field == "source" && !path.starts_with("$.evidence");
            let wanted = !NOT_TEXT.contains(&field.as_str()) && !reviewers;
            assert_eq!(listed.contains(path), wanted, "{lang}: {path} ({field})");
        }
        assert_eq!(
            listed.len(),
            all.iter().filter(|(p, _)| listed.contains(p)).count()
        );
        for entry in &entries {
            assert_eq!(
                entries.iter().filter(|e| e.key == entry.key).count(),
                1,
                "{}",
                entry.key
            );
            let found = text_at(&json, &entry.path);
            match entry.link {
                false => assert_eq!(found, Some(entry.text.as_str()), "{}", entry.key),
                true => assert_eq!(found.unwrap_or(""), entry.text, "{}", entry.key),
            }
        }
    }
}

#[test]
fn keys_are_made_of_ids_and_both_languages_have_the_same() {
    let english = text_entries(&shipped("en"));
    let spanish = text_entries(&shipped("es"));
    let keys = |entries: &[TextEntry]| entries.iter().map(|e| e.key.clone()).collect::<Vec<_>>();
    assert_eq!(keys(&english), keys(&spanish));
    for key in [
        "interface.start",
        "sections[id=about].title",
        "questions[id=age].text",
        "questions[id=age].options[id=16_24].label",
        "questions[id=intolerances].hint",
        "questions[id=warn_blood].options[id=yes].warning",
        "foods[id=kefir].variants[for=vegan+lactose+allergy_milk].first_step",
        "foods[id=whole_grains].variants[for=gluten].name",
        "foods[id=kimchi].link",
        "rules[when=ibs;list=fiber].caution",
        "rules[when=ibs;foods=kimchi].leave_out",
        "notes[2].text",
        "evidence[0].source",
        "scores[id=fiber].about",
        "plants[id=fruit].plants[id=apple].name",
        "plants[id=fruit].link",
    ] {
        entry(&english, key);
    }
    // Positions appear only where the file gives no id: notes, research lines, examples.
    for entry in &english {
        let positional = entry
            .key
            .split(['[', ']'])
            .any(|part| part.parse::<usize>().is_ok());
        let allowed = entry.key.starts_with("notes[")
            || entry.key.starts_with("evidence[")
            || entry.key.contains(".examples[");
        assert!(!positional || allowed, "{}", entry.key);
    }
}

#[test]
fn texts_are_grouped_as_a_reader_meets_them_and_each_knows_where_it_is_seen() {
    let entries = text_entries(&shipped("en"));
    let groups: Vec<&Group> =
        entries
            .iter()
            .map(|e| &e.group)
            .fold(Vec::new(), |mut seen, group| {
                if seen.last() != Some(&group) {
                    seen.push(group);
                }
                seen
            });
    // Each group is one run of entries, in the reader's order.
    for group in &groups {
        assert_eq!(
            groups.iter().filter(|other| other == &group).count(),
            1,
            "{group:?} is split"
        );
    }
    assert_eq!(groups[0], &Group::Intro);
    assert_eq!(groups[1], &Group::Question("age".to_owned()));
    let at = |group: Group| groups.iter().position(|g| **g == group).unwrap();
    assert!(at(Group::Question("warn_family".to_owned())) < at(Group::Results));
    assert!(at(Group::Results) < at(Group::FoodLists));
    assert!(at(Group::FoodLists) < at(Group::Food("yogurt".to_owned())));
    assert!(at(Group::Food("whole_grains".to_owned())) < at(Group::Plants));
    assert!(at(Group::Plants) < at(Group::Week));
    assert_eq!(groups.last(), Some(&&Group::Interface));

    assert_eq!(entry(&entries, "interface.intro_title").group, Group::Intro);
    assert_eq!(entry(&entries, "interface.doctor_today").seen, Seen::Doctor);
    assert_eq!(entry(&entries, "interface.week_title").group, Group::Week);
    assert_eq!(
        entry(&entries, "interface.stop_title").seen,
        Seen::NotForYou
    );
    assert_eq!(
        entry(&entries, "sections[id=skin].title").group,
        Group::Question("skin_concerns".to_owned())
    );
    assert_eq!(
        entry(&entries, "rules[when=ibs;foods=kimchi].leave_out").group,
        Group::Food("kimchi".to_owned())
    );
    let grains = entry(
        &entries,
        "foods[id=whole_grains].variants[for=gluten].first_step",
    );
    assert_eq!(
        grains.seen,
        Seen::Variant {
            food: "whole_grains".to_owned(),
            suits: vec!["gluten".to_owned()]
        }
    );
    assert_eq!(
        grains.label,
        "Version for coeliac disease or gluten sensitivity: first step"
    );
    assert!(entry(&entries, "foods[id=kimchi].link").link);
}

#[test]
fn writing_a_text_changes_that_text_and_nothing_else() {
    let json = shipped("en");
    let entries = text_entries(&json);
    let question = entry(&entries, "questions[id=bloating].text");
    let mut edited = json.clone();
    assert!(write_text(
        &mut edited,
        question,
        "How often were you bloated?"
    ));
    assert_eq!(
        text_at(&edited, &question.path),
        Some("How often were you bloated?")
    );
    let after = text_entries(&edited);
    let changed = changes(&after, &entries);
    assert_eq!(changed.len(), 1);
    assert_eq!(changed[0].key, "questions[id=bloating].text");
    assert_eq!(changed[0].was.as_deref(), Some(question.text.as_str()));
    // Written back, the old text gives back the very same tree.
    assert!(write_text(&mut edited, question, &question.text));
    assert_eq!(edited, json);

    // A link is added to its food, and taken out again when emptied.
    let link = entry(&entries, "foods[id=kimchi].link");
    assert!(write_text(&mut edited, link, "/recipes/kimchi"));
    assert_eq!(text_at(&edited, &link.path), Some("/recipes/kimchi"));
    let content = Content::from_json(&edited).expect("a file with a link is sound");
    assert_eq!(
        content.food("kimchi").unwrap().link.as_deref(),
        Some("/recipes/kimchi")
    );
    assert_eq!(
        changes(&text_entries(&edited), &entries)[0].was,
        Some(String::new())
    );
    assert!(write_text(&mut edited, link, ""));
    assert_eq!(edited, json);
}

#[test]
fn a_file_written_out_reads_back_as_the_same_tree_and_writes_the_same_text() {
    for lang in ["en", "es"] {
        let json = shipped(lang);
        let text = to_text(&json);
        assert_eq!(parse(&text).unwrap(), json);
        assert_eq!(to_text(&parse(&text).unwrap()), text);
        assert!(text.lines().all(|line| !line.ends_with(' ')));
        assert!(
            text.starts_with("{\n  \"version\": 2,\n  \"lang\": "),
            "{}",
            &text[..40]
        );
        Content::parse(&text).expect("written out, the file is still sound");
        assert_eq!(parse(&to_compact_text(&json)).unwrap(), json);
        assert!(!to_compact_text(&json).contains('\n'));
    }
    let odd = parse(r#"{"a": "quote \" backslash \\ tab \t new\nline \u0001 é ü", "b": [], "c": {}, "d": [1, true, null]}"#).unwrap();
    let text = to_text(&odd);
    assert_eq!(parse(&text).unwrap(), odd);
    assert!(
        text.contains(r#""quote \" backslash \\ tab \t new\nline \u0001 é ü""#),
        "{text}"
    );
}

#[test]
fn what_a_translation_still_lacks_is_listed() {
    let english = text_entries(&shipped("en"));
    let mut spanish_json = shipped("es");
    let spanish = text_entries(&spanish_json);
    assert_eq!(
        untranslated(&spanish, &english)
            .iter()
            .filter(|u| u.gap == Gap::Missing)
            .count(),
        0
    );
    let start = entry(&spanish, "interface.start");
    let english_start = entry(&english, "interface.start");
    write_text(&mut spanish_json, start, &english_start.text);
    let intro = entry(&spanish, "interface.intro_title");
    write_text(&mut spanish_json, intro, "");
    let lacking = untranslated(&text_entries(&spanish_json), &english);
    let find = |key: &str| lacking.iter().find(|u| u.key == key).map(|u| u.gap);
    assert_eq!(find("interface.start"), Some(Gap::Same));
    assert_eq!(find("interface.intro_title"), Some(Gap::Missing));
    assert_eq!(find("interface.intro_lead"), None);
}

#[test]
fn each_problem_is_placed_at_the_field_it_names_or_the_nearest_group() {
    let mut json = shipped("en");
    let entries = text_entries(&json);
    let length = entry(&entries, "interface.intro_length");
    write_text(&mut json, length, "About 4 minutes, {min} short questions.");
    let grains = entry(
        &entries,
        "foods[id=whole_grains].variants[for=gluten].first_step",
    );
    write_text(
        &mut json,
        grains,
        "Swap white bread for wholemeal wheat bread at one meal a day.",
    );
    let problems = Content::from_json(&json).unwrap_err().0;
    let placed = place_problems(&entries, &problems);
    let at = |key: &str| -> Vec<String> {
        let index = entries.iter().position(|e| e.key == key).unwrap();
        (placed.iter())
            .filter(|(place, _)| *place == Placed::Field(index))
            .map(|(_, problem)| problem.message.clone())
            .collect()
    };
    assert_eq!(
        at("interface.intro_length"),
        ["must contain {max}, which is filled in when it is shown"]
    );
    assert!(
        at("foods[id=whole_grains].variants[for=gluten].first_step")
            .iter()
            .any(|message| message == "names `wheat`, which restriction `gluten` rules out"),
        "{placed:?}"
    );
    let missing_variant = gut_skin_check::json::Problem::new(
        "$.foods[7].variants",
        "no variant is for a reader who is ibs",
    );
    let placed = place_problems(
        &entries,
        &[
            missing_variant,
            gut_skin_check::json::Problem::new("$.restrictions", "x"),
        ],
    );
    assert_eq!(
        placed[0].0,
        Placed::Group(Group::Food("whole_grains".to_owned()))
    );
    assert_eq!(placed[1].0, Placed::File);
    assert_eq!(json_path(&entries[0].path), "$.interface.title");
}
