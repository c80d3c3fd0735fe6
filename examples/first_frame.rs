//! Time from process start to the first screen, in a pseudo-terminal, for
//! standpoint and for `less` on the same article:
//! `cargo run --release --example first_frame -- FILE.yaml [RUNS]`.
//! The article is FILE.txt beside FILE.yaml. (`--example peers` runs this
//! and the other comparisons at every size.)

#[path = "support/screen.rs"]
mod screen;

use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(yaml) = args.first() else {
        eprintln!("usage: first_frame FILE.yaml [RUNS]");
        return;
    };
    let runs: usize = args.get(1).and_then(|r| r.parse().ok()).unwrap_or(5);
    let article = Path::new(yaml).with_extension("txt");
    let text = std::fs::read_to_string(&article).unwrap_or_default();
    let first = screen::first_word(&text);
    let bin = screen::standpoint_bin();
    let a = article.display().to_string();
    let mut sp = Vec::new();
    let mut ls = Vec::new();
    for _ in 0..runs {
        sp.extend(screen::time_to(&bin, &[yaml], first.as_bytes()));
        ls.extend(screen::time_to("less", &[&a], first.as_bytes()));
    }
    println!(
        "first screen of {a}: standpoint {:.1} ms, less {:.1} ms (median of {runs})",
        screen::median(sp),
        screen::median(ls)
    );
}
