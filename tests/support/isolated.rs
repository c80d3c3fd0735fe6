//! The environment every test that runs the binary gives it, so that a
//! developer's own settings (a config file with key remaps or export
//! defaults, a theme, `NO_COLOR`, `COLORFGBG`) never reach the program
//! under test: the user configuration directory is an empty one and the
//! variables that choose settings are removed. A test that wants one of
//! them sets it after this.
#![allow(dead_code)]

/// The variables that would carry a user's settings into the program.
pub const CLEARED: &[&str] = &[
    "STANDPOINT_CONFIG",
    "STANDPOINT_THEME",
    "NO_COLOR",
    "COLORFGBG",
];

/// `XDG_CONFIG_HOME` for the program: a directory with no configuration.
pub const CONFIG_HOME: &str = concat!(env!("CARGO_TARGET_TMPDIR"), "/no-user-config");

/// The binary, in the isolated environment.
pub fn standpoint() -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_standpoint"));
    c.env("XDG_CONFIG_HOME", CONFIG_HOME);
    for v in CLEARED {
        c.env_remove(v);
    }
    c
}

/// What a pseudo-terminal harness tells the program of its colours:
/// white on black, said the way rxvt and Konsole say it, so the reader
/// does not ask. A real terminal answers the question at once; these
/// harnesses do not answer, so the reader would wait 150 ms after its
/// first screen for an answer, taking the keys a test types meanwhile.
/// (tests/config_pty.rs answers the question and tests it.)
pub const PTY_COLOURS: (&str, &str) = ("COLORFGBG", "15;0");

/// The binary in a pseudo-terminal, in the isolated environment.
pub fn pty_command() -> portable_pty::CommandBuilder {
    let mut c = portable_pty::CommandBuilder::new(env!("CARGO_BIN_EXE_standpoint"));
    c.env("XDG_CONFIG_HOME", CONFIG_HOME);
    for v in CLEARED {
        c.env_remove(v);
    }
    c.env(PTY_COLOURS.0, PTY_COLOURS.1);
    c
}
