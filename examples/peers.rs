//! standpoint beside its peers, in the same run, at every size from 100 KB
//! to 100 MB: `standpoint check` against `grep -F -c -f` with the same
//! quotes, the first screen against `less` (in a pseudo-terminal), and the
//! peak memory of `check` (with `/usr/bin/time`, if present). Prints
//! markdown tables of medians, ratios, and growth from each size to the
//! next.
//!
//! `cargo run --release --example peers -- [DIR] [RUNS] [MAX_BYTES] [BASE]`
//! (synthetic documents are written to DIR, default
//! `/tmp/standpoint-peers`, when missing; RUNS rounds, default 7; sizes up
//! to MAX_BYTES, default 100000000; BASE, another standpoint binary, e.g.
//! an older build, measured in the same rounds for a before/after).

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
    /// The same for the BASE binary, if one is given.
    base: Option<(f64, f64, f64)>,
}

fn measure(
    dir: &Path,
    (bytes, claims): (usize, usize),
    runs: usize,
    base: Option<&str>,
) -> std::io::Result<Row> {
    let (yaml, txt, quotes) = document(dir, bytes, claims)?;
    let (y, t, q) = (
        yaml.display().to_string(),
        txt.display().to_string(),
        quotes.display().to_string(),
    );
    let bin = screen::standpoint_bin();
    let first = screen::first_word(&std::fs::read_to_string(&txt)?);
    let (mut check, mut grep, mut sp, mut ls) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let (mut b_check, mut b_sp) = (Vec::new(), Vec::new());
    // Warm the page cache, then interleave the programs round by round.
    let _ = wall(&bin, &["check", &y]);
    let _ = wall("grep", &["-F", "-c", "-f", &q, &t]);
    for _ in 0..runs {
        check.extend(wall(&bin, &["check", &y]));
        grep.extend(wall("grep", &["-F", "-c", "-f", &q, &t]));
        if let Some(b) = base {
            b_check.extend(wall(b, &["check", &y]));
        }
    }
    // The first screens apart from the long runs, in turns (who goes first
    // changes every round).
    for round in 0..runs {
        let mut turns: Vec<(&str, &str, &mut Vec<f64>)> = vec![
            (bin.as_str(), y.as_str(), &mut sp),
            ("less", t.as_str(), &mut ls),
        ];
        if let Some(b) = base {
            turns.push((b, y.as_str(), &mut b_sp));
        }
        let n = turns.len();
        turns.rotate_left(round % n);
        for (program, file, out) in turns {
            out.extend(screen::time_to(program, &[file], first.as_bytes()));
        }
    }
    let input = std::fs::metadata(&yaml)?.len() + std::fs::metadata(&txt)?.len();
    let peak: Vec<f64> = (0..3)
        .filter_map(|_| peak_kb(&bin, &["check", &y]))
        .collect();
    let base = base.map(|b| {
        let peak: Vec<f64> = (0..3).filter_map(|_| peak_kb(b, &["check", &y])).collect();
        (
            screen::median(b_check),
            screen::median(b_sp),
            screen::median(peak),
        )
    });
    Ok(Row {
        label: format!("{} / {claims}", human(bytes)),
        input_kb: input as f64 / 1024.0,
        check: screen::median(check),
        grep: screen::median(grep),
        screen: screen::median(sp),
        less: screen::median(ls),
        peak_kb: screen::median(peak),
        base,
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
    let base = args.get(3).map(String::as_str);
    println!("load average at start: {}", load_average());
    let mut rows = Vec::new();
    for &(bytes, claims) in SIZES.iter().filter(|(b, _)| *b <= max) {
        rows.push(measure(&dir, (bytes, claims), runs, base)?);
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
    if let Some(b) = base {
        println!("\nBefore ({b}) and after, same rounds:\n");
        println!("| document / claims | `check` before | after | first screen before | after | peak MB before | after |");
        println!("|---|---|---|---|---|---|---|");
        for r in &rows {
            if let Some((c, s, m)) = r.base {
                println!(
                    "| {} | {c:.1} ms | {:.1} ms | {s:.1} ms | {:.1} ms | {:.1} | {:.1} |",
                    r.label,
                    r.check,
                    r.screen,
                    m / 1024.0,
                    r.peak_kb / 1024.0
                );
            }
        }
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
