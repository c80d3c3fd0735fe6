//! The library screens as plain state and pure functions, for the reader
//! to put in its mode enum and draw: a list of documents with
//! filter-as-you-type, a timeline, the library matrix and search results.
//!
//! Each screen is a struct with `update(action, rows) -> Outcome` (rows:
//! the height of its list, for paging and keeping the cursor in view) and
//! `render(width, height) -> Vec<Line>`: exactly `height` lines, none wider
//! than `width` columns, styled with the reader's [`Theme`]. The cursor
//! row is in reverse video. Nothing here reads files or the index: the
//! reader turns an [`Outcome`] into that work (open a document, run a
//! search, build a timeline) and hands the result back.

use std::path::PathBuf;

use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::search::Hit;
use super::timeline::{Entry, LibraryMatrix, Timeline};
use super::{DocKind, DocSummary};
use crate::view::{fit, Theme};

/// What a key does on a library screen (the reader's key table maps keys
/// to these).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    /// A character typed into the filter (list) or query (search).
    Type(char),
    Backspace,
    Enter,
    Esc,
    /// A mouse click at column `x`, line `y` of a screen `width` wide:
    /// the row (or cell) under it is selected; a click on the selected
    /// one opens it, as Enter does.
    Click {
        x: usize,
        y: usize,
        width: usize,
    },
}

/// What the reader should do after an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing beyond redrawing.
    None,
    /// Leave this screen (back to what was under it).
    Back,
    /// Open the document at `path` (an article without annotation is
    /// drafted), at byte `offset` of its article if given.
    Open {
        path: PathBuf,
        kind: DocKind,
        offset: Option<usize>,
    },
    /// Show the timeline of a party (id) on a topic (id).
    Timeline { party: String, topic: String },
    /// The search query changed: run it and call
    /// [`SearchResults::set_hits`].
    Search(String),
}

/// `a`, a click turned into what it means on a list `head` lines down
/// (see [`Cursor::click`]): None when nothing more is to be done.
fn resolve_click(
    a: Action,
    cursor: &mut Cursor,
    head: usize,
    len: usize,
    rows: usize,
) -> Option<Action> {
    match a {
        Action::Click { y, .. } => cursor.click(y, head, len, rows),
        a => Some(a),
    }
}

/// Rows of a list, a cursor among them and the first row shown.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cursor {
    pub at: usize,
    pub top: usize,
}

impl Cursor {
    /// Move for `a` among `len` rows with `rows` visible; true if `a` was
    /// a movement.
    fn apply(&mut self, a: &Action, len: usize, rows: usize) -> bool {
        let page = rows.max(1);
        let last = len.saturating_sub(1);
        self.at = match a {
            Action::Up => self.at.saturating_sub(1),
            Action::Down => (self.at + 1).min(last),
            Action::PageUp => self.at.saturating_sub(page),
            Action::PageDown => (self.at + page).min(last),
            Action::Home => 0,
            Action::End => last,
            _ => return false,
        };
        self.show(len, rows);
        true
    }

    /// Keep the cursor within `len` rows and in view of `rows` rows.
    fn show(&mut self, len: usize, rows: usize) {
        self.at = self.at.min(len.saturating_sub(1));
        let rows = rows.max(1);
        if self.at < self.top {
            self.top = self.at;
        } else if self.at >= self.top + rows {
            self.top = self.at + 1 - rows;
        }
        self.top = self.top.min(len.saturating_sub(rows));
    }

    /// A click on line `y` of a screen whose list starts `head` lines
    /// down: the row under it becomes the cursor; a click on the cursor's
    /// own row means Enter. None when it only moved the cursor, or missed
    /// the list.
    fn click(&mut self, y: usize, head: usize, len: usize, rows: usize) -> Option<Action> {
        let first = self.first(len, rows);
        let k = y.checked_sub(head).filter(|&k| k < rows.max(1))? + first;
        if k >= len {
            return None;
        }
        if k == self.at {
            return Some(Action::Enter);
        }
        self.at = k;
        self.top = first;
        self.show(len, rows);
        None
    }

    /// The first row to show with `rows` rows: `top`, moved only as far
    /// as needed to show the cursor (a resize may have hidden it).
    fn first(&self, len: usize, rows: usize) -> usize {
        let mut c = self.clone();
        c.show(len, rows);
        c.top
    }
}

/// `s` cut to `w` columns with an ellipsis, padded to exactly `w`.
pub fn clip(s: &str, w: usize) -> String {
    if s.width() <= w {
        fit(s, w)
    } else if w == 0 {
        String::new()
    } else {
        let mut t = fit(s, w - 1).trim_end().to_string();
        t.push('…');
        fit(&t, w)
    }
}

fn reverse() -> Style {
    Style::default().add_modifier(Modifier::REVERSED)
}

fn bold() -> Style {
    Style::default().add_modifier(Modifier::BOLD)
}

/// Exactly `height` lines: `head`, the list rows, then `foot`, with blank
/// lines between the list and the foot.
fn assemble(
    head: Vec<Line<'static>>,
    rows: Vec<Line<'static>>,
    foot: Vec<Line<'static>>,
    height: usize,
) -> Vec<Line<'static>> {
    let mut out = head;
    out.extend(rows);
    let room = height.saturating_sub(foot.len());
    while out.len() < room {
        out.push(Line::default());
    }
    out.truncate(room);
    out.extend(foot);
    out.truncate(height);
    out
}

/// The heights of a screen: rows for the list given `height` and the
/// number of header and footer lines.
fn list_rows(height: usize, head: usize, foot: usize) -> usize {
    height.saturating_sub(head + foot)
}

/// A date shown in 10 columns, or a dash.
fn date10(d: &str) -> String {
    clip(if d.is_empty() { "—" } else { d }, 10)
}

// ---------------------------------------------------------------------------
// The library list.

/// The library's documents, filtered as the person types.
#[derive(Debug, Clone, PartialEq)]
pub struct LibraryList {
    docs: Vec<DocSummary>,
    /// How each document's path is shown (relative to the library root).
    shown: Vec<String>,
    pub filter: String,
    /// Indices into `docs` that match the filter, in order.
    visible: Vec<usize>,
    pub cursor: Cursor,
}

/// Lines above and below the list of [`LibraryList::render`].
const LIST_HEAD: usize = 3;
const LIST_FOOT: usize = 2;

impl LibraryList {
    /// `shown[i]` is how `docs[i]`'s path is shown.
    pub fn new(docs: Vec<DocSummary>, shown: Vec<String>) -> Self {
        let visible = (0..docs.len()).collect();
        LibraryList {
            docs,
            shown,
            filter: String::new(),
            visible,
            cursor: Cursor::default(),
        }
    }

    /// Rows of the list for a screen `height` lines high.
    pub fn rows(height: usize) -> usize {
        list_rows(height, LIST_HEAD, LIST_FOOT)
    }

    /// Every document, filtered or not.
    pub fn docs(&self) -> &[DocSummary] {
        &self.docs
    }

    pub fn selected(&self) -> Option<&DocSummary> {
        self.visible
            .get(self.cursor.at)
            .and_then(|&i| self.docs.get(i))
    }

    /// The documents the filter lets through.
    pub fn visible(&self) -> impl Iterator<Item = &DocSummary> {
        self.visible.iter().filter_map(|&i| self.docs.get(i))
    }

    /// True when every word of the filter occurs (ignoring case) in the
    /// document's date, title, source, path or error.
    fn matches(&self, i: usize) -> bool {
        let Some(d) = self.docs.get(i) else {
            return false;
        };
        let hay = format!(
            "{} {} {} {} {}",
            d.date,
            d.title,
            d.source,
            self.shown.get(i).map_or("", String::as_str),
            if d.error.is_some() { "error" } else { "" }
        )
        .to_lowercase();
        self.filter
            .to_lowercase()
            .split_whitespace()
            .all(|w| hay.contains(w))
    }

    /// The documents as they are now (after the files changed): the
    /// filter kept, the cursor on the same document if it is still shown.
    pub fn replace(&mut self, docs: Vec<DocSummary>, shown: Vec<String>, rows: usize) {
        let keep = self.selected().map(|d| d.path.clone());
        self.docs = docs;
        self.shown = shown;
        self.visible = (0..self.docs.len()).filter(|&i| self.matches(i)).collect();
        self.cursor.at = keep
            .and_then(|k| {
                self.visible
                    .iter()
                    .position(|&i| self.docs.get(i).is_some_and(|d| d.path == k))
            })
            .unwrap_or(self.cursor.at);
        self.cursor.show(self.visible.len(), rows);
    }

    /// Apply the filter again, keeping the cursor on the same document if
    /// it is still shown.
    fn refilter(&mut self, rows: usize) {
        let keep = self.visible.get(self.cursor.at).copied();
        self.visible = (0..self.docs.len()).filter(|&i| self.matches(i)).collect();
        self.cursor.at = keep
            .and_then(|k| self.visible.iter().position(|&i| i == k))
            .unwrap_or(0);
        self.cursor.show(self.visible.len(), rows);
    }

    pub fn update(&mut self, a: Action, rows: usize) -> Outcome {
        let Some(a) = resolve_click(a, &mut self.cursor, LIST_HEAD, self.visible.len(), rows)
        else {
            return Outcome::None;
        };
        if self.cursor.apply(&a, self.visible.len(), rows) {
            return Outcome::None;
        }
        match a {
            Action::Type(c) if !c.is_control() => {
                self.filter.push(c);
                self.refilter(rows);
            }
            Action::Backspace => {
                self.filter.pop();
                self.refilter(rows);
            }
            Action::Esc if !self.filter.is_empty() => {
                self.filter.clear();
                self.refilter(rows);
            }
            Action::Esc => return Outcome::Back,
            Action::Enter => {
                if let Some(d) = self.selected() {
                    return Outcome::Open {
                        path: d.path.clone(),
                        kind: d.kind,
                        offset: None,
                    };
                }
            }
            _ => {}
        }
        Outcome::None
    }

    pub fn render(&self, width: u16, height: u16, theme: &Theme) -> Vec<Line<'static>> {
        let w = usize::from(width);
        let h = usize::from(height);
        let total = self.docs.len();
        let claims: usize = self.visible().map(|d| d.claims).sum();
        let title = if self.visible.len() == total {
            format!(
                "Library: {total} document{}, {claims} claim{}",
                if total == 1 { "" } else { "s" },
                if claims == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "Library: {} of {total} documents, {claims} claim{}",
                self.visible.len(),
                if claims == 1 { "" } else { "s" }
            )
        };
        let filter = if self.filter.is_empty() {
            "Type to filter · Enter opens · Esc clears the filter".to_string()
        } else {
            format!("Filter: {}▏", self.filter)
        };
        // Columns: date, title, source (wide screens), claims, drafts.
        let nums = 16;
        let rest = w.saturating_sub(10 + 2 + nums);
        let (tw, sw) = if w >= 100 {
            (rest * 3 / 5, rest - rest * 3 / 5)
        } else {
            (rest, 0)
        };
        let mut columns = vec![
            Span::raw(fit("Date", 12)),
            Span::raw(clip("Title", tw.saturating_sub(1))),
            Span::raw(" "),
        ];
        if sw > 0 {
            columns.push(Span::raw(clip("Source", sw)));
        }
        columns.push(Span::raw(clip(
            &format!("{:>6} {:>8}", "claims", "drafts"),
            nums,
        )));
        let head = vec![
            Line::styled(clip(&title, w), bold()),
            Line::raw(clip(&filter, w)),
            Line::from(columns).style(Style::default().add_modifier(Modifier::UNDERLINED)),
        ];
        let rows = Self::rows(h);
        let first = self.cursor.first(self.visible.len(), rows);
        let mut lines = Vec::new();
        for (k, &i) in self.visible.iter().enumerate().skip(first).take(rows) {
            let Some(d) = self.docs.get(i) else { continue };
            let counts = match (&d.error, d.kind) {
                (Some(_), _) => clip("error", nums),
                (None, DocKind::Article) => clip("  not annotated", nums),
                (None, _) => clip(
                    &format!(
                        "{:>6} {:>8}",
                        d.claims,
                        if d.drafts > 0 {
                            format!("{} dr.", d.drafts)
                        } else {
                            String::new()
                        }
                    ),
                    nums,
                ),
            };
            let mut spans = vec![
                Span::raw(date10(&d.date)),
                Span::raw("  "),
                Span::styled(clip(&d.title, tw.saturating_sub(1)), bold()),
                Span::raw(" "),
            ];
            if sw > 0 {
                spans.push(Span::raw(clip(&d.source, sw)));
            }
            let count_style = if d.error.is_some() {
                theme.badge(crate::model::Stance::Against)
            } else {
                Style::default()
            };
            spans.push(Span::styled(counts, count_style));
            let mut line = Line::from(spans);
            if k == self.cursor.at {
                line = line.patch_style(reverse());
            }
            lines.push(line);
        }
        if self.visible.is_empty() {
            lines.push(Line::raw(clip("No document matches the filter.", w)));
        }
        let foot = match self.selected() {
            Some(d) => {
                let path = self
                    .visible
                    .get(self.cursor.at)
                    .and_then(|&i| self.shown.get(i));
                let second = match d.error_line() {
                    Some(e) => format!("error: {e}"),
                    None if d.source.is_empty() => String::new(),
                    None => format!("source: {}", d.source),
                };
                vec![
                    Line::raw(clip(path.map_or("", String::as_str), w)),
                    Line::raw(clip(&second, w)),
                ]
            }
            None => Vec::new(),
        };
        assemble(head, lines, foot, h)
    }
}

// ---------------------------------------------------------------------------
// The timeline.

/// One party's stances on one topic over time.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineView {
    pub timeline: Timeline,
    /// How each entry's document path is shown.
    shown: Vec<String>,
    pub cursor: Cursor,
}

const TIMELINE_HEAD: usize = 2;
const TIMELINE_FOOT: usize = 4;

impl TimelineView {
    /// `shown[i]` is how entry `i`'s document path is shown.
    pub fn new(timeline: Timeline, shown: Vec<String>) -> Self {
        TimelineView {
            timeline,
            shown,
            cursor: Cursor::default(),
        }
    }

    pub fn rows(height: usize) -> usize {
        list_rows(height, TIMELINE_HEAD, TIMELINE_FOOT)
    }

    /// The same timeline as it is now (after the files changed), the
    /// cursor on the same claim if it is still there.
    pub fn replace(&mut self, timeline: Timeline, shown: Vec<String>, rows: usize) {
        let keep = self
            .selected()
            .map(|e| (e.doc.path.clone(), e.claim.id.clone()));
        self.timeline = timeline;
        self.shown = shown;
        if let Some(at) = keep.and_then(|(path, id)| {
            self.timeline
                .entries
                .iter()
                .position(|e| e.doc.path == path && e.claim.id == id)
        }) {
            self.cursor.at = at;
        }
        self.cursor.show(self.timeline.entries.len(), rows);
    }

    pub fn selected(&self) -> Option<&Entry> {
        self.timeline.entries.get(self.cursor.at)
    }

    pub fn update(&mut self, a: Action, rows: usize) -> Outcome {
        let len = self.timeline.entries.len();
        let Some(a) = resolve_click(a, &mut self.cursor, TIMELINE_HEAD, len, rows) else {
            return Outcome::None;
        };
        if self.cursor.apply(&a, len, rows) {
            return Outcome::None;
        }
        match a {
            Action::Esc => Outcome::Back,
            Action::Enter => self.selected().map_or(Outcome::None, |e| Outcome::Open {
                path: e.doc.path.clone(),
                kind: DocKind::Annotated,
                offset: Some(e.claim.quote.start),
            }),
            _ => Outcome::None,
        }
    }

    pub fn render(&self, width: u16, height: u16, theme: &Theme) -> Vec<Line<'static>> {
        let w = usize::from(width);
        let h = usize::from(height);
        let t = &self.timeline;
        let head = vec![
            Line::styled(
                clip(
                    &format!(
                        "Timeline: {} on {} · {} claims, {} changes, {} conflicts",
                        t.party.name,
                        t.topic.name,
                        t.entries.len(),
                        t.changes(),
                        t.conflicts()
                    ),
                    w,
                ),
                bold(),
            ),
            Line::raw(clip(
                "Enter opens the quote · Esc goes back · ↻ changed · ≠ in conflict",
                w,
            )),
        ];
        // Columns: date, marks, stance, target, speaker.
        let fixed = 10 + 1 + 3 + 12;
        let rest = w.saturating_sub(fixed);
        let spw = (rest / 3).min(24);
        let tgw = rest - spw;
        let rows = Self::rows(h);
        let first = self.cursor.first(t.entries.len(), rows);
        let mut lines = Vec::new();
        for (k, e) in t.entries.iter().enumerate().skip(first).take(rows) {
            let marks = format!(
                "{}{}",
                if e.change.is_some() { "↻" } else { " " },
                if e.conflicts.is_empty() { " " } else { "≠" }
            );
            let mut line = Line::from(vec![
                Span::raw(date10(&e.doc.date)),
                Span::raw(" "),
                Span::styled(fit(&marks, 3), bold()),
                Span::styled(fit(e.claim.stance.badge(), 12), theme.badge(e.claim.stance)),
                Span::raw(clip(&e.claim.target, tgw.saturating_sub(1))),
                Span::raw(" "),
                Span::raw(clip(&e.claim.speaker, spw)),
            ]);
            if k == self.cursor.at {
                line = line.patch_style(reverse());
            }
            lines.push(line);
        }
        if t.entries.is_empty() {
            lines.push(Line::raw(clip("No claims.", w)));
        }
        let foot = match self.selected() {
            Some(e) => {
                let doc = self.shown.get(self.cursor.at).cloned().unwrap_or_default();
                let change = e.change.as_ref().map_or(String::new(), |c| {
                    format!(
                        "↻ changed: {} on {} → {} on {}",
                        c.from.badge(),
                        c.from_date,
                        e.claim.stance.badge(),
                        e.doc.date
                    )
                });
                let conflict = if e.conflicts.is_empty() {
                    String::new()
                } else {
                    let v: Vec<String> = e
                        .conflicts
                        .iter()
                        .map(|o| format!("{} ({}, {})", o.party_name, o.stance.badge(), o.date))
                        .collect();
                    format!("≠ conflicts with: {}", v.join(", "))
                };
                vec![
                    Line::raw(clip(
                        &format!("{}: {}", e.claim.speaker, e.claim.summary),
                        w,
                    )),
                    Line::raw(clip(
                        &format!(
                            "{doc} · article line {} · {}",
                            e.claim.quote.line, e.claim.id
                        ),
                        w,
                    )),
                    Line::raw(clip(&change, w)),
                    Line::raw(clip(&conflict, w)),
                ]
            }
            None => Vec::new(),
        };
        assemble(head, lines, foot, h)
    }
}

// ---------------------------------------------------------------------------
// The library matrix.

/// Party × topic with the latest stance; the cursor is a cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatrixView {
    pub matrix: LibraryMatrix,
    pub row: usize,
    pub col: usize,
    pub top: usize,
}

const MATRIX_HEAD: usize = 3;
const MATRIX_FOOT: usize = 2;

impl MatrixView {
    pub fn new(matrix: LibraryMatrix) -> Self {
        MatrixView {
            matrix,
            row: 0,
            col: 0,
            top: 0,
        }
    }

    pub fn rows(height: usize) -> usize {
        list_rows(height, MATRIX_HEAD, MATRIX_FOOT)
    }

    /// The matrix as it is now (after the files changed), the cursor on
    /// the same party and topic if they are still there.
    pub fn replace(&mut self, matrix: LibraryMatrix) {
        let party = self.matrix.parties.get(self.row).map(|p| p.id.clone());
        let topic = self.matrix.topics.get(self.col).map(|t| t.id.clone());
        let find = |names: &[super::Named], id: Option<String>, at: usize| {
            id.and_then(|id| names.iter().position(|n| n.id == id))
                .unwrap_or(at)
                .min(names.len().saturating_sub(1))
        };
        self.row = find(&matrix.parties, party, self.row);
        self.col = find(&matrix.topics, topic, self.col);
        self.top = self.top.min(self.row);
        self.matrix = matrix;
    }

    /// The columns on a screen `w` wide: the party column's width, a
    /// topic column's width, and the topics shown (as few moves as keep
    /// the cursor's column in view).
    fn columns(&self, w: usize) -> (usize, usize, Vec<usize>) {
        let nt = self.matrix.topics.len();
        let pw = (w / 5).clamp(8, 22);
        // Columns share the width: at least 14 wide, at most 32.
        let cw = (w.saturating_sub(pw) / nt.max(1)).clamp(14, 32);
        let ncols = (w.saturating_sub(pw) / cw).max(1);
        let first_col = (self.col + 1).saturating_sub(ncols);
        (pw, cw, (first_col..nt).take(ncols).collect())
    }

    /// A click at `x`, `y`: the party (and topic) under it selected; a
    /// click on the selected cell means Enter.
    fn click(&mut self, x: usize, y: usize, width: usize, rows: usize) -> Option<Action> {
        let np = self.matrix.parties.len();
        let (pw, cw, cols) = self.columns(width);
        let mut c = Cursor {
            at: self.row,
            top: self.top,
        };
        let first = c.first(np, rows);
        let row = y
            .checked_sub(MATRIX_HEAD)
            .filter(|&k| k < rows.max(1))
            .map(|k| k + first)
            .filter(|&r| r < np)?;
        let col = x
            .checked_sub(pw)
            .and_then(|dx| cols.get(dx / cw.max(1)).copied());
        if row == self.row && col == Some(self.col) {
            return Some(Action::Enter);
        }
        c.at = row;
        c.top = first;
        c.show(np, rows);
        (self.row, self.top) = (c.at, c.top);
        if let Some(col) = col {
            self.col = col;
        }
        None
    }

    pub fn update(&mut self, a: Action, rows: usize) -> Outcome {
        let np = self.matrix.parties.len();
        let nt = self.matrix.topics.len();
        let a = match a {
            Action::Click { x, y, width } => match self.click(x, y, width, rows) {
                Some(a) => a,
                None => return Outcome::None,
            },
            a => a,
        };
        match a {
            Action::Left => self.col = self.col.saturating_sub(1),
            Action::Right => self.col = (self.col + 1).min(nt.saturating_sub(1)),
            Action::Esc => return Outcome::Back,
            Action::Enter => {
                if let (Some(p), Some(t)) = (
                    self.matrix.parties.get(self.row),
                    self.matrix.topics.get(self.col),
                ) {
                    return Outcome::Timeline {
                        party: p.id.clone(),
                        topic: t.id.clone(),
                    };
                }
            }
            a => {
                let mut c = Cursor {
                    at: self.row,
                    top: self.top,
                };
                c.apply(&a, np, rows);
                self.row = c.at;
                self.top = c.top;
            }
        }
        Outcome::None
    }

    pub fn render(&self, width: u16, height: u16, theme: &Theme) -> Vec<Line<'static>> {
        let w = usize::from(width);
        let h = usize::from(height);
        let m = &self.matrix;
        let (pw, cw, cols) = self.columns(w);
        let mut header = vec![Span::raw(fit("", pw))];
        for &ti in &cols {
            header.push(Span::styled(clip(&m.topics[ti].name, cw - 1), bold()));
            header.push(Span::raw(" "));
        }
        let head = vec![
            Line::styled(
                clip(
                    &format!(
                        "Matrix: the latest stance of {} parties on {} topics · * changed · Enter: timeline",
                        m.parties.len(),
                        m.topics.len()
                    ),
                    w,
                ),
                bold(),
            ),
            Line::default(),
            Line::from(header),
        ];
        let rows = Self::rows(h);
        let cur = Cursor {
            at: self.row,
            top: self.top,
        };
        let first = cur.first(m.parties.len(), rows);
        let mut lines = Vec::new();
        for (pi, p) in m.parties.iter().enumerate().skip(first).take(rows) {
            let mut spans = vec![Span::styled(clip(&p.name, pw - 1), bold()), Span::raw(" ")];
            for &ti in &cols {
                let cell = m
                    .cells
                    .get(pi)
                    .and_then(|r| r.get(ti))
                    .and_then(Option::as_ref);
                let (text, style) = match cell {
                    Some(c) => (
                        format!(
                            "{}{} {}",
                            c.latest.badge(),
                            if c.changed { "*" } else { "" },
                            c.claims
                        ),
                        theme.badge(c.latest),
                    ),
                    None => ("·".to_string(), Style::default()),
                };
                let mut span = Span::styled(clip(&text, cw - 1), style);
                if pi == self.row && ti == self.col {
                    span = span.patch_style(reverse());
                }
                spans.push(span);
                spans.push(Span::raw(" "));
            }
            lines.push(Line::from(spans));
        }
        let detail = match (
            m.parties.get(self.row),
            m.topics.get(self.col),
            m.cells
                .get(self.row)
                .and_then(|r| r.get(self.col))
                .and_then(Option::as_ref),
        ) {
            (Some(p), Some(t), Some(c)) => vec![
                Line::raw(clip(
                    &format!(
                        "{} on {}: {} toward “{}” ({})",
                        p.name,
                        t.name,
                        c.latest.badge(),
                        c.target,
                        c.date
                    ),
                    w,
                )),
                Line::raw(clip(
                    &format!(
                        "{} claims{}",
                        c.claims,
                        if c.changed {
                            " · the stance changed over time"
                        } else {
                            ""
                        }
                    ),
                    w,
                )),
            ],
            (Some(p), Some(t), None) => vec![Line::raw(clip(
                &format!("{} on {}: no stated position", p.name, t.name),
                w,
            ))],
            _ => Vec::new(),
        };
        assemble(head, lines, detail, h)
    }
}

// ---------------------------------------------------------------------------
// Search results.

/// A query typed across the library and its results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchResults {
    pub query: String,
    hits: Vec<Hit>,
    /// How each hit's document path is shown.
    shown: Vec<String>,
    pub cursor: Cursor,
}

const SEARCH_HEAD: usize = 2;
const SEARCH_FOOT: usize = 2;

impl SearchResults {
    pub fn new() -> Self {
        SearchResults {
            query: String::new(),
            hits: Vec::new(),
            shown: Vec::new(),
            cursor: Cursor::default(),
        }
    }

    pub fn rows(height: usize) -> usize {
        list_rows(height, SEARCH_HEAD, SEARCH_FOOT)
    }

    /// The results of the current query (`shown[i]`: how hit `i`'s path
    /// is shown); the cursor goes back to the first.
    pub fn set_hits(&mut self, hits: Vec<Hit>, shown: Vec<String>) {
        self.hits = hits;
        self.shown = shown;
        self.cursor = Cursor::default();
    }

    /// The same query's hits as they are now (after the files changed),
    /// the cursor kept in place.
    pub fn replace_hits(&mut self, hits: Vec<Hit>, shown: Vec<String>, rows: usize) {
        self.hits = hits;
        self.shown = shown;
        self.cursor.show(self.hits.len(), rows);
    }

    pub fn hits(&self) -> &[Hit] {
        &self.hits
    }

    pub fn selected(&self) -> Option<&Hit> {
        self.hits.get(self.cursor.at)
    }

    pub fn update(&mut self, a: Action, rows: usize) -> Outcome {
        let len = self.hits.len();
        let Some(a) = resolve_click(a, &mut self.cursor, SEARCH_HEAD, len, rows) else {
            return Outcome::None;
        };
        if self.cursor.apply(&a, len, rows) {
            return Outcome::None;
        }
        match a {
            Action::Type(c) if !c.is_control() => {
                self.query.push(c);
                Outcome::Search(self.query.clone())
            }
            Action::Backspace => {
                self.query.pop();
                Outcome::Search(self.query.clone())
            }
            Action::Esc => Outcome::Back,
            Action::Enter => self.selected().map_or(Outcome::None, |h| Outcome::Open {
                path: h.doc.path.clone(),
                kind: if h.claim.is_some()
                    || h.doc
                        .path
                        .extension()
                        .is_some_and(|e| e == "yaml" || e == "yml")
                {
                    DocKind::Annotated
                } else {
                    DocKind::Article
                },
                offset: Some(h.offset),
            }),
            _ => Outcome::None,
        }
    }

    pub fn render(&self, width: u16, height: u16, theme: &Theme) -> Vec<Line<'static>> {
        let w = usize::from(width);
        let h = usize::from(height);
        let head =
            vec![
            Line::styled(
                clip(
                    &format!("Search the library: {}▏ ({} results)", self.query, self.hits.len()),
                    w,
                ),
                bold(),
            ),
            Line::raw(clip(
                "Type words or \"a phrase\" · Enter opens the article at the match · Esc goes back",
                w,
            )),
        ];
        let spw = if w >= 100 { 18 } else { 12 };
        let snw = w.saturating_sub(10 + 1 + spw + 1);
        let rows = Self::rows(h);
        let first = self.cursor.first(self.hits.len(), rows);
        let mut lines = Vec::new();
        for (k, hit) in self.hits.iter().enumerate().skip(first).take(rows) {
            let mut spans = vec![
                Span::raw(date10(&hit.doc.date)),
                Span::raw(" "),
                Span::raw(clip(hit.speaker.as_deref().unwrap_or("—"), spw)),
                Span::raw(" "),
            ];
            spans.extend(marked(&hit.snippet, hit.mark, snw, theme));
            let mut line = Line::from(spans);
            if k == self.cursor.at {
                line = line.patch_style(reverse());
            }
            lines.push(line);
        }
        if self.hits.is_empty() && !self.query.trim().is_empty() {
            lines.push(Line::raw(clip("No match.", w)));
        }
        let foot = match self.selected() {
            Some(hit) => vec![
                Line::raw(clip(&hit.doc.title, w)),
                Line::raw(clip(
                    &format!(
                        "{} · {} · byte {}",
                        self.shown.get(self.cursor.at).map_or("", String::as_str),
                        hit.kind.word(),
                        hit.offset
                    ),
                    w,
                )),
            ],
            None => Vec::new(),
        };
        assemble(head, lines, foot, h)
    }
}

impl Default for SearchResults {
    fn default() -> Self {
        Self::new()
    }
}

/// A snippet in `w` columns with its match styled; the match is kept in
/// view by dropping text before it when the snippet is too wide.
fn marked(snippet: &str, mark: (usize, usize), w: usize, theme: &Theme) -> Vec<Span<'static>> {
    let (m0, m1) = (mark.0.min(snippet.len()), mark.1.min(snippet.len()));
    let (Some(before), Some(hit), Some(after)) =
        (snippet.get(..m0), snippet.get(m0..m1), snippet.get(m1..))
    else {
        return vec![Span::raw(clip(snippet, w))];
    };
    // Keep up to a third of the width before the match.
    let keep = w / 3;
    let before = if before.width() > keep {
        let cut: String = before
            .chars()
            .rev()
            .scan(0, |acc, c| {
                *acc += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                (*acc < keep).then_some(c)
            })
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        format!("…{cut}")
    } else {
        before.to_string()
    };
    let bw = before.width().min(w);
    let hw = hit.width().min(w - bw);
    let aw = w - bw - hw;
    vec![
        Span::raw(clip(&before, bw)),
        Span::styled(clip(hit, hw), theme.search_match(true)),
        Span::raw(clip(after, aw)),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(i: usize, title: &str, date: &str) -> DocSummary {
        DocSummary {
            id: i as i64,
            kind: DocKind::Annotated,
            path: PathBuf::from(format!("/lib/d{i}.yaml")),
            article: None,
            title: title.into(),
            date: date.into(),
            source: String::new(),
            claims: i,
            drafts: 0,
            error: None,
        }
    }

    #[test]
    fn cursor_pages_and_stays_in_view() {
        let mut c = Cursor::default();
        c.apply(&Action::PageDown, 100, 10);
        assert_eq!((c.at, c.top), (10, 1));
        c.apply(&Action::End, 100, 10);
        assert_eq!((c.at, c.top), (99, 90));
        c.apply(&Action::Home, 100, 10);
        assert_eq!((c.at, c.top), (0, 0));
        c.apply(&Action::Up, 0, 10);
        assert_eq!((c.at, c.top), (0, 0));
        // A smaller screen after a resize still shows the cursor.
        let c = Cursor { at: 50, top: 45 };
        assert_eq!(c.first(100, 3), 48);
    }

    #[test]
    fn filter_keeps_the_cursor_on_its_document() {
        let docs: Vec<DocSummary> = (0..20)
            .map(|i| {
                doc(
                    i,
                    if i % 2 == 0 {
                        "Water talks"
                    } else {
                        "Border news"
                    },
                    "2025-01-01",
                )
            })
            .collect();
        let shown = docs.iter().map(|d| d.path.display().to_string()).collect();
        let mut l = LibraryList::new(docs, shown);
        for _ in 0..4 {
            l.update(Action::Down, 5);
        }
        assert_eq!(l.selected().map(|d| d.id), Some(4));
        for c in "WATER".chars() {
            l.update(Action::Type(c), 5);
        }
        assert_eq!(l.visible().count(), 10);
        assert_eq!(l.selected().map(|d| d.id), Some(4));
        assert_eq!(l.update(Action::Esc, 5), Outcome::None);
        assert_eq!(l.filter, "");
        assert_eq!(l.selected().map(|d| d.id), Some(4));
        assert_eq!(l.update(Action::Esc, 5), Outcome::Back);
        for c in "nothing matches".chars() {
            l.update(Action::Type(c), 5);
        }
        assert_eq!(l.selected(), None);
        assert_eq!(l.update(Action::Enter, 5), Outcome::None);
        let lines = l.render(30, 6, &Theme::MONO);
        assert_eq!(lines.len(), 6);
    }

    #[test]
    fn renders_never_exceed_the_size() {
        let docs: Vec<DocSummary> = (0..3)
            .map(|i| {
                doc(
                    i,
                    "一二三四五六七八九十 wide title that goes on and on",
                    "2025-01-01",
                )
            })
            .collect();
        let shown = docs.iter().map(|d| d.path.display().to_string()).collect();
        let l = LibraryList::new(docs, shown);
        for (w, h) in [(0, 0), (1, 1), (5, 2), (20, 4), (37, 9), (120, 40)] {
            let lines = l.render(w, h, &Theme::COLOR);
            assert_eq!(lines.len(), usize::from(h));
            for line in &lines {
                assert!(line.width() <= usize::from(w), "{w}x{h}: {line:?}");
            }
        }
        let s = SearchResults::new();
        for (w, h) in [(0, 0), (3, 3), (80, 24)] {
            assert_eq!(s.render(w, h, &Theme::MONO).len(), usize::from(h));
        }
    }

    #[test]
    fn clip_cuts_with_an_ellipsis_by_columns() {
        assert_eq!(clip("abcdef", 4), "abc…");
        assert_eq!(clip("ab", 4), "ab  ");
        assert_eq!(clip("一二三", 4), "一… ");
        assert_eq!(clip("x", 0), "");
    }
}
