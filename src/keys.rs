//! Key bindings: one table that feeds the key lookup, the help overlay, the
//! status bar hints and the README key table; and the mapping of terminal
//! events (keys, mouse) to [`Action`]s. This module knows the actions and
//! the contexts, never the app state: the app says which [`Context`] applies
//! ([`crate::app::State::context`]) and the shell asks here for the action.

use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use crate::action::Action;

/// Where a binding applies: what is on top decides it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Anywhere in the reader (panel, article or matrix) unless bound there.
    Global,
    Panel,
    Article,
    Matrix,
    /// The search prompt in the status line.
    Search,
    Help,
    /// The export dialog.
    Export,
    /// A question with a few answers ("replace? y/n").
    Confirm,
    /// A claim being edited or added.
    Form,
    /// A list to choose from (stance, party, topic).
    Picker,
    /// A passage of the article being selected.
    Select,
    /// The library's list of documents (typing filters it).
    Library,
    /// The library's timeline of one party on one topic.
    Timeline,
    /// The library matrix (party × topic, latest stances).
    LibraryMatrix,
    /// Search across the library (typing is the query).
    LibrarySearch,
}

impl Context {
    /// In the order the help and the README list them.
    pub const ALL: [Context; 15] = [
        Context::Global,
        Context::Panel,
        Context::Article,
        Context::Matrix,
        Context::Search,
        Context::Help,
        Context::Export,
        Context::Confirm,
        Context::Form,
        Context::Picker,
        Context::Select,
        Context::Library,
        Context::Timeline,
        Context::LibraryMatrix,
        Context::LibrarySearch,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Context::Global => "Anywhere in the reader",
            Context::Panel => "Stance panel",
            Context::Article => "Article pane",
            Context::Matrix => "Matrix",
            Context::Search => "Search prompt",
            Context::Help => "Help",
            Context::Export => "Export dialog",
            Context::Confirm => "Questions (replace a file?)",
            Context::Form => "Claim form (edit or add a claim)",
            Context::Picker => "Picker (stance, party, topic)",
            Context::Select => "Passage selection (article)",
            Context::Library => "Library (standpoint DIR)",
            Context::Timeline => "Library timeline",
            Context::LibraryMatrix => "Library matrix",
            Context::LibrarySearch => "Library search",
        }
    }

    /// Whether keys not bound in this context fall back to the global
    /// bindings. Prompts, dialogs and the help take only their own keys
    /// (and Ctrl-C, which quits from anywhere).
    pub fn takes_global_keys(self) -> bool {
        matches!(
            self,
            Context::Global | Context::Panel | Context::Article | Context::Matrix
        )
    }
}

/// One key of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// A key without Ctrl (`j`, `G`, `Down`, `Enter`).
    Plain(KeyCode),
    /// A letter with Ctrl.
    Ctrl(char),
    /// Any printable character without Ctrl: the binding's action gets the
    /// character ([`Action::Type`], [`Action::Answer`]).
    AnyChar,
}

const fn k(c: char) -> Key {
    Key::Plain(KeyCode::Char(c))
}
const fn code(code: KeyCode) -> Key {
    Key::Plain(code)
}
const fn ctrl(c: char) -> Key {
    Key::Ctrl(c)
}

/// A key code as shown to people.
fn code_name(code: KeyCode) -> String {
    match code {
        KeyCode::Char(' ') => "Space".into(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Down => "Down".into(),
        KeyCode::Up => "Up".into(),
        KeyCode::Left => "Left".into(),
        KeyCode::Right => "Right".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Backspace => "Backspace".into(),
        KeyCode::Delete => "Delete".into(),
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    }
}

impl Key {
    /// The key as shown to people: `j`, `Down`, `Ctrl-C`, `Space`.
    pub fn name(&self) -> String {
        match *self {
            Key::Plain(c) => code_name(c),
            Key::Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()),
            Key::AnyChar => "a character".into(),
        }
    }

    /// Whether the event is this key.
    fn matches(&self, ev: &KeyEvent) -> bool {
        let ev_ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        match (*self, ev.code) {
            // Letters compare case-sensitively (`g` and `G` differ); Shift is
            // already folded into the character.
            (Key::Plain(a), b) => !ev_ctrl && a == b,
            (Key::Ctrl(a), KeyCode::Char(b)) => ev_ctrl && a.eq_ignore_ascii_case(&b),
            (Key::AnyChar, KeyCode::Char(c)) => !ev_ctrl && !c.is_control(),
            _ => false,
        }
    }
}

/// One row of the table.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static [Key],
    /// The action; for [`Key::AnyChar`], `Type(_)` or `Answer(_)` gets the
    /// character typed.
    pub action: Action,
    pub context: Context,
    pub description: &'static str,
    /// Short hint for the status bar, if the binding is worth one: the keys
    /// to show (the first key's name when `None`) and the word.
    pub hint: Option<(Option<&'static str>, &'static str)>,
}

impl Binding {
    /// `j / Down`
    pub fn keys_label(&self) -> String {
        self.keys
            .iter()
            .map(Key::name)
            .collect::<Vec<_>>()
            .join(" / ")
    }

    /// The action for the event (the character filled in for `AnyChar`).
    fn action_for(&self, ev: &KeyEvent) -> Action {
        match (self.action, ev.code) {
            (Action::Type(_), KeyCode::Char(c)) => Action::Type(c),
            (Action::Answer(_), KeyCode::Char(c)) => Action::Answer(c),
            (a, _) => a,
        }
    }
}

use Context::{
    Article as A, Confirm as C, Export as D, Form as F, Global as G, Help as H, Library as L,
    LibraryMatrix as X, LibrarySearch as Q, Matrix as M, Panel as P, Picker as K, Search as S,
    Select as V, Timeline as T,
};

macro_rules! b {
    ($ctx:expr, [$($key:expr),+], $action:expr, $desc:expr) => {
        Binding { keys: &[$($key),+], action: $action, context: $ctx, description: $desc, hint: None }
    };
    ($ctx:expr, [$($key:expr),+], $action:expr, $desc:expr, $hint:expr) => {
        Binding { keys: &[$($key),+], action: $action, context: $ctx, description: $desc, hint: Some((None, $hint)) }
    };
    ($ctx:expr, [$($key:expr),+], $action:expr, $desc:expr, $hint_keys:expr, $hint:expr) => {
        Binding { keys: &[$($key),+], action: $action, context: $ctx, description: $desc, hint: Some((Some($hint_keys), $hint)) }
    };
}

/// Every key binding of the reader.
#[rustfmt::skip]
pub static BINDINGS: &[Binding] = &[
    b!(P, [k('j'), code(KeyCode::Down)], Action::NextClaim, "next claim; the article shows its quote (past the last, the panel scrolls on)", "j/k", "claim"),
    b!(P, [k('k'), code(KeyCode::Up)], Action::PrevClaim, "previous claim in the panel"),
    b!(P, [k('g'), code(KeyCode::Home)], Action::FirstClaim, "first claim"),
    b!(P, [k('G'), code(KeyCode::End)], Action::LastClaim, "last claim, and the panel's end"),
    b!(P, [code(KeyCode::Char(' ')), code(KeyCode::PageDown)], Action::PanelPageDown, "a page of claims down"),
    b!(P, [k('b'), code(KeyCode::PageUp)], Action::PanelPageUp, "a page of claims up"),
    b!(A, [k('j'), code(KeyCode::Down)], Action::ScrollDown, "scroll down one line", "j/k", "scroll"),
    b!(A, [k('k'), code(KeyCode::Up)], Action::ScrollUp, "scroll up one line"),
    b!(A, [code(KeyCode::Char(' ')), code(KeyCode::PageDown)], Action::PageDown, "scroll down one page"),
    b!(A, [k('b'), code(KeyCode::PageUp)], Action::PageUp, "scroll up one page"),
    b!(A, [k('g'), code(KeyCode::Home)], Action::Top, "go to the top of the article"),
    b!(A, [k('G'), code(KeyCode::End)], Action::Bottom, "go to the end of the article"),
    b!(M, [k('h'), code(KeyCode::Left)], Action::MatrixLeft, "previous topic (column)"),
    b!(M, [k('l'), code(KeyCode::Right)], Action::MatrixRight, "next topic (column)"),
    b!(M, [k('k'), code(KeyCode::Up)], Action::MatrixUp, "previous party (row)"),
    b!(M, [k('j'), code(KeyCode::Down)], Action::MatrixDown, "next party (row)"),
    b!(M, [code(KeyCode::Char(' ')), code(KeyCode::PageDown)], Action::PageDown, "scroll the matrix down a page (the conflicts are listed below it)"),
    b!(M, [k('b'), code(KeyCode::PageUp)], Action::PageUp, "scroll the matrix up a page"),
    b!(M, [code(KeyCode::Enter)], Action::MatrixChoose, "filter the list to the chosen cell", "filter"),
    b!(S, [Key::AnyChar], Action::Type(' '), "typed into the query (matches are counted as you type)"),
    b!(S, [code(KeyCode::Backspace)], Action::Backspace, "delete the last character"),
    b!(S, [code(KeyCode::Enter)], Action::Submit, "search, and go to the first match below", "search"),
    b!(S, [code(KeyCode::Esc)], Action::Escape, "cancel the search", "cancel"),
    b!(H, [k('?'), code(KeyCode::Esc)], Action::Escape, "close the help", "?/Esc", "close"),
    b!(H, [k('j'), code(KeyCode::Down)], Action::ScrollDown, "scroll down one line", "j/k", "scroll"),
    b!(H, [k('k'), code(KeyCode::Up)], Action::ScrollUp, "scroll up one line"),
    b!(H, [code(KeyCode::Char(' ')), code(KeyCode::PageDown)], Action::PageDown, "scroll down one page"),
    b!(H, [k('b'), code(KeyCode::PageUp)], Action::PageUp, "scroll up one page"),
    b!(H, [k('g'), code(KeyCode::Home)], Action::Top, "go to the top"),
    b!(H, [k('q')], Action::Quit, "quit", "quit"),
    b!(D, [code(KeyCode::Tab), code(KeyCode::Right)], Action::DialogNextFormat, "next format"),
    b!(D, [code(KeyCode::BackTab), code(KeyCode::Left)], Action::DialogPrevFormat, "previous format"),
    b!(D, [code(KeyCode::Down)], Action::DialogNextView, "next view"),
    b!(D, [code(KeyCode::Up)], Action::DialogPrevView, "previous view"),
    b!(D, [code(KeyCode::Enter)], Action::Submit, "write the file (asks before replacing one)", "write"),
    b!(D, [code(KeyCode::Esc)], Action::Escape, "cancel", "cancel"),
    b!(C, [Key::AnyChar], Action::Answer(' '), "answer with the key shown (y yes, n no, ...)"),
    b!(C, [code(KeyCode::Esc)], Action::Escape, "cancel: back to where the question came from", "cancel"),
    b!(F, [code(KeyCode::Tab), code(KeyCode::Down)], Action::NextField, "next field", "Tab", "field"),
    b!(F, [code(KeyCode::BackTab), code(KeyCode::Up)], Action::PrevField, "previous field"),
    b!(F, [code(KeyCode::Left)], Action::CursorLeft, "cursor left; on a stance, party, topic or mode: the previous choice"),
    b!(F, [code(KeyCode::Right)], Action::CursorRight, "cursor right; on a stance, party, topic or mode: the next choice"),
    b!(F, [code(KeyCode::Home), ctrl('a')], Action::CursorHome, "to the start of the field"),
    b!(F, [code(KeyCode::End), ctrl('e')], Action::CursorEnd, "to the end of the field"),
    b!(F, [code(KeyCode::Backspace)], Action::Backspace, "delete the character before the cursor"),
    b!(F, [code(KeyCode::Delete)], Action::Delete, "delete the character under the cursor"),
    b!(F, [ctrl('w')], Action::DeleteWord, "delete the word before the cursor"),
    b!(F, [ctrl('u')], Action::DeleteToStart, "delete everything before the cursor"),
    b!(F, [Key::AnyChar], Action::Type(' '), "typed into a text field; Space on a stance, party, topic or mode opens its list, on the quote selects another passage in the article", "Space", "list"),
    b!(F, [code(KeyCode::Enter)], Action::Submit, "apply the form (one undoable step)", "apply"),
    b!(F, [code(KeyCode::Esc)], Action::Escape, "cancel: nothing changes", "cancel"),
    b!(K, [k('j'), code(KeyCode::Down)], Action::ListDown, "next choice", "j/k", "move"),
    b!(K, [k('k'), code(KeyCode::Up)], Action::ListUp, "previous choice"),
    b!(K, [code(KeyCode::Enter)], Action::Submit, "choose it", "choose"),
    b!(K, [code(KeyCode::Esc)], Action::Escape, "cancel", "cancel"),
    b!(V, [k('w'), code(KeyCode::Right)], Action::ExtendWord, "extend the selection by a word", "w", "word"),
    b!(V, [k('s')], Action::ExtendSentence, "extend the selection to the end of the sentence (again: the next one)", "s", "sentence"),
    b!(V, [k('p')], Action::ExtendParagraph, "extend the selection to the end of the paragraph (again: the next one)", "p", "paragraph"),
    b!(V, [code(KeyCode::Backspace), code(KeyCode::Left)], Action::Shrink, "take back the last extension"),
    b!(V, [k('a'), code(KeyCode::Enter)], Action::AddClaim, "new claim quoting the selection (a form, pre-filled by the drafter); while choosing a form's quote: take it as the quote", "a", "add claim"),
    b!(V, [code(KeyCode::Esc)], Action::Escape, "cancel the selection", "cancel"),
    b!(G, [k(']')], Action::NextInArticle, "next claim in article order"),
    b!(G, [k('[')], Action::PrevInArticle, "previous claim in article order"),
    b!(G, [code(KeyCode::Tab)], Action::ToggleFocus, "focus the other pane", "focus"),
    b!(G, [k('/')], Action::SearchStart, "search the article (case, quote marks and dashes ignored; Esc clears)", "search"),
    b!(G, [k('n')], Action::SearchNext, "next search match"),
    b!(G, [k('N')], Action::SearchPrev, "previous search match"),
    b!(G, [k('m')], Action::ToggleMatrix, "show or hide the party × topic matrix", "matrix"),
    b!(G, [k('t')], Action::CycleTopic, "cycle the topic filter", "topic"),
    b!(G, [k('p')], Action::CycleParty, "cycle the party filter", "party"),
    b!(G, [k('c')], Action::ToggleTint, "party colours on other quotes (on/off)"),
    b!(G, [k('e')], Action::Export, "export the selected view to a file", "export"),
    b!(G, [k('y')], Action::Copy, "copy the selected view as Markdown (OSC 52)"),
    b!(G, [k('?')], Action::ToggleHelp, "show or hide this help", "help"),
    b!(G, [code(KeyCode::Esc)], Action::Escape, "close the matrix, clear the search, then the filters"),
    b!(G, [k('q'), ctrl('c')], Action::Quit, "quit (Ctrl-C quits from anywhere)", "quit"),
    b!(G, [ctrl('z')], Action::Suspend, "suspend (resume with `fg`)"),
    b!(G, [k('v')], Action::SelectPassage, "select a passage (from the search match, else the top of the article) to add a claim"),
    b!(G, [k('d')], Action::NextDraft, "next drafted claim to review"),
    b!(G, [k('u')], Action::Undo, "undo the last edit"),
    b!(G, [ctrl('r')], Action::Redo, "redo the last undone edit"),
    b!(G, [k('w')], Action::Save, "save (only what changed; asks for a copy if the file changed on disk)"),
    b!(G, [k('R')], Action::Reload, "reload the document from disk"),
    b!(G, [k('a')], Action::Accept, "accept the selected claim, a draft (status: reviewed); on to the next draft"),
    b!(G, [k('x')], Action::Reject, "reject the selected claim (it is removed; u brings it back)"),
    b!(G, [k('A')], Action::AcceptAll, "accept all drafted claims in view (asks first, saying how many)"),
    b!(G, [code(KeyCode::Enter)], Action::EditClaim, "edit the selected claim in a form"),
    b!(G, [k('s')], Action::PickStance, "change the selected claim's stance (a list to pick from)"),
    b!(G, [k('P')], Action::PickParty, "change the selected claim's party (a list to pick from)"),
    b!(G, [k('T')], Action::PickTopic, "change the selected claim's topic (a list to pick from)"),
    b!(G, [code(KeyCode::Backspace)], Action::Back, "back to the library the document was opened from (Esc too, once nothing is left to close)"),
    b!(L, [Key::AnyChar], Action::Type(' '), "typed into the filter (words in any order: date, title, source, file)"),
    b!(L, [code(KeyCode::Backspace)], Action::Backspace, "delete the last character of the filter"),
    b!(L, [code(KeyCode::Down)], Action::ScrollDown, "next document", "Up/Down", "move"),
    b!(L, [code(KeyCode::Up)], Action::ScrollUp, "previous document"),
    b!(L, [code(KeyCode::PageDown)], Action::PageDown, "a page down"),
    b!(L, [code(KeyCode::PageUp)], Action::PageUp, "a page up"),
    b!(L, [code(KeyCode::Home)], Action::Top, "first document"),
    b!(L, [code(KeyCode::End)], Action::Bottom, "last document"),
    b!(L, [code(KeyCode::Enter)], Action::Submit, "open the document in the reader (an article without annotation is drafted)", "open"),
    b!(L, [ctrl('t')], Action::LibraryTimeline, "the timeline: a party's stances on a topic over time", "timeline"),
    b!(L, [ctrl('x')], Action::ToggleMatrix, "the library matrix: party × topic, latest stances", "matrix"),
    b!(L, [ctrl('f')], Action::SearchStart, "search across the library", "search"),
    b!(L, [ctrl('e')], Action::Export, "export the list of documents to a file", "export"),
    b!(L, [ctrl('y')], Action::Copy, "copy the list of documents as Markdown (OSC 52)"),
    b!(L, [code(KeyCode::F(1))], Action::Help, "show the help", "help"),
    b!(L, [code(KeyCode::Esc)], Action::Escape, "clear the filter (Ctrl-C quits)"),
    b!(T, [k('j'), code(KeyCode::Down)], Action::ScrollDown, "next entry (later)", "j/k", "move"),
    b!(T, [k('k'), code(KeyCode::Up)], Action::ScrollUp, "previous entry (earlier)"),
    b!(T, [code(KeyCode::Char(' ')), code(KeyCode::PageDown)], Action::PageDown, "a page down"),
    b!(T, [k('b'), code(KeyCode::PageUp)], Action::PageUp, "a page up"),
    b!(T, [k('g'), code(KeyCode::Home)], Action::Top, "first entry"),
    b!(T, [k('G'), code(KeyCode::End)], Action::Bottom, "last entry"),
    b!(T, [code(KeyCode::Enter)], Action::Submit, "open the article at the quote", "open"),
    b!(T, [k('p')], Action::CycleParty, "the next party with claims on a topic", "party"),
    b!(T, [k('t')], Action::CycleTopic, "the next topic of this party", "topic"),
    b!(T, [k('m')], Action::ToggleMatrix, "the library matrix", "matrix"),
    b!(T, [k('/')], Action::SearchStart, "search across the library"),
    b!(T, [k('e')], Action::Export, "export this timeline (or all) to a file", "export"),
    b!(T, [k('y')], Action::Copy, "copy this timeline as Markdown (OSC 52)"),
    b!(T, [k('?')], Action::ToggleHelp, "show the help"),
    b!(T, [code(KeyCode::Esc)], Action::Escape, "back", "back"),
    b!(T, [k('q')], Action::Quit, "quit"),
    b!(X, [k('h'), code(KeyCode::Left)], Action::MatrixLeft, "previous topic (column)"),
    b!(X, [k('l'), code(KeyCode::Right)], Action::MatrixRight, "next topic (column)"),
    b!(X, [k('k'), code(KeyCode::Up)], Action::MatrixUp, "previous party (row)"),
    b!(X, [k('j'), code(KeyCode::Down)], Action::MatrixDown, "next party (row)", "hjkl", "move"),
    b!(X, [code(KeyCode::Char(' ')), code(KeyCode::PageDown)], Action::PageDown, "a page of parties down"),
    b!(X, [k('b'), code(KeyCode::PageUp)], Action::PageUp, "a page of parties up"),
    b!(X, [code(KeyCode::Enter)], Action::MatrixChoose, "the timeline of the cell", "timeline"),
    b!(X, [k('/')], Action::SearchStart, "search across the library"),
    b!(X, [k('e')], Action::Export, "export the matrix to a file", "export"),
    b!(X, [k('y')], Action::Copy, "copy the matrix as Markdown (OSC 52)"),
    b!(X, [k('?')], Action::ToggleHelp, "show the help"),
    b!(X, [code(KeyCode::Esc)], Action::Escape, "back", "back"),
    b!(X, [k('q')], Action::Quit, "quit"),
    b!(Q, [Key::AnyChar], Action::Type(' '), "typed into the query (words, or \"a phrase\"; results as you type)"),
    b!(Q, [code(KeyCode::Backspace)], Action::Backspace, "delete the last character"),
    b!(Q, [code(KeyCode::Down)], Action::ScrollDown, "next result", "Up/Down", "move"),
    b!(Q, [code(KeyCode::Up)], Action::ScrollUp, "previous result"),
    b!(Q, [code(KeyCode::PageDown)], Action::PageDown, "a page down"),
    b!(Q, [code(KeyCode::PageUp)], Action::PageUp, "a page up"),
    b!(Q, [code(KeyCode::Enter)], Action::Submit, "open the article at the match", "open"),
    b!(Q, [code(KeyCode::F(1))], Action::Help, "show the help"),
    b!(Q, [code(KeyCode::Esc)], Action::Escape, "back", "back"),
];

/// The table in effect: [`BINDINGS`], or the one [`install`]ed (with the
/// configuration's remaps).
pub fn bindings() -> &'static [Binding] {
    ACTIVE.get().copied().unwrap_or(BINDINGS)
}

static ACTIVE: std::sync::OnceLock<&'static [Binding]> = std::sync::OnceLock::new();

/// Use `table` (the configuration's remaps applied to [`BINDINGS`]) for
/// the rest of the process: lookups, hints and the help. Once only; a
/// second call is ignored.
pub fn install(table: Vec<Binding>) {
    let _ = ACTIVE.set(Box::leak(table.into_boxed_slice()));
}

fn find(context: Context, ev: &KeyEvent) -> Option<Action> {
    bindings()
        .iter()
        .filter(|b| b.context == context)
        .find(|b| b.keys.iter().any(|key| key.matches(ev)))
        .map(|b| b.action_for(ev))
}

/// The action bound to `ev` in `context`: the context's own bindings, then
/// (where [`Context::takes_global_keys`]) the global ones. Ctrl-C quits
/// from anywhere.
pub fn lookup(context: Context, ev: &KeyEvent) -> Option<Action> {
    find(context, ev)
        .or_else(|| {
            context
                .takes_global_keys()
                .then(|| find(Context::Global, ev))
                .flatten()
        })
        .or_else(|| Key::Ctrl('c').matches(ev).then_some(Action::Quit))
}

/// The action for a mouse event (wheel and left click; the app decides
/// what they do where).
pub fn mouse_action(ev: &MouseEvent) -> Option<Action> {
    let (col, row) = (ev.column, ev.row);
    match ev.kind {
        MouseEventKind::ScrollDown => Some(Action::Wheel {
            col,
            row,
            down: true,
        }),
        MouseEventKind::ScrollUp => Some(Action::Wheel {
            col,
            row,
            down: false,
        }),
        MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { col, row }),
        MouseEventKind::Drag(MouseButton::Left) => Some(Action::Drag { col, row }),
        _ => None,
    }
}

/// Status bar hints for a context: `? help  j/k claim  / search ...`; help
/// first, so that when the bar is narrow the tail is dropped.
pub fn hints(context: Context) -> Vec<(String, &'static str)> {
    hints_relabelled(context, &[])
}

/// [`hints`], with the hint of each action in `relabel` said otherwise
/// (what a key does in a state of its context, e.g. Enter while a
/// passage is chosen as a form's quote).
pub fn hints_relabelled(
    context: Context,
    relabel: &[(Action, &'static str)],
) -> Vec<(String, &'static str)> {
    let applies = |b: &&Binding| {
        b.context == context || (context.takes_global_keys() && b.context == Context::Global)
    };
    let help = bindings().iter().filter(|b| b.action == Action::ToggleHelp);
    help.chain(bindings().iter().filter(|b| b.action != Action::ToggleHelp))
        .filter(applies)
        // Focus means nothing while the matrix covers both panes.
        .filter(|b| !(context == Context::Matrix && b.action == Action::ToggleFocus))
        .filter_map(|b| {
            let (keys, word) = b.hint?;
            let word = relabel
                .iter()
                .find(|(a, _)| *a == b.action)
                .map_or(word, |&(_, w)| w);
            let keys = match keys {
                Some(k) => k.to_string(),
                None => b.keys.first().map(Key::name).unwrap_or_default(),
            };
            Some((keys, word))
        })
        .collect()
}

/// The key table in Markdown, one section per context (the README's
/// `## Keys` section body).
pub fn markdown() -> String {
    let mut out = String::new();
    for ctx in Context::ALL {
        out.push_str(&format!(
            "\n### {}\n\n| Keys | Action |\n|---|---|\n",
            ctx.title()
        ));
        for b in BINDINGS.iter().filter(|b| b.context == ctx) {
            let keys = b
                .keys
                .iter()
                .map(|key| match key {
                    Key::Plain(KeyCode::Char('|')) => "`\\|`".to_string(),
                    Key::AnyChar => key.name(),
                    _ => format!("`{}`", key.name()),
                })
                .collect::<Vec<_>>()
                .join(", ");
            out.push_str(&format!(
                "| {keys} | {} |\n",
                b.description.replace('|', "\\|")
            ));
        }
    }
    out
}

pub const README_START: &str = "<!-- keys:start -->";
pub const README_END: &str = "<!-- keys:end -->";

/// The README's keys section as generated from [`BINDINGS`].
pub fn readme_section() -> String {
    format!(
        "{README_START}\n## Keys\n\nGenerated from the table in `src/keys.rs`.\n{}{README_END}",
        markdown()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyEventKind;

    fn ev(c: KeyCode, m: KeyModifiers) -> KeyEvent {
        let mut e = KeyEvent::new(c, m);
        e.kind = KeyEventKind::Press;
        e
    }

    fn ch(c: char) -> KeyEvent {
        ev(KeyCode::Char(c), KeyModifiers::NONE)
    }

    #[test]
    fn lookup_depends_on_context() {
        let j = ch('j');
        assert_eq!(lookup(Context::Panel, &j), Some(Action::NextClaim));
        assert_eq!(lookup(Context::Article, &j), Some(Action::ScrollDown));
        assert_eq!(lookup(Context::Matrix, &j), Some(Action::MatrixDown));
        assert_eq!(lookup(Context::Help, &j), Some(Action::ScrollDown));
        let q = ch('q');
        assert_eq!(lookup(Context::Article, &q), Some(Action::Quit));
        assert_eq!(lookup(Context::Help, &q), Some(Action::Quit));
        assert_eq!(lookup(Context::Export, &q), None);
        let cc = ev(KeyCode::Char('c'), KeyModifiers::CONTROL);
        for ctx in Context::ALL {
            assert_eq!(lookup(ctx, &cc), Some(Action::Quit), "{ctx:?}");
        }
        let c = ch('c');
        assert_eq!(lookup(Context::Panel, &c), Some(Action::ToggleTint));
        let big_g = ev(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(lookup(Context::Panel, &big_g), Some(Action::LastClaim));
        let esc = ev(KeyCode::Esc, KeyModifiers::NONE);
        assert_eq!(lookup(Context::Panel, &esc), Some(Action::Escape));
        // Global keys do not reach the help, prompts or dialogs.
        assert_eq!(lookup(Context::Help, &ch('m')), None);
        assert_eq!(lookup(Context::Export, &ch('m')), None);
    }

    #[test]
    fn prompts_take_characters_as_text() {
        assert_eq!(lookup(Context::Search, &ch('q')), Some(Action::Type('q')));
        assert_eq!(lookup(Context::Search, &ch('’')), Some(Action::Type('’')));
        let enter = ev(KeyCode::Enter, KeyModifiers::NONE);
        assert_eq!(lookup(Context::Search, &enter), Some(Action::Submit));
        let bs = ev(KeyCode::Backspace, KeyModifiers::NONE);
        assert_eq!(lookup(Context::Search, &bs), Some(Action::Backspace));
        assert_eq!(
            lookup(Context::Confirm, &ch('y')),
            Some(Action::Answer('y'))
        );
        // Ctrl-letters are not text.
        let cz = ev(KeyCode::Char('z'), KeyModifiers::CONTROL);
        assert_eq!(lookup(Context::Search, &cz), None);
    }

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for ctx in Context::ALL {
            let mut seen: Vec<Key> = Vec::new();
            for b in BINDINGS.iter().filter(|b| b.context == ctx) {
                for key in b.keys {
                    assert!(!seen.contains(key), "{} bound twice in {ctx:?}", key.name());
                    seen.push(*key);
                }
            }
        }
    }

    #[test]
    fn every_context_has_bindings_and_a_way_out() {
        for ctx in Context::ALL {
            let here: Vec<&Binding> = BINDINGS.iter().filter(|b| b.context == ctx).collect();
            assert!(!here.is_empty(), "{ctx:?}");
            let esc = ev(KeyCode::Esc, KeyModifiers::NONE);
            let out = lookup(ctx, &esc);
            assert!(out == Some(Action::Escape), "{ctx:?}: {out:?}");
        }
    }

    #[test]
    fn readme_key_section_matches_the_table() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
        let readme = std::fs::read_to_string(&path).unwrap_or_default();
        let want = readme_section();
        let current = match (readme.find(README_START), readme.find(README_END)) {
            (Some(s), Some(e)) if s < e => Some((s, e + README_END.len())),
            _ => None,
        };
        let have = current.map(|(s, e)| &readme[s..e]);
        if have == Some(want.as_str()) {
            return;
        }
        if std::env::var_os("UPDATE_README").is_some() {
            let new = match current {
                Some((s, e)) => format!("{}{want}{}", &readme[..s], &readme[e..]),
                None => format!("{readme}\n{want}\n"),
            };
            std::fs::write(&path, new).unwrap();
            return;
        }
        panic!(
            "README.md's keys section (between {README_START} and {README_END}) is out of date \
             with src/keys.rs; regenerate it with `UPDATE_README=1 cargo test --lib keys::`"
        );
    }
}
