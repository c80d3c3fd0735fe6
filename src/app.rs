//! The app state and a pure `update(&mut State, Action) -> Effect`: no
//! terminal I/O here. Effects (quit, write a file, copy to the clipboard,
//! suspend) are carried out by the shell ([`crate::tui`]).

use std::collections::HashMap;
use std::path::PathBuf;

use aho_corasick::AhoCorasickBuilder;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseEvent, MouseEventKind};
use ratatui::layout::Rect;
use textwrap::Options;

use crate::export::{self, Format, View};
use crate::keys::{self, Context};
use crate::layout::{ArticleLayout, Pos, Screen};
use crate::model::{Document, Span};
use crate::write::WriteError;

/// Everything the user can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    Suspend,
    NextClaim,
    PrevClaim,
    FirstClaim,
    LastClaim,
    PanelPageDown,
    PanelPageUp,
    NextInArticle,
    PrevInArticle,
    ToggleFocus,
    ScrollDown,
    ScrollUp,
    PageDown,
    PageUp,
    Top,
    Bottom,
    SearchStart,
    SearchChar(char),
    SearchBackspace,
    SearchSubmit,
    SearchNext,
    SearchPrev,
    ToggleMatrix,
    MatrixLeft,
    MatrixRight,
    MatrixUp,
    MatrixDown,
    MatrixChoose,
    CycleTopic,
    CycleParty,
    ToggleTint,
    ToggleHelp,
    Escape,
    Export,
    Copy,
    DialogNextFormat,
    DialogPrevFormat,
    DialogNextView,
    DialogPrevView,
    DialogConfirm,
    DialogYes,
    DialogNo,
    Resize(u16, u16),
    /// Mouse wheel at a cell (down = toward the end).
    Wheel {
        col: u16,
        row: u16,
        down: bool,
    },
    /// Left click at a cell.
    Click {
        col: u16,
        row: u16,
    },
}

/// What the shell must do after an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    None,
    Quit,
    Suspend,
    /// Write `text` to `path`; report back with [`State::write_result`].
    Write {
        path: PathBuf,
        text: String,
        overwrite: bool,
    },
    /// Copy `text` to the clipboard (OSC 52).
    Copy {
        text: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Panel,
    Article,
}

/// One row of the stance panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PanelLine {
    Party(usize),
    Topic(usize),
    /// First row of a claim: the badge, then the summary's first row.
    ClaimFirst {
        claim: usize,
    },
    /// A continuation row (`row` >= 1) of a claim's summary; see
    /// [`State::summary_row`].
    ClaimMore {
        claim: usize,
        row: usize,
    },
    /// The speaker row of a claim.
    ClaimSpeaker {
        claim: usize,
    },
    NoPosition,
    Blank,
}

impl PanelLine {
    pub fn claim(&self) -> Option<usize> {
        match self {
            PanelLine::ClaimFirst { claim, .. }
            | PanelLine::ClaimMore { claim, .. }
            | PanelLine::ClaimSpeaker { claim } => Some(*claim),
            _ => None,
        }
    }
}

/// Columns before a claim's summary in the panel: gutter (2) and badge (12).
pub const PANEL_GUTTER: usize = 2;
pub const BADGE_WIDTH: usize = 12;

/// Articles up to this size (bytes) are searched as the query is typed.
pub const INCREMENTAL_SEARCH_LIMIT: usize = 1 << 20;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    /// The query being typed (`Some` while the prompt is open).
    pub input: Option<String>,
    /// The submitted query.
    pub query: String,
    pub matches: Vec<Span>,
    pub current: Option<usize>,
}

impl Search {
    pub fn is_active(&self) -> bool {
        !self.query.is_empty()
    }
}

/// The export dialog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dialog {
    pub views: Vec<View>,
    pub view: usize,
    pub format: usize,
    /// Asking "replace? y/n" for `pending`.
    pub confirm: bool,
    /// The write in flight: path and text.
    pub pending: Option<(PathBuf, String)>,
}

impl Dialog {
    pub fn current_view(&self) -> &View {
        static ALL_CLAIMS: View = View::Claims;
        self.views.get(self.view).unwrap_or(&ALL_CLAIMS)
    }
    pub fn current_format(&self) -> Format {
        Format::ALL[self.format % Format::ALL.len()]
    }
    /// The proposed file name (in the current directory).
    pub fn file_name(&self) -> String {
        file_name(self.current_view(), self.current_format())
    }
}

/// `party:us` + markdown -> `party-us.md`; anything but ASCII letters,
/// digits, `-` and `_` becomes `-`.
pub fn file_name(view: &View, format: Format) -> String {
    let stem: String = view
        .name()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("{stem}.{}", format.extension())
}

/// The whole reader state.
#[derive(Debug)]
pub struct State {
    pub doc: Document,
    pub screen: Screen,
    pub focus: Focus,
    pub selected: Option<usize>,
    pub topic_filter: Option<usize>,
    pub party_filter: Option<usize>,
    /// The matrix cursor (party, topic) while the matrix is shown.
    pub matrix: Option<(usize, usize)>,
    pub help: bool,
    pub help_scroll: usize,
    pub search: Search,
    pub layout: ArticleLayout,
    /// The first article row on screen.
    pub top: Pos,
    pub panel: Vec<PanelLine>,
    pub panel_top: usize,
    /// Tint the other quotes in their party's colour.
    pub tint: bool,
    pub message: Option<String>,
    pub dialog: Option<Dialog>,
    article_order: Vec<usize>,
    /// Per claim: whether it opposes another party's claim on its target.
    conflicts: Vec<bool>,
    /// Claim indices by (party, topic), in document order.
    cells: HashMap<(usize, usize), Vec<usize>>,
    /// Wrapped summaries for the panel, by claim, at `summary_width`.
    summaries: HashMap<usize, Vec<String>>,
    summary_width: usize,
}

/// Per claim, whether another party takes the opposite stance (favor vs
/// against) toward the same target. Linear in the number of claims.
fn find_conflicts(doc: &Document) -> Vec<bool> {
    // target -> (parties in favour, parties against)
    let mut sides: HashMap<&str, (Vec<usize>, Vec<usize>)> = HashMap::new();
    for c in &doc.claims {
        let e = sides.entry(c.target.as_str()).or_default();
        match c.stance {
            crate::model::Stance::Favor => e.0.push(c.party),
            crate::model::Stance::Against => e.1.push(c.party),
            _ => {}
        }
    }
    doc.claims
        .iter()
        .map(|c| {
            let Some((favor, against)) = sides.get(c.target.as_str()) else {
                return false;
            };
            let other = match c.stance {
                crate::model::Stance::Favor => against,
                crate::model::Stance::Against => favor,
                _ => return false,
            };
            other.iter().any(|&p| p != c.party)
        })
        .collect()
}

impl State {
    /// The reader at start: panel focused, the first claim selected and its
    /// quote in view.
    pub fn new(doc: Document, width: u16, height: u16) -> State {
        let screen = Screen::new(width, height);
        let article_order = doc.claims_in_article_order();
        let conflicts = find_conflicts(&doc);
        let mut cells: HashMap<(usize, usize), Vec<usize>> = HashMap::new();
        for (i, c) in doc.claims.iter().enumerate() {
            cells.entry((c.party, c.topic)).or_default().push(i);
        }
        let mut s = State {
            layout: ArticleLayout::new(screen.article_inner().width as usize).with_paragraph_gap(),
            doc,
            screen,
            focus: Focus::Panel,
            selected: None,
            topic_filter: None,
            party_filter: None,
            matrix: None,
            help: false,
            help_scroll: 0,
            search: Search::default(),
            top: Pos::default(),
            panel: Vec::new(),
            panel_top: 0,
            tint: true,
            message: None,
            dialog: None,
            article_order,
            conflicts,
            cells,
            summaries: HashMap::new(),
            summary_width: 0,
        };
        s.rebuild_panel();
        if let Some(&first) = s.visible_claims().first() {
            s.select(first);
        }
        s
    }

    // --- queries -----------------------------------------------------------

    /// Which bindings apply now.
    pub fn context(&self) -> Context {
        if self.dialog.is_some() {
            Context::Dialog
        } else if self.help {
            Context::Article
        } else if self.matrix.is_some() {
            Context::Matrix
        } else {
            match self.focus {
                Focus::Panel => Context::Panel,
                Focus::Article => Context::Article,
            }
        }
    }

    /// Claims shown in the panel, in panel order.
    pub fn visible_claims(&self) -> Vec<usize> {
        self.panel
            .iter()
            .filter_map(|l| match l {
                PanelLine::ClaimFirst { claim, .. } => Some(*claim),
                _ => None,
            })
            .collect()
    }

    fn claim_passes(&self, c: usize) -> bool {
        let Some(claim) = self.doc.claims.get(c) else {
            return false;
        };
        self.party_filter.is_none_or(|p| claim.party == p)
            && self.topic_filter.is_none_or(|t| claim.topic == t)
    }

    /// Row `row` of a claim's summary as wrapped for the panel.
    pub fn summary_row(&self, claim: usize, row: usize) -> &str {
        self.summaries
            .get(&claim)
            .and_then(|r| r.get(row))
            .map_or("", String::as_str)
    }

    /// "claim 3/13" (position in the panel list).
    pub fn claim_position(&self) -> Option<(usize, usize)> {
        let v = self.visible_claims();
        let sel = self.selected?;
        let i = v.iter().position(|&c| c == sel)?;
        Some((i + 1, v.len()))
    }

    pub fn article_height(&self) -> usize {
        self.screen.article_inner().height as usize
    }

    pub fn panel_height(&self) -> usize {
        self.screen.panel_inner().height as usize
    }

    /// The byte range of the article on screen.
    pub fn visible_bytes(&self) -> (usize, usize) {
        let a = &self.doc.article;
        let w = self
            .layout
            .window(a, self.top, self.article_height().max(1));
        match (w.first(), w.last()) {
            (Some(f), Some(l)) => (f.1.start, l.1.end),
            _ => (0, 0),
        }
    }

    /// Whether a claim's quote is (partly) on screen.
    pub fn claim_in_view(&self, c: usize) -> bool {
        let (s, e) = self.visible_bytes();
        self.doc
            .claims
            .get(c)
            .is_some_and(|cl| cl.span.start < e && cl.span.end.max(cl.span.start + 1) > s)
    }

    /// How far the article is scrolled, in percent (100 when its end is on
    /// screen).
    pub fn scroll_percent(&self) -> usize {
        let a = &self.doc.article;
        let len = a.text().len();
        let (s, e) = self.visible_bytes();
        if len == 0 || e >= len.saturating_sub(1) {
            return 100;
        }
        s * 100 / len
    }

    /// Matches of the search query in the article (ASCII case-insensitive).
    fn find_matches(&self, query: &str) -> Vec<Span> {
        if query.is_empty() {
            return Vec::new();
        }
        let Ok(ac) = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .build([query])
        else {
            return Vec::new();
        };
        ac.find_iter(self.doc.article.text())
            .map(|m| Span {
                start: m.start(),
                end: m.end(),
            })
            .collect()
    }

    /// Claims on each (party, topic) cell, and whether the cell conflicts
    /// (some claim in it opposes another party's claim on the same target).
    pub fn matrix_cell(&self, party: usize, topic: usize) -> (Vec<usize>, bool) {
        let claims = self.cells.get(&(party, topic)).cloned().unwrap_or_default();
        let conflict = claims.iter().any(|&i| self.conflicts(i));
        (claims, conflict)
    }

    /// Whether claim `i` opposes another party's claim on the same target.
    pub fn conflicts(&self, i: usize) -> bool {
        self.conflicts.get(i).copied().unwrap_or(false)
    }

    /// The views the export dialog offers, the one matching what is selected
    /// first.
    pub fn export_views(&self) -> Vec<View> {
        let mut first = Vec::new();
        if self.matrix.is_some() {
            first.push(View::Matrix);
        }
        if let Some(p) = self.party_filter.and_then(|p| self.doc.parties.get(p)) {
            first.push(View::Party(p.id.clone()));
        }
        if let Some(t) = self.topic_filter.and_then(|t| self.doc.topics.get(t)) {
            first.push(View::Topic(t.id.clone()));
        }
        if let Some(c) = self.selected.and_then(|c| self.doc.claims.get(c)) {
            first.push(View::Claim(c.id.clone()));
        }
        for v in [View::Matrix, View::Claims, View::Article] {
            if !first.contains(&v) {
                first.push(v);
            }
        }
        first
    }

    // --- changes -----------------------------------------------------------

    /// Rebuild the panel rows for the filters and the panel width.
    pub fn rebuild_panel(&mut self) {
        let width = self.screen.panel_inner().width as usize;
        // One column of margin on the right.
        let text_w = width.saturating_sub(PANEL_GUTTER + BADGE_WIDTH + 1).max(8);
        let mut lines = Vec::new();
        let parties: Vec<usize> = match self.party_filter {
            Some(p) => vec![p],
            None => (0..self.doc.parties.len()).collect(),
        };
        let topics: Vec<usize> = match self.topic_filter {
            Some(t) => vec![t],
            None => (0..self.doc.topics.len()).collect(),
        };
        // Summaries are wrapped once per width and kept.
        if text_w != self.summary_width {
            self.summary_width = text_w;
            self.summaries.clear();
        }
        for &p in &parties {
            if !lines.is_empty() {
                lines.push(PanelLine::Blank);
            }
            lines.push(PanelLine::Party(p));
            for &t in &topics {
                lines.push(PanelLine::Topic(t));
                let cell = self.cells.get(&(p, t)).map_or(&[][..], Vec::as_slice);
                for &i in cell {
                    let summary = self.doc.claims[i].summary.as_str();
                    let rows = self
                        .summaries
                        .entry(i)
                        .or_insert_with(|| {
                            textwrap::wrap(summary, Options::new(text_w))
                                .into_iter()
                                .map(|r| r.into_owned())
                                .collect()
                        })
                        .len();
                    lines.push(PanelLine::ClaimFirst { claim: i });
                    for row in 1..rows {
                        lines.push(PanelLine::ClaimMore { claim: i, row });
                    }
                    lines.push(PanelLine::ClaimSpeaker { claim: i });
                }
                if cell.is_empty() {
                    lines.push(PanelLine::NoPosition);
                }
            }
        }
        self.panel = lines;
        self.panel_top = self.panel_top.min(self.panel.len().saturating_sub(1));
        // Keep a selection that is still shown; otherwise pick the first.
        let visible = self.visible_claims();
        match self.selected {
            Some(c) if visible.contains(&c) => self.panel_reveal(c),
            _ => {
                self.selected = None;
                self.panel_top = 0;
                if let Some(&c) = visible.first() {
                    self.select(c);
                }
            }
        }
    }

    /// Select a claim: scroll the article to its quote and the panel to it.
    pub fn select(&mut self, c: usize) {
        if c >= self.doc.claims.len() {
            return;
        }
        self.selected = Some(c);
        let span = self.doc.claims[c].span;
        self.reveal(span);
        self.panel_reveal(c);
    }

    /// Scroll the article so that `span` is on screen (with a little context
    /// above it when it was not).
    pub fn reveal(&mut self, span: Span) {
        let a = &self.doc.article;
        let h = self.article_height().max(1);
        let (ps, _) = self.layout.locate(a, span.start);
        let (pe, _) = self
            .layout
            .locate(a, span.end.saturating_sub(1).max(span.start));
        let bottom = self.layout.forward(a, self.top, h - 1);
        if ps >= self.top && pe <= bottom {
            return;
        }
        let context = (h / 4).min(2);
        self.top = self.layout.backward(a, ps, context);
        // Do not start the screen on the empty row between paragraphs.
        if self.top < ps
            && self
                .layout
                .row(a, self.top)
                .is_some_and(|r| r.start == r.end)
        {
            self.top = self.layout.forward(a, self.top, 1);
        }
        self.clamp_top();
    }

    /// The last allowed top row: the end of the article at the bottom.
    fn max_top(&self) -> Pos {
        let a = &self.doc.article;
        let end = self.layout.end(a);
        self.layout
            .backward(a, end, self.article_height().max(1) - 1)
    }

    fn clamp_top(&mut self) {
        let m = self.max_top();
        if self.top > m {
            self.top = m;
        }
    }

    fn scroll_by(&mut self, n: usize, down: bool) {
        let a = &self.doc.article;
        self.top = if down {
            self.layout.forward(a, self.top, n)
        } else {
            self.layout.backward(a, self.top, n)
        };
        self.clamp_top();
    }

    fn panel_reveal(&mut self, c: usize) {
        let first = self.panel.iter().position(|l| l.claim() == Some(c));
        let last = self.panel.iter().rposition(|l| l.claim() == Some(c));
        let (Some(first), Some(last)) = (first, last) else {
            return;
        };
        let h = self.panel_height().max(1);
        // Show the topic heading above the claim when it is the first.
        let want_first = match self.panel.get(first.wrapping_sub(1)) {
            Some(PanelLine::Topic(_)) => first - 1,
            _ => first,
        };
        if want_first < self.panel_top {
            self.panel_top = want_first;
        } else if last >= self.panel_top + h {
            self.panel_top = (last + 1).saturating_sub(h).min(want_first);
        }
    }

    fn panel_scroll(&mut self, n: usize, down: bool) {
        let max = self.panel.len().saturating_sub(self.panel_height().max(1));
        self.panel_top = if down {
            (self.panel_top + n).min(max)
        } else {
            self.panel_top.saturating_sub(n)
        };
    }

    fn move_in_list(&mut self, delta: isize) {
        let v = self.visible_claims();
        if v.is_empty() {
            return;
        }
        let i = self
            .selected
            .and_then(|s| v.iter().position(|&c| c == s))
            .map_or(0, |i| {
                (i as isize + delta).clamp(0, v.len() as isize - 1) as usize
            });
        self.select(v[i]);
    }

    /// Select the claim about a panel's height below (or above) the
    /// selected one.
    fn page_in_list(&mut self, down: bool) {
        let h = self.panel_height().max(2) - 1;
        let here = self
            .selected
            .and_then(|c| self.panel.iter().position(|l| l.claim() == Some(c)))
            .unwrap_or(0);
        let first_row_of = |i: usize| match self.panel.get(i) {
            Some(PanelLine::ClaimFirst { claim, .. }) => Some(*claim),
            _ => None,
        };
        let target = if down {
            let from = (here + h).min(self.panel.len().saturating_sub(1));
            (from..self.panel.len())
                .find_map(first_row_of)
                .or_else(|| (here + 1..from).rev().find_map(first_row_of))
        } else {
            let from = here.saturating_sub(h);
            (0..=from)
                .rev()
                .find_map(first_row_of)
                .or_else(|| (from..here).find_map(first_row_of))
        };
        if let Some(c) = target {
            self.select(c);
        }
    }

    fn move_in_article(&mut self, forward: bool) {
        let order: Vec<usize> = self
            .article_order
            .iter()
            .copied()
            .filter(|&c| self.claim_passes(c))
            .collect();
        if order.is_empty() {
            return;
        }
        let next = match self
            .selected
            .and_then(|s| order.iter().position(|&c| c == s))
        {
            Some(i) if forward => order.get(i + 1).copied(),
            Some(i) => i.checked_sub(1).and_then(|j| order.get(j).copied()),
            None => {
                let (top, _) = self.visible_bytes();
                if forward {
                    order
                        .iter()
                        .copied()
                        .find(|&c| self.doc.claims[c].span.start >= top)
                } else {
                    order
                        .iter()
                        .rev()
                        .copied()
                        .find(|&c| self.doc.claims[c].span.start < top)
                }
            }
        };
        match next {
            Some(c) => self.select(c),
            None => {
                self.message = Some(if forward {
                    "last claim in the article".into()
                } else {
                    "first claim in the article".into()
                })
            }
        }
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

    /// While the query is typed: its matches, highlighted and counted, on
    /// articles small enough to search at every key.
    fn preview_search(&mut self) {
        if self.doc.article.text().len() > INCREMENTAL_SEARCH_LIMIT {
            return;
        }
        let q = self.search.input.clone().unwrap_or_default();
        self.search.matches = self.find_matches(&q);
        self.search.current = None;
    }

    fn step_match(&mut self, forward: bool) {
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

    fn cycle(current: Option<usize>, len: usize) -> Option<usize> {
        match current {
            None if len > 0 => Some(0),
            Some(i) if i + 1 < len => Some(i + 1),
            _ => None,
        }
    }

    fn resize(&mut self, w: u16, h: u16) {
        let anchor = self.layout.offset_of(&self.doc.article, self.top);
        // The selected quote stays on screen if it was.
        let keep = self.selected.filter(|&c| self.claim_in_view(c));
        self.screen = Screen::new(w, h);
        self.layout
            .set_width(self.screen.article_inner().width as usize);
        self.top = self.layout.locate(&self.doc.article, anchor).0;
        self.clamp_top();
        self.rebuild_panel();
        if let Some(span) = keep.and_then(|c| self.doc.claims.get(c)).map(|c| c.span) {
            self.reveal(span);
        }
    }

    /// The export text for the dialog's current choice.
    fn dialog_text(&self, d: &Dialog) -> Result<String, String> {
        export::render(&self.doc, d.current_view(), d.current_format(), 80)
            .map_err(|e| e.to_string())
    }

    fn open_dialog(&mut self) {
        self.dialog = Some(Dialog {
            views: self.export_views(),
            view: 0,
            format: 1, // markdown
            confirm: false,
            pending: None,
        });
    }

    /// Report the outcome of an [`Effect::Write`].
    pub fn write_result(&mut self, result: Result<(), WriteError>) {
        let Some(d) = self.dialog.as_mut() else {
            return;
        };
        match result {
            Ok(()) => {
                if let Some((path, text)) = d.pending.take() {
                    self.message = Some(format!(
                        "wrote {} lines to {}",
                        text.lines().count(),
                        path.display()
                    ));
                }
                self.dialog = None;
            }
            Err(WriteError::Exists(_)) => d.confirm = true,
            Err(e) => {
                self.message = Some(e.to_string());
                self.dialog = None;
            }
        }
    }

    fn escape(&mut self) {
        if self.dialog.take().is_some() {
            self.message = Some("export cancelled".into());
        } else if self.help {
            self.help = false;
        } else if self.search.input.is_some() {
            self.search.input = None;
        } else if self.matrix.is_some() {
            self.matrix = None;
        } else if self.search.is_active() {
            self.search = Search::default();
        } else if self.party_filter.is_some() || self.topic_filter.is_some() {
            self.party_filter = None;
            self.topic_filter = None;
            self.rebuild_panel();
            if let Some(c) = self.selected {
                self.panel_reveal(c);
            }
        } else {
            self.message = Some("nothing to close; q quits".into());
        }
    }
}

/// The one place where state changes.
pub fn update(s: &mut State, action: Action) -> Effect {
    if !matches!(action, Action::Resize(..) | Action::Wheel { .. }) {
        s.message = None;
    }
    // The search prompt takes its own keys.
    if s.search.input.is_some() {
        match action {
            Action::SearchChar(c) => {
                if let Some(i) = s.search.input.as_mut() {
                    i.push(c);
                }
                s.preview_search();
                return Effect::None;
            }
            Action::SearchBackspace => {
                if let Some(i) = s.search.input.as_mut() {
                    i.pop();
                }
                s.preview_search();
                return Effect::None;
            }
            Action::SearchSubmit => {
                let q = s.search.input.take().unwrap_or_default();
                if q.is_empty() {
                    s.search = Search::default();
                    return Effect::None;
                }
                let matches = s.find_matches(&q);
                let (top, _) = s.visible_bytes();
                let current = if matches.is_empty() {
                    s.message = Some(format!("no match for “{q}”"));
                    None
                } else {
                    Some(matches.iter().position(|m| m.start >= top).unwrap_or(0))
                };
                s.search = Search {
                    input: None,
                    query: q,
                    matches,
                    current,
                };
                s.jump_to_match();
                return Effect::None;
            }
            Action::Escape => {
                s.search = Search::default();
                return Effect::None;
            }
            Action::Quit | Action::Resize(..) => {}
            _ => return Effect::None,
        }
    }
    if s.help {
        match action {
            Action::ScrollDown | Action::NextClaim => s.help_scroll += 1,
            Action::ScrollUp | Action::PrevClaim => s.help_scroll = s.help_scroll.saturating_sub(1),
            Action::PageDown => s.help_scroll += 10,
            Action::PageUp => s.help_scroll = s.help_scroll.saturating_sub(10),
            Action::Top => s.help_scroll = 0,
            Action::ToggleHelp | Action::Escape => s.help = false,
            Action::Quit => return Effect::Quit,
            Action::Resize(w, h) => s.resize(w, h),
            _ => {}
        }
        return Effect::None;
    }
    match action {
        Action::Quit => return Effect::Quit,
        Action::Suspend => return Effect::Suspend,
        Action::NextClaim => s.move_in_list(1),
        Action::PrevClaim => s.move_in_list(-1),
        Action::PanelPageDown => s.page_in_list(true),
        Action::PanelPageUp => s.page_in_list(false),
        Action::FirstClaim => s.move_in_list(isize::MIN / 2),
        Action::LastClaim => s.move_in_list(isize::MAX / 2),
        Action::NextInArticle => s.move_in_article(true),
        Action::PrevInArticle => s.move_in_article(false),
        Action::ToggleFocus => {
            s.focus = match s.focus {
                Focus::Panel => Focus::Article,
                Focus::Article => Focus::Panel,
            }
        }
        Action::ScrollDown => s.scroll_by(1, true),
        Action::ScrollUp => s.scroll_by(1, false),
        Action::PageDown => s.scroll_by(s.article_height().saturating_sub(1).max(1), true),
        Action::PageUp => s.scroll_by(s.article_height().saturating_sub(1).max(1), false),
        Action::Top => s.top = Pos::default(),
        Action::Bottom => s.top = s.max_top(),
        Action::SearchStart => s.search.input = Some(String::new()),
        Action::SearchChar(_) | Action::SearchBackspace | Action::SearchSubmit => {}
        Action::SearchNext => s.step_match(true),
        Action::SearchPrev => s.step_match(false),
        Action::ToggleMatrix => {
            s.matrix = match s.matrix {
                Some(_) => None,
                None => Some(
                    s.selected
                        .and_then(|c| s.doc.claims.get(c))
                        .map_or((0, 0), |c| (c.party, c.topic)),
                ),
            }
        }
        Action::MatrixLeft | Action::MatrixRight | Action::MatrixUp | Action::MatrixDown => {
            if let Some((p, t)) = s.matrix {
                let np = s.doc.parties.len().max(1);
                let nt = s.doc.topics.len().max(1);
                s.matrix = Some(match action {
                    Action::MatrixLeft => (p, t.saturating_sub(1)),
                    Action::MatrixRight => (p, (t + 1).min(nt - 1)),
                    Action::MatrixUp => (p.saturating_sub(1), t),
                    _ => ((p + 1).min(np - 1), t),
                });
            }
        }
        Action::MatrixChoose => {
            if let Some((p, t)) = s.matrix.take() {
                s.party_filter = Some(p).filter(|&p| p < s.doc.parties.len());
                s.topic_filter = Some(t).filter(|&t| t < s.doc.topics.len());
                s.focus = Focus::Panel;
                s.rebuild_panel();
            }
        }
        Action::CycleTopic => {
            s.topic_filter = State::cycle(s.topic_filter, s.doc.topics.len());
            s.rebuild_panel();
        }
        Action::CycleParty => {
            s.party_filter = State::cycle(s.party_filter, s.doc.parties.len());
            s.rebuild_panel();
        }
        Action::ToggleTint => s.tint = !s.tint,
        Action::ToggleHelp => {
            s.help = true;
            s.help_scroll = 0;
        }
        Action::Escape => s.escape(),
        Action::Export => s.open_dialog(),
        Action::Copy => {
            let views = s.export_views();
            let Some(view) = views.first() else {
                return Effect::None;
            };
            return match export::render(&s.doc, view, Format::Markdown, 80) {
                Ok(text) => {
                    s.message = Some(format!(
                        "copied {} lines to the clipboard (OSC 52)",
                        text.lines().count()
                    ));
                    Effect::Copy { text }
                }
                Err(e) => {
                    s.message = Some(e.to_string());
                    Effect::None
                }
            };
        }
        Action::DialogNextFormat
        | Action::DialogPrevFormat
        | Action::DialogNextView
        | Action::DialogPrevView => {
            if let Some(d) = s.dialog.as_mut() {
                let nf = Format::ALL.len();
                let nv = d.views.len().max(1);
                d.confirm = false;
                match action {
                    Action::DialogNextFormat => d.format = (d.format + 1) % nf,
                    Action::DialogPrevFormat => d.format = (d.format + nf - 1) % nf,
                    Action::DialogNextView => d.view = (d.view + 1) % nv,
                    _ => d.view = (d.view + nv - 1) % nv,
                }
            }
        }
        Action::DialogConfirm => {
            if let Some(d) = s.dialog.clone() {
                match s.dialog_text(&d) {
                    Ok(text) => {
                        let path = PathBuf::from(d.file_name());
                        if let Some(dm) = s.dialog.as_mut() {
                            dm.pending = Some((path.clone(), text.clone()));
                            dm.confirm = false;
                        }
                        return Effect::Write {
                            path,
                            text,
                            overwrite: false,
                        };
                    }
                    Err(e) => {
                        s.message = Some(e);
                        s.dialog = None;
                    }
                }
            }
        }
        Action::DialogYes => {
            if let Some(d) = s.dialog.as_ref().filter(|d| d.confirm) {
                if let Some((path, text)) = d.pending.clone() {
                    return Effect::Write {
                        path,
                        text,
                        overwrite: true,
                    };
                }
            }
        }
        Action::DialogNo => {
            if let Some(d) = s.dialog.as_mut().filter(|d| d.confirm) {
                d.confirm = false;
                d.pending = None;
                s.message =
                    Some("kept the existing file; choose another format or view, or Esc".into());
            }
        }
        Action::Resize(w, h) => s.resize(w, h),
        Action::Wheel { .. } | Action::Click { .. } if s.matrix.is_some() => {}
        Action::Wheel { col, row, down } => {
            let at = (col, row);
            if contains(s.screen.article, at) {
                s.scroll_by(3, down);
            } else if contains(s.screen.panel, at) && s.matrix.is_none() {
                s.panel_scroll(3, down);
            }
        }
        Action::Click { col, row } => click(s, col, row),
    }
    Effect::None
}

fn contains(r: Rect, (col, row): (u16, u16)) -> bool {
    col >= r.x && col < r.x + r.width && row >= r.y && row < r.y + r.height
}

fn click(s: &mut State, col: u16, row: u16) {
    let pi = s.screen.panel_inner();
    let ai = s.screen.article_inner();
    if s.matrix.is_none() && contains(pi, (col, row)) {
        let i = s.panel_top + (row - pi.y) as usize;
        if let Some(c) = s.panel.get(i).and_then(PanelLine::claim) {
            s.focus = Focus::Panel;
            s.select(c);
        }
    } else if contains(ai, (col, row)) {
        let a = &s.doc.article;
        let pos = s.layout.forward(a, s.top, (row - ai.y) as usize);
        // `forward` stops at the end: make sure we landed on the clicked row.
        let window = s.layout.window(a, s.top, (row - ai.y) as usize + 1);
        if window.last().map(|w| w.0) != Some(pos) {
            return;
        }
        let Some(off) = s.layout.offset_at(a, pos, (col - ai.x) as usize) else {
            return;
        };
        // The narrowest visible quote under the pointer.
        let hit = s
            .doc
            .claims
            .iter()
            .enumerate()
            .filter(|(i, c)| c.span.start <= off && off < c.span.end && s.claim_passes(*i))
            .min_by_key(|(_, c)| c.span.len())
            .map(|(i, _)| i);
        if let Some(c) = hit {
            s.select(c);
        }
    }
}

/// The action for a key press in the current state.
pub fn key_action(s: &State, ev: &KeyEvent) -> Option<Action> {
    let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
    if s.search.input.is_some() {
        return match ev.code {
            KeyCode::Char('c') if ctrl => Some(Action::Quit),
            KeyCode::Char(c) if !ctrl => Some(Action::SearchChar(c)),
            KeyCode::Backspace => Some(Action::SearchBackspace),
            KeyCode::Enter => Some(Action::SearchSubmit),
            KeyCode::Esc => Some(Action::Escape),
            _ => None,
        };
    }
    keys::lookup(s.context(), ev)
}

/// The action for a mouse event.
pub fn mouse_action(ev: &MouseEvent) -> Option<Action> {
    let (col, row) = (ev.column, ev.row);
    match ev.kind {
        MouseEventKind::ScrollDown => Some(Action::Wheel {
            col,
            row,
            down: true,
        }),
        MouseEventKind::ScrollUp => Some(Action::Wheel {
            col,
            row,
            down: false,
        }),
        MouseEventKind::Down(ratatui::crossterm::event::MouseButton::Left) => {
            Some(Action::Click { col, row })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests;
