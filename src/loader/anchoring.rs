//! Anchoring every claim's quote in the article, in one pass, with a
//! diagnostic for each quote that does not anchor.

use super::check::Checker;
use super::claims::RawClaim;
use crate::anchor::{AnchorError, Anchorer, Selector};
use crate::diag::Diagnostic;
use crate::model::{Article, Span};

/// Anchor every claim (its span is set); the claims whose quote did not
/// anchor, as (index in `raw`, index of its diagnostic in `ck`).
pub(super) fn anchor_claims(
    ck: &mut Checker,
    article: &Article,
    raw: &mut [RawClaim],
) -> Vec<(usize, usize)> {
    let anchorer = Anchorer::new(article.text());
    let sels: Vec<Selector> = raw
        .iter()
        .map(|r| Selector {
            exact: &r.claim.quote,
            prefix: r.prefix.as_deref(),
            suffix: r.suffix.as_deref(),
        })
        .collect();
    let results = anchorer.resolve_all(&sels);
    drop(sels);
    let mut failed = Vec::new();
    for (i, (r, res)) in raw.iter_mut().zip(results).enumerate() {
        match res {
            Ok(span) => r.claim.span = span,
            Err(e) => {
                failed.push((i, ck.diags.len()));
                ck.push(diagnostic(article, r, e));
            }
        }
    }
    failed
}

/// What to say about a quote that did not anchor.
fn diagnostic(article: &Article, r: &RawClaim, e: AnchorError) -> Diagnostic {
    let cl = Some(r.claim.id.as_str());
    let lines = |v: &[Span], count: usize| {
        let mut s: Vec<String> = v
            .iter()
            .map(|sp| article.line_of(sp.start).to_string())
            .collect();
        if count > v.len() {
            s.push(format!("and {} more", count - v.len()));
        }
        s.join(", ")
    };
    match e {
        AnchorError::Empty => Diagnostic::new(r.quote_pos, "the quote is empty")
            .label("empty quote")
            .help("copy the exact words of the article into `quote`")
            .claim(cl),
        AnchorError::NotFound { suggestion } => {
            let help = match suggestion {
                Some(sp) => format!(
                    "the closest passage of the article (line {}) is: \"{}\"",
                    article.line_of(sp.start),
                    article.text().get(sp.start..sp.end).unwrap_or("").replace('\n', " ")
                ),
                None => "copy the exact words of the article into `quote`; no similar passage was found".to_string(),
            };
            Diagnostic::new(r.quote_pos, "the quote is not in the article")
                .label("not found")
                .help(help)
                .claim(cl)
        }
        AnchorError::Ambiguous { occurrences, count } => Diagnostic::new(
            r.quote_pos,
            format!("the quote occurs {count} times in the article (lines {})", lines(&occurrences, count)),
        )
        .label("ambiguous")
        .help("add a `prefix` (the words just before the intended passage) or a `suffix` (just after) to choose one")
        .claim(cl),
        AnchorError::ContextMismatch { occurrences, count } => Diagnostic::new(
            r.quote_pos,
            format!(
                "the quote occurs {count} times (lines {}) but its `prefix`/`suffix` match none of them",
                lines(&occurrences, count)
            ),
        )
        .label("prefix/suffix do not match")
        .help("copy the words immediately before/after the passage into `prefix`/`suffix`")
        .claim(cl),
    }
}
