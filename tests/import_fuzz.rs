//! Replays the kept fuzz corpus of the import target
//! (`fuzz/corpus/import/*`, minimised with `cargo fuzz cmin` after two runs
//! of about 10 minutes)
//! through the check the fuzz target runs, plus a short randomised run of
//! tag soup on every `cargo test` (`STANDPOINT_DEEP_TESTS=1` runs more).

use std::fs;
use std::path::Path;

use proptest::prelude::*;
use standpoint::fuzz_checks::check_import;

/// The kept corpus: all of it with `STANDPOINT_DEEP_TESTS=1` (`.ci/run`; about
/// 2,000 inputs), otherwise the seeds, the inputs that once failed
/// (`regression-*`) and every 16th of the others.
#[test]
fn import_corpus() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/import");
    let deep = std::env::var_os("STANDPOINT_DEEP_TESTS").is_some_and(|v| v == "1");
    let mut paths: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    let mut n = 0;
    for (k, p) in paths.iter().enumerate() {
        let name = p.file_name().unwrap().to_string_lossy();
        let named = name.starts_with("seed-") || name.starts_with("regression-");
        if deep || named || k % 16 == 0 {
            check_import(&fs::read(p).unwrap());
            n += 1;
        }
    }
    assert!(n >= 10, "{n} inputs");
}

/// Pieces of broken HTML: unclosed and misnested tags, entities, scripts,
/// charsets, foreign content, newsboat headers.
fn tag_soup() -> impl Strategy<Value = Vec<u8>> {
    let pieces = prop_oneof![
        Just(b"<p>".to_vec()),
        Just(b"</p>".to_vec()),
        Just(b"<div class=\"ad-slot\">".to_vec()),
        Just(b"<b><i>".to_vec()),
        Just(b"</b>".to_vec()),
        Just(b"<table><td>".to_vec()),
        Just(b"<li>".to_vec()),
        Just(b"<br>".to_vec()),
        Just(b"<script>x='</p>'".to_vec()),
        Just(b"</script>".to_vec()),
        Just(b"<!--".to_vec()),
        Just(b"-->".to_vec()),
        Just(b"<svg><path/>".to_vec()),
        Just(b"<pre>  a\n b</pre>".to_vec()),
        Just(b"<p hidden>".to_vec()),
        Just(b"<meta charset=latin1>".to_vec()),
        Just(b"<html lang=\"en-GB\">".to_vec()),
        Just(b"<link rel=canonical href=\"https://e.org/a\">".to_vec()),
        Just(b"&#x1b;[31m&#0;&#xD800;&amp;&rdquo;&#x202E;".to_vec()),
        Just(b"\xff\xfe".to_vec()),
        Just(b"\xe9\x93\x94".to_vec()),
        Just(b"Feed: F\nTitle: T\n \n".to_vec()),
        Just(b"Links: \n[1]: https://x (link)\n".to_vec()),
        Just(
            "Zelensky said that NATO membership was “vital”. "
                .as_bytes()
                .to_vec()
        ),
        Just(b"Lavrov told reporters the talks had failed, ".to_vec()),
        "[a-z .]{0,40}".prop_map(|s| s.into_bytes()),
        prop::collection::vec(any::<u8>(), 0..8),
    ];
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

fn cases() -> u32 {
    if std::env::var_os("STANDPOINT_DEEP_TESTS").is_some_and(|v| v == "1") {
        600
    } else {
        64
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn import_random(data in tag_soup()) {
        check_import(&data);
    }

    #[test]
    fn import_random_page(data in tag_soup()) {
        let mut page = b"<!doctype html><html><body>".to_vec();
        page.extend(data);
        check_import(&page);
    }
}
