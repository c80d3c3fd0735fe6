//! Loading, for synthetic documents from 100 KB / 100 claims to 10 MB /
//! 10,000 claims (and 100 MB / 100,000 claims with
//! `STANDPOINT_BENCH_100MB=1`): `cargo bench --bench load`.
//!
//! - `load_validate_anchor`: the whole load (what `check` does, less
//!   reading the files);
//! - `yaml_stream`: the YAML read into claim items, nothing checked;
//! - `anchor_only`: every quote anchored in one pass, for comparison with
//!   `grep -F -c -f` (`--example peers` runs grep beside `check`).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use standpoint::anchor::{Anchorer, Selector};
use standpoint::loader::{load_source, MemArticles};
use standpoint::synth::generate;

const SIZES: &[(usize, usize, &str)] = &[
    (100_000, 100, "100KB-100"),
    (1_000_000, 1_000, "1MB-1000"),
    (10_000_000, 10_000, "10MB-10000"),
    (100_000_000, 100_000, "100MB-100000"),
];

fn load(c: &mut Criterion) {
    let mut g = c.benchmark_group("load");
    g.sample_size(10);
    let big = std::env::var_os("STANDPOINT_BENCH_100MB").is_some();
    for &(bytes, claims, name) in SIZES.iter().filter(|s| big || s.0 < 100_000_000) {
        let s = generate(bytes, claims, "a.txt");
        let articles = MemArticles(s.article.clone());
        g.bench_with_input(
            BenchmarkId::new("load_validate_anchor", name),
            &s,
            |b, s| {
                b.iter(|| {
                    let d = load_source(&s.yaml, "synth.yaml", &articles);
                    assert!(d.is_ok());
                    d
                })
            },
        );
        g.bench_with_input(BenchmarkId::new("yaml_stream", name), &s, |b, s| {
            b.iter(|| {
                let mut items = 0usize;
                let root = standpoint::yaml::stream(&s.yaml, &mut |_, _| items += 1);
                assert!(root.is_ok() && items == claims);
                items
            })
        });
        let quotes: Vec<String> = s
            .yaml
            .lines()
            .filter_map(|l| l.strip_prefix("    quote: \""))
            .map(|q| q.trim_end_matches('"').replace("\\\"", "\""))
            .collect();
        g.bench_with_input(BenchmarkId::new("anchor_only", name), &s, |b, s| {
            b.iter(|| {
                let a = Anchorer::new(&s.article);
                let sels: Vec<Selector> = quotes
                    .iter()
                    .map(|q| Selector {
                        exact: q,
                        ..Default::default()
                    })
                    .collect();
                a.resolve_all(&sels)
            })
        });
    }
    g.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);
