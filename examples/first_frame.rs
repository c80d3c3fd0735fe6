//! Time from process start to the first screen, in a pseudo-terminal, for
//! standpoint and for `less` on the same article:
//! `cargo run --release --example first_frame -- FILE.yaml [RUNS]`.
//! The article is FILE.txt beside FILE.yaml.

use std::io::Read;
use std::path::Path;
use std::time::{Duration, Instant};

use portable_pty::{native_pty_system, CommandBuilder, PtySize};

/// Milliseconds until `needle` has appeared in the program's output.
fn time_to(cmd: CommandBuilder, needle: &[u8]) -> Option<f64> {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 40,
            cols: 120,
            pixel_width: 0,
            pixel_height: 0,
        })
        .ok()?;
    let start = Instant::now();
    let mut child = pty.slave.spawn_command(cmd).ok()?;
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().ok()?;
    let mut all = Vec::new();
    let mut buf = [0u8; 65536];
    let mut found = None;
    while start.elapsed() < Duration::from_secs(10) {
        match reader.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => all.extend_from_slice(&buf[..n]),
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

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(yaml) = args.first() else {
        eprintln!("usage: first_frame FILE.yaml [RUNS]");
        return;
    };
    let runs: usize = args.get(1).and_then(|r| r.parse().ok()).unwrap_or(5);
    let article = Path::new(yaml).with_extension("txt");
    let text = std::fs::read_to_string(&article).unwrap_or_default();
    // A word from the first line identifies the first screen in both programs.
    // (One word: a terminal program may move the cursor between words.)
    let first: String = text.split_whitespace().next().unwrap_or("").to_string();
    // The release binary beside this example (target/release/standpoint).
    let bin = std::env::current_exe()
        .ok()
        .and_then(|p| Some(p.parent()?.parent()?.join("standpoint")))
        .unwrap_or_else(|| "standpoint".into());
    let mut sp = Vec::new();
    let mut ls = Vec::new();
    for _ in 0..runs {
        let mut c = CommandBuilder::new(&bin);
        c.arg(yaml);
        c.env("TERM", "xterm-256color");
        if let Some(t) = time_to(c, first.as_bytes()) {
            sp.push(t);
        }
        let mut c = CommandBuilder::new("less");
        c.arg(&article);
        c.env("TERM", "xterm-256color");
        if let Some(t) = time_to(c, first.as_bytes()) {
            ls.push(t);
        }
    }
    println!(
        "first screen of {}: standpoint {:.1} ms, less {:.1} ms (median of {runs})",
        article.display(),
        median(sp),
        median(ls)
    );
}
