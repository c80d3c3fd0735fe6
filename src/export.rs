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
