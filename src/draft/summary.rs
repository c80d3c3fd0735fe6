//! Short statements of a claim: the summary ("Rejects Kessaria's plan to
//! begin the third filling of the dam.") and, when the profile declares no
//! proposition for the topic, the target taken from what was said ("The
//! government reopens the pay settlement"). Both are cut at a phrase
//! boundary, never in the middle of a phrase, and carry no ellipsis.

use super::block::Block;
use super::lexicon::{class as c, present_tense};
use crate::model::Span;

/// Longest summary, in characters.
pub const SUMMARY_CHARS: usize = 90;
/// Longest derived target, in characters.
pub const TARGET_CHARS: usize = 70;

fn block_of(text: &str, span: Span) -> Block<'_> {
    Block::words(text, span)
}

/// Whether a phrase may end before token `t`.
fn boundary_before(b: &Block, t: usize) -> bool {
    b.is_punct(t, ",")
        || b.is_punct(t, ";")
        || b.is_punct(t, ":")
        || b.is_punct(t, "\u{2014}")
        || b.has(t, c::CLAUSE_BREAK | c::RELATIVE | c::PREPOSITION)
        || matches!(b.lw(t), "and" | "or" | "if" | "unless" | "until" | "so")
}

/// The words of tokens `a..z` (those `keep` accepts) cut to at most `max`
/// characters at a phrase boundary; trailing joints dropped.
fn cut(b: &Block, a: usize, z: usize, max: usize, keep: &dyn Fn(usize) -> bool) -> String {
    let mut out = String::new();
    let mut at_boundary = String::new();
    let mut prev_end: Option<usize> = None;
    for t in a..z {
        if !keep(t) {
            continue;
        }
        let w = b.tok_text(t);
        if boundary_before(b, t) && out.chars().count() >= 12 {
            at_boundary = out.clone();
        }
        if b.is_punct(t, ";") || b.is_terminal(t) && t + 1 < z {
            break;
        }
        let space = match (prev_end, b.toks.get(t)) {
            (Some(e), Some(tok)) => tok.start > e && !b.is_punct(t, ",") && !b.is_punct(t, "."),
            _ => false,
        };
        let add = usize::from(space) + w.chars().count();
        if out.chars().count() + add > max {
            if at_boundary.is_empty() {
                // One long phrase: cut after the last whole word.
                break;
            }
            out = at_boundary;
            break;
        }
        if space {
            out.push(' ');
        }
        out.push_str(w);
        prev_end = b.toks.get(t).map(|x| x.end);
    }
    let trim = |s: &str| -> String {
        s.trim_end_matches(|ch: char| {
            matches!(
                ch,
                ',' | ';' | ':' | '.' | '"' | '\u{201D}' | '\u{201C}' | '\u{2014}'
            ) || ch.is_whitespace()
        })
        .to_string()
    };
    let mut words: Vec<String> = out.split(' ').map(str::to_string).collect();
    let joint = |w: &str| matches!(w, "and" | "or" | "but" | "the" | "a" | "an" | "to" | "of");
    // Trailing joints dropped, and the punctuation before them ("allows,”
    // and" -> "allows").
    loop {
        if let Some(last) = words.last_mut() {
            *last = trim(last);
        }
        let drop = words
            .last()
            .is_some_and(|w| w.is_empty() || (words.len() > 3 && joint(w)));
        if !drop {
            break;
        }
        words.pop();
    }
    words.join(" ")
}

fn capitalise(s: &str) -> String {
    let s = s.trim_start_matches(['"', '\u{201C}', '\'', '\u{2018}']);
    let mut ch = s.chars();
    match ch.next() {
        Some(f) => f.to_uppercase().chain(ch).collect(),
        None => String::new(),
    }
}

/// The summary of a claim whose main clause is `main`: a stance verb in the
/// present tense and its object ("Urges Kessaria to postpone the
/// filling."), or the clause itself, as a sentence.
pub fn summary(text: &str, main: Span, cue: Option<&str>) -> String {
    let b = block_of(text, main);
    let head = cue.and_then(present_tense);
    let room = SUMMARY_CHARS - 1 - head.as_ref().map_or(0, |h| h.chars().count() + 1);
    // "remains opposed to the ban" -> "Opposes the ban".
    let from = usize::from(cue == Some("opposed") && b.lw(0) == "to");
    let body = cut(&b, from, b.len(), room, &|_| true);
    let s = match head {
        Some(h) if !body.is_empty() => format!("{h} {body}"),
        _ => capitalise(&body),
    };
    if s.is_empty() {
        return s;
    }
    // A quotation cut short is closed ("He would open “the first Sunday
    // the law allows”.").
    let opened = s.matches('\u{201C}').count() > s.matches('\u{201D}').count();
    let close = if opened {
        "\u{201D}"
    } else if s.matches('"').count() % 2 == 1 {
        "\""
    } else {
        ""
    };
    format!("{s}{close}.")
}

/// The span to summarise: `main`, or, when it is an answer's first word
/// or two ("No.", "I am.") and the claim's `span` goes on, the rest of
/// the span from the next word ("A flight that connects … is exempt").
pub fn past_a_short_answer(text: &str, main: Span, span: Span) -> Span {
    let Some(head) = text.get(main.start..main.end) else {
        return main;
    };
    let short = head.split_whitespace().count() <= 2;
    let rest = text.get(main.end..span.end).unwrap_or("");
    // (A sentence of its own: "Rejects those demands, calling them …"
    // keeps its short object.)
    let ended = |gap: &str| gap.contains(['.', '?', '!']) || head.ends_with(['.', '?', '!']);
    match rest.find(char::is_alphanumeric) {
        Some(i) if short && main.end <= span.end && ended(&rest[..i]) => Span {
            start: main.end + i,
            end: span.end,
        },
        _ => main,
    }
}

/// A target taken from what was said, when the profile has no proposition:
/// the clause with its negation removed (the stance says for or against),
/// or a stance verb's object.
pub fn derived_target(text: &str, main: Span) -> String {
    let b = block_of(text, main);
    // "would not hesitate to defend" -> "would defend".
    let in_not_hesitate = |t: usize| (t.saturating_sub(2)..t).any(|p| b.not_hesitate(p));
    // (A negation that says what a noun is stays: "a ban I cannot
    // explain".)
    let keep = |t: usize| {
        !((b.is_verb_negation(t) && !super::stance::reduced_relative(&b, 0, t))
            || in_not_hesitate(t))
    };
    capitalise(&cut(&b, 0, b.len(), TARGET_CHARS, &keep))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whole(t: &str) -> Span {
        Span {
            start: 0,
            end: t.len(),
        }
    }

    #[test]
    fn summaries_are_short_statements() {
        let t = "Kessaria's plan to begin the third filling of the Upper Talmar Dam in July, saying the schedule would leave millions of its farmers without water";
        let s = summary(t, whole(t), Some("rejected"));
        assert!(
            s.starts_with("Rejects Kessaria's plan to begin the third filling"),
            "{s}"
        );
        assert!(
            s.ends_with('.') && !s.contains('\u{2026}') && s.chars().count() <= SUMMARY_CHARS,
            "{s}"
        );
        let t = "the government would phase out fuel subsidies over three years and protect the poorest households with cash transfers";
        assert_eq!(
            summary(t, whole(t), Some("said")),
            "The government would phase out fuel subsidies over three years."
        );
        // Punctuation before a joint dropped at the end goes with it.
        let t = "he would open \u{201C}the first Sunday the law allows,\u{201D} and that he would pay Sunday staff double \u{201C}because nobody will come otherwise.\u{201D}";
        assert_eq!(
            summary(t, whole(t), None),
            "He would open \u{201C}the first Sunday the law allows\u{201D}."
        );
        let t = "the ban was \"a decision for parliament, not for a city hall,\" it said";
        let main = Span {
            start: 0,
            end: t.find(", not").unwrap_or(t.len()),
        };
        assert_eq!(
            summary(t, main, None),
            "The ban was \"a decision for parliament\"."
        );
        assert_eq!(
            summary(t, whole(t), None),
            "The ban was \"a decision for parliament, not for a city hall,\" it said."
        );
        let t = "We will not accept a unilateral filling of the reservoir, this year or any year";
        assert_eq!(
            summary(t, whole(t), None),
            "We will not accept a unilateral filling of the reservoir, this year or any year."
        );
        // Adjectives of stance: "remains opposed to the ban", "are in
        // favour of the ban".
        let t = "to the ban on scooters";
        assert_eq!(
            summary(t, whole(t), Some("opposed")),
            "Opposes the ban on scooters."
        );
        let t = "the ban on scooters";
        assert_eq!(
            summary(t, whole(t), Some("in favour of")),
            "Favours the ban on scooters."
        );
    }

    #[test]
    fn derived_targets_drop_the_negation() {
        let t = "the government would not reopen the pay settlement";
        assert_eq!(
            derived_target(t, whole(t)),
            "The government would reopen the pay settlement"
        );
        let t = "We will not hesitate to defend our rights";
        assert_eq!(derived_target(t, whole(t)), "We will defend our rights");
        // (A negation in a relative clause says what the noun is: it
        // stays.)
        let t = "I will not vote for a ban I cannot explain to the families";
        assert_eq!(
            derived_target(t, whole(t)),
            "I will vote for a ban I cannot explain to the families"
        );
    }

    /// An answer's opening "No." is skipped; a short object before a
    /// comma is not.
    #[test]
    fn past_a_short_answer_only_after_a_sentence_of_its_own() {
        let t = "No. A flight that connects is exempt.";
        let got = past_a_short_answer(
            t,
            Span { start: 0, end: 2 },
            Span {
                start: 0,
                end: t.len(),
            },
        );
        assert_eq!(&t[got.start..got.end], "A flight that connects is exempt.");
        let t = "those demands, calling them an ultimatum";
        let main = Span { start: 0, end: 13 };
        let got = past_a_short_answer(
            t,
            main,
            Span {
                start: 0,
                end: t.len(),
            },
        );
        assert_eq!(got, main);
    }
}
