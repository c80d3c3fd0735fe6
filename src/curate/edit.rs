//! Edits of a document's claims. Each edit is applied in place to a
//! [`Work`] (the document being curated) and returns its exact inverse, so
//! undo and redo restore the document bit for bit; [`History`] keeps both
//! stacks and knows whether the document differs from what was last saved.
//!
//! Claims are named by id in every edit, so an edit reads on its own (and
//! is stored as such in the recovery journal). Text entered by a person is
//! sanitised and trimmed here, as the loader does with the file, so the
//! document in memory is the one the saved file will load as.

use serde::{Deserialize, Serialize};

use crate::loader::is_valid_id;
use crate::model::{Claim, Document, Mode, Span, Stance, Status};
use crate::sanitize::sanitize;

/// A quote's `prefix` and `suffix` (W3C TextQuoteSelector context).
pub type Context = (Option<String>, Option<String>);

/// What the session knows of a claim besides the model.
#[derive(Debug, Clone, PartialEq)]
pub struct Extra {
    /// The claim's identity in the session: below the number of claims
    /// loaded it is the loaded claim's index (its item in the file); new
    /// claims get keys above.
    pub key: usize,
    /// The quote's prefix/suffix once an edit has set the quote; `None`
    /// while they are as in the file.
    pub context: Option<Context>,
}

/// The document being curated: the model plus, for each claim, its
/// [`Extra`]. Two works are equal when their documents and extras are (the
/// counter for new keys is not part of the state).
#[derive(Debug, Clone)]
pub struct Work {
    doc: Document,
    extras: Vec<Extra>,
    next_key: usize,
    /// Where the last claim looked up by id was, plus one: the edits of a
    /// batch (accept all) go in claim order (their undo in reverse), so the
    /// next is found at once.
    hint: std::cell::Cell<usize>,
}

/// A passage of the article chosen as a claim's quote: the quote as it will
/// be written, its span, and the context that makes it unique (see
/// [`super::select::select`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Selection {
    pub(crate) quote: String,
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// `None`: the claim's prefix/suffix as in the file (an undo).
    pub(crate) context: Option<Context>,
}

impl Selection {
    pub fn quote(&self) -> &str {
        &self.quote
    }
    pub fn span(&self) -> Span {
        Span {
            start: self.start,
            end: self.end,
        }
    }
    pub fn prefix(&self) -> Option<&str> {
        self.context.as_ref().and_then(|c| c.0.as_deref())
    }
    pub fn suffix(&self) -> Option<&str> {
        self.context.as_ref().and_then(|c| c.1.as_deref())
    }
}

/// One field of a claim, with its new value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "field", content = "value", rename_all = "kebab-case")]
pub enum Field {
    Id(String),
    /// A party id.
    Party(String),
    /// A topic id.
    Topic(String),
    #[serde(with = "words::stance")]
    Stance(Stance),
    #[serde(with = "words::mode")]
    Mode(Mode),
    #[serde(with = "words::status")]
    Status(Status),
    Speaker(String),
    Target(String),
    Summary(String),
    /// `None` removes the condition.
    Condition(Option<String>),
    Quote(Box<Selection>),
}

/// A whole claim, as removed or to be inserted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimRecord {
    pub id: String,
    /// A party id.
    pub party: String,
    pub speaker: String,
    /// A topic id.
    pub topic: String,
    #[serde(with = "words::stance")]
    pub stance: Stance,
    pub target: String,
    pub summary: String,
    #[serde(with = "words::mode")]
    pub mode: Mode,
    pub selection: Selection,
    pub condition: Option<String>,
    #[serde(with = "words::status")]
    pub status: Status,
    pub confidence: Option<f64>,
    pub rule: Option<String>,
    pub source_line: usize,
    /// The key of a claim put back by an undo (so it returns to its place
    /// in the file); `None` for a new claim.
    pub origin: Option<usize>,
    /// Where the claim was in the file as loaded (kept through an undo; not
    /// journalled).
    #[serde(skip)]
    pub place: Option<crate::model::Origin>,
}

/// What a person fills in for a new claim (the quote comes from a
/// [`Selection`]).
#[derive(Debug, Clone, PartialEq)]
pub struct NewClaim {
    /// An id, or `None` for `PARTY-TOPIC-N`.
    pub id: Option<String>,
    pub party: String,
    pub speaker: String,
    pub topic: String,
    pub stance: Stance,
    pub target: String,
    pub summary: String,
    pub mode: Mode,
    pub condition: Option<String>,
    /// `Reviewed` for a claim a person writes; `Draft` for one proposed by
    /// the drafter and not yet looked at.
    pub status: Status,
    pub confidence: Option<f64>,
    pub rule: Option<String>,
}

/// A change to the claims of a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "kebab-case")]
pub enum Edit {
    /// Set one field of a claim.
    Set { claim: String, field: Field },
    /// Remove a claim (reject it).
    Remove { claim: String },
    /// Insert a claim at a position (add one; or undo a removal).
    Insert { at: usize, claim: Box<ClaimRecord> },
    /// Several edits as one step, applied in order, all or none.
    Batch { edits: Vec<Edit> },
}

/// Why an edit cannot be applied.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("no claim has the id `{0}`")]
    NoClaim(String),
    #[error("a claim with the id `{0}` already exists; choose another id")]
    DuplicateId(String),
    #[error("`{0}` is not a valid id; use letters, digits, `-`, `_` and `.`, starting with a letter or digit")]
    BadId(String),
    #[error("no party has the id `{0}`; choose one of the declared parties")]
    NoParty(String),
    #[error("no topic has the id `{0}`; choose one of the declared topics")]
    NoTopic(String),
    #[error("the {0} is empty; write a value")]
    Empty(&'static str),
    #[error("the {0} must be one line; remove the line breaks")]
    MultiLine(&'static str),
    #[error("the passage (bytes {start} to {end}) is not a passage of the article")]
    BadSpan { start: usize, end: usize },
    #[error("cannot insert a claim at position {at}: the document has {len} claims")]
    BadPosition { at: usize, len: usize },
    #[error("the claim `{0}` is already in the document")]
    AlreadyThere(String),
    #[error("the confidence must be a number from 0 to 1")]
    BadConfidence,
}

impl Edit {
    /// Accept a drafted claim: its status becomes `reviewed`.
    pub fn accept(claim: &str) -> Edit {
        Edit::set(claim, Field::Status(Status::Reviewed))
    }

    /// Reject a claim: it is removed.
    pub fn reject(claim: &str) -> Edit {
        Edit::Remove {
            claim: claim.to_string(),
        }
    }

    /// Set one field.
    pub fn set(claim: &str, field: Field) -> Edit {
        Edit::Set {
            claim: claim.to_string(),
            field,
        }
    }

    /// Accept every drafted claim among `claims` (indices into the
    /// document, e.g. the claims in view), as one step. `None` when none of
    /// them is a draft.
    pub fn accept_all(doc: &Document, claims: &[usize]) -> Option<Edit> {
        let edits: Vec<Edit> = claims
            .iter()
            .filter_map(|&i| doc.claims.get(i))
            .filter(|c| c.status == Status::Draft)
            .map(|c| Edit::accept(&c.id))
            .collect();
        (!edits.is_empty()).then_some(Edit::Batch { edits })
    }

    /// Add a claim quoting `selection`, appended after the others. Its
    /// fields are checked (and texts sanitised) now, so a form can show
    /// what is wrong before anything changes.
    pub fn add(doc: &Document, selection: Selection, new: NewClaim) -> Result<Edit, EditError> {
        let party = doc
            .party_index(&new.party)
            .ok_or_else(|| EditError::NoParty(new.party.clone()))?;
        let topic = doc
            .topic_index(&new.topic)
            .ok_or_else(|| EditError::NoTopic(new.topic.clone()))?;
        let id = match new.id {
            Some(id) => {
                let id = id.trim().to_string();
                check_new_id(doc, &id)?;
                id
            }
            None => fresh_id(doc, &doc.parties[party].id, &doc.topics[topic].id),
        };
        if new.confidence.is_some_and(|c| !(0.0..=1.0).contains(&c)) {
            return Err(EditError::BadConfidence);
        }
        let record = ClaimRecord {
            id,
            party: new.party,
            speaker: one_line(&new.speaker, "speaker")?,
            topic: new.topic,
            stance: new.stance,
            target: one_line(&new.target, "target")?,
            summary: one_line(&new.summary, "summary")?,
            mode: new.mode,
            selection,
            condition: new
                .condition
                .map(|c| one_line(&c, "condition"))
                .transpose()?,
            status: new.status,
            confidence: new.confidence,
            rule: new.rule.map(|r| one_line(&r, "rule")).transpose()?,
            source_line: 0,
            origin: None,
            place: None,
        };
        check_span(doc, &record.selection)?;
        Ok(Edit::Insert {
            at: doc.claims.len(),
            claim: Box::new(record),
        })
    }
}

/// `PARTY-TOPIC-N` with the smallest N not taken.
pub fn fresh_id(doc: &Document, party: &str, topic: &str) -> String {
    (1..)
        .map(|n| format!("{party}-{topic}-{n}"))
        .find(|id| doc.claim_index(id).is_none())
        .unwrap_or_default()
}

fn check_new_id(doc: &Document, id: &str) -> Result<(), EditError> {
    if !is_valid_id(id) {
        return Err(EditError::BadId(id.to_string()));
    }
    if doc.claim_index(id).is_some() {
        return Err(EditError::DuplicateId(id.to_string()));
    }
    Ok(())
}

fn check_span(doc: &Document, sel: &Selection) -> Result<(), EditError> {
    let text = doc.article.text();
    let ok = sel.start < sel.end
        && sel.end <= text.len()
        && text.is_char_boundary(sel.start)
        && text.is_char_boundary(sel.end)
        && !sel.quote.trim().is_empty();
    if ok {
        Ok(())
    } else {
        Err(EditError::BadSpan {
            start: sel.start,
            end: sel.end,
        })
    }
}

/// Text as the loader reads it from a file: trimmed and sanitised (until
/// stable: sanitising can uncover spaces at the ends).
pub fn clean(s: &str) -> String {
    let mut v = sanitize(s.trim());
    for _ in 0..4 {
        let t = v.trim();
        if t.len() == v.len() {
            break;
        }
        v = sanitize(t);
    }
    v
}

/// A required one-line text field, cleaned.
fn one_line(s: &str, what: &'static str) -> Result<String, EditError> {
    let v = clean(s);
    if v.is_empty() {
        return Err(EditError::Empty(what));
    }
    if v.contains('\n') {
        return Err(EditError::MultiLine(what));
    }
    Ok(v)
}

impl PartialEq for Work {
    fn eq(&self, other: &Work) -> bool {
        self.doc == other.doc && self.extras == other.extras
    }
}

impl Work {
    /// The document as loaded (every claim as in the file).
    pub fn new(doc: Document) -> Work {
        let n = doc.claims.len();
        Work {
            doc,
            extras: (0..n).map(|key| Extra { key, context: None }).collect(),
            next_key: n,
            hint: std::cell::Cell::new(0),
        }
    }

    pub fn doc(&self) -> &Document {
        &self.doc
    }

    /// Where the annotation now is (after a save to a new file).
    pub(crate) fn set_path(&mut self, path: std::path::PathBuf) {
        self.doc.path = Some(path);
    }

    /// One [`Extra`] per claim, in the same order.
    pub fn extras(&self) -> &[Extra] {
        &self.extras
    }

    fn index(&self, id: &str) -> Result<usize, EditError> {
        let claims = &self.doc.claims;
        let from = self.hint.get();
        // Around the last claim found (a batch goes forwards, its undo
        // backwards), else from the start.
        let near = [from, from.wrapping_sub(1), from.wrapping_sub(2)];
        let found = near
            .into_iter()
            .find(|&i| claims.get(i).is_some_and(|c| c.id == id))
            .or_else(|| claims.iter().position(|c| c.id == id));
        match found {
            Some(i) => {
                self.hint.set(i + 1);
                Ok(i)
            }
            None => Err(EditError::NoClaim(id.to_string())),
        }
    }

    /// The claim at `i` as a record (to put back after a removal).
    fn record(&self, i: usize) -> ClaimRecord {
        let c = &self.doc.claims[i];
        let e = &self.extras[i];
        ClaimRecord {
            id: c.id.clone(),
            party: self.party_id(c.party),
            speaker: c.speaker.clone(),
            topic: self.topic_id(c.topic),
            stance: c.stance,
            target: c.target.clone(),
            summary: c.summary.clone(),
            mode: c.mode,
            selection: self.selection(i),
            condition: c.condition.clone(),
            status: c.status,
            confidence: c.confidence,
            rule: c.rule.clone(),
            source_line: c.source_line,
            origin: Some(e.key),
            place: c.origin,
        }
    }

    fn selection(&self, i: usize) -> Selection {
        let c = &self.doc.claims[i];
        Selection {
            quote: c.quote.clone(),
            start: c.span.start,
            end: c.span.end,
            context: self.extras[i].context.clone(),
        }
    }

    fn party_id(&self, i: usize) -> String {
        self.doc
            .parties
            .get(i)
            .map_or_else(String::new, |p| p.id.clone())
    }

    fn topic_id(&self, i: usize) -> String {
        self.doc
            .topics
            .get(i)
            .map_or_else(String::new, |t| t.id.clone())
    }

    /// Apply `edit`. `Ok(Some(inverse))` when the document changed,
    /// `Ok(None)` when the edit changes nothing; on an error nothing has
    /// changed.
    pub fn apply(&mut self, edit: &Edit) -> Result<Option<Edit>, EditError> {
        match edit {
            Edit::Set { claim, field } => self.set(claim, field),
            Edit::Remove { claim } => {
                let i = self.index(claim)?;
                let record = self.record(i);
                self.doc.claims.remove(i);
                self.extras.remove(i);
                Ok(Some(Edit::Insert {
                    at: i,
                    claim: Box::new(record),
                }))
            }
            Edit::Insert { at, claim } => self.insert(*at, claim).map(Some),
            Edit::Batch { edits } => {
                let mut inverses = Vec::with_capacity(edits.len());
                for e in edits {
                    match self.apply(e) {
                        Ok(Some(inv)) => inverses.push(inv),
                        Ok(None) => {}
                        Err(err) => {
                            // Put back what was done: every inverse applies
                            // to the state it came from.
                            for inv in inverses.iter().rev() {
                                let _ = self.apply(inv);
                            }
                            return Err(err);
                        }
                    }
                }
                if inverses.is_empty() {
                    return Ok(None);
                }
                inverses.reverse();
                Ok(Some(Edit::Batch { edits: inverses }))
            }
        }
    }

    fn insert(&mut self, at: usize, r: &ClaimRecord) -> Result<Edit, EditError> {
        let len = self.doc.claims.len();
        if at > len {
            return Err(EditError::BadPosition { at, len });
        }
        check_new_id(&self.doc, &r.id)?;
        let party = self
            .doc
            .party_index(&r.party)
            .ok_or_else(|| EditError::NoParty(r.party.clone()))?;
        let topic = self
            .doc
            .topic_index(&r.topic)
            .ok_or_else(|| EditError::NoTopic(r.topic.clone()))?;
        for (v, what) in [
            (&r.speaker, "speaker"),
            (&r.target, "target"),
            (&r.summary, "summary"),
        ] {
            if v.trim().is_empty() {
                return Err(EditError::Empty(what));
            }
        }
        check_span(&self.doc, &r.selection)?;
        if let Some(k) = r.origin {
            if self.extras.iter().any(|e| e.key == k) {
                return Err(EditError::AlreadyThere(r.id.clone()));
            }
        }
        let key = r.origin.unwrap_or(self.next_key);
        self.next_key = self.next_key.max(key + 1);
        self.doc.claims.insert(
            at,
            Claim {
                id: r.id.clone(),
                party,
                speaker: r.speaker.clone(),
                topic,
                stance: r.stance,
                target: r.target.clone(),
                summary: r.summary.clone(),
                mode: r.mode,
                quote: r.selection.quote.clone(),
                condition: r.condition.clone(),
                status: r.status,
                confidence: r.confidence,
                rule: r.rule.clone(),
                span: r.selection.span(),
                source_line: r.source_line,
                origin: r.place,
            },
        );
        self.extras.insert(
            at,
            Extra {
                key,
                context: r.selection.context.clone(),
            },
        );
        Ok(Edit::Remove {
            claim: r.id.clone(),
        })
    }

    fn set(&mut self, id: &str, field: &Field) -> Result<Option<Edit>, EditError> {
        let i = self.index(id)?;
        let inverse = |f: Field| Some(Edit::set(id, f));
        let c = &self.doc.claims[i];
        let out = match field {
            Field::Id(new) => {
                let new = new.trim();
                if new == c.id {
                    return Ok(None);
                }
                check_new_id(&self.doc, new)?;
                let old = std::mem::replace(&mut self.doc.claims[i].id, new.to_string());
                Some(Edit::set(new, Field::Id(old)))
            }
            Field::Party(p) => {
                let k = self
                    .doc
                    .party_index(p)
                    .ok_or_else(|| EditError::NoParty(p.clone()))?;
                if k == c.party {
                    return Ok(None);
                }
                let old = self.party_id(c.party);
                self.doc.claims[i].party = k;
                inverse(Field::Party(old))
            }
            Field::Topic(t) => {
                let k = self
                    .doc
                    .topic_index(t)
                    .ok_or_else(|| EditError::NoTopic(t.clone()))?;
                if k == c.topic {
                    return Ok(None);
                }
                let old = self.topic_id(c.topic);
                self.doc.claims[i].topic = k;
                inverse(Field::Topic(old))
            }
            Field::Stance(s) => {
                let old = std::mem::replace(&mut self.doc.claims[i].stance, *s);
                (old != *s).then(|| Edit::set(id, Field::Stance(old)))
            }
            Field::Mode(m) => {
                let old = std::mem::replace(&mut self.doc.claims[i].mode, *m);
                (old != *m).then(|| Edit::set(id, Field::Mode(old)))
            }
            Field::Status(s) => {
                let old = std::mem::replace(&mut self.doc.claims[i].status, *s);
                (old != *s).then(|| Edit::set(id, Field::Status(old)))
            }
            Field::Speaker(v) | Field::Target(v) | Field::Summary(v) => {
                let (what, wrap): (&'static str, fn(String) -> Field) = match field {
                    Field::Speaker(_) => ("speaker", Field::Speaker),
                    Field::Target(_) => ("target", Field::Target),
                    _ => ("summary", Field::Summary),
                };
                let v = one_line(v, what)?;
                let c = &mut self.doc.claims[i];
                let slot = match what {
                    "speaker" => &mut c.speaker,
                    "target" => &mut c.target,
                    _ => &mut c.summary,
                };
                if *slot == v {
                    return Ok(None);
                }
                inverse(wrap(std::mem::replace(slot, v)))
            }
            Field::Condition(v) => {
                let v = match v {
                    Some(v) if !clean(v).is_empty() => Some(one_line(v, "condition")?),
                    _ => None,
                };
                let old = std::mem::replace(&mut self.doc.claims[i].condition, v);
                (old != self.doc.claims[i].condition).then(|| Edit::set(id, Field::Condition(old)))
            }
            Field::Quote(sel) => {
                check_span(&self.doc, sel)?;
                let old = self.selection(i);
                if old == **sel {
                    return Ok(None);
                }
                let c = &mut self.doc.claims[i];
                c.quote = sel.quote.clone();
                c.span = sel.span();
                self.extras[i].context = sel.context.clone();
                inverse(Field::Quote(Box::new(old)))
            }
        };
        Ok(out)
    }
}

/// One step of the history: the edit as applied and its inverse.
#[derive(Debug, Clone, PartialEq)]
struct Step {
    edit: Edit,
    inverse: Edit,
    /// Names the state after this step.
    serial: u64,
}

/// Undo and redo for every edit since the document was opened, and what
/// is unsaved.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    done: Vec<Step>,
    undone: Vec<Step>,
    serial: u64,
    /// The state last saved (0: as opened).
    saved: u64,
    /// Every edit applied since the saved state (undos and redos included),
    /// in order: replayed on the saved file, they give the current state.
    log: Vec<Edit>,
}

impl History {
    /// The state the document is in (0: as opened).
    fn current(&self) -> u64 {
        self.done.last().map_or(0, |s| s.serial)
    }

    /// True when the document differs from the saved (or opened) file.
    pub fn is_modified(&self) -> bool {
        self.current() != self.saved
    }

    /// Record that the current state was saved.
    pub fn mark_saved(&mut self) {
        self.saved = self.current();
        self.log.clear();
    }

    /// The edits applied since the last save, in order (the recovery
    /// journal); empty when nothing is unsaved.
    pub fn unsaved(&self) -> &[Edit] {
        &self.log
    }

    pub fn can_undo(&self) -> bool {
        !self.done.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.undone.is_empty()
    }

    /// Number of steps that can be undone.
    pub fn undo_len(&self) -> usize {
        self.done.len()
    }

    fn after(&mut self, applied: Edit) {
        if self.is_modified() {
            self.log.push(applied);
        } else {
            self.log.clear();
        }
    }

    /// Apply `edit` as a new step (the redo stack is dropped). `Ok(false)`
    /// when it changed nothing (nothing is recorded).
    pub fn apply(&mut self, work: &mut Work, edit: Edit) -> Result<bool, EditError> {
        let Some(inverse) = work.apply(&edit)? else {
            return Ok(false);
        };
        self.serial += 1;
        self.undone.clear();
        self.done.push(Step {
            edit: edit.clone(),
            inverse,
            serial: self.serial,
        });
        self.after(edit);
        Ok(true)
    }

    /// Undo the last step; the edit undone, or `None` when there is none.
    pub fn undo(&mut self, work: &mut Work) -> Result<Option<Edit>, EditError> {
        let Some(step) = self.done.pop() else {
            return Ok(None);
        };
        if let Err(e) = work.apply(&step.inverse) {
            self.done.push(step);
            return Err(e);
        }
        let edit = step.edit.clone();
        let inverse = step.inverse.clone();
        self.undone.push(step);
        self.after(inverse);
        Ok(Some(edit))
    }

    /// Redo the last undone step; the edit redone, or `None`.
    pub fn redo(&mut self, work: &mut Work) -> Result<Option<Edit>, EditError> {
        let Some(mut step) = self.undone.pop() else {
            return Ok(None);
        };
        match work.apply(&step.edit) {
            Ok(Some(inverse)) => step.inverse = inverse,
            Ok(None) => {}
            Err(e) => {
                self.undone.push(step);
                return Err(e);
            }
        }
        let edit = step.edit.clone();
        self.done.push(step);
        self.after(edit.clone());
        Ok(Some(edit))
    }
}

/// serde for the model's word enums (`favor`, `direct`, `draft`).
mod words {
    macro_rules! word {
        ($name:ident, $ty:ty) => {
            pub mod $name {
                use serde::de::Error as _;
                use serde::{Deserialize, Deserializer, Serializer};

                pub fn serialize<S: Serializer>(v: &$ty, s: S) -> Result<S::Ok, S::Error> {
                    s.serialize_str(v.as_str())
                }

                pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<$ty, D::Error> {
                    let s = String::deserialize(d)?;
                    <$ty>::parse(&s).ok_or_else(|| {
                        D::Error::custom(format!("unknown {}: {s}", stringify!($name)))
                    })
                }
            }
        };
    }
    word!(stance, crate::model::Stance);
    word!(mode, crate::model::Mode);
    word!(status, crate::model::Status);
}
