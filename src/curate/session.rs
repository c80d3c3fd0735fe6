//! A document being curated: where it came from, its edits and their
//! history, and how it is saved.
//!
//! Saving ([`Session::save`]):
//! - an annotation file is rewritten atomically (a temporary file in its
//!   directory, then a rename; see [`crate::write`]) with only what changed
//!   (see [`super::render`]); if the file changed on disk since it was
//!   opened or last saved (its length or content hash differ), it is not
//!   overwritten: [`SaveError::Changed`] names a copy to write instead
//!   ([`Session::save_as`]);
//! - a read-only file or directory is [`SaveError::ReadOnly`]; nothing is
//!   lost: the edits stay in the session;
//! - an article drafted without an annotation is saved as `ARTICLE.yaml`
//!   beside it, never replacing a file (even one created meanwhile);
//! - the bundled article is saved as a copy (article and annotation) in a
//!   directory (the current one for the reader);
//! - after a save the session follows the file written.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use super::edit::{Edit, EditError, History, Work};
use super::render::{self, Base, RenderError};
use super::source::{MapError, SourceMap};
use crate::draft::{self, Draft};
use crate::loader::{self, FsArticles, LoadError, MemArticles};
use crate::model::{Claim, Document};
use crate::write::{self, WriteError};

/// Where a document came from, and so where it is saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// An annotation file.
    File(PathBuf),
    /// An article drafted without an annotation: saved as `ARTICLE.yaml`
    /// beside it (see [`annotation_path`]).
    Drafted { article: PathBuf },
    /// The bundled article: saved as a copy (article and annotation) in
    /// `dir`.
    Bundled { dir: PathBuf },
    /// No file (e.g. read from standard input): only [`Session::save_as`].
    Memory,
}

/// Length and content hash of a file's bytes (64-bit FNV-1a: stable from one
/// version of the program to the next, so it can name a file's state in the
/// recovery journal).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Stamp {
    pub len: u64,
    pub hash: u64,
}

impl Stamp {
    pub fn of(bytes: &[u8]) -> Stamp {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        Stamp {
            len: bytes.len() as u64,
            hash: h,
        }
    }
}

/// What a save did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    /// The annotation written (or found unchanged).
    pub path: PathBuf,
    /// False when nothing had changed and nothing was written.
    pub written: bool,
}

/// Why a save did not happen. The edits are kept in every case.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("{} {} since it was opened or last saved, so it was not overwritten; your edits are kept: save them as a copy ({}) or reload the file", .path.display(), if *.gone { "was removed or renamed" } else { "was changed on disk" }, .copy.display())]
    Changed {
        path: PathBuf,
        /// A name for a copy beside it ([`Session::save_as`]).
        copy: PathBuf,
        gone: bool,
    },
    #[error("{} already exists and is never replaced; save as a copy ({}) or move it away", .path.display(), .copy.display())]
    Exists { path: PathBuf, copy: PathBuf },
    #[error("cannot save {}: {what}; your edits are kept: make it writable, or save a copy elsewhere", .path.display())]
    ReadOnly { path: PathBuf, what: String },
    #[error("this document was not read from a file: save it under a name")]
    NoFile,
    #[error("a copy must be in the directory of the annotation ({}), where its article is found", .0.display())]
    OtherDirectory(PathBuf),
    #[error("cannot read {} to check it before saving: {reason}", .path.display())]
    Read { path: PathBuf, reason: String },
    #[error("{0}")]
    Write(#[from] WriteError),
    #[error("{0}")]
    Render(#[from] RenderError),
    #[error("{0}")]
    Map(#[from] MapError),
}

/// Where the annotation of a drafted article is saved: beside it, same
/// name, `.yaml`.
pub fn annotation_path(article: &Path) -> PathBuf {
    article.with_extension("yaml")
}

/// `NAME.conflict-YYYYMMDD-HHMMSS.yaml` beside `path` (UTC).
pub fn conflict_path(path: &Path, now: SystemTime) -> PathBuf {
    let secs = now
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (y, m, d) = civil_from_days((secs / 86_400) as i64);
    let t = secs % 86_400;
    let stem = path
        .file_stem()
        .map_or_else(|| "annotation".into(), |s| s.to_string_lossy().into_owned());
    path.with_file_name(format!(
        "{stem}.conflict-{y:04}{m:02}{d:02}-{:02}{:02}{:02}.yaml",
        t / 3600,
        t / 60 % 60,
        t % 60
    ))
}

/// (year, month, day) of a day count since 1970-01-01 (H. Hinnant's
/// algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Refuse a read-only target early, by its permission bits (so even an
/// administrator, whom the system would let write, is stopped by a file
/// or directory someone made read-only).
fn check_writable(path: &Path, existing: bool) -> Result<(), SaveError> {
    let dir = parent_dir(path);
    if let Ok(m) = fs::metadata(&dir) {
        if m.is_dir() && m.permissions().readonly() {
            return Err(SaveError::ReadOnly {
                path: path.to_path_buf(),
                what: format!("the directory {} is read-only", dir.display()),
            });
        }
    }
    if existing {
        if let Ok(m) = fs::metadata(path) {
            if m.permissions().readonly() {
                return Err(SaveError::ReadOnly {
                    path: path.to_path_buf(),
                    what: "the file is read-only".to_string(),
                });
            }
        }
    }
    Ok(())
}

/// A write error as a save error (permission problems are `ReadOnly`).
fn write_error(path: &Path, e: WriteError) -> SaveError {
    match e {
        WriteError::Denied { reason, .. } => SaveError::ReadOnly {
            path: path.to_path_buf(),
            what: reason,
        },
        WriteError::Exists(_) => SaveError::Exists {
            path: path.to_path_buf(),
            copy: conflict_path(path, SystemTime::now()),
        },
        e => SaveError::Write(e),
    }
}

/// A document being curated.
pub struct Session {
    origin: Origin,
    /// The YAML as opened: every save is this text with the changes.
    src: Arc<str>,
    /// The claims as loaded, by key.
    base: Vec<Claim>,
    map: OnceLock<Result<SourceMap, MapError>>,
    work: Work,
    history: History,
    /// The annotation file as last read or written.
    disk: Option<Stamp>,
    /// Keys of the claims in the order of the file on disk.
    disk_keys: Vec<usize>,
    /// Recovery keys this session had before a save moved it.
    former_keys: Vec<String>,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("origin", &self.origin)
            .field("claims", &self.work.doc().claims.len())
            .field("modified", &self.history.is_modified())
            .finish()
    }
}

impl Session {
    /// A session on `doc`, which was loaded from the YAML `src`.
    pub fn new(doc: Document, src: impl Into<Arc<str>>, origin: Origin) -> Session {
        let src: Arc<str> = src.into();
        let disk = matches!(origin, Origin::File(_)).then(|| Stamp::of(src.as_bytes()));
        let n = doc.claims.len();
        Session {
            origin,
            base: doc.claims.clone(),
            src,
            map: OnceLock::new(),
            work: Work::new(doc),
            history: History::default(),
            disk,
            disk_keys: (0..n).collect(),
            former_keys: Vec::new(),
        }
    }

    /// Open an annotation file.
    pub fn open(path: &Path) -> Result<Session, LoadError> {
        let name = path.display().to_string();
        let src = loader::read_text(path, loader::MAX_ANNOTATION_BYTES, "annotation file")
            .map_err(LoadError::File)?;
        let base = parent_dir(path);
        let mut doc = loader::load_source(&src, &name, &FsArticles { base })?;
        doc.path = Some(path.to_path_buf());
        Ok(Session::new(doc, src, Origin::File(path.to_path_buf())))
    }

    /// A drafted article: its annotation is the YAML `standpoint draft`
    /// writes (saved beside the article as `ARTICLE.yaml`).
    pub fn drafted(d: &Draft, article: &Path) -> Result<Session, LoadError> {
        let dir = parent_dir(article);
        let rel = draft::meta::relative_path(&dir, article);
        let yaml = draft::to_yaml(d, &rel);
        let name = annotation_path(article).display().to_string();
        let text = d.doc.article.text().to_string();
        let mut doc = loader::load_source(&yaml, &name, &MemArticles(text))?;
        doc.article.path = Some(article.to_path_buf());
        Ok(Session::new(
            doc,
            yaml,
            Origin::Drafted {
                article: article.to_path_buf(),
            },
        ))
    }

    /// The bundled article, to be saved as a copy in `dir`.
    pub fn bundled(dir: &Path) -> Result<Session, LoadError> {
        let doc = loader::bundled()?;
        Ok(Session::new(
            doc,
            loader::BUNDLED_YAML,
            Origin::Bundled {
                dir: dir.to_path_buf(),
            },
        ))
    }

    pub fn doc(&self) -> &Document {
        self.work.doc()
    }

    pub fn work(&self) -> &Work {
        &self.work
    }

    pub fn history(&self) -> &History {
        &self.history
    }

    pub fn origin(&self) -> &Origin {
        &self.origin
    }

    /// True when there are changes not saved.
    pub fn is_modified(&self) -> bool {
        self.history.is_modified()
    }

    /// Apply an edit (a new undo step). `Ok(false)`: it changed nothing.
    pub fn apply(&mut self, edit: Edit) -> Result<bool, EditError> {
        self.history.apply(&mut self.work, edit)
    }

    /// Undo the last edit; the edit undone.
    pub fn undo(&mut self) -> Result<Option<Edit>, EditError> {
        self.history.undo(&mut self.work)
    }

    /// Redo the last undone edit; the edit redone.
    pub fn redo(&mut self) -> Result<Option<Edit>, EditError> {
        self.history.redo(&mut self.work)
    }

    /// The YAML as opened.
    pub fn source(&self) -> &str {
        &self.src
    }

    /// Locate the claims in the source (done once, on the first save:
    /// about a tenth of a second for 10,000 claims). The reader can run
    /// [`Session::map_job`] on another thread instead.
    pub fn source_map(&self) -> Result<&SourceMap, MapError> {
        self.map
            .get_or_init(|| SourceMap::build(&self.src))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The work of [`Session::source_map`], to run on another thread; give
    /// its result to [`Session::install_map`].
    pub fn map_job(&self) -> impl FnOnce() -> (Arc<str>, Result<SourceMap, MapError>) + Send {
        let src = Arc::clone(&self.src);
        move || {
            let m = SourceMap::build(&src);
            (src, m)
        }
    }

    /// Install the result of a [`Session::map_job`] (ignored if it was made
    /// from another text or a map is already there).
    pub fn install_map(&mut self, job: (Arc<str>, Result<SourceMap, MapError>)) {
        if Arc::ptr_eq(&job.0, &self.src) {
            let _ = self.map.set(job.1);
        }
    }

    /// The YAML the document saves as.
    pub fn render(&self) -> Result<String, SaveError> {
        if !self.history.is_modified() && self.history.undo_len() == 0 {
            return Ok(self.src.to_string());
        }
        let map = self.source_map()?;
        let base = Base {
            src: &self.src,
            map,
            claims: &self.base,
        };
        Ok(render::render(&base, &self.work)?)
    }

    /// Where [`Session::save`] writes the annotation (`None` for a
    /// document without a file).
    pub fn target(&self) -> Option<PathBuf> {
        match &self.origin {
            Origin::File(p) => Some(p.clone()),
            Origin::Drafted { article } => Some(annotation_path(article)),
            Origin::Bundled { dir } => Some(dir.join(bundled_name(loader::BUNDLED_NAME))),
            Origin::Memory => None,
        }
    }

    /// A name for a copy when the target cannot be written (see
    /// [`SaveError::Changed`]).
    pub fn conflict_copy(&self) -> Option<PathBuf> {
        self.target().map(|t| conflict_path(&t, SystemTime::now()))
    }

    /// Save to the document's file (see the module documentation).
    pub fn save(&mut self) -> Result<Saved, SaveError> {
        match self.origin.clone() {
            Origin::File(path) => {
                if !self.is_modified() {
                    return Ok(Saved {
                        path,
                        written: false,
                    });
                }
                let text = self.render()?;
                self.check_disk(&path)?;
                check_writable(&path, true)?;
                write::write_file(&path, &text, true).map_err(|e| write_error(&path, e))?;
                self.saved(path.clone(), &text);
                Ok(Saved {
                    path,
                    written: true,
                })
            }
            Origin::Drafted { article } => self.save_new(&annotation_path(&article)),
            Origin::Bundled { dir } => {
                write_bundled_article(&dir)?;
                self.save_new(&dir.join(bundled_name(loader::BUNDLED_NAME)))
            }
            Origin::Memory => Err(SaveError::NoFile),
        }
    }

    /// Save as a new file `path` (never replacing one); the session then
    /// follows it. An annotation's copy must be in its directory (the
    /// article path in it is relative).
    pub fn save_as(&mut self, path: &Path) -> Result<Saved, SaveError> {
        let here = match &self.origin {
            Origin::File(p) => Some(parent_dir(p)),
            Origin::Drafted { article } => Some(parent_dir(article)),
            Origin::Bundled { .. } | Origin::Memory => None,
        };
        if let Some(dir) = here {
            let same = |a: &Path, b: &Path| match (fs::canonicalize(a), fs::canonicalize(b)) {
                (Ok(x), Ok(y)) => x == y,
                _ => a == b,
            };
            if !same(&parent_dir(path), &dir) {
                return Err(SaveError::OtherDirectory(dir));
            }
        }
        if let Origin::Bundled { .. } = self.origin {
            // The bundled article goes beside the copy.
            write_bundled_article(&parent_dir(path))?;
        }
        self.save_new(path)
    }

    fn save_new(&mut self, path: &Path) -> Result<Saved, SaveError> {
        let text = self.render()?;
        check_writable(path, false)?;
        write::write_file(path, &text, false).map_err(|e| write_error(path, e))?;
        self.saved(path.to_path_buf(), &text);
        Ok(Saved {
            path: path.to_path_buf(),
            written: true,
        })
    }

    /// After a successful write of `text` to `path`.
    fn saved(&mut self, path: PathBuf, text: &str) {
        if let Some(k) = self.recovery_key() {
            if Origin::File(path.clone()) != self.origin {
                self.former_keys.push(k);
            }
        }
        self.origin = Origin::File(path.clone());
        self.disk = Some(Stamp::of(text.as_bytes()));
        self.history.mark_saved();
        self.disk_keys = self.work.extras().iter().map(|e| e.key).collect();
        self.work.set_path(path);
    }

    /// Refuse to overwrite a file that is not as last read or written.
    fn check_disk(&self, path: &Path) -> Result<(), SaveError> {
        let changed = |gone| SaveError::Changed {
            path: path.to_path_buf(),
            copy: conflict_path(path, SystemTime::now()),
            gone,
        };
        match fs::read(path) {
            Ok(bytes) => {
                if Some(Stamp::of(&bytes)) != self.disk {
                    return Err(changed(false));
                }
                Ok(())
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(changed(true)),
            Err(e) => Err(SaveError::Read {
                path: path.to_path_buf(),
                reason: write::describe_io_error(&e, &parent_dir(path)),
            }),
        }
    }

    /// The state of the annotation on disk this session last saw (`None`
    /// before a new annotation is first saved).
    pub fn disk_stamp(&self) -> Option<Stamp> {
        self.disk
    }

    /// What names the document in the recovery journal: its file's
    /// canonical path, or the article's for a draft.
    pub fn recovery_key(&self) -> Option<String> {
        let canon = |p: &Path| {
            fs::canonicalize(p)
                .or_else(|_| std::path::absolute(p))
                .unwrap_or_else(|_| p.to_path_buf())
                .display()
                .to_string()
        };
        match &self.origin {
            Origin::File(p) => Some(canon(p)),
            Origin::Drafted { article } => Some(format!("draft:{}", canon(article))),
            Origin::Bundled { .. } => Some(format!("bundled:{}", loader::BUNDLED_NAME)),
            Origin::Memory => {
                let s = Stamp::of(self.doc().article.text().as_bytes());
                Some(format!("memory:{:016x}", s.hash))
            }
        }
    }

    /// Keys the session had before a save moved it (their journals are
    /// stale).
    pub fn former_recovery_keys(&self) -> &[String] {
        &self.former_keys
    }

    /// What the recovery journal is relative to: the annotation as on disk,
    /// else the YAML the session started from.
    pub fn base_stamp(&self) -> Stamp {
        self.disk.unwrap_or_else(|| Stamp::of(self.src.as_bytes()))
    }

    /// The unsaved edits, with each restored claim's key turned into its
    /// position in the file on disk (what a fresh open of that file calls
    /// it).
    pub fn unsaved_for_journal(&self) -> Vec<Edit> {
        let pos: std::collections::HashMap<usize, usize> = self
            .disk_keys
            .iter()
            .enumerate()
            .map(|(i, &k)| (k, i))
            .collect();
        fn map(e: &Edit, pos: &std::collections::HashMap<usize, usize>) -> Edit {
            match e {
                Edit::Insert { at, claim } => {
                    let mut c = claim.clone();
                    c.origin = c.origin.and_then(|k| pos.get(&k).copied());
                    Edit::Insert { at: *at, claim: c }
                }
                Edit::Batch { edits } => Edit::Batch {
                    edits: edits.iter().map(|e| map(e, pos)).collect(),
                },
                other => other.clone(),
            }
        }
        self.history
            .unsaved()
            .iter()
            .map(|e| map(e, &pos))
            .collect()
    }
}

/// Write the bundled article into `dir` (an identical file already there
/// is fine; another one is never replaced).
fn write_bundled_article(dir: &Path) -> Result<(), SaveError> {
    let name = loader::article_hint(loader::BUNDLED_YAML).unwrap_or_default();
    let path = dir.join(name);
    check_writable(&path, false)?;
    match write::write_file(&path, loader::BUNDLED_ARTICLE, false) {
        Ok(()) => Ok(()),
        Err(WriteError::Exists(_))
            if fs::read(&path).is_ok_and(|b| b == loader::BUNDLED_ARTICLE.as_bytes()) =>
        {
            Ok(())
        }
        Err(e) => Err(write_error(&path, e)),
    }
}

/// The file name of the bundled annotation.
fn bundled_name(name: &str) -> String {
    Path::new(name)
        .file_name()
        .map_or_else(|| name.to_string(), |n| n.to_string_lossy().into_owned())
}
