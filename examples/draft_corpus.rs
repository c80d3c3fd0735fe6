//! Write a long text for measuring `standpoint draft`:
//! `cargo run --release --example draft_corpus -- normal|dense MEGABYTES OUT.txt`.

fn main() {
    let a: Vec<String> = std::env::args().collect();
    let (Some(kind), Some(mb), Some(out)) = (a.get(1), a.get(2), a.get(3)) else {
        eprintln!("usage: draft_corpus normal|dense MEGABYTES OUT.txt");
        std::process::exit(2);
    };
    let bytes = mb.parse::<f64>().unwrap_or(1.0) * 1_048_576.0;
    let text = match kind.as_str() {
        "dense" => standpoint::draft::sample::quote_dense(bytes as usize),
        _ => standpoint::draft::sample::normal(bytes as usize),
    };
    if let Err(e) = std::fs::write(out, text) {
        eprintln!("{out}: {e}");
        std::process::exit(1);
    }
}
