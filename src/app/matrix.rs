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

/// The narrowest a grid column is cut to ("CONDITIONAL" or "!AGAINST ×2"
/// and a space).
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
    /// Conflict `n` of [`crate::stance::StanceIndex::conflict_targets`]:
    /// its target (line 0), then who stands where (line 1).
    Conflict {
        n: usize,
        line: usize,
    },
    /// How to move, filter, scroll and close.
    Hint,
}

/// What the matrix area shows: the grid's topic labels on its first line
/// (`header`, once they are scrolled off), then `rows` rows from `first`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MatrixWindow {
    pub header: bool,
    pub first: usize,
    pub rows: usize,
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
        self.grid.len() + self.conflict_rows() + 2
    }

    /// The heading and two rows per conflict (none without conflicts).
    fn conflict_rows(&self) -> usize {
        if self.conflicts > 0 {
            1 + 2 * self.conflicts
        } else {
            0
        }
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
            if k < self.conflict_rows() {
                return MatrixRow::Conflict {
                    n: (k - 1) / 2,
                    line: (k - 1) % 2,
                };
            }
            k -= self.conflict_rows();
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

/// Column widths for the grid, or `None` when the topics do not fit even
/// cut to [`MIN_CELL`]: every column gets what it needs (`natural`) when the
/// room allows and the rest is shared out; otherwise the widest are cut to
/// an equal width.
fn column_widths(natural: &[usize], room: usize) -> Option<Vec<usize>> {
    let n = natural.len();
    let least: usize = natural.iter().map(|&w| w.min(MIN_CELL)).sum();
    if n == 0 || least > room {
        return None;
    }
    let sum: usize = natural.iter().sum();
    let mut widths = if sum <= room {
        let extra = (room - sum) / n;
        natural.iter().map(|w| w + extra).collect::<Vec<_>>()
    } else {
        // The largest cap that fits: columns narrower keep their width.
        let mut cap = room / n;
        loop {
            let (narrow, count) = natural
                .iter()
                .filter(|&&w| w <= cap)
                .fold((0, 0), |(s, c), w| (s + w, c + 1));
            let next = (room - narrow) / (n - count).max(1);
            if next <= cap || count == n {
                break;
            }
            cap = next;
        }
        natural.iter().map(|&w| w.min(cap)).collect()
    };
    // What is left over goes to the first columns, a column each.
    let left = room - widths.iter().sum::<usize>();
    for w in widths.iter_mut().take(left) {
        *w += 1;
    }
    Some(widths)
}

impl State {
    /// Line `line` of a matrix cell: one stance with its count and a `!`
    /// when in conflict (`!AGAINST ×2`); `—` for an empty cell.
    pub fn cell_text(&self, party: usize, topic: usize, line: usize) -> String {
        let stances = self.index.cell_stances(party, topic);
        if stances.is_empty() {
            return if line == 0 {
                "—".into()
            } else {
                String::new()
            };
        }
        let Some(st) = stances.get(line) else {
            return String::new();
        };
        let mark = if st.conflict { "!" } else { "" };
        if st.claims > 1 {
            format!("{mark}{} ×{}", st.stance.badge(), st.claims)
        } else {
            format!("{mark}{}", st.stance.badge())
        }
    }

    /// The width topic `t`'s column needs: its label or its widest cell,
    /// and a space.
    fn natural_width(&self, t: usize) -> usize {
        let label = self.doc.topics.get(t).map_or(0, |t| t.label.width());
        let cells = (0..self.doc.parties.len())
            .flat_map(|p| {
                let lines = self.index.cell_stances(p, t).len().max(1);
                (0..lines).map(move |k| (p, k))
            })
            .map(|(p, k)| self.cell_text(p, t, k).width())
            .max()
            .unwrap_or(0);
        label.max(cells) + 1
    }

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
        let natural: Vec<usize> = (0..nt).map(|t| self.natural_width(t)).collect();
        let mut grid = Vec::new();
        let form = match column_widths(&natural, w.saturating_sub(name)) {
            Some(cells) => {
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
            }
            None => {
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
            }
        };
        MatrixLayout {
            form,
            grid,
            conflicts: self.index.conflict_targets().len(),
        }
    }

    /// What the matrix shows from row `top`: the grid's topic labels stay on
    /// the first line once they are scrolled off (when there is room).
    fn matrix_sticky(&self, layout: &MatrixLayout, top: usize) -> bool {
        top > 0
            && matches!(layout.form, MatrixForm::Grid { .. })
            && self.screen.matrix_inner().height >= 3
    }

    /// The last first row: the end of the matrix at the bottom.
    fn matrix_max_top(&self, layout: &MatrixLayout) -> usize {
        let h = (self.screen.matrix_inner().height as usize).max(1);
        let t = layout.len().saturating_sub(h);
        if self.matrix_sticky(layout, t) {
            (t + 1).min(layout.len().saturating_sub(1))
        } else {
            t
        }
    }

    /// What the matrix shows now.
    pub fn matrix_window(&self, layout: &MatrixLayout) -> MatrixWindow {
        let h = (self.screen.matrix_inner().height as usize).max(1);
        let first = self
            .matrix()
            .map_or(0, |m| m.scroll.min(self.matrix_max_top(layout)));
        let header = self.matrix_sticky(layout, first);
        MatrixWindow {
            header,
            first,
            rows: (h - usize::from(header)).min(layout.len().saturating_sub(first)),
        }
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
        let win = self.matrix_window(&layout);
        let Some(v) = self.matrix() else { return };
        let (first, last) = layout.cursor_rows(v.party, v.topic);
        // The header stays in view while the first party is chosen.
        let first = if first <= 1 { 0 } else { first };
        let top = if first < win.first {
            first
        } else if last >= win.first + win.rows {
            let below = (last + 1).saturating_sub(h);
            let top = below + usize::from(self.matrix_sticky(&layout, below));
            top.min(first)
        } else {
            win.first
        };
        if let Some(v) = self.matrix_mut() {
            v.scroll = top;
        }
    }

    fn matrix_scroll(&mut self, n: usize, down: bool) {
        let layout = self.matrix_layout();
        let top = self.matrix_window(&layout).first;
        let max = self.matrix_max_top(&layout);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_get_what_they_need_then_share_the_rest() {
        // Room for all: each its need, the rest shared.
        assert_eq!(column_widths(&[9, 12, 20], 43), Some(vec![10, 13, 20]));
        assert_eq!(column_widths(&[9, 12, 20], 60), Some(vec![16, 18, 26]));
        // Too little: the widest are cut to the same width.
        assert_eq!(
            column_widths(&[12, 12, 40, 30], 70),
            Some(vec![12, 12, 23, 23])
        );
        // Not even the narrowest fits: the list form.
        assert_eq!(column_widths(&[12, 12, 12], 35), None);
        assert_eq!(column_widths(&[], 80), None);
        for room in 36..200 {
            let w = column_widths(&[5, 30, 80], room).unwrap_or_default();
            assert_eq!(w.iter().sum::<usize>(), room, "{room}: {w:?}");
            assert!(w
                .iter()
                .zip([5, 30, 80])
                .all(|(&c, n)| c >= n.min(MIN_CELL)));
        }
    }
}
