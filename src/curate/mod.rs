//! Curating a document: the engine behind reviewing, correcting and adding
//! claims where they are read. No terminal code here: the reader (app
//! state and views) drives it, and tests drive it directly.
//!
//! - [`edit`]: [`Edit`]s of the claims (accept, reject, accept all, set a
//!   field, add a claim), each applied to a [`Work`] returning its exact
//!   inverse; [`History`] for undo and redo since the document was opened;
//! - [`select`]: the quote for a passage of the article, with the
//!   prefix/suffix that makes it anchor uniquely;
//! - [`source`], [`scalar`], [`render`]: the saved YAML, the file changed
//!   only where the document changed (comments, order, quoting and every
//!   untouched claim byte for byte);
//! - [`session`]: a document being curated and how it is saved (atomic
//!   writes, changed-on-disk and read-only files refused, new files never
//!   replacing one);
//! - [`recovery`]: the journal of unsaved edits, for crashes.

pub mod edit;
pub mod recovery;
pub mod render;
pub mod scalar;
pub mod select;
pub mod session;
pub mod source;

pub use edit::{ClaimRecord, Edit, EditError, Field, History, NewClaim, Selection, Work};
pub use recovery::{Found, JournalWrite, Recovery, RecoveryError};
pub use select::{select, SelectError};
pub use session::{Origin, SaveError, Saved, Session, Stamp};

use crate::model::{Document, Status};

/// Indices of the claims still drafted (status `draft`).
pub fn drafts(doc: &Document) -> Vec<usize> {
    doc.claims
        .iter()
        .enumerate()
        .filter(|(_, c)| c.status == Status::Draft)
        .map(|(i, _)| i)
        .collect()
}

/// The next drafted claim after claim `after` (from the start for `None`),
/// wrapping around; `None` when no claim is a draft.
pub fn next_draft(doc: &Document, after: Option<usize>) -> Option<usize> {
    let n = doc.claims.len();
    let from = after.map_or(0, |a| a + 1);
    (0..n)
        .map(|k| (from + k) % n)
        .find(|&i| doc.claims[i].status == Status::Draft)
}

/// `standpoint check --strict`: one line per claim left as a draft, naming
/// the file, the line and the claim.
pub fn unreviewed(name: &str, doc: &Document) -> Vec<String> {
    doc.claims
        .iter()
        .filter(|c| c.status == Status::Draft)
        .map(|c| {
            format!(
                "{name}:{}: claim `{}` is still a draft (status: draft)",
                c.source_line, c.id
            )
        })
        .collect()
}

#[cfg(test)]
mod tests;
