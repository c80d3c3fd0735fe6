//! The stance of a claim toward its target proposition, and its condition.
//!
//! Polarity is counted over the main clause of what was said: each
//! negation ("not", "never", "no"), word of opposition ("reject", "fight",
//! "give up"), predicate of harm ("would not harm") or word the proposition
//! declares opposite to it turns the stance over, so double negations
//! ("will not hesitate", "would not rule out") come out in favour. A stance
//! verb sets the starting point ("rejected X" is against X; "did not
//! support X" too). A condition (`only if`, `unless`, `provided that`, `as
//! long as`, or `if` on a commitment: "would accept … if") makes the stance
//! `conditional`, with the condition kept.

use super::block::{Block, POSS_S};
use super::lexicon::{class as c, CueStance, CONDITIONS};
use crate::model::Stance;

/// What the profile says about a proposition: words that mean its opposite
/// and words it negates ("… without government inspection").
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Polarity {
    /// Lowercase words or phrases meaning the opposite of the proposition.
    pub opposite: Vec<Vec<String>>,
    /// Lowercase stems the proposition negates.
    pub negated: Vec<String>,
    /// The proposition's own lowercase words (of four letters or more): a
    /// verb of undoing among them is what it proposes ("suspend" for "New
    /// licences are suspended"), not its opposite.
    pub own: Vec<String>,
    /// The proposition's first figure ("rises by 12 percent" -> 12): a
    /// limit below it opposes it.
    pub figure: Option<f64>,
    /// The topic's words (label and keywords, lowercase stems): a noun of
    /// restriction among them is what the topic is about, not a
    /// restriction of the proposition ("the cap is fair" on a tuition
    /// cap whose proposition says "no more than 4,000 crowns").
    pub topic: Vec<String>,
}

/// The stance found, with its reasons and condition (token range).
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub stance: Stance,
    pub condition: Option<(usize, usize)>,
    /// End of the main clause (exclusive).
    pub main_end: usize,
    pub reasons: Vec<String>,
}

/// A crude stem: plural and possessive endings off ("subsidies" ->
/// "subsidy", "catches" -> "catch", "talks" -> "talk").
pub fn stem(w: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    let w = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix('\''))
        .unwrap_or(w);
    if w.len() > 4 {
        if let Some(s) = w.strip_suffix("ies") {
            return Cow::Owned(format!("{s}y"));
        }
        for suf in ["sses", "shes", "ches", "xes"] {
            if w.ends_with(suf) {
                return Cow::Borrowed(&w[..w.len() - 2]);
            }
        }
    }
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") {
        return Cow::Borrowed(&w[..w.len() - 1]);
    }
    Cow::Borrowed(w)
}

/// Where the main clause of `a..z` ends: a semicolon, or a new clause
/// ("but", ", saying", ", which", ", as", "so that").
pub fn main_clause_end(b: &Block, a: usize, z: usize) -> usize {
    for t in a..z {
        if b.is_punct(t, ";") || (t > a && b.is_terminal(t)) {
            return t;
        }
        // A purpose: "cut spending so that the bank could lower rates".
        if t > a + 1 && b.lw(t) == "so" && b.lw(t + 1) == "that" {
            return if b.is_punct(t - 1, ",") { t - 1 } else { t };
        }
        // A correction: "This is not a fee, it is robbery" says what the
        // first clause says (its negation and the second clause's
        // words do not cancel).
        if t > a + 1 && (correction_at(b, a, t) || only_correction(b, a, t)) {
            return t;
        }
        // A second clause with its own subject: "This land is not for
        // sale, and it is not for digging" (each says the same; their
        // negations do not cancel).
        if t > a + 1
            && b.lw(t) == "and"
            && b.is_punct(t - 1, ",")
            && b.has(t + 1, c::SUBJECT_PRONOUN)
        {
            return t - 1;
        }
        // A free adjunct: ", prompting a fight with …", ", setting up …"
        // says what follows from the main clause, not what it says.
        if t > a + 1 && free_adjunct(b, t) {
            return t - 1;
        }
        if t > a + 1 && b.has(t, c::CLAUSE_BREAK) {
            let after_comma = b.is_punct(t - 1, ",");
            // (Also "while": "We will not go back to work while this
            // company is planning …" says what they will not do.)
            let but = matches!(
                b.lw(t),
                "but" | "although" | "though" | "whereas" | "because" | "while"
            );
            if after_comma || but {
                return if after_comma { t - 1 } else { t };
            }
        }
    }
    z
}

/// A present participle opening a clause after a comma at `t`
/// (", prompting …", ", leaving …"): lowercase, "-ing", of six letters
/// or more (", being …", ", doing …" too; not ", thing"), not a noun
/// after a determiner.
fn free_adjunct(b: &Block, t: usize) -> bool {
    let w = b.lw(t);
    b.is_punct(t - 1, ",")
        && b.is_lower(t)
        && (w.len() > 5 || matches!(w, "being" | "doing"))
        && w.ends_with("ing")
        && !matches!(w, "during" | "notwithstanding")
        && !b.has(t, c::CLAUSE_BREAK)
}

/// "not X, it is Y" at the comma `t`: a negated clause corrected by a
/// clause of its own ("it is", "this is", "that's").
fn correction_at(b: &Block, a: usize, t: usize) -> bool {
    b.is_punct(t, ",")
        && matches!(b.lw(t + 1), "it" | "this" | "that" | "it's" | "that's")
        && (b.has(t + 2, c::BE) || b.lw(t + 1).ends_with("'s"))
        && (a..t).any(|k| b.lw(k) == "not" || b.lw(k).ends_with("n't"))
}

/// ", not a luxury", ", not just the first group" at `t` (the "not"):
/// an alternative set aside after a comma or a dash, to the next comma,
/// semicolon or sentence end (exclusive). Not ", not least", ", not
/// only", nor a negated verb (", not to mention", ", not because").
fn set_aside(b: &Block, t: usize, z: usize) -> Option<usize> {
    if b.lw(t) != "not" || t == 0 || !b.is_comma(t - 1) {
        return None;
    }
    let next = b.lw(t + 1);
    if matches!(
        next,
        "only" | "least" | "to" | "because" | "that" | "since" | "even" | "yet" | "if"
    ) || b.has(t + 1, c::AUX | c::MODAL)
    {
        return None;
    }
    Some(
        (t + 1..z)
            .find(|&k| b.is_comma(k) || b.is_punct(k, ";") || b.is_terminal(k))
            .unwrap_or(z),
    )
}

/// The first token after `t` that is not a quotation mark.
fn past_quote_marks(b: &Block, mut t: usize) -> usize {
    while b.is_quote_mark(t) {
        t += 1;
    }
    t
}

/// "not asking for the impossible, only for a guarantee" at the comma
/// `t`: a negated clause corrected by what "only" (or "just", "merely")
/// asks for. Not "only if", "only when", "only in return for"
/// (conditions; "only in the old town" is none).
fn only_correction(b: &Block, a: usize, t: usize) -> bool {
    let k = past_quote_marks(b, t + 1);
    b.is_punct(t, ",")
        && matches!(b.lw(k), "only" | "just" | "merely")
        && condition_at(b, k + 1, b.len()).is_none()
        && !matches!(b.lw(k + 1), "when" | "after" | "once" | "as" | "until")
        && (a..t).any(|x| b.is_verb_negation(x))
}

/// A phrasal verb that undoes or weakens its object at `t` ("water the
/// plan down", "scale back the fund"): the particle follows the verb or
/// its object (three words at most). Returns the particle's token.
fn phrasal_undo(b: &Block, t: usize, z: usize) -> Option<usize> {
    let particle = match b.lw(t) {
        "water" | "waters" | "watered" | "watering" | "tone" | "toned" | "toning" => "down",
        "scale" | "scaled" | "scaling" | "roll" | "rolled" | "rolling" => "back",
        "strike" | "strikes" | "struck" | "striking" => "down",
        // "wants the change put off", "put off the vote".
        "put" | "puts" | "putting" => "off",
        // "would tear it up", "tore up the treaty".
        "tear" | "tears" | "tore" | "torn" | "tearing" => "up",
        // (Passive, "should be set aside"; not "has set aside 2 million".)
        "set"
            if matches!(
                b.lw(t.wrapping_sub(1)),
                "be" | "been" | "is" | "was" | "were" | "are" | "being"
            ) && b.lw(t + 2) != "for" =>
        {
            "aside"
        }
        _ => return None,
    };
    (t + 1..(t + 5).min(z))
        .take_while(|&k| b.is_word(k))
        .find(|&k| b.lw(k) == particle)
}

/// "left without", "go without": the object is what is lacked.
fn privation(b: &Block, a: usize, t: usize) -> bool {
    b.lw(t) == "without"
        && t > a
        && matches!(
            b.lw(t - 1),
            "left" | "leave" | "leaves" | "leaving" | "go" | "goes" | "went" | "gone" | "going"
        )
}

/// "Without the toll the bridge cannot be built": "without" opening the
/// range `a..z` at `t` (past quotation marks), before a phrase that
/// names the topic or the proposition (to the next article, three words
/// at most; not "Without doubt"), and a negation after it in the range:
/// what is lacked is what is needed. (Only with the negation: "Without
/// a corridor," cut off from its clause says nothing.)
fn fronted_without(b: &Block, a: usize, t: usize, z: usize, pol: &Polarity) -> bool {
    if b.lw(t) != "without" || past_quote_marks(b, a) != t {
        return false;
    }
    let lacked: Vec<usize> = (t + 1..(t + 4).min(z))
        .take_while(|&k| b.is_word(k) && !(k > t + 1 && b.has(k, c::DETERMINER)))
        .collect();
    let rest = lacked.last().map_or(t + 1, |&k| k + 1);
    lacked.iter().any(|&k| names_proposition(b, k, pol)) && (rest..z).any(|k| b.is_verb_negation(k))
}

/// "not go far enough", "did not do enough": a negation at `t` that
/// asks for more; the token of "enough".
fn not_far_enough(b: &Block, t: usize, z: usize) -> Option<usize> {
    if !b.is_verb_negation(t) {
        return None;
    }
    (t + 1..(t + 5).min(z))
        .take_while(|&k| b.is_word(k))
        .find(|&k| b.lw(k) == "enough" && matches!(b.lw(k - 1), "far" | "do" | "done" | "go"))
}

/// "no time to lose", "no time to waste": urgency; "no doubt", "no
/// question that", "no hesitation": certainty. Neither is a refusal.
fn no_time_to_lose(b: &Block, t: usize) -> bool {
    b.lw(t) == "no"
        && ((b.lw(t + 1) == "time"
            && b.lw(t + 2) == "to"
            && matches!(b.lw(t + 3), "lose" | "waste"))
            || matches!(b.lw(t + 1), "doubt" | "hesitation")
            || (b.lw(t + 1) == "question" && b.lw(t + 2) == "that"))
}

/// Whether token `x` is a word of the topic or of the proposition
/// (compared by stem).
fn names_proposition(b: &Block, x: usize, pol: &Polarity) -> bool {
    let w = stem(b.lw(x));
    pol.topic.iter().any(|t| *t == w) || pol.own.iter().any(|o| stem(o) == w)
}

/// A word of restriction in a proposition ("Advertising … is banned",
/// "New licences are suspended", "Scooters are barred from …",
/// "… are forbidden"): a restriction in a claim is then what it proposes.
fn restricts(w: &str) -> bool {
    [
        "ban", "limit", "capped", "moratori", "freez", "frozen", "restrict", "suspend", "halt",
        "prohibit", "ceiling", "barred", "barring", "forbid", "forbad", "outlaw",
    ]
    .iter()
    .any(|r| w.starts_with(r))
        || matches!(w, "cap" | "caps")
}

/// A noun of restriction at `t` ("a twelve-storey limit", "a ban on
/// the bridge", "a cap on fees"): what it restricts is opposed, unless
/// the proposition itself is the restriction (or its words are unknown:
/// then the restriction is what is spoken of).
fn restriction(b: &Block, a: usize, t: usize, pol: &Polarity) -> bool {
    matches!(
        stem(b.lw(t)).as_ref(),
        "limit" | "cap" | "ban" | "moratorium" | "freeze" | "restriction" | "ceiling"
    ) && b.is_lower(t)
        && !pol.own.is_empty()
        && !pol.own.iter().any(|o| restricts(o))
        && !pol.topic.iter().any(|w| *w == stem(b.lw(t)))
        && (b.lw(t + 1) == "on"
            || (t > a && (b.has(t - 1, c::DETERMINER | POSS_S) || b.lw(t - 1).contains('-'))))
}

/// How much of the proposition's own words `a..z` holds: each word, and
/// twice more each pair of them in the proposition's order ("an outside
/// firm").
fn own_words(b: &Block, (a, z): (usize, usize), pol: &Polarity) -> usize {
    let idx = |t: usize| pol.own.iter().position(|o| stem(o) == stem(b.lw(t)));
    (a..z)
        .filter_map(|t| {
            let i = idx(t)?;
            let pair = t + 1 < z && idx(t + 1) == Some(i + 1);
            Some(1 + 2 * usize::from(pair))
        })
        .sum()
}

/// Where a second predicate joined by "and" begins in `a..z` ("had
/// not been consulted and would not accept …", "owed nothing and would
/// not pay"): each says the position, so only the first is read (their
/// negations do not cancel). `z` if there is none.
fn first_predicate_end(b: &Block, a: usize, z: usize) -> usize {
    // (Or a clause of its own with a short subject and a modal: "was a
    // mistake and we will fight it", "and the union would fight it".)
    let subject_then_modal = |t: usize| {
        // ("never offered it and we are not going to start now": a
        // negated auxiliary after a first negated predicate.)
        (t + 2..(t + 5).min(z)).any(|k| {
            (b.has(k, c::MODAL)
                || (b.has(k, c::AUX)
                    && b.is_verb_negation(k + 1)
                    && (a..t).any(|x| b.is_negator(x))))
                && (t + 1..k).all(|x| b.is_word(x) && (b.is_lower(x) || b.lw(x) == "i"))
                && matches!(
                    b.lw(t + 1),
                    "we" | "they" | "i" | "he" | "she" | "it" | "the" | "its" | "our" | "their"
                )
        })
    };
    (a + 2..z)
        .find(|&t| {
            b.lw(t) == "and"
                && ((b.is_lower(t + 1)
                    && (b.has(t + 1, c::MODAL | c::AUX) || b.is_verb_negation(t + 1))
                    && b.lw(t + 1) != "also")
                    || subject_then_modal(t))
        })
        .unwrap_or(z)
}

/// The second of two predicates joined by "and" in `a..z` ("was ready
/// to free them and would invite observers"), when it is a commitment of
/// its own ("will", "would"; not negated, not hedged by a condition):
/// from the word after "and" to the end of its clause.
pub fn second_predicate(b: &Block, a: usize, z: usize) -> Option<(usize, usize)> {
    let k = first_predicate_end(b, a, main_clause_end(b, a, z));
    let s = k + 1;
    let e = main_clause_end(b, s, z);
    let plain = !(s..e).any(|t| b.is_negator(t) || condition_starts(b, t));
    (k < z && b.lw(k) == "and" && matches!(b.lw(s), "will" | "would") && plain && e > s + 1)
        .then_some((s, e))
}

/// The roots of words of change: a proposition holding one ("The ferry is
/// closed", "Fares are raised", "Troops withdraw") is opposed by words of
/// keeping and restoring.
const CHANGE_ROOTS: &[&str] = &[
    "clos", "shut", "raise", "raising", "rise", "rising", "increas", "withdr", "phase", "phasing",
    "reduc", "lower", "abolish", "scrap", "suspend", "halt", "hike", "privatis", "privatiz",
];

/// The proposition's word of change, if it has one.
fn change_word(pol: &Polarity) -> Option<&str> {
    own_word(pol, CHANGE_ROOTS, &["ends", "ended", "ending"])
}

/// The proposition's first own word that starts with one of `roots` or
/// is one of `words`.
fn own_word<'p>(pol: &'p Polarity, roots: &[&str], words: &[&str]) -> Option<&'p str> {
    pol.own
        .iter()
        .find(|o| roots.iter().any(|r| o.starts_with(r)) || words.contains(&o.as_str()))
        .map(String::as_str)
}

/// A word of keeping or restoring at `t` ("keep the fares at", "stay
/// where they are", "restore the rebate", "will not be reopened").
fn keeps(b: &Block, t: usize) -> bool {
    let w = b.lw(t);
    let kept = [
        "keep", "kept", "stay", "maintain", "retain", "restor", "reopen", "reinstat", "preserv",
        "freez", "frozen",
    ]
    .iter()
    .any(|r| w.starts_with(r))
        && !w.starts_with("keeper");
    // "stay where they are", "stay in Holm"; not "stay Russian", "stay
    // closed" (a state, said of anything).
    let place = !w.starts_with("stay")
        || !b.is_word(t + 1)
        || b.has(t + 1, c::PREPOSITION)
        || matches!(b.lw(t + 1), "where" | "put" | "here" | "there");
    // (Or an imperative opening a quotation: "Keep the Senate, and …".)
    let opens = t == 0 || b.is_quote_mark(t - 1) || b.is_terminal(t - 1);
    kept && place && (b.is_lower(t) || opens) && b.lw(t + 1) != "up"
}

/// A declared neutrality in `a..z`: "would not take sides", "was
/// neutral on", "had no view on", "would not comment on", "declined to
/// comment"; undecided: "no decision had been taken", "had not yet
/// reached a view", "was still studying". Not "not neutral", nor "took
/// sides with".
pub(crate) fn declared_neutral(b: &Block, a: usize, z: usize) -> bool {
    let negated_before = |t: usize| {
        (t.saturating_sub(3).max(a)..t).any(|k| b.is_verb_negation(k) || b.lw(k) == "declined")
    };
    // "had not (yet) taken a position", "has not reached a view": a
    // negated verb of taking or reaching, then the noun at `t`.
    let not_reached = |t: usize| {
        let mut k = t;
        while k > a
            && matches!(
                b.lw(k - 1),
                "a" | "any" | "public" | "final" | "firm" | "clear"
            )
        {
            k -= 1;
        }
        k > a + 1
            && matches!(
                b.lw(k - 1),
                "take"
                    | "taken"
                    | "took"
                    | "reach"
                    | "reached"
                    | "made"
                    | "make"
                    | "adopted"
                    | "formed"
            )
            && (k.saturating_sub(4).max(a)..k - 1).any(|x| b.is_verb_negation(x))
    };
    // "A clear position on the ban has not been reached": the same in
    // the passive, the noun first.
    let not_been_reached = |t: usize| {
        (t + 2..(t + 9).min(z)).any(|k| {
            matches!(b.lw(k), "reached" | "taken" | "made" | "adopted" | "formed")
                && b.lw(k - 1) == "been"
                && (k.saturating_sub(4).max(t)..k).any(|x| b.is_verb_negation(x))
        })
    };
    (a..z).any(|t| match b.lw(t) {
        "neutral" => !negated_before(t),
        // "We will cross that bridge in September": when it comes.
        "bridge" => {
            t >= a + 2 && b.lw(t - 1) == "that" && matches!(b.lw(t - 2), "cross" | "crossing")
        }
        "sides" => {
            t > a
                && matches!(b.lw(t - 1), "take" | "takes" | "taking" | "took")
                && negated_before(t - 1)
        }
        "view" | "position" | "opinion" | "stance" | "preference" => {
            // ("no strong view on", "no firm position".)
            let no = |k: usize| {
                k > a
                    && (b.lw(k - 1) == "no"
                        || (k > a + 1
                            && b.lw(k - 2) == "no"
                            && matches!(b.lw(k - 1), "strong" | "firm" | "clear" | "fixed")))
            };
            // ("We have no preference for now"; "took “no view” on".)
            let next = past_quote_marks(b, t + 1);
            (no(t)
                && (matches!(b.lw(next), "on" | "about" | "over" | "between" | "yet")
                    || (b.lw(t + 1) == "for" && b.lw(t + 2) == "now")
                    || t + 1 >= z
                    || b.is_terminal(t + 1)
                    || b.is_comma(t + 1)))
                || not_reached(t)
                || not_been_reached(t)
        }
        // "would comply with any law passed", "will abide by whatever
        // the court decides": whatever the outcome.
        // ("would abide by the court's decision": whatever it is.)
        "comply" | "abide" => {
            (t + 1..(t + 4).min(z)).any(|k| matches!(b.lw(k), "any" | "whatever" | "every"))
                || (b.lw(t) == "abide" && b.lw(t + 1) == "by" && !negated_before(t))
        }
        // "would accept whatever the people decide".
        "accept" | "accepts" | "respect" | "respects" => {
            b.lw(t + 1) == "whatever" && !negated_before(t)
        }
        // "the UN takes note of the decision".
        "note" => t > a && matches!(b.lw(t - 1), "take" | "takes" | "took" | "taking"),
        // "no decision had been taken", "had not yet made a decision".
        "decision" | "decisions" => {
            (t > a && b.lw(t - 1) == "no") || not_reached(t) || not_been_reached(t)
        }
        // "has not made up its mind".
        "mind" => {
            t >= a + 3
                && b.lw(t - 2) == "up"
                && matches!(b.lw(t - 3), "made" | "make")
                && (t.saturating_sub(6).max(a)..t - 3).any(|k| b.is_verb_negation(k))
        }
        // "was still studying the plan", "is still weighing it", "was
        // considering the ban" (not "considering legal action against
        // it", an act that takes a side).
        "studying" | "considering" | "assessing" | "examining" | "reviewing" | "weighing"
        | "evaluating" => {
            t > a
                && (b.lw(t - 1) == "still" || b.has(t - 1, c::BE))
                && !(t + 1..z).any(|k| b.has(k, c::OPPOSE) || b.lw(k) == "against")
        }
        // "declined to say how it leaned", "would not commit".
        // ("had no comment on the ban".)
        "comment" if t > a && b.lw(t - 1) == "no" => true,
        // ("will say whether it backs the ban": an answer to come.)
        // ("will decide when the application is in front of us".)
        // ("will decide where it sits, and when, in its own time".)
        "say" | "decide"
            if t > a
                && matches!(b.lw(t - 1), "will" | "would" | "'ll")
                && matches!(b.lw(t + 1), "whether" | "if" | "how" | "when" | "where") =>
        {
            true
        }
        "comment" | "say" | "commit" | "disclose" | "reveal" => {
            negated_before(t)
                && b.is_lower(t)
                && (t + 1 >= z
                    || b.is_terminal(t + 1)
                    || b.is_comma(t + 1)
                    || matches!(
                        b.lw(t + 1),
                        "whether" | "how" | "which" | "what" | "if" | "to" | "on"
                    ))
        }
        // "had not decided whether …", "has yet to decide", "undecided".
        "decided" | "decide" => {
            negated_before(t) || (t > a + 1 && b.lw(t - 1) == "to" && b.lw(t - 2) == "yet")
        }
        "undecided" => !negated_before(t),
        // "took no side on", "takes no sides".
        "side" => t > a && b.lw(t - 1) == "no",
        // "would give her view when the report was published".
        "give" | "gives" | "given" => {
            (t + 1..(t + 5).min(z)).any(|k| b.lw(k) == "view")
                && (t + 2..z).any(|k| matches!(b.lw(k), "when" | "once" | "after"))
        }
        // "keeping an open mind".
        "open" => b.lw(t + 1) == "mind",
        // "will fit whatever the city asks", "would build whichever
        // route the government approves": deference to another's choice.
        "whatever" | "whichever" | "whoever" => {
            !negated_before(t)
                && (t + 1..(t + 7).min(z)).any(|k| {
                    matches!(
                        b.lw(k),
                        "asks"
                            | "asked"
                            | "decides"
                            | "decided"
                            | "approves"
                            | "approved"
                            | "chooses"
                            | "chose"
                            | "wants"
                            | "comes"
                            | "puts"
                            | "put"
                    )
                })
        }
        // "Whether they go back is for parliament", "That is for the
        // courts", "it is not for the agency to say": another's to decide.
        // ("the decision was one for Estlin's governing council".)
        "for" => {
            t > a
                && ((b.lw(t - 1) == "one" && t > a + 1 && b.has(t - 2, c::BE))
                    || (b.has(t - 1, c::BE)
                        && (b.lw(a) == "whether" || (t == a + 2 && b.lw(a) == "that")))
                    || (b.lw(t - 1) == "not"
                        && (t + 2..(t + 5).min(z)).any(|k| {
                            b.lw(k - 1) == "to" && matches!(b.lw(k), "say" | "decide" | "judge")
                        })))
        }
        // "will not pre-empt its assessment", "would not speculate",
        // "would not be drawn on what those conditions were".
        "pre-empt" | "prejudge" | "speculate" => negated_before(t),
        "drawn" => t > a && b.lw(t - 1) == "be" && negated_before(t - 1),
        // "I am not going to negotiate from this podium", "in public".
        "negotiate" => {
            negated_before(t)
                && (matches!(b.lw(t + 1), "from" | "through")
                    || (b.lw(t + 1) == "in" && b.lw(t + 2) == "public"))
        }
        // "We do not care who decides", "could not care less": no side.
        "care" => {
            negated_before(t)
                && matches!(
                    b.lw(t + 1),
                    "who" | "where" | "whether" | "which" | "how" | "what" | "if" | "less"
                )
        }
        // "I have nothing to add"; "nothing is agreed until everything
        // is agreed" (no side on any one part).
        "nothing" => {
            (b.lw(t + 1) == "to" && b.lw(t + 2) == "add")
                || (b.has(t + 1, c::BE)
                    && matches!(b.lw(t + 2), "agreed" | "settled" | "decided")
                    && b.lw(t + 3) == "until"
                    && b.lw(t + 4) == "everything")
        }
        // "We will see."; "We will see what the minister puts in front
        // of us": wait and see (not "will see the ban through").
        "see" => {
            t > a
                && matches!(b.lw(t - 1), "will" | "'ll" | "shall")
                && (t + 1 >= z
                    || b.is_terminal(t + 1)
                    || (matches!(b.lw(t + 1), "what" | "whether" | "how")
                        && t >= a + 2
                        && matches!(b.lw(t - 2), "we" | "i")))
        }
        // "will look at the final terms", "was prepared to look at".
        "look" => {
            t > a
                && matches!(b.lw(t - 1), "will" | "would" | "to" | "'ll")
                && b.lw(t + 1) == "at"
                && !negated_before(t)
        }
        // "was a matter for employers and unions", "a question for the
        // permit": someone else's to decide (not ", not for …", which
        // takes a side).
        "matter" | "question" | "detail" => {
            (t > a
                && matches!(b.lw(t - 1), "a" | "one")
                && !negated_before(t - 1)
                && b.lw(t + 1) == "for"
                && !(t + 2..(t + 9).min(z)).any(|k| b.lw(k) == "not")
                && exclusive_for(b, t, z).is_none())
                // "the government had “not closed the question”": still
                // open.
                || (b.lw(t) == "question"
                    && t > a + 1
                    && b.lw(t - 1) == "the"
                    && matches!(b.lw(t - 2), "closed" | "settled")
                    && negated_before(t - 2))
        }
        // "would not discuss operational matters from this podium".
        // ("I will not publicly discuss the ransom".)
        "discuss" => {
            negated_before(t)
                && (t > a && b.lw(t - 1) == "publicly"
                    || (t + 1..(t + 5).min(z)).any(|k| {
                        matches!(
                            b.lw(k),
                            "from" | "publicly" | "details" | "operational" | "matters"
                        )
                    }))
        }
        // "would judge the plan by what is written in the law".
        "judge" | "judges" => {
            t > a
                && matches!(b.lw(t - 1), "will" | "would" | "'ll")
                && (t + 1..(t + 5).min(z)).any(|k| b.lw(k) == "by")
        }
        // "no route had been agreed", "no date has been set".
        "agreed" | "settled" | "chosen" | "set" | "fixed" => {
            t > a + 3
                && b.lw(t - 1) == "been"
                && matches!(b.lw(t - 2), "has" | "had" | "have")
                && (t.saturating_sub(6).max(a)..t - 2).any(|k| b.lw(k) == "no")
        }
        // "the cabinet was divided over how fast to remove them".
        "divided" | "split" => {
            t > a
                && b.has(t - 1, c::BE)
                && matches!(b.lw(t + 1), "over" | "on" | "about")
                && !negated_before(t)
        }
        // "all options remain on the table", "all options on the ransom
        // remain on the table".
        "table" => {
            t > a + 3
                && b.lw(t - 1) == "the"
                && b.lw(t - 2) == "on"
                && (t.saturating_sub(8).max(a)..t - 2).any(|k| b.lw(k) == "options")
        }
        // "I don't know", "we do not know enough yet".
        "know" => negated_before(t) && !(t + 1..z).any(|k| b.lw(k) == "that"),
        _ => false,
    })
}

/// A forecast about another ("the board was likely to approve the
/// deal", "the council is expected to vote"): a determiner opens the
/// subject (not a pronoun), then a verb "be" and "likely"/"expected" +
/// "to". Commentators' forecasts are no positions.
pub fn forecast(b: &Block, a: usize, z: usize) -> bool {
    if !matches!(b.lw(a), "the" | "a" | "an") {
        return false;
    }
    (a + 2..z.saturating_sub(1)).any(|t| {
        matches!(b.lw(t), "likely" | "expected" | "poised")
            && b.lw(t + 1) == "to"
            && b.has(t - 1, c::BE)
            && !(a..t).any(|k| b.is_negator(k) || b.has(k, c::SUBJECT_PRONOUN))
    })
}

/// A condition marker at token `t`: its length and whether it always makes
/// a condition (else it is a plain `if`).
fn condition_at(b: &Block, t: usize, z: usize) -> Option<(usize, bool)> {
    // "once the releases were complete" (a clause of its own, not "once
    // again", "at once", "more than once").
    if b.lw(t) == "once"
        && !matches!(
            t.checked_sub(1).map(|p| b.lw(p)),
            Some("at" | "than" | "for" | "all")
        )
        && b.has(t + 1, c::DETERMINER | c::POSSESSIVE | c::SUBJECT_PRONOUN)
        && clause_follows(b, t, z)
    {
        return Some((1, true));
    }
    if !b.has(t, c::CONDITION_START) {
        return None;
    }
    // "as long as I am minister", "as long as I live": a promise for the
    // speaker's own time, no condition of the stance.
    if b.lw(t) == "as"
        && b.lw(t + 1) == "long"
        && b.lw(t + 2) == "as"
        && matches!(b.lw(t + 3), "i" | "i'm" | "i\u{2019}m")
    {
        return None;
    }
    // "for as long as the security of citizens requires": a duration;
    // "without preconditions", "with no preconditions": none is set.
    if t > 0
        && ((b.lw(t) == "as" && b.lw(t - 1) == "for")
            || (b.lw(t).starts_with("precondition") && matches!(b.lw(t - 1), "without" | "no")))
    {
        return None;
    }
    for pat in CONDITIONS {
        if t + pat.len() <= z && pat.iter().enumerate().all(|(k, p)| b.lw(t + k) == *p) {
            return Some((pat.len(), true));
        }
    }
    // "as soon as the hostages were handed over" (not "as soon as
    // possible"): a condition of a commitment, like `if`.
    if b.lw(t) == "as"
        && b.lw(t + 1) == "soon"
        && b.lw(t + 2) == "as"
        && !matches!(b.lw(t + 3), "possible" | "practicable" | "feasible")
    {
        return Some((3, false));
    }
    let before = t.checked_sub(1).map(|p| b.lw(p)).unwrap_or("");
    // "is fine, but not if it becomes a reason to wait": what was
    // approved is approved on that condition.
    if b.lw(t) == "if" && before == "not" && t >= 2 && b.lw(t - 2) == "but" {
        return Some((1, true));
    }
    if b.lw(t) == "if"
        && !matches!(before, "even" | "as" | "asked" | "whether" | "see")
        && !coming_to_power(b, t + 1)
        && !whatever_it_takes(b, t + 1)
    {
        return Some((1, false));
    }
    None
}

/// "if that is what it takes", "if need be", "if necessary" at `t` (the
/// word after "if"): a resolve, no condition ("would build the ships at
/// Korsby without a tender, if that is what it takes").
fn whatever_it_takes(b: &Block, t: usize) -> bool {
    match b.lw(t) {
        "need" => matches!(b.lw(t + 1), "be" | "arises"),
        "necessary" => true,
        "that" | "it" => {
            matches!(b.lw(t + 1), "is" | "'s")
                && b.lw(t + 2) == "what"
                && matches!(b.lw(t + 3), "it" | "that")
                && matches!(b.lw(t + 4), "takes" | "took")
        }
        _ => false,
    }
}

/// "if it won next year's election", "if they returned to power", "if
/// elected" at `t`: a party's pledge for when it governs, no condition
/// of its stance ("would reverse the ban if it won the election" is
/// against the ban).
fn coming_to_power(b: &Block, t: usize) -> bool {
    if matches!(b.lw(t), "elected" | "re-elected") {
        return true;
    }
    let verb = (t..t + 3).find(|&k| {
        matches!(
            b.lw(k),
            "win" | "wins" | "won" | "return" | "returns" | "returned" | "came" | "comes" | "come"
        )
    });
    // (No comma before the election: "if it won the next election, he
    // said" is one.)
    verb.is_some_and(|v| {
        (v + 1..v + 5)
            .take_while(|&k| !b.is_punct(k, ","))
            .any(|k| matches!(b.lw(k), "election" | "elections" | "power" | "office"))
    })
}

/// Whether a condition marker ends just before token `t` ("as long as
/// | both sides agreed", "if | the board agreed"): a cue whose subject
/// starts at `t` is part of the condition, no statement of its own.
pub fn condition_before(b: &Block, t: usize) -> bool {
    let ends_at = |pat: &[&str]| {
        t >= pat.len()
            && pat
                .iter()
                .enumerate()
                .all(|(k, p)| b.lw(t - pat.len() + k) == *p)
    };
    ends_at(&["if"]) || ends_at(&["as", "soon", "as"]) || CONDITIONS.iter().any(|p| ends_at(p))
}

/// Whether a condition marker starts at token `t` ("if", "unless", "as
/// long as" …).
pub fn condition_starts(b: &Block, t: usize) -> bool {
    condition_at(b, t, b.len()).is_some()
}

/// A commitment in `a..z`: "would", "ready", "accept" …
fn commits(b: &Block, a: usize, z: usize) -> bool {
    // (The speakers' own "I" or "we" states their position: "If it is
    // free, I am for it"; "we will see them in court if …".)
    (a..z).any(|t| b.has(t, c::COMMITMENT) || (b.is_word(t) && matches!(b.lw(t), "i" | "we")))
}

/// "would not agree to a figure before large economies committed", "no
/// vote should be held before a study had been published": `before` and
/// a clause of its own (a verb: an auxiliary or a past tense), after a
/// negation (the cue's own too: "would not agree to …" with the cue
/// "agree" negated), makes what is refused wait on that clause.
///
/// "until" likewise, after a negation or a word of blocking ("would
/// block the tunnel until a study was published", "not to sign until
/// the hotels were consulted"), when what is awaited is an act; not
/// "until May", nor a state reached ("until inflation was falling"):
/// a time.
fn before_clause(b: &Block, a: usize, z: usize, cue_negated: bool) -> Option<usize> {
    let t = (a + 1..z).find(|&t| matches!(b.lw(t), "before" | "until"))?;
    let until = b.lw(t) == "until";
    // A refusal, said in the future or as a rule ("would not …", "no
    // vote should be held …", "not to sign"), not a complaint about the
    // past ("had not been consulted before …").
    let refusal = |k: usize| {
        (k.saturating_sub(3).max(a)..(k + 4).min(t)).any(|x| b.has(x, c::MODAL))
            || b.lw(k + 1) == "to"
    };
    let negated = cue_negated
        || (a..t).any(|k| {
            (b.is_negator(k) && b.lw(k) != "unlikely" && refusal(k))
                || (until && b.has(k, c::OPPOSE))
        });
    let state = until
        && (t + 1..z.min(t + 8)).any(|k| {
            b.has(k, c::BE)
                && (k + 1..k + 3)
                    .any(|x| b.is_lower(x) && b.lw(x).len() > 5 && b.lw(x).ends_with("ing"))
        });
    (negated && !state && clause_follows(b, t, z)).then_some(t)
}

/// Whether a clause of its own (a verb: an auxiliary or a past tense)
/// follows the marker at `t`, before the next comma or semicolon.
fn clause_follows(b: &Block, t: usize, z: usize) -> bool {
    let end = (t + 1..z)
        .find(|&k| b.is_punct(k, ",") || b.is_punct(k, ";"))
        .unwrap_or(z);
    (t + 2..end).any(|k| {
        b.is_lower(k)
            && (b.has(k, c::AUX | c::MODAL) || (b.lw(k).ends_with("ed") && b.lw(k).len() > 4))
    })
}

/// The condition in `a..z`, if any: (marker token, clause end);
/// `cue_negated` when the cue that says it is negated.
pub fn condition(b: &Block, a: usize, z: usize, cue_negated: bool) -> Option<(usize, usize)> {
    let marked = (a..z).find_map(|t| condition_at(b, t, z).map(|x| (t, x)));
    let (t, (len, strong)) = match (marked, before_clause(b, a, z, cue_negated)) {
        (Some(m), Some(bt)) if bt < m.0 => (bt, (1, true)),
        (Some(m), _) => m,
        (None, Some(bt)) => (bt, (1, true)),
        (None, None) => return None,
    };
    // The clause the condition belongs to ends at a semicolon or a comma
    // that opens a new clause.
    // Fronted ("If X, we would …"), it ends at the comma before the
    // main clause.
    let mut end = z;
    for k in t + len..z {
        let fronted_end = t == a && b.is_punct(k, ",");
        if fronted_end
            || b.is_punct(k, ";")
            || (b.is_punct(k, ",") && b.has(k + 1, c::CLAUSE_BREAK))
        {
            end = k;
            break;
        }
    }
    // A condition in a later coordinated clause is not the stance's
    // when the first clause states one of its own ("opposed X and might
    // withdraw if …", "was ready to sign and might pay if …"); else it
    // is ("had raised it twice and would not do so again unless …").
    if let Some(k) = (a..t).find(|&k| b.lw(k) == "and" && b.has(k + 1, c::MODAL | c::AUX)) {
        let stated = (a..k).any(|x| {
            b.has(x, c::OPPOSE)
                || matches!(
                    b.lw(x),
                    "support"
                        | "supports"
                        | "supported"
                        | "back"
                        | "backs"
                        | "backed"
                        | "welcome"
                        | "welcomed"
                        | "endorse"
                        | "endorsed"
                        | "ready"
                        | "willing"
                        | "prepared"
                )
        });
        if stated {
            return None;
        }
    }
    if strong {
        return Some((t, end));
    }
    // A plain `if` conditions a commitment: "would accept … if". Fronted
    // ("If X, Y"), the commitment is after the comma; a warning ("If the
    // trucks do not move, children will starve") is no condition.
    let fronted = t == a;
    let ok = if fronted {
        let comma = (t..z).find(|&k| b.is_punct(k, ","))?;
        commits(b, comma, z)
    } else {
        // The cue may be the commitment: "vowed to block the bridge if …".
        commits(b, a.saturating_sub(2), t)
    };
    ok.then_some((t, end))
}

/// A condition (marker at `t`, clause to `e`) that is only a thing's
/// fate: it happens ("if this passes", "if the permit were granted", "if
/// the sale goes ahead") = +1, or it is stopped ("if it was cancelled",
/// "if the licence were refused") = -1; turned by a negation ("if it is
/// not approved"). A condition that says more ("if the sale went ahead
/// without a guarantee …") is a condition.
fn fate_of(b: &Block, t: usize, e: usize, pol: &Polarity) -> Option<(i8, bool)> {
    if !matches!(b.lw(t), "if" | "once" | "should") {
        return None;
    }
    let (a, z) = (t + 1, e.min(t + 10));
    let (k, sign) = (a..z).find_map(|k| {
        let w = b.lw(k);
        let happens = matches!(
            w,
            "passes"
                | "passed"
                | "granted"
                | "approved"
                | "adopted"
                | "built"
                | "proceeds"
                | "happens"
                | "introduced"
                | "signed"
                | "enacted"
                | "imposed"
        ) || (matches!(w, "goes" | "went" | "go" | "gone") && b.lw(k + 1) == "ahead")
            || going_on(w);
        let stopped = matches!(
            w,
            "cancelled"
                | "canceled"
                | "scrapped"
                | "refused"
                | "rejected"
                | "blocked"
                | "dropped"
                | "withdrawn"
                | "abandoned"
                | "shelved"
                | "stopped"
                | "vetoed"
                | "denied"
        );
        // ("if drilling continued" toward "Drilling … stops": the
        // proposition not happening.)
        let against_removal = going_on(w) && removal_word(pol).is_some();
        (happens || stopped).then_some((k, if happens != against_removal { 1i8 } else { -1 }))
    })?;
    // What is left of the clause after the verb: a few words ("ahead as
    // planned", "next week", "in parliament"), nothing that adds a term.
    let rest = (k + 1..e).filter(|&x| b.is_word(x)).count();
    // ("if it was adopted unchanged": a term.)
    let adds = (k + 1..e).any(|x| {
        matches!(
            b.lw(x),
            "without" | "with" | "unless" | "only" | "and" | "unchanged" | "unamended" | "stands"
        )
    });
    // Its subject is the thing spoken of: "it", "this", or a noun of the
    // topic or the proposition ("if the ban passes"; not "if the bays
    // were built first", a term).
    let named = |x: usize| names_proposition(b, x, pol);
    let subject = matches!(b.lw(a), "it" | "this" | "that")
        || (b.has(a, c::DETERMINER) && (a + 1..k).any(named))
        || (b.is_lower(a) && !b.has(a, c::DETERMINER | c::STOPWORD) && named(a));
    if rest > 4 || adds || !subject || k > a + 6 {
        return None;
    }
    let negated = (a..k).any(|x| b.is_verb_negation(x));
    Some((if negated { -sign } else { sign }, going_on(b.lw(k))))
}

/// "continued", "persists": a thing going on (in a condition, its fate).
fn going_on(w: &str) -> bool {
    matches!(
        w,
        "continued" | "continues" | "continue" | "persists" | "persisted" | "persist"
    )
}

/// An action taken against a thing at `k`: going to court, a strike, a
/// fight, a challenge, a protest.
fn hostile_action(b: &Block, k: usize) -> bool {
    matches!(
        stem(b.lw(k)).as_ref(),
        "court"
            | "sue"
            | "strike"
            | "fight"
            | "challenge"
            | "protest"
            | "boycott"
            | "resign"
            | "appeal"
            | "lawsuit"
            | "blockade"
            | "reverse"
            | "repeal"
            | "overturn"
            | "tribunal"
    )
}

/// Whether the phrase `words` starts at token `t`.
fn phrase_at(b: &Block, t: usize, words: &[String]) -> bool {
    !words.is_empty()
        && words
            .iter()
            .enumerate()
            .all(|(k, w)| stem(b.lw(t + k)) == stem(w))
}

/// Polarity of `a..z` (+1 or -1), whether anything signalled a position,
/// and the reasons. Toward a proposition (`full`), every negation, word of
/// opposition and predicate of harm counts; toward a target taken from the
/// clause itself, only the negations the target leaves out.
fn polarity(
    b: &Block,
    (a, z): (usize, usize),
    pol: &Polarity,
    full: bool,
    reasons: &mut Vec<String>,
) -> (i8, bool) {
    let mut sign = 1i8;
    let mut signal = false;
    let mut t = a;
    // Insisting (at `t`) on what the proposition removes keeps it: "the
    // Senate was not up for discussion" toward its abolition.
    let insists_on_removed = |t: usize| removed_at(b, past_quote_marks(b, a), t, pol);
    let mut flip = |why: String, sign: &mut i8| {
        *sign = -*sign;
        if !why.is_empty() {
            reasons.push(why);
        }
    };
    // Whether a word of harm was read since the last negation: a second
    // ("unfair and dangerous") says the same, no turn back.
    let mut harmed = false;
    // The last negation read (for a word of harm describing what it
    // refuses).
    let mut last_negation: Option<usize> = None;
    // The end of a restrictive relative clause being read ("any text that
    // did not set a goal"): only its negations count.
    let mut restrictive = a;
    // The end of another relative clause after a noun being read.
    let mut relative = a;
    // "rather" and the "than" after it ("would rather have X than Y").
    let mut preferred = (z, z);
    // Whether an alternative was set aside (", not an ornament"): the
    // clause took a side.
    let mut set_side = false;
    while t < z {
        let w = b.lw(t);
        // A relative clause after a noun is not the main clause's, unless
        // it restricts a noun with "any", "no" or "every": then its
        // negation is part of what is said ("would block any text that
        // did not set a goal" is for the goal).
        // ("no doubt that the ban was unfair": after a noun of content,
        // "that" opens what is said, read as the rest.)
        // (Nor after a verb of saying or thinking: "riders would argue
        // that the ban was unfair".)
        let content = b.lw(t) == "that"
            && t > a
            && (matches!(
                b.lw(t - 1),
                "doubt" | "question" | "fact" | "evidence" | "proof" | "belief" | "certainty"
            ) || (b.is_lower(t - 1) && (b.cue_at(t - 1).is_some() || thinks(b.lw(t - 1)))));
        if content {
            t += 1;
            continue;
        }
        if t > a && b.has(t, c::RELATIVE) && b.is_word(t - 1) && !b.has(t - 1, c::AUX) {
            let end = (t..z).find(|&k| b.is_punct(k, ",")).unwrap_or(z);
            let quantified =
                (t.saturating_sub(5).max(a)..t).any(|k| matches!(b.lw(k), "any" | "no" | "every"));
            if quantified {
                restrictive = end;
                t += 1;
            } else if matches!(b.lw(t - 1), "and" | "or" | "but" | "so") {
                // "… and that …": a conjunction, not a relative clause.
                // (Read when nothing before it took a side: "said she had
                // “gone native” and that her party would vote against
                // any treaty …".)
                t = if signal || set_side { end } else { t + 1 };
            } else {
                relative = end;
                t += 1;
            }
            continue;
        }
        // In another relative clause after a noun ("backed a fund that
        // drew on private capital", "rejected a plan that would postpone
        // the filling") only the words the proposition declares opposite
        // count: they say what the noun is.
        if t < relative {
            match pol.opposite.iter().find(|p| phrase_at(b, t, p)) {
                Some(words) => {
                    flip(
                        format!(
                            "\"{}\" (in a relative clause) opposes the proposition",
                            words.join(" ")
                        ),
                        &mut sign,
                    );
                    signal = true;
                    t += words.len();
                }
                None => t += 1,
            }
            continue;
        }
        if t < restrictive {
            if b.is_negator(t) && !no_time_to_lose(b, t) {
                flip(
                    format!("negation \"{w}\" in a restrictive clause"),
                    &mut sign,
                );
                signal = true;
            } else if full && privation(b, a, t) {
                // "no child who needs it will be left without it".
                flip(
                    format!("\"{} without\" (privation)", b.lw(t - 1)),
                    &mut sign,
                );
                signal = true;
            }
            t += 1;
            continue;
        }
        // "would rather have a casino we control than a derelict
        // building": what comes after "than" is refused, as below, and
        // what is preferred is read from "rather" on.
        if w == "rather" && b.lw(t + 1) != "than" {
            if let Some(k) = (t + 2..(t + 14).min(z))
                .take_while(|&k| !b.is_terminal(k) && !b.is_punct(k, ";"))
                .find(|&k| b.lw(k) == "than")
            {
                preferred = (t, k);
            }
        }
        // "grants rather than loans": the alternative refused; its words
        // do not turn the stance.
        if (w == "rather" && b.lw(t + 1) == "than")
            || (w == "instead" && b.lw(t + 1) == "of")
            || t == preferred.1
        {
            let from = if t == preferred.1 { t + 1 } else { t + 2 };
            let end = (from..z)
                .find(|&k| b.is_punct(k, ",") || b.is_punct(k, ";"))
                .unwrap_or(z);
            // What the proposition names more after it than before it
            // is what is refused: one turn ("paid from the budget rather
            // than by a toll" is against the toll).
            let before = if t == preferred.1 {
                (preferred.0, t)
            } else {
                (a, t)
            };
            // (The topic's words count too: "fines rather than a ban"
            // toward "Scooters are barred" refuses the ban.)
            let weight = |(x, y): (usize, usize)| {
                own_words(b, (x, y), pol)
                    + (x..y)
                        .filter(|&k| pol.topic.iter().any(|w| *w == stem(b.lw(k))))
                        .count()
            };
            let refused = full && weight((from, end)) > weight(before);
            let words = if t == preferred.1 {
                "rather … than".to_string()
            } else {
                format!("{w} {}", b.lw(t + 1))
            };
            flip(format!("\"{words}\" names what is refused"), &mut sign);
            if !refused {
                // (Two turns: the reason is kept, the stance unchanged.)
                flip(String::new(), &mut sign);
            }
            t = end;
            continue;
        }
        // "an investment, not a luxury": the alternative set aside after
        // a comma is no negation of what is said; it turns the stance
        // only when it is what the proposition names. (Toward a target
        // taken from the clause too: that target ends before the comma,
        // "should be allowed to change their minds for ten years, not ten
        // weeks", so what is set aside is no part of it.)
        if let Some(end) = set_aside(b, t, z) {
            let refused = own_words(b, (t + 1, end), pol) > own_words(b, (a, t), pol);
            flip(
                "\", not …\" sets an alternative aside".to_string(),
                &mut sign,
            );
            if !refused {
                flip(String::new(), &mut sign);
            }
            set_side = true;
            t = end;
            continue;
        }
        if let Some(words) = pol.opposite.iter().find(|p| phrase_at(b, t, p)) {
            flip(
                format!("\"{}\" opposes the proposition", words.join(" ")),
                &mut sign,
            );
            signal = true;
            t += words.len();
            continue;
        }
        if pol.negated.iter().any(|n| stem(w) == n.as_str()) {
            flip(
                format!("\"{w}\" is what the proposition excludes"),
                &mut sign,
            );
            t += 1;
            continue;
        }
        // "a mother will not have to drive 30 kilometres": a burden
        // lifted, no refusal.
        if b.is_verb_negation(t)
            && matches!(b.lw(t + 1), "have" | "need")
            && b.lw(t + 2) == "to"
            && t > a
            && matches!(b.lw(t - 1), "will" | "would" | "won't" | "wouldn't")
        {
            t += 3;
            continue;
        }
        // "tried by Selvarans, or not at all", "equal losses, or no
        // deal", "or no government at all": an ultimatum after "or"
        // insists on what comes before; "like it or not" refuses nothing.
        // (Not "or not pay the ransom": the proposition refused.)
        if b.is_negator(t) && t > a && b.lw(t - 1) == "or" && {
            let e = (t + 1..z).find(|&k| !b.is_word(k)).unwrap_or(z);
            e <= t + 5 && !(t + 1..e).any(|k| names_proposition(b, k, pol))
        } {
            t += 1;
            continue;
        }
        if !full {
            if b.not_hesitate(t) {
                // Two turns: the stance is as if neither were said.
                flip("\"not hesitate\" (double negation)".to_string(), &mut sign);
                flip(String::new(), &mut sign);
                signal = true;
                t += 2;
                continue;
            }
            // (Nor a negation that does not cancel the first, as below:
            // "will not vote for a ban I cannot explain"; looked for only
            // at a negation.)
            if b.is_verb_negation(t)
                && !not_least(b, t)
                && !repeated_negation(b, a, t)
                && !reduced_relative(b, a, t)
            {
                flip(format!("negation \"{w}\""), &mut sign);
                signal = true;
            } else if b.has(t, c::VOLITION | c::OPPOSE | c::NEG_VALENCE) || b.is_negator(t) {
                signal = true;
            }
            t += 1;
            continue;
        }
        // A verb of undoing that the proposition itself says ("The
        // airline gives up slots") is what it proposes, not its opposite.
        let proposes = |root: &str| pol.own.iter().any(|o| o.starts_with(root));
        let give_up = matches!(w, "give" | "gives" | "giving" | "gave" | "given")
            && b.lw(t + 1) == "up"
            && !proposes("giv");
        let rule_out = matches!(w, "rule" | "rules" | "ruled" | "ruling")
            && b.lw(t + 1) == "out"
            && !proposes("rul");
        // ("put off" toward a delay: "called for the handover to be put
        // off" is for "The handover is delayed".)
        let delays = matches!(w, "put" | "puts" | "putting") && proposes_delay(pol);
        if let Some(p) =
            phrasal_undo(b, t, z).filter(|_| !proposes(&w[..w.len().min(4)]) && !delays)
        {
            flip(
                format!("\"{w} … {}\" (undoes what it takes)", b.lw(p)),
                &mut sign,
            );
            signal = true;
            t += 1;
            continue;
        }
        // "anything less than 30 billion is an insult", "would not
        // accept anything short of a full withdrawal": what falls short of
        // what is asked is judged, so the judgement turns.
        if w == "anything"
            && matches!(
                (b.lw(t + 1), b.lw(t + 2)),
                ("less", "than") | ("short", "of")
            )
        {
            flip(
                format!("\"anything {} {}\" (short of it)", b.lw(t + 1), b.lw(t + 2)),
                &mut sign,
            );
            signal = true;
            t += 3;
            continue;
        }
        // "will not accept a partial return": refusing less than what
        // the proposition names insists on all of it.
        if matches!(w, "partial" | "half-hearted" | "watered-down" | "diluted")
            && sign < 0
            && (t + 1..(t + 3).min(z)).any(|k| names_proposition(b, k, pol))
        {
            flip(format!("\"{w}\" (short of it)"), &mut sign);
            signal = true;
            t += 1;
            continue;
        }
        // "a matter for our airport and for nobody else": another's say
        // refused.
        if matches!(w, "matter" | "question") && t > a && matches!(b.lw(t - 1), "a" | "one") {
            if let Some(k) = exclusive_for(b, t, z) {
                flip(
                    format!("\"a {w} for … {}\" (refuses another's say)", b.lw(k)),
                    &mut sign,
                );
                signal = true;
                t = k + 1;
                continue;
            }
        }
        // "would not send a treaty without inspections to parliament":
        // what a refusal is without is what is wanted.
        // (In one clause, the refused thing not the topic's: "no mine
        // should go ahead without consent" says nothing of consent;
        // not toward a proposition that removes or changes what is
        // lacked.)
        let refusal = || {
            (t.saturating_sub(8).max(a)..t)
                .rev()
                .find(|&k| b.is_negator(k))
        };
        if w == "without"
            && refusal()
                .is_some_and(|n| !(n..t).any(|k| b.is_comma(k) || names_proposition(b, k, pol)))
            && removal_word(pol).is_none()
            && change_word(pol).is_none()
            && (t + 1..(t + 5).min(z))
                .take_while(|&k| b.is_word(k))
                .any(|k| names_proposition(b, k, pol))
        {
            flip("\"not … without\" (what is wanted)".to_string(), &mut sign);
            signal = true;
            t += 1;
            continue;
        }
        // "the no-ransom rule": a negation of the topic's word.
        if let Some(rest) = w.strip_prefix("no-") {
            let r = stem(rest);
            if pol.topic.iter().any(|x| *x == r) || pol.own.iter().any(|o| stem(o) == r) {
                flip(format!("\"{w}\" (a negation)"), &mut sign);
                signal = true;
                t += 1;
                continue;
            }
        }
        // "Ardovar wants 300" toward "… no more than 200 …": another
        // figure asked for, offered or proposed.
        if let Some(n) = other_figure(b, a, t, z, pol) {
            flip(
                format!(
                    "a figure of {n} asked, not the proposition's {}",
                    pol.figure.unwrap_or(n)
                ),
                &mut sign,
            );
            signal = true;
            t += 1;
            continue;
        }
        if reopens_a_deal(b, t, z, pol) {
            flip(format!("\"{w}\" (reopens what was agreed)"), &mut sign);
            signal = true;
            t += 1;
            continue;
        }
        if privation(b, a, t) {
            flip(
                format!("\"{} without\" (privation)", b.lw(t - 1)),
                &mut sign,
            );
            signal = true;
            t += 1;
            continue;
        }
        if fronted_without(b, a, t, z, pol) {
            flip(
                "a fronted \"Without\" (what is lacked)".to_string(),
                &mut sign,
            );
            signal = true;
            t += 1;
            continue;
        }
        // "walk away from the talks", "sign away the water": what is
        // taken is given up.
        if b.lw(t + 1) == "away"
            && ["walk", "sign", "giv", "gave", "throw", "threw"]
                .iter()
                .any(|r| w.starts_with(r))
        {
            flip(format!("\"{w} away\" (gives up what it takes)"), &mut sign);
            signal = true;
            t += 2;
            continue;
        }
        // "would be the end of farming", "would mean the end of it".
        if the_end_of(b, a, t) {
            flip("\"the end of\" (harm)".to_string(), &mut sign);
            signal = true;
            t += 2;
            continue;
        }
        // "Why build a fifth in a town of 9,000?": a question that asks
        // why is an answer that there is no reason (not "Why not six?").
        if w == "why" && rhetorical(b, a, t) {
            if b.lw(t + 1) == "not" {
                // ("Why not six?": asked for; two turns, the reason kept.)
                flip("\"why not …?\" (asked for)".to_string(), &mut sign);
                flip(String::new(), &mut sign);
                t += 2;
            } else {
                flip(
                    "\"why …?\" (a question that answers itself)".to_string(),
                    &mut sign,
                );
                t += 1;
            }
            signal = true;
            continue;
        }
        if no_time_to_lose(b, t) {
            // "no time to lose": urgency, not a refusal; "no doubt":
            // certainty. (Two turns: the reason is kept, the stance
            // unchanged.)
            let len = if b.lw(t + 1) == "time" { 4 } else { 2 };
            flip(
                format!("\"{}\" (no refusal)", b.text_of(t, t + len)),
                &mut sign,
            );
            flip(String::new(), &mut sign);
            signal = true;
            t += len;
            continue;
        }
        if let Some(k) = not_far_enough(b, t, z) {
            // "did not go far enough": more is wanted, not less.
            flip("\"not … far enough\" (wants more)".to_string(), &mut sign);
            flip(String::new(), &mut sign);
            signal = true;
            t = k + 1;
            continue;
        }
        if w == "too" && b.lw(t + 1) == "far" && b.lw(t + 2) != "apart" {
            flip("\"too far\"".to_string(), &mut sign);
            signal = true;
            t += 2;
            continue;
        }
        // "too much", "too high": an excess, against; "too small", "too
        // timid": more is wanted (two turns: the reason is kept, the
        // stance unchanged).
        if w == "too" {
            let next = b.lw(t + 1);
            // ("came too soon", "too fast": haste, against.)
            let excess = matches!(
                next,
                "much"
                    | "high"
                    | "expensive"
                    | "costly"
                    | "steep"
                    | "big"
                    | "many"
                    | "harsh"
                    | "soon"
                    | "early"
                    | "fast"
                    | "quickly"
                    | "hasty"
            );
            let wanting = matches!(next, "small" | "little" | "timid" | "modest" | "few");
            if excess || wanting {
                flip(format!("\"too {next}\""), &mut sign);
                if wanting {
                    flip(String::new(), &mut sign);
                }
                signal = true;
                t += 2;
                continue;
            }
        }
        if restriction(b, a, t, pol) {
            flip(format!("\"{w}\" (a restriction)"), &mut sign);
            signal = true;
            t += 1;
            continue;
        }
        // "a rise of up to 6 percent", "no more than 6 percent": a limit
        // below the proposition's own figure opposes it.
        if let Some((len, n)) = limit_at(b, t) {
            if pol.figure.is_some_and(|m| n < m) {
                flip(
                    format!(
                        "a limit of {n} below the proposition's {}",
                        pol.figure.unwrap_or(n)
                    ),
                    &mut sign,
                );
                signal = true;
            }
            t += len;
            continue;
        }
        // "riders did not mind the ban": acceptance.
        if b.is_verb_negation(t) && b.lw(t + 1) == "mind" {
            // (Two turns: the reason is kept, the stance unchanged.)
            flip(format!("\"{w} mind\" (acceptance)"), &mut sign);
            flip(String::new(), &mut sign);
            signal = true;
            t += 2;
            continue;
        }
        // "was not negotiable", "is not optional", "with no exceptions":
        // insistence, no negation of the stance (unless the exception is
        // what the proposition is about: "Pupils over 16 are exempt").
        let n = b.lw(t + 1);
        // "the government has left us no choice", "no choice but to
        // strike", "there is no alternative to the treaty": compulsion,
        // no negation. (Not a lack of choice as harm: "travellers would
        // have no choice at all".)
        let choice_at = if n == "other" { t + 2 } else { t + 1 };
        let no_choice = w == "no"
            && matches!(b.lw(choice_at), "choice" | "alternative" | "option")
            && (matches!(b.lw(choice_at + 1), "but" | "to")
                || (t.saturating_sub(3).max(a)..t)
                    .any(|k| matches!(b.lw(k), "left" | "leaves" | "leave" | "leaving")));
        if no_choice {
            flip(format!("\"{w} {n}\" (compulsion)"), &mut sign);
            flip(String::new(), &mut sign);
            signal = true;
            t += if n == "other" { 3 } else { 2 };
            continue;
        }
        // ("not up for negotiation", "not a bargaining chip".)
        let up_for = w == "not"
            && ((n == "up"
                && b.lw(t + 2) == "for"
                && matches!(
                    b.lw(t + 3),
                    "negotiation" | "discussion" | "debate" | "grabs"
                ))
                || (n == "a" && b.lw(t + 2) == "bargaining" && b.lw(t + 3) == "chip"));
        if up_for {
            flip(
                format!("\"{w} {n} {}\" (insistence)", b.lw(t + 3)),
                &mut sign,
            );
            if !insists_on_removed(t) {
                flip(String::new(), &mut sign);
            }
            signal = true;
            t += 4;
            continue;
        }
        if (w == "not" && matches!(n, "negotiable" | "optional" | "voluntary"))
            || (w == "no"
                && matches!(n, "exception" | "exceptions" | "exemption" | "exemptions")
                && !pol.own.iter().any(|o| o.starts_with(&n[..5])))
        {
            flip(format!("\"{w} {n}\" (insistence)"), &mut sign);
            // ("the Senate is not negotiable" keeps it too.)
            if w != "not" || !insists_on_removed(t) {
                flip(String::new(), &mut sign);
            }
            signal = true;
            t += 2;
            continue;
        }
        // "had no problem with the plan", "no objection to it", "nothing
        // against shop counters": acceptance.
        if (w == "no"
            && matches!(
                b.lw(t + 1),
                "problem" | "problems" | "objection" | "objections" | "quarrel"
            ))
            || (w == "nothing" && b.lw(t + 1) == "against")
            || fear_nothing(b, t)
        {
            // (Two turns: the reason is kept, the stance unchanged.)
            let what = if fear_nothing(b, t) {
                "to fear"
            } else {
                b.lw(t + 1)
            };
            flip(format!("\"{w} {what}\" (acceptance)"), &mut sign);
            flip(String::new(), &mut sign);
            signal = true;
            t += 2;
            continue;
        }
        // "better than no treaty", "more than nothing": the term of a
        // comparison, no negation of the clause; nor is "and nothing
        // else", "and no more" (an exclusion: "only").
        let exclusion =
            matches!(b.lw(t + 1), "else" | "more") && matches!(b.lw(t - 1), "and" | "or");
        // "would not support naming children, “not even the boy who
        // killed our son”": "not even" sharpens the negation before it.
        let sharpens = w == "not" && b.lw(t + 1) == "even" && (a..t).any(|k| b.is_negator(k));
        if b.is_negator(t) && t > a && (b.lw(t - 1) == "than" || exclusion || sharpens) {
            t += 1;
            continue;
        }
        // "would be foolish not to build on it", "a mistake not to":
        // folly in not doing it is a double negation.
        if w == "not"
            && b.lw(t + 1) == "to"
            && t > a
            && matches!(
                b.lw(t - 1),
                "foolish"
                    | "wrong"
                    | "mad"
                    | "crazy"
                    | "mistake"
                    | "irresponsible"
                    | "negligent"
                    | "absurd"
                    | "unthinkable"
            )
        {
            flip(
                format!("\"{} not to\" (double negation)", b.lw(t - 1)),
                &mut sign,
            );
            flip(String::new(), &mut sign);
            signal = true;
            t += 2;
            continue;
        }
        // "a question of when, not if": certainty.
        if w == "not" && b.lw(t + 1) == "if" && t > a + 1 && b.lw(t - 2) == "when" {
            t += 2;
            continue;
        }
        if b.is_negator(t) && (repeated_negation(b, a, t) || reduced_relative(b, a, t)) {
            t += 1;
            continue;
        }
        if b.is_negator(t) && !not_least(b, t) && !weak_negation(b, a, t) {
            flip(format!("negation \"{w}\""), &mut sign);
            signal = true;
            harmed = false;
            last_negation = Some(t);
            if w == "no" && b.lw(t + 1) == "longer" {
                t += 1;
            }
        } else if give_up || rule_out {
            flip(format!("\"{w} {}\"", b.lw(t + 1)), &mut sign);
            signal = true;
            t += 1;
        } else if change_word(pol).is_some()
            && keeps(b, t)
            && !pol.own.iter().any(|o| o.starts_with(&w[..w.len().min(4)]))
        {
            flip(
                format!("\"{w}\" (keeps what the proposition changes)"),
                &mut sign,
            );
            signal = true;
        } else if w.starts_with("continu")
            && removal_word(pol).is_some()
            && (t.saturating_sub(3).max(a)..t).any(|k| names_proposition(b, k, pol))
            && !pol.own.iter().any(|o| o.starts_with("continu"))
        {
            // "drilling would continue" toward "Drilling … stops".
            flip(
                format!("\"{w}\" (keeps what the proposition changes)"),
                &mut sign,
            );
            signal = true;
        } else if matches!(w, "delay" | "delays" | "postponement")
            && t > a
            && matches!(
                b.lw(t - 1),
                "of" | "any" | "a" | "no" | "further" | "more" | "the"
            )
            && change_word(pol).is_none()
            && !proposes_delay(pol)
        {
            // (Not when the proposition is the delay: "rejected the
            // proposal for a delay" opposes "The handover is delayed".)
            // "dismisses talk of delay", "rejected any delay": a delay
            // as a noun is an undoing, like the verb.
            flip(format!("\"{w}\" (undoes what it takes)"), &mut sign);
            signal = true;
        } else if undoes(b, a, t, pol) {
            flip(format!("\"{w}\" (undoes what it takes)"), &mut sign);
            signal = true;
        } else if b.has(t, c::OPPOSE)
            && !b.has(t, POSS_S)
            && b.lw(t + 1) != "by"
            && !(matches!(w, "object" | "objects") && object_noun(b, a, t))
        {
            // ("a renewal opposed by Sarentia": a participle saying who
            // opposes the noun, not the speaker's opposition.)
            // (Nor the noun "object": "a review of every object".)
            flip(format!("\"{w}\""), &mut sign);
            signal = true;
        } else if matches!(w, "cost" | "costs") && t > a && b.has(t - 1, c::MODAL) {
            // "would cost 200 jobs": a harm as a verb (not "the cost").
            flip(format!("\"{} {w}\" (harm)", b.lw(t - 1)), &mut sign);
            signal = true;
        } else if w == "instead"
            && (t + 1 >= z || b.is_punct(t + 1, ".") || b.is_punct(t + 1, ","))
            && !(a..t).any(|k| b.is_comma(k) && b.lw(k + 1) == "with")
        {
            // "would offer slower scooters instead": an alternative
            // offered in the proposition's place. (Not in a clause of
            // its own after it: "will be banned, with towns invited to
            // hold displays instead" goes with the ban.)
            flip("\"instead\" (an alternative)".to_string(), &mut sign);
            signal = true;
        } else if (b.has(t, c::NEG_VALENCE) || harm_phrase(b, a, t, z).is_some())
            // ("from the last century" is said of what it describes.)
            && (!object_of_preposition(b, a, t) || w == "last")
            && !prospect_of(b, t)
            && !folly_before_not_to(b, t)
            && !harm_removed(b, a, t)
            && !own_mistake(b, t)
            && !(b.is_lower(t) && pol.own.iter().any(|o| o == w))
            // ("the least harmful option": the best on offer.)
            && !(t > a && b.lw(t - 1) == "least")
        {
            // (Not a word of the proposition's own: "would buy every
            // threatened home" toward "The state buys the threatened
            // homes".)
            let (what, len) = harm_phrase(b, a, t, z).unwrap_or((w, 1));
            // "We do not repeat an illegal vote": the word of harm
            // describes what a negated verb refuses (not "is not an
            // illegal vote", which denies the harm).
            let described = last_negation.is_some_and(|n| {
                t > n + 2
                    && n > a
                    && b.has(n - 1, c::AUX | c::MODAL)
                    && !b.has(n - 1, c::BE)
                    && b.has(t - 1, c::DETERMINER)
                    && (n + 1..t - 1).all(|k| b.is_word(k) && !b.has(k, c::BE))
            });
            if harmed || described {
                // (Two turns: the reason is kept, the stance unchanged.)
                flip(format!("\"{what}\" (harm again)"), &mut sign);
                flip(String::new(), &mut sign);
            } else {
                flip(format!("\"{what}\" (harm)"), &mut sign);
            }
            harmed = true;
            signal = true;
            t += len - 1;
        } else if matches!(w, "opposition" | "objection" | "objections")
            && b.lw(t + 1) == "to"
            && t > a
            && b.has(t - 1, c::POSSESSIVE | c::DETERMINER)
            && !matches!(b.lw(t - 1), "no" | "any")
        {
            // "reiterated its opposition to the deal".
            flip(format!("\"{w} to\""), &mut sign);
            signal = true;
            t += 1;
        } else if w == "judicial" && b.lw(t + 1) == "review" {
            // "would seek a judicial review of the route": a challenge.
            flip("\"judicial review\" (a challenge)".to_string(), &mut sign);
            signal = true;
            t += 1;
        } else if (APPROVAL.contains(&w) || w == "back")
            && b.is_lower(t)
            && approves_what_is_removed(b, t, z, pol)
        {
            // "backs the Senate" toward "The Senate is abolished".
            flip(
                format!("\"{w}\" (approves what the proposition removes)"),
                &mut sign,
            );
            signal = true;
        } else if (APPROVAL.contains(&w) && b.is_lower(t))
            || only_way(b, t)
            || too(b, a, t, z) == Some(false)
        {
            // "the ban is overdue": a reason for the stance in favour.
            // (Two turns: the reason is kept, the stance unchanged.)
            flip(format!("\"{w}\" (approval)"), &mut sign);
            flip(String::new(), &mut sign);
            signal = true;
        } else if b.has(t, c::VOLITION) {
            signal = true;
        }
        t += 1;
    }
    (sign, signal)
}

/// "wants 300", "has offered 25 percent" at `t` (the number) when the
/// proposition has another figure and the claim does not name it: a
/// figure asked for instead of the proposition's (not a year, nor a date
/// after "by", "in", "until").
fn other_figure(b: &Block, a: usize, t: usize, z: usize, pol: &Polarity) -> Option<f64> {
    let m = pol.figure?;
    let num = |k: usize| b.lw(k).replace(',', "").parse::<f64>().ok();
    let n = num(t)?;
    let year = |x: f64| (1900.0..=2100.0).contains(&x);
    // (The cue may be the asking: "Ardovar wants 300", what is said
    // being the figure; not across a sentence's end.)
    let from = (t.saturating_sub(4)..t)
        .rev()
        .find(|&k| b.is_terminal(k))
        .map_or(t.saturating_sub(4), |k| k + 1);
    let asked = (from..t).any(|k| {
        matches!(
            b.lw(k),
            "wants"
                | "want"
                | "wanted"
                | "proposed"
                | "proposes"
                | "propose"
                | "offered"
                | "offers"
                | "offer"
                | "demands"
                | "demanded"
                | "demand"
                | "seeks"
                | "sought"
        )
    });
    let date = t > a
        && matches!(
            b.lw(t - 1),
            "by" | "in" | "until" | "from" | "since" | "before"
        );
    let named = (a..z).any(|k| num(k) == Some(m));
    let other_year = year(n) && !year(m);
    (asked && n != m && !date && !other_year && !named).then_some(n)
}

/// The roots of words of change that remove a thing ("The Senate is
/// abolished", "The ferry is closed", "Drilling … stops").
const REMOVAL_ROOTS: &[&str] = &[
    "clos", "shut", "withdr", "phase", "phasing", "abolish", "scrap", "suspend", "halt", "stop",
];

/// The proposition's word of removal, if it has one.
fn removal_word(pol: &Polarity) -> Option<&str> {
    own_word(pol, REMOVAL_ROOTS, &[])
}

/// "backs the Senate" at `t` (the word of approval) toward "The Senate
/// is abolished": its object is what the proposition's change removes
/// (a word of the proposition, not the change itself: not "backs its
/// abolition").
fn approves_what_is_removed(b: &Block, t: usize, z: usize, pol: &Polarity) -> bool {
    // ("back" with its object's determiner: not "come back".)
    // (Or before the topic's own word: "back drilling at Serra", "back
    // Serra drilling".)
    (b.lw(t) != "back"
        || b.has(t + 1, c::DETERMINER | c::POSSESSIVE)
        || names_proposition(b, t + 1, pol))
        && removed_at(b, t + 1, z, pol)
}

/// Whether the phrase at `s` (past its determiners) names what the
/// proposition's change removes ("the Senate" toward "The Senate is
/// abolished"; not the change: "its abolition").
fn removed_at(b: &Block, s: usize, z: usize, pol: &Polarity) -> bool {
    let Some(ch) = removal_word(pol) else {
        return false;
    };
    let mut k = s;
    while k < z && b.has(k, c::DETERMINER | c::POSSESSIVE) {
        k += 1;
    }
    let w = b.lw(k);
    let is_change = |x: &str| x.get(..4).is_some_and(|x| Some(x) == ch.get(..4));
    // (Nor the change named after the word: "Senate abolition", "the
    // Senate's abolition".)
    let change_after = (k + 1..(k + 4).min(z))
        .take_while(|&j| {
            b.is_word(j) || b.lw(j).starts_with('\'') || b.lw(j).starts_with('\u{2019}')
        })
        .any(|j| is_change(b.lw(j)));
    k < z
        && b.is_word(k)
        && pol.own.iter().any(|o| stem(o) == stem(w))
        && !is_change(w)
        && !change_after
}

/// "a matter for our airport and for nobody else", "a matter for the
/// state alone" at `t` (the noun): another's say refused; the token of
/// "alone" or "else".
fn exclusive_for(b: &Block, t: usize, z: usize) -> Option<usize> {
    if b.lw(t + 1) != "for" {
        return None;
    }
    (t + 2..(t + 14).min(z))
        .take_while(|&k| !b.is_terminal(k) && !b.is_punct(k, ";"))
        .find(|&k| {
            b.lw(k) == "alone"
                || (b.lw(k) == "else"
                    && matches!(b.lw(k - 1), "nobody" | "one" | "no-one" | "anyone"))
        })
}

/// A verb of thinking before "that" that is no cue of its own ("fear
/// that", "know that"; "believes", "argued" are cues, read by `cue_at`).
fn thinks(w: &str) -> bool {
    matches!(
        w,
        "think"
            | "thought"
            | "believed"
            | "feel"
            | "feels"
            | "felt"
            | "fear"
            | "fears"
            | "feared"
            | "hope"
            | "hopes"
            | "hoped"
            | "know"
            | "knows"
            | "knew"
            | "argue"
            | "suggest"
            | "realise"
            | "realised"
            | "realize"
            | "realized"
    )
}

/// "no candidate and no claim", "not now and not later": a negation at
/// `t` after "and", "or" or "nor" that repeats one a few words before
/// says the same again (no second turn).
fn repeated_negation(b: &Block, a: usize, t: usize) -> bool {
    let w = b.lw(t);
    t > a + 1
        && matches!(b.lw(t - 1), "and" | "or" | "nor")
        && (t.saturating_sub(8).max(a)..t - 1).any(|k| b.lw(k) == w)
}

/// "will not pay for a war it did not start": after a negation, a
/// second one at `t` in a relative clause without "that" after a noun
/// (a determiner, the noun, a subject pronoun, an auxiliary) says what
/// the noun is; it does not cancel the first.
pub(crate) fn reduced_relative(b: &Block, a: usize, t: usize) -> bool {
    // ("a ban I cannot explain", "a war they didn't start": the negation
    // and its auxiliary in one word.)
    if t < a + 3 {
        return false;
    }
    let w = b.lw(t);
    // ("a ransom they never owed": "never" without an auxiliary.)
    let pronoun = |k: usize| matches!(b.lw(k), "it" | "they" | "we" | "he" | "she" | "i" | "you");
    let p = if w == "cannot"
        || w.ends_with("n't")
        || w.ends_with("n\u{2019}t")
        || (w == "never" && pronoun(t - 1))
    {
        t - 1
    } else if b.has(t - 1, c::AUX) && t >= a + 4 {
        t - 2
    } else {
        return false;
    };
    // (The noun may be a name, "a Senate they did not elect", or a
    // number, "the two they did not free"; a comma may set off the
    // noun phrase, "a ransom, a debt we do not owe".)
    (a..p).any(|k| b.is_negator(k))
        && pronoun(p)
        && b.is_word(p - 1)
        && (!b.has(
            p - 1,
            c::AUX | c::MODAL | c::SUBJECT_PRONOUN | c::DETERMINER,
        ) || b.has(p - 1, c::NUMBER_WORD))
        && (p.saturating_sub(4).max(a)..p - 1).any(|k| b.has(k, c::DETERMINER) || b.lw(k) == "no")
        && !(p.saturating_sub(4).max(a)..p).any(|k| {
            (b.is_comma(k) && !b.has(k + 1, c::DETERMINER))
                || matches!(
                    b.lw(k),
                    "that" | "and" | "but" | "because" | "if" | "said" | "says" | "say"
                )
        })
}

/// Words that approve of what they are said of ("the ban is overdue",
/// "riders supported the ban"):
/// a reason for a stance in favour, turned by a negation before them.
const APPROVAL: &[&str] = &[
    "support",
    "supports",
    "supported",
    "backs",
    "backed",
    "welcome",
    "welcomes",
    "welcomed",
    "endorse",
    "endorses",
    "endorsed",
    "overdue",
    "essential",
    "sensible",
    "vital",
    "indispensable",
    "worthwhile",
    "beneficial",
    // "will honour the date".
    "honour",
    "honours",
    "honor",
    "honors",
];

/// "the move is the only way to survive", "was the only option", "is
/// the best deal": what is said to be the only or best way is approved
/// of.
fn only_way(b: &Block, t: usize) -> bool {
    matches!(b.lw(t), "only" | "best")
        && t >= 2
        && b.lw(t - 1) == "the"
        && (b.has(t - 2, c::BE) || (t >= 3 && b.is_quote_mark(t - 2) && b.has(t - 3, c::BE)))
        && matches!(
            b.lw(t + 1),
            "way" | "option" | "answer" | "solution" | "choice" | "one" | "deal" | "chance"
        )
}

/// A negation that does not turn the speaker's stance: a negative
/// pronoun ("Nobody is saying the fishermen should lose their living",
/// "nothing less than the full 1,500 jobs"), one inside a condition or
/// an alternative ("If we do not dredge …", "whether we build or not"),
/// and "not enough" (more is wanted).
fn weak_negation(b: &Block, a: usize, t: usize) -> bool {
    matches!(b.lw(t), "nobody" | "none" | "nothing")
        || b.lw(t + 1) == "enough"
        // "no less than nine months", "Not one crown less": at least.
        || matches!(b.lw(t + 1), "less" | "fewer")
        || (matches!(b.lw(t + 1), "one" | "a")
            && (t + 2..t + 4)
                .take_while(|&k| b.is_word(k))
                .any(|k| matches!(b.lw(k), "less" | "fewer")))
        // "cannot afford to wait": waiting would do harm (a double
        // negation); "Sleep is not a luxury": no negative thing.
        || (b.lw(t + 1) == "afford"
            && b.lw(t + 2) == "to"
            && matches!(
                b.lw(t + 3),
                "wait" | "delay" | "leave" | "lose" | "ignore" | "miss" | "stand" | "sit"
            ))
        || (matches!(b.lw(t + 1), "a" | "an")
            && matches!(
                b.lw(t + 2),
                "luxury" | "vice" | "gift" | "favour" | "favor" | "handout" | "privilege"
                    | "giveaway" | "bailout"
            ))
        || (a..t)
            .rev()
            .take_while(|&k| !b.is_punct(k, ","))
            .any(|k| matches!(b.lw(k), "if" | "whether" | "unless"))
}

/// "a mistake not to": a word of folly before "not to" (a double
/// negation, read at "not").
fn folly_before_not_to(b: &Block, t: usize) -> bool {
    b.lw(t + 1) == "not" && b.lw(t + 2) == "to"
}

/// "I was wrong", "we were wrong about the productivity" at `t`: the
/// speaker's own earlier view retracted, no harm of what is proposed
/// (the side is in what follows).
fn own_mistake(b: &Block, t: usize) -> bool {
    t >= 2
        && matches!(b.lw(t), "wrong" | "mistaken")
        && matches!(
            (b.lw(t - 2), b.lw(t - 1)),
            ("i", "was") | ("we", "were") | ("i", "am") | ("we", "are")
        )
}

/// A verb that undoes its object at `t`: before a determiner or a
/// possessive ("drop the toll", "scrapping its plan") or as a passive
/// ("the toll to be scrapped"); not "prices would drop".
fn undoes(b: &Block, a: usize, t: usize, pol: &Polarity) -> bool {
    let root = |w: &str| w.chars().take(5).collect::<String>();
    // A proposition that itself undoes ("The ferry is closed") is what an
    // undoing in the claim does ("scrap the ferry"), unless what is undone
    // is the change itself ("scrap the closure").
    // (Nor when what is undone is the measure: "reverse the decision"
    // to close the department.)
    // (Before a participle too: "wants the plan scrapped".)
    let w = b.lw(t);
    let from = if w.ends_with("ed") || w.ends_with("wn") {
        t.saturating_sub(3).max(a)
    } else {
        t + 1
    };
    let agrees = undoing_agrees(b, (from..t + 5).filter(|&k| k != t), pol);
    // "wants the ban scrapped", "wants it gone": a participle after the
    // object of a verb of wanting.
    // (The verb may be the cue, just before what is read.)
    let after_want = || {
        (a.saturating_sub(2)..t).rev().take(7).any(|k| {
            matches!(b.lw(k), "want" | "wants" | "wanted" | "wanting")
                    // "would rather see the grant dropped"
                    || (b.lw(k) == "see" && matches!(b.lw(k.wrapping_sub(1)), "rather" | "to"))
        })
    };
    let w = b.lw(t);
    let participle = w.ends_with("ed") || w.ends_with("wn") || w == "gone";
    // (A command opens its sentence in a capital: "Scrap the ban.")
    let first = t == a || b.is_quote_mark(t.wrapping_sub(1)) || b.is_terminal(t.wrapping_sub(1));
    // ("the exemption must go", not "must go ahead" or "should go into
    // a stadium".)
    let must_go = w == "go"
        && t > a
        && matches!(b.lw(t - 1), "must" | "should")
        && (!b.is_word(t + 1)
            || matches!(
                b.lw(t + 1),
                "now" | "immediately" | "at" | "and" | "too" | "altogether" | "entirely"
            ));
    (b.has(t, c::UNDO) || w == "gone" || must_go)
        && (b.is_lower(t) || first)
        && !agrees
        && !pol.own.iter().any(|o| root(o) == root(w))
        && (((b.has(t + 1, c::DETERMINER | c::POSSESSIVE | c::DEMONSTRATIVE)
            || matches!(b.lw(t + 1), "the" | "plans" | "plan"))
            && undone_is_the_topic(b, t + 1, pol))
            || (t > a && b.has(t - 1, c::BE))
            || (participle && after_want())
            || subject_undone(b, a, t, pol))
}

/// "the beet exemption should end a year early", "the cap must go": a
/// verb of undoing after "should" or "must" whose subject is the topic.
fn subject_undone(b: &Block, a: usize, t: usize, pol: &Polarity) -> bool {
    t > a + 1
        && matches!(b.lw(t - 1), "should" | "must")
        && (t.saturating_sub(5).max(a)..t - 1)
            .rev()
            .take_while(|&k| !b.is_comma(k) && !b.has(k, c::RELATIVE))
            .any(|k| names_proposition(b, k, pol) || shares_root(b.lw(k), pol))
}

/// Whether `w` shares its first five letters with one of the
/// proposition's words ("suspension", "suspended").
fn shares_root(w: &str, pol: &Polarity) -> bool {
    let root = |x: &str| x.char_indices().nth(5).map(|(i, _)| x[..i].to_string());
    root(w).is_some_and(|r| pol.own.iter().any(|o| root(o).as_ref() == Some(&r)))
}

/// Whether what an undoing verb takes, from `s` ("the culture in which
/// …", "the ban"), is the topic: a word of the topic or the proposition,
/// a pronoun, or a word for a measure ("the plan"). Without a
/// proposition's words, anything is. ("would end the culture in which a
/// bank can lose money" says nothing against the cap.)
fn undone_is_the_topic(b: &Block, s: usize, pol: &Polarity) -> bool {
    if pol.own.is_empty() {
        return true;
    }
    (s..s + 5)
        .take_while(|&k| k < b.len() && !b.is_punct(k, ",") && !b.is_terminal(k))
        .take_while(|&k| {
            // ("dropped its demand for a stake": what is demanded.)
            // ("dropped its claim on a stake", "to a stake".)
            let claimed =
                matches!(b.lw(k), "on" | "to") && matches!(b.lw(k - 1), "claim" | "claims");
            let demanded = claimed
                || b.lw(k) == "for"
                    && matches!(
                        b.lw(k - 1),
                        "demand"
                            | "demands"
                            | "claim"
                            | "claims"
                            | "call"
                            | "calls"
                            | "request"
                            | "bid"
                    );
            k == s || demanded || !matches!(b.lw(k), "in" | "on" | "which" | "that" | "who" | "for")
        })
        .any(|k| {
            ((names_proposition(b, k, pol) || shares_root(b.lw(k), pol))
                && !b.has(k, c::DETERMINER | c::PREPOSITION))
                || matches!(
                    b.lw(k),
                    "it" | "them"
                        | "this"
                        | "that"
                        | "plan"
                        | "plans"
                        | "proposal"
                        | "proposals"
                        | "scheme"
                        | "policy"
                        | "law"
                        | "bill"
                        | "measure"
                        | "measures"
                        | "rule"
                        | "rules"
                        | "project"
                        | "idea"
                        | "decision"
                        | "reform"
                        | "deal"
                )
        })
}

/// Whether undoing what the tokens `what` name is what the proposition does (it
/// is a change, and what is undone is neither that change nor the
/// measure: "scrap the rental scheme" toward "The rental scheme ends").
fn undoing_agrees(b: &Block, mut what: impl Iterator<Item = usize>, pol: &Polarity) -> bool {
    let Some(cw) = change_word(pol) else {
        return false;
    };
    let r = &cw[..cw.len().min(4)];
    !what.any(|k| {
        b.lw(k).starts_with(r)
            || matches!(
                b.lw(k),
                "decision" | "plan" | "plans" | "proposal" | "policy" | "move" | "measure"
            )
    })
}

/// "will not reopen a single line of the map", "renegotiate the
/// deal": reopening what was agreed undoes it (not "reopen the talks";
/// not when the proposition is itself a reopening).
fn reopens_a_deal(b: &Block, t: usize, z: usize, pol: &Polarity) -> bool {
    let w = b.lw(t);
    [
        "reopen",
        "renegotiat",
        "rewrite",
        "rewrote",
        "rewritten",
        "unpick",
    ]
    .iter()
    .any(|r| w.starts_with(r))
        && !pol.own.iter().any(|o| o.starts_with(&w[..w.len().min(5)]))
        && (t + 1..(t + 7).min(z))
            .take_while(|&k| b.is_word(k))
            .any(|k| {
                matches!(
                    b.lw(k),
                    "treaty"
                        | "deal"
                        | "agreement"
                        | "accord"
                        | "pact"
                        | "map"
                        | "text"
                        | "settlement"
                        | "terms"
                        | "contract"
                        | "line"
                        | "lines"
                )
            })
}

/// "has nothing to fear from judges", "no reason to fear the court",
/// "no need to fear": what is not feared is accepted.
fn fear_nothing(b: &Block, t: usize) -> bool {
    if !matches!(b.lw(t), "no" | "nothing") {
        return false;
    }
    let k = match b.lw(t + 1) {
        "to" => t + 1,
        "reason" | "need" => t + 2,
        _ => return false,
    };
    b.lw(k) == "to" && b.lw(k + 1) == "fear"
}

/// Whether the proposition is itself a delay ("The handover is delayed
/// by five years", "… is postponed", "… deferred").
fn proposes_delay(pol: &Polarity) -> bool {
    pol.own.iter().any(|o| {
        ["delay", "postpon", "defer"]
            .iter()
            .any(|r| o.starts_with(r))
    })
}

/// Whether "why" at `t` opens a question of its own (at the start of
/// what is read or of a sentence) that ends in a question mark.
fn rhetorical(b: &Block, a: usize, t: usize) -> bool {
    let opens = t == a || b.is_quote_mark(t - 1) || b.is_terminal(t - 1);
    opens
        && (t + 1..(t + 40).min(b.len()))
            .find(|&k| b.is_terminal(k))
            .is_some_and(|k| b.tok_text(k) == "?")
}

/// "would put 19 people out of work", "out of business", "out of a job"
/// at `t`: a harm of three words.
fn out_of_work(b: &Block, t: usize) -> bool {
    b.lw(t) == "out"
        && b.lw(t + 1) == "of"
        && (matches!(b.lw(t + 2), "work" | "business" | "jobs")
            || (b.lw(t + 2) == "a" && b.lw(t + 3) == "job"))
}

/// A harm said in a phrase at `t`, with its length: "out of work", "a
/// social experiment nobody asked for" (what no one wants), "the
/// delivery window is far too long" (an excess, see `too`).
fn harm_phrase(b: &Block, a: usize, t: usize, z: usize) -> Option<(&'static str, usize)> {
    let ends = |k: usize| phrase_ends(b, k, z);
    if out_of_work(b, t) {
        return Some(("out of work", 3));
    }
    let w = b.lw(t);
    if w == "nobody" && b.lw(t + 1) == "asked" && b.lw(t + 2) == "for" && ends(t + 3) {
        return Some(("nobody asked for", 3));
    }
    if w == "nobody"
        && matches!(b.lw(t + 1), "wants" | "wanted" | "needs" | "needed")
        && ends(t + 2)
    {
        return Some(("nobody wants", 2));
    }
    // "a blank cheque", "a budget cut dressed up as a reform", "treason
    // dressed as diplomacy".
    if w == "blank" && matches!(b.lw(t + 1), "cheque" | "check") {
        return Some(("blank cheque", 2));
    }
    if w == "dressed" && b.lw(t + 1) == "up" && b.lw(t + 2) == "as" {
        return Some(("dressed up as", 3));
    }
    if w == "dressed" && b.lw(t + 1) == "as" {
        return Some(("dressed as", 2));
    }
    // "would make a settlement harder", "make it more difficult".
    if (w == "harder" || w == "difficult" || (w == "more" && b.lw(t + 1) == "difficult"))
        && (t.saturating_sub(5).max(a)..t)
            .any(|k| matches!(b.lw(k), "make" | "makes" | "made" | "making"))
    {
        return Some(("make … harder", if w == "more" { 2 } else { 1 }));
    }
    // "behind the voters' backs".
    if w == "behind" {
        if let Some(k) = (t + 1..(t + 5).min(z)).find(|&k| matches!(b.lw(k), "back" | "backs")) {
            return Some(("behind … backs", k + 1 - t));
        }
    }
    // "had much to fear from the ban", "everything to fear".
    if matches!(w, "much" | "everything" | "lot")
        && b.lw(t + 1) == "to"
        && matches!(b.lw(t + 2), "fear" | "lose")
    {
        return Some(("much to fear", 3));
    }
    // "a border from the last century", "a way to buy time", "selling
    // them was another matter entirely".
    // "would stand in the way of a referendum": obstruction ("would not
    // stand in the way" accepts).
    if matches!(w, "stand" | "stands" | "standing" | "stood")
        && b.lw(t + 1) == "in"
        && b.lw(t + 2) == "the"
        && b.lw(t + 3) == "way"
    {
        return Some(("stand in the way", 4));
    }
    // "a death sentence for Melic schools", "it would end in tears";
    // "would undo thirty years of open travel".
    if w == "death" && b.lw(t + 1) == "sentence" {
        return Some(("a death sentence", 2));
    }
    if w == "end" && b.lw(t + 1) == "in" && b.lw(t + 2) == "tears" {
        return Some(("end in tears", 3));
    }
    if w == "undo" && (t + 1..(t + 5).min(z)).any(|k| b.lw(k) == "years" || b.lw(k) == "decades") {
        return Some(("undo … years", 1));
    }
    // "have a very poor record", "a poor track record"; "treats 6,000
    // families as suspects".
    if matches!(w, "poor" | "bad" | "dismal" | "terrible")
        && (b.lw(t + 1) == "record" || (b.lw(t + 1) == "track" && b.lw(t + 2) == "record"))
    {
        return Some(("a poor record", if b.lw(t + 1) == "track" { 3 } else { 2 }));
    }
    if w == "as"
        && matches!(b.lw(t + 1), "suspects" | "criminals")
        && (t.saturating_sub(6).max(a)..t).any(|k| b.lw(k).starts_with("treat"))
    {
        return Some(("treats … as suspects", 2));
    }
    if w == "last" && b.lw(t + 1) == "century" {
        return Some(("the last century", 2));
    }
    if w == "buy"
        && (t + 1..(t + 3).min(z)).any(|k| matches!(b.lw(k), "time" | "months" | "years" | "weeks"))
    {
        return Some(("buy time", 1));
    }
    if w == "another" && b.lw(t + 1) == "matter" && t > a && b.has(t - 1, c::BE) {
        return Some(("another matter", 2));
    }
    // "would force the company to leave": coercion.
    if matches!(w, "force" | "forces")
        && t > a
        && b.has(t - 1, c::MODAL)
        && (t + 2..(t + 6).min(z)).any(|k| b.lw(k) == "to")
    {
        return Some(("would force … to", 1));
    }
    (too(b, a, t, z) == Some(true)).then_some(("too", 2))
}

/// Whether a phrase ends at token `k` (before `z`): the end of what is
/// read, a full stop, a comma or a quotation mark.
fn phrase_ends(b: &Block, k: usize, z: usize) -> bool {
    k >= z || b.is_terminal(k) || b.is_comma(k) || b.is_quote_mark(k)
}

/// "too" said of the topic at `t` ("the window is far too long"):
/// `Some(true)` for an excess, `Some(false)` for too little of it ("40
/// crowns was too low", "too narrow": more of it is wanted); `None` when
/// it is no such judgment ("too late", "too important to ignore").
fn too(b: &Block, a: usize, t: usize, z: usize) -> Option<bool> {
    let ends = |k: usize| phrase_ends(b, k, z);
    let be = |k: usize| k >= a && k < t && b.has(k, c::BE);
    let judged = b.lw(t) == "too"
        && b.is_lower(t + 1)
        && !matches!(
            b.lw(t + 1),
            "much" | "many" | "often" | "late" | "early" | "soon"
        )
        && (ends(t + 2) || b.lw(t + 2) == "and")
        && {
            // ("was far too long", "was still too broad", "was not too
            // broad", "was “too broad”".)
            let mut k = t.wrapping_sub(1);
            if b.is_quote_mark(k) {
                k = k.wrapping_sub(1);
            }
            if matches!(
                b.lw(k),
                "far" | "much" | "way" | "simply" | "just" | "still" | "not" | "clearly"
            ) {
                k = k.wrapping_sub(1);
                // (Or 'was “far too narrow”'.)
                if b.is_quote_mark(k) {
                    k = k.wrapping_sub(1);
                }
            }
            be(k)
        };
    let little = matches!(
        b.lw(t + 1),
        "low"
            | "small"
            | "little"
            | "short"
            | "weak"
            | "timid"
            | "modest"
            | "slow"
            | "few"
            | "cautious"
            | "narrow"
            | "limited"
            | "cheap"
    );
    judged.then_some(!little)
}

/// "closing a loophole", "to tackle the scandal": a harm that the claim
/// removes is no harm said of the topic.
fn harm_removed(b: &Block, a: usize, t: usize) -> bool {
    let v = if t > a + 1 && b.has(t - 1, c::DETERMINER | c::POSSESSIVE) {
        t - 2
    } else if t > a {
        t - 1
    } else {
        return false;
    };
    // ("would undo the damage", "repair the harm", "reverse the
    // mistakes".)
    [
        "clos", "plug", "shut", "fix", "tackl", "stop", "remov", "undo", "undid", "repair",
        "revers", "heal",
    ]
    .iter()
    .any(|r| b.lw(v).starts_with(r))
}

/// "pay for the mistakes of": a word of harm that is the object of a
/// preposition names what is spoken of, not what is said of it; so does
/// one that is escaped ("lift families out of poverty", "out of what
/// she called poverty").
fn object_of_preposition(b: &Block, a: usize, t: usize) -> bool {
    let p = if t > a && b.has(t - 1, c::DETERMINER | c::POSSESSIVE) {
        t - 1
    } else {
        t
    };
    let escaped = (t.saturating_sub(8).max(a + 1)..t)
        .rev()
        .take_while(|&k| !b.is_comma(k) && !b.is_terminal(k))
        .any(|k| b.lw(k - 1) == "out" && b.lw(k) == "of");
    escaped || (p > a && matches!(b.lw(p - 1), "of" | "for" | "about" | "over" | "from"))
}

/// "the threat of a ban", "the risk of floods": a noun of prospect before
/// "of" names what is spoken of (the ban, the floods), not a harm said
/// of the topic.
fn prospect_of(b: &Block, t: usize) -> bool {
    matches!(b.lw(t), "threat" | "threats" | "risk" | "risks") && b.lw(t + 1) == "of"
}

/// A limit at `t` ("up to 6", "at most 6", "no more than 6", "a maximum
/// of 6"): its length in tokens, with the figure.
fn limit_at(b: &Block, t: usize) -> Option<(usize, f64)> {
    let len = match (b.lw(t), b.lw(t + 1), b.lw(t + 2)) {
        ("up", "to", _) | ("at", "most", _) => 2,
        ("no", "more" | "higher", "than") => 3,
        // ("a maximum of 8 percent": the figure after "of".)
        ("maximum", "of", _) => 2,
        _ => return None,
    };
    let n = b.lw(t + len).replace(',', "").parse::<f64>().ok()?;
    Some((len + 1, n))
}

/// "not only", and after a comma "not least", "not to mention", "not
/// because": no negation of what is said ("backed the ban, not least in
/// the old town").
fn not_least(b: &Block, t: usize) -> bool {
    let after_comma = t > 0 && b.is_comma(t - 1);
    b.lw(t) == "not"
        && (b.lw(t + 1) == "only"
            || (after_comma
                && (matches!(b.lw(t + 1), "least" | "because")
                    || (b.lw(t + 1) == "to" && b.lw(t + 2) == "mention"))))
}

/// "the end of" at `t` (the "the") as a predicate: after a verb "be",
/// "mean", "spell" or "mark" ("would be the end of farming"); not a time
/// ("by the end of the year").
fn the_end_of(b: &Block, a: usize, t: usize) -> bool {
    if b.lw(t) != "the" || b.lw(t + 1) != "end" || b.lw(t + 2) != "of" {
        return false;
    }
    let mut k = t;
    while k > a && b.is_quote_mark(k - 1) {
        k -= 1;
    }
    k > a
        && (b.has(k - 1, c::BE)
            || ["mean", "spell", "mark", "signal"]
                .iter()
                .any(|r| b.lw(k - 1).starts_with(r)))
}

/// The end of a stance verb's object: "dismissed X as Y", "rejected X,
/// saying …". An object after a fronted complement ("dismissed as
/// unfair the toll") is read as none: the complement says the cue's
/// side again, and its harm does not turn it.
fn object_end(b: &Block, a: usize, z: usize) -> usize {
    (a..z)
        .find(|&t| b.lw(t) == "as" || (t > a && b.is_punct(t, ",")))
        .unwrap_or(z)
}

/// The clause after a contrasting "but" that ends the main clause of
/// `a..z` ("would continue to help … but would not accept …", "painful
/// but necessary"): it carries the position. Not "but also".
pub fn contrast_part(b: &Block, a: usize, z: usize) -> Option<(usize, usize)> {
    let end = main_clause_end(b, a, z);
    if let Some(next) = corrected_denial(b, a, end, z) {
        return Some(next);
    }
    if only_correction(b, a, end) {
        // "not X, only Y": Y is what is asked for.
        let s = past_quote_marks(b, end + 1) + 1;
        let e = main_clause_end(b, s, z);
        return (e > s).then_some((s, e));
    }
    let k = if b.is_punct(end, ",") { end + 1 } else { end };
    if k >= z || !matches!(b.lw(k), "but" | "yet") || b.lw(k + 1) == "also" {
        return None;
    }
    let mut s = k + 1;
    while s < z && (b.lw(s) == "that" || b.is_punct(s, ",")) {
        s += 1;
    }
    // ("no strong view on the ransom, but if pressed would never pay
    // it": a participle's condition before the clause's verb.)
    if matches!(b.lw(s), "if" | "when")
        && b.lw(s + 1).ends_with("ed")
        && b.has(s + 2, c::MODAL | c::AUX | c::NEGATION)
    {
        s += 2;
    }
    // ("Screening is fine, but not if it becomes a reason to wait": a
    // condition of what was approved, no clause of its own.)
    if b.lw(s) == "not" && matches!(b.lw(s + 1), "if" | "when") {
        return None;
    }
    let e = main_clause_end(b, s, z);
    // ("The amnesty will go, but not this year": a time set aside, no
    // refusal.)
    if b.lw(s) == "not" && e <= s + 5 && deferral_at(b, s + 1) {
        return None;
    }
    (e > s && (s..e).any(|t| b.is_word(t))).then_some((s, e))
}

/// The noun "object" at `t`: "a review of every object", "“a single
/// object”", "a museum for objects from the wreck" (not the verb, "we
/// object to", "would object").
fn object_noun(b: &Block, a: usize, t: usize) -> bool {
    let det = |k: usize| {
        b.has(k, c::DETERMINER | c::PREPOSITION | c::NUMBER_WORD)
            || matches!(b.lw(k), "every" | "each" | "single" | "other" | "such")
    };
    let before = (t > a && det(t - 1))
        || (t > a + 1
            && (b.is_quote_mark(t - 1) || b.is_lower(t - 1))
            && b.has(t - 2, c::DETERMINER));
    before || b.is_cap(t) || matches!(b.lw(t + 1), "from" | "of" | "in")
}

/// A time at `t` ("this year", "yet", "before the election", "in
/// 2032"): after "but not" it puts off what was said, no refusal.
fn deferral_at(b: &Block, t: usize) -> bool {
    match b.lw(t) {
        "yet" | "now" | "today" | "tomorrow" | "immediately" | "overnight" | "before" | "until" => {
            true
        }
        "this" | "next" => matches!(
            b.lw(t + 1),
            "year" | "month" | "week" | "summer" | "winter" | "spring" | "autumn" | "time"
        ),
        "in" => {
            let y = b.lw(t + 1);
            b.has(t + 1, c::NUMBER_WORD)
                || (!y.is_empty() && y.chars().all(|ch| ch.is_ascii_digit()))
        }
        _ => false,
    }
}

/// A clause after "but" that refuses ("had “no strong view” on the
/// lights but would “never accept” a switch-off"): it decides, not the
/// neutrality before it.
fn refused_after(b: &Block, contrast: Option<(usize, usize)>) -> bool {
    contrast.is_some_and(|(s, e)| (s..e).any(|k| b.is_verb_negation(k) || b.has(k, c::OPPOSE)))
}

/// "We are not against 5G. We are against …", "We do not dispute X. We
/// dispute Y": a denial (the sentence `a..end`, negated) corrected by the
/// next sentence, which opens with the same subject (or "they", "we"
/// after a noun: "Our members do not oppose X. They oppose Y"), repeats
/// one of the denial's first words (its auxiliary or verb) and is not
/// negated. The next sentence's main clause.
fn corrected_denial(b: &Block, a: usize, end: usize, z: usize) -> Option<(usize, usize)> {
    if end >= z || !b.is_terminal(end) {
        return None;
    }
    let s = end + 1;
    let e = main_clause_end(b, s, z);
    let first: Vec<&str> = (a + 1..(a + 5).min(end)).map(|k| b.lw(k)).collect();
    let negated = |x: usize, y: usize| (x..y).any(|k| b.is_verb_negation(k));
    let repeats = (s + 1..(s + 3).min(e)).any(|k| b.is_word(k) && first.contains(&b.lw(k)));
    (e > s + 2
        && b.is_word(a)
        && (b.lw(s) == b.lw(a)
            || (demonstrative(b.lw(s)) && demonstrative(b.lw(a)))
            // ("Our members do not oppose cleaner air. They oppose …".)
            || (matches!(b.lw(s), "they" | "we") && !b.has(a, c::NEGATION)))
        && negated(a, end)
        && !negated(s, e)
        && repeats)
        .then_some((s, e))
}

/// "it", "this", "that": subjects that point back to the same thing
/// ("That is not X. It is Y").
fn demonstrative(w: &str) -> bool {
    matches!(w, "it" | "this" | "that")
}

/// The stance of what was said in `a..z` (the quotation or the reported
/// content), given the cue and whether the cue is negated; `pol` is the
/// proposition's polarity words, `None` when the target is taken from the
/// clause. `contrast`, if given, is the clause after "but" that decides
/// (see [`contrast_part`]).
pub fn stance(
    b: &Block,
    (a, z): (usize, usize),
    cue: (CueStance, Option<&str>),
    negated: bool,
    pol: Option<&Polarity>,
    contrast: Option<(usize, usize)>,
) -> Found {
    let (cue, phrase) = cue;
    let mut reasons = Vec::new();
    let main_end = main_clause_end(b, a, z);
    let contrast = contrast.filter(|_| cue == CueStance::Say && pol.is_some());
    // A condition in a clause after "but" that does not decide (it speaks
    // of another topic: "ready for a truce but would not release anyone
    // unless …") is not the stance's.
    let cond = condition(b, a, z, negated).filter(|&(t, _)| {
        contrast.is_some() || !(a..t).any(|k| b.lw(k) == "but" && b.has(k + 1, c::MODAL | c::AUX))
    });
    // (Nor is a condition in a later sentence of a quotation whose first
    // says the stance: "We welcome the ban. … If the ministry asks for
    // more, it will have more.")
    let cond = cond.filter(|&(t, _)| !(a + 1..t).any(|k| b.is_terminal(k)));
    let scope_end = match (contrast, cond) {
        (Some((_, e)), Some((t, _))) if t > a => t.min(e),
        (Some((_, e)), _) => e,
        (None, Some((t, _))) if t > a => t.min(main_end),
        _ => main_end,
    };
    let scope_end = if cue == CueStance::Say {
        scope_end
    } else {
        object_end(b, a, scope_end)
    };
    let scope_start = match (contrast, cond) {
        (Some((s, _)), _) => {
            reasons.push("the clause after \"but\"".to_string());
            s
        }
        // "If X, Y": the main clause is after the comma.
        (None, Some((t, e))) if t == a => (e..z).find(|&k| !b.is_punct(k, ",")).unwrap_or(z).max(a),
        _ => a,
    };
    let scope_end = first_predicate_end(b, scope_start, scope_end).max(scope_start);
    let none = Polarity::default();
    let (mut sign, mut signal) = polarity(
        b,
        (scope_start, scope_end),
        pol.unwrap_or(&none),
        pol.is_some(),
        &mut reasons,
    );
    // A quotation of several sentences whose first says nothing of a
    // side: the first of the next ones that does ("Riders came in their
    // hundreds. There is no case for a ban on scooters").
    if !signal && cue == CueStance::Say && contrast.is_none() && cond.is_none() {
        let mut s = main_end;
        for _ in 0..3 {
            let Some(t) = (s..z).find(|&k| b.is_terminal(k)) else {
                break;
            };
            let start = past_quote_marks(b, t + 1);
            if start >= z {
                break;
            }
            let end = main_clause_end(b, start, z);
            let end = first_predicate_end(b, start, end).max(start);
            s = end.max(t + 1);
            // (Only a sentence that names the topic or the proposition:
            // "You do not need a degree to see where that ends" is not
            // about the harbour.)
            let p = pol.unwrap_or(&none);
            if !(start..end).any(|x| names_proposition(b, x, p)) {
                continue;
            }
            let mut why = Vec::new();
            let (sg, sl) = polarity(b, (start, end), p, pol.is_some(), &mut why);
            if sl {
                (sign, signal) = (sg, sl);
                reasons.push("a later sentence of the quotation".to_string());
                reasons.extend(why);
                break;
            }
        }
    }
    let mut base: i8 = match cue {
        CueStance::Against => -1,
        _ => 1,
    };
    // "would scrap the rental scheme" toward "The rental scheme ends":
    // an undoing that is what the proposition does agrees with it.
    let undoing_cue = phrase.is_some_and(|p| {
        ["scrap", "repeal", "abolish"]
            .iter()
            .any(|u| p.ends_with(u))
    });
    if undoing_cue && pol.is_some_and(|p| undoing_agrees(b, a..z.min(a + 6), p)) {
        base = 1;
        reasons.push("an undoing the proposition itself makes".to_string());
    }
    // "backs the Senate" toward "The Senate is abolished": the cue's
    // approval keeps what the proposition removes.
    // (A verb of approval, not of wanting: "want officers to be able to
    // stop recording".)
    let approving = phrase.is_some_and(|p| {
        APPROVAL.contains(&p) || matches!(p, "back" | "defend" | "defends" | "defended")
    });
    if cue == CueStance::Favor && approving && pol.is_some_and(|p| removed_at(b, a, z, p)) {
        base = -1;
        reasons.push("approves what the proposition removes".to_string());
    }
    if let Some(p) = phrase.filter(|_| cue != CueStance::Say) {
        reasons.insert(0, format!("cue \"{p}\""));
    }
    let cue_sign = if negated {
        reasons.insert(0, "negated cue".to_string());
        -1
    } else {
        1
    };
    let mut total = base * cue_sign * sign;
    // "If this passes, we will see them in court": a condition that is
    // the proposition's own fate makes no conditional stance; the
    // consequence said of that fate is the stance.
    let fate = cond.and_then(|(t, e)| fate_of(b, t, e, pol.unwrap_or(&none)));
    if let Some((f, goes_on)) = fate {
        let hostile = (scope_start..scope_end).find(|&k| hostile_action(b, k));
        if let Some(k) = hostile {
            reasons.push(format!("\"{}\" (what is done if it happens)", b.lw(k)));
        }
        // (An action already read as opposition, "would fight the ban if
        // it was approved", is not turned twice.)
        let answer: i8 = if hostile.is_some() && total > 0 {
            -1
        } else {
            1
        };
        reasons.push(if goes_on {
            "a consequence if it goes on".to_string()
        } else if f > 0 {
            "a consequence if it happens".to_string()
        } else {
            "a consequence if it is stopped".to_string()
        });
        total *= f * answer;
    }
    let cond = cond.filter(|_| fate.is_none());
    let neutral = (scope_start..scope_end).any(|t| b.has(t, c::NEUTRAL));
    let stance = if cond.is_some() {
        reasons.push("condition".to_string());
        Stance::Conditional
    } else if cue == CueStance::Say
        && ((declared_neutral(b, a, main_end) && !refused_after(b, contrast))
            || contrast.is_some_and(|(s, e)| declared_neutral(b, s, e)))
    {
        // (Also in the clause after "but" that decides: "would study the
        // ban but would not comment on it".)
        reasons.push("a declared neutrality".to_string());
        Stance::Neutral
    } else if cue == CueStance::Say && !signal && !negated && neutral {
        reasons.push("a report on the state of things".to_string());
        Stance::Neutral
    } else if total > 0 {
        Stance::Favor
    } else {
        Stance::Against
    };
    Found {
        stance,
        condition: cond,
        main_end,
        reasons,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    fn st(text: &str, cue: CueStance, negated: bool, pol: &Polarity) -> (Stance, Option<String>) {
        let b = Block::new(
            text,
            Span {
                start: 0,
                end: text.len(),
            },
            0,
        );
        let f = stance(
            &b,
            (0, b.len()),
            (cue, Some("said")),
            negated,
            Some(pol),
            contrast_part(&b, 0, b.len()),
        );
        (
            f.stance,
            f.condition.map(|(x, y)| b.text_of(x, y).to_string()),
        )
    }

    #[test]
    fn negation_double_negation_and_conditions() {
        let none = Polarity::default();
        let say = CueStance::Say;
        let cases: &[(&str, CueStance, bool, Stance)] = &[
            (
                "Iran would never give up uranium enrichment",
                say,
                false,
                Stance::Favor,
            ),
            (
                "we will not accept a unilateral filling",
                say,
                false,
                Stance::Against,
            ),
            (
                "it would not hesitate to act again",
                say,
                false,
                Stance::Favor,
            ),
            (
                "the bloc would not rule out a ban on landings",
                say,
                false,
                Stance::Favor,
            ),
            (
                "the filling would not harm farmers",
                say,
                false,
                Stance::Favor,
            ),
            ("NATO membership", CueStance::Favor, true, Stance::Against),
            ("NATO membership", CueStance::Favor, false, Stance::Favor),
            ("the plan", CueStance::Against, false, Stance::Against),
            (
                "the two sides remained far apart",
                say,
                false,
                Stance::Neutral,
            ),
            (
                "Kessaria would not sign any agreement that limited its development",
                say,
                false,
                Stance::Against,
            ),
            (
                "the islands had no intention of giving up their share",
                say,
                false,
                Stance::Favor,
            ),
        ];
        for &(t, cue, neg, want) in cases {
            assert_eq!(st(t, cue, neg, &none).0, want, "{t}");
        }
        let (s, c) = st(
            "it could accept a slower filling if Kessaria agreed to release water",
            say,
            false,
            &none,
        );
        assert_eq!(s, Stance::Conditional);
        assert_eq!(c.as_deref(), Some("if Kessaria agreed to release water"));
        // The cue's own negation makes "before" a condition: "would not
        // agree to a figure before …".
        let (s, c) = st(
            "to a figure before large economies also committed to pay",
            CueStance::Favor,
            true,
            &none,
        );
        assert_eq!(s, Stance::Conditional);
        assert_eq!(
            c.as_deref(),
            Some("before large economies also committed to pay")
        );
        let (s, _) = st(
            "to a figure before large economies also committed to pay",
            CueStance::Favor,
            false,
            &none,
        );
        assert_eq!(s, Stance::Favor);
        let (s, _) = st(
            "If the trucks do not move this week, children will starve",
            say,
            false,
            &none,
        );
        assert_ne!(s, Stance::Conditional);
        for t in [
            "Dovrenia would return only if the filling was postponed",
            "the ministry would not reopen it unless the court found a flaw",
            "Reykjavik was ready to cut provided that the shares changed",
            "a truce was possible as long as the rebels withdrew",
        ] {
            assert_eq!(st(t, say, false, &none).0, Stance::Conditional, "{t}");
        }
    }

    /// Of a marked condition ("unless …") and a refusal that waits on a
    /// clause ("not … before …"), the one said first is the condition.
    #[test]
    fn the_first_of_two_conditions_is_the_condition() {
        let none = Polarity::default();
        let favor = CueStance::Favor;
        let (s, c) = st(
            "to a figure before large economies committed to pay unless the fund doubled",
            favor,
            true,
            &none,
        );
        assert_eq!(s, Stance::Conditional);
        assert!(
            c.as_deref().is_some_and(|c| c.starts_with("before")),
            "{c:?}"
        );
        let (s, c) = st(
            "to a figure unless the fund doubled before large economies committed to pay",
            favor,
            true,
            &none,
        );
        assert_eq!(s, Stance::Conditional);
        assert!(
            c.as_deref().is_some_and(|c| c.starts_with("unless")),
            "{c:?}"
        );
    }

    /// A condition runs to a semicolon or to a comma that opens a new
    /// clause ("…, but …"), not past them and not to any comma; one in a
    /// later coordinated clause ("… and might withdraw if …") is not the
    /// stance's.
    #[test]
    fn where_a_condition_ends_and_whose_it_is() {
        let none = Polarity::default();
        let say = CueStance::Say;
        let cond = |t: &str| st(t, say, false, &none).1;
        assert_eq!(
            cond(
                "it could accept a slower filling if Kessaria agreed to release water; talks go on"
            )
            .as_deref(),
            Some("if Kessaria agreed to release water")
        );
        assert_eq!(
            cond("it could accept a slower filling if Kessaria agreed to release water, but talks stalled")
                .as_deref(),
            Some("if Kessaria agreed to release water")
        );
        assert_eq!(
            cond(
                "it could accept a slower filling if Kessaria agreed, in writing, to release water"
            )
            .as_deref(),
            Some("if Kessaria agreed, in writing, to release water")
        );
        // A two-word marker well into the sentence.
        assert_eq!(
            cond("Dovrenia said it would return only if paid; talks go on").as_deref(),
            Some("only if paid")
        );
        let (s, c) = st(
            "it opposed the plan and might withdraw if the toll rose",
            say,
            false,
            &none,
        );
        assert_eq!((s, c), (Stance::Against, None));
    }

    /// A word of harm after a preposition names what is spoken of ("pay
    /// for the damage"); as a predicate it turns the stance ("would damage
    /// the farms").
    #[test]
    fn harm_after_a_preposition_is_what_is_spoken_of() {
        let none = Polarity::default();
        let say = CueStance::Say;
        for (t, want) in [
            ("the owners should pay for the damage", Stance::Favor),
            ("the owners should pay for damage", Stance::Favor),
            ("the dam would damage the farms", Stance::Against),
        ] {
            assert_eq!(st(t, say, false, &none).0, want, "{t}");
        }
    }

    /// What `stance` finds for `text` said with `cue` (a proposition with
    /// no words of its own), the clause after "but" offered.
    fn found(text: &str, cue: CueStance) -> Found {
        let b = Block::new(
            text,
            Span {
                start: 0,
                end: text.len(),
            },
            0,
        );
        let none = Polarity::default();
        stance(
            &b,
            (0, b.len()),
            (cue, Some("said")),
            false,
            Some(&none),
            contrast_part(&b, 0, b.len()),
        )
    }

    /// Said ("said …, but …"), the clause after "but" carries the
    /// position, also after a fronted condition; after a stance verb
    /// ("backed X but …") the verb's object does.
    #[test]
    fn the_clause_after_but_decides_what_was_said() {
        let f = found(
            "we would continue to help, but would not accept a unilateral filling",
            CueStance::Say,
        );
        assert_eq!(f.stance, Stance::Against);
        assert!(
            f.reasons.iter().any(|r| r.contains("after \"but\"")),
            "{:?}",
            f.reasons
        );
        let f = found("the fund but would not pay more", CueStance::Favor);
        assert_eq!(f.stance, Stance::Favor, "{:?}", f.reasons);
        let f = found(
            "If the fund doubled, we would help, but would not accept loans",
            CueStance::Say,
        );
        assert_eq!(f.stance, Stance::Conditional);
        assert!(
            f.reasons.iter().any(|r| r == "negation \"not\""),
            "{:?}",
            f.reasons
        );
    }

    /// A conditional stance's reasons (the rule the curator reads) come
    /// from the clause the condition qualifies (before the marker), not
    /// from the condition.
    #[test]
    fn the_reasons_of_a_condition_come_from_the_clause_it_qualifies() {
        let negation = |f: &Found| f.reasons.iter().any(|r| r == "negation \"not\"");
        for (text, in_clause) in [
            ("we would accept loans only if rates were not raised", false),
            ("If rates were not raised, we would accept loans", false),
            // The main clause after a fronted condition is read.
            ("If the fund doubled, we would not accept loans", true),
            ("we would not accept loans unless the fund doubled", true),
            (
                "we would help, but would accept loans only if rates were not raised",
                false,
            ),
        ] {
            let f = found(text, CueStance::Say);
            assert_eq!(f.stance, Stance::Conditional, "{text}");
            assert_eq!(negation(&f), in_clause, "{text}: {:?}", f.reasons);
        }
    }

    /// A stance verb ("backed", "rejected") is the first reason given; a
    /// verb of saying is no reason.
    #[test]
    fn a_stance_verb_is_the_first_reason() {
        let f = found("NATO membership", CueStance::Favor);
        assert_eq!(f.reasons.first().map(String::as_str), Some("cue \"said\""));
        let f = found("we will not accept a unilateral filling", CueStance::Say);
        assert!(
            !f.reasons.iter().any(|r| r.starts_with("cue")),
            "{:?}",
            f.reasons
        );
    }

    #[test]
    fn words_the_profile_declares_opposite() {
        let pol = Polarity {
            opposite: vec![vec!["postpone".to_string()], vec!["loans".to_string()]],
            negated: vec!["inspection".to_string()],
            own: vec!["tolls".to_string(), "suspended".to_string()],
            figure: None,
            topic: Vec::new(),
        };
        let (favor, against) = (CueStance::Favor, CueStance::Against);
        let cases: &[(&str, CueStance, Stance)] = &[
            ("Kessaria to postpone the filling", favor, Stance::Against),
            ("inspections by government soldiers", against, Stance::Favor),
            // An opposite in a relative clause after a noun says what the
            // noun is; "and that" is no relative clause (a second
            // content clause, not read when the first took a side).
            (
                "a plan that would postpone the filling",
                against,
                Stance::Favor,
            ),
            (
                "the filling was welcome and that some wanted to postpone it",
                CueStance::Say,
                Stance::Favor,
            ),
            // The alternative refused after "rather than" turns nothing.
            (
                "the fund pay out grants rather than loans",
                favor,
                Stance::Favor,
            ),
            (
                "the fund pay out loans instead of grants",
                favor,
                Stance::Against,
            ),
            // A verb of undoing that the proposition says is no turn.
            ("the council to suspend all tolls", favor, Stance::Favor),
            // Nor, the proposition undoing ("tolls are suspended"), is
            // another one ("drop the tolls"), unless what it undoes is the
            // change itself ("scrap the suspension").
            ("to drop the tolls", favor, Stance::Favor),
            ("to scrap the suspension", favor, Stance::Against),
        ];
        for &(t, cue, want) in cases {
            assert_eq!(st(t, cue, false, &pol).0, want, "{t}");
        }
        // A verb that undoes its object turns the stance.
        let tolls = Polarity {
            own: vec!["tolls".to_string(), "charged".to_string()],
            ..Polarity::default()
        };
        for (t, cue, want) in [
            ("to drop the tolls", against, Stance::Favor),
            ("the tolls to be scrapped", favor, Stance::Against),
            ("prices would drop by half", CueStance::Say, Stance::Favor),
        ] {
            assert_eq!(st(t, cue, false, &tolls).0, want, "{t}");
        }
    }

    /// A noun of restriction first in what is read, with no "on" after
    /// it, is read by the rest of the clause: the word before the range
    /// is never looked at (at the block's start there is none).
    #[test]
    fn a_restriction_first_in_what_is_read() {
        let tolls = Polarity {
            own: vec!["tolls".to_string(), "charged".to_string()],
            ..Polarity::default()
        };
        for (t, want) in [
            ("limits would make the tolls fair", Stance::Favor),
            ("caps would not make the tolls fair", Stance::Against),
        ] {
            assert_eq!(st(t, CueStance::Say, false, &tolls).0, want, "{t}");
        }
    }

    /// "X rather than Y" weighs the proposition's words on each side;
    /// the side before may begin the block ("tolls rather than loans"
    /// is for the tolls, "loans rather than tolls" against them).
    #[test]
    fn rather_than_at_the_start_of_what_is_read() {
        let tolls = Polarity {
            own: vec!["tolls".to_string(), "charged".to_string()],
            ..Polarity::default()
        };
        for (t, want) in [
            ("tolls rather than loans", Stance::Favor),
            ("loans rather than tolls", Stance::Against),
        ] {
            assert_eq!(st(t, CueStance::Say, false, &tolls).0, want, "{t}");
        }
    }

    /// Each side of "rather than" counts the proposition's words, a pair
    /// in the proposition's order three times: "an outside firm" (a pair
    /// and a word) outweighs three words apart, so what is refused is the
    /// office.
    #[test]
    fn a_pair_of_the_propositions_words_weighs_more() {
        let audit = Polarity {
            own: ["outside", "firm", "audits", "accounts"]
                .map(String::from)
                .to_vec(),
            ..Polarity::default()
        };
        let t = "an outside firm rather than the accounts office that audits the firm";
        assert_eq!(st(t, CueStance::Say, false, &audit).0, Stance::Favor, "{t}");
    }

    /// A verb of undoing agrees with a proposition that undoes ("The
    /// construction is halted": "halting the construction"), unless the
    /// change itself follows within four words; a change named further on
    /// does not count ("… to drop the tolls for lorries during the
    /// suspension" is for the suspended tolls). A participle of undoing
    /// before its noun, with no verb of wanting, undoes nothing ("the
    /// scrapped tolls would return"); before a possessive it undoes its
    /// object ("scrapping its tolls"); first in what is read, there is no
    /// word before it to read ("scrapped tolls would return"). "gone"
    /// undoes only what is wanted gone ("the tolls have gone up").
    #[test]
    fn undoing_agrees_with_a_proposition_that_undoes() {
        let pol = |own: [&str; 2]| Polarity {
            own: own.map(String::from).to_vec(),
            ..Polarity::default()
        };
        let say = CueStance::Say;
        for (t, own, want) in [
            (
                "halting the construction is right",
                ["construction", "halted"],
                Stance::Favor,
            ),
            (
                "they urged the city to drop the tolls for lorries during the suspension",
                ["tolls", "suspended"],
                Stance::Favor,
            ),
            (
                "the scrapped tolls would return",
                ["tolls", "charged"],
                Stance::Favor,
            ),
            (
                "scrapping its tolls would help",
                ["tolls", "charged"],
                Stance::Against,
            ),
            (
                "scrapped tolls would return",
                ["tolls", "charged"],
                Stance::Favor,
            ),
            (
                "the tolls have gone up",
                ["tolls", "charged"],
                Stance::Favor,
            ),
        ] {
            assert_eq!(st(t, say, false, &pol(own)).0, want, "{t}");
        }
    }
}
