//! Search across the library: article text, quotes (the article's own
//! words), summaries, targets and speakers, with SQLite's FTS5 (words folded to
//! lower case without diacritics). What a person types is never passed as
//! FTS5 syntax: each word becomes a quoted term, `"several words"` a
//! phrase, and the last word matches as a prefix while it is being typed.
//!
//! Results come newest document first. A result names the document, its
//! date, the speaker (when the match is
//! in a claim or inside a quote), a one-line snippet with the match marked,
//! and the byte offset of the article to open at.

use std::collections::HashMap;

use super::index::{fts_doc, FTS_SHIFT};
use super::timeline::DocRef;
use super::{IndexError, Library};

/// Where a match was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum HitKind {
    /// In a claim's quoted passage of the article.
    Quote,
    /// Elsewhere in the article.
    Article,
    /// In a claim's summary.
    Summary,
    /// In a claim's target.
    Target,
    /// In a claim's speaker.
    Speaker,
}

impl HitKind {
    pub fn word(self) -> &'static str {
        match self {
            HitKind::Quote => "quote",
            HitKind::Article => "article",
            HitKind::Summary => "summary",
            HitKind::Target => "target",
            HitKind::Speaker => "speaker",
        }
    }
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub doc: DocRef,
    pub kind: HitKind,
    /// The claim's speaker, party id and claim id (for a claim or a quote).
    pub speaker: Option<String>,
    pub party: Option<String>,
    pub claim: Option<String>,
    /// One line of context.
    pub snippet: String,
    /// Byte range of the match within `snippet`.
    pub mark: (usize, usize),
    /// Byte offset in the article to open at.
    pub offset: usize,
}

/// The terms of a query: phrases (in double quotes) and words, and
/// whether the last one is still being typed (no space after it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Terms {
    pub terms: Vec<String>,
    pub prefix_last: bool,
}

/// Split what a person typed into terms.
pub fn terms(query: &str) -> Terms {
    let mut terms = Vec::new();
    let mut rest = query;
    let mut prefix_last = false;
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        if let Some(r) = rest.strip_prefix('"') {
            let (phrase, after) = r.split_once('"').unwrap_or((r, ""));
            if phrase.split_whitespace().next().is_some() {
                terms.push(phrase.split_whitespace().collect::<Vec<_>>().join(" "));
            }
            prefix_last = false;
            rest = after;
        } else {
            let end = rest
                .find(|c: char| c.is_whitespace() || c == '"')
                .unwrap_or(rest.len());
            let word = &rest[..end];
            // A word with no letter or digit matches nothing in FTS5.
            if word.chars().any(char::is_alphanumeric) {
                terms.push(word.to_string());
                prefix_last = end == rest.len();
            }
            rest = &rest[end..];
        }
    }
    Terms { terms, prefix_last }
}

/// The FTS5 query for `t`: each term a quoted string (so nothing the
/// person typed is read as an operator), all required. `None` when there
/// is nothing to search for.
pub fn fts_query(t: &Terms) -> Option<String> {
    if t.terms.is_empty() {
        return None;
    }
    let n = t.terms.len();
    Some(
        t.terms
            .iter()
            .enumerate()
            .map(|(i, term)| {
                let q = format!("\"{}\"", term.replace('"', "\"\""));
                if i + 1 == n && t.prefix_last {
                    format!("{q}*")
                } else {
                    q
                }
            })
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// The first place in `hay` where `needle` occurs, ignoring case: its byte
/// range. A prefix match is enough (the last term is typed as a prefix).
pub fn find_ci(hay: &str, needle: &str) -> Option<(usize, usize)> {
    let needle: Vec<char> = needle.chars().flat_map(char::to_lowercase).collect();
    if needle.is_empty() {
        return None;
    }
    'start: for (i, _) in hay.char_indices() {
        let mut want = needle.iter();
        let mut end = i;
        let mut hs = hay[i..].char_indices();
        let mut pending: Vec<char> = Vec::new();
        loop {
            if pending.is_empty() {
                let Some((j, c)) = hs.next() else {
                    continue 'start;
                };
                end = i + j + c.len_utf8();
                pending = c.to_lowercase().collect();
                pending.reverse();
            }
            let Some(w) = want.next() else {
                break;
            };
            if pending.pop() != Some(*w) {
                continue 'start;
            }
            if want.len() == 0 {
                return Some((i, end));
            }
        }
    }
    None
}

/// Characters of context before and after a match in a snippet.
const BEFORE: usize = 40;
const AFTER: usize = 80;

/// One line around `at` (a byte range of `body`): white space runs as one
/// space, cut with `…`, and the match's range within it.
pub fn snippet(body: &str, at: (usize, usize)) -> (String, (usize, usize)) {
    let (s, e) = (at.0.min(body.len()), at.1.min(body.len()).max(at.0));
    let start = body[..s]
        .char_indices()
        .rev()
        .nth(BEFORE - 1)
        .map_or(0, |(i, _)| i);
    let end = body[e..]
        .char_indices()
        .nth(AFTER)
        .map_or(body.len(), |(i, _)| e + i);
    let one = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    let before = one(&body[start..s]);
    out.push_str(&before);
    if !before.is_empty() && body[..s].ends_with(char::is_whitespace) {
        out.push(' ');
    }
    let m0 = out.len();
    out.push_str(&one(&body[s..e]));
    let m1 = out.len();
    let after = one(&body[e..end]);
    if !after.is_empty() && body[e..].starts_with(char::is_whitespace) {
        out.push(' ');
    }
    out.push_str(&after);
    if end < body.len() {
        out.push('…');
    }
    (out, (m0, m1))
}

/// Where the first term (else any term) occurs in `body`.
fn locate(body: &str, t: &Terms) -> Option<(usize, usize)> {
    t.terms.iter().find_map(|term| {
        find_ci(body, term).or_else(|| {
            term.split_whitespace()
                .find_map(|w| find_ci(body, w.trim_matches(|c: char| !c.is_alphanumeric())))
        })
    })
}

/// Search the library; at most `limit` results, newest documents first
/// (then in the order of the document: claims, then the article). FTS5
/// walks its matches in row-id order, which puts the date first, and stops
/// at the limit, so a word found everywhere costs no more than a rare one.
pub fn search(lib: &Library, query: &str, limit: usize) -> Result<Vec<Hit>, IndexError> {
    let t = terms(query);
    let Some(q) = fts_query(&t) else {
        return Ok(Vec::new());
    };
    let rows = lib.index().query(
        "SELECT rowid, kind, ord, start, body FROM fts WHERE fts MATCH ?1 \
         ORDER BY rowid DESC LIMIT ?2",
        rusqlite::params![q, i64::try_from(limit).unwrap_or(i64::MAX)],
        |r| {
            let rowid: i64 = r.get(0)?;
            let kind: String = r.get(1)?;
            let ord: i64 = r.get(2)?;
            let start: i64 = r.get(3)?;
            let body: String = r.get(4)?;
            Ok((rowid, kind, ord, usize::try_from(start).unwrap_or(0), body))
        },
    )?;
    // Within a document, its rows in their own order.
    let mut rows = rows;
    rows.sort_by_key(|r| (std::cmp::Reverse(r.0 >> FTS_SHIFT), r.0));
    let mut docs: HashMap<i64, Option<super::DocSummary>> = HashMap::new();
    let rows: Vec<_> = rows
        .into_iter()
        .filter_map(|(rowid, kind, ord, start, body)| {
            let id = fts_doc(rowid);
            let d = match docs.get(&id) {
                Some(d) => d.clone(),
                None => {
                    let d = lib.index().document(id).ok().flatten();
                    docs.insert(id, d.clone());
                    d
                }
            }?;
            Some((kind, ord, start, body, d))
        })
        .collect();
    let mut hits = Vec::with_capacity(rows.len());
    for (kind, ord, start, body, d) in rows {
        let at = locate(&body, &t).unwrap_or((0, 0));
        let (snippet, mark) = snippet(&body, at);
        let hit = if kind == "claim" {
            let claim = lib
                .index()
                .claims_where("c.doc = ?1 AND c.ord = ?2", rusqlite::params![d.id, ord])?;
            let c = claim.into_iter().next().map(|(c, _)| c);
            // The row is "target\nsummary\nspeaker".
            let line = body.get(..at.0).map_or(0, |b| b.matches('\n').count());
            Hit {
                doc: DocRef::from(&d),
                kind: match line {
                    0 => HitKind::Target,
                    1 => HitKind::Summary,
                    _ => HitKind::Speaker,
                },
                speaker: c.as_ref().map(|c| c.speaker.clone()),
                party: c.as_ref().map(|c| c.party.clone()),
                claim: c.as_ref().map(|c| c.id.clone()),
                snippet,
                mark,
                offset: start,
            }
        } else {
            let offset = start + at.0;
            let within = lib.index().claims_where(
                "c.doc = ?1 AND c.start <= ?2 AND c.end > ?2",
                rusqlite::params![d.id, offset as i64],
            )?;
            let c = within.into_iter().next().map(|(c, _)| c);
            Hit {
                doc: DocRef::from(&d),
                kind: if c.is_some() {
                    HitKind::Quote
                } else {
                    HitKind::Article
                },
                speaker: c.as_ref().map(|c| c.speaker.clone()),
                party: c.as_ref().map(|c| c.party.clone()),
                claim: c.as_ref().map(|c| c.id.clone()),
                snippet,
                mark,
                offset,
            }
        };
        hits.push(hit);
    }
    Ok(hits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_quote_every_term() {
        let q = |s: &str| fts_query(&terms(s));
        assert_eq!(q("front line").as_deref(), Some("\"front\" \"line\"*"));
        assert_eq!(q("front line ").as_deref(), Some("\"front\" \"line\""));
        assert_eq!(
            q("\"front line\" OR NOT(x").as_deref(),
            Some("\"front line\" \"OR\" \"NOT(x\"*")
        );
        assert_eq!(q("say \"a\"\"b\"").as_deref(), Some("\"say\" \"a\" \"b\""));
        assert_eq!(q("  -- ** "), None);
        assert_eq!(
            q("\"unclosed phrase").as_deref(),
            Some("\"unclosed phrase\"")
        );
    }

    #[test]
    fn finds_ignoring_case_and_marks_the_snippet() {
        assert_eq!(find_ci("The Front line", "front"), Some((4, 9)));
        assert_eq!(find_ci("ÉTAT état", "état"), Some((0, 5)));
        assert_eq!(find_ci("abc", "abd"), None);
        assert_eq!(find_ci("ab", "abc"), None);
        let body = format!(
            "{}Lavrov said\nno to the front line.{}",
            "x ".repeat(50),
            " y".repeat(80)
        );
        let at = find_ci(&body, "front").unwrap_or((0, 0));
        let (s, m) = snippet(&body, at);
        assert_eq!(&s[m.0..m.1], "front");
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        assert!(s.contains("said no to the front line."));
        assert!(!s.contains('\n'));
    }
}
