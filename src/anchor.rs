//! Anchoring quotes to the article (a W3C TextQuoteSelector: `exact` plus
//! optional `prefix`/`suffix`).
//!
//! Matching tolerates what a person changes when copying a passage: runs of
//! whitespace and line breaks, curly versus straight quotes and apostrophes,
//! and the various dashes. Both the article and each quote are *folded* the
//! same way; a match in the folded text maps back to the article's own bytes.
//! All quotes of a document are resolved in one pass over the article with an
//! Aho-Corasick automaton.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::model::Span;

/// The most occurrences of one quote that are remembered.
const MAX_OCCURRENCES: usize = 256;

/// Fold one character for matching: `None` drops it (never happens for
/// non-whitespace), whitespace is handled by the caller.
fn fold_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{00B4}' | '`' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        c => c,
    }
}

/// Text folded for matching, with the map back to the original's bytes.
#[derive(Debug, Clone)]
pub struct Folded {
    pub text: String,
    /// (folded byte, original byte) at every point where the difference
    /// between the two changes; between points the bytes correspond 1:1.
    segments: Vec<(usize, usize)>,
}

impl Folded {
    pub fn new(original: &str) -> Folded {
        let bytes = original.as_bytes();
        let mut text = String::with_capacity(original.len());
        let mut segments = vec![(0usize, 0usize)];
        let mut delta = 0isize;
        let mut in_space = false;
        let mut i = 0usize;
        let plain = |b: u8| b < 0x80 && !b.is_ascii_whitespace() && b != 0x0b && b != b'`';
        while i < bytes.len() {
            // A run of plain ASCII bytes folds to itself.
            let run = i;
            while i < bytes.len() && plain(bytes[i]) {
                i += 1;
            }
            if i > run {
                let f = text.len();
                if run as isize - f as isize != delta {
                    segments.push((f, run));
                    delta = run as isize - f as isize;
                }
                text.push_str(&original[run..i]);
                in_space = false;
            }
            let Some(c) = original.get(i..).and_then(|r| r.chars().next()) else {
                break;
            };
            let o = i;
            i += c.len_utf8();
            if c.is_whitespace() {
                if in_space {
                    continue;
                }
                in_space = true;
            } else {
                in_space = false;
            }
            let f = text.len();
            let d = o as isize - f as isize;
            if d != delta {
                segments.push((f, o));
                delta = d;
            }
            let out = if c.is_whitespace() { ' ' } else { fold_char(c) };
            text.push(out);
            if out.len_utf8() != c.len_utf8() {
                // The next char starts a new segment.
                let nf = text.len();
                segments.push((nf, i));
                delta = i as isize - nf as isize;
            }
        }
        Folded { text, segments }
    }

    /// Fold a quote (or prefix/suffix): trimmed, folded the same way.
    pub fn fold_quote(q: &str) -> String {
        Folded::new(q.trim()).text
    }

    /// Original byte offset of the char at folded byte `f`.
    pub fn to_original(&self, f: usize) -> usize {
        let i = match self.segments.binary_search_by(|&(sf, _)| sf.cmp(&f)) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let (sf, so) = self.segments[i];
        so + (f - sf)
    }

    /// Map a folded span to the original text's span (`original` is the text
    /// this was folded from). The end is after the original char that the
    /// last folded char came from.
    pub fn span_to_original(&self, original: &str, start: usize, end: usize) -> Span {
        let os = self.to_original(start);
        if end <= start {
            return Span { start: os, end: os };
        }
        // Start of the last folded char.
        let mut last = end - 1;
        while last > start && !self.text.is_char_boundary(last) {
            last -= 1;
        }
        let ol = self.to_original(last);
        let len = original[ol..].chars().next().map_or(0, char::len_utf8);
        Span {
            start: os,
            end: ol + len,
        }
    }
}

/// What a claim asks to anchor.
#[derive(Debug, Clone, Default)]
pub struct Selector<'a> {
    pub exact: &'a str,
    pub prefix: Option<&'a str>,
    pub suffix: Option<&'a str>,
}

/// Why a quote could not be anchored.
#[derive(Debug, Clone, PartialEq)]
pub enum AnchorError {
    /// The quote is empty (or only whitespace).
    Empty,
    /// Not in the article; the closest passage, if any is close enough.
    NotFound { suggestion: Option<Span> },
    /// Found more than once and no prefix/suffix decides. `occurrences`
    /// holds the first few; `count` all of them.
    Ambiguous {
        occurrences: Vec<Span>,
        count: usize,
    },
    /// Found, but the prefix/suffix match none of the occurrences.
    ContextMismatch {
        occurrences: Vec<Span>,
        count: usize,
    },
}

/// Anchors many selectors against one article, in one pass.
pub struct Anchorer<'t> {
    original: &'t str,
    folded: Folded,
}

impl<'t> Anchorer<'t> {
    pub fn new(article: &'t str) -> Self {
        Anchorer {
            original: article,
            folded: Folded::new(article),
        }
    }

    /// An anchorer from an article already folded (`folded` must come from
    /// `Folded::new(article)`).
    pub fn with_folded(article: &'t str, folded: Folded) -> Self {
        Anchorer {
            original: article,
            folded,
        }
    }

    /// Resolve every selector; results in the same order.
    pub fn resolve_all(&self, selectors: &[Selector<'_>]) -> Vec<Result<Span, AnchorError>> {
        // Distinct folded patterns.
        let mut ids: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut pattern_of: Vec<Option<usize>> = Vec::with_capacity(selectors.len());
        for s in selectors {
            let f = Folded::fold_quote(s.exact);
            if f.is_empty() {
                pattern_of.push(None);
                continue;
            }
            let next = patterns.len();
            let id = *ids.entry(f.clone()).or_insert_with(|| {
                patterns.push(f);
                next
            });
            pattern_of.push(Some(id));
        }
        let mut occ: Vec<Vec<usize>> = vec![Vec::new(); patterns.len()];
        let mut counts: Vec<usize> = vec![0; patterns.len()];
        if !patterns.is_empty() {
            // The non-contiguous NFA builds fastest for thousands of long
            // patterns, and searching is a small part of the time.
            let ac: Option<AhoCorasick> = AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .kind(Some(AhoCorasickKind::NoncontiguousNFA))
                .build(&patterns)
                .ok();
            if let Some(ac) = ac {
                for m in ac.find_overlapping_iter(&self.folded.text) {
                    let p = m.pattern().as_usize();
                    counts[p] += 1;
                    if occ[p].len() < MAX_OCCURRENCES {
                        occ[p].push(m.start());
                    }
                }
            }
        }
        selectors
            .iter()
            .zip(pattern_of)
            .map(|(s, p)| match p {
                None => Err(AnchorError::Empty),
                Some(p) => self.decide(s, &patterns[p], &occ[p], counts[p]),
            })
            .collect()
    }

    /// Resolve one selector (convenience; builds its own automaton).
    pub fn resolve(&self, s: &Selector<'_>) -> Result<Span, AnchorError> {
        self.resolve_all(std::slice::from_ref(s))
            .pop()
            .unwrap_or(Err(AnchorError::Empty))
    }

    fn to_span(&self, start: usize, len: usize) -> Span {
        self.folded
            .span_to_original(self.original, start, start + len)
    }

    fn decide(
        &self,
        s: &Selector<'_>,
        pattern: &str,
        occ: &[usize],
        count: usize,
    ) -> Result<Span, AnchorError> {
        let spans = |v: &[usize]| -> Vec<Span> {
            v.iter()
                .take(8)
                .map(|&o| self.to_span(o, pattern.len()))
                .collect()
        };
        if occ.is_empty() {
            return Err(AnchorError::NotFound {
                suggestion: self.suggest(pattern),
            });
        }
        let prefix = s.prefix.map(Folded::fold_quote).filter(|p| !p.is_empty());
        let suffix = s.suffix.map(Folded::fold_quote).filter(|p| !p.is_empty());
        let ft = &self.folded.text;
        let fits = |&o: &usize| {
            let before_ok = prefix.as_ref().is_none_or(|p| {
                ft.get(..o)
                    .map(|b| b.strip_suffix(' ').unwrap_or(b).ends_with(p.as_str()))
                    .unwrap_or(false)
            });
            let after_ok = suffix.as_ref().is_none_or(|p| {
                ft.get(o + pattern.len()..)
                    .map(|a| a.strip_prefix(' ').unwrap_or(a).starts_with(p.as_str()))
                    .unwrap_or(false)
            });
            before_ok && after_ok
        };
        let chosen: Vec<usize> = occ.iter().copied().filter(fits).collect();
        match chosen.len() {
            1 => Ok(self.to_span(chosen[0], pattern.len())),
            0 => Err(AnchorError::ContextMismatch {
                occurrences: spans(occ),
                count,
            }),
            _ if prefix.is_none() && suffix.is_none() => Err(AnchorError::Ambiguous {
                occurrences: spans(occ),
                count,
            }),
            n => Err(AnchorError::Ambiguous {
                occurrences: spans(&chosen),
                count: if count > occ.len() { count } else { n },
            }),
        }
    }

    /// The passage of the article closest to `pattern` (folded), if one is
    /// reasonably close. Myers' bit-parallel approximate matching on up to 64
    /// bytes of the pattern, then widened to the pattern's length and to
    /// word boundaries.
    pub fn suggest(&self, pattern: &str) -> Option<Span> {
        let pb = pattern.as_bytes();
        let text = self.folded.text.as_bytes();
        if pb.is_empty() || text.is_empty() {
            return None;
        }
        // Align the head and the tail of the quote (64 bytes each at most)
        // separately: their starts and ends bound the passage.
        let m = pb.len().min(64);
        let head = &pb[..m];
        let tail = &pb[pb.len() - m..];
        let (hd, hend) = myers_best(head, text)?;
        let (td, tend) = myers_best(tail, text)?;
        let good = |d: usize| d * 2 <= m;
        let hstart = myers_start(head, text, hend);
        let (start, end) = match (good(hd), good(td)) {
            (true, true) if tend > hstart && tend - hstart < pb.len() * 2 => (hstart, tend + 1),
            (true, _) => (hstart, hstart + pb.len()),
            (false, true) => ((tend + 1).saturating_sub(pb.len()), tend + 1),
            (false, false) => return None,
        };
        let mut s = start.min(text.len());
        let mut e = end.min(text.len());
        let ft = &self.folded.text;
        // Widen to word boundaries (and char boundaries); an alignment that
        // starts on a space starts after it.
        if s < text.len() && text[s].is_ascii_whitespace() {
            s += 1;
        }
        while s > 0 && (!ft.is_char_boundary(s) || !text[s - 1].is_ascii_whitespace()) {
            s -= 1;
            if start - s > 40 {
                break;
            }
        }
        while !ft.is_char_boundary(s) {
            s -= 1;
        }
        while e < text.len() && (!ft.is_char_boundary(e) || !text[e].is_ascii_whitespace()) {
            e += 1;
        }
        Some(self.folded.span_to_original(self.original, s, e))
    }
}

/// Where the best alignment of `p` ending at `end` starts: Myers on the
/// reversed pattern over the reversed text before `end`.
fn myers_start(p: &[u8], t: &[u8], end: usize) -> usize {
    let lo = (end + 1).saturating_sub(p.len() * 2);
    let Some(window) = t.get(lo..=end) else {
        return (end + 1).saturating_sub(p.len());
    };
    let rt: Vec<u8> = window.iter().rev().copied().collect();
    let rp: Vec<u8> = p.iter().rev().copied().collect();
    match myers_best(&rp, &rt) {
        Some((_, j)) => end - j,
        None => (end + 1).saturating_sub(p.len()),
    }
}

/// Myers/Hyyrö bit-parallel search: the smallest edit distance of `p`
/// (1..=64 bytes) to any substring of `t`, and the end index (inclusive) of
/// the first such substring.
fn myers_best(p: &[u8], t: &[u8]) -> Option<(usize, usize)> {
    let m = p.len();
    if m == 0 || m > 64 {
        return None;
    }
    let mut peq = [0u64; 256];
    for (i, &b) in p.iter().enumerate() {
        peq[b as usize] |= 1u64 << i;
    }
    let high = 1u64 << (m - 1);
    let mut pv = u64::MAX;
    let mut mv = 0u64;
    let mut score = m;
    let mut best = (usize::MAX, 0usize);
    for (j, &b) in t.iter().enumerate() {
        let eq = peq[b as usize];
        let xv = eq | mv;
        let xh = ((eq & pv).wrapping_add(pv) ^ pv) | eq;
        let mut ph = mv | !(xh | pv);
        let mut mh = pv & xh;
        if ph & high != 0 {
            score += 1;
        } else if mh & high != 0 {
            score -= 1;
        }
        ph <<= 1;
        mh <<= 1;
        pv = mh | !(xv | ph);
        mv = ph & xv;
        if score < best.0 {
            best = (score, j);
            if score == 0 {
                break;
            }
        }
    }
    Some(best)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(article: &str, q: &str) -> Result<Span, AnchorError> {
        Anchorer::new(article).resolve(&Selector {
            exact: q,
            ..Default::default()
        })
    }

    fn text_of<'a>(article: &'a str, r: &Result<Span, AnchorError>) -> &'a str {
        match r {
            Ok(s) => &article[s.start..s.end],
            Err(_) => "<error>",
        }
    }

    #[test]
    fn curly_and_straight_quotes_match_both_ways() {
        let a = "He said “We’ll delegate that to Europe.” Then left.";
        let r = find(a, "\"We'll delegate that to Europe.\"");
        assert_eq!(text_of(a, &r), "“We’ll delegate that to Europe.”");
        let b = "He said \"We'll go\" then.";
        let r = find(b, "“We’ll go”");
        assert_eq!(text_of(b, &r), "\"We'll go\"");
    }

    #[test]
    fn whitespace_and_line_breaks_are_tolerated() {
        let a = "the prospect of\n   membership had been\ta catalyst";
        let r = find(a, "prospect of membership  had\nbeen a catalyst");
        assert_eq!(
            text_of(a, &r),
            "prospect of\n   membership had been\ta catalyst"
        );
    }

    #[test]
    fn repeated_passage_is_ambiguous_until_context_decides() {
        let a = "Kyiv said no. Later, Moscow said no. Then Kyiv said yes.";
        match find(a, "said no") {
            Err(AnchorError::Ambiguous { occurrences, count }) => {
                assert_eq!(count, 2);
                assert_eq!(occurrences[0].start, 5);
                assert_eq!(occurrences[1].start, 28);
            }
            other => panic!("expected ambiguous, got {other:?}"),
        }
        let an = Anchorer::new(a);
        let r = an.resolve(&Selector {
            exact: "said no",
            prefix: Some("Moscow"),
            suffix: None,
        });
        assert_eq!(r.as_ref().map(|s| s.start), Ok(28));
        let r = an.resolve(&Selector {
            exact: "said no",
            prefix: None,
            suffix: Some(". Later"),
        });
        assert_eq!(r.as_ref().map(|s| s.start), Ok(5));
        let r = an.resolve(&Selector {
            exact: "said no",
            prefix: Some("Washington"),
            suffix: None,
        });
        assert!(matches!(
            r,
            Err(AnchorError::ContextMismatch { count: 2, .. })
        ));
    }

    #[test]
    fn non_ascii_text_maps_back_exactly() {
        let a = "Зеленський заявив: «Ми не відступимо» — і все.";
        let r = find(a, "\"Ми не відступимо\" - і");
        assert_eq!(text_of(a, &r), "«Ми не відступимо» — і");
    }

    #[test]
    fn quote_at_very_start_and_end() {
        let a = "“Start here,” he said, and ended at the end";
        assert_eq!(text_of(a, &find(a, "\"Start here,\"")), "“Start here,”");
        assert_eq!(text_of(a, &find(a, "at the end")), "at the end");
        let r = find(a, "at the end");
        assert_eq!(r.map(|s| s.end), Ok(a.len()));
    }

    #[test]
    fn empty_quote_is_an_error() {
        assert_eq!(find("abc", "  \n "), Err(AnchorError::Empty));
    }

    #[test]
    fn not_found_suggests_the_closest_passage() {
        let a = "Trump ruled out the possibility of Ukraine joining NATO as part of any deal.";
        match find(a, "Trump ruled out the posibility of Ukraine joining NATO") {
            Err(AnchorError::NotFound {
                suggestion: Some(s),
            }) => {
                assert_eq!(
                    &a[s.start..s.end],
                    "Trump ruled out the possibility of Ukraine joining NATO"
                );
            }
            other => panic!("expected a suggestion, got {other:?}"),
        }
        assert!(matches!(
            find(a, "completely unrelated words zzzz qqqq"),
            Err(AnchorError::NotFound { suggestion: None })
        ));
    }

    #[test]
    fn many_quotes_in_one_pass() {
        let a = "alpha beta gamma delta epsilon beta-gamma";
        let an = Anchorer::new(a);
        let sels: Vec<Selector> = ["alpha beta", "beta gamma", "delta", "zeta", "gamma delta"]
            .iter()
            .map(|q| Selector {
                exact: q,
                ..Default::default()
            })
            .collect();
        let r = an.resolve_all(&sels);
        assert_eq!(r[0], Ok(Span { start: 0, end: 10 }));
        assert_eq!(r[1], Ok(Span { start: 6, end: 16 }));
        assert_eq!(r[2], Ok(Span { start: 17, end: 22 }));
        assert!(matches!(r[3], Err(AnchorError::NotFound { .. })));
        assert_eq!(r[4], Ok(Span { start: 11, end: 22 }));
    }

    #[test]
    fn folding_maps_every_char_back() {
        let a = "a  “b”\t\n c`d — e\u{a0}\u{a0}f «g»";
        let f = Folded::new(a);
        assert_eq!(f.text, "a \"b\" c'd - e f \"g\"");
        for (fi, fc) in f.text.char_indices() {
            let o = f.to_original(fi);
            let oc = a[o..].chars().next().unwrap();
            let expect = if oc.is_whitespace() {
                ' '
            } else {
                fold_char(oc)
            };
            assert_eq!(fc, expect, "at folded {fi}");
        }
    }

    #[test]
    fn myers_finds_edit_distance() {
        assert_eq!(myers_best(b"abc", b"xxabcxx"), Some((0, 4)));
        assert_eq!(myers_best(b"abcd", b"xxabxdxx").map(|r| r.0), Some(1));
    }
}
