//! The status line: where you are on the left, a message or the key hints of
//! what is on top on the right; the search prompt while it is open.

use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

use super::{fit, usable, Theme};
use crate::app::{Prompt, State, INCREMENTAL_SEARCH_LIMIT};
use crate::keys::{self, Context};

pub(super) fn draw_status(f: &mut Frame, s: &State, theme: &Theme, r: Rect) {
    if !usable(r) {
        return;
    }
    let bar = theme.bar();
    let searching = s.context() == Context::Search;
    let long = s
        .message
        .as_deref()
        .filter(|m| !searching && !fits(m, r.width));
    let line = match s.prompt().filter(|_| searching) {
        Some(p) => prompt_line(s, p, bar),
        // A long message is drawn above: the line keeps the position.
        None => position_line(
            s,
            s.message.as_deref().filter(|_| long.is_none()),
            bar,
            r.width as usize,
        ),
    };
    f.render_widget(Paragraph::new(line).style(bar), r);
    if let Some(m) = long {
        draw_long_message(f, m, bar, r);
    }
}

/// Whether `message` fits in a status line `width` wide.
pub(super) fn fits(message: &str, width: u16) -> bool {
    message.width() + 2 <= usize::from(width)
}

/// Most lines a message too long for the status line takes above it.
const LONG_MESSAGE_LINES: usize = 6;

/// A message too long for the status line (a drafted panel's notice, an
/// error naming a long path), wrapped in a band just above the status line
/// `r` over what is there, until the next key clears it: read whole
/// instead of cut at the screen's width.
pub(super) fn draw_long_message(f: &mut Frame, message: &str, bar: Style, r: Rect) {
    let width = usize::from(r.width.saturating_sub(2)).max(1);
    // (Not at hyphens: a command's `--write-profile` stays whole.)
    let opts = textwrap::Options::new(width).word_splitter(textwrap::WordSplitter::NoHyphenation);
    let mut lines: Vec<String> = textwrap::wrap(message, opts)
        .into_iter()
        .map(|l| l.into_owned())
        .collect();
    let room = usize::from(r.y).saturating_sub(1).min(LONG_MESSAGE_LINES);
    if room == 0 {
        return;
    }
    if lines.len() > room {
        lines.truncate(room);
        if let Some(last) = lines.last_mut() {
            *last = super::fit_ellipsis(&format!("{last} …"), width);
        }
    }
    let n = u16::try_from(lines.len()).unwrap_or(0);
    let band = Rect::new(r.x, r.y.saturating_sub(n), r.width, n);
    let text: Vec<Line> = lines
        .into_iter()
        .map(|l| Line::styled(format!(" {l}"), bar.add_modifier(Modifier::BOLD)))
        .collect();
    f.render_widget(ratatui::widgets::Clear, band);
    f.render_widget(Paragraph::new(text).style(bar), band);
}

/// `hint  hint` for a context, from the key table.
pub(super) fn hint_text(context: Context) -> Vec<String> {
    joined(keys::hints(context))
}

fn joined(hints: Vec<(String, &str)>) -> Vec<String> {
    hints.into_iter().map(|(k, d)| format!("{k} {d}")).collect()
}

/// The hints of what is on top; while a passage is chosen as a form's
/// quote, its key says so.
fn state_hints(s: &State) -> Vec<String> {
    if !s.quoting() {
        return hint_text(s.context());
    }
    joined(keys::hints_relabelled(
        s.context(),
        &[(crate::action::Action::AddClaim, "take as quote")],
    ))
}

/// The search prompt: `/query▏  3 matches · Enter search  Esc cancel`.
fn prompt_line(s: &State, p: &Prompt, bar: Style) -> Line<'static> {
    let hints = hint_text(Context::Search).join(" · ");
    let count = if p.input.is_empty() || s.doc.article.text().len() > INCREMENTAL_SEARCH_LIMIT {
        String::new()
    } else {
        let n = s.search.matches.len();
        format!("{n} match{} · ", if n == 1 { "" } else { "es" })
    };
    Line::from(vec![
        Span::styled(format!("/{}▏", p.input), bar.add_modifier(Modifier::BOLD)),
        Span::styled(format!("  {count}{hints}"), bar),
    ])
}

/// Where you are: the matrix cell, or the claim, its party and topic, and
/// how far the article is scrolled; the search.
fn position(s: &State) -> Vec<String> {
    let mut left = Vec::new();
    if let Some(m) = s.matrix() {
        let n = s.index.cell(m.party, m.topic).len();
        left.push(format!(
            "{} × {}: {n} claim{}",
            s.doc.parties.get(m.party).map_or("", |p| p.name.as_str()),
            s.doc.topics.get(m.topic).map_or("", |t| t.label.as_str()),
            if n == 1 { "" } else { "s" }
        ));
    } else {
        left.push(match s.claim_position() {
            Some((i, n)) => format!("claim {i}/{n}"),
            None => "no claim".into(),
        });
        if let Some(c) = s.selected.and_then(|c| s.doc.claims.get(c)) {
            left.extend(s.doc.parties.get(c.party).map(|p| p.name.clone()));
            left.extend(s.doc.topics.get(c.topic).map(|t| t.label.clone()));
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
    left
}

/// Hints dropped whole, from the middle (the first, help, and the last,
/// quit, stay as long as they fit), right-aligned in `room` columns.
pub(super) fn fit_hints(parts: Vec<String>, room: usize) -> String {
    let mut parts = parts;
    let join = |p: &[String]| format!(" {} ", p.join("  "));
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
    format!("{}{out}", " ".repeat(room.saturating_sub(out.width())))
}

/// The position on the left; `message` (which wins the room when both do
/// not fit) or the hints on the right.
fn position_line(s: &State, message: Option<&str>, bar: Style, width: usize) -> Line<'static> {
    let mut left = format!(" {} ", position(s).join(" · "));
    if let Some(m) = message {
        if left.width() + m.width() + 2 > width {
            left = match s.claim_position() {
                Some((i, n)) if 12 + m.width() + 2 <= width => format!(" {i}/{n} "),
                _ => String::new(),
            };
        }
    }
    let room = width.saturating_sub(left.width());
    let (right, style) = match message {
        Some(m) => (
            fit(&format!(" {m} "), room),
            bar.add_modifier(Modifier::BOLD),
        ),
        None => (fit_hints(state_hints(s), room), bar),
    };
    Line::from(vec![
        Span::styled(left, bar.add_modifier(Modifier::BOLD)),
        Span::styled(right, style),
    ])
}
