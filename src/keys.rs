//! Key bindings: one table that feeds the key lookup, the help overlay, the
//! status bar hints and the README key table.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::app::Action;

/// Where a binding applies. Lookups try the focused context first, then
/// [`Context::Global`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Global,
    Panel,
    Article,
    Matrix,
    Dialog,
}

impl Context {
    pub const ALL: [Context; 5] = [
        Context::Global,
        Context::Panel,
        Context::Article,
        Context::Matrix,
        Context::Dialog,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Context::Global => "Everywhere",
            Context::Panel => "Stance panel",
            Context::Article => "Article pane",
            Context::Matrix => "Matrix",
            Context::Dialog => "Export dialog",
        }
    }
}

/// One key: a code and whether Ctrl is held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

const fn k(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: false,
    }
}
const fn code(code: KeyCode) -> Key {
    Key { code, ctrl: false }
}
const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: true,
    }
}

impl Key {
    /// The key as shown to people: `j`, `Down`, `Ctrl-C`, `Space`.
    pub fn name(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) if self.ctrl => c.to_ascii_uppercase().to_string(),
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
            other => format!("{other:?}"),
        };
        if self.ctrl {
            format!("Ctrl-{base}")
        } else {
            base
        }
    }

    fn matches(&self, ev: &KeyEvent) -> bool {
        let ev_ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        if ev_ctrl != self.ctrl {
            return false;
        }
        match (self.code, ev.code) {
            // Letters compare case-sensitively (`g` and `G` differ); Shift is
            // already folded into the character.
            (KeyCode::Char(a), KeyCode::Char(b)) if self.ctrl => a.eq_ignore_ascii_case(&b),
            (a, b) => a == b,
        }
    }
}

/// One row of the table.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub context: Context,
    pub description: &'static str,
    /// Short hint for the status bar, if the binding is worth one.
    pub hint: Option<&'static str>,
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
}

use Context::{Article as A, Dialog as D, Global as G, Matrix as M, Panel as P};

macro_rules! b {
    ($ctx:expr, [$($key:expr),+], $action:expr, $desc:expr) => {
        Binding { keys: &[$($key),+], action: $action, context: $ctx, description: $desc, hint: None }
    };
    ($ctx:expr, [$($key:expr),+], $action:expr, $desc:expr, $hint:expr) => {
        Binding { keys: &[$($key),+], action: $action, context: $ctx, description: $desc, hint: Some($hint) }
    };
}

/// Every key binding of the reader.
#[rustfmt::skip]
pub static BINDINGS: &[Binding] = &[
    b!(P, [k('j'), code(KeyCode::Down)], Action::NextClaim, "next claim; the article shows its quote", "claim"),
    b!(P, [k('k'), code(KeyCode::Up)], Action::PrevClaim, "previous claim in the panel"),
    b!(P, [k('g'), code(KeyCode::Home)], Action::FirstClaim, "first claim"),
    b!(P, [k('G'), code(KeyCode::End)], Action::LastClaim, "last claim"),
    b!(P, [code(KeyCode::Char(' ')), code(KeyCode::PageDown)], Action::PanelPageDown, "a page of claims down"),
    b!(P, [k('b'), code(KeyCode::PageUp)], Action::PanelPageUp, "a page of claims up"),
    b!(A, [k('j'), code(KeyCode::Down)], Action::ScrollDown, "scroll down one line", "scroll"),
    b!(A, [k('k'), code(KeyCode::Up)], Action::ScrollUp, "scroll up one line"),
    b!(A, [code(KeyCode::Char(' ')), code(KeyCode::PageDown)], Action::PageDown, "scroll down one page"),
    b!(A, [k('b'), code(KeyCode::PageUp)], Action::PageUp, "scroll up one page"),
    b!(A, [k('g'), code(KeyCode::Home)], Action::Top, "go to the top of the article"),
    b!(A, [k('G'), code(KeyCode::End)], Action::Bottom, "go to the end of the article"),
    b!(M, [k('h'), code(KeyCode::Left)], Action::MatrixLeft, "previous topic (column)"),
    b!(M, [k('l'), code(KeyCode::Right)], Action::MatrixRight, "next topic (column)"),
    b!(M, [k('k'), code(KeyCode::Up)], Action::MatrixUp, "previous party (row)"),
    b!(M, [k('j'), code(KeyCode::Down)], Action::MatrixDown, "next party (row)"),
    b!(M, [code(KeyCode::Enter)], Action::MatrixChoose, "filter the list to the chosen cell", "filter"),
    b!(D, [code(KeyCode::Tab), code(KeyCode::Right)], Action::DialogNextFormat, "next format"),
    b!(D, [code(KeyCode::BackTab), code(KeyCode::Left)], Action::DialogPrevFormat, "previous format"),
    b!(D, [code(KeyCode::Down)], Action::DialogNextView, "next view"),
    b!(D, [code(KeyCode::Up)], Action::DialogPrevView, "previous view"),
    b!(D, [code(KeyCode::Enter)], Action::DialogConfirm, "write the file", "write"),
    b!(D, [k('y')], Action::DialogYes, "yes, replace the existing file"),
    b!(D, [k('n')], Action::DialogNo, "no, keep the existing file"),
    b!(D, [code(KeyCode::Esc)], Action::Escape, "cancel", "cancel"),
    b!(G, [k(']')], Action::NextInArticle, "next claim in article order"),
    b!(G, [k('[')], Action::PrevInArticle, "previous claim in article order"),
    b!(G, [code(KeyCode::Tab)], Action::ToggleFocus, "focus the other pane", "focus"),
    b!(G, [k('/')], Action::SearchStart, "search the article (Esc clears it)", "search"),
    b!(G, [k('n')], Action::SearchNext, "next search match"),
    b!(G, [k('N')], Action::SearchPrev, "previous search match"),
    b!(G, [k('m')], Action::ToggleMatrix, "show or hide the party × topic matrix", "matrix"),
    b!(G, [k('t')], Action::CycleTopic, "cycle the topic filter", "topic"),
    b!(G, [k('p')], Action::CycleParty, "cycle the party filter", "party"),
    b!(G, [k('c')], Action::ToggleTint, "party colours on other quotes (on/off)"),
    b!(G, [k('e')], Action::Export, "export the selected view to a file", "export"),
    b!(G, [k('y')], Action::Copy, "copy the selected view (OSC 52)"),
    b!(G, [k('?')], Action::ToggleHelp, "show or hide this help", "help"),
    b!(G, [code(KeyCode::Esc)], Action::Escape, "close overlay, clear search or filter"),
    b!(G, [k('q'), ctrl('c')], Action::Quit, "quit", "quit"),
    b!(G, [ctrl('z')], Action::Suspend, "suspend (resume with `fg`)"),
];

/// The action bound to `ev` in `context` (falling back to global bindings;
/// the export dialog does not fall back).
pub fn lookup(context: Context, ev: &KeyEvent) -> Option<Action> {
    let find = |ctx: Context| {
        BINDINGS
            .iter()
            .filter(|b| b.context == ctx)
            .find(|b| b.keys.iter().any(|key| key.matches(ev)))
            .map(|b| b.action)
    };
    match context {
        Context::Dialog => find(Context::Dialog).or_else(|| {
            // Only quitting works from the dialog.
            find(Context::Global).filter(|a| *a == Action::Quit && ev.code != KeyCode::Char('q'))
        }),
        Context::Global => find(Context::Global),
        other => find(other).or_else(|| find(Context::Global)),
    }
}

/// Status bar hints for a context: `j/k claim  / search  ? help ...`.
pub fn hints(context: Context) -> Vec<(String, &'static str)> {
    // Help first: when the bar is narrow the tail is dropped.
    let help = BINDINGS.iter().filter(|b| b.action == Action::ToggleHelp);
    help.chain(BINDINGS.iter().filter(|b| b.action != Action::ToggleHelp))
        .filter(|b| {
            b.context == context || (context != Context::Dialog && b.context == Context::Global)
        })
        .filter(|b| !(context == Context::Matrix && b.action == Action::ToggleFocus))
        .filter_map(|b| {
            let h = b.hint?;
            let keys = if b.action == Action::NextClaim || b.action == Action::ScrollDown {
                "j/k".to_string()
            } else if b.action == Action::NextInArticle {
                "]/[".to_string()
            } else {
                b.keys.first().map(Key::name).unwrap_or_default()
            };
            Some((keys, h))
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
                .map(|key| match key.code {
                    KeyCode::Char('|') => "`\\|`".to_string(),
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

    #[test]
    fn lookup_depends_on_context() {
        let j = ev(KeyCode::Char('j'), KeyModifiers::NONE);
        assert_eq!(lookup(Context::Panel, &j), Some(Action::NextClaim));
        assert_eq!(lookup(Context::Article, &j), Some(Action::ScrollDown));
        assert_eq!(lookup(Context::Matrix, &j), Some(Action::MatrixDown));
        let q = ev(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(lookup(Context::Article, &q), Some(Action::Quit));
        assert_eq!(lookup(Context::Dialog, &q), None);
        let cc = ev(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(lookup(Context::Dialog, &cc), Some(Action::Quit));
        assert_eq!(lookup(Context::Panel, &cc), Some(Action::Quit));
        let c = ev(KeyCode::Char('c'), KeyModifiers::NONE);
        assert_eq!(lookup(Context::Panel, &c), Some(Action::ToggleTint));
        let big_g = ev(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(lookup(Context::Panel, &big_g), Some(Action::LastClaim));
        let esc = ev(KeyCode::Esc, KeyModifiers::NONE);
        assert_eq!(lookup(Context::Panel, &esc), Some(Action::Escape));
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
