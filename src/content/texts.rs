//! Every text a reader can see in a content file, listed for the content editor: each with a
//! stable key made of ids (never of positions that a new version could shift), the place in the
//! JSON tree it is written at, the part of the check a reader meets it in, a label, and where the
//! live preview shows it. Ids, weights, `for` lists, terms, allowed phrases and reviewers'
//! sources are not texts: the editor leaves them as they are.
//!
//! The list is read from the JSON tree, not from [`super::Content`], so that a file with
//! problems can still be listed and mended.

use crate::json::{push_key, Json};

/// One step into a JSON tree: a field of an object, or an item of a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Key(String),
    Index(usize),
}

/// The part of the check a reader meets a text in; the editor groups its form by it, in the
/// order [`text_entries`] lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Group {
    Intro,
    /// A question, with its hint, its answers and the title of the part it opens.
    Question(String),
    /// What the results say that belongs to no single food: scores, notes, research, tips, and
    /// the results screen's own words.
    Results,
    /// The three food lists, and what is said of a whole list.
    FoodLists,
    /// A food, with its versions, cautions and the blogger's link.
    Food(String),
    Plants,
    /// The week after the results, the reminder and the welcome back.
    Week,
    /// The remaining interface texts.
    Interface,
}

impl Group {
    /// A name for the group that is the same in every language, for the editor's markup.
    pub fn id(&self) -> String {
        match self {
            Self::Intro => "intro".to_owned(),
            Self::Question(id) => format!("question-{id}"),
            Self::Results => "results".to_owned(),
            Self::FoodLists => "lists".to_owned(),
            Self::Food(id) => format!("food-{id}"),
            Self::Plants => "plants".to_owned(),
            Self::Week => "week".to_owned(),
            Self::Interface => "interface".to_owned(),
        }
    }
}

/// Where a reader sees a text: the live preview opens the widget there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seen {
    Intro,
    Question(String),
    /// The screen for readers the check is not designed for (under 16).
    NotForYou,
    /// The results of a reader who gave no answer in particular.
    Results,
    /// The results of a reader who chose this answer: its words in the summary, or a warning
    /// sign on the doctor card.
    Answer {
        question: String,
        option: String,
    },
    /// The doctor card, as any warning sign opens it.
    Doctor,
    /// The results of a reader shown this version of the food (the one written `for` these).
    Variant {
        food: String,
        suits: Vec<String>,
    },
    /// The results of a reader the rule at this index applies to.
    Rule(usize),
    /// The results of a reader the gentle note at this index is for.
    Note(usize),
    Week,
    WelcomeBack,
}

/// One text a reader can see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextEntry {
    /// Stable across versions of the file: `questions[id=age].options[id=16_24].label`.
    pub key: String,
    pub path: Vec<Step>,
    pub group: Group,
    /// What the text is, for the editor's label: "Question", "Version for vegan diet: first step".
    pub label: String,
    pub seen: Seen,
    /// A link to the blogger's own page rather than words: it may be left empty, and is checked
    /// as an address.
    pub link: bool,
    /// The text as the tree holds it; empty for a link not given.
    pub text: String,
}

impl TextEntry {
    /// The entry's place as a JSON path, as the content checks name it: `$.foods[3].link`.
    pub fn json_path(&self) -> String {
        json_path(&self.path)
    }
}

/// A place in the tree as a JSON path: `$.questions[0].options[2].label`.
pub fn json_path(path: &[Step]) -> String {
    let mut out = "$".to_owned();
    for step in path {
        match step {
            Step::Key(key) => push_key(&mut out, key),
            Step::Index(index) => out.push_str(&format!("[{index}]")),
        }
    }
    out
}

/// Every text a reader can see in `json`, grouped as a reader meets them: the intro, each
/// question, the results' texts, the food lists, each food, the plants, the week and the
/// reminder, then the remaining interface texts.
pub fn text_entries(json: &Json) -> Vec<TextEntry> {
    let mut list = Listing {
        json,
        buckets: Vec::new(),
        names: restriction_names(json),
    };
    list.interface();
    list.questions();
    list.results();
    list.foods();
    list.plants();
    let mut entries: Vec<TextEntry> = Vec::new();
    for group in group_order(json) {
        for (of, bucket) in &mut list.buckets {
            if *of == group {
                entries.append(bucket);
            }
        }
    }
    // A key written twice (two rules for the same readers and foods, say) is told apart by a
    // count, in the order written.
    for at in 0..entries.len() {
        let repeats = (entries[..at].iter())
            .filter(|earlier| same_base(&earlier.key, &entries[at].key))
            .count();
        if repeats > 0 {
            entries[at].key = format!("{}#{}", entries[at].key, repeats + 1);
        }
    }
    entries
}

fn same_base(earlier: &str, key: &str) -> bool {
    earlier == key || earlier.split_once('#').is_some_and(|(base, _)| base == key)
}

/// The groups in the order a reader meets them.
fn group_order(json: &Json) -> Vec<Group> {
    let ids = |part: &str| -> Vec<String> {
        (items(json.get(part)).iter())
            .filter_map(|item| text_of(item.get("id")).map(str::to_owned))
            .collect()
    };
    let mut order = vec![Group::Intro];
    order.extend(ids("questions").into_iter().map(Group::Question));
    order.push(Group::Results);
    order.push(Group::FoodLists);
    order.extend(ids("foods").into_iter().map(Group::Food));
    order.extend([Group::Plants, Group::Week, Group::Interface]);
    order
}

/// The entries found so far, by group.
struct Listing<'j> {
    json: &'j Json,
    buckets: Vec<(Group, Vec<TextEntry>)>,
    /// Each restriction's id and the answer that gives it, for labels ("vegan diet").
    names: Vec<(String, String)>,
}

/// The fields of a part of the tree that [`Listing::texts`] lists: the field, its label, and
/// where it is seen.
type Fields<'f> = &'f [(&'f str, &'f str)];

impl Listing<'_> {
    fn add(&mut self, group: Group, entry: TextEntry) {
        match self.buckets.iter_mut().find(|(of, _)| *of == group) {
            Some((_, bucket)) => bucket.push(entry),
            None => self.buckets.push((group, vec![entry])),
        }
    }

    /// An entry for each of `fields` that `item` holds as text.
    #[allow(clippy::too_many_arguments)]
    fn texts(
        &mut self,
        item: &Json,
        path: &[Step],
        key: &str,
        fields: Fields,
        label: &str,
        group: &Group,
        seen: &Seen,
    ) {
        for (field, what) in fields {
            let Some(text) = text_of(item.get(field)) else {
                continue;
            };
            let entry = TextEntry {
                key: format!("{key}.{field}"),
                path: with(path, Step::Key((*field).to_owned())),
                group: group.clone(),
                label: joined(label, what),
                seen: seen.clone(),
                link: false,
                text: text.to_owned(),
            };
            self.add(group.clone(), entry);
        }
    }

    /// The blogger's link at `path`, whether given or not.
    fn link(&mut self, item: &Json, path: &[Step], key: &str, label: String, seen: Seen) {
        let group = match path.first() {
            Some(Step::Key(part)) if part == "foods" => {
                Group::Food(text_of(item.get("id")).unwrap_or_default().to_owned())
            }
            _ => Group::Plants,
        };
        let entry = TextEntry {
            key: format!("{key}.link"),
            path: with(path, Step::Key("link".to_owned())),
            group: group.clone(),
            label,
            seen,
            link: true,
            text: text_of(item.get("link")).unwrap_or_default().to_owned(),
        };
        self.add(group, entry);
    }

    fn interface(&mut self) {
        let Some(Json::Object(fields)) = self.json.get("interface") else {
            return;
        };
        for (key, value) in fields {
            let Some(text) = value.as_str() else { continue };
            let (group, seen) = interface_place(key);
            let entry = TextEntry {
                key: format!("interface.{key}"),
                path: vec![Step::Key("interface".to_owned()), Step::Key(key.clone())],
                group: group.clone(),
                label: interface_label(key),
                seen,
                link: false,
                text: text.to_owned(),
            };
            self.add(group, entry);
        }
    }

    fn questions(&mut self) {
        let json = self.json;
        let sections = items(json.get("sections"));
        let mut section_seen: Vec<&str> = Vec::new();
        for (index, question) in items(json.get("questions")).iter().enumerate() {
            let Some(id) = text_of(question.get("id")) else {
                continue;
            };
            let group = Group::Question(id.to_owned());
            let seen = Seen::Question(id.to_owned());
            // The title of the part a question opens is seen above it.
            let section = text_of(question.get("section")).unwrap_or_default();
            if !section_seen.contains(&section) {
                section_seen.push(section);
                if let Some(at) = sections
                    .iter()
                    .position(|s| text_of(s.get("id")) == Some(section))
                {
                    let path = [Step::Key("sections".to_owned()), Step::Index(at)];
                    let key = format!("sections[id={section}]");
                    let fields = [("title", "the title of the part it opens")];
                    self.texts(&sections[at], &path, &key, &fields, "Part", &group, &seen);
                }
            }
            let path = [Step::Key("questions".to_owned()), Step::Index(index)];
            let key = format!("questions[id={id}]");
            let fields = [("text", "Question"), ("hint", "Hint")];
            self.texts(question, &path, &key, &fields, "", &group, &seen);
            for (at, option) in items(question.get("options")).iter().enumerate() {
                let Some(option_id) = text_of(option.get("id")) else {
                    continue;
                };
                let path = with(&path, Step::Key("options".to_owned()));
                let path = with(&path, Step::Index(at));
                let key = format!("{key}.options[id={option_id}]");
                let label = format!("Answer {}", at + 1);
                let fields = [("label", ""), ("description", "its description")];
                self.texts(option, &path, &key, &fields, &label, &group, &seen);
                let answered = Seen::Answer {
                    question: id.to_owned(),
                    option: option_id.to_owned(),
                };
                let fields = [
                    ("says", "as the results repeat it (\"You said…\")"),
                    ("short", "named inside a sentence of the results"),
                    ("warning", "named on the doctor card"),
                ];
                self.texts(option, &path, &key, &fields, &label, &group, &answered);
            }
        }
    }

    fn results(&mut self) {
        let json = self.json;
        let by_id = [
            (
                "scores",
                "Score",
                &[("name", "name"), ("about", "what it means")][..],
            ),
            (
                "tips",
                "Tip",
                &[("name", "name"), ("first_step", "first step")][..],
            ),
        ];
        for (part, label, fields) in by_id {
            for (index, item) in items(json.get(part)).iter().enumerate() {
                let id = text_of(item.get("id")).unwrap_or_default();
                let path = [Step::Key(part.to_owned()), Step::Index(index)];
                let key = format!("{part}[id={id}]");
                let label = format!("{label} “{id}”");
                self.texts(
                    item,
                    &path,
                    &key,
                    fields,
                    &label,
                    &Group::Results,
                    &Seen::Results,
                );
            }
        }
        for (index, note) in items(json.get("notes")).iter().enumerate() {
            let path = [Step::Key("notes".to_owned()), Step::Index(index)];
            let label = format!("Gentle note {}", index + 1);
            let seen = Seen::Note(index);
            let key = format!("notes[{index}]");
            self.texts(
                note,
                &path,
                &key,
                &[("text", "")],
                &label,
                &Group::Results,
                &seen,
            );
        }
        for (index, line) in items(json.get("evidence")).iter().enumerate() {
            let path = [Step::Key("evidence".to_owned()), Step::Index(index)];
            let label = format!("Research line {}", index + 1);
            let fields = [("text", ""), ("source", "its source, as readers see it")];
            let key = format!("evidence[{index}]");
            self.texts(
                line,
                &path,
                &key,
                &fields,
                &label,
                &Group::Results,
                &Seen::Results,
            );
        }
        for (index, list) in items(json.get("lists")).iter().enumerate() {
            let id = text_of(list.get("id")).unwrap_or_default();
            let path = [Step::Key("lists".to_owned()), Step::Index(index)];
            let key = format!("lists[id={id}]");
            let label = format!("List “{id}”");
            let fields = [("name", "name"), ("about", "what it is")];
            self.texts(
                list,
                &path,
                &key,
                &fields,
                &label,
                &Group::FoodLists,
                &Seen::Results,
            );
        }
    }

    fn foods(&mut self) {
        let json = self.json;
        for (index, food) in items(json.get("foods")).iter().enumerate() {
            let Some(id) = text_of(food.get("id")) else {
                continue;
            };
            let group = Group::Food(id.to_owned());
            let path = [Step::Key("foods".to_owned()), Step::Index(index)];
            let key = format!("foods[id={id}]");
            let variants = items(food.get("variants"));
            let usual = Seen::Variant {
                food: id.to_owned(),
                suits: variants.first().map(suits).unwrap_or_default(),
            };
            let label = format!("Your own page about {id} (optional)");
            self.link(food, &path, &key, label, usual);
            for (at, variant) in variants.iter().enumerate() {
                let suits = suits(variant);
                let path = with(&path, Step::Key("variants".to_owned()));
                let path = with(&path, Step::Index(at));
                let key = format!("{key}.variants[for={}]", suits.join("+"));
                let label = match suits.is_empty() {
                    true => "Usual version".to_owned(),
                    false => format!("Version for {}", self.named(&suits)),
                };
                let seen = Seen::Variant {
                    food: id.to_owned(),
                    suits,
                };
                let fields = [("name", "name")];
                self.texts(variant, &path, &key, &fields, &label, &group, &seen);
                let examples = items(variant.get("examples"));
                for (example, text) in examples.iter().enumerate() {
                    let Some(text) = text.as_str() else { continue };
                    let path = with(&path, Step::Key("examples".to_owned()));
                    let entry = TextEntry {
                        key: format!("{key}.examples[{example}]"),
                        path: with(&path, Step::Index(example)),
                        group: group.clone(),
                        label: joined(&label, &format!("example {}", example + 1)),
                        seen: seen.clone(),
                        link: false,
                        text: text.to_owned(),
                    };
                    self.add(group.clone(), entry);
                }
                let fields = [
                    ("first_step", "first step"),
                    ("why", "why this version"),
                    ("caution", "its caution"),
                ];
                self.texts(variant, &path, &key, &fields, &label, &group, &seen);
            }
        }
        for (index, rule) in items(json.get("rules")).iter().enumerate() {
            let when: Vec<String> = strings(rule.get("when"));
            let target = rule.get("target");
            let (target_key, group) = match (
                target.and_then(|t| t.get("foods")),
                target.and_then(|t| t.get("list")),
            ) {
                (Some(foods), _) => {
                    let foods = strings(Some(foods));
                    let group = foods
                        .first()
                        .map_or(Group::FoodLists, |id| Group::Food(id.clone()));
                    (format!("foods={}", foods.join("+")), group)
                }
                (None, Some(list)) => (
                    format!("list={}", text_of(Some(list)).unwrap_or_default()),
                    Group::FoodLists,
                ),
                (None, None) => (String::new(), Group::FoodLists),
            };
            let Some(Json::Object(effect)) = rule.get("effect") else {
                continue;
            };
            let path = [
                Step::Key("rules".to_owned()),
                Step::Index(index),
                Step::Key("effect".to_owned()),
            ];
            let key = format!("rules[when={};{target_key}]", when.join("+"));
            let readers = self.named(&when);
            let fields: [(&str, String); 3] = [
                ("leave_out", format!("Left out for {readers}: why")),
                (
                    "ask_first",
                    format!("Ask first, for {readers}: the caution"),
                ),
                ("caution", format!("Caution for {readers}")),
            ];
            for (field, label) in fields {
                if let Some((_, value)) = effect.iter().find(|(name, _)| name == field) {
                    let Some(text) = value.as_str() else { continue };
                    let also = match target_key.split_once('+') {
                        Some(_) => format!(
                            " ({})",
                            target_key.trim_start_matches("foods=").replace('+', ", ")
                        ),
                        None => String::new(),
                    };
                    let entry = TextEntry {
                        key: format!("{key}.{field}"),
                        path: with(&path, Step::Key(field.to_owned())),
                        group: group.clone(),
                        label: format!("{label}{also}"),
                        seen: Seen::Rule(index),
                        link: false,
                        text: text.to_owned(),
                    };
                    self.add(group.clone(), entry);
                }
            }
        }
    }

    fn plants(&mut self) {
        let json = self.json;
        for (index, plant_group) in items(json.get("plants")).iter().enumerate() {
            let id = text_of(plant_group.get("id")).unwrap_or_default();
            let path = [Step::Key("plants".to_owned()), Step::Index(index)];
            let key = format!("plants[id={id}]");
            let label = format!("Plant group “{id}”");
            let fields = [("name", "name")];
            self.texts(
                plant_group,
                &path,
                &key,
                &fields,
                &label,
                &Group::Plants,
                &Seen::Week,
            );
            let link_label = format!("Your own page about plant group “{id}” (optional)");
            self.link(plant_group, &path, &key, link_label, Seen::Week);
            for (at, plant) in items(plant_group.get("plants")).iter().enumerate() {
                let plant_id = text_of(plant.get("id")).unwrap_or_default();
                let path = with(&path, Step::Key("plants".to_owned()));
                let path = with(&path, Step::Index(at));
                let key = format!("{key}.plants[id={plant_id}]");
                let label = format!("Plant “{plant_id}”");
                self.texts(
                    plant,
                    &path,
                    &key,
                    &[("name", "name")],
                    &label,
                    &Group::Plants,
                    &Seen::Week,
                );
                for (version, written) in items(plant.get("versions")).iter().enumerate() {
                    let suits = suits(written);
                    let path = with(&path, Step::Key("versions".to_owned()));
                    let path = with(&path, Step::Index(version));
                    let key = format!("{key}.versions[for={}]", suits.join("+"));
                    let label = format!("{label}, for {}", self.named(&suits));
                    self.texts(
                        written,
                        &path,
                        &key,
                        &[("name", "name")],
                        &label,
                        &Group::Plants,
                        &Seen::Week,
                    );
                }
            }
        }
    }

    /// Restrictions by the answers that give them: "vegan diet and milk allergy".
    fn named(&self, ids: &[String]) -> String {
        let names: Vec<&str> = (ids.iter())
            .map(|id| {
                (self.names.iter())
                    .find(|(of, _)| of == id)
                    .map_or(id.as_str(), |(_, name)| name.as_str())
            })
            .collect();
        match names.split_last() {
            None => "everyone".to_owned(),
            Some((last, [])) => (*last).to_owned(),
            Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        }
    }
}

/// Each restriction's id and the answer that gives it, in words: the answer's short name
/// ("vegan diet") or its label.
fn restriction_names(json: &Json) -> Vec<(String, String)> {
    let questions = items(json.get("questions"));
    let answer_name = |question: &str, option: &str| -> Option<String> {
        let question = questions
            .iter()
            .find(|q| text_of(q.get("id")) == Some(question))?;
        let option = (items(question.get("options")).iter())
            .find(|o| text_of(o.get("id")) == Some(option))?;
        text_of(option.get("short"))
            .or(text_of(option.get("label")))
            .map(str::to_owned)
    };
    let mut names = Vec::new();
    for restriction in items(json.get("restrictions")) {
        let Some(id) = text_of(restriction.get("id")) else {
            continue;
        };
        let first = match restriction.get("when") {
            Some(Json::Array(conditions)) => conditions.first(),
            other => other,
        };
        let name = first.and_then(|condition| {
            let question = text_of(condition.get("question"))?;
            let option = strings(condition.get("any_of")).into_iter().next()?;
            answer_name(question, &option)
        });
        names.push((id.to_owned(), name.unwrap_or_else(|| id.to_owned())));
    }
    names
}

/// The group an interface text belongs to, and the screen it is seen on.
fn interface_place(key: &str) -> (Group, Seen) {
    const INTRO: &[&str] = &[
        "title",
        "intro_title",
        "intro_lead",
        "intro_length",
        "intro_not_diagnosis",
        "intro_private",
        "start",
    ];
    const QUESTION: &[&str] = &[
        "part",
        "question_number",
        "choose_an_answer",
        "unticked",
        "next",
        "see_results",
        "back",
        "back_to_results",
    ];
    const NOT_FOR_YOU: &[&str] = &[
        "stop_title",
        "stop_reason",
        "stop_advice",
        "announce_not_for_you",
    ];
    const WEEK: &[&str] = &["week_", "remind", "doctor_first"];
    const RESULTS: &[&str] = &[
        "results_",
        "shared_",
        "disclaimer",
        "scale",
        "chart_",
        "focus_",
        "band_",
        "starters_",
        "plan_",
        "first_step",
        "examples",
        "why_version",
        "caution",
        "left_out",
        "you_said",
        "score",
        "answer_to_question",
        "change",
        "habit",
        "foods_section",
        "research_section",
        "history_",
        "adjusted_for",
        "skin_",
        "actions_title",
        "edit_answers",
        "print",
        "copy_link",
        "delete_",
        "link_",
        "share_link",
        "announce_",
        "save_shared",
        "leave_shared",
        "go_to_answers",
        "own_link",
    ];
    let starts = |prefixes: &[&str]| prefixes.iter().any(|prefix| key.starts_with(prefix));
    if INTRO.contains(&key) {
        (Group::Intro, Seen::Intro)
    } else if QUESTION.contains(&key) {
        (Group::Interface, Seen::Question(String::new()))
    } else if NOT_FOR_YOU.contains(&key) {
        (Group::Interface, Seen::NotForYou)
    } else if key.starts_with("welcome_back") {
        (Group::Week, Seen::WelcomeBack)
    } else if starts(WEEK) {
        (Group::Week, Seen::Week)
    } else if key.starts_with("doctor_") {
        (Group::Results, Seen::Doctor)
    } else if starts(RESULTS) {
        (Group::Results, Seen::Results)
    } else {
        (Group::Interface, Seen::Intro)
    }
}

/// "intro_not_diagnosis" as "Intro not diagnosis": the key in words, for the editor's label.
fn interface_label(key: &str) -> String {
    let words = key.replace('_', " ");
    let mut chars = words.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn joined(label: &str, what: &str) -> String {
    match (label.is_empty(), what.is_empty()) {
        (true, _) => capitalise(what),
        (false, true) => label.to_owned(),
        (false, false) => format!("{label}: {what}"),
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn with(path: &[Step], step: Step) -> Vec<Step> {
    let mut path = path.to_vec();
    path.push(step);
    path
}

fn items(json: Option<&Json>) -> &[Json] {
    match json {
        Some(Json::Array(items)) => items,
        _ => &[],
    }
}

fn text_of(json: Option<&Json>) -> Option<&str> {
    json.and_then(Json::as_str)
}

fn strings(json: Option<&Json>) -> Vec<String> {
    (items(json).iter())
        .filter_map(|item| item.as_str().map(str::to_owned))
        .collect()
}

/// The restrictions a variant (or a plant's version) is written `for`.
fn suits(item: &Json) -> Vec<String> {
    strings(item.get("for"))
}
