//! The widget's screens and their parts, one file each. They are plain functions returning
//! `Html` rather than components (each Yew component costs about 1 KB of gzipped wasm), and
//! they take the session and a callback of domain actions, never the root's handle.

pub mod intro;
pub mod not_for_you;
pub mod notices;
pub mod question_step;
pub mod result_actions;
pub mod results;
pub mod week;
