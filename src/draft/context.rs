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
const CHUNK: usize = 1 << 18;
/// Bytes of a quote's start that are hashed to find where it may be.
const KEY: usize = 16;
/// Longest quote (folded) that is disambiguated; longer ones are dropped.
const MAX_QUOTE: usize = 16 * 1024;
/// The anchoring considers this many occurrences of a quote (see
/// [`anchors`] for claims at later ones).
pub const MAX_OCCURRENCES: usize = 256;
/// Lengths of context tried, in folded bytes.
const LEVELS: &[usize] = &[8, 16, 32, 64, 128, 256, 512, 1024];
/// Original bytes read around an occurrence for its context.
const WINDOW: usize = 2048;
/// Most bits of the filter that lets most places of the article be
/// skipped (fewer for few quotes).
const FILTER_BITS: u32 = 22;

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

/// The claims' quotes, folded, deduplicated and hashed: what the scan
/// looks for. Patterns are known by their hash and length only (a false
/// match could only make a context longer, never wrong: a claim's own
/// passage always matches).
struct Patterns {
    /// (hash, length) of each pattern.
    of: Vec<(u64, u32)>,
    /// (hash, length) -> pattern.
    by_full: HashMap<(u64, u32), usize>,
    /// Hash of a pattern's first KEY bytes -> the lengths of the patterns
    /// starting so.
    lengths: HashMap<u64, Vec<u32>>,
    /// Short patterns (under KEY bytes), searched for directly.
    short: Vec<(usize, String)>,
    filter: Vec<u64>,
    /// log2 of the filter's bits.
    bits: u32,
}

impl Patterns {
    fn filter_bit(&self, h: u64) -> usize {
        (h >> (64 - self.bits)) as usize
    }

    fn may_start(&self, h: u64) -> bool {
        let bit = self.filter_bit(h);
        self.filter
            .get(bit / 64)
            .is_some_and(|w| w & (1 << (bit % 64)) != 0)
    }
}

impl Patterns {
    /// The patterns of `spans` and the pattern of each span.
    fn new(text: &str, spans: &[Span]) -> (Patterns, Vec<Option<usize>>) {
        // About 32 bits a quote, between 1 Kbit and 4 Mbit.
        let bits = (spans.len().max(1) * 32)
            .next_power_of_two()
            .trailing_zeros()
            .clamp(10, FILTER_BITS);
        let mut p = Patterns {
            of: Vec::new(),
            by_full: HashMap::new(),
            lengths: HashMap::new(),
            short: Vec::new(),
            filter: vec![0; 1 << (bits - 6)],
            bits,
        };
        let ids = spans
            .iter()
            .map(|s| {
                let f = Folded::fold_quote(text.get(s.start..s.end)?);
                if f.is_empty() || f.len() > MAX_QUOTE {
                    return None;
                }
                let k = (hash(f.as_bytes()), f.len() as u32);
                if let Some(&id) = p.by_full.get(&k) {
                    return Some(id);
                }
                let id = p.of.len();
                p.of.push(k);
                p.by_full.insert(k, id);
                if f.len() >= KEY {
                    let key = hash(&f.as_bytes()[..KEY]);
                    let ls = p.lengths.entry(key).or_default();
                    if !ls.contains(&k.1) {
                        ls.push(k.1);
                    }
                    let bit = p.filter_bit(key);
                    if let Some(w) = p.filter.get_mut(bit / 64) {
                        *w |= 1 << (bit % 64);
                    }
                } else {
                    p.short.push((id, f));
                }
                Some(id)
            })
            .collect();
        (p, ids)
    }
}

/// Occurrences (original byte spans, in order) of each pattern.
fn occurrences(text: &str, p: &Patterns, progress: &mut dyn FnMut(usize)) -> Vec<Vec<Span>> {
    let mut occ: Vec<Vec<Span>> = vec![Vec::new(); p.of.len()];
    let short_ac = (!p.short.is_empty())
        .then(|| aho_corasick::AhoCorasick::new(p.short.iter().map(|(_, s)| s.as_str())).ok())
        .flatten();
    // Prefix hashes and powers of the folded chunk: the hash of any of its
    // stretches in constant time.
    let mut pre: Vec<u64> = Vec::new();
    let mut pow: Vec<u64> = vec![1];
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
        pre.clear();
        pre.push(0);
        for &b in fb {
            let h = pre[pre.len() - 1];
            pre.push(h.wrapping_mul(BASE).wrapping_add(u64::from(b) + 1));
        }
        while pow.len() <= fb.len() {
            let last = pow[pow.len() - 1];
            pow.push(last.wrapping_mul(BASE));
        }
        let stretch = |a: usize, z: usize| pre[z].wrapping_sub(pre[a].wrapping_mul(pow[z - a]));
        let mut found = |pi: usize, at: usize, len: usize| {
            let sp = f.span_to_original(chunk, at, at + len);
            if cs + sp.start < ce {
                occ[pi].push(Span {
                    start: cs + sp.start,
                    end: cs + sp.end,
                });
            }
        };
        for at in 0..fb.len().saturating_sub(KEY - 1) {
            let key = stretch(at, at + KEY);
            if !p.may_start(key) {
                continue;
            }
            let Some(lengths) = p.lengths.get(&key) else {
                continue;
            };
            if !f.text.is_char_boundary(at) {
                continue;
            }
            for &l in lengths {
                let l = l as usize;
                if at + l <= fb.len() {
                    if let Some(&pi) = p.by_full.get(&(stretch(at, at + l), l as u32)) {
                        found(pi, at, l);
                    }
                }
            }
        }
        if let Some(ac) = &short_ac {
            for m in ac.find_overlapping_iter(&f.text) {
                if let Some(&(pi, ref s)) = p.short.get(m.pattern().as_usize()) {
                    found(pi, m.start(), s.len());
                }
            }
        }
        cs = ce;
        progress(cs);
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
fn context_text(text: &str, fr: &(Folded, usize), p: &str, side_before: bool) -> Context {
    context_at(text, fr, p, side_before).0
}

/// [`context_text`], and where its words start in the article.
fn context_at(
    text: &str,
    (f, from): &(Folded, usize),
    p: &str,
    side_before: bool,
) -> (Context, usize) {
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
    let raw = text.get(os.min(oe)..oe).unwrap_or("");
    let at = os.min(oe) + (raw.len() - raw.trim_start().len());
    let s = raw.trim().to_string();
    let s = Some(s).filter(|s| !s.is_empty());
    let c = if side_before { (s, None) } else { (None, s) };
    (c, at)
}

/// The hash of the piece of `f` at each of `levels` (ascending), as
/// `hash(piece(f, l, before))`, in one pass over the longest piece: a
/// head's hash grows a byte at a time; a tail's is summed from its end
/// (the same polynomial, so the same value).
fn piece_hashes(f: &str, levels: &[usize], before: bool, out: &mut Vec<u64>) {
    let b = f.as_bytes();
    if before {
        let (mut h, mut pow, mut pos) = (0u64, 1u64, b.len());
        for &l in levels {
            let s = char_ceil(f, b.len().saturating_sub(l)).min(pos);
            for &x in b[s..pos].iter().rev() {
                h = h.wrapping_add((u64::from(x) + 1).wrapping_mul(pow));
                pow = pow.wrapping_mul(BASE);
            }
            pos = s;
            out.push(h);
        }
    } else {
        let (mut h, mut pos) = (0u64, 0usize);
        for &l in levels {
            let e = char_floor(f, l).max(pos);
            for &x in &b[pos..e] {
                h = h.wrapping_mul(BASE).wrapping_add(u64::from(x) + 1);
            }
            pos = e;
            out.push(h);
        }
    }
}

/// What is known of the piece beside one occurrence at one length: its
/// hash, whether it has a word, and whether it is as long as the level.
#[derive(Clone, Copy)]
struct Piece {
    hash: u64,
    words: bool,
    full: bool,
}

/// Where `w` (trimmed words) is in `text[from..to]`: its last occurrence
/// when `last`, else its first. The context found is where it was taken
/// from, `at`, with only spaces between it and `to` (or `from`): no other
/// occurrence can be nearer that end, so the search is skipped then.
fn locate(text: &str, from: usize, to: usize, w: &str, at: usize, last: bool) -> Option<usize> {
    let hay = text.get(from..to)?;
    let fits = at >= from
        && text.get(at..).is_some_and(|t| t.starts_with(w))
        && !w.is_empty()
        && if last {
            text.get(at + w.len()..to)
                .is_some_and(|g| g.trim().is_empty())
        } else {
            text.get(from..at).is_some_and(|g| g.trim().is_empty())
        };
    if fits {
        return Some(at - from);
    }
    if last {
        hay.rfind(w)
    } else {
        hay.find(w)
    }
}

/// For claims whose quote occurs many times (`ks`: claim and occurrence in
/// `group`), the quote widened back to the shortest run of words before it
/// that no other occurrence has, or else on to the shortest run after it,
/// if any within [`LEVELS`]. Linear in the occurrences: the folded text
/// beside each is hashed once (every length tried in one pass) and the
/// hashes counted; the longer lengths only when a claim needs them.
fn widened(text: &str, group: &[Span], ks: &[(usize, usize)]) -> Vec<(usize, Option<Span>)> {
    let mut out: Vec<(usize, Option<Span>)> = ks.iter().map(|&(ci, _)| (ci, None)).collect();
    let mut hs: Vec<u64> = Vec::new();
    for side_before in [true, false] {
        for (levels, window) in [(&LEVELS[..4], 160usize), (&LEVELS[4..], 1100)] {
            let pending: Vec<usize> = (0..ks.len()).filter(|&i| out[i].1.is_none()).collect();
            if pending.is_empty() {
                return out;
            }
            let n = levels.len();
            // The folded text beside an occurrence, and where it starts.
            let beside = |o: &Span| -> (Folded, usize) {
                if side_before {
                    let from = char_floor(text, o.start.saturating_sub(window));
                    (Folded::new(text[from..o.start].trim_end()), from)
                } else {
                    let rest = &text[o.end..char_floor(text, (o.end + window).min(text.len()))];
                    let lead = rest.len() - rest.trim_start().len();
                    (Folded::new(rest.trim_start()), o.end + lead)
                }
            };
            // Every occurrence's pieces, once.
            let mut pieces: Vec<Piece> = Vec::with_capacity(group.len() * n);
            let mut count: HashMap<(usize, u64), u32> = HashMap::with_capacity(group.len() * n);
            for o in group {
                let (f, _) = beside(o);
                hs.clear();
                piece_hashes(&f.text, levels, side_before, &mut hs);
                for (li, (&l, &h)) in levels.iter().zip(&hs).enumerate() {
                    let p = piece(&f.text, l, side_before);
                    pieces.push(Piece {
                        hash: h,
                        words: !p.trim().is_empty(),
                        full: p.len() >= l,
                    });
                    let c = count.entry((li, h)).or_default();
                    *c = c.saturating_add(1);
                }
            }
            for i in pending {
                let k = ks[i].1;
                let (Some(o), Some(mine)) = (group.get(k), pieces.get(k * n..(k + 1) * n)) else {
                    continue;
                };
                // Only the first (or last) occurrence reads up to the
                // article's start (or end).
                let mut own: Option<(Folded, usize)> = None;
                let at_edge = if side_before {
                    char_floor(text, o.start.saturating_sub(window)) == 0
                } else {
                    o.end + window >= text.len()
                };
                // A piece shorter than its length is unique only if it
                // reaches the article's start (or end) and no other
                // occurrence's text beside it ends (or starts) so: one
                // pass over the group, for one claim only.
                let mut unique = |li: usize| {
                    let m = mine[li];
                    if count.get(&(li, m.hash)) != Some(&1) || !m.words {
                        return false;
                    }
                    if m.full {
                        return true;
                    }
                    if !at_edge {
                        return false;
                    }
                    let f = &own.get_or_insert_with(|| beside(o)).0;
                    let p = piece(&f.text, levels[li], side_before);
                    group.iter().enumerate().all(|(j, other)| {
                        let t = beside(other).0.text;
                        j == k
                            || !(if side_before {
                                t.ends_with(p)
                            } else {
                                t.starts_with(p)
                            })
                    })
                };
                let Some(li) = (0..n).find(|&li| unique(li)) else {
                    continue;
                };
                let fr = own.unwrap_or_else(|| beside(o));
                let from = fr.1;
                let p = piece(&fr.0.text, levels[li], side_before);
                let ((pre, suf), at) = context_at(text, &fr, p, side_before);
                out[i].1 = if side_before {
                    pre.and_then(|w| locate(text, from, o.start, &w, at, true))
                        .map(|x| Span {
                            start: from + x,
                            end: o.end,
                        })
                } else {
                    suf.and_then(|w| {
                        locate(text, from, text.len(), &w, at, false).map(|x| (x, w.len()))
                    })
                    .map(|(x, n)| Span {
                        start: o.start,
                        end: from + x + n,
                    })
                };
            }
        }
    }
    out
}

/// A quote that occurs more than this many times is widened (see
/// [`anchors`]) rather than told apart by a context: a context would have
/// to be checked against every occurrence, for every claim.
pub const WIDEN_OVER: usize = 16;

/// How each claim is anchored: its context and its span, or `None` when
/// nothing makes it resolve (the claim is then dropped). A unique quote
/// needs no context; one repeated up to [`WIDEN_OVER`] times gets the
/// shortest `prefix` (or else `suffix`) no other occurrence shares; one
/// repeated more often is widened to start with the words before it that
/// no other occurrence has (so it anchors alone, past the anchoring's
/// [`MAX_OCCURRENCES`] too), or else (among the first
/// [`MAX_OCCURRENCES`]) gets a context.
pub fn anchors(text: &str, spans: &[Span]) -> Vec<Option<(Context, Span)>> {
    anchors_with(text, spans, &mut |_| {})
}

/// [`anchors`], telling `progress` how far it got: the text searched for
/// the quotes, then the repeated ones told apart.
pub fn anchors_with(
    text: &str,
    spans: &[Span],
    progress: &mut dyn FnMut(super::Progress),
) -> Vec<Option<(Context, Span)>> {
    let (patterns, claim_pattern) = Patterns::new(text, spans);
    let occ = occurrences(text, &patterns, &mut |done| {
        progress(super::Progress {
            phase: "finding the quotes",
            done,
            total: text.len(),
            unit: super::Unit::Bytes,
        })
    });
    drop(patterns);
    let mut claims_of: HashMap<usize, Vec<usize>> = HashMap::new();
    for (ci, p) in claim_pattern.iter().enumerate() {
        if let Some(p) = *p {
            claims_of.entry(p).or_default().push(ci);
        }
    }
    // The repeated quotes in two shares of about as many occurrences, the
    // second told apart on another thread (quotes are independent).
    let mut groups: Vec<(usize, Vec<usize>)> = claims_of.into_iter().collect();
    groups.sort_by_key(|(p, _)| (std::cmp::Reverse(occ.get(*p).map_or(0, Vec::len)), *p));
    let mut shares: [Vec<(usize, Vec<usize>)>; 2] = [Vec::new(), Vec::new()];
    let mut load = [0usize; 2];
    for g in groups {
        let n = occ.get(g.0).map_or(0, Vec::len);
        let s = usize::from(load[1] < load[0]);
        load[s] += n;
        shares[s].push(g);
    }
    // How far the telling apart has got, in occurrences (both threads).
    let done = std::sync::atomic::AtomicUsize::new(0);
    let total = load[0] + load[1];
    let mut report = |done: usize| {
        progress(super::Progress {
            phase: "telling repeated quotes apart",
            done,
            total,
            unit: super::Unit::Share,
        })
    };
    let work = |share: &[(usize, Vec<usize>)],
                report: &mut dyn FnMut(usize)|
     -> Vec<(usize, Option<(Context, Span)>)> {
        let mut v = Vec::new();
        for (p, claims) in share {
            if let Some(group) = occ.get(*p) {
                group_anchors(text, spans, group, claims, &mut v);
                let d = done.fetch_add(group.len(), std::sync::atomic::Ordering::Relaxed);
                report(d + group.len());
            }
        }
        v
    };
    let parallel =
        load[1] >= 1024 && std::thread::available_parallelism().is_ok_and(|n| n.get() >= 2);
    let (a, b) = if parallel {
        std::thread::scope(|s| {
            let other = std::thread::Builder::new()
                .name("draft-anchors".into())
                .spawn_scoped(s, || work(&shares[1], &mut |_| {}));
            let a = work(&shares[0], &mut report);
            let b = match other {
                Ok(h) => {
                    // Said while the other share is still being worked on.
                    while !h.is_finished() {
                        std::thread::sleep(std::time::Duration::from_millis(50));
                        report(done.load(std::sync::atomic::Ordering::Relaxed));
                    }
                    h.join().unwrap_or_else(|_| work(&shares[1], &mut |_| {}))
                }
                Err(_) => work(&shares[1], &mut |_| {}),
            };
            (a, b)
        })
    } else {
        (work(&shares[0], &mut report), work(&shares[1], &mut report))
    };
    let mut out: Vec<Option<(Context, Span)>> = vec![None; spans.len()];
    for (ci, x) in a.into_iter().chain(b) {
        if let Some(slot) = out.get_mut(ci) {
            *slot = x;
        }
    }
    out
}

/// How the claims (`claims`) of one quote occurring at `group` anchor,
/// added to `out` as (claim, anchor).
fn group_anchors(
    text: &str,
    spans: &[Span],
    group: &[Span],
    claims: &[usize],
    out: &mut Vec<(usize, Option<(Context, Span)>)>,
) {
    // Each claim and its occurrence.
    let ks: Vec<(usize, usize)> = claims
        .iter()
        .filter_map(|&ci| {
            let k = group.partition_point(|s| s.start < spans[ci].start);
            (group.get(k).map(|s| s.start) == Some(spans[ci].start)).then_some((ci, k))
        })
        .collect();
    if group.len() == 1 {
        for &(ci, _) in &ks {
            out.push((ci, Some(((None, None), spans[ci]))));
        }
        return;
    }
    let mut mine: HashMap<usize, Option<(Context, Span)>> = HashMap::new();
    if group.len() > WIDEN_OVER {
        for (ci, span) in widened(text, group, &ks) {
            mine.insert(ci, span.map(|sp| ((None, None), sp)));
        }
    }
    let mut around = Around {
        text,
        group,
        before: None,
        after: None,
    };
    for &(ci, k) in &ks {
        let done = mine.get(&ci).is_some_and(Option::is_some);
        if !done && k < MAX_OCCURRENCES {
            mine.insert(ci, around.choose(k).map(|c| (c, spans[ci])));
        }
    }
    out.extend(mine);
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

    /// The contexts of the claims (`None` for a claim dropped).
    fn contexts(text: &str, spans: &[Span]) -> Vec<Option<Context>> {
        anchors(text, spans)
            .into_iter()
            .map(|a| a.map(|(c, _)| c))
            .collect()
    }

    /// Every anchor chosen makes the anchoring find the claim's passage.
    fn check(text: &str, spans: &[Span]) -> usize {
        let a = Anchorer::new(text);
        let mut kept = 0;
        for (s, got) in spans.iter().zip(anchors(text, spans)) {
            let Some(((p, x), span)) = got else { continue };
            kept += 1;
            // Kept as it is, or widened on one side only.
            assert!(span.start <= s.start && span.end >= s.end, "{span:?} {s:?}");
            assert!(span.start == s.start || span.end == s.end, "{span:?} {s:?}");
            let r = a.resolve(&Selector {
                exact: &text[span.start..span.end],
                prefix: p.as_deref(),
                suffix: x.as_deref(),
            });
            assert_eq!(r, Ok(span), "{p:?} {x:?}");
        }
        kept
    }

    #[test]
    fn repeated_quotes_get_a_prefix_that_resolves() {
        let para = |k: usize| {
            format!("[{k}] The minister said: “We will not accept it.” Then   he left.\n\n")
        };
        let text: String = (0..WIDEN_OVER).map(para).collect();
        let spans = spans_of(&text, "We will not accept it.");
        assert_eq!(spans.len(), WIDEN_OVER);
        assert_eq!(check(&text, &spans), WIDEN_OVER);
        assert!(contexts(&text, &spans)
            .iter()
            .all(|c| matches!(c, Some((Some(_), None)))));
        let unique = "Only once here, “a rare statement of note.”";
        assert_eq!(
            contexts(unique, &spans_of(unique, "a rare statement of note."))[0],
            Some((None, None))
        );
    }

    #[test]
    fn quotes_repeated_past_the_anchoring_limit_are_widened() {
        let para = |k: usize| format!("[{k}] The minister said: “We will not accept it.”\n\n");
        let text: String = (0..300).map(para).collect();
        let spans = spans_of(&text, "We will not accept it.");
        assert_eq!(spans.len(), 300);
        let got = anchors(&text, &spans);
        let a = Anchorer::new(&text);
        for (k, (s, g)) in spans.iter().zip(&got).enumerate() {
            let Some(((p, x), span)) = g else {
                panic!("occurrence {k} not anchored");
            };
            // Repeated more than WIDEN_OVER times: widened, past the
            // anchoring's limit too.
            assert!(span.start < s.start && span.end == s.end, "{k}");
            assert!(text[span.start..span.end].contains(&format!("[{k}]")));
            assert_eq!((p.as_deref(), x.as_deref()), (None, None));
            let exact = &text[span.start..span.end];
            let r = a.resolve(&Selector {
                exact,
                prefix: p.as_deref(),
                suffix: x.as_deref(),
            });
            assert_eq!(r, Ok(*span), "{k}: {exact}");
        }
    }

    #[test]
    fn a_widened_quote_is_no_part_of_another() {
        // "1." ends "11." too: the first occurrence needs more than that.
        let para = |k: usize| format!("{k}. The minister said: “We will not accept it.”\n\n");
        let text: String = (1..40).map(para).collect();
        let spans = spans_of(&text, "The minister said: “We will not accept it.”");
        assert_eq!(check(&text, &spans), spans.len());
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
