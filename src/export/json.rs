//! The JSON writer. The full document and the claim views use the loader's
//! JSON shape ([`JsonDoc`]); the matrix and the article add their own
//! structures around the same parties, topics and claims.
//!
//! Offsets in JSON are in Unicode characters (end exclusive); `line` is the
//! 1-based line of the article where the quote starts, `paragraph` its
//! 1-based paragraph (as cited: ¶3).

use serde::Serialize;

use super::report::{Body, Report};
use crate::model::{Claim, Document, Paragraphs};

#[derive(Debug, Serialize, PartialEq)]
pub struct JsonSource {
    pub outlet: Option<String>,
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
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
    pub paragraph: usize,
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
    /// The claim as JSON; `paras` are the article's paragraphs
    /// ([`crate::model::Article::paragraphs`], computed once per document).
    pub fn new(doc: &Document, paras: &Paragraphs, c: &Claim) -> Self {
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
            paragraph: paras.number_of(c.span.start),
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
        let paras = doc.article.paragraphs();
        JsonDoc {
            title: doc.title.clone(),
            date: doc.date.clone(),
            source: doc.source.as_ref().map(|s| JsonSource {
                outlet: s.outlet.clone(),
                url: s.url.clone(),
                byline: s.byline.clone(),
                language: s.language.clone(),
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
                .map(|c| JsonClaim::new(doc, &paras, c))
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

/// One cell of the matrix: what a party states on a topic.
#[derive(Debug, Serialize)]
pub struct JsonCell {
    pub party: String,
    pub topic: String,
    /// The distinct stances of the cell, in the order they first appear;
    /// empty: no stated position.
    pub stances: Vec<String>,
    pub positions: Vec<JsonPosition>,
}

/// The claims of a cell with one stance toward one target.
#[derive(Debug, Serialize)]
pub struct JsonPosition {
    pub stance: String,
    pub target: String,
    pub claims: Vec<String>,
    /// Ids of other parties that take the opposite stance on this target.
    pub opposed_by: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct JsonSide {
    pub party: String,
    pub claim: String,
}

#[derive(Debug, Serialize)]
pub struct JsonConflict {
    pub target: String,
    pub favor: Vec<JsonSide>,
    pub against: Vec<JsonSide>,
}

#[derive(Debug, Serialize)]
pub struct JsonMatrix {
    pub title: String,
    pub date: String,
    pub source: Option<JsonSource>,
    pub parties: Vec<JsonParty>,
    pub topics: Vec<JsonTopic>,
    /// Party-major: all topics of the first party, then the next party.
    pub matrix: Vec<JsonCell>,
    pub conflicts: Vec<JsonConflict>,
}

/// A claim of the article view with its marker number.
#[derive(Debug, Serialize)]
pub struct JsonNote {
    pub marker: usize,
    #[serde(flatten)]
    pub claim: JsonClaim,
}

#[derive(Debug, Serialize)]
pub struct JsonArticle {
    pub title: String,
    pub date: String,
    pub source: Option<JsonSource>,
    pub parties: Vec<JsonParty>,
    pub topics: Vec<JsonTopic>,
    /// The article's text.
    pub text: String,
    /// The claims in article order; `marker` numbers them as in the text
    /// export (`[n>` ... `<n]`).
    pub claims: Vec<JsonNote>,
}

/// `v` as pretty JSON with a final newline.
pub fn pretty<T: Serialize>(v: &T) -> String {
    let mut s =
        serde_json::to_string_pretty(v).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}

/// Write a report as JSON.
pub fn write(r: &Report<'_>) -> String {
    let doc = r.doc;
    match &r.body {
        Body::Panel(_) => {
            let view = &r.view;
            pretty(&JsonDoc::new(doc, |c| super::in_view(doc, view, c)))
        }
        Body::Matrix(m) => {
            let head = JsonDoc::new(doc, |_| false);
            let mut matrix = Vec::with_capacity(m.parties.len() * m.topics.len());
            for (p, row) in m.parties.iter().zip(&m.cells) {
                for (t, cell) in m.topics.iter().zip(row) {
                    let mut stances: Vec<String> = Vec::new();
                    for e in &cell.entries {
                        let s = e.stance.as_str();
                        if !stances.iter().any(|x| x == s) {
                            stances.push(s.to_string());
                        }
                    }
                    matrix.push(JsonCell {
                        party: p.id.clone(),
                        topic: t.id.clone(),
                        stances,
                        positions: cell
                            .entries
                            .iter()
                            .map(|e| JsonPosition {
                                stance: e.stance.as_str().to_string(),
                                target: e.target.to_string(),
                                claims: e.claims.iter().map(|c| c.id.clone()).collect(),
                                opposed_by: e.opposed_by.iter().map(|p| p.id.clone()).collect(),
                            })
                            .collect(),
                    });
                }
            }
            let side = |v: &Vec<(&crate::model::Party, &Claim)>| {
                v.iter()
                    .map(|(p, c)| JsonSide {
                        party: p.id.clone(),
                        claim: c.id.clone(),
                    })
                    .collect()
            };
            pretty(&JsonMatrix {
                title: head.title,
                date: head.date,
                source: head.source,
                parties: head.parties,
                topics: head.topics,
                matrix,
                conflicts: m
                    .conflicts
                    .iter()
                    .map(|c| JsonConflict {
                        target: c.target.to_string(),
                        favor: side(&c.favor),
                        against: side(&c.against),
                    })
                    .collect(),
            })
        }
        Body::Article(a) => {
            let head = JsonDoc::new(doc, |_| false);
            let paras = doc.article.paragraphs();
            pretty(&JsonArticle {
                title: head.title,
                date: head.date,
                source: head.source,
                parties: head.parties,
                topics: head.topics,
                text: doc.article.text().to_string(),
                claims: a
                    .notes
                    .iter()
                    .enumerate()
                    .map(|(k, it)| JsonNote {
                        marker: k + 1,
                        claim: JsonClaim::new(doc, &paras, it.claim),
                    })
                    .collect(),
            })
        }
    }
}
