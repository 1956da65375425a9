//! Score bars with their values in words and the answers that moved each score.

use gut_skin_check::scoring::{Band, Score};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScoreListProps {
    /// The heading's id, which names the section for assistive tech.
    pub id: AttrValue,
    pub title: AttrValue,
    pub intro: AttrValue,
    pub scores: Vec<Score<'static>>,
}

#[component]
pub fn ScoreList(props: &ScoreListProps) -> Html {
    html! {
        <section class="gsc-scores" aria-labelledby={props.id.clone()}>
            <h3 id={props.id.clone()}>{ &props.title }</h3>
            <p>{ &props.intro }</p>
            <ul class="gsc-score-list">
                for score in &props.scores {
                    <ScoreItem score={score.clone()} />
                }
            </ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ScoreItemProps {
    score: Score<'static>,
}

#[component]
fn ScoreItem(props: &ScoreItemProps) -> Html {
    let score = &props.score;
    let band = score.band();
    let band_class = match band {
        Band::Low => "gsc-band-low",
        Band::Some => "gsc-band-some",
        Band::High => "gsc-band-high",
    };
    let moved_by = if score.drivers.is_empty() {
        "Nothing you told us raised this score.".to_owned()
    } else {
        let phrases: Vec<String> = score.drivers.iter().map(|d| d.describe()).collect();
        format!("Raised most by: {}.", phrases.join("; "))
    };
    html! {
        <li class={classes!("gsc-score", band_class)}>
            <div class="gsc-score-head">
                <span class="gsc-score-name">{ &score.def.name }</span>
                <span class="gsc-score-value">
                    { format!("{} out of 100, {}", score.value, band.label()) }
                </span>
            </div>
            // The bar repeats the number above for sighted readers; assistive tech reads the text.
            <svg class="gsc-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="gsc-bar-track" x="0" y="0" width="100" height="6" rx="3" />
                <rect class="gsc-bar-fill" x="0" y="0" width={score.value.to_string()} height="6" rx="3" />
            </svg>
            <p class="gsc-score-about">{ &score.def.about }</p>
            <p class="gsc-score-drivers">{ moved_by }</p>
        </li>
    }
}
