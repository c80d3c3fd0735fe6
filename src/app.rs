//! The app state and a pure `update(&mut State, Action) -> Effect`: no
//! terminal I/O here. Effects (quit, write a file, copy to the clipboard,
//! suspend) are carried out by the shell ([`crate::tui`]).
//!
//! What is on top of the reader is a stack of [`Mode`]s ([`mode`]); the top
//! one decides the key context ([`State::context`]), which handler an action
//! goes to ([`update`]) and what Esc closes ([`State::escape`]). The
//! concerns live in their own files: the stance panel ([`panel`]), the
//! article pane ([`article`]), search ([`search`]), the matrix ([`matrix`]),
//! and the export dialog, questions and copying ([`dialogs`]).

mod article;
mod curate;
mod dialogs;
pub mod form;
pub mod library;
mod matrix;
pub mod mode;
mod panel;
pub mod passage;
mod search;

use crate::keys::Context;
use crate::layout::{ArticleLayout, Pos, Screen};
use crate::model::Document;
use crate::stance::StanceIndex;

pub use crate::action::{Action, Copied, Effect};
pub use curate::{drafts_line, session_for, Curation};
pub use dialogs::Multiplexer;
pub use matrix::{MatrixForm, MatrixLayout, MatrixRow, MatrixWindow};
pub use mode::{
    file_name, Choice, Confirm, Dialog, ExportChoice, ExportView, Help, MatrixView, Mode, Prompt,
    Purpose,
};
pub use panel::{problem_rows, PanelLine, PanelWindow, BADGE_WIDTH, PANEL_GUTTER};
pub use search::{find_matches, Search, INCREMENTAL_SEARCH_LIMIT};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Panel,
    Article,
}

/// The whole reader state.
#[derive(Debug)]
pub struct State {
    pub doc: Document,
    /// Who takes which stance toward what; rebuilt with the document.
    pub index: StanceIndex,
    pub screen: Screen,
    pub focus: Focus,
    pub selected: Option<usize>,
    pub topic_filter: Option<usize>,
    pub party_filter: Option<usize>,
    /// The submitted search (the prompt itself is a [`Mode`]).
    pub search: Search,
    pub layout: ArticleLayout,
    /// The first article row on screen.
    pub top: Pos,
    pub panel: Vec<PanelLine>,
    /// The panel's claims in panel order, and where each claim is in that
    /// list (`u32::MAX`: not shown); made with the rows, so that a key
    /// costs the same in any size of document.
    visible: Vec<usize>,
    visible_at: Vec<u32>,
    /// The first panel row of each visible claim (same order).
    claim_row: Vec<u32>,
    /// The party whose heading is at or above each panel row.
    row_party: Vec<u32>,
    pub panel_top: usize,
    /// Tint the other quotes in their party's colour.
    pub tint: bool,
    pub message: Option<String>,
    /// Opened from a screen under the reader (the library): Esc with
    /// nothing left to close, and Backspace, go back to it.
    pub can_go_back: bool,
    /// The export dialog's format, width and directory (configuration).
    pub export_prefs: crate::config::ExportPrefs,
    /// What is on top, bottom to top.
    modes: Vec<Mode>,
    /// Wrapped summaries for the panel, by claim, at `summary_width`.
    summaries: std::collections::HashMap<usize, Vec<String>>,
    summary_width: usize,
    /// The document being curated (`None`: it has no file to save into).
    pub curation: Option<Curation>,
}

impl State {
    /// Back to the library the document was opened from; with unsaved
    /// edits, not yet (they would be lost): the message says what to do.
    fn go_back(&mut self) -> Effect {
        if self.is_modified() {
            self.message = Some(
                "unsaved edits: w saves them (u undoes them), then go back to the library".into(),
            );
            return Effect::None;
        }
        Effect::Back
    }

    /// The reader at start: panel focused, the first claim selected and its
    /// quote in view.
    pub fn new(doc: Document, width: u16, height: u16) -> State {
        let screen = Screen::new(width, height);
        // A drafted panel's notice (the profile does not fit, or none was
        // found) is the first thing the status line says.
        let message = doc.notice.clone();
        let mut s = State {
            layout: ArticleLayout::new(screen.article_inner().width as usize).with_paragraph_gap(),
            index: StanceIndex::new(&doc),
            doc,
            screen,
            focus: Focus::Panel,
            selected: None,
            topic_filter: None,
            party_filter: None,
            search: Search::default(),
            top: Pos::default(),
            panel: Vec::new(),
            visible: Vec::new(),
            visible_at: Vec::new(),
            claim_row: Vec::new(),
            row_party: Vec::new(),
            panel_top: 0,
            tint: true,
            message,
            can_go_back: false,
            export_prefs: crate::config::ExportPrefs::default(),
            modes: Vec::new(),
            summaries: std::collections::HashMap::new(),
            summary_width: 0,
            curation: None,
        };
        s.rebuild_panel();
        if let Some(&first) = s.visible_claims().first() {
            s.select(first);
        }
        s
    }

    // --- what is on top ------------------------------------------------------

    /// The modes on top of the reader, bottom to top.
    pub fn modes(&self) -> &[Mode] {
        &self.modes
    }

    /// The mode on top, if any.
    pub fn top(&self) -> Option<&Mode> {
        self.modes.last()
    }

    /// Put a mode on top (one of each kind: an older one is taken out).
    pub fn push(&mut self, mode: Mode) {
        self.modes.retain(|m| !m.same_kind(&mode));
        self.modes.push(mode);
    }

    /// Take the top mode off.
    pub fn pop(&mut self) -> Option<Mode> {
        self.modes.pop()
    }

    /// Which bindings apply now: the top mode's, else the focused pane's.
    pub fn context(&self) -> Context {
        match self.top() {
            Some(m) => m.context(),
            None => match self.focus {
                Focus::Panel => Context::Panel,
                Focus::Article => Context::Article,
            },
        }
    }

    /// The help overlay, if open.
    pub fn help(&self) -> Option<&Help> {
        self.modes.iter().find_map(|m| match m {
            Mode::Help(h) => Some(h),
            _ => None,
        })
    }

    /// The matrix, if shown.
    pub fn matrix(&self) -> Option<&MatrixView> {
        self.modes.iter().find_map(|m| match m {
            Mode::Matrix(v) => Some(v),
            _ => None,
        })
    }

    /// The search prompt, if open.
    pub fn prompt(&self) -> Option<&Prompt> {
        self.modes.iter().find_map(|m| match m {
            Mode::Search(p) => Some(p),
            _ => None,
        })
    }

    /// The export dialog, if open.
    pub fn dialog(&self) -> Option<&Dialog> {
        self.modes.iter().find_map(|m| match m {
            Mode::Export(d) => Some(d),
            _ => None,
        })
    }

    /// The question asked, if any.
    pub fn confirm(&self) -> Option<&Confirm> {
        self.modes.iter().find_map(|m| match m {
            Mode::Confirm(c) => Some(c),
            _ => None,
        })
    }

    /// Whether claim `i` opposes another party's claim on the same target.
    pub fn conflicts(&self, i: usize) -> bool {
        self.index.conflicts(i)
    }

    // --- changes -------------------------------------------------------------

    /// Esc: close what is on top; with nothing on top, clear the search,
    /// then the filters; then back to the library, if opened from one.
    /// Never quits.
    pub fn escape(&mut self) -> Effect {
        match self.pop() {
            Some(Mode::Export(_)) => self.message = Some("export cancelled".into()),
            // Esc while typing a query clears the search too.
            Some(Mode::Search(_)) => self.search = Search::default(),
            Some(Mode::Confirm(c)) => self.cancelled(c.purpose),
            Some(Mode::Help(_) | Mode::Matrix(_) | Mode::Picker(_) | Mode::Select(_)) => {}
            Some(Mode::Form(_)) => self.message = Some("nothing changed".into()),
            None if self.search.is_active() => self.search = Search::default(),
            None if self.party_filter.is_some() || self.topic_filter.is_some() => {
                self.party_filter = None;
                self.topic_filter = None;
                self.rebuild_panel();
            }
            None if self.can_go_back => return self.go_back(),
            None => self.message = Some("nothing to close; q quits".into()),
        }
        Effect::None
    }

    /// The document was edited: index it again and rebuild the panel.
    pub fn document_changed(&mut self) {
        self.index.rebuild(&self.doc);
        self.summaries.clear();
        self.summary_width = 0;
        self.rebuild_panel();
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

    fn cycle(current: Option<usize>, len: usize) -> Option<usize> {
        match current {
            None if len > 0 => Some(0),
            Some(i) if i + 1 < len => Some(i + 1),
            _ => None,
        }
    }

    /// The reader's own actions (nothing on top, or not taken by the
    /// matrix).
    fn update_reader(&mut self, action: Action) -> Effect {
        match action {
            Action::Suspend => return Effect::Suspend,
            Action::NextClaim
            | Action::PrevClaim
            | Action::FirstClaim
            | Action::LastClaim
            | Action::PanelPageDown
            | Action::PanelPageUp => self.panel_key(action),
            Action::NextInArticle => self.move_in_article(true),
            Action::PrevInArticle => self.move_in_article(false),
            Action::ToggleFocus => {
                self.focus = match self.focus {
                    Focus::Panel => Focus::Article,
                    Focus::Article => Focus::Panel,
                }
            }
            Action::ScrollDown
            | Action::ScrollUp
            | Action::PageDown
            | Action::PageUp
            | Action::Top
            | Action::Bottom => self.article_key(action),
            Action::SearchStart => self.push(Mode::Search(Prompt::default())),
            Action::SearchNext => self.step_match(true),
            Action::SearchPrev => self.step_match(false),
            Action::ToggleMatrix => self.open_matrix(),
            Action::CycleTopic => {
                self.topic_filter = State::cycle(self.topic_filter, self.doc.topics.len());
                self.rebuild_panel();
            }
            Action::CycleParty => {
                self.party_filter = State::cycle(self.party_filter, self.doc.parties.len());
                self.rebuild_panel();
            }
            Action::ToggleTint => {
                self.tint = !self.tint;
                self.message = Some(if self.tint {
                    "party colours on: other quotes in their party's colour".into()
                } else {
                    "party colours off: only the selected quote is marked".into()
                });
            }
            Action::ToggleHelp => self.push(Mode::Help(Help::default())),
            Action::Export => self.open_dialog(),
            Action::Copy => return self.copy(),
            Action::Wheel { col, row, down } => self.wheel(col, row, down),
            Action::Click { col, row } => self.click(col, row),
            Action::Back if self.can_go_back => return self.go_back(),
            Action::Back => self.message = Some("no library to go back to".into()),
            Action::Accept
            | Action::Reject
            | Action::AcceptAll
            | Action::NextDraft
            | Action::EditClaim
            | Action::PickStance
            | Action::PickParty
            | Action::PickTopic
            | Action::SelectPassage
                if self.matrix().is_some() =>
            {
                self.message = Some("the matrix covers the claims: Esc closes it".into())
            }
            Action::Accept
            | Action::Reject
            | Action::AcceptAll
            | Action::NextDraft
            | Action::Undo
            | Action::Redo
            | Action::Save
            | Action::Reload => return self.update_curate(action),
            Action::EditClaim => self.open_form(),
            Action::PickStance => self.open_picker(form::FieldKind::Stance),
            Action::PickParty => self.open_picker(form::FieldKind::Party),
            Action::PickTopic => self.open_picker(form::FieldKind::Topic),
            Action::SelectPassage => self.start_selection(),
            Action::Drag { col, row } => self.drag(col, row),
            _ => {}
        }
        Effect::None
    }
}

/// The one place where state changes: Quit, Resize and Esc mean the same
/// everywhere; every other action goes to the mode on top (or the reader).
pub fn update(s: &mut State, action: Action) -> Effect {
    if !matches!(action, Action::Resize(..) | Action::Wheel { .. }) {
        s.message = None;
    }
    match action {
        Action::Quit => return s.quit(),
        Action::Resize(w, h) => {
            s.resize(w, h);
            return Effect::None;
        }
        Action::Escape => return s.escape(),
        _ => {}
    }
    match s.context() {
        Context::Help => s.update_help(action),
        Context::Search => s.update_prompt(action),
        Context::Export => return s.update_export(action),
        Context::Confirm => return s.update_confirm(action),
        Context::Matrix => return s.update_matrix(action),
        Context::Form => return s.update_form(action),
        Context::Picker => return s.update_picker(action),
        Context::Select => return s.update_select(action),
        Context::Global | Context::Panel | Context::Article => return s.update_reader(action),
        // The library's own screens (app::library); never the reader's.
        Context::Library | Context::Timeline | Context::LibraryMatrix | Context::LibrarySearch => {}
    }
    Effect::None
}

#[cfg(test)]
mod tests;
