//! Drafting a stance panel from an article's text, by explainable rules.
