//! The configuration, completions and man page through the real binary.

use std::path::Path;
use std::process::{Command, Output};

/// The binary with `args` and `env`, no configuration but the one given
/// (an empty configuration directory otherwise).
fn run(args: &[&str], env: &[(&str, &str)], home: &Path) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_standpoint"));
    cmd.args(args)
        .env("XDG_CONFIG_HOME", home.join("xdg"))
        .env("HOME", home)
        .env_remove("STANDPOINT_CONFIG")
        .env_remove("STANDPOINT_THEME")
        .env_remove("NO_COLOR")
        .env_remove("VISUAL")
        .env_remove("EDITOR");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn config_path_follows_flag_env_and_the_platform_directory() {
    let home = tempfile::tempdir().unwrap();
    let o = run(&["config", "path"], &[], home.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let want = home
        .path()
        .join("xdg")
        .join("standpoint")
        .join("config.yaml");
    assert_eq!(stdout(&o).trim(), want.display().to_string());
    let o = run(
        &["config", "path"],
        &[("STANDPOINT_CONFIG", "/tmp/e.yaml")],
        home.path(),
    );
    assert_eq!(stdout(&o).trim(), "/tmp/e.yaml");
    let o = run(
        &["--config", "/tmp/f.yaml", "config", "path"],
        &[("STANDPOINT_CONFIG", "/tmp/e.yaml")],
        home.path(),
    );
    assert_eq!(stdout(&o).trim(), "/tmp/f.yaml");
}

#[test]
fn config_show_says_where_each_setting_comes_from() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("c.yaml");
    std::fs::write(&file, "theme: light\nmouse: false\nexport:\n  width: 100\n").unwrap();
    let f = file.display().to_string();
    let o = run(
        &["config", "show", "--color", "never"],
        &[("STANDPOINT_CONFIG", &f), ("STANDPOINT_THEME", "dark")],
        home.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    for want in [
        format!("# config file: {f} (named by STANDPOINT_CONFIG)"),
        "theme          dark                             # environment: STANDPOINT_THEME".into(),
        "color          never                            # flag: --color".into(),
        "mouse          false                            # config file, line 2".into(),
        "export.width   100                              # config file, line 4".into(),
        "export.dir     (current directory)              # default".into(),
    ] {
        assert!(out.contains(&want), "{want:?} in\n{out}");
    }
}

#[test]
fn a_broken_config_is_reported_and_the_command_still_runs() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("c.yaml");
    std::fs::write(&file, "export:\n  format: markdwn\n  width: 60\n").unwrap();
    let f = file.display().to_string();
    let o = run(&["export"], &[("STANDPOINT_CONFIG", &f)], home.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("c.yaml:2: `markdwn` is not one of text, markdown, json, w3c, csv (did you mean `markdown`?)"),
        "{err}"
    );
    // The bad format keeps its default (json); the good width applies.
    assert!(stdout(&o).trim_start().starts_with('{'), "{}", stdout(&o));
    let show = stdout(&run(
        &["config", "show"],
        &[("STANDPOINT_CONFIG", &f)],
        home.path(),
    ));
    assert!(show.contains(&format!("{f}:2:11")), "{show}");
    assert!(show.contains("help: did you mean `markdown`?"), "{show}");
}

#[test]
fn export_defaults_come_from_the_config_and_flags_win() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("c.yaml");
    std::fs::write(&file, "export:\n  format: text\n  width: 30\n").unwrap();
    let f = file.display().to_string();
    let env = [("STANDPOINT_CONFIG", f.as_str())];
    let text = stdout(&run(&["export", "--view", "claims"], &env, home.path()));
    assert!(!text.trim_start().starts_with('{'), "{text}");
    assert!(
        text.lines()
            .all(|l| unicode_width::UnicodeWidthStr::width(l) <= 30),
        "{text}"
    );
    let wide = stdout(&run(&["export", "--width", "90"], &env, home.path()));
    assert!(
        wide.lines()
            .any(|l| unicode_width::UnicodeWidthStr::width(l) > 30),
        "{wide}"
    );
    let json = stdout(&run(&["export", "--format", "json"], &env, home.path()));
    assert!(json.trim_start().starts_with('{'), "{json}");
}

#[cfg(unix)]
#[test]
fn config_edit_creates_the_file_opens_the_editor_and_checks_it() {
    let home = tempfile::tempdir().unwrap();
    let editor = home.path().join("ed.sh");
    // An "editor" that adds a misspelt setting.
    std::fs::write(&editor, "#!/bin/sh\necho 'colr: never' >> \"$1\"\n").unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o755)).unwrap();
    let e = editor.display().to_string();
    let o = run(&["config", "edit"], &[("EDITOR", &e)], home.path());
    let path = home
        .path()
        .join("xdg")
        .join("standpoint")
        .join("config.yaml");
    let written = std::fs::read_to_string(&path).unwrap();
    assert!(
        written.starts_with("# standpoint configuration"),
        "{written}"
    );
    assert!(written.ends_with("colr: never\n"), "{written}");
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(err.contains("unknown setting `colr`"), "{err}");
    assert!(err.contains("did you mean `color`?"), "{err}");
    // $VISUAL wins over $EDITOR; a missing editor is a clear error.
    let o = run(
        &["config", "edit"],
        &[("EDITOR", &e), ("VISUAL", "/nonexistent/editor")],
        home.path(),
    );
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains("cannot start the editor `/nonexistent/editor`"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn config_keys_lists_the_table_with_the_remaps() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("c.yaml");
    std::fs::write(&file, "keys:\n  panel.next-claim: J\n").unwrap();
    let f = file.display().to_string();
    let out = stdout(&run(
        &["config", "keys"],
        &[("STANDPOINT_CONFIG", &f)],
        home.path(),
    ));
    assert!(out.contains("| J | `next-claim` | next claim;"), "{out}");
    // The article's j is untouched.
    assert!(out.contains("| j / Down | `scroll-down` |"), "{out}");
}

#[test]
fn completions_for_every_shell_and_a_man_page() {
    let home = tempfile::tempdir().unwrap();
    for (shell, marker) in [
        ("bash", "complete -F _standpoint"),
        ("zsh", "#compdef standpoint"),
        ("fish", "complete -c standpoint"),
        ("elvish", "edit:completion:arg-completer[standpoint]"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let o = run(&["completions", shell], &[], home.path());
        assert!(o.status.success(), "{shell}: {}", stderr(&o));
        let out = stdout(&o);
        assert!(out.contains(marker), "{shell}: {out}");
        // Subcommands and options come from the one definition.
        assert!(out.contains("config") && out.contains("theme"), "{shell}");
    }
    let o = run(&["completions", "tcsh"], &[], home.path());
    assert!(!o.status.success());
    let o = run(&["man"], &[], home.path());
    assert!(o.status.success());
    let man = stdout(&o);
    assert!(man.contains(".TH standpoint 1"), "{man}");
    for want in ["completions", "\\-\\-theme", "\\-\\-config", "export"] {
        assert!(man.contains(want), "{want} in man page");
    }
}
