//! Drawing the library ([`LibraryApp`]): the reader when a document is
//! open; else the top library screen (the list, a timeline, the matrix or
//! search results, each rendered by [`crate::library::screens`]), a status
//! line with the screen's keys or a message, and the overlays (help, the
//! export dialog, a question) over it.

use ratatui::layout::{Constraint, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph};
use ratatui::Frame;

use super::status::{fit_hints, hint_text};
use super::{clear_overlay, fit, overlays, usable, Theme};
use crate::app::library::{LibDialog, LibMode, LibraryApp};

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

/// The top screen's lines, `height` of them, none wider than `width`.
pub fn body_lines(app: &LibraryApp, theme: &Theme, width: u16, height: u16) -> Vec<Line<'static>> {
    match app.screen() {
        Some(LibMode::Timeline(t)) => t.render(width, height, theme),
        Some(LibMode::Matrix(m)) => m.render(width, height, theme),
        Some(LibMode::Search(s)) => s.render(width, height, theme),
        _ => app.list.render(width, height, theme),
    }
}

/// The message, else the keys of what is on top.
fn draw_status(f: &mut Frame, app: &LibraryApp, theme: &Theme, r: Rect) {
    if !usable(r) {
        return;
    }
    let bar = theme.bar();
    let w = usize::from(r.width);
    let line = match &app.message {
        Some(m) => Line::styled(fit(&format!(" {m} "), w), bar.add_modifier(Modifier::BOLD)),
        None => Line::styled(fit_hints(hint_text(app.context()), w), bar),
    };
    f.render_widget(Paragraph::new(line).style(bar), r);
}

/// The export dialog of a library screen.
fn draw_dialog(f: &mut Frame, d: &LibDialog, area: Rect) {
    let r = area.centered(Constraint::Length(64), Constraint::Length(7));
    if !usable(r) || r.height < 3 {
        return;
    }
    clear_overlay(f, r);
    let bold = Style::default().add_modifier(Modifier::BOLD);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Double)
        .title(Line::styled(" Export ", bold));
    let ir = block.inner(r);
    f.render_widget(block, r);
    let lines = vec![
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
            Span::styled(format!("./{}", d.file_name()), bold),
        ]),
        Line::default(),
        Line::raw("Enter writes · Esc cancels"),
    ];
    f.render_widget(Paragraph::new(lines), ir);
}
