//! Views: pure functions of the state to widgets drawn into a frame.
//!
//! Nothing here depends on colour alone: the selected quote is reversed and
//! bold, stances are words, conflicts carry a `!`, the focused pane has a
//! thick border. With [`Theme::MONO`] every colour stays `Color::Reset`.
//!
//! Drawing order follows what is on top ([`crate::app::Mode`]): the header,
//! the panes (unless a mode covers them), the status line, then each mode
//! from the bottom of the stack to the top.

pub mod library;
mod matrix;
mod overlays;
pub mod palette;
mod panel;
mod review;
mod status;

use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph, Wrap};
use ratatui::Frame;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::app::{Focus, Mode, State};

pub use matrix::{conflict_line, matrix_lines};
pub use overlays::help_lines;
pub use palette::{party_color, Theme};
pub use review::{form_field_at, form_lines, picker_row_at, target_text};

/// Clear the area an overlay will cover. A wide character just left of it
/// whose second half lies under the overlay is blanked too: otherwise the
/// terminal would draw it over the overlay's left border (ratatui skips the
/// cell after a wide symbol).
pub fn clear_overlay(f: &mut Frame, r: Rect) {
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

/// Like [`fit`], but a text too wide ends with `…` so the cut shows.
pub fn fit_ellipsis(s: &str, width: usize) -> String {
    if s.width() <= width || width == 0 {
        return fit(s, width);
    }
    let mut out = fit(s, width - 1).trim_end().to_string();
    out.push('…');
    let w = out.width();
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(w)));
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
    if !s.modes().iter().any(Mode::covers_body) {
        draw_article(f, s, theme, clip(sc.article));
        panel::draw_panel(f, s, theme, clip(sc.panel));
    }
    status::draw_status(f, s, theme, clip(sc.status));
    for mode in s.modes() {
        match mode {
            Mode::Matrix(_) => matrix::draw_matrix(f, s, theme, clip(sc.body())),
            Mode::Help(h) => overlays::draw_help(f, h, area),
            Mode::Export(d) => overlays::draw_dialog(f, d, area),
            Mode::Confirm(c) => overlays::draw_confirm(f, c, area),
            // Hidden while a new quote for it is selected in the article.
            Mode::Form(form) if !matches!(s.modes().last(), Some(Mode::Select(_))) => {
                review::draw_form(f, s, form, area)
            }
            Mode::Form(_) => {}
            Mode::Picker(p) => review::draw_picker(f, p, area),
            // Drawn in the article.
            Mode::Select(_) => {}
            // In the status line.
            Mode::Search(_) => {}
        }
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

/// "13 claims from 3 of 4 parties"
fn claims_line(s: &State) -> String {
    let n = s.doc.claims.len();
    format!(
        "{n} claim{} from {} of {} parties",
        if n == 1 { "" } else { "s" },
        s.index.parties_with_claims(),
        s.doc.parties.len()
    )
}

fn draw_header(f: &mut Frame, s: &State, theme: &Theme, r: Rect) {
    if !usable(r) {
        return;
    }
    let doc = &s.doc;
    let width = r.width as usize;
    let mut title = Vec::new();
    if doc.draft {
        title.push(Span::styled(
            " DRAFT ",
            Style::default().add_modifier(Modifier::REVERSED | Modifier::BOLD),
        ));
        title.push(Span::raw(" "));
    }
    let used: usize = title.iter().map(|sp| sp.content.width()).sum();
    let mut meta: Vec<String> = Some(doc.date.clone())
        .filter(|d| !d.is_empty())
        .into_iter()
        .collect();
    match &doc.source {
        Some(src) => {
            meta.extend(src.outlet.clone());
            meta.extend(src.url.clone());
        }
        None => meta.push("source not named".into()),
    }
    meta.push(claims_line(s));
    // What curation has to say comes first (it is what to act on).
    let mut status = review::review_status(s);
    status.append(&mut meta);
    let meta = status;
    let meta = meta.join(" · ");
    // Cut with an ellipsis rather than mid-word at the edge.
    let cut = |t: &str, w: usize| fit_ellipsis(t, w).trim_end().to_string();
    let bold = Style::default().add_modifier(Modifier::BOLD);
    let lines = if r.height >= 2 {
        title.push(Span::styled(cut(&doc.title, width - used.min(width)), bold));
        vec![
            Line::from(title),
            Line::styled(cut(&meta, width), theme.dim()),
        ]
    } else {
        let room = width - used.min(width);
        let t = cut(&doc.title, room);
        let rest = room.saturating_sub(t.width());
        title.push(Span::styled(t, bold));
        title.push(Span::styled(cut(&format!(" · {meta}"), rest), theme.dim()));
        vec![Line::from(title)]
    };
    f.render_widget(Paragraph::new(lines), r);
}

/// A pane's border: thick when focused.
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

/// A pane title, bold when focused.
fn pane_title(name: &str, focused: bool) -> Span<'static> {
    Span::styled(
        format!(" {name} "),
        if focused {
            Style::default().add_modifier(Modifier::BOLD)
        } else {
            Style::default()
        },
    )
}

fn draw_article(f: &mut Frame, s: &State, theme: &Theme, r: Rect) {
    if !usable(r) || r.height < 2 {
        return;
    }
    let focused = s.focus == Focus::Article && s.top().is_none();
    let title = Line::from(vec![
        pane_title("Article", focused),
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
    // A passage being selected.
    let passage = s.modes().iter().find_map(|m| match m {
        Mode::Select(p) => Some(p.span()),
        _ => None,
    });
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
        if passage.is_some_and(|p| p.start <= off && off < p.end) {
            st = st.add_modifier(Modifier::REVERSED | Modifier::UNDERLINED);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_pads_and_never_splits_wide_characters() {
        assert_eq!(fit("abc", 5), "abc  ");
        assert_eq!(fit("abcdef", 3), "abc");
        assert_eq!(fit("日本語", 5), "日本 ");
        assert_eq!(fit("e\u{301}x", 1), "e\u{301}");
    }

    #[test]
    fn fit_ellipsis_shows_the_cut() {
        assert_eq!(fit_ellipsis("abc", 5), "abc  ");
        assert_eq!(fit_ellipsis("abcdef", 4), "abc…");
        assert_eq!(fit_ellipsis("E3 (UK, France)", 8), "E3 (UK,…");
        assert_eq!(fit_ellipsis("E3 (UK, France)", 5), "E3 (…");
        assert_eq!(fit_ellipsis("日本語", 4), "日… ");
        assert_eq!(fit_ellipsis("abc", 0), "");
        for w in 0..8 {
            assert_eq!(fit_ellipsis("E3 (UK, France)", w).width(), w);
        }
    }
}
