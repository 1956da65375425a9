//! The week's screen as markup, written by the results module so that none of it weighs on the
//! first load: each day with its steps from the first-week plan, and the plant foods to tick,
//! less those the reader's restrictions rule out. The widget keeps the days and the lists as
//! first written while the reader ticks (a box ticks itself), so ticking never rebuilds the
//! list under the reader's finger, or their screen reader's cursor.

use gut_skin_check::answers::Answers;
use gut_skin_check::content::Content;
use gut_skin_check::day::Day;
use gut_skin_check::interface::Ui;
use gut_skin_check::markup::Markup;
use gut_skin_check::plan::steps_on;
use gut_skin_check::results::Report;
use gut_skin_check::text::{capitalised, lower_first};
use gut_skin_check::warning_signs::doctor_first;
use gut_skin_check::week::{typed_plant_name, Week, WeekOnScreen, PLANT_GOAL, WEEK_DAYS};

/// The question whose answer the week's plant count is set against.
const PLANT_QUESTION: &str = "plant_variety";

/// The week's screen in six parts: its dates (and, once it is over, how it went), its days, the
/// plant count, the plant lists, the way back and the reminder, and the count as the live
/// region says it. Only the first and third change as the reader ticks.
pub fn week(report: &Report, shown: &WeekOnScreen) -> [String; 6] {
    let content = report.content;
    let (answers, week, today) = (&shown.answers, &shown.week, shown.today);
    let before = plant_answer(content, answers);
    let mut head = Markup::new();
    if let Some(line) = doctor_first(content, answers) {
        head.element(r#"p class="gsc-doctor-first""#, line);
    }
    head.element(
        r#"p class="gsc-week-dates""#,
        &content.fill(
            Ui::WeekDates,
            &[
                ("number", &shown.number.to_string()),
                ("from", &week.from.short(content)),
                ("to", &week.date(WEEK_DAYS as u8 - 1).short(content)),
            ],
        ),
    );
    if week.is_over(today) {
        over(&mut head, content, week, before.as_ref());
    }
    let mut days_part = Markup::new();
    days(&mut days_part, report, week, today);
    let count = content.fill(
        Ui::WeekCount,
        &[
            ("count", &week.plants_eaten().len().to_string()),
            ("goal", &PLANT_GOAL.to_string()),
        ],
    );
    let mut count_part = Markup::new();
    count_part.raw(r#"<p class="gsc-week-count">"#);
    count_part.element("strong", &count).raw("</p>");
    if let Some((before, _, _)) = &before {
        count_part.element("p", &content.fill(Ui::WeekBefore, &[("before", before)]));
    }
    let mut plants_part = Markup::new();
    plants(&mut plants_part, content, answers, week);
    let mut nav = Markup::new();
    nav.raw(r#"<div class="gsc-nav"><button type="button" class="gsc-button" data-gsc-do="back">"#)
        .text(content.ui(Ui::WeekBack))
        .raw(r#"</button><button type="button" class="gsc-button" data-gsc-do="print">"#)
        .text(content.ui(Ui::Print))
        .raw(r#"</button><button type="button" class="gsc-button" data-gsc-do="remind">"#)
        .text(content.ui(Ui::Remind))
        .raw("</button></div>");
    [
        head.into_string(),
        days_part.into_string(),
        count_part.into_string(),
        plants_part.into_string(),
        nav.into_string(),
        count,
    ]
}

/// Each day of the week with its steps; days still to come cannot be ticked yet.
fn days(out: &mut Markup, report: &Report, week: &Week, today: Day) {
    let content = report.content;
    out.raw(r#"<section class="gsc-week-days" aria-labelledby="gsc-days-title"><h3 id="gsc-days-title">"#)
        .text(content.ui(Ui::WeekDaysTitle))
        .raw("</h3>")
        .element(r#"p class="gsc-hint""#, content.ui(Ui::WeekDaysHint))
        .raw(r#"<ul class="gsc-days">"#);
    for day in 0..WEEK_DAYS as u8 {
        let number = (day + 1).to_string();
        let date = week.date(day);
        let label = if date == today {
            content.fill(Ui::WeekDayToday, &[("number", &number)])
        } else {
            content.fill(
                Ui::WeekDay,
                &[("number", &number), ("date", &date.short(content))],
            )
        };
        let class = if date == today {
            "gsc-day gsc-today"
        } else {
            "gsc-day"
        };
        let to_come = if date > today { " disabled" } else { "" };
        let done = if week.is_done(day) { " checked" } else { "" };
        out.raw(&format!(
            r#"<li class="{class}"><label class="gsc-check"><input type="checkbox" id="gsc-day-{day}" data-gsc-day="{day}" aria-describedby="gsc-day-{day}-steps"{to_come}{done}><span>"#
        ))
        .text(&label)
        .raw(&format!(r#"</span></label><ul class="gsc-day-steps" id="gsc-day-{day}-steps">"#));
        let steps: Vec<String> = (steps_on(&report.plan, day).into_iter())
            .map(|step| capitalised(&step.what()))
            .collect();
        if steps.is_empty() {
            out.element("li", content.ui(Ui::PlanNone));
        }
        for step in &steps {
            out.element("li", step);
        }
        out.raw("</ul></li>");
    }
    out.raw("</ul></section>");
}

/// The plant lists: what the reader added themselves first (and any plant they added that
/// their restrictions leave out of the lists), then each group of the content's plants.
fn plants(out: &mut Markup, content: &Content, answers: &Answers, week: &Week) {
    out.raw(r#"<section class="gsc-week-plants" aria-labelledby="gsc-plants-title"><h3 id="gsc-plants-title">"#)
        .text(content.ui(Ui::WeekPlantsTitle))
        .raw("</h3>")
        .element(r#"p class="gsc-hint""#, content.ui(Ui::WeekPlantsHint))
        // Enter in the box adds the plant too (the widget listens for it): no form, whose
        // submitting would need a listener of its own.
        .raw(r#"<div class="gsc-add-plant"><label for="gsc-plant-name">"#)
        .text(content.ui(Ui::WeekAddLabel))
        .raw(r#"</label><span class="gsc-add-row"><input id="gsc-plant-name" type="text" maxlength="40" autocomplete="off"><button type="button" class="gsc-button" data-gsc-do="add">"#)
        .text(content.ui(Ui::WeekAdd))
        .raw("</button></span></div>");
    let reader = content.reader(answers);
    let groups = content.plants_for(&reader);
    let listed =
        |key: &str| (groups.iter()).any(|(_, plants)| plants.iter().any(|plant| plant.id == key));
    let own: Vec<&str> = (week.plants.iter())
        .map(|(key, _)| key.as_str())
        .filter(|key| !listed(key))
        .collect();
    if !own.is_empty() {
        open_group(out, "own", content.ui(Ui::WeekOwn));
        for (index, key) in own.iter().enumerate() {
            let name = typed_plant_name(key)
                .map_or_else(|| content.plant_name(key).to_owned(), capitalised);
            plant_box(out, &format!("own-{index}"), key, &name, week);
        }
        out.raw("</ul></fieldset>");
    }
    for (group, plants) in &groups {
        open_group(out, &group.id, &group.name);
        for plant in plants {
            plant_box(out, &plant.id, &plant.id, plant.name_for(&reader), week);
        }
        out.raw("</ul>");
        if let Some(link) = &group.link {
            let words = content.fill(Ui::OwnLink, &[("name", &lower_first(&group.name))]);
            out.own_link(link, &words);
        }
        out.raw("</fieldset>");
    }
    out.raw("</section>");
}

fn open_group(out: &mut Markup, id: &str, name: &str) {
    out.raw(&format!(
        r#"<fieldset class="gsc-plant-group" id="gsc-plants-{id}"><legend>"#
    ))
    .text(name)
    .raw(r#"</legend><ul class="gsc-plants">"#);
}

fn plant_box(out: &mut Markup, id: &str, key: &str, name: &str, week: &Week) {
    out.raw(&format!(
        r#"<li><label class="gsc-check"><input type="checkbox" id="gsc-plant-{id}" data-gsc-plant=""#
    ))
    .text(key)
    .raw(if week.has_plant(key) { r#"" checked>"# } else { r#"">"# })
    .raw("<span>")
    .text(name)
    .raw("</span></label></li>");
}

/// How the week went, once it is over, and the next one offered.
fn over(out: &mut Markup, content: &Content, week: &Week, before: Option<&PlantAnswer>) {
    let count = week.plants_eaten().len();
    out.raw(r#"<div class="gsc-week-over"><h3>"#)
        .text(content.ui(Ui::WeekOverTitle))
        .raw("</h3>")
        .element(
            "p",
            &content.fill(
                Ui::WeekOverDays,
                &[
                    ("done", &week.days_done().to_string()),
                    ("total", &WEEK_DAYS.to_string()),
                ],
            ),
        );
    if let Some((before, least, most)) = before {
        let count = count as u32;
        let text = match most {
            Some(most) if count > *most => Ui::WeekEndUp,
            _ if count < *least => Ui::WeekEndDown,
            _ => Ui::WeekEndSame,
        };
        let count = count.to_string();
        out.element(
            "p",
            &content.fill(text, &[("count", &count), ("before", before)]),
        );
    }
    out.raw(r#"<button type="button" class="gsc-button gsc-primary" data-gsc-do="next">"#)
        .text(content.ui(Ui::WeekNext))
        .raw("</button></div>");
}

/// The reader's answer to the plant-variety question, as a phrase ("fewer than 10"), with the
/// fewest and the most plants it allows (`None` for an open range such as "30 or more").
type PlantAnswer = (String, u32, Option<u32>);

/// The reader's [`PlantAnswer`], its range read from the option's id ("under_10", "10_19",
/// "30_plus").
fn plant_answer(content: &Content, answers: &Answers) -> Option<PlantAnswer> {
    let question = content.question(PLANT_QUESTION)?;
    let chosen = answers.get(PLANT_QUESTION)?.chosen().first()?.clone();
    let option = question.option(&chosen)?;
    let numbers: Vec<u32> = chosen
        .split('_')
        .filter_map(|part| part.parse().ok())
        .collect();
    let (least, most) = match (chosen.starts_with("under_"), numbers.as_slice()) {
        (true, [limit]) => (0, Some(limit.saturating_sub(1))),
        (false, [least, most]) => (*least, Some(*most)),
        (false, [least]) => (*least, None),
        _ => return None,
    };
    Some((lower_first(&option.label), least, most))
}

/// The welcome back to a reader four weeks or more after their `last` result: the check again
/// first, or their last results, and, when those results showed the doctor card, to see the
/// doctor first; the widget listens for the buttons by `data-gsc-do`.
pub fn welcome_back(content: &Content, last: Day, doctor: bool) -> String {
    let mut out = Markup::new();
    out.raw(r#"<h2 id="gsc-welcome-title" tabindex="-1">"#)
        .text(content.ui(Ui::WelcomeBackTitle))
        .raw("</h2>");
    if doctor {
        out.element(r#"p class="gsc-doctor-first""#, content.ui(Ui::DoctorFirst));
    }
    out.element(
        "p",
        &content.fill(Ui::WelcomeBackBody, &[("date", &last.long(content))]),
    )
        .raw(r#"<div class="gsc-nav"><button type="button" class="gsc-button gsc-primary" data-gsc-do="retake">"#)
        .text(content.ui(Ui::WelcomeBackRetake))
        .raw(r#"</button><button type="button" class="gsc-button" data-gsc-do="results">"#)
        .text(content.ui(Ui::WelcomeBackResults))
        .raw("</button></div>");
    out.into_string()
}
