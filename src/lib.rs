//! standpoint: a terminal reader that shows a news article beside a
//! structured panel of what each party in it has stated.
//!
//! Layers, each readable alone:
//! - [`model`]: plain data;
//! - [`sanitize`], [`yaml`], [`anchor`], [`loader`], [`diag`]: parsing,
//!   anchoring and validation;
//! - [`import`]: bringing articles in (web pages, newsboat, encodings);
//! - [`draft`]: drafting a panel from an article's text;
//! - [`curate`]: edits, undo, format-preserving saves and recovery of a
//!   document being reviewed;
//! - [`layout`], [`view`], [`export`]: pure functions of state to text or
//!   widgets;
//! - [`app`], [`keys`]: the app state and its key table;
//! - [`tui`], [`write`], [`files`]: the terminal and the file system.

pub mod anchor;
pub mod app;
pub mod curate;
pub mod diag;
pub mod draft;
pub mod export;
pub mod files;
#[doc(hidden)]
pub mod fuzz_checks;
pub mod import;
pub mod keys;
pub mod layout;
pub mod library;
pub mod loader;
pub mod model;
pub mod sanitize;
pub mod synth;
pub mod tui;
pub mod view;
pub mod write;
pub mod yaml;
