//! The library: many documents at once. A layer above the loader and
//! below the screens; it reads files only through [`crate::loader`] and
//! [`crate::draft`], keeps what it learns in an index, and answers the
//! questions that need every document: the list of documents, who stated
//! what over time, where a word occurs.
//!
//! - [`scan`]: which files make up a library (annotations, and articles
//!   without one) and what one document contributes (a [`scan::Loaded`]);
//! - [`index`]: the SQLite cache of those contributions, kept in step with
//!   the files on every open (a missing, stale, corrupt or foreign index is
//!   rebuilt, never trusted);
//! - [`Library`]: the open library and its queries (documents, parties,
//!   topics, claims);
//! - [`timeline`]: stances of a party on a topic in date order, changes and
//!   conflicts marked; the party-by-topic matrix of latest stances;
//! - [`search`]: full-text search across articles, quotes, summaries and
//!   targets;
//! - [`check`]: ids that name different things in different documents;
//! - [`export`]: the library views as text, Markdown, JSON and CSV;
//! - [`screens`]: pure state and rendering of the library screens (list,
//!   timeline, matrix, search results) for the reader to draw;
//! - [`cli`]: the command-line entry points (`standpoint DIR`, `check DIR`,
//!   `export DIR`, `search`).
//!
//! Plain files are the source of truth: deleting the index loses nothing.

pub mod check;
pub mod cli;
pub mod export;
pub mod index;
pub mod scan;
pub mod screens;
pub mod search;
/// Test and benchmark support (the `testing` feature).
#[cfg(any(test, feature = "testing"))]
pub mod synth;
pub mod timeline;

use std::path::{Path, PathBuf};

use crate::model::Stance;

pub use index::{Index, IndexError, Progress, Quiet, SyncStats};
pub use scan::DocKind;

/// The key under which targets are compared across documents: the stance
/// index's ([`crate::stance::target_key`]: case, runs of white space, quote
/// marks and dashes folded as anchoring does).
pub fn target_key(target: &str) -> String {
    crate::stance::target_key(target)
}

/// The conflict rule ([`crate::stance::conflict`]) for claims of the
/// library: (party id, stance, target key) each.
pub fn in_conflict(a: (&str, Stance, &str), b: (&str, Stance, &str)) -> bool {
    crate::stance::conflict((a.2, a.0, a.1), (b.2, b.0, b.1))
}

/// One document of the library as the list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocSummary {
    /// The document's number in the index (changes when the index is
    /// rebuilt; use `path` to name a document durably).
    pub id: i64,
    pub kind: DocKind,
    /// The annotation, or the article for an article without one.
    pub path: PathBuf,
    /// The article, when known (`None` for an inline `body:`).
    pub article: Option<PathBuf>,
    pub title: String,
    /// ISO 8601 date as written; empty when unknown.
    pub date: String,
    /// Outlet or URL; empty when the annotation names none.
    pub source: String,
    /// Claims in the annotation (0 for an article without one).
    pub claims: usize,
    /// Claims with `status: draft`, left to review.
    pub drafts: usize,
    /// Why the document could not be loaded (the loader's message).
    pub error: Option<String>,
}

impl DocSummary {
    /// A document known only by its kind and path (nothing read yet).
    pub fn bare(kind: DocKind, path: PathBuf) -> DocSummary {
        DocSummary {
            id: 0,
            kind,
            path,
            article: None,
            title: String::new(),
            date: String::new(),
            source: String::new(),
            claims: 0,
            drafts: 0,
            error: None,
        }
    }

    /// The first line of the error, for a list.
    pub fn error_line(&self) -> Option<&str> {
        self.error
            .as_deref()
            .map(|e| e.lines().find(|l| !l.trim().is_empty()).unwrap_or(e))
    }
}

/// One claim as the library keeps it: everything a timeline, a matrix or a
/// search result shows, and where its quote is.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimRow {
    pub doc: i64,
    /// Position among the document's claims (annotation order).
    pub ord: usize,
    pub id: String,
    pub party: String,
    pub topic: String,
    pub speaker: String,
    pub stance: Stance,
    pub target: String,
    pub summary: String,
    pub draft: bool,
    /// Where the quote is: byte range of the article, and the same in
    /// characters (as in the JSON export), and the 1-based line.
    pub quote: QuoteAt,
}

/// Where a quote is in its article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct QuoteAt {
    pub start: usize,
    pub end: usize,
    pub char_start: usize,
    pub char_end: usize,
    pub line: usize,
}

/// A party or topic across the library: its id and the name (or label)
/// of the latest document that declares it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub id: String,
    pub name: String,
    /// Documents that declare it.
    pub docs: usize,
}

/// An open library: its roots and its index.
pub struct Library {
    roots: Vec<PathBuf>,
    index: Index,
    synced: index::SyncStats,
    /// Parties and topics across the library, read once per sync.
    named: std::cell::OnceCell<(Vec<Named>, Vec<Named>)>,
    note: Option<String>,
}

impl Library {
    /// Open the library of `inputs` (directories and files) with its index
    /// in the user's cache directory (see [`index::default_location`]),
    /// bringing the index up to date with the files.
    pub fn open(inputs: &[PathBuf], progress: &mut dyn Progress) -> Result<Library, IndexError> {
        let roots = scan::roots(inputs)?;
        // Without a usable cache directory the index lives in memory for
        // this session (slower to open, never wrong).
        let (index, note) = match index::default_location(&roots).map(|p| Index::open(&p)) {
            Some(Ok(index)) => (index, None),
            Some(Err(e)) => (
                Index::in_memory()?,
                Some(format!("{e}\n  (the library is read without a saved index this time)")),
            ),
            None => (
                Index::in_memory()?,
                Some("no cache directory (HOME and XDG_CACHE_HOME are unset): the library is read without a saved index".to_string()),
            ),
        };
        let mut lib = Self::with_index(roots, index, progress)?;
        lib.note = note;
        Ok(lib)
    }

    /// Why the index is not saved, if it is not (for a message).
    pub fn note(&self) -> Option<&str> {
        self.note.as_deref()
    }

    /// Open with the index at `path` (tests, benchmarks).
    pub fn open_at(
        inputs: &[PathBuf],
        path: &Path,
        progress: &mut dyn Progress,
    ) -> Result<Library, IndexError> {
        let roots = scan::roots(inputs)?;
        let index = Index::open(path)?;
        Self::with_index(roots, index, progress)
    }

    /// A fresh scan without any index on disk (an index in memory).
    pub fn scan_fresh(
        inputs: &[PathBuf],
        progress: &mut dyn Progress,
    ) -> Result<Library, IndexError> {
        let roots = scan::roots(inputs)?;
        Self::with_index(roots, Index::in_memory()?, progress)
    }

    fn with_index(
        roots: Vec<PathBuf>,
        mut index: Index,
        progress: &mut dyn Progress,
    ) -> Result<Library, IndexError> {
        let synced = index.sync(&roots, progress)?;
        Ok(Library {
            roots,
            index,
            synced,
            named: std::cell::OnceCell::new(),
            note: None,
        })
    }

    /// Bring the index up to date with the files again.
    pub fn refresh(&mut self, progress: &mut dyn Progress) -> Result<(), IndexError> {
        self.synced = self.index.sync(&self.roots, progress)?;
        self.named = std::cell::OnceCell::new();
        Ok(())
    }

    /// What the last bringing up to date did (files hashed, documents
    /// loaded and removed, whether the index was rebuilt).
    pub fn synced(&self) -> index::SyncStats {
        self.synced
    }

    pub fn roots(&self) -> &[PathBuf] {
        &self.roots
    }

    pub fn index(&self) -> &Index {
        &self.index
    }

    /// Every document (annotated, article without one, broken), by date
    /// then path; undated ones last.
    pub fn documents(&self) -> Result<Vec<DocSummary>, IndexError> {
        self.index.documents()
    }

    pub fn document(&self, id: i64) -> Result<Option<DocSummary>, IndexError> {
        self.index.document(id)
    }

    fn named(&self) -> Result<&(Vec<Named>, Vec<Named>), IndexError> {
        if let Some(n) = self.named.get() {
            return Ok(n);
        }
        let n = (self.index.named("parties")?, self.index.named("topics")?);
        Ok(self.named.get_or_init(|| n))
    }

    /// Parties across the library, by id.
    pub fn parties(&self) -> Result<Vec<Named>, IndexError> {
        Ok(self.named()?.0.clone())
    }

    /// Topics across the library, by id.
    pub fn topics(&self) -> Result<Vec<Named>, IndexError> {
        Ok(self.named()?.1.clone())
    }

    /// A path as the person gave it: relative to the root it was found
    /// under when it is inside one.
    pub fn shown(&self, path: &Path) -> String {
        scan::shown(&self.roots, path)
    }

    /// Load a document in full for the reader: an annotation through the
    /// loader, an article without one drafted by the bundled profile.
    pub fn load(&self, doc: &DocSummary) -> Result<crate::model::Document, String> {
        Self::load_file(doc)
    }

    /// [`Library::load`], needing nothing of the library (the index is
    /// not read): the reader's shell runs it on a thread of its own.
    pub fn load_file(doc: &DocSummary) -> Result<crate::model::Document, String> {
        match doc.kind {
            DocKind::Article => crate::draft::open_document(&doc.path, None),
            _ => crate::loader::load_path(&doc.path).map_err(Into::into),
        }
        .map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn target_keys_fold_case_space_quotes_and_dashes() {
        assert_eq!(
            target_key("  Ukraine\t joins   NATO "),
            target_key("ukraine joins nato")
        );
        assert_eq!(
            target_key("Valdoria’s “buffer” zone — now"),
            "valdoria's \"buffer\" zone - now"
        );
        assert_eq!(target_key("a\u{2013}b"), target_key("A-B"));
        assert_ne!(target_key("a b"), target_key("ab"));
    }

    #[test]
    fn conflicts_need_opposite_stances_of_different_parties() {
        use Stance::*;
        assert!(in_conflict(("a", Favor, "k"), ("b", Against, "k")));
        assert!(in_conflict(("a", Against, "k"), ("b", Favor, "k")));
        assert!(!in_conflict(("a", Favor, "k"), ("a", Against, "k")));
        assert!(!in_conflict(("a", Favor, "k"), ("b", Against, "j")));
        assert!(!in_conflict(("a", Favor, "k"), ("b", Conditional, "k")));
        assert!(!in_conflict(("a", Favor, "k"), ("b", Favor, "k")));
    }
}
