//! The stance index of a document: who takes which stance toward what,
//! built once per document from the model and rebuilt after an edit
//! ([`StanceIndex::rebuild`]). The reader's panel and matrix, the header and
//! every export read it, so a rule about stances lives here once:
//!
//! - the **target key** ([`target_key`]): targets are compared with one
//!   normalisation (case, runs of whitespace, curly or straight quote marks
//!   and apostrophes, dashes: the fold anchoring uses);
//! - the **conflict rule** ([`conflict`]): two positions conflict when
//!   they take opposite stances (favor against against) toward the same
//!   target and come from different parties.
//!
//! (It sits beside the model rather than inside it because it reuses the
//! anchoring fold, and anchoring itself builds on the model.)

use std::collections::HashMap;

use crate::anchor::Folded;
use crate::model::{Document, Stance};

/// The key under which targets are compared: folded like quotes are for
/// anchoring (whitespace runs, quote marks, dashes), trimmed and lower-cased.
pub fn target_key(target: &str) -> String {
    Folded::fold_quote(target).to_lowercase()
}

/// One party's stance toward one target (by target id of an index).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Position {
    pub target: usize,
    pub party: usize,
    pub stance: Stance,
}

/// THE conflict rule: the same target, favor against against, and two
/// different parties (a party stating both is not a conflict between
/// parties). Each side is (target, party, stance), whatever identifies a
/// target and a party where it is used: a target id and a party index in a
/// document ([`in_conflict`]), a target key and a party id across a library.
pub fn conflict<T: PartialEq, P: PartialEq>(a: (T, P, Stance), b: (T, P, Stance)) -> bool {
    a.0 == b.0
        && a.1 != b.1
        && matches!(
            (a.2, b.2),
            (Stance::Favor, Stance::Against) | (Stance::Against, Stance::Favor)
        )
}

/// [`conflict`] between two positions of one document.
pub fn in_conflict(a: Position, b: Position) -> bool {
    conflict((a.target, a.party, a.stance), (b.target, b.party, b.stance))
}

/// What one cell (party x topic) holds for one stance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StanceCount {
    pub stance: Stance,
    pub claims: usize,
    /// Some claim of this stance in the cell is in conflict.
    pub conflict: bool,
}

/// A target two or more parties take opposite stances toward.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConflictTarget {
    /// The target id.
    pub target: usize,
    /// The claims in conflict, by side, in article order.
    pub favor: Vec<usize>,
    pub against: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Target {
    key: String,
    /// The first claim (in article order) with this target: its text is how
    /// the target is written.
    first: usize,
    /// The distinct (party, stance) positions taken toward it.
    positions: Vec<Position>,
}

/// The index. Claim, party and topic numbers are indices into the
/// document's vectors.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StanceIndex {
    topics: usize,
    target_of: Vec<usize>,
    targets: Vec<Target>,
    /// Claims of each cell (`party * topics + topic`), in document order.
    cells: Vec<Vec<usize>>,
    /// Per cell, the stances present, in [`Stance::ALL`] order.
    cell_stances: Vec<Vec<StanceCount>>,
    article_order: Vec<usize>,
    conflicting: Vec<bool>,
    conflicts: Vec<ConflictTarget>,
    party_claims: Vec<usize>,
}

impl StanceIndex {
    /// Index `doc`: linear in the number of claims (and in the positions
    /// taken toward each target).
    pub fn new(doc: &Document) -> StanceIndex {
        let (np, nt) = (doc.parties.len(), doc.topics.len());
        let article_order = doc.claims_in_article_order();
        // Targets, numbered in article order of their first claim.
        let mut by_key: HashMap<String, usize> = HashMap::new();
        let mut targets: Vec<Target> = Vec::new();
        let mut target_of = vec![0; doc.claims.len()];
        for &i in &article_order {
            let c = &doc.claims[i];
            let key = target_key(&c.target);
            let t = *by_key.entry(key).or_insert_with_key(|k| {
                targets.push(Target {
                    key: k.clone(),
                    first: i,
                    positions: Vec::new(),
                });
                targets.len() - 1
            });
            target_of[i] = t;
            let p = Position {
                target: t,
                party: c.party,
                stance: c.stance,
            };
            if !targets[t].positions.contains(&p) {
                targets[t].positions.push(p);
            }
        }
        let position = |i: usize| Position {
            target: target_of[i],
            party: doc.claims[i].party,
            stance: doc.claims[i].stance,
        };
        let conflicting: Vec<bool> = (0..doc.claims.len())
            .map(|i| {
                let p = position(i);
                targets[p.target]
                    .positions
                    .iter()
                    .any(|&q| in_conflict(p, q))
            })
            .collect();
        // Conflicts by target, in article order.
        let mut conflict_at: HashMap<usize, usize> = HashMap::new();
        let mut conflicts: Vec<ConflictTarget> = Vec::new();
        for &i in article_order.iter().filter(|&&i| conflicting[i]) {
            let t = target_of[i];
            let at = *conflict_at.entry(t).or_insert_with(|| {
                conflicts.push(ConflictTarget {
                    target: t,
                    favor: Vec::new(),
                    against: Vec::new(),
                });
                conflicts.len() - 1
            });
            match doc.claims[i].stance {
                Stance::Favor => conflicts[at].favor.push(i),
                _ => conflicts[at].against.push(i),
            }
        }
        let mut cells = vec![Vec::new(); np * nt];
        let mut party_claims = vec![0; np];
        for (i, c) in doc.claims.iter().enumerate() {
            if c.party < np && c.topic < nt {
                cells[c.party * nt + c.topic].push(i);
                party_claims[c.party] += 1;
            }
        }
        let cell_stances = cells
            .iter()
            .map(|claims| {
                Stance::ALL
                    .into_iter()
                    .filter_map(|st| {
                        let of: Vec<usize> = claims
                            .iter()
                            .copied()
                            .filter(|&i| doc.claims[i].stance == st)
                            .collect();
                        (!of.is_empty()).then(|| StanceCount {
                            stance: st,
                            claims: of.len(),
                            conflict: of.iter().any(|&i| conflicting[i]),
                        })
                    })
                    .collect()
            })
            .collect();
        StanceIndex {
            topics: nt,
            target_of,
            targets,
            cells,
            cell_stances,
            article_order,
            conflicting,
            conflicts,
            party_claims,
        }
    }

    /// Index the document again (after an edit).
    pub fn rebuild(&mut self, doc: &Document) {
        *self = StanceIndex::new(doc);
    }

    /// Whether claim `i` is in conflict with another party's claim.
    pub fn conflicts(&self, i: usize) -> bool {
        self.conflicting.get(i).copied().unwrap_or(false)
    }

    /// Claim `i`'s position.
    pub fn position(&self, doc: &Document, i: usize) -> Option<Position> {
        let c = doc.claims.get(i)?;
        Some(Position {
            target: *self.target_of.get(i)?,
            party: c.party,
            stance: c.stance,
        })
    }

    /// The parties whose positions conflict with claim `i`, in the
    /// document's party order.
    pub fn opposed_by(&self, doc: &Document, i: usize) -> Vec<usize> {
        let Some(p) = self.position(doc, i) else {
            return Vec::new();
        };
        let mut out: Vec<usize> = self.targets[p.target]
            .positions
            .iter()
            .filter(|&&q| in_conflict(p, q))
            .map(|q| q.party)
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Claim `i`'s target id.
    pub fn target_of(&self, i: usize) -> Option<usize> {
        self.target_of.get(i).copied()
    }

    /// A target's normalised key.
    pub fn target_key(&self, target: usize) -> &str {
        self.targets.get(target).map_or("", |t| t.key.as_str())
    }

    /// A target as first written (in article order).
    pub fn target_text<'d>(&self, doc: &'d Document, target: usize) -> &'d str {
        self.targets
            .get(target)
            .and_then(|t| doc.claims.get(t.first))
            .map_or("", |c| c.target.as_str())
    }

    /// Where cell (party, topic) is kept, if it exists.
    fn cell_at(&self, party: usize, topic: usize) -> Option<usize> {
        (topic < self.topics).then(|| party * self.topics + topic)
    }

    /// The claims of a cell, in document order.
    pub fn cell(&self, party: usize, topic: usize) -> &[usize] {
        self.cell_at(party, topic)
            .and_then(|i| self.cells.get(i))
            .map_or(&[], Vec::as_slice)
    }

    /// The stances present in a cell, with counts and conflict marks.
    pub fn cell_stances(&self, party: usize, topic: usize) -> &[StanceCount] {
        self.cell_at(party, topic)
            .and_then(|i| self.cell_stances.get(i))
            .map_or(&[], Vec::as_slice)
    }

    /// Whether some claim of the cell is in conflict.
    pub fn cell_conflict(&self, party: usize, topic: usize) -> bool {
        self.cell_stances(party, topic).iter().any(|s| s.conflict)
    }

    /// Claims sorted by where their quotes start in the article.
    pub fn article_order(&self) -> &[usize] {
        &self.article_order
    }

    /// The targets in conflict, in the article order of their first
    /// conflicting claim.
    pub fn conflict_targets(&self) -> &[ConflictTarget] {
        &self.conflicts
    }

    /// How many claims party `p` states.
    pub fn party_claims(&self, p: usize) -> usize {
        self.party_claims.get(p).copied().unwrap_or(0)
    }

    /// How many parties state at least one claim.
    pub fn parties_with_claims(&self) -> usize {
        self.party_claims.iter().filter(|&&n| n > 0).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A document of claims (party, stance, target), one topic, each quote
    /// one character of the article in order.
    fn doc(claims: &[(usize, Stance, &str)]) -> Document {
        let text = "x".repeat(claims.len().max(1));
        let spans: Vec<_> = claims
            .iter()
            .enumerate()
            .map(|(i, &(p, st, target))| (i, i + 1, st, p, target))
            .collect();
        crate::model::test_document(&text, &spans)
    }

    #[test]
    fn target_keys_fold_case_whitespace_quotes_and_dashes() {
        for (a, b) in [
            ("Ukraine joins NATO", "ukraine joins  NATO"),
            ("Ukraine joins NATO", " Ukraine\njoins\tNATO "),
            ("Kyiv’s “red lines”", "kyiv's \"Red Lines\""),
            ("cease-fire — now", "cease‐fire – now"),
        ] {
            assert_eq!(target_key(a), target_key(b), "{a:?} vs {b:?}");
        }
        assert_ne!(
            target_key("Ukraine joins NATO"),
            target_key("Ukraine joins EU")
        );
    }

    #[test]
    fn opposite_stances_of_two_parties_on_one_target_conflict() {
        use Stance::*;
        let d = doc(&[
            (0, Favor, "Ukraine joins NATO"),
            (1, Against, "ukraine joins  NATO"),
            (2, Conditional, "Ukraine joins NATO"),
        ]);
        let ix = StanceIndex::new(&d);
        assert!(ix.conflicts(0) && ix.conflicts(1));
        assert!(!ix.conflicts(2), "conditional opposes nothing");
        assert_eq!(ix.opposed_by(&d, 0), vec![1]);
        assert_eq!(ix.opposed_by(&d, 1), vec![0]);
        assert_eq!(ix.conflict_targets().len(), 1);
        let c = &ix.conflict_targets()[0];
        assert_eq!(
            (c.favor.as_slice(), c.against.as_slice()),
            (&[0][..], &[1][..])
        );
        assert_eq!(ix.target_text(&d, c.target), "Ukraine joins NATO");
        assert!(ix.cell_conflict(0, 0) && !ix.cell_conflict(2, 0));
    }

    /// A party stating both stances toward one target contradicts itself:
    /// that is not a conflict between parties. (Fails if the rule forgets
    /// the different-party check.)
    #[test]
    fn a_party_holding_both_stances_is_not_a_conflict() {
        use Stance::*;
        let d = doc(&[(0, Favor, "Other"), (0, Against, "other")]);
        let ix = StanceIndex::new(&d);
        assert!(!ix.conflicts(0) && !ix.conflicts(1));
        assert!(ix.conflict_targets().is_empty());
        assert!(ix.opposed_by(&d, 0).is_empty());
        let p = |stance| Position {
            target: 0,
            party: 0,
            stance,
        };
        assert!(!in_conflict(p(Favor), p(Against)));
        // With a second party the same claims do conflict.
        let d = doc(&[
            (0, Favor, "Other"),
            (0, Against, "other"),
            (1, Against, "OTHER"),
        ]);
        let ix = StanceIndex::new(&d);
        assert_eq!(
            (ix.conflicts(0), ix.conflicts(1), ix.conflicts(2)),
            (true, false, true)
        );
        assert_eq!(ix.opposed_by(&d, 2), vec![0]);
    }

    /// Two topics: each (party, topic) cell holds its own claims and
    /// stances, a topic past the last has no cell, and a party that states
    /// nothing is not counted.
    #[test]
    fn each_party_and_topic_has_its_own_cell() {
        use Stance::*;
        let mut d = doc(&[
            (0, Favor, "a"),
            (0, Against, "b"),
            (1, Favor, "c"),
            (1, Neutral, "d"),
        ]);
        d.topics.push(crate::model::Topic {
            id: "u".into(),
            label: "U".into(),
            keywords: vec![],
        });
        d.claims[1].topic = 1;
        d.claims[3].topic = 1;
        let ix = StanceIndex::new(&d);
        assert_eq!(ix.cell(0, 0), &[0]);
        assert_eq!(ix.cell(0, 1), &[1]);
        assert_eq!(ix.cell(1, 0), &[2]);
        assert_eq!(ix.cell(1, 1), &[3]);
        assert!(ix.cell(2, 0).is_empty() && ix.cell(2, 1).is_empty());
        assert!(ix.cell(0, 2).is_empty() && ix.cell_stances(0, 2).is_empty());
        let stances =
            |p, t| -> Vec<Stance> { ix.cell_stances(p, t).iter().map(|s| s.stance).collect() };
        assert_eq!(stances(0, 1), vec![Against]);
        assert_eq!(stances(1, 1), vec![Neutral]);
        assert_eq!((ix.party_claims(1), ix.party_claims(2)), (2, 0));
        assert_eq!(ix.party_claims(9), 0);
        assert_eq!(ix.parties_with_claims(), 2);
        let d = doc(&[]);
        assert_eq!(StanceIndex::new(&d).parties_with_claims(), 0);
    }

    /// Targets are numbered in article order (where the quotes start, not
    /// the order of the claims in the file), keyed by the folded text and
    /// shown as first written; each claim knows its target and position.
    #[test]
    fn targets_follow_the_article_and_keep_their_first_wording() {
        use Stance::*;
        let mut d = doc(&[
            (0, Favor, "Second target"),
            (1, Against, "First  Target"),
            (2, Favor, "first target"),
        ]);
        // Claim 0 quotes the last character, claim 1 the first.
        d.claims[0].span = crate::model::Span { start: 2, end: 3 };
        d.claims[2].span = crate::model::Span { start: 1, end: 2 };
        d.claims[1].span = crate::model::Span { start: 0, end: 1 };
        let ix = StanceIndex::new(&d);
        assert_eq!(ix.article_order(), &[1, 2, 0]);
        assert_eq!(
            (ix.target_of(1), ix.target_of(2), ix.target_of(0)),
            (Some(0), Some(0), Some(1))
        );
        assert_eq!(ix.target_of(3), None);
        assert_eq!(ix.target_key(0), "first target");
        assert_eq!(ix.target_key(1), "second target");
        assert_eq!(ix.target_key(2), "");
        assert_eq!(ix.target_text(&d, 0), "First  Target");
        assert_eq!(ix.target_text(&d, 2), "");
        assert_eq!(
            ix.position(&d, 0),
            Some(Position {
                target: 1,
                party: 0,
                stance: Favor
            })
        );
        assert_eq!(ix.position(&d, 3), None);
        assert!(ix.opposed_by(&d, 3).is_empty());
        assert!(!ix.conflicts(3));
        // Parties 1 and 2 take opposite stances toward the first target.
        assert_eq!(ix.opposed_by(&d, 2), vec![1]);
        assert_eq!(ix.conflict_targets()[0].target, 0);
    }

    /// A claim whose party or topic number is past the document's (a
    /// model built by hand, an edit gone wrong) is in no cell and counted
    /// for no party: no panic, no claim shown under another party.
    #[test]
    fn a_claim_past_the_parties_or_topics_is_in_no_cell() {
        use Stance::*;
        let mut d = doc(&[(0, Favor, "a"), (1, Favor, "b"), (2, Favor, "c")]);
        d.claims[0].topic = 1;
        d.claims[1].party = 3;
        let ix = StanceIndex::new(&d);
        assert!(ix.cell(0, 0).is_empty() && ix.cell(1, 0).is_empty());
        assert_eq!(ix.cell(2, 0), &[2]);
        assert_eq!(
            (ix.party_claims(0), ix.party_claims(1), ix.party_claims(2)),
            (0, 0, 1)
        );
    }

    #[test]
    fn cells_counts_and_rebuild() {
        use Stance::*;
        let mut d = doc(&[(0, Favor, "a"), (0, Favor, "b"), (1, Against, "a")]);
        let mut ix = StanceIndex::new(&d);
        assert_eq!(ix.cell(0, 0), &[0, 1]);
        assert_eq!(
            ix.cell_stances(0, 0),
            &[StanceCount {
                stance: Favor,
                claims: 2,
                conflict: true
            }]
        );
        assert_eq!((ix.party_claims(0), ix.parties_with_claims()), (2, 2));
        assert!(ix.cell(5, 0).is_empty() && ix.cell(0, 9).is_empty());
        // An edit: party b now agrees; the index is rebuilt.
        d.claims[2].stance = Favor;
        ix.rebuild(&d);
        assert!(ix.conflict_targets().is_empty() && !ix.conflicts(0));
    }
}
