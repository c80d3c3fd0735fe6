//! standpoint beside its peers, in the same run, at every size from 100 KB
//! to 100 MB: `standpoint check` against `grep -F -c -f` with the same
//! quotes, the first screen against `less` (in a pseudo-terminal), and the
//! peak memory of `check` (with `/usr/bin/time`, if present). Prints
//! markdown tables of medians, ratios, and growth from each size to the
//! next.
//!
//! `cargo run --release --example peers -- [DIR] [RUNS] [MAX_BYTES]`
//! (synthetic documents are written to DIR, default
//! `/tmp/standpoint-peers`, when missing; RUNS rounds, default 7; sizes up
//! to MAX_BYTES, default 100000000).

#[path = "support/screen.rs"]
mod screen;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

const SIZES: &[(usize, usize)] = &[
    (100_000, 100),
    (1_000_000, 1_000),
    (10_000_000, 10_000),
    (100_000_000, 100_000),
];

/// The synthetic document of a size: (yaml, article, quotes), written to
/// `dir` unless already there.
fn document(
    dir: &Path,
    bytes: usize,
    claims: usize,
) -> std::io::Result<(PathBuf, PathBuf, PathBuf)> {
    let stem = dir.join(format!("synth-{bytes}-{claims}"));
    let (yaml, txt, quotes) = (
        stem.with_extension("yaml"),
        stem.with_extension("txt"),
        stem.with_extension("quotes"),
    );
    if !(yaml.is_file() && txt.is_file() && quotes.is_file()) {
        std::fs::create_dir_all(dir)?;
        let name = format!("synth-{bytes}-{claims}.txt");
        let s = standpoint::synth::generate(bytes, claims, &name);
        // The quotes, one a line, for grep.
        let q: String = s
            .yaml
            .lines()
            .filter_map(|l| l.strip_prefix("    quote: \""))
            .map(|q| {
                let q = q.strip_suffix('"').unwrap_or(q);
                q.replace("\\\"", "\"").replace("\\\\", "\\") + "\n"
            })
            .collect();
        std::fs::write(&txt, &s.article)?;
        std::fs::write(&yaml, &s.yaml)?;
        std::fs::write(&quotes, q)?;
    }
    Ok((yaml, txt, quotes))
}

/// Wall milliseconds of a command run to completion (output discarded).
fn wall(program: &str, args: &[&str]) -> Option<f64> {
    let start = Instant::now();
    let status = Command::new(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .ok()?;
    status
        .success()
        .then(|| start.elapsed().as_secs_f64() * 1000.0)
}

/// Peak resident memory (KB) of a command, by `/usr/bin/time`.
fn peak_kb(program: &str, args: &[&str]) -> Option<f64> {
    let out = Command::new("/usr/bin/time")
        .arg("-f")
        .arg("%M")
        .arg(program)
        .args(args)
        .stdout(Stdio::null())
        .output()
        .ok()?;
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .last()?
        .trim()
        .parse()
        .ok()
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "?".into())
}

/// One size's medians.
struct Row {
    label: String,
    input_kb: f64,
    check: f64,
    grep: f64,
    screen: f64,
    less: f64,
    peak_kb: f64,
}

fn measure(dir: &Path, bytes: usize, claims: usize, runs: usize) -> std::io::Result<Row> {
    let (yaml, txt, quotes) = document(dir, bytes, claims)?;
    let (y, t, q) = (
        yaml.display().to_string(),
        txt.display().to_string(),
        quotes.display().to_string(),
    );
    let bin = screen::standpoint_bin();
    let first = screen::first_word(&std::fs::read_to_string(&txt)?);
    let (mut check, mut grep, mut sp, mut ls) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    // Warm the page cache, then interleave the programs round by round.
    let _ = wall(&bin, &["check", &y]);
    let _ = wall("grep", &["-F", "-c", "-f", &q, &t]);
    for _ in 0..runs {
        check.extend(wall(&bin, &["check", &y]));
        grep.extend(wall("grep", &["-F", "-c", "-f", &q, &t]));
        sp.extend(screen::time_to(&bin, &[&y], first.as_bytes()));
        ls.extend(screen::time_to("less", &[&t], first.as_bytes()));
    }
    let input = std::fs::metadata(&yaml)?.len() + std::fs::metadata(&txt)?.len();
    let peak: Vec<f64> = (0..3)
        .filter_map(|_| peak_kb(&bin, &["check", &y]))
        .collect();
    Ok(Row {
        label: format!("{} / {claims}", human(bytes)),
        input_kb: input as f64 / 1024.0,
        check: screen::median(check),
        grep: screen::median(grep),
        screen: screen::median(sp),
        less: screen::median(ls),
        peak_kb: screen::median(peak),
    })
}

fn human(bytes: usize) -> String {
    if bytes >= 1_000_000 {
        format!("{} MB", bytes / 1_000_000)
    } else {
        format!("{} KB", bytes / 1_000)
    }
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = PathBuf::from(args.first().map_or("/tmp/standpoint-peers", String::as_str));
    let runs: usize = args.get(1).and_then(|r| r.parse().ok()).unwrap_or(7);
    let max: usize = args
        .get(2)
        .and_then(|r| r.parse().ok())
        .unwrap_or(100_000_000);
    println!("load average at start: {}", load_average());
    let mut rows = Vec::new();
    for &(bytes, claims) in SIZES.iter().filter(|(b, _)| *b <= max) {
        rows.push(measure(&dir, bytes, claims, runs)?);
    }
    println!("load average at end: {}\n", load_average());
    println!("| document / claims | `check` ms | grep ms | ratio | first screen ms | less ms | ratio | peak MB | x input |");
    println!("|---|---|---|---|---|---|---|---|---|");
    for r in &rows {
        println!(
            "| {} | {:.1} | {:.1} | {:.2}x | {:.1} | {:.1} | {:.2}x | {:.1} | {:.2}x |",
            r.label,
            r.check,
            r.grep,
            r.check / r.grep,
            r.screen,
            r.less,
            r.screen / r.less,
            r.peak_kb / 1024.0,
            r.peak_kb / r.input_kb,
        );
    }
    println!("\nGrowth from each size to the next (x10 in size):\n");
    println!("| step | `check` | grep | first screen | less | peak memory |");
    println!("|---|---|---|---|---|---|");
    for w in rows.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        println!(
            "| {} → {} | x{:.1} | x{:.1} | x{:.2} | x{:.2} | x{:.1} |",
            a.label,
            b.label,
            b.check / a.check,
            b.grep / a.grep,
            b.screen / a.screen,
            b.less / a.less,
            b.peak_kb / a.peak_kb,
        );
    }
    Ok(())
}
