//! Repeated passages. Every drafted quote must anchor to its own passage
//! when the annotation is loaded: a quote that occurs more than once gets
//! the shortest `prefix` (the words before it), or else `suffix`, that no
//! other occurrence shares.
//!
//! Linear in the article: the occurrences of every claim's quote are found
//! in one pass over the article folded a megabyte at a time (folded as the
//! anchoring folds: spaces, quotes, dashes), with a rolling hash of each
//! quote's first bytes; then each repeated quote's occurrences are told
//! apart by hashing the text just before (or after) them.

use std::collections::HashMap;

use crate::anchor::Folded;
use crate::model::Span;

/// Bytes of article folded at a time.
const CHUNK: usize = 1 << 20;
/// Bytes of a quote's start that are hashed.
const KEY: usize = 16;
/// Longest quote (folded) that is disambiguated; longer ones are dropped.
const MAX_QUOTE: usize = 16 * 1024;
/// The anchoring considers this many occurrences of a quote; a claim at a
/// later one cannot be anchored and is dropped.
pub const MAX_OCCURRENCES: usize = 256;
/// Lengths of context tried, in folded bytes.
const LEVELS: &[usize] = &[8, 16, 32, 64, 128, 256];
/// Original bytes read around an occurrence for its context.
const WINDOW: usize = 1024;

/// The context that makes a claim's quote resolve to its own passage.
pub type Context = (Option<String>, Option<String>);

const BASE: u64 = 0x100000001b3;

fn hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0u64, |h, &b| {
        h.wrapping_mul(BASE).wrapping_add(u64::from(b) + 1)
    })
}

fn char_floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn char_ceil(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Occurrences (original byte spans, in order) of each folded pattern.
fn occurrences(text: &str, patterns: &[String]) -> Vec<Vec<Span>> {
    let mut occ: Vec<Vec<Span>> = vec![Vec::new(); patterns.len()];
    let mut by_key: HashMap<u64, Vec<usize>> = HashMap::new();
    let mut short: Vec<usize> = Vec::new();
    for (i, p) in patterns.iter().enumerate() {
        if p.len() >= KEY {
            by_key
                .entry(hash(&p.as_bytes()[..KEY]))
                .or_default()
                .push(i);
        } else if !p.is_empty() {
            short.push(i);
        }
    }
    let short_ac = (!short.is_empty())
        .then(|| aho_corasick::AhoCorasick::new(short.iter().map(|&i| patterns[i].as_str())).ok())
        .flatten();
    let mut top = 1u64;
    for _ in 1..KEY {
        top = top.wrapping_mul(BASE);
    }
    let mut cs = 0usize;
    while cs < text.len() {
        // A chunk ends after a non-space, so it folds as the whole does.
        let mut ce = char_ceil(text, cs + CHUNK);
        while ce < text.len() && text[..ce].ends_with(char::is_whitespace) {
            ce = char_ceil(text, ce + 1);
        }
        let ext = char_ceil(text, ce + MAX_QUOTE + 64);
        let chunk = &text[cs..ext];
        let f = Folded::new(chunk);
        let fb = f.text.as_bytes();
        let mut found = |pi: usize, at: usize| {
            let len = patterns[pi].len();
            let sp = f.span_to_original(chunk, at, at + len);
            if cs + sp.start < ce {
                occ[pi].push(Span {
                    start: cs + sp.start,
                    end: cs + sp.end,
                });
            }
        };
        if fb.len() >= KEY {
            let mut h = hash(&fb[..KEY]);
            for at in 0..=fb.len() - KEY {
                if at > 0 {
                    let out = u64::from(fb[at - 1]) + 1;
                    h = h
                        .wrapping_sub(out.wrapping_mul(top))
                        .wrapping_mul(BASE)
                        .wrapping_add(u64::from(fb[at + KEY - 1]) + 1);
                }
                if let Some(cands) = by_key.get(&h) {
                    for &pi in cands {
                        let p = patterns[pi].as_bytes();
                        if fb.get(at..at + p.len()) == Some(p) && f.text.is_char_boundary(at) {
                            found(pi, at);
                        }
                    }
                }
            }
        }
        if let Some(ac) = &short_ac {
            for m in ac.find_overlapping_iter(&f.text) {
                found(short[m.pattern().as_usize()], m.start());
            }
        }
        cs = ce;
    }
    for o in &mut occ {
        o.sort_unstable_by_key(|s| (s.start, s.end));
        o.dedup();
    }
    occ
}

/// The folded text before byte `o` (trailing spaces off), at most `WINDOW`
/// original bytes back, with its map to the original.
fn before(text: &str, o: usize) -> (Folded, usize) {
    let from = char_floor(text, o.saturating_sub(WINDOW));
    let f = Folded::new(text[from..o].trim_end());
    (f, from)
}

/// The folded text after byte `e` (leading spaces off).
fn after(text: &str, e: usize) -> (Folded, usize) {
    let rest = &text[e..char_floor(text, (e + WINDOW).min(text.len()))];
    let lead = rest.len() - rest.trim_start().len();
    (Folded::new(rest.trim_start()), e + lead)
}

/// The context of length level `l` from a folded tail (`before`) or head.
fn piece(f: &str, l: usize, before: bool) -> &str {
    if before {
        &f[char_ceil(f, f.len().saturating_sub(l))..]
    } else {
        &f[..char_floor(f, l)]
    }
}

/// The folded text around the first occurrences of one repeated quote,
/// made once for all its claims.
struct Around<'t> {
    text: &'t str,
    group: &'t [Span],
    before: Option<Vec<(Folded, usize)>>,
    after: Option<Vec<(Folded, usize)>>,
}

impl Around<'_> {
    fn side(&mut self, side_before: bool) -> &[(Folded, usize)] {
        let (text, n) = (self.text, self.group.len().min(MAX_OCCURRENCES));
        let group = &self.group[..n];
        let slot = if side_before {
            &mut self.before
        } else {
            &mut self.after
        };
        slot.get_or_insert_with(|| {
            group
                .iter()
                .map(|s| {
                    if side_before {
                        before(text, s.start)
                    } else {
                        after(text, s.end)
                    }
                })
                .collect()
        })
    }

    /// A prefix (or else suffix) for the claim at occurrence `k`.
    fn choose(&mut self, k: usize) -> Option<Context> {
        let text = self.text;
        for side_before in [true, false] {
            let folds = self.side(side_before);
            let mine = &folds.get(k)?.0.text;
            for &l in LEVELS {
                let p = piece(mine, l, side_before);
                if p.trim().is_empty() {
                    continue;
                }
                let shared = folds.iter().enumerate().any(|(j, (f, _))| {
                    j != k
                        && if side_before {
                            f.text.ends_with(p)
                        } else {
                            f.text.starts_with(p)
                        }
                });
                if !shared {
                    return Some(context_text(text, &folds[k], p, side_before));
                }
                if p.len() >= mine.len() {
                    break;
                }
            }
        }
        None
    }
}

/// The original words of a folded context piece, widened to whole words.
fn context_text(text: &str, (f, from): &(Folded, usize), p: &str, side_before: bool) -> Context {
    let ft = &f.text;
    let (fs, fe) = if side_before {
        let mut s = ft.len() - p.len();
        // Widen to the start of the word.
        while s > 0 && !ft[..s].ends_with(' ') {
            s = char_floor(ft, s - 1);
        }
        (s, ft.len())
    } else {
        let mut e = p.len();
        while e < ft.len() && !ft[e..].starts_with(' ') {
            e = char_ceil(ft, e + 1);
        }
        (0, e)
    };
    let os = from + f.to_original(fs);
    let oe = if fe >= ft.len() {
        // The end of the folded window is the end of the trimmed original.
        let span = f.span_to_original(&text[*from..], fs, fe);
        from + span.end
    } else {
        from + f.to_original(fe)
    };
    let s = text.get(os.min(oe)..oe).unwrap_or("").trim().to_string();
    let s = Some(s).filter(|s| !s.is_empty());
    if side_before {
        (s, None)
    } else {
        (None, s)
    }
}

/// The context of each claim (by its quote's span): `Some((None, None))`
/// when the quote is unique, a prefix or suffix when it repeats, `None`
/// when nothing makes it resolve (the claim is then dropped).
pub fn contexts(text: &str, spans: &[Span]) -> Vec<Option<Context>> {
    let mut ids: HashMap<String, usize> = HashMap::new();
    let mut patterns: Vec<String> = Vec::new();
    let claim_pattern: Vec<Option<usize>> = spans
        .iter()
        .map(|s| {
            let q = text.get(s.start..s.end)?;
            let f = Folded::fold_quote(q);
            if f.is_empty() || f.len() > MAX_QUOTE {
                return None;
            }
            let next = patterns.len();
            Some(*ids.entry(f.clone()).or_insert_with(|| {
                patterns.push(f);
                next
            }))
        })
        .collect();
    drop(ids);
    let occ = occurrences(text, &patterns);
    let mut out: Vec<Option<Context>> = vec![None; spans.len()];
    let mut claims_of: HashMap<usize, Vec<usize>> = HashMap::new();
    for (ci, p) in claim_pattern.iter().enumerate() {
        if let Some(p) = *p {
            claims_of.entry(p).or_default().push(ci);
        }
    }
    for (p, claims) in claims_of {
        let group = &occ[p];
        if group.len() == 1 {
            for ci in claims {
                if group[0].start == spans[ci].start {
                    out[ci] = Some((None, None));
                }
            }
            continue;
        }
        let mut around = Around {
            text,
            group,
            before: None,
            after: None,
        };
        for ci in claims {
            let k = group.partition_point(|s| s.start < spans[ci].start);
            if k >= MAX_OCCURRENCES || group.get(k).map(|s| s.start) != Some(spans[ci].start) {
                continue;
            }
            out[ci] = around.choose(k);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::anchor::{Anchorer, Selector};

    fn spans_of(text: &str, quote: &str) -> Vec<Span> {
        text.match_indices(quote)
            .map(|(i, _)| Span {
                start: i,
                end: i + quote.len(),
            })
            .collect()
    }

    /// Every context chosen makes the anchoring find the claim's passage.
    fn check(text: &str, spans: &[Span]) -> usize {
        let ctx = contexts(text, spans);
        let a = Anchorer::new(text);
        let mut kept = 0;
        for (s, c) in spans.iter().zip(ctx) {
            let Some((p, x)) = c else { continue };
            kept += 1;
            let got = a.resolve(&Selector {
                exact: &text[s.start..s.end],
                prefix: p.as_deref(),
                suffix: x.as_deref(),
            });
            assert_eq!(got, Ok(*s), "{p:?} {x:?}");
        }
        kept
    }

    #[test]
    fn repeated_quotes_get_a_prefix_that_resolves() {
        let para = |k: usize| {
            format!("[{k}] The minister said: “We will not accept it.” Then   he left.\n\n")
        };
        let text: String = (0..40).map(para).collect();
        let spans = spans_of(&text, "We will not accept it.");
        assert_eq!(spans.len(), 40);
        assert_eq!(check(&text, &spans), 40);
        let unique = "Only once here, “a rare statement of note.”";
        assert_eq!(
            contexts(unique, &spans_of(unique, "a rare statement of note."))[0],
            Some((None, None))
        );
    }

    #[test]
    fn identical_paragraphs_cannot_be_told_apart() {
        let text = "He said “the same words again”. ".repeat(5);
        let spans = spans_of(&text, "the same words again");
        let ctx = contexts(&text, &spans);
        // The first occurrence has a distinct (empty) past; the others do
        // not and are dropped, or get a suffix that works.
        assert!(ctx.iter().filter(|c| c.is_some()).count() <= 2, "{ctx:?}");
        check(&text, &spans);
    }

    #[test]
    fn short_quotes_and_curly_marks() {
        let text = "A said “no deal”. B said \"no deal\". C said “no deal”.";
        let spans = spans_of(text, "no deal");
        assert_eq!(spans.len(), 3);
        assert_eq!(check(text, &spans), 3);
    }
}
