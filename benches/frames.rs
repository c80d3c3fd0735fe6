//! The reader's frames and an export, for synthetic documents from 100 KB /
//! 100 claims to 10 MB / 10,000 claims: `cargo bench --bench frames`.
//! Each frame is rendered in full on ratatui's TestBackend (120x40), which
//! is what the terminal shell draws before diffing.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use standpoint::app::{self, Action, State};
use standpoint::export::{self, Format, View};
use standpoint::synth::generate;
use standpoint::view::{self, Theme};

const SIZES: &[(usize, usize, &str)] = &[
    (100_000, 100, "100KB-100"),
    (1_000_000, 1_000, "1MB-1000"),
    (10_000_000, 10_000, "10MB-10000"),
];

fn frames(c: &mut Criterion) {
    let theme = Theme::COLOR;
    let mut g = c.benchmark_group("frames");
    g.sample_size(20);
    for &(bytes, claims, name) in SIZES {
        let d = generate(bytes, claims, "a.txt")
            .load()
            .unwrap_or_else(|e| panic!("{e}"));
        // First frame: the state built from a loaded document, drawn once.
        g.bench_with_input(BenchmarkId::new("first_frame", name), &d, |b, d| {
            b.iter_batched(
                || d.clone(),
                |d| {
                    let s = State::new(d, 120, 40);
                    let mut t = Terminal::new(TestBackend::new(120, 40)).ok();
                    if let Some(t) = t.as_mut() {
                        let _ = t.draw(|f| view::draw(f, &s, &theme));
                    }
                    s
                },
                criterion::BatchSize::LargeInput,
            )
        });
        let mut s = State::new(d.clone(), 120, 40);
        let mut t = match Terminal::new(TestBackend::new(120, 40)) {
            Ok(t) => t,
            Err(e) => panic!("{e}"),
        };
        let mut key = |name: &str, actions: &[Action], s: &mut State| {
            g.bench_function(BenchmarkId::new(name, format!("{bytes}B-{claims}")), |b| {
                let mut i = 0usize;
                b.iter(|| {
                    app::update(s, actions[i % actions.len()]);
                    i += 1;
                    let _ = t.draw(|f| view::draw(f, s, &theme));
                })
            });
        };
        key("key_next_claim", &[Action::NextClaim], &mut s);
        key("key_next_in_article", &[Action::NextInArticle], &mut s);
        app::update(&mut s, Action::ToggleFocus);
        key("key_page_down", &[Action::PageDown], &mut s);
        key("key_scroll", &[Action::ScrollDown], &mut s);
        key(
            "resize",
            &[Action::Resize(100, 30), Action::Resize(120, 40)],
            &mut s,
        );
        g.bench_with_input(BenchmarkId::new("export_claims_text", name), &d, |b, d| {
            b.iter(|| export::render(d, &View::Claims, Format::Text, 80))
        });
    }
    g.finish();
}

criterion_group!(benches, frames);
criterion_main!(benches);
