//! The library on the command line, through the real binary, with the
//! cache directory redirected (XDG_CACHE_HOME) to a temporary one:
//! `standpoint DIR`, `check DIR`, `export DIR --view ...`, `search`.

#[path = "support/isolated.rs"]
mod isolated;

use std::fs;
use std::path::Path;
use std::process::Output;

fn run(cache: &Path, args: &[&str]) -> Output {
    isolated::standpoint()
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("XDG_CACHE_HOME", cache)
        .output()
        .unwrap_or_else(|e| panic!("{e}"))
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn the_data_directory_is_a_library_with_its_index_in_the_cache() {
    let cache = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let o = run(cache.path(), &["data/"]);
    assert!(o.status.success(), "{}", err(&o));
    let s = out(&o);
    assert!(
        s.starts_with("Library data: 7 documents, 36 claims, 0 drafts to review, 0 errors"),
        "{s}"
    );
    assert!(
        s.contains("data/trump-cabinet-2025-02-26.yaml · 13 claims"),
        "{s}"
    );
    let made: Vec<_> = fs::read_dir(cache.path().join("standpoint"))
        .map(|d| d.flatten().map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert_eq!(made.len(), 1, "{made:?}");

    let o = run(cache.path(), &["check", "data/"]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(out(&o).ends_with("7 documents, 36 claims, 0 with errors, 0 identity warnings\n"));
    assert!(err(&o).is_empty(), "{}", err(&o));
}

#[test]
fn exports_and_search() {
    let cache = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let o = run(
        cache.path(),
        &[
            "export",
            "data/library",
            "--view",
            "timeline:valdoria:monitors",
            "--format",
            "csv",
        ],
    );
    assert!(o.status.success(), "{}", err(&o));
    let csv = out(&o);
    assert_eq!(csv.lines().count(), 3, "{csv}");
    assert!(csv
        .lines()
        .nth(2)
        .is_some_and(|l| l.contains(",favor,") && l.contains(",against,")));

    // A directory's default view is the library.
    let o = run(
        cache.path(),
        &["export", "data/library", "--format", "json"],
    );
    let v: serde_json::Value = serde_json::from_str(&out(&o)).unwrap_or_default();
    assert_eq!(v["view"], "library");
    assert_eq!(v["documents"].as_array().map(Vec::len), Some(6));

    let o = run(
        cache.path(),
        &["export", "data/library", "--view", "timeline:nobody:water"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("unknown party `nobody`"), "{}", err(&o));
    assert!(
        err(&o).contains("marren, ostrevia, tessaly, valdoria"),
        "{}",
        err(&o)
    );

    let o = run(cache.path(), &["search", "cranes", "data/"]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(
        out(&o).contains("data/library/lira-2025-03-18.yaml (quote, Tomas Brandt) at byte"),
        "{}",
        out(&o)
    );
    let o = run(cache.path(), &["search", "zzzz", "data/"]);
    assert!(out(&o).starts_with("No match"));

    // W3C Web Annotation is for one document's claims, not library views.
    let o = run(
        cache.path(),
        &["export", "data/", "--view", "timeline", "--format", "w3c"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err(&o).contains("W3C Web Annotation is written for one document's claims"),
        "{}",
        err(&o)
    );
}

#[test]
fn check_reports_broken_documents_and_names_that_differ() {
    let cache = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let lib = dir.path().join("lib");
    fs::create_dir_all(&lib).unwrap_or_else(|e| panic!("{e}"));
    for f in ["lira-2025-01-14", "lira-2025-02-20"] {
        for ext in ["txt", "yaml"] {
            let from =
                Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("data/library/{f}.{ext}"));
            fs::copy(from, lib.join(format!("{f}.{ext}"))).unwrap_or_else(|e| panic!("{e}"));
        }
    }
    let y = lib.join("lira-2025-02-20.yaml");
    let text = fs::read_to_string(&y).unwrap_or_default();
    fs::write(
        &y,
        text.replace("name: Ostrevia", "name: Kingdom of Ostrevia"),
    )
    .unwrap_or_default();
    let o = run(cache.path(), &["check", lib.to_str().unwrap_or_default()]);
    assert!(o.status.success(), "{}", err(&o));
    let e = err(&o);
    assert!(
        e.contains("warning: party `ostrevia` has different names"),
        "{e}"
    );
    assert!(e.contains("lib/lira-2025-01-14.yaml:28: Ostrevia"), "{e}");
    assert!(
        e.contains("lib/lira-2025-02-20.yaml:28: Kingdom of Ostrevia"),
        "{e}"
    );

    // A quote that is not in its article: an error, and the exit status says so.
    let text = fs::read_to_string(&y).unwrap_or_default();
    fs::write(&y, text.replace("tie our hands", "bind our hands")).unwrap_or_default();
    let o = run(cache.path(), &["check", lib.to_str().unwrap_or_default()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err(&o).contains("the quote is not in the article"),
        "{}",
        err(&o)
    );
    assert!(out(&o).contains("1 with errors"), "{}", out(&o));
}

#[test]
fn strict_check_of_a_library_fails_on_drafts() {
    let cache = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/library");
    let stem = "lira-2025-01-14";
    fs::copy(
        src.join(format!("{stem}.txt")),
        dir.path().join(format!("{stem}.txt")),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let yaml = fs::read_to_string(src.join(format!("{stem}.yaml"))).unwrap_or_default();
    let quote = "    quote: \"will never accept foreign monitors on Valdorian soil\"\n";
    assert!(yaml.contains(quote));
    fs::write(
        dir.path().join(format!("{stem}.yaml")),
        yaml.replace(quote, &format!("{quote}    status: draft\n")),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let d = dir.path().to_str().unwrap_or_default();
    let o = run(cache.path(), &["check", d]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(
        out(&o).contains("5 claims anchored, 1 draft to review"),
        "{}",
        out(&o)
    );
    let o = run(cache.path(), &["check", "--strict", d]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err(&o).contains("claim `va-monitors-rejected` is still a draft"),
        "{}",
        err(&o)
    );
}
