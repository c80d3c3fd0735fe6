//! The thin terminal shell: raw mode, the alternate screen, mouse capture,
//! the event loop, signals, and restoring the terminal exactly on every way
//! out (quit, error, panic, SIGTERM, SIGHUP, Ctrl-Z).

use std::io::{self, IsTerminal, Write};
use std::sync::Once;
use std::time::Duration;

use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::clipboard::CopyToClipboard;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind,
};
use ratatui::crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen,
};
use ratatui::crossterm::{cursor, execute};
use ratatui::Terminal;

use crate::action::{Action, Effect};
use crate::app::{self, Multiplexer, State};
use crate::keys;
use crate::model::Document;
use crate::view;
use crate::{config, platform, write};

mod library;
pub use library::run_library;

/// Enter raw mode, the alternate screen and (unless the configuration
/// turns it off) mouse capture.
fn setup() -> io::Result<()> {
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, cursor::Hide)?;
    if config::reader().mouse {
        execute!(io::stdout(), EnableMouseCapture)?;
    }
    Ok(())
}

/// Undo [`setup`], all of it, ignoring errors (it runs on the way out).
pub fn restore() {
    let mut out = io::stdout();
    let _ = execute!(out, DisableMouseCapture, LeaveAlternateScreen, cursor::Show);
    let _ = disable_raw_mode();
    let _ = out.flush();
}

/// Restores the terminal when dropped (early returns and unwinding).
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

/// SIGTERM and SIGHUP restore the terminal and exit from their own
/// thread: after a hang-up crossterm's event reader can spin on a closed
/// tty without ever returning to the event loop.
fn watch_signals() -> io::Result<()> {
    platform::on_termination(restore)
}

fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
    });
}

/// The full document, loading on another thread while a preview is shown:
/// the document, or the rendered error.
pub type Pending = std::sync::mpsc::Receiver<Result<Document, String>>;

/// True when standard output is a terminal and keys can be read: from
/// standard input, or, when an article is piped in (`standpoint -`), from
/// the controlling terminal (`/dev/tty`, which crossterm reads then).
pub fn is_terminal() -> bool {
    io::stdout().is_terminal() && platform::keys_readable()
}

/// Run the reader on `doc` until the user quits; `notice` is shown in the
/// status line at start.
pub fn run(doc: Document, notice: Option<String>) -> io::Result<()> {
    run_inner(doc, None, notice, Vec::new())
}

/// [`run`] on a document loaded leniently: `problems` are the claims that
/// did not load, listed in the panel.
pub fn run_with_problems(
    doc: Document,
    problems: Vec<crate::loader::ClaimProblem>,
    notice: Option<String>,
) -> io::Result<()> {
    run_inner(doc, None, notice, problems)
}

/// Start curating the reader's document (when it has a file to save
/// into), with the recovery journal in the user's state directory.
fn start_curating(state: &mut State, problems: Vec<crate::loader::ClaimProblem>) {
    let cwd = std::env::current_dir().unwrap_or_else(|_| std::path::PathBuf::from("."));
    if let Some(session) = app::session_for(&state.doc, &cwd) {
        let recovery = crate::curate::Recovery::default_location().ok();
        state.start_curation(session, recovery);
        if !problems.is_empty() {
            state.set_problems(problems);
        }
    }
}

/// The annotation a preview was of, loaded leniently, when only some of
/// its claims have problems.
fn lenient_reload(preview: &State) -> Option<(Document, Vec<crate::loader::ClaimProblem>)> {
    let path = preview.doc.path.as_deref()?;
    if !crate::draft::is_annotation_path(path) {
        return None;
    }
    crate::loader::load_path_lenient(path)
        .ok()
        .filter(|(_, problems)| !problems.is_empty())
}

/// A way to start loading the full document (called once the first frame
/// is on screen, so the loading does not compete with it).
pub type Load = Box<dyn FnOnce() -> Pending>;

/// Run the reader on `preview` (the start of the article, drawn at once),
/// start `load` and switch to the full document when it delivers; `notice`
/// is shown in the status line once the document is complete. A load error
/// leaves the terminal as it was and is returned.
pub fn run_loading(preview: Document, load: Load, notice: Option<String>) -> io::Result<()> {
    run_inner(preview, Some(load), notice, Vec::new())
}

/// The terminal multiplexer the reader runs in, from the environment.
fn multiplexer() -> Option<Multiplexer> {
    Multiplexer::from_env(|k| std::env::var(k).ok())
}

fn run_inner(
    doc: Document,
    mut load: Option<Load>,
    notice: Option<String>,
    problems: Vec<crate::loader::ClaimProblem>,
) -> io::Result<()> {
    let mut pending: Option<Pending> = None;
    if !is_terminal() {
        return Err(io::Error::other(
            "the reader needs a terminal (standard input and output are not one); \
             use `standpoint export` to print to a pipe",
        ));
    }
    watch_signals()?;
    install_panic_hook();
    let options = config::reader();
    setup()?;
    let _guard = Guard;
    let mut terminal = Terminal::new(CrosstermBackend::new(frame_writer()))?;
    let size = terminal.size()?;
    let mut state = State::new(doc, size.width, size.height);
    state.export_prefs = options.export.clone();
    if load.is_none() {
        start_curating(&mut state, problems);
    }
    if load.is_some() {
        state.message = Some(if state.doc.draft {
            "drafting the panel from the text…".into()
        } else {
            "loading the annotations…".into()
        });
    }
    // Shown once the document is complete (a preview's message says it is
    // still loading).
    let mut notice = notice;
    if load.is_none() {
        state.message = notice.take().or(state.message.take());
    }
    let mut last_poll = std::time::Instant::now();
    let mut theme = first_theme(&options);
    let mut to_ask = options.ask_terminal;
    let mut dirty = true;
    loop {
        if let Some(rx) = &pending {
            match rx.try_recv() {
                Ok(Ok(doc)) => {
                    let size = terminal.size()?;
                    state = State::new(doc, size.width, size.height);
                    state.export_prefs = options.export.clone();
                    state.message = notice.take().or(state.message.take());
                    start_curating(&mut state, Vec::new());
                    pending = None;
                    dirty = true;
                }
                Ok(Err(message)) => match lenient_reload(&state) {
                    // A large annotation with some bad claims opens anyway
                    // (as a small one does), the bad ones listed.
                    Some((doc, problems)) => {
                        let size = terminal.size()?;
                        state = State::new(doc, size.width, size.height);
                        state.export_prefs = options.export.clone();
                        state.message = notice.take().or(state.message.take());
                        start_curating(&mut state, problems);
                        pending = None;
                        dirty = true;
                    }
                    None => {
                        drop(terminal);
                        restore();
                        return Err(io::Error::other(message));
                    }
                },
                Err(std::sync::mpsc::TryRecvError::Empty) => {}
                Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                    drop(terminal);
                    restore();
                    return Err(io::Error::other(
                        "loading the document stopped unexpectedly",
                    ));
                }
            }
        }
        if dirty {
            terminal.draw(|f| view::draw(f, &state, &theme))?;
            dirty = false;
        }
        if let Some(start) = load.take() {
            pending = Some(start());
        }
        if std::mem::take(&mut to_ask) {
            theme = asked_theme(&options);
            dirty = true;
            continue;
        }
        let wait = if pending.is_some() { 10 } else { 100 };
        if last_poll.elapsed() >= Duration::from_secs(1) {
            last_poll = std::time::Instant::now();
            dirty |= state.poll_disk();
        }
        if !event::poll(Duration::from_millis(wait))? {
            continue;
        }
        let ev = event::read()?;
        #[cfg(feature = "testing")]
        debug_panic(&ev);
        let Some(action) = action_for(ev, state.context(), &mut terminal)? else {
            continue;
        };
        dirty = true;
        if clicked_in_overlay(&mut state, action) {
            state.write_journal();
            continue;
        }
        let effect = app::update(&mut state, action);
        if carry_out(&mut terminal, &mut state, effect)? {
            break;
        }
        state.write_journal();
    }
    drop(terminal);
    restore();
    Ok(())
}

/// The colours of the first frame: none while the terminal is still to
/// be asked what its background is (so never the wrong ones), else the
/// theme.
pub(crate) fn first_theme(options: &config::Reader) -> view::Theme {
    if options.ask_terminal {
        view::Theme::MONO
    } else {
        options.theme
    }
}

/// The theme once the terminal has said what its background is: asked
/// after the first frame and before any key is read (the answer comes in
/// on the keyboard's input), waiting at most 150 ms (no answer: dark).
pub(crate) fn asked_theme(options: &config::Reader) -> view::Theme {
    let light = crate::platform::ask_light_background(Duration::from_millis(150));
    view::Theme {
        mono: options.theme.mono,
        light: light.unwrap_or(options.theme.light),
    }
}

/// The action an event means where `context`'s keys apply (a resize
/// resizes the terminal first), for the reader's loop and the library's.
pub(crate) fn action_for(
    ev: Event,
    context: keys::Context,
    terminal: &mut Terminal<CrosstermBackend<FrameWriter>>,
) -> io::Result<Option<Action>> {
    Ok(match ev {
        Event::Key(k) if k.kind == KeyEventKind::Press => keys::lookup(context, &k),
        Event::Mouse(m) => keys::mouse_action(&m),
        Event::Resize(w, h) => {
            // Repaint everything: the terminal may have reflowed or
            // dropped what was drawn, even when the size comes back to the
            // one ratatui last drew at.
            terminal.resize(ratatui::layout::Rect::new(0, 0, w, h))?;
            Some(Action::Resize(w, h))
        }
        _ => None,
    })
}

/// A click on a picker's row chooses it; on a form's field, focuses it
/// (or opens it, if focused). The places are the view's to know, so the
/// shell asks it. True if the click was taken.
fn clicked_in_overlay(state: &mut State, action: Action) -> bool {
    let Action::Click { col, row } = action else {
        return false;
    };
    let area = state.screen.full;
    match state.top() {
        Some(app::Mode::Picker(p)) => match view::picker_row_at(p, area, col, row) {
            Some(i) => {
                state.pick_row(i);
                true
            }
            None => false,
        },
        Some(app::Mode::Form(f)) => match view::form_field_at(state, f, area, col, row) {
            Some(i) => {
                state.click_field(i);
                true
            }
            None => false,
        },
        _ => false,
    }
}

/// What frames are written through: standard output with a buffer that
/// holds a whole frame, sent in a few writes when ratatui flushes at the
/// end of each draw (standard output's own buffer sends a write every
/// kilobyte: 20 or more for a first screen).
pub(crate) type FrameWriter = io::BufWriter<io::Stdout>;

pub(crate) fn frame_writer() -> FrameWriter {
    io::BufWriter::with_capacity(1 << 16, io::stdout())
}

/// Carry out an update's effect; true when the reader should quit.
fn carry_out(
    terminal: &mut Terminal<CrosstermBackend<FrameWriter>>,
    state: &mut State,
    effect: Effect,
) -> io::Result<bool> {
    match effect {
        Effect::None | Effect::Back => {}
        Effect::Quit => return Ok(true),
        Effect::Suspend => {
            suspend()?;
            // A full redraw. Not `Terminal::clear`: it asks the terminal
            // for the cursor position, which a bare pty never answers.
            let size = terminal.size()?;
            terminal.resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))?;
            app::update(state, Action::Resize(size.width, size.height));
        }
        Effect::Write {
            path,
            text,
            overwrite,
        } => {
            let result = write::write_file(&path, &text, overwrite);
            state.write_result(result);
        }
        Effect::Copy(copied) => {
            let sent = execute!(
                io::stdout(),
                CopyToClipboard::to_clipboard_from(copied.text.as_str())
            );
            state.copy_result(&copied, sent, multiplexer());
        }
        Effect::Curate(e) => return Ok(state.carry_out(e)),
    }
    Ok(false)
}

/// Ctrl-Z: give the terminal back, stop, and take it again on `fg`.
fn suspend() -> io::Result<()> {
    restore();
    platform::suspend()?;
    setup()
}

/// With the `testing` feature only (never in the product): panic on the key
/// named by `STANDPOINT_DEBUG_PANIC_KEY`, so that the end-to-end tests can
/// check the terminal is restored on panic.
#[cfg(feature = "testing")]
#[allow(clippy::panic)]
fn debug_panic(ev: &Event) {
    if let Event::Key(k) = ev {
        let want = std::env::var("STANDPOINT_DEBUG_PANIC_KEY").ok();
        if let (Some(w), event::KeyCode::Char(c)) = (want, k.code) {
            if w.starts_with(c) {
                panic!("test panic on key {c:?} (STANDPOINT_DEBUG_PANIC_KEY)");
            }
        }
    }
}
