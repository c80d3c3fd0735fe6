//! The configuration in the real reader, in a pseudo-terminal: a broken
//! file still opens the article, a remapped key works and shows in the help
//! and the status bar, themes and `--color` reach the screen.
#![cfg(unix)]

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{native_pty_system, Child, CommandBuilder, PtySize};

const TIMEOUT: Duration = Duration::from_secs(20);

/// The reader in a 40x120 pty: the screen, and every byte it wrote.
struct Reader {
    child: Box<dyn Child + Send + Sync>,
    writer: Arc<Mutex<Box<dyn Write + Send>>>,
    shared: Arc<Mutex<(vt100::Parser, Vec<u8>)>>,
}

impl Reader {
    fn start(args: &[&str], env: &[(&str, &str)], home: &Path) -> Reader {
        Reader::start_answering(args, env, home, None)
    }

    /// With `colours` (foreground, background: `rgb:ffff/ffff/ffff`), the
    /// terminal answers the OSC 10 and 11 colour queries as terminals do,
    /// then the DA1 query after them.
    fn start_answering(
        args: &[&str],
        env: &[(&str, &str)],
        home: &Path,
        colours: Option<(&'static str, &'static str)>,
    ) -> Reader {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: 40,
                cols: 120,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_standpoint"));
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env("XDG_CONFIG_HOME", home.join("xdg"));
        for k in [
            "NO_COLOR",
            "STANDPOINT_CONFIG",
            "STANDPOINT_THEME",
            "COLORFGBG",
        ] {
            cmd.env_remove(k);
        }
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).unwrap();
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().unwrap();
        let writer = Arc::new(Mutex::new(pty.master.take_writer().unwrap()));
        let answer = Arc::clone(&writer);
        let parser = vt100::Parser::new(
            NonZeroU16::new(40).unwrap(),
            NonZeroU16::new(120).unwrap(),
            0,
        );
        let shared = Arc::new(Mutex::new((parser, Vec::new())));
        let sh = Arc::clone(&shared);
        thread::spawn(move || {
            let _master = pty.master;
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                let mut s = sh.lock().unwrap();
                s.0.process(&buf[..n]);
                s.1.extend_from_slice(&buf[..n]);
                let asked = String::from_utf8_lossy(&buf[..n]).contains("]11;?");
                if let (true, Some((fg, bg))) = (asked, colours) {
                    let mut w = answer.lock().unwrap();
                    let _ = write!(w, "\x1b]10;{fg}\x1b\\\x1b]11;{bg}\x1b\\\x1b[?62;22c");
                    let _ = w.flush();
                }
            }
        });
        Reader {
            child,
            writer,
            shared,
        }
    }

    fn send(&mut self, keys: &str) {
        let mut w = self.writer.lock().unwrap();
        w.write_all(keys.as_bytes()).unwrap();
        w.flush().unwrap();
    }

    fn screen(&self) -> String {
        self.shared.lock().unwrap().0.screen().contents()
    }

    fn raw(&self) -> String {
        String::from_utf8_lossy(&self.shared.lock().unwrap().1).into_owned()
    }

    /// Wait until what the reader wrote so far passes `test`.
    fn wait_raw(&self, what: &str, test: impl Fn(&str) -> bool) {
        let start = Instant::now();
        while start.elapsed() < TIMEOUT {
            if test(&self.raw()) {
                return;
            }
            thread::sleep(Duration::from_millis(20));
        }
        panic!("timed out waiting for {what}; written:\n{:?}", self.raw());
    }

    fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while start.elapsed() < TIMEOUT {
            if self.screen().contains(text) {
                return;
            }
            thread::sleep(Duration::from_millis(20));
        }
        panic!("timed out waiting for {text:?}; screen:\n{}", self.screen());
    }
}

impl Drop for Reader {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

const TITLE: &str = "Trump Says He";

fn config(home: &Path, text: &str) -> String {
    let p = home.join("config.yaml");
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

#[test]
fn a_broken_config_still_opens_the_article_and_says_what_is_wrong() {
    let home = tempfile::tempdir().unwrap();
    let c = config(home.path(), "theme: light\nkeys:\n  togle-matrix: M\n");
    let mut r = Reader::start(&[], &[("STANDPOINT_CONFIG", &c)], home.path());
    r.wait_for(TITLE);
    r.wait_for(
        "config config.yaml:3: unknown action `togle-matrix` (did you mean `toggle-matrix`?)",
    );
    // The defaults are in force: `m` opens the matrix.
    r.send("m");
    r.wait_for("Matrix: parties × topics");
    r.send("q");
}

#[test]
fn a_remapped_key_works_and_shows_in_the_help_and_status_bar() {
    let home = tempfile::tempdir().unwrap();
    let c = config(
        home.path(),
        "keys:\n  toggle-matrix: M\n  panel.next-claim: [J, Down]\n",
    );
    let mut r = Reader::start(&[], &[("STANDPOINT_CONFIG", &c)], home.path());
    r.wait_for(TITLE);
    r.wait_for("J claim");
    // Keys are read once the terminal has been asked for its colours (this
    // one does not answer: 150 ms, then the dark theme).
    r.wait_raw("the dark theme", |raw| has_fg(raw, 196));
    assert!(r.screen().contains("M matrix"), "{}", r.screen());
    // The old key does nothing now: by the time the help is up, `m` was read.
    r.send("m?");
    r.wait_for("show or hide the party × topic matrix");
    let help = r.screen();
    assert!(!help.contains("Matrix: parties"), "{help}");
    assert!(
        help.contains("M                show or hide the party × topic matrix"),
        "{help}"
    );
    // (The panel's keys, J / Down among them, are further down the help:
    // the status bar's "J claim" above shows that remap.)
    // (Esc and a key at once would read as Alt and the key.)
    r.send("\x1b");
    r.wait_for("J claim");
    r.send("M");
    r.wait_for("Matrix: parties × topics");
    r.send("\x1b");
    r.wait_for("J claim");
    r.send("J");
    r.wait_for("claim 2/13");
    r.send("q");
}

/// Whether a palette colour was written as a foreground (crossterm writes
/// `ESC [38;5;N;49m` with a background, `ESC [38;5;Nm` without).
fn has_fg(raw: &str, n: u8) -> bool {
    raw.contains(&format!("[38;5;{n};")) || raw.contains(&format!("[38;5;{n}m"))
}

#[test]
fn themes_and_colour_choices_reach_the_terminal() {
    let home = tempfile::tempdir().unwrap();
    // Light: the light theme's red (160), not the dark one's (196).
    let r = Reader::start(&["--theme", "light"], &[], home.path());
    r.wait_for(TITLE);
    r.wait_for("claim 1/13");
    let raw = r.raw();
    assert!(
        has_fg(&raw, 160) && !has_fg(&raw, 196),
        "light theme: {raw:?}"
    );
    drop(r);
    // Dark from the environment.
    let r = Reader::start(&[], &[("STANDPOINT_THEME", "dark")], home.path());
    r.wait_for("claim 1/13");
    let raw = r.raw();
    assert!(
        has_fg(&raw, 196) && !has_fg(&raw, 160),
        "dark theme: {raw:?}"
    );
    drop(r);
    // --color never: no colour at all; the selected quote still reversed.
    let r = Reader::start(&["--color", "never", "--theme", "dark"], &[], home.path());
    r.wait_for("claim 1/13");
    assert!(!r.raw().contains("\x1b[38;5;"), "colour with --color never");
    drop(r);
    // --color always beats NO_COLOR (crossterm would drop the colours).
    let r = Reader::start(
        &["--color", "always", "--theme", "dark"],
        &[("NO_COLOR", "1")],
        home.path(),
    );
    r.wait_for("claim 1/13");
    assert!(has_fg(&r.raw(), 196), "no colour with --color always");
    drop(r);
    let r = Reader::start(&["--theme", "dark"], &[("NO_COLOR", "1")], home.path());
    r.wait_for("claim 1/13");
    assert!(!r.raw().contains("\x1b[38;5;"), "colour despite NO_COLOR");
}

#[test]
fn the_automatic_theme_asks_the_terminal_and_never_hangs() {
    let home = tempfile::tempdir().unwrap();
    // A white background: the light theme.
    let r = Reader::start_answering(
        &[],
        &[],
        home.path(),
        Some(("rgb:0000/0000/0000", "rgb:ffff/ffff/ffff")),
    );
    r.wait_for("claim 1/13");
    r.wait_raw("the light theme's red", |raw| has_fg(raw, 160));
    let raw = r.raw();
    // The first screen is drawn before the question, without colours (so
    // never in the wrong ones); the question comes after it.
    let asked = raw.find("]11;?").expect("not asked");
    let before = &raw[..asked];
    assert!(
        before.contains(TITLE),
        "no first screen before the question"
    );
    assert!(
        !before.contains("[38;5;"),
        "colours before the answer: {before:?}"
    );
    assert!(!has_fg(&raw, 196), "light theme: {raw:?}");
    drop(r);
    let r = Reader::start_answering(
        &[],
        &[],
        home.path(),
        Some(("rgb:dddd/dddd/dddd", "rgb:1e1e/1e1e/1e1e")),
    );
    r.wait_for("claim 1/13");
    r.wait_raw("the dark theme", |raw| has_fg(raw, 196));
    drop(r);
    // No answer at all (a bare pty): dark, after a short wait.
    let r = Reader::start(&[], &[], home.path());
    r.wait_for("claim 1/13");
    r.wait_raw("the dark theme", |raw| has_fg(raw, 196));
    drop(r);
    // COLORFGBG says it without asking.
    let r = Reader::start(&[], &[("COLORFGBG", "0;15")], home.path());
    r.wait_for("claim 1/13");
    assert!(!r.raw().contains("]11;?") && has_fg(&r.raw(), 160));
}

#[test]
fn mouse_capture_follows_the_config() {
    let home = tempfile::tempdir().unwrap();
    // crossterm turns mouse capture on with ?1000h among others.
    let r = Reader::start(&["--theme", "dark"], &[], home.path());
    r.wait_for("claim 1/13");
    assert!(r.raw().contains("\x1b[?1000h"));
    drop(r);
    let c = config(home.path(), "mouse: false\n");
    let r = Reader::start(
        &["--theme", "dark"],
        &[("STANDPOINT_CONFIG", &c)],
        home.path(),
    );
    r.wait_for("claim 1/13");
    assert!(!r.raw().contains("\x1b[?1000h"));
}
