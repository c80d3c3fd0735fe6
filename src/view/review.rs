//! Curation's boxes: the claim form, the picker, and the rows the panel
//! lists for claims that did not load.

use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use super::overlays::{centered, overlay};
use super::{fit, fit_ellipsis, Theme};
use crate::app::form::{options, FieldKind, Form, Picker, TextField};
use crate::app::State;

/// Columns of a field's label.
const LABEL: usize = 11;

/// A text field's visible part, with the cursor as a reversed cell.
fn text_spans(t: &TextField, width: usize, focused: bool) -> Vec<Span<'static>> {
    let cursor = t.cursor.min(t.text.len());
    // Scroll so the cursor shows: drop graphemes from the left.
    let before = t.text.get(..cursor).unwrap_or("");
    let mut start = 0;
    while before.get(start..).is_some_and(|s| s.width() + 1 > width) {
        start += before[start..].graphemes(true).next().map_or(1, str::len);
    }
    let shown_before = before.get(start..).unwrap_or("").to_string();
    let after = t.text.get(cursor..).unwrap_or("");
    if !focused {
        return vec![Span::raw(
            fit_ellipsis(&t.text, width).trim_end().to_string(),
        )];
    }
    let mut g = after.graphemes(true);
    let at = g.next().unwrap_or(" ").to_string();
    let rest: String = g.collect();
    let room = width.saturating_sub(shown_before.width() + at.width());
    vec![
        Span::raw(shown_before),
        Span::styled(at, Style::default().add_modifier(Modifier::REVERSED)),
        Span::raw(fit(&rest, room).trim_end().to_string()),
    ]
}

/// The lines of the form (exposed for tests).
pub fn form_lines(s: &State, form: &Form, width: usize) -> Vec<Line<'static>> {
    let bold = Style::default().add_modifier(Modifier::BOLD);
    let value_w = width.saturating_sub(LABEL).max(1);
    let mut out = Vec::new();
    if let Some(drafted) = form.drafted {
        out.push(Line::styled(
            fit_ellipsis(
                if drafted {
                    "pre-filled by the drafter's rules on this passage: check each field"
                } else {
                    "the drafter found no statement here: fill in each field"
                },
                width,
            )
            .trim_end()
            .to_string(),
            Style::default().add_modifier(Modifier::ITALIC),
        ));
    }
    for (i, f) in form.fields.iter().enumerate() {
        let focused = i == form.focus;
        let label = Span::styled(
            fit(f.kind.label(), LABEL),
            if focused {
                bold.add_modifier(Modifier::REVERSED)
            } else {
                Style::default()
            },
        );
        let value = if f.kind == FieldKind::Quote {
            let quote = form
                .passage
                .and_then(|p| s.doc.article.text().get(p.start..p.end))
                .unwrap_or("")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let hint = if focused {
                " ‹Space: choose in the article›"
            } else {
                ""
            };
            let room = value_w.saturating_sub(hint.width() + 2);
            vec![
                Span::styled(format!("“{}”", elide_middle(&quote, room)), bold),
                Span::raw(hint.to_string()),
            ]
        } else if f.kind.is_choice() {
            let opts = options(&s.doc, f.kind);
            let name = opts.get(f.choice).cloned().unwrap_or_default();
            let v = if focused {
                format!("‹ {name} ›")
            } else {
                name
            };
            vec![Span::styled(
                fit_ellipsis(&v, value_w).trim_end().to_string(),
                if f.kind == FieldKind::Stance {
                    bold
                } else {
                    Style::default()
                },
            )]
        } else if f.kind == FieldKind::Id && f.text.text.is_empty() && !focused {
            vec![Span::styled(
                fit_ellipsis("(made from the party and topic)", value_w)
                    .trim_end()
                    .to_string(),
                Style::default().add_modifier(Modifier::DIM),
            )]
        } else {
            text_spans(&f.text, value_w, focused)
        };
        let mut spans = vec![label];
        spans.extend(value);
        out.push(Line::from(spans));
    }
    if let Some(e) = &form.error {
        out.push(Line::styled(
            fit_ellipsis(e, width).trim_end().to_string(),
            bold.add_modifier(Modifier::UNDERLINED),
        ));
    }
    out
}

/// The form's box on a screen `area`, and the first of its lines shown
/// (the lines scroll to keep the focused field in view when the box is
/// too low for them all).
fn form_place(form: &Form, area: Rect) -> (Rect, usize) {
    let w = area.width.saturating_sub(4).min(96);
    let hint = usize::from(form.drafted.is_some());
    let rows = form.fields.len() + hint + 1;
    let h = u16::try_from(rows + 2).unwrap_or(u16::MAX).min(area.height);
    let r = centered(area, w, h);
    let inner = usize::from(h.saturating_sub(2)).max(1);
    let skip = (hint + form.focus + 1).saturating_sub(inner);
    (r, skip)
}

pub(super) fn draw_form(f: &mut Frame, s: &State, form: &Form, area: Rect) {
    let title = match &form.claim {
        Some(id) => format!(" Edit claim {id} "),
        None => " New claim ".to_string(),
    };
    let footer = " Tab field · ←/→ or Space choose · Enter apply · Esc cancel ";
    let (r, skip) = form_place(form, area);
    let Some(ir) = overlay(f, r, &title, Some(footer)) else {
        return;
    };
    let lines: Vec<Line> = form_lines(s, form, ir.width as usize)
        .into_iter()
        .skip(skip)
        .collect();
    f.render_widget(Paragraph::new(lines), ir);
}

/// The form's field under a screen cell, if any (for a mouse click).
pub fn form_field_at(form: &Form, area: Rect, col: u16, row: u16) -> Option<usize> {
    let (r, skip) = form_place(form, area);
    let inner = inside(r, col, row)?;
    let line = skip + usize::from(row - inner.y);
    let i = line.checked_sub(usize::from(form.drafted.is_some()))?;
    (i < form.fields.len()).then_some(i)
}

/// The inside of an overlay's box `r` (its border left out), if the cell
/// at `col`, `row` is in it (for a mouse click).
fn inside(r: Rect, col: u16, row: u16) -> Option<Rect> {
    let inner = Rect::new(
        r.x + 1,
        r.y + 1,
        r.width.saturating_sub(2),
        r.height.saturating_sub(2),
    );
    inner
        .contains(ratatui::layout::Position::new(col, row))
        .then_some(inner)
}

/// The picker's box on a screen `area`: as wide as its longest option.
fn picker_box(p: &Picker, area: Rect) -> Rect {
    let widest = p.options.iter().map(|o| o.width()).max().unwrap_or(0);
    let w = u16::try_from(widest + 6)
        .unwrap_or(u16::MAX)
        .clamp(24, area.width.max(1));
    let h = u16::try_from(p.options.len() + 2)
        .unwrap_or(u16::MAX)
        .min(area.height);
    centered(area, w, h)
}

pub(super) fn draw_picker(f: &mut Frame, p: &Picker, area: Rect) {
    let title = format!(" {} ", p.kind.label());
    let Some(ir) = overlay(f, picker_box(p, area), &title, None) else {
        return;
    };
    let height = ir.height as usize;
    let first = p.selected.saturating_sub(height.saturating_sub(1));
    let lines: Vec<Line> = p
        .options
        .iter()
        .enumerate()
        .skip(first)
        .take(height)
        .map(|(i, o)| {
            let mark = if i == p.selected { "▶ " } else { "  " };
            let text = fit_ellipsis(&format!("{mark}{o}"), ir.width as usize);
            if i == p.selected {
                Line::styled(
                    text,
                    Style::default().add_modifier(Modifier::REVERSED | Modifier::BOLD),
                )
            } else {
                Line::raw(text)
            }
        })
        .collect();
    f.render_widget(Paragraph::new(lines), ir);
}

/// The picker's option under a screen cell, if any (for a mouse click).
pub fn picker_row_at(p: &Picker, area: Rect, col: u16, row: u16) -> Option<usize> {
    let inner = inside(picker_box(p, area), col, row)?;
    let height = inner.height as usize;
    let first = p.selected.saturating_sub(height.saturating_sub(1));
    let i = first + (row - inner.y) as usize;
    (i < p.options.len()).then_some(i)
}

/// `text` in `width` columns: whole if it fits, else its start and its
/// end around ` … ` (a quote's both ends say which passage it is).
pub fn elide_middle(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let side = width.saturating_sub(3) / 2;
    let head = fit(text, side).trim_end().to_string();
    let mut tail = String::new();
    let mut w = 0;
    for c in text.chars().rev() {
        let cw = c.to_string().width();
        if w + cw > side {
            break;
        }
        w += cw;
        tail.insert(0, c);
    }
    format!("{head} … {}", tail.trim_start())
}

/// `→ Ukraine joins NATO · if: the war ends`, cut to `width`.
pub fn target_text(c: &crate::model::Claim, width: usize) -> String {
    let mut t = format!("→ {}", c.target);
    if let Some(cond) = &c.condition {
        t.push_str(&format!(" · if: {cond}"));
    }
    fit_ellipsis(&t, width).trim_end().to_string()
}

/// What the header says of curation: drafts to review, unsaved edits,
/// claims that did not load.
pub fn review_status(s: &State) -> Vec<String> {
    let mut out = Vec::new();
    let drafts = s.drafts_left();
    if drafts > 0 {
        out.push(crate::app::drafts_line(drafts));
    }
    let bad = s.problems().len();
    if bad > 0 {
        out.push(format!(
            "{bad} claim{} did not load",
            if bad == 1 { "" } else { "s" }
        ));
    }
    if s.is_modified() {
        out.push("unsaved edits (w saves)".into());
    }
    out
}

/// A row of the panel for a claim that did not load.
pub(super) fn problem_line(
    s: &State,
    theme: &Theme,
    i: usize,
    row: usize,
    width: usize,
) -> Line<'static> {
    let Some(p) = s.problems().get(i) else {
        return Line::default();
    };
    let id = p.id.as_deref().unwrap_or("(no id)");
    let text = match row {
        0 => format!("  ✗ line {}: claim `{id}`", p.line),
        r => format!(
            "    {}",
            crate::app::problem_rows(p.message(), width)
                .get(r - 1)
                .map_or("", String::as_str)
        ),
    };
    Line::styled(
        fit_ellipsis(&text, width).trim_end().to_string(),
        theme.conflict(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_quote_keeps_its_both_ends() {
        let q =
            "Trump ruled out the possibility of Ukraine joining NATO as part of any peace deal.";
        assert_eq!(elide_middle(q, 200), q);
        let e = elide_middle(q, 40);
        assert!(e.width() <= 40, "{e}");
        assert!(
            e.starts_with("Trump ruled out") && e.ends_with("peace deal."),
            "{e}"
        );
        assert!(e.contains(" … "));
        // Wide characters count by their columns.
        let e = elide_middle("漢字漢字漢字漢字漢字漢字", 11);
        assert!(e.width() <= 11, "{e}");
        assert_eq!(elide_middle("", 0), "");
    }
}
