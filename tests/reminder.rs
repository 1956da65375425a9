//! "Remind me in 4 weeks": the calendar file, as RFC 5545 asks for it.

use gut_skin_check::day::Day;
use gut_skin_check::reminder::Reminder;

fn reminder<'a>(title: &'a str, body: &'a str, url: &'a str) -> Reminder<'a> {
    Reminder {
        title,
        body,
        url,
        today: Day::new(2026, 12, 30).unwrap(),
        // 2026-12-02T10:15:30Z
        now: 1_796_206_530,
        token: 0xdead_beef,
    }
}

/// The file's lines with folding undone.
fn unfolded(ics: &str) -> Vec<String> {
    ics.replace("\r\n ", "")
        .split("\r\n")
        .map(str::to_owned)
        .collect()
}

#[test]
fn one_all_day_event_four_weeks_on_that_opens_the_page() {
    let url = "https://blog.example/posts/gut-skin/?lang=es";
    let ics = reminder("Time to check again", "Take it again.", url).ics();
    let lines = unfolded(&ics);
    assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert_eq!(
        lines.iter().rev().nth(1).map(String::as_str),
        Some("END:VCALENDAR")
    );
    assert_eq!(lines.last().map(String::as_str), Some(""), "ends with CRLF");
    for expected in [
        "VERSION:2.0",
        "BEGIN:VEVENT",
        "UID:1796206530-deadbeef@gut-skin-check",
        "DTSTAMP:20261202T101530Z",
        // Over the new year, and a day long.
        "DTSTART;VALUE=DATE:20270127",
        "DTEND;VALUE=DATE:20270128",
        "SUMMARY:Time to check again",
        "DESCRIPTION:Take it again.\\nhttps://blog.example/posts/gut-skin/?lang=es",
        "URL;VALUE=URI:https://blog.example/posts/gut-skin/?lang=es",
        "BEGIN:VALARM",
        "TRIGGER:PT9H",
        "END:VEVENT",
    ] {
        assert!(
            lines.iter().any(|line| line == expected),
            "{expected} in\n{ics}"
        );
    }
    assert!(
        !ics.contains('\n')
            || ics
                .split('\n')
                .all(|line| line.is_empty() || line.ends_with('\r'))
    );
}

#[test]
fn text_is_escaped_and_long_lines_folded_without_splitting_a_character() {
    let title = "Test intestino–piel: es hora; ya, de verdad \\ repetirlo";
    let body = "Ñ".repeat(60);
    let ics = reminder(title, &body, "https://x.example/").ics();
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    let lines = unfolded(&ics);
    assert!(lines.contains(
        &"SUMMARY:Test intestino–piel: es hora\\; ya\\, de verdad \\\\ repetirlo".to_owned()
    ));
    let description = lines
        .iter()
        .find(|l| l.starts_with("DESCRIPTION:Ñ"))
        .expect("the body");
    assert_eq!(
        description,
        &format!("DESCRIPTION:{body}\\nhttps://x.example/")
    );
}
