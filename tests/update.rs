//! Bringing a blogger's file up to date with a newer shipped file (`content::update`): the new
//! file's structure, the blogger's words and links, new texts added and listed, the blogger's
//! own edits kept and listed with the new wording, and nothing lost unseen.

use gut_skin_check::content::edits::{text_at, write_text};
use gut_skin_check::content::texts::{text_entries, TextEntry};
use gut_skin_check::content::update::bring_up_to_date;
use gut_skin_check::content::{Content, SHIPPED};
use gut_skin_check::json::{parse, Json};

fn shipped(lang: &str) -> Json {
    let text = SHIPPED.iter().find(|(of, _)| *of == lang).unwrap().1;
    parse(text).unwrap()
}

fn entry(json: &Json, key: &str) -> TextEntry {
    text_entries(json)
        .into_iter()
        .find(|e| e.key == key)
        .unwrap_or_else(|| panic!("no {key}"))
}

fn edit(json: &mut Json, key: &str, text: &str) {
    let entry = entry(json, key);
    assert!(write_text(json, &entry, text), "{key}");
}

fn text(json: &Json, key: &str) -> String {
    text_at(json, &entry(json, key).path)
        .unwrap_or_default()
        .to_owned()
}

/// The shipped English file as an older version had it: without the link words, without one
/// question's hint, and with one score explained in other words.
fn older_version() -> Json {
    let mut old = shipped("en");
    let Json::Object(fields) = &mut old else {
        unreachable!()
    };
    let (_, Json::Object(interface)) = fields.iter_mut().find(|(k, _)| k == "interface").unwrap()
    else {
        unreachable!()
    };
    interface.retain(|(key, _)| key != "own_link");
    let Json::Object(fields) = &mut old else {
        unreachable!()
    };
    let (_, Json::Array(questions)) = fields.iter_mut().find(|(k, _)| k == "questions").unwrap()
    else {
        unreachable!()
    };
    let Json::Object(intolerances) = &mut questions[2] else {
        unreachable!()
    };
    intolerances.retain(|(key, _)| key != "hint");
    edit(
        &mut old,
        "scores[id=fiber].about",
        "An older explanation of the fiber score.",
    );
    old
}

#[test]
fn new_texts_are_added_and_the_bloggers_own_words_and_links_are_kept() {
    let old = older_version();
    let mut yours = old.clone();
    edit(
        &mut yours,
        "questions[id=bloating].text",
        "How often did your tummy feel swollen?",
    );
    edit(&mut yours, "foods[id=kimchi].link", "/recipes/kimchi");
    edit(
        &mut yours,
        "scores[id=fiber].about",
        "My own words for the fiber score.",
    );
    let new = shipped("en");

    let update = bring_up_to_date(&yours, &new, None);
    let added: Vec<&str> = update.added.iter().map(|e| e.key.as_str()).collect();
    assert_eq!(
        added,
        ["questions[id=intolerances].hint", "interface.own_link"]
    );
    assert_eq!(
        text(&update.json, "interface.own_link"),
        "More about {name}"
    );
    assert_eq!(
        text(&update.json, "questions[id=bloating].text"),
        "How often did your tummy feel swollen?"
    );
    assert_eq!(
        text(&update.json, "foods[id=kimchi].link"),
        "/recipes/kimchi"
    );
    assert_eq!(
        text(&update.json, "scores[id=fiber].about"),
        "My own words for the fiber score."
    );
    let kept: Vec<(&str, &str)> = (update.kept.iter())
        .map(|k| (k.entry.key.as_str(), k.shipped.as_str()))
        .collect();
    let fiber = text(&new, "scores[id=fiber].about");
    let bloating = text(&new, "questions[id=bloating].text");
    assert_eq!(
        kept,
        [
            ("questions[id=bloating].text", bloating.as_str()),
            ("scores[id=fiber].about", fiber.as_str())
        ]
    );
    assert!(update.reworded.is_empty() && update.dropped.is_empty());
    Content::from_json(&update.json).expect("brought up to date, the file is sound");
}

#[test]
fn with_the_file_it_started_from_a_text_never_edited_takes_the_new_wording() {
    let old = older_version();
    let mut yours = old.clone();
    edit(
        &mut yours,
        "questions[id=bloating].text",
        "How often did your tummy feel swollen?",
    );
    let new = shipped("en");
    let update = bring_up_to_date(&yours, &new, Some(&old));
    let reworded: Vec<&str> = update.reworded.iter().map(|e| e.key.as_str()).collect();
    assert_eq!(reworded, ["scores[id=fiber].about"]);
    assert_eq!(
        text(&update.json, "scores[id=fiber].about"),
        text(&new, "scores[id=fiber].about")
    );
    let kept: Vec<&str> = update.kept.iter().map(|k| k.entry.key.as_str()).collect();
    assert_eq!(kept, ["questions[id=bloating].text"]);
}

#[test]
fn texts_the_new_version_no_longer_has_are_listed() {
    let new = shipped("en");
    let mut yours = new.clone();
    let Json::Object(fields) = &mut yours else {
        unreachable!()
    };
    let (_, Json::Object(interface)) = fields.iter_mut().find(|(k, _)| k == "interface").unwrap()
    else {
        unreachable!()
    };
    interface.push((
        "retired_text".to_owned(),
        Json::String("A text an older widget said.".to_owned()),
    ));
    let update = bring_up_to_date(&yours, &new, None);
    let dropped: Vec<&str> = update.dropped.iter().map(|e| e.key.as_str()).collect();
    assert_eq!(dropped, ["interface.retired_text"]);
    assert_eq!(update.json, new);
    assert!(update.added.is_empty() && update.kept.is_empty());
    assert!(update.is_news());
    assert!(!bring_up_to_date(&new, &new, Some(&new)).is_news());
}

#[test]
fn a_translation_keeps_its_language_and_word_lists_and_lists_the_new_texts_to_translate() {
    // A language the widget does not ship, begun from Spanish and brought up to date with the
    // English file: its words, language and word lists stay; what it lacks comes in English.
    let mut french = shipped("es");
    let Json::Object(fields) = &mut french else {
        unreachable!()
    };
    for (key, value) in fields.iter_mut() {
        if key == "lang" {
            *value = Json::String("fr".to_owned());
        }
    }
    let Json::Object(fields) = &mut french else {
        unreachable!()
    };
    let (_, Json::Object(interface)) = fields.iter_mut().find(|(k, _)| k == "interface").unwrap()
    else {
        unreachable!()
    };
    interface.retain(|(key, _)| key != "own_link");
    edit(&mut french, "interface.start", "Commencer");
    let english = shipped("en");
    let update = bring_up_to_date(&french, &english, None);
    assert_eq!(
        update.json.get("lang"),
        Some(&Json::String("fr".to_owned()))
    );
    assert_eq!(text(&update.json, "interface.start"), "Commencer");
    assert_eq!(
        text(&update.json, "interface.own_link"),
        "More about {name}"
    );
    let added: Vec<&str> = update.added.iter().map(|e| e.key.as_str()).collect();
    assert_eq!(added, ["interface.own_link"]);
    assert!(
        update.kept.is_empty(),
        "a translation's words differ from English everywhere"
    );
    let restrictions = |json: &Json| json.get("restrictions").cloned();
    assert_eq!(restrictions(&update.json), restrictions(&shipped("es")));
    assert_eq!(
        text(&update.json, "questions[id=age].text"),
        text(&shipped("es"), "questions[id=age].text")
    );
}
