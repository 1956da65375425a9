//! The results' text as markup: the summary (disclaimer, chart, focus areas, the foods to start
//! with, the first week) and the closed sections with the details. These parts have no
//! controls, so one string each renders them in a fraction of the wasm that building every node
//! would take; every piece of text in them is escaped. Built by the results module
//! (`src/bin/results/main.rs`), which the widget fetches only once the reader is under way.

use gut_skin_check::answers::Answers;
use gut_skin_check::changes::Change;
use gut_skin_check::content::{Content, Direction, Note, ScoreKind};
use gut_skin_check::day::Day;
use gut_skin_check::interface::Ui;
use gut_skin_check::markup::Markup;
use gut_skin_check::results::{FoodCard, FoodsOnScreen, Report};
use gut_skin_check::saved::PastResult;
use gut_skin_check::scoring::Score;
use gut_skin_check::text::lower_first;

/// Every score against the reader's last result, and that result's day.
pub type Changes<'c> = (Day, Vec<Change<'c>>);

/// The chart's width in its own units; its text is sized in the same units.
const CHART_WIDTH: u32 = 300;
const ROW_HEIGHT: u32 = 24;
const GROUP_HEIGHT: u32 = 18;

/// `<section class="…" aria-labelledby="gsc-{id}-title"><h3 id="gsc-{id}-title">title</h3>`
fn open_area(out: &mut Markup, id: &str, class: &str, title: &str) {
    out.raw(&format!(
        r#"<section class="{class}" aria-labelledby="gsc-{id}-title"><h3 id="gsc-{id}-title">"#
    ))
    .text(title)
    .raw("</h3>");
}

/// What a reader needs first: the disclaimer with any gentle note, the chart, the focus areas,
/// what research links each skin concern with, the foods to start with and the first week.
pub fn summary(
    report: &Report,
    answers: &Answers,
    foods: &FoodsOnScreen,
    changes: Option<&Changes>,
    past: &[PastResult],
) -> String {
    let content = report.content;
    let mut out = Markup::new();
    out.element(r#"p class="gsc-disclaimer""#, content.ui(Ui::Disclaimer));
    // The doctor card, which is not gentle, opens the results before all of this.
    for note in report.notes.iter().filter(|note| !note.with_skin) {
        self::note(&mut out, note);
    }

    out.raw(r#"<div class="gsc-glance">"#);
    open_area(
        &mut out,
        "chart",
        "gsc-chart-area",
        content.ui(Ui::ChartTitle),
    );
    out.element(r#"p class="gsc-scale""#, content.ui(Ui::Scale));
    chart(&mut out, report, changes);
    out.raw("</section>");

    open_area(&mut out, "focus", "gsc-focus", content.ui(Ui::FocusTitle));
    let focus = report.focus_areas();
    if focus.is_empty() {
        out.element("p", content.ui(Ui::FocusNone));
    } else {
        out.raw("<ol>");
        for line in &report.summary.focus_lines {
            out.element("li", line);
        }
        out.raw("</ol>");
    }
    out.raw("</section></div>");

    // The reader's own question, about their skin, answered before the food ideas.
    let skin_notes: Vec<&&Note> = report.notes.iter().filter(|note| note.with_skin).collect();
    let over_time = skin_over_time(content, answers, past);
    if !report.summary.skin.is_empty() || !skin_notes.is_empty() || over_time.is_some() {
        out.raw(r#"<div class="gsc-skin">"#);
        for line in &report.summary.skin {
            out.element("p", line);
        }
        for note in skin_notes {
            self::note(&mut out, note);
        }
        if let Some(line) = over_time {
            out.element("p", &line);
        }
        out.raw("</div>");
    }

    open_area(
        &mut out,
        "starters",
        "gsc-starters",
        content.ui(Ui::StartersTitle),
    );
    // One short paragraph, so the first week stays near the top on a phone.
    let tailored: Vec<&str> = (report.summary.adjusted_for.iter())
        .chain(&report.summary.left_out)
        .map(String::as_str)
        .collect();
    if !tailored.is_empty() {
        out.element(r#"p class="gsc-said""#, &tailored.join(" "));
    }
    if foods.starters.is_empty() {
        out.element("p", content.ui(Ui::StartersNone));
    } else {
        out.raw(r#"<ul class="gsc-foods">"#);
        for card in &foods.starters {
            food_card(&mut out, content, card, "h4");
        }
        out.raw("</ul>");
    }
    out.raw("</section>");

    open_area(&mut out, "plan", "gsc-plan", content.ui(Ui::PlanTitle));
    if report.plan.is_empty() {
        out.element("p", content.ui(Ui::PlanNone));
    } else {
        out.raw("<ol>");
        for step in &report.plan {
            out.raw("<li>")
                .element("strong", &content.interface.label(step.when))
                .text(" ")
                .text(&step.what())
                .raw("</li>");
        }
        out.raw("</ol>");
    }
    out.raw("</section>");

    out.into_string()
}

/// The question of how much the skin bothered the reader, followed over their results.
const SKIN_BOTHER: &str = "skin_bother";

/// "How much your skin bothered you: quite a lot (3 Nov), a little (1 Dec), and now not at
/// all.", over every past result that answered it, oldest first; `None` without one.
fn skin_over_time(content: &Content, answers: &Answers, past: &[PastResult]) -> Option<String> {
    let question = content.question(SKIN_BOTHER)?;
    let said = |answers: &Answers| {
        let chosen = answers.get(SKIN_BOTHER)?.chosen().first()?.clone();
        Some(lower_first(&question.option(&chosen)?.label))
    };
    let now = said(answers)?;
    let values: Vec<String> = (past.iter().rev())
        .filter_map(|result| {
            let answer = said(&result.answers)?;
            let date = result.on.short(content);
            Some(content.fill(
                Ui::SkinOverTimeValue,
                &[("answer", &answer), ("date", &date)],
            ))
        })
        .collect();
    if values.is_empty() {
        return None;
    }
    let values = values.join(", ");
    Some(content.fill(Ui::SkinOverTime, &[("values", &values), ("now", &now)]))
}

/// A gentle note with its source.
fn note(out: &mut Markup, note: &Note) {
    out.raw(r#"<p class="gsc-note">"#)
        .text(&note.text)
        .raw(" <cite>(")
        .text(&note.source)
        .raw(")</cite></p>");
}

/// One bar a score, grouped as the article groups them, the value in text at the end of each
/// bar and the last result marked on it.
fn chart(out: &mut Markup, report: &Report, last: Option<&Changes>) {
    let content = report.content;
    let was = |score: &Score| {
        last.and_then(|(_, changes)| changes.iter().find(|c| c.def.id == score.def.id))
            .map(|change| change.from)
    };
    let groups = [
        (content.ui(Ui::ChartGutGroup), true),
        (content.ui(Ui::ChartHabitGroup), false),
    ];
    let height = groups.len() as u32 * GROUP_HEIGHT + report.scores.len() as u32 * ROW_HEIGHT;
    let scores: Vec<String> = report
        .scores
        .iter()
        .map(|score| {
            let value = score.value.to_string();
            match was(score) {
                Some(from) => content.fill(
                    Ui::ChartScoreWas,
                    &[
                        ("name", &score.def.name),
                        ("value", &value),
                        ("was", &from.to_string()),
                    ],
                ),
                None => content.fill(
                    Ui::ChartScore,
                    &[("name", &score.def.name), ("value", &value)],
                ),
            }
        })
        .collect();
    let described = content.fill(Ui::ChartText, &[("scores", &scores.join("; "))]);
    // Text anchors follow the language's direction; the bars and the marks are mirrored by
    // hand, so a right-to-left chart grows from the right.
    let rtl = content.dir == Direction::Rtl;
    let (start, end) = if rtl {
        (CHART_WIDTH, 0)
    } else {
        (0, CHART_WIDTH)
    };
    let from_start = |x: u32, width: u32| if rtl { CHART_WIDTH - x - width } else { x };
    out.raw(&format!(
        r#"<svg class="gsc-chart" viewBox="0 0 {CHART_WIDTH} {height}" role="img" aria-labelledby="gsc-chart-desc"><title id="gsc-chart-desc">"#
    ))
    .text(&described)
    .raw("</title>");
    let mut y = 0;
    for (title, mechanisms) in groups {
        out.raw(&format!(
            r#"<text class="gsc-chart-group" x="{start}" y="{}">"#,
            y + 14
        ))
        .text(title)
        .raw("</text>");
        y += GROUP_HEIGHT;
        let is_mechanism = |score: &&Score| (score.def.kind == ScoreKind::Mechanism) == mechanisms;
        for score in report.scores.iter().filter(is_mechanism) {
            let value = u32::from(score.value);
            let value_text = match was(score) {
                Some(from) => content.fill(
                    Ui::ChartValueWas,
                    &[("value", &value.to_string()), ("was", &from.to_string())],
                ),
                None => value.to_string(),
            };
            let width = value * CHART_WIDTH / 100;
            out.raw(&format!(r#"<text x="{start}" y="{}">"#, y + 12))
                .text(&score.def.name)
                .raw(&format!(
                    r#"</text><text class="gsc-chart-value" x="{end}" y="{}" text-anchor="end">"#,
                    y + 12
                ))
                .text(&value_text)
                .raw(&format!(
                    r#"</text><rect class="gsc-chart-track" x="0" y="{}" width="{CHART_WIDTH}" height="6" rx="3"/><rect class="gsc-chart-fill" x="{}" y="{}" width="{width}" height="6" rx="3"/>"#,
                    y + 16,
                    from_start(0, width),
                    y + 16,
                ));
            if let Some(from) = was(score) {
                let x = (u32::from(from) * CHART_WIDTH / 100).clamp(1, CHART_WIDTH - 1) - 1;
                out.raw(&format!(
                    r#"<rect class="gsc-chart-last" x="{}" y="{}" width="3" height="12"/>"#,
                    from_start(x, 3),
                    y + 13
                ));
            }
            y += ROW_HEIGHT;
        }
    }
    out.raw("</svg>");
    if let Some((since, _)) = last {
        out.element(
            r#"p class="gsc-chart-key""#,
            &content.fill(Ui::ChartKey, &[("date", &since.short(content))]),
        );
    }
}

/// A food's card: its version for the reader, why, the first step and its cautions, as much
/// of it as `card.shows`.
fn food_card(out: &mut Markup, content: &Content, card: &FoodCard, heading: &str) {
    let food = card.food;
    out.raw(r#"<li class="gsc-food">"#)
        .element(heading, food.name());
    if let Some(said) = &card.said {
        out.element(r#"p class="gsc-said""#, said);
    }
    if card.shows.description() {
        out.element(r#"p class="gsc-examples""#, &food.examples_line(content));
        if let Some(why) = food.why_line(content) {
            out.element(r#"p class="gsc-swap""#, &why);
        }
    }
    if card.shows.first_step() {
        first_step(out, content, &food.variant.first_step);
    }
    for caution in &card.cautions {
        out.element(r#"p class="gsc-caution""#, caution);
    }
    // The blogger's own page about the food, after what the card says of it: the reader's
    // answers are kept on the device, so the results are there again when they come back.
    if let Some(link) = &food.food.link {
        let words = content.fill(Ui::OwnLink, &[("name", &lower_first(food.name()))]);
        out.own_link(link, &words);
    }
    out.raw("</li>");
}

/// "<strong>First step:</strong> …" as a paragraph.
fn first_step(out: &mut Markup, content: &Content, step: &str) {
    out.raw("<p>")
        .element(
            "strong",
            &content.interface.label(content.ui(Ui::FirstStep)),
        )
        .text(" ")
        .text(step)
        .raw("</p>");
}

/// `<details>` opening with its summary line; closed until the reader opens it.
fn open_section(out: &mut Markup, summary: &str) {
    out.raw(r#"<details class="gsc-more"><summary>"#)
        .text(summary)
        .raw(r#"</summary><div class="gsc-more-body">"#);
}

fn close_section(out: &mut Markup) {
    out.raw("</div></details>");
}

/// Everything else, each in a closed section: what raised each score, what changed since last
/// time, the other foods and what was left out, the habit tips, the research, past results.
pub fn details(
    report: &Report,
    foods: &FoodsOnScreen,
    changes: Option<&Changes>,
    past: &[PastResult],
) -> String {
    let content = report.content;
    let mut out = Markup::new();
    open_section(&mut out, content.ui(Ui::ScoresSection));
    out.raw(r#"<ul class="gsc-score-list">"#);
    for score in &report.scores {
        let value = score.value.to_string();
        out.raw(r#"<li class="gsc-score">"#)
            .element(
                "h4",
                &content.fill(
                    Ui::ScoreHeading,
                    &[("name", &score.def.name), ("value", &value)],
                ),
            )
            .element(r#"p class="gsc-score-about""#, &score.def.about)
            .element("p", &score.explanation(content))
            .raw("</li>");
    }
    out.raw("</ul>");
    close_section(&mut out);

    if let Some((since, changes)) = changes {
        open_section(
            &mut out,
            &content.fill(Ui::ChangesSection, &[("date", &since.short(content))]),
        );
        out.raw(r#"<ul class="gsc-changes">"#);
        for change in changes {
            out.element("li", &change.describe(content, *since));
        }
        out.raw("</ul>");
        close_section(&mut out);
    }

    open_section(&mut out, content.ui(Ui::FoodsSection));
    for section in &foods.lists {
        let list = section.list.list;
        // Escaped too, though the checks allow only plain ids: a content file is not ours.
        out.raw(r#"<section class="gsc-food-list" aria-labelledby="gsc-list-"#)
            .text(&list.id)
            .raw(r#""><h4 id="gsc-list-"#)
            .text(&list.id)
            .raw(r#"">"#)
            .text(&list.name)
            .raw("</h4>")
            .element(r#"p class="gsc-list-about""#, &list.about);
        if let Some(said) = &section.said {
            out.element(r#"p class="gsc-said""#, said);
        }
        for caution in &section.cautions {
            out.element(r#"p class="gsc-caution""#, caution);
        }
        if !section.cards.is_empty() {
            out.raw(r#"<ul class="gsc-foods">"#);
            for card in &section.cards {
                food_card(&mut out, content, card, "h5");
            }
            out.raw("</ul>");
        }
        for line in &section.left_out {
            out.element(r#"p class="gsc-left-out""#, line);
        }
        out.raw("</section>");
    }
    close_section(&mut out);

    if !report.suggestions.tips.is_empty() {
        open_section(&mut out, content.ui(Ui::HabitsSection));
        out.raw(r#"<ul class="gsc-foods">"#);
        for tip in &report.suggestions.tips {
            out.raw(r#"<li class="gsc-food">"#)
                .element("h4", &tip.tip.name);
            if let Some(said) = tip.said_line(content) {
                out.element(r#"p class="gsc-said""#, &said);
            }
            first_step(&mut out, content, &tip.tip.first_step);
            out.raw("</li>");
        }
        out.raw("</ul>");
        close_section(&mut out);
    }

    open_section(&mut out, content.ui(Ui::ResearchSection));
    out.raw("<ul>");
    for line in &report.evidence {
        out.raw("<li>")
            .text(&line.text)
            .raw(" <cite>(")
            .text(&line.source)
            .raw(")</cite></li>");
    }
    out.raw("</ul>");
    close_section(&mut out);

    if !past.is_empty() {
        open_section(
            &mut out,
            &content.fill(Ui::HistorySection, &[("count", &past.len().to_string())]),
        );
        out.raw(r#"<ol class="gsc-history-list">"#);
        for result in past {
            out.raw("<li>")
                .element("strong", &content.interface.label(&result.on.long(content)))
                .text(" ")
                .text(&result.focus_line(content))
                .raw("</li>");
        }
        out.raw("</ol>");
        close_section(&mut out);
    }
    out.into_string()
}
