//! Hostile annotation files: each gets a clear error, never a panic or a
//! hang (the budgets make these fail in milliseconds).

use std::fs;
use std::path::Path;

use standpoint::loader::{self, LoadError};

fn load_yaml(yaml: &str) -> Result<standpoint::model::Document, LoadError> {
    loader::load_source(yaml, "hostile.yaml", &loader::BundledArticles)
}

fn err_text(r: Result<standpoint::model::Document, LoadError>) -> String {
    match r {
        Ok(_) => panic!("expected an error"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn alias_fan_out_is_refused() {
    // One anchored 6,000-item list and 6,000 aliases to it (~30 KB).
    let mut y = String::from(
        "title: t\ndate: 2025-01-01\nbody: x\ntopics: []\nparties: []\nclaims: []\nbomb: &a [",
    );
    y.push_str(&vec!["x"; 6000].join(","));
    y.push_str("]\nrefs:\n");
    for _ in 0..6000 {
        y.push_str("  - *a\n");
    }
    let e = err_text(load_yaml(&y));
    assert!(e.contains("invalid YAML"), "{e}");
    assert!(
        e.contains("aliases") || e.contains("nested too deeply"),
        "{e}"
    );
}

#[test]
fn billion_laughs_is_refused() {
    let mut y = String::from("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..10 {
        let prev = format!("*a{}", i - 1);
        y.push_str(&format!("a{i}: &a{i} [{}]\n", vec![prev; 9].join(", ")));
    }
    let e = err_text(load_yaml(&y));
    assert!(e.contains("invalid YAML"), "{e}");
}

#[test]
fn deep_nesting_is_refused() {
    let flow = format!("title: {}{}", "[".repeat(100_000), "]".repeat(100_000));
    let e = err_text(load_yaml(&flow));
    assert!(e.contains("invalid YAML"), "{e}");
    let mut block = String::new();
    for i in 0..2_000 {
        block.push_str(&" ".repeat(i));
        block.push_str("- \n");
    }
    let e = err_text(load_yaml(&block));
    assert!(
        e.contains("invalid YAML") || e.contains("must be a mapping"),
        "{e}"
    );
}

#[test]
fn duplicate_keys_and_several_documents() {
    let e = err_text(load_yaml("title: a\ntitle: b\n"));
    assert!(e.contains("duplicate"), "{e}");
    assert!(e.contains("hostile.yaml:2:1"), "{e}");
    let e = err_text(load_yaml("title: a\n---\ntitle: b\n"));
    assert!(e.contains("one YAML document"), "{e}");
}

#[test]
fn wrong_shapes_are_described() {
    let e = err_text(load_yaml("- just\n- a list\n"));
    assert!(
        e.contains("the document must be a mapping of fields, found a list"),
        "{e}"
    );
    let e = err_text(load_yaml(
        "title: t\ndate: 2025-01-01\nbody: b\ntopics: nato\nparties: {a: b}\nclaims: 3\n",
    ));
    assert!(e.contains("`topics` must be a list, found a string"), "{e}");
    assert!(
        e.contains("`parties` must be a list, found a mapping"),
        "{e}"
    );
    assert!(e.contains("`claims` must be a list, found a number"), "{e}");
}

fn check_file(path: &Path) -> String {
    match loader::load_path(path) {
        Ok(_) => panic!("expected an error for {}", path.display()),
        Err(e) => e.to_string(),
    }
}

#[test]
fn a_200_mb_file_is_refused_by_size_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("huge.yaml");
    let f = fs::File::create(&p).unwrap();
    f.set_len(200 << 20).unwrap(); // sparse: nothing is written
    let e = check_file(&p);
    assert!(
        e.contains("is too large (200 MB; the limit is 64 MB)"),
        "{e}"
    );
}

#[test]
fn binary_empty_directory_and_special_files() {
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("bin.yaml");
    fs::write(&bin, [0x7f, b'E', b'L', b'F', 0, 0, 0xff, 0xfe, 0, 1]).unwrap();
    let e = check_file(&bin);
    assert!(
        e.contains("not UTF-8 text; it looks like a binary file"),
        "{e}"
    );

    let empty = dir.path().join("empty.yaml");
    fs::write(&empty, "").unwrap();
    assert!(check_file(&empty).contains("the annotation file is empty"));

    assert!(check_file(dir.path()).contains("is a directory"));

    // A FIFO would block a naive reader forever.
    let fifo = dir.path().join("fifo.yaml");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if made.is_ok_and(|s| s.success()) {
        assert!(check_file(&fifo).contains("not a regular file"));
    }
    assert!(check_file(Path::new("/dev/zero")).contains("not a regular file"));
}

#[test]
fn control_characters_in_yaml_strings_are_neutralised() {
    let y = "title: \"Evil \\e]0;pwned\\a title \\u202Eevil\"\ndate: 2025-01-01\nbody: \"Text \\e[31mred\\e[0m here.\"\ntopics: [{id: t, label: T}]\nparties: [{id: p, name: P}]\nclaims:\n  - {id: c, party: p, speaker: S, topic: t, stance: favor, target: X, summary: s, mode: direct, quote: \"\\e[31mred\"}\n";
    let d = load_yaml(y).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        standpoint::sanitize::is_terminal_safe(&d.title),
        "{:?}",
        d.title
    );
    assert_eq!(d.title, "Evil \u{241B}]0;pwned\u{2407} title evil");
    assert!(standpoint::sanitize::is_terminal_safe(d.article.text()));
    // The quote still anchors after sanitising.
    assert_eq!(d.quote_text(&d.claims[0]), "\u{241B}[31mred");
}

#[test]
fn a_hostile_claim_is_kept_as_a_problem_and_the_rest_opens() {
    let extra = "  - id: evil\n    party: us\n    speaker: \"\\e]0;pwned\\a\"\n    topic: nato\n    stance: favor\n    target: \"\\u202Eevil\"\n    summary: s\n    mode: direct\n    quote: \"\\e[31m not in the article\"\n";
    let y = loader::BUNDLED_YAML.replacen("claims:\n", &format!("claims:\n{extra}"), 1);
    assert!(load_yaml(&y).is_err());
    let (doc, problems) = loader::load_lenient(&y, "hostile.yaml", &loader::BundledArticles)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(doc.claims.len(), 13);
    assert_eq!(problems.len(), 1);
    let p = &problems[0];
    assert_eq!(p.id.as_deref(), Some("evil"));
    assert_eq!(p.message(), "the quote is not in the article");
    for (k, v) in &p.fields {
        assert!(standpoint::sanitize::is_terminal_safe(k), "{k:?}");
        assert!(standpoint::sanitize::is_terminal_safe(v), "{v:?}");
    }
    assert!(p
        .fields
        .iter()
        .any(|(k, v)| k == "speaker" && v == "\u{241B}]0;pwned\u{2407}"));
}

#[test]
fn line_breaks_of_other_yaml_versions_and_controls_inside_claims() {
    // Raw characters that some YAML versions read as line breaks, or that
    // YAML forbids: never a panic, never a control on screen.
    for raw in [
        "\u{85}", "\u{2028}", "\u{2029}", "\u{feff}", "\u{7f}", "\u{9b}", "\r",
    ] {
        let y = loader::BUNDLED_YAML.replacen(
            "    summary: Washington would support",
            &format!("    summary: Washington{raw} would support"),
            1,
        );
        for r in [
            load_yaml(&y).map(|d| (d, Vec::new())),
            loader::load_lenient(&y, "hostile.yaml", &loader::BundledArticles),
        ] {
            match r {
                Ok((d, _)) => {
                    for c in &d.claims {
                        assert!(
                            standpoint::sanitize::is_terminal_safe(&c.summary),
                            "{raw:?}"
                        );
                    }
                }
                Err(e) => assert!(!e.to_string().contains("panicked"), "{e}"),
            }
        }
    }
}
