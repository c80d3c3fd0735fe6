//! Statements found in a block, before their speakers are resolved:
//! 1. quotations attributed by a cue after them ("“…,” he said") or before
//!    them ("He said: “…”"), split quotations included;
//! 2. reported speech around cue verbs outside quotations ("S said that…",
//!    "S ruled out…", "…, adding that…", "according to S, …");
//! 3. quotations left over: inside reported speech (part of it) or standing
//!    alone (they inherit the most recent speaker).
//!
//! Each pass is linear in the block, or bounded per sentence.

use std::collections::HashMap;

use super::block::{Block, POSS_S};
use super::lexicon::{class as c, CueStance};
use super::subject::{Subj, Subject};
use super::text::{self, Quote};

/// How a quotation was attributed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DirectHow {
    /// "“…,” S said".
    CueAfter(&'static str),
    /// "S said: “…”".
    CueBefore(&'static str),
    /// "“…,” S said, “…”": the second half.
    Split(&'static str),
    /// Standing alone.
    Alone,
    /// An interview's answer after its speaker's label ("Iwu-Kovač: …").
    Label,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Direct {
        quote: usize,
        how: DirectHow,
    },
    Reported {
        cue: &'static str,
        stance: CueStance,
    },
    According,
}

#[derive(Debug, Clone)]
pub struct Event {
    /// Sentence (index in the block).
    pub sent: usize,
    /// Token index used for reading order.
    pub pos: usize,
    pub kind: Kind,
    pub subj: Subj,
    /// First token of the clause (subject start or cue).
    pub clause_start: usize,
    /// What was said (token range; for reported speech).
    pub content: (usize, usize),
    /// The content is the part before the attribution ("…, S said.").
    pub content_before: bool,
    /// The cue verb is negated ("did not support").
    pub negated: bool,
    /// A sentence-initial participle clause ("While acknowledging X, S …").
    pub fronted: bool,
}

impl Event {
    fn new(sent: usize, pos: usize, kind: Kind, s: Subject) -> Event {
        Event {
            sent,
            pos,
            kind,
            subj: s.subj,
            clause_start: s.clause_start,
            content: (pos, pos),
            content_before: false,
            negated: s.negated,
            fronted: s.fronted,
        }
    }
}

/// All the events of a block, in reading order.
pub fn events(b: &Block) -> Vec<Event> {
    let mut events: Vec<Event> = Vec::new();
    let mut consumed = vec![false; b.len()];
    let mut attributed = vec![false; b.quotes.len()];
    direct(b, &mut events, &mut consumed, &mut attributed);
    for si in 0..b.sents.len() {
        reported_in_sentence(b, si, &consumed, &mut events);
    }
    events.sort_by_key(|e| (e.sent, e.pos));
    bound_contents(b, &mut events);
    let (reported_by, continued) = clause_final(b, &mut events);
    events.extend(continued);
    // Statements inside a clause that a clause-final attribution reports
    // ("Korvat and Salmira agreed …, mediators said") are its content.
    events.retain(|e| {
        !reported_by
            .iter()
            .any(|&(s, a, z, pos)| e.sent == s && e.pos != pos && e.pos >= a && e.pos < z)
    });
    let floating = floating(b, &events, &attributed);
    events.extend(floating);
    // A chronology's entry ("2019 - Draskia rejects a first draft",
    // "August 2031 - Merovy proposes a delay") records an act, not a
    // statement.
    events.retain(|e| !timeline_entry(b, e.sent));
    // An interviewer's question ("Q: The mayor says …") is no one's
    // statement.
    if !b.questions.is_empty() {
        events.retain(|e| !b.in_question(e.pos));
    }
    events.sort_by_key(|e| (e.sent, e.pos));
    events
}

/// Whether sentence `si` opens with a year (after a month's name or
/// not) and a dash: an entry of a chronology.
fn timeline_entry(b: &Block, si: usize) -> bool {
    let Some(&(sa, _)) = b.sent_toks.get(si) else {
        return false;
    };
    let t = if b.has(sa, c::CALENDAR) { sa + 1 } else { sa };
    let w = b.tok_text(t);
    let year = w.len() == 4 && w.bytes().all(|c| c.is_ascii_digit());
    year && ["-", "\u{2013}", "\u{2014}"]
        .iter()
        .any(|d| b.is_punct(t + 1, d))
}

/// 1. Quotations with a cue after or before them.
fn direct(b: &Block, events: &mut Vec<Event>, consumed: &mut [bool], attributed: &mut [bool]) {
    let (mut names, mut scanned) = (HashMap::new(), 0);
    // The person answering a transcript's "A:" labels (found once).
    let mut answering: Option<Option<(usize, usize)>> = None;
    for (qi, q) in b.quotes.iter().enumerate() {
        let a = b.tok_at(q.open);
        if b.quote_of(a) != Some(qi) {
            continue; // not a speech quotation (too few words)
        }
        if let Some(label) = q.label {
            let (la, lz) = (b.tok_at(label.start), b.tok_at(label.end));
            let Some(si) = b.sentence_of_byte(q.open) else {
                continue;
            };
            if lz > la {
                // ("Ines Rahm, chair of the Heads' Council: …": the role
                // after the comma is in apposition.)
                let comma = (la..lz).find(|&k| b.is_comma(k));
                let appos = comma.map(|k| (k + 1, lz));
                let lz = comma.unwrap_or(lz);
                let main = if lz == la + 1 && matches!(b.lw(la), "a" | "answer") {
                    // "A: …": the person interviewed.
                    // (No one named: no one's, not the last speaker's.)
                    let Some(who) = *answering.get_or_insert_with(|| interviewee(b, la)) else {
                        attributed[qi] = true;
                        continue;
                    };
                    who
                } else {
                    label_name(b, (la, lz), &mut names, &mut scanned)
                };
                attributed[qi] = true;
                let subj = Subject {
                    subj: Subj::Np { main, appos },
                    clause_start: la,
                    negated: false,
                    fronted: false,
                };
                let how = DirectHow::Label;
                events.push(Event::new(si, la, Kind::Direct { quote: qi, how }, subj));
            }
            continue;
        }
        let close_tok = b.tok_at(q.close);
        if !q.implicit {
            if let Some(ev) = quote_after(b, qi, q, close_tok, consumed) {
                attributed[qi] = true;
                events.push(ev);
                continue;
            }
        }
        if let Some(ev) = quote_before(b, qi, q, a, consumed) {
            attributed[qi] = true;
            events.push(ev);
        }
    }
}

/// An interview's label that is a last name ("Holt:") names the person
/// introduced before it ("We spoke to Mayor Maren Holt, who …"): that
/// mention's tokens (title and name), else the label's own.
/// `names` holds, for each capitalised word after another one outside
/// quotations, its last place before token `*scanned` (advanced here, so
/// a block is read once whatever the number of labels).
fn label_name(
    b: &Block,
    (la, lz): (usize, usize),
    names: &mut HashMap<String, usize>,
    scanned: &mut usize,
) -> (usize, usize) {
    while *scanned < la {
        let t = *scanned;
        if t > 0 && b.is_cap(t) && b.is_cap(t - 1) && b.quote_of(t).is_none() {
            names.insert(b.stem(t).to_string(), t);
        }
        *scanned += 1;
    }
    if lz != la + 1 {
        return (la, lz);
    }
    let Some(&t) = names.get(b.stem(la)) else {
        return (la, lz);
    };
    let mut a = t;
    while a > 0 && t - a < 4 && b.is_cap(a - 1) && !b.has(a - 1, c::STOP_CAP) {
        a -= 1;
    }
    if a == t {
        (la, lz)
    } else {
        (a, t + 1)
    }
}

/// The person a transcript with "Q:" and "A:" labels interviews, named
/// before the first answer (token `before`): after "interview with",
/// "spoke to", "talked to" ("an interview with Eva Lind"), or named
/// before with the title that follows them ("Justice Minister Eva Lind
/// said … We spoke to the minister"), else the first name set off by a
/// comma ("Eva Lind, the transport minister, has …"); outside
/// quotations.
fn interviewee(b: &Block, before: usize) -> Option<(usize, usize)> {
    let name_at = |t: usize| {
        let mut z = t;
        while z < before && z - t < 6 && b.is_cap(z) && b.quote_of(z).is_none() {
            z += 1;
        }
        (z >= t + 2).then_some((t, z))
    };
    // "the minister": the name after the first "Minister" (in capitals).
    let titled = |t: usize| {
        if b.lw(t) != "the" || t + 1 >= before || b.is_cap(t + 1) {
            return None;
        }
        let title = b.lw(t + 1);
        (0..t).find_map(|k| {
            (b.is_cap(k) && b.lw(k) == title && b.quote_of(k).is_none())
                .then(|| name_at(k + 1))
                .flatten()
        })
    };
    let introduced = (1..before).find_map(|t| {
        let lead = matches!(b.lw(t), "with" | "to")
            && matches!(
                b.lw(t - 1),
                "interview" | "spoke" | "speaks" | "talked" | "talks" | "talking" | "spoken"
            );
        if lead {
            name_at(t + 1).or_else(|| titled(t + 1))
        } else {
            None
        }
    });
    introduced.or_else(|| {
        (0..before).find_map(|t| {
            let fresh = t == 0 || !b.is_cap(t - 1);
            let name = name_at(t).filter(|_| fresh && !b.has(t, c::STOP_CAP))?;
            b.is_comma(name.1).then_some(name)
        })
    })
}

/// 2. Reported speech in one sentence.
fn reported_in_sentence(b: &Block, si: usize, consumed: &[bool], events: &mut Vec<Event>) {
    let (sa, sb) = b.sent_toks[si];
    if b.sents[si].len() > text::MAX_SENTENCE_BYTES {
        return;
    }
    let mut i = sa;
    while i < sb {
        if consumed[i] || b.quote_of(i).is_some() {
            i += 1;
            continue;
        }
        if let Some(ev) = view_of(b, si, i, sa, sb) {
            i = ev.content.0;
            events.push(ev);
            continue;
        }
        if let Some(ev) = quoted_as_saying(b, si, i, sb) {
            // (Past "saying", or past the start of what is said after it.)
            i = ev.content.0.max(ev.pos + 1);
            events.push(ev);
            continue;
        }
        if b.lw(i) == "according" && b.lw(i + 1) == "to" && i + 2 < sb {
            if let Some(ev) = according(b, si, i, sa, sb) {
                events.push(ev);
            }
            i += 2;
            continue;
        }
        let Some((len, stance, phrase)) = undecided_at(b, i).or_else(|| b.cue_at(i)) else {
            i += 1;
            continue;
        };
        if phrase == UNSAID {
            i += len;
            continue;
        }
        let participle = b.lw(i).ends_with("ing");
        let lower_ok = b.is_lower(i) || (participle && i == sa);
        // "of slogans and promises, told": a stance word right before a
        // comma has no object; a noun in a list, not a verb.
        let no_object = stance != CueStance::Say && b.is_comma(i + len);
        if !lower_ok || no_object {
            i += 1;
            continue;
        }
        if let Some(s) = b
            .subject(i, sa, participle)
            .filter(|s| !super::stance::condition_before(b, s.clause_start))
        {
            // "has not decided": what is said is the negated verb itself.
            let cs = if phrase == UNDECIDED {
                (s.clause_start..i)
                    .rev()
                    .take_while(|&k| b.is_adverbish(k))
                    .last()
                    .unwrap_or(i)
            } else {
                content_start(b, i, i + len, sb)
            };
            // ("Strand said this on national radio on Sunday", "said
            // so": what was said is elsewhere; "wants this", "regards
            // this as a matter of fairness" and "said this: …" are
            // claims.)
            if stance == CueStance::Say
                && matches!(b.lw(cs), "this" | "so")
                && (cs + 1 >= sb
                    || (!b.is_word(cs + 1) && !b.is_punct(cs + 1, ":"))
                    || (b.has(cs + 1, c::PREPOSITION) && b.lw(cs + 1) != "as"))
            {
                i += len;
                continue;
            }
            let mut ev = Event::new(
                si,
                i,
                Kind::Reported {
                    cue: phrase,
                    stance,
                },
                s,
            );
            ev.content = (cs, sb);
            events.push(ev);
        }
        i += len;
    }
}

/// The cue of one a paper quotes.
pub const QUOTED_AS_SAYING: &str = "quoted … as saying";

/// "The Herald quoted Prime Minister Aurel Danton as saying …": the
/// one quoted is the speaker, not the paper that quotes.
fn quoted_as_saying(b: &Block, si: usize, i: usize, sb: usize) -> Option<Event> {
    if !matches!(b.lw(i), "quoted" | "quotes" | "quoting") || !b.is_lower(i) {
        return None;
    }
    let k = (i + 2..(i + 16).min(sb))
        .take_while(|&k| !b.is_terminal(k) && !b.is_quote_mark(k))
        .find(|&k| b.lw(k) == "as" && b.lw(k + 1) == "saying")?;
    // ("… before the snow,” the agency quoted him as saying.": what is
    // said comes first.)
    let last = k + 2 >= sb || b.is_terminal(k + 2);
    let subj = if k == i + 2 && matches!(b.lw(i + 1), "him" | "her" | "them") {
        Subj::Pronoun(i + 1)
    } else {
        let main = b.np_right(i + 1, k)?;
        // ("quoted the foreign minister, Ana Berg, as saying": a name in
        // apposition.)
        let appos = b.name_after_comma(main.1, k);
        let end = appos.map_or(main.1, |a| a.1);
        if !(end..k).all(|t| b.is_comma(t)) {
            return None;
        }
        Subj::Np { main, appos }
    };
    let (content, clause_start) = if last {
        let sa = b.body_start(si);
        let comma = (sa..i).rev().find(|&t| b.is_comma(t))?;
        // (Up to a closing quotation mark after the comma: "… snow,”".)
        let end = if b.is_quote_mark(comma + 1) {
            comma + 2
        } else {
            comma
        };
        ((sa, end), end + usize::from(end == comma))
    } else {
        ((content_start(b, k + 1, k + 2, sb), sb), i)
    };
    if matches!(subj, Subj::Pronoun(_)) && !last {
        return None;
    }
    Some(Event {
        sent: si,
        pos: k + 1,
        kind: Kind::Reported {
            cue: QUOTED_AS_SAYING,
            stance: CueStance::Say,
        },
        subj,
        clause_start,
        content,
        content_before: last,
        negated: false,
        fronted: false,
    })
}

/// A noun of a held view: "The ministry's view is that …", "In the
/// union's account, …".
fn view_noun(w: &str) -> Option<&'static str> {
    Some(match w {
        "view" => "view",
        "position" => "position",
        "argument" => "argument",
        "contention" => "contention",
        "belief" => "belief",
        "stance" => "stance",
        "opinion" => "opinion",
        "reading" => "reading",
        "account" => "account",
        "assessment" => "assessment",
        "judgement" => "judgement",
        "judgment" => "judgment",
        "estimation" => "estimation",
        "telling" => "telling",
        "words" => "words",
        "line" => "line",
        "case" => "case",
        "complaint" => "complaint",
        _ => return None,
    })
}

/// The possessor before a view noun at `v` ("The education ministry's",
/// "its"): its tokens, or a possessive pronoun's.
fn possessor(b: &Block, v: usize, lo: usize) -> Option<Subj> {
    let p = v.checked_sub(1).filter(|&p| p >= lo)?;
    if b.has(p, c::POSSESSIVE) && matches!(b.lw(p), "his" | "her" | "its" | "their") {
        return Some(Subj::Pronoun(p));
    }
    if !b.has(p, POSS_S) {
        return None;
    }
    let mut a = p;
    while a > lo && p - a < 6 {
        let t = a - 1;
        if !b.is_word(t) || b.has(t, c::AUX | c::PREPOSITION | c::NEGATION) {
            break;
        }
        if b.has(t, c::DETERMINER) {
            a = t;
            break;
        }
        if !b.is_cap(t) && b.has(t, c::STOPWORD) {
            break;
        }
        a = t;
    }
    Some(Subj::Np {
        main: (a, p + 1),
        appos: None,
    })
}

/// A view held, at token `i`: "X's view is that CLAUSE" (what is said is
/// the clause) or, opening a sentence, "In X's view, CLAUSE".
fn view_of(b: &Block, si: usize, i: usize, sa: usize, sb: usize) -> Option<Event> {
    let noun = |t: usize| view_noun(b.lw(t));
    // "In the union's account, …" ("In its reading, …").
    let fronted = b.lw(i) == "in" && i == b.body_start(si);
    let (v, content) = if fronted {
        let v = (i + 2..(i + 8).min(sb)).find(|&t| noun(t).is_some())?;
        if !b.is_punct(v + 1, ",") {
            return None;
        }
        (v, v + 2)
    } else if noun(i).is_some() && b.lw(i + 1) == "is" && b.lw(i + 2) == "that" {
        (i, i + 3)
    } else if noun(i).is_some() && b.is_punct(i + 1, ",") {
        // "Its argument, made in a 60-page submission, is that …".
        let k = (i + 2..(i + 14).min(sb)).find(|&k| b.is_punct(k, ","))?;
        if !(b.lw(k + 1) == "is" && b.lw(k + 2) == "that") {
            return None;
        }
        (i, k + 3)
    } else {
        return None;
    };
    let phrase = noun(v)?;
    let subj = possessor(b, v, if fronted { i + 1 } else { sa })?;
    if content >= sb {
        return None;
    }
    let clause_start = match subj {
        Subj::Np { main, .. } if !fronted => main.0,
        _ => i,
    };
    let mut ev = Event::new(
        si,
        i,
        Kind::Reported {
            cue: phrase,
            stance: CueStance::Say,
        },
        Subject {
            subj,
            clause_start,
            negated: false,
            fronted: false,
        },
    );
    ev.content = (content, sb);
    Some(ev)
}

/// The phrase of an undecided statement (see [`undecided_at`]).
pub const UNDECIDED: &str = "has not decided";

/// What the writer notes was not said ("did not say whether"): no
/// statement (see [`undecided_at`]).
const UNSAID: &str = "did not say";

/// An undecided statement without a verb of saying at token `i`: "S has
/// not decided (how it will vote)", "S had not yet made up its mind".
/// Not "decided to hold a vote" (a decision taken).
fn undecided_at(b: &Block, i: usize) -> Option<(usize, CueStance, &'static str)> {
    let negated = (i.saturating_sub(3)..i).any(|k| b.is_verb_negation(k));
    // ("He did not say whether he favoured fingerprints", "She did not
    // say Drusenia would reject it": the writer notes what was not said,
    // whatever follows; no one's statement. A statement that "did not say
    // whether" leaves the question open: neutral, below.)
    if b.lw(i) == "say"
        && i >= 2
        && b.is_verb_negation(i - 1)
        && matches!(b.lw(i - 2), "did" | "does" | "do" | "has" | "have" | "had")
        && !(i >= 3
            && matches!(
                b.lw(i - 3),
                "statement" | "letter" | "communique" | "communiqué" | "declaration" | "report"
            ))
        && !matches!(b.lw(i + 1), "so" | "no" | "yes")
    {
        return Some((1, CueStance::Say, UNSAID));
    }
    let len = match b.lw(i) {
        "decided" => {
            let next = b.lw(i + 1);
            let open = b.is_terminal(i + 1)
                || b.is_comma(i + 1)
                || matches!(
                    next,
                    "how" | "whether" | "what" | "which" | "on" | "about" | "yet"
                );
            open.then_some(1)
        }
        "made" | "make" => {
            (b.lw(i + 1) == "up" && b.has(i + 2, c::POSSESSIVE) && b.lw(i + 3) == "mind")
                .then_some(4)
        }
        // "declined to say how it leaned", "refused to commit", "has
        // declined to take sides on the merger".
        "declined" | "refused" | "declines" | "refuses"
            if b.lw(i + 1) == "to"
                && (matches!(b.lw(i + 2), "say" | "commit" | "disclose" | "reveal")
                    || (b.lw(i + 2) == "take" && b.lw(i + 3) == "sides")) =>
        {
            return b.is_lower(i).then_some((3, CueStance::Say, UNDECIDED));
        }
        // "would not commit", "would not say whether it backed …".
        "commit" => {
            (b.is_terminal(i + 1) || b.is_comma(i + 1) || matches!(b.lw(i + 1), "to" | "on"))
                .then_some(1)
        }
        "say" => matches!(b.lw(i + 1), "whether" | "how" | "which" | "what" | "if").then_some(1),
        // "will decide whether to back the ban" (see `future` below).
        "decide" => matches!(b.lw(i + 1), "whether" | "how" | "if").then_some(1),
        _ => None,
    }?;
    // "will say whether it backs the ban on Monday": an answer still to
    // come.
    let future = matches!(b.lw(i), "say" | "decide")
        && i > 0
        && matches!(b.lw(i - 1), "will" | "would" | "'ll");
    ((negated || future) && b.is_lower(i)).then_some((len, CueStance::Say, UNDECIDED))
}

/// "“…,” S said" / "“…,” said S".
fn quote_after(
    b: &Block,
    qi: usize,
    q: &Quote,
    close_tok: usize,
    consumed: &mut [bool],
) -> Option<Event> {
    let si = b.sentence_of_byte(q.close.checked_sub(1)?)?;
    let (_, sb) = b.sent_toks[si];
    let w0 = close_tok;
    let limit = sb.min(w0 + 24);
    let mut c = w0;
    while c < limit {
        if b.is_terminal(c) || b.quote_of(c).is_some() {
            return None;
        }
        // ("“What next?” its leader asked", "“Who decides?” asks Piet
        // Zipp": after a quotation, asking is saying.)
        let asked = match b.lw(c) {
            "asked" => Some((1, CueStance::Say, "asked")),
            "asks" => Some((1, CueStance::Say, "asks")),
            _ => None,
        };
        let Some((len, _, phrase)) = b.cue_at(c).or(asked) else {
            c += 1;
            continue;
        };
        if !b.is_lower(c) {
            c += 1;
            continue;
        }
        let mut floor = w0;
        while floor < c && b.is_punct(floor, ",") {
            floor += 1;
        }
        let subj = if c > floor {
            match b.subject(c, floor, false) {
                Some(
                    s @ Subject {
                        subj: Subj::Np { .. } | Subj::Pronoun(_),
                        ..
                    },
                ) => Some(s),
                _ => None,
            }
        } else {
            // Inverted: "said Kremlin spokesman Dmitry Peskov", "said
            // Tuvalu's lead negotiator, Losa Teleke".
            // (Or a description: "said a retired railwayman who lives
            // by the old signal box", "said the woman behind the
            // counter, who …".)
            // (A role noun is no name: "said a man selling tools" is
            // the whole description.)
            let np = b.np_right(c + len, sb);
            // (After a verb of saying in the past or present, not a
            // participle: "…,” calling the register unworkable".)
            let saying = matches!(
                b.lw(c),
                "said" | "says" | "added" | "adds" | "asked" | "asks" | "replied" | "insisted"
            );
            let described = b
                .description_right(c + len, sb)
                .filter(|_| saying && len == 1)
                .filter(|d| np.is_none_or(|n| n.1 < d.1 && b.is_lower(n.1 - 1)));
            described.or(np).map(|np| Subject {
                subj: Subj::Np {
                    main: np,
                    appos: b.name_after_comma(np.1, sb),
                },
                clause_start: c,
                negated: false,
                fronted: false,
            })
        };
        let subj = subj?;
        for x in consumed.iter_mut().take(c + len).skip(c) {
            *x = true;
        }
        let kind = Kind::Direct {
            quote: qi,
            how: DirectHow::CueAfter(phrase),
        };
        let mut ev = Event::new(si, c, kind, subj);
        ev.negated = false;
        return Some(ev);
    }
    None
}

/// "S said: “…”", "“Q1,” he said, “Q2.”".
fn quote_before(
    b: &Block,
    qi: usize,
    q: &Quote,
    open_tok: usize,
    consumed: &mut [bool],
) -> Option<Event> {
    let si = b.sentence_of_byte(q.open)?;
    let (sa, _) = b.sent_toks[si];
    let mut k = open_tok;
    let mut between = 0;
    while k > sa && between <= 3 {
        let t = k - 1;
        if b.quote_of(t).is_some() && !b.is_quote_mark(t) {
            return None;
        }
        // A cue ending at t.
        for len in (1..=3).rev() {
            if t + 1 < len || t + 1 - len < sa {
                continue;
            }
            let s = t + 1 - len;
            let Some((l, _, phrase)) = b.cue_at(s) else {
                continue;
            };
            if l != len {
                continue;
            }
            let participle = b.lw(s).ends_with("ing");
            let split = consumed.get(s).copied().unwrap_or(false);
            let subj = b.subject(s, sa, participle)?;
            for x in consumed.iter_mut().take(s + l).skip(s) {
                *x = true;
            }
            let how = if split {
                DirectHow::Split(phrase)
            } else {
                DirectHow::CueBefore(phrase)
            };
            let mut ev = Event::new(si, s, Kind::Direct { quote: qi, how }, subj);
            ev.negated = false;
            return Some(ev);
        }
        let skippable = b.is_punct(t, ",")
            || b.is_punct(t, ":")
            || b.is_quote_mark(t)
            || b.lw(t) == "that"
            || b.has(t, c::LISTENER);
        if !skippable {
            return None;
        }
        if b.is_word(t) {
            between += 1;
        }
        k -= 1;
    }
    None
}

/// "according to S, …" / "…, according to S." A source of figures ("…,
/// according to the health ministry's tallies") reports data, not a
/// position: the event is kept (its speaker is a mention) but marked so no
/// claim is made of it.
fn according(b: &Block, si: usize, i: usize, sa: usize, sb: usize) -> Option<Event> {
    let np = b
        .np_right(i + 2, sb)
        .or_else(|| matches!(b.lw(i + 2), "him" | "her" | "them").then_some((i + 2, i + 3)))?;
    let pronoun = matches!(b.lw(np.0), "him" | "her" | "them");
    // "according to a statement from the chamber": the source is the one
    // the document is from.
    let np = match b.has(np.0, c::DETERMINER) || b.lw(np.0) == "the" {
        true if matches!(
            b.lw(np.0 + 1),
            "statement" | "report" | "letter" | "communique" | "release" | "post" | "filing"
        ) && matches!(b.lw(np.0 + 2), "from" | "by" | "of") =>
        {
            b.np_right(np.0 + 3, sb).unwrap_or(np)
        }
        _ => np,
    };
    let subj = if pronoun {
        Subj::Pronoun(np.0)
    } else {
        Subj::Np {
            main: np,
            appos: None,
        }
    };
    let (content, before) = if i == sa || (i > sa && b.is_punct(i - 1, ",") && i - 1 == sa) {
        // "According to S, X."
        let mut k = np.1;
        while k < sb && !b.is_punct(k, ",") {
            k += 1;
        }
        ((k + 1, sb), false)
    } else {
        let end = if b.is_punct(i - 1, ",") { i - 1 } else { i };
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

/// Where the content of a cue ending at token `k` starts.
fn content_start(b: &Block, cue_tok: usize, k: usize, end: usize) -> usize {
    // "said on Monday that …", "told reporters in Velshar that …".
    for t in k..(k + 9).min(end) {
        if b.is_quote_mark(t) || b.is_punct(t, ";") || b.is_terminal(t) {
            break;
        }
        // "rejected that call": a demonstrative, not a conjunction.
        if b.lw(t) == "that" && !(t == k && b.has(t + 1, c::ANAPHORIC)) {
            return t + 1;
        }
        // Not past another verb or clause: "said the strike was
        // unjustified and warned that …".
        if (b.is_punct(t, ",") && t > k)
            || matches!(b.lw(t), "and" | "but" | "or" | "so")
            || (b.lw(t) == "to" && b.is_lower(t + 1) && !b.has(t + 1, c::DETERMINER))
            || b.cue_at(t).is_some()
            || b.has(t, c::BE | c::MODAL | c::SUBJECT_PRONOUN)
        {
            break;
        }
    }
    let mut k = k;
    if b.has(cue_tok, c::TELL) {
        let first = k;
        while k < end && (b.has(k, c::LISTENER) || b.is_cap(k)) && b.is_word(k) {
            // ("told local radio the handover was …": an article after
            // the listener, not after a preposition, opens what was said.)
            if k > first && b.has(k, c::DETERMINER) && !b.has(k - 1, c::PREPOSITION | c::DETERMINER)
            {
                break;
            }
            // (An adjective only before a listener: "told local radio",
            // not "told reporters foreign troops would leave".)
            if matches!(
                b.lw(k),
                "local" | "national" | "regional" | "public" | "foreign"
            ) && !b.has(k + 1, c::LISTENER)
            {
                break;
            }
            k += 1;
        }
    }
    while k < end && (b.is_punct(k, ":") || b.is_punct(k, ",")) {
        k += 1;
    }
    k
}

/// End each reported content at the next clause with its own cue, a
/// semicolon, an attributed quotation or "according to"; fronted
/// participle clauses end at their comma.
fn bound_contents(b: &Block, events: &mut [Event]) {
    let n = events.len();
    let mut i = 0;
    while i < n {
        let sent = events[i].sent;
        let mut j = i;
        while j < n && events[j].sent == sent {
            j += 1;
        }
        // Quotations attributed in this sentence start new material.
        let quote_starts: Vec<usize> = events[i..j]
            .iter()
            .filter_map(|e| match e.kind {
                Kind::Direct { quote, .. } => b.quotes.get(quote).map(|q| b.tok_at(q.open)),
                _ => None,
            })
            .collect();
        for idx in i..j {
            // (What "…, the agency quoted him as saying" reports is
            // bounded already.)
            if !matches!(events[idx].kind, Kind::Reported { .. }) || events[idx].content_before {
                continue;
            }
            let start = events[idx].content.0;
            let (_, sb) = b.sent_toks[sent];
            let mut end = sb;
            if let Some(e) = events[idx + 1..j].iter().find(|e| e.clause_start >= start) {
                end = end.min(e.clause_start);
            }
            for &qa in &quote_starts {
                if qa >= start && qa < end {
                    end = qa;
                }
            }
            let fronted = events[idx].fronted;
            let relative = relative_cue(b, events[idx].pos);
            if let Some(k) = (start..end).find(|&k| {
                b.is_punct(k, ";")
                    || (b.lw(k) == "according" && b.lw(k + 1) == "to")
                    || (fronted && b.is_punct(k, ","))
                    || (relative && k > start && b.is_comma(k) && resumes_main_clause(b, k + 1))
            }) {
                end = k;
            }
            // Not the joints: "…, and he reiterated".
            while end > start
                && (b.is_punct(end - 1, ",")
                    || matches!(b.lw(end - 1), "and" | "but" | "yet" | "while" | "as" | "or"))
            {
                end -= 1;
            }
            events[idx].content.1 = end.max(start);
        }
        i = j;
    }
}

/// A cue in a relative clause set off by commas: "The chamber, which says
/// …, called for …".
pub fn relative_cue(b: &Block, cue: usize) -> bool {
    // (Auxiliaries and adverbs may stand between: "which has long said".)
    let mut k = cue;
    while k > 0 && cue - k < 3 && b.is_word(k - 1) && b.has(k - 1, c::AUX | c::ADVERB) {
        k -= 1;
    }
    k >= 2 && matches!(b.lw(k - 1), "which" | "who") && b.is_comma(k - 2)
}

/// Whether token `t`, after the comma closing a relative clause, goes on
/// with the main clause's verb ("…, called for", "…, has asked").
fn resumes_main_clause(b: &Block, t: usize) -> bool {
    let w = b.lw(t);
    b.is_lower(t)
        && (b.has(t, c::AUX | c::MODAL)
            || b.cue_at(t).is_some()
            || (w.ends_with("ed") && !b.has(t, c::PREPOSITION))
            || matches!(
                w,
                "met"
                    | "held"
                    | "took"
                    | "made"
                    | "gave"
                    | "sent"
                    | "spent"
                    | "won"
                    | "lost"
                    | "left"
                    | "went"
                    | "came"
                    | "brought"
                    | "wrote"
                    | "began"
                    | "chose"
                    | "sought"
            ))
}

/// What a clause-final attribution reports: (sentence, first token, end,
/// the attribution's token).
type Reported = (usize, usize, usize, usize);

/// Clause-final attributions ("…, the ministry said on Monday."): the
/// content is the words before the attribution, from the sentence's start
/// or the end of a quotation attributed before it. Returns what each
/// reports: (sentence, first token, end, the attribution's token).
/// Also the statements that go on after the attribution with "but" or
/// "and" ("He would vote against the licence, he added, but he had no
/// quarrel with chips"): each part is one.
fn clause_final(b: &Block, events: &mut [Event]) -> (Vec<Reported>, Vec<Event>) {
    let mut out = Vec::new();
    let mut continued = Vec::new();
    let mut quote_end: Option<(usize, usize)> = None; // (sentence, token)
    for e in events.iter_mut() {
        let (sa, _) = b.sent_toks[e.sent];
        let seg = match quote_end {
            Some((s, t)) if s == e.sent => t,
            _ => sa,
        };
        let say = matches!(
            e.kind,
            Kind::Reported {
                stance: CueStance::Say,
                ..
            }
        );
        let named = matches!(e.subj, Subj::Np { .. } | Subj::Pronoun(_));
        // ("… would let both governments “claim a win,” she said": the
        // comma inside a short quotation's closing mark.)
        let closing = e.clause_start > sa + 1
            && b.is_quote_mark(e.clause_start - 1)
            && b.is_comma(e.clause_start - 2);
        if say && named && e.clause_start > sa && (b.is_comma(e.clause_start - 1) || closing) {
            let (a, z) = e.content;
            let mut k = a;
            while k < z && !b.is_punct(k, ",") {
                k += 1;
            }
            let words = (a..k).filter(|&t| b.is_word(t)).count();
            // ("…, it said in a statement on Monday.": phrases of where
            // and when, up to ten words with no verb.)
            let plain = (a..k).all(|t| {
                !b.has(t, c::AUX | c::MODAL | c::SUBJECT_PRONOUN | c::BE)
                    && b.lw(t) != "that"
                    && b.cue_at(t).is_none()
            });
            let circumstance = words == 0
                || (words <= 4 && b.has(a, c::CIRCUMSTANCE))
                || (words <= 10 && plain && b.has(a, c::CIRCUMSTANCE))
                || (words <= 4 && b.is_terminal(a));
            // "The city would find the money, he said, if the region
            // matched it": the statement and its condition, around the
            // attribution.
            // ("said that if …": after "that" it is what is said.)
            let condition =
                super::stance::condition_starts(b, a) && !(a > 0 && b.lw(a - 1) == "that");
            let goes_on = matches!(b.lw(a), "but" | "and")
                && a + 2 < z
                && (b.has(a + 1, c::SUBJECT_PRONOUN) || b.has(a + 1, c::MODAL | c::AUX));
            if (circumstance || condition || goes_on) && e.clause_start - 1 > seg {
                if goes_on {
                    continued.push(e.clone());
                }
                let end = match (condition, closing) {
                    (true, _) => z,
                    (false, true) => e.clause_start,
                    (false, false) => e.clause_start - 1,
                };
                e.content = (seg, end);
                e.content_before = true;
                out.push((e.sent, seg, e.clause_start, e.pos));
            }
        }
        if let Kind::Direct { quote, .. } = e.kind {
            if let Some(q) = b.quotes.get(quote) {
                quote_end = Some((e.sent, b.tok_at(q.close)));
            }
        }
    }
    (out, continued)
}

/// 3. Quotations left over: standing alone (not inside reported speech).
fn floating(b: &Block, events: &[Event], attributed: &[bool]) -> Vec<Event> {
    let mut out = Vec::new();
    for (qi, q) in b.quotes.iter().enumerate() {
        let a = b.tok_at(q.open);
        if attributed[qi] || b.quote_of(a) != Some(qi) {
            continue;
        }
        let Some(si) = b.sentence_of_byte(q.open) else {
            continue;
        };
        let lo = events.partition_point(|e| e.sent < si);
        let hi = events.partition_point(|e| e.sent <= si);
        let inside = events[lo..hi].iter().any(|e| {
            matches!(e.kind, Kind::Reported { .. } | Kind::According) && {
                let sp = b.span_of(e.content.0, e.content.1);
                sp.start <= q.open && q.open < sp.end
            }
        });
        if inside {
            continue;
        }
        out.push(Event {
            sent: si,
            pos: a,
            kind: Kind::Direct {
                quote: qi,
                how: DirectHow::Alone,
            },
            subj: Subj::Floating,
            clause_start: a,
            content: (a, a),
            content_before: false,
            negated: false,
            fronted: false,
        });
    }
    out
}
