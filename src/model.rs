//! The model: plain data, resolved and validated. Nothing here parses or
//! draws; every string in it has been sanitised (see [`crate::sanitize`]).

use std::fmt;
use std::path::PathBuf;

/// A resolved document: an article and the claims anchored in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The annotation file this came from (`None` for the bundled or an
    /// in-memory document).
    pub path: Option<PathBuf>,
    pub title: String,
    /// ISO 8601 date, as written (validated).
    pub date: String,
    pub source: Option<Source>,
    pub article: Article,
    pub topics: Vec<Topic>,
    pub parties: Vec<Party>,
    /// Claims in the order of the annotation file.
    pub claims: Vec<Claim>,
    /// True when the panel was drafted by rules rather than written by a person.
    pub draft: bool,
    /// Something the reader should say about the panel, above it (set by
    /// drafting: the profile did not fit and parties were discovered; see
    /// `draft::profile_notice`). `None` for annotations.
    pub notice: Option<String>,
}

/// Where the article was published (all optional: leave out rather than
/// guess).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Source {
    /// The publication or site ("Example News").
    pub outlet: Option<String>,
    /// The article's address (its canonical URL when a page names one).
    pub url: Option<String>,
    /// Who wrote it, as the page or feed credits them.
    pub byline: Option<String>,
    /// The language the article is written in (a BCP 47 tag: `en`, `en-GB`).
    pub language: Option<String>,
}

impl Source {
    /// True when nothing is known.
    pub fn is_empty(&self) -> bool {
        self.outlet.is_none()
            && self.url.is_none()
            && self.byline.is_none()
            && self.language.is_none()
    }
}

/// The article text (sanitised) with indexes for offsets and lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// Where the article was read from, if from a file.
    pub path: Option<PathBuf>,
    text: String,
    /// Byte offset of the start of every line.
    line_starts: Vec<usize>,
    /// (byte offset, char offset) every [`CHAR_CHECKPOINT`] bytes or so.
    char_checkpoints: Vec<(usize, usize)>,
}

const CHAR_CHECKPOINT: usize = 4096;

impl Article {
    /// Build an article from text that is already sanitised.
    pub fn new(text: String, path: Option<PathBuf>) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        // A checkpoint at the first char boundary at or after each
        // CHAR_CHECKPOINT bytes from the last, chars counted by lead bytes.
        let mut char_checkpoints = vec![(0, 0)];
        let (mut at, mut chars) = (0usize, 0usize);
        loop {
            let mut next = at + CHAR_CHECKPOINT;
            while next < text.len() && !text.is_char_boundary(next) {
                next += 1;
            }
            if next >= text.len() {
                break;
            }
            chars += text.as_bytes()[at..next]
                .chunks(255)
                .map(|c| c.iter().fold(0u8, |n, &b| n + u8::from((b as i8) >= -0x40)))
                .map(usize::from)
                .sum::<usize>();
            char_checkpoints.push((next, chars));
            at = next;
        }
        Article {
            path,
            text,
            line_starts,
            char_checkpoints,
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// Number of lines (a trailing newline does not start a new line).
    pub fn line_count(&self) -> usize {
        let n = self.line_starts.len();
        if n > 1 && self.line_starts[n - 1] == self.text.len() {
            n - 1
        } else {
            n
        }
    }

    /// Byte offsets where each line starts.
    pub fn line_starts(&self) -> &[usize] {
        &self.line_starts
    }

    /// 1-based line of a byte offset.
    pub fn line_of(&self, byte: usize) -> usize {
        match self.line_starts.binary_search(&byte) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }

    /// 1-based (line, column in characters) of a byte offset.
    pub fn line_col(&self, byte: usize) -> (usize, usize) {
        let line = self.line_of(byte);
        let start = self.line_starts[line - 1];
        let end = byte.min(self.text.len());
        let col = self.text.get(start..end).map_or(0, |s| s.chars().count());
        (line, col + 1)
    }

    /// Offset in Unicode scalar values of a byte offset (which must be on a
    /// char boundary; otherwise the boundary before it is used).
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let i = match self
            .char_checkpoints
            .binary_search_by(|&(b, _)| b.cmp(&byte))
        {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let (b0, c0) = self.char_checkpoints[i];
        let mut end = byte;
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        c0 + self.text[b0..end].chars().count()
    }

    /// Total length in characters.
    pub fn char_len(&self) -> usize {
        self.char_offset(self.text.len())
    }

    /// The article's paragraphs (see [`Paragraphs`]), for citing a passage
    /// by paragraph (¶3) and laying the article out in exports. One pass
    /// over the line index.
    pub fn paragraphs(&self) -> Paragraphs {
        let text = &self.text;
        let n = self.line_count();
        let line = |i: usize| {
            let s = self.line_starts[i];
            let e = self.line_starts.get(i + 1).map_or(text.len(), |&e| e - 1);
            (s, e.max(s))
        };
        let blank = |(s, e): (usize, usize)| text.get(s..e).is_none_or(|l| l.trim().is_empty());
        let has_blank = (0..n).any(|i| blank(line(i)));
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        let mut open: Option<(usize, usize)> = None;
        for l in (0..n).map(line) {
            if blank(l) {
                ranges.extend(open.take());
            } else if !has_blank {
                ranges.push(l);
            } else {
                open = Some(match open {
                    Some((s, _)) => (s, l.1),
                    None => l,
                });
            }
        }
        ranges.extend(open);
        Paragraphs { ranges }
    }
}

/// The paragraphs of an article: blocks separated by blank lines when the
/// article has blank lines, otherwise one paragraph per line (articles
/// saved with one paragraph per line, like the bundled one).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Paragraphs {
    /// Byte ranges (end exclusive, without the final newline), in order.
    pub ranges: Vec<(usize, usize)>,
}

impl Paragraphs {
    /// The 1-based number of the paragraph holding byte `at` (a byte
    /// between two paragraphs counts for the one before; before the first,
    /// the first). 0 for an article with no text.
    pub fn number_of(&self, at: usize) -> usize {
        if self.ranges.is_empty() {
            return 0;
        }
        self.ranges.partition_point(|&(s, _)| s <= at).max(1)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topic {
    pub id: String,
    pub label: String,
    pub keywords: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Party {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    /// A colour name or `#rrggbb`, as written in the annotation.
    pub color: Option<String>,
}

/// The stance a claim takes toward its target proposition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stance {
    Favor,
    Against,
    Conditional,
    Neutral,
    Unclear,
}

impl Stance {
    pub const ALL: [Stance; 5] = [
        Stance::Favor,
        Stance::Against,
        Stance::Conditional,
        Stance::Neutral,
        Stance::Unclear,
    ];

    /// The word used in the annotation format and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Favor => "favor",
            Stance::Against => "against",
            Stance::Conditional => "conditional",
            Stance::Neutral => "neutral",
            Stance::Unclear => "unclear",
        }
    }

    /// The badge shown in the panel and in text exports.
    pub fn badge(self) -> &'static str {
        match self {
            Stance::Favor => "FAVOR",
            Stance::Against => "AGAINST",
            Stance::Conditional => "CONDITIONAL",
            Stance::Neutral => "NEUTRAL",
            Stance::Unclear => "UNCLEAR",
        }
    }

    pub fn parse(s: &str) -> Option<Stance> {
        Stance::ALL.into_iter().find(|st| st.as_str() == s)
    }

    /// True for favor/against pairs, the stances that conflict.
    pub fn opposes(self, other: Stance) -> bool {
        matches!(
            (self, other),
            (Stance::Favor, Stance::Against) | (Stance::Against, Stance::Favor)
        )
    }
}

impl fmt::Display for Stance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether the quote is the speaker's own words or reported speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    Direct,
    Reported,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Direct => "direct",
            Mode::Reported => "reported",
        }
    }
    pub fn parse(s: &str) -> Option<Mode> {
        match s {
            "direct" => Some(Mode::Direct),
            "reported" => Some(Mode::Reported),
            _ => None,
        }
    }
}

/// Whether a claim was reviewed by a person or drafted by rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    Reviewed,
    Draft,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Reviewed => "reviewed",
            Status::Draft => "draft",
        }
    }
    pub fn parse(s: &str) -> Option<Status> {
        match s {
            "reviewed" => Some(Status::Reviewed),
            "draft" => Some(Status::Draft),
            _ => None,
        }
    }
}

/// A byte range of the article text, end exclusive, on char boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// One stated position, anchored to its passage of the article.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub id: String,
    /// Index into [`Document::parties`].
    pub party: usize,
    pub speaker: String,
    /// Index into [`Document::topics`].
    pub topic: usize,
    pub stance: Stance,
    /// The proposition the stance is taken toward ("Ukraine joins NATO").
    pub target: String,
    pub summary: String,
    pub mode: Mode,
    /// The quote as written in the annotation.
    pub quote: String,
    pub condition: Option<String>,
    pub status: Status,
    pub confidence: Option<f64>,
    /// The drafting rule that produced this claim, if drafted.
    pub rule: Option<String>,
    /// The resolved span of the article.
    pub span: Span,
    /// 1-based line of the claim in the annotation file (0 if none).
    pub source_line: usize,
    /// Where the claim is written in its annotation file (`None` for a
    /// claim that does not come from a file, e.g. a drafted one).
    pub origin: Option<Origin>,
}

/// Where a claim is written in its annotation file, so that an edit can
/// replace exactly its text and keep every other byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Origin {
    /// Its place in the file's `claims` list (0-based), counting every
    /// item, loaded or not.
    pub index: usize,
    /// Byte offset in the YAML source where the claim's mapping starts: its
    /// first key in block style (after the `- `), or its `{` in flow style.
    pub start: usize,
    /// Byte offset just after the claim's last value (or its `}`). A block
    /// scalar (`|`, `>`) as the last value ends after the line break of its
    /// last non-blank line; otherwise trailing comments and the line break
    /// are not included.
    pub end: usize,
}

impl Document {
    /// The article's own text of a claim's span.
    pub fn quote_text(&self, claim: &Claim) -> &str {
        self.article
            .text()
            .get(claim.span.start..claim.span.end)
            .unwrap_or("")
    }

    pub fn party_index(&self, id: &str) -> Option<usize> {
        self.parties.iter().position(|p| p.id == id)
    }

    pub fn topic_index(&self, id: &str) -> Option<usize> {
        self.topics.iter().position(|t| t.id == id)
    }

    pub fn claim_index(&self, id: &str) -> Option<usize> {
        self.claims.iter().position(|c| c.id == id)
    }

    /// Claim indices sorted by where their quotes start in the article.
    pub fn claims_in_article_order(&self) -> Vec<usize> {
        let mut v: Vec<usize> = (0..self.claims.len()).collect();
        v.sort_by_key(|&i| (self.claims[i].span.start, self.claims[i].span.end, i));
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_lines_and_chars() {
        let text = "héllo\nwörld\n".repeat(2000);
        let a = Article::new(text.clone(), None);
        assert_eq!(a.line_count(), 4000);
        let b = text.find("wörld").unwrap_or(0);
        assert_eq!(a.line_of(b), 2);
        assert_eq!(a.line_col(b + "wö".len()), (2, 3));
        // Far past a checkpoint: compare with a direct count.
        let far = text.char_indices().nth(20_000).map(|(i, _)| i).unwrap_or(0);
        assert_eq!(a.char_offset(far), 20_000);
        assert_eq!(a.char_len(), text.chars().count());
    }

    #[test]
    fn char_offsets_are_right_everywhere() {
        let text = "a é 和平 👩\u{200D}💻\n".repeat(3000);
        let a = Article::new(text.clone(), None);
        for (n, (i, _)) in text.char_indices().enumerate().step_by(7) {
            assert_eq!(a.char_offset(i), n);
        }
        assert_eq!(a.char_len(), text.chars().count());
        assert_eq!(a.line_count(), 3000);
    }

    #[test]
    fn paragraphs_are_blank_line_blocks_or_lines() {
        let a = Article::new("a\nb\n\n\nc\n".into(), None);
        let p = a.paragraphs();
        assert_eq!(p.ranges, vec![(0, 3), (6, 7)]);
        assert_eq!(p.number_of(0), 1);
        assert_eq!(p.number_of(2), 1);
        assert_eq!(p.number_of(4), 1);
        assert_eq!(p.number_of(6), 2);
        let lines = Article::new("a\nb\n".into(), None).paragraphs();
        assert_eq!(lines.ranges, vec![(0, 1), (2, 3)]);
        assert_eq!(lines.number_of(2), 2);
        assert_eq!(
            Article::new(String::new(), None).paragraphs().ranges,
            vec![]
        );
        // A blank line of spaces separates too; CJK text is counted in bytes.
        let a = Article::new("和平\n  \n协议".into(), None);
        assert_eq!(a.paragraphs().ranges, vec![(0, 6), (10, 16)]);
    }

    #[test]
    fn stances_round_trip_and_oppose() {
        for s in Stance::ALL {
            assert_eq!(Stance::parse(s.as_str()), Some(s));
        }
        assert!(Stance::Favor.opposes(Stance::Against));
        assert!(!Stance::Favor.opposes(Stance::Conditional));
    }
}
