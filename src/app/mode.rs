//! What is on top of the reader: a stack of [`Mode`]s, bottom to top. The
//! top mode decides the key context ([`Mode::context`]), what an action
//! does ([`crate::app::update`]) and what Esc closes; drawing goes bottom to
//! top, so the help can sit over the matrix and a question over the export
//! dialog. With nothing on top the reader's focused pane has the keys.
//!
//! Room for what comes next, each a new variant with its own context:
//! a claim-editing form (`Form`), a party/topic/stance picker over it
//! (`Picker`), more questions ([`Purpose`] variants such as "accept all 6
//! drafts?" or "save / discard / cancel"), a passage selection in the
//! article pane (`Select`), and a library of documents: a mode that
//! [`Mode::covers_body`] like the matrix, with overlays over it.

use std::path::PathBuf;

use crate::action::Action;
use crate::export::{Format, View};
use crate::keys::Context;

/// One thing on top of the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    Help(Help),
    Matrix(MatrixView),
    /// The search prompt (the query being typed).
    Search(Prompt),
    Export(Dialog),
    Confirm(Confirm),
    /// A claim being edited or added (see `app::form`).
    Form(crate::app::form::Form),
    /// A list to choose a stance, party or topic from.
    Picker(crate::app::form::Picker),
    /// A passage of the article being selected.
    Select(crate::app::passage::Selecting),
}

impl Mode {
    /// The key context while this mode is on top.
    pub fn context(&self) -> Context {
        match self {
            Mode::Help(_) => Context::Help,
            Mode::Matrix(_) => Context::Matrix,
            Mode::Search(_) => Context::Search,
            Mode::Export(_) => Context::Export,
            Mode::Confirm(_) => Context::Confirm,
            Mode::Form(_) => Context::Form,
            Mode::Picker(_) => Context::Picker,
            Mode::Select(_) => Context::Select,
        }
    }

    /// True when the mode covers the article and the panel, so that what is
    /// under it need not be drawn.
    pub fn covers_body(&self) -> bool {
        matches!(self, Mode::Matrix(_))
    }

    /// Whether two modes are of the same kind (the stack holds one of each).
    pub fn same_kind(&self, other: &Mode) -> bool {
        std::mem::discriminant(self) == std::mem::discriminant(other)
    }
}

/// The help overlay.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Help {
    /// The first line shown.
    pub scroll: usize,
}

/// The party x topic matrix: its cursor and the first row shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MatrixView {
    pub party: usize,
    pub topic: usize,
    pub scroll: usize,
}

/// A one-line text prompt.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prompt {
    pub input: String,
}

/// A view an export dialog offers: a document's ([`View`]) or the
/// library's.
pub trait ExportView {
    /// Its name, as the command line spells it (`party:us`).
    fn view_name(&self) -> String;
}

impl ExportView for View {
    fn view_name(&self) -> String {
        self.name()
    }
}

impl ExportView for crate::library::export::LibraryView {
    fn view_name(&self) -> String {
        self.name()
    }
}

/// What an export dialog offers and what is chosen in it: the views (of
/// the document, or of the library), the formats, the directory the file
/// goes to. The reader's dialog and the library's are each one of these
/// with their write in flight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportChoice<V> {
    pub views: Vec<V>,
    pub view: usize,
    formats: &'static [Format],
    /// Index into the formats.
    pub format: usize,
    /// The directory to write to (the current one when `None`).
    pub dir: Option<PathBuf>,
}

impl<V: ExportView> ExportChoice<V> {
    /// `views` (the first chosen) in `formats`, starting with the
    /// configured format (Markdown when there is none or it is not
    /// offered), writing to the configured directory.
    pub fn new(
        views: Vec<V>,
        formats: &'static [Format],
        prefs: &crate::config::ExportPrefs,
    ) -> Self {
        let position = |f: Format| formats.iter().position(|a| *a == f);
        let format = prefs
            .format
            .and_then(position)
            .or_else(|| position(Format::Markdown))
            .unwrap_or(0);
        ExportChoice {
            views,
            view: 0,
            formats,
            format,
            dir: prefs.dir.clone(),
        }
    }

    /// Move the choice of view or format for `action`; false if it is
    /// not one of those moves.
    pub fn choose(&mut self, action: Action) -> bool {
        let nf = self.formats.len().max(1);
        let nv = self.views.len().max(1);
        match action {
            Action::DialogNextFormat => self.format = (self.format + 1) % nf,
            Action::DialogPrevFormat => self.format = (self.format + nf - 1) % nf,
            Action::DialogNextView => self.view = (self.view + 1) % nv,
            Action::DialogPrevView => self.view = (self.view + nv - 1) % nv,
            _ => return false,
        }
        true
    }

    pub fn view(&self) -> Option<&V> {
        self.views.get(self.view)
    }

    pub fn format(&self) -> Format {
        self.formats
            .get(self.format % self.formats.len().max(1))
            .copied()
            .unwrap_or(Format::Markdown)
    }

    /// The proposed file name.
    pub fn file_name(&self) -> String {
        let name = self.view().map(ExportView::view_name).unwrap_or_default();
        file_name_of(&name, self.format())
    }

    /// Where the file goes: the file name in [`ExportChoice::dir`].
    pub fn path(&self) -> PathBuf {
        match &self.dir {
            Some(dir) => dir.join(self.file_name()),
            None => PathBuf::from(self.file_name()),
        }
    }

    /// The file as the dialog shows it: `./name` in the current directory.
    pub fn shown_path(&self) -> String {
        match &self.dir {
            Some(_) => self.path().display().to_string(),
            None => format!("./{}", self.file_name()),
        }
    }
}

/// The reader's export dialog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dialog {
    pub choice: ExportChoice<View>,
    /// The write in flight: path and text.
    pub pending: Option<(PathBuf, String)>,
}

impl Dialog {
    pub fn current_view(&self) -> &View {
        static ALL_CLAIMS: View = View::Claims;
        self.choice.view().unwrap_or(&ALL_CLAIMS)
    }

    pub fn current_format(&self) -> Format {
        self.choice.format()
    }
}

/// `party:us` + markdown -> `party-us.md`; anything but ASCII letters,
/// digits, `-` and `_` becomes `-` (so no path, no hidden file), and the
/// stem is cut at 120 characters.
pub fn file_name(view: &View, format: Format) -> String {
    file_name_of(&view.name(), format)
}

/// [`file_name`] for a view named `name` (a library view too).
pub fn file_name_of(name: &str, format: Format) -> String {
    let stem: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .take(120)
        .collect();
    format!("{stem}.{}", format.extension())
}

/// A question with a few answers, each a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confirm {
    pub question: String,
    pub choices: Vec<Choice>,
    /// What answering does.
    pub purpose: Purpose,
}

/// One answer: its key and what it means (`y` "replace").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub key: char,
    pub label: &'static str,
}

/// What a question is for; each purpose handles its answers in
/// `app::dialogs`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Purpose {
    /// Replace an existing file with an export (`y` replaces, `n` keeps it).
    Replace { path: PathBuf, text: String },
    /// Accept these drafted claims (by id) as one step.
    AcceptAll { claims: Vec<String> },
    /// Quit with unsaved edits: save, discard or cancel.
    Quit,
    /// Unsaved edits of an earlier session were found: restore or discard.
    Restore,
    /// Reload with unsaved edits: they would be dropped.
    Reload,
    /// The file changed on disk: save the edits as a copy instead.
    SaveCopy { copy: PathBuf, quit: bool },
}

impl Confirm {
    /// The choice answered by `key` (letters compare without case).
    pub fn choice(&self, key: char) -> Option<&Choice> {
        self.choices
            .iter()
            .find(|c| c.key.eq_ignore_ascii_case(&key))
    }

    /// `y replace · n keep`
    pub fn choices_label(&self) -> String {
        self.choices
            .iter()
            .map(|c| format!("{} {}", c.key, c.label))
            .collect::<Vec<_>>()
            .join(" · ")
    }
}
