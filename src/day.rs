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

    /// Days since 1 January 1970 (negative before it), so days can be counted between.
    pub fn number(self) -> i32 {
        // Howard Hinnant's days_from_civil, with March as the year's first month.
        let year = i32::from(self.year) - i32::from(self.month <= 2);
        let era = year.div_euclid(400);
        let of_era = year - era * 400;
        let month = i32::from(self.month);
        let of_year =
            (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + i32::from(self.day) - 1;
        let of_era_day = of_era * 365 + of_era / 4 - of_era / 100 + of_year;
        era * 146_097 + of_era_day - 719_468
    }

    /// The day [`Day::number`] counts to, if it is on the calendar (years 1 to 9999).
    pub fn from_number(number: i32) -> Option<Self> {
        let shifted = number + 719_468;
        let era = shifted.div_euclid(146_097);
        let of_era = shifted - era * 146_097;
        let year_of_era = (of_era - of_era / 1460 + of_era / 36_524 - of_era / 146_096) / 365;
        let of_year = of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let month_from_march = (5 * of_year + 2) / 153;
        let day = of_year - (153 * month_from_march + 2) / 5 + 1;
        let month = if month_from_march < 10 {
            month_from_march + 3
        } else {
            month_from_march - 9
        };
        let year = year_of_era + era * 400 + i32::from(month <= 2);
        Self::new(u16::try_from(year).ok()?, month as u8, day as u8)
    }

    /// The day `days` later (earlier when negative), if it is on the calendar.
    pub fn plus(self, days: i32) -> Option<Self> {
        Self::from_number(self.number().checked_add(days)?)
    }

    /// How many days from `earlier` to this day (negative if `earlier` is later).
    pub fn since(self, earlier: Day) -> i32 {
        self.number() - earlier.number()
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
