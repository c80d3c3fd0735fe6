//! The reader's frames and an export, for synthetic documents from 100 KB /
//! 100 claims to 10 MB / 10,000 claims (and 100 MB / 100,000 claims with
//! `STANDPOINT_BENCH_100MB=1`): `cargo bench --bench frames`; the
//! matrix of documents whose claims all conflict in pairs: `cargo bench
//! --bench frames -- matrix`.
//! Each frame is rendered in full on ratatui's TestBackend (120x40), which
//! is what the terminal shell draws before diffing.

use criterion::measurement::WallTime;
use criterion::{criterion_group, criterion_main, BenchmarkGroup, BenchmarkId, Criterion};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use standpoint::app::{self, Action, State};
use standpoint::export::{self, Format, View};
use standpoint::loader::{load_source, MemArticles};
use standpoint::model::{Document, Stance};
use standpoint::synth::generate;
use standpoint::view::{self, Theme};

const SIZES: &[(usize, usize, &str)] = &[
    (100_000, 100, "100KB-100"),
    (1_000_000, 1_000, "1MB-1000"),
    (10_000_000, 10_000, "10MB-10000"),
];

/// The sizes measured: [`SIZES`], and 100 MB when asked for.
fn sizes() -> Vec<(usize, usize, &'static str)> {
    let mut v = SIZES.to_vec();
    if std::env::var_os("STANDPOINT_BENCH_100MB").is_some() {
        v.push((100_000_000, 100_000, "100MB-100000"));
    }
    v
}

fn doc(bytes: usize, claims: usize) -> Document {
    let s = generate(bytes, claims, "a.txt");
    match load_source(&s.yaml, "synth.yaml", &MemArticles(s.article)) {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    }
}

/// Each iteration: the next of `actions` (round), then a full frame.
fn actions_and_frames(
    g: &mut BenchmarkGroup<'_, WallTime>,
    id: BenchmarkId,
    s: &mut State,
    t: &mut Terminal<TestBackend>,
    actions: &[Action],
) {
    let theme = Theme::COLOR;
    g.bench_function(id, |b| {
        let mut i = 0usize;
        b.iter(|| {
            app::update(s, actions[i % actions.len()]);
            i += 1;
            let _ = t.draw(|f| view::draw(f, s, &theme));
        })
    });
}

fn frames(c: &mut Criterion) {
    let theme = Theme::COLOR;
    let mut g = c.benchmark_group("frames");
    g.sample_size(20);
    for (bytes, claims, name) in sizes() {
        let d = doc(bytes, claims);
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
            let id = BenchmarkId::new(name, format!("{bytes}B-{claims}"));
            actions_and_frames(&mut g, id, s, &mut t, actions);
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
        g.bench_with_input(BenchmarkId::new("export_article_text", name), &d, |b, d| {
            b.iter(|| export::render(d, &View::Article, Format::Text, 80))
        });
    }
    g.finish();
}

/// Claims in opposed pairs: claim 2k favours "Proposition k", claim 2k+1
/// (another party) is against it: one distinct target per pair, so every
/// claim is in conflict and the matrix lists `claims / 2` conflicts.
fn opposed_pairs(mut d: Document) -> Document {
    for (i, c) in d.claims.iter_mut().enumerate() {
        c.target = format!("Proposition {}", i / 2);
        c.stance = if i % 2 == 0 {
            Stance::Favor
        } else {
            Stance::Against
        };
        c.party = i % 4;
    }
    d
}

/// The matrix frame: a cursor move and a full frame (120x40), at the top
/// of the matrix and at the end of its conflicts list.
fn matrix(c: &mut Criterion) {
    let mut g = c.benchmark_group("matrix");
    g.sample_size(20);
    for &(bytes, claims, name) in SIZES {
        let mut s = State::new(opposed_pairs(doc(bytes, claims)), 120, 40);
        assert_eq!(s.index.conflict_targets().len(), claims / 2);
        let mut t = match Terminal::new(TestBackend::new(120, 40)) {
            Ok(t) => t,
            Err(e) => panic!("{e}"),
        };
        app::update(&mut s, Action::ToggleMatrix);
        let moves = [Action::MatrixDown, Action::MatrixUp];
        let id = BenchmarkId::new("move_and_frame", name);
        actions_and_frames(&mut g, id, &mut s, &mut t, &moves);
        for _ in 0..claims {
            app::update(&mut s, Action::PageDown);
        }
        let pages = [Action::PageUp, Action::PageDown];
        let id = BenchmarkId::new("conflicts_page_and_frame", name);
        actions_and_frames(&mut g, id, &mut s, &mut t, &pages);
    }
    g.finish();
}

criterion_group!(benches, frames, matrix);
criterion_main!(benches);
