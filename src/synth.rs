//! Synthetic documents for benchmarks and stress tests: an article of a given
//! size (long paragraphs, some non-ASCII) and an annotation with a given
//! number of claims whose quotes each occur exactly once.

/// A small deterministic generator (xorshift), so runs are repeatable.
pub struct Rng(pub u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// A text of fewer than `max` of `pieces`, drawn at random (its length
    /// drawn first, so a length of 0 still moves the generator on).
    pub fn text_of(&mut self, pieces: &[&str], max: usize) -> String {
        let len = self.below(max);
        (0..len).map(|_| pieces[self.below(pieces.len())]).collect()
    }
}

const WORDS: &[&str] = &[
    "the",
    "talks",
    "ceasefire",
    "minister",
    "said",
    "would",
    "not",
    "agree",
    "to",
    "a",
    "deal",
    "on",
    "territory",
    "security",
    "guarantees",
    "alliance",
    "membership",
    "negotiations",
    "front",
    "line",
    "regions",
    "president",
    "envoy",
    "proposal",
    "Kyiv",
    "Moscow",
    "Washington",
    "Brussels",
    "européenne",
    "déclaration",
    "Zaporizhzhia",
    "reiterated",
    "rejected",
    "demanded",
    "urged",
    "“firm”",
    "‘limits’",
    "—",
    "über",
    "Київ",
    "переговори",
    "和平",
    "谈判",
    "sanctions",
    "trade",
    "routes",
    "Arctic",
];

/// A generated document: the article text and its annotation (YAML) which
/// refers to the article as `article_name`.
pub struct Synthetic {
    pub article: String,
    pub yaml: String,
}

impl Synthetic {
    /// The generated document loaded, its article read from memory.
    pub fn load(self) -> Result<crate::model::Document, crate::loader::LoadError> {
        crate::loader::load_source(
            &self.yaml,
            "synth.yaml",
            &crate::loader::MemArticles(self.article),
        )
    }
}

/// Generate an article of about `bytes` bytes and an annotation with
/// `claims` claims (at most one per sentence).
pub fn generate(bytes: usize, claims: usize, article_name: &str) -> Synthetic {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut article = String::with_capacity(bytes + 1024);
    // Sentences: (start, end) byte offsets of the unique part of each.
    let mut sentences: Vec<(usize, usize)> = Vec::new();
    let mut n = 0usize;
    while article.len() < bytes {
        // A paragraph of 5 to 40 sentences, on one long line.
        let len = 5 + rng.below(36);
        for _ in 0..len {
            let start = article.len();
            article.push_str(&format!("Statement {n} says "));
            n += 1;
            for _ in 0..(8 + rng.below(20)) {
                article.push_str(WORDS[rng.below(WORDS.len())]);
                article.push(' ');
            }
            let end = article.len() - 1;
            article.pop();
            article.push_str(". ");
            sentences.push((start, end));
        }
        article.pop();
        article.push('\n');
    }
    let mut yaml = String::with_capacity(claims * 300 + 1024);
    yaml.push_str(&format!(
        "title: Synthetic article of {bytes} bytes with {claims} claims\ndate: 2025-01-01\narticle: {article_name}\n"
    ));
    yaml.push_str("topics:\n  - {id: nato, label: NATO}\n  - {id: territory, label: Territory}\n  - {id: guarantees, label: Security guarantees}\n");
    yaml.push_str("parties:\n  - {id: us, name: United States, color: blue}\n  - {id: ru, name: Russia, color: red}\n  - {id: ua, name: Ukraine, color: yellow}\n  - {id: eu, name: Europe, color: cyan}\n");
    yaml.push_str("claims:\n");
    let parties = ["us", "ru", "ua", "eu"];
    let topics = ["nato", "territory", "guarantees"];
    let stances = ["favor", "against", "conditional", "neutral", "unclear"];
    let step = (sentences.len() / claims.max(1)).max(1);
    for (i, &(s, e)) in sentences.iter().step_by(step).take(claims).enumerate() {
        // Quote: the sentence's unique head plus a few words.
        let text = &article[s..e];
        let cut = text
            .char_indices()
            .filter(|&(_, c)| c == ' ')
            .nth(6)
            .map_or(text.len(), |(k, _)| k);
        let quote = text[..cut].replace('\\', "\\\\").replace('"', "\\\"");
        yaml.push_str(&format!(
            "  - id: c{i}\n    party: {}\n    speaker: Speaker {}\n    topic: {}\n    stance: {}\n    target: Proposition {}\n    summary: Synthetic claim number {i}.\n    mode: reported\n    quote: \"{quote}\"\n",
            parties[i % 4],
            i % 17,
            topics[i % 3],
            stances[i % 5],
            i % 7,
        ));
    }
    Synthetic { article, yaml }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::loader::{load_source, MemArticles};

    #[test]
    fn generated_documents_load() {
        let s = generate(100_000, 100, "a.txt");
        assert!(s.article.len() >= 100_000);
        let d = load_source(&s.yaml, "synth.yaml", &MemArticles(s.article))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(d.claims.len(), 100);
    }
}
