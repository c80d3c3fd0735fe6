//! The bundled gazetteer: countries with their capitals and nationality
//! adjectives (from The World Factbook, via the factbook/factbook.json
//! repository, CC0 1.0), international organisations and other names of
//! countries news uses ("the Kremlin", "U.S."), compiled for standpoint.
//! See `data/gazetteer/`.

use std::collections::HashMap;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

const COUNTRIES: &str = include_str!("../../data/gazetteer/countries.tsv");
const ORGANISATIONS: &str = include_str!("../../data/gazetteer/organisations.tsv");

/// What an entry names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Country,
    Organisation,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub name: String,
    pub kind: Kind,
    pub aliases: Vec<String>,
}

pub struct Gazetteer {
    pub entries: Vec<Entry>,
    ac: Option<AhoCorasick>,
    /// Entry of each pattern.
    pattern_entry: Vec<usize>,
}

impl Gazetteer {
    fn parse() -> Gazetteer {
        let mut entries: Vec<Entry> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        for line in COUNTRIES.lines().chain(ORGANISATIONS.lines()) {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(kind), Some(name)) = (cols.next(), cols.next()) else {
                continue;
            };
            let aliases: Vec<String> = cols
                .next()
                .unwrap_or("")
                .split('|')
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .map(str::to_string)
                .collect();
            match kind {
                "also" => {
                    if let Some(&i) = index.get(name) {
                        entries[i].aliases.extend(aliases);
                    }
                }
                "country" | "org" => {
                    index.insert(name.to_string(), entries.len());
                    entries.push(Entry {
                        name: name.to_string(),
                        kind: if kind == "org" {
                            Kind::Organisation
                        } else {
                            Kind::Country
                        },
                        aliases,
                    });
                }
                _ => {}
            }
        }
        // Patterns: every name wins; an alias naming two entries
        // ("Korean", "Congolese") is dropped.
        let mut owner: HashMap<&str, Option<usize>> = HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            owner.insert(&e.name, Some(i));
        }
        for (i, e) in entries.iter().enumerate() {
            for a in &e.aliases {
                if index.contains_key(a.as_str()) {
                    continue; // the name of an entry wins
                }
                let slot = owner.entry(a.as_str()).or_insert(Some(i));
                if *slot != Some(i) {
                    *slot = None;
                }
            }
        }
        let mut pats: Vec<(&str, usize)> = owner
            .into_iter()
            .filter_map(|(p, e)| e.map(|e| (p, e)))
            .collect();
        pats.sort_unstable();
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(pats.iter().map(|p| p.0))
            .ok();
        Gazetteer {
            pattern_entry: pats.iter().map(|p| p.1).collect(),
            entries,
            ac,
        }
    }

    /// Entries named in `s` (whole words, case-sensitive): (start, end,
    /// entry), in order.
    pub fn find_in(&self, s: &str) -> Vec<(usize, usize, usize)> {
        super::text::word_matches(self.ac.as_ref(), s, &self.pattern_entry)
    }
}

/// The gazetteer, parsed on first use.
pub fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(Gazetteer::parse)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(s: &str) -> Vec<&'static str> {
        let g = gazetteer();
        g.find_in(s)
            .iter()
            .map(|&(_, _, e)| g.entries[e].name.as_str())
            .collect()
    }

    #[test]
    fn countries_demonyms_capitals_and_organisations() {
        assert!(gazetteer().entries.len() > 250);
        assert_eq!(names("Iranian officials in Tehran"), ["Iran", "Iran"]);
        assert_eq!(names("the Kremlin said"), ["Russia"]);
        assert_eq!(names("a U.S. official"), ["United States"]);
        assert_eq!(
            names("The United Nations and the IMF"),
            ["United Nations", "International Monetary Fund"]
        );
        assert_eq!(names("Turkish Foreign Minister"), ["Turkey"]);
        assert_eq!(names("the EU foreign policy chief"), ["European Union"]);
        // Ambiguous adjectives name no one; the pronoun "us" is no country.
        assert!(names("Korean officials told us").is_empty());
    }
}
