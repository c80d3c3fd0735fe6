//! Boxes drawn over the reader: the help, the export dialog, questions.

use ratatui::layout::{Constraint, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph, Wrap};
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

use super::{clear_overlay, fit, usable};
use crate::app::{Confirm, Dialog, Help};
use crate::keys::{self, Context};

/// A rectangle of at most `w` x `h` centred in `area`.
pub(super) fn centered(area: Rect, w: u16, h: u16) -> Rect {
    area.centered(Constraint::Length(w), Constraint::Length(h))
}

/// Draw an overlay box (double border, bold title, optional footer) over
/// `r`, cleared first; its inner area, or `None` when `r` is too small.
pub(super) fn overlay(f: &mut Frame, r: Rect, title: &str, footer: Option<&str>) -> Option<Rect> {
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

/// The help text of one context: a heading and its bindings, each
/// description wrapped to `width` columns after the keys (`key_w` wide).
fn help_section(ctx: Context, key_w: usize, width: usize) -> Vec<Line<'static>> {
    let bold = Style::default().add_modifier(Modifier::BOLD);
    let mut out = vec![Line::styled(
        ctx.title().to_string(),
        bold.add_modifier(Modifier::UNDERLINED),
    )];
    let desc_w = width.saturating_sub(key_w).max(12);
    for b in keys::bindings().iter().filter(|b| b.context == ctx) {
        for (i, row) in textwrap::wrap(b.description, desc_w)
            .into_iter()
            .enumerate()
        {
            let keys = if i == 0 {
                b.keys_label()
            } else {
                String::new()
            };
            out.push(Line::from(vec![
                Span::styled(fit(&keys, key_w), bold),
                Span::raw(row.into_owned()),
            ]));
        }
    }
    out.push(Line::default());
    out
}

const HELP_FOOTER: &str =
    "Stances: FAVOR AGAINST CONDITIONAL NEUTRAL UNCLEAR · ! conflict · • on screen";

/// The help text: every binding, by context, in one column `width` wide.
pub fn help_lines(width: usize) -> Vec<Line<'static>> {
    let mut out: Vec<Line> = Context::ALL
        .into_iter()
        .flat_map(|c| help_section(c, 18, width))
        .collect();
    out.extend(
        textwrap::wrap(HELP_FOOTER, width.max(12))
            .into_iter()
            .map(|r| Line::raw(r.into_owned())),
    );
    out
}

/// The help text in two columns of `col_w` (contexts kept whole).
fn help_two_columns(col_w: usize) -> Vec<Line<'static>> {
    let sections: Vec<Vec<Line>> = Context::ALL
        .into_iter()
        .map(|c| help_section(c, 17, col_w))
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

pub(super) fn draw_help(f: &mut Frame, h: &Help, area: Rect) {
    let two = area.width >= 100;
    let box_w: u16 = if two { 118 } else { 90 };
    let inner_w = box_w.min(area.width).saturating_sub(2) as usize;
    let lines = if two {
        help_two_columns(inner_w.saturating_sub(2) / 2)
    } else {
        help_lines(inner_w)
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
    let skip = h.scroll.min(max);
    let shown: Vec<Line> = lines.into_iter().skip(skip).collect();
    f.render_widget(Paragraph::new(shown), ir);
}

pub(super) fn draw_dialog(f: &mut Frame, d: &Dialog, area: Rect) {
    draw_export_box(
        f,
        area,
        &d.current_view().name(),
        d.current_format().name(),
        d.choice.shown_path(),
    );
}

/// The export dialog's box (view, format, the file written), for the
/// reader's dialog and the library's.
pub(super) fn draw_export_box(f: &mut Frame, area: Rect, view: &str, format: &str, file: String) {
    let Some(ir) = overlay(f, centered(area, 64, 7), " Export ", None) else {
        return;
    };
    let bold = Style::default().add_modifier(Modifier::BOLD);
    let lines = vec![
        Line::from(vec![
            Span::raw("View    "),
            Span::styled(format!("‹ {view} ›"), bold),
            Span::raw("  Up/Down"),
        ]),
        Line::from(vec![
            Span::raw("Format  "),
            Span::styled(format!("‹ {format} ›"), bold),
            Span::raw("  Tab/Left/Right"),
        ]),
        Line::from(vec![Span::raw("File    "), Span::styled(file, bold)]),
        Line::default(),
        Line::raw("Enter writes · Esc cancels"),
    ];
    f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), ir);
}

pub(super) fn draw_confirm(f: &mut Frame, c: &Confirm, area: Rect) {
    let bold = Style::default().add_modifier(Modifier::BOLD);
    let answers = format!("{} · Esc cancel", c.choices_label());
    let want = c.question.width().max(answers.width()) + 4;
    let w = u16::try_from(want).unwrap_or(u16::MAX).min(area.width);
    // A long question wraps: the box grows so the answers stay in it.
    let inner_w = usize::from(w.saturating_sub(2)).max(1);
    let rows = textwrap::wrap(&c.question, inner_w).len().max(1) + 4;
    let h = u16::try_from(rows).unwrap_or(u16::MAX).max(6);
    let Some(ir) = overlay(f, centered(area, w, h), " Question ", None) else {
        return;
    };
    let lines = vec![
        Line::styled(c.question.clone(), bold),
        Line::default(),
        Line::styled(answers, bold.add_modifier(Modifier::REVERSED)),
    ];
    f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), ir);
}
