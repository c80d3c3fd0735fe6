//! Replays the kept fuzz corpus (`fuzz/corpus/TARGET/*`, including any
//! inputs that once failed) through the same checks the fuzz targets run,
//! plus a short randomised run of each on every `cargo test`.

use std::fs;
use std::path::Path;

use proptest::prelude::*;
use standpoint::fuzz_checks::{check_anchor, check_draft, check_loader, check_sanitize};

fn replay(target: &str, check: fn(&[u8])) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut n = 0;
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            check(&fs::read(&path).unwrap());
            n += 1;
        }
    }
    n
}

#[test]
fn loader_corpus() {
    assert!(replay("loader", check_loader) >= 2);
}

#[test]
fn sanitize_corpus() {
    assert!(replay("sanitize", check_sanitize) >= 1);
}

#[test]
fn draft_corpus() {
    assert!(replay("draft", check_draft) >= 2);
}

#[test]
fn anchor_corpus() {
    assert!(replay("anchor", check_anchor) >= 1);
}

/// Bytes biased toward what breaks text handling: controls, quotes, bidi,
/// combining marks, CJK, and YAML punctuation.
fn tricky_bytes() -> impl Strategy<Value = Vec<u8>> {
    let pieces = prop_oneof![
        Just(b"\x1b[31m".to_vec()),
        Just(b"\r\n".to_vec()),
        Just(b"\t".to_vec()),
        Just("\u{202E}".as_bytes().to_vec()),
        Just("\u{200B}".as_bytes().to_vec()),
        Just("e\u{301}".as_bytes().to_vec()),
        Just("“’”".as_bytes().to_vec()),
        Just("和平".as_bytes().to_vec()),
        Just(b"\xff".to_vec()),
        Just(b": - [ ] { } & * ! | > ' \"".to_vec()),
        Just(b"\n  ".to_vec()),
        prop::collection::vec(any::<u8>(), 0..8),
        "[a-z ]{0,12}".prop_map(|s| s.into_bytes()),
    ];
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    // A quick run by default; full depth with STANDPOINT_DEEP_TESTS=1 (CI).
    #![proptest_config(ProptestConfig {
        cases: standpoint::testing::cases(100, 300),
        ..ProptestConfig::default()
    })]

    #[test]
    fn sanitize_random(data in tricky_bytes()) {
        check_sanitize(&data);
    }

    #[test]
    fn anchor_random(data in tricky_bytes()) {
        check_anchor(&data);
    }

    #[test]
    fn loader_random(data in tricky_bytes()) {
        check_loader(&data);
    }

    #[test]
    fn draft_random(data in tricky_bytes()) {
        check_draft(&data);
    }
}
