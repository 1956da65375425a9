//! The reader's weeks after the results: the first-week plan as days to tick off, and the
//! different plant foods eaten, counted toward 30 (McDonald et al., mSystems 2018). Kept in the
//! stored record, in the reader's local days; copies of the widget merge it entry by entry, the
//! latest change to each winning, so a tick or a plant added in one tab is never lost in another.

use serde::Serialize;

use crate::answers::Answers;
use crate::content::Content;
use crate::day::Day;
use crate::json::Json;
use crate::share_code::{decode, encode};

/// The days in a week.
pub const WEEK_DAYS: i32 = 7;
/// The different plants a week that the research ties to a more diverse gut microbiome.
pub const PLANT_GOAL: usize = 30;
/// Weeks kept, newest first; older ones are let go.
pub const WEEKS_KEPT: usize = 12;
/// Plants kept a week, so stored data stays small whatever is typed.
pub const PLANTS_KEPT: usize = 150;
/// The longest plant name a reader can type, in characters.
pub const TYPED_PLANT_LIMIT: usize = 40;
/// What a typed plant's key starts with, so it never clashes with a listed plant's id.
const TYPED: char = '~';

/// One entry's state, and when it was set (seconds since 1970): the later one wins when
/// copies merge, and on a tie "on" does, so a tick is never lost to a copy that never saw it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub on: bool,
    pub at: u32,
}

impl Mark {
    fn later(self, other: Mark) -> Mark {
        if (other.at, other.on) > (self.at, self.on) {
            other
        } else {
            self
        }
    }
}

/// One week: its first day, the days ticked off and the plants eaten.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Week {
    pub from: Day,
    /// Day of the week (0 for its first day) and whether it is done.
    pub days: Vec<(u8, Mark)>,
    /// A plant's key (a listed plant's id, or `~` and the name as typed, in small letters) and
    /// whether it was eaten.
    pub plants: Vec<(String, Mark)>,
    /// Whether the week's end was told to the blogger's page, by any copy.
    pub told: bool,
}

impl Week {
    /// A new week starting `from`.
    pub fn new(from: Day) -> Self {
        Self {
            from,
            days: Vec::new(),
            plants: Vec::new(),
            told: false,
        }
    }

    /// Which day of this week `today` is (0 to 6), if it is in it.
    pub fn day_of(&self, today: Day) -> Option<u8> {
        let day = today.since(self.from);
        (0..WEEK_DAYS).contains(&day).then_some(day as u8)
    }

    /// Whether the week's last day has passed.
    pub fn is_over(&self, today: Day) -> bool {
        today.since(self.from) >= WEEK_DAYS
    }

    /// The calendar day of the week's `day` (0 to 6).
    pub fn date(&self, day: u8) -> Day {
        self.from.plus(day.into()).unwrap_or(self.from)
    }

    /// Whether the week's `day` is ticked off.
    pub fn is_done(&self, day: u8) -> bool {
        self.days.iter().any(|&(d, mark)| d == day && mark.on)
    }

    /// Ticks the week's `day` (0 to 6) off, or unticks it; any other day is ignored.
    pub fn tick(&mut self, day: u8, done: bool, at: u32) {
        if i32::from(day) < WEEK_DAYS {
            set(&mut self.days, day, Mark { on: done, at });
        }
    }

    /// How many days are ticked off.
    pub fn days_done(&self) -> usize {
        self.days.iter().filter(|(_, mark)| mark.on).count()
    }

    /// Marks the plant `key` as eaten this week, or not; a new plant beyond
    /// [`PLANTS_KEPT`] is not kept.
    pub fn set_plant(&mut self, key: &str, eaten: bool, at: u32) {
        let known = self.plants.iter().any(|(k, _)| k == key);
        if key.is_empty() || (!known && self.plants.len() >= PLANTS_KEPT) {
            return;
        }
        set(&mut self.plants, key.to_owned(), Mark { on: eaten, at });
    }

    /// The keys of the plants eaten this week, in the order first added.
    pub fn plants_eaten(&self) -> Vec<&str> {
        let eaten = self.plants.iter().filter(|(_, mark)| mark.on);
        eaten.map(|(key, _)| key.as_str()).collect()
    }

    /// Whether the plant `key` was eaten this week.
    pub fn has_plant(&self, key: &str) -> bool {
        self.plants.iter().any(|(k, mark)| k == key && mark.on)
    }

    /// This week as `base` had it, with what `self` changed since `base` laid over `stored`.
    fn merged(stored: Option<&Week>, base: Option<&Week>, mine: Option<&Week>) -> Option<Week> {
        let from = stored.or(mine)?.from;
        let mut week = stored.cloned().unwrap_or_else(|| Week::new(from));
        if let Some(mine) = mine {
            // What this copy changed since `base`: kept outright where no other copy changed
            // the same entry since; otherwise the later change wins.
            for &(day, mark) in &mine.days {
                let was = base.and_then(|base| mark_of(&base.days, &day));
                if was != Some(mark) {
                    merge_changed(&mut week.days, day, mark, was);
                }
            }
            for (key, mark) in &mine.plants {
                let was = base.and_then(|base| mark_of(&base.plants, key));
                if was != Some(*mark) {
                    merge_changed(&mut week.plants, key.clone(), *mark, was);
                }
            }
            week.told |= mine.told && base.is_none_or(|base| !base.told);
        }
        // A week another copy deleted, with nothing changed here, stays deleted.
        let untouched = week.days.is_empty() && week.plants.is_empty() && !week.told;
        (stored.is_some() || !untouched || base.is_none()).then_some(week)
    }
}

/// Sets `key`'s mark, adding the entry if it is new.
fn set<K: PartialEq>(list: &mut Vec<(K, Mark)>, key: K, mark: Mark) {
    match list.iter_mut().find(|(k, _)| *k == key) {
        Some((_, old)) => *old = mark,
        None => list.push((key, mark)),
    }
}

/// `key`'s mark in `list`.
fn mark_of<K: PartialEq>(list: &[(K, Mark)], key: &K) -> Option<Mark> {
    list.iter().find(|(k, _)| k == key).map(|&(_, mark)| mark)
}

/// Lays this copy's `mark` for `key` over `list`, what storage holds: outright when storage
/// still holds what this copy started from (`was`), else the later of the two.
fn merge_changed<K: PartialEq>(list: &mut Vec<(K, Mark)>, key: K, mark: Mark, was: Option<Mark>) {
    match list.iter_mut().find(|(k, _)| *k == key) {
        Some((_, old)) if Some(*old) == was => *old = mark,
        Some((_, old)) => *old = old.later(mark),
        None => list.push((key, mark)),
    }
}

/// Every week the reader started, newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tracker {
    pub weeks: Vec<Week>,
}

impl Tracker {
    /// The week started last.
    pub fn current(&self) -> Option<&Week> {
        self.weeks.first()
    }

    /// The week started last, to change.
    pub fn current_mut(&mut self) -> Option<&mut Week> {
        self.weeks.first_mut()
    }

    /// Starts a week on `today`, unless the current one is still running; says whether it did.
    pub fn start_week(&mut self, today: Day) -> bool {
        if self.current().is_some_and(|week| !week.is_over(today)) {
            return false;
        }
        self.weeks.insert(0, Week::new(today));
        self.weeks.truncate(WEEKS_KEPT);
        true
    }

    /// What storage should hold after this copy's changes: as for past results, `stored` is
    /// what storage holds now, `base` what this copy last read or wrote, `self` what it has.
    pub fn merged(&self, base: &Tracker, stored: &Tracker) -> Tracker {
        let find = |tracker: &'_ Tracker, from: Day| -> Option<Week> {
            tracker.weeks.iter().find(|week| week.from == from).cloned()
        };
        // Newest first, each once. Inserted one by one rather than sorted: a dozen weeks at
        // most, and the standard sorts would add kilobytes to the widget.
        let mut days: Vec<Day> = Vec::new();
        for from in (stored.weeks.iter().chain(&self.weeks)).map(|week| week.from) {
            if !days.contains(&from) {
                days.insert(days.partition_point(|&day| day > from), from);
            }
        }
        let mut weeks = Vec::new();
        for from in days {
            let (stored, base, mine) = (find(stored, from), find(base, from), find(self, from));
            // A week this copy knew, and another copy deleted, unless it was changed here.
            if stored.is_none() && base.is_some() && mine == base {
                continue;
            }
            if let Some(week) = Week::merged(stored.as_ref(), base.as_ref(), mine.as_ref()) {
                weeks.push(week);
            }
        }
        weeks.truncate(WEEKS_KEPT);
        Tracker { weeks }
    }

    /// The tracker as stored.
    pub fn stored(&self) -> Vec<StoredWeek> {
        self.weeks.iter().map(StoredWeek::of).collect()
    }

    /// Reads the stored weeks, keeping every one that reads and every entry in it that does;
    /// says too whether anything was dropped. Never panics, whatever `json` holds.
    pub fn read(json: Option<&Json>) -> (Tracker, bool) {
        let entries = match json {
            None | Some(Json::Null) => return (Tracker::default(), false),
            Some(Json::Array(entries)) => entries,
            Some(_) => return (Tracker::default(), true),
        };
        let mut dropped = false;
        let mut weeks: Vec<Week> = Vec::new();
        for entry in entries {
            match read_week(entry, &mut dropped) {
                Some(week) if !weeks.iter().any(|w| w.from == week.from) => {
                    let at = weeks.partition_point(|newer| newer.from > week.from);
                    weeks.insert(at, week);
                }
                _ => dropped = true,
            }
        }
        weeks.truncate(WEEKS_KEPT);
        (Tracker { weeks }, dropped)
    }
}

fn read_mark(on: Option<&Json>, at: Option<&Json>) -> Option<Mark> {
    let on = match on? {
        Json::Bool(on) => *on,
        _ => return None,
    };
    match at? {
        Json::Number(Some(at)) => Some(Mark {
            on,
            at: u32::try_from(*at).ok()?,
        }),
        _ => None,
    }
}

fn read_week(json: &Json, dropped: &mut bool) -> Option<Week> {
    let from = Day::parse(json.get("from")?.as_str()?)?;
    let mut week = Week::new(from);
    week.told = matches!(json.get("told"), Some(Json::Bool(true)));
    let list = |key: &str| match json.get(key) {
        Some(Json::Array(items)) => Some(items.as_slice()),
        None => Some(&[][..]),
        Some(_) => None,
    };
    for entry in list("days")? {
        let day = match entry.get("day") {
            Some(Json::Number(Some(day))) if *day < WEEK_DAYS as u64 => Some(*day as u8),
            _ => None,
        };
        match (day, read_mark(entry.get("done"), entry.get("at"))) {
            (Some(day), Some(mark)) if !week.days.iter().any(|(d, _)| *d == day) => {
                week.days.push((day, mark))
            }
            _ => *dropped = true,
        }
    }
    for entry in list("plants")? {
        let key = entry
            .get("plant")
            .and_then(Json::as_str)
            .filter(|key| !key.is_empty() && key.chars().count() <= TYPED_PLANT_LIMIT + 1);
        match (key, read_mark(entry.get("eaten"), entry.get("at"))) {
            (Some(key), Some(mark))
                if week.plants.len() < PLANTS_KEPT
                    && !week.plants.iter().any(|(k, _)| k == key) =>
            {
                week.plants.push((key.to_owned(), mark))
            }
            _ => *dropped = true,
        }
    }
    Some(week)
}

/// A week as stored: `{"from": "YYYY-MM-DD", "days": [{"day": 0, "done": true, "at": ms}],
/// "plants": [{"plant": "carrot", "eaten": true, "at": ms}], "told": false}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoredWeek {
    pub from: String,
    pub days: Vec<StoredDay>,
    pub plants: Vec<StoredPlant>,
    pub told: bool,
}

/// A day of a week as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoredDay {
    pub day: u8,
    pub done: bool,
    pub at: u32,
}

/// A plant of a week as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoredPlant {
    pub plant: String,
    pub eaten: bool,
    pub at: u32,
}

impl StoredWeek {
    fn of(week: &Week) -> Self {
        Self {
            from: week.from.to_iso(),
            days: (week.days.iter())
                .map(|&(day, mark)| StoredDay {
                    day,
                    done: mark.on,
                    at: mark.at,
                })
                .collect(),
            plants: (week.plants.iter())
                .map(|(plant, mark)| StoredPlant {
                    plant: plant.clone(),
                    eaten: mark.on,
                    at: mark.at,
                })
                .collect(),
            told: week.told,
        }
    }
}

/// The key of a plant the reader typed: its words in small letters, single-spaced, as
/// `~carrots`; `None` for a name with no letters or one too long.
pub fn typed_plant_key(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let joined = words.join(" ").to_ascii_lowercase();
    let fits = !joined.is_empty() && joined.chars().count() <= TYPED_PLANT_LIMIT;
    (fits && joined.chars().any(char::is_alphabetic)).then(|| format!("{TYPED}{joined}"))
}

/// The name a typed plant's key stands for, or `None` for a listed plant's id.
pub fn typed_plant_name(key: &str) -> Option<&str> {
    key.strip_prefix(TYPED)
}

/// What the results module needs to write the week on screen, handed over as strings (see
/// [`crate::changes::Earlier::request`] for the results): "week", the answers as a share code,
/// today, the week's number and first day, its days done ("0110000") and the keys of the plants
/// eaten.
pub fn request(
    content: &Content,
    answers: &Answers,
    tracker: &Tracker,
    today: Day,
) -> Option<Vec<String>> {
    let week = tracker.current()?;
    let days: String = (0..WEEK_DAYS as u8)
        .map(|day| if week.is_done(day) { '1' } else { '0' })
        .collect();
    let mut request = vec![
        "week".to_owned(),
        encode(content, answers),
        today.to_iso(),
        tracker.weeks.len().to_string(),
        week.from.to_iso(),
        days,
    ];
    request.extend(week.plants_eaten().into_iter().map(str::to_owned));
    Some(request)
}

/// The week on screen, as the results module reads it from a [`request`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekOnScreen {
    pub answers: Answers,
    pub today: Day,
    /// 1 for the reader's first week (of those kept).
    pub number: usize,
    /// Its marks carry no time: the module only shows them.
    pub week: Week,
}

/// The week a [`request`] stands for; `None` when it cannot be read.
pub fn from_request(content: &Content, request: &[String]) -> Option<WeekOnScreen> {
    let [kind, answers, today, number, from, days, plants @ ..] = request else {
        return None;
    };
    if kind != "week" || days.len() != WEEK_DAYS as usize {
        return None;
    }
    let mut week = Week::new(Day::parse(from)?);
    for (day, done) in days.bytes().enumerate() {
        week.tick(day as u8, done == b'1', 0);
    }
    for plant in plants {
        week.set_plant(plant, true, 0);
    }
    Some(WeekOnScreen {
        answers: decode(content, answers).ok()?,
        today: Day::parse(today)?,
        number: number.parse().ok()?,
        week,
    })
}
