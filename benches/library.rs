//! The library at a small size (a generated library of 500 documents,
//! about 2.6 MB of articles and 9,900 claims): building the index, opening
//! it again, a search, a timeline, the matrix. `cargo bench --bench
//! library`. The full size (10,000 documents) is a manual run: see the
//! README ("Library figures") and `examples/library_timings.rs`.

use criterion::{criterion_group, criterion_main, Criterion};
use standpoint::library::{search, synth, timeline, Library, Quiet};

const DOCS: usize = 500;

fn library(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let root = dir.path().join("lib");
    synth::write_library(&root, DOCS).unwrap_or_else(|e| panic!("{e}"));
    let inputs = [root];
    let index = dir.path().join("index.sqlite");
    let mut g = c.benchmark_group("library");
    g.sample_size(10);
    g.bench_function("build_index_500_docs", |b| {
        b.iter(|| {
            let _ = std::fs::remove_file(&index);
            Library::open_at(&inputs, &index, &mut Quiet).unwrap_or_else(|e| panic!("{e}"))
        })
    });
    let _ = Library::open_at(&inputs, &index, &mut Quiet);
    g.bench_function("reopen_and_list_500_docs", |b| {
        b.iter(|| {
            let lib =
                Library::open_at(&inputs, &index, &mut Quiet).unwrap_or_else(|e| panic!("{e}"));
            lib.documents().map(|d| d.len()).unwrap_or(0)
        })
    });
    let lib = Library::open_at(&inputs, &index, &mut Quiet).unwrap_or_else(|e| panic!("{e}"));
    g.sample_size(30);
    g.bench_function("search_common_word", |b| {
        b.iter(|| {
            search::search(&lib, "quota", 50)
                .map(|h| h.len())
                .unwrap_or(0)
        })
    });
    g.bench_function("search_phrase_and_prefix", |b| {
        b.iter(|| {
            search::search(&lib, "\"Speaker 7\" harb", 50)
                .map(|h| h.len())
                .unwrap_or(0)
        })
    });
    g.bench_function("timeline", |b| {
        b.iter(|| {
            timeline::timeline(&lib, "aldan", "water")
                .map(|t| t.entries.len())
                .unwrap_or(0)
        })
    });
    g.bench_function("matrix", |b| {
        b.iter(|| timeline::matrix(&lib).map(|m| m.parties.len()).unwrap_or(0))
    });
    g.finish();
}

criterion_group!(benches, library);
criterion_main!(benches);
