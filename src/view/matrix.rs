//! The party x topic matrix, drawn from the rows the app lays out
//! ([`MatrixLayout`]): only the rows on screen are formatted, so a document
//! with thousands of conflicts draws as fast as a small one. A mark in the
//! bottom border says when there is more above or below.

use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use super::{clear_overlay, fit_ellipsis, pane_block, usable, Theme};
use crate::app::{MatrixForm, MatrixLayout, MatrixRow, State};
use crate::layout::inner;
use crate::model::Stance;

const HINT: &str = "arrows move · Enter filter · PgUp/PgDn scroll · Esc close";

/// A cell's style: red and bold in conflict, reversed under the cursor.
fn cell_style(theme: &Theme, text: &str, here: bool) -> Style {
    let mut st = if text.contains('!') {
        theme.conflict()
    } else {
        Style::default()
    };
    if here {
        st = st.add_modifier(Modifier::REVERSED);
    }
    st
}

/// Conflict `n` in two lines: `! Ukraine joins NATO`, then who stands
/// where, `FAVOR Ukraine · AGAINST United States` (each side's parties
/// once, in claim order; a party with claims on both sides is on both).
pub fn conflict_line(s: &State, n: usize, line: usize) -> String {
    let doc = &s.doc;
    let Some(c) = s.index.conflict_targets().get(n) else {
        return String::new();
    };
    if line == 0 {
        return format!("! {}", s.index.target_text(doc, c.target));
    }
    // Each side's parties, once each, as the export lists them: "FAVOR
    // A, B · AGAINST C" (a party on both sides is named on both).
    let side = |claims: &[usize], stance: Stance| -> Option<String> {
        let mut names: Vec<&str> = Vec::new();
        for cl in claims.iter().filter_map(|&i| doc.claims.get(i)) {
            let name = doc.parties.get(cl.party).map_or("?", |p| p.name.as_str());
            if !names.contains(&name) {
                names.push(name);
            }
        }
        (!names.is_empty()).then(|| format!("{} {}", stance.badge(), names.join(", ")))
    };
    let sides: Vec<String> = [
        side(&c.favor, Stance::Favor),
        side(&c.against, Stance::Against),
    ]
    .into_iter()
    .flatten()
    .collect();
    format!("  {}", sides.join(" · "))
}

/// Row `row` of the matrix as a line `w` columns wide (`top`: the first
/// line of the area).
fn matrix_line(
    s: &State,
    theme: &Theme,
    layout: &MatrixLayout,
    row: MatrixRow,
    w: usize,
    top: bool,
) -> Line<'static> {
    let doc = &s.doc;
    let cursor = s.matrix().map(|m| (m.party, m.topic));
    let bold = Style::default().add_modifier(Modifier::BOLD);
    match (row, &layout.form) {
        (MatrixRow::Header, MatrixForm::Grid { name, cells }) => {
            let mut spans = vec![Span::raw(" ".repeat(*name))];
            for (t, cw) in doc.topics.iter().zip(cells) {
                spans.push(Span::styled(
                    fit_ellipsis(&t.label, cw.saturating_sub(1)),
                    bold.add_modifier(Modifier::UNDERLINED),
                ));
                spans.push(Span::raw(" "));
            }
            Line::from(spans)
        }
        (MatrixRow::Party { party, line }, MatrixForm::Grid { name, cells }) => {
            let p = doc.parties.get(party);
            // A party's later line at the top of the area still names it.
            let label = if line == 0 || top {
                p.map_or("", |p| p.name.as_str())
            } else {
                ""
            };
            let mut spans = vec![
                Span::styled(
                    fit_ellipsis(label, name.saturating_sub(2)),
                    theme.party(p.and_then(|p| p.color.as_deref())),
                ),
                Span::raw("  "),
            ];
            for (t, cw) in cells.iter().enumerate() {
                let text = s.cell_text(party, t, line);
                let here = cursor == Some((party, t));
                spans.push(Span::styled(
                    fit_ellipsis(&text, cw.saturating_sub(1)),
                    cell_style(theme, &text, here),
                ));
                spans.push(Span::raw(" "));
            }
            Line::from(spans)
        }
        (MatrixRow::Party { party, .. }, MatrixForm::List { .. }) => {
            let p = doc.parties.get(party);
            Line::styled(
                fit_ellipsis(p.map_or("", |p| p.name.as_str()), w),
                theme.party(p.and_then(|p| p.color.as_deref())),
            )
        }
        (MatrixRow::Topic { party, topic }, MatrixForm::List { label }) => {
            let name = doc.topics.get(topic).map_or("", |t| t.label.as_str());
            let lines = s.index.cell_stances(party, topic).len().max(1);
            let text = (0..lines)
                .map(|k| s.cell_text(party, topic, k))
                .collect::<Vec<_>>()
                .join(", ");
            let here = cursor == Some((party, topic));
            let rest = w.saturating_sub(2 + label);
            Line::from(vec![
                Span::raw("  "),
                Span::raw(fit_ellipsis(name, label.saturating_sub(2))),
                Span::raw("  "),
                Span::styled(fit_ellipsis(&text, rest), cell_style(theme, &text, here)),
            ])
        }
        (MatrixRow::ConflictHeading, _) => Line::styled(
            fit_ellipsis("Conflicts (!): opposite stances toward the same target", w),
            bold,
        ),
        (MatrixRow::Conflict { n, line }, _) => {
            let style = if line == 0 {
                theme.conflict()
            } else {
                Style::default()
            };
            Line::styled(fit_ellipsis(&conflict_line(s, n, line), w), style)
        }
        (MatrixRow::Hint, _) => Line::styled(fit_ellipsis(HINT, w), theme.dim()),
        _ => Line::default(),
    }
}

/// The whole matrix as lines for its current width (for tests and small
/// documents; drawing formats only the rows on screen).
pub fn matrix_lines(s: &State, theme: &Theme) -> Vec<Line<'static>> {
    let layout = s.matrix_layout();
    let w = s.screen.matrix_inner().width as usize;
    (0..layout.len())
        .map(|i| matrix_line(s, theme, &layout, layout.row(i), w, false))
        .collect()
}

/// The scroll mark in the bottom border: which rows are shown, and which
/// way there is more.
fn scroll_mark(top: usize, shown: usize, total: usize) -> Option<String> {
    if shown >= total {
        return None;
    }
    let arrows = match (top > 0, top + shown < total) {
        (true, true) => "↑↓ PgUp/PgDn",
        (false, _) => "↓ more: PgDn",
        (true, false) => "↑ more: PgUp",
    };
    Some(format!(
        " rows {}–{} of {total} {arrows} ",
        top + 1,
        top + shown
    ))
}

pub(super) fn draw_matrix(f: &mut Frame, s: &State, theme: &Theme, r: Rect) {
    if !usable(r) || r.height < 2 {
        return;
    }
    clear_overlay(f, r);
    let layout = s.matrix_layout();
    let ir = inner(r);
    let w = ir.width as usize;
    let win = s.matrix_window(&layout);
    let mut block = pane_block(
        Line::styled(
            " Matrix: parties × topics ",
            Style::default().add_modifier(Modifier::BOLD),
        ),
        true,
    );
    if let Some(mark) = scroll_mark(win.first, win.rows, layout.len()) {
        let bold = Style::default().add_modifier(Modifier::BOLD);
        block = block.title_bottom(Line::styled(mark, bold).right_aligned());
    }
    f.render_widget(block, r);
    if !usable(ir) {
        return;
    }
    let header = win
        .header
        .then(|| matrix_line(s, theme, &layout, MatrixRow::Header, w, false));
    let rows = (win.first..win.first + win.rows)
        .map(|i| matrix_line(s, theme, &layout, layout.row(i), w, i == win.first));
    let lines: Vec<Line> = header.into_iter().chain(rows).collect();
    f.render_widget(Paragraph::new(lines), ir);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scroll_mark_says_where_the_rest_is() {
        assert_eq!(scroll_mark(0, 10, 10), None);
        assert_eq!(
            scroll_mark(0, 10, 25).as_deref(),
            Some(" rows 1–10 of 25 ↓ more: PgDn ")
        );
        assert_eq!(
            scroll_mark(5, 10, 25).as_deref(),
            Some(" rows 6–15 of 25 ↑↓ PgUp/PgDn ")
        );
        assert_eq!(
            scroll_mark(15, 10, 25).as_deref(),
            Some(" rows 16–25 of 25 ↑ more: PgUp ")
        );
    }
}
