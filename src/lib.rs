//! standpoint: a terminal reader that shows a news article beside a
//! structured panel of what each party in it has stated.
//!
//! Layers, each readable alone (a module only uses the ones above it):
//! - [`model`]: plain data;
//! - [`sanitize`], [`yaml`], [`anchor`], [`loader`], [`diag`]: parsing,
//!   anchoring and validation;
//! - [`stance`]: the stance index of a document (targets, cells,
//!   conflicts), read by every screen and export;
//! - [`import`]: bringing articles in (web pages, newsboat, encodings);
//! - [`draft`]: drafting a panel from an article's text;
//! - [`curate`]: edits, undo, format-preserving saves and recovery of a
//!   document being reviewed;
//! - [`action`], [`keys`]: what the user can ask for, and the key table
//!   that maps terminal events to it;
//! - [`layout`], [`export`]: screen areas and wrapped text; views of a
//!   document as text, Markdown or JSON;
//! - [`app`]: the app state, what is on top ([`app::Mode`]) and a pure
//!   `update(state, action)`;
//! - [`view`]: pure functions of the app state to widgets;
//! - [`tui`], [`write`], [`files`]: the terminal and the file system;
//!   [`platform`]: what differs between platforms (signals, suspend);
//! - [`config`], [`cli`]: the configuration file and the command line.
//!
//! Test support (synthetic documents, the fuzz checks, [`testing`]) is
//! built only with the `testing` feature, which the tests, benchmarks and
//! fuzz targets turn on.

// Product code takes nothing from input on trust (tests may unwrap).
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

#[warn(clippy::too_many_lines)]
pub mod action;
pub mod anchor;
#[warn(clippy::too_many_lines)]
pub mod app;
#[warn(clippy::too_many_lines)]
pub mod cli;
#[warn(clippy::too_many_lines)]
pub mod config;
pub mod curate;
pub mod diag;
pub mod draft;
#[warn(clippy::too_many_lines)]
pub mod export;
pub mod files;
#[cfg(feature = "testing")]
pub mod fuzz_checks;
pub mod import;
#[warn(clippy::too_many_lines)]
pub mod keys;
#[warn(clippy::too_many_lines)]
pub mod layout;
pub mod library;
pub mod loader;
pub mod model;
pub mod platform;
pub mod sanitize;
#[warn(clippy::too_many_lines)]
pub mod stance;
#[cfg(any(test, feature = "testing"))]
pub mod synth;
#[cfg(feature = "testing")]
pub mod testing;
#[warn(clippy::too_many_lines)]
pub mod tui;
#[warn(clippy::too_many_lines)]
pub mod view;
pub mod write;
pub mod yaml;
