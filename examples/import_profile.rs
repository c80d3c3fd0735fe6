//! Import a page N times (for CPU-time measurements on a busy machine:
//! `/usr/bin/time -f '%U s user' cargo run --release --example
//! import_profile -- PAGE.html 20`), printing the wall time of each.
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: import_profile PAGE.html [N]");
        return;
    };
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(5);
    let bytes = std::fs::read(&path).unwrap_or_default();
    let mut times = Vec::new();
    for _ in 0..n {
        let t = Instant::now();
        let imp = standpoint::import::import_bytes(&bytes, "page.html", &Default::default());
        times.push(t.elapsed());
        assert!(imp.is_ok());
    }
    times.sort();
    println!(
        "{} bytes: median {:?}, min {:?} over {n}",
        bytes.len(),
        times[n / 2],
        times[0]
    );
}
