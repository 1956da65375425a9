//! The results of one complete assessment: the doctor card, scores, focus areas, the foods to
//! start with, the first-week plan and the details behind them, each line placed once.

use crate::answers::Answers;
use crate::content::{Content, Evidence, Note};
use crate::interface::Ui;
use crate::plan::{first_week_plan, PlanStep};
use crate::scoring::{focus_areas, score, Score};
use crate::suggestions::{suggest, ListSuggestions, Suggestion, Suggestions};
use crate::summary::Summary;
use crate::text::capitalised;
use crate::warning_signs::DoctorCard;

/// Everything the results screen shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Report<'c> {
    /// The content the report is written in.
    pub content: &'c Content,
    /// The card that comes first when a warning sign was answered yes.
    pub doctor_card: Option<DoctorCard<'c>>,
    /// Gentle notes that apply, such as symptoms on most days being worth mentioning to a GP;
    /// those about the skin are said with the skin lines.
    pub notes: Vec<&'c Note>,
    pub scores: Vec<Score<'c>>,
    pub suggestions: Suggestions<'c>,
    pub plan: Vec<PlanStep<'c>>,
    /// Research lines, without those about a list the reader is shown nothing from.
    pub evidence: Vec<&'c Evidence>,
    /// What the summary says to this reader beyond the scores.
    pub summary: Summary,
}

/// A food as its card shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct FoodCard<'s, 'c> {
    pub food: &'s Suggestion<'c>,
    /// What the card says besides the food's name.
    pub shows: Shows,
    /// The list's "You said" line, on the first card of the list on screen.
    pub said: Option<String>,
    /// The food's own caution and those of its list not said before, as lines.
    pub cautions: Vec<String>,
}

/// What a food's card says, so that a food to start with is not described twice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shows {
    /// In the summary, what to do: the first step and the cautions.
    Start,
    /// In the details, for a food to start with: the examples, why this version, what else
    /// it may help.
    More,
    /// In the details, for any other food: all of the above.
    All,
}

impl Shows {
    pub fn first_step(self) -> bool {
        self != Self::More
    }

    pub fn description(self) -> bool {
        self != Self::Start
    }
}

/// One list in the details: its foods, with what the cards to start with have not said.
#[derive(Debug, Clone, PartialEq)]
pub struct ListSection<'s, 'c> {
    pub list: &'s ListSuggestions<'c>,
    pub said: Option<String>,
    pub cautions: Vec<String>,
    pub cards: Vec<FoodCard<'s, 'c>>,
    pub left_out: Vec<String>,
}

/// The foods on screen: the cards to start with, then each list with the rest.
#[derive(Debug, Clone, PartialEq)]
pub struct FoodsOnScreen<'s, 'c> {
    pub starters: Vec<FoodCard<'s, 'c>>,
    pub lists: Vec<ListSection<'s, 'c>>,
}

impl<'c> Report<'c> {
    /// The results of a complete assessment by a reader it is designed for; `None` otherwise,
    /// however the answers arrived.
    pub fn new(content: &'c Content, answers: &Answers) -> Option<Self> {
        if !content.is_complete(answers) {
            return None;
        }
        let scores = score(content, answers);
        let suggestions = suggest(content, answers, &scores);
        let plan = first_week_plan(content, &suggestions);
        let summary = Summary::new(content, answers, &scores, &suggestions, &plan);
        let effective = content.effective_answers(answers);
        let notes = content
            .notes
            .iter()
            .filter(|note| note.when_any.iter().any(|c| c.holds(&effective)))
            .filter(|note| note.also_if.iter().all(|c| c.holds(&effective)))
            .collect();
        let evidence = content
            .evidence
            .iter()
            .filter(|line| {
                line.list
                    .as_deref()
                    .is_none_or(|id| suggestions.shows_list(id))
            })
            .collect();
        Some(Self {
            content,
            doctor_card: DoctorCard::of(content, answers),
            notes,
            scores,
            suggestions,
            plan,
            evidence,
            summary,
        })
    }

    /// The doctor card comes before anything else.
    pub fn has_doctor_card(&self) -> bool {
        self.doctor_card.is_some()
    }

    pub fn focus_areas(&self) -> Vec<&Score<'c>> {
        focus_areas(&self.scores)
    }

    /// A score by id.
    pub fn score(&self, id: &str) -> Option<&Score<'c>> {
        self.scores.iter().find(|score| score.def.id == id)
    }

    /// Where each food, "You said" line and caution goes, so each is said once: on the first
    /// card of its list on screen, the cards to start with coming first.
    pub fn foods(&self) -> FoodsOnScreen<'_, 'c> {
        let content = self.content;
        let mut said = AlreadySaid {
            content,
            reasons: Vec::new(),
            cautions: Vec::new(),
        };
        let starters: Vec<FoodCard> = self
            .suggestions
            .starters()
            .into_iter()
            .filter_map(|food| {
                let list = self
                    .suggestions
                    .lists
                    .iter()
                    .find(|l| l.list.id == food.food.list)?;
                let mut cautions: Vec<String> = food.caution_line(content).into_iter().collect();
                cautions.extend(said.cautions(list, Some(food)));
                Some(FoodCard {
                    food,
                    shows: Shows::Start,
                    said: said.reasons(list),
                    cautions,
                })
            })
            .collect();
        let lists = self
            .suggestions
            .lists
            .iter()
            .map(|list| ListSection {
                list,
                said: said.reasons(list),
                cautions: said.cautions(list, None),
                cards: list
                    .foods
                    .iter()
                    .map(|food| {
                        if starters.iter().any(|s| std::ptr::eq(s.food, food)) {
                            FoodCard {
                                food,
                                shows: Shows::More,
                                said: None,
                                cautions: Vec::new(),
                            }
                        } else {
                            FoodCard {
                                food,
                                shows: Shows::All,
                                said: None,
                                cautions: food.caution_line(content).into_iter().collect(),
                            }
                        }
                    })
                    .collect(),
                left_out: list
                    .left_out
                    .iter()
                    .map(|group| group.line(content))
                    .collect(),
            })
            .collect();
        FoodsOnScreen { starters, lists }
    }

    /// Every line the results show, in order, each with how it speaks to the reader; what the
    /// checks read to prove the advice fits the reader and never repeats itself.
    pub fn lines(&self) -> Vec<Line> {
        let content = self.content;
        let mut lines = Vec::new();
        let mut say = |voice: Voice, text: String| lines.push(Line { voice, text });
        for line in self.doctor_card.iter().flat_map(|card| card.lines(content)) {
            say(Voice::Notice, capitalised(&line));
        }
        say(Voice::Notice, content.ui(Ui::Disclaimer).to_owned());
        say(Voice::Notice, content.ui(Ui::Scale).to_owned());
        for line in &self.summary.focus_lines {
            say(Voice::Advice, line.clone());
        }
        if let Some(line) = &self.summary.adjusted_for {
            say(Voice::Quote, line.clone());
        }
        if let Some(line) = &self.summary.left_out {
            say(Voice::Caution, line.clone());
        }
        let foods = self.foods();
        let card_lines = |card: &FoodCard, say: &mut dyn FnMut(Voice, String)| {
            let food = card.food;
            say(Voice::Heading, food.name().to_owned());
            if let Some(said) = &card.said {
                say(Voice::Quote, said.clone());
            }
            if card.shows.description() {
                say(Voice::Advice, food.examples_line(content));
                if let Some(why) = food.why_line(content) {
                    say(Voice::Caution, why);
                }
            }
            if card.shows.first_step() {
                say(Voice::Advice, content.first_step(&food.variant.first_step));
            }
            for caution in &card.cautions {
                say(Voice::Caution, caution.clone());
            }
        };
        for card in &foods.starters {
            card_lines(card, &mut say);
        }
        for step in &self.plan {
            // The cautions are said in the step's own sentence; only its action is advice.
            let label = content.interface.label(step.when);
            say(Voice::Advice, format!("{label} {}.", step.action));
            for caution in &step.cautions {
                say(Voice::Caution, (*caution).to_owned());
            }
        }
        // The gentle notes, then the skin notes, as the summary places them.
        let skin_last = |note: &&&Note| note.with_skin;
        let (skin, gentle): (Vec<&&Note>, Vec<&&Note>) = self.notes.iter().partition(skin_last);
        for note in gentle.into_iter().chain(skin) {
            say(Voice::Notice, format!("{} ({})", note.text, note.source));
        }
        for line in &self.summary.skin {
            say(Voice::Quote, line.clone());
        }
        for score in &self.scores {
            say(Voice::Heading, score.def.name.clone());
            say(Voice::Advice, score.def.about.clone());
            say(Voice::Quote, score.explanation(content));
        }
        for section in &foods.lists {
            say(Voice::Heading, section.list.list.name.clone());
            say(Voice::Advice, section.list.list.about.clone());
            if let Some(said) = &section.said {
                say(Voice::Quote, said.clone());
            }
            for caution in &section.cautions {
                say(Voice::Caution, caution.clone());
            }
            for card in &section.cards {
                card_lines(card, &mut say);
            }
            for line in &section.left_out {
                say(Voice::Caution, line.clone());
            }
        }
        for tip in &self.suggestions.tips {
            say(Voice::Heading, tip.tip.name.clone());
            if let Some(said) = tip.said_line(content) {
                say(Voice::Quote, said);
            }
            say(Voice::Advice, content.first_step(&tip.tip.first_step));
        }
        for line in &self.evidence {
            say(Voice::Evidence, format!("{} ({})", line.text, line.source));
        }
        lines
    }
}

/// What the results screen has said so far of each list, so nothing is said twice.
struct AlreadySaid<'c> {
    content: &'c Content,
    reasons: Vec<&'c str>,
    cautions: Vec<&'c str>,
}

impl<'c> AlreadySaid<'c> {
    /// The list's "You said" line, the first time it is asked for.
    fn reasons(&mut self, list: &ListSuggestions<'c>) -> Option<String> {
        let id: &'c str = &list.list.id;
        if self.reasons.contains(&id) {
            return None;
        }
        self.reasons.push(id);
        list.said_line(self.content)
    }

    /// The list's cautions that concern `food` (or any food) and were not said before.
    fn cautions(&mut self, list: &ListSuggestions<'c>, food: Option<&Suggestion>) -> Vec<String> {
        let mut lines = Vec::new();
        for caution in &list.cautions {
            let concerns = match food {
                Some(food) => caution.foods.is_empty() || caution.foods.contains(&food.name()),
                None => true,
            };
            if concerns && !self.cautions.contains(&caution.text) {
                self.cautions.push(caution.text);
                lines.push(caution.line(self.content));
            }
        }
        lines
    }
}

/// How a line of the results speaks to the reader, which decides what it may name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    /// A heading or a food's name: never names what the reader's restrictions rule out, and
    /// may repeat (a list's name heads its cards and its section).
    Heading,
    /// Advice or a description: never names what the reader's restrictions rule out.
    Advice,
    /// The reader's own answers, quoted.
    Quote,
    /// A caution, a left-out line or why a food was swapped: it may name what is ruled out, to
    /// warn about it.
    Caution,
    /// A research finding with its source.
    Evidence,
    /// The doctor card, the disclaimer, a gentle note.
    Notice,
}

/// One line of the results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub voice: Voice,
    pub text: String,
}
