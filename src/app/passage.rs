//! Selecting a passage of the article for a new claim: it starts at the
//! current search match (else the first word on screen) and extends by a
//! word, to the end of a sentence or of a paragraph; `a` turns it into a
//! claim form pre-filled by the drafter's rules on that passage.

use super::form::Form;
use super::{Mode, State};
use crate::action::{Action, Effect};
use crate::model::{Claim, Mode as QuoteMode, Span, Stance, Status};

/// What the status line says while a form's new quote is selected.
const SELECTING: &str =
    "selecting a passage: w a word more · s to the sentence's end · p to the paragraph's end · a adds a claim";

const QUOTING: &str =
    "select the new quote: w a word more · s to the sentence's end · p to the paragraph's end · Enter takes it · Esc keeps the old one";

/// The passage being selected: bytes `start..end` of the article, and the
/// ends it had before each extension (for taking one back).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selecting {
    pub start: usize,
    pub end: usize,
    pub earlier: Vec<usize>,
    /// Where a mouse drag started (the selection runs from its word to the
    /// pointer's).
    pub anchor: Option<usize>,
}

impl Selecting {
    pub fn span(&self) -> Span {
        Span {
            start: self.start,
            end: self.end,
        }
    }
}

/// The end of the next word after `at` (white space skipped first).
pub fn word_end(text: &str, at: usize) -> usize {
    let rest = text.get(at..).unwrap_or("");
    let lead = rest.len() - rest.trim_start().len();
    let word = rest[lead..]
        .find(char::is_whitespace)
        .unwrap_or(rest.len() - lead);
    at + lead + word
}

/// The start of the word at `at` (or of the next one, from white space).
pub fn word_start(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    if text[at..].chars().next().is_some_and(char::is_whitespace) {
        let rest = &text[at..];
        return at + (rest.len() - rest.trim_start().len());
    }
    text[..at]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// The end of the sentence going on at `at` (after its `.`, `!` or `?` and
/// any closing quote or bracket), at least one word on.
pub fn sentence_end(text: &str, at: usize) -> usize {
    let rest = text.get(at..).unwrap_or("");
    // At least one character that is not white space.
    let from = at + (rest.len() - rest.trim_start().len()) + 1;
    let mut it = rest.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let here = at + i + c.len_utf8();
        if c == '\n' && it.peek().is_some_and(|&(_, n)| n == '\n') && here > from {
            return at + i;
        }
        if matches!(c, '.' | '!' | '?') && here >= from {
            let mut end = here;
            while let Some(&(j, n)) = it.peek() {
                if matches!(n, '"' | '\'' | '\u{201D}' | '\u{2019}' | ')' | ']') {
                    end = at + j + n.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
            let next = text.get(end..).and_then(|r| r.chars().next());
            if next.is_none_or(char::is_whitespace) {
                return end;
            }
        }
    }
    text.len()
}

impl State {
    /// `v`: start selecting at the search match, else at the first word on
    /// screen.
    pub(super) fn start_selection(&mut self) {
        if self.curation.is_none() {
            self.message = Some(
                "this document has no file to save into, so claims cannot be added here".into(),
            );
            return;
        }
        let text = self.doc.article.text();
        let span = match self.search.current.and_then(|i| self.search.matches.get(i)) {
            Some(&m) => m,
            None => {
                let (vs, _) = self.visible_bytes();
                let rest = text.get(vs..).unwrap_or("");
                let start = vs + (rest.len() - rest.trim_start().len());
                Span {
                    start,
                    end: word_end(text, start),
                }
            }
        };
        if span.start < span.end {
            self.focus = super::Focus::Article;
        }
        self.begin_selection(span, SELECTING);
    }

    /// Space on the form's quote: select another passage in the article,
    /// starting from the quote's `span`; Enter gives it to the form
    /// beneath, Esc goes back to it with the quote unchanged.
    pub(super) fn choose_quote(&mut self, span: Option<Span>) {
        let text = self.doc.article.text();
        let span = span.filter(|s| s.start < s.end && s.end <= text.len());
        let span = span.unwrap_or_else(|| {
            let (vs, _) = self.visible_bytes();
            Span {
                start: vs,
                end: word_end(text, vs),
            }
        });
        self.begin_selection(span, QUOTING);
    }

    /// Put a passage selection of `span` on top, in view, saying
    /// `message` (unless the span holds no text: that is said instead).
    fn begin_selection(&mut self, span: Span, message: &str) {
        if span.start >= span.end {
            self.message = Some("no text to select here".into());
            return;
        }
        self.push(Mode::Select(Selecting {
            start: span.start,
            end: span.end,
            earlier: Vec::new(),
            anchor: None,
        }));
        self.reveal(span);
        self.message = Some(message.into());
    }

    /// Whether the passage being selected is a form's new quote (the form
    /// is beneath it).
    pub fn quoting(&self) -> bool {
        let n = self.modes.len();
        n >= 2 && matches!(self.modes.get(n - 2), Some(Mode::Form(_)))
    }

    /// Keys while a passage is being selected.
    pub(super) fn update_select(&mut self, action: Action) -> Effect {
        let Some(Mode::Select(sel)) = self.modes.last() else {
            return Effect::None;
        };
        let mut sel = sel.clone();
        let text = self.doc.article.text();
        let new_end = match action {
            Action::ExtendWord => Some(word_end(text, sel.end)),
            Action::ExtendSentence => Some(sentence_end(text, sel.end)),
            Action::ExtendParagraph => {
                let paras = self.doc.article.paragraphs();
                paras
                    .ranges
                    .iter()
                    .map(|&(_, e)| e)
                    .find(|&e| e > sel.end)
                    .or(Some(text.len()))
            }
            Action::Shrink => {
                if let Some(e) = sel.earlier.pop() {
                    sel.end = e;
                }
                None
            }
            Action::Drag { col, row } => {
                self.drag(col, row);
                return Effect::None;
            }
            Action::AddClaim if self.quoting() => {
                self.pop();
                if let Some(Mode::Form(f)) = self.modes.last_mut() {
                    f.passage = Some(sel.span());
                }
                self.message = Some("the new quote is in the form: Enter applies it".into());
                return Effect::None;
            }
            Action::AddClaim => {
                self.pop();
                self.add_from(sel.span());
                return Effect::None;
            }
            _ => return Effect::None,
        };
        if let Some(e) = new_end.filter(|&e| e > sel.end && text.is_char_boundary(e)) {
            sel.earlier.push(sel.end);
            sel.end = e;
        }
        let span = sel.span();
        if let Some(Mode::Select(s)) = self.modes.last_mut() {
            *s = sel;
        }
        // The end of the selection in view.
        self.reveal(Span {
            start: span.end.saturating_sub(1).max(span.start),
            end: span.end,
        });
        let words = self
            .doc
            .article
            .text()
            .get(span.start..span.end)
            .map_or(0, |t| t.split_whitespace().count());
        self.message = Some(if self.quoting() {
            format!("{words} words selected · Enter makes them the quote")
        } else {
            format!("{words} words selected · a adds a claim")
        });
        Effect::None
    }

    /// A drag in the article: select from the word where it started to
    /// the word under the pointer.
    pub(super) fn drag(&mut self, col: u16, row: u16) {
        let Some(off) = self.article_offset_at(col, row) else {
            return;
        };
        if self.curation.is_none() {
            return;
        }
        let text = self.doc.article.text();
        let anchor = match self.modes.last() {
            Some(Mode::Select(s)) => s.anchor,
            _ => None,
        };
        let anchor = anchor.unwrap_or(off);
        let (a, b) = (anchor.min(off), anchor.max(off));
        let start = word_start(text, a);
        let end = word_end(text, b).max(start);
        if start >= end {
            return;
        }
        let words = text
            .get(start..end)
            .map_or(0, |t| t.split_whitespace().count());
        let sel = Selecting {
            start,
            end,
            earlier: Vec::new(),
            anchor: Some(anchor),
        };
        match self.modes.last_mut() {
            Some(Mode::Select(s)) => *s = sel,
            _ => {
                self.focus = super::Focus::Article;
                self.push(Mode::Select(sel));
            }
        }
        self.message = Some(if self.quoting() {
            format!("{words} words selected · Enter makes them the quote")
        } else {
            format!("{words} words selected · a adds a claim")
        });
    }

    /// The form for a new claim quoting `span`, pre-filled by the
    /// drafter's rules on the passage (or by guesses from the document).
    fn add_from(&mut self, span: Span) {
        let text = self.doc.article.text();
        let passage = text.get(span.start..span.end).unwrap_or("");
        // The annotation as a profile: its topics' propositions give the
        // targets.
        let profile = self.curation.as_ref().and_then(|c| {
            crate::draft::Profile::from_source(c.session.source(), "the annotation").ok()
        });
        let drafted = crate::draft::draft_passage(&self.doc, span, profile.as_ref());
        let found = drafted.is_some();
        let proto = drafted.unwrap_or_else(|| {
            // The party named in the passage, else the first.
            let lower = passage.to_lowercase();
            let party = self
                .doc
                .parties
                .iter()
                .position(|p| {
                    std::iter::once(&p.name)
                        .chain(&p.aliases)
                        .any(|n| !n.is_empty() && lower.contains(&n.to_lowercase()))
                })
                .unwrap_or(0);
            let topic = self
                .doc
                .topics
                .iter()
                .position(|t| {
                    t.keywords
                        .iter()
                        .any(|k| !k.is_empty() && lower.contains(&k.to_lowercase()))
                })
                .unwrap_or(0);
            let summary: String = passage.split_whitespace().collect::<Vec<_>>().join(" ");
            let summary: String = summary.chars().take(160).collect();
            Claim {
                id: String::new(),
                party,
                speaker: self
                    .doc
                    .parties
                    .get(party)
                    .map_or_else(String::new, |p| p.name.clone()),
                topic,
                stance: Stance::Unclear,
                target: self
                    .doc
                    .topics
                    .get(topic)
                    .map_or_else(String::new, |t| t.label.clone()),
                summary,
                mode: QuoteMode::Reported,
                quote: passage.to_string(),
                condition: None,
                status: Status::Reviewed,
                confidence: None,
                rule: None,
                span,
                source_line: 0,
                origin: None,
            }
        });
        self.push(Mode::Form(Form::add(&proto, span, found)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_sentences_end_where_they_should() {
        let t = "He said no. \u{201C}Never.\u{201D} Then she left.\n\nNext para.";
        assert_eq!(&t[..word_end(t, 0)], "He");
        assert_eq!(&t[..word_end(t, 2)], "He said");
        assert_eq!(&t[..sentence_end(t, 2)], "He said no.");
        let e = sentence_end(t, 11);
        assert_eq!(&t[12..e], "\u{201C}Never.\u{201D}");
        assert_eq!(word_end(t, t.len()), t.len());
        assert_eq!(word_start(t, 5), 3, "inside \"said\"");
        assert_eq!(word_start(t, 2), 3, "from a space, the next word");
        assert_eq!(word_start(t, 0), 0);
        assert_eq!(sentence_end(t, t.len()), t.len());
    }
}
