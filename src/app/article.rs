//! The article pane: what is on screen, scrolling, the percentage, moving
//! between claims in article order, and the mouse over the panes.

use super::State;
use crate::action::Action;
use crate::layout::Pos;
use crate::model::Span;

impl State {
    pub fn article_height(&self) -> usize {
        self.screen.article_inner().height as usize
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

    /// How far the article is scrolled, in percent: 0 at the top, 100 at the
    /// end, in proportion between (by the text above the screen, over the
    /// text above the last screen). An article that fits is at 100.
    pub fn scroll_percent(&self) -> usize {
        let a = &self.doc.article;
        let here = self.layout.offset_of(a, self.top);
        let last = self.layout.offset_of(a, self.max_top());
        if last == 0 || here >= last {
            return 100;
        }
        here * 100 / last
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
    pub(super) fn max_top(&self) -> Pos {
        let a = &self.doc.article;
        let end = self.layout.end(a);
        self.layout
            .backward(a, end, self.article_height().max(1) - 1)
    }

    pub(super) fn clamp_top(&mut self) {
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

    /// The scrolling keys of the article pane.
    pub(super) fn article_key(&mut self, action: Action) {
        let page = self.article_height().saturating_sub(1).max(1);
        match action {
            Action::ScrollDown => self.scroll_by(1, true),
            Action::ScrollUp => self.scroll_by(1, false),
            Action::PageDown => self.scroll_by(page, true),
            Action::PageUp => self.scroll_by(page, false),
            Action::Top => self.top = Pos::default(),
            Action::Bottom => self.top = self.max_top(),
            _ => {}
        }
    }

    /// `]` / `[`: the next or previous claim in article order (among those
    /// the filters show).
    pub(super) fn move_in_article(&mut self, forward: bool) {
        let order: Vec<usize> = self
            .index
            .article_order()
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
                let starts = |c: &usize| self.doc.claims[*c].span.start;
                if forward {
                    order.iter().copied().find(|c| starts(c) >= top)
                } else {
                    order.iter().rev().copied().find(|c| starts(c) < top)
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

    /// The wheel scrolls the pane under the pointer.
    pub(super) fn wheel(&mut self, col: u16, row: u16, down: bool) {
        let at = ratatui::layout::Position::new(col, row);
        if self.screen.article.contains(at) {
            self.scroll_by(3, down);
        } else if self.screen.panel.contains(at) {
            self.panel_scroll(3, down);
        }
    }

    /// The article offset under a screen cell of the article's text, if
    /// the article reaches that far.
    pub(super) fn article_offset_at(&self, col: u16, row: u16) -> Option<usize> {
        let ai = self.screen.article_inner();
        if !ai.contains(ratatui::layout::Position::new(col, row)) {
            return None;
        }
        let a = &self.doc.article;
        let dy = usize::from(row - ai.y);
        let &(pos, _) = self.layout.window(a, self.top, dy + 1).get(dy)?;
        self.layout.offset_at(a, pos, usize::from(col - ai.x))
    }

    /// A click selects the claim under the pointer: a panel row, or the
    /// narrowest shown quote in the article.
    pub(super) fn click(&mut self, col: u16, row: u16) {
        let at = ratatui::layout::Position::new(col, row);
        let pi = self.screen.panel_inner();
        let ai = self.screen.article_inner();
        if pi.contains(at) {
            self.click_panel(usize::from(row - pi.y));
        } else if ai.contains(at) {
            let Some(off) = self.article_offset_at(col, row) else {
                return;
            };
            let hit = self
                .doc
                .claims
                .iter()
                .enumerate()
                .filter(|(i, c)| c.span.start <= off && off < c.span.end && self.claim_passes(*i))
                .min_by_key(|(_, c)| c.span.len())
                .map(|(i, _)| i);
            if let Some(c) = hit {
                self.select(c);
            }
        }
    }
}
