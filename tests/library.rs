//! The library: scanning, the SQLite cache (real files in temporary
//! directories), timelines, the matrix, search, identity checks and
//! exports, on the example library and on small made-up ones.

use std::fs;
use std::path::{Path, PathBuf};

use standpoint::export::Format;
use standpoint::library::export::{render, LibraryView};
use standpoint::library::search::{search, HitKind};
use standpoint::library::timeline::{matrix, timeline, timelines};
use standpoint::library::{check, DocKind, Library, Quiet};
use standpoint::model::Stance;

fn example() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/library")
}

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"))
}

fn open(root: &Path, index: &Path) -> Library {
    Library::open_at(&[root.to_path_buf()], index, &mut Quiet).unwrap_or_else(|e| panic!("{e}"))
}

/// A copy of the example library in a temporary directory.
fn copy_example(dir: &Path) -> PathBuf {
    let lib = dir.join("lira");
    fs::create_dir_all(&lib).unwrap_or_else(|e| panic!("{e}"));
    for e in fs::read_dir(example())
        .unwrap_or_else(|e| panic!("{e}"))
        .flatten()
    {
        fs::copy(e.path(), lib.join(e.file_name())).unwrap_or_else(|e| panic!("{e}"));
    }
    lib
}

fn annotation(title: &str, date: &str, article: &str, parties: &str, claims: &str) -> String {
    format!(
        "title: {title}\ndate: {date}\narticle: {article}\ntopics:\n  - id: t\n    label: Topic\nparties:\n{parties}claims:\n{claims}"
    )
}

fn claim(id: &str, party: &str, stance: &str, target: &str, quote: &str) -> String {
    format!(
        "  - id: {id}\n    party: {party}\n    speaker: S {party}\n    topic: t\n    stance: {stance}\n    target: {target}\n    summary: Summary of {id}.\n    mode: reported\n    quote: {quote}\n"
    )
}

#[test]
fn the_example_library_shows_changes_and_conflicts() {
    let dir = tmp();
    let lib = open(&example(), &dir.path().join("i.sqlite"));
    let docs = lib.documents().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(docs.len(), 6);
    assert!(docs
        .iter()
        .all(|d| d.error.is_none() && d.kind == DocKind::Annotated));
    assert!(docs.windows(2).all(|w| w[0].date <= w[1].date));
    assert!(docs.iter().all(|d| d.source.contains("Invented")));

    let t = timeline(&lib, "valdoria", "monitors").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(t.entries.len(), 2);
    assert_eq!(t.entries[0].claim.stance, Stance::Against);
    assert!(t.entries[0].change.is_none());
    let parties: Vec<&str> = t.entries[0]
        .conflicts
        .iter()
        .map(|o| o.party.as_str())
        .collect();
    assert_eq!(parties, ["ostrevia", "tessaly"]);
    let change = t.entries[1]
        .change
        .clone()
        .unwrap_or_else(|| panic!("no change"));
    assert_eq!(
        (change.from, change.from_date.as_str()),
        (Stance::Against, "2025-01-14")
    );
    assert_eq!(t.entries[1].doc.date, "2025-04-09");
    // The quote location points at the quoted words in the article.
    let q = t.entries[1].claim.quote;
    let article = fs::read_to_string(example().join("lira-2025-04-09.txt")).unwrap_or_default();
    assert_eq!(
        &article[q.start..q.end],
        "Tessaly monitors are welcome on the Lira."
    );

    // Ostrevia on water: AGAINST -> CONDITIONAL -> FAVOR toward the quota.
    let t = timeline(&lib, "ostrevia", "water").unwrap_or_else(|e| panic!("{e}"));
    let quota: Vec<(Stance, bool)> = t
        .entries
        .iter()
        .filter(|e| e.claim.target.contains("quota"))
        .map(|e| (e.claim.stance, e.change.is_some()))
        .collect();
    use Stance::*;
    assert_eq!(
        quota,
        [
            (Against, false),
            (Against, false),
            (Against, false),
            (Conditional, true),
            (Favor, true)
        ]
    );

    let m = matrix(&lib).unwrap_or_else(|e| panic!("{e}"));
    let p = m
        .parties
        .iter()
        .position(|n| n.id == "valdoria")
        .unwrap_or(0);
    let tw = m.topics.iter().position(|n| n.id == "water").unwrap_or(0);
    let cell = m.cells[p][tw]
        .clone()
        .unwrap_or_else(|| panic!("empty cell"));
    assert_eq!(
        (cell.latest, cell.date.as_str(), cell.claims),
        (Neutral, "2025-06-30", 3)
    );
    assert!(cell.changed);
    // The matrix's marks agree with the timelines.
    for t in timelines(&lib).unwrap_or_else(|e| panic!("{e}")) {
        let pi = m
            .parties
            .iter()
            .position(|n| n.id == t.party.id)
            .unwrap_or(0);
        let ti = m
            .topics
            .iter()
            .position(|n| n.id == t.topic.id)
            .unwrap_or(0);
        let c = m.cells[pi][ti].clone().unwrap_or_else(|| panic!("empty"));
        assert_eq!(c.claims, t.entries.len());
        assert_eq!(c.changed, t.changes() > 0, "{} {}", t.party.id, t.topic.id);
        assert_eq!(Some(c.latest), t.entries.last().map(|e| e.claim.stance));
    }
    assert!(check::mismatches(&lib).unwrap_or_default().is_empty());
}

#[test]
fn search_finds_quotes_articles_and_targets_with_offsets() {
    let dir = tmp();
    let lib = open(&example(), &dir.path().join("i.sqlite"));
    let hits = search(&lib, "cranes", 10).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(hits.len(), 1);
    let h = &hits[0];
    assert_eq!(h.kind, HitKind::Quote);
    assert_eq!(h.speaker.as_deref(), Some("Tomas Brandt"));
    assert_eq!(&h.snippet[h.mark.0..h.mark.1], "cranes");
    let article = fs::read_to_string(example().join("lira-2025-03-18.txt")).unwrap_or_default();
    assert_eq!(&article[h.offset..h.offset + 6], "cranes");
    // Outside any quote.
    let hits = search(&lib, "\"news conference\"", 10).unwrap_or_default();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].kind, HitKind::Article);
    assert!(hits[0].speaker.is_none());
    // A prefix while typing, case and diacritics folded.
    assert!(!search(&lib, "LINDQ", 10).unwrap_or_default().is_empty());
    // Targets and summaries.
    let hits = search(&lib, "Reversal", 10).unwrap_or_default();
    let kinds: Vec<HitKind> = hits.iter().map(|h| h.kind).collect();
    assert_eq!(kinds.len(), 2, "{hits:?}");
    assert!(kinds.contains(&HitKind::Article));
    let s = hits.iter().find(|h| h.kind == HitKind::Summary);
    assert_eq!(
        s.and_then(|h| h.claim.as_deref()),
        Some("va-monitors-accepted")
    );
    // FTS5 syntax typed by a person is only text.
    for q in [
        "NOT",
        "a OR",
        "\"",
        "*",
        "(x",
        "NEAR(a b)",
        "col:x",
        "-x",
        "",
    ] {
        assert!(search(&lib, q, 10).is_ok(), "{q}");
    }
}

#[test]
fn broken_files_articles_and_profiles() {
    let dir = tmp();
    let lib_dir = dir.path().join("lib");
    fs::create_dir_all(lib_dir.join("profiles")).unwrap_or_default();
    fs::create_dir_all(lib_dir.join(".hidden")).unwrap_or_default();
    let parties = "  - {id: a, name: A}\n";
    fs::write(lib_dir.join("good.txt"), "A said yes to the plan.\n").unwrap_or_default();
    fs::write(
        lib_dir.join("good.yaml"),
        annotation(
            "Good",
            "2025-01-02",
            "good.txt",
            parties,
            &claim("c1", "a", "favor", "The plan", "A said yes"),
        ),
    )
    .unwrap_or_default();
    fs::write(lib_dir.join("bad.txt"), "Nothing here.\n").unwrap_or_default();
    fs::write(
        lib_dir.join("bad.yaml"),
        annotation(
            "Bad one",
            "2025-01-03",
            "bad.txt",
            parties,
            &claim("c1", "a", "favor", "X", "not in the text"),
        ),
    )
    .unwrap_or_default();
    fs::write(lib_dir.join("garbage.yaml"), "title: [unclosed\n").unwrap_or_default();
    // Not UTF-8, and no byte-order mark (FF FE would be read as UTF-16).
    fs::write(lib_dir.join("binary.yaml"), [0x80, 0xff, 0, 1, 2]).unwrap_or_default();
    fs::write(
        lib_dir.join("loose.md"),
        "# Loose Article Title\n\nOn March 4, 2025 X said no.\n",
    )
    .unwrap_or_default();
    fs::write(lib_dir.join("profiles/p.yaml"), "topics: []\nparties: []\n").unwrap_or_default();
    fs::write(lib_dir.join(".hidden/h.yaml"), "title: hidden\n").unwrap_or_default();
    fs::write(lib_dir.join("notes.csv"), "a,b\n").unwrap_or_default();

    let lib = open(&lib_dir, &dir.path().join("i.sqlite"));
    let docs = lib.documents().unwrap_or_else(|e| panic!("{e}"));
    let names: Vec<String> = docs.iter().map(|d| lib.shown(&d.path)).collect();
    assert_eq!(
        names,
        [
            "lib/good.yaml",
            "lib/bad.yaml",
            "lib/loose.md",
            "lib/binary.yaml",
            "lib/garbage.yaml"
        ]
    );
    let bad = &docs[1];
    assert_eq!(bad.title, "Bad one");
    assert!(
        bad.error_line()
            .is_some_and(|e| e.contains("not found") || e.contains("quote")),
        "{:?}",
        bad.error
    );
    let loose = &docs[2];
    assert_eq!(loose.kind, DocKind::Article);
    assert_eq!(
        (loose.title.as_str(), loose.date.as_str()),
        ("Loose Article Title", "2025-03-04")
    );
    assert!(docs[3]
        .error
        .as_deref()
        .is_some_and(|e| e.contains("UTF-8")));
    assert_eq!(docs[4].title, "garbage");
    // The article of a broken annotation is not listed on its own.
    assert!(!names.iter().any(|n| n.ends_with("bad.txt")));
    // An article without annotation is drafted on demand.
    let drafted = lib.load(loose).unwrap_or_else(|e| panic!("{e}"));
    assert!(drafted.draft);
}

#[test]
fn check_warns_about_one_id_with_two_names_with_file_and_line() {
    let dir = tmp();
    let d = dir.path().join("lib");
    fs::create_dir_all(&d).unwrap_or_default();
    fs::write(d.join("a.txt"), "A said yes.\n").unwrap_or_default();
    fs::write(d.join("b.txt"), "A said no.\n").unwrap_or_default();
    fs::write(
        d.join("a.yaml"),
        annotation(
            "A",
            "2025-01-01",
            "a.txt",
            "  - id: a\n    name: Aland\n",
            &claim("c", "a", "favor", "X", "A said yes"),
        ),
    )
    .unwrap_or_default();
    fs::write(
        d.join("b.yaml"),
        annotation(
            "B",
            "2025-01-02",
            "b.txt",
            "  - id: a\n    name: Republic of Aland\n",
            &claim("c", "a", "against", "x", "A said no"),
        ),
    )
    .unwrap_or_default();
    let lib = open(&d, &dir.path().join("i.sqlite"));
    let m = check::mismatches(&lib).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(m.len(), 1);
    assert_eq!((m[0].what, m[0].id.as_str()), ("party", "a"));
    let w = check::warning(&lib, &m[0]);
    assert!(w.contains("lib/a.yaml:9: Aland"), "{w}");
    assert!(w.contains("lib/b.yaml:9: Republic of Aland"), "{w}");
    // The same party with two names is not a conflict with itself.
    let t = timeline(&lib, "a", "t").unwrap_or_else(|e| panic!("{e}"));
    assert!(t.entries.iter().all(|e| e.conflicts.is_empty()));
    assert!(t.entries[1].change.is_some());
}

#[test]
fn the_cache_follows_changes_and_survives_damage() {
    let dir = tmp();
    let lib_dir = copy_example(dir.path());
    let index = dir.path().join("cache/i.sqlite");
    let first = open(&lib_dir, &index);
    assert_eq!(first.synced().loaded, 6);
    let before = render(&first, &LibraryView::Timelines, Format::Json, 80).unwrap_or_default();
    drop(first);

    // Nothing changed: nothing loaded again (the files were hashed just
    // now, so they are hashed again, but not loaded).
    let again = open(&lib_dir, &index);
    assert_eq!(again.synced().loaded, 0);
    drop(again);

    // A changed article: its document is loaded again, and the quote that
    // is no longer there is an error.
    let a = lib_dir.join("lira-2025-05-27.txt");
    let text = fs::read_to_string(&a).unwrap_or_default();
    fs::write(
        &a,
        text.replace("bends in a drought", "breaks in a drought"),
    )
    .unwrap_or_default();
    let lib = open(&lib_dir, &index);
    assert_eq!(lib.synced().loaded, 1);
    let docs = lib.documents().unwrap_or_default();
    assert!(docs.iter().any(|d| d.error.is_some()));
    drop(lib);
    // Errors are cached like the rest: nothing is loaded again.
    let lib = open(&lib_dir, &index);
    assert_eq!(lib.synced().loaded, 0);
    drop(lib);
    fs::write(&a, &text).unwrap_or_default();

    // A deleted annotation: its article is listed on its own.
    fs::remove_file(lib_dir.join("lira-2025-06-30.yaml")).unwrap_or_default();
    let lib = open(&lib_dir, &index);
    let docs = lib.documents().unwrap_or_default();
    assert_eq!(docs.len(), 6);
    assert!(docs
        .iter()
        .any(|d| d.kind == DocKind::Article && d.path.ends_with("lira-2025-06-30.txt")));
    drop(lib);
    fs::copy(
        example().join("lira-2025-06-30.yaml"),
        lib_dir.join("lira-2025-06-30.yaml"),
    )
    .unwrap_or_default();

    // Garbage instead of an index: rebuilt, same answers (every kind of
    // damage is in the property test, tests/library_cache_props.rs).
    fs::write(&index, b"not a database".repeat(100)).unwrap_or_default();
    let lib = open(&lib_dir, &index);
    assert_eq!(lib.synced().loaded, 6);
    let after = render(&lib, &LibraryView::Timelines, Format::Json, 80).unwrap_or_default();
    assert_eq!(after, before);
}

#[test]
fn exports_of_the_example_library() {
    let dir = tmp();
    let lib = open(&example(), &dir.path().join("i.sqlite"));
    for (name, view) in [
        ("library", "library"),
        ("timeline_valdoria_monitors", "timeline:valdoria:monitors"),
        ("timeline", "timeline"),
        ("matrix", "matrix"),
    ] {
        let v = LibraryView::parse(view, &lib).unwrap_or_else(|e| panic!("{e}"));
        for f in [Format::Text, Format::Markdown, Format::Json, Format::Csv] {
            let out = render(&lib, &v, f, 80).unwrap_or_else(|e| panic!("{e}"));
            assert!(out.ends_with('\n'));
            if f == Format::Json {
                let _: serde_json::Value =
                    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}"));
            }
            insta::assert_snapshot!(format!("library_export_{name}_{}", f.name()), out);
        }
    }
    let err = |v: &str| {
        LibraryView::parse(v, &lib)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default()
    };
    assert!(err("timeline:valdria:water").contains("did you mean `valdoria`"));
    assert!(err("timeline:valdoria").contains("names no topic"));
    assert!(err("timelin").contains("did you mean `timeline`"));
}

#[test]
fn two_processes_opening_one_index_at_once_agree() {
    let dir = tmp();
    let lib_dir = copy_example(dir.path());
    let index = dir.path().join("i.sqlite");
    let answers: Vec<usize> = std::thread::scope(|s| {
        let a = s.spawn(|| open(&lib_dir, &index).documents().map(|d| d.len()));
        let b = s.spawn(|| open(&lib_dir, &index).documents().map(|d| d.len()));
        [a, b]
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|_| panic!("panicked")).unwrap_or(0))
            .collect()
    });
    assert_eq!(answers, [6, 6]);
}
