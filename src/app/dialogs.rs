//! The help overlay's keys, the export dialog, questions ([`Confirm`]) and
//! copying to the clipboard.

use unicode_width::UnicodeWidthStr;

use super::{Choice, Confirm, Dialog, ExportChoice, Help, Mode, Purpose, State};
use crate::action::{Action, Copied, Effect};
use crate::export::{self, Format, View};
use crate::write::WriteError;

/// A terminal multiplexer between the reader and the terminal: it decides
/// whether an OSC 52 copy reaches the terminal's clipboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Multiplexer {
    /// `TMUX` is set.
    Tmux,
    /// `STY` is set (GNU screen).
    Screen,
}

impl Multiplexer {
    /// From the environment's `TMUX` and `STY` (tmux first).
    pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Option<Multiplexer> {
        let set = |k: &str| var(k).is_some_and(|v| !v.is_empty());
        if set("TMUX") {
            Some(Multiplexer::Tmux)
        } else if set("STY") {
            Some(Multiplexer::Screen)
        } else {
            None
        }
    }

    /// How to let OSC 52 through.
    fn advice(self) -> &'static str {
        match self {
            Multiplexer::Tmux => "in tmux it needs: set -g set-clipboard on",
            Multiplexer::Screen => "GNU screen may not pass it on: copy outside screen, or e",
        }
    }
}

/// The status message after a copy: what was sent, in what format, and (in
/// tmux or screen) how to let it through; `width` is the status line's.
pub fn copy_message(c: &Copied, mux: Option<Multiplexer>, width: usize) -> String {
    let lines = c.text.lines().count();
    let full = format!("sent {} as {} ({lines} lines) by OSC 52", c.view, c.format);
    let Some(m) = mux else {
        return full;
    };
    let with = format!("{full}; {}", m.advice());
    if with.width() + 2 <= width {
        return with;
    }
    format!(
        "sent {} ({lines} lines) by OSC 52; {}",
        c.format,
        m.advice()
    )
}

impl State {
    /// Keys while the help is on top.
    pub(super) fn update_help(&mut self, action: Action) {
        let Some(Mode::Help(h)) = self.modes.last_mut() else {
            return;
        };
        let Help { scroll } = h;
        match action {
            Action::ScrollDown => *scroll += 1,
            Action::ScrollUp => *scroll = scroll.saturating_sub(1),
            Action::PageDown => *scroll += 10,
            Action::PageUp => *scroll = scroll.saturating_sub(10),
            Action::Top => *scroll = 0,
            Action::ToggleHelp => {
                self.pop();
            }
            _ => {}
        }
    }

    /// The views the export dialog offers, the one matching what is selected
    /// first.
    pub fn export_views(&self) -> Vec<View> {
        let mut first = Vec::new();
        if self.matrix().is_some() {
            first.push(View::Matrix);
        }
        if let Some(p) = self.party_filter.and_then(|p| self.doc.parties.get(p)) {
            first.push(View::Party(p.id.clone()));
        }
        if let Some(t) = self.topic_filter.and_then(|t| self.doc.topics.get(t)) {
            first.push(View::Topic(t.id.clone()));
        }
        if let Some(c) = self.selected.and_then(|c| self.doc.claims.get(c)) {
            first.push(View::Claim(c.id.clone()));
        }
        for v in [View::Matrix, View::Claims, View::Article] {
            if !first.contains(&v) {
                first.push(v);
            }
        }
        first
    }

    pub(super) fn open_dialog(&mut self) {
        self.push(Mode::Export(Dialog {
            choice: ExportChoice::new(self.export_views(), &Format::ALL, &self.export_prefs),
            pending: None,
        }));
    }

    /// Keys while the export dialog is on top.
    pub(super) fn update_export(&mut self, action: Action) -> Effect {
        let Some(Mode::Export(d)) = self.modes.last_mut() else {
            return Effect::None;
        };
        if d.choice.choose(action) || action != Action::Submit {
            return Effect::None;
        }
        let width = self.export_prefs.width;
        match export::render(&self.doc, d.current_view(), d.current_format(), width) {
            Ok(text) => {
                let path = d.choice.path();
                d.pending = Some((path.clone(), text.clone()));
                Effect::Write {
                    path,
                    text,
                    overwrite: false,
                }
            }
            Err(e) => {
                self.message = Some(e.to_string());
                self.close_export();
                Effect::None
            }
        }
    }

    /// The export dialog and any question over it, closed.
    fn close_export(&mut self) {
        self.modes
            .retain(|m| !matches!(m, Mode::Export(_) | Mode::Confirm(_)));
    }

    /// Report the outcome of an [`Effect::Write`].
    pub fn write_result(&mut self, result: Result<(), WriteError>) {
        let pending = self.dialog().and_then(|d| d.pending.clone());
        let Some((path, text)) = pending else {
            return;
        };
        match written(result, path, text) {
            Written::Said(m) => {
                self.message = Some(m);
                self.close_export();
            }
            Written::Ask(c) => self.push(Mode::Confirm(c)),
        }
    }

    /// Keys while a question is on top.
    pub(super) fn update_confirm(&mut self, action: Action) -> Effect {
        let Action::Answer(key) = action else {
            return Effect::None;
        };
        let Some(Mode::Confirm(c)) = self.top() else {
            return Effect::None;
        };
        let Some(choice) = c.choice(key).cloned() else {
            self.message = Some(format!("answer {} (Esc cancels)", c.choices_label()));
            return Effect::None;
        };
        let Some(Mode::Confirm(c)) = self.pop() else {
            return Effect::None;
        };
        match (c.purpose, choice.key) {
            (Purpose::Replace { path, text }, 'y') => Effect::Write {
                path,
                text,
                overwrite: true,
            },
            (purpose @ Purpose::Replace { .. }, _) => {
                self.cancelled(purpose);
                Effect::None
            }
            (purpose, key) => self.answer_curate(purpose, key),
        }
    }

    /// A question answered no, or cancelled with Esc.
    pub(super) fn cancelled(&mut self, purpose: Purpose) {
        match purpose {
            Purpose::Replace { .. } => {
                if let Some(Mode::Export(d)) = self.modes.last_mut() {
                    d.pending = None;
                }
                self.message =
                    Some("kept the existing file; choose another format or view, or Esc".into());
            }
            Purpose::AcceptAll { .. } => self.message = Some("nothing accepted".into()),
            Purpose::Quit => self.message = Some("not quitting; w saves".into()),
            Purpose::Restore => {
                self.message = Some(
                    "the unsaved edits stay in the recovery file; they are offered again next time"
                        .into(),
                )
            }
            Purpose::Reload => self.message = Some("not reloaded; your edits are kept".into()),
            Purpose::SaveCopy { .. } => {
                self.message = Some("not saved; your edits are kept (w tries again)".into())
            }
        }
    }

    /// `y`: the first export view, as Markdown, for the clipboard.
    pub(super) fn copy(&mut self) -> Effect {
        let views = self.export_views();
        let Some(view) = views.first() else {
            return Effect::None;
        };
        match export::render(&self.doc, view, Format::Markdown, 80) {
            Ok(text) => Effect::Copy(Copied {
                text,
                view: view.name(),
                format: "Markdown",
            }),
            Err(e) => {
                self.message = Some(e.to_string());
                Effect::None
            }
        }
    }

    /// Report the outcome of an [`Effect::Copy`] (`mux`: the multiplexer
    /// the reader runs in, if any).
    pub fn copy_result(
        &mut self,
        copied: &Copied,
        result: std::io::Result<()>,
        mux: Option<Multiplexer>,
    ) {
        self.message = Some(match result {
            Ok(()) => copy_message(copied, mux, self.screen.full.width as usize),
            Err(e) => format!("could not copy to the clipboard: {e}"),
        });
    }
}

/// What writing an export came to: a message (written, or why not), or
/// the question to ask (the file exists: replace it?).
pub(crate) enum Written {
    Said(String),
    Ask(Confirm),
}

/// The outcome of writing `text` to `path`, for the reader's and the
/// library's export dialogs alike.
pub(crate) fn written(
    result: Result<(), WriteError>,
    path: std::path::PathBuf,
    text: String,
) -> Written {
    match result {
        Ok(()) => Written::Said(format!(
            "wrote {} lines to {}",
            text.lines().count(),
            path.display()
        )),
        Err(WriteError::Exists(_)) => {
            let name = path.display().to_string();
            Written::Ask(Confirm {
                question: format!("{name} exists. Replace it?"),
                choices: vec![
                    Choice {
                        key: 'y',
                        label: "replace it",
                    },
                    Choice {
                        key: 'n',
                        label: "keep it",
                    },
                ],
                purpose: Purpose::Replace { path, text },
            })
        }
        Err(e) => Written::Said(e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_messages_say_what_was_sent_and_how_to_let_it_through() {
        let c = Copied {
            text: "a\nb\n".into(),
            view: "claim:x".into(),
            format: "Markdown",
        };
        assert_eq!(
            copy_message(&c, None, 80),
            "sent claim:x as Markdown (2 lines) by OSC 52"
        );
        let tmux = copy_message(&c, Some(Multiplexer::Tmux), 120);
        assert!(tmux.contains("claim:x") && tmux.contains("set -g set-clipboard on"));
        // Narrow: the view goes, the advice stays.
        let narrow = copy_message(&c, Some(Multiplexer::Tmux), 60);
        assert!(narrow.contains("set -g set-clipboard on") && narrow.contains("Markdown"));
        assert!(copy_message(&c, Some(Multiplexer::Screen), 200).contains("screen"));
        let env = |k: &str| (k == "STY").then(|| "1.pts".to_string());
        assert_eq!(Multiplexer::from_env(env), Some(Multiplexer::Screen));
        assert_eq!(Multiplexer::from_env(|_| Some(String::new())), None);
    }
}
