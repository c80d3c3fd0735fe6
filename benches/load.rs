//! Load + validate + anchor, for synthetic documents from 100 KB / 100
//! claims to 10 MB / 10,000 claims. `cargo bench --bench load`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use standpoint::anchor::{Anchorer, Selector};
use standpoint::loader::{load_source, MemArticles};
use standpoint::synth::generate;

const SIZES: &[(usize, usize, &str)] = &[
    (100_000, 100, "100KB-100"),
    (1_000_000, 1_000, "1MB-1000"),
    (10_000_000, 10_000, "10MB-10000"),
];

fn load(c: &mut Criterion) {
    let mut g = c.benchmark_group("load");
    g.sample_size(10);
    for &(bytes, claims, name) in SIZES {
        let s = generate(bytes, claims, "a.txt");
        g.bench_with_input(
            BenchmarkId::new("load_validate_anchor", name),
            &s,
            |b, s| {
                b.iter(|| {
                    let d = load_source(&s.yaml, "synth.yaml", &MemArticles(s.article.clone()));
                    assert!(d.is_ok());
                    d
                })
            },
        );
        // Anchoring alone, for comparison with `grep -F -f`.
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
