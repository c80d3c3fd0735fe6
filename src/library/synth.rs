//! A generated library for benchmarks and manual scale runs: `n` short
//! articles with annotations over two years, in one folder per month, with
//! invented parties and topics whose stances drift (so timelines have
//! changes and conflicts). One document in a hundred has no annotation and
//! one in five hundred has a quote that is not in its article (an error).
//!
//! `cargo run --release --example library_synth -- N DIR`

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::draft::meta::civil_from_days;
use crate::synth::Rng;

pub const PARTIES: [(&str, &str); 12] = [
    ("aldan", "Aldan"),
    ("borvia", "Borvia"),
    ("cesk", "Cesk Republic"),
    ("dura", "Dura Federation"),
    ("elmar", "Elmar"),
    ("fen", "Fen League"),
    ("gost", "Gostland"),
    ("harl", "Harl"),
    ("ister", "Ister Union"),
    ("jorn", "Jorn"),
    ("kell", "Kell Islands"),
    ("lund", "Lundmark"),
];

pub const TOPICS: [(&str, &str); 8] = [
    ("water", "Water"),
    ("border", "Border"),
    ("trade", "Trade"),
    ("energy", "Energy"),
    ("fishing", "Fishing rights"),
    ("monitors", "Monitoring"),
    ("refugees", "Refugees"),
    ("sanctions", "Sanctions"),
];

const WORDS: &[&str] = &[
    "delegation",
    "talks",
    "minister",
    "said",
    "would",
    "not",
    "accept",
    "a",
    "deal",
    "on",
    "the",
    "river",
    "quota",
    "crossing",
    "tariff",
    "pipeline",
    "harbour",
    "monitors",
    "envoy",
    "proposal",
    "summit",
    "negotiators",
    "reiterated",
    "rejected",
    "demanded",
    "urged",
    "ceasefire",
    "corridor",
    "observers",
    "agreement",
    "référendum",
    "Grenzübergang",
    "“firm”",
    "‘limits’",
    "—",
    "fleet",
    "quotas",
    "sanctions",
    "visa",
    "refugee",
    "camps",
];

/// The five targets of topic `t`.
pub fn target(t: usize, k: usize) -> String {
    let (_, label) = TOPICS[t % TOPICS.len()];
    format!("{label} proposal number {}", k % 5 + 1)
}

/// One generated document: its article, and its annotation (`None` for
/// an article left without one).
pub struct SynthDoc {
    pub stem: PathBuf,
    pub article: String,
    pub yaml: Option<String>,
}

/// Document `i` of a library of `n`.
pub fn document(i: usize, n: usize) -> SynthDoc {
    let mut rng = Rng(0x2545_F491_4F6C_DD1D ^ (i as u64 + 1).wrapping_mul(0x9E37_79B9));
    // Dates over two years from 2023-01-01 (day 19358 since 1970).
    let day = 19_358 + (i * 730 / n.max(1)) as i64;
    let (y, m, d) = civil_from_days(day);
    let date = format!("{y:04}-{m:02}-{d:02}");
    let stem = PathBuf::from(format!("{y:04}-{m:02}")).join(format!("doc-{i:05}"));
    let mut article = format!("Generated report {i} on the regional talks\n\n");
    let mut heads = Vec::new();
    for k in 0..34 {
        let start = article.len();
        let _ = write!(article, "Statement {i}-{k} says ");
        for _ in 0..(12 + rng.below(10)) {
            article.push_str(WORDS[rng.below(WORDS.len())]);
            article.push(' ');
        }
        article.pop();
        article.push_str(". ");
        heads.push(start);
        if k % 6 == 5 {
            article.pop();
            article.push_str("\n\n");
        }
    }
    article.push('\n');
    if i % 100 == 99 {
        return SynthDoc {
            stem,
            article,
            yaml: None,
        };
    }
    let mut yaml = format!(
        "title: Generated report {i} on the regional talks\ndate: {date}\nsource:\n  outlet: Generated (invented parties)\narticle: doc-{i:05}.txt\ntopics:\n"
    );
    for (id, label) in TOPICS {
        let _ = writeln!(yaml, "  - {{id: {id}, label: {label}}}");
    }
    yaml.push_str("parties:\n");
    for (id, name) in PARTIES {
        let _ = writeln!(yaml, "  - {{id: {id}, name: {name}}}");
    }
    yaml.push_str("claims:\n");
    let quarter = i * 8 / n.max(1);
    for (c, &start) in heads.iter().enumerate().take(20) {
        let p = rng.below(PARTIES.len());
        let t = rng.below(TOPICS.len());
        let k = rng.below(5);
        // A party's stance on a target drifts from quarter to quarter.
        let base = (p * 7 + t * 3 + k + quarter / (1 + (p + k) % 3)) % 4;
        let stance = ["favor", "against", "conditional", "neutral"][base];
        let text = &article[start..];
        let cut = text
            .char_indices()
            .filter(|&(_, ch)| ch == ' ')
            .nth(6)
            .map_or(text.len(), |(j, _)| j);
        let mut quote = text[..cut].replace('\\', "\\\\").replace('"', "\\\"");
        if i % 500 == 250 && c == 0 {
            quote = "words that are not in the article".into();
        }
        let _ = write!(
            yaml,
            "  - id: c{c}\n    party: {}\n    speaker: Speaker {}\n    topic: {}\n    stance: {stance}\n    target: {}\n    summary: Generated claim {c} of report {i}.\n    mode: reported\n    quote: \"{quote}\"\n",
            PARTIES[p].0,
            rng.below(40),
            TOPICS[t].0,
            target(t, k),
        );
        if c % 10 == 9 {
            yaml.push_str("    status: draft\n");
        }
    }
    SynthDoc {
        stem,
        article,
        yaml: Some(yaml),
    }
}

/// Write a library of `n` documents under `dir`; the number of bytes of
/// articles written.
pub fn write_library(dir: &Path, n: usize) -> std::io::Result<usize> {
    let mut bytes = 0;
    for i in 0..n {
        let d = document(i, n);
        let base = dir.join(&d.stem);
        if let Some(parent) = base.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(base.with_extension("txt"), &d.article)?;
        bytes += d.article.len();
        if let Some(y) = &d.yaml {
            std::fs::write(base.with_extension("yaml"), y)?;
        }
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_documents_load_except_the_broken_ones() {
        for i in [0, 1, 250, 777] {
            let d = document(i, 1000);
            let Some(y) = d.yaml else { continue };
            let r =
                crate::loader::load_source(&y, "g.yaml", &crate::loader::MemArticles(d.article));
            match r {
                Ok(doc) => {
                    assert_ne!(i, 250);
                    assert_eq!(doc.claims.len(), 20);
                }
                Err(e) => assert_eq!(i, 250, "{e}"),
            }
        }
        assert!(document(99, 1000).yaml.is_none());
    }
}
