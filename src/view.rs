//! Views: pure functions of the state to widgets drawn into a frame.
//!
//! Nothing here depends on colour alone: the selected quote is reversed and
//! bold, stances are words, conflicts carry a `!`, the focused pane has a
//! thick border. With [`Theme::mono`] every colour stays `Color::Reset`.

use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph, Wrap};
use ratatui::Frame;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::app::{Focus, PanelLine, State, BADGE_WIDTH};
use crate::keys::{self, Context};
use crate::layout::inner;
use crate::model::{Stance, Status};

/// Clear the area an overlay will cover. A wide character just left of it
/// whose second half lies under the overlay is blanked too: otherwise the
/// terminal would draw it over the overlay's left border (ratatui skips the
/// cell after a wide symbol).
pub fn clear_overlay(f: &mut Frame, r: Rect) {
    use unicode_width::UnicodeWidthStr;
    f.render_widget(Clear, r);
    if r.x == 0 {
        return;
    }
    let buf = f.buffer_mut();
    for y in r.top()..r.bottom() {
        if let Some(cell) = buf.cell_mut((r.x - 1, y)) {
            if cell.symbol().width() > 1 {
                cell.set_symbol(" ");
            }
        }
    }
}

/// Colours, or none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub mono: bool,
}

impl Theme {
    pub const COLOR: Theme = Theme { mono: false };
    pub const MONO: Theme = Theme { mono: true };

    /// Monochrome when `NO_COLOR` is set to anything but the empty string.
    pub fn from_env() -> Theme {
        Theme {
            mono: std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
        }
    }

    fn fg(&self, c: Color) -> Style {
        if self.mono {
            Style::default()
        } else {
            Style::default().fg(c)
        }
    }

    /// The selected claim's quote: reverse video and bold, in any theme.
    pub fn selected_quote(&self) -> Style {
        Style::default().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    /// Another claim's quote: its party colour, or underlined without colour.
    pub fn other_quote(&self, color: Option<&str>) -> Style {
        match color.and_then(parse_color) {
            Some(c) if !self.mono => Style::default().fg(c),
            _ => Style::default().add_modifier(Modifier::UNDERLINED),
        }
    }

    pub fn search_match(&self, current: bool) -> Style {
        let base = if self.mono {
            Style::default().add_modifier(Modifier::UNDERLINED | Modifier::ITALIC)
        } else {
            Style::default().bg(Color::Yellow).fg(Color::Black)
        };
        if current {
            base.add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
        } else {
            base
        }
    }

    pub fn badge(&self, s: Stance) -> Style {
        let c = match s {
            Stance::Favor => Color::Green,
            Stance::Against => Color::Red,
            Stance::Conditional => Color::Yellow,
            Stance::Neutral => Color::Gray,
            Stance::Unclear => Color::Magenta,
        };
        self.fg(c).add_modifier(Modifier::BOLD)
    }

    pub fn party(&self, color: Option<&str>) -> Style {
        let s = Style::default().add_modifier(Modifier::BOLD);
        match color.and_then(parse_color) {
            Some(c) if !self.mono => s.fg(c),
            _ => s,
        }
    }

    fn dim(&self) -> Style {
        if self.mono {
            Style::default()
        } else {
            Style::default().add_modifier(Modifier::DIM)
        }
    }

    fn bar(&self) -> Style {
        Style::default().add_modifier(Modifier::REVERSED)
    }
}

/// A party colour as written in the annotation: a name ("blue",
/// "light-red") or `#rrggbb`.
pub fn parse_color(s: &str) -> Option<Color> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    s.parse::<Color>().ok()
}

/// Truncate to `width` display columns (never splitting a grapheme) and pad
/// with spaces to exactly that width.
pub fn fit(s: &str, width: usize) -> String {
    let mut out = String::new();
    let mut w = 0;
    for g in s.graphemes(true) {
        let gw = g.width();
        if w + gw > width {
            break;
        }
        out.push_str(g);
        w += gw;
    }
    out.extend(std::iter::repeat_n(' ', width - w));
    out
}

fn usable(r: Rect) -> bool {
    r.width >= 2 && r.height >= 1
}

/// Draw the whole screen.
pub fn draw(f: &mut Frame, s: &State, theme: &Theme) {
    let area = f.area();
    let sc = s.screen;
    if sc.too_small {
        draw_too_small(f, area);
        return;
    }
    // The state's screen should match the frame; clip in case it does not.
    let clip = |r: Rect| r.intersection(area);
    draw_header(f, s, theme, clip(sc.header));
    if s.matrix.is_some() {
        // The matrix takes the whole body.
        draw_matrix(f, s, theme, clip(sc.article.union(sc.panel)));
    } else {
        draw_article(f, s, theme, clip(sc.article));
        draw_panel(f, s, theme, clip(sc.panel));
    }
    draw_status(f, s, theme, clip(sc.status));
    if s.help {
        draw_help(f, s, theme, area);
    }
    if s.dialog.is_some() {
        draw_dialog(f, s, theme, area);
    }
}

fn draw_too_small(f: &mut Frame, area: Rect) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let msg = format!(
        "terminal too small: need {}x{}",
        crate::layout::MIN_WIDTH,
        crate::layout::MIN_HEIGHT
    );
    f.render_widget(Paragraph::new(msg).wrap(Wrap { trim: true }), area);
}

fn draw_header(f: &mut Frame, s: &State, theme: &Theme, r: Rect) {
    if !usable(r) {
        return;
    }
    let doc = &s.doc;
    let mut title = vec![Span::styled(
        doc.title.clone(),
        Style::default().add_modifier(Modifier::BOLD),
    )];
    if doc.draft {
        title.insert(
            0,
            Span::styled(
                " DRAFT ",
                Style::default().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            ),
        );
        title.insert(1, Span::raw(" "));
    }
    let mut meta: Vec<String> = Some(doc.date.clone())
        .filter(|d| !d.is_empty())
        .into_iter()
        .collect();
    if let Some(src) = &doc.source {
        meta.extend(src.outlet.clone());
        meta.extend(src.url.clone());
    }
    if doc.source.is_none() {
        meta.push("source not named".into());
    }
    let n = doc.claims.len();
    let with = doc
        .parties
        .iter()
        .enumerate()
        .filter(|(i, _)| doc.claims.iter().any(|c| c.party == *i))
        .count();
    meta.push(format!(
        "{n} claim{} from {with} of {} parties",
        if n == 1 { "" } else { "s" },
        doc.parties.len()
    ));
    let meta = meta.join(" · ");
    let lines = if r.height >= 2 {
        vec![Line::from(title), Line::styled(meta, theme.dim())]
    } else {
        title.push(Span::styled(format!(" · {meta}"), theme.dim()));
        vec![Line::from(title)]
    };
    f.render_widget(Paragraph::new(lines), r);
}

fn pane_block<'a>(title: Line<'a>, focused: bool) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Plain
        })
        .title(title)
}

fn draw_article(f: &mut Frame, s: &State, theme: &Theme, r: Rect) {
    if !usable(r) || r.height < 2 {
        return;
    }
    let focused = s.focus == Focus::Article && s.matrix.is_none();
    let title = Line::from(vec![
        Span::styled(
            " Article ",
            if focused {
                Style::default().add_modifier(Modifier::BOLD)
            } else {
                Style::default()
            },
        ),
        Span::raw(format!("{}% ", s.scroll_percent())),
    ]);
    f.render_widget(pane_block(title, focused), r);
    let ir = crate::layout::article_text_area(r);
    if !usable(ir) {
        return;
    }
    for (i, line) in article_lines(s, theme, ir.height as usize)
        .into_iter()
        .enumerate()
    {
        let row = Rect::new(ir.x, ir.y + i as u16, ir.width, 1);
        f.render_widget(line, row);
    }
}

/// The visible article rows as styled lines (exposed for tests).
pub fn article_lines(s: &State, theme: &Theme, height: usize) -> Vec<Line<'static>> {
    let a = &s.doc.article;
    let text = a.text();
    let window = s.layout.window(a, s.top, height);
    let (vs, ve) = match (window.first(), window.last()) {
        (Some(f), Some(l)) => (f.1.start, l.1.end),
        _ => return Vec::new(),
    };
    let selected = s.selected.and_then(|c| s.doc.claims.get(c)).map(|c| c.span);
    // Other quotes on screen, with their style.
    let others: Vec<(usize, usize, Style)> = if s.tint {
        s.doc
            .claims
            .iter()
            .filter(|c| c.span.start < ve && c.span.end > vs)
            .map(|c| {
                let color = s.doc.parties.get(c.party).and_then(|p| p.color.as_deref());
                (c.span.start, c.span.end, theme.other_quote(color))
            })
            .collect()
    } else {
        Vec::new()
    };
    let m = &s.search.matches;
    let first_match = m.partition_point(|sp| sp.end <= vs);
    let matches: Vec<(usize, usize, bool)> = m[first_match..]
        .iter()
        .enumerate()
        .take_while(|(_, sp)| sp.start < ve)
        .map(|(i, sp)| (sp.start, sp.end, s.search.current == Some(first_match + i)))
        .collect();
    let style_at = |off: usize| -> Style {
        let mut st = if selected.is_some_and(|sp| sp.start <= off && off < sp.end) {
            theme.selected_quote()
        } else if let Some(&(_, _, st)) = others.iter().find(|(a, b, _)| *a <= off && off < *b) {
            st
        } else {
            Style::default()
        };
        if let Some(&(_, _, cur)) = matches.iter().find(|(a, b, _)| *a <= off && off < *b) {
            st = st.patch(theme.search_match(cur));
        }
        st
    };
    window
        .into_iter()
        .map(|(_, row)| {
            let t = text.get(row.start..row.end).unwrap_or("");
            let mut spans: Vec<Span<'static>> = Vec::new();
            let mut cur = String::new();
            let mut cur_style = Style::default();
            for (i, g) in t.grapheme_indices(true) {
                let st = style_at(row.start + i);
                if st != cur_style && !cur.is_empty() {
                    spans.push(Span::styled(std::mem::take(&mut cur), cur_style));
                }
                cur_style = st;
                cur.push_str(g);
            }
            if !cur.is_empty() {
                spans.push(Span::styled(cur, cur_style));
            }
            Line::from(spans)
        })
        .collect()
}

fn filter_title(s: &State) -> String {
    let mut parts = Vec::new();
    if let Some(p) = s.party_filter.and_then(|p| s.doc.parties.get(p)) {
        parts.push(format!("party: {}", p.name));
    }
    if let Some(t) = s.topic_filter.and_then(|t| s.doc.topics.get(t)) {
        parts.push(format!("topic: {}", t.label));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("· {} ", parts.join(" · "))
    }
}

fn draw_panel(f: &mut Frame, s: &State, theme: &Theme, r: Rect) {
    if !usable(r) || r.height < 2 {
        return;
    }
    let focused = s.focus == Focus::Panel;
    let title = Line::from(vec![
        Span::styled(
            " Stances ",
            if focused {
                Style::default().add_modifier(Modifier::BOLD)
            } else {
                Style::default()
            },
        ),
        Span::raw(filter_title(s)),
    ]);
    f.render_widget(pane_block(title, focused), r);
    let ir = inner(r);
    if !usable(ir) {
        return;
    }
    let (vs, ve) = s.visible_bytes();
    for (i, line) in s
        .panel
        .iter()
        .skip(s.panel_top)
        .take(ir.height as usize)
        .enumerate()
    {
        let row = Rect::new(ir.x, ir.y + i as u16, ir.width, 1);
        f.render_widget(panel_line(s, theme, line, (vs, ve), ir.width as usize), row);
    }
}

fn panel_line(
    s: &State,
    theme: &Theme,
    line: &PanelLine,
    (vs, ve): (usize, usize),
    width: usize,
) -> Line<'static> {
    let doc = &s.doc;
    // Marks on the first row of a claim only: selected, and quote in view.
    let first_row = matches!(line, PanelLine::ClaimFirst { .. });
    let gutter = |c: usize| {
        if !first_row {
            return "  ".to_string();
        }
        let sel = if s.selected == Some(c) { '▶' } else { ' ' };
        let in_view = doc
            .claims
            .get(c)
            .is_some_and(|cl| cl.span.start < ve && cl.span.end.max(cl.span.start + 1) > vs);
        format!("{sel}{}", if in_view { '•' } else { ' ' })
    };
    let indent = " ".repeat(BADGE_WIDTH);
    let mut l = match line {
        PanelLine::Party(p) => {
            let party = doc.parties.get(*p);
            // Claims shown under the topic filter, if any.
            let n = doc
                .claims
                .iter()
                .filter(|c| c.party == *p && s.topic_filter.is_none_or(|t| c.topic == t))
                .count();
            Line::from(vec![
                Span::styled(
                    party.map_or_else(String::new, |p| p.name.clone()),
                    theme.party(party.and_then(|p| p.color.as_deref())),
                ),
                Span::styled(
                    format!("  {n} claim{}", if n == 1 { "" } else { "s" }),
                    theme.dim(),
                ),
            ])
        }
        PanelLine::Topic(t) => Line::from(Span::styled(
            format!("  {}", doc.topics.get(*t).map_or("", |t| t.label.as_str())),
            Style::default().add_modifier(Modifier::UNDERLINED),
        )),
        PanelLine::ClaimFirst { claim } => {
            let stance = doc.claims.get(*claim).map_or(Stance::Unclear, |c| c.stance);
            Line::from(vec![
                Span::raw(gutter(*claim)),
                Span::styled(
                    fit(
                        &if s.conflicts(*claim) {
                            format!("{} !", stance.badge())
                        } else {
                            stance.badge().to_string()
                        },
                        BADGE_WIDTH,
                    ),
                    theme.badge(stance),
                ),
                Span::raw(s.summary_row(*claim, 0).to_string()),
            ])
        }
        PanelLine::ClaimMore { claim, row } => Line::from(vec![
            Span::raw(gutter(*claim)),
            Span::raw(indent),
            Span::raw(s.summary_row(*claim, *row).to_string()),
        ]),
        PanelLine::ClaimSpeaker { claim } => {
            let mut v = vec![Span::raw(gutter(*claim)), Span::raw(indent)];
            if let Some(c) = doc.claims.get(*claim) {
                v.push(Span::styled(format!("— {}", c.speaker), theme.dim()));
                if c.status == Status::Draft {
                    v.push(Span::raw("  "));
                    v.push(Span::styled(
                        "DRAFT",
                        Style::default().add_modifier(Modifier::BOLD),
                    ));
                }
                let used: usize = v.iter().map(|sp| sp.content.width()).sum();
                if s.conflicts(*claim) && used + 12 <= width {
                    v.push(Span::raw("  "));
                    v.push(Span::styled(
                        "! conflict",
                        theme.fg(Color::Red).add_modifier(Modifier::BOLD),
                    ));
                }
            }
            Line::from(v)
        }
        PanelLine::NoPosition => Line::from(Span::styled(
            format!("  {}no stated position", " ".repeat(BADGE_WIDTH)),
            Style::default().add_modifier(Modifier::ITALIC),
        )),
        PanelLine::Blank => Line::default(),
    };
    if line.claim().is_some() && line.claim() == s.selected {
        l = l.patch_style(Style::default().add_modifier(Modifier::REVERSED));
    }
    l
}

/// The text of one matrix cell: distinct stances with counts.
pub fn matrix_cell_lines(s: &State, party: usize, topic: usize) -> Vec<String> {
    let (claims, conflict) = s.matrix_cell(party, topic);
    if claims.is_empty() {
        return vec!["—".into()];
    }
    let mut out = Vec::new();
    for st in Stance::ALL {
        let n = claims
            .iter()
            .filter(|&&c| s.doc.claims[c].stance == st)
            .count();
        if n == 0 {
            continue;
        }
        let conflict_here = conflict
            && claims
                .iter()
                .any(|&c| s.doc.claims[c].stance == st && s.conflicts(c));
        let mark = if conflict_here { "!" } else { "" };
        out.push(if n > 1 {
            format!("{mark}{} ×{n}", st.badge())
        } else {
            format!("{mark}{}", st.badge())
        });
    }
    out
}

fn draw_matrix(f: &mut Frame, s: &State, theme: &Theme, r: Rect) {
    if !usable(r) || r.height < 2 {
        return;
    }
    clear_overlay(f, r);
    f.render_widget(
        pane_block(
            Line::styled(
                " Matrix: parties × topics ",
                Style::default().add_modifier(Modifier::BOLD),
            ),
            true,
        ),
        r,
    );
    let ir = inner(r);
    if !usable(ir) {
        return;
    }
    let mut lines = matrix_lines(s, theme, ir.width as usize);
    lines.push(Line::default());
    lines.push(Line::styled(
        "arrows move · Enter filters the list to the cell · Esc or m closes",
        theme.dim(),
    ));
    // Keep the cursor row on screen.
    let cursor_row = lines
        .iter()
        .position(|l| {
            l.spans
                .iter()
                .any(|sp| sp.style.add_modifier.contains(Modifier::REVERSED))
        })
        .unwrap_or(0);
    let h = ir.height as usize;
    let skip = (cursor_row + 1).saturating_sub(h);
    let shown: Vec<Line> = lines.into_iter().skip(skip).collect();
    f.render_widget(Paragraph::new(shown).wrap(Wrap { trim: false }), ir);
}

/// The matrix as lines for a width: a grid of parties by topics when it
/// fits, otherwise a list (each party, then one row per topic).
pub fn matrix_lines(s: &State, theme: &Theme, w: usize) -> Vec<Line<'static>> {
    const CELL: usize = 15;
    let doc = &s.doc;
    let name_w = doc
        .parties
        .iter()
        .map(|p| p.name.width())
        .max()
        .unwrap_or(0)
        .clamp(4, 16)
        + 2;
    let nt = doc.topics.len().max(1);
    let cell_style = |text: &str, here: bool| {
        let mut st = if text.starts_with('!') {
            theme.fg(Color::Red).add_modifier(Modifier::BOLD)
        } else {
            Style::default()
        };
        if here {
            st = st.add_modifier(Modifier::REVERSED);
        }
        st
    };
    let mut lines: Vec<Line> = Vec::new();
    if name_w + nt * CELL <= w {
        let cell_w = ((w - name_w) / nt).min(24);
        let mut head = vec![Span::raw(fit("", name_w))];
        for t in &doc.topics {
            head.push(Span::styled(
                fit(&t.label, cell_w.saturating_sub(1)),
                Style::default().add_modifier(Modifier::UNDERLINED | Modifier::BOLD),
            ));
            head.push(Span::raw(" "));
        }
        lines.push(Line::from(head));
        for (pi, p) in doc.parties.iter().enumerate() {
            let cells: Vec<Vec<String>> = (0..doc.topics.len())
                .map(|ti| matrix_cell_lines(s, pi, ti))
                .collect();
            let h = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
            for k in 0..h {
                let name = if k == 0 { p.name.as_str() } else { "" };
                let mut spans = vec![Span::styled(
                    fit(name, name_w),
                    theme.party(p.color.as_deref()),
                )];
                for (ti, cell) in cells.iter().enumerate() {
                    let text = cell.get(k).map_or("", String::as_str);
                    let here = s.matrix == Some((pi, ti));
                    spans.push(Span::styled(
                        fit(text, cell_w.saturating_sub(1)),
                        cell_style(text, here),
                    ));
                    spans.push(Span::raw(" "));
                }
                lines.push(Line::from(spans));
            }
            lines.push(Line::default());
        }
    } else {
        let label_w = doc
            .topics
            .iter()
            .map(|t| t.label.width())
            .max()
            .unwrap_or(0)
            .clamp(4, 20)
            .min(w / 2)
            + 1;
        for (pi, p) in doc.parties.iter().enumerate() {
            lines.push(Line::styled(
                p.name.clone(),
                theme.party(p.color.as_deref()),
            ));
            for (ti, t) in doc.topics.iter().enumerate() {
                let text = matrix_cell_lines(s, pi, ti).join(", ");
                let here = s.matrix == Some((pi, ti));
                lines.push(Line::from(vec![
                    Span::raw(format!("  {}", fit(&t.label, label_w))),
                    Span::styled(text.clone(), cell_style(&text, here)),
                ]));
            }
        }
        lines.push(Line::default());
    }
    let conflicts = conflict_lines(s);
    if !conflicts.is_empty() {
        lines.push(Line::styled(
            "Conflicts (!): opposite stances toward the same target",
            Style::default().add_modifier(Modifier::BOLD),
        ));
    }
    for c in conflicts {
        lines.push(Line::styled(
            c,
            theme.fg(Color::Red).add_modifier(Modifier::BOLD),
        ));
    }
    lines
}

/// One line per conflict: `! Ukraine joins NATO: United States AGAINST ·
/// Ukraine FAVOR` (each target once, parties in document order).
pub fn conflict_lines(s: &State) -> Vec<String> {
    let doc = &s.doc;
    let mut out: Vec<String> = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for (i, c) in doc.claims.iter().enumerate() {
        if seen.contains(&c.target.as_str()) || !s.conflicts(i) {
            continue;
        }
        seen.push(&c.target);
        let mut sides: Vec<(usize, Stance)> = doc
            .claims
            .iter()
            .filter(|d| d.target == c.target && matches!(d.stance, Stance::Favor | Stance::Against))
            .map(|d| (d.party, d.stance))
            .collect();
        sides.sort();
        sides.dedup();
        let sides: Vec<String> = sides
            .iter()
            .map(|(p, st)| {
                let name = doc.parties.get(*p).map_or("?", |p| p.name.as_str());
                format!("{name} {}", st.badge())
            })
            .collect();
        out.push(format!("! {}: {}", c.target, sides.join(" · ")));
    }
    out
}

fn draw_status(f: &mut Frame, s: &State, theme: &Theme, r: Rect) {
    if !usable(r) {
        return;
    }
    let bar = theme.bar();
    let line = if let Some(input) = &s.search.input {
        Line::from(vec![
            Span::styled(format!("/{input}▏"), bar.add_modifier(Modifier::BOLD)),
            Span::styled(
                if input.is_empty()
                    || s.doc.article.text().len() > crate::app::INCREMENTAL_SEARCH_LIMIT
                {
                    "  Enter search · Esc cancel".to_string()
                } else {
                    let n = s.search.matches.len();
                    format!(
                        "  {n} match{} · Enter search · Esc cancel",
                        if n == 1 { "" } else { "es" }
                    )
                },
                bar,
            ),
        ])
    } else {
        let mut left = Vec::new();
        if let Some((p, t)) = s.matrix {
            let (claims, _) = s.matrix_cell(p, t);
            left.push(format!(
                "{} × {}: {} claim{}",
                s.doc.parties.get(p).map_or("", |p| p.name.as_str()),
                s.doc.topics.get(t).map_or("", |t| t.label.as_str()),
                claims.len(),
                if claims.len() == 1 { "" } else { "s" }
            ));
        } else if let Some((i, n)) = s.claim_position() {
            left.push(format!("claim {i}/{n}"));
        } else {
            left.push("no claim".into());
        }
        if s.matrix.is_none() {
            if let Some(c) = s.selected.and_then(|c| s.doc.claims.get(c)) {
                if let Some(p) = s.doc.parties.get(c.party) {
                    left.push(p.name.clone());
                }
                if let Some(t) = s.doc.topics.get(c.topic) {
                    left.push(t.label.clone());
                }
            }
            left.push(format!("{}%", s.scroll_percent()));
        }
        if s.search.is_active() {
            let n = s.search.matches.len();
            left.push(match s.search.current {
                Some(i) => format!("match {}/{n} “{}”", i + 1, s.search.query),
                None => format!("0 matches “{}”", s.search.query),
            });
        }
        let mut left = format!(" {} ", left.join(" · "));
        // A message wins over the position details when both do not fit.
        if let Some(m) = &s.message {
            let full = r.width as usize;
            if left.width() + m.width() + 2 > full {
                left = match s.claim_position() {
                    Some((i, n)) if 12 + m.width() + 2 <= full => format!(" {i}/{n} "),
                    _ => String::new(),
                };
            }
        }
        let right = match &s.message {
            Some(m) => format!(" {m} "),
            None if s.help => " j/k scroll  ? or Esc close ".to_string(),
            None => {
                let h: Vec<String> = keys::hints(s.context())
                    .into_iter()
                    .map(|(k, d)| format!("{k} {d}"))
                    .collect();
                format!(" {} ", h.join("  "))
            }
        };
        let lw = left.width();
        let room = (r.width as usize).saturating_sub(lw);
        let right = if s.message.is_some() {
            fit(&right, room)
        } else {
            // Hints are dropped whole, from the middle: the first (help)
            // and the last (quit) stay as long as they fit.
            let mut parts: Vec<&str> = right.trim().split("  ").collect();
            let join = |p: &[&str]| format!(" {} ", p.join("  "));
            while parts.len() > 2 && join(&parts).width() > room {
                parts.remove(parts.len() - 2);
            }
            while !parts.is_empty() && join(&parts).width() > room {
                parts.pop();
            }
            let out = if parts.is_empty() {
                String::new()
            } else {
                join(&parts)
            };
            let pad = room.saturating_sub(out.width());
            format!("{}{out}", " ".repeat(pad))
        };
        let msg_style = if s.message.is_some() {
            bar.add_modifier(Modifier::BOLD)
        } else {
            bar
        };
        Line::from(vec![
            Span::styled(left, bar.add_modifier(Modifier::BOLD)),
            Span::styled(right, msg_style),
        ])
    };
    f.render_widget(Paragraph::new(line).style(bar), r);
}

/// A rectangle of at most `w` x `h` centred in `area`.
fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// The help text of one context: a heading and its bindings.
fn help_section(ctx: Context, key_w: usize) -> Vec<Line<'static>> {
    let mut out = vec![Line::styled(
        ctx.title().to_string(),
        Style::default().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
    )];
    for b in keys::BINDINGS.iter().filter(|b| b.context == ctx) {
        out.push(Line::from(vec![
            Span::styled(
                fit(&b.keys_label(), key_w),
                Style::default().add_modifier(Modifier::BOLD),
            ),
            Span::raw(b.description),
        ]));
    }
    out.push(Line::default());
    out
}

const HELP_FOOTER: &str =
    "Stances: FAVOR AGAINST CONDITIONAL NEUTRAL UNCLEAR · ! conflict · • on screen";

/// The help text: every binding, by context, in one column.
pub fn help_lines() -> Vec<Line<'static>> {
    let mut out: Vec<Line> = Context::ALL
        .into_iter()
        .flat_map(|c| help_section(c, 18))
        .collect();
    out.push(Line::raw(HELP_FOOTER));
    out
}

/// The help text in two columns of `col_w` (contexts kept whole).
fn help_two_columns(col_w: usize) -> Vec<Line<'static>> {
    let sections: Vec<Vec<Line>> = Context::ALL
        .into_iter()
        .map(|c| help_section(c, 17))
        .collect();
    let total: usize = sections.iter().map(Vec::len).sum();
    let mut left: Vec<Line> = Vec::new();
    let mut right: Vec<Line> = Vec::new();
    for sec in sections {
        if left.len() < total / 2 {
            left.extend(sec);
        } else {
            right.extend(sec);
        }
    }
    let rows = left.len().max(right.len());
    let mut out = Vec::with_capacity(rows + 1);
    for i in 0..rows {
        let mut spans: Vec<Span> = Vec::new();
        let l = left.get(i).cloned().unwrap_or_default();
        let used: usize = l.spans.iter().map(|s| s.content.width()).sum();
        spans.extend(l.spans);
        spans.push(Span::raw(" ".repeat(col_w.saturating_sub(used) + 2)));
        if let Some(r) = right.get(i) {
            spans.extend(r.spans.clone());
        }
        out.push(Line::from(spans));
    }
    out.push(Line::raw(HELP_FOOTER));
    out
}

/// Draw an overlay box (double border, bold title, optional footer) over
/// `r`, cleared first; its inner area, or `None` when `r` is too small.
fn overlay(f: &mut Frame, r: Rect, title: &str, footer: Option<&str>) -> Option<Rect> {
    if !usable(r) || r.height < 3 {
        return None;
    }
    clear_overlay(f, r);
    let mut block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Double)
        .title(Line::styled(
            title.to_string(),
            Style::default().add_modifier(Modifier::BOLD),
        ));
    if let Some(t) = footer {
        block = block.title_bottom(Line::raw(t.to_string()));
    }
    let ir = block.inner(r);
    f.render_widget(block, r);
    Some(ir)
}

fn draw_help(f: &mut Frame, s: &State, _theme: &Theme, area: Rect) {
    let two = area.width >= 100;
    let box_w: u16 = if two { 118 } else { 90 };
    let inner_w = box_w.min(area.width).saturating_sub(2) as usize;
    let lines = if two {
        help_two_columns(inner_w.saturating_sub(2) / 2)
    } else {
        help_lines()
    };
    let want_h = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let Some(ir) = overlay(
        f,
        centered(area, box_w, want_h.min(area.height.saturating_sub(2))),
        " Help: keys ",
        Some(" j/k scroll · Esc or ? closes "),
    ) else {
        return;
    };
    let max = lines.len().saturating_sub(ir.height as usize);
    let skip = s.help_scroll.min(max);
    let shown: Vec<Line> = lines.into_iter().skip(skip).collect();
    f.render_widget(Paragraph::new(shown), ir);
}

fn draw_dialog(f: &mut Frame, s: &State, _theme: &Theme, area: Rect) {
    let Some(d) = &s.dialog else {
        return;
    };
    let Some(ir) = overlay(f, centered(area, 64, 7), " Export ", None) else {
        return;
    };
    let bold = Style::default().add_modifier(Modifier::BOLD);
    let name = d.file_name();
    let mut lines = vec![
        Line::from(vec![
            Span::raw("View    "),
            Span::styled(format!("‹ {} ›", d.current_view().name()), bold),
            Span::raw("  Up/Down"),
        ]),
        Line::from(vec![
            Span::raw("Format  "),
            Span::styled(format!("‹ {} ›", d.current_format().name()), bold),
            Span::raw("  Tab/Left/Right"),
        ]),
        Line::from(vec![
            Span::raw("File    "),
            Span::styled(format!("./{name}"), bold),
        ]),
        Line::default(),
    ];
    if d.confirm {
        lines.push(Line::styled(
            format!("{name} exists. Replace it? y/n"),
            bold.add_modifier(Modifier::REVERSED),
        ));
    } else {
        lines.push(Line::raw("Enter writes · Esc cancels"));
    }
    f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), ir);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn party_colours_parse_names_and_hex() {
        assert_eq!(parse_color("blue"), Some(Color::Blue));
        assert_eq!(parse_color(" red "), Some(Color::Red));
        assert_eq!(parse_color("#ff8000"), Some(Color::Rgb(255, 128, 0)));
        assert_eq!(parse_color(""), None);
        assert_eq!(parse_color("not a colour"), None);
        assert_eq!(parse_color("#12"), None);
    }

    #[test]
    fn fit_pads_and_never_splits_wide_characters() {
        assert_eq!(fit("abc", 5), "abc  ");
        assert_eq!(fit("abcdef", 3), "abc");
        assert_eq!(fit("日本語", 5), "日本 ");
        assert_eq!(fit("e\u{301}x", 1), "e\u{301}");
    }

    #[test]
    fn mono_theme_keeps_colours_reset() {
        let t = Theme::MONO;
        for st in [
            t.selected_quote(),
            t.other_quote(Some("blue")),
            t.search_match(true),
            t.badge(Stance::Against),
            t.party(Some("#ff0000")),
        ] {
            assert_eq!(st.fg, None, "{st:?}");
            assert_eq!(st.bg, None, "{st:?}");
        }
        // Without colour, other quotes are still marked.
        assert!(t
            .other_quote(Some("blue"))
            .add_modifier
            .contains(Modifier::UNDERLINED));
    }
}
