//! Write a generated library for benchmarks and manual scale runs:
//! `cargo run --release --example library_synth -- N DIR` writes N short
//! articles with annotations under DIR (one folder per month).

use std::path::PathBuf;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [n, dir] = args.as_slice() else {
        anyhow::bail!("usage: library_synth N DIR");
    };
    let n: usize = n.parse()?;
    let dir = PathBuf::from(dir);
    let bytes = standpoint::library::synth::write_library(&dir, n)?;
    println!(
        "{}: {n} documents, {:.1} MB of articles",
        dir.display(),
        bytes as f64 / 1e6
    );
    Ok(())
}
