//! Shared by the timing examples: run a program in a pseudo-terminal
//! (120x40) and time how long until a string appears on its screen.

use std::io::{Read, Write};
use std::time::{Duration, Instant};

use portable_pty::{native_pty_system, CommandBuilder, PtySize};

/// Milliseconds from launching `program args` until `needle` has appeared
/// in its output (`None` if it never does within 10 s).
pub fn time_to(program: &str, args: &[&str], needle: &[u8]) -> Option<f64> {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 40,
            cols: 120,
            pixel_width: 0,
            pixel_height: 0,
        })
        .ok()?;
    let mut cmd = CommandBuilder::new(program);
    cmd.args(args);
    cmd.env("TERM", "xterm-256color");
    let start = Instant::now();
    let mut child = pty.slave.spawn_command(cmd).ok()?;
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().ok()?;
    let mut writer = pty.master.take_writer().ok()?;
    let mut answered = false;
    let mut all = Vec::new();
    let mut buf = [0u8; 65536];
    let mut found = None;
    while start.elapsed() < Duration::from_secs(10) {
        match reader.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => all.extend_from_slice(&buf[..n]),
        }
        // Answer the background colour query (OSC 11) and the device
        // attributes query that follows it, as terminals (and tmux) do,
        // so that the program's theme detection does not wait for its
        // timeout as it would in a bare pseudo-terminal.
        if !answered && all.windows(5).any(|w| w == b"\x1b]11;") {
            answered = true;
            let _ = writer.write_all(b"\x1b]11;rgb:0000/0000/0000\x1b\\\x1b[?62;22c");
            let _ = writer.flush();
        }
        if all.windows(needle.len()).any(|w| w == needle) {
            found = Some(start.elapsed().as_secs_f64() * 1000.0);
            break;
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    found
}

/// The median of some figures (NaN for none).
pub fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

/// The release binary beside the running example (target/release/standpoint).
pub fn standpoint_bin() -> String {
    std::env::current_exe()
        .ok()
        .and_then(|p| Some(p.parent()?.parent()?.join("standpoint")))
        .map_or_else(|| "standpoint".to_string(), |p| p.display().to_string())
}

/// One word of an article's first line: it identifies the first screen in
/// any program (one word, as a terminal program may move the cursor
/// between words).
pub fn first_word(article: &str) -> String {
    article.split_whitespace().next().unwrap_or("").to_string()
}
