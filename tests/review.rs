//! `content/REVIEW.md`, the content's review for a dietitian and a native speaker to sign: every
//! row quotes the words of its source, and every part of the content that makes a claim has a
//! row.

mod support;

use support::content;

const REVIEW: &str = include_str!("../content/REVIEW.md");

/// The shortest quotation that can back a line: a few words, not one.
const SHORTEST_QUOTE: usize = 20;

/// The rows of every table, each as its cells, with the line it is on.
fn rows() -> Vec<(usize, Vec<&'static str>)> {
    let mut rows = Vec::new();
    let mut in_table = false;
    for (number, line) in REVIEW.lines().enumerate() {
        let line = line.trim();
        if !line.starts_with('|') {
            in_table = false;
            continue;
        }
        let cells: Vec<&str> = line.trim_matches('|').split(" | ").map(str::trim).collect();
        if cells
            .iter()
            .all(|cell| cell.chars().all(|c| matches!(c, '-' | ':' | ' ')))
        {
            in_table = true;
            continue;
        }
        if in_table {
            rows.push((number + 1, cells));
        }
    }
    rows
}

/// The quotations in a cell: text between “ and ”.
fn quotes(cell: &str) -> Vec<&str> {
    cell.split('“')
        .skip(1)
        .filter_map(|part| part.split_once('”').map(|(quote, _)| quote))
        .collect()
}

#[test]
fn every_row_quotes_the_words_of_its_source() {
    let rows = rows();
    assert!(rows.len() > 100, "{} rows", rows.len());
    let mut unquoted = Vec::new();
    for (line, cells) in &rows {
        assert!(cells.len() >= 4, "line {line}: {} cells", cells.len());
        let no_claim = cells[1].starts_with("No health claim");
        let quoted = quotes(cells[2])
            .iter()
            .any(|quote| quote.chars().count() >= SHORTEST_QUOTE);
        if !no_claim && !quoted {
            unquoted.push(format!("line {line}: {}", cells[0]));
        }
    }
    assert!(
        unquoted.is_empty(),
        "rows without a quotation of their source:\n{}",
        unquoted.join("\n")
    );
}

#[test]
fn rows_without_a_claim_are_only_interface_words() {
    for (line, cells) in rows() {
        if cells[1].starts_with("No health claim") {
            assert!(
                cells[0].contains("interface.") || cells[0].contains("sections"),
                "line {line}: {} claims nothing, yet it is not interface words",
                cells[0]
            );
        }
    }
}

#[test]
fn every_part_of_the_content_that_makes_a_claim_has_a_row() {
    let content = content();
    let paths: String = rows().iter().map(|(_, cells)| cells[0]).collect();
    let mut missing = Vec::new();
    let mut expect = |what: String| {
        if !paths.contains(&what) {
            missing.push(what);
        }
    };
    for food in &content.foods {
        expect(format!("foods[id={}]", food.id));
    }
    for restriction in &content.restrictions {
        expect(format!("restrictions[id={}]", restriction.id));
    }
    for question in &content.questions {
        expect(format!("questions[id={}]", question.id));
    }
    for score in &content.scores {
        expect(format!("scores[id={}]", score.id));
    }
    for index in 0..content.notes.len() {
        expect(format!("notes[{index}]"));
    }
    for index in 0..content.evidence.len() {
        expect(format!("evidence[{index}]"));
    }
    for group in &content.plants {
        expect(format!("plants[id={}]", group.id));
    }
    for key in [
        "disclaimer",
        "scale",
        "doctor_today",
        "doctor_soon",
        "doctor_gp",
        "doctor_first",
        "skin_link",
        "skin_link_weak",
        "week_plants_hint",
        "intro_title",
        "intro_lead",
    ] {
        expect(format!("interface.{key}"));
    }
    assert!(missing.is_empty(), "no row for:\n{}", missing.join("\n"));
}

#[test]
fn every_audit_finding_is_answered() {
    let findings: Vec<String> = ["U1", "U2", "W1", "W2", "W3"]
        .into_iter()
        .map(str::to_owned)
        .chain((1..=17).map(|n| format!("D{n}")))
        .chain((1..=10).map(|n| format!("S{n}")))
        .collect();
    let answered: Vec<&str> = rows().iter().map(|(_, cells)| cells[0]).collect();
    for finding in findings {
        assert!(
            answered
                .iter()
                .any(|cell| cell.trim_matches('*') == finding),
            "the audit's {finding} has no row"
        );
    }
}
