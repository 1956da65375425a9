//! The widget's screens and their parts, one file each. They are plain functions returning
//! `Html` rather than components: each Yew component costs about 1 KB of gzipped wasm.

pub mod doctor_card;
pub mod intro;
pub mod not_for_you;
pub mod notices;
pub mod past_results;
pub mod question_step;
pub mod result_actions;
pub mod results;
pub mod score_list;
pub mod suggestion_lists;
