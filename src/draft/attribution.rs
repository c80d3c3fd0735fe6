//! Attribution: who states what, where. Rule-based and explainable: every
//! drafted claim records the rule, the cue, how the speaker was found,
//! which keywords chose the topic and what decided the stance.
//!
//! The article is read a block at a time (see [`text::blocks`]): in each,
//! statements are found ([`events`]), their speakers resolved in reading
//! order ([`speakers`], with what is remembered carried to the next block),
//! and each becomes a claim with a topic, a target, a stance and a
//! condition ([`stance`]). Time is linear in the article and memory bounded
//! by a block plus the claims.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use super::block::{Block, DIGITS};
use super::events::{self, DirectHow, Event, Kind};
use super::lexicon::{class as c, CueStance};
use super::profile::{Hit, Matchers, Proposition};
use super::speakers::{PartyFinder, Resolver, Speaker, State};
use super::stance::{self, stem, Polarity};

use super::subject::Subj;
use super::text;
use crate::model::{Mode, Span, Stance};

/// A claim found by the rules, before it becomes a model claim. Strings
/// that repeat (speakers, rules) are shared.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub span: Span,
    pub party: usize,
    pub speaker: Arc<str>,
    /// `usize::MAX` until discovery gives it one.
    pub topic: usize,
    pub stance: Stance,
    pub mode: Mode,
    pub condition: Option<Span>,
    pub confidence: f32,
    pub rule: Arc<str>,
    /// The topic's proposition the stance is toward, if the profile
    /// declares any; else the target is taken from `main`.
    pub target: Option<u32>,
    /// The main clause of what was said (for the summary and a derived
    /// target).
    pub main: Span,
    /// A stance verb ("rejected"), for the summary.
    pub cue: Option<&'static str>,
    /// A participle clause that goes on with the claim before it ("…,
    /// saying …"): merged into it whatever its topic.
    pub elaboration: bool,
    /// A verb after "but" that goes on from the claim before it ("…
    /// would keep paying but would not accept …"): when merged into it,
    /// its stance is the claim's.
    pub contrast: bool,
    /// A statement of its own beside another of the same speaker in the
    /// sentence ("S, which says A, called for B"; "S said A and urged
    /// B"): never merged with it.
    pub separate: bool,
    /// Whether anything in what was said gave the stance a reason (else
    /// it is the default, in favour).
    pub reasoned: bool,
    /// Whether its only reasons are weak ones (a bare negation, the
    /// clause after "but", a later sentence), which the party's clearer
    /// statements on the same proposition overrule.
    pub weak: bool,
    /// The sentence (in the article) the claim belongs to.
    pub sentence: usize,
}

/// What a pass over the article drafts with.
pub struct Pass<'a> {
    pub text: &'a str,
    pub body_start: usize,
    /// The profile's keywords and propositions; `None` when topics are
    /// discovered afterwards.
    pub topics: Option<(&'a Matchers, &'a [Vec<Proposition>])>,
}

/// What a pass found.
#[derive(Debug, Default)]
pub struct Outcome {
    pub found: Vec<Found>,
    /// Distinct identified speakers with a party, and without one.
    pub matched: usize,
    pub unmatched: usize,
    /// The most frequent speakers without a party (for the notice).
    pub unmatched_names: Vec<String>,
    /// Capitalised words of the article and how often each occurs (for
    /// discovery).
    pub caps: super::lexicon::WordMap<String, u32>,
    /// The party each person speaker was last resolved to.
    pub persons: HashMap<Arc<str>, usize>,
}

/// Shares equal strings (each kept once).
#[derive(Default)]
pub struct Interner(HashSet<Arc<str>>);

impl Interner {
    pub fn get(&mut self, s: &str) -> Arc<str> {
        if let Some(a) = self.0.get(s) {
            return a.clone();
        }
        let a: Arc<str> = s.into();
        if self.0.len() < 1_000_000 {
            self.0.insert(a.clone());
        }
        a
    }
}

/// A block with what is found in it before speakers are resolved (made on
/// another thread while the previous block is resolved).
struct Prepared<'t> {
    b: Block<'t>,
    hits: Vec<Hit>,
    events: Vec<Event>,
}

fn prepare<'t>(pass: &Pass<'t>, span: Span, sent_base: usize) -> Prepared<'t> {
    let b = Block::new(pass.text, span, sent_base);
    let hits = pass
        .topics
        .map(|(m, _)| block_hits(m, pass.text, span))
        .unwrap_or_default();
    let events = events::events(&b);
    Prepared { b, hits, events }
}

/// How many of the claims just made a statement's topic may go back to
/// (its speaker's own; see `ClaimCtx::previous_topic`).
const RECENT: usize = 3;

/// What is carried from block to block while claims are made.
struct Run<'p, 'a> {
    pass: &'p Pass<'a>,
    /// The article's central topic (see [`central_topic`]).
    central: Option<usize>,
    st: State,
    out: Outcome,
    interner: Interner,
}

impl Run<'_, '_> {
    /// Keep a claim, after one for each other party of a group that
    /// speaks at once ("The union and the traders said …").
    fn push_joint(&mut self, pf: &mut dyn PartyFinder, sp: &Speaker, f: Found) {
        for party in joint_parties(pf, sp, f.party) {
            let rule = self.interner.get(&format!(
                "{}; one claim for each party of the group",
                f.rule
            ));
            self.out.found.push(Found {
                party,
                rule,
                separate: true,
                ..f.clone()
            });
        }
        self.out.found.push(f);
    }

    /// Resolve the speakers of one prepared block and make its claims.
    fn block(&mut self, p: &Prepared, pf: &mut dyn PartyFinder) {
        let b = &p.b;
        let speakers = Resolver::new(b, &mut self.st, pf).resolve(&p.events);
        let ctx = ClaimCtx {
            b,
            hits: &p.hits,
            topics: self.pass.topics,
            central: self.central,
        };
        for (e, sp) in p.events.iter().zip(&speakers) {
            let Some(sp) = sp else { continue };
            let parts = ctx.topic_parts(e);
            if !parts.is_empty() {
                for part in parts {
                    let ep = Event {
                        content: part,
                        ..e.clone()
                    };
                    let found = &self.out.found;
                    let recent = &found[found.len().saturating_sub(RECENT)..];
                    if let Some(f) = ctx.claim(&ep, sp, recent, &mut self.interner) {
                        self.push_joint(pf, sp, f);
                    }
                }
                continue;
            }
            let found = &self.out.found;
            let recent = &found[found.len().saturating_sub(RECENT)..];
            let Some(f) = ctx.claim(e, sp, recent, &mut self.interner) else {
                continue;
            };
            // "would not oppose the bridge but would fight the toll": the
            // clause after "but" on another topic is a claim of its own.
            let second = ctx.contrast_on_another_topic(e, f.topic);
            // "would support the subsidy only if the state took a stake":
            // a condition that speaks of another topic is a stance on it.
            let on_condition = ctx.condition_on_another_topic(e, &f);
            self.push_joint(pf, sp, f);
            if let Some((e3, unless)) = on_condition {
                let found = &self.out.found;
                let recent = &found[found.len().saturating_sub(RECENT)..];
                if let Some(f3) = ctx.claim(&e3, sp, recent, &mut self.interner) {
                    self.out
                        .found
                        .push(wanted_condition(f3, unless, &mut self.interner));
                }
            }
            if let Some(e2) = second {
                let found = &self.out.found;
                let recent = &found[found.len().saturating_sub(RECENT)..];
                if let Some(f2) = ctx.claim(&e2, sp, recent, &mut self.interner) {
                    self.out.found.push(f2);
                }
            }
        }
        for i in 0..b.len() {
            if b.is_cap(i) {
                let w = b.tok_text(i);
                let w = w
                    .strip_suffix("'s")
                    .or_else(|| w.strip_suffix("\u{2019}s"))
                    .unwrap_or(w);
                let full = self.out.caps.len() >= 200_000;
                match self.out.caps.get_mut(w) {
                    Some(n) => *n = n.saturating_add(1),
                    None if !full => {
                        self.out.caps.insert(w.to_string(), 1);
                    }
                    None => {}
                }
            }
        }
    }
}

/// The claim on a condition's own topic (see
/// `ClaimCtx::condition_on_another_topic`): never merged with the
/// conditional claim, turned when the opposite of the condition is
/// what is asked for.
fn wanted_condition(mut f: Found, turned: bool, names: &mut Interner) -> Found {
    let mut rule = format!("{}; the condition of a conditional stance", f.rule);
    if turned {
        f.stance = match f.stance {
            Stance::Favor => Stance::Against,
            Stance::Against => Stance::Favor,
            s => s,
        };
        rule.push_str(" (its opposite asked for)");
    }
    f.rule = names.get(&rule);
    f.separate = true;
    // (The condition is the reason: the party's other statements on
    // the topic do not turn it.)
    f.reasoned = true;
    f
}

/// The other parties named by a group that speaks at once ("The Riders'
/// Union and Old Town Traders said"), besides `party`: none for a single
/// speaker.
fn joint_parties(pf: &mut dyn PartyFinder, sp: &Speaker, party: usize) -> Vec<usize> {
    if !sp.name.contains(" and ") && !sp.collective {
        return Vec::new();
    }
    let mut out: Vec<usize> = Vec::new();
    let mut named_self = false;
    for (_, _, p) in pf.mentions(&sp.name) {
        if p == party {
            named_self = true;
        } else if !out.contains(&p) {
            out.push(p);
        }
    }
    if named_self {
        out
    } else {
        Vec::new()
    }
}

/// Find the claims of `text` (already sanitised) from `body_start` on, in
/// reading order, not yet merged ([`merge`] once topics are known).
/// `progress` is told how many bytes are done. Blocks are prepared on a
/// second thread (tokens, sentences, quotations, keyword hits, events)
/// while the one before is resolved, a few blocks ahead at most.
pub fn run(pass: &Pass, pf: &mut dyn PartyFinder, progress: &mut dyn FnMut(usize)) -> Outcome {
    let blocks = text::blocks(pass.text, pass.body_start);
    let mut run = Run {
        pass,
        central: pass
            .topics
            .and_then(|(m, _)| central_topic(m, pass.text, pass.body_start)),
        st: State::default(),
        out: Outcome::default(),
        interner: Interner::default(),
    };
    let parallel =
        blocks.len() >= 2 && std::thread::available_parallelism().is_ok_and(|n| n.get() >= 2);
    let done_in_parallel = parallel
        && std::thread::scope(|s| {
            let (tx, rx) = std::sync::mpsc::sync_channel::<Prepared>(2);
            let list = blocks.clone();
            let producer = std::thread::Builder::new()
                .name("draft-blocks".into())
                .spawn_scoped(s, move || {
                    let mut base = 0usize;
                    for span in list {
                        let p = prepare(pass, span, base);
                        base += p.b.sents.len();
                        if tx.send(p).is_err() {
                            break;
                        }
                    }
                });
            if producer.is_err() {
                return false;
            }
            for p in rx {
                run.block(&p, pf);
                progress(p.b.toks.last().map_or(0, |t| t.end));
            }
            true
        });
    if !done_in_parallel {
        let mut base = 0usize;
        for span in blocks {
            let p = prepare(pass, span, base);
            base += p.b.sents.len();
            run.block(&p, pf);
            progress(span.end);
        }
    }
    let Run {
        mut st,
        mut out,
        mut interner,
        ..
    } = run;
    // "The manager of the Kellby Superstore … “…,” he says. Nordqvist
    // says …": the role's statements are the person's named later.
    for f in &mut out.found {
        if let Some((name, party)) = st.named_later.get(&f.speaker) {
            if *party == f.party {
                f.rule = interner.get(&format!("{}; named later as {name}", f.rule));
                f.speaker = name.clone();
            }
        }
    }
    out.persons = std::mem::take(&mut st.persons);
    out.matched = st.matched.len();
    out.unmatched = st.unmatched.len();
    let mut un: Vec<(&Arc<str>, &usize)> = st.unmatched.iter().collect();
    un.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    out.unmatched_names = un.iter().take(5).map(|(n, _)| n.to_string()).collect();
    out
}

/// What the article is about: the topic the headline and the lede (the
/// first paragraph of the body) name most, the headline's hits counting
/// twice (ties: the one named first).
fn central_topic(m: &Matchers, text: &str, body_start: usize) -> Option<usize> {
    let body = text.get(body_start..).unwrap_or("");
    let lead = body.len() - body.trim_start().len();
    let para = body[lead..]
        .find("\n\n")
        .map_or(body.len(), |e| lead + e)
        .min(lead + 3000);
    let mut end = body_start + para;
    while end < text.len() && !text.is_char_boundary(end) {
        end += 1;
    }
    let head = text.get(..end.min(text.len()))?;
    // topic, score, first hit
    let mut counts: Vec<(usize, usize, usize)> = Vec::new();
    for h in m.keyword_hits(head) {
        let w = if h.start < body_start { 2 } else { 1 };
        match counts.iter_mut().find(|c| c.0 == h.topic) {
            Some(c) => c.1 += w,
            None => counts.push((h.topic, w, h.start)),
        }
    }
    counts
        .iter()
        .max_by(|x, y| x.1.cmp(&y.1).then(y.2.cmp(&x.2)))
        .map(|c| c.0)
}

/// The profile's keyword hits in one block.
fn block_hits(m: &Matchers, text: &str, span: Span) -> Vec<Hit> {
    let slice = text.get(span.start..span.end).unwrap_or("");
    m.keyword_hits(slice)
        .into_iter()
        .map(|h| Hit {
            start: h.start + span.start,
            end: h.end + span.start,
            topic: h.topic,
        })
        .collect()
}

/// Merge claims of one sentence with the same party, topic and mode (in
/// place: the claims kept are moved to the front).
pub fn merge(mut found: Vec<Found>) -> Vec<Found> {
    found.sort_by_key(|f| (f.span.start, f.span.end));
    let mut names = Interner::default();
    let mut kept = 0usize;
    for i in 0..found.len() {
        let (out, rest) = found.split_at_mut(i);
        let (out, Some(f)) = (&mut out[..kept], rest.first()) else {
            break;
        };
        if let Some(g) = out.iter_mut().rev().take(4).find(|g| {
            g.sentence == f.sentence
                && g.party == f.party
                && g.mode == f.mode
                && (g.topic == f.topic || f.elaboration)
                && !f.separate
                && (!g.separate || f.elaboration)
        }) {
            g.span.start = g.span.start.min(f.span.start);
            g.span.end = g.span.end.max(f.span.end);
            g.confidence = g.confidence.max(f.confidence);
            g.rule = names.get(&format!("{} + {}", g.rule, f.rule));
            if g.condition.is_none() && f.stance == Stance::Conditional {
                g.stance = f.stance;
                g.condition = f.condition;
            } else if g.condition.is_none()
                && g.topic == f.topic
                && (f.contrast || (!g.reasoned && f.reasoned))
            {
                // (A statement without a reason for its stance takes the
                // reasoned one's: "told reporters …, adding that it would
                // ruin …".)
                g.stance = f.stance;
                g.reasoned |= f.reasoned;
                g.weak = f.weak;
            }
            continue;
        }
        found.swap(kept, i);
        kept += 1;
    }
    found.truncate(kept);
    found.shrink_to_fit();
    found.sort_by_key(|f| (f.span.start, f.span.end));
    found
}

/// A statement with no reason for its stance (drafted in favour by
/// default) takes the stance of the party's reasoned statements toward
/// the same declared proposition when most of them are against: "The
/// ban is a gift to smugglers" after the same association "rejected the
/// ban" (only the statements with a strong reason count: not those whose
/// reasons are all weak, see `weak_reason`). A statement whose only
/// reasons are weak takes the side of the party's clearer statements
/// when more of them are on the other side: "“Our customers will not miss the scooters,”"
/// after the traders backed the ban is for it. (Without a declared
/// proposition each claim's target is its own clause, and stances
/// toward different targets say nothing of each other.)
pub fn settle_unreasoned(found: &mut [Found]) {
    let mut names = Interner::default();
    let sides = |found: &[Found]| {
        let mut sides: HashMap<(usize, usize, u32), (u32, u32)> = HashMap::new();
        for f in found.iter().filter(|f| f.reasoned && !f.weak) {
            let Some(target) = f.target else { continue };
            let side = sides.entry((f.party, f.topic, target)).or_default();
            match f.stance {
                Stance::Favor => side.0 += 1,
                Stance::Against => side.1 += 1,
                _ => {}
            }
        }
        sides
    };
    let strong = sides(found);
    for f in found.iter_mut() {
        let side = |sides: &HashMap<(usize, usize, u32), (u32, u32)>| {
            f.target
                .and_then(|t| sides.get(&(f.party, f.topic, t)))
                .copied()
        };
        let turn = match f.stance {
            // (Only on the party's strong reasons: a bare negation, a
            // clause after "but" are too often wrong to turn another.)
            Stance::Favor if !f.reasoned => {
                side(&strong).is_some_and(|(favor, against)| against > favor)
            }
            Stance::Favor if f.weak => {
                side(&strong).is_some_and(|(favor, against)| against > favor)
            }
            Stance::Against if f.weak => {
                side(&strong).is_some_and(|(favor, against)| favor > against)
            }
            _ => false,
        };
        if turn {
            let why = if f.reasoned {
                "clearer statements"
            } else {
                "reasoned statements"
            };
            f.stance = if f.stance == Stance::Favor {
                Stance::Against
            } else {
                Stance::Favor
            };
            f.rule = names.get(&format!(
                "{}; stance as the party's {why} on the topic",
                f.rule
            ));
        }
    }
}

/// A reason for a stance that says little by itself: a bare negation
/// ("Six wolves will not change that"), the clause after "but", a later
/// sentence of the quotation, "not …" setting an alternative aside.
fn weak_reason(r: &str) -> bool {
    r.starts_with("negation ")
        || r.starts_with("the clause after ")
        || r.starts_with("a later sentence of the quotation")
        || r.ends_with(" sets an alternative aside")
}

/// Whether what was said, `a..z`, only relays what someone else told the
/// speaker ("said the finance director had told her that closing schools
/// would save 2.4 million"): hearsay, no position of the speaker's. (Not
/// the speaker's own telling: "said she had told the minister".)
fn relayed(b: &Block, a: usize, z: usize) -> bool {
    let Some(h) = (a + 1..(a + 10).min(z)).find(|&k| b.lw(k) == "had") else {
        return false;
    };
    let told = match b.lw(h + 1) {
        "told" => matches!(b.lw(h + 2), "her" | "him" | "them" | "me" | "us"),
        "said" => true,
        _ => false,
    };
    told && (a..h).all(|k| b.is_word(k))
        && !matches!(
            b.lw(a),
            "she" | "he" | "they" | "we" | "i" | "it" | "its" | "her" | "his" | "their"
        )
}

/// What a claim is made from in one block.
struct ClaimCtx<'a, 't> {
    b: &'a Block<'t>,
    hits: &'a [Hit],
    topics: Option<(&'a Matchers, &'a [Vec<Proposition>])>,
    central: Option<usize>,
}

/// The parts of a statement before its topic and stance.
struct Said {
    span: Span,
    mode: Mode,
    confidence: f32,
    head: String,
    sentence: Span,
    cue: CueStance,
    phrase: Option<&'static str>,
    /// What was said (tokens).
    content: (usize, usize),
}

impl ClaimCtx<'_, '_> {
    fn said(&self, e: &Event) -> Option<Said> {
        let b = self.b;
        match e.kind {
            Kind::Direct { quote, how } => {
                let q = b.quotes.get(quote)?;
                // (A part of the quotation on a topic of its own: see
                // `topic_parts`.)
                let part = (e.content.1 > e.content.0).then(|| b.span_of(e.content.0, e.content.1));
                let content = part.unwrap_or(q.content);
                let (open, close) = part.map_or((q.open, q.close), |p| (p.start, p.end));
                let s0 = b.sentence_of_byte(open).unwrap_or(e.sent);
                let s1 = b
                    .sentence_of_byte(close.saturating_sub(1))
                    .unwrap_or(e.sent)
                    .max(if part.is_some() { s0 } else { e.sent });
                let confidence = match e.subj {
                    Subj::Floating => 0.55,
                    Subj::Pronoun(_) => 0.75,
                    _ => 0.85,
                };
                let head = match how {
                    DirectHow::CueAfter(p) => format!("direct quotation (cue \"{p}\" after it)"),
                    DirectHow::CueBefore(p) => format!("direct quotation (cue \"{p}\" before it)"),
                    DirectHow::Split(p) => {
                        format!("direct quotation (split quotation, the same cue \"{p}\")")
                    }
                    DirectHow::Alone => "direct quotation (standing alone)".to_string(),
                    DirectHow::Label => "interview answer (after the speaker's label)".to_string(),
                };
                let head = if part.is_some() {
                    format!("{head}, the part on its own topic")
                } else {
                    head
                };
                Some(Said {
                    span: content,
                    mode: Mode::Direct,
                    confidence,
                    head,
                    sentence: Span {
                        start: b.sents.get(s0)?.start,
                        end: b.sents.get(s1)?.end,
                    },
                    cue: CueStance::Say,
                    phrase: None,
                    content: (b.tok_at(content.start), b.tok_at(content.end)),
                })
            }
            Kind::Reported { cue, stance } => self.reported(e, cue, stance),
            Kind::According => {
                if self.statistic(e) {
                    return None;
                }
                Some(Said {
                    span: b.span_of(e.content.0, e.content.1),
                    mode: Mode::Reported,
                    confidence: 0.7,
                    head: "reported speech (\"according to\")".to_string(),
                    sentence: *b.sents.get(e.sent)?,
                    cue: CueStance::Say,
                    phrase: None,
                    content: e.content,
                })
            }
        }
    }

    fn reported(&self, e: &Event, cue: &'static str, stance: CueStance) -> Option<Said> {
        let b = self.b;
        let (a, z) = e.content;
        // Stance verbs keep their subject: "Moscow has dismissed …".
        let keep_subject = stance != CueStance::Say
            && matches!(e.subj, Subj::Np { .. } | Subj::Pronoun(_))
            && !e.content_before;
        // ("The party remains opposed.": a stance without an object is
        // said by its clause.)
        // ("rejected that." too.)
        // ("Labour will vote against.", "The Greens were against.")
        let vote_against = b.lw(e.pos + 1) == "against" && b.is_terminal(e.pos + 2);
        let bare = keep_subject
            && z > a
            && (b.lw(e.pos) == "opposed" || vote_against || self.at_what_was_said(e));
        if !bare && (z <= a || !(a..z).any(|t| b.is_word(t))) {
            return None;
        }
        if relayed(b, a, z) {
            return None;
        }
        // ("Tarn announced the airport in 2029": an act, not what was
        // said; "announced that …", "announced plans to …" are said.)
        if matches!(cue, "announced" | "announces")
            && b.lw(a) == "the"
            && !(a..z).any(|k| matches!(b.lw(k), "plan" | "plans" | "decision" | "intention"))
        {
            return None;
        }
        let from = if keep_subject {
            e.clause_start.min(a)
        } else {
            a
        };
        let confidence = match e.subj {
            Subj::Np { .. } => 0.75,
            Subj::Pronoun(_) => 0.7,
            _ => 0.65,
        } - if e.content_before { 0.05 } else { 0.0 };
        let before = if e.content_before {
            ", clause before it"
        } else {
            ""
        };
        Some(Said {
            span: b.span_of(from, z),
            mode: Mode::Reported,
            confidence,
            head: format!("reported speech (cue \"{cue}\"{before})"),
            sentence: *b.sents.get(e.sent)?,
            cue: stance,
            phrase: Some(cue),
            content: (a, z),
        })
    }

    /// Figures "according to" a source are data, not a position: numbers
    /// in what is said, or a source that is figures ("tallies").
    fn statistic(&self, e: &Event) -> bool {
        let b = self.b;
        let (a, z) = e.content;
        let numbers = (a..z).any(|t| b.has(t, DIGITS | c::NUMBER_WORD));
        let source = match e.subj {
            Subj::Np { main, .. } => (main.0..main.1).any(|t| b.has(t, c::DATA_NOUN)),
            _ => false,
        };
        numbers || source
    }

    /// The claim an event makes, if its speaker has a party and (with a
    /// profile) what was said has a topic.
    fn claim(
        &self,
        e: &Event,
        sp: &Speaker,
        recent: &[Found],
        names: &mut Interner,
    ) -> Option<Found> {
        let b = self.b;
        let prev = recent.last();
        let party = sp.party?;
        let said = self.said(e)?;
        let mut span = strip_dateline(b.text, trim_span(b.text, said.span));
        // "The chamber, which says A, called for B": B's claim starts
        // after the relative clause (a claim of its own).
        if matches!(e.kind, Kind::Reported { .. }) && !e.content_before {
            let cue = e.pos;
            let first = b.tok_at(span.start);
            if let Some(k) =
                (first..cue).find(|&k| b.cue_at(k).is_some() && events::relative_cue(b, k))
            {
                if let Some(comma) = (k..cue).rev().find(|&t| b.is_comma(t)) {
                    span.start = b.span_of(comma + 1, cue + 1).start;
                }
            }
        }
        if span.is_empty() || span.end > b.text.len() {
            return None;
        }
        let (ca, cz) = said.content;
        // The main clause: up to a new clause or a condition after it.
        let mut main_end = stance::main_clause_end(b, ca, cz);
        let mut main_start = ca;
        if let Some((t, x)) = stance::condition(b, ca, cz, e.negated) {
            if t > ca + 1 {
                main_end = main_end.min(t);
            } else if t == ca {
                // "that if X, Y": the main clause is after the condition.
                if let Some(y) = (x..cz).find(|&k| !b.is_punct(k, ",")) {
                    main_start = y;
                    main_end = stance::main_clause_end(b, y, cz);
                }
            }
        } else if matches!(e.kind, Kind::Reported { .. })
            && matches!(b.lw(ca), "if" | "unless" | "once" | "when")
        {
            // (A fronted clause that is no condition of the stance, "said
            // that if a toll was introduced, commuters should be exempt",
            // is no main clause either.)
            if let Some(y) = (ca..cz).find(|&k| b.is_comma(k)).map(|k| k + 1) {
                if y < cz {
                    main_start = y;
                    main_end = stance::main_clause_end(b, y, cz);
                }
            }
        }
        let main = strip_dateline(
            b.text,
            trim_span(b.text, b.span_of(main_start, main_end.max(main_start + 1))),
        );
        let mut confidence = said.confidence;
        let (topic, target, pol, topic_how) = match self.topics {
            Some((_, props)) => {
                let (t, kws, how, cost) = self
                    .named_topic(e)
                    .or_else(|| self.topic(main, span, said.sentence, prev))
                    .or_else(|| self.previous_topic(e, sp, recent))
                    .or_else(|| self.what_was_said_topic(e, prev))
                    .or_else(|| self.central_for(e, &said))?;
                confidence -= cost;
                let (target, mut pol) = choose_proposition(b, (ca, cz), props.get(t));
                if let (Some(p), Some((m, _))) = (pol.as_mut(), self.topics) {
                    p.topic = m.topic_words.get(t).cloned().unwrap_or_default();
                }
                (t, target, pol, format!("topic by {how} {kws}"))
            }
            None => (usize::MAX, None, None, String::new()),
        };
        // The clause after "but" decides the stance when it speaks of the
        // claim's topic or of none.
        let contrast = stance::contrast_part(b, ca, cz).filter(|&(x, y)| {
            let sp = b.span_of(x, y);
            let a = self.hits.partition_point(|h| h.start < sp.start);
            self.hits[a..]
                .iter()
                .take_while(|h| h.start < sp.end)
                .all(|h| h.topic == topic)
        });
        let mut st = stance::stance(
            b,
            (ca, cz),
            (said.cue, said.phrase),
            e.negated,
            pol.as_ref(),
            contrast,
        );
        if st.stance != Stance::Conditional
            && commentator(&sp.name)
            && stance::forecast(b, ca, main_end)
        {
            st.stance = Stance::Neutral;
            st.reasons.push("a commentator's forecast".to_string());
        }
        // "rejected that proposal": toward the proposition, the stance
        // toward the statement referred back to, turned if that
        // statement was against it.
        if let Some(p) = prev.filter(|p| {
            topic_how.contains(REFERS_BACK)
                && p.stance == Stance::Against
                && matches!(st.stance, Stance::Favor | Stance::Against)
        }) {
            st.stance = if st.stance == Stance::Favor {
                Stance::Against
            } else {
                Stance::Favor
            };
            st.reasons
                .push(format!("what it refers back to is against ({})", p.speaker));
        }
        if st.stance == Stance::Unclear {
            confidence -= 0.05;
        }
        let condition = st
            .condition
            .map(|(x, y)| trim_span(b.text, b.span_of(x, y)))
            .filter(|s| !s.is_empty());
        let mut rule = format!("{}; speaker by {}", said.head, how_text(sp));
        if !topic_how.is_empty() {
            rule.push_str("; ");
            rule.push_str(&topic_how);
        }
        if !st.reasons.is_empty() {
            rule.push_str("; stance by ");
            rule.push_str(&st.reasons.join(", "));
        }
        Some(Found {
            span,
            party,
            speaker: sp.name.clone(),
            topic,
            stance: st.stance,
            mode: said.mode,
            condition,
            confidence: ((confidence.clamp(0.05, 0.95) * 100.0).round() / 100.0),
            rule: names.get(&rule),
            target,
            main: if main.is_empty() { span } else { main },
            cue: said.phrase.filter(|_| said.cue != CueStance::Say),
            elaboration: matches!(e.subj, Subj::Participle) && !e.fronted,
            contrast: matches!(e.subj, Subj::Coordinated)
                && matches!(b.lw(e.clause_start), "but" | "yet"),
            reasoned: !st.reasons.is_empty(),
            weak: !st.reasons.is_empty() && st.reasons.iter().all(|r| weak_reason(r)),
            separate: events::relative_cue(b, e.pos)
                || (matches!(e.subj, Subj::Coordinated)
                    && !matches!(b.lw(e.clause_start), "but" | "yet")
                    && said.cue != CueStance::Say),
            sentence: b.sent_base + e.sent,
        })
    }

    /// The condition of a conditional claim `f` when it speaks only of
    /// another topic than `f`'s (with a profile): what follows its
    /// conjunction, as an event of its own, said with no stance of its
    /// cue; and whether what the speaker asks for is the opposite of the
    /// condition.
    fn condition_on_another_topic(&self, e: &Event, f: &Found) -> Option<(Event, bool)> {
        let cond = f.condition.filter(|_| f.stance == Stance::Conditional)?;
        let Kind::Reported {
            cue,
            stance: cue_stance,
        } = e.kind
        else {
            return None;
        };
        let b = self.b;
        let (t, z) = (b.tok_at(cond.start), b.tok_at(cond.end));
        // (Not a condition before the main clause, "if the ban came in,
        // the city would build bays": a case considered, not a demand.)
        if t <= e.content.0 {
            return None;
        }
        let x = (t..z).find(|&k| {
            !matches!(
                b.lw(k),
                "only"
                    | "if"
                    | "unless"
                    | "provided"
                    | "providing"
                    | "that"
                    | "as"
                    | "so"
                    | "long"
                    | "on"
                    | "condition"
            )
        })?;
        // (A condition proper: not "as soon as", "until", "once".)
        if !(t..x).any(|k| {
            matches!(
                b.lw(k),
                "if" | "unless" | "provided" | "providing" | "long" | "condition"
            )
        }) {
            return None;
        }
        let sp = b.span_of(x, z);
        let a = self.hits.partition_point(|h| h.start < sp.start);
        let mut hits = self.hits[a..].iter().take_while(|h| h.start < sp.end);
        let first = hits.next()?;
        if first.topic == f.topic || !hits.all(|h| h.topic == first.topic) {
            return None;
        }
        // What is asked for: the condition of a stance in favour ("would
        // support X if Y"), the opposite of one against ("would fight X
        // unless Y", "would not concede unless Y").
        let (m, props) = self.topics?;
        let (_, mut pol) = choose_proposition(b, (e.content.0, t), props.get(f.topic));
        if let Some(p) = pol.as_mut() {
            p.topic = m.topic_words.get(f.topic).cloned().unwrap_or_default();
        }
        let main = stance::stance(
            b,
            (e.content.0, t),
            (cue_stance, Some(cue)),
            e.negated,
            pol.as_ref(),
            None,
        );
        let unless = (t..x).any(|k| b.lw(k) == "unless");
        let turned = (main.stance == Stance::Against) != unless;
        Some((
            Event {
                kind: Kind::Reported {
                    cue,
                    stance: CueStance::Say,
                },
                content: (x, z),
                content_before: false,
                negated: false,
                ..e.clone()
            },
            turned,
        ))
    }

    /// The parts of a quotation of several sentences that speak of
    /// different topics (with a profile): runs of sentences by the topic
    /// whose keywords they hold most (a sentence with none goes with the
    /// one before). Each is a claim of its own ("We asked for this. The
    /// pouches are a waste of money." on the ban, then on the pouches).
    /// Empty when the quotation keeps to one topic.
    fn topic_parts(&self, e: &Event) -> Vec<(usize, usize)> {
        let Kind::Direct { quote, .. } = e.kind else {
            return Vec::new();
        };
        let b = self.b;
        let Some(q) = b.quotes.get(quote).filter(|_| self.topics.is_some()) else {
            return Vec::new();
        };
        let (Some(s0), Some(s1)) = (
            b.sentence_of_byte(q.content.start),
            b.sentence_of_byte(q.content.end.saturating_sub(1)),
        ) else {
            return Vec::new();
        };
        if s1 <= s0 {
            return Vec::new();
        }
        let mut parts: Vec<(usize, usize, Option<usize>)> = Vec::new();
        for si in s0..=s1 {
            let Some(sent) = b.sents.get(si) else { break };
            let (x, y) = (sent.start.max(q.content.start), sent.end.min(q.content.end));
            let a = self.hits.partition_point(|h| h.start < x);
            let mut counts: Vec<(usize, usize)> = Vec::new();
            for h in self.hits[a..].iter().take_while(|h| h.start < y) {
                match counts.iter_mut().find(|c| c.0 == h.topic) {
                    Some(c) => c.1 += 1,
                    None => counts.push((h.topic, 1)),
                }
            }
            let most = counts.iter().map(|c| c.1).max().unwrap_or(0);
            let topic = counts.iter().find(|c| c.1 == most).map(|c| c.0);
            let (tx, ty) = (b.tok_at(x), b.tok_at(y));
            match parts.last_mut() {
                Some(last) if topic.is_none() || last.2.is_none() || last.2 == topic => {
                    last.1 = ty;
                    last.2 = last.2.or(topic);
                }
                _ => parts.push((tx, ty, topic)),
            }
        }
        if parts.len() < 2 {
            return Vec::new();
        }
        parts.into_iter().map(|(x, y, _)| (x, y)).collect()
    }

    /// A reported statement whose clause after "but" (or second
    /// predicate after "and") speaks only of another topic than `topic`
    /// (with a profile) in its main clause: that clause, as an event of
    /// its own.
    fn contrast_on_another_topic(&self, e: &Event, topic: usize) -> Option<Event> {
        self.topics?;
        if !matches!(e.kind, Kind::Reported { .. }) || e.content_before {
            return None;
        }
        let b = self.b;
        let (ca, cz) = e.content;
        // (Or a second predicate: "was ready to free them and would
        // invite observers"; or a second thing said: "said it supported
        // a pipeline, and that the state should own it".)
        let and_that = (ca + 2..cz)
            .find(|&k| b.lw(k) == "and" && b.lw(k + 1) == "that")
            .map(|k| (k + 2, stance::main_clause_end(b, k + 2, cz)));
        let other = |(x, y): (usize, usize)| {
            let sp = b.span_of(x, y);
            let a = self.hits.partition_point(|h| h.start < sp.start);
            let mut hits = self.hits[a..].iter().take_while(|h| h.start < sp.end);
            let first = hits.next()?;
            // (Its main clause's topic: "and that Korst would cut
            // supplies if Veldan did not pay its debts" is on supplies.)
            let mut end = stance::main_clause_end(b, x, cz);
            if let Some((t, _)) = stance::condition(b, x, cz, false) {
                end = end.min(t);
            }
            let main_end = b.span_of(x, end.max(x + 1)).end;
            (first.topic != topic && hits.all(|h| h.topic == first.topic || h.start >= main_end))
                .then_some(x)
        };
        let x = [
            stance::contrast_part(b, ca, cz),
            stance::second_predicate(b, ca, cz),
            and_that,
        ]
        .into_iter()
        .flatten()
        .find_map(other)?;
        Some(Event {
            content: (x, cz),
            ..e.clone()
        })
    }

    /// The topic with most keyword hits inside `span`: the main clause
    /// first, then the claim, then its sentence, then the previous
    /// sentence when the claim refers back to it. With the keywords that
    /// decided it, how, and what it costs the confidence.
    fn topic(
        &self,
        main: Span,
        span: Span,
        sentence: Span,
        prev: Option<&Found>,
    ) -> Option<(usize, String, &'static str, f32)> {
        let kws = |k: Vec<String>| {
            k.iter()
                .map(|x| format!("\"{x}\""))
                .collect::<Vec<_>>()
                .join(", ")
        };
        // The main clause without a relative clause after a noun ("will
        // not sign a partial deal that leaves our villages under fire"):
        // what is done speaks of the topic more than what describes it.
        let core = self.before_relative(main);
        let b = self.b;
        // A restrictive clause ("any text that did not set a goal") is
        // part of what is said.
        let restrictive = (b.tok_at(core.end).saturating_sub(5)..b.tok_at(core.end))
            .any(|k| matches!(b.lw(k), "any" | "no" | "every"));
        let core = if restrictive { main } else { core };
        // "Asked whether small firms would be exempt, he said: “No. A
        // lorry is a lorry.”": the answer is on the question's topic.
        if let Some((t, k)) = self
            .question_asked(sentence, span)
            .or_else(|| self.interview_question(span))
        {
            return Some((t, kws(k), "the question asked", 0.1));
        }
        if core.end < main.end {
            if let Some((t, k)) = self.best_topic(core) {
                return Some((t, kws(k), "keywords in what was said", 0.0));
            }
        }
        if let Some((t, k)) = self.best_topic(main) {
            return Some((t, kws(k), "keywords in what was said", 0.0));
        }
        if let Some((t, k)) = self.best_topic(span) {
            return Some((t, kws(k), "keywords", 0.0));
        }
        // ("welcomed the plan, although its chair said …": a noun that
        // refers back outranks the keywords of a statement after it.)
        let before = match self.refers_back(main) {
            Some(_) => Span {
                start: sentence.start,
                end: span.end.min(sentence.end),
            },
            None => sentence,
        };
        if let Some((t, k)) = self.best_topic(before) {
            return Some((t, kws(k), "keywords in the sentence", 0.15));
        }
        if let Some(noun) = self.refers_back(span) {
            let b = self.b;
            let s0 = b.sentence_of_byte(sentence.start)?;
            // "rejected that call" after "… called on the government to
            // cut spending": the claim whose cue the noun names.
            if let Some(p) = prev.filter(|p| {
                let here = b.sent_base + s0;
                here > p.sentence
                    && here - p.sentence <= 2
                    && p.cue.is_some_and(|c| same_root(c, noun))
            }) {
                return Some((p.topic, String::new(), REFERS_BACK, 0.15));
            }
            let prev = *b.sents.get(s0.checked_sub(1)?)?;
            // At a paragraph's start "the plan" is the article's own.
            let new_paragraph = b
                .text
                .get(prev.end..sentence.start)
                .is_some_and(|gap| gap.matches('\n').count() >= 2);
            if let Some(t) = self.central.filter(|_| new_paragraph) {
                return Some((t, String::new(), CENTRAL, 0.25));
            }
            let Some((t, k)) = self.best_topic(prev) else {
                return self.central.map(|t| (t, String::new(), CENTRAL, 0.25));
            };
            return Some((
                t,
                kws(k),
                "refers back to the previous sentence's keywords",
                0.25,
            ));
        }
        None
    }

    /// The topic of the question a sentence opens with ("Asked whether
    /// …, she said"; "Asked about the ban, …"), when the claim comes
    /// after it, and the keywords that decided it.
    fn question_asked(&self, sentence: Span, span: Span) -> Option<(usize, Vec<String>)> {
        let b = self.b;
        let s0 = b.tok_at(sentence.start);
        let a = (s0..s0 + 3).find(|&t| b.is_word(t))?;
        let asked = b.lw(a) == "asked"
            && matches!(
                b.lw(a + 1),
                "whether" | "if" | "about" | "what" | "how" | "why" | "when" | "which" | "on"
            );
        if !asked {
            return None;
        }
        let end = (a + 2..b.tok_at(sentence.end)).find(|&t| b.is_comma(t))?;
        let question = b.span_of(a, end);
        (question.end <= span.start).then(|| self.best_topic_by(question, true))?
    }

    /// The topic of the interviewer's question ("Q: …") just before an
    /// answer ("Holt: No. …"): only the answer's label between them.
    fn interview_question(&self, span: Span) -> Option<(usize, Vec<String>)> {
        let b = self.b;
        let k = b.questions.partition_point(|q| q.end <= span.start);
        let q = *b.questions.get(k.checked_sub(1)?)?;
        let between = b.text.get(q.end..span.start)?;
        let paragraphs = between.matches("\n\n").count();
        (paragraphs == 1 && between.trim().len() <= 60 && between.trim_end().ends_with(':'))
            .then(|| self.best_topic(q))?
    }

    /// A statement without keywords that goes on from its speaker's claim
    /// just before ("“We are in the final stretch,” she said"; "She said
    /// … but urged it to consider the cost to households") keeps that
    /// claim's topic; another speaker's claim may come between (a lead
    /// sentence that gives both sides).
    fn previous_topic(
        &self,
        e: &Event,
        sp: &Speaker,
        recent: &[Found],
    ) -> Option<(usize, String, &'static str, f32)> {
        let same = |p: &&Found| p.speaker == sp.name && p.party == sp.party.unwrap_or(usize::MAX);
        let prev = recent.iter().rev().find(same)?;
        let sent = self.b.sent_base + e.sent;
        let close = sent.saturating_sub(prev.sentence) <= 2 && sent >= prev.sentence;
        let direct = matches!(e.kind, Kind::Direct { .. });
        close.then(|| {
            (
                prev.topic,
                String::new(),
                "the topic of the speaker's statement just before",
                if direct { 0.2 } else { 0.25 },
            )
        })
    }

    /// The topic of what a short quotation calls something ("called the
    /// night rule \"the single best thing in the bill\""): the keywords
    /// of the thing called, between the verb and the quotation, before
    /// those of the quotation.
    fn named_topic(&self, e: &Event) -> Option<(usize, String, &'static str, f32)> {
        let Kind::Direct { quote, .. } = e.kind else {
            return None;
        };
        let b = self.b;
        let q = b.tok_at(b.quotes.get(quote)?.open);
        let verb = (q.saturating_sub(7)..q)
            .rev()
            .take_while(|&k| b.is_word(k))
            .find(|&k| {
                matches!(
                    b.lw(k),
                    "called" | "calls" | "calling" | "dubbed" | "dubs" | "described" | "describes"
                )
            })?;
        let (t, k) = self.best_topic(b.span_of(verb + 1, q))?;
        let k: Vec<String> = k.iter().map(|x| format!("\"{x}\"")).collect();
        Some((t, k.join(", "), "keywords of what it calls so", 0.0))
    }

    /// The topic with most keyword hits inside `span`, and the keywords
    /// that decided it.
    fn best_topic(&self, span: Span) -> Option<(usize, Vec<String>)> {
        self.best_topic_by(span, false)
    }

    /// [`best_topic`](Self::best_topic), the tie broken by the latest
    /// first hit when `latest` (a question's object comes last: "whether
    /// the card would store fingerprints").
    fn best_topic_by(&self, span: Span, latest: bool) -> Option<(usize, Vec<String>)> {
        let a = self.hits.partition_point(|h| h.start < span.start);
        let inside = || {
            self.hits[a..]
                .iter()
                .take_while(|h| h.start < span.end)
                .filter(|h| h.end <= span.end)
        };
        // topic, hits, words of keywords, first hit
        let mut counts: Vec<(usize, usize, usize, usize)> = Vec::new();
        for h in inside() {
            let len = self
                .b
                .text
                .get(h.start..h.end)
                .map_or(1, |k| k.split_whitespace().count());
            match counts.iter_mut().find(|c| c.0 == h.topic) {
                Some(c) => {
                    c.1 += 1;
                    c.2 += len;
                }
                None => counts.push((h.topic, 1, len, h.start)),
            }
        }
        // Most hits; then the longer (more specific) keywords, in words;
        // then the earliest.
        let best = counts
            .iter()
            .max_by(|x, y| {
                let order = if latest { x.3.cmp(&y.3) } else { y.3.cmp(&x.3) };
                x.1.cmp(&y.1).then(x.2.cmp(&y.2)).then(order)
            })?
            .0;
        let mut kws: Vec<String> = Vec::new();
        for h in inside().filter(|h| h.topic == best) {
            let k = self.b.text.get(h.start..h.end).unwrap_or("").to_string();
            if !kws.contains(&k) {
                kws.push(k);
            }
        }
        Some((best, kws))
    }

    /// `span` up to its first relative clause after a noun ("a deal that
    /// …", "the plan, which …").
    fn before_relative(&self, span: Span) -> Span {
        let b = self.b;
        let a = b.tok_at(span.start);
        let z = b.tok_at(span.end);
        let cut = (a + 1..z).find(|&t| {
            b.has(t, c::RELATIVE)
                && b.lw(t) != "where"
                && (b.is_punct(t - 1, ",") || (b.is_word(t - 1) && !b.has(t - 1, c::AUX)))
        });
        match cut {
            Some(t) => Span {
                start: span.start,
                end: b.span_of(a, t).end,
            },
            None => span,
        }
    }

    /// Whether a stance verb's object is what was just said: "rejected
    /// that", "rejected that view" (a demonstrative, then at most a noun
    /// and the clause's end).
    fn at_what_was_said(&self, e: &Event) -> bool {
        let b = self.b;
        let Kind::Reported { cue, stance } = e.kind else {
            return false;
        };
        let t = e.pos + cue.split_whitespace().count();
        let ends = |k: usize| b.is_terminal(k) || b.is_comma(k) || b.is_punct(k, ";");
        // ("Domnia says it would welcome that", "said it would welcome
        // such a move": what is said ends in a verb of stance toward what
        // was said before.)
        let (ca, cz) = e.content;
        let last = (ca..cz).rev().find(|&k| b.is_word(k));
        let toward = last.is_some_and(|k| {
            let verb = match b.lw(k) {
                "that" | "this" | "it" => k.checked_sub(1),
                "move" | "step" | "idea" if k >= 2 && b.lw(k - 1) == "a" => {
                    (b.lw(k - 2) == "such").then(|| k - 3)
                }
                _ => None,
            };
            verb.filter(|&v| v > ca).is_some_and(|v| {
                matches!(
                    b.lw(v),
                    "welcome" | "support" | "back" | "oppose" | "reject" | "resist" | "fight"
                ) && b.has(v - 1, c::MODAL)
            })
        });
        // ("said Trellan would not stand in the way", "would not stand
        // in the way of a decision of the elected government": of what
        // is at hand.)
        let in_the_way = (ca + 3..cz).any(|k| {
            b.lw(k) == "way"
                && b.lw(k - 1) == "the"
                && b.lw(k - 2) == "in"
                && matches!(b.lw(k - 3), "stand" | "stands" | "stood")
                && (ends(k + 1) || k + 1 >= cz || b.is_quote_mark(k + 1) || b.lw(k + 1) == "of")
        });
        (stance == CueStance::Say && (toward || in_the_way))
            || (stance != CueStance::Say
                && matches!(b.lw(t), "that" | "this" | "those" | "these")
                && (ends(t + 1) || (b.is_lower(t + 1) && b.is_word(t + 1) && ends(t + 2))))
    }

    /// The topic of the claim just before (within two sentences) for a
    /// stance toward what it said ("rejected that").
    fn what_was_said_topic(
        &self,
        e: &Event,
        prev: Option<&Found>,
    ) -> Option<(usize, String, &'static str, f32)> {
        let p = prev?;
        let sent = self.b.sent_base + e.sent;
        let close = sent > p.sentence && sent - p.sentence <= 2;
        (close && self.at_what_was_said(e)).then(|| (p.topic, String::new(), REFERS_BACK, 0.25))
    }

    /// A position stated without an object of its own ("had not yet
    /// decided", "now backs it", "rejected that"): with no topic word in
    /// its sentence or the one before, it is on the article's central
    /// topic.
    fn central_for(&self, e: &Event, said: &Said) -> Option<(usize, String, &'static str, f32)> {
        let central = self.central?;
        let b = self.b;
        let (ca, cz) = said.content;
        let first = (ca..cz).find(|&t| b.is_word(t));
        let no_object = first.is_none_or(|t| {
            matches!(
                b.lw(t),
                "it" | "them" | "this" | "that" | "these" | "those" | "so"
            )
        }) || self.refers_back(b.span_of(ca, cz)).is_some();
        // ("said her members remained opposed": a side said of no object.)
        let last = (ca..cz).rev().find(|&t| b.is_word(t));
        let side_alone = last.is_some_and(|t| {
            matches!(
                b.lw(t),
                "opposed"
                    | "against"
                    | "supportive"
                    | "favour"
                    | "favor"
                    | "sceptical"
                    | "skeptical"
            ) && t > ca
                && (b.has(t - 1, c::BE)
                    || matches!(
                        b.lw(t - 1),
                        "remain" | "remains" | "remained" | "in" | "firmly"
                    ))
        });
        let position = (said.cue != CueStance::Say && no_object && !e.content_before)
            || side_alone
            || stance::declared_neutral(b, ca, cz);
        // (A quotation of a speaker of a party with no word of any
        // topic, the speaker's first: "“I lose a fifth of my customers
        // every weekend,” he says.")
        // (Or reported with the speaker's own words in it: "said the
        // authority had \"looked at the jobs and nowhere else.\"")
        let quoted =
            matches!(e.kind, Kind::Direct { .. }) || (ca..cz).any(|t| b.quote_of(t).is_some());
        (position || quoted).then(|| (central, String::new(), CENTRAL, 0.25))
    }

    /// The noun of the words of `span` that refer back ("those demands",
    /// "the idea", "that call"), if any.
    fn refers_back(&self, span: Span) -> Option<&str> {
        let b = self.b;
        let a = b.tok_at(span.start);
        let z = b.tok_at(span.end);
        (a..z)
            .find(|&i| {
                (b.has(i, c::DEMONSTRATIVE) || matches!(b.lw(i), "the" | "that"))
                    && b.has(i + 1, c::ANAPHORIC | c::PROPOSAL)
            })
            .map(|i| b.lw(i + 1))
    }
}

/// Whether a cue ("called on", "proposed") and a noun ("call",
/// "proposal") share their root: the first four letters.
/// How a topic is found when nothing near a position names one.
const CENTRAL: &str = "the article's central topic (its headline and lede)";

/// How a topic is found from the statement a noun refers back to.
const REFERS_BACK: &str = "refers back to the statement it names";

/// A speaker who comments on the others ("Two aviation analysts",
/// "economists"): forecasts are their trade, not positions.
fn commentator(name: &str) -> bool {
    name.split_whitespace().any(|w| {
        let w = w.to_lowercase();
        ["analyst", "economist", "expert", "observer", "commentator"]
            .iter()
            .any(|r| w.starts_with(r))
    })
}

fn same_root(cue: &str, noun: &str) -> bool {
    let root = |w: &str| w.chars().take(4).collect::<String>();
    noun.chars().count() >= 4 && root(cue) == root(noun)
}

fn how_text(sp: &Speaker) -> &str {
    if sp.how.is_empty() {
        "name"
    } else {
        &sp.how
    }
}

/// The proposition of a topic that the claim's words fit best (ties: the
/// first), and its polarity words.
fn choose_proposition(
    b: &Block,
    (a, z): (usize, usize),
    props: Option<&Vec<Proposition>>,
) -> (Option<u32>, Option<Polarity>) {
    let Some(props) = props.filter(|p| !p.is_empty()) else {
        return (None, None);
    };
    let words: HashSet<String> = (a..z)
        .filter(|&t| b.is_word(t))
        .map(|t| stem(b.lw(t)).into_owned())
        .collect();
    let score = |p: &Proposition| -> usize {
        let own = p
            .text
            .split(|ch: char| !ch.is_alphanumeric())
            .filter(|w| w.len() >= 4)
            .map(|w| w.to_lowercase())
            .filter(|w| words.contains(stem(w).as_ref()))
            .count();
        let kw = p
            .keywords
            .iter()
            .chain(&p.opposite)
            .filter(|k| {
                k.split_whitespace()
                    .all(|w| words.contains(stem(&w.to_lowercase()).as_ref()))
            })
            .count();
        own + 2 * kw
    };
    let mut best = 0usize;
    let mut best_score = 0usize;
    for (i, p) in props.iter().enumerate() {
        let s = score(p);
        if s > best_score {
            best = i;
            best_score = s;
        }
    }
    (
        Some(best as u32),
        props.get(best).map(Proposition::polarity),
    )
}

/// Trim whitespace and trailing `.,;:` from a span.
pub fn trim_span(text: &str, span: Span) -> Span {
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

/// A dateline is no part of what was said: "BRUSSELS, May 1 — …".
fn strip_dateline(text: &str, mut span: Span) -> Span {
    let Some(head) = text.get(span.start..span.end.min(span.start + 120)) else {
        return span;
    };
    let upper = head.split_whitespace().next().is_some_and(|w| {
        w.chars().filter(|c| c.is_alphabetic()).count() > 1
            && w.chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
    });
    if !upper {
        return span;
    }
    let dash = [" \u{2014} ", " \u{2013} ", " -- ", " - "]
        .iter()
        .filter_map(|d| head.find(d))
        .min();
    if let Some(d) = dash {
        let skip = head[d..]
            .find(|c: char| c.is_alphanumeric())
            .map_or(0, |x| d + x);
        if skip > 0 && skip < span.len() {
            span.start += skip;
        }
    }
    span
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
