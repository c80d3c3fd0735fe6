//! One block of the article prepared for the rules: tokens with their word
//! classes (one table lookup each), sentences and quotations. Offsets are
//! byte offsets in the whole article; a block is analysed and dropped, so
//! memory does not grow with the article.

use super::lexicon::{self as lx, class as c, CueStance};
use super::text::{self, Quote, TokKind, Token};
use crate::model::Span;

/// A possessive -'s ("Kessaria's").
pub const POSS_S: u64 = c::POSS_S;
/// Digits.
pub const DIGITS: u64 = c::DIGITS;

/// The speech quotations of a block must hold at least this many words
/// (shorter ones are scare quotes, part of the reported speech).
const MIN_QUOTE_WORDS: usize = 4;

pub struct Block<'t> {
    /// The whole article.
    pub text: &'t str,
    pub toks: Vec<Token>,
    class: Vec<u64>,
    low: String,
    low_at: Vec<(u32, u32)>,
    pub sents: Vec<Span>,
    /// Token range of each sentence.
    pub sent_toks: Vec<(usize, usize)>,
    /// Index of the block's first sentence in the article.
    pub sent_base: usize,
    pub quotes: Vec<Quote>,
    /// The speech quotation (index into `quotes`) each token lies in.
    tok_quote: Vec<Option<u32>>,
    /// An interview's questions ("Q: …" paragraphs), in order.
    pub questions: Vec<Span>,
}

fn lower_into(s: &str, out: &mut String) {
    for ch in s.chars() {
        if ch == '\u{2019}' {
            out.push('\'');
        } else if ch.is_ascii() {
            out.push(ch.to_ascii_lowercase());
        } else {
            out.extend(ch.to_lowercase());
        }
    }
}

fn classify(w: &str) -> u64 {
    let l = lx::lexicon();
    if let Some(stem) = w.strip_suffix("'s").or_else(|| {
        w.strip_suffix('\'')
            .filter(|s| s.ends_with('s') && s.len() > 1)
    }) {
        return (l.classes(stem) & !(c::STOPWORD | c::STOP_CAP)) | POSS_S;
    }
    let mut k = l.classes(w);
    if k == 0 {
        if let Some((_, last)) = w.rsplit_once('-') {
            k = l.classes(last) & (c::ROLE | c::ROLE_PERSON | c::INSTITUTION | c::TITLE);
        }
    }
    if w.bytes()
        .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        && !w.is_empty()
    {
        k |= DIGITS;
    }
    k
}

impl<'t> Block<'t> {
    /// Prepare the block `span` of `text` (sentences counted from
    /// `sent_base`).
    pub fn new(text: &'t str, span: Span, sent_base: usize) -> Block<'t> {
        let mut b = Block::words(text, span);
        b.sent_base = sent_base;
        b.structure(span);
        b
    }

    /// Only the words of `span` and their classes (no sentences or
    /// quotations): for summaries and salient terms.
    pub fn words(text: &'t str, span: Span) -> Block<'t> {
        let slice = text.get(span.start..span.end).unwrap_or("");
        let toks: Vec<Token> = text::tokenize(slice)
            .into_iter()
            .map(|t| Token {
                start: t.start + span.start,
                end: t.end + span.start,
                kind: t.kind,
            })
            .collect();
        let mut low = String::with_capacity(slice.len());
        let mut low_at = Vec::with_capacity(toks.len());
        let mut class = Vec::with_capacity(toks.len());
        for t in &toks {
            let a = low.len();
            lower_into(text.get(t.start..t.end).unwrap_or(""), &mut low);
            let b = low.len();
            low_at.push((a as u32, b as u32));
            class.push(if t.kind == TokKind::Word {
                classify(&low[a..b])
            } else {
                0
            });
        }
        // "He Yadong", "He Lifeng": a capitalised "He" before a word the
        // lexicon does not know that is capitalised too is a surname (the
        // pronoun is followed by a verb or an adverb).
        for i in 1..toks.len() {
            let name_next = toks[i].kind == TokKind::Word
                && class[i] == 0
                && text
                    .get(toks[i].start..toks[i].end)
                    .and_then(|w| w.chars().next())
                    .is_some_and(char::is_uppercase);
            if name_next
                && toks[i - 1].kind == TokKind::Word
                && text.get(toks[i - 1].start..toks[i - 1].end) == Some("He")
                && text.get(toks[i - 1].end..toks[i].start) == Some(" ")
            {
                class[i - 1] = 0;
            }
        }
        Block {
            text,
            toks,
            class,
            low,
            low_at,
            sents: Vec::new(),
            sent_toks: Vec::new(),
            sent_base: 0,
            quotes: Vec::new(),
            tok_quote: Vec::new(),
            questions: Vec::new(),
        }
    }

    /// Sentences and quotations.
    fn structure(&mut self, span: Span) {
        let (text, toks) = (self.text, &self.toks);
        let slice = text.get(span.start..span.end).unwrap_or("");
        let shift = |s: Span| Span {
            start: s.start + span.start,
            end: s.end + span.start,
        };
        let sents: Vec<Span> = text::sentences(slice).into_iter().map(shift).collect();
        let sent_toks = sents
            .iter()
            .map(|s| {
                (
                    toks.partition_point(|t| t.start < s.start),
                    toks.partition_point(|t| t.start < s.end),
                )
            })
            .collect();
        let mut quotes: Vec<Quote> = text::quotes(slice);
        let (answers, questions) = text::answers(slice);
        quotes.extend(answers);
        self.questions = questions.into_iter().map(shift).collect();
        quotes.sort_by_key(|q| q.open);
        let quotes: Vec<Quote> = quotes
            .into_iter()
            .map(|q| Quote {
                open: q.open + span.start,
                close: q.close + span.start,
                content: shift(q.content),
                implicit: q.implicit,
                label: q.label.map(shift),
            })
            .collect();
        let mut tok_quote = vec![None; toks.len()];
        for (qi, q) in quotes.iter().enumerate() {
            let a = toks.partition_point(|t| t.start < q.open);
            let b = toks.partition_point(|t| t.start < q.close);
            let words = toks[a..b]
                .iter()
                .filter(|t| t.kind == TokKind::Word)
                .count();
            if words >= MIN_QUOTE_WORDS || self.named_as(a) || (words >= 2 && self.short_said(a, b))
            {
                for slot in tok_quote.iter_mut().take(b).skip(a) {
                    *slot = Some(qi as u32);
                }
            }
        }
        self.sents = sents;
        self.sent_toks = sent_toks;
        self.quotes = quotes;
        self.tok_quote = tok_quote;
    }

    /// Whether the short quotation from token `q` to the closing mark at
    /// `close` is a sentence of its own attributed right after it: "“I
    /// was wrong,” he said." (a capital first, a comma or full stop at
    /// its end inside the marks, then up to three words and a verb of
    /// saying).
    fn short_said(&self, q: usize, close: usize) -> bool {
        let first = (q..close).find(|&t| self.is_word(t));
        let capital = first.is_some_and(|t| self.is_cap(t) || self.tok_text(t) == "I");
        // (The closing mark is the token at `close` or just before it.)
        let (inner, after) = if close > q && self.is_quote_mark(close - 1) {
            (close - 1, close)
        } else {
            (close, close + 1)
        };
        let ended = inner > q && (self.is_comma(inner - 1) || self.is_terminal(inner - 1));
        let said = |t: usize| {
            self.cue_at(t)
                .is_some_and(|(_, st, _)| st == CueStance::Say)
        };
        // (Or a verb of saying and a colon before it: "Oskar Lind said:
        // “Ban them.”")
        let open = if self.is_quote_mark(q) {
            q
        } else {
            q.saturating_sub(1)
        };
        let before =
            self.is_quote_mark(open) && open >= 2 && self.is_punct(open - 1, ":") && said(open - 2);
        capital
            && ended
            && (before
                || (after..(after + 4).min(self.len()))
                    .take_while(|&t| self.is_word(t))
                    .any(said))
    }

    /// Whether the quotation opening at token `q` is what something is
    /// called ("called the plan \"symbolic\"", "described it as
    /// \"overdue\""): a judgement, however short, not a scare quote.
    fn named_as(&self, q: usize) -> bool {
        let verb = |k: usize| {
            matches!(
                self.lw(k),
                "called" | "calls" | "calling" | "dubbed" | "dubs" | "described" | "describes"
            )
        };
        let object = |k: usize| {
            matches!(
                self.lw(k),
                "it" | "this"
                    | "that"
                    | "them"
                    | "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
                    | "our"
                    | "these"
                    | "those"
            )
        };
        let mut k = q;
        while k > 0 && q - k < 7 {
            k -= 1;
            if !self.is_word(k) {
                return false;
            }
            if verb(k) {
                let described = matches!(self.lw(k), "described" | "describes");
                // (Not in a relative clause: "who in May called the ban
                // \"premature\", now backs it" is a past view.)
                let relative = (k.saturating_sub(8)..k)
                    .rev()
                    .take_while(|&j| self.is_word(j))
                    .any(|j| matches!(self.lw(j), "who" | "which" | "whom"));
                return k + 1 < q
                    && object(k + 1)
                    && (!described || self.lw(q - 1) == "as")
                    && !relative;
            }
        }
        false
    }

    /// Whether token `i` is in an interviewer's question.
    pub fn in_question(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        let k = self.questions.partition_point(|q| q.end <= t.start);
        self.questions.get(k).is_some_and(|q| q.start <= t.start)
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    pub fn tok_text(&self, i: usize) -> &'t str {
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }

    /// The token lowercased (’ as ').
    pub fn lw(&self, i: usize) -> &str {
        self.low_at
            .get(i)
            .and_then(|&(a, b)| self.low.get(a as usize..b as usize))
            .unwrap_or("")
    }

    /// The token lowercased without a possessive 's.
    pub fn stem(&self, i: usize) -> &str {
        let w = self.lw(i);
        w.strip_suffix("'s")
            .or_else(|| w.strip_suffix('\''))
            .unwrap_or(w)
    }

    /// The word classes of token `i`.
    pub fn cls(&self, i: usize) -> u64 {
        self.class.get(i).copied().unwrap_or(0)
    }

    pub fn has(&self, i: usize, class: u64) -> bool {
        self.cls(i) & class != 0
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokKind::Word)
    }

    pub fn is_cap(&self, i: usize) -> bool {
        self.is_word(i)
            && self
                .tok_text(i)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    }

    pub fn is_lower(&self, i: usize) -> bool {
        self.is_word(i)
            && self
                .tok_text(i)
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
    }

    /// A capitalised word that may be part of a name.
    pub fn is_name_word(&self, i: usize) -> bool {
        self.is_cap(i) && !self.has(i, c::STOP_CAP | c::CALENDAR)
    }

    pub fn is_punct(&self, i: usize, p: &str) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokKind::Punct) && self.tok_text(i) == p
    }

    /// A comma or a dash that sets off a phrase.
    pub fn is_comma(&self, i: usize) -> bool {
        self.is_punct(i, ",") || self.is_punct(i, "\u{2014}")
    }

    pub fn is_quote_mark(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokKind::Punct)
            && matches!(
                self.tok_text(i),
                "\"" | "\u{201C}" | "\u{201D}" | "\u{201E}"
            )
    }

    pub fn is_terminal(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokKind::Punct)
            && matches!(self.tok_text(i), "." | "!" | "?" | "\u{2026}")
    }

    /// The speech quotation token `i` lies in.
    pub fn quote_of(&self, i: usize) -> Option<usize> {
        self.tok_quote.get(i).copied().flatten().map(|q| q as usize)
    }

    /// First token at or after byte `b`.
    pub fn tok_at(&self, b: usize) -> usize {
        self.toks.partition_point(|t| t.start < b)
    }

    /// The bytes from token `a` to token `b` (exclusive).
    pub fn span_of(&self, a: usize, b: usize) -> Span {
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

    /// The text from token `a` to token `b` (exclusive).
    pub fn text_of(&self, a: usize, b: usize) -> &'t str {
        let s = self.span_of(a, b);
        self.text.get(s.start..s.end).unwrap_or("")
    }

    /// The sentence (block index) holding byte `byte`.
    pub fn sentence_of_byte(&self, byte: usize) -> Option<usize> {
        let i = self.sents.partition_point(|s| s.start <= byte);
        let i = i.checked_sub(1)?;
        (byte < self.sents.get(i)?.end).then_some(i)
    }

    /// The cue starting at token `i`: (length in tokens, stance, phrase).
    /// "asked the national inspector to block": an object, then "to" and
    /// a verb, within eight words and no punctuation.
    fn asks_to(&self, i: usize) -> bool {
        let first = self.lw(i + 1);
        !matches!(
            first,
            "not" | "to" | "about" | "whether" | "why" | "how" | "if" | "for" | "what"
        ) && (i + 2..i + 9)
            .take_while(|&k| self.is_word(k))
            .any(|k| self.lw(k) == "to" && self.is_lower(k + 1))
    }

    pub fn cue_at(&self, i: usize) -> Option<(usize, CueStance, &'static str)> {
        if !self.has(i, c::CUE_START) {
            return None;
        }
        // "asked X to V" is a request; "asked not to be named", "asked
        // about", "asked whether" are not.
        // ("asked for 7 percent" is a request too.)
        if matches!(self.lw(i), "asked" | "asks") && !self.asks_to(i) && self.lw(i + 1) != "for" {
            return None;
        }
        // "accused the Liberals of wanting to scrap the ban": what another
        // is said to want is no statement of the speaker's position.
        if matches!(self.lw(i), "accused" | "accuses" | "accusing")
            && (i + 2..(i + 8).min(self.len())).any(|k| {
                self.lw(k) == "of"
                    && matches!(
                        self.lw(k + 1),
                        "wanting" | "planning" | "trying" | "seeking" | "wishing"
                    )
            })
        {
            return None;
        }
        // "wanted its ambassador back in Kasvy", "send him back before
        // …": the particle, not the verb of support ("back the pilot").
        // ("a man near the back who shouted": a noun after an article.)
        if self.lw(i) == "back"
            && (!self.is_word(i + 1)
                || (i > 0 && matches!(self.lw(i - 1), "the" | "a" | "her" | "his" | "their"))
                || matches!(self.lw(i + 1), "who" | "which" | "that" | "of")
                || self.has(i + 1, c::PREPOSITION)
                || matches!(
                    self.lw(i + 1),
                    "home"
                        | "down"
                        | "then"
                        | "again"
                        | "before"
                        | "after"
                        | "when"
                        | "until"
                        | "and"
                        | "or"
                        | "but"
                        | "as"
                ))
        {
            return None;
        }
        let cands = lx::lexicon().cues.get(self.lw(i))?;
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

    /// A word that may stand between a subject and its verb: adverbs,
    /// auxiliaries, negation, days, numbers.
    pub fn is_adverbish(&self, i: usize) -> bool {
        if !self.is_word(i) || self.is_cap(i) && !self.has(i, c::CALENDAR) {
            return false;
        }
        let w = self.lw(i);
        // ("has so far refused", "has thus far declined".)
        let so_far = (matches!(w, "so" | "thus") && self.lw(i + 1) == "far")
            || (w == "far" && i > 0 && matches!(self.lw(i - 1), "so" | "thus"));
        self.has(i, c::ADVERB | c::AUX | c::CALENDAR | DIGITS)
            || (w.ends_with("ly") && w.len() > 3 && !self.has(i, c::ROLE))
            || w.ends_with("n't")
            || so_far
    }

    /// `Some(person)` when token `i` is a role noun (any case).
    pub fn role(&self, i: usize) -> Option<bool> {
        if !self.has(i, c::ROLE) {
            return None;
        }
        Some(self.has(i, c::ROLE_PERSON))
    }

    /// `Some(person)` when token `i` is a lowercase role noun.
    pub fn role_head(&self, i: usize) -> Option<bool> {
        if self.is_cap(i) {
            None
        } else {
            self.role(i)
        }
    }

    /// True when token `i` negates: "not", "never", "no", "n't".
    pub fn is_negator(&self, i: usize) -> bool {
        self.has(i, c::NEGATION) || self.lw(i).ends_with("n't")
    }

    /// A negation that a target taken from the text leaves out ("would not
    /// reopen" -> "would reopen"): "not", "never", "cannot", "-n't".
    pub fn is_verb_negation(&self, i: usize) -> bool {
        matches!(self.lw(i), "not" | "never" | "cannot") || self.lw(i).ends_with("n't")
    }

    /// The first token of sentence `si` after a dateline ("OSTRELL, May 7
    /// (Wire) - Elvaria's central bank …" -> "Elvaria's"): a sentence that
    /// opens with a word in capitals and has a dash within its first 24
    /// tokens.
    pub fn body_start(&self, si: usize) -> usize {
        let Some(&(sa, sb)) = self.sent_toks.get(si) else {
            return 0;
        };
        let w = self.tok_text(sa);
        let capitals = w.chars().filter(|c| c.is_alphabetic()).count() > 1
            && w.chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase);
        if !capitals {
            return sa;
        }
        (sa + 1..sb.min(sa + 24))
            .find(|&t| {
                self.toks.get(t).is_some_and(|k| k.kind == TokKind::Punct)
                    && matches!(self.tok_text(t), "-" | "--" | "\u{2014}" | "\u{2013}")
            })
            .map_or(sa, |t| {
                let mut k = t + 1;
                while k < sb && !self.is_word(k) && !self.is_quote_mark(k) {
                    k += 1;
                }
                k
            })
    }

    /// "not hesitate to": a double negation, the same as what follows.
    pub fn not_hesitate(&self, i: usize) -> bool {
        self.is_verb_negation(i) && self.lw(i + 1) == "hesitate" && self.lw(i + 2) == "to"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn he_before_an_unknown_capitalised_word_is_a_surname() {
        let t = "A spokesperson, He Yadong, said so. He said it. He Also.";
        let b = Block::words(
            t,
            Span {
                start: 0,
                end: t.len(),
            },
        );
        let he: Vec<bool> = (0..b.len())
            .filter(|&i| b.tok_text(i) == "He")
            .map(|i| b.has(i, c::SUBJECT_PRONOUN))
            .collect();
        assert_eq!(he, vec![false, true, true]);
    }
}
