//! Every word of the widget's interface — buttons, headings, messages, announcements and the
//! pieces its sentences are built from — by key, as the content file's `interface` object holds
//! them, so a translation or an edit needs no change to the code.

use crate::json::{push_key, Problem};
use crate::read::{At, FromJson};
use crate::text::{capitalised, lower_first};

macro_rules! interface_texts {
    ($($(#[$doc:meta])* $variant:ident = $key:literal $([$($placeholder:literal),+])?;)*) => {
        /// One text of the interface.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Ui {
            $($(#[$doc])* $variant,)*
        }

        impl Ui {
            /// Every text, in the order the content file lists them.
            pub const ALL: &'static [Ui] = &[$(Ui::$variant,)*];

            /// The text's key in the content file.
            pub fn key(self) -> &'static str {
                match self {
                    $(Ui::$variant => $key,)*
                }
            }

            /// The `{placeholders}` the text must hold, each filled in when it is shown.
            pub fn placeholders(self) -> &'static [&'static str] {
                match self {
                    $(Ui::$variant => &[$($($placeholder),+)?],)*
                }
            }
        }
    };
}

interface_texts! {
    /// The widget's name, its one `h1`.
    Title = "title";
    IntroTitle = "intro_title";
    IntroLead = "intro_lead";
    /// The fewest and the most questions the check can ask, as its conditions allow.
    IntroLength = "intro_length" ["min", "max"];
    IntroNotDiagnosis = "intro_not_diagnosis";
    IntroPrivate = "intro_private";
    Start = "start";
    StopTitle = "stop_title";
    StopReason = "stop_reason";
    StopAdvice = "stop_advice";
    Back = "back";
    StartAgain = "start_again";
    Dismiss = "dismiss";
    NoticeStorageUnavailable = "notice_storage_unavailable";
    NoticeDeleted = "notice_deleted";
    NoticeSharedSaved = "notice_shared_saved";
    NoticeSavedUnreadable = "notice_saved_unreadable";
    NoticeSavedOtherVersion = "notice_saved_other_version";
    NoticeSavedSomeDropped = "notice_saved_some_dropped";
    NoticeLinkNotOurs = "notice_link_not_ours";
    NoticeLinkDamaged = "notice_link_damaged";
    NoticeLinkOtherQuestions = "notice_link_other_questions";
    NoticeLinkTooLong = "notice_link_too_long";
    NoticeLinkInvalid = "notice_link_invalid";
    /// Above each question: the part of the assessment it belongs to.
    Part = "part" ["number", "count", "title"];
    /// Shown and announced on each question.
    QuestionNumber = "question_number" ["number", "count"];
    ChooseAnAnswer = "choose_an_answer";
    /// Said when ticking one box unticks others ("None of these" clears the rest).
    Unticked = "unticked" ["options"];
    Next = "next";
    SeeResults = "see_results";
    BackToResults = "back_to_results";
    AnnounceNotForYou = "announce_not_for_you";
    AnnounceResults = "announce_results";
    AnnounceSharedResults = "announce_shared_results";
    SharedTitle = "shared_title";
    SharedBody = "shared_body";
    SaveShared = "save_shared";
    LeaveShared = "leave_shared";
    ResultsMissingTitle = "results_missing_title";
    ResultsMissingBody = "results_missing_body";
    GoToAnswers = "go_to_answers";
    ActionsTitle = "actions_title";
    EditAnswers = "edit_answers";
    Print = "print";
    CopyLink = "copy_link";
    DeleteData = "delete_data";
    LinkCopied = "link_copied";
    LinkNotCopied = "link_not_copied";
    ShareLink = "share_link";
    DeleteQuestion = "delete_question";
    DeleteWarning = "delete_warning";
    DeleteYes = "delete_yes";
    DeleteNo = "delete_no";
    /// The doctor card's heading, by how soon its most urgent sign needs a doctor.
    DoctorTitleToday = "doctor_title_today";
    DoctorTitleSoon = "doctor_title_soon";
    DoctorTitleGp = "doctor_title_gp";
    /// The doctor card's first line: what to do, by the same.
    DoctorToday = "doctor_today";
    DoctorSoon = "doctor_soon";
    DoctorGp = "doctor_gp";
    DoctorTold = "doctor_told";
    /// Each sign on the card, with how soon it needs a doctor.
    DoctorSignToday = "doctor_sign_today" ["sign"];
    DoctorSignSoon = "doctor_sign_soon" ["sign"];
    DoctorSignGp = "doctor_sign_gp" ["sign"];
    DoctorAdvice = "doctor_advice";
    DoctorBelow = "doctor_below";
    /// On the week, the welcome back and the reminder, when the last results showed the card.
    DoctorFirst = "doctor_first";
    ResultsTitle = "results_title";
    SharedResultsTitle = "shared_results_title";
    /// Said once, where the results are read.
    Disclaimer = "disclaimer";
    /// What the scale means, so no one reads a high score as good.
    Scale = "scale";
    ChartTitle = "chart_title";
    ChartGutGroup = "chart_gut_group";
    ChartHabitGroup = "chart_habit_group";
    /// The chart's text alternative, around the scores joined by "; ".
    ChartText = "chart_text" ["scores"];
    ChartScore = "chart_score" ["name", "value"];
    ChartScoreWas = "chart_score_was" ["name", "value", "was"];
    ChartValueWas = "chart_value_was" ["value", "was"];
    ChartKey = "chart_key" ["date"];
    FocusTitle = "focus_title";
    FocusNone = "focus_none";
    FocusLine = "focus_line" ["name", "value", "band"];
    BandLow = "band_low";
    BandSome = "band_some";
    BandHigh = "band_high";
    StartersTitle = "starters_title";
    StartersNone = "starters_none";
    PlanTitle = "plan_title";
    PlanNone = "plan_none";
    PlanDays1 = "plan_days_1_2";
    PlanDays2 = "plan_days_3_4";
    PlanDays3 = "plan_days_5_7";
    PlanAllWeek = "plan_all_week";
    PlanFirst = "plan_first" ["food"];
    PlanSecond = "plan_second" ["food"];
    PlanThird = "plan_third" ["food"];
    /// A label before what it introduces: "First step:", "Days 1–2:".
    Label = "label" ["label"];
    FirstStep = "first_step";
    Examples = "examples" ["examples"];
    WhyVersion = "why_version" ["why"];
    Caution = "caution" ["caution"];
    CautionFor = "caution_for" ["foods", "caution"];
    LeftOut = "left_out" ["foods", "reason"];
    /// The reader's own answers, joined by "; ".
    YouSaid = "you_said" ["answers"];
    ScoresSection = "scores_section";
    ScoreHeading = "score_heading" ["name", "value"];
    ScoreRaised = "score_raised" ["name", "answers"];
    ScoreNotRaised = "score_not_raised" ["name"];
    /// An answer that has no words of its own for the results.
    AnswerToQuestion = "answer_to_question" ["answer", "question"];
    ChangesSection = "changes_section" ["date"];
    ChangeMoved = "change_moved" ["name", "from", "to", "date"];
    ChangeSame = "change_same" ["name", "from", "date"];
    HabitName = "habit_name" ["name"];
    FoodsSection = "foods_section";
    HabitsSection = "habits_section";
    ResearchSection = "research_section";
    HistorySection = "history_section" ["count"];
    HistoryFocus = "history_focus" ["scores"];
    HistoryScore = "history_score" ["name", "value"];
    HistoryNothing = "history_nothing";
    DateShort = "date_short" ["day", "month"];
    DateLong = "date_long" ["day", "month", "year"];
    /// The twelve months, short, separated by spaces.
    Months = "months";
    /// Joins the last two of a list: "a, b and c".
    /// The summary's line of what the advice was adjusted for, in the reader's answers.
    AdjustedFor = "adjusted_for" ["restrictions"];
    /// Foods left out that would help a focus area, with the answers that left them out.
    LeftOutSummary = "left_out_summary" ["reasons", "foods"];
    /// The same when the answers that left them out are all those the advice was adjusted for,
    /// already named just before.
    LeftOutSummaryShort = "left_out_summary_short" ["foods"];
    /// A focus area with its next step: "Fiber: 45, some attention needed; start with …".
    FocusLineStep = "focus_line_step" ["name", "value", "band", "step"];
    /// The step: the food to start with that helps it most,
    FocusStartWith = "focus_start_with" ["food"];
    /// or the habit step the first week gives it,
    FocusInPlan = "focus_in_plan";
    /// or that the foods that would help it are left out,
    FocusLeftOut = "focus_left_out";
    /// or that the foods to start with are aimed elsewhere,
    FocusElsewhere = "focus_elsewhere";
    /// or, with nothing to start, that the reader already eats what may help it.
    FocusAlready = "focus_already";
    /// One line per score the reader's skin concerns are linked with.
    /// One line per group of skin concerns tied to the same scores: "Research links acne with
    /// inflammation (your score: 24, …) and microbiome balance (…)."
    SkinLink = "skin_link" ["concerns", "scores"];
    /// The same, for concerns the evidence ties to the gut less firmly (dry skin, say).
    SkinLinkWeak = "skin_link_weak" ["concerns", "scores"];
    /// One score in a skin line.
    SkinScore = "skin_score" ["name", "value"];
    And = "and";
    /// Joins the last two of a list of alternatives: "a, b or c".
    Or = "or";
    /// For the loader, when the widget's code cannot load.
    LoadFailedTitle = "load_failed_title";
    LoadFailedBody = "load_failed_body";
    // The week after the results.
    WeekStart = "week_start";
    WeekOpen = "week_open";
    WeekTitle = "week_title";
    WeekBack = "week_back";
    /// "Week 1: 2 Dec to 8 Dec".
    WeekDates = "week_dates" ["number", "from", "to"];
    WeekDaysTitle = "week_days_title";
    WeekDaysHint = "week_days_hint";
    WeekDay = "week_day" ["number", "date"];
    WeekDayToday = "week_day_today" ["number"];
    WeekPlantsTitle = "week_plants_title";
    WeekPlantsHint = "week_plants_hint";
    WeekCount = "week_count" ["count", "goal"];
    /// The reader's answer to the plant-variety question.
    WeekBefore = "week_before" ["before"];
    WeekOwn = "week_own";
    WeekAddLabel = "week_add_label";
    WeekAdd = "week_add";
    WeekOverTitle = "week_over_title";
    WeekOverDays = "week_over_days" ["done", "total"];
    WeekEndUp = "week_end_up" ["count", "before"];
    WeekEndSame = "week_end_same" ["count", "before"];
    WeekEndDown = "week_end_down" ["count", "before"];
    WeekNext = "week_next";
    Remind = "remind";
    /// The calendar event's title and text.
    RemindTitle = "remind_title";
    RemindBody = "remind_body";
    WelcomeBackTitle = "welcome_back_title";
    WelcomeBackBody = "welcome_back_body" ["date"];
    WelcomeBackRetake = "welcome_back_retake";
    WelcomeBackResults = "welcome_back_results";
    /// How much the skin bothered the reader, over all their results.
    SkinOverTime = "skin_over_time" ["values", "now"];
    SkinOverTimeValue = "skin_over_time_value" ["answer", "date"];
    /// The words of a link to the blogger's own page about a food or a group of plants.
    OwnLink = "own_link" ["name"];
}

impl Ui {
    /// The texts only the results module says. The build leaves them out of the part of a
    /// content file the widget reads first (see `crate::content::START_PARTS`), so the first
    /// load carries only the words the widget itself shows.
    pub const RESULTS_ONLY: &'static [Ui] = &[
        Ui::Months,
        Ui::DateShort,
        Ui::WelcomeBackTitle,
        Ui::WelcomeBackBody,
        Ui::WelcomeBackRetake,
        Ui::WelcomeBackResults,
        Ui::Label,
        Ui::Or,
        Ui::DateLong,
        Ui::Disclaimer,
        Ui::Scale,
        Ui::ChartTitle,
        Ui::ChartGutGroup,
        Ui::ChartHabitGroup,
        Ui::ChartText,
        Ui::ChartScore,
        Ui::ChartScoreWas,
        Ui::ChartValueWas,
        Ui::ChartKey,
        Ui::FocusTitle,
        Ui::FocusNone,
        Ui::FocusLine,
        Ui::BandLow,
        Ui::BandSome,
        Ui::BandHigh,
        Ui::StartersTitle,
        Ui::StartersNone,
        Ui::PlanTitle,
        Ui::PlanNone,
        Ui::PlanDays1,
        Ui::PlanDays2,
        Ui::PlanDays3,
        Ui::PlanAllWeek,
        Ui::PlanFirst,
        Ui::PlanSecond,
        Ui::PlanThird,
        Ui::FirstStep,
        Ui::Examples,
        Ui::WhyVersion,
        Ui::Caution,
        Ui::CautionFor,
        Ui::LeftOut,
        Ui::YouSaid,
        Ui::ScoresSection,
        Ui::ScoreHeading,
        Ui::ScoreRaised,
        Ui::ScoreNotRaised,
        Ui::AnswerToQuestion,
        Ui::ChangesSection,
        Ui::ChangeMoved,
        Ui::ChangeSame,
        Ui::HabitName,
        Ui::FoodsSection,
        Ui::HabitsSection,
        Ui::ResearchSection,
        Ui::HistorySection,
        Ui::HistoryFocus,
        Ui::HistoryScore,
        Ui::HistoryNothing,
        Ui::AdjustedFor,
        Ui::LeftOutSummary,
        Ui::LeftOutSummaryShort,
        Ui::FocusLineStep,
        Ui::FocusStartWith,
        Ui::FocusInPlan,
        Ui::FocusLeftOut,
        Ui::FocusElsewhere,
        Ui::FocusAlready,
        Ui::SkinLink,
        Ui::SkinLinkWeak,
        Ui::SkinScore,
        Ui::WeekDates,
        Ui::WeekDaysTitle,
        Ui::WeekDaysHint,
        Ui::WeekDay,
        Ui::WeekDayToday,
        Ui::WeekPlantsTitle,
        Ui::WeekPlantsHint,
        Ui::WeekCount,
        Ui::WeekBefore,
        Ui::WeekOwn,
        Ui::WeekAddLabel,
        Ui::WeekAdd,
        Ui::WeekOverTitle,
        Ui::WeekOverDays,
        Ui::WeekEndUp,
        Ui::WeekEndSame,
        Ui::WeekEndDown,
        Ui::WeekNext,
        Ui::RemindTitle,
        Ui::RemindBody,
        Ui::SkinOverTime,
        Ui::SkinOverTimeValue,
        Ui::DoctorFirst,
        Ui::OwnLink,
    ];
}

/// The interface's texts as the content file gives them, by key.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Interface(Vec<(String, String)>);

impl Interface {
    /// The text for `key`; empty only in content that failed its check.
    pub fn get(&self, key: Ui) -> &str {
        let key = key.key();
        self.0
            .iter()
            .find(|(name, _)| name == key)
            .map_or("", |(_, text)| text)
    }

    /// The text for `key` with each `{name}` replaced by its value.
    pub fn fill(&self, key: Ui, values: &[(&str, &str)]) -> String {
        fill(self.get(key), values)
    }

    /// `{label}:` — the label before what it introduces.
    pub fn label(&self, label: &str) -> String {
        self.fill(Ui::Label, &[("label", label)])
    }

    /// The short name of a month, 1 to 12.
    pub fn month(&self, month: u8) -> &str {
        self.get(Ui::Months)
            .split_whitespace()
            .nth(usize::from(month).saturating_sub(1))
            .unwrap_or_default()
    }

    /// Every missing, unknown or misfilled text, each at its path under `at`.
    pub fn problems(&self, at: &str) -> Vec<Problem> {
        let mut problems = Vec::new();
        let place = |key: &str| {
            let mut path = at.to_owned();
            push_key(&mut path, key);
            path
        };
        for key in Ui::ALL {
            let Some((_, text)) = self.0.iter().find(|(name, _)| name == key.key()) else {
                problems.push(Problem::new(
                    place(key.key()),
                    "this interface text is missing",
                ));
                continue;
            };
            if text.trim().is_empty() {
                problems.push(Problem::new(place(key.key()), "is empty"));
            }
            let used: Vec<String> = placeholders(text).into_iter().map(lower_first).collect();
            for wanted in key.placeholders() {
                if !used.iter().any(|name| name == wanted) {
                    problems.push(Problem::new(
                        place(key.key()),
                        format!("must contain {{{wanted}}}, which is filled in when it is shown"),
                    ));
                }
            }
            for name in used {
                if !key.placeholders().contains(&name.as_str()) {
                    let known = key.placeholders().iter().map(|p| format!("{{{p}}}"));
                    let known: Vec<String> = known.collect();
                    problems.push(Problem::new(
                        place(key.key()),
                        if known.is_empty() {
                            format!("has {{{name}}}, but nothing is filled in here")
                        } else {
                            format!("has {{{name}}}, which is not one of {}", known.join(", "))
                        },
                    ));
                }
            }
        }
        let months = self.get(Ui::Months).split_whitespace().count();
        if months != 12 && self.0.iter().any(|(name, _)| name == Ui::Months.key()) {
            problems.push(Problem::new(
                place(Ui::Months.key()),
                format!("must name 12 months, separated by spaces; it names {months}"),
            ));
        }
        for (name, _) in &self.0 {
            if !Ui::ALL.iter().any(|key| key.key() == name) {
                problems.push(Problem::new(
                    place(name),
                    "is not an interface text the widget knows",
                ));
            }
        }
        problems
    }
}

/// The names of the `{placeholders}` in a text.
fn placeholders(text: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        rest = &rest[open + 1..];
        let Some(close) = rest.find('}') else { break };
        names.push(&rest[..close]);
        rest = &rest[close + 1..];
    }
    names
}

/// `template` with each `{name}` replaced by its value, or `{Name}` by its value with a capital
/// first letter (where the language starts a sentence with it); an unknown name is left as
/// written.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            let value = match values.iter().find(|(key, _)| *key == name) {
                Some((_, value)) => (*value).to_owned(),
                None => {
                    let lower = lower_first(name);
                    let value = values.iter().find(|(key, _)| *key == lower)?.1;
                    capitalised(value)
                }
            };
            Some((value, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(&value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

impl FromJson for Interface {
    fn read(at: At<'_>) -> Self {
        Interface(at.entries())
    }
}
