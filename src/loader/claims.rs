//! Reading one claim: every field checked, the claim built when all the
//! required ones are good.

use std::borrow::Cow;
use std::collections::HashMap;

use super::check::{Checker, Fields};
use super::{CLAIM_FIELDS, CLAIM_REQUIRED};
use crate::diag::Diagnostic;
use crate::model::{Claim, Mode, Origin, Party, Span, Stance, Status, Topic};
use crate::sanitize::{sanitize, sanitize_cow};
use crate::yaml::{Item, Node, Pos, Value};

/// A claim as read, before anchoring.
pub(super) struct RawClaim {
    pub claim: Claim,
    pub quote_pos: Pos,
    pub prefix: Option<String>,
    pub suffix: Option<String>,
}

/// What claims refer to: the declared party and topic ids, and the claim
/// ids seen so far (with their lines).
pub(super) struct Refs {
    pub party_ids: Vec<String>,
    pub topic_ids: Vec<String>,
    pub claim_lines: HashMap<String, usize>,
}

impl Refs {
    pub fn new(parties: &[Party], topics: &[Topic]) -> Refs {
        Refs {
            party_ids: parties.iter().map(|p| p.id.clone()).collect(),
            topic_ids: topics.iter().map(|t| t.id.clone()).collect(),
            claim_lines: HashMap::new(),
        }
    }
}

/// The id written in a claim item (sanitised), so that every message about
/// it can name it.
pub(super) fn claim_id<'n>(n: &'n Node) -> Option<Cow<'n, str>> {
    match &n.value {
        Value::Map(m) => m
            .iter()
            .find(|(k, _)| k.as_str() == Some("id"))
            .and_then(|(_, v)| v.as_str())
            .map(|s| sanitize_cow(s.trim())),
        _ => None,
    }
}

/// Check one claim item; the claim when every required field is good
/// (problems with optional fields are reported, and the claim kept).
pub(super) fn read_claim(ck: &mut Checker, item: &Item, refs: &mut Refs) -> Option<RawClaim> {
    let cid = claim_id(&item.node);
    let cl = cid.as_deref();
    let f = ck.fields(&item.node, "a claim", CLAIM_FIELDS, CLAIM_REQUIRED, cl)?;
    let id = ck.id(&f, "claim", cl);
    if let Some((id, p)) = &id {
        ck.first_use(&mut refs.claim_lines, id, *p, "claim");
    }
    let choices = choices(ck, &f, cl, refs);
    let confidence = confidence(ck, &f, cl);
    let speaker = ck.string(&f, "speaker", cl);
    let target = ck.string(&f, "target", cl);
    let summary = ck.string(&f, "summary", cl);
    if let Some(s) = &summary {
        ck.one_line(s, "summary", cl);
    }
    let quote = ck.string(&f, "quote", cl);
    let (prefix, suffix) = context(ck, &f, cl);
    let condition = ck.string(&f, "condition", cl).map(|s| s.0);
    let rule = ck.string(&f, "rule", cl).map(|s| s.0);
    let (
        Some((id, _)),
        Some((party, topic, stance, mode, status)),
        Some(confidence),
        Some((speaker, _)),
        Some((target, _)),
        Some((summary, _)),
        Some((quote, quote_pos)),
    ) = (id, choices, confidence, speaker, target, summary, quote)
    else {
        return None;
    };
    Some(RawClaim {
        claim: Claim {
            id,
            party,
            speaker,
            topic,
            stance,
            target,
            summary,
            mode,
            quote,
            condition,
            status,
            confidence,
            rule,
            span: Span { start: 0, end: 0 },
            source_line: f.pos.line,
            origin: Some(Origin {
                index: item.index,
                start: item.start,
                end: item.end,
            }),
        },
        quote_pos,
        prefix,
        suffix,
    })
}

/// The fields that name one of a list: party, topic, stance, mode, status.
fn choices(
    ck: &mut Checker,
    f: &Fields,
    cl: Option<&str>,
    refs: &Refs,
) -> Option<(usize, usize, Stance, Mode, Status)> {
    let party = ck.one_of(
        f,
        "party",
        cl,
        &refs.party_ids,
        "not declared under `parties`",
        "declared parties",
    );
    let topic = ck.one_of(
        f,
        "topic",
        cl,
        &refs.topic_ids,
        "not declared under `topics`",
        "declared topics",
    );
    let stance_names = Stance::ALL.map(Stance::as_str);
    let stance = ck
        .one_of(
            f,
            "stance",
            cl,
            &stance_names,
            "not a stance",
            "a stance is one of",
        )
        .and_then(|i| Stance::ALL.get(i).copied());
    let mode = ck
        .one_of(
            f,
            "mode",
            cl,
            &["direct", "reported"],
            "not a mode",
            "a mode is one of (a quotation, reported speech)",
        )
        .and_then(|i| [Mode::Direct, Mode::Reported].get(i).copied());
    let status = match ck.string(f, "status", cl) {
        None => Some(Status::Reviewed),
        Some((s, p)) => {
            let st = Status::parse(&s);
            if st.is_none() {
                ck.push(
                    Diagnostic::new(p, format!("unknown status `{s}`"))
                        .label("not a status")
                        .help("a status is `draft` or `reviewed`")
                        .claim(cl),
                );
            }
            st
        }
    };
    Some((party?, topic?, stance?, mode?, status?))
}

/// `confidence`: absent (`Some(None)`), a number from 0 to 1, or a
/// diagnostic (`None`).
fn confidence(ck: &mut Checker, f: &Fields, cl: Option<&str>) -> Option<Option<f64>> {
    let Some(n) = f.get("confidence") else {
        return Some(None);
    };
    match n.value {
        Value::Float(x) if (0.0..=1.0).contains(&x) => Some(Some(x)),
        Value::Int(i) if i == 0 || i == 1 => Some(Some(i as f64)),
        _ => {
            ck.push(
                Diagnostic::new(n.pos(), "`confidence` must be a number from 0 to 1")
                    .label("out of range")
                    .help("write e.g. `confidence: 0.8`")
                    .claim(cl),
            );
            None
        }
    }
}

/// `prefix` and `suffix` (sanitised, untrimmed).
fn context(ck: &mut Checker, f: &Fields, cl: Option<&str>) -> (Option<String>, Option<String>) {
    let prefix = f.get("prefix").and_then(|n| n.as_str()).map(sanitize);
    let suffix = f.get("suffix").and_then(|n| n.as_str()).map(sanitize);
    for k in ["prefix", "suffix"] {
        if let Some(n) = f.get(k) {
            if n.as_str().is_none() {
                ck.push(
                    Diagnostic::new(n.pos(), format!("`{k}` must be text, found {}", n.kind()))
                        .label("expected text")
                        .claim(cl),
                );
            }
        }
    }
    (prefix, suffix)
}

/// The fields of a claim item as `(field, text)`, in file order (values
/// that are lists or mappings are left out).
pub(super) fn item_fields(n: &Node) -> Vec<(String, String)> {
    let Value::Map(m) = &n.value else {
        return Vec::new();
    };
    m.iter()
        .filter_map(|(k, v)| {
            let text = match &v.value {
                Value::Str(s) => sanitize(s),
                Value::Null => String::new(),
                Value::Bool(b) => b.to_string(),
                Value::Int(i) => i.to_string(),
                Value::Float(x) => x.to_string(),
                Value::Seq(_) | Value::Map(_) => return None,
            };
            Some((sanitize(k.as_str()?), text))
        })
        .collect()
}

/// The fields of a claim that was read (for one whose quote did not
/// anchor), in the order of the format.
pub(super) fn raw_fields(
    r: &RawClaim,
    parties: &[Party],
    topics: &[Topic],
) -> Vec<(String, String)> {
    let c = &r.claim;
    let mut v: Vec<(&str, String)> = vec![
        ("id", c.id.clone()),
        (
            "party",
            parties
                .get(c.party)
                .map(|p| p.id.clone())
                .unwrap_or_default(),
        ),
        ("speaker", c.speaker.clone()),
        (
            "topic",
            topics
                .get(c.topic)
                .map(|t| t.id.clone())
                .unwrap_or_default(),
        ),
        ("stance", c.stance.as_str().to_string()),
        ("target", c.target.clone()),
        ("summary", c.summary.clone()),
        ("mode", c.mode.as_str().to_string()),
        ("quote", c.quote.clone()),
    ];
    let optional = [
        ("prefix", r.prefix.clone()),
        ("suffix", r.suffix.clone()),
        ("condition", c.condition.clone()),
        ("status", Some(c.status.as_str().to_string())),
        ("confidence", c.confidence.map(|x| x.to_string())),
        ("rule", c.rule.clone()),
    ];
    v.extend(optional.into_iter().filter_map(|(k, x)| Some((k, x?))));
    v.into_iter().map(|(k, x)| (k.to_string(), x)).collect()
}
