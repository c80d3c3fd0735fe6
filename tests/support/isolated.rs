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

/// The binary in a pseudo-terminal, in the isolated environment.
pub fn pty_command() -> portable_pty::CommandBuilder {
    let mut c = portable_pty::CommandBuilder::new(env!("CARGO_BIN_EXE_standpoint"));
    c.env("XDG_CONFIG_HOME", CONFIG_HOME);
    for v in CLEARED {
        c.env_remove(v);
    }
    c
}
