//! Drafting a panel from an article's text, 100 KB and 1 MB (the bundled
//! article repeated, each copy marked so quotes stay unique through their
//! context). `cargo bench --bench draft`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use standpoint::draft::{self, Profile};
use standpoint::loader::BUNDLED_ARTICLE;

fn article(bytes: usize) -> String {
    let n = bytes / BUNDLED_ARTICLE.len() + 1;
    (0..n)
        .map(|k| BUNDLED_ARTICLE.replace(". ", &format!(". [{k}] ")))
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn bench(c: &mut Criterion) {
    let Ok(profile) = Profile::bundled() else {
        return;
    };
    let mut g = c.benchmark_group("draft");
    g.sample_size(10);
    for (bytes, name) in [(100_000, "100KB"), (1_000_000, "1MB")] {
        let text = article(bytes);
        g.bench_with_input(BenchmarkId::new("draft_document", name), &text, |b, t| {
            b.iter(|| draft::draft_document(t, None, &profile))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
