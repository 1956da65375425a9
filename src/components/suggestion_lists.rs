//! Food cards, the lists with what the cards to start with have not said, and the habit tips.

use gut_skin_check::results::{FoodCard, ListSection};
use gut_skin_check::suggestions::TipSuggestion;
use yew::prelude::*;

/// One food: its version for the reader, why, the first step and its cautions; `heading` is
/// the tag of its name ("h4" among the cards to start with, "h5" inside a list).
pub fn food_card(card: &FoodCard, heading: &'static str) -> Html {
    let food = card.food;
    html! {
        <li class="gsc-food">
            <@{heading}>{ food.name() }</@>
            <p class="gsc-examples">{ food.examples_line() }</p>
            if let Some(said) = &card.said {
                <p class="gsc-said">{ said }</p>
            }
            if let Some(also) = &food.also_helps {
                <p>{ also }</p>
            }
            if let Some(why) = food.why_line() {
                <p class="gsc-swap">{ why }</p>
            }
            <p><strong>{ "First step: " }</strong>{ &food.variant.first_step }</p>
            for caution in &card.cautions {
                <p class="gsc-caution">{ caution }</p>
            }
        </li>
    }
}

/// A list's section: its other foods, the cautions not said yet and what was left out.
pub fn list_section(section: &ListSection) -> Html {
    let list = section.list.list;
    let id = format!("gsc-list-{}", list.id);
    html! {
        <section class="gsc-food-list" aria-labelledby={id.clone()}>
            <h4 {id}>{ &list.name }</h4>
            <p class="gsc-list-about">{ &list.about }</p>
            if let Some(said) = &section.said {
                <p class="gsc-said">{ said }</p>
            }
            for caution in &section.cautions {
                <p class="gsc-caution">{ caution }</p>
            }
            if !section.cards.is_empty() {
                <ul class="gsc-foods">
                    for card in &section.cards {
                        { food_card(card, "h5") }
                    }
                </ul>
            }
            for line in &section.left_out {
                <p class="gsc-left-out">{ line }</p>
            }
        </section>
    }
}

/// The hydration and processed-food tips.
pub fn tips(tips: &[TipSuggestion]) -> Html {
    html! {
        <ul class="gsc-foods">
            for tip in tips {
                <li class="gsc-food">
                    <h5>{ &tip.tip.name }</h5>
                    if let Some(said) = tip.said_line() {
                        <p class="gsc-said">{ said }</p>
                    }
                    <p><strong>{ "First step: " }</strong>{ &tip.tip.first_step }</p>
                </li>
            }
        </ul>
    }
}
