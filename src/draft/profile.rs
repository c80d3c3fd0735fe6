//! Drafting profiles: the `topics` and `parties` sections of the annotation
//! format, and the matchers built from them (party aliases, topic keywords).
//!
//! A topic may also declare `propositions`: what a stance is toward ("A
//! binding agreement governs the dam"), each a string or a map with `text`,
//! `keywords` (words that choose it among the topic's propositions) and
//! `opposite` (words that, in a claim, mean its opposite: "postpone" for
//! "Kessaria fills the dam on its own schedule"). The loader accepts the
//! field; it is read here.

use std::path::Path;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

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
    /// The propositions of each topic (same order as `topics`; may be
    /// empty).
    pub propositions: Vec<Vec<Proposition>>,
    /// Where it came from, for messages and the draft's header comment.
    pub name: String,
}

/// A proposition a topic declares: what stances are toward.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Proposition {
    pub text: String,
    /// Words that choose this proposition among its topic's.
    pub keywords: Vec<String>,
    /// Words that, in a claim, mean the proposition's opposite.
    pub opposite: Vec<String>,
}

impl Proposition {
    /// The polarity words of this proposition for the stance rules: its
    /// opposites (lowercase phrases) and the word it negates ("… without
    /// government inspection" -> "inspection").
    pub fn polarity(&self) -> crate::draft::stance::Polarity {
        let words: Vec<String> = self
            .text
            .split(|ch: char| !(ch.is_alphanumeric() || ch == '\'' || ch == '-'))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        let antonyms = crate::draft::lexicon::ANTONYMS
            .iter()
            .filter(|(w, _)| words.iter().any(|x| crate::draft::stance::stem(x) == *w))
            .flat_map(|(_, ps)| ps.iter().map(|p| p.to_string()));
        let opposite = self
            .opposite
            .iter()
            .cloned()
            .chain(antonyms)
            .map(|o| o.split_whitespace().map(str::to_lowercase).collect())
            .filter(|v: &Vec<String>| !v.is_empty())
            .collect();
        let mut negated = Vec::new();
        // ("no more than 200 missiles" is a limit, nothing excluded.)
        let limit = |i: usize| {
            matches!(
                words.get(i + 1).map(String::as_str),
                Some("more" | "fewer" | "less")
            ) && words.get(i + 2).is_some_and(|w| w == "than")
        };
        if let Some(i) = words
            .iter()
            .position(|w| matches!(w.as_str(), "without" | "no" | "not" | "never"))
            .filter(|&i| !limit(i))
        {
            let tail: Vec<&String> = words[i + 1..]
                .iter()
                .take_while(|w| !matches!(w.as_str(), "in" | "on" | "at" | "for" | "of" | "to"))
                .collect();
            if let Some(last) = tail.last() {
                negated.push(crate::draft::stance::stem(last).to_string());
            }
        }
        let own = words.iter().filter(|w| w.len() >= 4).cloned().collect();
        let figure = words.iter().find_map(|w| w.parse::<f64>().ok());
        crate::draft::stance::Polarity {
            opposite,
            negated,
            own,
            figure,
            topic: Vec::new(),
        }
    }
}

#[derive(serde::Deserialize)]
struct PropSource {
    #[serde(default)]
    topics: Vec<TopicSource>,
}

#[derive(serde::Deserialize)]
struct TopicSource {
    #[serde(default)]
    propositions: Option<serde_json::Value>,
}

fn prop_error(name: &str, reason: String) -> LoadError {
    LoadError::File(crate::files::FileError::new(
        name,
        reason,
        "a topic's `propositions` is a list of strings, or of maps with `text` and \
         optional `keywords` and `opposite` (lists of strings); see FORMAT.md",
    ))
}

fn string_list(v: Option<&serde_json::Value>, what: &str) -> Result<Vec<String>, String> {
    match v {
        None | Some(serde_json::Value::Null) => Ok(Vec::new()),
        Some(serde_json::Value::Array(items)) => items
            .iter()
            .map(|x| {
                x.as_str()
                    .map(|s| crate::sanitize::sanitize(s).trim().to_string())
                    .ok_or_else(|| format!("`{what}` must list strings"))
            })
            .collect(),
        Some(_) => Err(format!("`{what}` must be a list of strings")),
    }
}

fn proposition(v: &serde_json::Value) -> Result<Proposition, String> {
    match v {
        serde_json::Value::String(s) => Ok(Proposition {
            text: crate::sanitize::sanitize(s).trim().to_string(),
            ..Proposition::default()
        }),
        serde_json::Value::Object(m) => {
            if let Some(k) = m
                .keys()
                .find(|k| !matches!(k.as_str(), "text" | "keywords" | "opposite"))
            {
                return Err(format!(
                    "unknown field `{k}` in a proposition (it has: text, keywords, opposite)"
                ));
            }
            let text = m
                .get("text")
                .and_then(|t| t.as_str())
                .ok_or("a proposition needs a `text` (a string)")?;
            Ok(Proposition {
                text: crate::sanitize::sanitize(text).trim().to_string(),
                keywords: string_list(m.get("keywords"), "keywords")?,
                opposite: string_list(m.get("opposite"), "opposite")?,
            })
        }
        _ => Err("a proposition is a string or a map with `text`".to_string()),
    }
}

/// The propositions of each topic in a profile's source.
fn propositions(src: &str, name: &str, topics: usize) -> Result<Vec<Vec<Proposition>>, LoadError> {
    if !src.contains("propositions") {
        return Ok(vec![Vec::new(); topics]);
    }
    let parsed: PropSource =
        serde_saphyr::from_str(src).map_err(|e| prop_error(name, format!("{e}")))?;
    let mut out = Vec::with_capacity(topics);
    for (i, t) in parsed.topics.iter().enumerate().take(topics) {
        let list = match &t.propositions {
            None | Some(serde_json::Value::Null) => Vec::new(),
            Some(serde_json::Value::Array(items)) => items
                .iter()
                .enumerate()
                .map(|(k, v)| {
                    proposition(v)
                        .and_then(|p| {
                            if p.text.is_empty() {
                                Err("a proposition's text is empty".to_string())
                            } else {
                                Ok(p)
                            }
                        })
                        .map_err(|e| {
                            prop_error(name, format!("topic {}: proposition {}: {e}", i + 1, k + 1))
                        })
                })
                .collect::<Result<Vec<_>, _>>()?,
            Some(_) => {
                return Err(prop_error(
                    name,
                    format!("topic {}: `propositions` must be a list", i + 1),
                ))
            }
        };
        out.push(list);
    }
    out.resize(topics, Vec::new());
    Ok(out)
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
        let propositions = propositions(src, name, topics.len())?;
        Ok(Profile {
            topics,
            parties,
            propositions,
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

/// Parties from a profile's names and aliases.
pub struct ProfileParties<'a> {
    m: &'a Matchers,
}

impl<'a> ProfileParties<'a> {
    pub fn new(m: &'a Matchers) -> ProfileParties<'a> {
        ProfileParties { m }
    }
}

impl crate::draft::speakers::PartyFinder for ProfileParties<'_> {
    fn names_a_party(&self, s: &str) -> bool {
        self.m
            .aliases_in(s)
            .first()
            .is_some_and(|&(a, z, _)| a == 0 && z == s.len())
    }

    fn mentions(&mut self, s: &str) -> Vec<(usize, usize, usize)> {
        let found = self.m.aliases_in(s);
        if !found.is_empty() {
            return found;
        }
        // A transcript's label in capitals ("ELIN LEHTONEN-ABARA") names
        // the alias written "Elin Lehtonen-Abara".
        match title_case(s) {
            Some(t) => self.m.aliases_in(&t),
            None => found,
        }
    }

    fn full_name(&self, surname: &str) -> Option<String> {
        self.m.surnames.get(surname).cloned()
    }

    fn own_party(&mut self, _name: &str, _person: bool) -> Option<usize> {
        None
    }

    fn by_head(&self, head: &str) -> Option<usize> {
        self.m.heads.get(head).copied().flatten()
    }
}

/// `s` in title case ("LEHTONEN-ABARA" -> "Lehtonen-Abara"), if it is
/// written in capitals (four letters or more, none lowercase) and its
/// title case has the same bytes at the same places.
pub fn title_case(s: &str) -> Option<String> {
    if !crate::draft::text::in_capitals(s) {
        return None;
    }
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic();
    }
    (out.len() == s.len()).then_some(out)
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
    /// The last word of each party's name of two words or more
    /// (lowercase), with the party if no other name ends in it.
    heads: std::collections::HashMap<String, Option<usize>>,
    /// Aliases with capitals, matched as written ("US" is not "us").
    alias_ac: Option<AhoCorasick>,
    alias_party: Vec<usize>,
    /// All-lowercase aliases ("union federation"), matched in any case.
    alias_ci_ac: Option<AhoCorasick>,
    alias_ci_party: Vec<usize>,
    kw_ac: Option<AhoCorasick>,
    kw_topic: Vec<usize>,
    /// Each topic's words (label and keywords, lowercase stems): a noun of
    /// restriction among them is the topic itself ("Tuition cap").
    pub topic_words: Vec<Vec<String>>,
}

impl Matchers {
    pub fn new(profile: &Profile) -> Matchers {
        let mut pats: [(Vec<String>, Vec<usize>); 2] = Default::default();
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
                for v in variants {
                    let (list, owners) = &mut pats[usize::from(!v.chars().any(char::is_uppercase))];
                    if !list.contains(&v) {
                        list.push(v);
                        owners.push(pi);
                    }
                }
            };
            add(&p.name);
            for a in &p.aliases {
                add(a);
            }
        }
        let [(alias_pats, alias_party), (ci_pats, alias_ci_party)] = pats;
        let build = |pats: &[String], ci: bool| {
            // A contiguous NFA: quick to build for every draft, quick to
            // run over the speakers' words.
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .kind(Some(AhoCorasickKind::ContiguousNFA))
                .ascii_case_insensitive(ci)
                .build(pats)
                .ok()
        };
        let alias_ac = build(&alias_pats, false);
        let alias_ci_ac = build(&ci_pats, true);
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
                            || crate::draft::lexicon::is_institution_word(&l)
                            || crate::draft::lexicon::is_title_word(&l)
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
        // The topics' keywords, then their propositions' opposites
        // ("private capital" for "The fund pays out grants"): they mark
        // the topic too. (A proposition's keywords only choose among the
        // topic's propositions: "European" is no topic.)
        let own = profile
            .topics
            .iter()
            .enumerate()
            .flat_map(|(ti, t)| t.keywords.iter().map(move |k| (ti, k)));
        let of_props = profile
            .propositions
            .iter()
            .enumerate()
            .flat_map(|(ti, ps)| ps.iter().flat_map(|p| &p.opposite).map(move |k| (ti, k)));
        for (ti, k) in own.chain(of_props) {
            let k = k.trim().to_string();
            if !k.is_empty() && !kw_pats.iter().any(|p| p.eq_ignore_ascii_case(&k)) {
                kw_pats.push(k);
                kw_topic.push(ti);
            }
        }
        let kw_ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .ascii_case_insensitive(true)
            .build(&kw_pats)
            .ok();
        // "Hoteliers' Association" is "the association" when no other
        // party's name ends in that word.
        let mut heads: std::collections::HashMap<String, Option<usize>> =
            std::collections::HashMap::new();
        for (pi, p) in profile.parties.iter().enumerate() {
            let words: Vec<&str> = p.name.split_whitespace().collect();
            if let (true, Some(last)) = (words.len() >= 2, words.last()) {
                heads
                    .entry(last.to_lowercase())
                    .and_modify(|e| *e = None)
                    .or_insert(Some(pi));
            }
        }
        let topic_words = profile
            .topics
            .iter()
            .map(|t| {
                std::iter::once(&t.label)
                    .chain(&t.keywords)
                    .flat_map(|k| k.split(|ch: char| !ch.is_alphanumeric()))
                    .filter(|w| !w.is_empty())
                    .map(|w| crate::draft::stance::stem(&w.to_lowercase()).into_owned())
                    .collect()
            })
            .collect();
        Matchers {
            topic_words,
            surnames,
            heads,
            alias_ac,
            alias_party,
            alias_ci_ac,
            alias_ci_party,
            kw_ac,
            kw_topic,
        }
    }

    /// Party alias matches in `s` (whole words): (start, end, party).
    pub fn aliases_in(&self, s: &str) -> Vec<(usize, usize, usize)> {
        // Possessive "Russia’s" is fine: the apostrophe is not a word
        // character.
        let mut all =
            crate::draft::text::word_matches(self.alias_ac.as_ref(), s, &self.alias_party);
        all.extend(crate::draft::text::word_matches(
            self.alias_ci_ac.as_ref(),
            s,
            &self.alias_ci_party,
        ));
        // Leftmost, then longest; no overlaps.
        all.sort_by_key(|&(a, b, _)| (a, std::cmp::Reverse(b)));
        let mut out: Vec<(usize, usize, usize)> = Vec::with_capacity(all.len());
        for m in all {
            if out.last().is_none_or(|l| m.0 >= l.1) {
                out.push(m);
            }
        }
        out
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
            if !crate::draft::text::bounded(text, a, b) {
                let plural = ["es", "s"].iter().find(|suf| {
                    rest.starts_with(*suf) && crate::draft::text::bounded(text, a, b + suf.len())
                });
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
    fn a_propositions_opposites_mark_its_topic() {
        let p = Profile::from_source(
            "topics:\n  - id: grants\n    label: Grants\n    keywords: [grants]\n    propositions:\n      - text: The fund pays out grants\n        keywords: [European]\n        opposite: [private capital, Grants]\n  - {id: goal, label: Goal, keywords: [goal]}\nparties:\n  - {id: p, name: P}\n",
            "p.yaml",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let m = Matchers::new(&p);
        let s = "a European fund that drew on private capital; the goal; grants";
        let hits: Vec<(&str, usize)> = m
            .keyword_hits(s)
            .iter()
            .map(|h| (&s[h.start..h.end], h.topic))
            .collect();
        // The proposition's keyword chooses among propositions only; an
        // opposite the topic lists already is counted once.
        assert_eq!(
            hits,
            vec![("private capital", 0), ("goal", 1), ("grants", 0)]
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

    /// Capitals only (four letters or more) turn to title case, byte for
    /// byte; anything with a lowercase letter, or too short, does not.
    #[test]
    fn title_case_of_capitals() {
        assert_eq!(
            title_case("ELIN LEHTONEN-ABARA").as_deref(),
            Some("Elin Lehtonen-Abara")
        );
        assert_eq!(title_case("O'BRIEN").as_deref(), Some("O'Brien"));
        assert_eq!(title_case("SØLVBERG").as_deref(), Some("Sølvberg"));
        assert_eq!(title_case("Maren Holt"), None);
        assert_eq!(title_case("EU"), None);
        assert_eq!(title_case("NATO"), Some("Nato".to_string()));
    }
}
