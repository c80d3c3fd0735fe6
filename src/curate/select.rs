//! A quote for a passage of the article: the passage's own words (runs of
//! white space made one space, which anchoring ignores anyway) and, when the
//! words occur more than once, the fewest words before (`prefix`) or after
//! (`suffix`) it that make it anchor to this passage alone. Every candidate
//! is checked by the loader's own anchoring ([`crate::anchor`]), all in one
//! pass over the article.

use crate::anchor::{Anchorer, Selector};
use crate::model::Span;

use super::edit::Selection;

/// Why a passage cannot be quoted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SelectError {
    #[error("the selection is empty (or only white space); select some words")]
    Empty,
    #[error("the selection (bytes {start} to {end}) is not a passage of the article")]
    OutOfText { start: usize, end: usize },
    #[error("the passage occurs more than once and the words around it do not tell the places apart; select a longer passage")]
    NotUnique,
}

/// Words of context tried, shortest first.
const CONTEXT_WORDS: &[usize] = &[1, 2, 4, 8, 16, 32];

/// Runs of white space as one space, trimmed.
fn one_spaced(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The last `n` words before `at` (prefix) or the first `n` after it
/// (suffix), within 2,000 bytes; one-spaced.
pub fn context_words(text: &str, at: usize, n: usize, before: bool) -> Option<String> {
    let words: Vec<&str> = if before {
        let mut from = at.saturating_sub(2000);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let mut w: Vec<&str> = text
            .get(from..at)?
            .split_whitespace()
            .rev()
            .take(n)
            .collect();
        w.reverse();
        w
    } else {
        let mut to = (at + 2000).min(text.len());
        while !text.is_char_boundary(to) {
            to -= 1;
        }
        text.get(at..to)?.split_whitespace().take(n).collect()
    };
    (!words.is_empty()).then(|| words.join(" "))
}

/// The selection quoting `span` of `text` (the article), trimmed of white
/// space at both ends.
pub fn select(text: &str, span: Span) -> Result<Selection, SelectError> {
    let bad = SelectError::OutOfText {
        start: span.start,
        end: span.end,
    };
    if span.start > span.end
        || span.end > text.len()
        || !text.is_char_boundary(span.start)
        || !text.is_char_boundary(span.end)
    {
        return Err(bad);
    }
    let passage = &text[span.start..span.end];
    let lead = passage.len() - passage.trim_start().len();
    let trimmed = passage.trim();
    if trimmed.is_empty() {
        return Err(SelectError::Empty);
    }
    let start = span.start + lead;
    let end = start + trimmed.len();
    let quote = one_spaced(trimmed);
    let mut contexts: Vec<(Option<String>, Option<String>)> = vec![(None, None)];
    for &n in CONTEXT_WORDS {
        contexts.push((context_words(text, start, n, true), None));
    }
    for &n in CONTEXT_WORDS {
        contexts.push((None, context_words(text, end, n, false)));
    }
    let most = CONTEXT_WORDS.last().copied().unwrap_or(32);
    contexts.push((
        context_words(text, start, most, true),
        context_words(text, end, most, false),
    ));
    let selectors: Vec<Selector> = contexts
        .iter()
        .map(|(p, s)| Selector {
            exact: &quote,
            prefix: p.as_deref(),
            suffix: s.as_deref(),
        })
        .collect();
    let want = Span { start, end };
    let results = Anchorer::new(text).resolve_all(&selectors);
    let chosen = contexts
        .iter()
        .zip(results)
        .find(|(_, r)| r.as_ref().ok() == Some(&want));
    match chosen {
        Some(((p, s), _)) => Ok(Selection {
            quote,
            start,
            end,
            context: Some((p.clone(), s.clone())),
        }),
        None => Err(SelectError::NotUnique),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sel(text: &str, needle: &str, nth: usize) -> Result<Selection, SelectError> {
        let start = text
            .match_indices(needle)
            .nth(nth)
            .map_or(usize::MAX, |(i, _)| i);
        select(
            text,
            Span {
                start,
                end: start.saturating_add(needle.len()),
            },
        )
    }

    #[test]
    fn a_unique_passage_needs_no_context() {
        let t = "Kyiv said no.\nMoscow   said\nyes. Then silence.";
        let s = sel(t, "Moscow   said\nyes", 0).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.quote(), "Moscow said yes");
        assert_eq!(s.prefix(), None);
        assert_eq!(s.suffix(), None);
        assert_eq!(&t[s.span().start..s.span().end], "Moscow   said\nyes");
    }

    #[test]
    fn a_repeated_passage_gets_the_fewest_words_of_context() {
        let t = "Kyiv said no. Later, Moscow said no. Then Kyiv said yes.";
        let a = sel(t, "said no", 0).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((a.prefix(), a.suffix()), (Some("Kyiv"), None));
        let b = sel(t, "said no", 1).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((b.prefix(), b.suffix()), (Some("Moscow"), None));
        // "Kyiv said" twice, the first one at the very start: a suffix.
        let c = sel(t, "Kyiv said", 0).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((c.prefix(), c.suffix()), (None, Some("no.")));
        let d = sel(t, "Kyiv said", 1).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(d.prefix(), Some("Then"));
    }

    #[test]
    fn white_space_at_the_ends_is_trimmed_and_empty_is_refused() {
        let t = "one two three";
        let s = select(t, Span { start: 3, end: 8 }).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.quote(), "two");
        assert_eq!(s.span(), Span { start: 4, end: 7 });
        assert_eq!(
            select(t, Span { start: 3, end: 4 }),
            Err(SelectError::Empty)
        );
        assert!(matches!(
            select("é", Span { start: 1, end: 2 }),
            Err(SelectError::OutOfText { .. })
        ));
        assert!(matches!(
            select(t, Span { start: 5, end: 99 }),
            Err(SelectError::OutOfText { .. })
        ));
    }

    #[test]
    fn identical_paragraphs_cannot_be_told_apart() {
        // Periodic text: 32 words either side are the same for the
        // occurrences in the middle.
        let para = "The same words again and again in every paragraph here. ";
        let t = format!("{}{}", para.repeat(20), "end");
        assert_eq!(sel(&t, "words again", 10), Err(SelectError::NotUnique));
        assert!(
            sel(&t, "words again", 19).is_ok(),
            "the last one has its own suffix"
        );
    }
}
