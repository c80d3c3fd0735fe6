//! Drafting a panel from an article's text, ordinary news and text dense
//! with quotations and speakers (paragraphs repeated and numbered), at
//! several sizes: the time per byte should not grow with the size.
//! `cargo bench --bench draft`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use standpoint::draft::{self, sample, Profile};

/// A kind of text: its name and how to make it at a size.
type Kind = (&'static str, fn(usize) -> String);

fn bench(c: &mut Criterion) {
    let Ok(profile) = Profile::bundled() else {
        return;
    };
    let mut g = c.benchmark_group("draft");
    g.sample_size(10);
    let kinds: [Kind; 2] = [
        ("normal", sample::normal),
        ("quote-dense", sample::quote_dense),
    ];
    for (kind, make) in kinds {
        for (bytes, size) in [(100_000, "100KB"), (1_000_000, "1MB"), (4_000_000, "4MB")] {
            let text = make(bytes);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::new(kind, size), &text, |b, t| {
                b.iter(|| draft::drafted(t.clone(), None, &profile, None))
            });
        }
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
