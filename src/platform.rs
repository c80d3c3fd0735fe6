//! What differs between platforms, in one place: signals (SIGTERM, SIGHUP),
//! suspending with Ctrl-Z (SIGTSTP), and reading keys from `/dev/tty` when
//! the article comes on standard input. The Unix parts are behind
//! `cfg(unix)`; elsewhere crossterm's portable behaviour stands in (it reads
//! keys from the console itself, and there is no job control to suspend
//! to). Only Linux is built and tested here.

use std::io;

/// Call `restore` and exit when the terminal goes away or the process is
/// asked to end (SIGTERM, SIGHUP), from a thread of its own: after a
/// hang-up crossterm's event reader can spin on a closed tty without ever
/// returning to the event loop. Elsewhere, nothing: the console closes the
/// process itself.
#[cfg(unix)]
pub fn on_termination(restore: fn()) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP])?;
    std::thread::spawn(move || {
        if let Some(sig) = signals.forever().next() {
            restore();
            std::process::exit(128 + sig);
        }
    });
    Ok(())
}

#[cfg(not(unix))]
pub fn on_termination(_restore: fn()) -> io::Result<()> {
    Ok(())
}

/// Stop the process until it is continued (`fg`); the caller gives the
/// terminal back before and takes it again after. Without job control,
/// nothing happens.
#[cfg(unix)]
pub fn suspend() -> io::Result<()> {
    signal_hook::low_level::raise(signal_hook::consts::SIGTSTP)?;
    // Execution resumes here after SIGCONT.
    Ok(())
}

#[cfg(not(unix))]
pub fn suspend() -> io::Result<()> {
    Ok(())
}

/// Whether keys can be read: from standard input, or, when an article is
/// piped in (`standpoint -`), from the controlling terminal (`/dev/tty`,
/// which crossterm reads then).
#[cfg(unix)]
pub fn keys_readable() -> bool {
    use std::io::IsTerminal;
    io::stdin().is_terminal()
        || std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open("/dev/tty")
            .is_ok_and(|f| f.is_terminal())
}

/// Elsewhere crossterm reads the console's input, whatever standard input
/// is.
#[cfg(not(unix))]
pub fn keys_readable() -> bool {
    true
}

/// What the environment says of the background without asking the
/// terminal: `COLORFGBG` (set by rxvt, Konsole and others: `15;0` is
/// white on black).
pub fn known_light_background() -> Option<bool> {
    std::env::var("COLORFGBG")
        .ok()
        .and_then(|v| colorfgbg_light(&v))
}

/// Ask the terminal (OSC 11) whether its background is light: `Some(true)`
/// for light, `Some(false)` for dark, `None` when it does not say within
/// `timeout` (never hangs); not asked when standard output is not a
/// terminal or `TERM=dumb` (the crate checks). Called by the reader after
/// its first frame, before it reads any key (the answer arrives on the
/// keyboard's input); the terminal's mode is kept as it was.
pub fn ask_light_background(timeout: std::time::Duration) -> Option<bool> {
    use std::io::IsTerminal;
    if !io::stdout().is_terminal() {
        return None;
    }
    let mut options = terminal_colorsaurus::QueryOptions::default();
    options.timeout = timeout;
    match terminal_colorsaurus::theme_mode(options) {
        Ok(terminal_colorsaurus::ThemeMode::Light) => Some(true),
        Ok(terminal_colorsaurus::ThemeMode::Dark) => Some(false),
        Err(_) => None,
    }
}

/// `COLORFGBG=fg;bg` (or `fg;default;bg`): the background's ANSI colour
/// number; 7 and 9..=15 but 8 are light.
pub fn colorfgbg_light(v: &str) -> Option<bool> {
    let bg: u8 = v.rsplit(';').next()?.trim().parse().ok()?;
    Some(matches!(bg, 7 | 9..=15))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colorfgbg() {
        assert_eq!(colorfgbg_light("15;0"), Some(false));
        assert_eq!(colorfgbg_light("0;15"), Some(true));
        assert_eq!(colorfgbg_light("0;default;7"), Some(true));
        assert_eq!(colorfgbg_light("7;8"), Some(false));
        assert_eq!(colorfgbg_light("default"), None);
        assert_eq!(colorfgbg_light(""), None);
    }
}
