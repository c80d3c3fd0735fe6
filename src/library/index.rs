//! The library index: a SQLite file that caches what every document
//! contributes (its list entry, parties, topics, claims and article text
//! for full-text search with FTS5), so opening and searching a library do
//! not re-read every file.
//!
//! It is only a cache:
//! - every file is keyed on its size, modification time and content hash
//!   (xxh3): a file whose size and time are unchanged is trusted without
//!   reading it, unless its time is within [`RACY_NS`] of when it was last
//!   hashed (a change in the same tick would not show in the time, so it is
//!   hashed again); a file whose time changed but whose content did not is
//!   not loaded again;
//! - a document is loaded again when its annotation or its article changed
//!   (or appeared, or vanished, or became readable or unreadable); a
//!   document with errors is kept like any other (its errors come from
//!   those two files);
//! - an index that is missing, not SQLite (garbage bytes, truncated), of
//!   another schema or another program, or that SQLite reports damaged
//!   while it is brought up to date, is deleted and built again;
//! - deleting it loses nothing.
//!
//! Where: `$XDG_CACHE_HOME/standpoint/` (else `~/.cache/standpoint/`), one
//! file per library, named by a hash of the library's canonical paths. The
//! cache directory rather than `DIR/.standpoint/` keeps libraries shared
//! through git clean and works for read-only directories. Without a home
//! directory the index is kept in memory for the session.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use rusqlite::{params, Connection, OpenFlags};

use super::scan::{self, DocKind, Found, Loaded, RootError};
use super::{ClaimRow, DocSummary, Named, QuoteAt};
use crate::model::Stance;

/// The schema's version; an index of another version is rebuilt.
pub const SCHEMA_VERSION: i64 = 3;
/// `PRAGMA application_id` of a standpoint index ("STPD").
pub const APPLICATION_ID: i64 = 0x5354_5044;
/// A file modified less than this before it was hashed is hashed again on
/// the next open, whatever its size and time say (2 s: coarse file systems).
pub const RACY_NS: i64 = 2_000_000_000;
/// Full-text rows of document `d` dated `day` (days since 1000-01-01; 0
/// when undated) have the row ids `day << DAY_SHIFT | d << FTS_SHIFT | k`,
/// so FTS5 can list matches newest first and stop early.
pub const FTS_SHIFT: u32 = 24;
pub const DAY_SHIFT: u32 = 44;
/// Document numbers must fit in the row ids (an index that runs out of
/// them is built again, which numbers documents from 1).
pub const MAX_DOC_ID: i64 = (1 << (DAY_SHIFT - FTS_SHIFT)) - 1;

/// The full-text row id base of document `id` dated `date`.
pub fn fts_base(id: i64, date: &str) -> i64 {
    (day_number(date) << DAY_SHIFT) | (id << FTS_SHIFT)
}

/// The document number of a full-text row id.
pub fn fts_doc(rowid: i64) -> i64 {
    (rowid >> FTS_SHIFT) & MAX_DOC_ID
}

/// Days from 1000-01-01 to an ISO date (`YYYY-MM-DD...`); 0 when the date
/// is missing or earlier.
pub fn day_number(date: &str) -> i64 {
    let num = |r: std::ops::Range<usize>| date.get(r).and_then(|s| s.parse::<i64>().ok());
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return 0;
    };
    // Days from civil (H. Hinnant's algorithm), shifted to year 1000.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468; // since 1970-01-01
    (days + 354_285).clamp(0, (1 << (63 - DAY_SHIFT)) - 1) // 1000-01-01 is day -354285
}

/// Why the index could not be used.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error(transparent)]
    Root(#[from] RootError),
    #[error("the library index {path}: {source}\n  help: delete it (it is only a cache) or check the cache directory's permissions")]
    Sqlite {
        path: String,
        #[source]
        source: rusqlite::Error,
    },
}

/// Reports progress while the index is brought up to date: documents
/// (re)loaded out of those to load.
pub trait Progress {
    fn update(&mut self, _done: usize, _total: usize) {}
    fn finish(&mut self) {}
}

/// No progress display.
pub struct Quiet;
impl Progress for Quiet {}

/// The index: a connection, and where its file is (`None`: in memory).
pub struct Index {
    conn: Connection,
    path: Option<PathBuf>,
}

/// What a sync did, for tests and messages.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SyncStats {
    pub hashed: usize,
    pub loaded: usize,
    pub removed: usize,
    pub rebuilt: bool,
}

const SCHEMA: &str = "
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files(path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime INTEGER NOT NULL,
  hash INTEGER NOT NULL, checked INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE docs(id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, kind INTEGER NOT NULL,
  article TEXT, own_hash INTEGER NOT NULL, article_hash INTEGER, title TEXT NOT NULL,
  date TEXT NOT NULL, source TEXT NOT NULL, claims INTEGER NOT NULL, drafts INTEGER NOT NULL,
  error TEXT, fts_base INTEGER NOT NULL DEFAULT 0);
CREATE TABLE parties(doc INTEGER NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL,
  date TEXT NOT NULL);
CREATE INDEX parties_doc ON parties(doc);
CREATE INDEX parties_id ON parties(id, name, date);
CREATE TABLE topics(doc INTEGER NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL,
  date TEXT NOT NULL);
CREATE INDEX topics_doc ON topics(doc);
CREATE INDEX topics_id ON topics(id, name, date);
CREATE TABLE claims(doc INTEGER NOT NULL, ord INTEGER NOT NULL, id TEXT NOT NULL,
  party TEXT NOT NULL, topic TEXT NOT NULL, speaker TEXT NOT NULL, stance TEXT NOT NULL,
  target TEXT NOT NULL, tkey TEXT NOT NULL, summary TEXT NOT NULL, draft INTEGER NOT NULL,
  start INTEGER NOT NULL, end INTEGER NOT NULL, cstart INTEGER NOT NULL, cend INTEGER NOT NULL,
  line INTEGER NOT NULL, date TEXT NOT NULL,
  PRIMARY KEY(party, topic, date, doc, ord)) WITHOUT ROWID;
CREATE UNIQUE INDEX claims_doc ON claims(doc, ord);
CREATE INDEX claims_key ON claims(tkey, party, stance, date);
CREATE INDEX claims_cell ON claims(party, topic, tkey, stance);
CREATE VIRTUAL TABLE fts USING fts5(body, kind UNINDEXED, ord UNINDEXED, start UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2');
";

/// Columns of `claims` (alias `c`) read by [`claim_row`].
pub const CLAIM_COLUMNS: &str = "c.doc, c.ord, c.id, c.party, c.topic, c.speaker, c.stance, \
     c.target, c.summary, c.draft, c.start, c.end, c.cstart, c.cend, c.line";

/// A [`ClaimRow`] from the first 15 columns of a row ([`CLAIM_COLUMNS`]).
pub fn claim_row(r: &rusqlite::Row) -> rusqlite::Result<ClaimRow> {
    let stance: String = r.get(6)?;
    let n = |i: usize| -> rusqlite::Result<usize> {
        Ok(usize::try_from(r.get::<_, i64>(i)?).unwrap_or(0))
    };
    Ok(ClaimRow {
        doc: r.get(0)?,
        ord: n(1)?,
        id: r.get(2)?,
        party: r.get(3)?,
        topic: r.get(4)?,
        speaker: r.get(5)?,
        stance: Stance::parse(&stance).unwrap_or(Stance::Unclear),
        target: r.get(7)?,
        summary: r.get(8)?,
        draft: r.get::<_, i64>(9)? != 0,
        quote: QuoteAt {
            start: n(10)?,
            end: n(11)?,
            char_start: n(12)?,
            char_end: n(13)?,
            line: n(14)?,
        },
    })
}

/// Columns of `docs` (alias `d`) read by [`doc_row`].
pub const DOC_COLUMNS: &str =
    "d.id, d.kind, d.path, d.article, d.title, d.date, d.source, d.claims, d.drafts, d.error";

/// A [`DocSummary`] from the first 10 columns of a row ([`DOC_COLUMNS`]).
pub fn doc_row(r: &rusqlite::Row) -> rusqlite::Result<DocSummary> {
    doc_row_from(r, 0)
}

/// A [`DocSummary`] from the 10 columns of a row starting at `at`.
pub fn doc_row_from(r: &rusqlite::Row, at: usize) -> rusqlite::Result<DocSummary> {
    let n = |i: usize| -> rusqlite::Result<usize> {
        Ok(usize::try_from(r.get::<_, i64>(at + i)?).unwrap_or(0))
    };
    Ok(DocSummary {
        id: r.get(at)?,
        kind: DocKind::from_code(r.get(at + 1)?),
        path: PathBuf::from(r.get::<_, String>(at + 2)?),
        article: r.get::<_, Option<String>>(at + 3)?.map(PathBuf::from),
        title: r.get(at + 4)?,
        date: r.get(at + 5)?,
        source: r.get(at + 6)?,
        claims: n(7)?,
        drafts: n(8)?,
        error: r.get(at + 9)?,
    })
}

/// The order of documents: by date, undated last, then path.
pub const DOC_ORDER: &str = "d.date = '', d.date, d.path";

/// Where the index of the library with these (canonical) roots lives, in
/// the user's cache directory; `None` without a home directory.
pub fn default_location(roots: &[PathBuf]) -> Option<PathBuf> {
    use etcetera::BaseStrategy;
    let base = etcetera::choose_base_strategy().ok()?.cache_dir();
    let mut key = Vec::new();
    for r in roots {
        key.extend_from_slice(r.as_os_str().as_encoded_bytes());
        key.push(0);
    }
    let h = xxhash_rust::xxh3::xxh3_64(&key);
    let name = roots
        .first()
        .and_then(|r| r.file_name())
        .map(|n| {
            n.to_string_lossy()
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
                .take(40)
                .collect::<String>()
        })
        .unwrap_or_default();
    Some(
        base.join("standpoint")
            .join(format!("library-{name}-{h:016x}.sqlite")),
    )
}

/// True for the errors that mean the file is not a usable index.
fn is_damage(e: &rusqlite::Error) -> bool {
    use rusqlite::ffi::ErrorCode::*;
    matches!(
        e.sqlite_error_code(),
        Some(DatabaseCorrupt | NotADatabase | SchemaChanged)
    ) || matches!(
        e,
        rusqlite::Error::InvalidColumnType(..)
            | rusqlite::Error::InvalidColumnIndex(..)
            | rusqlite::Error::InvalidColumnName(..)
            | rusqlite::Error::IntegralValueOutOfRange(..)
            | rusqlite::Error::FromSqlConversionFailure(..)
    ) || e.to_string().contains("no such")
}

/// The outcome of looking at an existing file.
enum Opened {
    Good(Connection),
    /// Not an index of this schema (or damaged): rebuild.
    Bad,
}

impl Index {
    /// Open the index at `path`, creating it, or building it again when it
    /// is not a usable index of this version.
    pub fn open(path: &Path) -> Result<Index, IndexError> {
        let err = |source| IndexError::Sqlite {
            path: path.display().to_string(),
            source,
        };
        if let Some(dir) = path.parent() {
            let _ = fs::create_dir_all(dir);
        }
        match Self::try_existing(path).map_err(err)? {
            Opened::Good(conn) => Ok(Index {
                conn,
                path: Some(path.to_path_buf()),
            }),
            Opened::Bad => {
                let conn = Self::create(path).map_err(err)?;
                Ok(Index {
                    conn,
                    path: Some(path.to_path_buf()),
                })
            }
        }
    }

    /// An index in memory (a fresh scan; no home directory).
    pub fn in_memory() -> Result<Index, IndexError> {
        let conn = Connection::open_in_memory()
            .and_then(|c| {
                c.execute_batch(SCHEMA)?;
                Ok(c)
            })
            .map_err(|source| IndexError::Sqlite {
                path: "(in memory)".into(),
                source,
            })?;
        Ok(Index { conn, path: None })
    }

    /// Where the index file is (`None` in memory).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    fn connect(path: &Path) -> rusqlite::Result<Connection> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(std::time::Duration::from_secs(60))?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "cache_size", -16_000)?;
        Ok(conn)
    }

    /// Open the file at `path` (creating it) and check that it is an index
    /// of this version, making an empty file one. The check runs under the
    /// write lock, so a process building the same index is waited for and
    /// two processes never both create the schema.
    fn try_existing(path: &Path) -> rusqlite::Result<Opened> {
        let conn = match Self::connect(path) {
            Ok(c) => c,
            Err(e) if is_damage(&e) => return Ok(Opened::Bad),
            Err(e) => return Err(e),
        };
        let check = || -> rusqlite::Result<bool> {
            let app: i64 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
            let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
            if app == APPLICATION_ID && version == SCHEMA_VERSION {
                // A truncated file: SQLite would only notice on reading a
                // missing page.
                let pages: i64 = conn.pragma_query_value(None, "page_count", |r| r.get(0))?;
                let size: i64 = conn.pragma_query_value(None, "page_size", |r| r.get(0))?;
                let len = fs::metadata(path).map_or(0, |m| m.len());
                return Ok(u64::try_from(pages * size).ok() == Some(len));
            }
            let tables: i64 =
                conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
            if app != 0 || version != 0 || tables != 0 {
                return Ok(false);
            }
            conn.execute_batch(SCHEMA)?;
            conn.pragma_update(None, "application_id", APPLICATION_ID)?;
            conn.pragma_update(None, "user_version", SCHEMA_VERSION)?;
            Ok(true)
        };
        let checked = conn.execute_batch("BEGIN IMMEDIATE").and_then(|()| check());
        let end = match checked {
            Ok(true) => conn.execute_batch("COMMIT"),
            _ => conn.execute_batch("ROLLBACK"),
        };
        match checked.and_then(|ok| end.map(|()| ok)) {
            Ok(true) => Ok(Opened::Good(conn)),
            Ok(false) => Ok(Opened::Bad),
            Err(e) if is_damage(&e) => Ok(Opened::Bad),
            Err(e) => Err(e),
        }
    }

    /// Open a fresh index at `path`, deleting whatever is there.
    fn create(path: &Path) -> rusqlite::Result<Connection> {
        remove_db(path);
        match Self::try_existing(path)? {
            Opened::Good(conn) => Ok(conn),
            Opened::Bad => Err(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CANTOPEN),
                Some("a new index could not be created".into()),
            )),
        }
    }

    /// Delete the file and start an empty index there.
    fn rebuild(&mut self) -> Result<(), IndexError> {
        let Some(path) = self.path.clone() else {
            // In memory: start again in memory.
            *self = Index::in_memory()?;
            return Ok(());
        };
        // Close the old connection before deleting its file.
        let old = std::mem::replace(
            &mut self.conn,
            Connection::open_in_memory().map_err(|source| IndexError::Sqlite {
                path: path.display().to_string(),
                source,
            })?,
        );
        drop(old);
        self.conn = Self::create(&path).map_err(|source| IndexError::Sqlite {
            path: path.display().to_string(),
            source,
        })?;
        Ok(())
    }

    fn sql_err(&self, source: rusqlite::Error) -> IndexError {
        IndexError::Sqlite {
            path: self
                .path
                .as_ref()
                .map_or_else(|| "(in memory)".to_string(), |p| p.display().to_string()),
            source,
        }
    }

    /// Bring the index up to date with the files under `roots`. An index
    /// that SQLite finds damaged on the way is built again from scratch.
    pub fn sync(
        &mut self,
        roots: &[PathBuf],
        progress: &mut dyn Progress,
    ) -> Result<SyncStats, IndexError> {
        match self.sync_once(roots, progress) {
            Ok(s) => Ok(s),
            Err(e) if is_damage(&e) => {
                self.rebuild()?;
                let mut s = self
                    .sync_once(roots, progress)
                    .map_err(|e| self.sql_err(e))?;
                s.rebuilt = true;
                Ok(s)
            }
            Err(e) => Err(self.sql_err(e)),
        }
    }

    fn sync_once(
        &mut self,
        roots: &[PathBuf],
        progress: &mut dyn Progress,
    ) -> rusqlite::Result<SyncStats> {
        let mut stats = SyncStats::default();
        let found = scan::walk(roots);
        let now = now_ns();

        // 1. Files: trust size + time unless racy; hash the rest.
        // One writer at a time: another process bringing the same index up
        // to date is waited for (up to a minute), then its work is seen.
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let known = known_files(&tx)?;
        let (hashes, changed_files) = hash_changed(&found, &known, &mut stats);
        // Articles outside the roots are hashed on every open.
        let mut outside: HashMap<PathBuf, Option<i64>> = HashMap::new();
        let mut hash_of = |p: &Path| -> Option<i64> {
            if let Some(&h) = hashes.get(p) {
                return Some(h);
            }
            *outside
                .entry(p.to_path_buf())
                .or_insert_with(|| hash_file(p))
        };

        // 2. Documents: keep the valid ones, load the others. An annotation
        // is loaded first (the articles it names are then not listed on
        // their own), then the articles no annotation names.
        let docs = known_docs(&tx)?;
        let mut keep: HashSet<PathBuf> = HashSet::new();
        let mut referenced: HashSet<PathBuf> = HashSet::new();
        let mut load_annotations: Vec<PathBuf> = Vec::new();
        for f in found.iter().filter(|f| f.annotation) {
            let own = hashes.get(&f.path).copied();
            // A document with errors is kept too: its errors come from its
            // annotation and article, whose hashes are checked.
            let valid = docs.get(&f.path).is_some_and(|d| {
                Some(d.own_hash) == own
                    && d.kind != DocKind::Article
                    && d.article
                        .as_ref()
                        .is_none_or(|a| hash_of(Path::new(a)) == d.article_hash)
            });
            if valid {
                keep.insert(f.path.clone());
                if let Some(a) = docs.get(&f.path).and_then(|d| d.article.as_ref()) {
                    referenced.insert(PathBuf::from(a));
                }
            } else {
                load_annotations.push(f.path.clone());
            }
        }
        let articles: Vec<&Found> = found.iter().filter(|f| !f.annotation).collect();
        let article_valid = |f: &Found| {
            docs.get(&f.path).is_some_and(|d| {
                d.kind == DocKind::Article && Some(d.own_hash) == hashes.get(&f.path).copied()
            })
        };
        // An estimate until the annotations are loaded: an article beside
        // an annotation of the same name is most likely its article.
        let beside: HashSet<PathBuf> = load_annotations
            .iter()
            .map(|p| p.with_extension(""))
            .collect();
        let mut total = load_annotations.len()
            + articles
                .iter()
                .filter(|f| {
                    !referenced.contains(&f.path)
                        && !article_valid(f)
                        && !beside.contains(&f.path.with_extension(""))
                })
                .count();
        progress.update(0, total);

        let mut deleted: HashSet<i64> = HashSet::new();
        let mut remove = |tx: &Connection, path: &Path| -> rusqlite::Result<()> {
            if let Some(d) = docs.get(path) {
                if deleted.insert(d.id) {
                    delete_doc(tx, d.id)?;
                }
            }
            Ok(())
        };
        let mut done = 0;
        let stored = load_and_store(
            &load_annotations,
            scan::load_annotation,
            progress,
            (&mut done, total),
            |l| {
                if let Some(a) = &l.doc.article {
                    referenced.insert(a.clone());
                }
                let own = hashes.get(&l.doc.path).copied().unwrap_or(0);
                let ah = l.doc.article.as_deref().and_then(&mut hash_of);
                remove(&tx, &l.doc.path)?;
                insert_doc(&tx, l, own, ah)
            },
        )?;
        stats.loaded += stored.len();
        keep.extend(stored);
        let mut load_articles: Vec<PathBuf> = Vec::new();
        for f in &articles {
            if referenced.contains(&f.path) {
                remove(&tx, &f.path)?;
            } else if article_valid(f) {
                keep.insert(f.path.clone());
            } else {
                remove(&tx, &f.path)?;
                load_articles.push(f.path.clone());
            }
        }
        total = done + load_articles.len();
        let stored = load_and_store(
            &load_articles,
            scan::load_article,
            progress,
            (&mut done, total),
            |l| {
                let own = hashes.get(&l.doc.path).copied().unwrap_or(0);
                insert_doc(&tx, l, own, Some(own))
            },
        )?;
        stats.loaded += stored.len();
        keep.extend(stored);
        // Documents whose files are gone (or that became something else).
        for path in docs.keys() {
            if !keep.contains(path) {
                remove(&tx, path)?;
                stats.removed += 1;
            }
        }

        // 3. Files table.
        store_files(&tx, &found, &known, &changed_files, now)?;
        tx.commit()?;
        if stats.loaded + stats.removed > 0 {
            // Statistics for the query planner (sampled; redone by SQLite
            // only when a table has grown or shrunk a lot): without them
            // it may scan a party's claims for one target.
            self.conn
                .execute_batch("PRAGMA analysis_limit = 400; PRAGMA optimize = 0x10002;")?;
        }
        progress.finish();
        Ok(stats)
    }

    /// Every listed document, by date (undated last), then path.
    pub fn documents(&self) -> Result<Vec<DocSummary>, IndexError> {
        let sql = format!(
            "SELECT {DOC_COLUMNS} FROM docs d WHERE d.kind != {} ORDER BY {DOC_ORDER}",
            DocKind::Other.code()
        );
        self.query(&sql, [], doc_row)
    }

    pub fn document(&self, id: i64) -> Result<Option<DocSummary>, IndexError> {
        let sql = format!("SELECT {DOC_COLUMNS} FROM docs d WHERE d.id = ?1");
        Ok(self.query(&sql, [id], doc_row)?.into_iter().next())
    }

    /// Parties (`table` = "parties") or topics ("topics") across documents:
    /// the name of the latest document declaring each id.
    pub fn named(&self, table: &str) -> Result<Vec<Named>, IndexError> {
        let table = if table == "topics" {
            "topics"
        } else {
            "parties"
        };
        // Each (id, name) with its documents and latest date, from the
        // covering index alone.
        let sql = format!(
            "SELECT id, name, count(*), max(date) FROM {table} GROUP BY id, name ORDER BY id"
        );
        let rows: Vec<(String, String, i64, String)> = self.query(&sql, [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?;
        let mut out: Vec<Named> = Vec::new();
        let mut latest = String::new();
        for (id, name, n, date) in rows {
            let n = usize::try_from(n).unwrap_or(0);
            match out.last_mut() {
                Some(last) if last.id == id => {
                    last.docs += n;
                    // The name of the latest document (ties: the greater
                    // name, so the choice does not depend on the order of
                    // the rows).
                    if (date.as_str(), name.as_str()) > (latest.as_str(), last.name.as_str()) {
                        last.name = name;
                        latest = date;
                    }
                }
                _ => {
                    latest = date;
                    out.push(Named { id, name, docs: n });
                }
            }
        }
        Ok(out)
    }

    /// Run a query, every row through `f`.
    pub fn query<T, P: rusqlite::Params>(
        &self,
        sql: &str,
        params: P,
        f: impl FnMut(&rusqlite::Row) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>, IndexError> {
        let run = || -> rusqlite::Result<Vec<T>> {
            let mut st = self.conn.prepare_cached(sql)?;
            let rows = st.query_map(params, f)?;
            rows.collect()
        };
        run().map_err(|e| self.sql_err(e))
    }

    /// Every claim, in timeline order (document date, path, annotation
    /// order).
    pub fn claims_in_order(&self) -> Result<Vec<ClaimRow>, IndexError> {
        let sql = format!(
            "SELECT {CLAIM_COLUMNS} FROM claims c JOIN docs d ON d.id = c.doc \
             ORDER BY {DOC_ORDER}, c.ord"
        );
        self.query(&sql, [], claim_row)
    }

    /// Claims of the documents, with the document's date, path and title.
    pub fn claims_where(
        &self,
        condition: &str,
        params: impl rusqlite::Params,
    ) -> Result<Vec<(ClaimRow, DocSummary)>, IndexError> {
        let sql = format!(
            "SELECT {CLAIM_COLUMNS}, {DOC_COLUMNS} FROM claims c JOIN docs d ON d.id = c.doc \
             WHERE {condition} ORDER BY {DOC_ORDER}, c.ord"
        );
        self.query(&sql, params, |r| {
            let c = claim_row(r)?;
            let d = doc_row_from(r, 15)?;
            Ok((c, d))
        })
    }
}

fn known_files(conn: &Connection) -> rusqlite::Result<HashMap<PathBuf, FileRow>> {
    let mut st = conn.prepare("SELECT path, size, mtime, hash, checked FROM files")?;
    let rows = st.query_map([], |r| {
        Ok((
            PathBuf::from(r.get::<_, String>(0)?),
            FileRow {
                size: r.get(1)?,
                mtime: r.get(2)?,
                hash: r.get(3)?,
                checked: r.get(4)?,
            },
        ))
    })?;
    rows.collect()
}

fn known_docs(conn: &Connection) -> rusqlite::Result<HashMap<PathBuf, DocRow>> {
    let mut st =
        conn.prepare("SELECT id, path, kind, article, own_hash, article_hash FROM docs")?;
    let rows = st.query_map([], |r| {
        Ok((
            PathBuf::from(r.get::<_, String>(1)?),
            DocRow {
                id: r.get(0)?,
                kind: DocKind::from_code(r.get(2)?),
                article: r.get(3)?,
                own_hash: r.get(4)?,
                article_hash: r.get(5)?,
            },
        ))
    })?;
    rows.collect()
}

struct FileRow {
    size: i64,
    mtime: i64,
    hash: i64,
    checked: i64,
}

struct DocRow {
    id: i64,
    kind: DocKind,
    article: Option<String>,
    own_hash: i64,
    article_hash: Option<i64>,
}

fn now_ns() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX))
}

fn path_str(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

/// The xxh3 hash of a file's bytes, as stored (`None` if unreadable).
pub fn hash_file(path: &Path) -> Option<i64> {
    let mut f = fs::File::open(path).ok()?;
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    let mut buf = vec![0u8; 256 * 1024];
    loop {
        let n = f.read(&mut buf).ok()?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
    }
    Some(h.digest() as i64)
}

/// Remove an index file and SQLite's files beside it.
fn remove_db(path: &Path) {
    for suffix in ["", "-journal", "-wal", "-shm"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let _ = fs::remove_file(PathBuf::from(p));
    }
}

fn delete_doc(tx: &Connection, id: i64) -> rusqlite::Result<()> {
    let base: i64 = tx
        .prepare_cached("SELECT fts_base FROM docs WHERE id = ?1")?
        .query_row([id], |r| r.get(0))?;
    tx.prepare_cached("DELETE FROM fts WHERE rowid >= ?1 AND rowid < ?2")?
        .execute([base, base + (1 << FTS_SHIFT)])?;
    for sql in [
        "DELETE FROM docs WHERE id = ?1",
        "DELETE FROM parties WHERE doc = ?1",
        "DELETE FROM topics WHERE doc = ?1",
        "DELETE FROM claims WHERE doc = ?1",
    ] {
        tx.prepare_cached(sql)?.execute([id])?;
    }
    Ok(())
}

fn insert_doc(
    tx: &Connection,
    l: &Loaded,
    own_hash: i64,
    article_hash: Option<i64>,
) -> rusqlite::Result<i64> {
    tx.prepare_cached(
        "INSERT INTO docs(path, kind, article, own_hash, article_hash, title, date, source, \
         claims, drafts, error) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        path_str(&l.doc.path),
        l.doc.kind.code(),
        l.doc.article.as_deref().map(path_str),
        own_hash,
        article_hash,
        l.doc.title,
        l.doc.date,
        l.doc.source,
        l.doc.claims as i64,
        l.doc.drafts as i64,
        l.doc.error,
    ])?;
    let id = tx.last_insert_rowid();
    if id > MAX_DOC_ID {
        // Rebuilt by `sync`, which numbers documents from 1 again.
        return Err(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CORRUPT),
            Some("the index has used up its document numbers".into()),
        ));
    }
    let base = fts_base(id, &l.doc.date);
    tx.prepare_cached("UPDATE docs SET fts_base = ?1 WHERE id = ?2")?
        .execute([base, id])?;
    for (table, list) in [("parties", &l.parties), ("topics", &l.topics)] {
        let mut st = tx.prepare_cached(&format!(
            "INSERT INTO {table}(doc, id, name, date) VALUES (?1, ?2, ?3, ?4)"
        ))?;
        for (pid, name) in list {
            st.execute(params![id, pid, name, l.doc.date])?;
        }
    }
    let mut st = tx.prepare_cached(
        "INSERT INTO claims(doc, ord, id, party, topic, speaker, stance, target, tkey, summary, \
         draft, start, end, cstart, cend, line, date) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
    )?;
    let mut fts = tx.prepare_cached(
        "INSERT INTO fts(rowid, body, kind, ord, start) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    let mut k: i64 = 0;
    for c in &l.claims {
        let q = &c.quote;
        st.execute(params![
            id,
            c.ord as i64,
            c.id,
            c.party,
            c.topic,
            c.speaker,
            c.stance.as_str(),
            c.target,
            super::target_key(&c.target),
            c.summary,
            c.draft as i64,
            q.start as i64,
            q.end as i64,
            q.char_start as i64,
            q.char_end as i64,
            q.line as i64,
            l.doc.date,
        ])?;
        fts.execute(params![
            base | k,
            format!("{}\n{}\n{}", c.target, c.summary, c.speaker),
            "claim",
            c.ord as i64,
            q.start as i64
        ])?;
        k += 1;
    }
    for (off, text) in &l.chunks {
        fts.execute(params![base | k, text, "article", -1i64, *off as i64])?;
        k += 1;
    }
    Ok(id)
}

/// Load `paths` on several threads and `store` each document as it comes;
/// the paths stored. `count` is (documents done so far, total) for the
/// progress display. The first error stops the storing.
fn load_and_store(
    paths: &[PathBuf],
    load: fn(&Path) -> Loaded,
    progress: &mut dyn Progress,
    count: (&mut usize, usize),
    mut store: impl FnMut(&Loaded) -> rusqlite::Result<i64>,
) -> rusqlite::Result<Vec<PathBuf>> {
    let (done, total) = count;
    let mut stored = Vec::new();
    let mut failed = None;
    load_parallel(paths, load, |l| {
        *done += 1;
        progress.update(*done, total);
        if failed.is_none() {
            match store(&l) {
                Ok(_) => stored.push(l.doc.path),
                Err(e) => failed = Some(e),
            }
        }
    });
    match failed {
        Some(e) => Err(e),
        None => Ok(stored),
    }
}

/// Load `paths` with `load` on several threads, handing each result to
/// `sink` on this thread as it comes (in any order).
fn load_parallel(paths: &[PathBuf], load: fn(&Path) -> Loaded, mut sink: impl FnMut(Loaded)) {
    if paths.is_empty() {
        return;
    }
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(1, 4)
        .min(paths.len());
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::sync_channel::<Loaded>(32);
    std::thread::scope(|s| {
        for _ in 0..workers {
            let tx = tx.clone();
            let next = &next;
            s.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(p) = paths.get(i) else { break };
                // A bug in reading one file must not stop the scan.
                let l = std::panic::catch_unwind(|| load(p)).unwrap_or_else(|_| {
                    let mut l = scan::load_failed(p);
                    l.doc.error = Some(format!(
                        "{}: standpoint failed while reading this file (a bug: please report it)",
                        p.display()
                    ));
                    l
                });
                if tx.send(l).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        for l in rx {
            sink(l);
        }
    });
}

/// Step 1 of a sync: each found file's hash, trusted from the index when
/// its size and time match and are not racy, else read (and counted in
/// `stats.hashed`); and the files hashed anew.
fn hash_changed<'f>(
    found: &'f [Found],
    known: &HashMap<PathBuf, FileRow>,
    stats: &mut SyncStats,
) -> (HashMap<PathBuf, i64>, Vec<(&'f Found, i64)>) {
    let mut hashes: HashMap<PathBuf, i64> = HashMap::with_capacity(found.len());
    let mut changed_files: Vec<(&Found, i64)> = Vec::new();
    for f in found {
        let trusted = known.get(&f.path).and_then(|k| {
            (k.size == f.size as i64 && k.mtime == f.mtime && f.mtime < k.checked - RACY_NS)
                .then_some(k.hash)
        });
        match trusted {
            Some(h) => {
                hashes.insert(f.path.clone(), h);
            }
            None => {
                stats.hashed += 1;
                if let Some(h) = hash_file(&f.path) {
                    hashes.insert(f.path.clone(), h);
                    changed_files.push((f, h));
                }
            }
        }
    }
    (hashes, changed_files)
}

/// Step 3 of a sync: the files table (new hashes in, vanished files out).
fn store_files(
    tx: &Connection,
    found: &[Found],
    known: &HashMap<PathBuf, FileRow>,
    changed_files: &[(&Found, i64)],
    now: i64,
) -> rusqlite::Result<()> {
    let mut up = tx.prepare_cached(
        "INSERT OR REPLACE INTO files(path, size, mtime, hash, checked) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (f, h) in changed_files {
        up.execute(params![path_str(&f.path), f.size as i64, f.mtime, h, now])?;
    }
    let present: HashSet<&PathBuf> = found.iter().map(|f| &f.path).collect();
    let mut del = tx.prepare_cached("DELETE FROM files WHERE path = ?1")?;
    for p in known.keys() {
        if !present.contains(p) {
            del.execute([path_str(p)])?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_order_dates_and_fit_the_row_ids() {
        assert_eq!(day_number("1000-01-01"), 0);
        assert_eq!(day_number("1970-01-01"), 354_285);
        assert_eq!(day_number(""), 0);
        assert_eq!(day_number("0999-12-31"), 0);
        assert_eq!(day_number("2025-02-26") - day_number("2025-02-25"), 1);
        assert_eq!(day_number("2025-03-01") - day_number("2025-02-28"), 1);
        assert_eq!(day_number("2024-03-01") - day_number("2024-02-28"), 2);
        assert_eq!(day_number("2025-02-26T10:00Z"), day_number("2025-02-26"));
        let a = fts_base(MAX_DOC_ID, "2025-01-01") | ((1 << FTS_SHIFT) - 1);
        let b = fts_base(1, "2025-01-02");
        assert!(a < b, "a later day sorts after every row of an earlier one");
        assert_eq!(fts_doc(a), MAX_DOC_ID);
        assert_eq!(fts_doc(b + 5), 1);
        assert!(fts_base(MAX_DOC_ID, "9999-12-31") > 0);
    }
}
