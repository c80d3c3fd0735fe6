//! The stance panel: its rows (parties, topics, claims), the selection, and
//! scrolling. The heading of the party at the top stays on screen (a sticky
//! heading) so the selected claim's party is always named, and the rows
//! after the last claim (parties with no stated position) stay reachable.

use textwrap::Options;

use super::State;
use crate::action::Action;

/// Columns before a claim's summary in the panel: gutter (2) and badge (12).
pub const PANEL_GUTTER: usize = 2;
pub const BADGE_WIDTH: usize = 12;

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
    /// What the claim's stance is toward (its target, and its condition).
    ClaimTarget {
        claim: usize,
    },
    /// The heading over the claims that did not load.
    ProblemHeading,
    /// Row `row` of a claim that did not load (`index` into
    /// [`State::problems`]): its line and id, then its problem wrapped.
    Problem {
        index: usize,
        row: usize,
    },
    NoPosition,
    Blank,
}

impl PanelLine {
    pub fn claim(&self) -> Option<usize> {
        match self {
            PanelLine::ClaimFirst { claim, .. }
            | PanelLine::ClaimMore { claim, .. }
            | PanelLine::ClaimSpeaker { claim }
            | PanelLine::ClaimTarget { claim } => Some(*claim),
            _ => None,
        }
    }
}

/// What the panel shows: a sticky party heading on the first row (when the
/// party's own heading is scrolled off), then `rows` rows from `first`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PanelWindow {
    pub heading: Option<usize>,
    pub first: usize,
    pub rows: usize,
}

impl PanelWindow {
    /// The panel row drawn on screen row `y` of the panel, if any.
    pub fn line_at(&self, y: usize) -> Option<usize> {
        let skip = usize::from(self.heading.is_some());
        let r = y.checked_sub(skip)?;
        (r < self.rows).then_some(self.first + r)
    }
}

/// A problem's message wrapped for a panel `width` wide (indented 4).
pub fn problem_rows(message: &str, width: usize) -> Vec<String> {
    textwrap::wrap(message, Options::new(width.saturating_sub(5).max(8)))
        .into_iter()
        .map(|r| r.into_owned())
        .collect()
}

impl State {
    /// Claims shown in the panel, in panel order.
    pub fn visible_claims(&self) -> &[usize] {
        &self.visible
    }

    /// Where claim `c` is in [`State::visible_claims`], if it is shown.
    fn visible_index(&self, c: usize) -> Option<usize> {
        self.visible_at
            .get(c)
            .filter(|&&i| i != u32::MAX)
            .map(|&i| i as usize)
    }

    /// The visible claims and each row's party, from the rows.
    fn index_rows(&mut self) {
        self.visible.clear();
        self.visible_at.clear();
        self.visible_at.resize(self.doc.claims.len(), u32::MAX);
        self.row_party.clear();
        self.claim_row.clear();
        let mut party = u32::MAX;
        for (row, l) in self.panel.iter().enumerate() {
            match l {
                PanelLine::Party(p) => party = *p as u32,
                PanelLine::ClaimFirst { claim } => {
                    if let Some(at) = self.visible_at.get_mut(*claim) {
                        *at = self.visible.len() as u32;
                    }
                    self.visible.push(*claim);
                    self.claim_row.push(row as u32);
                }
                _ => {}
            }
            self.row_party.push(party);
        }
    }

    pub(super) fn claim_passes(&self, c: usize) -> bool {
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
        let i = self.visible_index(self.selected?)?;
        Some((i + 1, self.visible.len()))
    }

    pub fn panel_height(&self) -> usize {
        self.screen.panel_inner().height as usize
    }

    /// How many claims of party `p` the panel lists (under the topic
    /// filter, if any).
    pub fn party_count(&self, p: usize) -> usize {
        match self.topic_filter {
            Some(t) => self.index.cell(p, t).len(),
            None => self.index.party_claims(p),
        }
    }

    /// The party whose heading sticks to the top when the panel starts at
    /// row `top` (none at a party heading or the blank row before one, or
    /// when the panel is too short to spare a row).
    fn sticky_party(&self, top: usize) -> Option<usize> {
        if top == 0 || self.panel_height() < 3 {
            return None;
        }
        match self.panel.get(top)? {
            PanelLine::Party(_) | PanelLine::Blank => None,
            _ => self
                .row_party
                .get(top)
                .filter(|&&p| p != u32::MAX)
                .map(|&p| p as usize),
        }
    }

    /// Rows of content the panel shows from `top` (one less under a sticky
    /// heading).
    fn panel_capacity(&self, top: usize) -> usize {
        let h = self.panel_height().max(1);
        h - usize::from(self.sticky_party(top).is_some())
    }

    /// What the panel shows now.
    pub fn panel_window(&self) -> PanelWindow {
        let first = self.panel_top.min(self.panel.len());
        let rows = self
            .panel_capacity(first)
            .min(self.panel.len().saturating_sub(first));
        PanelWindow {
            heading: self.sticky_party(first),
            first,
            rows,
        }
    }

    /// The last top row: the end of the panel at the bottom.
    fn max_panel_top(&self) -> usize {
        let h = self.panel_height().max(1);
        let t = self.panel.len().saturating_sub(h);
        if self.sticky_party(t).is_some() {
            (t + 1).min(self.panel.len().saturating_sub(1))
        } else {
            t
        }
    }

    /// Rebuild the panel rows for the filters and the panel width.
    pub fn rebuild_panel(&mut self) {
        let width = self.screen.panel_inner().width as usize;
        // One column of margin on the right.
        let text_w = width.saturating_sub(PANEL_GUTTER + BADGE_WIDTH + 1).max(8);
        if text_w != self.summary_width {
            // Summaries are wrapped once per width and kept.
            self.summary_width = text_w;
            self.summaries.clear();
        }
        let parties: Vec<usize> = match self.party_filter {
            Some(p) => vec![p],
            None => (0..self.doc.parties.len()).collect(),
        };
        let topics: Vec<usize> = match self.topic_filter {
            Some(t) => vec![t],
            None => (0..self.doc.topics.len()).collect(),
        };
        let mut lines = Vec::new();
        // Claims that did not load come first, to be fixed.
        if !self.problems().is_empty() {
            lines.push(PanelLine::ProblemHeading);
            for (index, p) in self.problems().iter().enumerate() {
                let rows = 1 + problem_rows(p.message(), width).len();
                lines.extend((0..rows).map(|row| PanelLine::Problem { index, row }));
            }
        }
        for &p in &parties {
            if !lines.is_empty() {
                lines.push(PanelLine::Blank);
            }
            lines.push(PanelLine::Party(p));
            for &t in &topics {
                lines.push(PanelLine::Topic(t));
                let cell = self.index.cell(p, t);
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
                    lines.extend((1..rows).map(|row| PanelLine::ClaimMore { claim: i, row }));
                    lines.push(PanelLine::ClaimTarget { claim: i });
                    lines.push(PanelLine::ClaimSpeaker { claim: i });
                }
                if cell.is_empty() {
                    lines.push(PanelLine::NoPosition);
                }
            }
        }
        self.panel = lines;
        self.index_rows();
        self.panel_top = self.panel_top.min(self.panel.len().saturating_sub(1));
        // Keep a selection that is still shown; otherwise pick the first.
        match self.selected {
            Some(c) if self.visible_index(c).is_some() => self.panel_reveal(c),
            _ => {
                self.selected = None;
                self.panel_top = 0;
                if let Some(&c) = self.visible.first() {
                    self.select(c);
                }
            }
        }
    }

    /// Select a claim: scroll the article to its quote and the panel to it.
    pub fn select(&mut self, c: usize) {
        let Some(span) = self.doc.claims.get(c).map(|cl| cl.span) else {
            return;
        };
        self.selected = Some(c);
        self.reveal(span);
        self.panel_reveal(c);
    }

    /// The panel rows of claim `c`: from its headings (the topic heading
    /// when it is the topic's first claim, and the party heading above
    /// that) to its last row.
    fn claim_rows(&self, c: usize) -> Option<(usize, usize)> {
        // A claim's rows follow one another from its first row.
        let first = self
            .visible_index(c)
            .and_then(|i| self.claim_row.get(i).copied())? as usize;
        let rows = self.panel[first..]
            .iter()
            .take_while(|l| l.claim() == Some(c))
            .count();
        let last = first + rows.max(1) - 1;
        let mut want = first;
        if let Some(PanelLine::Topic(_)) = want.checked_sub(1).and_then(|i| self.panel.get(i)) {
            want -= 1;
            if let Some(PanelLine::Party(_)) = want.checked_sub(1).and_then(|i| self.panel.get(i)) {
                want -= 1;
            }
        }
        Some((want, last))
    }

    /// Scroll the panel so that claim `c` is on screen.
    pub(super) fn panel_reveal(&mut self, c: usize) {
        let Some((want, last)) = self.claim_rows(c) else {
            return;
        };
        if want < self.panel_top {
            self.panel_top = want;
        } else if last >= self.panel_top + self.panel_capacity(self.panel_top) {
            let h = self.panel_height().max(1);
            let mut top = (last + 1).saturating_sub(h);
            if last >= top + self.panel_capacity(top) {
                top += 1;
            }
            // "no stated position" means nothing without its topic above.
            while top < want && self.panel.get(top) == Some(&PanelLine::NoPosition) {
                top += 1;
            }
            self.panel_top = top.min(want);
        }
    }

    pub(super) fn panel_scroll(&mut self, n: usize, down: bool) {
        self.panel_top = if down {
            (self.panel_top + n).min(self.max_panel_top())
        } else {
            self.panel_top.saturating_sub(n)
        };
    }

    /// j/k, g/G and the page keys of the panel.
    pub(super) fn panel_key(&mut self, action: Action) {
        let page = self.panel_height().max(2) - 1;
        match action {
            Action::NextClaim if self.at_last_claim() => self.panel_scroll(1, true),
            Action::NextClaim => self.move_in_list(1),
            Action::PrevClaim => self.move_in_list(-1),
            Action::FirstClaim => self.move_in_list(isize::MIN / 2),
            Action::LastClaim => {
                self.move_in_list(isize::MAX / 2);
                // As far down as the claim allows: what follows it shows.
                if let Some((want, _)) = self.selected.and_then(|c| self.claim_rows(c)) {
                    self.panel_top = self.panel_top.max(want.min(self.max_panel_top()));
                }
            }
            Action::PanelPageDown if self.at_last_claim() => self.panel_scroll(page, true),
            Action::PanelPageDown => self.page_in_list(true),
            Action::PanelPageUp => self.page_in_list(false),
            _ => {}
        }
    }

    /// Whether the selection is the last claim of the panel (further down,
    /// the keys scroll the rows that follow it).
    fn at_last_claim(&self) -> bool {
        self.selected.is_some() && self.visible.last().copied() == self.selected
    }

    fn move_in_list(&mut self, delta: isize) {
        let n = self.visible.len();
        if n == 0 {
            return;
        }
        let i = self
            .selected
            .and_then(|s| self.visible_index(s))
            .map_or(0, |i| {
                (i as isize + delta).clamp(0, n as isize - 1) as usize
            });
        if let Some(&c) = self.visible.get(i) {
            self.select(c);
        }
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

    /// A click on row `y` of the panel's text area.
    pub(super) fn click_panel(&mut self, y: usize) {
        let line = self.panel_window().line_at(y);
        if let Some(c) = line
            .and_then(|i| self.panel.get(i))
            .and_then(PanelLine::claim)
        {
            self.focus = super::Focus::Panel;
            self.select(c);
        }
    }
}
