//! Replays the kept fuzz corpus (`fuzz/corpus/TARGET/*`, including any
//! inputs that once failed) through the same checks the fuzz targets run,
//! plus a short randomised run of each on every `cargo test`.

use std::fs;
use std::path::Path;

use proptest::prelude::*;
use standpoint::anchor::{AnchorError, Anchorer, Selector};
use standpoint::fuzz_checks::{
    check_anchor, check_anchor_with, check_draft, check_loader, check_sanitize, Resolve,
};
use standpoint::model::Span;

/// The inputs kept for a fuzz target.
fn corpus(target: &str) -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut inputs = Vec::new();
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            inputs.push(fs::read(&path).unwrap());
        }
    }
    inputs
}

fn replay(target: &str, check: fn(&[u8])) -> usize {
    let inputs = corpus(target);
    for data in &inputs {
        check(data);
    }
    inputs.len()
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

/// An anchor fuzz input: the quote, 0xFF, the article.
fn anchor_input(quote: &str, article: &str) -> Vec<u8> {
    [quote.as_bytes(), &[0xFF], article.as_bytes()].concat()
}

/// Inputs where the quote is in the article (once, twice, with its
/// whitespace and quotation marks changed), and where it is not.
fn anchor_cases() -> Vec<Vec<u8>> {
    [
        ("said no", "Kyiv said no. Later, Moscow said no."),
        ("Moscow said", "Kyiv said no. Later, Moscow said no."),
        ("\"We'll go\"  now", "He said “We’ll go”\n now."),
        ("membership", "the prospect of membership"),
        ("aa", "aaaa"),
        ("absent words", "the prospect of membership"),
        ("  ", "anything"),
    ]
    .iter()
    .map(|(q, a)| anchor_input(q, a))
    .collect()
}

/// Inputs of `cases` on which `resolve` fails the anchor check.
fn failing(cases: &[Vec<u8>], resolve: &Resolve) -> usize {
    cases
        .iter()
        .filter(|data| {
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                check_anchor_with(data, resolve)
            }))
            .is_err()
        })
        .count()
}

#[test]
fn the_anchor_check_fails_broken_anchorers() {
    let mut cases = anchor_cases();
    cases.extend(corpus("anchor"));
    let real = |a: &str, s: &Selector<'_>| Anchorer::new(a).resolve(s);
    assert_eq!(
        failing(&cases, &real),
        0,
        "the real anchorer fails the check"
    );
    // What the check let through before: an anchorer that finds nothing.
    let finds_nothing = |_: &str, _: &Selector<'_>| Err(AnchorError::NotFound { suggestion: None });
    // Exact bytes only: misses curly quotes and changed whitespace.
    let unfolded = |a: &str, s: &Selector<'_>| {
        let q = s.exact.trim();
        match a.match_indices(q).map(|(i, _)| i).collect::<Vec<_>>()[..] {
            _ if q.is_empty() => Err(AnchorError::Empty),
            [] => Err(AnchorError::NotFound { suggestion: None }),
            [i] => Ok(Span {
                start: i,
                end: i + q.len(),
            }),
            ref many => Err(AnchorError::Ambiguous {
                occurrences: many
                    .iter()
                    .map(|&i| Span {
                        start: i,
                        end: i + q.len(),
                    })
                    .collect(),
                count: many.len(),
            }),
        }
    };
    // The first of several places, as if it were the only one.
    let first_place = |a: &str, s: &Selector<'_>| match Anchorer::new(a).resolve(s) {
        Err(AnchorError::Ambiguous { occurrences, .. }) => Ok(occurrences[0]),
        r => r,
    };
    // One byte short at the end.
    let short = |a: &str, s: &Selector<'_>| {
        Anchorer::new(a).resolve(s).map(|sp| Span {
            start: sp.start,
            end: sp.end - 1,
        })
    };
    // Counting places that do not overlap ("aa" in "aaaa": 2, not 3).
    let disjoint = |a: &str, s: &Selector<'_>| match Anchorer::new(a).resolve(s) {
        Err(AnchorError::Ambiguous { occurrences, .. }) => {
            let mut kept: Vec<Span> = Vec::new();
            for o in occurrences {
                if kept.last().is_none_or(|k| k.end <= o.start) {
                    kept.push(o);
                }
            }
            Err(AnchorError::Ambiguous {
                count: kept.len(),
                occurrences: kept,
            })
        }
        r => r,
    };
    for (name, broken) in [
        ("finds nothing", &finds_nothing as &Resolve),
        ("unfolded", &unfolded),
        ("first place", &first_place),
        ("one byte short", &short),
        ("disjoint", &disjoint),
    ] {
        assert!(
            failing(&cases, broken) > 0,
            "the check passes a broken anchorer: {name}"
        );
    }
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

    /// A quote taken from the article, sometimes with its quotation marks
    /// straightened and its whitespace changed (as a person copies it).
    #[test]
    fn anchor_quotes_from_the_article(
        text in tricky_bytes(),
        from in 0.0..1.0f64,
        len in 0usize..60,
        copy in 0u8..3,
    ) {
        let article = String::from_utf8_lossy(&text).into_owned();
        let mut start = (article.len() as f64 * from) as usize;
        while !article.is_char_boundary(start) {
            start -= 1;
        }
        let quote: String = article[start..].chars().take(len).collect();
        let quote = match copy {
            0 => quote,
            1 => quote.replace(['“', '”'], "\"").replace('’', "'"),
            _ => quote.split_whitespace().collect::<Vec<_>>().join("\n  "),
        };
        check_anchor(&anchor_input(&quote, &article));
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
