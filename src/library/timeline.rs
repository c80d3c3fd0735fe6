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
use std::rc::Rc;

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

/// One claim in a timeline. Entries of one document share its
/// [`DocRef`], and entries with the same opponents share the list, so a
/// timeline of the whole library stays small.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub claim: ClaimRow,
    pub doc: Rc<DocRef>,
    pub change: Option<Change>,
    pub conflicts: Rc<[Opposed]>,
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

/// For every target key, the favor and against claims of each party: its
/// latest and how many (rows are added in date order).
#[derive(Default)]
struct Sides {
    by_key: HashMap<String, [BTreeMap<String, Opposed>; 2]>,
}

impl Sides {
    fn add(&mut self, c: &ClaimRow, d: &DocRef, names: &NameMap) {
        let side = match c.stance {
            Stance::Favor => 0,
            Stance::Against => 1,
            _ => return,
        };
        let sides = self.by_key.entry(target_key(&c.target)).or_default();
        let o = sides[side]
            .entry(c.party.clone())
            .or_insert_with(|| Opposed {
                party: c.party.clone(),
                party_name: names.party(&c.party),
                stance: c.stance,
                date: String::new(),
                doc: PathBuf::new(),
                claim: String::new(),
                claims: 0,
            });
        o.claims += 1;
        o.date = d.date.clone();
        o.doc = d.path.clone();
        o.claim = c.id.clone();
    }

    /// Set the number of claims behind the entry of `c`'s party and side.
    fn set_count(&mut self, key: &str, c: &ClaimRow, n: usize) {
        let side = usize::from(c.stance == Stance::Against);
        if let Some(o) = self
            .by_key
            .get_mut(key)
            .and_then(|s| s[side].get_mut(&c.party))
        {
            o.claims = n;
        }
    }

    /// Other parties in conflict with `c` on `key`: each once, with its
    /// latest opposing claim (one shared list per key, stance and party).
    fn opposed(&self, c: &ClaimRow, key: &str, memo: &mut Memo) -> Rc<[Opposed]> {
        let k = (key.to_string(), c.stance, c.party.clone());
        if let Some(v) = memo.get(&k) {
            return Rc::clone(v);
        }
        let v: Rc<[Opposed]> = match self.by_key.get(key) {
            None => Rc::from(Vec::new()),
            Some(sides) => sides
                .iter()
                .flat_map(|m| m.values())
                .filter(|o| {
                    super::in_conflict((&c.party, c.stance, key), (&o.party, o.stance, key))
                })
                .cloned()
                .collect(),
        };
        memo.insert(k, Rc::clone(&v));
        v
    }
}

/// A claim and its document, in timeline order.
type Row = (ClaimRow, Rc<DocRef>);

/// Conflict lists already made, by (target key, stance, party).
type Memo = HashMap<(String, Stance, String), Rc<[Opposed]>>;

/// One shared [`DocRef`] per document.
#[derive(Default)]
struct DocRefs(HashMap<i64, Rc<DocRef>>);

impl DocRefs {
    fn get(&mut self, d: &DocSummary) -> Rc<DocRef> {
        Rc::clone(
            self.0
                .entry(d.id)
                .or_insert_with(|| Rc::new(DocRef::from(d))),
        )
    }
}

/// Entries of rows already in timeline order (one party, one topic).
fn entries(rows: Vec<Row>, sides: &Sides, memo: &mut Memo) -> Vec<Entry> {
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
            let conflicts = sides.opposed(&c, &key, memo);
            Entry {
                claim: c,
                doc: d,
                change,
                conflicts,
            }
        })
        .collect()
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
    // The opposing side of every target in it: per party and stance, the
    // count and latest date from the index alone, then the latest claim.
    let mut sides = Sides::default();
    let mut keys: Vec<String> = rows
        .iter()
        .filter(|(c, _)| matches!(c.stance, Stance::Favor | Stance::Against))
        .map(|(c, _)| target_key(&c.target))
        .collect();
    keys.sort();
    keys.dedup();
    for key in keys {
        let groups: Vec<(String, String, i64, String)> = lib.index().query(
            "SELECT party, stance, count(*), max(date) FROM claims \
             WHERE tkey = ?1 AND party != ?2 AND stance IN ('favor', 'against') \
             GROUP BY party, stance",
            [key.as_str(), party],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )?;
        for (p, stance, n, date) in groups {
            let latest = lib.index().claims_where(
                "c.tkey = ?1 AND c.party = ?2 AND c.stance = ?3 AND c.date = ?4",
                [key.as_str(), &p, &stance, &date],
            )?;
            if let Some((c, d)) = latest.last() {
                sides.add(c, &DocRef::from(d), &names);
                sides.set_count(&key, c, usize::try_from(n).unwrap_or(0));
            }
        }
    }
    let mut refs = DocRefs::default();
    let rows = rows.into_iter().map(|(c, d)| (c, refs.get(&d))).collect();
    Ok(Timeline {
        party: NameMap::find(&names.parties, party),
        topic: NameMap::find(&names.topics, topic),
        entries: entries(rows, &sides, &mut Memo::new()),
    })
}

/// Every party × topic timeline that has claims, parties then topics by id.
pub fn timelines(lib: &Library) -> Result<Vec<Timeline>, IndexError> {
    let names = NameMap::of(lib)?;
    let mut refs = DocRefs::default();
    let docs: HashMap<i64, Rc<DocRef>> = lib
        .documents()?
        .iter()
        .map(|d| (d.id, refs.get(d)))
        .collect();
    let rows: Vec<Row> = lib
        .index()
        .claims_in_order()?
        .into_iter()
        .filter_map(|c| docs.get(&c.doc).map(|d| (c, Rc::clone(d))))
        .collect();
    let mut sides = Sides::default();
    for (c, d) in &rows {
        sides.add(c, d, &names);
    }
    let mut groups: BTreeMap<(String, String), Vec<Row>> = BTreeMap::new();
    for (c, d) in rows {
        groups
            .entry((c.party.clone(), c.topic.clone()))
            .or_default()
            .push((c, d));
    }
    let mut memo = Memo::new();
    Ok(groups
        .into_iter()
        .map(|((p, t), rows)| Timeline {
            party: NameMap::find(&names.parties, &p),
            topic: NameMap::find(&names.topics, &t),
            entries: entries(rows, &sides, &mut memo),
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

/// The library matrix, from the index's aggregates: per cell the number
/// of claims and latest date, whether any target saw two stances (then
/// somewhere the stance changed), and the latest claim.
pub fn matrix(lib: &Library) -> Result<LibraryMatrix, IndexError> {
    let names = NameMap::of(lib)?;
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
    let counts: Vec<(String, String, i64, String)> = lib.index().query(
        "SELECT party, topic, count(*), max(date) FROM claims GROUP BY party, topic",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )?;
    let changed: Vec<(String, String)> = lib.index().query(
        "SELECT DISTINCT party, topic FROM (SELECT party, topic, tkey FROM claims \
         GROUP BY party, topic, tkey HAVING count(DISTINCT stance) > 1)",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let mut cells: Vec<Vec<Option<MatrixCell>>> = vec![vec![None; topics.len()]; parties.len()];
    for (party, topic, n, date) in counts {
        let (Some(&p), Some(&t)) = (pi.get(party.as_str()), ti.get(topic.as_str())) else {
            continue;
        };
        let latest = lib.index().claims_where(
            "c.party = ?1 AND c.topic = ?2 AND c.date = ?3",
            [&party, &topic, &date],
        )?;
        let Some((c, _)) = latest.last() else {
            continue;
        };
        cells[p][t] = Some(MatrixCell {
            latest: c.stance,
            target: c.target.clone(),
            date,
            claims: usize::try_from(n).unwrap_or(0),
            changed: changed.iter().any(|(a, b)| *a == party && *b == topic),
        });
    }
    Ok(LibraryMatrix {
        parties,
        topics,
        cells,
    })
}
