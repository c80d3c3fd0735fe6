//! Text structure for drafting: word tokens, sentences and quotations.
//!
//! Everything here is one linear pass over the text (or over a sentence);
//! offsets are byte offsets on char boundaries.

use crate::model::Span;

/// Longest run treated as one sentence; longer runs are cut at whitespace
/// (a 5 MB line must not become one sentence analysed as a whole).
pub const MAX_SENTENCE_BYTES: usize = 4000;
/// Longest quotation recognised; an opening mark without a closing one
/// within this many bytes is treated as stray.
pub const MAX_QUOTE_BYTES: usize = 4000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    Word,
    Punct,
}

/// A word (letters/digits, with inner apostrophes, hyphens and dots) or one
/// punctuation character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
}

/// True when the chars just before `start` and at `end` are not word
/// characters (a match is a whole word or phrase).
pub fn bounded(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).and_then(|t| t.chars().next_back());
    let after = text.get(end..).and_then(|t| t.chars().next());
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Whole-word matches of an automaton in `s`: (start, end, what `of`
/// gives for the pattern), in order.
pub fn word_matches<T: Copy>(
    ac: Option<&aho_corasick::AhoCorasick>,
    s: &str,
    of: &[T],
) -> Vec<(usize, usize, T)> {
    let Some(ac) = ac else {
        return Vec::new();
    };
    ac.find_iter(s)
        .filter(|m| bounded(s, m.start(), m.end()))
        .filter_map(|m| {
            of.get(m.pattern().as_usize())
                .map(|&x| (m.start(), m.end(), x))
        })
        .collect()
}

/// Abbreviations after which a period never ends a sentence (titles).
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "sgt",
    "st", "rev", "hon", "pres", "messrs", "mme", "mlle", "adm", "cmdr", "supt", "insp",
];

/// Abbreviations after which a period ends a sentence only before a common
/// sentence opener.
const ABBREVIATIONS: &[&str] = &[
    "inc", "corp", "ltd", "co", "jr", "sr", "vs", "etc", "no", "nos", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "dept", "est", "fig", "al",
    "ave", "blvd", "mt", "ft",
];

/// Words that commonly open a sentence (used after an ambiguous period).
const OPENERS: &[&str] = &[
    "the",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "but",
    "and",
    "this",
    "that",
    "these",
    "those",
    "in",
    "a",
    "an",
    "on",
    "at",
    "as",
    "his",
    "her",
    "their",
    "its",
    "our",
    "there",
    "if",
    "when",
    "while",
    "after",
    "before",
    "meanwhile",
    "however",
    "still",
    "yet",
    "some",
    "many",
    "both",
    "earlier",
    "later",
    "asked",
    "speaking",
    "according",
    "since",
    "so",
    "for",
    "one",
    "other",
];

fn is_closing(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '\u{201D}' | '\u{2019}' | ')' | ']' | '\u{00BB}' | '\u{203A}'
    )
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '\u{2026}')
}

/// Split `text` into word and punctuation tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Token {
                start: i,
                end: i + c.len_utf8(),
                kind: TokKind::Punct,
            });
            continue;
        }
        let mut end = i + c.len_utf8();
        let mut dots = false;
        while let Some(&(j, d)) = it.peek() {
            if d.is_alphanumeric() {
                end = j + d.len_utf8();
                it.next();
                continue;
            }
            // A thousands separator: "4,000", "1,200,000".
            if d == ','
                && text[i..end]
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b',')
            {
                let rest = &text.as_bytes()[j + 1..];
                if rest.len() >= 3
                    && rest[..3].iter().all(u8::is_ascii_digit)
                    && !rest.get(3).is_some_and(u8::is_ascii_digit)
                {
                    end = j + 1;
                    it.next();
                    continue;
                }
            }
            if matches!(d, '\'' | '\u{2019}' | '-' | '\u{2011}' | '.') {
                let next = text[j + d.len_utf8()..].chars().next();
                if next.is_some_and(char::is_alphanumeric) {
                    if d == '.' {
                        dots = true;
                    }
                    end = j + d.len_utf8();
                    it.next();
                    continue;
                }
            }
            break;
        }
        // A plural possessive keeps its apostrophe: "the Traders'
        // Chamber", "the workers' union" (not a closing single quote: a
        // word, not a quotation, comes next).
        if text[..end].ends_with('s') {
            let mut rest = text[end..].chars();
            if let (Some(q @ ('\'' | '\u{2019}')), Some(sp), Some(next)) =
                (rest.next(), rest.next(), rest.next())
            {
                let opened = text[..i].ends_with(['\'', '\u{2018}']);
                if sp == ' ' && next.is_alphabetic() && !opened {
                    end += q.len_utf8();
                    it.next();
                }
            }
        }
        // A trailing period belongs to initials ("U.S.", "J.") and titles
        // ("Mr.").
        if text[end..].starts_with('.') {
            let w = &text[i..end];
            let initials = dots && w.split('.').all(|p| p.chars().count() == 1);
            let single = w.chars().count() == 1 && w.chars().all(char::is_uppercase);
            let title = TITLES.contains(&w.to_lowercase().as_str());
            if initials || single || title {
                end += 1;
                // Consume the '.' from the iterator.
                it.next();
            }
        }
        out.push(Token {
            start: i,
            end,
            kind: TokKind::Word,
        });
    }
    out
}

/// The word ending just before byte `end` (letters, digits and dots).
fn word_before(text: &str, end: usize) -> &str {
    let head = &text[..end];
    let start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '.')
        .last()
        .map_or(end, |(i, _)| i);
    &head[start..]
}

/// The first word starting at byte `from` (letters only), lowercased.
fn word_after(text: &str, from: usize) -> String {
    text[from..]
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A time label at the start of a line ("09:40 —", "9.15am:", "14:20 CET
/// -") followed by a sentence: the byte where that sentence starts.
fn time_label(text: &str, i: usize) -> Option<usize> {
    if i > 0 && !text[..i].ends_with('\n') {
        return None;
    }
    let rest = text
        .get(i..i + 40.min(text.len() - i))
        .or_else(|| text.get(i..))?;
    let b = rest.as_bytes();
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let h = digits(0);
    if !(1..=2).contains(&h) || !matches!(b.get(h), Some(b':' | b'.')) || digits(h + 1) != 2 {
        return None;
    }
    let mut k = h + 3;
    let skip_spaces = |mut k: usize| {
        while b.get(k) == Some(&b' ') {
            k += 1;
        }
        k
    };
    // "am", "p.m.", a time zone ("CET", "GMT").
    let w = skip_spaces(k);
    let word = b[w..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic() || **c == b'.')
        .count();
    let lw = rest[w..w + word].to_ascii_lowercase();
    if matches!(lw.as_str(), "am" | "pm" | "a.m." | "p.m.")
        || (2..=4).contains(&word) && rest[w..w + word].bytes().all(|c| c.is_ascii_uppercase())
    {
        k = w + word;
    }
    let spaced = skip_spaces(k);
    let dash = ["\u{2014}", "\u{2013}", "-", ":", "|"]
        .iter()
        .find(|d| rest[spaced..].starts_with(**d));
    // (Or no dash: "09:40 The guild has issued a statement.")
    let (k, len) = match dash {
        Some(d) => (spaced, d.len()),
        None => (k, 0),
    };
    let after = skip_spaces(k + len);
    let next = rest[after..].chars().next()?;
    (after > k + len && (next.is_uppercase() || matches!(next, '\u{201C}' | '"')))
        .then_some(i + after)
}

/// Split `text` into sentences (trimmed spans, in order, never empty).
pub fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut i = 0usize;
    let push = |out: &mut Vec<Span>, s: usize, e: usize| {
        let piece = &text[s..e];
        let t = piece.trim_end();
        if !t.trim().is_empty() {
            out.push(Span {
                start: s,
                end: s + t.len(),
            });
        }
    };
    while i < text.len() {
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let clen = c.len_utf8();
        if start.is_none() {
            if c.is_whitespace() {
                i += clen;
                continue;
            }
            // A live blog's time label ("09:40 — The mayor …") is a
            // sentence of its own: what follows starts a sentence.
            if let Some(after) = time_label(text, i) {
                push(&mut out, i, after);
                i = after;
                continue;
            }
            start = Some(i);
        }
        let s = start.unwrap_or(i);
        if c == '\n' {
            if line_break_ends_sentence(text, s, i) {
                push(&mut out, s, i);
                start = None;
            }
            i += clen;
            continue;
        }
        if i - s >= MAX_SENTENCE_BYTES && c.is_whitespace() {
            push(&mut out, s, i);
            start = None;
            i += clen;
            continue;
        }
        if i - s >= 2 * MAX_SENTENCE_BYTES {
            // No whitespace at all: cut anywhere (on a char boundary).
            push(&mut out, s, i);
            start = Some(i);
            continue;
        }
        if !is_terminal(c) {
            i += clen;
            continue;
        }
        // A run of terminal punctuation, then closing quotes/brackets.
        let mut j = i;
        let mut run = 0usize;
        while let Some(d) = text[j..].chars().next() {
            if is_terminal(d) {
                run += 1;
                j += d.len_utf8();
            } else {
                break;
            }
        }
        while let Some(d) = text[j..].chars().next() {
            if is_closing(d) {
                j += d.len_utf8();
            } else {
                break;
            }
        }
        let at_end = j >= text.len();
        let followed_by_space = at_end || text[j..].starts_with(char::is_whitespace);
        if !followed_by_space {
            i = j.max(i + clen);
            continue;
        }
        // The next non-space character.
        let k = text[j..]
            .char_indices()
            .find(|&(_, d)| !d.is_whitespace())
            .map(|(o, _)| j + o);
        let boundary = match k {
            None => true,
            Some(k) => {
                let next = text[k..].chars().next().unwrap_or(' ');
                let quoted_question = j > i + clen && matches!(c, '?' | '!');
                if next.is_lowercase() {
                    false
                } else if quoted_question && attribution_follows(text, k) {
                    // "“Why keep it?” Ines Berg said.": the attribution
                    // after a quoted question is the same sentence.
                    false
                } else if c == '.' && run == 1 {
                    let w = word_before(text, i);
                    let lw = w.to_lowercase();
                    let single = w.chars().count() == 1 && w.chars().all(char::is_uppercase);
                    let dotted = w.contains('.');
                    if TITLES.contains(&lw.as_str()) || (single && next.is_uppercase()) {
                        false
                    } else if dotted || ABBREVIATIONS.contains(&lw.as_str()) {
                        OPENERS.contains(&word_after(text, k).as_str()) || !next.is_alphanumeric()
                    } else {
                        true
                    }
                } else {
                    true
                }
            }
        };
        if boundary {
            push(&mut out, s, j);
            start = None;
        }
        i = j.max(i + clen);
    }
    if let Some(s) = start {
        push(&mut out, s, text.len());
    }
    out
}

/// Whether the words from byte `k` are a short attribution ending its
/// sentence: up to five capitalised words, then a verb of saying, then a
/// full stop ("Ines Berg said.", "the mayor asked." is lower case and
/// never split).
fn attribution_follows(text: &str, k: usize) -> bool {
    // (80 characters at most, cut on a character's boundary.)
    let rest = text.get(k..).unwrap_or("");
    let cut = rest.char_indices().nth(80).map_or(rest.len(), |(i, _)| i);
    let rest = &rest[..cut];
    let end = rest.find(['.', '!', '?', '\n']).unwrap_or(rest.len());
    let words: Vec<&str> = rest[..end].split_whitespace().collect();
    let verb = |w: &&str| {
        matches!(
            *w,
            "said" | "says" | "asked" | "asks" | "added" | "adds" | "wrote" | "writes" | "replied"
        )
    };
    // (The speaker first, capitalised; up to four words of when or where
    // after the verb: "Ines Berg said on Monday.", "Zipp's head said.")
    let Some(v) = words.iter().position(verb) else {
        return false;
    };
    // (Not "Zipp said nothing.": after the verb only when or where.)
    let when = words.get(v + 1).is_none_or(|w| {
        matches!(
            *w,
            "on" | "in"
                | "at"
                | "after"
                | "before"
                | "yesterday"
                | "today"
                | "later"
                | "last"
                | "this"
                | "outside"
                | "afterwards"
        )
    });
    (1..=5).contains(&v)
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && words.len() - v - 1 <= 4
        && when
        && rest[end..].starts_with('.')
}

/// Whether the line break at byte `nl` ends the sentence that started at
/// `start`: a blank line, a Markdown block after it, a heading before it,
/// or a line that does not read as wrapped prose.
fn line_break_ends_sentence(text: &str, start: usize, nl: usize) -> bool {
    let rest = &text[nl + 1..];
    let next_line = rest.split('\n').next().unwrap_or("");
    if next_line.trim().is_empty() {
        return true;
    }
    let line_start = text[..nl].rfind('\n').map_or(0, |p| p + 1).max(start);
    let line = text[line_start..nl].trim();
    if line.starts_with('#') {
        return true;
    }
    let nt = next_line.trim_start();
    let marker = nt.starts_with('#')
        || nt.starts_with("- ")
        || nt.starts_with("* ")
        || nt.starts_with("> ")
        || nt.starts_with('|');
    if marker {
        return true;
    }
    let last = line.chars().last().unwrap_or(' ');
    let wrapped =
        last.is_lowercase() || last.is_ascii_digit() || matches!(last, ',' | ';' | ':' | '-');
    let next_first = nt.chars().next().unwrap_or(' ');
    !wrapped
        && (next_first.is_uppercase() || matches!(next_first, '"' | '\u{201C}' | '\u{2018}' | '\''))
}

/// About how much text is analysed at once: drafting keeps the tokens of
/// one block at a time, so its memory does not grow with the article.
pub const BLOCK_BYTES: usize = 64 * 1024;

/// Whether the line after the newline at byte `nl` is blank.
fn blank_line_after(text: &str, nl: usize) -> bool {
    text[nl + 1..]
        .split('\n')
        .next()
        .is_some_and(|l| l.trim().is_empty())
}

/// Where a block that starts at `start` ends: at a paragraph break after
/// [`BLOCK_BYTES`]; in a very long paragraph, at a sentence end, a space or
/// any char boundary.
fn block_end(text: &str, start: usize) -> usize {
    let len = text.len();
    if len - start <= 2 * BLOCK_BYTES {
        return len;
    }
    let mut from = start + BLOCK_BYTES;
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut lim = (start + 4 * BLOCK_BYTES).min(len);
    while !text.is_char_boundary(lim) {
        lim -= 1;
    }
    let window = &text[from..lim];
    let mut off = 0;
    while let Some(i) = window[off..].find('\n') {
        let nl = from + off + i;
        if blank_line_after(text, nl) {
            // After the blank line.
            return text[nl + 1..].find('\n').map_or(len, |j| nl + 1 + j + 1);
        }
        off += i + 1;
    }
    let sentence_end = window.match_indices(". ").find(|(i, _)| {
        window[i + 2..]
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c == '"' || c == '\u{201C}')
    });
    if let Some((i, _)) = sentence_end {
        return from + i + 2;
    }
    if let Some(i) = window.find(char::is_whitespace) {
        return from + i + 1;
    }
    from
}

/// The blocks of `text` from byte `from` on, in order, covering it.
pub fn blocks(text: &str, from: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut s = from.min(text.len());
    while s < text.len() {
        let e = block_end(text, s).max(s + 1).min(text.len());
        let mut e = e;
        while !text.is_char_boundary(e) {
            e += 1;
        }
        out.push(Span { start: s, end: e });
        s = e;
    }
    out
}

/// A quotation: the marks and the words inside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    /// Byte of the opening mark.
    pub open: usize,
    /// Byte after the closing mark (or the end of the paragraph when the
    /// quotation runs on, as news style does across paragraphs).
    pub close: usize,
    /// The words inside, trimmed, without a trailing comma.
    pub content: Span,
    /// Closed by the end of a paragraph rather than by a mark.
    pub implicit: bool,
    /// An interview's answer ("Iwu-Kovač: Because …"): the speaker's
    /// label before the colon (`open` is the colon).
    pub label: Option<Span>,
}

fn is_opening_context(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(p) => {
            p.is_whitespace()
                || matches!(
                    p,
                    '(' | '[' | '{' | '\u{2014}' | '\u{2013}' | '-' | '/' | ':' | ','
                )
        }
    }
}

/// Labels that open a paragraph without naming a speaker ("Update:",
/// "Photo: …") or that name the interviewer ("Q:").
const NOT_SPEAKER_LABELS: &[&str] = &[
    "q",
    "question",
    "interviewer",
    "update",
    "updated",
    "note",
    "editor's note",
    "correction",
    "clarification",
    "photo",
    "photos",
    "picture",
    "pictured",
    "image",
    "video",
    "audio",
    "watch",
    "listen",
    "read more",
    "read",
    "related",
    "see also",
    "source",
    "sources",
    "credit",
    "caption",
    "background",
    "context",
    "timeline",
    "analysis",
    "opinion",
    "comment",
    "breaking",
    "exclusive",
    "live",
    "latest",
    "key points",
    "what we know",
    "disclaimer",
    "warning",
    "title",
    "subject",
    "date",
    "from",
    "to",
    "tags",
    "topics",
    "location",
    "where",
    "when",
    "what",
    "why",
    "how",
    "who",
    "summary",
    "transcript",
    "edited",
    "also",
    // A fact-check's labels: "CLAIM: Prices will fall", "VERDICT: False."
    "claim",
    "the claim",
    "verdict",
    "our verdict",
    "rating",
    "fact",
    "the facts",
    "facts",
    "reality",
    "check",
    "fact check",
    "assessment",
];

/// Whether `s` is written in capitals: four letters or more, none
/// lowercase ("TRANSPORT MINISTER ELIN LEHTONEN-ABARA", not "EU").
pub fn in_capitals(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).count() >= 4 && !s.chars().any(char::is_lowercase)
}

/// Verbs of saying that end a subject before a colon ("Maren Holt, the
/// mayor, said: …"): no label.
const SAID_BEFORE_COLON: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "wrote",
    "writes",
    "stated",
    "explained",
    "warned",
    "insisted",
    "argued",
    "replied",
    "answered",
    "asked",
    "noted",
    "declared",
    "announced",
    "commented",
    "tweeted",
    "posted",
    "put",
    "was",
    "is",
    "were",
    "are",
];

/// A round-up's label with a role: "Ines Rahm, chair of the Secondary
/// Heads' Council: We asked for this …" (a name of one to four
/// capitalised words, a comma, a role of up to fourteen words with no
/// verb of saying, a colon; the answer not a quotation of its own). The
/// label's span and the colon's byte.
fn role_label(para: &str) -> Option<(Span, usize)> {
    let head = para.char_indices().nth(140).map_or(para.len(), |(i, _)| i);
    let colon = para[..head].find(':')?;
    let label = &para[..colon];
    let (name, role) = label.split_once(", ")?;
    let role_words: Vec<&str> = role.split_whitespace().collect();
    let answer = para.get(colon + 1..)?;
    let plain = |w: &&str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        !SAID_BEFORE_COLON.contains(&w)
    };
    let ok = (1..=14).contains(&role_words.len())
        && role_words.iter().all(plain)
        && !role.contains(['"', '\u{201C}', '\u{201D}', ';'])
        && speaker_label(&format!("{name}: {answer}")).is_some()
        && !answer.trim_start().starts_with(['"', '\u{201C}']);
    ok.then_some((
        Span {
            start: 0,
            end: colon,
        },
        colon,
    ))
}

/// A paragraph's speaker label: "Iwu-Kovač: …", "Dana Iwu-Kovač: …" (one
/// to four capitalised words, then a colon and the answer). The label's
/// span and the colon's byte.
fn speaker_label(para: &str) -> Option<(Span, usize)> {
    // (Within the first 60 characters, wherever byte 60 falls.)
    let head = para.char_indices().nth(60).map_or(para.len(), |(i, _)| i);
    let colon = para[..head].find(':')?;
    let label = &para[..colon];
    let words: Vec<&str> = label.split(' ').collect();
    let name_word = |w: &&str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '\u{2019}' | '.'))
    };
    let particle = |w: &&str| {
        matches!(
            *w,
            "de" | "van" | "von" | "al" | "bin" | "da" | "der" | "la" | "le"
        )
    };
    // (Up to six words in a transcript's capitals: "AURAIL CHIEF
    // EXECUTIVE DAVID GRÜN-OSEI".)
    let ok = (1..=if in_capitals(label) { 6 } else { 4 }).contains(&words.len())
        && words.first().is_some_and(name_word)
        && words.iter().all(|w| name_word(w) || particle(w))
        && !NOT_SPEAKER_LABELS.contains(&label.to_lowercase().replace('\u{2019}', "'").as_str());
    let answer = para.get(colon + 1..)?;
    (ok && answer.starts_with(' ') && answer.split_whitespace().count() >= 4).then_some((
        Span {
            start: 0,
            end: colon,
        },
        colon,
    ))
}

/// An interview's answers: a paragraph that opens with a speaker's label
/// ("Iwu-Kovač: Because …") after a question (a paragraph ending with
/// "?") or another labelled paragraph ("Q: The minister says …"). Each
/// is a quotation of the label's speaker, from the colon to the
/// paragraph's end. Also the interviewer's questions ("Q: …"
/// paragraphs): no one's statements.
pub fn answers(text: &str) -> (Vec<Quote>, Vec<Span>) {
    let mut out = Vec::new();
    let mut questions = Vec::new();
    // Whether the paragraph before was a question or had a label.
    let mut prompted = false;
    let mut at = 0usize;
    for para in text.split("\n\n") {
        let start = at + (para.len() - para.trim_start().len());
        at += para.len() + 2;
        let p = para.trim();
        if p.is_empty() {
            continue;
        }
        let role = role_label(p);
        let label = speaker_label(p).or(role);
        let q_label = p.get(..2).is_some_and(|h| h.eq_ignore_ascii_case("q:"))
            || p.get(..9)
                .is_some_and(|h| h.eq_ignore_ascii_case("question:"));
        if q_label {
            questions.push(Span {
                start,
                end: start + p.len(),
            });
        }
        let is_q = q_label || p.trim_end_matches(['\u{201D}', '"', ')']).ends_with('?');
        // (A transcript's labels in capitals, "TRANSPORT MINISTER ELIN
        // LEHTONEN-ABARA: From the first of January …", need no question
        // before the first answer.)
        let capitals = label.is_some_and(|(l, _)| in_capitals(&p[l.start..l.end]));
        if let Some((l, colon)) = label.filter(|_| prompted || capitals || role.is_some()) {
            let lead = p[colon + 1..].len() - p[colon + 1..].trim_start().len();
            out.push(Quote {
                open: start + colon,
                close: start + p.len(),
                content: Span {
                    start: start + colon + 1 + lead,
                    end: start + p.len(),
                },
                implicit: true,
                label: Some(Span {
                    start: start + l.start,
                    end: start + l.end,
                }),
            });
        }
        prompted = is_q || label.is_some();
    }
    (out, questions)
}

/// Find quotations (curly “…” and straight "…"; single quotes are left out,
/// being indistinguishable from apostrophes). Unbalanced marks never panic:
/// a stray opening mark is dropped after [`MAX_QUOTE_BYTES`].
pub fn quotes(text: &str) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut prev: Option<char> = None;
    let finish = |out: &mut Vec<Quote>, o: usize, inner_end: usize, close: usize, implicit| {
        let inner_start = text[o..]
            .chars()
            .next()
            .map_or(o, |c| o + c.len_utf8())
            .min(inner_end);
        let inner = &text[inner_start..inner_end];
        let lead = inner.len() - inner.trim_start().len();
        let mut t = inner.trim();
        while let Some(x) = t.strip_suffix(',') {
            t = x.trim_end();
        }
        if !t.is_empty() {
            let s = inner_start + lead;
            out.push(Quote {
                open: o,
                close,
                content: Span {
                    start: s,
                    end: s + t.len(),
                },
                implicit,
                label: None,
            });
        }
    };
    for (i, c) in text.char_indices() {
        if let Some(o) = open {
            if i - o > MAX_QUOTE_BYTES {
                open = None;
            }
        }
        match c {
            '\u{201C}' | '\u{201E}' => {
                open = Some(i);
            }
            '\u{201D}' => {
                if let Some(o) = open.take() {
                    finish(&mut out, o, i, i + c.len_utf8(), false);
                }
            }
            '"' => match open {
                Some(o) => {
                    open = None;
                    finish(&mut out, o, i, i + 1, false);
                }
                None => {
                    if is_opening_context(prev) {
                        open = Some(i);
                    }
                }
            },
            '\n' if open.is_some() => {
                // A blank line ends a running quotation.
                let blank = text[i + 1..]
                    .split('\n')
                    .next()
                    .is_some_and(|l| l.trim().is_empty())
                    || text[i + 1..].trim_start().starts_with(['\u{201C}', '"']);
                if blank {
                    if let Some(o) = open.take() {
                        finish(&mut out, o, i, i, true);
                    }
                }
            }
            _ => {}
        }
        prev = Some(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        sentences(t).iter().map(|s| &t[s.start..s.end]).collect()
    }

    #[test]
    fn a_live_blogs_time_label_is_a_sentence_of_its_own() {
        assert_eq!(
            split("Live\n\n09:40 \u{2014} The mayor speaks. Then she sits.\n\n9.15am: \u{201C}No,\u{201D} she said.\n\n14:20 CET - Over."),
            vec![
                "Live",
                "09:40 \u{2014}",
                "The mayor speaks.",
                "Then she sits.",
                "9.15am:",
                "\u{201C}No,\u{201D} she said.",
                "14:20 CET -",
                "Over."
            ]
        );
        // Not a label: inside a line, a score, a ratio, a lower-case word.
        assert_eq!(
            split("It ended 3:1 \u{2014} A win.\n\n2:1 was the score.\n\n10:30 - then rain."),
            vec![
                "It ended 3:1 \u{2014} A win.",
                "2:1 was the score.",
                "10:30 - then rain."
            ]
        );
    }

    /// Where the sentence after a time label starts, to the byte: the
    /// label is at a line's start, one or two digits, two more, an
    /// "am"/"p.m."/zone word, a dash, colon or bar, then a space and a
    /// capital (or a quotation).
    #[test]
    fn an_attribution_after_a_quoted_question_stays_in_its_sentence() {
        let split = |t: &str| -> Vec<String> {
            sentences(t)
                .iter()
                .map(|s| t[s.start..s.end].to_string())
                .collect()
        };
        assert_eq!(
            split("\"Why keep it?\" Ines Berg said. Then she left."),
            ["\"Why keep it?\" Ines Berg said.", "Then she left."]
        );
        assert_eq!(
            split("\"Why keep it?\" Oskar Lind said on Monday. Then he left."),
            [
                "\"Why keep it?\" Oskar Lind said on Monday.",
                "Then he left."
            ]
        );
        assert_eq!(
            split("\"Why keep it?\" Zipp's head said. Then he left."),
            ["\"Why keep it?\" Zipp's head said.", "Then he left."]
        );
        assert_eq!(
            split("\"Why keep it?\" Ines Berg left. Then she said so."),
            ["\"Why keep it?\"", "Ines Berg left.", "Then she said so."]
        );
        // Never a cut inside a character, whatever follows.
        let wide = format!("\"Why?\" {}", "Ж".repeat(200));
        assert_eq!(split(&wide).len(), 2);
        let wide = format!("\"Why?\" A{}", "é".repeat(100));
        assert!(!split(&wide).is_empty());
    }

    #[test]
    fn a_time_label_ends_where_its_sentence_starts() {
        fn at(t: &str, i: usize) -> Option<&str> {
            time_label(t, i).map(|a| &t[a..])
        }
        assert_eq!(
            at("09:40 \u{2014} The mayor speaks.", 0),
            Some("The mayor speaks.")
        );
        assert_eq!(at("9.15am:  No.", 0), Some("No."));
        assert_eq!(at("10:30 p.m. | Over.", 0), Some("Over."));
        assert_eq!(
            at("14:20 CET - \u{201C}Go.\u{201D}", 0),
            Some("\u{201C}Go.\u{201D}")
        );
        // After a line break, in a text shorter than the label's window
        // from there; a label in a long text.
        assert_eq!(
            at("Live coverage\n09:40 - The mayor speaks.", 14),
            Some("The mayor speaks.")
        );
        // No dash: a capital or a quotation mark after the time.
        assert_eq!(at("09:40 The mayor.", 0), Some("The mayor."));
        assert_eq!(
            at("9.15am \u{201C}No.\u{201D}", 0),
            Some("\u{201C}No.\u{201D}")
        );
        let long = format!("09:40 - The mayor speaks. {}", "Word ".repeat(20));
        assert_eq!(at(&long, 0), Some(&long[8..]));
        // Not labels: inside a line, three digits or one after the
        // separator, a hyphen for the separator, a word that is no zone
        // (not in capitals) before a dash, no space before the sentence,
        // a lower-case word, nothing after.
        for (t, i) in [
            ("A 9:15 - Then.", 2),
            ("123:45 - Then.", 0),
            ("1:5 - Then.", 0),
            ("1:555 - Then.", 0),
            ("09-40 - Then.", 0),
            ("09:40 monday - Then.", 0),
            ("09:40 mon - Then.", 0),
            ("09:40 -Then.", 0),
            ("09:40 - then.", 0),
            ("09:40 - ", 0),
            ("09:40 the mayor.", 0),
            ("09:40", 0),
        ] {
            assert_eq!(time_label(t, i), None, "{t}");
        }
    }

    /// A paragraph's speaker label: one to four capitalised words (name
    /// particles allowed) and a colon within the first 60 bytes, then a
    /// space and at least four words.
    #[test]
    fn a_speaker_label_is_a_short_name_before_a_colon() {
        fn label(p: &str) -> Option<(&str, usize)> {
            speaker_label(p).map(|(l, colon)| (&p[l.start..l.end], colon))
        }
        assert_eq!(
            label("Holt: Because the pavements are full."),
            Some(("Holt", 4))
        );
        assert_eq!(
            label("Dana Iwu-Kova\u{10d}: We will build them soon."),
            Some(("Dana Iwu-Kova\u{10d}", 15))
        );
        assert_eq!(
            label("Jan van der Berg: We will build them soon."),
            Some(("Jan van der Berg", 16))
        );
        assert_eq!(
            label("O\u{2019}Neil: We will build them soon."),
            Some(("O\u{2019}Neil", 8))
        );
        for p in [
            "Anna Maria van der Berg: We will build them soon.",
            "holt: Because the pavements are full.",
            "Holt 2: Because the pavements are full.",
            "Holt and Lind: Because the pavements are full.",
            "Photo: Riders gather at the gate today.",
            "Holt: Full every evening.",
            "Holt:Because the pavements are full.",
            "Holt: ",
            "The mayor of the old town, speaking to the council at length: We will build.",
        ] {
            assert_eq!(label(p), None, "{p}");
        }
        // The colon is looked for in the first 60 characters, whatever
        // their bytes (a character across byte 60 included).
        let far = format!("{}: We will build them soon.", "\u{c9}".repeat(31));
        assert_eq!(label(&far).map(|(_, colon)| colon), Some(62));
        let far = format!("{}: We will build them soon.", "\u{c9}".repeat(61));
        assert_eq!(label(&far), None);
        let p = "Holt: Because the pavements are full every night in the caf\u{e9}s.";
        assert!(!p.is_char_boundary(60));
        assert_eq!(label(p), Some(("Holt", 4)));
    }

    /// A round-up's label with a role: a name, a comma, a role with no
    /// verb of saying, a colon, then an answer that is no quotation.
    #[test]
    fn a_role_label_is_a_name_and_its_role_before_a_colon() {
        fn label(p: &str) -> Option<&str> {
            role_label(p).map(|(l, _)| &p[l.start..l.end])
        }
        assert_eq!(
            label("Ines Rahm, chair of the Secondary Heads' Council: We asked for this, and I am glad."),
            Some("Ines Rahm, chair of the Secondary Heads' Council")
        );
        assert_eq!(
            label("Emil Sandoz, 17, chair of the Pupils' Union: Banning them at break is wrong."),
            Some("Emil Sandoz, 17, chair of the Pupils' Union")
        );
        for p in [
            "Maren Holt, the mayor, said: The ban will stay in place.",
            "Maren Holt, the mayor, was blunt: The ban will stay in place.",
            "Maren Holt, the mayor: \u{201C}The ban will stay in place.\u{201D}",
            "Maren Holt, the mayor: Yes.",
            "the mayor, Maren Holt: The ban will stay in place for now.",
            "Maren Holt, who chairs the \"transport\" committee: The ban will stay.",
        ] {
            assert_eq!(label(p), None, "{p}");
        }
        // The colon is looked for in the first 140 characters, whatever
        // their bytes.
        let far = format!(
            "Ines Rahm, {}: We asked for this, and I am glad.",
            "\u{c9}".repeat(140)
        );
        assert_eq!(label(&far), None);
    }

    /// An interview's answers and questions, to the byte: an answer runs
    /// from the colon to its paragraph's end (its words after the spaces
    /// following the colon); a "Q:" or "Question:" paragraph is a
    /// question; a label after a paragraph that asks nothing (a photo
    /// credit, a statement) answers nothing.
    #[test]
    fn an_interviews_answers_and_questions_to_the_byte() {
        let t = "We met Maren Holt.\n\n  Q: Why now?\n\nHolt:  Because the pavements are full.\n\n\
                 QUESTION: And the parking bays, then?\n\nDana Iwu-Kova\u{10d}: We will build them \
                 soon enough.\n\nPhoto: Riders gather at the gate today.\n\nHolt: This one answers \
                 no question at all.\n\nIs it over?\u{201D}\n\nLind: Riders will accept it then.";
        let (quotes, questions) = answers(t);
        let got: Vec<(&str, &str, &str, bool)> = quotes
            .iter()
            .map(|q| {
                (
                    q.label.map_or("", |l| &t[l.start..l.end]),
                    &t[q.open..q.close],
                    &t[q.content.start..q.content.end],
                    q.implicit,
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    "Holt",
                    ":  Because the pavements are full.",
                    "Because the pavements are full.",
                    true
                ),
                (
                    "Dana Iwu-Kova\u{10d}",
                    ": We will build them soon enough.",
                    "We will build them soon enough.",
                    true
                ),
                (
                    "Lind",
                    ": Riders will accept it then.",
                    "Riders will accept it then.",
                    true
                ),
            ]
        );
        let asked: Vec<&str> = questions.iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(
            asked,
            ["Q: Why now?", "QUESTION: And the parking bays, then?"]
        );
    }

    #[test]
    fn sentences_survive_abbreviations_initials_and_quotes() {
        let t =
            "U.S. President Donald Trump spoke. Mr. Smith met J. R. Jones in the U.S. on Monday. \
                 “It is over.” Then he left. “We are ready,” he said. Is it? Yes!";
        assert_eq!(
            split(t),
            vec![
                "U.S. President Donald Trump spoke.",
                "Mr. Smith met J. R. Jones in the U.S. on Monday.",
                "“It is over.”",
                "Then he left.",
                "“We are ready,” he said.",
                "Is it?",
                "Yes!"
            ]
        );
        assert_eq!(
            split("He lives in the U.S. He works there."),
            vec!["He lives in the U.S.", "He works there."]
        );
        assert_eq!(
            split("“Stop!” he shouted. Headline\n\nBody text."),
            vec!["“Stop!” he shouted.", "Headline", "Body text."]
        );
    }

    #[test]
    fn tokens_keep_initials_and_inner_marks() {
        let t = "U.S. officials’ “won’t” J. Smith 35.3% European-led.";
        let w: Vec<&str> = tokenize(t).iter().map(|k| &t[k.start..k.end]).collect();
        assert_eq!(
            w,
            vec![
                "U.S.",
                "officials",
                "’",
                "“",
                "won’t",
                "”",
                "J.",
                "Smith",
                "35.3",
                "%",
                "European-led",
                "."
            ]
        );
        // Thousands separators stay in the number; other commas do not.
        let t = "4,000 firms, 1,200,000 people, 12,34 and 2025,";
        let w: Vec<&str> = tokenize(t).iter().map(|k| &t[k.start..k.end]).collect();
        assert_eq!(
            w,
            vec![
                "4,000",
                "firms",
                ",",
                "1,200,000",
                "people",
                ",",
                "12",
                ",",
                "34",
                "and",
                "2025",
                ","
            ]
        );
    }

    #[test]
    fn blocks_cover_the_text_and_end_at_paragraphs() {
        let para = "Word ".repeat(3000) + "end.\n\n";
        let text = para.repeat(100);
        let b = blocks(&text, 0);
        assert!(b.len() > 5);
        assert_eq!(b[0].start, 0);
        assert_eq!(b.last().map(|s| s.end), Some(text.len()));
        for w in b.windows(2) {
            assert_eq!(w[0].end, w[1].start);
            assert!(text[..w[0].end].ends_with("\n\n"));
        }
        // One enormous line: cut at spaces, every cut on a char boundary.
        let line = "é ".repeat(400_000);
        let b = blocks(&line, 0);
        assert!(b.len() > 3);
        assert!(b.iter().all(|s| line.is_char_boundary(s.start)));
    }

    #[test]
    fn quotes_curly_straight_and_unbalanced() {
        let t = "“Q one,” he said, \"Q two.\" A stray “ mark\n\nand \"x";
        let q: Vec<&str> = quotes(t)
            .iter()
            .map(|q| &t[q.content.start..q.content.end])
            .collect();
        assert_eq!(q, vec!["Q one", "Q two.", "mark"]);
    }
}
