//! End-to-end tests: the real binary in a pseudo-terminal, its output fed
//! to a vt100 parser, the screen polled with generous timeouts.
#![cfg(unix)]

#[path = "support/isolated.rs"]
mod isolated;

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{native_pty_system, Child, MasterPty, PtySize};

const TIMEOUT: Duration = Duration::from_secs(20);

struct Shared {
    parser: vt100::Parser,
    raw: Vec<u8>,
}

/// The reader running in a pty.
struct Reader {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    shared: Arc<Mutex<Shared>>,
    master: Box<dyn MasterPty + Send>,
}

impl Reader {
    fn start(cwd: Option<&Path>, rows: u16, cols: u16) -> Reader {
        Reader::start_with(cwd, rows, cols, &[])
    }

    fn start_with(cwd: Option<&Path>, rows: u16, cols: u16, env: &[(&str, &str)]) -> Reader {
        Reader::spawn(&[], cwd, env, rows, cols)
    }

    /// The binary with `args`, in `cwd`, with `env` added.
    fn spawn(
        args: &[&Path],
        cwd: Option<&Path>,
        env: &[(&str, &str)],
        rows: u16,
        cols: u16,
    ) -> Reader {
        let (child, master, mut reader) = spawn_in(args, cwd, env, rows, cols);
        let writer = master.take_writer().unwrap();
        let shared = Arc::new(Mutex::new(Shared {
            parser: vt100::Parser::new(
                NonZeroU16::new(rows).unwrap(),
                NonZeroU16::new(cols).unwrap(),
                0,
            ),
            raw: Vec::new(),
        }));
        let sh = Arc::clone(&shared);
        thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        let mut s = sh.lock().unwrap();
                        s.parser.process(&buf[..n]);
                        s.raw.extend_from_slice(&buf[..n]);
                    }
                }
            }
        });
        Reader {
            child,
            writer,
            shared,
            master,
        }
    }

    /// Resize the pty (the child gets SIGWINCH) and the parser.
    fn resize(&mut self, rows: u16, cols: u16) {
        self.shared.lock().unwrap().parser.screen_mut().set_size(
            NonZeroU16::new(rows).unwrap(),
            NonZeroU16::new(cols).unwrap(),
        );
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
    }

    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    fn screen(&self) -> String {
        self.shared.lock().unwrap().parser.screen().contents()
    }

    fn raw(&self) -> Vec<u8> {
        self.shared.lock().unwrap().raw.clone()
    }

    /// Poll until `pred` holds on the screen, or fail with the screen.
    fn wait_until(&self, what: &str, pred: impl Fn(&vt100::Screen) -> bool) {
        let start = Instant::now();
        while start.elapsed() < TIMEOUT {
            if pred(self.shared.lock().unwrap().parser.screen()) {
                return;
            }
            thread::sleep(Duration::from_millis(20));
        }
        panic!("timed out waiting for {what}; screen:\n{}", self.screen());
    }

    /// Where `text` is on the screen now.
    fn at(&self, text: &str) -> (u16, u16) {
        let s = self.shared.lock().unwrap();
        find(s.parser.screen(), text)
            .unwrap_or_else(|| panic!("{text:?} not on screen:\n{}", s.parser.screen().contents()))
    }

    fn wait_for(&self, text: &str) {
        self.wait_until(&format!("{text:?}"), |s| s.contents().contains(text));
    }

    fn wait_raw(&self, bytes: &[u8]) {
        let start = Instant::now();
        while start.elapsed() < TIMEOUT {
            if contains(&self.raw(), bytes) {
                return;
            }
            thread::sleep(Duration::from_millis(20));
        }
        panic!(
            "timed out waiting for {:?} in the output",
            String::from_utf8_lossy(bytes)
        );
    }

    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let start = Instant::now();
        while start.elapsed() < TIMEOUT {
            if let Some(st) = self.child.try_wait().unwrap() {
                return st;
            }
            thread::sleep(Duration::from_millis(20));
        }
        panic!("the reader did not exit; screen:\n{}", self.screen());
    }
}

impl Drop for Reader {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// (row, col) of `text` on the screen (ASCII-safe column count).
fn find(screen: &vt100::Screen, text: &str) -> Option<(u16, u16)> {
    let (_, cols) = screen.size();
    for (r, row) in screen.rows(0, cols.get()).enumerate() {
        if let Some(i) = row.find(text) {
            return Some((r as u16, row[..i].chars().count() as u16));
        }
    }
    None
}

fn assert_restored(raw: &[u8]) {
    let tail_from = raw
        .windows(8)
        .rposition(|w| w == b"\x1b[?1049h")
        .unwrap_or(0);
    let tail = &raw[tail_from..];
    for (seq, what) in [
        (&b"\x1b[?1049l"[..], "leave the alternate screen"),
        (b"\x1b[?25h", "show the cursor"),
        (b"\x1b[?1000l", "mouse reporting off"),
        (b"\x1b[?1006l", "SGR mouse off"),
    ] {
        assert!(contains(tail, seq), "missing {what} after the last enter");
    }
}

#[test]
fn starts_and_shows_the_title_and_first_claim() {
    let r = Reader::start(None, 40, 120);
    r.wait_for("Trump Says He");
    r.wait_for("Rules out NATO membership");
    r.wait_for("claim 1/13");
}

#[test]
fn j_selects_the_next_claim_and_highlights_its_quote() {
    let mut r = Reader::start(None, 40, 120);
    r.wait_for("claim 1/13");
    r.send("j");
    r.wait_for("claim 2/13");
    let quote = "the United States would push to";
    r.wait_until("the quote in reverse video", |s| {
        find(s, quote).is_some_and(|(row, col)| {
            (0..quote.len() as u16).all(|i| {
                s.cell(row, col + i)
                    .is_some_and(|c| c.inverse() && c.bold())
            })
        })
    });
    // The text before the quote on that row is not highlighted.
    let s = r.shared.lock().unwrap();
    let screen = s.parser.screen();
    let (row, col) = find(screen, quote).unwrap();
    assert!(!screen.cell(row, col - 2).unwrap().inverse());
}

#[test]
fn help_opens_and_esc_closes_it() {
    let mut r = Reader::start(None, 40, 120);
    r.wait_for("claim 1/13");
    r.send("?");
    r.wait_for("Help: keys");
    r.wait_for("next claim in article order");
    r.send("\x1b");
    r.wait_until("help closed", |s| !s.contents().contains("Help: keys"));
}

#[test]
fn search_shows_a_match_count() {
    let mut r = Reader::start(None, 24, 80);
    r.wait_for("claim 1/13");
    r.send("/");
    r.wait_for("Enter search");
    r.send("Putin\r");
    r.wait_for("/2 “Putin”");
    let first = if r.screen().contains("match 1/2") {
        1
    } else {
        2
    };
    r.send("n");
    r.wait_for(&format!("match {}/2 “Putin”", 3 - first));
}

#[test]
fn q_quits_and_restores_the_terminal() {
    let mut r = Reader::start(None, 24, 80);
    r.wait_for("claim 1/13");
    r.send("q");
    let st = r.wait_exit();
    assert!(st.success(), "{st:?}");
    r.wait_raw(b"\x1b[?1049l");
    assert_restored(&r.raw());
}

fn signal_restores(name: &str, number: u32) {
    let mut r = Reader::start(None, 24, 80);
    r.wait_for("claim 1/13");
    let pid = r.child.process_id().unwrap();
    let ok = std::process::Command::new("kill")
        .args([&format!("-{name}"), &pid.to_string()])
        .status()
        .unwrap();
    assert!(ok.success());
    let st = r.wait_exit();
    assert_eq!(st.exit_code(), 128 + number, "{name}");
    r.wait_raw(b"\x1b[?1049l");
    assert_restored(&r.raw());
}

#[test]
fn sigterm_restores_the_terminal() {
    signal_restores("TERM", 15);
}

#[test]
fn sighup_restores_the_terminal() {
    signal_restores("HUP", 1);
}

/// Standard base64 (the OSC 52 payload), decoded; `None` if malformed.
fn base64_decode(s: &str) -> Option<Vec<u8>> {
    const ABC: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::new();
    let (mut acc, mut bits) = (0u32, 0);
    for c in s.bytes().filter(|&c| c != b'=') {
        let v = ABC.iter().position(|&a| a == c)? as u32;
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

/// The text of the last OSC 52 copy in `raw` (`ESC ] 52 ; c ; BASE64 ST`).
fn osc52_payload(raw: &[u8]) -> Option<String> {
    let start = raw.windows(7).rposition(|w| w == b"\x1b]52;c;")? + 7;
    let len = raw[start..].iter().position(|&b| b == 0x1b || b == 0x07)?;
    let b64 = std::str::from_utf8(&raw[start..start + len]).ok()?;
    String::from_utf8(base64_decode(b64)?).ok()
}

#[test]
fn y_copies_the_selected_view_with_osc_52_and_says_what_it_sent() {
    let mut r = Reader::start(None, 24, 80);
    r.wait_for("claim 1/13");
    r.send("y");
    r.wait_raw(b"\x1b]52;c;");
    r.wait_for("by OSC 52");
    // What was copied is the Markdown export of the selected claim.
    let doc = standpoint::loader::bundled().unwrap();
    let view = standpoint::export::View::Claim("us-nato-ruled-out".into());
    let want =
        standpoint::export::render(&doc, &view, standpoint::export::Format::Markdown, 80).unwrap();
    let start = Instant::now();
    let got = loop {
        match osc52_payload(&r.raw()) {
            Some(p) if p.len() >= want.len() || start.elapsed() > TIMEOUT => break p,
            _ => thread::sleep(Duration::from_millis(20)),
        }
    };
    assert_eq!(got, want);
    let n = want.lines().count();
    r.wait_for(&format!(
        "sent claim:us-nato-ruled-out as Markdown ({n} lines)"
    ));
}

/// Under tmux (TMUX set) the message says how to let OSC 52 through,
/// since tmux drops it by default.
#[test]
fn y_under_tmux_says_how_to_enable_the_clipboard() {
    let mut r = Reader::start_with(None, 24, 100, &[("TMUX", "/tmp/tmux-0/default,1,0")]);
    r.wait_for("claim 1/13");
    r.send("y");
    r.wait_for("set -g set-clipboard on");
}

#[test]
fn e_and_enter_write_a_file_and_ask_before_replacing() {
    let dir = tempfile::tempdir().unwrap();
    let mut r = Reader::start(Some(dir.path()), 24, 80);
    r.wait_for("claim 1/13");
    r.send("e");
    r.wait_for("claim-us-nato-ruled-out.md");
    r.send("\r");
    r.wait_for("wrote ");
    let path = dir.path().join("claim-us-nato-ruled-out.md");
    let first = std::fs::read_to_string(&path).unwrap();
    assert!(!first.is_empty());
    // Again: the file exists, so the dialog asks; n keeps it.
    std::fs::write(&path, "old").unwrap();
    r.send("e\r");
    r.wait_for("Replace it?");
    r.wait_for("y replace it · n keep it");
    r.send("n");
    r.wait_for("kept the existing file");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
    r.send("\ry");
    r.wait_for("wrote ");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), first);
}

#[test]
fn not_a_terminal_is_a_clear_error() {
    let out = isolated::standpoint().output().unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("needs a terminal"), "{err}");
    assert!(err.contains("standpoint export"), "{err}");
    assert!(
        !err.contains("standpoint: standpoint"),
        "the name once: {err}"
    );
}

/// An SGR mouse event at 0-based (col, row).
fn mouse(button: u8, col: u16, row: u16) -> String {
    format!("\x1b[<{button};{};{}M", col + 1, row + 1)
}

#[test]
fn mouse_clicks_select_claims_and_the_wheel_scrolls() {
    let mut r = Reader::start(None, 40, 120);
    r.wait_for("claim 1/13");
    // A click on a claim's summary in the panel.
    let (row, col) = r.at("The U.S. will push to help");
    r.send(&mouse(0, col + 2, row));
    r.send(&format!("\x1b[<0;{};{}m", col + 3, row + 1));
    r.wait_for("claim 2/13");
    // A click on a quote in the article.
    let (row, col) = r.at("Russian leader Vladimir Putin");
    r.send(&mouse(0, col + 3, row));
    r.wait_for("claim 4/13");
    drop(r);
    // The wheel over the article scrolls it.
    let mut r = Reader::start(None, 24, 80);
    r.wait_for("claim 1/13");
    r.send("\t");
    r.send("g");
    r.wait_for("Article 0%");
    r.send(&mouse(65, 10, 5));
    r.wait_until("the article scrolled", |s| {
        !s.contents().contains("Article 0%") && s.contents().contains("Article ")
    });
}

#[test]
fn ctrl_z_gives_the_terminal_back_and_redraws_on_resume() {
    let mut r = Reader::start(None, 24, 80);
    r.wait_for("claim 1/13");
    let before = r.raw().len();
    r.send("\x1a");
    // The terminal is restored before stopping...
    r.wait_raw(b"\x1b[?1049l");
    // ...and when the process goes on (here the stop is discarded, as the
    // pty's process group is orphaned; in a shell it happens on `fg`), the
    // alternate screen comes back and the whole screen is drawn again.
    let pid = r.child.process_id().unwrap();
    let start = Instant::now();
    loop {
        // SIGCONT until it is back (a continue sent before the stop is lost).
        let _ = std::process::Command::new("kill")
            .args(["-CONT", &pid.to_string()])
            .status();
        let raw = r.raw();
        let after = &raw[before..];
        let left = after.windows(8).position(|w| w == b"\x1b[?1049l");
        let back = after.windows(8).rposition(|w| w == b"\x1b[?1049h");
        if let (Some(l), Some(b)) = (left, back) {
            if b > l && contains(&after[b..], "claim 1/13".as_bytes()) {
                break;
            }
        }
        assert!(
            start.elapsed() < TIMEOUT,
            "no redraw after resume: {:?}",
            String::from_utf8_lossy(&r.raw()[before..])
        );
        thread::sleep(Duration::from_millis(100));
    }
    r.send("j");
    r.wait_for("claim 2/13");
}

/// Test builds (the `testing` feature) panic on a chosen key (see
/// `tui::debug_panic`); the panic hook must give the terminal back before
/// the message is printed.
#[test]
fn a_panic_restores_the_terminal() {
    let mut r = Reader::start_with(None, 24, 80, &[("STANDPOINT_DEBUG_PANIC_KEY", "!")]);
    r.wait_for("claim 1/13");
    r.send("!");
    let st = r.wait_exit();
    assert!(!st.success());
    r.wait_raw(b"test panic");
    let raw = r.raw();
    assert_restored(&raw);
    // Restored before the panic message, so the message is readable.
    let enter = raw.windows(8).rposition(|w| w == b"\x1b[?1049h").unwrap();
    let leave = enter
        + raw[enter..]
            .windows(8)
            .position(|w| w == b"\x1b[?1049l")
            .unwrap();
    let msg = raw.windows(10).position(|w| w == b"test panic").unwrap();
    assert!(leave < msg);
}

type RawChild = (
    Box<dyn Child + Send + Sync>,
    Box<dyn MasterPty + Send>,
    Box<dyn Read + Send>,
);

/// The binary with `args` in a pty of `rows` x `cols`, for tests that read
/// the raw output or close the terminal themselves.
fn spawn_raw(args: &[&Path], rows: u16, cols: u16) -> RawChild {
    spawn_in(args, None, &[], rows, cols)
}

/// The binary with `args` in a pty, started in `cwd` with `env` added (and
/// `NO_COLOR` removed).
fn spawn_in(
    args: &[&Path],
    cwd: Option<&Path>,
    env: &[(&str, &str)],
    rows: u16,
    cols: u16,
) -> RawChild {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows,
            cols,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = isolated::pty_command();
    for a in args {
        cmd.arg(a);
    }
    cmd.env("TERM", "xterm-256color");
    cmd.env_remove("NO_COLOR");
    for (k, v) in env {
        cmd.env(k, v);
    }
    if let Some(d) = cwd {
        cmd.cwd(d);
    }
    let child = pty.slave.spawn_command(cmd).unwrap();
    drop(pty.slave);
    let reader = pty.master.try_clone_reader().unwrap();
    (child, pty.master, reader)
}

/// Closing the terminal (every master fd) hangs up the reader: it must exit,
/// not spin on a dead tty.
#[test]
fn closing_the_terminal_ends_the_reader() {
    let (mut child, master, mut reader) = spawn_raw(&[], 24, 80);
    // Read until the first frame is drawn, then let go of the reader.
    let seen = thread::spawn(move || {
        let mut all = Vec::new();
        let mut buf = [0u8; 4096];
        while !contains(&all, b"claim 1/13") {
            match reader.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => all.extend_from_slice(&buf[..n]),
            }
        }
        contains(&all, b"claim 1/13")
    })
    .join()
    .unwrap();
    assert!(seen, "the first frame never came");
    let writer = master.take_writer().unwrap();
    drop(writer);
    drop(master);
    let start = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            panic!("the reader kept running after its terminal closed");
        }
        thread::sleep(Duration::from_millis(20));
    }
}

/// A large document draws the start of its article at once, then fills the
/// panel when the whole document has loaded.
#[test]
fn a_large_document_opens_with_a_preview_then_fills_the_panel() {
    let dir = tempfile::tempdir().unwrap();
    let s = standpoint::synth::generate(1_200_000, 300, "big.txt");
    std::fs::write(dir.path().join("big.txt"), &s.article).unwrap();
    std::fs::write(dir.path().join("big.yaml"), &s.yaml).unwrap();
    let preview = standpoint::loader::preview(&dir.path().join("big.yaml")).unwrap();
    assert!(preview.claims.is_empty());
    assert!(s.article.starts_with(preview.article.text()));
    assert!(preview.title.starts_with("Synthetic article"));

    let (mut child, _master, mut reader) = spawn_raw(&[&dir.path().join("big.yaml")], 24, 100);
    let (tx, rx) = std::sync::mpsc::channel::<Vec<u8>>();
    thread::spawn(move || {
        let mut buf = [0u8; 65536];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let mut parser = vt100::Parser::new(
        NonZeroU16::new(24).unwrap(),
        NonZeroU16::new(100).unwrap(),
        0,
    );
    let start = Instant::now();
    let mut saw_statement = false;
    while start.elapsed() < TIMEOUT {
        if let Ok(bytes) = rx.recv_timeout(Duration::from_millis(50)) {
            parser.process(&bytes);
        }
        let screen = parser.screen().contents();
        saw_statement |= screen.contains("Statement 0 says");
        if screen.contains("claim 1/300") {
            break;
        }
    }
    let screen = parser.screen().contents();
    let _ = child.kill();
    let _ = child.wait();
    assert!(saw_statement, "{screen}");
    assert!(
        screen.contains("claim 1/300"),
        "the panel never filled:\n{screen}"
    );
}

/// When the whole document fails to load after the preview (not a bad
/// claim, which opens leniently, but the file itself: here a key given
/// twice), the terminal is restored and the problems are printed.
#[test]
fn a_large_document_that_fails_to_load_restores_the_terminal_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let s = standpoint::synth::generate(1_200_000, 300, "big.txt");
    std::fs::write(dir.path().join("big.txt"), &s.article).unwrap();
    let yaml = format!("{}\ntitle: Again\n", s.yaml);
    std::fs::write(dir.path().join("big.yaml"), yaml).unwrap();
    let (mut child, master, mut reader) = spawn_raw(&[&dir.path().join("big.yaml")], 24, 100);
    let out = thread::spawn(move || {
        let mut all = Vec::new();
        let mut buf = [0u8; 65536];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            all.extend_from_slice(&buf[..n]);
            if contains(&all, b"problem found") {
                break;
            }
        }
        all
    });
    let start = Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait().unwrap() {
            break st;
        }
        assert!(start.elapsed() < TIMEOUT, "the reader did not exit");
        thread::sleep(Duration::from_millis(20));
    };
    assert!(!status.success());
    drop(master);
    let raw = out.join().unwrap();
    assert_restored(&raw);
    assert!(
        contains(&raw, b"duplicate") && contains(&raw, b"title"),
        "{}",
        String::from_utf8_lossy(&raw)
    );
}

#[test]
fn a_resize_switches_between_stacked_and_side_by_side() {
    let mut r = Reader::start(None, 24, 80);
    r.wait_for("claim 1/13");
    let side_by_side = |s: &vt100::Screen| {
        s.contents()
            .lines()
            .any(|l| l.contains("Article") && l.contains("Stances"))
    };
    assert!(!side_by_side(r.shared.lock().unwrap().parser.screen()));
    r.resize(40, 120);
    r.wait_until("side by side at 120 columns", |s| {
        side_by_side(s) && s.contents().contains("claim 1/13")
    });
    r.resize(5, 20);
    r.wait_for("terminal too small");
    r.resize(24, 80);
    r.wait_until("stacked again", |s| {
        !side_by_side(s) && s.contents().contains("claim 1/13")
    });
}

/// `--profile` with an article that has its annotation beside it: the
/// annotation opens and the status line says the profile was not used.
#[test]
fn an_unused_profile_is_said_so() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let article = data.join("trump-cabinet-2025-02-26.txt");
    let profile = data.join("profiles/default.yaml");
    let r = Reader::spawn(
        &[&article, Path::new("--profile"), &profile],
        None,
        &[],
        40,
        140,
    );
    r.wait_for("without an annotation)");
    let screen = r.screen();
    assert!(screen.contains("--profile ignored"), "{screen}");
    assert!(
        screen.contains("13 claims from 3 of 4 parties"),
        "the annotation opened:\n{screen}"
    );
}

/// `standpoint library` at 80x24, run in a new directory holding a copy
/// of the example library (its index in a cache of its own), once its
/// list is on screen.
fn example_library() -> (tempfile::TempDir, Reader) {
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("library");
    std::fs::create_dir(&lib).unwrap();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/library");
    for e in std::fs::read_dir(src).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), lib.join(e.file_name())).unwrap();
    }
    let cache = dir.path().join("cache");
    let cache = cache.to_str().unwrap();
    let r = Reader::spawn(
        &[Path::new("library")],
        Some(dir.path()),
        &[("XDG_CACHE_HOME", cache)],
        24,
        80,
    );
    r.wait_for("Library: 6 documents, 23 claims");
    (dir, r)
}

/// `standpoint DIR` on a copy of the example library: filter, open a
/// document with Enter, come back with Esc to the same row, open the
/// timeline, jump to a quote and back, export the timeline with `e`,
/// search across the library and jump to a result.
#[test]
fn the_library_opens_a_document_goes_back_and_shows_the_timeline() {
    let (dir, mut r) = example_library();
    // Type to filter; Down to the second match; Enter opens it.
    r.send("ostrevia");
    r.wait_for("Library: 2 of 6 documents");
    r.send("\x1b[B");
    r.send("\r");
    r.wait_for("Stances");
    r.wait_for("Ostrevia Opens the Door to a Water Quota");
    // Esc: back to the list, filter and selection kept.
    r.send("\x1b");
    r.wait_for("Filter: ostrevia");
    let (row, col) = r.at("2025-05-27");
    let inverse = {
        let s = r.shared.lock().unwrap();
        s.parser
            .screen()
            .cell(row, col)
            .is_some_and(|c| c.inverse())
    };
    assert!(
        inverse,
        "the opened document is still selected:\n{}",
        r.screen()
    );
    // Ctrl-T: the timeline; Enter opens the quote; Esc comes back to it.
    r.send("\x14");
    r.wait_for("Timeline: Ostrevia on Water sharing");
    r.send("\r");
    r.wait_for("Valdoria Rejects Foreign Monitors as Lira Dam Talks Open");
    r.wait_for("back to the library");
    r.send("\x1b");
    r.wait_for("Timeline: Ostrevia on Water sharing");
    // e, Enter: the timeline written to the current directory.
    r.send("e");
    r.wait_for("timeline-ostrevia-water.md");
    r.send("\r");
    r.wait_for("wrote");
    let written = std::fs::read_to_string(dir.path().join("timeline-ostrevia-water.md")).unwrap();
    assert!(written.contains("Ostrevia"), "{written}");
    // Esc to the list; Ctrl-F searches across the library; Enter opens
    // the article at the match; Esc comes back to the results.
    r.send("\x1b");
    r.wait_for("Filter: ostrevia");
    r.send("\x06");
    r.wait_for("Search the library");
    r.send("feldt");
    r.wait_for("Search the library: feldt");
    r.wait_until("results", |s| !s.contents().contains("(0 results)"));
    r.send("\r");
    r.wait_for("back to the library");
    r.send("\x1b");
    r.wait_for("Search the library: feldt");
    r.send("\x1b");
    r.wait_for("Filter: ostrevia");
    // Ctrl-C quits (letters are the filter here).
    r.send("\x03");
    assert!(r.wait_exit().success());
    // The last bytes may still be on their way from the pty.
    r.wait_raw(b"\x1b[?1049l");
    assert_restored(&r.raw());
}

// --- curating (issue 12) ---------------------------------------------------

/// A drafted annotation of the bundled article, written by the real
/// `standpoint draft`, in a new directory: (dir, annotation).
fn drafted_copy() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let art = dir.path().join("a.txt");
    std::fs::write(&art, standpoint::loader::BUNDLED_ARTICLE).unwrap();
    let yaml = dir.path().join("a.yaml");
    let st = isolated::standpoint()
        .current_dir(dir.path())
        .args(["draft", "a.txt", "-o", "a.yaml"])
        .output()
        .unwrap();
    assert!(
        st.status.success(),
        "{}",
        String::from_utf8_lossy(&st.stderr)
    );
    (dir, yaml)
}

/// The id in backquotes after `after` in the status line.
fn id_after(r: &Reader, after: &str) -> String {
    let screen = r.screen();
    let line = screen
        .lines()
        .find(|l| l.contains(after))
        .unwrap_or_else(|| panic!("{after:?} not on screen:\n{screen}"));
    let rest = &line[line.find(after).unwrap() + after.len()..];
    rest.split('`').next().unwrap_or("").to_string()
}

/// A claim's item in a YAML file, from its `- id:` line to the next item.
fn item(yaml: &str, id: &str) -> Option<String> {
    let start = yaml.find(&format!("  - id: \"{id}\"\n"))?;
    let rest = &yaml[start + 3..];
    let end = rest
        .find("\n  - ")
        .map_or(yaml.len(), |e| start + 3 + e + 1);
    Some(yaml[start..end].to_string())
}

#[test]
fn curating_a_draft_accepts_rejects_edits_adds_and_saves() {
    let (dir, yaml) = drafted_copy();
    let state = dir.path().join("state");
    let original = std::fs::read_to_string(&yaml).unwrap();
    let before = standpoint::loader::load_path(&yaml).unwrap();
    let n = before.claims.len();
    let mut r = Reader::spawn(
        &[Path::new("a.yaml")],
        Some(dir.path()),
        &[("XDG_STATE_HOME", state.to_str().unwrap())],
        40,
        120,
    );
    r.wait_for(&format!("{n} drafts to review"));
    // Accept two.
    r.send("a");
    r.wait_for(&format!("{} drafts to review", n - 1));
    let a1 = id_after(&r, "accepted `");
    r.send("a");
    r.wait_for(&format!("{} drafts to review", n - 2));
    let a2 = id_after(&r, "accepted `");
    // Reject one.
    r.send("x");
    r.wait_for("rejected `");
    let x = id_after(&r, "rejected `");
    // Change a stance with the picker: the last in the list.
    r.send("s");
    r.wait_for("UNCLEAR");
    r.send("jjjjj\r");
    r.wait_for("stance is now UNCLEAR");
    let s1 = id_after(&r, "`");
    // Add a claim from a sentence found by search.
    r.send("/Lavrov\r");
    r.wait_for("match 1/1");
    r.send("v");
    r.wait_for("selecting a passage");
    r.send("ws");
    r.wait_for("words selected");
    r.send("a");
    r.wait_for("New claim");
    r.send("\r");
    r.wait_for("added `");
    let added = id_after(&r, "added `");
    r.send("w");
    r.wait_for("saved ");
    r.send("q");
    let st = r.wait_exit();
    assert!(st.success(), "{st:?}");

    // The file: checks, and holds exactly what was asked.
    let check = isolated::standpoint()
        .current_dir(dir.path())
        .args(["check", "a.yaml"])
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    let doc = standpoint::loader::load_path(&yaml).unwrap();
    let get = |id: &str| doc.claims.iter().find(|c| c.id == id);
    assert_eq!(doc.claims.len(), n, "two accepted, one rejected, one added");
    for id in [&a1, &a2] {
        assert_eq!(
            get(id).map(|c| c.status),
            Some(standpoint::model::Status::Reviewed),
            "{id}"
        );
    }
    assert!(get(&x).is_none(), "{x} rejected");
    assert_eq!(
        get(&s1).map(|c| c.stance),
        Some(standpoint::model::Stance::Unclear)
    );
    let new = get(&added).unwrap();
    assert!(new.quote.starts_with("Lavrov reiterated"), "{}", new.quote);
    assert_eq!(new.status, standpoint::model::Status::Reviewed);
    // Every claim not touched is byte for byte as it was, and so is the
    // header.
    let saved = std::fs::read_to_string(&yaml).unwrap();
    let head = |t: &str| t[..t.find("\nclaims:").unwrap()].to_string();
    assert_eq!(head(&saved), head(&original));
    let touched = [&a1, &a2, &x, &s1, &added];
    let mut untouched = 0;
    for c in &before.claims {
        if touched.contains(&&c.id) {
            continue;
        }
        assert_eq!(item(&saved, &c.id), item(&original, &c.id), "{}", c.id);
        untouched += 1;
    }
    assert!(untouched >= n - 4);
    // Nothing unsaved: no recovery file is left.
    let left =
        std::fs::read_dir(state.join("standpoint").join("recovery")).map_or(0, |d| d.count());
    assert_eq!(left, 0);
}

#[test]
fn after_a_sighup_mid_edit_the_next_open_offers_the_unsaved_edits() {
    let (dir, yaml) = drafted_copy();
    let state = dir.path().join("state");
    let original = std::fs::read_to_string(&yaml).unwrap();
    let env = [("XDG_STATE_HOME", state.to_str().unwrap())];
    let mut r = Reader::spawn(&[Path::new("a.yaml")], Some(dir.path()), &env, 40, 120);
    r.wait_for("drafts to review");
    r.send("x");
    r.wait_for("rejected `");
    let x = id_after(&r, "rejected `");
    let pid = r.child.process_id().unwrap();
    let ok = std::process::Command::new("kill")
        .args(["-HUP", &pid.to_string()])
        .status()
        .unwrap();
    assert!(ok.success());
    r.wait_exit();
    assert_eq!(
        std::fs::read_to_string(&yaml).unwrap(),
        original,
        "nothing saved"
    );
    let mut r = Reader::spawn(&[Path::new("a.yaml")], Some(dir.path()), &env, 40, 120);
    r.wait_for("1 unsaved edit for this file");
    r.send("r");
    r.wait_for("restored 1 unsaved edit");
    assert!(r.screen().contains("unsaved edits (w saves)"));
    // Quitting asks; save and quit.
    r.send("q");
    r.wait_for("save and quit");
    r.send("w");
    let st = r.wait_exit();
    assert!(st.success(), "{st:?}");
    let doc = standpoint::loader::load_path(&yaml).unwrap();
    assert!(
        doc.claims.iter().all(|c| c.id != x),
        "{x} rejected and saved"
    );
}

#[test]
fn a_click_in_the_stance_list_chooses_it() {
    let (dir, _yaml) = drafted_copy();
    let state = dir.path().join("state");
    let mut r = Reader::spawn(
        &[Path::new("a.yaml")],
        Some(dir.path()),
        &[("XDG_STATE_HOME", state.to_str().unwrap())],
        40,
        120,
    );
    r.wait_for("drafts to review");
    r.send("s");
    r.wait_for("NEUTRAL");
    let (row, col) = r.at("NEUTRAL");
    r.send(&mouse(0, col + 1, row));
    r.send(&format!("\x1b[<0;{};{}m", col + 2, row + 1));
    r.wait_for("stance is now NEUTRAL");
    // Quitting with the edit unsaved asks; discard and quit.
    r.send("q");
    r.wait_for("discard and quit");
    r.send("d");
    let st = r.wait_exit();
    assert!(st.success(), "{st:?}");
}

#[test]
fn a_large_annotation_with_a_bad_claim_opens_after_its_preview_with_it_listed() {
    // Over 64 KB with its article: opened with a preview first, then the
    // full load finds the bad claim and opens leniently.
    let (dir, yaml) = drafted_copy();
    let text = std::fs::read_to_string(&yaml).unwrap();
    let bad = text.replacen("party: \"ru\"\n", "party: \"rus\"\n", 1);
    assert!(bad != text);
    let padding = "# padding to make the annotation large\n".repeat(2000);
    std::fs::write(&yaml, format!("{bad}{padding}")).unwrap();
    assert!(std::fs::metadata(&yaml).unwrap().len() > 64 << 10);
    let state = dir.path().join("state");
    let mut r = Reader::spawn(
        &[Path::new("a.yaml")],
        Some(dir.path()),
        &[("XDG_STATE_HOME", state.to_str().unwrap())],
        40,
        120,
    );
    r.wait_for("1 claim did not load");
    r.wait_for("Claims that did not load");
    r.send("q");
    let st = r.wait_exit();
    assert!(st.success(), "{st:?}");
}

#[test]
fn an_annotation_with_a_bad_claim_opens_with_it_listed() {
    let (dir, yaml) = drafted_copy();
    let text = std::fs::read_to_string(&yaml).unwrap();
    let bad = text.replacen("party: \"ru\"\n", "party: \"rus\"\n", 1);
    assert!(bad != text);
    std::fs::write(&yaml, bad).unwrap();
    let state = dir.path().join("state");
    let mut r = Reader::spawn(
        &[Path::new("a.yaml")],
        Some(dir.path()),
        &[("XDG_STATE_HOME", state.to_str().unwrap())],
        40,
        120,
    );
    r.wait_for("1 claim did not load");
    // The list is at the top of the panel.
    r.wait_for("Claims that did not load");
    r.wait_for("rus");
    r.send("q");
    let st = r.wait_exit();
    assert!(st.success(), "{st:?}");
}

/// The mouse on the library screen, through the real terminal: a click
/// selects a document, a second click on it opens it in the reader; the
/// wheel moves the selection.
#[test]
fn the_library_takes_clicks_and_the_wheel() {
    let (_dir, mut r) = example_library();
    // Whether `text` is on the screen in reverse video (the selection).
    let inverse = |s: &vt100::Screen, text: &str| {
        find(s, text).is_some_and(|(row, col)| s.cell(row, col).is_some_and(|c| c.inverse()))
    };
    // The wheel down: the second document is selected.
    r.send(&mouse(65, 10, 5));
    r.wait_until("the wheel moved the selection", |s| {
        inverse(s, "2025-02-20")
    });
    // A click on the fourth: selected, not opened.
    let (row, col) = r.at("2025-04-09");
    r.send(&mouse(0, col + 2, row));
    r.send(&format!("\x1b[<0;{};{}m", col + 3, row + 1));
    r.wait_until("the click selected the row", |s| inverse(s, "2025-04-09"));
    assert!(r.screen().contains("Library: 6 documents"));
    // A second click on it opens it.
    r.send(&mouse(0, col + 2, row));
    r.send(&format!("\x1b[<0;{};{}m", col + 3, row + 1));
    r.wait_for("Stances");
    r.wait_for("back to the library");
}
