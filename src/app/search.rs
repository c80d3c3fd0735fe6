//! Search: the prompt, the matches, and stepping between them. Matching
//! folds the article and the query the way anchoring does (runs of
//! whitespace, curly or straight quote marks and apostrophes, dashes; see
//! [`crate::anchor::Folded`]) and ignores ASCII case, so `we're` finds
//! "we’re".

use aho_corasick::AhoCorasickBuilder;

use super::{Mode, State};
use crate::action::Action;
use crate::anchor::Folded;
use crate::model::Span;

/// Articles up to this size (bytes) are searched as the query is typed.
pub const INCREMENTAL_SEARCH_LIMIT: usize = 1 << 20;

/// Bytes of article folded at a time (no folded copy of a large article is
/// kept).
const CHUNK: usize = 1 << 20;

/// The submitted search.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    pub query: String,
    pub matches: Vec<Span>,
    pub current: Option<usize>,
}

impl Search {
    pub fn is_active(&self) -> bool {
        !self.query.is_empty()
    }
}

/// Where `query` occurs in `text`, folded like anchoring and ignoring ASCII
/// case; spans of `text`'s own bytes, in order. The text is folded a chunk
/// at a time; each chunk reaches past its end far enough to finish a match
/// that starts in it.
pub fn find_matches(text: &str, query: &str) -> Vec<Span> {
    let q = Folded::new(query).text;
    if q.is_empty() {
        return Vec::new();
    }
    let Ok(ac) = AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .build([q.as_str()])
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let end = chunk_end(text, start, CHUNK);
        let reach = chunk_end(text, end, q.len() * 4 + 64);
        let chunk = &text[start..reach];
        let folded = Folded::new(chunk);
        for m in ac.find_iter(&folded.text) {
            let sp = folded.span_to_original(chunk, m.start(), m.end());
            if start + sp.start >= end {
                break;
            }
            out.push(Span {
                start: start + sp.start,
                end: start + sp.end,
            });
        }
        start = end;
    }
    out
}

/// About `n` bytes after `from`: at the next line break (when one is near)
/// or char boundary, at most the end of `text`.
fn chunk_end(text: &str, from: usize, n: usize) -> usize {
    let mut e = from.saturating_add(n).min(text.len());
    if e < text.len() {
        if let Some(nl) = text.as_bytes()[e..]
            .iter()
            .take(4096)
            .position(|&b| b == b'\n')
        {
            return e + nl + 1;
        }
    }
    while !text.is_char_boundary(e) {
        e += 1;
    }
    e
}

impl State {
    /// Keys while the search prompt is open.
    pub(super) fn update_prompt(&mut self, action: Action) {
        let Some(Mode::Search(p)) = self.modes.last_mut() else {
            return;
        };
        match action {
            Action::Type(c) => p.input.push(c),
            Action::Backspace => {
                p.input.pop();
            }
            Action::Submit => {
                let q = std::mem::take(&mut p.input);
                self.pop();
                self.submit_search(q);
                return;
            }
            _ => return,
        }
        self.preview_search();
    }

    /// While the query is typed: its matches, highlighted and counted, on
    /// articles small enough to search at every key.
    fn preview_search(&mut self) {
        let text = self.doc.article.text();
        if text.len() > INCREMENTAL_SEARCH_LIMIT {
            return;
        }
        let q = self.prompt().map_or("", |p| p.input.as_str());
        self.search.matches = find_matches(text, q);
        self.search.current = None;
    }

    fn submit_search(&mut self, q: String) {
        if q.is_empty() {
            self.search = Search::default();
            return;
        }
        let matches = find_matches(self.doc.article.text(), &q);
        let (top, _) = self.visible_bytes();
        let current = if matches.is_empty() {
            self.message = Some(format!("no match for “{q}”"));
            None
        } else {
            Some(matches.iter().position(|m| m.start >= top).unwrap_or(0))
        };
        self.search = Search {
            query: q,
            matches,
            current,
        };
        self.jump_to_match();
    }

    fn jump_to_match(&mut self) {
        if let Some(span) = self
            .search
            .current
            .and_then(|i| self.search.matches.get(i))
            .copied()
        {
            self.reveal(span);
        }
    }

    /// `n` / `N`: the next or previous match, round the end.
    pub(super) fn step_match(&mut self, forward: bool) {
        let n = self.search.matches.len();
        if !self.search.is_active() {
            self.message = Some("no search: press / to search the article".into());
            return;
        }
        if n == 0 {
            self.message = Some(format!("no match for “{}”", self.search.query));
            return;
        }
        let i = self.search.current.unwrap_or(0);
        self.search.current = Some(if forward {
            (i + 1) % n
        } else {
            (i + n - 1) % n
        });
        self.jump_to_match();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found<'a>(text: &'a str, q: &str) -> Vec<&'a str> {
        find_matches(text, q)
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn folds_quotes_dashes_whitespace_and_case() {
        let t = "We’re here. we're there. A cease‐fire — now.\nsplit\n  line";
        assert_eq!(found(t, "we're"), ["We’re", "we're"]);
        assert_eq!(found(t, "WE’RE"), ["We’re", "we're"]);
        assert_eq!(found(t, "cease-fire - now"), ["cease‐fire — now"]);
        assert_eq!(found(t, "split line"), ["split\n  line"]);
        assert!(found(t, "").is_empty());
        assert!(found(t, "nothing").is_empty());
    }

    #[test]
    fn chunks_find_every_match_once_in_a_large_text() {
        // Lines of varied length so that matches fall on chunk edges.
        let mut t = String::new();
        let mut want = 0;
        for i in 0..60_000 {
            t.push_str(&"x".repeat(i % 97));
            if i % 7 == 0 {
                t.push_str(" don’t ");
                want += 1;
            }
            t.push('\n');
        }
        assert!(t.len() > 2 * CHUNK);
        let m = find_matches(&t, "don't");
        assert_eq!(m.len(), want);
        assert!(m.windows(2).all(|w| w[0].end <= w[1].start));
        assert!(m.iter().all(|s| &t[s.start..s.end] == "don’t"));
    }
}
