//! Drawing the library ([`LibraryApp`]): the reader when a document is
//! open; else the top library screen (the list, a timeline, the matrix or
//! search results, each rendered by [`crate::library::screens`]), a status
//! line with the screen's keys or a message, and the overlays (help, the
//! export dialog, a question) over it.

use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use super::status::{draw_long_message, fit_hints, fits, hint_text};
use super::{fit, overlays, usable, Theme};
use crate::app::library::{LibDialog, LibMode, LibraryApp};
use crate::library::DocKind;

/// Draw the whole screen.
pub fn draw_library(f: &mut Frame, app: &LibraryApp, theme: &Theme) {
    if let Some(r) = app.reader.as_deref() {
        super::draw(f, r, theme);
        return;
    }
    let area = f.area();
    if !usable(area) || area.height < 2 {
        return;
    }
    let body = Rect::new(area.x, area.y, area.width, area.height - 1);
    let lines = body_lines(app, theme, body.width, body.height);
    for (i, line) in lines.into_iter().enumerate() {
        let y = body.y + u16::try_from(i).unwrap_or(u16::MAX);
        if y >= body.bottom() {
            break;
        }
        f.render_widget(line, Rect::new(body.x, y, body.width, 1));
    }
    draw_status(
        f,
        app,
        theme,
        Rect::new(area.x, body.bottom(), area.width, 1),
    );
    for mode in app.modes() {
        match mode {
            LibMode::Help(h) => overlays::draw_help(f, h, area),
            LibMode::Export(d) => draw_dialog(f, d, area),
            LibMode::Confirm(c) => overlays::draw_confirm(f, c, area),
            LibMode::Timeline(_) | LibMode::Matrix(_) | LibMode::Search(_) => {}
        }
    }
}

/// The top screen's lines, `height` of them, none wider than `width`;
/// while a document opens, the beginning of its article.
pub fn body_lines(app: &LibraryApp, theme: &Theme, width: u16, height: u16) -> Vec<Line<'static>> {
    if let Some((o, text)) = app
        .opening
        .as_ref()
        .filter(|o| o.preview_shown)
        .and_then(|o| o.preview.as_deref().map(|t| (o, t)))
    {
        let what = if o.summary.kind == DocKind::Article {
            "drafting a panel for this article…"
        } else {
            "loading its claims…"
        };
        return preview_lines(text, what, theme, width, height);
    }
    match app.screen() {
        Some(LibMode::Timeline(t)) => t.render(width, height, theme),
        Some(LibMode::Matrix(m)) => m.render(width, height, theme),
        Some(LibMode::Search(s)) => s.render(width, height, theme),
        _ => app.list.render(width, height, theme),
    }
}

/// The beginning of an article being opened: a line saying what is
/// under way, then the text wrapped to `width` (paragraphs kept), as
/// many lines as `height` holds.
fn preview_lines(
    text: &str,
    what: &str,
    theme: &Theme,
    width: u16,
    height: u16,
) -> Vec<Line<'static>> {
    let w = usize::from(width);
    let wrap = w.saturating_sub(2).max(1);
    let mut out = vec![
        Line::styled(fit(&format!(" {what}"), w), theme.dim()),
        Line::raw(""),
    ];
    'text: for para in text.lines() {
        if para.trim().is_empty() {
            if out.last().is_some_and(|l| l.width() > 0) {
                out.push(Line::raw(""));
            }
            continue;
        }
        for l in textwrap::wrap(para.trim_end(), wrap) {
            if out.len() >= usize::from(height) {
                break 'text;
            }
            out.push(Line::raw(fit(&format!(" {l}"), w)));
        }
    }
    out.truncate(usize::from(height));
    out
}

/// The message, else the keys of what is on top.
fn draw_status(f: &mut Frame, app: &LibraryApp, theme: &Theme, r: Rect) {
    if !usable(r) {
        return;
    }
    let bar = theme.bar();
    let w = usize::from(r.width);
    let line = match app.message.as_deref().filter(|m| fits(m, r.width)) {
        Some(m) => Line::styled(fit(&format!(" {m} "), w), bar.add_modifier(Modifier::BOLD)),
        None => Line::styled(fit_hints(hint_text(app.context()), w), bar),
    };
    f.render_widget(Paragraph::new(line).style(bar), r);
    if let Some(m) = app.message.as_deref().filter(|m| !fits(m, r.width)) {
        draw_long_message(f, m, bar, r);
    }
}

/// The export dialog of a library screen.
fn draw_dialog(f: &mut Frame, d: &LibDialog, area: Rect) {
    overlays::draw_export_box(
        f,
        area,
        &d.current_view().name(),
        d.current_format().name(),
        d.choice.shown_path(),
    );
}
