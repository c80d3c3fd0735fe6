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
/// Bytes of each quote the automaton looks for (a small automaton, quick
/// to build; every place a key is found is checked against the whole quote).
const KEY_BYTES: usize = 16;
/// Places of one key remembered before falling back to a direct search.
const MAX_KEY_OCCURRENCES: usize = 1024;

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

/// How [`Folded::new`] treats each byte: ASCII that folds to itself, a
/// space (kept unless it follows whitespace), the first byte of a 2-, 3- or
/// 4-byte character that folds to itself whatever it is (no whitespace and
/// nothing [`fold_char`] changes has that first byte), or anything else
/// (decoded).
const PLAIN: u8 = 0;
const SPACE: u8 = 1;
const OTHER: u8 = 2;
const LEAD2: u8 = 3;
const LEAD4: u8 = 5;
const BYTE_CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut b = 0x21;
    while b < 0x7f {
        t[b] = PLAIN;
        b += 1;
    }
    t[b'`' as usize] = OTHER;
    t[b' ' as usize] = SPACE;
    // Not 0xC2 (U+0080-00BF: NEL, no-break space, «, », ´), 0xE1
    // (U+1680), 0xE2 (U+2000-2FFF: spaces, dashes, quotes, minus), 0xE3
    // (U+3000).
    let mut b = 0xC3;
    while b <= 0xF4 {
        t[b] = match b {
            0xC3..=0xDF => LEAD2,
            0xE0 | 0xE4..=0xEF => LEAD2 + 1,
            0xF0.. => LEAD4,
            _ => OTHER,
        };
        b += 1;
    }
    t
};

/// The high bit of each byte of `x` that is zero.
fn zero_bytes(x: u64) -> u64 {
    const LOW: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    !(((x & LOW) + LOW) | x) & !LOW
}

/// When the eight bytes of `w` (in text order) all fold to themselves
/// after `in_space` (printable ASCII but `` ` ``, and no space after
/// whitespace): whether the last one is a space.
fn plain_word(w: u64, in_space: bool) -> Option<bool> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    if !crate::sanitize::ascii_printable(w) || zero_bytes(w ^ (ONES * u64::from(b'`'))) != 0 {
        return None;
    }
    let spaces = zero_bytes(w ^ (ONES * u64::from(b' ')));
    if spaces & (spaces << 8) != 0 || (in_space && spaces & 0x80 != 0) {
        return None;
    }
    Some(spaces >> 63 != 0)
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
        let mut f = Folded {
            text: String::with_capacity(original.len()),
            segments: Vec::new(),
        };
        f.refold(original);
        f
    }

    /// Fold `original` into this (its buffers reused).
    fn refold(&mut self, original: &str) {
        let bytes = original.as_bytes();
        let Folded { text, segments } = self;
        text.clear();
        text.reserve(original.len());
        segments.clear();
        segments.push((0, 0));
        let mut delta = 0isize;
        let mut in_space = false;
        let mut i = 0usize;

        while i < bytes.len() {
            // A run of plain ASCII bytes and single spaces folds to itself.
            let run = i;
            'run: while i < bytes.len() {
                if let Some(w) = crate::sanitize::word_at(bytes, i) {
                    if let Some(space_last) = plain_word(w, in_space) {
                        in_space = space_last;
                        i += 8;
                        continue;
                    }
                }
                // Byte by byte to the end of that word.
                let stop = (i + 8).min(bytes.len());
                while let Some(&b) = bytes.get(i).filter(|_| i < stop) {
                    match BYTE_CLASS[b as usize] {
                        PLAIN => in_space = false,
                        SPACE if !in_space => in_space = true,
                        c @ LEAD2..=LEAD4 => {
                            in_space = false;
                            i += usize::from(c - LEAD2) + 1;
                        }
                        _ => break 'run,
                    }
                    i += 1;
                }
            }
            if i > run {
                let f = text.len();
                if run as isize - f as isize != delta {
                    segments.push((f, run));
                    delta = run as isize - f as isize;
                }
                text.push_str(&original[run..i]);
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
///
/// The article is folded a chunk at a time while the automaton runs over it,
/// so no folded copy of a large article is kept; the whole folded text is
/// made only when a quote is not found (for the suggestion) or a quote's
/// beginning is too common to track.
pub struct Anchorer<'t> {
    original: &'t str,
    folded: std::cell::OnceCell<Folded>,
}

/// Bytes of article folded at a time.
const CHUNK_BYTES: usize = 1 << 20;
/// Articles from this size are scanned on two threads.
const PARALLEL_MIN_BYTES: usize = 4 << 20;

/// The first place at or after `at` where a chunk of the article may start:
/// a char boundary after a non-space (or the end).
fn chunk_end(text: &str, mut at: usize) -> usize {
    while at < text.len() && (!text.is_char_boundary(at) || after_space(text, at)) {
        at += 1;
    }
    at.min(text.len())
}

/// [`Anchorer::scan`] for the keys that start in `from..to` (both chunk
/// boundaries). Chunks start after a non-space (so each folds as the
/// whole would) and overlap by a key's length (so a key across a
/// boundary is found, once).
fn scan_range(text: &str, ac: &AhoCorasick, keys: usize, from: usize, to: usize) -> Places {
    let mut places = Places {
        counts: vec![0; keys],
        occ: vec![Vec::new(); keys],
    };
    let mut cs = from;
    let mut f = Folded::new("");
    while cs < to {
        let ce = chunk_end(text, (cs + CHUNK_BYTES).min(to));
        let ext = folded_reach(text, ce, KEY_BYTES);
        f.refold(&text[cs..ext]);
        for m in ac.find_overlapping_iter(&f.text) {
            let o = cs + f.to_original(m.start());
            let p = m.pattern().as_usize();
            if o < ce {
                places.counts[p] += 1;
                if places.occ[p].len() < MAX_KEY_OCCURRENCES {
                    places.occ[p].push(o);
                }
            }
        }
        cs = ce;
    }
    places
}

/// Where the keys of the automaton were found.
#[derive(Debug, PartialEq)]
struct Places {
    /// Occurrences of each key.
    counts: Vec<usize>,
    /// The first [`MAX_KEY_OCCURRENCES`] places of each key.
    occ: Vec<Vec<usize>>,
}

impl Places {
    /// Add the places found after these.
    fn append(&mut self, more: Places) {
        for (c, m) in self.counts.iter_mut().zip(more.counts) {
            *c = c.saturating_add(m);
        }
        for (o, m) in self.occ.iter_mut().zip(more.occ) {
            let room = MAX_KEY_OCCURRENCES.saturating_sub(o.len());
            o.extend(m.into_iter().take(room));
        }
    }
}

/// True when the char just before byte `i` is whitespace.
fn after_space(text: &str, i: usize) -> bool {
    text[..i]
        .chars()
        .next_back()
        .is_some_and(char::is_whitespace)
}

/// Where a folded run that starts at `at` has produced `n` folded bytes.
fn folded_reach(text: &str, at: usize, n: usize) -> usize {
    let mut count = 0usize;
    let mut in_space = false;
    for (i, c) in text[at..].char_indices() {
        if count >= n {
            return at + i;
        }
        if c.is_whitespace() {
            if !in_space {
                count += 1;
            }
            in_space = true;
        } else {
            count += fold_char(c).len_utf8();
            in_space = false;
        }
    }
    text.len()
}

/// Every place `pattern` starts in `text`, overlapping ones included ("aa"
/// is in "aaa" twice), as the automaton finds them.
fn overlapping<'p>(text: &'p str, pattern: &'p str) -> impl Iterator<Item = usize> + 'p {
    let mut at = 0;
    std::iter::from_fn(move || {
        let i = at + text.get(at..)?.find(pattern)?;
        at = i + text[i..].chars().next().map_or(1, char::len_utf8);
        Some(i)
    })
}

/// If the folded text starting at byte `o` of `text` begins with `pattern`
/// (already folded), the byte where that passage ends in `text`.
fn fold_match(text: &str, o: usize, pattern: &str) -> Option<usize> {
    let mut want = pattern.chars().peekable();
    let mut in_space = false;
    let mut end = o;
    for (i, c) in text.get(o..)?.char_indices() {
        if want.peek().is_none() {
            break;
        }
        let f = if c.is_whitespace() {
            if in_space {
                // (More of the quote is wanted: the next character matched sets the end.)
                continue;
            }
            in_space = true;
            ' '
        } else {
            in_space = false;
            fold_char(c)
        };
        if want.next() != Some(f) {
            return None;
        }
        end = o + i + c.len_utf8();
    }
    want.peek().is_none().then_some(end)
}

/// True when the folded text before byte `o` (less one space) ends with
/// `prefix` (already folded).
fn fold_ends_with(text: &str, o: usize, prefix: &str) -> bool {
    let mut it = text[..o].chars().rev().peekable();
    while it.peek().is_some_and(|c| c.is_whitespace()) {
        it.next();
    }
    let mut in_space = false;
    for w in prefix.chars().rev() {
        loop {
            let Some(c) = it.next() else {
                return false;
            };
            let f = if c.is_whitespace() {
                if in_space {
                    continue;
                }
                in_space = true;
                ' '
            } else {
                in_space = false;
                fold_char(c)
            };
            if f != w {
                return false;
            }
            break;
        }
    }
    true
}

/// True when the folded text after byte `end` (less one space) starts with
/// `suffix` (already folded).
fn fold_starts_with(text: &str, end: usize, suffix: &str) -> bool {
    let rest = &text[end..];
    let skip = rest.len() - rest.trim_start().len();
    fold_match(text, end + skip, suffix).is_some()
}

impl<'t> Anchorer<'t> {
    pub fn new(article: &'t str) -> Self {
        Anchorer {
            original: article,
            folded: std::cell::OnceCell::new(),
        }
    }

    /// The whole article folded (made on first use).
    fn folded(&self) -> &Folded {
        self.folded.get_or_init(|| Folded::new(self.original))
    }

    /// Run `ac` over the folded article a chunk at a time: for each key,
    /// how often it occurs and the places of its first
    /// [`MAX_KEY_OCCURRENCES`] (starts in the article, in order). A large
    /// article is scanned in two halves on two threads.
    fn scan(&self, ac: &AhoCorasick, keys: usize) -> Places {
        let text = self.original;
        let mid = if text.len() >= PARALLEL_MIN_BYTES {
            chunk_end(text, text.len() / 2)
        } else {
            text.len()
        };
        if mid >= text.len() {
            return scan_range(text, ac, keys, 0, text.len());
        }
        std::thread::scope(|scope| {
            let second = scope.spawn(|| scan_range(text, ac, keys, mid, text.len()));
            let mut places = scan_range(text, ac, keys, 0, mid);
            // A failed thread leaves counts above the places kept: those
            // keys are searched directly (see `resolve_all`).
            match second.join() {
                Ok(more) => places.append(more),
                Err(_) => places.counts.iter_mut().for_each(|c| *c = usize::MAX),
            }
            places
        })
    }

    /// Resolve every selector; results in the same order.
    pub fn resolve_all(&self, selectors: &[Selector<'_>]) -> Vec<Result<Span, AnchorError>> {
        // The automaton looks for the first KEY_BYTES of each folded quote
        // (small and quick to build, even for 10,000 quotes); each place a
        // key is found is then checked against the whole quote.
        let folded: Vec<String> = selectors
            .iter()
            .map(|s| Folded::fold_quote(s.exact))
            .collect();
        let mut ids: HashMap<&str, usize> = HashMap::new();
        let mut keys: Vec<&str> = Vec::new();
        let key_of: Vec<Option<usize>> = folded
            .iter()
            .map(|f| {
                if f.is_empty() {
                    return None;
                }
                let mut cut = f.len().min(KEY_BYTES);
                while !f.is_char_boundary(cut) {
                    cut -= 1;
                }
                let key = &f[..cut];
                let next = keys.len();
                Some(*ids.entry(key).or_insert_with(|| {
                    keys.push(key);
                    next
                }))
            })
            .collect();
        let ac: Option<AhoCorasick> = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::NoncontiguousNFA))
            .build(&keys)
            .ok();
        let Places { counts, occ } = match ac {
            Some(ac) if !keys.is_empty() => self.scan(&ac, keys.len()),
            // No automaton: every key is searched directly.
            _ => Places {
                counts: vec![usize::MAX; keys.len()],
                occ: vec![Vec::new(); keys.len()],
            },
        };
        let text = self.original;
        selectors
            .iter()
            .zip(key_of)
            .zip(&folded)
            .map(|((s, k), pattern)| match k {
                None => Err(AnchorError::Empty),
                Some(k) => {
                    // Places where the whole quote is, from the key's places
                    // (or a direct search when the key was too common).
                    let places: Vec<Span> = if counts[k] > occ[k].len() {
                        let f = self.folded();
                        overlapping(&f.text, pattern)
                            .map(|i| f.span_to_original(text, i, i + pattern.len()))
                            .collect()
                    } else {
                        occ[k]
                            .iter()
                            .filter_map(|&o| {
                                fold_match(text, o, pattern).map(|end| Span { start: o, end })
                            })
                            .collect()
                    };
                    let count = places.len();
                    let keep = &places[..count.min(MAX_OCCURRENCES)];
                    self.decide(s, pattern, keep, count)
                }
            })
            .collect()
    }

    /// Resolve one selector (convenience; builds its own automaton).
    pub fn resolve(&self, s: &Selector<'_>) -> Result<Span, AnchorError> {
        self.resolve_all(std::slice::from_ref(s))
            .pop()
            .unwrap_or(Err(AnchorError::Empty))
    }

    fn decide(
        &self,
        s: &Selector<'_>,
        pattern: &str,
        occ: &[Span],
        count: usize,
    ) -> Result<Span, AnchorError> {
        let first = |v: &[Span]| -> Vec<Span> { v.iter().take(8).copied().collect() };
        if occ.is_empty() {
            return Err(AnchorError::NotFound {
                suggestion: self.suggest(pattern),
            });
        }
        let prefix = s.prefix.map(Folded::fold_quote).filter(|p| !p.is_empty());
        let suffix = s.suffix.map(Folded::fold_quote).filter(|p| !p.is_empty());
        let text = self.original;
        let fits = |sp: &&Span| {
            prefix
                .as_ref()
                .is_none_or(|p| fold_ends_with(text, sp.start, p))
                && suffix
                    .as_ref()
                    .is_none_or(|p| fold_starts_with(text, sp.end, p))
        };
        let chosen: Vec<Span> = occ.iter().filter(fits).copied().collect();
        match chosen.len() {
            1 => Ok(chosen[0]),
            0 => Err(AnchorError::ContextMismatch {
                occurrences: first(occ),
                count,
            }),
            // With no context every place fits (`n` is then `count`, or the
            // places kept of a larger count).
            n => Err(AnchorError::Ambiguous {
                occurrences: first(&chosen),
                count: if count > occ.len() { count } else { n },
            }),
        }
    }

    /// The passage of the article closest to `pattern` (folded), if one is
    /// reasonably close. Myers' bit-parallel approximate matching on up to 64
    /// bytes of the pattern, then widened to the pattern's length and to
    /// word boundaries.
    pub fn suggest(&self, pattern: &str) -> Option<Span> {
        let folded = self.folded();
        let pb = pattern.as_bytes();
        let text = folded.text.as_bytes();
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
        let ft = &folded.text;
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
        Some(folded.span_to_original(self.original, s, e))
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

    /// A context that fits some places of a repeated passage but not one:
    /// the error lists the places that fit, and counts them (or all the
    /// places, when there were more than were kept).
    #[test]
    fn a_context_that_fits_several_places_lists_those_places() {
        let a = "A: said no. B: said no. A: said no.";
        let with_a = Selector {
            exact: "said no",
            prefix: Some("A:"),
            suffix: None,
        };
        match Anchorer::new(a).resolve(&with_a) {
            Err(AnchorError::Ambiguous { occurrences, count }) => {
                let starts: Vec<usize> = occurrences.iter().map(|s| s.start).collect();
                assert_eq!((starts, count), (vec![3, 27], 2));
            }
            other => panic!("expected ambiguous, got {other:?}"),
        }
        let many = "A: said no. ".repeat(300);
        match Anchorer::new(&many).resolve(&with_a) {
            Err(AnchorError::Ambiguous { occurrences, count }) => {
                assert_eq!((occurrences.len(), count), (8, 300));
            }
            other => panic!("expected ambiguous, got {other:?}"),
        }
    }

    #[test]
    fn a_folded_span_ending_in_a_wide_character_maps_to_the_whole_character() {
        // Each folded character, and the whole text, maps back to exactly
        // the original characters it came from (wide ones, and ones whose
        // fold is narrower: curly quotes, guillemets).
        for text in [
            "Мир",
            "говорит «да»",
            "日本語 и 한국어",
            "said “no” — twice’",
        ] {
            let f = Folded::new(text);
            let whole = f.span_to_original(text, 0, f.text.len());
            assert_eq!(
                whole,
                Span {
                    start: 0,
                    end: text.len()
                },
                "{text}"
            );
            for (i, c) in f.text.char_indices().filter(|(_, c)| *c != ' ') {
                let sp = f.span_to_original(text, i, i + c.len_utf8());
                let back = text.get(sp.start..sp.end);
                assert_eq!(
                    back.map(Folded::fold_quote),
                    Some(c.to_string()),
                    "{text} {i}"
                );
            }
        }
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
    fn quotes_sharing_a_long_beginning_are_told_apart() {
        let head = "The minister said that the government would consider ";
        let a = format!(
            "{head}sanctions. Later: {head}talks. {}",
            "filler ".repeat(3)
        );
        let an = Anchorer::new(&a);
        let q1 = format!("{head}sanctions");
        let q2 = format!("{head}talks");
        let r = an.resolve_all(&[
            Selector {
                exact: &q1,
                ..Default::default()
            },
            Selector {
                exact: &q2,
                ..Default::default()
            },
            Selector {
                exact: head,
                ..Default::default()
            },
        ]);
        assert_eq!(r[0].as_ref().map(|s| s.start), Ok(0));
        assert_eq!(
            r[1].as_ref().map(|s| s.start),
            a.rfind(head).ok_or(&AnchorError::Empty)
        );
        assert!(matches!(r[2], Err(AnchorError::Ambiguous { count: 2, .. })));
    }

    #[test]
    fn a_very_common_beginning_falls_back_to_a_direct_search() {
        let common = "and the talks went on and on and ";
        let mut a = common.repeat(2000);
        a.push_str("and the talks went on and on and finally ended.");
        let q = "and the talks went on and on and finally ended";
        let r = find(&a, q);
        assert_eq!(text_of(&a, &r), q);
        assert!(matches!(
            find(&a, common),
            Err(AnchorError::Ambiguous { .. })
        ));
    }

    #[test]
    fn overlapping_places_count_whether_a_beginning_is_common_or_not() {
        // "aa" is in "aaaa" three times, and in 3,000 a's 2,999 times
        // (there its beginning is too common to track: a direct search).
        for n in [4, 1000, 3000] {
            let a = "a".repeat(n);
            match find(&a, "aa") {
                Err(AnchorError::Ambiguous { occurrences, count }) => {
                    assert_eq!(count, n - 1);
                    let starts: Vec<usize> = occurrences.iter().map(|s| s.start).collect();
                    assert_eq!(starts, (0..(n - 1).min(8)).collect::<Vec<_>>());
                }
                other => panic!("{n}: {other:?}"),
            }
        }
        // A quote that is twice in the one passage (overlapping) is not
        // taken for unique when its beginning is common elsewhere.
        let mut a = "the the the the end. ".repeat(1100);
        a.push_str("the the the the the the the.");
        let q = "the the the the the the";
        assert!(
            matches!(find(&a, q), Err(AnchorError::Ambiguous { count: 2, .. })),
            "{:?}",
            find(&a, q)
        );
    }

    #[test]
    fn quotes_across_chunk_boundaries_are_found_once_and_exactly() {
        // Numbered words with whitespace runs, curly quotes and non-ASCII
        // text, past three chunk boundaries.
        let mut a = String::new();
        let mut i = 0usize;
        while a.len() < CHUNK_BYTES * 3 + 5000 {
            a.push_str(&format!("w{i}"));
            a.push_str(match i % 5 {
                0 => "  \n\t ",
                1 => " “é” ",
                2 => " — ",
                _ => " ",
            });
            i += 1;
        }
        // Quotes starting at every char boundary around each chunk boundary.
        let mut starts = Vec::new();
        for k in 1..=3 {
            let b = CHUNK_BYTES * k;
            for o in b.saturating_sub(60)..b + 60 {
                if a.is_char_boundary(o) && !a[o..].starts_with(char::is_whitespace) {
                    starts.push(o);
                }
            }
        }
        let quotes: Vec<String> = starts
            .iter()
            .map(|&o| {
                let mut e = (o + 45).min(a.len());
                while !a.is_char_boundary(e) {
                    e += 1;
                }
                a[o..e].trim_end().to_string()
            })
            .collect();
        let sels: Vec<Selector> = quotes
            .iter()
            .map(|q| Selector {
                exact: q,
                ..Default::default()
            })
            .collect();
        let got = Anchorer::new(&a).resolve_all(&sels);
        // Reference: the whole text folded at once.
        let f = Folded::new(&a);
        for ((q, r), &o) in quotes.iter().zip(&got).zip(&starts) {
            let fq = Folded::fold_quote(q);
            let n = f.text.matches(fq.as_str()).count();
            match r {
                Ok(span) if n == 1 => {
                    assert_eq!(span.start, o, "{q:?}");
                    assert_eq!(Folded::fold_quote(&a[span.start..span.end]), fq);
                }
                Err(AnchorError::Ambiguous { count, .. }) => assert!(*count > 1 && n > 1, "{q:?}"),
                other => panic!("{q:?} at {o}: {other:?} (reference count {n})"),
            }
        }
    }

    #[test]
    fn a_large_article_scanned_on_two_threads_gives_what_one_pass_gives() {
        let mut a = String::new();
        let mut i = 0usize;
        while a.len() < PARALLEL_MIN_BYTES + 300_000 {
            a.push_str(&format!("w{} “é”  \n", i % 5000));
            i += 1;
        }
        let an = Anchorer::new(&a);
        let mid = chunk_end(&a, a.len() / 2);
        // Keys starting at every place around the middle, and common ones.
        let mut keys: Vec<String> = (mid - 40..mid + 40)
            .filter(|&o| a.is_char_boundary(o) && a.is_char_boundary(o + 12))
            .map(|o| Folded::fold_quote(&a[o..o + 12]))
            .filter(|k| !k.is_empty())
            .collect();
        keys.extend(["w1 ", "w4999 \"", "\"é\" w"].map(String::from));
        keys.sort();
        keys.dedup();
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&keys)
            .unwrap_or_else(|e| panic!("{e}"));
        let two = an.scan(&ac, keys.len());
        let one = scan_range(&a, &ac, keys.len(), 0, a.len());
        assert_eq!(two, one);
        assert!(one.counts.iter().all(|&c| c > 0));
    }

    #[test]
    fn characters_passed_through_whole_fold_to_themselves() {
        let mut buf = [0u8; 4];
        for c in (0x80..=0x10FFFFu32).filter_map(char::from_u32) {
            let lead = c.encode_utf8(&mut buf).as_bytes()[0];
            let class = BYTE_CLASS[lead as usize];
            if (LEAD2..=LEAD4).contains(&class) {
                assert_eq!(usize::from(class - LEAD2) + 2, c.len_utf8(), "{c:?}");
                assert!(!c.is_whitespace() && fold_char(c) == c, "{c:?}");
            }
        }
    }

    #[test]
    fn eight_plain_bytes_at_a_time_fold_as_one_at_a_time() {
        let word = |s: &[u8; 8]| u64::from_le_bytes(*s);
        assert_eq!(plain_word(word(b"ab cd ef"), false), Some(false));
        assert_eq!(plain_word(word(b"abcdefg "), false), Some(true));
        assert_eq!(plain_word(word(b" abcdefg"), true), None);
        assert_eq!(plain_word(word(b" abcdefg"), false), Some(false));
        assert_eq!(plain_word(word(b"ab  cdef"), false), None);
        assert_eq!(plain_word(word(b"ab`cdefg"), false), None);
        assert_eq!(plain_word(word(b"ab\ncdefg"), false), None);
        assert_eq!(plain_word(word(b"ab\x7fcdefg"), false), None);
        assert_eq!(
            plain_word(
                u64::from_le_bytes([b'a', 0xC3, 0xA9, b'b', b'c', b'd', b'e', b'f']),
                false
            ),
            None
        );
        // Against the char-by-char fold, on text with every kind of run.
        let text = "Plain words, then  two spaces, a tab\there, `ticks`, “quotes” — and\n\nbreaks at 8-byte edges: abcdefg abcdefgh  x Київ 和平\u{a0} 👩\u{200D}💻 é«»\u{3000}x".repeat(50);
        let f = Folded::new(&text);
        let mut expect = String::new();
        let mut in_space = false;
        for c in text.chars() {
            if c.is_whitespace() {
                if !in_space {
                    expect.push(' ');
                }
                in_space = true;
            } else {
                expect.push(fold_char(c));
                in_space = false;
            }
        }
        assert_eq!(f.text, expect);
        for (fi, fc) in f.text.char_indices() {
            let o = f.to_original(fi);
            let oc = text[o..].chars().next().unwrap_or(' ');
            assert_eq!(
                fc,
                if oc.is_whitespace() {
                    ' '
                } else {
                    fold_char(oc)
                }
            );
        }
    }

    /// Every folded char maps back to the original char it came from, on
    /// text mixing runs of plain ASCII (folded eight bytes at a time),
    /// runs of whitespace, and characters that fold to fewer bytes.
    #[test]
    fn every_folded_char_maps_back_to_its_own_original() {
        let pieces = [
            "a",
            "b c",
            "plain words",
            "abcdefghijklmnop",
            " ",
            "  ",
            "   ",
            "     ",
            "\t",
            "\n\n ",
            "\u{a0}",
            "\u{3000}",
            "“",
            "”",
            "‘",
            "’",
            "—",
            "–",
            "\u{2212}",
            "`",
            "«",
            "»",
            "é",
            "Київ",
            "和平",
            "👩\u{200D}💻",
        ];
        // Texts where a wrong running offset would go unnoticed (found by
        // an exhaustive search), then random ones.
        let mut texts: Vec<String> = [
            "  a   a",
            "  a  a",
            "a\t  a",
            "a  b     c",
            "\u{a0} a",
            "\u{a0}\u{a0}a",
        ]
        .map(String::from)
        .to_vec();
        let mut rng = crate::synth::Rng(0x9E37_79B9_7F4A_7C15);
        for _ in 0..5_000 {
            texts.push(rng.text_of(&pieces, 24));
        }
        for text in texts {
            // The reference: char by char, the folded offset of each char kept.
            let mut expect = String::new();
            let mut from = Vec::new();
            let mut in_space = false;
            for (o, c) in text.char_indices() {
                if c.is_whitespace() && in_space {
                    continue;
                }
                in_space = c.is_whitespace();
                from.push((expect.len(), o));
                expect.push(if in_space { ' ' } else { fold_char(c) });
            }
            let f = Folded::new(&text);
            assert_eq!(f.text, expect, "{text:?}");
            for &(fi, o) in &from {
                assert_eq!(f.to_original(fi), o, "folded {fi} of {text:?}");
            }
        }
    }

    #[test]
    fn context_checks_fold_like_the_text() {
        let a = "He said:\n\n  “no deal”   now. She said: “no deal” later.";
        let an = Anchorer::new(a);
        let r = an.resolve(&Selector {
            exact: "\"no deal\"",
            prefix: Some("He said:"),
            suffix: Some("now."),
        });
        assert_eq!(r.map(|s| &a[s.start..s.end]), Ok("“no deal”"));
        let r = an.resolve(&Selector {
            exact: "\"no deal\"",
            prefix: Some("She   said:"),
            suffix: None,
        });
        assert_eq!(r.map(|s| s.start), Ok(a.rfind('“').unwrap_or(0)));
    }

    /// The passage suggested for a quote that is not in `article`.
    fn suggested<'a>(article: &'a str, q: &str) -> Option<&'a str> {
        match find(article, q) {
            Err(AnchorError::NotFound { suggestion }) => {
                suggestion.map(|s| &article[s.start..s.end])
            }
            other => panic!("{q:?} should not be found, got {other:?}"),
        }
    }

    #[test]
    fn a_suggestion_is_the_passage_the_quote_was_copied_from() {
        let a = "The minister said on Tuesday that the government would not accept any \
                 agreement reached without Ukraine at the table, and that sanctions would \
                 stay in place until then. Other news followed.";
        let cases = [
            // A word changed in a long quote: the head and the tail (64
            // bytes each) both align, and bound the passage.
            (
                "the government would not accept any agreement reached WITHOUT Ukraine \
                 at the table, and that sanctions would stay",
                "the government would not accept any agreement reached without Ukraine \
                 at the table, and that sanctions would stay",
            ),
            // The end rewritten: the head aligns, the passage runs on for
            // the quote's length, to the end of a word.
            (
                "the government would not accept any agreement reached without Ukraine \
                 zzzz qqqq wwww xxxx yyyy vvvv kkkk jjjj hhhh gggg ffff",
                "the government would not accept any agreement reached without Ukraine \
                 at the table, and that sanctions would stay in place until",
            ),
            // The beginning rewritten: the tail aligns, the passage starts
            // the quote's length before its end, at the start of a word.
            (
                "zzzz qqqq wwww xxxx yyyy vvvv kkkk jjjj hhhh gggg ffff pppp government \
                 would not accept any agreement reached without Ukraine",
                "The minister said on Tuesday that the government would not accept any \
                 agreement reached without Ukraine",
            ),
            // Two passages in the wrong order: the tail aligns before the
            // head; the head's place wins, cut at the end of the article.
            (
                "and that sanctions would stay in place until then. Other news followed. \
                 The minister said on Tuesday that the government would",
                "and that sanctions would stay in place until then. Other news followed.",
            ),
            // Short quotes (head and tail are the whole quote), widened to
            // whole words at both ends.
            (
                "overnment would not acept any",
                "government would not accept any",
            ),
            (
                "would not accept any agreement reached withuot Ukraine",
                "would not accept any agreement reached without Ukraine",
            ),
            (
                "accept any agreement reached without Ukrainee",
                "accept any agreement reached without Ukraine",
            ),
        ];
        for (q, want) in cases {
            assert_eq!(suggested(a, q), Some(want), "{q:?}");
        }
        // Whole words of a non-Latin script: char boundaries kept.
        let k = "Президент заявив, що Київ не погодиться на жодну угоду без участі України.";
        assert_eq!(
            suggested(k, "що Київ не погодится на жодну"),
            Some("що Київ не погодиться на жодну")
        );
        // The passage's bounds from the aligned ends, exactly: the tail
        // alone places the start the quote's length before its end (on a
        // word's first letter, on the space before it, or inside a word);
        // a last word of one letter is kept.
        let g = "Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron \
                 pi rho sigma tau upsilon phi chi psi omega, and so on to Z.";
        let tail =
            "lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega, and so on to Z";
        let from_beta = &g[g.find("beta").unwrap_or(0)..];
        for garbage in 50..=52 {
            let q = format!("{}{tail}", &"qj".repeat(26)[..garbage]);
            assert_eq!(
                suggested(g, &q),
                Some(from_beta),
                "{garbage} bytes of garbage"
            );
        }
        let typo = from_beta.replacen("lambda", "LAMBDA", 1);
        assert_eq!(suggested(g, typo.trim_end_matches('.')), Some(from_beta));
        // The head and the tail found apart: one passage while they are
        // less than twice the quote's length apart, else the head's place.
        let p = &"one two three four five six seven eight nine ten eleven twelve thirteen \
                  fourteen fifteen sixteen seventeen"[..100];
        for (filler, whole) in [(20, true), (72, true), (73, false)] {
            let a = format!("{}{}{}", &p[..64], &"zz ".repeat(25)[..filler], &p[36..]);
            let want = if whole { &a[..] } else { &a[..102] };
            assert_eq!(suggested(&a, p), Some(want), "{filler}");
        }
        // No article, no suggestion.
        assert_eq!(
            find("", "abc"),
            Err(AnchorError::NotFound { suggestion: None })
        );
        // Widening to the start of a word stops 41 bytes back, on a char
        // boundary (42 bytes back here).
        let k = "Див. ДужеДовгеСловоБезПробілівЯкеТягнетьсяДалекоДалекоДалеко сказав міністр.";
        assert_eq!(
            suggested(k, "ЯкеТягнетьсяДалекоДалекоДалеко сказав мінистр"),
            Some("ДовгеСловоБезПробілівЯкеТягнетьсяДалекоДалекоДалеко сказав міністр.")
        );
        // Widening to the start of a word stops 41 bytes back (a long
        // address is not suggested whole).
        let u = "See https://example.org/a/very/long/path/that/goes/on/and/on/and/on/index.html \
                 said the minister.";
        assert_eq!(
            suggested(u, "and/on/and/on/index.html said the ministre"),
            Some("xample.org/a/very/long/path/that/goes/on/and/on/and/on/index.html said the minister.")
        );
    }

    #[test]
    fn myers_finds_edit_distance() {
        assert_eq!(myers_best(b"abc", b"xxabcxx"), Some((0, 4)));
        assert_eq!(myers_best(b"abcd", b"xxabxdxx").map(|r| r.0), Some(1));
        // The first best end; a substitution, an insertion, a deletion.
        assert_eq!(myers_best(b"abc", b"abcabc"), Some((0, 2)));
        assert_eq!(myers_best(b"abcd", b"xxabxdxx"), Some((1, 5)));
        assert_eq!(myers_best(b"abcd", b"xxabXcdxx"), Some((1, 6)));
        assert_eq!(myers_best(b"abcd", b"xxabdxx"), Some((1, 4)));
        assert_eq!(myers_best(b"kitten", b"sitting"), Some((2, 5)));
        // Nothing in common: as far as the empty passage.
        assert_eq!(myers_best(b"abc", b"xyz"), Some((3, 0)));
        // 1 to 64 bytes of pattern.
        assert_eq!(myers_best(b"", b"abc"), None);
        let p = [b'a'; 64];
        let t = [[b'b'; 10], [b'a'; 10]].concat();
        assert_eq!(myers_best(&p, &t), Some((54, 19)));
        assert_eq!(myers_best(&p, &[b'a'; 70]), Some((0, 63)));
        assert_eq!(myers_best(&[b'a'; 65], &[b'a'; 70]), None);
        // Where the best alignment ending at `end` starts.
        assert_eq!(myers_start(b"abc", b"xxabcxx", 4), 2);
        assert_eq!(myers_start(b"abcd", b"xxabxdxx", 5), 2);
        assert_eq!(myers_start(b"abcd", b"xxabXcdxx", 6), 2);
        assert_eq!(myers_start(b"abc", b"xy", 10), 8);
        assert_eq!(myers_start(b"a", b"abc", 0), 0);
        // Three bytes inserted: the alignment is longer than the pattern
        // (the window looked at is twice the pattern's length).
        assert_eq!(myers_start(b"abcdefgh", b"abcdef123gh", 10), 0);
    }
}
