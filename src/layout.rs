//! Layout: the screen cut into areas, and the article laid out for a width:
//! wrapped rows and the map from article byte offsets to (row, column).
//!
//! The article is never wrapped as a whole. A position is a source line and a
//! wrapped row within it ([`Pos`]); only the lines a window needs are wrapped,
//! and wrapped lines are cached for the current width (the cache is cleared
//! when the width changes).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use ratatui::layout::{Constraint, Layout, Margin, Rect};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::model::Article;

// ---------------------------------------------------------------------------
// Screen areas

/// Below this size the reader shows only a "terminal too small" notice.
pub const MIN_WIDTH: u16 = 30;
pub const MIN_HEIGHT: u16 = 8;
/// From this width on, the article and the panel sit side by side.
pub const SIDE_BY_SIDE: u16 = 100;

/// Where everything goes on a screen of a given size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Screen {
    pub full: Rect,
    pub header: Rect,
    /// The article pane with its border.
    pub article: Rect,
    /// The panel (or the matrix) with its border.
    pub panel: Rect,
    pub status: Rect,
    pub too_small: bool,
    pub side_by_side: bool,
}

impl Screen {
    pub fn new(width: u16, height: u16) -> Screen {
        let full = Rect::new(0, 0, width, height);
        if width < MIN_WIDTH || height < MIN_HEIGHT {
            return Screen {
                full,
                too_small: true,
                ..Screen::default()
            };
        }
        let header_h = if height >= 16 { 2 } else { 1 };
        let [header, body, status] = full.layout(&Layout::vertical([
            Constraint::Length(header_h),
            Constraint::Fill(1),
            Constraint::Length(1),
        ]));
        let side_by_side = width >= SIDE_BY_SIDE;
        let [article, panel] = if side_by_side {
            // The panel gets about 48 columns; the article the rest, up to
            // a comfortable measure.
            let aw = width.saturating_sub(48).min(90).max(width / 2);
            body.layout(&Layout::horizontal([
                Constraint::Length(aw),
                Constraint::Fill(1),
            ]))
        } else {
            let ah = body.height / 2 + body.height % 2;
            body.layout(&Layout::vertical([
                Constraint::Length(ah),
                Constraint::Fill(1),
            ]))
        };
        Screen {
            full,
            header,
            article,
            panel,
            status,
            too_small: false,
            side_by_side,
        }
    }

    /// The article text area (inside the border, with a column of margin
    /// on each side when there is room).
    pub fn article_inner(&self) -> Rect {
        article_text_area(self.article)
    }

    /// The panel text area (inside the border).
    pub fn panel_inner(&self) -> Rect {
        inner(self.panel)
    }

    /// The article and the panel together (where the matrix goes).
    pub fn body(&self) -> Rect {
        self.article.union(self.panel)
    }

    /// The matrix's text area (inside its border).
    pub fn matrix_inner(&self) -> Rect {
        inner(self.body())
    }
}

/// The text area of an article pane: inside the border, with a column of
/// margin on each side when there is room.
pub fn article_text_area(pane: Rect) -> Rect {
    let r = inner(pane);
    if r.width >= 24 {
        r.inner(Margin::new(1, 0))
    } else {
        r
    }
}

/// The area inside a one-cell border (empty when there is no room).
pub fn inner(r: Rect) -> Rect {
    r.inner(Margin::new(1, 1))
}

// ---------------------------------------------------------------------------
// Wrapping

/// One wrapped row: a byte range of the article text (absolute offsets, no
/// newline). Its display width is at most the layout width, except for a
/// single grapheme wider than the width and for whitespace hanging at a break.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub start: usize,
    pub end: usize,
}

/// Closing punctuation of scripts written without spaces: no row starts
/// with it.
fn is_closing(g: &str) -> bool {
    g.chars()
        .all(|c| "、。，．・：；？！）」』】〕〉》｝〙〗ー々…‥".contains(c))
}

/// Opening punctuation: no row ends with it.
fn is_opening(g: &str) -> bool {
    g.chars().all(|c| "（「『【〔〈《｛〘〖".contains(c))
}

/// Wrap `line` (which starts at byte `base` of the article) to `width`
/// columns: break after whitespace when possible, and around wide
/// characters (Chinese and Japanese are written without spaces; a row never
/// starts with closing or ends with opening punctuation), otherwise between
/// graphemes. Wide graphemes are never split across the edge.
pub fn wrap_line(line: &str, base: usize, width: usize) -> Vec<Row> {
    let width = width.max(1);
    let mut rows = Vec::new();
    let mut row_start = 0usize; // relative
    let mut row_width = 0usize;
    // Relative byte offset just after the last whitespace in this row, and the
    // width of the row up to there.
    let mut last_break: Option<(usize, usize)> = None;
    for (i, g) in line.grapheme_indices(true) {
        let w = g.width();
        let is_space = g.chars().all(char::is_whitespace);
        if is_space {
            // Whitespace may hang past the edge; it always ends a word.
            row_width += w;
            last_break = Some((i + g.len(), row_width));
            continue;
        }
        let wide = w >= 2;
        if wide && row_width > 0 && !is_closing(g) && !line[..i].ends_with(is_opening_char) {
            // A break may come before a wide character.
            last_break = Some((i, row_width));
        }
        if row_width + w > width && row_width > 0 {
            match last_break {
                Some((b, bw)) if b > row_start => {
                    rows.push(Row {
                        start: base + row_start,
                        end: base + b,
                    });
                    row_start = b;
                    row_width -= bw;
                }
                _ => {
                    rows.push(Row {
                        start: base + row_start,
                        end: base + i,
                    });
                    row_start = i;
                    row_width = 0;
                }
            }
            last_break = None;
            // The carried-over word may itself be too wide: hard-break it.
            if row_width + w > width && row_width > 0 {
                rows.push(Row {
                    start: base + row_start,
                    end: base + i,
                });
                row_start = i;
                row_width = 0;
            }
        }
        row_width += w;
    }
    rows.push(Row {
        start: base + row_start,
        end: base + line.len(),
    });
    rows
}

fn is_opening_char(c: char) -> bool {
    is_opening(c.encode_utf8(&mut [0u8; 4]))
}

/// A position in the laid-out article: source line (0-based) and wrapped row
/// within that line. Ordered like the rows on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    pub line: usize,
    pub row: usize,
}

/// The article wrapped lazily for one width.
#[derive(Debug)]
pub struct ArticleLayout {
    width: usize,
    /// An empty row between two non-empty source lines (paragraphs).
    paragraph_gap: bool,
    cache: RefCell<HashMap<usize, Rc<[Row]>>>,
}

impl ArticleLayout {
    pub fn new(width: usize) -> Self {
        ArticleLayout {
            width: width.max(1),
            paragraph_gap: false,
            cache: RefCell::new(HashMap::new()),
        }
    }

    /// Separate paragraphs (non-empty source lines that follow each other)
    /// with an empty row, as a reader expects.
    pub fn with_paragraph_gap(mut self) -> Self {
        self.paragraph_gap = true;
        self.cache.borrow_mut().clear();
        self
    }

    pub fn width(&self) -> usize {
        self.width
    }

    /// Change the width; drops every cached line when it differs.
    pub fn set_width(&mut self, width: usize) {
        let width = width.max(1);
        if width != self.width {
            self.width = width;
            self.cache.borrow_mut().clear();
        }
    }

    /// Number of cached lines (for tests of laziness).
    pub fn cached_lines(&self) -> usize {
        self.cache.borrow().len()
    }

    /// The text of source line `line` (without its newline).
    fn line_range(article: &Article, line: usize) -> (usize, usize) {
        let starts = article.line_starts();
        let text = article.text();
        let start = starts.get(line).copied().unwrap_or(text.len());
        let mut end = starts.get(line + 1).copied().unwrap_or(text.len());
        if end > start && text.as_bytes().get(end - 1) == Some(&b'\n') {
            end -= 1;
        }
        (start, end.max(start))
    }

    /// The wrapped rows of a source line.
    pub fn rows(&self, article: &Article, line: usize) -> Rc<[Row]> {
        if let Some(r) = self.cache.borrow().get(&line) {
            return r.clone();
        }
        let (s, e) = Self::line_range(article, line);
        let text = article.text().get(s..e).unwrap_or("");
        let mut rows = wrap_line(text, s, self.width);
        if self.paragraph_gap && s < e && line + 1 < Self::line_count(article) {
            let (ns, ne) = Self::line_range(article, line + 1);
            if ns < ne {
                rows.push(Row { start: e, end: e });
            }
        }
        let rows: Rc<[Row]> = rows.into();
        self.cache.borrow_mut().insert(line, rows.clone());
        rows
    }

    pub fn row(&self, article: &Article, pos: Pos) -> Option<Row> {
        self.rows(article, pos.line).get(pos.row).copied()
    }

    fn line_count(article: &Article) -> usize {
        article.line_count().max(1)
    }

    /// The position `n` rows after `pos`, stopping at the last row.
    pub fn forward(&self, article: &Article, mut pos: Pos, mut n: usize) -> Pos {
        let lines = Self::line_count(article);
        while n > 0 {
            let here = self.rows(article, pos.line).len();
            let left = here.saturating_sub(pos.row + 1);
            if n <= left {
                pos.row += n;
                return pos;
            }
            if pos.line + 1 >= lines {
                pos.row = here.saturating_sub(1);
                return pos;
            }
            n -= left + 1;
            pos = Pos {
                line: pos.line + 1,
                row: 0,
            };
        }
        pos
    }

    /// The position `n` rows before `pos`, stopping at the first row.
    pub fn backward(&self, article: &Article, mut pos: Pos, mut n: usize) -> Pos {
        while n > 0 {
            if n <= pos.row {
                pos.row -= n;
                return pos;
            }
            if pos.line == 0 {
                pos.row = 0;
                return pos;
            }
            n -= pos.row + 1;
            let line = pos.line - 1;
            let here = self.rows(article, line).len();
            pos = Pos {
                line,
                row: here.saturating_sub(1),
            };
        }
        pos
    }

    /// The last row of the article.
    pub fn end(&self, article: &Article) -> Pos {
        let line = Self::line_count(article) - 1;
        Pos {
            line,
            row: self.rows(article, line).len().saturating_sub(1),
        }
    }

    /// Up to `height` rows starting at `top`.
    pub fn window(&self, article: &Article, top: Pos, height: usize) -> Vec<(Pos, Row)> {
        let mut out = Vec::with_capacity(height);
        let lines = Self::line_count(article);
        let mut pos = top;
        while out.len() < height && pos.line < lines {
            let rows = self.rows(article, pos.line);
            while out.len() < height && pos.row < rows.len() {
                out.push((pos, rows[pos.row]));
                pos.row += 1;
            }
            pos = Pos {
                line: pos.line + 1,
                row: 0,
            };
        }
        out
    }

    /// Where byte `offset` of the article is: its row position and its
    /// display column within the row.
    pub fn locate(&self, article: &Article, offset: usize) -> (Pos, usize) {
        let text = article.text();
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = article.line_of(offset).saturating_sub(1);
        let rows = self.rows(article, line);
        // The last row whose start is <= offset.
        let idx = rows
            .partition_point(|r| r.start <= offset)
            .saturating_sub(1);
        let row = rows.get(idx).copied().unwrap_or(Row {
            start: offset,
            end: offset,
        });
        let col = text
            .get(row.start..offset.max(row.start))
            .map_or(0, UnicodeWidthStr::width);
        (Pos { line, row: idx }, col)
    }

    /// The byte offset shown at `col` of the row at `pos` (the grapheme
    /// covering that column), if any.
    pub fn offset_at(&self, article: &Article, pos: Pos, col: usize) -> Option<usize> {
        let row = self.row(article, pos)?;
        let text = article.text().get(row.start..row.end)?;
        let mut x = 0usize;
        for (i, g) in text.grapheme_indices(true) {
            let w = g.width();
            if col >= x && col < x + w.max(1) {
                return Some(row.start + i);
            }
            x += w;
        }
        None
    }

    /// The byte offset where the row at `pos` starts.
    pub fn offset_of(&self, article: &Article, pos: Pos) -> usize {
        self.row(article, pos)
            .map_or(article.text().len(), |r| r.start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(s: &'a str, rows: &[Row]) -> Vec<&'a str> {
        rows.iter().map(|r| &s[r.start..r.end]).collect()
    }

    fn widths(s: &str, rows: &[Row]) -> Vec<usize> {
        rows.iter()
            .map(|r| s[r.start..r.end].trim_end().width())
            .collect()
    }

    #[test]
    fn wraps_at_spaces() {
        let s = "the quick brown fox jumps";
        let rows = wrap_line(s, 0, 10);
        assert_eq!(texts(s, &rows), vec!["the quick ", "brown fox ", "jumps"]);
    }

    #[test]
    fn hard_breaks_long_words_and_keeps_every_byte() {
        let s = "ab abcdefghijklmnop cd";
        let rows = wrap_line(s, 0, 5);
        assert_eq!(
            texts(s, &rows),
            vec!["ab ", "abcde", "fghij", "klmno", "p cd"]
        );
        // Rows tile the line.
        for w in rows.windows(2) {
            assert_eq!(w[0].end, w[1].start);
        }
        assert_eq!(rows.last().map(|r| r.end), Some(s.len()));
    }

    #[test]
    fn wide_characters_never_straddle_the_edge() {
        let s = "日本語のテキストです"; // 10 chars, 20 columns
        for width in 1..=7 {
            let rows = wrap_line(s, 0, width);
            for (r, w) in rows.iter().zip(widths(s, &rows)) {
                assert!(
                    w <= width.max(2),
                    "row {:?} is {w} wide at {width}",
                    &s[r.start..r.end]
                );
                assert!(s.is_char_boundary(r.start) && s.is_char_boundary(r.end));
            }
            assert_eq!(rows.iter().map(|r| r.end - r.start).sum::<usize>(), s.len());
        }
        let rows = wrap_line(s, 0, 5);
        assert_eq!(
            texts(s, &rows),
            vec!["日本", "語の", "テキ", "スト", "です"]
        );
    }

    #[test]
    fn emoji_and_combining_marks_stay_whole() {
        let s = "e\u{301}e\u{301}e\u{301} 👨‍👩‍👧‍👦👨‍👩‍👧‍👦 🇫🇷x";
        for width in 1..=6 {
            let rows = wrap_line(s, 0, width);
            for r in &rows {
                let t = &s[r.start..r.end];
                // No row starts with a combining mark or a joiner.
                let first = t.chars().next();
                assert!(
                    first != Some('\u{301}') && first != Some('\u{200d}'),
                    "{t:?}"
                );
            }
        }
        let rows = wrap_line(s, 0, 3);
        assert_eq!(texts(s, &rows)[0], "e\u{301}e\u{301}e\u{301} ");
    }

    #[test]
    fn five_megabyte_line_without_spaces_wraps() {
        let s = "x".repeat(5 * 1024 * 1024);
        let rows = wrap_line(&s, 0, 80);
        assert_eq!(rows.len(), s.len().div_ceil(80));
        assert!(rows.iter().all(|r| r.end - r.start <= 80));
    }

    #[test]
    fn zero_width_does_not_loop() {
        let rows = wrap_line("abc", 10, 0);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0], Row { start: 10, end: 11 });
        assert_eq!(wrap_line("", 4, 3), vec![Row { start: 4, end: 4 }]);
    }

    fn article(s: &str) -> Article {
        Article::new(s.to_string(), None)
    }

    #[test]
    fn locate_maps_offsets_across_lines_and_rows() {
        let a = article("first line here\nsecond 日本語 line that wraps\n\nlast");
        let l = ArticleLayout::new(10);
        let t = a.text();
        let at = |needle: &str| t.find(needle).unwrap();
        assert_eq!(l.locate(&a, 0), (Pos { line: 0, row: 0 }, 0));
        assert_eq!(l.locate(&a, at("here")), (Pos { line: 0, row: 1 }, 0));
        assert_eq!(l.locate(&a, at("ere")), (Pos { line: 0, row: 1 }, 1));
        // "second 日" (a break may come between ideographs), "本語 line "...
        assert_eq!(l.locate(&a, at("日本語")), (Pos { line: 1, row: 0 }, 7));
        assert_eq!(l.locate(&a, at("本")), (Pos { line: 1, row: 1 }, 0));
        assert_eq!(l.locate(&a, at("last")), (Pos { line: 3, row: 0 }, 0));
        // And back.
        assert_eq!(l.offset_at(&a, Pos { line: 1, row: 1 }, 1), Some(at("本")));
        assert_eq!(l.offset_at(&a, Pos { line: 1, row: 1 }, 0), Some(at("本")));
        assert_eq!(l.offset_at(&a, Pos { line: 1, row: 1 }, 2), Some(at("語")));
        assert_eq!(l.offset_at(&a, Pos { line: 2, row: 0 }, 0), None);
    }

    #[test]
    fn ideographs_break_anywhere_but_before_closing_punctuation() {
        let t = "日本政府は「領土」と述べた。";
        let rows = wrap_line(t, 0, 8);
        let text: Vec<&str> = rows.iter().map(|r| &t[r.start..r.end]).collect();
        assert_eq!(text, ["日本政府", "は「領", "土」と述", "べた。"]);
        // No row starts with 」 or 。 and none ends with 「.
        for w in 6..12 {
            for r in wrap_line(t, 0, w) {
                let s = &t[r.start..r.end];
                assert!(
                    !s.starts_with(['」', '。']) && !s.ends_with('「'),
                    "{w}: {s}"
                );
            }
        }
    }

    #[test]
    fn a_quote_across_a_line_break_maps_to_both_rows() {
        let a = article("aaaa bbbb cccc dddd");
        let l = ArticleLayout::new(10);
        let q_start = a.text().find("bbbb").unwrap();
        let q_end = a.text().find("cccc").unwrap() + 4;
        let (p1, c1) = l.locate(&a, q_start);
        let (p2, c2) = l.locate(&a, q_end);
        assert_eq!((p1, c1), (Pos { line: 0, row: 0 }, 5));
        assert_eq!((p2, c2), (Pos { line: 0, row: 1 }, 4));
        let w = l.window(&a, Pos::default(), 5);
        let rows: Vec<&str> = w.iter().map(|(_, r)| &a.text()[r.start..r.end]).collect();
        assert_eq!(rows, vec!["aaaa bbbb ", "cccc dddd"]);
    }

    #[test]
    fn walking_forward_and_backward() {
        let a = article("one two three\nfour\n\nfive six seven eight");
        let l = ArticleLayout::new(6);
        // rows: line0: "one ", "two ", "three"; line1: "four"; line2: ""; line3: "five ", "six ", "seven ", "eight"
        let top = Pos::default();
        assert_eq!(l.forward(&a, top, 3), Pos { line: 1, row: 0 });
        assert_eq!(l.forward(&a, top, 5), Pos { line: 3, row: 0 });
        assert_eq!(l.forward(&a, top, 100), Pos { line: 3, row: 3 });
        assert_eq!(l.end(&a), Pos { line: 3, row: 3 });
        assert_eq!(
            l.backward(&a, Pos { line: 3, row: 1 }, 3),
            Pos { line: 1, row: 0 }
        );
        assert_eq!(l.backward(&a, Pos { line: 3, row: 1 }, 100), Pos::default());
        assert_eq!(l.window(&a, Pos { line: 2, row: 0 }, 3).len(), 3);
    }

    #[test]
    fn paragraphs_get_an_empty_row_between_them() {
        let a = article("one two\nthree\n\nfour\nfive");
        let l = ArticleLayout::new(20).with_paragraph_gap();
        let w = l.window(&a, Pos::default(), 20);
        let rows: Vec<&str> = w.iter().map(|(_, r)| &a.text()[r.start..r.end]).collect();
        assert_eq!(rows, vec!["one two", "", "three", "", "four", "", "five"]);
        // Offsets still map to the text rows, and the gap has no text.
        let four = a.text().find("four").unwrap();
        assert_eq!(l.locate(&a, four), (Pos { line: 3, row: 0 }, 0));
        assert_eq!(l.offset_at(&a, Pos { line: 0, row: 1 }, 0), None);
        assert_eq!(l.end(&a), Pos { line: 4, row: 0 });
    }

    #[test]
    fn wraps_lazily_and_clears_on_resize() {
        let text = (0..10_000)
            .map(|i| format!("line {i} of a long article\n"))
            .collect::<String>();
        let a = article(&text);
        let mut l = ArticleLayout::new(12);
        let w = l.window(&a, Pos { line: 5000, row: 0 }, 20);
        assert_eq!(w.len(), 20);
        assert!(l.cached_lines() <= 20, "wrapped {} lines", l.cached_lines());
        l.set_width(40);
        assert_eq!(l.cached_lines(), 0);
        let (p, _) = l.locate(&a, a.line_starts()[9000] + 3);
        assert_eq!(p, Pos { line: 9000, row: 0 });
        assert_eq!(l.cached_lines(), 1);
    }

    #[test]
    fn screen_areas() {
        let s = Screen::new(120, 40);
        assert!(s.side_by_side && !s.too_small);
        assert_eq!(s.article.width + s.panel.width, 120);
        assert_eq!(s.header.height + s.article.height + s.status.height, 40);
        let s = Screen::new(80, 24);
        assert!(!s.side_by_side);
        assert_eq!(
            s.header.height + s.article.height + s.panel.height + s.status.height,
            24
        );
        for w in [100, 120, 138, 150, 200, 500, u16::MAX] {
            let s = Screen::new(w, 40);
            assert_eq!(s.article.width + s.panel.width, w);
            assert!(s.article.width >= w / 2 && s.panel.width >= 40, "{w}");
        }
        for (w, h) in [(0, 0), (1, 1), (29, 40), (120, 7)] {
            assert!(Screen::new(w, h).too_small);
        }
    }
}
