//! The widget's screens and their parts, one component per file.

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
