//! "Remind me in 4 weeks": a calendar file (iCalendar, RFC 5545) with one all-day event four
//! weeks on, which opens the page the widget is on. Made on the device, from no answer at all.

use crate::day::Day;

/// How many days on the reminder falls.
pub const REMIND_AFTER_DAYS: i32 = 28;

/// What the reminder says and where it leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder<'a> {
    /// The event's title, in the reader's language.
    pub title: &'a str,
    /// What it says, in the reader's language; the page's address follows it.
    pub body: &'a str,
    /// The page the widget is on, without any fragment (a share link's answers).
    pub url: &'a str,
    /// The reader's today.
    pub today: Day,
    /// Now, in seconds since 1970 (UTC), for the file's time stamp.
    pub now: u32,
    /// A random number, so that two reminders are two events.
    pub token: u32,
}

impl Reminder<'_> {
    /// The day the reminder falls on.
    pub fn day(&self) -> Day {
        self.today.plus(REMIND_AFTER_DAYS).unwrap_or(self.today)
    }

    /// The calendar file: lines ending in CRLF, each folded at 75 octets.
    pub fn ics(&self) -> String {
        let day = self.day();
        let next = day.plus(1).unwrap_or(day);
        let description = format!("{}\n{}", self.body, self.url);
        let lines = [
            "BEGIN:VCALENDAR".to_owned(),
            "VERSION:2.0".to_owned(),
            "PRODID:-//Gut-Skin Check//Reminder//EN".to_owned(),
            "CALSCALE:GREGORIAN".to_owned(),
            "METHOD:PUBLISH".to_owned(),
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}-{:08x}@gut-skin-check", self.now, self.token),
            format!("DTSTAMP:{}", utc_stamp(self.now)),
            format!("DTSTART;VALUE=DATE:{}", compact(day)),
            format!("DTEND;VALUE=DATE:{}", compact(next)),
            format!("SUMMARY:{}", escaped(self.title)),
            format!("DESCRIPTION:{}", escaped(&description)),
            format!("URL;VALUE=URI:{}", self.url),
            "TRANSP:TRANSPARENT".to_owned(),
            "BEGIN:VALARM".to_owned(),
            "ACTION:DISPLAY".to_owned(),
            // At nine in the morning of the day.
            "TRIGGER:PT9H".to_owned(),
            format!("DESCRIPTION:{}", escaped(self.title)),
            "END:VALARM".to_owned(),
            "END:VEVENT".to_owned(),
            "END:VCALENDAR".to_owned(),
        ];
        let mut out = String::new();
        for line in lines {
            folded(&mut out, &line);
        }
        out
    }
}

/// "20261230", as a DATE value is written.
fn compact(day: Day) -> String {
    day.to_iso().replace('-', "")
}

/// "20261202T101500Z": `seconds` since 1970 as a UTC date-time.
fn utc_stamp(seconds: u32) -> String {
    let days = (seconds / 86_400) as i32;
    let in_day = seconds % 86_400;
    let day = Day::from_number(days).map_or_else(|| "19700101".to_owned(), compact);
    format!(
        "{day}T{:02}{:02}{:02}Z",
        in_day / 3600,
        in_day / 60 % 60,
        in_day % 60
    )
}

/// Text as a TEXT value is written: backslashes, semicolons, commas and line breaks escaped.
fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            other => out.push(other),
        }
    }
    out
}

/// Adds `line` folded as RFC 5545 asks: at most 75 octets a line, never inside a character,
/// each continuation starting with a space.
fn folded(out: &mut String, line: &str) {
    let mut room = 75;
    for c in line.chars() {
        if c.len_utf8() > room {
            out.push_str("\r\n ");
            room = 74;
        }
        out.push(c);
        room -= c.len_utf8();
    }
    out.push_str("\r\n");
}
