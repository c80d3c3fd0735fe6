//! standpoint: a terminal reader that shows a news article beside a
//! structured panel of what each party in it has stated.
//!
//! Layers, each readable alone:
//! - [`model`]: plain data;
//! - [`sanitize`], [`anchor`], [`loader`], [`diag`]: parsing, anchoring and
//!   validation;

pub mod anchor;
pub mod diag;
pub mod export;
pub mod loader;
pub mod model;
pub mod sanitize;
pub mod yaml;
