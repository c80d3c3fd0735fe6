//! The terminal shell of the library (`standpoint DIR`): the same set-up,
//! signals and restoring as the reader's, an event loop over
//! [`LibraryApp`], and the library's [`Work`] carried out between frames.

use std::io;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::Duration;

use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::clipboard::CopyToClipboard;
use ratatui::crossterm::event;
use ratatui::crossterm::execute;
use ratatui::Terminal;

use super::{
    install_panic_hook, is_terminal, multiplexer, restore, setup, suspend, watch_signals, Guard,
};
use crate::action::{Action, Effect};
use crate::app::library::{perform, update, LibraryApp, PREVIEW_AFTER};
use crate::library::Library;
use crate::model::Document;
use crate::view::library::draw_library;
use crate::write;

/// Run the library screen on `lib` until the user quits; `notice` is shown
/// in the status line at start.
pub fn run_library(lib: &mut Library, notice: Option<String>) -> io::Result<()> {
    if !is_terminal() {
        return Err(io::Error::other(
            "the library needs a terminal (standard input and output are not one); \
             use `standpoint export DIR --view library` to print to a pipe",
        ));
    }
    let docs = lib.documents().map_err(io::Error::other)?;
    let shown = docs.iter().map(|d| lib.shown(&d.path)).collect();
    watch_signals()?;
    install_panic_hook();
    setup()?;
    let _guard = Guard;
    let mut terminal = Terminal::new(CrosstermBackend::new(super::frame_writer()))?;
    let size = terminal.size()?;
    let mut app = LibraryApp::new(docs, shown, size.width, size.height);
    app.message = notice;
    let options = crate::config::reader();
    app.export_prefs = options.export.clone();
    let mut theme = super::first_theme(&options);
    let mut to_ask = options.ask_terminal;
    let mut dirty = true;
    // The document being opened: its path and where its load arrives.
    let mut loading: Option<(PathBuf, Receiver<Result<Document, String>>)> = None;
    let mut load_started = std::time::Instant::now();
    loop {
        if let Some(o) = app.opening.as_mut().filter(|o| !o.started) {
            o.started = true;
            let (tx, rx) = std::sync::mpsc::channel();
            let summary = o.summary.clone();
            std::thread::spawn(move || {
                let _ = tx.send(Library::load_file(&summary));
            });
            loading = Some((o.summary.path.clone(), rx));
            load_started = std::time::Instant::now();
        }
        // A load that takes a while shows the beginning of the article.
        if let Some(o) = app
            .opening
            .as_mut()
            .filter(|o| o.started && !o.preview_shown && load_started.elapsed() >= PREVIEW_AFTER)
        {
            o.preview_shown = true;
            dirty = true;
        }
        if let Some((path, rx)) = &loading {
            let arrived = match rx.try_recv() {
                Ok(result) => Some(result),
                Err(TryRecvError::Empty) => None,
                Err(TryRecvError::Disconnected) => {
                    Some(Err("loading the document stopped unexpectedly".to_string()))
                }
            };
            if let Some(result) = arrived {
                // A document opened from the library is curated as one
                // opened alone: its session, journal and recovery offer.
                if app.loaded(path, result) {
                    if let Some(r) = app.reader.as_mut() {
                        super::start_curating(r, Vec::new());
                    }
                }
                loading = None;
                dirty = true;
            }
        }
        if dirty {
            terminal.draw(|f| draw_library(f, &app, &theme))?;
            dirty = false;
        }
        if std::mem::take(&mut to_ask) {
            theme = super::asked_theme(&options);
            dirty = true;
            continue;
        }
        let wait = if loading.is_some() { 10 } else { 100 };
        if !event::poll(Duration::from_millis(wait))? {
            continue;
        }
        let Some(action) = super::action_for(event::read()?, app.context(), &mut terminal)? else {
            continue;
        };
        dirty = true;
        let work = update(&mut app, action);
        let effect = perform(&mut app, lib, work);
        match effect {
            Effect::None | Effect::Back => {}
            Effect::Curate(e) => {
                if app.reader.as_mut().is_some_and(|r| r.carry_out(e)) {
                    break;
                }
            }
            Effect::Quit => break,
            Effect::Suspend => {
                suspend()?;
                let size = terminal.size()?;
                terminal.resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))?;
                update(&mut app, Action::Resize(size.width, size.height));
            }
            Effect::Write {
                path,
                text,
                overwrite,
            } => {
                let result = write::write_file(&path, &text, overwrite);
                app.write_result(result, text);
            }
            Effect::Copy(copied) => {
                let sent = execute!(
                    io::stdout(),
                    CopyToClipboard::to_clipboard_from(copied.text.as_str())
                );
                app.copy_result(&copied, sent, multiplexer());
            }
        }
        if let Some(r) = app.reader.as_mut() {
            r.write_journal();
        }
    }
    drop(terminal);
    restore();
    Ok(())
}
