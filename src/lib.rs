//! standpoint: a terminal reader that shows a news article beside a
//! structured panel of what each party in it has stated.
//!
//! Layers, each readable alone:
//! - [`model`]: plain data;
//! - [`sanitize`], [`yaml`], [`anchor`], [`loader`], [`diag`]: parsing,
//!   anchoring and validation;
//! - [`draft`]: drafting a panel from an article's text;
//! - [`layout`], [`view`], [`export`]: pure functions of state to text or
//!   widgets;
//! - [`app`], [`keys`]: the app state and its key table;
//! - [`tui`], [`write`], [`files`]: the terminal and the file system.

pub mod anchor;
pub mod app;
pub mod diag;
pub mod draft;
pub mod export;
pub mod files;
#[doc(hidden)]
pub mod fuzz_checks;
pub mod keys;
pub mod layout;
pub mod loader;
pub mod model;
pub mod sanitize;
pub mod synth;
pub mod tui;
pub mod view;
pub mod write;
pub mod yaml;
