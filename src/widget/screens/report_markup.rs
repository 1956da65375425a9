//! The results' text as markup: the summary (doctor card, disclaimer, chart, focus areas, the
//! foods to start with, the first week) and the closed sections with the details. These parts
//! have no controls, so one string each renders them in a fraction of the wasm that building
//! every node would take; every piece of text in them is escaped.

use gut_skin_check::content::ScoreKind;
use gut_skin_check::markup::Markup;
use gut_skin_check::results::{FoodCard, FoodsOnScreen, Report, DISCLAIMER, SCALE};
use gut_skin_check::scoring::Score;
use gut_skin_check::session::Session;

/// The chart's width in its own units; its text is sized in the same units.
const CHART_WIDTH: u32 = 300;
const ROW_HEIGHT: u32 = 30;
const GROUP_HEIGHT: u32 = 22;

/// The doctor card, when there is one, and the results' heading.
pub fn head(report: &Report, shared: bool) -> String {
    let mut out = Markup::new();
    if report.has_doctor_card() {
        out.raw(r#"<section class="gsc-doctor" aria-labelledby="gsc-doctor-title"><h2 id="gsc-doctor-title" tabindex="-1">Please talk to a doctor</h2><p>You told us about:</p><ul>"#);
        for sign in &report.warning_signs {
            out.element("li", sign);
        }
        out.raw("</ul><p>Signs like these have many causes, most of them treatable, but they need a doctor's check. Please book an appointment soon rather than waiting to see whether changes to what you eat help. If you feel very unwell, get urgent medical help.</p><p>Your results and food ideas are below; they are no substitute for that check.</p></section>");
    }
    let title = if shared {
        "Shared results"
    } else {
        "Your results"
    };
    out.element(r#"h2 id="gsc-results-title" tabindex="-1""#, title);
    out.into_string()
}

/// What a reader needs first: the disclaimer, any gentle note, the chart, the focus areas, the
/// foods to start with and the first week.
pub fn summary(report: &Report, foods: &FoodsOnScreen, session: &Session) -> String {
    let mut out = Markup::new();
    out.raw(r#"<p class="gsc-disclaimer"><strong>"#)
        .text(DISCLAIMER)
        .raw("</strong></p>");
    for note in &report.notes {
        out.raw(r#"<p class="gsc-note">"#)
            .text(&note.text)
            .raw(" <cite>(")
            .text(&note.source)
            .raw(")</cite></p>");
    }

    out.raw(r#"<div class="gsc-glance"><section class="gsc-chart-area" aria-labelledby="gsc-chart-title"><h3 id="gsc-chart-title">Your eight scores</h3>"#)
        .element(r#"p class="gsc-scale""#, SCALE);
    chart(&mut out, report, session);
    out.raw("</section>");

    out.raw(r#"<section class="gsc-focus" aria-labelledby="gsc-focus-title"><h3 id="gsc-focus-title">Your top three focus areas</h3>"#);
    let focus = report.focus_areas();
    if focus.is_empty() {
        out.element(
            "p",
            "None of your scores stands out: keep doing what you are doing.",
        );
    } else {
        out.raw("<ol>");
        for score in focus {
            out.element("li", &format!("{}.", score.value_line()));
        }
        out.raw("</ol>");
    }
    out.raw("</section></div>");

    out.raw(r#"<section class="gsc-starters" aria-labelledby="gsc-starters-title"><h3 id="gsc-starters-title">Start with these</h3>"#);
    if foods.starters.is_empty() {
        out.element("p", "You already eat from all three lists as often as this check asks: keep it up. More ideas are under \"More foods\" below.");
    } else {
        out.raw(r#"<ul class="gsc-foods">"#);
        for card in &foods.starters {
            food_card(&mut out, card, "h4");
        }
        out.raw("</ul>");
    }
    out.raw("</section>");

    out.raw(r#"<section class="gsc-plan" aria-labelledby="gsc-plan-title"><h3 id="gsc-plan-title">Your first week</h3>"#);
    if report.plan.is_empty() {
        out.element(
            "p",
            "Nothing needs to change this week: keep your habits going.",
        );
    } else {
        out.raw(
            "<p>One small change every few days; keep each one going as you add the next.</p><ol>",
        );
        for step in &report.plan {
            out.raw("<li><strong>")
                .text(step.when)
                .raw(":</strong> ")
                .text(&step.what())
                .raw("</li>");
        }
        out.raw("</ol>");
    }
    out.raw("</section>");
    out.into_string()
}

/// One bar a score, grouped as the article groups them, the value in text at the end of each
/// bar and the last result marked on it.
fn chart(out: &mut Markup, report: &Report, session: &Session) {
    let last = session.changes();
    let was = |score: &Score| {
        last.as_ref()
            .and_then(|(_, changes)| changes.iter().find(|c| c.def.id == score.def.id))
            .map(|change| change.from)
    };
    let groups = [("The gut and your skin", true), ("Your habits", false)];
    let height = groups.len() as u32 * GROUP_HEIGHT + report.scores.len() as u32 * ROW_HEIGHT;
    let mut described = String::from("Your eight scores, out of 100:");
    for score in &report.scores {
        described.push_str(&format!(" {} {}", score.def.name, score.value));
        if let Some(from) = was(score) {
            described.push_str(&format!(", last time {from}"));
        }
        described.push(';');
    }
    described.pop();
    described.push('.');
    out.raw(&format!(
        r#"<svg class="gsc-chart" viewBox="0 0 {CHART_WIDTH} {height}" role="img" aria-labelledby="gsc-chart-desc"><title id="gsc-chart-desc">"#
    ))
    .text(&described)
    .raw("</title>");
    let mut y = 0;
    for (title, mechanisms) in groups {
        out.raw(&format!(
            r#"<text class="gsc-chart-group" x="0" y="{}">"#,
            y + 15
        ))
        .text(title)
        .raw("</text>");
        y += GROUP_HEIGHT;
        let is_mechanism = |score: &&Score| (score.def.kind == ScoreKind::Mechanism) == mechanisms;
        for score in report.scores.iter().filter(is_mechanism) {
            let value = u32::from(score.value);
            let value_text = match was(score) {
                Some(from) => format!("{value} (was {from})"),
                None => value.to_string(),
            };
            out.raw(&format!(r#"<text x="0" y="{}">"#, y + 12))
                .text(&score.def.name)
                .raw(&format!(
                    r#"</text><text class="gsc-chart-value" x="{CHART_WIDTH}" y="{}" text-anchor="end">"#,
                    y + 12
                ))
                .text(&value_text)
                .raw(&format!(
                    r#"</text><rect class="gsc-chart-track" x="0" y="{}" width="{CHART_WIDTH}" height="8" rx="4"/><rect class="gsc-chart-fill" x="0" y="{}" width="{}" height="8" rx="4"/>"#,
                    y + 17,
                    y + 17,
                    value * CHART_WIDTH / 100
                ));
            if let Some(from) = was(score) {
                let x = (u32::from(from) * CHART_WIDTH / 100).clamp(1, CHART_WIDTH - 1) - 1;
                out.raw(&format!(
                    r#"<rect class="gsc-chart-last" x="{x}" y="{}" width="3" height="14"/>"#,
                    y + 14
                ));
            }
            y += ROW_HEIGHT;
        }
    }
    out.raw("</svg>");
    if let Some((since, _)) = last {
        out.element(
            r#"p class="gsc-chart-key""#,
            &format!(
                "The dark line on each bar marks your last result, on {}.",
                since.short()
            ),
        );
    }
}

/// A food's card: its version for the reader, why, the first step and its cautions, as much
/// of it as `card.shows`.
fn food_card(out: &mut Markup, card: &FoodCard, heading: &str) {
    let food = card.food;
    out.raw(r#"<li class="gsc-food">"#)
        .element(heading, food.name());
    if let Some(said) = &card.said {
        out.element(r#"p class="gsc-said""#, said);
    }
    if card.shows.description() {
        out.element(r#"p class="gsc-examples""#, &food.examples_line());
        if let Some(also) = &food.also_helps {
            out.element("p", also);
        }
        if let Some(why) = food.why_line() {
            out.element(r#"p class="gsc-swap""#, &why);
        }
    }
    if card.shows.first_step() {
        out.raw("<p><strong>First step:</strong> ")
            .text(&food.variant.first_step)
            .raw("</p>");
    }
    for caution in &card.cautions {
        out.element(r#"p class="gsc-caution""#, caution);
    }
    out.raw("</li>");
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
pub fn details(report: &Report, foods: &FoodsOnScreen, session: &Session) -> String {
    let mut out = Markup::new();
    open_section(&mut out, "What raised each score, and what each one means");
    out.raw(r#"<ul class="gsc-score-list">"#);
    for score in &report.scores {
        out.raw(r#"<li class="gsc-score">"#)
            .element(
                "h3",
                &format!("{}, {} out of 100", score.def.name, score.value),
            )
            .element(r#"p class="gsc-score-about""#, &score.def.about)
            .element("p", &score.explanation())
            .raw("</li>");
    }
    out.raw("</ul>");
    close_section(&mut out);

    if let Some((since, changes)) = session.changes() {
        open_section(
            &mut out,
            &format!("What changed since your last result, on {}", since.short()),
        );
        out.raw(r#"<ul class="gsc-changes">"#);
        for change in &changes {
            out.element("li", &change.describe(since));
        }
        out.raw("</ul>");
        close_section(&mut out);
    }

    open_section(
        &mut out,
        "More foods from each list, and what was left out for you",
    );
    for section in &foods.lists {
        let list = section.list.list;
        out.raw(&format!(
            r#"<section class="gsc-food-list" aria-labelledby="gsc-list-{0}"><h3 id="gsc-list-{0}">"#,
            list.id
        ))
        .text(&list.name)
        .raw("</h3>")
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
                food_card(&mut out, card, "h4");
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
        open_section(
            &mut out,
            "Habits to go with them: water and processed foods",
        );
        out.raw(r#"<ul class="gsc-foods">"#);
        for tip in &report.suggestions.tips {
            out.raw(r#"<li class="gsc-food">"#)
                .element("h3", &tip.tip.name);
            if let Some(said) = tip.said_line() {
                out.element(r#"p class="gsc-said""#, &said);
            }
            out.raw("<p><strong>First step:</strong> ")
                .text(&tip.tip.first_step)
                .raw("</p></li>");
        }
        out.raw("</ul>");
        close_section(&mut out);
    }

    open_section(&mut out, "What the research says, with sources");
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

    let past = session.past_results();
    if !past.is_empty() {
        open_section(
            &mut out,
            &format!("Your past results on this device ({})", past.len()),
        );
        out.raw(r#"<ol class="gsc-history-list">"#);
        for result in past {
            out.raw("<li><strong>")
                .text(&result.on.long())
                .raw(":</strong> ")
                .text(&result.focus_line(session.content()))
                .raw("</li>");
        }
        out.raw("</ol>");
        close_section(&mut out);
    }
    out.into_string()
}
