//! Write a synthetic document for benchmarks and manual tests:
//! `cargo run --release --example synth -- BYTES CLAIMS DIR`
//! writes DIR/synth-BYTES-CLAIMS.txt and .yaml.

use std::path::PathBuf;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [bytes, claims, dir] = args.as_slice() else {
        anyhow::bail!("usage: synth BYTES CLAIMS DIR");
    };
    let bytes: usize = bytes.parse()?;
    let claims: usize = claims.parse()?;
    let stem = format!("synth-{bytes}-{claims}");
    let name = format!("{stem}.txt");
    let s = standpoint::synth::generate(bytes, claims, &name);
    let dir = PathBuf::from(dir);
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join(&name), &s.article)?;
    std::fs::write(dir.join(format!("{stem}.yaml")), &s.yaml)?;
    println!("{}", dir.join(format!("{stem}.yaml")).display());
    Ok(())
}
