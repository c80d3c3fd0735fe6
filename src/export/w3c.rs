//! The W3C Web Annotation export (`--format w3c`): the claims of a view as
//! an `AnnotationCollection` in JSON-LD (the shape Hypothesis and other
//! annotation tools exchange), one `Annotation` per claim, in article order.
//!
//! - target: the article (its URL when the document names one, else a
//!   `file:` URI of the article, else a `urn:`), with a `TextQuoteSelector`
//!   (the exact passage and 32 characters either side) and a
//!   `TextPositionSelector` (start and end in Unicode code points of the
//!   article's text, end exclusive; for an imported page, the text
//!   standpoint extracted, not the page's HTML);
//! - bodies: `TextualBody`s, `purpose: tagging` for the party, the topic and
//!   the stance, `describing` for the summary and for the stance toward its
//!   target with its speaker, `commenting` for a drafted claim's status.
//!
//! The output is checked against the W3C test suite's JSON schemas in
//! `tests/export_w3c.rs`.

use serde_json::{json, Map, Value};

use super::View;
use crate::model::{Claim, Document, Mode};

/// The JSON-LD context of the Web Annotation vocabulary.
pub const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// Characters of context kept either side of a quote (as Hypothesis does).
pub const CONTEXT_CHARS: usize = 32;

/// `s` with every byte outside the URI's unreserved set and `/` written
/// as `%XX`.
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A `file:` URI for a path (made absolute; not required to exist).
fn file_uri(p: &std::path::Path) -> Option<String> {
    let abs = std::path::absolute(p).ok()?;
    let s = abs.to_str()?;
    Some(format!("file://{}", percent_encode(s)))
}

/// What the annotations are about: the article's URL, else its file, else
/// the annotation's file, else a name.
pub fn target_source(doc: &Document) -> String {
    doc.source
        .as_ref()
        .and_then(|s| s.url.clone())
        .or_else(|| doc.article.path.as_deref().and_then(file_uri))
        .or_else(|| doc.path.as_deref().and_then(file_uri))
        .unwrap_or_else(|| format!("urn:x-standpoint:article:{}", crate::import::file_stem(doc)))
}

/// The base of the annotations' ids: `urn:x-standpoint:<stem>`.
fn id_base(doc: &Document) -> String {
    let stem = doc
        .path
        .as_deref()
        .and_then(|p| p.file_stem())
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| crate::import::file_stem(doc));
    format!("urn:x-standpoint:{}", percent_encode(&stem))
}

/// Up to `n` characters of `text` before byte `at` (or after it).
fn context(text: &str, at: usize, n: usize, before: bool) -> String {
    if before {
        let head = text.get(..at).unwrap_or("");
        let rev: Vec<char> = head.chars().rev().take(n).collect();
        rev.into_iter().rev().collect()
    } else {
        text.get(at..).unwrap_or("").chars().take(n).collect()
    }
}

fn textual(value: &str, purpose: &str, language: Option<&str>) -> Value {
    let mut m = Map::new();
    m.insert("type".into(), json!("TextualBody"));
    m.insert("purpose".into(), json!(purpose));
    m.insert("value".into(), json!(value));
    m.insert("format".into(), json!("text/plain"));
    if let Some(l) = language {
        m.insert("language".into(), json!(l));
    }
    Value::Object(m)
}

/// One claim as an `Annotation`.
fn annotation(doc: &Document, c: &Claim, source: &str, base: &str) -> Value {
    let text = doc.article.text();
    let party = doc.parties.get(c.party).map_or("", |p| p.name.as_str());
    let topic = doc.topics.get(c.topic).map_or("", |t| t.label.as_str());
    let lang = doc.source.as_ref().and_then(|s| s.language.as_deref());
    let mode = match c.mode {
        Mode::Direct => "direct quote",
        Mode::Reported => "reported speech",
    };
    let mut body = vec![
        textual(party, "tagging", None),
        textual(topic, "tagging", None),
        textual(c.stance.as_str(), "tagging", None),
        textual(&c.summary, "describing", lang),
        textual(
            &format!(
                "{} {}: {} ({}, {})",
                party,
                c.stance.badge(),
                c.target,
                c.speaker,
                mode
            ),
            "describing",
            lang,
        ),
    ];
    if let Some(cond) = &c.condition {
        body.push(textual(&format!("Condition: {cond}"), "describing", lang));
    }
    if c.status == crate::model::Status::Draft {
        let mut note = "Drafted by rules, not reviewed by a person".to_string();
        if let Some(r) = &c.rule {
            note.push_str(&format!(" (rule {r}"));
            if let Some(x) = c.confidence {
                note.push_str(&format!(", confidence {x:.2}"));
            }
            note.push(')');
        }
        body.push(textual(&note, "commenting", None));
    }
    json!({
        "id": format!("{base}:claim:{}", percent_encode(&c.id)),
        "type": "Annotation",
        "motivation": "describing",
        "body": body,
        "target": {
            "type": "SpecificResource",
            "source": source,
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": doc.quote_text(c),
                    "prefix": context(text, c.span.start, CONTEXT_CHARS, true),
                    "suffix": context(text, c.span.end, CONTEXT_CHARS, false),
                },
                {
                    "type": "TextPositionSelector",
                    "start": doc.article.char_offset(c.span.start),
                    "end": doc.article.char_offset(c.span.end),
                }
            ]
        }
    })
}

/// The claims of `view` as a W3C `AnnotationCollection` (pretty JSON, with
/// a final newline).
pub fn write(doc: &Document, view: &View) -> String {
    let source = target_source(doc);
    let base = id_base(doc);
    let items: Vec<Value> = doc
        .claims_in_article_order()
        .into_iter()
        .filter_map(|i| doc.claims.get(i))
        .filter(|c| super::in_view(doc, view, c))
        .map(|c| annotation(doc, c, &source, &base))
        .collect();
    let view_id = percent_encode(&view.name().replace(':', "/"));
    let collection = json!({
        "@context": CONTEXT,
        "id": format!("{base}:{view_id}"),
        "type": "AnnotationCollection",
        "label": format!("{} — {} (standpoint)", doc.title, view.name()),
        "total": items.len(),
        "first": {
            "id": format!("{base}:{view_id}:page1"),
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        }
    });
    let mut s = serde_json::to_string_pretty(&collection)
        .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_and_context() {
        assert_eq!(percent_encode("/a b/ü.txt"), "/a%20b/%C3%BC.txt");
        assert_eq!(context("abcdef", 3, 2, true), "bc");
        assert_eq!(context("abcdef", 3, 2, false), "de");
        assert_eq!(context("和平协议", 6, 1, true), "平");
        let doc = crate::loader::bundled().unwrap_or_else(|e| panic!("{e}"));
        assert!(target_source(&doc).starts_with("urn:x-standpoint:article:2025-02-26-trump"));
    }
}
