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

/// Lines a text field's value may take in the form (more scroll, around
/// the cursor when focused).
const TEXT_LINES: usize = 4;
/// Lines a quote may take (a longer one keeps its both ends).
const QUOTE_LINES: usize = 3;

/// `text` broken into lines of at most `width` columns, at spaces where
/// it can: the byte ranges of the lines, which cover the whole text (a
/// line keeps the spaces it ends with). Never empty.
pub fn wrap_ranges(text: &str, width: usize) -> Vec<std::ops::Range<usize>> {
    let width = width.max(1);
    let mut out = Vec::new();
    let mut start = 0;
    let mut w = 0;
    // Where the line may break: after the last space seen on it.
    let mut brk: Option<usize> = None;
    for (i, g) in text.grapheme_indices(true) {
        let gw = g.width();
        let space = g.chars().all(char::is_whitespace);
        if w + gw > width && !space && i > start {
            let at = brk.filter(|&b| b > start).unwrap_or(i);
            out.push(start..at);
            w = text[at..i].width();
            start = at;
            brk = None;
        }
        w += gw;
        if space {
            brk = Some(i + g.len());
        }
    }
    out.push(start..text.len());
    out
}

/// A text field's lines: wrapped, at most [`TEXT_LINES`]; focused, the
/// lines around the cursor, shown as a reversed cell.
fn text_field_lines(t: &TextField, width: usize, focused: bool) -> Vec<Vec<Span<'static>>> {
    // One column kept for the cursor after the last character.
    let ranges = wrap_ranges(&t.text, width.saturating_sub(1).max(1));
    let cursor = t.cursor.min(t.text.len());
    let at_line = ranges
        .iter()
        .position(|r| cursor < r.end)
        .unwrap_or(ranges.len() - 1);
    let first = if focused {
        (at_line + 1).saturating_sub(TEXT_LINES)
    } else {
        0
    };
    let shown = ranges.len().min(first + TEXT_LINES);
    let mut out = Vec::new();
    for (n, r) in ranges.iter().enumerate().take(shown).skip(first) {
        let line = &t.text[r.clone()];
        if focused && n == at_line {
            let k = cursor - r.start;
            let (before, after) = (line.get(..k).unwrap_or(line), line.get(k..).unwrap_or(""));
            let mut g = after.graphemes(true);
            let at = g.next().unwrap_or(" ").to_string();
            let rest: String = g.collect();
            out.push(vec![
                Span::raw(before.to_string()),
                Span::styled(at, Style::default().add_modifier(Modifier::REVERSED)),
                Span::raw(rest.trim_end().to_string()),
            ]);
        } else {
            let more = n + 1 == shown && shown < ranges.len();
            let text = if more {
                fit_ellipsis(&format!("{} …", line.trim_end()), width)
            } else {
                line.to_string()
            };
            out.push(vec![Span::raw(text.trim_end().to_string())]);
        }
    }
    out
}

/// The lines of one field's value.
fn field_value_lines(s: &State, form: &Form, i: usize, value_w: usize) -> Vec<Vec<Span<'static>>> {
    let bold = Style::default().add_modifier(Modifier::BOLD);
    let Some(f) = form.fields.get(i) else {
        return Vec::new();
    };
    let focused = i == form.focus;
    if f.kind == FieldKind::Quote {
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
        // Wrapped in up to QUOTE_LINES lines, the hint after it; a longer
        // quote is cut in the middle until it fits.
        let mut room = (value_w * QUOTE_LINES).saturating_sub(hint.width() + 2);
        let (text, ranges) = loop {
            let text = format!("“{}”{hint}", elide_middle(&quote, room));
            let ranges = wrap_ranges(&text, value_w);
            if ranges.len() <= QUOTE_LINES || room == 0 {
                break (text, ranges);
            }
            room = room.saturating_sub(value_w / 4 + 1);
        };
        let quote_end = text.len() - hint.len();
        return ranges
            .into_iter()
            .take(QUOTE_LINES)
            .map(|r| {
                let q = r.start..r.end.min(quote_end);
                let h = r.start.max(quote_end)..r.end;
                let mut v = Vec::new();
                if !q.is_empty() {
                    v.push(Span::styled(text[q].trim_end().to_string(), bold));
                }
                if !h.is_empty() {
                    v.push(Span::raw(text[h].trim_end().to_string()));
                }
                v
            })
            .collect();
    }
    if f.kind.is_choice() {
        let opts = options(&s.doc, f.kind);
        let name = opts.get(f.choice).cloned().unwrap_or_default();
        let v = if focused {
            format!("‹ {name} ›")
        } else {
            name
        };
        return vec![vec![Span::styled(
            fit_ellipsis(&v, value_w).trim_end().to_string(),
            if f.kind == FieldKind::Stance {
                bold
            } else {
                Style::default()
            },
        )]];
    }
    if f.kind == FieldKind::Id && f.text.text.is_empty() && !focused {
        return vec![vec![Span::styled(
            fit_ellipsis("(made from the party and topic)", value_w)
                .trim_end()
                .to_string(),
            Style::default().add_modifier(Modifier::DIM),
        )]];
    }
    text_field_lines(&f.text, value_w, focused)
}

/// The form's lines at `width`, and the lines each field takes (its
/// first line and how many).
fn form_layout(s: &State, form: &Form, width: usize) -> (Vec<Line<'static>>, Vec<(usize, usize)>) {
    let bold = Style::default().add_modifier(Modifier::BOLD);
    let value_w = width.saturating_sub(LABEL).max(1);
    let mut out = Vec::new();
    let mut places = Vec::new();
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
        let values = field_value_lines(s, form, i, value_w);
        places.push((out.len(), values.len().max(1)));
        for (n, value) in values.into_iter().enumerate() {
            let label = if n == 0 {
                Span::styled(
                    fit(f.kind.label(), LABEL),
                    if focused {
                        bold.add_modifier(Modifier::REVERSED)
                    } else {
                        Style::default()
                    },
                )
            } else {
                Span::raw(" ".repeat(LABEL))
            };
            let mut spans = vec![label];
            spans.extend(value);
            out.push(Line::from(spans));
        }
    }
    if let Some(e) = &form.error {
        out.push(Line::styled(
            fit_ellipsis(e, width).trim_end().to_string(),
            bold.add_modifier(Modifier::UNDERLINED),
        ));
    }
    (out, places)
}

/// The lines of the form (exposed for tests).
pub fn form_lines(s: &State, form: &Form, width: usize) -> Vec<Line<'static>> {
    form_layout(s, form, width).0
}

/// The form's box on a screen `area`, its lines and the first of them
/// shown (the lines scroll to keep the focused field in view when the box
/// is too low for them all), and where each field's lines are.
struct FormPlace {
    rect: Rect,
    lines: Vec<Line<'static>>,
    skip: usize,
    places: Vec<(usize, usize)>,
}

fn form_place(s: &State, form: &Form, area: Rect) -> FormPlace {
    let w = area.width.saturating_sub(4).min(96);
    let (lines, places) = form_layout(s, form, usize::from(w.saturating_sub(2)));
    // Room for an error line, so the box does not jump when one comes.
    let rows = lines.len() + usize::from(form.error.is_none());
    let h = u16::try_from(rows + 2).unwrap_or(u16::MAX).min(area.height);
    let rect = centered(area, w, h);
    let inner = usize::from(h.saturating_sub(2)).max(1);
    let (first, n) = places.get(form.focus).copied().unwrap_or((0, 1));
    // The focused field whole in view (its first line if it is taller).
    let skip = (first + n).saturating_sub(inner).min(first);
    FormPlace {
        rect,
        lines,
        skip,
        places,
    }
}

pub(super) fn draw_form(f: &mut Frame, s: &State, form: &Form, area: Rect) {
    let title = match &form.claim {
        Some(id) => format!(" Edit claim {id} "),
        None => " New claim ".to_string(),
    };
    let footer = " Tab field · ←/→ or Space choose · Enter apply · Esc cancel ";
    let place = form_place(s, form, area);
    let Some(ir) = overlay(f, place.rect, &title, Some(footer)) else {
        return;
    };
    let lines: Vec<Line> = place.lines.into_iter().skip(place.skip).collect();
    f.render_widget(Paragraph::new(lines), ir);
}

/// The form's field under a screen cell, if any (for a mouse click).
pub fn form_field_at(s: &State, form: &Form, area: Rect, col: u16, row: u16) -> Option<usize> {
    let place = form_place(s, form, area);
    let inner = inside(place.rect, col, row)?;
    let line = place.skip + usize::from(row - inner.y);
    place
        .places
        .iter()
        .position(|&(first, n)| (first..first + n).contains(&line))
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
    fn wrapping_covers_the_text_in_lines_that_fit_breaking_at_spaces() {
        let t = "Rules out membership, calls it a catalyst for the war; unprecedentedlylongword ok";
        for width in [1, 5, 12, 20, 200] {
            let r = wrap_ranges(t, width);
            // The lines cover the whole text, in order, without a gap.
            assert_eq!(r[0].start, 0);
            assert_eq!(r[r.len() - 1].end, t.len());
            assert!(r.windows(2).all(|w| w[0].end == w[1].start), "{r:?}");
            // Each fits (its trailing spaces aside).
            for x in &r {
                assert!(
                    t[x.clone()].trim_end().width() <= width,
                    "{width}: {:?}",
                    &t[x.clone()]
                );
            }
        }
        let r = wrap_ranges(t, 20);
        let lines: Vec<&str> = r.iter().map(|x| t[x.clone()].trim_end()).collect();
        assert_eq!(
            lines,
            [
                "Rules out",
                "membership, calls it",
                "a catalyst for the",
                "war;",
                "unprecedentedlylongw",
                "ord ok"
            ]
        );
        assert_eq!(
            wrap_ranges("", 10),
            vec![std::ops::Range { start: 0, end: 0 }]
        );
        assert_eq!(wrap_ranges("wide 漢字漢字", 4).len(), 3);
    }

    #[test]
    fn a_focused_long_field_shows_the_lines_around_its_cursor() {
        let text = "one two three four five six seven eight nine ten eleven twelve".to_string();
        let mut t = TextField {
            cursor: text.len(),
            text,
        };
        let lines = |t: &TextField, focused| -> Vec<String> {
            text_field_lines(t, 11, focused)
                .iter()
                .map(|l| l.iter().map(|s| s.content.as_ref()).collect())
                .collect()
        };
        // Unfocused: the first lines, the last one marked as cut.
        let shown = lines(&t, false);
        assert_eq!(shown.len(), TEXT_LINES);
        assert_eq!(shown[0], "one two");
        assert!(shown[TEXT_LINES - 1].ends_with('…'), "{shown:?}");
        // Focused at the end: the last lines, the cursor cell after "twelve".
        let shown = lines(&t, true);
        assert_eq!(shown.len(), TEXT_LINES);
        assert_eq!(shown[TEXT_LINES - 1], "twelve ");
        // At the start: the first line, the cursor on its first letter.
        t.cursor = 0;
        let spans = text_field_lines(&t, 11, true);
        assert_eq!(spans[0][1].content, "o");
        assert!(spans[0][1].style.add_modifier.contains(Modifier::REVERSED));
        // A cursor inside a character never splits it.
        t.text = "é".repeat(30);
        t.cursor = 1;
        let _ = text_field_lines(&t, 11, true);
    }

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
