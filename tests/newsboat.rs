//! End to end with the real newsboat: a local feed (`exec:` URL), an item
//! opened, the README's macro pressed (`,` `s`: `pipe-to "standpoint -"`),
//! standpoint showing the article and its drafted panel with keys read from
//! the terminal, `q` back to newsboat, which is intact and quits cleanly.
//!
//! Also: a page piped to `standpoint - --save-to DIR` in a terminal (keys
//! from the terminal, the files kept).
//!
//! The newsboat test needs the `newsboat` program (Debian package `newsboat`; `.ci/run`
//! installs it). Without it the test prints that it was SKIPPED and passes,
//! unless `STANDPOINT_REQUIRE_NEWSBOAT=1` (set by CI) makes it fail.
#![cfg(unix)]

#[path = "support/isolated.rs"]
mod isolated;

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{native_pty_system, CommandBuilder, PtySize};

const TIMEOUT: Duration = Duration::from_secs(30);

const FEED: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Kyiv Wire</title><link>https://www.kyivwire.example/</link><description>News</description>
<item><title>Zelensky keeps NATO on the table</title>
<link>https://www.kyivwire.example/2025/03/11/nato</link>
<dc:creator>Olena Marchenko</dc:creator>
<pubDate>Tue, 11 Mar 2025 06:15:00 +0000</pubDate>
<description><![CDATA[<p>Ukrainian President Volodymyr Zelensky said on Tuesday that NATO membership must remain on the table in any settlement with Russia, as envoys met in Riyadh to discuss a possible ceasefire.</p><p>Kremlin spokesman Dmitry Peskov said that Ukraine's accession to NATO was "absolutely unacceptable" to Moscow.</p><p>Read the <a href="https://www.kyivwire.example/live">live coverage</a>.</p>]]></description>
</item></channel></rss>
"#;

fn find_newsboat() -> Option<std::path::PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join("newsboat"))
        .find(|p| p.is_file())
}

/// A program in a pseudo-terminal, its output fed to a vt100 parser.
struct Pty {
    child: Box<dyn portable_pty::Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    parser: Arc<Mutex<vt100::Parser>>,
}

impl Pty {
    fn spawn(program: &Path, args: &[String], env: &[(&str, String)], cwd: &Path) -> Pty {
        let (rows, cols) = (40u16, 120u16);
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "C.UTF-8");
        // newsboat runs standpoint: the user's settings reach neither.
        cmd.env("XDG_CONFIG_HOME", isolated::CONFIG_HOME);
        for v in isolated::CLEARED {
            cmd.env_remove(v);
        }
        cmd.env(isolated::PTY_COLOURS.0, isolated::PTY_COLOURS.1);
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.cwd(cwd);
        let child = pty.slave.spawn_command(cmd).unwrap();
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().unwrap();
        let writer = pty.master.take_writer().unwrap();
        let parser = Arc::new(Mutex::new(vt100::Parser::new(
            NonZeroU16::new(rows).unwrap(),
            NonZeroU16::new(cols).unwrap(),
            0,
        )));
        let p = Arc::clone(&parser);
        thread::spawn(move || {
            let _master = pty.master;
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                p.lock().unwrap().process(&buf[..n]);
            }
        });
        Pty {
            child,
            writer,
            parser,
        }
    }

    fn contents(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    fn wait_for(&self, what: &str, pred: impl Fn(&str) -> bool) {
        let start = Instant::now();
        while start.elapsed() < TIMEOUT {
            if pred(&self.contents()) {
                return;
            }
            thread::sleep(Duration::from_millis(50));
        }
        panic!("timed out waiting for {what}; screen:\n{}", self.contents());
    }

    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        thread::sleep(Duration::from_millis(300));
    }

    /// Wait for the program to exit; its status.
    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(st) = self.child.try_wait().unwrap() {
                return st;
            }
            if start.elapsed() > TIMEOUT {
                let _ = self.child.kill();
                panic!("the program did not exit; screen:\n{}", self.contents());
            }
            thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn newsboat_pipes_an_item_to_standpoint_and_gets_its_screen_back() {
    let Some(newsboat) = find_newsboat() else {
        let msg = "SKIPPED: newsboat is not installed (Debian: apt-get install newsboat); \
                   the newsboat end-to-end test did not run";
        if std::env::var_os("STANDPOINT_REQUIRE_NEWSBOAT").is_some_and(|v| v == "1") {
            panic!("{msg}, but STANDPOINT_REQUIRE_NEWSBOAT=1");
        }
        // Straight to the terminal: the test harness captures `eprintln!`.
        let _ = writeln!(std::io::stderr(), "\n{msg}\n");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("feed.xml"), FEED).unwrap();
    std::fs::write(
        d.join("urls"),
        format!("\"exec:cat {}\"\n", d.join("feed.xml").display()),
    )
    .unwrap();
    // The configuration the README shows.
    let bin = env!("CARGO_BIN_EXE_standpoint");
    std::fs::write(d.join("config"), format!("macro s pipe-to \"{bin} -\"\n")).unwrap();

    let args: Vec<String> = [
        "-u",
        &path(&d.join("urls")),
        "-c",
        &path(&d.join("cache.db")),
        "-C",
        &path(&d.join("config")),
        "-r",
    ]
    .iter()
    .map(|a| a.to_string())
    .collect();
    let env = [
        ("HOME", path(d)),
        ("XDG_CONFIG_HOME", path(&d.join("xdg-config"))),
        ("XDG_DATA_HOME", path(&d.join("xdg-data"))),
    ];
    let mut nb = Pty::spawn(&newsboat, &args, &env, d);
    // The feed list, then the feed, then the item.
    nb.wait_for("the feed list", |s| {
        s.contains("Kyiv Wire") && s.contains("(1/1)")
    });
    nb.send("\r");
    nb.wait_for("the item list", |s| {
        s.contains("Zelensky keeps NATO on the table")
    });
    nb.send("\r");
    nb.wait_for("the item", |s| {
        s.contains("Title: Zelensky keeps NATO on the table")
    });

    // The macro: standpoint takes the screen with the article and a panel
    // drafted from it, titled and dated from newsboat's header.
    nb.send(",s");
    nb.wait_for("standpoint's reader", |s| {
        s.contains("DRAFT") && s.contains("Stances") && s.contains("claim 1/")
    });
    let s = nb.contents();
    assert!(s.contains("Zelensky keeps NATO on the table"), "{s}");
    assert!(s.contains("2025-03-11 · Kyiv Wire"), "{s}");
    assert!(
        s.contains("Ukrainian President Volodymyr Zelensky said on Tuesday"),
        "{s}"
    );
    assert!(
        s.contains("Russia  1 claim") && s.contains("AGAINST"),
        "{s}"
    );
    assert!(
        !s.contains("Links:") && !s.contains("[1]"),
        "the links list is not article text:\n{s}"
    );
    // Keys reach standpoint (from the terminal, not the pipe): the help.
    nb.send("?");
    nb.wait_for("the help overlay", |s| s.contains("Help: keys"));
    nb.send("\x1b");
    nb.wait_for("the help closed", |s| !s.contains("Help: keys"));

    // `q` gives newsboat its screen back, intact and still answering keys.
    nb.send("q");
    nb.wait_for("newsboat again", |s| {
        s.contains("Title: Zelensky keeps NATO on the table") && !s.contains("Stances")
    });
    nb.send("q");
    nb.wait_for("the item list", |s| {
        s.contains("Zelensky keeps NATO on the table") && !s.contains("Title:")
    });
    nb.send("q");
    nb.send("q");
    let status = nb.wait_exit();
    assert!(status.success(), "newsboat exited with {status:?}");
}

fn path(p: &Path) -> String {
    p.display().to_string()
}

/// `standpoint - --save-to DIR` with a web page piped in, in a terminal:
/// the page's article and panel are shown, keys are read from the terminal,
/// and the article and its draft are kept in DIR.
#[test]
fn a_page_piped_to_the_reader_is_shown_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let page = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/pages/kyiv-wire-nato-talks.html");
    let bin = env!("CARGO_BIN_EXE_standpoint");
    let script = format!("cat '{}' | '{bin}' - --save-to '{}'", path(&page), path(d));
    let mut r = Pty::spawn(Path::new("/bin/sh"), &["-c".to_string(), script], &[], d);
    r.wait_for("the reader", |s| {
        s.contains("claim 1/") && s.contains("Stances")
    });
    let s = r.contents();
    assert!(
        s.contains("Zelensky says NATO membership must stay on the table"),
        "{s}"
    );
    assert!(s.contains("2025-03-11 · Kyiv Wire"), "{s}");
    assert!(
        s.contains("Ukrainian President Volodymyr Zelensky said on Tuesday"),
        "{s}"
    );
    assert!(!s.contains("Subscribe") && !s.contains("Most read"), "{s}");
    // Keys come from the terminal although standard input was the page.
    r.send("j");
    r.wait_for("the next claim", |s| s.contains("claim 2/"));
    r.send("q");
    assert!(r.wait_exit().success());
    let mut names: Vec<String> = std::fs::read_dir(d)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "2025-03-11-zelensky-says-nato-membership-must-stay-on-the-table-as.txt",
            "2025-03-11-zelensky-says-nato-membership-must-stay-on-the-table-as.yaml"
        ]
    );
}
