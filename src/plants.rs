//! The plant foods a week counts: the content's list, less what a reader's restrictions rule
//! out, and a typed name matched to the listed plant it names, so each plant counts once.

use crate::content::{Content, Plant, PlantGroup};
use crate::restrictions::words;
use crate::week::typed_plant_name;

impl Content {
    /// The listed plant with this id.
    pub fn plant(&self, id: &str) -> Option<&Plant> {
        let mut all = self.plants.iter().flat_map(|group| &group.plants);
        all.find(|plant| plant.id == id)
    }

    /// The key a typed plant name counts under: the id of the listed plant it names
    /// ("carrot", "Carrots" and "courgette" for "Courgettes (zucchini)" all count as theirs),
    /// or `None` when it names none of them.
    pub fn plant_key(&self, typed: &str) -> Option<String> {
        let typed = words(typed);
        let mut all = self.plants.iter().flat_map(|group| &group.plants);
        all.find(|plant| {
            names_of(&plant.name)
                .iter()
                .any(|name| same_plant(name, &typed))
        })
        .map(|plant| plant.id.clone())
    }

    /// What a week's plant key stands for, in this content's words: a listed plant's name, or
    /// the name as the reader typed it.
    pub fn plant_name<'k>(&'k self, key: &'k str) -> &'k str {
        typed_plant_name(key)
            .or_else(|| self.plant(key).map(|plant| plant.name.as_str()))
            .unwrap_or(key)
    }

    /// The plant groups for a reader, without the plants their restrictions rule out (a plant
    /// whose name for them is one of their restrictions' terms), and without groups left empty.
    pub fn plants_for(&self, reader: &[&str]) -> Vec<(&PlantGroup, Vec<&Plant>)> {
        let ruled_out = |plant: &Plant| {
            (reader.iter().filter_map(|id| self.restriction(id)))
                .any(|restriction| restriction.named_in(plant.name_for(reader)).is_some())
        };
        (self.plants.iter())
            .map(|group| {
                let plants = group.plants.iter().filter(|plant| !ruled_out(plant));
                (group, plants.collect::<Vec<_>>())
            })
            .filter(|(_, plants)| !plants.is_empty())
            .collect()
    }
}

/// A listed name's words, and, for "Courgettes (zucchini)", those before and inside the brackets.
fn names_of(name: &str) -> Vec<Vec<String>> {
    let mut names = vec![words(name)];
    if let Some((before, after)) = name.split_once('(') {
        names.push(words(before));
        names.push(words(after));
    }
    names
}

/// Whether typed words name a listed name, one or many: "carrot" names "Carrots", and
/// "tomato" names "Tomatoes".
fn same_plant(listed: &[String], typed: &[String]) -> bool {
    let (Some((last, before)), Some((typed_last, typed_before))) =
        (listed.split_last(), typed.split_last())
    else {
        return false;
    };
    let one = |word: &str| {
        let word = word
            .strip_suffix("es")
            .filter(|w| w.ends_with('o'))
            .unwrap_or(word);
        word.strip_suffix('s').unwrap_or(word).to_owned()
    };
    before == typed_before && one(last) == one(typed_last)
}
