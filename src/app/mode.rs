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

/// The export dialog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dialog {
    pub views: Vec<View>,
    pub view: usize,
    pub format: usize,
    /// The write in flight: path and text.
    pub pending: Option<(PathBuf, String)>,
    /// The directory to write to (the current one when `None`).
    pub dir: Option<PathBuf>,
}

impl Dialog {
    pub fn current_view(&self) -> &View {
        static ALL_CLAIMS: View = View::Claims;
        self.views.get(self.view).unwrap_or(&ALL_CLAIMS)
    }

    pub fn current_format(&self) -> Format {
        Format::ALL[self.format % Format::ALL.len()]
    }

    /// The proposed file name.
    pub fn file_name(&self) -> String {
        file_name(self.current_view(), self.current_format())
    }

    /// Where the file goes: the file name in [`Dialog::dir`].
    pub fn path(&self) -> PathBuf {
        match &self.dir {
            Some(dir) => dir.join(self.file_name()),
            None => PathBuf::from(self.file_name()),
        }
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
