//! What the user can ask for ([`Action`]) and what the terminal shell must
//! do after an update ([`Effect`]). Plain data: the key table
//! ([`crate::keys`]) maps events to actions, the app ([`crate::app`])
//! turns actions into state changes and effects, the shell
//! ([`crate::tui`]) carries the effects out. Nothing here imports either
//! side, so neither imports the other through it.

use std::path::PathBuf;

/// Everything the user can ask for. What an action does depends on what is
/// on top ([`crate::app::Mode`]): `ScrollDown` scrolls the article, the
/// help or the matrix; `Submit` runs the search or writes the export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    Suspend,
    NextClaim,
    PrevClaim,
    FirstClaim,
    LastClaim,
    PanelPageDown,
    PanelPageUp,
    NextInArticle,
    PrevInArticle,
    ToggleFocus,
    ScrollDown,
    ScrollUp,
    PageDown,
    PageUp,
    Top,
    Bottom,
    SearchStart,
    SearchNext,
    SearchPrev,
    /// A character typed into a text field (the search prompt; later, forms).
    Type(char),
    /// Delete the character before the cursor of a text field.
    Backspace,
    /// Enter in a prompt or dialog: run the search, write the export.
    Submit,
    /// A key answering a confirmation prompt (`y`, `n`, ...).
    Answer(char),
    ToggleMatrix,
    MatrixLeft,
    MatrixRight,
    MatrixUp,
    MatrixDown,
    MatrixChoose,
    CycleTopic,
    CycleParty,
    ToggleTint,
    ToggleHelp,
    /// Close what is on top; with nothing on top, clear the search, then
    /// the filters.
    Escape,
    Export,
    Copy,
    DialogNextFormat,
    DialogPrevFormat,
    DialogNextView,
    DialogPrevView,
    Resize(u16, u16),
    /// Back to the library the document was opened from.
    Back,
    /// The library's timeline (party × topic stances over time).
    LibraryTimeline,
    /// Help on a screen where `?` is text (the library list, its search).
    Help,
    /// Mouse wheel at a cell (down = toward the end).
    Wheel {
        col: u16,
        row: u16,
        down: bool,
    },
    /// Left click at a cell.
    Click {
        col: u16,
        row: u16,
    },
    // --- curating (see `crate::app::curate`) ---
    /// Accept the selected drafted claim (status `reviewed`).
    Accept,
    /// Reject (remove) the selected claim.
    Reject,
    /// Accept every drafted claim in view (asks first, saying how many).
    AcceptAll,
    /// Select the next drafted claim.
    NextDraft,
    Undo,
    Redo,
    /// Save the document to its file.
    Save,
    /// Reload the document from disk.
    Reload,
    /// Edit the selected claim in a form.
    EditClaim,
    /// Pick the selected claim's stance, party or topic from a list.
    PickStance,
    PickParty,
    PickTopic,
    /// Start selecting a passage of the article.
    SelectPassage,
    /// Extend the passage selection by a word, a sentence, a paragraph.
    ExtendWord,
    ExtendSentence,
    ExtendParagraph,
    /// Take back the last extension of the selection.
    Shrink,
    /// Make a new claim quoting the selection (a form, pre-filled).
    AddClaim,
    /// Form fields and one-line text editing.
    NextField,
    PrevField,
    CursorLeft,
    CursorRight,
    CursorHome,
    CursorEnd,
    /// Delete the character under the cursor.
    Delete,
    /// Delete the word before the cursor (Ctrl-W).
    DeleteWord,
    /// Delete everything before the cursor (Ctrl-U).
    DeleteToStart,
    /// Up and down in a list (a picker).
    ListUp,
    ListDown,
    /// The mouse moved with the left button down (selects a passage in
    /// the article).
    Drag {
        col: u16,
        row: u16,
    },
}

/// What the shell must do after an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    None,
    Quit,
    Suspend,
    /// Write `text` to `path`; report back with
    /// [`crate::app::State::write_result`].
    Write {
        path: PathBuf,
        text: String,
        overwrite: bool,
    },
    /// The reader has nothing left to close: back to what opened it (the
    /// library), if anything.
    Back,
    /// Send `text` to the terminal's clipboard (OSC 52); report back with
    /// [`crate::app::State::copy_result`].
    Copy(Copied),
    /// Curation work with files (save, reload, the recovery journal): the
    /// shell calls [`crate::app::State::carry_out`].
    Curate(CurateEffect),
}

/// What the shell does for curation (see [`Effect::Curate`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CurateEffect {
    /// Save to the document's file; then quit if `quit` and it saved.
    Save { quit: bool },
    /// Save as a copy (a new file) at this path.
    SaveCopy(PathBuf),
    /// Reload the document from disk (unsaved edits dropped).
    Reload,
    /// Replay the recovery journal onto the document.
    Restore,
    /// Drop the recovery journal (and, with `quit`, quit).
    Discard { quit: bool },
}

/// What a copy sends: the text and, in words, what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Copied {
    pub text: String,
    /// The view copied (`claim:us-nato-ruled-out`).
    pub view: String,
    /// The format's name (`Markdown`).
    pub format: &'static str,
}
