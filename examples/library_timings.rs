//! Time the library's operations on a (generated) library, for the manual
//! full-size run documented in the README:
//!
//! ```text
//! cargo run --release --example library_synth -- 10000 /tmp/lib10k
//! cargo run --release --example library_timings -- /tmp/lib10k /tmp/lib10k.sqlite
//! ```
//!
//! The first open builds the index (unless INDEX exists); then medians of
//! repeated opens, document lists, searches, timelines and the matrix, and
//! the peak resident memory of the process.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use standpoint::library::cli::StderrProgress;
use standpoint::library::{search, synth, timeline, Library, Quiet};

/// CPU time of this thread so far (Linux; zero elsewhere): unlike the
/// wall clock, it does not grow when other processes share the cores.
fn cpu() -> Duration {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<u64>().ok())
        .map_or(Duration::ZERO, Duration::from_nanos)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn peak_rss_mb() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(|l| l.split_whitespace().nth(1).unwrap_or("0").to_string())
        })
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or("?".into(), |kb| format!("{:.0} MB", kb / 1024.0))
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, index] = args.as_slice() else {
        anyhow::bail!("usage: library_timings DIR INDEX.sqlite");
    };
    let inputs = [PathBuf::from(dir)];
    let index = PathBuf::from(index);
    let t = Instant::now();
    let lib = Library::open_at(&inputs, &index, &mut StderrProgress::new())?;
    let s = lib.synced();
    println!(
        "first open: {} ({} files hashed, {} documents loaded)",
        ms(t.elapsed()),
        s.hashed,
        s.loaded
    );
    drop(lib);
    let mut opens = Vec::new();
    let mut cpus = Vec::new();
    for _ in 0..7 {
        let t = Instant::now();
        let c = cpu();
        let lib = Library::open_at(&inputs, &index, &mut Quiet)?;
        let docs = lib.documents()?;
        opens.push(t.elapsed());
        cpus.push(cpu() - c);
        assert!(!docs.is_empty());
    }
    println!(
        "later open + document list: median {} (CPU time {})",
        ms(median(opens)),
        ms(median(cpus))
    );
    let roots = standpoint::library::scan::roots(&inputs)?;
    let mut walks = Vec::new();
    let mut lists = Vec::new();
    let lib = Library::open_at(&inputs, &index, &mut Quiet)?;
    for _ in 0..7 {
        let t = Instant::now();
        let n = standpoint::library::scan::walk(&roots).len();
        walks.push(t.elapsed());
        assert!(n > 0);
        let t = Instant::now();
        let n = lib.documents()?.len();
        lists.push(t.elapsed());
        assert!(n > 0);
    }
    println!(
        "  of which: walking the files {}, the document list {}",
        ms(median(walks)),
        ms(median(lists))
    );
    drop(lib);
    let lib = Library::open_at(&inputs, &index, &mut Quiet)?;
    let queries = [
        "pipeline harbour",
        "\"Speaker 7\"",
        "Water proposal number 3",
        "référendum",
        "quota",
        "Statement 5001-3",
        "sanct",
        "corridor observers ceasefire",
    ];
    let mut all = Vec::new();
    let mut all_cpu = Vec::new();
    for q in queries {
        let mut v = Vec::new();
        let mut n = 0;
        for _ in 0..9 {
            let t = Instant::now();
            let c = cpu();
            n = search::search(&lib, q, 50)?.len();
            v.push(t.elapsed());
            all_cpu.push(cpu() - c);
        }
        println!(
            "search {q:?}: {n} results, median {}",
            ms(median(v.clone()))
        );
        all.extend(v);
    }
    println!(
        "search, all queries: median {} (CPU time {})",
        ms(median(all)),
        ms(median(all_cpu))
    );
    let mut v = Vec::new();
    let mut vc = Vec::new();
    for (k, (p, _)) in synth::PARTIES.iter().enumerate() {
        let (t, _) = synth::TOPICS[k % synth::TOPICS.len()];
        let start = Instant::now();
        let c = cpu();
        let tl = timeline::timeline(&lib, p, t)?;
        v.push(start.elapsed());
        vc.push(cpu() - c);
        if k == 0 {
            println!(
                "timeline {p}:{t}: {} entries, {} changes, {} in conflict",
                tl.entries.len(),
                tl.changes(),
                tl.conflicts()
            );
        }
    }
    println!(
        "timeline: median {} (CPU time {})",
        ms(median(v)),
        ms(median(vc))
    );
    let mut v = Vec::new();
    for _ in 0..3 {
        let t = Instant::now();
        let _ = timeline::matrix(&lib)?;
        v.push(t.elapsed());
    }
    println!("matrix: median {}", ms(median(v)));
    println!("peak memory: {}", peak_rss_mb());
    Ok(())
}
