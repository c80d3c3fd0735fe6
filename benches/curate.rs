//! Curation on the 10 MB / 10,000-claim synthetic document: an edit (and
//! its undo), writing the YAML, a save to disk (check, atomic write,
//! fsync), the recovery journal, and accepting 10,000 drafts at once.
//! `cargo bench --bench curate`.

use criterion::{criterion_group, criterion_main, Criterion};
use standpoint::curate::source::SourceMap;
use standpoint::curate::{Edit, Field, Recovery, Session};
use standpoint::model::Stance;
use standpoint::synth::generate;

fn curate(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let s = generate(10_000_000, 10_000, "a.txt");
    std::fs::write(dir.path().join("a.txt"), &s.article).unwrap();
    let path = dir.path().join("synth.yaml");
    std::fs::write(&path, &s.yaml).unwrap();
    let mut session = Session::open(&path).unwrap();
    session.source_map().unwrap();
    let id = session.doc().claims[5_000].id.clone();
    let mut g = c.benchmark_group("curate_10MB_10000");
    g.sample_size(10);

    // An edit and its undo, alternating so every one changes something.
    let mut flip = false;
    g.bench_function("edit_and_undo", |b| {
        b.iter(|| {
            flip = !flip;
            let st = if flip {
                Stance::Neutral
            } else {
                Stance::Unclear
            };
            session.apply(Edit::set(&id, Field::Stance(st))).unwrap();
            session.undo().unwrap();
        })
    });
    session
        .apply(Edit::set(&id, Field::Stance(Stance::Neutral)))
        .unwrap();
    g.bench_function("render_yaml_after_one_edit", |b| {
        b.iter(|| session.render().unwrap())
    });
    g.bench_function("locate_claims_in_source_first_save_only", |b| {
        b.iter(|| SourceMap::build(&s.yaml).unwrap())
    });
    // An edit, then a save to disk (conflict check, atomic write, fsync).
    let mut flip = false;
    g.bench_function("edit_and_save_to_disk", |b| {
        b.iter(|| {
            flip = !flip;
            let st = if flip { Stance::Favor } else { Stance::Against };
            session.apply(Edit::set(&id, Field::Stance(st))).unwrap();
            assert!(session.save().unwrap().written);
        })
    });
    let rec = Recovery::new(dir.path().join("recovery"));
    session
        .apply(Edit::set(&id, Field::Stance(Stance::Unclear)))
        .unwrap();
    g.bench_function("record_journal_one_unsaved_edit", |b| {
        b.iter(|| rec.record(&session).unwrap())
    });

    // 10,000 drafts accepted in one step, and the YAML written.
    let drafted = s.yaml.replace(
        "    mode: reported\n",
        "    mode: reported\n    status: draft\n",
    );
    let dpath = dir.path().join("drafts.yaml");
    std::fs::write(&dpath, &drafted).unwrap();
    let mut ds = Session::open(&dpath).unwrap();
    ds.source_map().unwrap();
    let all: Vec<usize> = (0..ds.doc().claims.len()).collect();
    let accept = Edit::accept_all(ds.doc(), &all).unwrap();
    g.bench_function("accept_all_drafts_and_render", |b| {
        b.iter(|| {
            ds.apply(accept.clone()).unwrap();
            let out = ds.render().unwrap();
            ds.undo().unwrap();
            out
        })
    });
    g.finish();
}

/// In the reader, on the same document: an edit (undo and redo of a
/// stance set with the picker) through `update`, then a full frame
/// (120x40 on TestBackend), as the shell does.
fn reader_edit_to_frame(c: &mut Criterion) {
    use ratatui::backend::TestBackend;
    use ratatui::Terminal;
    use standpoint::app::{self, Action, State};
    use standpoint::view::{self, Theme};
    let dir = tempfile::tempdir().unwrap();
    let s = generate(10_000_000, 10_000, "a.txt");
    std::fs::write(dir.path().join("a.txt"), &s.article).unwrap();
    let path = dir.path().join("synth.yaml");
    std::fs::write(&path, &s.yaml).unwrap();
    let doc = standpoint::loader::load_path(&path).unwrap();
    let mut st = State::new(doc, 120, 40);
    let session = app::session_for(&st.doc, dir.path()).unwrap();
    st.start_curation(session, None);
    for a in [Action::PickStance, Action::ListDown, Action::Submit] {
        app::update(&mut st, a);
    }
    let mut t = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let theme = Theme::COLOR;
    let mut g = c.benchmark_group("curate_10MB_10000");
    g.sample_size(20);
    let mut undo = true;
    g.bench_function("reader_edit_to_frame", |b| {
        b.iter(|| {
            app::update(&mut st, if undo { Action::Undo } else { Action::Redo });
            undo = !undo;
            let _ = t.draw(|f| view::draw(f, &st, &theme));
        })
    });
    g.finish();
}

criterion_group!(benches, curate, reader_edit_to_frame);
criterion_main!(benches);
