//! Scores drafted panels against hand annotations.
//!
//! A drafted claim matches when its party and topic agree with an annotated
//! claim's and the spans overlap. precision = matched drafted claims /
//! drafted claims; recall = annotated claims matched by at least one
//! drafted claim / annotated claims. Run with `--nocapture` to see figures.

use std::path::Path;

use standpoint::draft::{self, Profile};
use standpoint::loader;
use standpoint::model::{Claim, Document};

struct Score {
    precision: f64,
    recall: f64,
    drafted: usize,
    gold: usize,
}

fn key<'a>(d: &'a Document, c: &Claim) -> (&'a str, &'a str) {
    (
        d.parties.get(c.party).map_or("", |p| p.id.as_str()),
        d.topics.get(c.topic).map_or("", |t| t.id.as_str()),
    )
}

fn score(name: &str, gold: &Document, drafted: &Document) -> Score {
    assert_eq!(
        gold.article.text(),
        drafted.article.text(),
        "{name}: same text"
    );
    let matches =
        |g: &Claim, d: &Claim| key(gold, g) == key(drafted, d) && g.span.overlaps(&d.span);
    let matched_drafted = drafted
        .claims
        .iter()
        .filter(|d| gold.claims.iter().any(|g| matches(g, d)))
        .count();
    let matched_gold = gold
        .claims
        .iter()
        .filter(|g| drafted.claims.iter().any(|d| matches(g, d)))
        .count();
    for d in &drafted.claims {
        if !gold.claims.iter().any(|g| matches(g, d)) {
            eprintln!(
                "  {name}: unmatched draft {} {:?}: {}",
                d.id,
                key(drafted, d),
                drafted.quote_text(d)
            );
        }
    }
    for g in &gold.claims {
        if !drafted.claims.iter().any(|d| matches(g, d)) {
            eprintln!("  {name}: missed {} {:?}", g.id, key(gold, g));
        }
    }
    let s = Score {
        precision: if drafted.claims.is_empty() {
            0.0
        } else {
            matched_drafted as f64 / drafted.claims.len() as f64
        },
        recall: if gold.claims.is_empty() {
            1.0
        } else {
            matched_gold as f64 / gold.claims.len() as f64
        },
        drafted: drafted.claims.len(),
        gold: gold.claims.len(),
    };
    eprintln!(
        "draft score {name}: precision {:.2} ({}/{} drafted claims match), recall {:.2} ({}/{} annotated claims found)",
        s.precision, matched_drafted, s.drafted, s.recall, matched_gold, s.gold
    );
    s
}

fn score_file(annotation: &str, profile: &Profile) -> Score {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(annotation);
    let gold = loader::load_path(&path).unwrap_or_else(|e| panic!("{e}"));
    let article = gold
        .article
        .path
        .clone()
        .unwrap_or_else(|| panic!("{annotation}: article path"));
    let text = std::fs::read_to_string(&article).unwrap_or_else(|e| panic!("{e}"));
    let drafted = draft::draft_document(&text, Some(&article), profile);
    assert!(drafted.draft);
    score(annotation, &gold, &drafted)
}

#[test]
fn bundled_article_meets_the_targets() {
    let gold = loader::bundled().unwrap_or_else(|e| panic!("{e}"));
    let profile = Profile::bundled().unwrap_or_else(|e| panic!("{e}"));
    let drafted = draft::draft_document(loader::BUNDLED_ARTICLE, None, &profile);
    let s = score("data/trump-cabinet-2025-02-26", &gold, &drafted);
    println!(
        "bundled article: precision {:.2}, recall {:.2}",
        s.precision, s.recall
    );
    assert!(s.recall >= 0.85, "recall {:.2} < 0.85", s.recall);
    assert!(s.precision >= 0.80, "precision {:.2} < 0.80", s.precision);
}

#[test]
fn same_subject_article_with_the_default_profile() {
    let profile = Profile::bundled().unwrap_or_else(|e| panic!("{e}"));
    let s = score_file(
        "tests/fixtures/draft/eu-guarantees-2025-03-04.yaml",
        &profile,
    );
    println!(
        "eu-guarantees: precision {:.2}, recall {:.2}",
        s.precision, s.recall
    );
    assert!(s.recall >= 0.6, "recall {:.2} < 0.6", s.recall);
    assert!(s.precision >= 0.6, "precision {:.2} < 0.6", s.precision);
}

#[test]
fn trade_dispute_article_with_its_own_profile() {
    let p =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/draft/ev-tariffs-profile.yaml");
    let profile = Profile::from_path(&p).unwrap_or_else(|e| panic!("{e}"));
    let s = score_file("tests/fixtures/draft/ev-tariffs-2024-10-30.yaml", &profile);
    println!(
        "ev-tariffs: precision {:.2}, recall {:.2}",
        s.precision, s.recall
    );
    assert!(s.recall >= 0.6, "recall {:.2} < 0.6", s.recall);
    assert!(s.precision >= 0.6, "precision {:.2} < 0.6", s.precision);
}

/// A text written after the rules (an election). At first sight it scored
/// precision 0.83, recall 0.73; it showed two general faults, since fixed
/// (a quotation inside a sentence belongs to the sentence's subject;
/// hyphenated roles such as "co-leader").
#[test]
fn held_out_election_article_with_its_own_profile() {
    let p =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/draft/de-election-profile.yaml");
    let profile = Profile::from_path(&p).unwrap_or_else(|e| panic!("{e}"));
    let s = score_file("tests/fixtures/draft/de-election-2025-02-24.yaml", &profile);
    println!(
        "de-election (held out): precision {:.2}, recall {:.2}",
        s.precision, s.recall
    );
    assert!(s.recall >= 0.5, "recall {:.2} < 0.5", s.recall);
    assert!(s.precision >= 0.6, "precision {:.2} < 0.6", s.precision);
}

/// A British-style text written after the rules (a pay dispute). Unseen it
/// scored precision 1.00, recall 0.85; the faults it showed were fixed
/// generally (see the annotation's header).
#[test]
fn uk_pay_dispute_article_with_its_own_profile() {
    let p =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/draft/uk-strikes-profile.yaml");
    let profile = Profile::from_path(&p).unwrap_or_else(|e| panic!("{e}"));
    let s = score_file("tests/fixtures/draft/uk-strikes-2025-07-14.yaml", &profile);
    println!(
        "uk-strikes: precision {:.2}, recall {:.2}",
        s.precision, s.recall
    );
    assert!(s.recall >= 0.6, "recall {:.2} < 0.6", s.recall);
    assert!(s.precision >= 0.6, "precision {:.2} < 0.6", s.precision);
}
