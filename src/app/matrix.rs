//! The party x topic matrix: its cursor, its rows and scrolling. The rows
//! are laid out here (the view draws them), so that moving the cursor can
//! keep it on screen and the conflicts list and key hint below the grid are
//! reachable by scrolling at any size.
//!
//! Two forms: a grid of parties (rows) by topics (columns) when every
//! column gets at least [`MIN_CELL`] columns, otherwise a list (each party,
//! then one row per topic). Columns share the width; names are cut with an
//! ellipsis by the view, never run into a cell.

use unicode_width::UnicodeWidthStr;

use super::{Focus, MatrixView, Mode, State};
use crate::action::{Action, Effect};

/// The narrowest grid column ("CONDITIONAL" or "!AGAINST ×2" and a space).
pub const MIN_CELL: usize = 12;
/// Columns between a name and what follows it.
pub const GAP: usize = 2;

/// How the matrix is laid out for a width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MatrixForm {
    /// Party names in the first `name` columns (gap included), then one
    /// column per topic of the given widths (a space at the end of each).
    Grid { name: usize, cells: Vec<usize> },
    /// Topic labels in `label` columns (gap included) after an indent.
    List { label: usize },
}

/// One row of the matrix area.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatrixRow {
    /// The grid's topic labels.
    Header,
    /// Line `line` of a party: in the grid, the party's cells (each stance
    /// a line); in the list, its name.
    Party {
        party: usize,
        line: usize,
    },
    /// In the list: a party's stances on one topic.
    Topic {
        party: usize,
        topic: usize,
    },
    Blank,
    ConflictHeading,
    /// Conflict `n` of [`crate::stance::StanceIndex::conflict_targets`].
    Conflict(usize),
    /// How to move, filter, scroll and close.
    Hint,
}

/// The matrix's rows for a width: the grid (or list) part, then the
/// conflicts (counted, not listed: there may be thousands), then the hint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatrixLayout {
    pub form: MatrixForm,
    pub grid: Vec<MatrixRow>,
    pub conflicts: usize,
}

impl MatrixLayout {
    /// Rows in all.
    pub fn len(&self) -> usize {
        let conflicts = if self.conflicts > 0 {
            1 + self.conflicts
        } else {
            0
        };
        self.grid.len() + conflicts + 2
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Row `i` (the hint past the end).
    pub fn row(&self, i: usize) -> MatrixRow {
        if let Some(r) = self.grid.get(i) {
            return *r;
        }
        let mut k = i - self.grid.len();
        if self.conflicts > 0 {
            if k == 0 {
                return MatrixRow::ConflictHeading;
            }
            if k <= self.conflicts {
                return MatrixRow::Conflict(k - 1);
            }
            k -= 1 + self.conflicts;
        }
        if k == 0 {
            MatrixRow::Blank
        } else {
            MatrixRow::Hint
        }
    }

    /// The rows that show cell (party, topic).
    pub fn cursor_rows(&self, party: usize, topic: usize) -> (usize, usize) {
        let rows = self.grid.iter().enumerate().filter(|(_, r)| match r {
            MatrixRow::Party { party: p, .. } => {
                *p == party && matches!(self.form, MatrixForm::Grid { .. })
            }
            MatrixRow::Topic { party: p, topic: t } => (*p, *t) == (party, topic),
            _ => false,
        });
        let mut first = None;
        let mut last = 0;
        for (i, _) in rows {
            first.get_or_insert(i);
            last = i;
        }
        (first.unwrap_or(0), last)
    }
}

impl State {
    /// The matrix's rows for the width it is drawn at.
    pub fn matrix_layout(&self) -> MatrixLayout {
        let w = self.screen.matrix_inner().width as usize;
        let doc = &self.doc;
        let (np, nt) = (doc.parties.len(), doc.topics.len());
        let longest = doc
            .parties
            .iter()
            .map(|p| p.name.width())
            .max()
            .unwrap_or(0);
        let name = longest.clamp(4, (w / 4).max(8)) + GAP;
        let mut grid = Vec::new();
        let form = if nt > 0 && name + nt * MIN_CELL <= w {
            let (base, extra) = ((w - name) / nt, (w - name) % nt);
            let cells = (0..nt).map(|i| base + usize::from(i < extra)).collect();
            grid.push(MatrixRow::Header);
            for p in 0..np {
                let lines = (0..nt)
                    .map(|t| self.index.cell_stances(p, t).len())
                    .max()
                    .unwrap_or(0)
                    .max(1);
                grid.extend((0..lines).map(|line| MatrixRow::Party { party: p, line }));
                grid.push(MatrixRow::Blank);
            }
            MatrixForm::Grid { name, cells }
        } else {
            let longest = doc
                .topics
                .iter()
                .map(|t| t.label.width())
                .max()
                .unwrap_or(0);
            let label = longest.clamp(4, 20).min(w / 2) + GAP;
            for p in 0..np {
                grid.push(MatrixRow::Party { party: p, line: 0 });
                grid.extend((0..nt).map(|topic| MatrixRow::Topic { party: p, topic }));
            }
            grid.push(MatrixRow::Blank);
            MatrixForm::List { label }
        };
        MatrixLayout {
            form,
            grid,
            conflicts: self.index.conflict_targets().len(),
        }
    }

    /// The first matrix row shown: the view's scroll, kept in range.
    pub fn matrix_top(&self, layout: &MatrixLayout) -> usize {
        let h = self.screen.matrix_inner().height as usize;
        let max = layout.len().saturating_sub(h.max(1));
        self.matrix().map_or(0, |m| m.scroll.min(max))
    }

    /// `m`: the matrix, its cursor on the selected claim's cell.
    pub(super) fn open_matrix(&mut self) {
        let (party, topic) = self
            .selected
            .and_then(|c| self.doc.claims.get(c))
            .map_or((0, 0), |c| (c.party, c.topic));
        self.push(Mode::Matrix(MatrixView {
            party,
            topic,
            scroll: 0,
        }));
        self.matrix_reveal();
    }

    fn matrix_mut(&mut self) -> Option<&mut MatrixView> {
        match self.modes.last_mut() {
            Some(Mode::Matrix(v)) => Some(v),
            _ => None,
        }
    }

    /// Scroll so that the cursor's cell is on screen.
    fn matrix_reveal(&mut self) {
        let layout = self.matrix_layout();
        let h = (self.screen.matrix_inner().height as usize).max(1);
        let top = self.matrix_top(&layout);
        let Some(v) = self.matrix() else { return };
        let (first, last) = layout.cursor_rows(v.party, v.topic);
        // The header stays in view while the first party is chosen.
        let first = if first <= 1 { 0 } else { first };
        let top = if first < top {
            first
        } else if last >= top + h {
            (last + 1 - h).min(first)
        } else {
            top
        };
        if let Some(v) = self.matrix_mut() {
            v.scroll = top;
        }
    }

    fn matrix_scroll(&mut self, n: usize, down: bool) {
        let layout = self.matrix_layout();
        let top = self.matrix_top(&layout);
        let h = (self.screen.matrix_inner().height as usize).max(1);
        let max = layout.len().saturating_sub(h);
        if let Some(v) = self.matrix_mut() {
            v.scroll = if down {
                (top + n).min(max)
            } else {
                top.saturating_sub(n)
            };
        }
    }

    /// Keys while the matrix is on top; the reader's global keys otherwise.
    pub(super) fn update_matrix(&mut self, action: Action) -> Effect {
        let (np, nt) = (self.doc.parties.len().max(1), self.doc.topics.len().max(1));
        let page = (self.screen.matrix_inner().height as usize)
            .saturating_sub(1)
            .max(1);
        let Some(v) = self.matrix_mut() else {
            return Effect::None;
        };
        match action {
            Action::MatrixLeft => v.topic = v.topic.saturating_sub(1),
            Action::MatrixRight => v.topic = (v.topic + 1).min(nt - 1),
            Action::MatrixUp => v.party = v.party.saturating_sub(1),
            Action::MatrixDown => v.party = (v.party + 1).min(np - 1),
            Action::PageDown | Action::ScrollDown => return self.scrolled(page, true),
            Action::PageUp | Action::ScrollUp => return self.scrolled(page, false),
            Action::Wheel { down, .. } => return self.scrolled(3, down),
            Action::Click { .. } => return Effect::None,
            Action::MatrixChoose => {
                let (p, t) = (v.party, v.topic);
                self.pop();
                self.party_filter = Some(p).filter(|&p| p < self.doc.parties.len());
                self.topic_filter = Some(t).filter(|&t| t < self.doc.topics.len());
                self.focus = Focus::Panel;
                self.rebuild_panel();
                return Effect::None;
            }
            Action::ToggleMatrix => {
                self.pop();
                return Effect::None;
            }
            other => return self.update_reader(other),
        }
        self.matrix_reveal();
        Effect::None
    }

    fn scrolled(&mut self, n: usize, down: bool) -> Effect {
        self.matrix_scroll(n, down);
        Effect::None
    }
}
