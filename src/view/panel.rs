//! The stance panel: party headings (one sticks to the top while its claims
//! scroll under it), topics, claims with their badges and marks.

use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

use super::{fit, pane_block, pane_title, usable, Theme};
use crate::app::{Focus, PanelLine, State, BADGE_WIDTH, PANEL_GUTTER};
use crate::layout::inner;
use crate::model::{Stance, Status};

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

pub(super) fn draw_panel(f: &mut Frame, s: &State, theme: &Theme, r: Rect) {
    if !usable(r) || r.height < 2 {
        return;
    }
    let focused = s.focus == Focus::Panel && s.top().is_none();
    let title = Line::from(vec![
        pane_title("Stances", focused),
        Span::raw(filter_title(s)),
    ]);
    f.render_widget(pane_block(title, focused), r);
    let ir = inner(r);
    if !usable(ir) {
        return;
    }
    let view = s.visible_bytes();
    let w = s.panel_window();
    let heading = w.heading.map(|p| party_heading(s, theme, p));
    let rows = s.panel[w.first..w.first + w.rows]
        .iter()
        .map(|line| panel_line(s, theme, line, view, ir.width as usize));
    for (i, line) in heading.into_iter().chain(rows).enumerate() {
        let row = Rect::new(ir.x, ir.y + i as u16, ir.width, 1);
        f.render_widget(line, row);
    }
}

/// "United States  7 claims" (claims shown under the topic filter).
fn party_heading(s: &State, theme: &Theme, p: usize) -> Line<'static> {
    let party = s.doc.parties.get(p);
    let n = s.party_count(p);
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

/// The gutter of a claim's row: `▶` when selected, `•` when its quote is on
/// screen (first row only).
fn gutter(s: &State, line: &PanelLine, c: usize, (vs, ve): (usize, usize)) -> String {
    if !matches!(line, PanelLine::ClaimFirst { .. }) {
        return "  ".to_string();
    }
    let sel = if s.selected == Some(c) { '▶' } else { ' ' };
    let in_view = s
        .doc
        .claims
        .get(c)
        .is_some_and(|cl| cl.span.start < ve && cl.span.end.max(cl.span.start + 1) > vs);
    format!("{sel}{}", if in_view { '•' } else { ' ' })
}

fn panel_line(
    s: &State,
    theme: &Theme,
    line: &PanelLine,
    view: (usize, usize),
    width: usize,
) -> Line<'static> {
    let doc = &s.doc;
    let indent = " ".repeat(BADGE_WIDTH);
    let mut l = match line {
        PanelLine::Party(p) => party_heading(s, theme, *p),
        PanelLine::Topic(t) => Line::from(Span::styled(
            format!("  {}", doc.topics.get(*t).map_or("", |t| t.label.as_str())),
            Style::default().add_modifier(Modifier::UNDERLINED),
        )),
        PanelLine::ClaimFirst { claim } => {
            let stance = doc.claims.get(*claim).map_or(Stance::Unclear, |c| c.stance);
            let badge = if s.conflicts(*claim) {
                format!("{} !", stance.badge())
            } else {
                stance.badge().to_string()
            };
            Line::from(vec![
                Span::raw(gutter(s, line, *claim, view)),
                Span::styled(fit(&badge, BADGE_WIDTH), theme.badge(stance)),
                Span::raw(s.summary_row(*claim, 0).to_string()),
            ])
        }
        PanelLine::ClaimMore { claim, row } => Line::from(vec![
            Span::raw(gutter(s, line, *claim, view)),
            Span::raw(indent),
            Span::raw(s.summary_row(*claim, *row).to_string()),
        ]),
        PanelLine::ClaimSpeaker { claim } => {
            let mut v = vec![Span::raw(gutter(s, line, *claim, view)), Span::raw(indent)];
            if let Some(c) = doc.claims.get(*claim) {
                v.push(Span::styled(format!("— {}", c.speaker), theme.dim()));
                if c.status == Status::Draft {
                    v.push(Span::raw("  "));
                    v.push(Span::styled(
                        "DRAFT",
                        Style::default().add_modifier(Modifier::BOLD),
                    ));
                    // The review keys, on the selected claim when they fit.
                    let used: usize = v.iter().map(|sp| sp.content.width()).sum();
                    let keys = " · a accept · x reject";
                    if s.selected == Some(*claim) && used + keys.width() <= width {
                        v.push(Span::raw(keys));
                    }
                }
                let used: usize = v.iter().map(|sp| sp.content.width()).sum();
                if s.conflicts(*claim) && used + 12 <= width {
                    v.push(Span::raw("  "));
                    v.push(Span::styled("! conflict", theme.conflict()));
                }
            }
            Line::from(v)
        }
        PanelLine::ClaimTarget { claim } => {
            let mut v = vec![Span::raw(gutter(s, line, *claim, view)), Span::raw(indent)];
            if let Some(c) = doc.claims.get(*claim) {
                let room = width.saturating_sub(PANEL_GUTTER + BADGE_WIDTH);
                v.push(Span::styled(
                    super::review::target_text(c, room),
                    theme.dim(),
                ));
            }
            Line::from(v)
        }
        PanelLine::ProblemHeading => Line::styled(
            super::fit_ellipsis(
                "Claims that did not load (fix them in the file, then R)",
                width,
            )
            .trim_end()
            .to_string(),
            theme.conflict().add_modifier(Modifier::BOLD),
        ),
        PanelLine::Problem { index, row } => {
            super::review::problem_line(s, theme, *index, *row, width)
        }
        PanelLine::NoPosition => Line::from(Span::styled(
            format!("  {indent}no stated position"),
            Style::default().add_modifier(Modifier::ITALIC),
        )),
        PanelLine::Blank => Line::default(),
    };
    if line.claim().is_some() && line.claim() == s.selected {
        l = l.patch_style(Style::default().add_modifier(Modifier::REVERSED));
    }
    l
}
