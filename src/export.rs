//! Export: the resolved document (or a view of it) as JSON.
//!
//! Offsets in JSON are in Unicode characters (end exclusive); `line` is the
//! 1-based line of the article where the quote starts.

use serde::Serialize;

use crate::model::{Claim, Document};

#[derive(Debug, Serialize, PartialEq)]
pub struct JsonSource {
    pub outlet: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct JsonParty {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct JsonTopic {
    pub id: String,
    pub label: String,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct JsonClaim {
    pub id: String,
    pub party: String,
    pub speaker: String,
    pub topic: String,
    pub stance: String,
    pub target: String,
    pub summary: String,
    pub mode: String,
    pub quote: String,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub condition: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct JsonDoc {
    pub title: String,
    pub date: String,
    pub source: Option<JsonSource>,
    pub parties: Vec<JsonParty>,
    pub topics: Vec<JsonTopic>,
    pub claims: Vec<JsonClaim>,
}

impl JsonClaim {
    pub fn new(doc: &Document, c: &Claim) -> Self {
        let draft = c.status == crate::model::Status::Draft;
        JsonClaim {
            id: c.id.clone(),
            party: doc
                .parties
                .get(c.party)
                .map_or_else(String::new, |p| p.id.clone()),
            speaker: c.speaker.clone(),
            topic: doc
                .topics
                .get(c.topic)
                .map_or_else(String::new, |t| t.id.clone()),
            stance: c.stance.as_str().to_string(),
            target: c.target.clone(),
            summary: c.summary.clone(),
            mode: c.mode.as_str().to_string(),
            quote: doc.quote_text(c).to_string(),
            start: doc.article.char_offset(c.span.start),
            end: doc.article.char_offset(c.span.end),
            line: doc.article.line_of(c.span.start),
            condition: c.condition.clone(),
            status: draft.then(|| c.status.as_str().to_string()),
            confidence: c.confidence,
            rule: c.rule.clone(),
        }
    }
}

impl JsonDoc {
    /// The document limited to the claims `keep` selects (all parties and
    /// topics are kept so ids resolve).
    pub fn new(doc: &Document, keep: impl Fn(&Claim) -> bool) -> Self {
        JsonDoc {
            title: doc.title.clone(),
            date: doc.date.clone(),
            source: doc.source.as_ref().map(|s| JsonSource {
                outlet: s.outlet.clone(),
                url: s.url.clone(),
            }),
            parties: doc
                .parties
                .iter()
                .map(|p| JsonParty {
                    id: p.id.clone(),
                    name: p.name.clone(),
                })
                .collect(),
            topics: doc
                .topics
                .iter()
                .map(|t| JsonTopic {
                    id: t.id.clone(),
                    label: t.label.clone(),
                })
                .collect(),
            claims: doc
                .claims
                .iter()
                .filter(|c| keep(c))
                .map(|c| JsonClaim::new(doc, c))
                .collect(),
        }
    }
}

/// The whole document as pretty JSON (with a final newline).
pub fn document_json(doc: &Document) -> String {
    let mut s = serde_json::to_string_pretty(&JsonDoc::new(doc, |_| true))
        .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}

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
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Text, Format::Markdown, Format::Json];

    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Json => "json",
        }
    }

    /// File extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Markdown => "md",
            Format::Json => "json",
        }
    }

    pub fn parse(s: &str) -> Option<Format> {
        match s {
            "text" | "txt" => Some(Format::Text),
            "markdown" | "md" => Some(Format::Markdown),
            "json" => Some(Format::Json),
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
    /// checking ids against the document.
    pub fn parse(s: &str, doc: &Document) -> Result<View, ExportError> {
        let bad = |what: &str, ids: Vec<&str>| {
            ExportError::BadView(format!(
                "unknown {what} in view `{s}`; valid views: {}",
                ids.iter()
                    .map(|i| format!("{what}:{i}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
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
                "unknown view `{s}`; use claim:ID, party:ID, topic:ID, matrix, claims or article"
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

/// Render `view` of `doc` in `format`, wrapped to `width` columns where the
/// format wraps. The result carries no control characters but `\n`.
///
/// (Placeholder until the export issue lands: JSON of the selected claims;
/// text and Markdown are minimal.)
pub fn render(
    doc: &Document,
    view: &View,
    format: Format,
    width: usize,
) -> Result<String, ExportError> {
    let _ = width;
    let keep = |c: &Claim| match view {
        View::Claim(id) => &c.id == id,
        View::Party(id) => doc.parties.get(c.party).is_some_and(|p| &p.id == id),
        View::Topic(id) => doc.topics.get(c.topic).is_some_and(|t| &t.id == id),
        _ => true,
    };
    Ok(match format {
        Format::Json => {
            let mut s = serde_json::to_string_pretty(&JsonDoc::new(doc, keep))
                .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
            s.push('\n');
            s
        }
        Format::Text | Format::Markdown => doc
            .claims
            .iter()
            .filter(|c| keep(c))
            .map(|c| format!("{} {}: {}\n", c.stance.badge(), c.speaker, c.summary))
            .collect(),
    })
}
