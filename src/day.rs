//! Calendar days, for dating past results: "2025-10-03" when stored, "3 Oct" when shown.

use crate::content::Content;
use crate::interface::Ui;

/// A date on the Gregorian calendar, years 1 to 9999; made only by [`Day::new`] or
/// [`Day::parse`], so it is always a real date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    year: u16,
    month: u8,
    day: u8,
}

impl Day {
    /// The day, if it exists on the calendar (no 31 June, 29 February only in leap years).
    pub fn new(year: u16, month: u8, day: u8) -> Option<Self> {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days_in_month = match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            1..=12 => 31,
            _ => return None,
        };
        ((1..=9999).contains(&year) && (1..=days_in_month).contains(&day)).then_some(Self {
            year,
            month,
            day,
        })
    }

    /// Reads "YYYY-MM-DD" exactly; anything else, or a day not on the calendar, is `None`.
    pub fn parse(text: &str) -> Option<Self> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let number = |from: usize, to: usize| {
            bytes[from..to].iter().try_fold(0u16, |number, &digit| {
                digit
                    .is_ascii_digit()
                    .then(|| number * 10 + u16::from(digit - b'0'))
            })
        };
        Self::new(number(0, 4)?, number(5, 7)? as u8, number(8, 10)? as u8)
    }

    /// "YYYY-MM-DD", as stored.
    pub fn to_iso(self) -> String {
        let mut text = String::with_capacity(10);
        push_digits(&mut text, self.year, 4);
        text.push('-');
        push_digits(&mut text, self.month.into(), 2);
        text.push('-');
        push_digits(&mut text, self.day.into(), 2);
        text
    }

    /// "3 Oct": short enough for a line of text, in the content's words.
    pub fn short(self, content: &Content) -> String {
        content.fill(
            Ui::DateShort,
            &[
                ("day", &self.day.to_string()),
                ("month", content.interface.month(self.month)),
            ],
        )
    }

    /// "3 Oct 2026", for a list that may span years.
    pub fn long(self, content: &Content) -> String {
        content.fill(
            Ui::DateLong,
            &[
                ("day", &self.day.to_string()),
                ("month", content.interface.month(self.month)),
                ("year", &self.year.to_string()),
            ],
        )
    }
}

/// Writes the last `width` decimal digits of `value`, zero-padded.
fn push_digits(text: &mut String, value: u16, width: u32) {
    for place in (0..width).rev() {
        let digit = value / 10u16.pow(place) % 10;
        text.push(char::from(b'0' + digit as u8));
    }
}
