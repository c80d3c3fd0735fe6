//! End to end: `standpoint ARTICLE.txt` with no annotation beside it opens
//! the reader on a drafted panel, marked DRAFT.
#![cfg(unix)]

#[path = "support/isolated.rs"]
mod isolated;

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{native_pty_system, PtySize};

#[test]
fn an_article_without_annotation_opens_as_a_draft() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("story.txt");
    std::fs::write(&article, standpoint::loader::BUNDLED_ARTICLE).unwrap();
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 100,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = isolated::pty_command();
    cmd.env("TERM", "xterm-256color");
    cmd.arg(&article);
    let mut child = pty.slave.spawn_command(cmd).unwrap();
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().unwrap();
    let mut writer = pty.master.take_writer().unwrap();
    let parser = Arc::new(Mutex::new(vt100::Parser::new(
        std::num::NonZeroU16::new(24).unwrap(),
        std::num::NonZeroU16::new(100).unwrap(),
        0,
    )));
    let p2 = Arc::clone(&parser);
    thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            p2.lock().unwrap().process(&buf[..n]);
        }
    });
    let start = Instant::now();
    let mut screen = String::new();
    while start.elapsed() < Duration::from_secs(10) {
        screen = parser.lock().unwrap().screen().contents();
        if screen.contains("DRAFT") && screen.contains("story") {
            break;
        }
        thread::sleep(Duration::from_millis(20));
    }
    writer.write_all(b"q").unwrap();
    writer.flush().unwrap();
    let quit = Instant::now();
    while quit.elapsed() < Duration::from_secs(10) {
        if child.try_wait().ok().flatten().is_some() {
            break;
        }
        thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    assert!(
        screen.contains("DRAFT") && screen.contains("story"),
        "no DRAFT panel for the article (title from the file name); screen:\n{screen}"
    );
}
