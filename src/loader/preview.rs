//! Previews: the start of a large document's article, read without parsing
//! anything, so the reader can draw its first screen while the whole
//! document loads.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::{MAX_ANNOTATION_BYTES, MAX_ARTICLE_BYTES};
use crate::model::{Article, Document};
use crate::sanitize::{sanitize, sanitize_owned};

/// Bytes of the article a preview shows.
pub const PREVIEW_BYTES: usize = 64 * 1024;

/// Bytes of the annotation a preview reads to find its title, date and
/// article (the header comes first in every annotation).
const HEAD_BYTES: usize = 64 * 1024;

/// The value of a top-level `article:` line, read without parsing the YAML,
/// so the article can be read and prepared while the YAML is parsed. Only a
/// guess: it is checked against the parsed value.
pub fn article_hint(src: &str) -> Option<String> {
    top_value(src, "article:").filter(|v| !v.contains('\''))
}

/// The value of a top-level `key:` line, read without parsing (see
/// [`article_hint`]); plain or simply quoted values only.
fn top_value(src: &str, key: &str) -> Option<String> {
    let line = if src.starts_with(key) {
        src
    } else {
        let at = src.find(&format!("\n{key}"))?;
        &src[at + 1..]
    };
    let line = line.split('\n').next().unwrap_or("");
    let line = line.strip_suffix('\r').unwrap_or(line);
    let v = line[key.len()..].trim();
    let v = match v.find(" #") {
        Some(i) => v[..i].trim_end(),
        None => v,
    };
    let v = v
        .strip_prefix('"')
        .and_then(|x| x.strip_suffix('"'))
        .or_else(|| v.strip_prefix('\'').and_then(|x| x.strip_suffix('\'')))
        .unwrap_or(v);
    (!v.is_empty() && !v.contains(['\\', '"'])).then(|| v.to_string())
}

/// A quick preview of a large annotated document: its title and date, read
/// from the head of the annotation without parsing, and the start of its
/// article, with no claims. `None` when the document is small (loading is
/// instant then) or anything about it is unusual (the full load reports it).
pub fn preview(path: &Path) -> Option<Document> {
    let yaml_len = fs::metadata(path).ok()?.len();
    if yaml_len > MAX_ANNOTATION_BYTES {
        return None;
    }
    let head = read_head(path, HEAD_BYTES)?;
    // Only whole lines of the head.
    let head = match head.rfind('\n') {
        Some(i) if head.len() as u64 != yaml_len => &head[..=i],
        _ => head.as_str(),
    };
    let rel = article_hint(head)?;
    let apath = path.parent().unwrap_or(Path::new(".")).join(&rel);
    let meta = fs::metadata(&apath).ok()?;
    if !meta.is_file() || meta.len() + yaml_len < 64 << 10 {
        return None;
    }
    let text = read_head(&apath, PREVIEW_BYTES)?;
    let title = top_value(head, "title:").unwrap_or_else(|| path.display().to_string());
    Some(start_of(
        Some(path.to_path_buf()),
        sanitize(&title),
        sanitize(&top_value(head, "date:").unwrap_or_default()),
        text,
        apath,
        false,
    ))
}

/// A preview of a large article opened without an annotation: its start,
/// shown while the panel is drafted. `None` for a small or unusual file.
pub fn preview_article(path: &Path) -> Option<Document> {
    let meta = fs::metadata(path).ok()?;
    if !meta.is_file() || meta.len() < 256 << 10 || meta.len() > MAX_ARTICLE_BYTES {
        return None;
    }
    let text = read_head(path, PREVIEW_BYTES)?;
    let title = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    Some(start_of(
        None,
        sanitize(&title),
        String::new(),
        text,
        path.to_path_buf(),
        true,
    ))
}

/// A document of an article's start and no claims.
fn start_of(
    path: Option<PathBuf>,
    title: String,
    date: String,
    text: String,
    article: PathBuf,
    draft: bool,
) -> Document {
    Document {
        path,
        title,
        date,
        source: None,
        article: Article::new(sanitize_owned(text), Some(article)),
        topics: Vec::new(),
        parties: Vec::new(),
        claims: Vec::new(),
        draft,
        notice: None,
    }
}

/// The first `n` bytes of a file as text (a character cut at the end is
/// dropped; anything else that is not UTF-8 gives `None`).
fn read_head(path: &Path, n: usize) -> Option<String> {
    let mut head = Vec::with_capacity(n);
    fs::File::open(path)
        .ok()?
        .take(n as u64)
        .read_to_end(&mut head)
        .ok()?;
    match String::from_utf8(head) {
        Ok(t) => Some(t),
        Err(e) => {
            let ok = e.utf8_error().valid_up_to();
            if e.as_bytes().len() - ok > 3 {
                return None;
            }
            let mut b = e.into_bytes();
            b.truncate(ok);
            String::from_utf8(b).ok()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn previews_only_large_articles_and_only_their_start() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let small = dir.path().join("small.txt");
        let big = dir.path().join("big.txt");
        let _ = fs::write(&small, "A short article.\n");
        let _ = fs::write(&big, "Ünïcode line \u{1b}[31m.\n".repeat(40_000));
        assert!(preview_article(&small).is_none());
        let p = preview_article(&big).unwrap_or_else(|| panic!("no preview"));
        assert!(p.draft && p.claims.is_empty());
        assert!(p.article.text().chars().count() <= PREVIEW_BYTES);
        assert!(p.article.text().chars().count() < 40_000 * 15);
        assert!(p.article.text().starts_with("Ünïcode line \u{241B}[31m."));
        assert_eq!(p.title, "big.txt");
    }

    #[test]
    fn an_annotation_preview_reads_the_head_only() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let _ = fs::write(dir.path().join("a.txt"), "Opening words.\n".repeat(10_000));
        // A header, then far more claims than the head holds.
        let mut y = String::from(
            "title: \"A big one\"  # comment\ndate: 2025-01-02\narticle: a.txt\nclaims:\n",
        );
        while y.len() < 4 * HEAD_BYTES {
            y.push_str("  - id: x\n");
        }
        y.push_str("title2: never read\n");
        let p = dir.path().join("a.yaml");
        let _ = fs::write(&p, &y);
        let d = preview(&p).unwrap_or_else(|| panic!("no preview"));
        assert_eq!(d.title, "A big one");
        assert_eq!(d.date, "2025-01-02");
        assert!(d.article.text().starts_with("Opening words."));
        // An `article:` line past the head: no preview (the full load opens it).
        let late = format!(
            "title: t\n{}article: a.txt\n",
            "# filler\n".repeat(HEAD_BYTES / 9 + 1)
        );
        let _ = fs::write(&p, late);
        assert!(preview(&p).is_none());
    }

    #[test]
    fn top_values_are_read_from_their_own_line() {
        let src = "title: T\r\narticle: 'a b.txt'\ndate: \"2025-01-01\"\n";
        assert_eq!(top_value(src, "title:").as_deref(), Some("T"));
        assert_eq!(article_hint(src).as_deref(), Some("a b.txt"));
        assert_eq!(top_value(src, "date:").as_deref(), Some("2025-01-01"));
        assert_eq!(top_value("  title: x\n", "title:"), None);
        // No value, or one with an escape or a quote inside: no guess.
        assert_eq!(top_value("title:\ndate: d\n", "title:"), None);
        assert_eq!(top_value("title: \"\"\n", "title:"), None);
        assert_eq!(article_hint("article: a\\b.txt\n"), None);
        assert_eq!(article_hint("article: a\"b.txt\n"), None);
    }

    /// A file of `len` bytes that starts with `head` (the rest is zero
    /// bytes, left as a hole: a 128 MiB test file costs nothing).
    fn file_of(path: &Path, head: &[u8], len: u64) {
        let f = fs::File::create(path).unwrap_or_else(|e| panic!("{e}"));
        let mut w = std::io::BufWriter::new(&f);
        std::io::Write::write_all(&mut w, head).unwrap_or_else(|e| panic!("{e}"));
        drop(w);
        f.set_len(len).unwrap_or_else(|e| panic!("{e}"));
    }

    #[test]
    fn an_article_preview_is_its_first_64_kib_less_a_cut_character() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("a.txt");
        let text_of = |body: &[u8]| {
            file_of(&path, body, 300 << 10);
            preview_article(&path).map(|d| d.article.text().to_string())
        };
        // Plain text: exactly the first 64 KiB.
        let plain = text_of(&[b'a'; 70_000]).unwrap_or_default();
        assert_eq!(plain.len(), 64 * 1024);
        // The 64 KiB end in a character (1 of its 3 bytes, or 3 of its 4):
        // the preview stops before it.
        let mut euro = vec![b'a'; 64 * 1024 - 1];
        euro.extend_from_slice("€ after".as_bytes());
        assert_eq!(text_of(&euro), Some("a".repeat(64 * 1024 - 1)));
        let mut emoji = vec![b'a'; 64 * 1024 - 3];
        emoji.extend_from_slice("😀 after".as_bytes());
        assert_eq!(text_of(&emoji), Some("a".repeat(64 * 1024 - 3)));
        // Not UTF-8, at the start or in the middle: no preview (the full
        // load says why).
        let mut latin1 = b"caf\xe9 ".to_vec();
        latin1.extend_from_slice(&[b'a'; 70_000]);
        assert_eq!(text_of(&latin1), None);
        let mut middle = vec![b'a'; 40_000];
        middle.extend_from_slice(b"caf\xe9 ");
        middle.extend_from_slice(&[b'a'; 30_000]);
        assert_eq!(text_of(&middle), None);
    }

    #[test]
    fn only_articles_from_256_kib_to_the_size_limit_are_previewed() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("a.txt");
        let previewed = |len: u64| {
            file_of(&path, b"Opening words.\n", len);
            preview_article(&path).is_some()
        };
        assert!(!previewed((256 << 10) - 1));
        assert!(previewed(256 << 10));
        assert!(previewed(MAX_ARTICLE_BYTES));
        assert!(!previewed(MAX_ARTICLE_BYTES + 1));
        assert!(preview_article(dir.path()).is_none(), "a directory");
    }

    #[test]
    fn only_documents_of_64_kib_or_more_and_within_the_limit_are_previewed() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (yaml, article) = (dir.path().join("a.yaml"), dir.path().join("a.txt"));
        let head = b"title: T\ndate: 2025-01-02\narticle: a.txt\n";
        let previewed = |yaml_len: u64, article_len: u64| {
            file_of(&yaml, head, yaml_len);
            file_of(&article, b"Opening words.\n", article_len);
            preview(&yaml).is_some()
        };
        // Article and annotation together: 64 KiB at least.
        assert!(!previewed(100, 3_000));
        assert!(!previewed(100, (64 << 10) - 101));
        assert!(previewed(100, (64 << 10) - 100));
        // The annotation within its limit.
        assert!(previewed(MAX_ANNOTATION_BYTES, 100));
        assert!(!previewed(MAX_ANNOTATION_BYTES + 1, 100));
    }

    #[test]
    fn an_annotation_preview_reads_whole_lines_of_its_first_64_kib() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (yaml, article) = (dir.path().join("a.yaml"), dir.path().join("a.txt"));
        file_of(&article, b"Opening words.\n", 100 << 10);
        // The `article:` line well inside the head, the `date:` line cut
        // by its end: the date is not guessed from half a line.
        let mut y = String::from("title: T\n");
        y.push_str(&"# filler\n".repeat(300));
        y.push_str("article: a.txt\n");
        while y.len() < HEAD_BYTES - 8 {
            y.push_str("# more\n");
        }
        y.truncate(HEAD_BYTES - 8);
        y.push_str("\ndate: 2025-01-02\nclaims: []\n");
        let _ = fs::write(&yaml, &y);
        let d = preview(&yaml).unwrap_or_else(|| panic!("no preview"));
        assert_eq!((d.title.as_str(), d.date.as_str()), ("T", ""));
        // A small annotation with no line break at its end: its last line
        // is read whole.
        let _ = fs::write(&yaml, "title: T\ndate: 2025-01-02\narticle: a.txt");
        let d = preview(&yaml).unwrap_or_else(|| panic!("no preview"));
        assert!(d.article.text().starts_with("Opening words."));
    }
}
