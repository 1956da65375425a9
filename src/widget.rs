//! The widget in the browser: the root that holds one visit's state, its screens, and the few
//! touches on the browser they need. Everything it shows comes from the domain.

pub mod app;
pub mod browser;
pub mod hooks;
pub mod js_json;
pub mod screens;
pub mod state;
