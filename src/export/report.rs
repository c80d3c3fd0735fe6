//! The intermediate structure between a [`View`] and the per-format
//! writers: what is shown, in which order and grouping, with conflicts
//! already found. Built once per export; the text, Markdown and JSON writers
//! only lay it out, so nothing is selected or formatted twice.
//!
//! Orders: parties and topics in the order of the annotation; claims in the
//! order of the article (where their quotes start), which is also the order
//! of the numbered markers of the article view.

use std::collections::{BTreeSet, HashMap};

use super::View;
use crate::model::{Claim, Document, Mode, Paragraphs, Party, Stance, Status, Topic};

/// One view of a document, ready to be written in any format.
#[derive(Debug)]
pub struct Report<'a> {
    pub doc: &'a Document,
    pub view: View,
    /// What the view shows, in words ("all claims (13)").
    pub subject: String,
    pub body: Body<'a>,
}

#[derive(Debug)]
pub enum Body<'a> {
    /// Claims grouped by party, then topic (views `claims`, `party:`,
    /// `topic:`, `claim:`).
    Panel(Panel<'a>),
    /// The party-by-topic matrix.
    Matrix(Matrix<'a>),
    /// The article with its quotes marked, and the claims as notes.
    Article(ArticleBody<'a>),
}

/// Claims grouped by party then topic, like the reader's stance panel.
#[derive(Debug)]
pub struct Panel<'a> {
    pub groups: Vec<PartyGroup<'a>>,
    /// False when every group has the same single topic (a topic view): the
    /// topic is then named once, in the subject, not under every party.
    pub topic_headings: bool,
}

#[derive(Debug)]
pub struct PartyGroup<'a> {
    pub party: &'a Party,
    pub topics: Vec<TopicGroup<'a>>,
}

/// A party's claims on one topic; empty means "no stated position".
#[derive(Debug)]
pub struct TopicGroup<'a> {
    pub topic: &'a Topic,
    pub items: Vec<Item<'a>>,
}

/// One claim with everything a writer shows about it.
#[derive(Debug)]
pub struct Item<'a> {
    pub claim: &'a Claim,
    pub party: &'a Party,
    pub topic: &'a Topic,
    /// The article's own text of the quote.
    pub quote: &'a str,
    /// 1-based line of the article where the quote starts.
    pub line: usize,
    /// 1-based paragraph of the article where the quote starts (¶).
    pub paragraph: usize,
    /// Other parties that take the opposite stance toward the same target.
    pub opposed_by: Vec<&'a Party>,
}

impl Item<'_> {
    pub fn is_draft(&self) -> bool {
        self.claim.status == Status::Draft
    }

    /// "reported speech" / "direct quote".
    pub fn mode_words(&self) -> &'static str {
        match self.claim.mode {
            Mode::Direct => "direct quote",
            Mode::Reported => "reported speech",
        }
    }

    /// "not reviewed (rule R, confidence 0.62)" for a drafted claim.
    pub fn draft_note(&self) -> Option<String> {
        if !self.is_draft() {
            return None;
        }
        let mut extra = Vec::new();
        if let Some(r) = &self.claim.rule {
            extra.push(format!("rule {r}"));
        }
        if let Some(c) = self.claim.confidence {
            extra.push(format!("confidence {c:.2}"));
        }
        Some(if extra.is_empty() {
            "drafted by rules, not reviewed".to_string()
        } else {
            format!("drafted by rules, not reviewed ({})", extra.join(", "))
        })
    }
}

/// Parties (rows) by topics (columns).
#[derive(Debug)]
pub struct Matrix<'a> {
    pub parties: Vec<&'a Party>,
    pub topics: Vec<&'a Topic>,
    /// `cells[party][topic]`, in the orders of `parties` and `topics`.
    pub cells: Vec<Vec<Cell<'a>>>,
    pub conflicts: Vec<Conflict<'a>>,
}

/// What one party states on one topic; no entries: "no stated position".
#[derive(Debug, Default)]
pub struct Cell<'a> {
    pub entries: Vec<CellEntry<'a>>,
}

/// The claims of a cell that take one stance toward one target.
#[derive(Debug)]
pub struct CellEntry<'a> {
    pub stance: Stance,
    /// The target as first written.
    pub target: &'a str,
    pub claims: Vec<&'a Claim>,
    /// Other parties with the opposite stance toward the same target.
    pub opposed_by: Vec<&'a Party>,
}

/// Two or more parties with opposite stances (favor against against) toward
/// the same target (compared case-insensitively).
#[derive(Debug)]
pub struct Conflict<'a> {
    pub target: &'a str,
    pub favor: Vec<(&'a Party, &'a Claim)>,
    pub against: Vec<(&'a Party, &'a Claim)>,
}

/// The article cut into paragraphs of text and markers.
#[derive(Debug)]
pub struct ArticleBody<'a> {
    pub paragraphs: Vec<Vec<Piece<'a>>>,
    /// Note `n` (1-based, as in the markers) is `notes[n - 1]`.
    pub notes: Vec<Item<'a>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Article text; a `\n` inside is a line break within a paragraph, to be
    /// written as a space.
    Text(&'a str),
    /// The start of quote `n` (1-based).
    Open(usize),
    /// The end of quote `n`.
    Close(usize),
}

/// The key under which targets are compared.
fn target_key(t: &str) -> String {
    t.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[derive(Default)]
struct Sides {
    favor: BTreeSet<usize>,
    against: BTreeSet<usize>,
}

/// Who favours and who opposes each target: one pass over the claims.
struct Stances {
    by_target: HashMap<String, Sides>,
}

impl Stances {
    fn new(doc: &Document) -> Self {
        let mut by_target: HashMap<String, Sides> = HashMap::new();
        for c in &doc.claims {
            let side = match c.stance {
                Stance::Favor => true,
                Stance::Against => false,
                _ => continue,
            };
            let s = by_target.entry(target_key(&c.target)).or_default();
            if side {
                s.favor.insert(c.party);
            } else {
                s.against.insert(c.party);
            }
        }
        Stances { by_target }
    }

    /// Parties other than `party` that take the opposite of `stance` toward
    /// `key`.
    fn opposed_by<'a>(
        &self,
        doc: &'a Document,
        key: &str,
        stance: Stance,
        party: usize,
    ) -> Vec<&'a Party> {
        let Some(s) = self.by_target.get(key) else {
            return Vec::new();
        };
        let other = match stance {
            Stance::Favor => &s.against,
            Stance::Against => &s.favor,
            _ => return Vec::new(),
        };
        other
            .iter()
            .filter(|&&p| p != party)
            .filter_map(|&p| doc.parties.get(p))
            .collect()
    }
}

fn item<'a>(
    doc: &'a Document,
    stances: &Stances,
    paras: &Paragraphs,
    c: &'a Claim,
) -> Option<Item<'a>> {
    let party = doc.parties.get(c.party)?;
    let topic = doc.topics.get(c.topic)?;
    Some(Item {
        claim: c,
        party,
        topic,
        quote: doc.quote_text(c),
        line: doc.article.line_of(c.span.start),
        paragraph: paras.number_of(c.span.start),
        opposed_by: stances.opposed_by(doc, &target_key(&c.target), c.stance, c.party),
    })
}

/// Build the report of `view` (already checked by [`View::parse`]; an id
/// that is not in the document gives an empty group rather than a panic).
pub fn build<'a>(doc: &'a Document, view: &View) -> Report<'a> {
    let stances = Stances::new(doc);
    let paras = doc.article.paragraphs();
    let order = doc.claims_in_article_order();
    let n_claims = |n: usize| {
        if n == 0 {
            "no claims".to_string()
        } else if n == 1 {
            "1 claim".to_string()
        } else {
            format!("{n} claims")
        }
    };
    let (subject, body) = match view {
        View::Claims => {
            let panel = panel(doc, &stances, &paras, &order, |_| true, None, true);
            (format!("claims (all claims: {})", doc.claims.len()), panel)
        }
        View::Party(id) => {
            let p = doc.party_index(id);
            let name = p
                .and_then(|i| doc.parties.get(i))
                .map_or(id.as_str(), |p| &p.name);
            let body = panel(
                doc,
                &stances,
                &paras,
                &order,
                |c| Some(c.party) == p,
                p,
                true,
            );
            let n = doc.claims.iter().filter(|c| Some(c.party) == p).count();
            (format!("party:{id} ({name}, {})", n_claims(n)), body)
        }
        View::Topic(id) => {
            let t = doc.topic_index(id);
            let label = t
                .and_then(|i| doc.topics.get(i))
                .map_or(id.as_str(), |t| &t.label);
            let body = panel(
                doc,
                &stances,
                &paras,
                &order,
                |c| Some(c.topic) == t,
                None,
                false,
            );
            let n = doc.claims.iter().filter(|c| Some(c.topic) == t).count();
            (format!("topic:{id} ({label}, {})", n_claims(n)), body)
        }
        View::Claim(id) => {
            let body = match doc.claims.iter().find(|c| &c.id == id) {
                Some(c) => Body::Panel(Panel {
                    groups: item(doc, &stances, &paras, c)
                        .map(|it| PartyGroup {
                            party: it.party,
                            topics: vec![TopicGroup {
                                topic: it.topic,
                                items: vec![it],
                            }],
                        })
                        .into_iter()
                        .collect(),
                    topic_headings: true,
                }),
                None => Body::Panel(Panel {
                    groups: Vec::new(),
                    topic_headings: true,
                }),
            };
            (format!("claim:{id}"), body)
        }
        View::Matrix => (
            format!(
                "matrix ({} parties by {} topics, {})",
                doc.parties.len(),
                doc.topics.len(),
                n_claims(doc.claims.len())
            ),
            Body::Matrix(matrix(doc, &stances, &order)),
        ),
        View::Article => (
            format!(
                "article ({} marked and numbered; the claims as notes below)",
                match doc.claims.len() {
                    1 => "1 quote".to_string(),
                    n => format!("{n} quotes"),
                }
            ),
            Body::Article(article(doc, &stances, &paras, &order)),
        ),
    };
    Report {
        doc,
        view: view.clone(),
        subject,
        body,
    }
}

/// Group the claims `keep` selects by party, then topic. Every topic is
/// listed under every party shown (empty: no stated position); with `only`
/// just that party is shown. With `all_topics` false, only topics that have
/// a claim kept are listed.
fn panel<'a>(
    doc: &'a Document,
    stances: &Stances,
    paras: &Paragraphs,
    order: &[usize],
    keep: impl Fn(&Claim) -> bool,
    only: Option<usize>,
    all_topics: bool,
) -> Body<'a> {
    // buckets[party][topic] = items, filled in one pass in article order.
    let mut buckets: Vec<Vec<Vec<Item<'a>>>> = doc
        .parties
        .iter()
        .map(|_| doc.topics.iter().map(|_| Vec::new()).collect())
        .collect();
    let mut topic_used = vec![false; doc.topics.len()];
    for &i in order {
        let Some(c) = doc.claims.get(i) else { continue };
        if !keep(c) {
            continue;
        }
        if let Some(it) = item(doc, stances, paras, c) {
            if let Some(b) = buckets.get_mut(c.party).and_then(|t| t.get_mut(c.topic)) {
                b.push(it);
                topic_used[c.topic] = true;
            }
        }
    }
    let groups = doc
        .parties
        .iter()
        .zip(buckets)
        .enumerate()
        .filter(|(pi, _)| only.is_none_or(|o| o == *pi))
        .map(|(_, (party, topics))| PartyGroup {
            party,
            topics: doc
                .topics
                .iter()
                .zip(topics)
                .enumerate()
                .filter(|(ti, _)| all_topics || topic_used[*ti])
                .map(|(_, (topic, items))| TopicGroup { topic, items })
                .collect(),
        })
        .collect();
    Body::Panel(Panel {
        groups,
        topic_headings: all_topics,
    })
}

fn matrix<'a>(doc: &'a Document, stances: &Stances, order: &[usize]) -> Matrix<'a> {
    let mut cells: Vec<Vec<Cell<'a>>> = doc
        .parties
        .iter()
        .map(|_| doc.topics.iter().map(|_| Cell::default()).collect())
        .collect();
    // Entry index within its cell, by (party, topic, stance, target key).
    let mut entry_at: HashMap<(usize, usize, Stance, String), usize> = HashMap::new();
    // Conflicts by target key, in the order targets first appear.
    let mut conflict_at: HashMap<String, usize> = HashMap::new();
    let mut conflicts: Vec<Conflict<'a>> = Vec::new();
    for &i in order {
        let Some(c) = doc.claims.get(i) else { continue };
        let Some(party) = doc.parties.get(c.party) else {
            continue;
        };
        let key = target_key(&c.target);
        if let Some(cell) = cells.get_mut(c.party).and_then(|r| r.get_mut(c.topic)) {
            let k = (c.party, c.topic, c.stance, key.clone());
            match entry_at.get(&k) {
                Some(&e) => cell.entries[e].claims.push(c),
                None => {
                    entry_at.insert(k, cell.entries.len());
                    cell.entries.push(CellEntry {
                        stance: c.stance,
                        target: &c.target,
                        claims: vec![c],
                        opposed_by: stances.opposed_by(doc, &key, c.stance, c.party),
                    });
                }
            }
        }
        let in_conflict = !stances.opposed_by(doc, &key, c.stance, c.party).is_empty();
        if in_conflict {
            let at = *conflict_at.entry(key).or_insert_with(|| {
                conflicts.push(Conflict {
                    target: &c.target,
                    favor: Vec::new(),
                    against: Vec::new(),
                });
                conflicts.len() - 1
            });
            let side = match c.stance {
                Stance::Favor => &mut conflicts[at].favor,
                _ => &mut conflicts[at].against,
            };
            side.push((party, c));
        }
    }
    Matrix {
        parties: doc.parties.iter().collect(),
        topics: doc.topics.iter().collect(),
        cells,
        conflicts,
    }
}

fn article<'a>(
    doc: &'a Document,
    stances: &Stances,
    paras: &Paragraphs,
    order: &[usize],
) -> ArticleBody<'a> {
    let text = doc.article.text();
    let notes: Vec<Item<'a>> = order
        .iter()
        .filter_map(|&i| doc.claims.get(i))
        .filter_map(|c| item(doc, stances, paras, c))
        .collect();
    // Marker events: (position, close before open, nesting order, number).
    // At one position, quotes close before others open; the quote that
    // opened last closes first; the longest quote opens first.
    let mut events: Vec<(usize, u8, usize, usize)> = Vec::with_capacity(notes.len() * 2);
    for (k, it) in notes.iter().enumerate() {
        let span = it.claim.span;
        if span.is_empty() || span.end > text.len() {
            continue;
        }
        events.push((span.start, 1, usize::MAX - span.end, k + 1));
        events.push((span.end, 0, usize::MAX - span.start, k + 1));
    }
    events.sort_unstable();
    let paras = &paras.ranges;
    let mut out = Vec::with_capacity(paras.len());
    let mut ev = events.iter().peekable();
    for (pi, &(s, e)) in paras.iter().enumerate() {
        let last = pi + 1 == paras.len();
        let next_start = paras.get(pi + 1).map_or(usize::MAX, |p| p.0);
        let mut pieces = Vec::new();
        let mut cursor = s;
        while let Some(&&(pos, kind, _, n)) = ev.peek() {
            let is_close = kind == 0;
            let here = last || pos < e || (is_close && pos <= next_start);
            if !here {
                break;
            }
            let at = pos.clamp(cursor, e);
            if at > cursor {
                pieces.push(Piece::Text(&text[cursor..at]));
                cursor = at;
            }
            pieces.push(if is_close {
                Piece::Close(n)
            } else {
                Piece::Open(n)
            });
            ev.next();
        }
        if e > cursor {
            pieces.push(Piece::Text(&text[cursor..e]));
        }
        out.push(pieces);
    }
    ArticleBody {
        paragraphs: out,
        notes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, Span};

    fn doc(text: &str, spans: &[(usize, usize, Stance, usize, &str)]) -> Document {
        let party = |id: &str| Party {
            id: id.into(),
            name: id.to_uppercase(),
            aliases: vec![],
            color: None,
        };
        Document {
            path: None,
            title: "T".into(),
            date: "2025-01-01".into(),
            source: None,
            article: Article::new(text.to_string(), None),
            topics: vec![Topic {
                id: "t".into(),
                label: "T".into(),
                keywords: vec![],
            }],
            parties: vec![party("a"), party("b"), party("c")],
            claims: spans
                .iter()
                .enumerate()
                .map(|(i, &(s, e, stance, p, target))| Claim {
                    id: format!("c{i}"),
                    party: p,
                    speaker: "S".into(),
                    topic: 0,
                    stance,
                    target: target.into(),
                    summary: "sum".into(),
                    mode: Mode::Direct,
                    quote: text[s..e].into(),
                    condition: None,
                    status: Status::Reviewed,
                    confidence: None,
                    rule: None,
                    span: Span { start: s, end: e },
                    source_line: 0,
                    origin: None,
                })
                .collect(),
            draft: false,
            notice: None,
        }
    }

    fn marked(d: &Document) -> String {
        let Body::Article(a) = build(d, &View::Article).body else {
            panic!("not an article")
        };
        a.paragraphs
            .iter()
            .map(|p| {
                p.iter()
                    .map(|x| match x {
                        Piece::Text(t) => t.to_string(),
                        Piece::Open(n) => format!("[{n}>"),
                        Piece::Close(n) => format!("<{n}]"),
                    })
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join("|")
    }

    #[test]
    fn markers_nest_cross_and_touch() {
        let f = Stance::Favor;
        //         0123456789
        let text = "abcdefghij\nklm";
        // Nested (0..6 contains 2..4), touching (6..8 after 0..6), crossing
        // (7..12 crosses into the next paragraph).
        let d = doc(
            text,
            &[
                (2, 4, f, 0, "x"),
                (0, 6, f, 0, "x"),
                (6, 8, f, 0, "x"),
                (7, 13, f, 0, "x"),
            ],
        );
        assert_eq!(marked(&d), "[1>ab[2>cd<2]ef<1][3>g[4>h<3]ij|kl<4]m");
    }

    #[test]
    fn quote_ending_at_paragraph_end_closes_there() {
        let f = Stance::Favor;
        let d = doc("ab\ncd", &[(0, 3, f, 0, "x"), (3, 5, f, 0, "x")]);
        // 0..3 includes the newline: it closes in the first paragraph.
        assert_eq!(marked(&d), "[1>ab<1]|[2>cd<2]");
    }

    #[test]
    fn conflicts_need_two_parties_and_ignore_case() {
        use Stance::*;
        let d = doc(
            "0123456789",
            &[
                (0, 1, Favor, 0, "Ukraine joins NATO"),
                (1, 2, Against, 1, "ukraine  joins nato"),
                // Same party both ways: not a conflict between parties.
                (2, 3, Favor, 2, "Other"),
                (3, 4, Against, 2, "other"),
                // Conditional does not oppose.
                (4, 5, Conditional, 0, "Other"),
            ],
        );
        let Body::Matrix(m) = build(&d, &View::Matrix).body else {
            panic!()
        };
        assert_eq!(m.conflicts.len(), 1);
        assert_eq!(m.conflicts[0].target, "Ukraine joins NATO");
        assert_eq!(m.conflicts[0].favor.len(), 1);
        assert_eq!(m.conflicts[0].against[0].0.id, "b");
        assert_eq!(m.cells[0][0].entries[0].opposed_by[0].id, "b");
        assert!(m.cells[2][0]
            .entries
            .iter()
            .all(|e| e.opposed_by.is_empty()));
    }
}
