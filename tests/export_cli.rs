//! `standpoint export` on the command line: views, formats, widths, and
//! safe writing with `-o` (no overwrite without `--force`, a failed write
//! leaves the old file intact and no temporary file behind).

#[path = "support/isolated.rs"]
mod isolated;

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use standpoint::export;
use standpoint::loader;
use unicode_width::UnicodeWidthStr;

const BIN: &str = env!("CARGO_BIN_EXE_standpoint");

fn run(args: &[&str]) -> Output {
    isolated::standpoint().args(args).output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn entries(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn default_is_the_full_json_document() {
    let doc = loader::bundled().unwrap();
    let want = export::document_json(&doc);
    let plain = run(&["export"]);
    assert!(plain.status.success(), "{}", stderr(&plain));
    assert_eq!(stdout(&plain), want);
    // The loader issue's command keeps working, with the file named.
    let yaml = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/trump-cabinet-2025-02-26.yaml"
    );
    let named = run(&["export", yaml, "--format", "json"]);
    assert!(named.status.success(), "{}", stderr(&named));
    let a: serde_json::Value = serde_json::from_str(&stdout(&named)).unwrap();
    let b: serde_json::Value = serde_json::from_str(&want).unwrap();
    assert_eq!(a, b);
}

#[test]
fn views_and_formats_match_the_library() {
    let doc = loader::bundled().unwrap();
    for (view, format) in [
        ("party:us", "text"),
        ("matrix", "markdown"),
        ("article", "text"),
        ("topic:nato", "json"),
    ] {
        let o = run(&["export", "--view", view, "--format", format]);
        assert!(o.status.success(), "{}", stderr(&o));
        let v = export::View::parse(view, &doc).unwrap();
        let f = export::Format::parse(format).unwrap();
        assert_eq!(stdout(&o), export::render(&doc, &v, f, 80).unwrap());
        assert!(stderr(&o).is_empty());
    }
}

#[test]
fn width_wraps_text_and_narrow_widths_are_refused() {
    let o = run(&[
        "export", "--view", "claims", "--format", "text", "--width", "40",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let s = stdout(&o);
    assert!(s.lines().all(|l| l.width() <= 40), "{s}");
    assert!(s.lines().any(|l| l.width() > 35), "filled up to the width");

    let o = run(&["export", "--format", "text", "--width", "10"]);
    assert_eq!(o.status.code(), Some(2), "a usage error");
    let e = stderr(&o);
    assert!(
        e.contains("10 columns is too narrow") && e.contains("20 or more"),
        "{e}"
    );
    let o = run(&["export", "--width", "wide"]);
    assert!(
        stderr(&o).contains("not a number of columns"),
        "{}",
        stderr(&o)
    );
    let o = run(&["export", "--format", "pdf"]);
    assert!(
        stderr(&o).contains("use text, markdown, json, w3c or csv"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn unknown_view_is_a_clear_error_listing_the_valid_ones() {
    let o = run(&["export", "--view", "party:nobody", "--format", "text"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).is_empty());
    let e = stderr(&o);
    assert!(e.contains("unknown party `nobody`"), "{e}");
    assert!(
        e.contains("valid views: party:us, party:ru, party:ua, party:eu"),
        "{e}"
    );

    let o = run(&["export", "--view", "everything"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("use claims, matrix, article"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn writes_a_file_and_never_overwrites_without_force() {
    let d = tempfile::tempdir().unwrap();
    let path = d.path().join("us.md");
    let p = path.to_str().unwrap();
    let args = [
        "export", "--view", "party:us", "--format", "markdown", "-o", p,
    ];
    let o = run(&args);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).is_empty());
    let written = fs::read_to_string(&path).unwrap();
    let n = written.lines().count();
    assert_eq!(stderr(&o), format!("wrote {n} lines to {p}\n"));
    assert!(written.starts_with("# Trump Says"));

    // Again, without --force: refused, the file untouched.
    fs::write(&path, "old contents\n").unwrap();
    let o = run(&args);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(e.contains("already exists") && e.contains("--force"), "{e}");
    // Nobody asks a question on the command line.
    assert!(!e.contains("answer"), "{e}");
    assert_eq!(fs::read_to_string(&path).unwrap(), "old contents\n");

    // With --force: replaced.
    let mut forced = args.to_vec();
    forced.push("--force");
    let o = run(&forced);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(fs::read_to_string(&path).unwrap(), written);
    assert_eq!(entries(d.path()), vec!["us.md"], "no stray temporary file");
}

#[cfg(unix)]
#[test]
fn new_files_are_not_private() {
    use std::os::unix::fs::PermissionsExt;
    let d = tempfile::tempdir().unwrap();
    let path = d.path().join("out.json");
    let o = run(&["export", "-o", path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    // 0644 masked by the umask (022 here, and in most setups): readable by
    // others, unlike tempfile's 0600.
    assert_eq!(mode & 0o644, mode, "{mode:o}");
    assert_ne!(mode, 0o600, "{mode:o}");
}

#[test]
fn bad_targets_are_clear_errors_and_leave_nothing_behind() {
    let d = tempfile::tempdir().unwrap();
    let plain = d.path().join("plain");
    fs::write(&plain, "keep me\n").unwrap();
    let cases = [
        (d.path().join("missing").join("out.txt"), "does not exist"),
        (plain.join("out.txt"), "is not a directory"),
        (d.path().to_path_buf(), "is a directory"),
    ];
    for (target, words) in &cases {
        for force in [false, true] {
            let mut args = vec!["export", "-o", target.to_str().unwrap()];
            if force {
                args.push("--force");
            }
            let o = run(&args);
            assert_eq!(o.status.code(), Some(1), "{target:?}");
            let e = stderr(&o);
            assert!(e.contains(words), "{target:?}: {e}");
            assert!(e.contains(target.to_str().unwrap()), "names the path: {e}");
        }
    }
    assert_eq!(fs::read_to_string(&plain).unwrap(), "keep me\n");
    assert_eq!(entries(d.path()), vec!["plain"]);
}

/// A write that fails half way (the file size limit, which holds even for
/// root) leaves the old file as it was and no temporary file.
#[cfg(target_os = "linux")]
#[test]
fn failed_write_leaves_the_old_file_intact() {
    let d = tempfile::tempdir().unwrap();
    let path = d.path().join("doc.json");
    fs::write(&path, "old contents\n").unwrap();
    // `trap '' XFSZ`: the exceeded limit is an error (EFBIG), not a signal
    // that kills the process; the limit is one 512-byte block or 1 KiB,
    // less than the export.
    let o = Command::new("sh")
        .arg("-c")
        .arg("trap '' XFSZ; ulimit -f 1 && exec \"$0\" export -o \"$1\" --force")
        .arg(BIN)
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let e = stderr(&o);
    assert!(e.contains("too large") && e.contains("ulimit"), "{e}");
    assert_eq!(fs::read_to_string(&path).unwrap(), "old contents\n");
    assert_eq!(
        entries(d.path()),
        vec!["doc.json"],
        "no stray temporary file"
    );
}

#[test]
fn force_needs_an_output_file() {
    let o = run(&["export", "--force"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--output"), "{}", stderr(&o));
}

/// A copy of the bundled annotation and article in a fresh directory, the
/// annotation edited by `edit`; the annotation's path.
fn bundled_copy(dir: &Path, edit: impl Fn(String) -> String) -> std::path::PathBuf {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let name = "trump-cabinet-2025-02-26";
    fs::copy(
        data.join(format!("{name}.txt")),
        dir.join(format!("{name}.txt")),
    )
    .unwrap();
    let yaml = fs::read_to_string(data.join(format!("{name}.yaml"))).unwrap();
    let path = dir.join(format!("{name}.yaml"));
    fs::write(&path, edit(yaml)).unwrap();
    path
}

/// One target written two ways ("Ukraine joins NATO" and "ukraine joins
/// NATO"), FAVOR and AGAINST from two parties: the reader and `export --view
/// matrix` both show the conflict. (Before: the export listed it and the
/// reader showed no `!`.)
#[test]
fn reader_and_export_agree_on_a_conflict_written_two_ways() {
    let dir = tempfile::tempdir().unwrap();
    // The second "Ukraine joins NATO" (Ukraine's FAVOR) spelled differently.
    let path = bundled_copy(dir.path(), |y| {
        let at = y.rfind("target: Ukraine joins NATO").unwrap();
        format!(
            "{}target: \"ukraine joins  NATO\"{}",
            &y[..at],
            &y[at + "target: Ukraine joins NATO".len()..]
        )
    });
    let o = run(&[
        "export",
        path.to_str().unwrap(),
        "--view",
        "matrix",
        "--format",
        "text",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    let conflicts = &text[text.find("\nConflicts\n").expect("a conflicts list")..];
    assert!(conflicts.contains("Ukraine joins NATO"), "{conflicts}");
    assert!(
        conflicts.contains("FAVOR    Ukraine (ua-nato-role)"),
        "{conflicts}"
    );
    // The reader: the United States' claim is marked as a conflict.
    let doc = loader::load_path(&path).unwrap();
    let s = standpoint::app::State::new(doc, 120, 40);
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).unwrap();
    t.draw(|f| standpoint::view::draw(f, &s, &standpoint::view::Theme::MONO))
        .unwrap();
    let screen: String = t
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    assert!(
        screen.contains("AGAINST !   Rules out NATO membership"),
        "{screen}"
    );
}

/// A file with one bad quote: opening it and exporting it print each
/// problem once. (Before: opening printed every diagnostic twice.)
#[test]
fn a_bad_quote_is_reported_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = bundled_copy(dir.path(), |y| {
        y.replace(
            "Russian leader Vladimir Putin would",
            "Russian leader Vladimir Putout would",
        )
    });
    let p = path.to_str().unwrap();
    let article = path.with_extension("txt");
    for args in [vec![p], vec!["export", p], vec![article.to_str().unwrap()]] {
        let o = run(&args);
        assert!(!o.status.success());
        let e = stderr(&o);
        assert_eq!(
            e.matches("the quote is not in the article").count(),
            1,
            "{args:?}:\n{e}"
        );
        assert_eq!(
            e.matches("help: the closest passage").count(),
            1,
            "{args:?}:\n{e}"
        );
        assert!(e.starts_with("standpoint: "), "{e}");
    }
}

/// An empty annotation beside an article (as `standpoint draft a.txt >
/// a.yaml` leaves it while drafting) is not read as the profile; an empty
/// annotation given by name is one error, said once.
#[test]
fn an_empty_annotation_beside_the_article_is_no_profile() {
    let dir = tempfile::tempdir().unwrap();
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let article = dir.path().join("a.txt");
    fs::copy(data.join("trump-cabinet-2025-02-26.txt"), &article).unwrap();
    fs::write(dir.path().join("a.yaml"), "").unwrap();
    let o = run(&["draft", article.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("claims:"), "{}", stdout(&o));
    let o = run(&["export", dir.path().join("a.yaml").to_str().unwrap()]);
    let e = stderr(&o);
    assert!(!o.status.success());
    assert_eq!(e.matches("is empty").count(), 1, "{e}");
    assert_eq!(e.matches("help:").count(), 1, "{e}");
}

/// `check` counts the drafts left to review instead of calling a document
/// with reviewed claims "(draft)".
#[test]
fn check_counts_the_drafts_to_review() {
    let dir = tempfile::tempdir().unwrap();
    // Two claims drafted, the rest reviewed.
    let path = bundled_copy(dir.path(), |y| {
        y.replacen(
            "    mode: reported\n",
            "    mode: reported\n    status: draft\n",
            2,
        )
    });
    let o = run(&["check", path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("13 claims anchored, 2 drafts to review"),
        "{out}"
    );
    assert!(!out.contains("(draft)"), "{out}");
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/trump-cabinet-2025-02-26.yaml");
    let o = run(&["check", data.to_str().unwrap()]);
    let out = stdout(&o);
    assert!(out.trim_end().ends_with("13 claims anchored"), "{out}");
}
