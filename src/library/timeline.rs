//! Stances over time. A timeline lists, for one party and one topic, every
//! claim of the library in date order (then document path, then the
//! annotation's order), each with its target, stance, speaker, date,
//! document and quote location. Two marks are added:
//!
//! - a **change**: the party's previous claim toward the same target (by
//!   [`super::target_key`]) took another stance ("FAVOR on 2025-02-26 →
//!   AGAINST on 2025-04-02");
//! - a **conflict**: other parties took the opposite stance toward the same
//!   target anywhere in the library ([`super::in_conflict`]); each
//!   opposing party is named once, with its latest opposing claim.
//!
//! The library matrix is party × topic with the latest stance, its date,
//! the number of claims and whether the stance changed.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use super::{target_key, ClaimRow, DocSummary, IndexError, Library, Named};
use crate::model::Stance;

/// The document a timeline entry comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocRef {
    pub id: i64,
    pub path: PathBuf,
    pub title: String,
    pub date: String,
}

impl From<&DocSummary> for DocRef {
    fn from(d: &DocSummary) -> Self {
        DocRef {
            id: d.id,
            path: d.path.clone(),
            title: d.title.clone(),
            date: d.date.clone(),
        }
    }
}

/// The party's earlier, different stance toward the same target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub from: Stance,
    pub from_date: String,
    pub from_doc: PathBuf,
}

/// Another party's opposite stance toward the same target: its latest such
/// claim, and how many it made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opposed {
    pub party: String,
    pub party_name: String,
    pub stance: Stance,
    pub date: String,
    pub doc: PathBuf,
    pub claim: String,
    pub claims: usize,
}

/// One claim in a timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub claim: ClaimRow,
    pub doc: DocRef,
    pub change: Option<Change>,
    pub conflicts: Vec<Opposed>,
}

/// The timeline of one party on one topic.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    pub party: Named,
    pub topic: Named,
    pub entries: Vec<Entry>,
}

impl Timeline {
    pub fn changes(&self) -> usize {
        self.entries.iter().filter(|e| e.change.is_some()).count()
    }
    pub fn conflicts(&self) -> usize {
        self.entries
            .iter()
            .filter(|e| !e.conflicts.is_empty())
            .count()
    }
}

/// A favor/against claim, as the conflict rule needs it.
#[derive(Debug, Clone)]
struct Side {
    party: String,
    stance: Stance,
    date: String,
    doc: PathBuf,
    claim: String,
}

/// Favor and against claims by target key, in date order.
type Sides = HashMap<String, Vec<Side>>;

fn side_of(c: &ClaimRow, d: &DocSummary) -> Option<Side> {
    matches!(c.stance, Stance::Favor | Stance::Against).then(|| Side {
        party: c.party.clone(),
        stance: c.stance,
        date: d.date.clone(),
        doc: d.path.clone(),
        claim: c.id.clone(),
    })
}

/// Entries of rows already in timeline order (one party, one topic).
fn entries(rows: Vec<(ClaimRow, DocSummary)>, sides: &Sides, names: &NameMap) -> Vec<Entry> {
    let mut last: HashMap<String, (Stance, String, PathBuf)> = HashMap::new();
    rows.into_iter()
        .map(|(c, d)| {
            let key = target_key(&c.target);
            let change = last
                .get(&key)
                .filter(|(s, _, _)| *s != c.stance)
                .map(|(s, date, doc)| Change {
                    from: *s,
                    from_date: date.clone(),
                    from_doc: doc.clone(),
                });
            last.insert(key.clone(), (c.stance, d.date.clone(), d.path.clone()));
            let conflicts = opposed(&c, &key, sides, names);
            Entry {
                claim: c,
                doc: DocRef::from(&d),
                change,
                conflicts,
            }
        })
        .collect()
}

/// Other parties opposing `c` on `key`: each once, its latest claim.
fn opposed(c: &ClaimRow, key: &str, sides: &Sides, names: &NameMap) -> Vec<Opposed> {
    let mut by_party: BTreeMap<&str, Opposed> = BTreeMap::new();
    for s in sides.get(key).map_or(&[][..], Vec::as_slice) {
        if !super::in_conflict(
            (&c.party, c.stance, key),
            (&s.party, s.stance, key),
        ) {
            continue;
        }
        let o = by_party.entry(&s.party).or_insert_with(|| Opposed {
            party: s.party.clone(),
            party_name: names.party(&s.party),
            stance: s.stance,
            date: String::new(),
            doc: PathBuf::new(),
            claim: String::new(),
            claims: 0,
        });
        o.claims += 1;
        // Sides are in date order: the last one seen is the latest.
        o.date = s.date.clone();
        o.doc = s.doc.clone();
        o.claim = s.claim.clone();
    }
    by_party.into_values().collect()
}

/// Names of parties and topics across the library.
pub struct NameMap {
    pub parties: Vec<Named>,
    pub topics: Vec<Named>,
}

impl NameMap {
    pub fn of(lib: &Library) -> Result<NameMap, IndexError> {
        Ok(NameMap {
            parties: lib.parties()?,
            topics: lib.topics()?,
        })
    }
    fn find(list: &[Named], id: &str) -> Named {
        list.iter().find(|n| n.id == id).cloned().unwrap_or(Named {
            id: id.to_string(),
            name: id.to_string(),
            docs: 0,
        })
    }
    pub fn party(&self, id: &str) -> String {
        Self::find(&self.parties, id).name
    }
    pub fn topic(&self, id: &str) -> String {
        Self::find(&self.topics, id).name
    }
}

/// The timeline of `party` on `topic` (ids); empty when neither has claims.
pub fn timeline(lib: &Library, party: &str, topic: &str) -> Result<Timeline, IndexError> {
    let names = NameMap::of(lib)?;
    let rows = lib
        .index()
        .claims_where("c.party = ?1 AND c.topic = ?2", [party, topic])?;
    // The opposing side of every target in it.
    let mut sides: Sides = HashMap::new();
    let mut keys: Vec<String> = rows
        .iter()
        .filter(|(c, _)| matches!(c.stance, Stance::Favor | Stance::Against))
        .map(|(c, _)| target_key(&c.target))
        .collect();
    keys.sort();
    keys.dedup();
    for key in keys {
        let found = lib.index().claims_where(
            "c.tkey = ?1 AND c.party != ?2 AND c.stance IN ('favor', 'against')",
            [key.as_str(), party],
        )?;
        sides.insert(
            key,
            found.iter().filter_map(|(c, d)| side_of(c, d)).collect(),
        );
    }
    Ok(Timeline {
        party: NameMap::find(&names.parties, party),
        topic: NameMap::find(&names.topics, topic),
        entries: entries(rows, &sides, &names),
    })
}

/// Every party × topic timeline that has claims, parties then topics by id.
pub fn timelines(lib: &Library) -> Result<Vec<Timeline>, IndexError> {
    let names = NameMap::of(lib)?;
    let rows = lib.index().claims_where("1", [])?;
    let mut sides: Sides = HashMap::new();
    for (c, d) in &rows {
        if let Some(s) = side_of(c, d) {
            sides.entry(target_key(&c.target)).or_default().push(s);
        }
    }
    let mut groups: BTreeMap<(String, String), Vec<(ClaimRow, DocSummary)>> = BTreeMap::new();
    for (c, d) in rows {
        groups
            .entry((c.party.clone(), c.topic.clone()))
            .or_default()
            .push((c, d));
    }
    Ok(groups
        .into_iter()
        .map(|((p, t), rows)| Timeline {
            party: NameMap::find(&names.parties, &p),
            topic: NameMap::find(&names.topics, &t),
            entries: entries(rows, &sides, &names),
        })
        .collect())
}

/// One cell of the library matrix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatrixCell {
    /// The stance of the latest claim, toward `target`.
    pub latest: Stance,
    pub target: String,
    pub date: String,
    pub claims: usize,
    /// The party changed its stance toward some target of this cell.
    pub changed: bool,
}

/// Parties (rows) by topics (columns), by id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LibraryMatrix {
    pub parties: Vec<Named>,
    pub topics: Vec<Named>,
    /// `cells[party][topic]`; `None`: no stated position.
    pub cells: Vec<Vec<Option<MatrixCell>>>,
}

/// The library matrix, from one pass over every claim in date order.
pub fn matrix(lib: &Library) -> Result<LibraryMatrix, IndexError> {
    let names = NameMap::of(lib)?;
    let rows: Vec<(String, String, String, String, String)> = lib.index().query(
        &format!(
            "SELECT c.party, c.topic, c.stance, c.target, d.date FROM claims c \
             JOIN docs d ON d.id = c.doc ORDER BY {}, c.ord",
            super::index::DOC_ORDER
        ),
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
    )?;
    let parties = names.parties.clone();
    let topics = names.topics.clone();
    let pi: HashMap<&str, usize> = parties
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.as_str(), i))
        .collect();
    let ti: HashMap<&str, usize> = topics
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.as_str(), i))
        .collect();
    let mut cells: Vec<Vec<Option<MatrixCell>>> = vec![vec![None; topics.len()]; parties.len()];
    let mut last: HashMap<(usize, usize, String), Stance> = HashMap::new();
    for (party, topic, stance, target, date) in rows {
        let (Some(&p), Some(&t)) = (pi.get(party.as_str()), ti.get(topic.as_str())) else {
            continue;
        };
        let stance = Stance::parse(&stance).unwrap_or(Stance::Unclear);
        let prev = last.insert((p, t, target_key(&target)), stance);
        let changed = prev.is_some_and(|s| s != stance);
        let cell = &mut cells[p][t];
        let c = cell.get_or_insert_with(|| MatrixCell {
            latest: stance,
            target: String::new(),
            date: String::new(),
            claims: 0,
            changed: false,
        });
        c.latest = stance;
        c.target = target;
        c.date = date;
        c.claims += 1;
        c.changed |= changed;
    }
    Ok(LibraryMatrix {
        parties,
        topics,
        cells,
    })
}
