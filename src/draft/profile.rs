//! Drafting profiles: the `topics` and `parties` sections of the annotation
//! format, and the matchers built from them (party aliases, topic keywords).

use std::path::Path;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::loader::{self, LoadError};
use crate::model::{Party, Topic};

/// The bundled default profile (the first article's subject).
pub const DEFAULT_PROFILE: &str = include_str!("../../data/profiles/default.yaml");
pub const DEFAULT_PROFILE_NAME: &str = "data/profiles/default.yaml";

/// The subject knowledge drafting uses: who the parties are and what the
/// topics are about. Nothing about any subject is in the code.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    pub topics: Vec<Topic>,
    pub parties: Vec<Party>,
    /// Where it came from, for messages and the draft's header comment.
    pub name: String,
}

impl Profile {
    /// The bundled default profile.
    pub fn bundled() -> Result<Profile, LoadError> {
        Profile::from_source(DEFAULT_PROFILE, DEFAULT_PROFILE_NAME)
    }

    /// A profile from YAML source (a profile or a whole annotation, whose
    /// `topics` and `parties` are used).
    pub fn from_source(src: &str, name: &str) -> Result<Profile, LoadError> {
        let (topics, parties) = loader::load_profile_source(src, name)?;
        Ok(Profile {
            topics,
            parties,
            name: name.to_string(),
        })
    }

    /// A profile from a file.
    pub fn from_path(path: &Path) -> Result<Profile, LoadError> {
        let src = crate::files::read_text(path, loader::MAX_ANNOTATION_BYTES, "profile")
            .map_err(LoadError::File)?;
        Profile::from_source(&src, &path.display().to_string())
    }
}

/// True when the char before `start` and the char at `end` are not word
/// characters.
fn bounded(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// A keyword hit: bytes and topic index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub topic: usize,
}

/// Matchers built once per draft from a profile.
pub struct Matchers {
    /// Last words of multi-word personal aliases ("Putin" from "Vladimir
    /// Putin"), lowercase, with the full alias: these name people.
    pub surnames: std::collections::HashMap<String, String>,
    alias_ac: Option<AhoCorasick>,
    alias_party: Vec<usize>,
    kw_ac: Option<AhoCorasick>,
    kw_topic: Vec<usize>,
}

impl Matchers {
    pub fn new(profile: &Profile) -> Matchers {
        let mut alias_pats: Vec<String> = Vec::new();
        let mut alias_party = Vec::new();
        for (pi, p) in profile.parties.iter().enumerate() {
            let mut add = |s: &str| {
                let s = s.trim();
                if s.is_empty() {
                    return;
                }
                let mut variants = vec![s.to_string()];
                if let Some(rest) = s.strip_prefix("the ").or_else(|| s.strip_prefix("The ")) {
                    if !rest.trim().is_empty() {
                        variants.push(rest.trim().to_string());
                    }
                }
                let mut chars = s.chars();
                if let Some(f) = chars.next() {
                    if f.is_lowercase() {
                        variants.push(f.to_uppercase().chain(chars).collect());
                    }
                }
                for v in variants {
                    if !alias_pats.contains(&v) {
                        alias_pats.push(v);
                        alias_party.push(pi);
                    }
                }
            };
            add(&p.name);
            for a in &p.aliases {
                add(a);
            }
        }
        let alias_ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&alias_pats)
            .ok();
        // "Vladimir Putin": every word capitalised, no article, and not an
        // institution ("White House", "European Union").
        let mut surnames = std::collections::HashMap::new();
        for p in &profile.parties {
            for a in &p.aliases {
                let words: Vec<&str> = a.split_whitespace().collect();
                let personal = words.len() >= 2
                    && words.iter().all(|w| {
                        w.chars().next().is_some_and(char::is_uppercase)
                            || [
                                "von", "van", "der", "den", "de", "da", "di", "du", "la", "le",
                                "bin", "al",
                            ]
                            .contains(w)
                    })
                    && words
                        .first()
                        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
                    && !words.iter().any(|w| {
                        let l = w.to_lowercase();
                        l == "the"
                            || crate::draft::lexicon::INSTITUTION_WORDS.contains(&l.as_str())
                            || crate::draft::lexicon::TITLE_WORDS.contains(&l.as_str())
                    });
                if let (true, Some(last)) = (personal, words.last()) {
                    surnames
                        .entry(last.to_lowercase())
                        .or_insert_with(|| words.join(" "));
                }
            }
        }
        let mut kw_pats: Vec<String> = Vec::new();
        let mut kw_topic = Vec::new();
        for (ti, t) in profile.topics.iter().enumerate() {
            for k in &t.keywords {
                let k = k.trim().to_string();
                if !k.is_empty() && !kw_pats.contains(&k) {
                    kw_pats.push(k);
                    kw_topic.push(ti);
                }
            }
        }
        let kw_ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(&kw_pats)
            .ok();
        Matchers {
            surnames,
            alias_ac,
            alias_party,
            kw_ac,
            kw_topic,
        }
    }

    /// Party alias matches in `s` (whole words): (start, end, party).
    pub fn aliases_in(&self, s: &str) -> Vec<(usize, usize, usize)> {
        let Some(ac) = &self.alias_ac else {
            return Vec::new();
        };
        ac.find_iter(s)
            .filter(|m| {
                let (a, b) = (m.start(), m.end());
                // Possessive "Russia’s" is fine: the apostrophe is not a
                // word character.
                bounded(s, a, b)
            })
            .filter_map(|m| {
                self.alias_party
                    .get(m.pattern().as_usize())
                    .map(|&p| (m.start(), m.end(), p))
            })
            .collect()
    }

    /// All keyword hits in `text`, in order. A keyword matches as a whole
    /// word, case-insensitively (ASCII), also with a plural ending -s/-es.
    pub fn keyword_hits(&self, text: &str) -> Vec<Hit> {
        let Some(ac) = &self.kw_ac else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for m in ac.find_iter(text) {
            let (a, mut b) = (m.start(), m.end());
            if !text.is_char_boundary(a) || !text.is_char_boundary(b) {
                continue;
            }
            let rest = &text[b..];
            if !bounded(text, a, b) {
                let plural = ["es", "s"]
                    .iter()
                    .find(|suf| rest.starts_with(*suf) && bounded(text, a, b + suf.len()));
                match plural {
                    Some(suf) => b += suf.len(),
                    None => continue,
                }
            }
            if let Some(&t) = self.kw_topic.get(m.pattern().as_usize()) {
                out.push(Hit {
                    start: a,
                    end: b,
                    topic: t,
                });
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_profile_loads_and_matches() {
        let p = Profile::bundled().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(p.parties.len(), 4);
        assert_eq!(p.topics.len(), 3);
        let m = Matchers::new(&p);
        let s = "Russian Foreign Minister Sergey Lavrov";
        let parties: Vec<&str> = m
            .aliases_in(s)
            .iter()
            .map(|&(_, _, i)| p.parties[i].id.as_str())
            .collect();
        assert_eq!(parties, vec!["ru", "ru"]);
        // "US" is case-sensitive: the pronoun "us" is no alias.
        assert!(m.aliases_in("told us").is_empty());
        let hits = m.keyword_hits("security guarantees and NATO memberships; nato-led; lands");
        let words: Vec<&str> = hits
            .iter()
            .map(|h| &"security guarantees and NATO memberships; nato-led; lands"[h.start..h.end])
            .collect();
        assert_eq!(
            words,
            vec![
                "security guarantees",
                "NATO",
                "memberships",
                "nato",
                "lands"
            ]
        );
    }

    #[test]
    fn a_profile_is_validated_like_an_annotation() {
        let e = Profile::from_source("topics:\n  - {id: a, label: A}\nparties: []\n", "p.yaml");
        assert!(e.is_err());
        let e = Profile::from_source("topics:\n  - {id: a, lable: A}\n", "p.yaml")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(e.contains("did you mean `label`"), "{e}");
        let ok = Profile::from_source(
            "title: x\ntopics:\n  - {id: a, label: A, keywords: [k]}\nparties:\n  - {id: p, name: P}\nclaims: []\n",
            "ann.yaml",
        );
        assert!(ok.is_ok());
    }
}
