//! Export of large documents, every format, for the article, claims and
//! matrix views: `cargo bench --bench export`. Synthetic documents of 1 MB /
//! 1,000 claims and 10 MB / 10,000 claims (long paragraphs with Cyrillic,
//! Chinese and curly quotes, so Unicode line breaking is used), and the
//! 10 MB article as one paragraph (`one_paragraph`: the wrapping of a single
//! 10 MB line). What the output holds is tested in `tests/export.rs`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use standpoint::export::{render, Format, View};
use standpoint::model::{Article, Document};
use standpoint::synth::generate;

const SIZES: &[(usize, usize, &str)] = &[
    (1_000_000, 1_000, "1MB-1000"),
    (10_000_000, 10_000, "10MB-10000"),
];

fn view(name: &str, d: &Document) -> View {
    match View::parse(name, d) {
        Ok(v) => v,
        Err(e) => panic!("{e}"),
    }
}

fn export(c: &mut Criterion) {
    let mut g = c.benchmark_group("export");
    g.sample_size(10);
    for &(bytes, claims, name) in SIZES {
        let d = generate(bytes, claims, "a.txt")
            .load()
            .unwrap_or_else(|e| panic!("{e}"));
        for v in ["article", "claims", "matrix"] {
            let parsed = view(v, &d);
            for format in Format::ALL {
                let id = BenchmarkId::new(format!("{v}_{}", format.name()), name);
                g.bench_function(id, |b| b.iter(|| render(&d, &parsed, format, 80)));
            }
        }
        // The same article as one paragraph (same offsets).
        let mut one = d.clone();
        one.article = Article::new(d.article.text().replace('\n', " "), None);
        let article = view("article", &one);
        g.bench_function(BenchmarkId::new("one_paragraph_article_text", name), |b| {
            b.iter(|| render(&one, &article, Format::Text, 80))
        });
    }
    g.finish();
}

criterion_group!(benches, export);
criterion_main!(benches);
