//! End to end with the real newsboat: a local feed (`exec:` URL), an item
//! opened, the README's macro pressed (`,` `s`: `pipe-to "standpoint -"`),
//! standpoint showing the article and its drafted panel with keys read from
//! the terminal, `q` back to newsboat, which is intact and quits cleanly.
//!
//! Needs the `newsboat` program (Debian package `newsboat`; `.ci/run`
//! installs it). Without it the test prints that it was SKIPPED and passes,
//! unless `STANDPOINT_REQUIRE_NEWSBOAT=1` (set by CI) makes it fail.
#![cfg(unix)]

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

struct Screen {
    parser: Arc<Mutex<vt100::Parser>>,
}

impl Screen {
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

    let (rows, cols) = (40u16, 120u16);
    let pty = native_pty_system()
        .openpty(PtySize {
            rows,
            cols,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(newsboat);
    for a in [
        "-u",
        &d.join("urls").display().to_string(),
        "-c",
        &d.join("cache.db").display().to_string(),
        "-C",
        &d.join("config").display().to_string(),
        "-r",
    ] {
        cmd.arg(a);
    }
    cmd.env("TERM", "xterm-256color");
    cmd.env("HOME", path(d));
    cmd.env("XDG_CONFIG_HOME", path(&d.join("xdg-config")));
    cmd.env("XDG_DATA_HOME", path(&d.join("xdg-data")));
    cmd.env("LANG", "C.UTF-8");
    cmd.env_remove("NO_COLOR");
    cmd.cwd(d);
    let mut child = pty.slave.spawn_command(cmd).unwrap();
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().unwrap();
    let mut writer = pty.master.take_writer().unwrap();
    let parser = Arc::new(Mutex::new(vt100::Parser::new(
        NonZeroU16::new(rows).unwrap(),
        NonZeroU16::new(cols).unwrap(),
        0,
    )));
    let p = Arc::clone(&parser);
    thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            p.lock().unwrap().process(&buf[..n]);
        }
    });
    let screen = Screen { parser };
    let mut send = |keys: &str| {
        writer.write_all(keys.as_bytes()).unwrap();
        writer.flush().unwrap();
        thread::sleep(Duration::from_millis(300));
    };

    // The feed list, then the feed, then the item.
    screen.wait_for("the feed list", |s| {
        s.contains("Kyiv Wire") && s.contains("(1/1)")
    });
    send("\r");
    screen.wait_for("the item list", |s| {
        s.contains("Zelensky keeps NATO on the table")
    });
    send("\r");
    screen.wait_for("the item", |s| {
        s.contains("Title: Zelensky keeps NATO on the table")
    });

    // The macro: standpoint takes the screen with the article and a panel
    // drafted from it, titled and dated from newsboat's header.
    send(",s");
    screen.wait_for("standpoint's reader", |s| {
        s.contains("DRAFT") && s.contains("Stances") && s.contains("claim 1/")
    });
    let s = screen.contents();
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
    send("?");
    screen.wait_for("the help overlay", |s| s.contains("Help: keys"));
    send("\x1b");
    screen.wait_for("the help closed", |s| !s.contains("Help: keys"));

    // `q` gives newsboat its screen back, intact and still answering keys.
    send("q");
    screen.wait_for("newsboat again", |s| {
        s.contains("Title: Zelensky keeps NATO on the table") && !s.contains("Stances")
    });
    send("q");
    screen.wait_for("the item list", |s| {
        s.contains("Zelensky keeps NATO on the table") && !s.contains("Title:")
    });
    send("q");
    send("q");
    let start = Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait().unwrap() {
            break st;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            panic!("newsboat did not quit; screen:\n{}", screen.contents());
        }
        thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "newsboat exited with {status:?}");
}

fn path(p: &Path) -> String {
    p.display().to_string()
}
