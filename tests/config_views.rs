//! What the configuration changes in the reader's state and views: the
//! export dialog's format, width and directory; the colours of each theme
//! (snapshots of every coloured run of the start screen).

use ratatui::backend::TestBackend;
use ratatui::style::Color;
use ratatui::Terminal;

use standpoint::action::Effect;
use standpoint::app::{update, Action, State};
use standpoint::config::ExportPrefs;
use standpoint::export::Format;
use standpoint::loader;
use standpoint::view::{self, Theme};

#[test]
fn the_export_dialog_uses_the_configured_format_width_and_directory() {
    let mut s = State::new(loader::bundled().unwrap(), 120, 40);
    s.export_prefs = ExportPrefs {
        format: Some(Format::Text),
        width: 30,
        dir: Some("/srv/exports".into()),
    };
    update(&mut s, Action::Export);
    let Effect::Write { path, text, .. } = update(&mut s, Action::Submit) else {
        panic!("no write");
    };
    assert_eq!(path.parent(), Some(std::path::Path::new("/srv/exports")));
    assert_eq!(path.extension().and_then(|e| e.to_str()), Some("txt"));
    assert!(text.lines().count() > 3);
    assert!(
        text.lines()
            .all(|l| unicode_width::UnicodeWidthStr::width(l) <= 30),
        "{text}"
    );
    // The dialog shows where the file goes.
    let mut s = State::new(loader::bundled().unwrap(), 120, 40);
    s.export_prefs.dir = Some("/srv/exports".into());
    update(&mut s, Action::Export);
    let screen = format!("{:?}", render(&s, Theme::DARK).backend());
    assert!(screen.contains("/srv/exports/"), "{screen}");
    // Without a configuration: Markdown, in the current directory.
    let mut s = State::new(loader::bundled().unwrap(), 120, 40);
    update(&mut s, Action::Export);
    let Effect::Write { path, .. } = update(&mut s, Action::Submit) else {
        panic!("no write");
    };
    assert_eq!(path.parent(), Some(std::path::Path::new("")));
    assert_eq!(path.extension().and_then(|e| e.to_str()), Some("md"));
}

fn render(s: &State, theme: Theme) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(s.screen.full.width, s.screen.full.height)).unwrap();
    t.draw(|f| view::draw(f, s, &theme)).unwrap();
    t
}

/// Every run of text drawn in a colour: `row: colour "text"`.
fn coloured_runs(t: &Terminal<TestBackend>) -> String {
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut run: Option<(Color, String)> = None;
        for x in 0..buf.area.width {
            let cell = &buf[(x, y)];
            let fg = cell.fg;
            match &mut run {
                Some((c, text)) if *c == fg => text.push_str(cell.symbol()),
                _ => {
                    if let Some((c, text)) = run.take() {
                        if c != Color::Reset && !text.trim().is_empty() {
                            out.push_str(&format!("{y:2}: {c:?} {:?}\n", text.trim()));
                        }
                    }
                    run = Some((fg, cell.symbol().to_string()));
                }
            }
        }
        if let Some((c, text)) = run {
            if c != Color::Reset && !text.trim().is_empty() {
                out.push_str(&format!("{y:2}: {c:?} {:?}\n", text.trim()));
            }
        }
    }
    out
}

#[test]
fn each_theme_colours_the_start_screen() {
    let start = State::new(loader::bundled().unwrap(), 100, 30);
    let mut matrix = State::new(loader::bundled().unwrap(), 100, 30);
    update(&mut matrix, Action::ToggleMatrix);
    for (name, theme) in [("dark", Theme::DARK), ("light", Theme::LIGHT)] {
        let text = coloured_runs(&render(&start, theme))
            + "--- matrix\n"
            + &coloured_runs(&render(&matrix, theme));
        insta::assert_snapshot!(format!("theme_{name}"), text);
    }
    // The two differ in every colour, and monochrome has none.
    let dark = coloured_runs(&render(&start, Theme::DARK));
    let light = coloured_runs(&render(&start, Theme::LIGHT));
    assert_eq!(dark.lines().count(), light.lines().count());
    assert!(dark.lines().zip(light.lines()).all(|(a, b)| a != b));
    assert_eq!(coloured_runs(&render(&start, Theme::MONO)), "");
}
