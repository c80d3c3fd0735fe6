//! Attribution: who states what, where. Rule-based and explainable: every
//! drafted claim records the rule, the cue, how the speaker was found and
//! which keywords chose the topic.
//!
//! Passes (each linear in the text, or bounded per sentence):
//! 1. quotations attributed by a cue after them ("“…,” he said") or before
//!    them ("He said: “…”"), split quotations included;
//! 2. reported speech around cue verbs outside quotations ("S said that…",
//!    "S ruled out…", "…, adding that…", "according to S, …");
//! 3. quotations left over: inside reported speech (part of it) or standing
//!    alone (they inherit the most recent speaker);
//! 4. speakers resolved in reading order (names and aliases, pronouns and
//!    role nouns to the most recent compatible speaker);
//! 5. topic, stance and merging.

use std::collections::HashMap;

use super::lexicon::{self as lx, CueStance};
use super::profile::{Hit, Matchers};
use super::text::{self, Quote, TokKind, Token};
use crate::model::{Mode, Span, Stance};

/// A claim found by the rules, before it becomes a model claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub span: Span,
    pub party: usize,
    pub speaker: String,
    pub topic: usize,
    pub stance: Stance,
    pub mode: Mode,
    pub condition: Option<String>,
    pub confidence: f64,
    pub rule: String,
    /// The sentence the claim belongs to (for merging).
    sentence: usize,
}

/// How the subject of a cue was found.
#[derive(Debug, Clone, PartialEq)]
enum Subj {
    /// A noun phrase (token range), with an appositive after it if any.
    Np {
        main: (usize, usize),
        appos: Option<(usize, usize)>,
    },
    Pronoun(usize),
    /// "…, adding that": the subject of the main clause.
    Participle,
    /// "… but insisted that": the subject of the previous verb.
    Coordinated,
    /// A quotation standing alone.
    Floating,
}

#[derive(Debug, Clone, PartialEq)]
enum Kind {
    Direct {
        quote: usize,
        how: String,
    },
    Reported {
        cue: &'static str,
        stance: CueStance,
    },
    According,
}

#[derive(Debug, Clone)]
struct Event {
    sent: usize,
    /// Token index used for reading order.
    pos: usize,
    kind: Kind,
    subj: Subj,
    /// First token of the clause (subject start or cue).
    clause_start: usize,
    /// Reported content (token range; end filled in later).
    content: (usize, usize),
    /// The content is the part before the attribution ("…, S said.").
    content_before: bool,
    negated: bool,
    /// Sentence-initial participle clause ("While acknowledging X, S …").
    fronted: bool,
}

#[derive(Debug, Clone, PartialEq)]
struct Speaker {
    name: String,
    party: Option<usize>,
    person: bool,
    how: String,
}

/// A cue phrase: its words, stance and text.
type CueEntry = (Vec<&'static str>, CueStance, &'static str);

struct Cues {
    by_first: HashMap<&'static str, Vec<CueEntry>>,
}

impl Cues {
    fn new() -> Cues {
        let mut by_first: HashMap<&'static str, Vec<CueEntry>> = HashMap::new();
        for &(phrase, st) in lx::CUES {
            let words: Vec<&'static str> = phrase.split(' ').collect();
            if let Some(&f) = words.first() {
                by_first.entry(f).or_default().push((words, st, phrase));
            }
        }
        for v in by_first.values_mut() {
            v.sort_by_key(|(w, _, _)| std::cmp::Reverse(w.len()));
        }
        Cues { by_first }
    }
}

struct Ctx<'a> {
    text: &'a str,
    toks: Vec<Token>,
    low: Vec<String>,
    sents: Vec<Span>,
    sent_toks: Vec<(usize, usize)>,
    quotes: Vec<Quote>,
    /// Speech quotation (index into `quotes`) each token lies in, if any.
    tok_quote: Vec<Option<usize>>,
    hits: Vec<Hit>,
    m: &'a Matchers,
    cues: Cues,
}

fn lower(s: &str) -> String {
    s.chars()
        .map(|c| if c == '\u{2019}' { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

fn in_list(list: &[&str], w: &str) -> bool {
    list.contains(&w)
}

/// Find the claims of `text` (already sanitised) from byte `body_start` on.
pub fn find(text: &str, body_start: usize, m: &Matchers) -> Vec<Found> {
    let toks = text::tokenize(text);
    let low: Vec<String> = toks.iter().map(|t| lower(&text[t.start..t.end])).collect();
    let sents: Vec<Span> = text::sentences(text)
        .into_iter()
        .filter(|s| s.start >= body_start)
        .collect();
    let mut sent_toks = Vec::with_capacity(sents.len());
    for s in &sents {
        let a = toks.partition_point(|t| t.start < s.start);
        let b = toks.partition_point(|t| t.start < s.end);
        sent_toks.push((a, b));
    }
    let quotes: Vec<Quote> = text::quotes(text)
        .into_iter()
        .filter(|q| q.open >= body_start)
        .collect();
    let mut tok_quote = vec![None; toks.len()];
    for (qi, q) in quotes.iter().enumerate() {
        let a = toks.partition_point(|t| t.start < q.open);
        let b = toks.partition_point(|t| t.start < q.close);
        let words = toks[a..b]
            .iter()
            .filter(|t| t.kind == TokKind::Word)
            .count();
        if words >= 4 {
            for slot in tok_quote.iter_mut().take(b).skip(a) {
                *slot = Some(qi);
            }
        }
    }
    let hits = m.keyword_hits(text);
    let ctx = Ctx {
        text,
        toks,
        low,
        sents,
        sent_toks,
        quotes,
        tok_quote,
        hits,
        m,
        cues: Cues::new(),
    };
    let events = ctx.events();
    let resolved = ctx.resolve(&events);
    let mut found = Vec::new();
    for (e, sp) in events.iter().zip(resolved) {
        if let Some(sp) = sp {
            if let Some(f) = ctx.claim(e, &sp) {
                found.push(f);
            }
        }
    }
    merge(found)
}

/// Merge claims of one sentence with the same party, topic and mode.
fn merge(mut found: Vec<Found>) -> Vec<Found> {
    found.sort_by_key(|f| (f.span.start, f.span.end));
    let mut out: Vec<Found> = Vec::new();
    for f in found {
        if let Some(g) = out.iter_mut().rev().take(4).find(|g| {
            g.sentence == f.sentence && g.party == f.party && g.topic == f.topic && g.mode == f.mode
        }) {
            g.span.start = g.span.start.min(f.span.start);
            g.span.end = g.span.end.max(f.span.end);
            g.confidence = g.confidence.max(f.confidence);
            g.rule = format!("{} + {}", g.rule, f.rule);
            if g.stance == Stance::Unclear {
                g.stance = f.stance;
            }
            if g.condition.is_none() {
                g.condition = f.condition;
            }
            continue;
        }
        out.push(f);
    }
    out.sort_by_key(|f| (f.span.start, f.span.end));
    out
}

impl Ctx<'_> {
    fn tok_text(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }

    fn lw(&self, i: usize) -> &str {
        self.low.get(i).map_or("", String::as_str)
    }

    fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokKind::Word)
    }

    fn is_cap(&self, i: usize) -> bool {
        self.is_word(i)
            && self
                .tok_text(i)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    }

    fn is_punct(&self, i: usize, p: &str) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokKind::Punct) && self.tok_text(i) == p
    }

    fn is_quote_mark(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokKind::Punct)
            && matches!(
                self.tok_text(i),
                "\"" | "\u{201C}" | "\u{201D}" | "\u{201E}"
            )
    }

    fn is_terminal(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokKind::Punct)
            && matches!(self.tok_text(i), "." | "!" | "?" | "\u{2026}")
    }

    fn span_of(&self, a: usize, b: usize) -> Span {
        match (
            self.toks.get(a),
            b.checked_sub(1).and_then(|l| self.toks.get(l)),
        ) {
            (Some(x), Some(y)) if b > a => Span {
                start: x.start,
                end: y.end.max(x.start),
            },
            _ => Span { start: 0, end: 0 },
        }
    }

    fn sentence_of_byte(&self, byte: usize) -> Option<usize> {
        let i = self.sents.partition_point(|s| s.start <= byte);
        let i = i.checked_sub(1)?;
        (byte < self.sents[i].end).then_some(i)
    }

    /// The cue starting at token `i`: (length in tokens, stance, phrase).
    fn cue_at(&self, i: usize) -> Option<(usize, CueStance, &'static str)> {
        if !self.is_word(i) {
            return None;
        }
        let cands = self.cues.by_first.get(self.lw(i))?;
        for (words, st, phrase) in cands {
            let ok = words
                .iter()
                .enumerate()
                .all(|(k, w)| self.lw(i + k) == *w && self.is_word(i + k));
            if ok {
                return Some((words.len(), *st, phrase));
            }
        }
        None
    }

    fn is_adverbish(&self, i: usize) -> bool {
        let w = self.lw(i);
        if !self.is_word(i) || self.is_cap(i) && !in_list(lx::CALENDAR, w) {
            return false;
        }
        in_list(lx::ADVERBS, w)
            || in_list(lx::AUX, w)
            || in_list(lx::CALENDAR, w)
            || (w.ends_with("ly") && w.len() > 3)
            || w.ends_with("n't")
            || w.chars().all(|c| c.is_ascii_digit())
    }

    /// `Some(person)` when token `i` is a lowercase role noun.
    fn role_head(&self, i: usize) -> Option<bool> {
        if self.is_cap(i) {
            None
        } else {
            self.is_role(i)
        }
    }

    fn is_role(&self, i: usize) -> Option<bool> {
        if !self.is_word(i) {
            return None;
        }
        let w = self.lw(i);
        let w = w.strip_suffix("'s").unwrap_or(w);
        // "co-leader", "vice-president".
        let w = w.rsplit('-').next().unwrap_or(w);
        lx::ROLES.iter().find(|(r, _)| *r == w).map(|&(_, p)| p)
    }

    /// A noun phrase ending at token `j` (inclusive), not before `floor`:
    /// names, titles, roles, determiners.
    fn np_left(&self, j: usize, floor: usize) -> Option<(usize, usize)> {
        if j < floor || !self.is_word(j) {
            return None;
        }
        let head_cap = self.is_cap(j)
            && !in_list(lx::STOP_CAPS, self.lw(j))
            && !in_list(lx::CALENDAR, self.lw(j));
        if !head_cap && self.is_role(j).is_none() {
            return None;
        }
        let mut k = j;
        let mut n = 1;
        while k > floor && n < 9 {
            let t = k - 1;
            let w = self.lw(t);
            let name_word =
                self.is_cap(t) && !in_list(lx::STOP_CAPS, w) && !in_list(lx::CALENDAR, w);
            let connector = in_list(lx::NAME_CONNECTORS, w)
                && t > floor
                && self.is_cap(t - 1)
                && self.is_cap(k);
            let descriptor = self.is_word(t)
                && !self.is_cap(t)
                && (self.is_role(t).is_some() || in_list(lx::MODIFIERS, w));
            if name_word || connector || descriptor {
                k = t;
            } else if matches!(w, "the" | "a" | "an") {
                k = t;
                break;
            } else {
                break;
            }
            n += 1;
        }
        // Leading function words ("But Trump") are not part of the name.
        while k < j && self.is_cap(k) && in_list(lx::STOP_CAPS, self.lw(k)) && self.lw(k) != "the" {
            k += 1;
        }
        Some((k, j + 1))
    }

    /// A noun phrase starting at token `i`, up to `limit` (exclusive).
    fn np_right(&self, i: usize, limit: usize) -> Option<(usize, usize)> {
        let mut k = i;
        let mut last_head = None;
        while k < limit && k < i + 9 {
            let w = self.lw(k);
            if !self.is_word(k) {
                break;
            }
            let head = (self.is_cap(k) && !in_list(lx::STOP_CAPS, w) && !in_list(lx::CALENDAR, w))
                || self.is_role(k).is_some();
            let connector = in_list(lx::NAME_CONNECTORS, w) && last_head == Some(k.wrapping_sub(1));
            let filler = (matches!(w, "the" | "a" | "an") && k == i) || in_list(lx::MODIFIERS, w);
            if head {
                last_head = Some(k);
            } else if !(connector || filler) {
                break;
            }
            k += 1;
        }
        last_head.map(|h| (i, h + 1))
    }

    /// The subject of a cue at token `cue` in a clause starting at `floor`:
    /// (subject, clause start, negated, fronted). `None` when the cue is
    /// not a statement (no subject, passive, infinitive, dependent clause).
    fn subject(
        &self,
        cue: usize,
        floor: usize,
        participle: bool,
    ) -> Option<(Subj, usize, bool, bool)> {
        let mut j = cue;
        let mut negated = false;
        let mut nearest_aux: Option<&str> = None;
        while j > floor && self.is_adverbish(j - 1) {
            let w = self.lw(j - 1);
            if in_list(lx::NEGATIONS, w) || w.ends_with("n't") {
                negated = true;
            }
            if nearest_aux.is_none() && in_list(lx::AUX, w) {
                nearest_aux = Some(w);
            }
            j -= 1;
        }
        let cue_word = self.lw(cue);
        if let Some(a) = nearest_aux {
            let past_participle = cue_word.ends_with("ed") || matches!(cue_word, "told" | "sought");
            if in_list(lx::BE, a) && past_participle {
                return None; // passive: "was told", "were urged"
            }
        }
        if j > floor && self.lw(j - 1) == "to" {
            return None; // infinitive: "ready to back"
        }
        let progressive = nearest_aux.is_some_and(|a| in_list(lx::BE, a));
        let participle = participle && !progressive;
        if j <= floor {
            // Sentence start.
            return participle.then_some((Subj::Participle, cue, negated, true));
        }
        let b = j - 1;
        let bw = self.lw(b);
        if participle {
            if self.is_punct(b, ",") || self.is_punct(b, "\u{2014}") {
                return Some((Subj::Participle, b, negated, false));
            }
            if matches!(bw, "while" | "after" | "before" | "when" | "by" | "despite") {
                let fronted = b == floor || (b > floor && self.is_punct(b - 1, ","));
                return Some((Subj::Participle, b, negated, fronted || b == floor));
            }
            return None;
        }
        if matches!(bw, "and" | "but" | "yet") {
            return Some((Subj::Coordinated, b, negated, false));
        }
        if matches!(bw, "he" | "she" | "it" | "they") {
            if b > floor && self.dependent_before(b - 1) {
                return None;
            }
            return Some((Subj::Pronoun(b), b, negated, false));
        }
        if bw == "who" {
            // "Lavrov, who said …": the phrase before the relative.
            let mut k = b;
            if k > floor && self.is_punct(k - 1, ",") {
                k -= 1;
            }
            let np = self.np_left(k.checked_sub(1)?, floor)?;
            return Some((
                Subj::Np {
                    main: np,
                    appos: None,
                },
                np.0,
                negated,
                false,
            ));
        }
        if self.is_punct(b, ",") {
            // An appositive: "Peskov, the Kremlin spokesman, said".
            let lo = b.saturating_sub(16).max(floor);
            let open = (lo..b).rev().find(|&k| self.is_punct(k, ","))?;
            let appos = (open + 1, b);
            let np = self.np_left(open.checked_sub(1)?, floor)?;
            if np.0 > floor && self.dependent_before(np.0 - 1) {
                return None;
            }
            return Some((
                Subj::Np {
                    main: np,
                    appos: Some(appos),
                },
                np.0,
                negated,
                false,
            ));
        }
        let np = self.np_left(b, floor)?;
        if np.0 > floor && self.dependent_before(np.0 - 1) {
            return None;
        }
        Some((
            Subj::Np {
                main: np,
                appos: None,
            },
            np.0,
            negated,
            false,
        ))
    }

    /// Whether token `i` makes the clause after it dependent ("that", "which",
    /// a verb of saying, "to").
    fn dependent_before(&self, i: usize) -> bool {
        let w = self.lw(i);
        in_list(lx::DEPENDENT, w)
            || self
                .cue_at(i)
                .is_some_and(|(_, st, _)| st == CueStance::Say && !w.ends_with("ing"))
    }

    /// Where the content of a cue ending at token `k` starts.
    fn content_start(&self, cue_tok: usize, k: usize, end: usize) -> usize {
        // "said on Monday that …", "told reporters that …".
        for t in k..(k + 7).min(end) {
            if self.is_quote_mark(t) || self.is_punct(t, ";") || self.is_terminal(t) {
                break;
            }
            if self.lw(t) == "that" {
                return t + 1;
            }
            // Not past another verb or clause: "said the strike was
            // unjustified and warned that …".
            if (self.is_punct(t, ",") && t > k)
                || matches!(self.lw(t), "and" | "but" | "or")
                || self.cue_at(t).is_some()
                || in_list(lx::BE, self.lw(t))
            {
                break;
            }
        }
        let mut k = k;
        if in_list(lx::TELL, self.lw(cue_tok)) {
            while k < end
                && (in_list(lx::LISTENERS, self.lw(k)) || self.is_cap(k))
                && self.is_word(k)
            {
                k += 1;
            }
        }
        while k < end && (self.is_punct(k, ":") || self.is_punct(k, ",")) {
            k += 1;
        }
        k
    }

    fn events(&self) -> Vec<Event> {
        let mut events: Vec<Event> = Vec::new();
        let mut consumed = vec![false; self.toks.len()];
        let mut attributed = vec![false; self.quotes.len()];
        // 1. Quotations with a cue after or before them.
        for (qi, q) in self.quotes.iter().enumerate() {
            let a = self.toks.partition_point(|t| t.start < q.open);
            if self.tok_quote.get(a).copied().flatten() != Some(qi) {
                continue; // not a speech quotation (fewer than 4 words)
            }
            let close_tok = self.toks.partition_point(|t| t.start < q.close);
            if !q.implicit {
                if let Some(ev) = self.quote_after(qi, q, close_tok, &mut consumed) {
                    attributed[qi] = true;
                    events.push(ev);
                    continue;
                }
            }
            if let Some(ev) = self.quote_before(qi, q, a, &mut consumed) {
                attributed[qi] = true;
                events.push(ev);
            }
        }
        // 2. Reported speech.
        for (si, &(sa, sb)) in self.sent_toks.iter().enumerate() {
            if self.sents[si].len() > text::MAX_SENTENCE_BYTES {
                continue;
            }
            let mut i = sa;
            while i < sb {
                if consumed[i] || self.tok_quote[i].is_some() {
                    i += 1;
                    continue;
                }
                if self.lw(i) == "according" && self.lw(i + 1) == "to" && i + 2 < sb {
                    if let Some(ev) = self.according(si, i, sa, sb) {
                        events.push(ev);
                    }
                    i += 2;
                    continue;
                }
                let Some((len, stance, phrase)) = self.cue_at(i) else {
                    i += 1;
                    continue;
                };
                let first = self.tok_text(i);
                let participle = self.lw(i).ends_with("ing");
                let lower_ok =
                    first.chars().next().is_some_and(char::is_lowercase) || (participle && i == sa);
                if !lower_ok {
                    i += 1;
                    continue;
                }
                if let Some((subj, clause_start, negated, fronted)) =
                    self.subject(i, sa, participle)
                {
                    let cs = self.content_start(i, i + len, sb);
                    events.push(Event {
                        sent: si,
                        pos: i,
                        kind: Kind::Reported {
                            cue: phrase,
                            stance,
                        },
                        subj,
                        clause_start,
                        content: (cs, sb),
                        content_before: false,
                        negated,
                        fronted,
                    });
                }
                i += len;
            }
        }
        events.sort_by_key(|e| (e.sent, e.pos));
        self.bound_contents(&mut events);
        // 3. Quotations left over.
        let mut floating = Vec::new();
        for (qi, q) in self.quotes.iter().enumerate() {
            let a = self.toks.partition_point(|t| t.start < q.open);
            if attributed[qi] || self.tok_quote.get(a).copied().flatten() != Some(qi) {
                continue;
            }
            let Some(si) = self.sentence_of_byte(q.open) else {
                continue;
            };
            let lo = events.partition_point(|e| e.sent < si);
            let hi = events.partition_point(|e| e.sent <= si);
            let inside = events[lo..hi].iter().any(|e| {
                matches!(e.kind, Kind::Reported { .. } | Kind::According) && {
                    let sp = self.span_of(e.content.0, e.content.1);
                    sp.start <= q.open && q.open < sp.end
                }
            });
            if inside {
                continue;
            }
            floating.push(Event {
                sent: si,
                pos: a,
                kind: Kind::Direct {
                    quote: qi,
                    how: "standing alone, the previous speaker's".to_string(),
                },
                subj: Subj::Floating,
                clause_start: a,
                content: (a, a),
                content_before: false,
                negated: false,
                fronted: false,
            });
        }
        events.extend(floating);
        events.sort_by_key(|e| (e.sent, e.pos));
        events
    }

    /// "“…,” S said" / "“…,” said S".
    fn quote_after(
        &self,
        qi: usize,
        q: &Quote,
        close_tok: usize,
        consumed: &mut [bool],
    ) -> Option<Event> {
        let si = self.sentence_of_byte(q.close.checked_sub(1)?)?;
        let (_, sb) = self.sent_toks[si];
        let w0 = close_tok;
        let limit = sb.min(w0 + 10);
        let mut c = w0;
        while c < limit {
            if self.is_terminal(c) || self.tok_quote[c].is_some() {
                return None;
            }
            if c - w0 <= 7 {
                if let Some((len, _, phrase)) = self.cue_at(c) {
                    if !self
                        .tok_text(c)
                        .chars()
                        .next()
                        .is_some_and(char::is_lowercase)
                    {
                        c += 1;
                        continue;
                    }
                    let mut floor = w0;
                    while floor < c && self.is_punct(floor, ",") {
                        floor += 1;
                    }
                    let subj = if c > floor {
                        match self.subject(c, floor, false) {
                            Some((s @ (Subj::Np { .. } | Subj::Pronoun(_)), ..)) => Some(s),
                            _ => None,
                        }
                    } else {
                        // Inverted: "said Kremlin spokesman Dmitry Peskov".
                        self.np_right(c + len, sb).map(|np| Subj::Np {
                            main: np,
                            appos: None,
                        })
                    };
                    let subj = subj?;
                    for k in c..c + len {
                        if let Some(x) = consumed.get_mut(k) {
                            *x = true;
                        }
                    }
                    return Some(Event {
                        sent: si,
                        pos: c,
                        kind: Kind::Direct {
                            quote: qi,
                            how: format!("cue \"{phrase}\" after it"),
                        },
                        subj,
                        clause_start: c,
                        content: (c, c),
                        content_before: false,
                        negated: false,
                        fronted: false,
                    });
                }
            }
            c += 1;
        }
        None
    }

    /// "S said: “…”", "“Q1,” he said, “Q2.”".
    fn quote_before(
        &self,
        qi: usize,
        q: &Quote,
        open_tok: usize,
        consumed: &mut [bool],
    ) -> Option<Event> {
        let si = self.sentence_of_byte(q.open)?;
        let (sa, _) = self.sent_toks[si];
        let mut k = open_tok;
        let mut between = 0;
        while k > sa && between <= 3 {
            let t = k - 1;
            if self.tok_quote[t].is_some() && !self.is_quote_mark(t) {
                return None;
            }
            // Find a cue ending at t.
            for len in (1..=3).rev() {
                if t + 1 < len {
                    continue;
                }
                let s = t + 1 - len;
                if s < sa {
                    continue;
                }
                if let Some((l, _, phrase)) = self.cue_at(s) {
                    if l != len {
                        continue;
                    }
                    let participle = self.lw(s).ends_with("ing");
                    let split = consumed.get(s).copied().unwrap_or(false);
                    let (subj, ..) = self.subject(s, sa, participle)?;
                    for x in consumed.iter_mut().take(s + l).skip(s) {
                        *x = true;
                    }
                    return Some(Event {
                        sent: si,
                        pos: s,
                        kind: Kind::Direct {
                            quote: qi,
                            how: if split {
                                format!("split quotation, the same cue \"{phrase}\"")
                            } else {
                                format!("cue \"{phrase}\" before it")
                            },
                        },
                        subj,
                        clause_start: s,
                        content: (s, s),
                        content_before: false,
                        negated: false,
                        fronted: false,
                    });
                }
            }
            let w = self.lw(t);
            let skippable = self.is_punct(t, ",")
                || self.is_punct(t, ":")
                || self.is_quote_mark(t)
                || w == "that"
                || in_list(lx::LISTENERS, w);
            if !skippable {
                return None;
            }
            if self.is_word(t) {
                between += 1;
            }
            k -= 1;
        }
        None
    }

    /// "according to S, …" / "…, according to S."
    fn according(&self, si: usize, i: usize, sa: usize, sb: usize) -> Option<Event> {
        let np = self.np_right(i + 2, sb).or_else(|| {
            matches!(self.lw(i + 2), "him" | "her" | "them").then_some((i + 2, i + 3))
        })?;
        let pronoun = matches!(self.lw(np.0), "him" | "her" | "them");
        let subj = if pronoun {
            Subj::Pronoun(np.0)
        } else {
            Subj::Np {
                main: np,
                appos: None,
            }
        };
        let (content, before) = if i == sa || (i > sa && self.is_punct(i - 1, ",") && i - 1 == sa) {
            // "According to S, X."
            let mut k = np.1;
            while k < sb && !self.is_punct(k, ",") {
                k += 1;
            }
            ((k + 1, sb), false)
        } else {
            let end = if self.is_punct(i - 1, ",") { i - 1 } else { i };
            ((sa, end), true)
        };
        Some(Event {
            sent: si,
            pos: i,
            kind: Kind::According,
            subj,
            clause_start: i,
            content,
            content_before: before,
            negated: false,
            fronted: false,
        })
    }

    /// End each reported content at the next clause with its own cue, a
    /// semicolon, an attributed quotation or "according to"; fronted
    /// participle clauses end at their comma; clause-final attributions
    /// ("…, the ministry said on Monday.") take the words before them.
    fn bound_contents(&self, events: &mut [Event]) {
        let n = events.len();
        for idx in 0..n {
            let (sent, start) = (events[idx].sent, events[idx].content.0);
            let is_reported = matches!(events[idx].kind, Kind::Reported { .. });
            if !is_reported {
                continue;
            }
            let (_, sb) = self.sent_toks[sent];
            let mut end = sb;
            for e in events.iter().skip(idx + 1) {
                if e.sent != sent {
                    break;
                }
                if e.clause_start >= start {
                    end = end.min(e.clause_start);
                    break;
                }
            }
            // Attributed quotations start new material.
            let lo = events.partition_point(|e| e.sent < sent);
            let hi = events.partition_point(|e| e.sent <= sent);
            for e in &events[lo..hi] {
                {
                    if let Kind::Direct { quote, .. } = e.kind {
                        if let Some(q) = self.quotes.get(quote) {
                            let qa = self.toks.partition_point(|t| t.start < q.open);
                            if qa >= start && qa < end {
                                end = qa;
                            }
                        }
                    }
                }
            }
            let mut k = start;
            while k < end {
                if self.is_punct(k, ";")
                    || (self.lw(k) == "according" && self.lw(k + 1) == "to")
                    || (events[idx].fronted && self.is_punct(k, ","))
                {
                    end = k;
                    break;
                }
                k += 1;
            }
            // Not the joints: "…, and he reiterated".
            while end > start
                && (self.is_punct(end - 1, ",")
                    || matches!(
                        self.lw(end - 1),
                        "and" | "but" | "yet" | "while" | "as" | "or"
                    ))
            {
                end -= 1;
            }
            events[idx].content.1 = end.max(start);
        }
        // Clause-final attributions.
        let mut prev_end: HashMap<usize, usize> = HashMap::new();
        for e in events.iter_mut() {
            let (sa, _) = self.sent_toks[e.sent];
            let seg = *prev_end.get(&e.sent).unwrap_or(&sa);
            if let (Kind::Reported { stance, .. }, Subj::Np { .. } | Subj::Pronoun(_)) =
                (&e.kind, &e.subj)
            {
                if *stance == CueStance::Say
                    && e.clause_start > sa
                    && self.is_punct(e.clause_start - 1, ",")
                {
                    let (a, b) = e.content;
                    let mut k = a;
                    while k < b && !self.is_punct(k, ",") {
                        k += 1;
                    }
                    let words = (a..k).filter(|&t| self.is_word(t)).count();
                    let circumstance = words == 0
                        || (words <= 4 && in_list(lx::CIRCUMSTANCE, self.lw(a)))
                        || (words <= 4 && self.is_terminal(a));
                    if circumstance && e.clause_start - 1 > seg {
                        e.content = (seg, e.clause_start - 1);
                        e.content_before = true;
                    }
                }
            }
            if matches!(e.kind, Kind::Reported { .. } | Kind::According) {
                prev_end.insert(e.sent, e.content.1.max(e.pos + 1));
            }
        }
    }

    // --- Resolution -------------------------------------------------------

    fn resolve(&self, events: &[Event]) -> Vec<Option<Speaker>> {
        let mut st = State::default();
        let mut out: Vec<Option<Speaker>> = vec![None; events.len()];
        let mut i = 0;
        let mut next_sent_for_mention = 0usize;
        while i < events.len() {
            let sent = events[i].sent;
            // Mentions of people opening the sentences up to this one.
            while next_sent_for_mention <= sent {
                self.mention(next_sent_for_mention, &mut st);
                next_sent_for_mention += 1;
            }
            let mut j = i;
            while j < events.len() && events[j].sent == sent {
                j += 1;
            }
            // Explicit subjects first, in order; then participles and
            // coordinated verbs, which take a neighbour's speaker.
            for k in i..j {
                let sp = match &events[k].subj {
                    Subj::Np { main, appos } => self.resolve_np(*main, *appos, &mut st),
                    Subj::Pronoun(t) => st.pronoun(self.lw(*t)),
                    Subj::Floating => {
                        // A quotation inside a sentence belongs to the
                        // sentence's subject when that is a known speaker
                        // ("Weidel called the refusal “…”"); one standing
                        // alone continues the previous speaker.
                        let (sa, _) = self.sent_toks[sent];
                        let inside = events[k].pos > sa + 1;
                        let subject = if inside {
                            self.sentence_subject(sent, &mut st)
                                .filter(|s| s.party.is_some())
                                .map(|s| Speaker {
                                    how: format!("{} (subject of the sentence)", s.how),
                                    ..s
                                })
                        } else {
                            None
                        };
                        subject.or_else(|| {
                            st.last_any
                                .as_ref()
                                .filter(|(_, s)| sent.saturating_sub(*s) <= 3)
                                .map(|(sp, _)| Speaker {
                                    how: format!("{} (standing quotation)", sp.how),
                                    ..sp.clone()
                                })
                        })
                    }
                    Subj::Participle | Subj::Coordinated => continue,
                };
                if let Some(sp) = &sp {
                    st.update(sp, sent);
                }
                out[k] = sp;
            }
            for k in i..j {
                if !matches!(events[k].subj, Subj::Participle | Subj::Coordinated) {
                    continue;
                }
                let before = (i..k).rev().find_map(|x| out[x].clone());
                let after = || (k + 1..j).find_map(|x| out[x].clone());
                let sp = match events[k].subj {
                    Subj::Coordinated => before,
                    _ => before.or_else(after),
                }
                .or_else(|| self.sentence_subject(sent, &mut st));
                out[k] = sp.map(|s| Speaker {
                    how: format!("{} (same clause)", s.how),
                    ..s
                });
            }
            i = j;
        }
        out
    }

    /// The subject opening a sentence, if it is a name or alias.
    fn sentence_subject(&self, sent: usize, st: &mut State) -> Option<Speaker> {
        let (sa, sb) = *self.sent_toks.get(sent)?;
        let np = self.np_right(sa, sb)?;
        self.resolve_np(np, None, st)
    }

    /// A person named at the start of a sentence becomes the most recent
    /// person ("Vice President JD Vance struck a harsher tone. He told …").
    fn mention(&self, sent: usize, st: &mut State) {
        let Some(&(sa, sb)) = self.sent_toks.get(sent) else {
            return;
        };
        let Some(np) = self.np_right(sa, sb) else {
            return;
        };
        if np.1 >= sb || !self.is_word(np.1) || self.is_cap(np.1) {
            return;
        }
        if let Some(sp) = self.resolve_np(np, None, st) {
            if sp.person {
                st.last_person = Some((sp, sent));
            }
        }
    }

    fn resolve_np(
        &self,
        main: (usize, usize),
        appos: Option<(usize, usize)>,
        st: &mut State,
    ) -> Option<Speaker> {
        let (a, b) = main;
        if b <= a {
            return None;
        }
        let sp = self.span_of(a, b);
        let np_text = self.text.get(sp.start..sp.end)?;
        // "A ministry spokesperson, He Yadong, said": the name in apposition
        // to a role is the speaker; the role describes them.
        if let (Some((x, y)), Some(role_person)) = (appos, self.role_head(b - 1)) {
            let name_like = y > x
                && y - x <= 5
                && self.is_cap(x)
                && (x..y).all(|t| self.is_cap(t) || in_list(lx::NAME_CONNECTORS, self.lw(t)));
            if name_like {
                let s2 = self.span_of(x, y);
                let name = self.text.get(s2.start..s2.end)?.to_string();
                let found = self
                    .m
                    .aliases_in(&name)
                    .last()
                    .map(|&(s, e, p)| (p, name.get(s..e).unwrap_or("").to_string()))
                    .or_else(|| {
                        self.m
                            .aliases_in(np_text)
                            .last()
                            .map(|&(s, e, p)| (p, np_text.get(s..e).unwrap_or("").to_string()))
                    });
                let party = found
                    .as_ref()
                    .map(|x| x.0)
                    .or_else(|| (x..y).find_map(|t| st.registry.get(self.lw(t)).and_then(|r| r.1)));
                for t in x..y {
                    st.registry
                        .insert(self.lw(t).to_string(), (name.clone(), party));
                }
                return Some(Speaker {
                    name,
                    party,
                    person: role_person,
                    how: match found {
                        Some((_, al)) => format!("alias \"{al}\" (name in apposition)"),
                        None => "a name seen before (in apposition)".to_string(),
                    },
                });
            }
        }
        let aliases = self.m.aliases_in(np_text);
        let alias = aliases.iter().max_by_key(|&&(s, e, _)| (e, e - s)).copied();
        let head = b - 1;
        let role = if self.is_cap(head) {
            None
        } else {
            self.is_role(head)
        };
        // The name: trailing capitalised words after the last title word.
        let mut n = b;
        while n > a
            && self.is_cap(n - 1)
            && !in_list(lx::TITLE_WORDS, self.lw(n - 1))
            && !in_list(lx::STOP_CAPS, self.lw(n - 1))
        {
            n -= 1;
        }
        let name_toks = b - n;
        let has_title = (a..b).any(|t| self.is_cap(t) && in_list(lx::TITLE_WORDS, self.lw(t)));
        let last_low = self.lw(head).to_string();
        let institution = in_list(lx::INSTITUTION_WORDS, last_low.trim_end_matches("'s"));
        let reg = (n..b)
            .find_map(|t| st.registry.get(self.lw(t)).cloned())
            .or_else(|| {
                // A surname of a person in the profile ("Putin").
                (name_toks == 1)
                    .then(|| {
                        self.m
                            .surnames
                            .get(self.lw(b - 1))
                            .map(|full| (full.clone(), None))
                    })
                    .flatten()
            });
        let alias_text = |s: usize, e: usize| np_text.get(s..e).unwrap_or("").to_string();
        if let Some(person_role) = role {
            // "the Ukrainian leader", "a spokesperson".
            let party = alias.map(|(_, _, p)| p);
            // Spokespeople and officials speak for institutions too.
            let spokes = matches!(
                last_low.as_str(),
                "spokesman"
                    | "spokeswoman"
                    | "spokesperson"
                    | "official"
                    | "officials"
                    | "aide"
                    | "aides"
                    | "representative"
                    | "diplomat"
                    | "diplomats"
            );
            let recent = if spokes && party.is_none() {
                st.last_any.as_ref().map(|x| x.0.clone())
            } else if person_role {
                st.last_person_of(party)
            } else {
                None
            };
            return match (party, recent) {
                (None, Some(r)) => Some(Speaker {
                    how: format!("role noun \"{}\" -> {}", np_text, r.name),
                    ..r
                }),
                (Some(p), Some(r)) if r.party == Some(p) => Some(Speaker {
                    how: format!("role noun \"{}\" -> {}", np_text, r.name),
                    ..r
                }),
                (Some(p), _) => Some(Speaker {
                    name: strip_det(np_text),
                    party: Some(p),
                    person: person_role,
                    how: format!(
                        "role noun with alias \"{}\"",
                        alias.map_or(String::new(), |(s, e, _)| alias_text(s, e))
                    ),
                }),
                (None, None) => None,
            };
        }
        let person = !institution && (has_title || name_toks >= 2 || reg.is_some());
        let name = if person && name_toks >= 1 {
            let s = self.span_of(n, b);
            let nm = self.text.get(s.start..s.end).unwrap_or("").to_string();
            match &reg {
                Some((full, _)) if name_toks == 1 => full.clone(),
                _ => nm,
            }
        } else {
            strip_det(np_text)
        };
        let name = name
            .trim_end_matches("\u{2019}s")
            .trim_end_matches("'s")
            .to_string();
        let (party, how) = if let Some((s, e, p)) = alias {
            (Some(p), format!("alias \"{}\"", alias_text(s, e)))
        } else if let Some((_, Some(p))) = &reg {
            (Some(*p), "a name seen before".to_string())
        } else if let Some((x, y)) = appos {
            let sp2 = self.span_of(x, y);
            let ap = self.text.get(sp2.start..sp2.end).unwrap_or("");
            match self.m.aliases_in(ap).last() {
                Some(&(s, e, p)) => (
                    Some(p),
                    format!("alias \"{}\" in apposition", ap.get(s..e).unwrap_or("")),
                ),
                None => (None, String::new()),
            }
        } else {
            (None, String::new())
        };
        if person && name_toks >= 1 {
            for t in n..b {
                let key = self.lw(t).trim_end_matches("'s").to_string();
                if name_toks >= 2 || !st.registry.contains_key(&key) {
                    st.registry.insert(key, (name.clone(), party));
                }
            }
        }
        Some(Speaker {
            name,
            party,
            person,
            how,
        })
    }

    // --- Claims -------------------------------------------------------------

    fn claim(&self, e: &Event, sp: &Speaker) -> Option<Found> {
        let party = sp.party?;
        let (span, mode, confidence, rule_head, sent_span, cue_stance) = match &e.kind {
            Kind::Direct { quote, how } => {
                let q = self.quotes.get(*quote)?;
                let s0 = self.sentence_of_byte(q.open).unwrap_or(e.sent);
                let s1 = self
                    .sentence_of_byte(q.close.saturating_sub(1))
                    .unwrap_or(e.sent)
                    .max(e.sent);
                let sspan = Span {
                    start: self.sents.get(s0)?.start,
                    end: self.sents.get(s1)?.end,
                };
                let conf = match e.subj {
                    Subj::Floating => 0.55,
                    Subj::Pronoun(_) => 0.75,
                    _ => 0.85,
                };
                (
                    q.content,
                    Mode::Direct,
                    conf,
                    format!("direct quotation ({how})"),
                    sspan,
                    CueStance::Say,
                )
            }
            Kind::Reported { cue, stance } => {
                let (a, b) = e.content;
                if b <= a {
                    return None;
                }
                // Stance verbs keep their subject: "Moscow has dismissed …".
                let from = if *stance != CueStance::Say
                    && matches!(e.subj, Subj::Np { .. } | Subj::Pronoun(_))
                    && !e.content_before
                {
                    e.clause_start.min(a)
                } else {
                    a
                };
                let span = self.span_of(from, b);
                let conf = match e.subj {
                    Subj::Np { .. } => 0.75,
                    Subj::Pronoun(_) => 0.7,
                    _ => 0.65,
                } - if e.content_before { 0.05 } else { 0.0 };
                (
                    span,
                    Mode::Reported,
                    conf,
                    format!(
                        "reported speech (cue \"{cue}\"{})",
                        if e.content_before {
                            ", clause before it"
                        } else {
                            ""
                        }
                    ),
                    *self.sents.get(e.sent)?,
                    *stance,
                )
            }
            Kind::According => {
                let span = self.span_of(e.content.0, e.content.1);
                (
                    span,
                    Mode::Reported,
                    0.7,
                    "reported speech (\"according to\")".to_string(),
                    *self.sents.get(e.sent)?,
                    CueStance::Say,
                )
            }
        };
        let mut confidence: f64 = confidence;
        let mut span = trim_span(self.text, span);
        // A dateline is no part of what was said: "BRUSSELS, May 1 — …".
        if let Some(head) = self.text.get(span.start..span.end.min(span.start + 80)) {
            let upper = head.split_whitespace().next().is_some_and(|w| {
                w.chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
            });
            if let (true, Some(d)) = (upper, head.find(" \u{2014} ").or_else(|| head.find(" -- ")))
            {
                let skip = head[d..]
                    .find(|c: char| c.is_alphanumeric())
                    .map_or(0, |x| d + x);
                if skip > 0 {
                    span.start += skip;
                }
            }
        }
        if span.is_empty() || span.end > self.text.len() {
            return None;
        }
        // Topic: keywords in the claim, else in its sentence, else the
        // previous sentence's topic when the claim refers back to it.
        let (topic, kws, topic_how) = if let Some((t, k)) = self.best_topic(span) {
            (t, k, "keywords")
        } else if let Some((t, k)) = self.best_topic(sent_span) {
            confidence -= 0.15;
            (t, k, "keywords in the sentence")
        } else if self.refers_back(span) {
            let s0 = self.sentence_of_byte(sent_span.start)?;
            let prev = *self.sents.get(s0.checked_sub(1)?)?;
            let (t, k) = self.best_topic(prev)?;
            confidence -= 0.25;
            (t, k, "refers back to the previous sentence's keywords")
        } else {
            return None;
        };
        let (stance, condition) = self.stance(span, cue_stance, e.negated);
        if stance == Stance::Unclear {
            confidence -= 0.05;
        }
        let rule = format!(
            "{rule_head}; speaker by {}; topic by {topic_how} {}",
            if sp.how.is_empty() { "name" } else { &sp.how },
            kws.iter()
                .map(|k| format!("\"{k}\""))
                .collect::<Vec<_>>()
                .join(", ")
        );
        Some(Found {
            span,
            party,
            speaker: sp.name.clone(),
            topic,
            stance,
            mode,
            condition,
            confidence: (confidence.clamp(0.05, 0.95) * 100.0).round() / 100.0,
            rule,
            sentence: e.sent,
        })
    }

    /// The topic with most keyword hits inside `span` (ties: the earliest),
    /// and the keywords that decided it.
    fn best_topic(&self, span: Span) -> Option<(usize, Vec<String>)> {
        let a = self.hits.partition_point(|h| h.start < span.start);
        let mut counts: Vec<(usize, usize, usize)> = Vec::new(); // topic, count, first
        for h in self.hits[a..].iter().take_while(|h| h.start < span.end) {
            if h.end > span.end {
                continue;
            }
            match counts.iter_mut().find(|c| c.0 == h.topic) {
                Some(c) => c.1 += 1,
                None => counts.push((h.topic, 1, h.start)),
            }
        }
        let best = counts
            .iter()
            .max_by(|x, y| x.1.cmp(&y.1).then(y.2.cmp(&x.2)))?
            .0;
        let mut kws: Vec<String> = Vec::new();
        for h in self.hits[a..].iter().take_while(|h| h.start < span.end) {
            if h.topic == best && h.end <= span.end {
                let k = self.text.get(h.start..h.end).unwrap_or("").to_string();
                if !kws.contains(&k) {
                    kws.push(k);
                }
            }
        }
        Some((best, kws))
    }

    /// Whether the words of `span` refer back ("those demands", "the idea",
    /// "This is …").
    fn refers_back(&self, span: Span) -> bool {
        let a = self.toks.partition_point(|t| t.start < span.start);
        let b = self.toks.partition_point(|t| t.start < span.end);
        (a..b).any(|i| {
            let w = self.lw(i);
            (in_list(lx::DEMONSTRATIVES, w) && self.is_word(i + 1))
                || (w == "the" && in_list(lx::ANAPHORIC_NOUNS, self.lw(i + 1)))
        })
    }

    /// Stance from the cue, negation and the words said; and a condition.
    fn stance(&self, span: Span, cue: CueStance, negated: bool) -> (Stance, Option<String>) {
        let a = self.toks.partition_point(|t| t.start < span.start);
        let b = self.toks.partition_point(|t| t.start < span.end);
        let mut conditional: Option<(usize, bool)> = None; // token, strong
        let mut against = false;
        let mut favor = false;
        let mut first_clause = true;
        for i in a..b {
            let w = self.lw(i);
            if conditional.is_none() {
                for pat in lx::CONDITIONAL {
                    if pat
                        .iter()
                        .enumerate()
                        .all(|(k, p)| self.lw(i + k) == *p && i + k < b)
                    {
                        conditional = Some((i, !pat[0].starts_with("precondition")));
                    }
                }
            }
            if matches!(w, "but" | "although" | "though" | "while") || self.is_punct(i, ";") {
                first_clause = false;
            }
            if !first_clause {
                continue;
            }
            if in_list(lx::AGAINST_WORDS, w)
                || (in_list(lx::MODALS, w) && matches!(self.lw(i + 1), "not" | "never"))
                || (w == "rule" || w == "ruled" || w == "ruling") && self.lw(i + 1) == "out"
            {
                against = true;
            }
            if in_list(lx::FAVOR_WORDS, w) || (w == "call" && self.lw(i + 1) == "for") {
                favor = true;
            }
        }
        let condition = conditional.and_then(|(i, _)| {
            let s = self.toks.get(i)?.start;
            let t = self.text.get(s..span.end)?;
            let t = t.trim_end_matches(|c: char| {
                matches!(c, '.' | ',' | ';' | '"' | '\u{201D}' | '\u{2019}') || c.is_whitespace()
            });
            Some(one_line(t, 100)).filter(|c| !c.is_empty())
        });
        let strong = conditional.is_some_and(|(_, s)| s);
        let stance = match cue {
            CueStance::Against if negated => Stance::Unclear,
            CueStance::Against => Stance::Against,
            CueStance::Favor if negated => Stance::Against,
            CueStance::Favor if strong => Stance::Conditional,
            CueStance::Favor => Stance::Favor,
            CueStance::Say if conditional.is_some() => Stance::Conditional,
            CueStance::Say if against => Stance::Against,
            CueStance::Say if favor => Stance::Favor,
            CueStance::Say => Stance::Unclear,
        };
        (stance, condition)
    }
}

fn strip_det(s: &str) -> String {
    let t = s.trim();
    for d in ["the ", "The ", "a ", "A ", "an ", "An "] {
        if let Some(r) = t.strip_prefix(d) {
            return r.trim().to_string();
        }
    }
    t.to_string()
}

/// Trim whitespace and trailing `.,;:` from a span.
fn trim_span(text: &str, span: Span) -> Span {
    let Some(s) = text.get(span.start..span.end) else {
        return Span { start: 0, end: 0 };
    };
    let lead = s.len() - s.trim_start().len();
    let t = s
        .trim()
        .trim_end_matches(|c: char| matches!(c, '.' | ',' | ';' | ':') || c.is_whitespace());
    let start = span.start + lead;
    Span {
        start,
        end: start + t.len(),
    }
}

/// `s` on one line (whitespace collapsed), at most `max` chars, cut at a
/// word boundary with an ellipsis.
pub fn one_line(s: &str, max: usize) -> String {
    let flat: Vec<&str> = s.split_whitespace().collect();
    let flat = flat.join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let mut out = String::new();
    for w in flat.split(' ') {
        if out.chars().count() + w.chars().count() + 2 > max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    if out.is_empty() {
        out = flat.chars().take(max.saturating_sub(1)).collect();
    }
    out.push('\u{2026}');
    out
}

#[derive(Debug, Clone, Default)]
struct State {
    last_person: Option<(Speaker, usize)>,
    last_inst: Option<(Speaker, usize)>,
    last_any: Option<(Speaker, usize)>,
    /// Name word (lowercase) -> (full name, party).
    registry: HashMap<String, (String, Option<usize>)>,
    /// Most recent person per party.
    by_party: HashMap<usize, Speaker>,
}

impl State {
    fn update(&mut self, sp: &Speaker, sent: usize) {
        if sp.person {
            self.last_person = Some((sp.clone(), sent));
            if let Some(p) = sp.party {
                self.by_party.insert(p, sp.clone());
            }
        } else {
            self.last_inst = Some((sp.clone(), sent));
        }
        self.last_any = Some((sp.clone(), sent));
    }

    fn pronoun(&self, w: &str) -> Option<Speaker> {
        let (sp, kind) = match w {
            "he" | "she" | "him" | "her" => (self.last_person.as_ref(), "pronoun"),
            "it" => (self.last_inst.as_ref(), "pronoun"),
            "they" | "them" => (self.last_any.as_ref(), "pronoun"),
            _ => (None, ""),
        };
        sp.map(|(s, _)| Speaker {
            how: format!("{kind} \"{w}\" -> {}", s.name),
            ..s.clone()
        })
    }

    fn last_person_of(&self, party: Option<usize>) -> Option<Speaker> {
        match party {
            Some(p) => self.by_party.get(&p).cloned(),
            None => self.last_person.as_ref().map(|x| x.0.clone()),
        }
    }
}
