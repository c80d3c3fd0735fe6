//! The library index is only a cache: after any sequence of adding,
//! changing, touching and deleting files, and damaging or deleting the
//! index itself, opening the library through its index gives the same
//! documents, timelines, matrix, search results and identity warnings as a
//! fresh scan without an index. Real files and real SQLite files in a
//! temporary directory.
//!
//! A few cases by default; `STANDPOINT_DEEP_TESTS=1` runs many more.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use proptest::prelude::*;
use standpoint::export::Format;
use standpoint::library::export::{render, LibraryView};
use standpoint::library::{check, search, Library, Quiet};

const DOCS: usize = 3;

#[derive(Debug, Clone)]
enum Op {
    Article(usize, usize),
    Annotation(usize, usize),
    DeleteArticle(usize),
    DeleteAnnotation(usize),
    /// New modification time, same content.
    Touch(usize),
    Damage(usize),
    /// Open through the index and compare with a fresh scan.
    Open,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (0..DOCS, 0..4usize).prop_map(|(i, v)| Op::Article(i, v)),
        3 => (0..DOCS, 0..4usize).prop_map(|(i, v)| Op::Annotation(i, v)),
        1 => (0..DOCS).prop_map(Op::DeleteArticle),
        1 => (0..DOCS).prop_map(Op::DeleteAnnotation),
        1 => (0..DOCS).prop_map(Op::Touch),
        1 => (0..6usize).prop_map(Op::Damage),
        3 => Just(Op::Open),
    ]
}

fn article_text(i: usize, v: usize) -> String {
    match v {
        0 => format!(
            "Report {i} on the plan\n\nOn March {}, 2025 the minister of Aland said the plan is good. Borvia rejected the plan.\n",
            i + 1
        ),
        1 => format!(
            "Report {i} on the plan, revised\n\nThe minister of Aland said the plan is good — “très bien”. Borvia rejected the plan.\n"
        ),
        // The same size as variant 0, other words.
        3 => article_text(i, 0).replace("Report", "Review"),
        _ => format!("Другой текст {i}. Borvia rejected the plan. 和平谈判\n"),
    }
}

fn claim(id: &str, party: &str, stance: &str, target: &str, quote: &str) -> String {
    format!(
        "  - id: {id}\n    party: {party}\n    speaker: Speaker of {party}\n    topic: plan\n    stance: {stance}\n    target: {target}\n    summary: {id} says so.\n    mode: reported\n    quote: \"{quote}\"\n"
    )
}

fn annotation_text(i: usize, v: usize) -> String {
    let head = |aland: &str| {
        format!(
            "title: Annotated report {i}\ndate: 2025-0{}-1{v}\narticle: d{i}.txt\ntopics:\n  - {{id: plan, label: The plan}}\nparties:\n  - {{id: aland, name: {aland}}}\n  - {{id: borvia, name: Borvia}}\nclaims:\n",
            1 + i % 9
        )
    };
    match v {
        0 => {
            head("Aland")
                + &claim(
                    "a",
                    "aland",
                    "favor",
                    "The plan",
                    "the minister of Aland said the plan is good",
                )
                + &claim(
                    "b",
                    "borvia",
                    "against",
                    "the plan",
                    "Borvia rejected the plan",
                )
        }
        1 => {
            head("Aland Republic")
                + &claim(
                    "a",
                    "aland",
                    "against",
                    "The  Plan",
                    "Borvia rejected the plan",
                )
        }
        2 => "title: [unclosed\n".to_string(),
        _ => "topics: []\nparties: []\n".to_string(),
    }
}

struct World {
    _dir: tempfile::TempDir,
    lib: PathBuf,
    index: PathBuf,
    /// Each write gets a later modification time, well in the past, so
    /// unchanged size and time are trusted (the racy window is passed).
    clock: u64,
}

impl World {
    fn new() -> World {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let lib = dir.path().join("lib");
        fs::create_dir_all(lib.join("sub")).unwrap_or_else(|e| panic!("{e}"));
        let index = dir.path().join("cache/index.sqlite");
        World {
            _dir: dir,
            lib,
            index,
            clock: 0,
        }
    }

    fn path(&self, i: usize, ext: &str) -> PathBuf {
        let dir = if i % 2 == 1 {
            self.lib.join("sub")
        } else {
            self.lib.clone()
        };
        dir.join(format!("d{i}.{ext}"))
    }

    fn stamp(&mut self, p: &Path) {
        self.clock += 1;
        let t = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000 + self.clock);
        if let Ok(f) = fs::OpenOptions::new().write(true).open(p) {
            let _ = f.set_modified(t);
        }
    }

    fn write(&mut self, p: &Path, text: &str) {
        fs::write(p, text).unwrap_or_else(|e| panic!("{e}"));
        self.stamp(p);
    }

    fn apply(&mut self, op: &Op) {
        match *op {
            Op::Article(i, v) => self.write(&self.path(i, "txt"), &article_text(i, v)),
            Op::Annotation(i, v) => self.write(&self.path(i, "yaml"), &annotation_text(i, v)),
            Op::DeleteArticle(i) => drop(fs::remove_file(self.path(i, "txt"))),
            Op::DeleteAnnotation(i) => drop(fs::remove_file(self.path(i, "yaml"))),
            Op::Touch(i) => {
                for ext in ["txt", "yaml"] {
                    let p = self.path(i, ext);
                    if p.exists() {
                        self.stamp(&p);
                    }
                }
            }
            Op::Damage(k) => damage(&self.index, k),
            Op::Open => self.compare(),
        }
    }

    fn compare(&self) {
        let inputs = [self.lib.clone()];
        let cached = Library::open_at(&inputs, &self.index, &mut Quiet)
            .unwrap_or_else(|e| panic!("cached: {e}"));
        let fresh =
            Library::scan_fresh(&inputs, &mut Quiet).unwrap_or_else(|e| panic!("fresh: {e}"));
        assert_eq!(answers(&cached), answers(&fresh));
    }
}

/// Damage the index file in one of several ways.
fn damage(p: &Path, kind: usize) {
    let Ok(mut b) = fs::read(p) else { return };
    match kind {
        0 => b = b"garbage, not SQLite".repeat(64),
        1 => b.truncate(b.len() / 2),
        2 => b.iter_mut().take(100).for_each(|x| *x = 0x5A),
        3 => {
            // Another schema version (the header's user_version field).
            if b.len() >= 64 {
                b[60..64].copy_from_slice(&7u32.to_be_bytes());
            }
        }
        4 => b.clear(),
        _ => {
            let _ = fs::remove_file(p);
            return;
        }
    }
    let _ = fs::write(p, b);
}

/// Everything the library answers, without the index's own numbers.
fn answers(lib: &Library) -> Vec<String> {
    let mut out = Vec::new();
    let docs = lib.documents().unwrap_or_else(|e| panic!("{e}"));
    for d in &docs {
        out.push(format!(
            "{} {:?} {:?} {} {} {} {} {} {:?}",
            lib.shown(&d.path),
            d.kind,
            d.article.as_deref().map(|a| lib.shown(a)),
            d.title,
            d.date,
            d.source,
            d.claims,
            d.drafts,
            d.error
        ));
    }
    for view in [
        LibraryView::Timelines,
        LibraryView::Matrix,
        LibraryView::Library,
    ] {
        out.push(render(lib, &view, Format::Json, 80).unwrap_or_else(|e| panic!("{e}")));
    }
    for q in [
        "plan",
        "Borvia rejected",
        "très",
        "和平",
        "Speaker",
        "report",
    ] {
        let mut hits: Vec<String> = search::search(lib, q, 1000)
            .unwrap_or_else(|e| panic!("{e}"))
            .into_iter()
            .map(|h| {
                format!(
                    "{} {} {:?} {:?} {} {}",
                    lib.shown(&h.doc.path),
                    h.offset,
                    h.kind,
                    h.speaker,
                    h.snippet,
                    h.doc.date
                )
            })
            .collect();
        hits.sort();
        out.push(hits.join("\n"));
    }
    for m in check::mismatches(lib).unwrap_or_else(|e| panic!("{e}")) {
        out.push(check::warning(lib, &m));
    }
    out
}

fn cases() -> u32 {
    if std::env::var_os("STANDPOINT_DEEP_TESTS").is_some_and(|v| v == "1") {
        256
    } else {
        12
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn the_index_answers_like_a_fresh_scan(ops in proptest::collection::vec(op(), 1..24)) {
        let mut w = World::new();
        for op in &ops {
            w.apply(op);
        }
        w.compare();
    }
}

#[test]
fn a_quiet_change_with_a_new_time_is_seen() {
    // Same size, new content, new time: loaded again.
    let mut w = World::new();
    w.apply(&Op::Article(0, 0));
    w.apply(&Op::Annotation(0, 0));
    w.compare();
    let p = w.path(0, "txt");
    let text = article_text(0, 0).replace("Report", "Review");
    w.write(&p, &text);
    w.compare();
    let lib =
        Library::open_at(&[w.lib.clone()], &w.index, &mut Quiet).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        lib.synced().loaded,
        0,
        "already loaded by the compare above"
    );
    // A touch alone hashes the file again but loads nothing.
    w.apply(&Op::Touch(0));
    let lib =
        Library::open_at(&[w.lib.clone()], &w.index, &mut Quiet).unwrap_or_else(|e| panic!("{e}"));
    let s = lib.synced();
    assert_eq!((s.hashed, s.loaded), (2, 0));
    // Unchanged files with old times are neither hashed nor loaded.
    let lib =
        Library::open_at(&[w.lib.clone()], &w.index, &mut Quiet).unwrap_or_else(|e| panic!("{e}"));
    let s = lib.synced();
    assert_eq!((s.hashed, s.loaded, s.rebuilt), (0, 0, false));
}
