//! The recovery journal: unsaved edits survive a crash, a SIGHUP or a
//! closed terminal.
//!
//! After every change the reader calls [`Recovery::record`]: the edits made
//! since the last save (the session's [`super::History::unsaved`], undos
//! included, in order) are written atomically, readable by the user only
//! (mode 0600), to one file per document in the user's state directory
//! (`$XDG_STATE_HOME/standpoint/recovery/`, by default
//! `~/.local/state/standpoint/recovery/`; the cache directory where there is
//! no state directory), named after the document's canonical path. That
//! directory is always writable, unlike a document's own (a read-only
//! directory, or the bundled article). With nothing unsaved the file is
//! removed: after a save, an undo back to the saved state, or
//! [`Recovery::discard`].
//!
//! On the next open of the same document, [`Recovery::find`] tells whether
//! edits are waiting (how many, since when, and whether the file is still
//! the one they were made on); [`Recovery::restore`] replays them onto the
//! freshly loaded document (each an undoable step), refusing cleanly if the
//! file changed meanwhile; [`Recovery::discard`] drops them.
//!
//! Signals: the journal is already current after each edit, so a SIGHUP
//! handler only has to let the main loop stop (and may call `record` once
//! more); nothing needs writing from inside the handler. To keep an edit
//! within a frame's time, the reader can take [`Recovery::prepare`] on its
//! thread and [`JournalWrite::commit`] it on another.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use serde::{Deserialize, Serialize};

use super::edit::{Edit, EditError};
use super::session::{Session, Stamp};
use crate::write;

/// The journal's format version.
const FORMAT: u32 = 1;

#[derive(Debug, Serialize, Deserialize)]
struct Journal {
    format: u32,
    /// The document (its recovery key).
    document: String,
    /// The file the edits apply to.
    base: Stamp,
    /// Seconds since 1970 when written.
    written: u64,
    edits: Vec<Edit>,
}

/// Unsaved edits found for a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The journal file.
    pub path: PathBuf,
    /// Number of edits recorded.
    pub edits: usize,
    /// When they were last recorded.
    pub written: SystemTime,
    /// True when the document is still the one the edits were made on (so
    /// they can be restored).
    pub matches: bool,
}

/// Why recovery failed.
#[derive(Debug, thiserror::Error)]
pub enum RecoveryError {
    #[error("no directory for recovery files: neither XDG_STATE_HOME nor HOME is set")]
    NoDirectory,
    #[error("no unsaved edits are recorded for this document")]
    Nothing,
    #[error("the recovery file {} cannot be read: {reason}; discard it", .path.display())]
    Unreadable { path: PathBuf, reason: String },
    #[error("the document changed since the unsaved edits were recorded, so they cannot be replayed on it; discard them (they stay in {} until then)", .path.display())]
    Changed { path: PathBuf },
    #[error("restore the unsaved edits before making new ones")]
    NotFresh,
    #[error("unsaved edit {n} of {total} does not apply ({error}); nothing was restored")]
    Replay {
        n: usize,
        total: usize,
        error: EditError,
    },
    #[error("cannot write the recovery file: {0}")]
    Write(#[from] write::WriteError),
    #[error("cannot remove the recovery file {}: {reason}", .path.display())]
    Remove { path: PathBuf, reason: String },
}

/// Where recovery files are kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovery {
    dir: PathBuf,
}

impl Recovery {
    /// Recovery files in `dir` (created when first needed, mode 0700).
    pub fn new(dir: impl Into<PathBuf>) -> Recovery {
        Recovery { dir: dir.into() }
    }

    /// The user's state directory (XDG), else the cache directory, with
    /// `standpoint/recovery` below.
    pub fn default_location() -> Result<Recovery, RecoveryError> {
        use etcetera::BaseStrategy;
        let base = etcetera::choose_base_strategy().map_err(|_| RecoveryError::NoDirectory)?;
        let root = base.state_dir().unwrap_or_else(|| base.cache_dir());
        Ok(Recovery::new(root.join("standpoint").join("recovery")))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The journal file of the document named `key`.
    pub fn path_for(&self, key: &str) -> PathBuf {
        let tail = key.rsplit(['/', '\\', ':']).next().unwrap_or("");
        let mut name: String = tail
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
            .take(48)
            .collect();
        if name.is_empty() || name.starts_with('.') {
            name.insert_str(0, "doc");
        }
        let h = Stamp::of(key.as_bytes()).hash;
        self.dir.join(format!("{name}-{h:016x}.json"))
    }

    fn remove(path: &Path) -> Result<(), RecoveryError> {
        match fs::remove_file(path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(RecoveryError::Remove {
                path: path.to_path_buf(),
                reason: e.to_string(),
            }),
        }
    }

    /// Bring the journal in line with the session: its unsaved edits
    /// written (atomically, mode 0600), or the file removed when nothing is
    /// unsaved. Call after every change and after a save.
    pub fn record(&self, s: &Session) -> Result<(), RecoveryError> {
        self.prepare(s).commit()
    }

    /// What [`Recovery::record`] would write, taken from the session now
    /// (quick), to be committed later or on another thread (the file system
    /// part: a write and an fsync, some milliseconds).
    pub fn prepare(&self, s: &Session) -> JournalWrite {
        let stale = s
            .former_recovery_keys()
            .iter()
            .map(|k| self.path_for(k))
            .collect();
        let Some(key) = s.recovery_key() else {
            return JournalWrite {
                dir: self.dir.clone(),
                stale,
                path: None,
                json: None,
            };
        };
        let path = self.path_for(&key);
        let edits = s.unsaved_for_journal();
        let json = (!edits.is_empty()).then(|| {
            let journal = Journal {
                format: FORMAT,
                document: key,
                base: s.base_stamp(),
                written: SystemTime::now()
                    .duration_since(SystemTime::UNIX_EPOCH)
                    .map_or(0, |d| d.as_secs()),
                edits,
            };
            serde_json::to_string(&journal).unwrap_or_default()
        });
        JournalWrite {
            dir: self.dir.clone(),
            stale,
            path: Some(path),
            json,
        }
    }

    fn read(&self, s: &Session) -> Result<Option<(PathBuf, Journal)>, RecoveryError> {
        let Some(key) = s.recovery_key() else {
            return Ok(None);
        };
        let path = self.path_for(&key);
        let text = match fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => {
                return Err(RecoveryError::Unreadable {
                    path,
                    reason: e.to_string(),
                })
            }
        };
        let j: Journal = serde_json::from_str(&text).map_err(|e| RecoveryError::Unreadable {
            path: path.clone(),
            reason: e.to_string(),
        })?;
        if j.format != FORMAT || j.document != key {
            return Err(RecoveryError::Unreadable {
                path,
                reason: "it was written for another document or by another version".into(),
            });
        }
        Ok(Some((path, j)))
    }

    /// Unsaved edits waiting for this document, if any.
    pub fn find(&self, s: &Session) -> Result<Option<Found>, RecoveryError> {
        Ok(self.read(s)?.map(|(path, j)| Found {
            path,
            edits: j.edits.len(),
            written: SystemTime::UNIX_EPOCH + Duration::from_secs(j.written),
            matches: j.base == s.base_stamp(),
        }))
    }

    /// Replay the recorded edits onto `s` (freshly opened, no edits yet);
    /// the number of edits replayed. All or nothing.
    pub fn restore(&self, s: &mut Session) -> Result<usize, RecoveryError> {
        let (path, j) = self.read(s)?.ok_or(RecoveryError::Nothing)?;
        if j.base != s.base_stamp() {
            return Err(RecoveryError::Changed { path });
        }
        if s.is_modified() || s.history().can_undo() {
            return Err(RecoveryError::NotFresh);
        }
        let total = j.edits.len();
        for (n, e) in j.edits.into_iter().enumerate() {
            if let Err(error) = s.apply(e) {
                while s.history().can_undo() {
                    if s.undo().is_err() {
                        break;
                    }
                }
                return Err(RecoveryError::Replay {
                    n: n + 1,
                    total,
                    error,
                });
            }
        }
        Ok(total)
    }

    /// Drop the recorded edits of this document.
    pub fn discard(&self, s: &Session) -> Result<(), RecoveryError> {
        match s.recovery_key() {
            Some(k) => Recovery::remove(&self.path_for(&k)),
            None => Ok(()),
        }
    }
}

/// A journal update taken from a session, not yet on disk (see
/// [`Recovery::prepare`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalWrite {
    dir: PathBuf,
    /// Journals of the names the document had before (removed).
    stale: Vec<PathBuf>,
    path: Option<PathBuf>,
    /// `None`: nothing unsaved, the journal is removed.
    json: Option<String>,
}

impl JournalWrite {
    /// Write (or remove) the journal.
    pub fn commit(self) -> Result<(), RecoveryError> {
        for p in &self.stale {
            Recovery::remove(p)?;
        }
        let Some(path) = self.path else {
            return Ok(());
        };
        let Some(json) = self.json else {
            return Recovery::remove(&path);
        };
        create_private_dir(&self.dir).map_err(|e| write::WriteError::Io {
            path: self.dir.display().to_string(),
            reason: write::describe_io_error(&e, &self.dir),
        })?;
        write::write_private(&path, &json)?;
        Ok(())
    }
}

/// Create `dir` (and its parents) readable by the user only.
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut b = fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(dir)
}
