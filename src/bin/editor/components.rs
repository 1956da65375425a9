//! The editor's parts, one component each: the toolbar, the question before saving or
//! discarding, the lists above the form, the form with its fields, and the preview.

pub mod confirm;
pub mod field;
pub mod form;
pub mod names;
pub mod panels;
pub mod preview;
pub mod toolbar;
