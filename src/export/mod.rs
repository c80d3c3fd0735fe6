//! Export: a view of a document (one claim, a party, a topic, the matrix,
//! all claims, the article with its quotes marked) as text, Markdown or
//! JSON; or its claims as a W3C Web Annotation collection ([`w3c`]) or CSV
//! ([`csv`]). One renderer serves the command line and the reader.
//!
//! The pipeline: [`View`] -> [`report::build`] (what is shown, grouped and
//! ordered, conflicts found) -> one writer per format ([`text`],
//! [`markdown`], [`json`]). Nothing is selected or formatted twice.
//!
//! Offsets in JSON are in Unicode characters (end exclusive); `line` is the
//! 1-based line of the article where the quote starts.

pub mod cite;
pub mod csv;
pub mod json;
pub mod markdown;
pub mod report;
pub mod text;
pub mod w3c;

pub use json::{document_json, JsonClaim, JsonDoc, JsonParty, JsonSource, JsonTopic};

use crate::model::{Claim, Document};

/// The narrowest width text is wrapped to; narrower requests are widened.
pub const MIN_WIDTH: usize = 20;

/// The width text is wrapped to unless told otherwise.
pub const DEFAULT_WIDTH: usize = 80;

// ---------------------------------------------------------------------------
// Views and formats (the one renderer shared by the command line and the
// reader). The signatures below are the contract between the reader and the
// export code.

/// What to export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum View {
    /// One claim, by id (`claim:ID`).
    Claim(String),
    /// One party's claims, by party id (`party:ID`).
    Party(String),
    /// One topic's claims, by topic id (`topic:ID`).
    Topic(String),
    /// The party-by-topic matrix (`matrix`).
    Matrix,
    /// Every claim (`claims`).
    Claims,
    /// The article with its quotes marked (`article`).
    Article,
}

/// How to write it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Json,
    /// W3C Web Annotation (JSON-LD): the view's claims.
    W3c,
    /// CSV: one row per claim of the view.
    Csv,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Text,
        Format::Markdown,
        Format::Json,
        Format::W3c,
        Format::Csv,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Json => "json",
            Format::W3c => "w3c",
            Format::Csv => "csv",
        }
    }

    /// File extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Markdown => "md",
            Format::Json => "json",
            Format::W3c => "jsonld",
            Format::Csv => "csv",
        }
    }

    pub fn parse(s: &str) -> Option<Format> {
        match s {
            "text" | "txt" => Some(Format::Text),
            "markdown" | "md" => Some(Format::Markdown),
            "json" => Some(Format::Json),
            "w3c" | "jsonld" | "json-ld" => Some(Format::W3c),
            "csv" => Some(Format::Csv),
            _ => None,
        }
    }
}

/// Why an export could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExportError {
    /// A view that does not parse or names an unknown id; the message lists
    /// the valid ones.
    #[error("{0}")]
    BadView(String),
}

impl View {
    /// Parse `claim:ID`, `party:ID`, `topic:ID`, `matrix`, `claims`, `article`,
    /// checking ids against the document. An unknown id is an error that
    /// lists the valid views of that kind (the first [`MAX_LISTED`] of them)
    /// and suggests the closest one.
    pub fn parse(s: &str, doc: &Document) -> Result<View, ExportError> {
        let bad = |what: &str, ids: Vec<&str>| {
            let id = s.split_once(':').map_or("", |(_, id)| id);
            let mut msg = if id.is_empty() {
                format!("view `{s}` names no {what}")
            } else {
                format!("unknown {what} `{id}` in view `{s}`")
            };
            if let Some(near) = crate::diag::did_you_mean(id, &ids) {
                msg.push_str(&format!(" (did you mean `{what}:{near}`?)"));
            }
            if ids.is_empty() {
                msg.push_str(&format!(
                    "; the document has no {what}s: use matrix, claims or article"
                ));
            } else {
                let shown: Vec<String> = ids
                    .iter()
                    .take(MAX_LISTED)
                    .map(|i| format!("{what}:{i}"))
                    .collect();
                msg.push_str(&format!("; valid views: {}", shown.join(", ")));
                if ids.len() > MAX_LISTED {
                    msg.push_str(&format!(" and {} more", ids.len() - MAX_LISTED));
                }
            }
            ExportError::BadView(msg)
        };
        match s.split_once(':') {
            Some(("claim", id)) => match doc.claim_index(id) {
                Some(_) => Ok(View::Claim(id.to_string())),
                None => Err(bad(
                    "claim",
                    doc.claims.iter().map(|c| c.id.as_str()).collect(),
                )),
            },
            Some(("party", id)) => match doc.party_index(id) {
                Some(_) => Ok(View::Party(id.to_string())),
                None => Err(bad(
                    "party",
                    doc.parties.iter().map(|c| c.id.as_str()).collect(),
                )),
            },
            Some(("topic", id)) => match doc.topic_index(id) {
                Some(_) => Ok(View::Topic(id.to_string())),
                None => Err(bad(
                    "topic",
                    doc.topics.iter().map(|c| c.id.as_str()).collect(),
                )),
            },
            None if s == "matrix" => Ok(View::Matrix),
            None if s == "claims" => Ok(View::Claims),
            None if s == "article" => Ok(View::Article),
            _ => Err(ExportError::BadView(format!(
                "unknown view `{s}`; use claims, matrix, article, claim:ID, party:ID or topic:ID{}",
                crate::diag::did_you_mean(s, &["claims", "matrix", "article"])
                    .map(|n| format!(" (did you mean `{n}`?)"))
                    .unwrap_or_default()
            ))),
        }
    }

    /// The view as written on the command line (`party:us`).
    pub fn name(&self) -> String {
        match self {
            View::Claim(id) => format!("claim:{id}"),
            View::Party(id) => format!("party:{id}"),
            View::Topic(id) => format!("topic:{id}"),
            View::Matrix => "matrix".into(),
            View::Claims => "claims".into(),
            View::Article => "article".into(),
        }
    }
}

/// At most this many valid ids are listed in an unknown-view error.
pub const MAX_LISTED: usize = 20;

/// True when claim `c` belongs to a claim view (`claims`, `party:`,
/// `topic:`, `claim:`); the matrix and article views hold every claim.
pub fn in_view(doc: &Document, view: &View, c: &Claim) -> bool {
    match view {
        View::Claim(id) => &c.id == id,
        View::Party(id) => doc.parties.get(c.party).is_some_and(|p| &p.id == id),
        View::Topic(id) => doc.topics.get(c.topic).is_some_and(|t| &t.id == id),
        View::Matrix | View::Claims | View::Article => true,
    }
}

/// Render `view` of `doc` in `format`, wrapped to `width` columns where the
/// format wraps (text only; widths below [`MIN_WIDTH`] are widened to it).
/// The result carries no control characters but `\n` and ends with a
/// newline.
///
/// A view whose id is not in the document (one not made by
/// [`View::parse`]) is refused with the same error `parse` gives.
pub fn render(
    doc: &Document,
    view: &View,
    format: Format,
    width: usize,
) -> Result<String, ExportError> {
    if matches!(view, View::Claim(_) | View::Party(_) | View::Topic(_)) {
        View::parse(&view.name(), doc)?;
    }
    // The claim formats need no report.
    match format {
        Format::W3c => return Ok(w3c::write(doc, view)),
        Format::Csv => return Ok(csv::write(doc, view)),
        _ => {}
    }
    let report = report::build(doc, view);
    Ok(match format {
        Format::Text => text::write(&report, width.max(MIN_WIDTH)),
        Format::Markdown => markdown::write(&report),
        Format::Json | Format::W3c | Format::Csv => json::write(&report),
    })
}
