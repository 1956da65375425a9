//! Food suggestions grouped by the article's three lists, then the habit tips.

use gut_skin_check::suggestions::{Suggestion, Suggestions};
use yew::prelude::*;

pub fn suggestion_lists(suggestions: &Suggestions) -> Html {
    html! {
        <section class="gsc-suggestions" aria-labelledby="gsc-suggestions-title">
            <h3 id="gsc-suggestions-title">{ "Foods to try" }</h3>
            <p>{ "Grouped by kind, the group and the foods that suit you best first." }</p>
            for list in &suggestions.lists {
                <section class="gsc-food-list" aria-labelledby={format!("gsc-list-{}", list.list.id)}>
                    <h4 id={format!("gsc-list-{}", list.list.id)}>{ &list.list.name }</h4>
                    <p class="gsc-list-about">{ &list.list.about }</p>
                    for caution in &list.cautions {
                        <p class="gsc-caution"><strong>{ "Caution: " }</strong>{ caution }</p>
                    }
                    <ul class="gsc-foods">
                        for food in &list.foods {
                            { food_item(food) }
                        }
                    </ul>
                </section>
            }
            <section class="gsc-food-list" aria-labelledby="gsc-tips-title">
                <h4 id="gsc-tips-title">{ "Two habits to go with them" }</h4>
                <ul class="gsc-foods">
                    for tip in &suggestions.tips {
                        <li class="gsc-food">
                            <h5>{ &tip.tip.name }</h5>
                            <p><strong>{ "Why: " }</strong>{ &tip.reason }</p>
                            <p><strong>{ "First step: " }</strong>{ &tip.tip.first_step }</p>
                        </li>
                    }
                </ul>
            </section>
        </section>
    }
}

fn food_item(food: &Suggestion) -> Html {
    html! {
        <li class="gsc-food">
            <h5>{ &food.name }</h5>
            <p class="gsc-examples">{ format!("For example: {}.", food.examples.join(", ")) }</p>
            for swap in &food.swaps {
                <p class="gsc-swap"><strong>{ "Swap: " }</strong>{ swap }</p>
            }
            <p><strong>{ "Why: " }</strong>{ &food.reason }</p>
            <p><strong>{ "First step: " }</strong>{ &food.first_step }</p>
            for caution in &food.cautions {
                <p class="gsc-caution"><strong>{ "Caution: " }</strong>{ caution }</p>
            }
        </li>
    }
}
