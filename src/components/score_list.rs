//! Score bars with their values in words and the answers that moved each score.

use gut_skin_check::scoring::{Band, Score};
use yew::prelude::*;

/// A titled list of scores; `id` is the heading's, which names the section for assistive tech.
pub fn score_list<'s, 'c: 's>(
    id: &'static str,
    title: &'static str,
    intro: &'static str,
    scores: impl Iterator<Item = &'s Score<'c>>,
) -> Html {
    html! {
        <section class="gsc-scores" aria-labelledby={id}>
            <h3 {id}>{ title }</h3>
            <p>{ intro }</p>
            <ul class="gsc-score-list">
                for score in scores {
                    { score_item(score) }
                }
            </ul>
        </section>
    }
}

fn score_item(score: &Score) -> Html {
    let band = score.band();
    let band_class = match band {
        Band::Low => "gsc-band-low",
        Band::Some => "gsc-band-some",
        Band::High => "gsc-band-high",
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
            <p class="gsc-score-drivers">{ score.explanation() }</p>
        </li>
    }
}
