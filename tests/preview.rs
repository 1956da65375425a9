//! Where the editor's live preview opens the widget (`preview::record_for`): for every text of
//! both shipped files, the stored record it gives opens a visit, as the widget opens one, where
//! that text is seen: on its question, on the stop screen, on the results of a reader shown
//! that version of a food or meant by that rule or note, on the doctor card, the week or the
//! welcome back.

use gut_skin_check::content::texts::{text_entries, Seen};
use gut_skin_check::content::{Content, SHIPPED};
use gut_skin_check::day::Day;
use gut_skin_check::flow::Screen;
use gut_skin_check::json::parse;
use gut_skin_check::preview::record_for;
use gut_skin_check::results::Report;
use gut_skin_check::saved::Stored;
use gut_skin_check::session::Session;

#[test]
fn every_text_opens_the_widget_where_a_reader_sees_it() {
    let today = Day::new(2026, 12, 4).unwrap();
    for (lang, file) in SHIPPED {
        let json = parse(file).unwrap();
        let content = Content::from_json(&json).unwrap();
        for entry in text_entries(&json) {
            let what = format!("{lang} {}", entry.key);
            let saved = record_for(&content, &entry.seen, today)
                .unwrap_or_else(|| panic!("{what}: no reader sees it"));
            let stored = Stored::from_text(Some(&saved.to_json()));
            let session = Session::open(&content, Ok(&stored), "", today);
            assert!(session.notices.is_empty(), "{what}: {:?}", session.notices);
            let screen = session.flow.screen;
            let report = || {
                Report::new(&content, &session.flow.answers)
                    .unwrap_or_else(|| panic!("{what}: no results"))
            };
            match &entry.seen {
                Seen::Intro => assert_eq!(screen, Screen::Intro, "{what}"),
                Seen::Question(id) => {
                    let index = if id.is_empty() {
                        0
                    } else {
                        content.question_index(id).unwrap()
                    };
                    assert_eq!(screen, Screen::Question(index), "{what}");
                }
                Seen::NotForYou => assert_eq!(screen, Screen::NotForYou, "{what}"),
                Seen::Results => assert_eq!(screen, Screen::Results, "{what}"),
                Seen::Answer { question, option } => {
                    assert_eq!(screen, Screen::Results, "{what}");
                    let answers = content.effective_answers(&session.flow.answers);
                    assert!(
                        answers.get(question).is_some_and(|a| a.includes(option)),
                        "{what}"
                    );
                }
                Seen::Doctor => assert!(report().doctor_card.is_some(), "{what}"),
                Seen::Variant { food, suits } => {
                    let report = report();
                    let shown = (report.suggestions.lists.iter())
                        .flat_map(|list| &list.foods)
                        .find(|suggestion| suggestion.food.id == *food)
                        .unwrap_or_else(|| panic!("{what}: the food is not shown"));
                    // Among the foods to start with, or in the details, which the preview opens.
                    assert_eq!(shown.variant.suits, *suits, "{what}");
                }
                Seen::Rule(index) => {
                    let reader = content.reader(&session.flow.answers);
                    assert!(content.rules[*index].applies(&reader), "{what}");
                    assert_eq!(screen, Screen::Results, "{what}");
                }
                Seen::Note(index) => {
                    let report = report();
                    assert!(
                        report
                            .notes
                            .iter()
                            .any(|note| std::ptr::eq(*note, &content.notes[*index])),
                        "{what}"
                    );
                }
                Seen::Week => assert!(session.week_open, "{what}"),
                Seen::WelcomeBack => assert!(session.welcome_back.is_some(), "{what}"),
            }
        }
    }
}
