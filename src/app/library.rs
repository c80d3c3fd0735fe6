//! The library in the app: `standpoint DIR` opens a list of documents, and
//! over it the timeline, the library matrix, search across the library and
//! the reader on one document.
//!
//! [`LibraryApp`] is the app-level screen structure: the library's list at
//! the bottom, a stack of [`LibMode`]s on top of it (the library screens and
//! their overlays, one of each kind, like the reader's [`super::Mode`]), and
//! the reader ([`State`]) when a document is open. The reader knows nothing
//! of the library but [`Effect::Back`]: when it has nothing left to close,
//! Esc (or Backspace) gives the keys back to the library, whose place
//! (selection, filter, scroll, screens) was never touched.
//!
//! [`update`] is pure: work that needs the index or the files (open a
//! document, build a timeline, run a search, render an export) comes back
//! as a [`Work`], which [`perform`] carries out with the open
//! [`Library`]; what only the terminal can do comes back from there as an
//! [`Effect`].

use std::path::PathBuf;

use super::dialogs::{copy_message, Multiplexer};
use super::{Confirm, ExportChoice, Help, Purpose, State};
use crate::action::{Action, Copied, Effect};
use crate::export::Format;
use crate::keys::Context;
use crate::library::export::LibraryView;
use crate::library::screens::{
    self, LibraryList, MatrixView, Outcome, SearchResults, TimelineView,
};
use crate::library::{search, timeline, DocKind, DocSummary, Library};
use crate::model::{Document, Span};
use crate::write::WriteError;

/// The formats a library view exports to (W3C is for one document).
pub const FORMATS: [Format; 4] = [Format::Text, Format::Markdown, Format::Json, Format::Csv];

/// At most this many search results are listed.
pub const SEARCH_LIMIT: usize = 200;

/// One thing on top of the library's list.
#[derive(Debug, Clone, PartialEq)]
pub enum LibMode {
    Timeline(TimelineView),
    Matrix(MatrixView),
    Search(SearchResults),
    Help(Help),
    Export(LibDialog),
    Confirm(Confirm),
}

impl LibMode {
    /// The key context while this mode is on top.
    pub fn context(&self) -> Context {
        match self {
            LibMode::Timeline(_) => Context::Timeline,
            LibMode::Matrix(_) => Context::LibraryMatrix,
            LibMode::Search(_) => Context::LibrarySearch,
            LibMode::Help(_) => Context::Help,
            LibMode::Export(_) => Context::Export,
            LibMode::Confirm(_) => Context::Confirm,
        }
    }

    /// A screen (drawn over the whole body) rather than a box over one.
    pub fn is_screen(&self) -> bool {
        matches!(
            self,
            LibMode::Timeline(_) | LibMode::Matrix(_) | LibMode::Search(_)
        )
    }

    fn same_kind(&self, other: &LibMode) -> bool {
        std::mem::discriminant(self) == std::mem::discriminant(other)
    }
}

/// The export dialog of a library screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LibDialog {
    pub choice: ExportChoice<LibraryView>,
    /// The file being written (its text travels in the [`Effect::Write`]
    /// and comes back to [`LibraryApp::write_result`]: held once).
    pub pending: Option<PathBuf>,
}

impl LibDialog {
    pub fn current_view(&self) -> &LibraryView {
        static LIBRARY: LibraryView = LibraryView::Library;
        self.choice.view().unwrap_or(&LIBRARY)
    }

    pub fn current_format(&self) -> Format {
        self.choice.format()
    }
}

/// Where an export goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    File(PathBuf),
    Clipboard,
}

/// Work for [`perform`]: what needs the library's index or files.
#[derive(Debug, Clone, PartialEq)]
pub enum Work {
    None,
    /// For the terminal shell (quit, suspend, write, copy).
    Shell(Effect),
    /// Open a document in the reader, at byte `offset` of its article.
    Open {
        path: PathBuf,
        kind: DocKind,
        offset: Option<usize>,
    },
    /// Show the timeline of a party on a topic (ids); without them, the
    /// most telling one (a changed stance, else the most claims).
    Timeline {
        party: Option<String>,
        topic: Option<String>,
    },
    /// The timeline of the next party (`by_party`) or the next topic.
    NextTimeline {
        by_party: bool,
    },
    /// Show the library matrix.
    Matrix,
    /// Run the search of the search screen.
    Search(String),
    /// Bring the list and the screens over it up to date with the files
    /// (the reader closed: its document may have been saved).
    Refresh,
    /// Render a view for a file or the clipboard.
    Render {
        view: LibraryView,
        format: Format,
        to: Target,
    },
}

/// The library screens and the reader over them.
#[derive(Debug)]
pub struct LibraryApp {
    pub list: LibraryList,
    /// What is on top of the list, bottom to top.
    modes: Vec<LibMode>,
    /// The document open in the reader, if any.
    pub reader: Option<Box<State>>,
    pub width: u16,
    pub height: u16,
    pub message: Option<String>,
    /// The export settings a document's reader starts with (configuration).
    pub export_prefs: crate::config::ExportPrefs,
    /// The document being opened (loaded or drafted on another thread;
    /// the screens stay live meanwhile and Esc gives it up).
    pub opening: Option<Opening>,
}

/// A document asked for: what to load, and where to open its article.
#[derive(Debug, Clone, PartialEq)]
pub struct Opening {
    pub summary: DocSummary,
    pub offset: Option<usize>,
    /// How its path is shown.
    pub shown: String,
    /// Whether the shell has started loading it.
    pub started: bool,
    /// The beginning of its article, shown while it loads (an article
    /// being drafted can take seconds), if it could be read.
    pub preview: Option<String>,
    /// Whether the preview is on screen: the shell shows it once the
    /// load has taken [`PREVIEW_AFTER`] (a document that opens at once
    /// never flashes it); until then the list stays live.
    pub preview_shown: bool,
}

/// How long a document loads before the beginning of its article is shown.
pub const PREVIEW_AFTER: std::time::Duration = std::time::Duration::from_millis(150);

/// Most bytes of an article read for the preview shown while it opens.
pub const PREVIEW_BYTES: u64 = 32 * 1024;

/// The beginning of the article at `path` (at most [`PREVIEW_BYTES`],
/// cut after the last whole line, made safe to show), or `None` when it
/// cannot be read or is not text.
pub fn article_preview(path: &std::path::Path) -> Option<String> {
    use std::io::Read;
    let mut buf = Vec::new();
    std::fs::File::open(path)
        .ok()?
        .take(PREVIEW_BYTES)
        .read_to_end(&mut buf)
        .ok()?;
    let cut = buf.len() as u64 >= PREVIEW_BYTES;
    let text = match String::from_utf8(buf) {
        Ok(t) => t,
        // Cut inside a character at the end: keep the whole ones.
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let mut b = e.into_bytes();
            b.truncate(valid);
            String::from_utf8(b).ok()?
        }
    };
    // (Read to its end, the file is whole; else its last line is cut.)
    let text = match text.rfind('\n') {
        Some(i) if cut => text[..i].to_string(),
        _ => text,
    };
    let text = crate::sanitize::sanitize_owned(text);
    (!text.trim().is_empty()).then_some(text)
}

impl LibraryApp {
    /// The list of `docs` (`shown[i]`: how `docs[i]`'s path is shown) on a
    /// terminal `width` x `height`.
    pub fn new(docs: Vec<DocSummary>, shown: Vec<String>, width: u16, height: u16) -> Self {
        LibraryApp {
            list: LibraryList::new(docs, shown),
            modes: Vec::new(),
            reader: None,
            width,
            height,
            message: None,
            export_prefs: crate::config::ExportPrefs::default(),
            opening: None,
        }
    }

    /// The modes on top of the list, bottom to top.
    pub fn modes(&self) -> &[LibMode] {
        &self.modes
    }

    /// The top library screen (timeline, matrix, search), if any.
    pub fn screen(&self) -> Option<&LibMode> {
        self.modes.iter().rev().find(|m| m.is_screen())
    }

    /// Put a mode on top (one of each kind: an older one is taken out).
    pub fn push(&mut self, mode: LibMode) {
        self.modes.retain(|m| !m.same_kind(&mode));
        self.modes.push(mode);
    }

    /// Which bindings apply now: the reader's when a document is open,
    /// else the top mode's, else the list's.
    pub fn context(&self) -> Context {
        match (&self.reader, self.modes.last()) {
            (Some(r), _) => r.context(),
            (None, Some(m)) => m.context(),
            (None, None) => Context::Library,
        }
    }

    /// Lines of the screens' body (the status line is below it).
    pub fn body_height(&self) -> usize {
        usize::from(self.height.saturating_sub(1))
    }

    /// Rows of the top screen's list.
    fn rows(&self) -> usize {
        let h = self.body_height();
        match self.screen() {
            Some(LibMode::Timeline(_)) => TimelineView::rows(h),
            Some(LibMode::Matrix(_)) => MatrixView::rows(h),
            Some(LibMode::Search(_)) => SearchResults::rows(h),
            _ => LibraryList::rows(h),
        }
    }

    /// The export views of the top screen, the one it shows first.
    fn export_views(&self) -> Vec<LibraryView> {
        let mut views = Vec::new();
        match self.screen() {
            Some(LibMode::Timeline(t)) => views.push(LibraryView::Timeline {
                party: t.timeline.party.id.clone(),
                topic: t.timeline.topic.id.clone(),
            }),
            Some(LibMode::Matrix(_)) => views.push(LibraryView::Matrix),
            _ => {}
        }
        for v in [
            LibraryView::Library,
            LibraryView::Timelines,
            LibraryView::Matrix,
        ] {
            if !views.contains(&v) {
                views.push(v);
            }
        }
        views
    }

    // --- results coming back -------------------------------------------------

    /// The document at `path` has loaded (or failed to): opened in the
    /// reader, unless it was given up (Esc) or another was asked for
    /// since. True if it was opened.
    pub fn loaded(&mut self, path: &std::path::Path, result: Result<Document, String>) -> bool {
        let Some(o) = self.opening.take_if(|o| o.summary.path == path) else {
            return false;
        };
        match result {
            Ok(doc) => {
                self.message = None;
                self.opened(doc, o.offset);
                true
            }
            Err(e) => {
                let first = e.lines().find(|l| !l.trim().is_empty()).unwrap_or(&e);
                let first = first.trim().trim_start_matches("error: ");
                self.message = Some(format!("cannot open {}: {first}", o.shown));
                false
            }
        }
    }

    /// A document loaded: the reader on it, at byte `offset` of its article
    /// (the claim quoted there selected, if any).
    pub fn opened(&mut self, doc: Document, offset: Option<usize>) {
        let mut r = State::new(doc, self.width, self.height);
        r.can_go_back = true;
        r.export_prefs = self.export_prefs.clone();
        if let Some(off) = offset {
            let len = r.doc.article.text().len();
            let off = off.min(len);
            let quoted = r
                .doc
                .claims
                .iter()
                .position(|c| c.span.start == off)
                .or_else(|| {
                    r.doc
                        .claims
                        .iter()
                        .position(|c| c.span.start <= off && off < c.span.end)
                });
            if let Some(i) = quoted {
                r.select(i);
            }
            r.reveal(Span {
                start: off,
                end: (off + 1).min(len).max(off),
            });
        }
        r.message = Some(
            r.message
                .take()
                .unwrap_or_else(|| "Esc or Backspace: back to the library".into()),
        );
        self.reader = Some(Box::new(r));
    }

    /// Report the outcome of an [`Effect::Write`], with its text back.
    pub fn write_result(&mut self, result: Result<(), WriteError>, text: String) {
        if let Some(r) = self.reader.as_mut() {
            r.write_result(result);
            return;
        }
        let pending = self.modes.iter().find_map(|m| match m {
            LibMode::Export(d) => d.pending.clone(),
            _ => None,
        });
        let Some(path) = pending else {
            return;
        };
        match super::dialogs::written(result, path, text) {
            super::dialogs::Written::Said(m) => {
                self.message = Some(m);
                self.close_export();
            }
            super::dialogs::Written::Ask(c) => self.push(LibMode::Confirm(c)),
        }
    }

    /// Report the outcome of an [`Effect::Copy`].
    pub fn copy_result(
        &mut self,
        copied: &Copied,
        result: std::io::Result<()>,
        mux: Option<Multiplexer>,
    ) {
        if let Some(r) = self.reader.as_mut() {
            r.copy_result(copied, result, mux);
            return;
        }
        self.message = Some(match result {
            Ok(()) => copy_message(copied, mux, usize::from(self.width)),
            Err(e) => format!("could not copy to the clipboard: {e}"),
        });
    }

    fn close_export(&mut self) {
        self.modes
            .retain(|m| !matches!(m, LibMode::Export(_) | LibMode::Confirm(_)));
    }

    // --- keys ----------------------------------------------------------------

    fn update_help(&mut self, action: Action) {
        let Some(LibMode::Help(h)) = self.modes.last_mut() else {
            return;
        };
        match action {
            Action::ScrollDown => h.scroll += 1,
            Action::ScrollUp => h.scroll = h.scroll.saturating_sub(1),
            Action::PageDown => h.scroll += 10,
            Action::PageUp => h.scroll = h.scroll.saturating_sub(10),
            Action::Top => h.scroll = 0,
            Action::ToggleHelp | Action::Escape => {
                self.modes.pop();
            }
            _ => {}
        }
    }

    fn update_export(&mut self, action: Action) -> Work {
        let Some(LibMode::Export(d)) = self.modes.last_mut() else {
            return Work::None;
        };
        if d.choice.choose(action) {
            return Work::None;
        }
        match action {
            Action::Submit => {
                return Work::Render {
                    view: d.current_view().clone(),
                    format: d.current_format(),
                    to: Target::File(d.choice.path()),
                }
            }
            Action::Escape => {
                self.close_export();
                self.message = Some("export cancelled".into());
            }
            _ => {}
        }
        Work::None
    }

    fn update_confirm(&mut self, action: Action) -> Work {
        let Some(LibMode::Confirm(c)) = self.modes.last() else {
            return Work::None;
        };
        let key = match action {
            Action::Answer(k) => k,
            Action::Escape => 'n',
            _ => return Work::None,
        };
        let Some(choice) = c.choice(key).cloned() else {
            self.message = Some(format!("answer {} (Esc cancels)", c.choices_label()));
            return Work::None;
        };
        let Some(LibMode::Confirm(c)) = self.modes.pop() else {
            return Work::None;
        };
        match (c.purpose, choice.key) {
            (Purpose::Replace { path, text }, 'y') => Work::Shell(Effect::Write {
                path,
                text,
                overwrite: true,
            }),
            _ => {
                if let Some(LibMode::Export(d)) = self.modes.last_mut() {
                    d.pending = None;
                }
                self.message =
                    Some("kept the existing file; choose another format or view, or Esc".into());
                Work::None
            }
        }
    }

    /// Keys of the list and the screens over it.
    fn update_screen(&mut self, action: Action) -> Work {
        match action {
            Action::LibraryTimeline => {
                return Work::Timeline {
                    party: None,
                    topic: None,
                }
            }
            Action::ToggleMatrix => return Work::Matrix,
            Action::SearchStart => {
                // Back to the search already open, if any, with its query.
                let old = self.modes.iter().find_map(|m| match m {
                    LibMode::Search(s) => Some(s.clone()),
                    _ => None,
                });
                self.push(LibMode::Search(old.unwrap_or_default()));
                return Work::None;
            }
            Action::CycleParty | Action::CycleTopic => {
                return Work::NextTimeline {
                    by_party: action == Action::CycleParty,
                }
            }
            Action::Export => {
                self.push(LibMode::Export(LibDialog {
                    choice: ExportChoice::new(self.export_views(), &FORMATS, &self.export_prefs),
                    pending: None,
                }));
                return Work::None;
            }
            Action::Copy => {
                let views = self.export_views();
                return views.first().map_or(Work::None, |v| Work::Render {
                    view: v.clone(),
                    format: Format::Markdown,
                    to: Target::Clipboard,
                });
            }
            Action::Help | Action::ToggleHelp => {
                self.push(LibMode::Help(Help::default()));
                return Work::None;
            }
            _ => {}
        }
        let Some(a) = screen_action(action, self.width) else {
            return Work::None;
        };
        let rows = self.rows();
        let outcome = match self.modes.last_mut() {
            Some(LibMode::Timeline(t)) => t.update(a, rows),
            Some(LibMode::Matrix(m)) => m.update(a, rows),
            Some(LibMode::Search(s)) => s.update(a, rows),
            Some(_) => Outcome::None,
            None => self.list.update(a, rows),
        };
        match outcome {
            Outcome::None => Work::None,
            Outcome::Back if self.modes.is_empty() => {
                self.message = Some("the library; Ctrl-C quits".into());
                Work::None
            }
            Outcome::Back => {
                self.modes.pop();
                Work::None
            }
            Outcome::Open { path, kind, offset } => Work::Open { path, kind, offset },
            Outcome::Timeline { party, topic } => Work::Timeline {
                party: Some(party),
                topic: Some(topic),
            },
            Outcome::Search(q) => Work::Search(q),
        }
    }
}

/// A library screen's action for an app action (on a screen `width`
/// wide).
fn screen_action(a: Action, width: u16) -> Option<screens::Action> {
    use screens::Action as S;
    Some(match a {
        Action::ScrollUp | Action::MatrixUp => S::Up,
        Action::ScrollDown | Action::MatrixDown => S::Down,
        Action::MatrixLeft => S::Left,
        Action::MatrixRight => S::Right,
        Action::PageUp => S::PageUp,
        Action::PageDown => S::PageDown,
        Action::Top => S::Home,
        Action::Bottom => S::End,
        Action::Type(c) => S::Type(c),
        Action::Backspace => S::Backspace,
        Action::Submit | Action::MatrixChoose => S::Enter,
        Action::Wheel { down: true, .. } => S::Down,
        Action::Wheel { down: false, .. } => S::Up,
        Action::Click { col, row } => S::Click {
            x: usize::from(col),
            y: usize::from(row),
            width: usize::from(width),
        },
        Action::Escape => S::Esc,
        _ => return None,
    })
}

/// The one place where the library's state changes: the reader takes the
/// keys while a document is open (its [`Effect::Back`] closes it);
/// Quit, Suspend and Resize mean the same everywhere; every other action
/// goes to what is on top of the list (or the list).
pub fn update(app: &mut LibraryApp, action: Action) -> Work {
    if let Action::Resize(w, h) = action {
        app.width = w;
        app.height = h;
    }
    if let Some(r) = app.reader.as_mut() {
        return match super::update(r, action) {
            Effect::Back => {
                app.reader = None;
                app.message = None;
                Work::Refresh
            }
            Effect::None => Work::None,
            e => Work::Shell(e),
        };
    }
    // Esc gives up a document being opened (once no help, dialog or
    // question is on top to close first).
    let overlay = matches!(
        app.modes.last(),
        Some(LibMode::Help(_) | LibMode::Export(_) | LibMode::Confirm(_))
    );
    if action == Action::Escape && app.opening.is_some() && !overlay {
        app.opening = None;
        app.message = Some("not opened".into());
        return Work::None;
    }
    if !matches!(action, Action::Resize(..)) && app.opening.is_none() {
        app.message = None;
    }
    // Over the preview of a document being opened, only giving it up,
    // quitting, suspending and the help act (the list is hidden).
    let previewing = app.opening.as_ref().is_some_and(|o| o.preview_shown);
    if previewing
        && !overlay
        && !matches!(
            action,
            Action::Quit | Action::Suspend | Action::Resize(..) | Action::ToggleHelp
        )
    {
        return Work::None;
    }
    match action {
        Action::Quit => return Work::Shell(Effect::Quit),
        Action::Suspend => return Work::Shell(Effect::Suspend),
        Action::Resize(..) => return Work::None,
        _ => {}
    }
    match app.context() {
        Context::Help => {
            app.update_help(action);
            Work::None
        }
        Context::Export => app.update_export(action),
        Context::Confirm => app.update_confirm(action),
        _ => app.update_screen(action),
    }
}

/// Carry out `work` with the open library; what is left for the terminal
/// comes back as an [`Effect`]. A failure (an unreadable document, an
/// index error) is said in the status line.
pub fn perform(app: &mut LibraryApp, lib: &mut Library, work: Work) -> Effect {
    match perform_inner(app, lib, work) {
        Ok(e) => e,
        Err(msg) => {
            app.message = Some(msg);
            Effect::None
        }
    }
}

fn perform_inner(app: &mut LibraryApp, lib: &mut Library, work: Work) -> Result<Effect, String> {
    let err = |e: crate::library::IndexError| e.to_string();
    match work {
        Work::None => {}
        Work::Shell(e) => return Ok(e),
        Work::Open { path, kind, offset } => {
            let summary = app
                .list
                .docs()
                .iter()
                .find(|d| d.path == path)
                .cloned()
                .unwrap_or_else(|| DocSummary::bare(kind, path.clone()));
            let shown = lib.shown(&path);
            app.message = Some(format!("opening {shown}… (Esc gives up)"));
            let article = match kind {
                DocKind::Article => Some(path.clone()),
                _ => summary.article.clone(),
            };
            app.opening = Some(Opening {
                summary,
                offset,
                shown,
                started: false,
                preview: article.as_deref().and_then(article_preview),
                preview_shown: false,
            });
        }
        Work::Timeline { party, topic } => {
            let (p, t) = match (party, topic) {
                (Some(p), Some(t)) => (p, t),
                _ => telling_cell(&timeline::matrix(lib).map_err(err)?)
                    .ok_or("no claims in the library: no timeline to show")?,
            };
            show_timeline(app, lib, &p, &t)?;
        }
        Work::NextTimeline { by_party } => {
            let Some(LibMode::Timeline(tv)) = app.screen() else {
                return Ok(Effect::None);
            };
            let (p, t) = (tv.timeline.party.id.clone(), tv.timeline.topic.id.clone());
            let m = timeline::matrix(lib).map_err(err)?;
            let (np, nt) = next_cell(&m, &p, &t, by_party).ok_or_else(|| {
                if by_party {
                    format!("no other party has claims on {}", tv.timeline.topic.name)
                } else {
                    format!("{} has claims on no other topic", tv.timeline.party.name)
                }
            })?;
            show_timeline(app, lib, &np, &nt)?;
        }
        Work::Matrix => {
            let m = timeline::matrix(lib).map_err(err)?;
            app.push(LibMode::Matrix(MatrixView::new(m)));
        }
        Work::Search(q) => {
            let hits = if q.trim().is_empty() {
                Vec::new()
            } else {
                search::search(lib, &q, SEARCH_LIMIT).map_err(err)?
            };
            let shown = hits.iter().map(|h| lib.shown(&h.doc.path)).collect();
            if let Some(LibMode::Search(s)) = app.modes.last_mut() {
                s.set_hits(hits, shown);
            }
        }
        Work::Refresh => refresh(app, lib)?,
        Work::Render { view, format, to } => {
            let text = crate::library::export::render(lib, &view, format, app.export_prefs.width)
                .map_err(|e| e.to_string())?;
            return Ok(match to {
                Target::File(path) => {
                    if let Some(LibMode::Export(d)) = app.modes.last_mut() {
                        d.pending = Some(path.clone());
                    }
                    Effect::Write {
                        path,
                        text,
                        overwrite: false,
                    }
                }
                Target::Clipboard => Effect::Copy(Copied {
                    text,
                    view: view.name(),
                    format: "Markdown",
                }),
            });
        }
    }
    Ok(Effect::None)
}

/// Bring the index up to date with the files, then the list and every
/// screen over it (each keeps its place: the same document, claim or
/// cell).
fn refresh(app: &mut LibraryApp, lib: &mut Library) -> Result<(), String> {
    let err = |e: crate::library::IndexError| e.to_string();
    lib.refresh(&mut crate::library::Quiet).map_err(err)?;
    let docs = lib.documents().map_err(err)?;
    let shown = docs.iter().map(|d| lib.shown(&d.path)).collect();
    let h = app.body_height();
    app.list.replace(docs, shown, LibraryList::rows(h));
    for mode in &mut app.modes {
        match mode {
            LibMode::Timeline(tv) => {
                let (p, t) = (&tv.timeline.party.id, &tv.timeline.topic.id);
                let t = timeline::timeline(lib, p, t).map_err(err)?;
                let shown = t.entries.iter().map(|e| lib.shown(&e.doc.path)).collect();
                tv.replace(t, shown, TimelineView::rows(h));
            }
            LibMode::Matrix(mv) => mv.replace(timeline::matrix(lib).map_err(err)?),
            LibMode::Search(sr) if !sr.query.trim().is_empty() => {
                let hits = search::search(lib, &sr.query, SEARCH_LIMIT).map_err(err)?;
                let shown = hits.iter().map(|h| lib.shown(&h.doc.path)).collect();
                sr.replace_hits(hits, shown, SearchResults::rows(h));
            }
            _ => {}
        }
    }
    Ok(())
}

/// Push the timeline of `party` on `topic` (over any timeline shown).
fn show_timeline(
    app: &mut LibraryApp,
    lib: &Library,
    party: &str,
    topic: &str,
) -> Result<(), String> {
    let t = timeline::timeline(lib, party, topic).map_err(|e| e.to_string())?;
    if t.entries.is_empty() {
        return Err(format!(
            "{} has no stated position on {}",
            t.party.name, t.topic.name
        ));
    }
    let shown = t.entries.iter().map(|e| lib.shown(&e.doc.path)).collect();
    app.push(LibMode::Timeline(TimelineView::new(t, shown)));
    Ok(())
}

/// The cell whose timeline says most: the first with a changed stance,
/// else the one with the most claims (party and topic ids).
pub fn telling_cell(m: &timeline::LibraryMatrix) -> Option<(String, String)> {
    let cells = m.cells.iter().enumerate().flat_map(|(pi, row)| {
        row.iter()
            .enumerate()
            .filter_map(move |(ti, c)| c.as_ref().map(|c| (pi, ti, c)))
    });
    let best = cells
        .clone()
        .find(|(_, _, c)| c.changed)
        .or_else(|| cells.max_by_key(|(_, _, c)| c.claims));
    let (pi, ti, _) = best?;
    Some((m.parties.get(pi)?.id.clone(), m.topics.get(ti)?.id.clone()))
}

/// The next party with claims on `topic` (`by_party`), or the next topic
/// `party` has claims on, after the current one and wrapping round.
pub fn next_cell(
    m: &timeline::LibraryMatrix,
    party: &str,
    topic: &str,
    by_party: bool,
) -> Option<(String, String)> {
    let pi = m.parties.iter().position(|p| p.id == party)?;
    let ti = m.topics.iter().position(|t| t.id == topic)?;
    let has = |p: usize, t: usize| {
        m.cells
            .get(p)
            .and_then(|r| r.get(t))
            .is_some_and(Option::is_some)
    };
    if by_party {
        let n = m.parties.len();
        (1..n)
            .map(|k| (pi + k) % n)
            .find(|&p| has(p, ti))
            .and_then(|p| Some((m.parties.get(p)?.id.clone(), topic.to_string())))
    } else {
        let n = m.topics.len();
        (1..n)
            .map(|k| (ti + k) % n)
            .find(|&t| has(pi, t))
            .and_then(|t| Some((party.to_string(), m.topics.get(t)?.id.clone())))
    }
}

#[cfg(test)]
mod tests;
