//! Drafting never panics, and every drafted span is inside the text, on
//! char boundaries, and anchors when written out and loaded back.
//!
//! Cheap by default (a few dozen cases each); `STANDPOINT_DEEP_TESTS=1`
//! runs a thousand cases each and a larger article.

use std::path::PathBuf;
use std::sync::OnceLock;

use proptest::prelude::*;
use standpoint::draft::{self, Profile};
use standpoint::loader::{self, ArticleSource, FileProblem};
use standpoint::model::Document;

/// Whether the deep runs are asked for.
fn deep() -> bool {
    std::env::var_os("STANDPOINT_DEEP_TESTS").is_some_and(|v| v != "0")
}

fn cases() -> u32 {
    if deep() {
        1000
    } else {
        32
    }
}

fn profile() -> &'static Profile {
    static P: OnceLock<Profile> = OnceLock::new();
    P.get_or_init(|| Profile::bundled().unwrap_or_else(|e| panic!("{e}")))
}

fn check_spans(text: &str, doc: &Document) {
    let t = doc.article.text();
    for c in &doc.claims {
        assert!(c.span.start < c.span.end, "{c:?}");
        assert!(c.span.end <= t.len(), "{c:?}");
        assert!(t.is_char_boundary(c.span.start) && t.is_char_boundary(c.span.end));
        assert_eq!(doc.quote_text(c), c.quote);
        assert!(!c.summary.contains('\n'));
    }
    // The article is the sanitised input.
    assert_eq!(t, standpoint::sanitize::sanitize(text));
}

struct Mem(String);

impl ArticleSource for Mem {
    fn read(&self, _rel: &str) -> Result<(String, Option<PathBuf>), FileProblem> {
        Ok((self.0.clone(), None))
    }
}

/// Words that trigger the rules: names, aliases, cues, pronouns, quotes,
/// abbreviations, keywords, punctuation.
const VOCAB: &[&str] = &[
    "Trump",
    "said",
    "told",
    "reporters",
    "that",
    "he",
    "she",
    "it",
    "they",
    "the",
    "Kremlin",
    "Moscow",
    "Kyiv",
    "Russian",
    "Foreign",
    "Minister",
    "Sergey",
    "Lavrov",
    "U.S.",
    "Mr.",
    "J.",
    "ruled",
    "out",
    "rejected",
    "dismissed",
    "called",
    "for",
    "adding",
    "saying",
    "according",
    "to",
    "NATO",
    "membership",
    "territory",
    "regions",
    "security",
    "guarantees",
    "troops",
    "would",
    "not",
    "only",
    "if",
    "unless",
    "“",
    "”",
    "\"",
    ",",
    ".",
    "?",
    "!",
    ";",
    ":",
    "\n",
    "\n\n",
    "—",
    "Ukrainian",
    "leader",
    "spokesman",
    "Dmitry",
    "Peskov",
    "while",
    "acknowledging",
    "and",
    "but",
    "who",
    "which",
    "was",
    "has",
    "demanded",
    "those",
    "demands",
    "the idea",
    "Zelenskyy",
    "President",
    "withdraw",
    "ceasefire",
    "’s",
    "'",
    "“We",
    "want",
    "peace,”",
    "February",
    "26,",
    "2025",
    "中文",
    "「引用」",
    "é",
    "\u{301}",
    "\u{200B}",
    "\t",
    // Round 8's shapes: interviews, live blogs, views held, evasions, a
    // proposition's fate.
    "\n\nQ:",
    "\n\nLavrov:",
    "\n\nPeskov:",
    "\n\n09:40 —",
    "\n\n9.15am:",
    "view",
    "is",
    "In",
    "its",
    "reading",
    "Lavrov's",
    "declined",
    "say",
    "whether",
    "nobody",
    "nothing",
    "passes",
    "court",
    "Its",
    "statement",
];

fn vocab_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(VOCAB), 0..120).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), .. ProptestConfig::default() })]

    #[test]
    fn never_panics_on_arbitrary_strings(s in any::<String>()) {
        let doc = draft::draft_document(&s, None, profile());
        check_spans(&s, &doc);
    }

    #[test]
    fn never_panics_on_rule_heavy_text(s in vocab_text()) {
        let doc = draft::draft_document(&s, None, profile());
        check_spans(&s, &doc);
    }

    #[test]
    fn drafts_of_rule_heavy_text_load_back(s in vocab_text()) {
        let d = draft::draft(&s, None, profile());
        if s.trim().is_empty() {
            return Ok(());
        }
        let yaml = draft::to_yaml(&d, "a.txt");
        let loaded = loader::load_source(&yaml, "a.yaml", &Mem(s.clone()));
        match loaded {
            Ok(doc) => {
                prop_assert_eq!(doc.claims.len(), d.doc.claims.len());
                for (a, b) in doc.claims.iter().zip(&d.doc.claims) {
                    prop_assert_eq!(a.span, b.span);
                }
            }
            Err(e) => {
                // The only acceptable refusal: an article with no text left
                // after sanitising.
                let msg = e.to_string();
                prop_assert!(msg.contains("the article is empty"), "{}\n---\n{}", msg, yaml);
            }
        }
    }
}

#[test]
fn edge_cases_do_not_panic() {
    let long_line = "word ".repeat(1_000_000); // 5 MB, one line, no sentence end
    let said = "Trump said NATO would not expand. ".repeat(3000);
    let cases: Vec<String> = vec![
        String::new(),
        " \n\n\t ".to_string(),
        long_line,
        "\"".repeat(10_000),
        "“".repeat(5000) + &"”".repeat(5000),
        "“unbalanced quote said Trump about NATO".to_string(),
        "” closing first “ then opening".to_string(),
        "他说：“北约不会扩张。”普京表示反对。".repeat(100),
        "...!!!???".repeat(1000),
        "U.S. U.S. U.S. Mr. Mr. J. J.".to_string(),
        said,
        "\u{301}\u{301}“\u{301}”".to_string(),
    ];
    for text in &cases {
        let doc = draft::draft_document(text, None, profile());
        check_spans(text, &doc);
    }
}

#[test]
fn a_long_article_drafts() {
    let one = loader::BUNDLED_ARTICLE;
    let bytes = if deep() { 1 << 20 } else { 1 << 17 };
    // Copies made distinct (a mark in every sentence), so that quotes stay
    // unique through their context as in a real long text.
    let text = standpoint::draft::sample::normal(bytes);
    let n = bytes / one.len() + 1;
    let t = std::time::Instant::now();
    let doc = draft::draft_document(&text, None, profile());
    // Timings are printed, never asserted.
    println!(
        "drafted {} bytes: {} claims in {:?}",
        text.len(),
        doc.claims.len(),
        t.elapsed()
    );
    // Most passages repeat in every copy: they need a prefix or suffix.
    check_spans(&text, &doc);
    assert!(doc.claims.len() > 5 * n, "{} claims", doc.claims.len());
}

/// Text dense with quotations, every one repeated (paragraphs repeated and
/// numbered): each drafted claim anchors to its own passage when the
/// draft is loaded back (a prefix or suffix decides where a quote repeats).
#[test]
fn quote_dense_drafts_load_back_where_drafted() {
    let bytes = if deep() { 1 << 20 } else { 48 << 10 };
    let text = standpoint::draft::sample::quote_dense(bytes);
    let d = draft::draft(&text, None, profile());
    assert!(
        d.doc.claims.len() > bytes / 1000,
        "{} claims",
        d.doc.claims.len()
    );
    let yaml = draft::to_yaml(&d, "a.txt");
    let doc = loader::load_source(&yaml, "a.yaml", &Mem(text.clone()))
        .unwrap_or_else(|e| panic!("the draft does not load: {e}"));
    assert_eq!(doc.claims.len(), d.doc.claims.len());
    for (a, b) in doc.claims.iter().zip(&d.doc.claims) {
        assert_eq!(a.span, b.span, "{}", a.id);
    }
}
