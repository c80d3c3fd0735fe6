//! Which files make up a library, and what one document contributes to it.
//!
//! A library is made of directories (walked recursively; hidden files and
//! directories, such as `.git` or `.standpoint`, are skipped; symbolic
//! links to directories are not followed) and single files:
//!
//! - every `.yaml`/`.yml` file is an annotation, unless it has none of the
//!   top-level fields `title`, `date`, `article`, `body`, `claims` (a
//!   drafting profile, or some other YAML: skipped);
//! - every `.txt`/`.md` file that no annotation names as its `article` is
//!   an article without an annotation: listed, drafted on demand.
//!
//! A file that cannot be read or loaded is listed with its error; it never
//! stops a scan.

use std::fs;
use std::path::{Component, Path, PathBuf};

use super::{ClaimRow, DocSummary, QuoteAt};
use crate::loader::{self, LoadError};
use crate::model::{Document, Status};
use crate::yaml::{self, Value};

/// What kind of file a document comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DocKind {
    /// An annotation (loaded, or broken with an error).
    Annotated,
    /// An article without an annotation (drafted on demand).
    Article,
    /// A YAML file that is not an annotation (a profile): not listed.
    Other,
}

impl DocKind {
    pub fn code(self) -> i64 {
        match self {
            DocKind::Annotated => 0,
            DocKind::Article => 1,
            DocKind::Other => 2,
        }
    }
    pub fn from_code(c: i64) -> DocKind {
        match c {
            0 => DocKind::Annotated,
            1 => DocKind::Article,
            _ => DocKind::Other,
        }
    }
}

/// Why a library could not be opened at all (a single broken document is
/// not such a reason).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {reason}\n  help: {help}")]
pub struct RootError {
    pub path: String,
    pub reason: String,
    pub help: String,
}

/// The inputs as absolute, canonical paths (so the same library opened
/// from another directory finds the same index), duplicates removed.
pub fn roots(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, RootError> {
    if inputs.is_empty() {
        return Err(RootError {
            path: ".".into(),
            reason: "no directory or file given".into(),
            help: "name a directory of annotations and articles".into(),
        });
    }
    let mut out = Vec::new();
    for p in inputs {
        let c = p.canonicalize().map_err(|e| RootError {
            path: p.display().to_string(),
            reason: match e.kind() {
                std::io::ErrorKind::NotFound => "does not exist".to_string(),
                _ => format!("cannot be opened: {e}"),
            },
            help: "check the path".into(),
        })?;
        if !out.contains(&c) {
            out.push(c);
        }
    }
    Ok(out)
}

/// A file found by the walk, with what `stat` says about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub path: PathBuf,
    pub size: u64,
    /// Modification time in nanoseconds since the epoch (0 if unknown).
    pub mtime: i64,
    pub annotation: bool,
}

/// True for a file name the library reads as an annotation.
pub fn is_annotation(path: &Path) -> bool {
    crate::draft::is_annotation_path(path)
}

/// True for a file name the library reads as an article.
pub fn is_article(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("txt") || e.eq_ignore_ascii_case("md"))
}

/// Modification time of `meta` in nanoseconds since the epoch.
pub fn mtime_ns(meta: &fs::Metadata) -> i64 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX))
}

/// Every annotation and article under the roots, sorted by path. Files that
/// vanish or cannot be listed during the walk are left out.
pub fn walk(roots: &[PathBuf]) -> Vec<Found> {
    let mut out = Vec::new();
    for root in roots {
        visit(root, &mut out);
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out.dedup_by(|a, b| a.path == b.path);
    out
}

/// True when the roots hold at least one annotation or article (stops at
/// the first).
pub fn any_document(roots: &[PathBuf]) -> bool {
    fn look(path: &Path, top: bool) -> bool {
        let Ok(meta) = fs::metadata(path) else {
            return false;
        };
        if meta.is_file() {
            return is_annotation(path) || is_article(path);
        }
        if !meta.is_dir()
            || (!top && fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()))
        {
            return false;
        }
        fs::read_dir(path).is_ok_and(|entries| {
            entries.flatten().any(|e| {
                !e.file_name().to_string_lossy().starts_with('.') && look(&e.path(), false)
            })
        })
    }
    roots.iter().any(|r| look(r, true))
}

fn visit(path: &Path, out: &mut Vec<Found>) {
    let Ok(meta) = fs::metadata(path) else { return };
    if meta.is_dir() {
        visit_dir(path, out);
    } else if meta.is_file() {
        push_file(path, &meta, out);
    }
}

/// The files under `dir`: the type comes with the directory entry and only
/// annotations and articles are `stat`ed, so a walk costs little more than
/// one system call per file of interest.
fn visit_dir(dir: &Path, out: &mut Vec<Found>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        if e.file_name().as_encoded_bytes().first() == Some(&b'.') {
            continue;
        }
        let Ok(ft) = e.file_type() else { continue };
        let path = e.path();
        if ft.is_dir() {
            visit_dir(&path, out);
        } else if is_annotation(&path) || is_article(&path) {
            // A symbolic link to a file is followed; one to a directory
            // is not (no loops).
            let meta = if ft.is_symlink() {
                fs::metadata(&path)
            } else {
                e.metadata()
            };
            if let Some(meta) = meta.ok().filter(fs::Metadata::is_file) {
                push_file(&path, &meta, out);
            }
        }
    }
}

fn push_file(path: &Path, meta: &fs::Metadata, out: &mut Vec<Found>) {
    let annotation = is_annotation(path);
    if annotation || is_article(path) {
        out.push(Found {
            path: path.to_path_buf(),
            size: meta.len(),
            mtime: mtime_ns(meta),
            annotation,
        });
    }
}

/// `path` with `.` and `dir/..` removed, without touching the disk.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            c => out.push(c.as_os_str()),
        }
    }
    out
}

/// A path relative to the root it is under (with the root's own name in
/// front, so `data/` shows `data/library/x.yaml`), or as it is.
pub fn shown(roots: &[PathBuf], path: &Path) -> String {
    for r in roots {
        if let Ok(rel) = path.strip_prefix(r) {
            let name = r.file_name().map(Path::new).unwrap_or(Path::new(""));
            return if rel.as_os_str().is_empty() {
                name.display().to_string()
            } else {
                name.join(rel).display().to_string()
            };
        }
    }
    path.display().to_string()
}

/// One party or topic declared by a document: id and name (or label).
pub type Declared = (String, String);

/// Everything one document contributes to the library.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// Its entry in the list (`id` is given by the index; `claims` counts
    /// `claims` below).
    pub doc: DocSummary,
    pub parties: Vec<Declared>,
    pub topics: Vec<Declared>,
    pub claims: Vec<ClaimRow>,
    /// The article cut into pieces for full-text search: (byte offset,
    /// text).
    pub chunks: Vec<(usize, String)>,
}

impl Loaded {
    fn empty(kind: DocKind, path: &Path) -> Loaded {
        Loaded {
            doc: DocSummary::bare(kind, path.to_path_buf()),
            parties: Vec::new(),
            topics: Vec::new(),
            claims: Vec::new(),
            chunks: Vec::new(),
        }
    }
}

/// A document whose reading failed: listed under its file name.
pub fn load_failed(path: &Path) -> Loaded {
    let kind = if is_annotation(path) {
        DocKind::Annotated
    } else {
        DocKind::Article
    };
    let mut l = Loaded::empty(kind, path);
    l.doc.title = stem(path);
    l
}

/// The file stem, as a title of last resort.
fn stem(path: &Path) -> String {
    crate::sanitize::sanitize(
        &path
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned()),
    )
}

/// Load an annotation: its claims and article, or its error (with the
/// title, date and article read from the YAML where it parses).
pub fn load_annotation(path: &Path) -> Loaded {
    match loader::load_path(path) {
        Ok(doc) => from_document(path, &doc),
        Err(e) => broken(path, &e),
    }
}

/// The top-level fields of an annotation, read with the YAML parser only.
fn top_fields(src: &str) -> Option<Vec<(String, Option<String>)>> {
    let tree = yaml::parse(src).ok()?;
    let Value::Map(entries) = tree.value else {
        return None;
    };
    Some(
        entries
            .into_iter()
            .filter_map(|(k, v)| {
                let key = k.as_str()?.to_string();
                let val = match v.value {
                    Value::Str(s) => Some(s.to_string()),
                    Value::Int(i) => Some(i.to_string()),
                    _ => None,
                };
                Some((key, val))
            })
            .collect(),
    )
}

/// True when a YAML file is not an annotation at all (a drafting profile,
/// or other YAML): it has none of the fields only an annotation has.
fn is_other_yaml(fields: &[(String, Option<String>)]) -> bool {
    !fields
        .iter()
        .any(|(k, _)| matches!(k.as_str(), "title" | "date" | "article" | "body" | "claims"))
}

fn broken(path: &Path, e: &LoadError) -> Loaded {
    let src = fs::read_to_string(path).unwrap_or_default();
    let fields = top_fields(&src);
    if fields.as_deref().is_some_and(is_other_yaml) {
        return Loaded::empty(DocKind::Other, path);
    }
    let mut l = Loaded::empty(DocKind::Annotated, path);
    let get = |key: &str| {
        fields
            .as_ref()
            .and_then(|f| f.iter().find(|(k, _)| k == key))
            .and_then(|(_, v)| v.clone())
            .map(|v| crate::sanitize::sanitize(v.trim()).replace('\n', " "))
    };
    l.doc.title = get("title").unwrap_or_else(|| stem(path));
    l.doc.date = get("date")
        .filter(|d| loader::is_iso_date(d))
        .unwrap_or_default();
    l.doc.article =
        get("article").map(|a| normalize(&path.parent().unwrap_or(Path::new("")).join(a)));
    l.doc.error = Some(e.to_string());
    l
}

/// What a loaded document contributes.
pub fn from_document(path: &Path, doc: &Document) -> Loaded {
    let mut l = Loaded::empty(DocKind::Annotated, path);
    l.doc.article = doc.article.path.as_deref().map(normalize);
    l.doc.title = doc.title.clone();
    l.doc.date = doc.date.clone();
    l.doc.source = doc
        .source
        .as_ref()
        .and_then(|s| s.outlet.clone().or_else(|| s.url.clone()))
        .unwrap_or_default();
    l.parties = doc
        .parties
        .iter()
        .map(|p| (p.id.clone(), p.name.clone()))
        .collect();
    l.topics = doc
        .topics
        .iter()
        .map(|t| (t.id.clone(), t.label.clone()))
        .collect();
    let a = &doc.article;
    l.claims = doc
        .claims
        .iter()
        .enumerate()
        .map(|(ord, c)| ClaimRow {
            doc: 0,
            ord,
            id: c.id.clone(),
            party: doc
                .parties
                .get(c.party)
                .map_or_else(String::new, |p| p.id.clone()),
            topic: doc
                .topics
                .get(c.topic)
                .map_or_else(String::new, |t| t.id.clone()),
            speaker: c.speaker.clone(),
            stance: c.stance,
            target: c.target.clone(),
            summary: c.summary.clone(),
            draft: c.status == Status::Draft,
            quote: QuoteAt {
                start: c.span.start,
                end: c.span.end,
                char_start: a.char_offset(c.span.start),
                char_end: a.char_offset(c.span.end),
                line: a.line_of(c.span.start),
            },
        })
        .collect();
    l.doc.drafts = l.claims.iter().filter(|c| c.draft).count();
    l.doc.claims = l.claims.len();
    l.chunks = chunks(a.text());
    l
}

/// Load an article without an annotation: its title, the date written in
/// it or in its file's name (none if neither names one) and its text for
/// search. Not drafted here.
pub fn load_article(path: &Path) -> Loaded {
    let mut l = Loaded::empty(DocKind::Article, path);
    l.doc.article = Some(path.to_path_buf());
    match crate::draft::read_article(path) {
        Ok(text) => {
            let text = crate::sanitize::sanitize_owned(text);
            l.doc.title = crate::draft::meta::title_of(&text, Some(path)).0;
            l.doc.date = crate::draft::meta::date_in_text(&text)
                .or_else(|| crate::draft::meta::date_in_file_name(path))
                .unwrap_or_default();
            l.chunks = chunks(&text);
        }
        Err(e) => {
            l.doc.title = stem(path);
            l.doc.error = Some(e.to_string());
        }
    }
    l
}

/// About how many bytes of article one search chunk holds.
const CHUNK: usize = 1024;

/// The text cut into pieces of about [`CHUNK`] bytes at line ends (a long
/// line at a space, or at any character boundary), with their offsets.
pub fn chunks(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let rest = &text[start..];
        let end = if rest.len() <= CHUNK {
            rest.len()
        } else {
            let window = floor_boundary(rest, 2 * CHUNK);
            let head = &rest[..window];
            let min = floor_boundary(head, CHUNK);
            head[min..]
                .find('\n')
                .map(|i| min + i + 1)
                .or_else(|| head.rfind('\n').filter(|&i| i > 0).map(|i| i + 1))
                .or_else(|| head.rfind(' ').filter(|&i| i > 0).map(|i| i + 1))
                .unwrap_or(window)
        };
        let piece = &rest[..end];
        if !piece.trim().is_empty() {
            out.push((start, piece.to_string()));
        }
        start += end.max(1);
    }
    out
}

/// The largest char boundary of `s` at or below `i`.
pub fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_article_is_dated_by_its_text_else_by_its_file_name() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let named = dir.path().join("talks-2025-03-04.txt");
        std::fs::write(&named, "Talks Resume\n\nROME, Oct 21 — Talks resumed.\n")
            .unwrap_or_default();
        assert_eq!(load_article(&named).doc.date, "2025-03-04");
        let dated = dir.path().join("talks-2025-03-05.txt");
        std::fs::write(&dated, "Talks Resume\n\nROME, March 3, 2025 — Talks.\n")
            .unwrap_or_default();
        assert_eq!(load_article(&dated).doc.date, "2025-03-03");
        let neither = dir.path().join("talks.txt");
        std::fs::write(&neither, "Talks Resume\n\nTalks resumed.\n").unwrap_or_default();
        assert_eq!(load_article(&neither).doc.date, "");
    }

    #[test]
    fn chunks_cover_the_text_at_line_ends() {
        let text = "héllo world\n".repeat(300);
        let c = chunks(&text);
        assert!(c.len() > 2);
        let mut joined = String::new();
        for (off, piece) in &c {
            assert_eq!(*off, joined.len());
            assert!(piece.ends_with('\n'));
            joined.push_str(piece);
        }
        assert_eq!(joined, text);
        // Lines and words across the cut: at char boundaries.
        let text = format!("{}\n{}", "a“".repeat(400), "“b ".repeat(900));
        let c = chunks(&text);
        assert_eq!(c.iter().map(|(_, p)| p.as_str()).collect::<String>(), text);
        // One long line with no spaces: cut at char boundaries.
        let long = "ü".repeat(5000);
        let c = chunks(&long);
        assert_eq!(c.iter().map(|(_, p)| p.as_str()).collect::<String>(), long);
        assert!(c.iter().all(|(_, p)| p.len() <= 2 * CHUNK));
    }

    #[test]
    fn paths_normalise_and_show_under_their_root() {
        assert_eq!(
            normalize(Path::new("/a/b/../c/./d")),
            PathBuf::from("/a/c/d")
        );
        let roots = vec![PathBuf::from("/x/data")];
        assert_eq!(
            shown(&roots, Path::new("/x/data/lib/a.yaml")),
            "data/lib/a.yaml"
        );
        assert_eq!(shown(&roots, Path::new("/y/b.yaml")), "/y/b.yaml");
    }

    #[test]
    fn profiles_are_not_annotations() {
        let f = |s: &str| top_fields(s).map(|f| is_other_yaml(&f));
        assert_eq!(f("topics: []\nparties: []\n"), Some(true));
        assert_eq!(f("title: x\nparties: []\n"), Some(false));
        assert_eq!(f("topics: [unclosed"), None);
    }
}
