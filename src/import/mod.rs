//! Bringing articles in: web pages (the article extracted with a
//! Readability port, its metadata read), newsboat's plain-text rendering of
//! a feed item, and plain text, from a file or standard input, in any
//! charset a byte-order mark, the page or the user names.
//!
//! - [`import_bytes`] turns bytes into an [`Imported`] article: sanitised
//!   text in paragraphs (separated by blank lines) and its [`Meta`];
//! - [`draft_imported`] drafts a panel from it with the metadata filled in;
//!   [`to_yaml`] writes that draft as an annotation whose `source` carries
//!   outlet, URL, byline and language;
//! - [`save`] keeps the article and its draft in a directory.
//!
//! Nothing here touches the network or the terminal.

pub mod cli;
pub mod date;
pub mod decode;
pub mod html;
pub mod newsboat;

use std::io::Read;
use std::path::{Path, PathBuf};

use encoding_rs::Encoding;

use crate::draft::{self, Draft, Profile};
use crate::model::{Document, Source};
use crate::sanitize::{sanitize, sanitize_owned};

pub use decode::Charset;

/// Largest web page read (bytes). Real article pages are well under 5 MB;
/// a larger one is refused before it is parsed, so time and memory stay
/// bounded (a 20 MB page parses in well under a few seconds).
pub const MAX_PAGE_BYTES: usize = 20 << 20;

/// Largest plain-text article or standard input read (bytes), as for
/// articles named in an annotation.
pub const MAX_TEXT_BYTES: usize = crate::loader::MAX_ARTICLE_BYTES as usize;

/// What went wrong, and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub reason: String,
    pub help: String,
}

impl Problem {
    pub fn new(reason: impl Into<String>, help: impl Into<String>) -> Self {
        Problem {
            reason: reason.into(),
            help: help.into(),
        }
    }
}

/// Why an article could not be imported: the input, what, what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{name}: {reason}\n  help: {help}")]
pub struct ImportError {
    /// The file, or "standard input".
    pub name: String,
    pub reason: String,
    pub help: String,
}

impl ImportError {
    fn new(name: &str, p: Problem) -> Self {
        ImportError {
            name: name.to_string(),
            reason: p.reason,
            help: p.help,
        }
    }
}

/// What the input was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Plain text (or Markdown).
    Text,
    /// A web page, its article extracted.
    Html,
    /// newsboat's rendering of a feed item (`pipe-to`).
    Newsboat,
}

/// What is known about an article besides its text. Every string is
/// sanitised and on one line.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Meta {
    pub title: Option<String>,
    /// Who wrote it.
    pub byline: Option<String>,
    /// The publication date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The site or feed ("Example News").
    pub site_name: Option<String>,
    /// A BCP 47 language tag (`en`, `pt-BR`).
    pub language: Option<String>,
    /// The article's address (a page's canonical URL), `http(s)://` only.
    pub url: Option<String>,
}

impl Meta {
    /// The `source` of a document, when anything is known.
    pub fn source(&self) -> Option<Source> {
        let s = Source {
            outlet: self.site_name.clone(),
            url: self.url.clone(),
            byline: self.byline.clone(),
            language: self.language.clone(),
        };
        (!s.is_empty()).then_some(s)
    }
}

/// An article brought in: sanitised text (paragraphs separated by blank
/// lines for pages and feed items) and what is known about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub text: String,
    pub meta: Meta,
    pub kind: Kind,
    pub charset: Charset,
}

/// How to read the input.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// The charset the user named (`--encoding`); a byte-order mark still
    /// wins.
    pub encoding: Option<&'static Encoding>,
    /// Treat the input as a web page whatever it looks like (a `.html`
    /// file name).
    pub html: bool,
}

/// A metadata string made fit for the model: sanitised, on one line,
/// spaces collapsed, at most 300 characters; `None` when empty.
pub fn clean_field(s: &str) -> Option<String> {
    let s = sanitize(s);
    let one: Vec<&str> = s.split_whitespace().collect();
    let mut out = one.join(" ");
    if out.chars().count() > 300 {
        out = out.chars().take(299).collect::<String>() + "…";
    }
    (!out.is_empty()).then_some(out)
}

/// A URL kept only if it is an absolute `http(s)` address without spaces.
pub fn clean_url(s: &str) -> Option<String> {
    let u = s.trim();
    let lower = u.to_ascii_lowercase();
    let ok = (lower.starts_with("http://") || lower.starts_with("https://"))
        && u.len() > "https://".len()
        && u.len() <= 2048
        && !u
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"'));
    ok.then(|| u.to_string())
}

/// A language tag kept only if it looks like BCP 47 (`en`, `en-GB`,
/// `zh-Hant-TW`).
pub fn clean_language(s: &str) -> Option<String> {
    let t = s.trim().replace('_', "-");
    let ok = !t.is_empty()
        && t.len() <= 35
        && t.split('-')
            .all(|p| !p.is_empty() && p.len() <= 8 && p.chars().all(|c| c.is_ascii_alphanumeric()))
        && t.split('-').next().is_some_and(|p| {
            (2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic())
        });
    ok.then_some(t)
}

/// True when the start of `bytes` looks like HTML (a doctype, `<html>`,
/// `<head>`, `<body>`, or an XML declaration or comment before one of
/// them). ASCII-compatible charsets only; the caller decodes UTF-16 and
/// UTF-32 first.
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let head: Vec<u8> = bytes
        .iter()
        .take(2048)
        .map(u8::to_ascii_lowercase)
        .collect();
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    let h = &head[start..];
    let tags: [&[u8]; 5] = [b"<!doctype html", b"<html", b"<head", b"<body", b"<meta"];
    if tags.iter().any(|t| h.starts_with(t)) {
        return true;
    }
    (h.starts_with(b"<?xml") || h.starts_with(b"<!--"))
        && [&b"<html"[..], b"<!doctype html"]
            .iter()
            .any(|t| h.windows(t.len()).any(|w| w == *t))
}

fn page_too_large(len: usize) -> Problem {
    Problem::new(
        format!(
            "the page is too large ({} MB; the limit for web pages is {} MB)",
            len >> 20,
            MAX_PAGE_BYTES >> 20
        ),
        "save only the article (e.g. the browser's reader view, or copy its text into a .txt file)",
    )
}

/// Bring an article in from `bytes` (named `name` in messages).
pub fn import_bytes(bytes: &[u8], name: &str, opts: &Options) -> Result<Imported, ImportError> {
    let err = |p| ImportError::new(name, p);
    // A byte-order mark may hide the tags from the sniffer: look at the
    // decoded start then.
    let html = opts.html || {
        let head = decode::decode(&bytes[..bytes.len().min(4096)], None, true, "page")
            .map(|(h, _)| h)
            .unwrap_or_default();
        looks_like_html(head.as_bytes())
    };
    if html && bytes.len() > MAX_PAGE_BYTES {
        return Err(err(page_too_large(bytes.len())));
    }
    let what = if html { "page" } else { "article" };
    let (text, charset) = decode::decode(bytes, opts.encoding, html, what).map_err(err)?;
    if html {
        let page = html::extract(&text).map_err(err)?;
        return Ok(Imported {
            text: page.text,
            meta: page.meta,
            kind: Kind::Html,
            charset,
        });
    }
    if text.bytes().take(8192).any(|b| b == 0) {
        return Err(err(Problem::new(
            format!("the {what} holds NUL bytes: it looks like a binary file, or UTF-16 text without a byte-order mark"),
            "for UTF-16 text, name it: `--encoding utf-16le` (or utf-16be); otherwise open a text file",
        )));
    }
    let text = sanitize_owned(text);
    if let Some((meta, body)) = newsboat::parse(&text) {
        return Ok(Imported {
            text: body,
            meta,
            kind: Kind::Newsboat,
            charset,
        });
    }
    Ok(Imported {
        text,
        meta: Meta::default(),
        kind: Kind::Text,
        charset,
    })
}

/// True for a file name that says web page (`.html`, `.htm`, `.xhtml`,
/// `.shtml`).
pub fn is_html_path(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        ["html", "htm", "xhtml", "shtml"]
            .iter()
            .any(|x| e.eq_ignore_ascii_case(x))
    })
}

/// Read a file whole, up to `limit` bytes, every failure in words.
pub fn read_file(path: &Path, limit: usize) -> Result<Vec<u8>, ImportError> {
    let name = path.display().to_string();
    let problem = |reason: String, help: &str| ImportError::new(&name, Problem::new(reason, help));
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => {
            problem("the article does not exist".into(), "check the path")
        }
        std::io::ErrorKind::PermissionDenied => problem(
            "no permission to read the article".into(),
            "check the file's permissions",
        ),
        _ => problem(format!("cannot read the article: {e}"), "check the path"),
    })?;
    if meta.is_dir() {
        return Err(problem(
            "the article is a directory, not a file".into(),
            "name a file inside it",
        ));
    }
    if !meta.is_file() {
        return Err(problem(
            "the article is not a regular file (a device, pipe or socket)".into(),
            "name a regular file, or pipe it to `standpoint -`",
        ));
    }
    let file = std::fs::File::open(path)
        .map_err(|e| problem(format!("cannot open the article: {e}"), "check the path"))?;
    read_limited(file, limit).map_err(|p| ImportError::new(&name, p))
}

/// Read standard input whole, up to `limit` bytes.
pub fn read_stdin(limit: usize) -> Result<Vec<u8>, ImportError> {
    read_limited(std::io::stdin().lock(), limit).map_err(|p| ImportError::new(STDIN_NAME, p))
}

/// How standard input is named in messages.
pub const STDIN_NAME: &str = "standard input";

fn read_limited(r: impl Read, limit: usize) -> Result<Vec<u8>, Problem> {
    let mut bytes = Vec::new();
    r.take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Problem::new(format!("cannot read the article: {e}"), "check the input"))?;
    if bytes.len() > limit {
        return Err(Problem::new(
            format!("the article is too large (the limit is {} MB)", limit >> 20),
            "split it into smaller files",
        ));
    }
    Ok(bytes)
}

/// Import a file: a web page by its name or its content, else text.
pub fn import_path(path: &Path, opts: &Options) -> Result<Imported, ImportError> {
    let opts = Options {
        html: opts.html || is_html_path(path),
        ..*opts
    };
    let name = path.display().to_string();
    let len = std::fs::metadata(path)
        .ok()
        .filter(|m| m.is_file())
        .map_or(0, |m| m.len());
    if opts.html && len > MAX_PAGE_BYTES as u64 {
        return Err(ImportError::new(&name, page_too_large(len as usize)));
    }
    let bytes = read_file(path, MAX_TEXT_BYTES)?;
    import_bytes(&bytes, &name, &opts)
}

/// Where a draft's date came from, for the comment above `date:`.
fn date_comment(kind: Kind) -> &'static str {
    match kind {
        Kind::Html => "# The date is the page's publication date (from its metadata): check it.",
        Kind::Newsboat => "# The date is the feed item's date: check it.",
        Kind::Text => "# The date was found in the article's text: check it.",
    }
}

/// Draft a panel for an imported article with `profile`: the metadata fills
/// the title, date and source (the drafter's guesses from the text stay
/// where nothing is known). `path` is where the article's text is kept, if
/// anywhere.
pub fn draft_imported(imp: &Imported, path: Option<&Path>, profile: &Profile) -> Draft {
    let mut d = draft::draft(&imp.text, path, profile);
    if let Some(t) = &imp.meta.title {
        d.doc.title = t.clone();
    }
    if let Some(dt) = &imp.meta.date {
        d.doc.date = dt.clone();
    }
    d.doc.source = imp.meta.source();
    d
}

/// A YAML double-quoted scalar (every character YAML does not print as it
/// is escaped).
fn yq(s: &str) -> String {
    crate::curate::scalar::double_quoted(s)
}

/// Where the annotation finds its article.
#[derive(Debug, Clone, Copy)]
pub enum ArticleRef<'a> {
    /// `article: PATH` (relative to the annotation).
    Path(&'a str),
    /// The text inline, as `body:` (for a draft of standard input with
    /// nowhere to keep the article).
    Inline,
}

/// The draft of an imported article as an annotation: the drafter's YAML
/// with the header (title, date, `source`, the article) written from the
/// metadata.
pub fn to_yaml(d: &Draft, imp: &Imported, article: ArticleRef<'_>) -> String {
    use std::fmt::Write as _;
    let drafted = draft::to_yaml(
        d,
        match article {
            ArticleRef::Path(p) => p,
            ArticleRef::Inline => "article.txt",
        },
    );
    let (Some(head_at), Some(rest_at)) = (drafted.find("\ntitle: "), drafted.find("\ntopics:"))
    else {
        return drafted;
    };
    let doc = &d.doc;
    let mut h = String::new();
    let _ = writeln!(h, "title: {}", yq(&doc.title));
    if imp.meta.date.is_some() {
        let _ = writeln!(h, "{}", date_comment(imp.kind));
    } else {
        let _ = writeln!(h, "{}", d.date_source.comment());
    }
    let _ = writeln!(h, "date: {}", yq(&doc.date));
    if let Some(s) = &doc.source {
        h.push_str("source:\n");
        for (k, v) in [
            ("outlet", &s.outlet),
            ("url", &s.url),
            ("byline", &s.byline),
            ("language", &s.language),
        ] {
            if let Some(v) = v {
                let _ = writeln!(h, "  {k}: {}", yq(v));
            }
        }
    }
    match article {
        ArticleRef::Path(p) => {
            let _ = writeln!(h, "article: {}", yq(p));
        }
        ArticleRef::Inline => {
            let _ = writeln!(h, "body: {}", yq(doc.article.text()));
        }
    }
    format!("{}\n{h}{}", &drafted[..head_at], &drafted[rest_at..])
}

/// A file stem for an article: its date and title in lower-case ASCII
/// words (`2025-03-04-ministers-reject-pay-offer`), at most 80 bytes.
pub fn file_stem(doc: &Document) -> String {
    let lower = doc.title.to_lowercase();
    let mut slug = String::new();
    for w in lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if slug.len() + w.len() + 1 > 60 {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(w);
    }
    let date = doc.date.get(..10).filter(|d| crate::loader::is_iso_date(d));
    match (date, slug.is_empty()) {
        (Some(d), false) => format!("{d}-{slug}"),
        (Some(d), true) => format!("{d}-article"),
        (None, false) => slug,
        (None, true) => "article".to_string(),
    }
}

/// What [`save`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    pub article: PathBuf,
    pub annotation: PathBuf,
    pub claims: usize,
}

/// Keep an imported article and its draft in `dir`: `STEM.txt` (the text)
/// and `STEM.yaml` (the draft, pointing at it). An existing file is never
/// replaced: the stem gets `-2`, `-3`... until both names are free. The
/// document that is returned is the draft as loaded from those files.
pub fn save(
    dir: &Path,
    imp: &Imported,
    profile: &Profile,
) -> Result<(Saved, Document), anyhow::Error> {
    if !dir.is_dir() {
        anyhow::bail!(
            "{}: not a directory\n  help: create it first (`mkdir -p {}`) or name an existing one",
            dir.display(),
            dir.display()
        );
    }
    // Drafted once, without a path: the title and date then come from the
    // metadata or the text (else "Untitled article" and today).
    let d = draft_imported(imp, None, profile);
    let stem = file_stem(&d.doc);
    let mut n = 1;
    let (article, annotation) = loop {
        let s = if n == 1 {
            stem.clone()
        } else {
            format!("{stem}-{n}")
        };
        let a = dir.join(format!("{s}.txt"));
        let y = dir.join(format!("{s}.yaml"));
        if !a.exists() && !y.exists() && !a.is_symlink() && !y.is_symlink() {
            break (a, y);
        }
        n += 1;
        if n > 10_000 {
            anyhow::bail!("{}: no free file name for {stem}", dir.display());
        }
    };
    let mut text = imp.text.clone();
    if !text.ends_with('\n') {
        text.push('\n');
    }
    crate::write::write_file(&article, &text, false)?;
    let rel = article
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let yaml = to_yaml(&d, imp, ArticleRef::Path(&rel));
    crate::write::write_file(&annotation, &yaml, false)?;
    let doc = crate::loader::load_path(&annotation)?;
    Ok((
        Saved {
            article,
            annotation,
            claims: doc.claims.len(),
        },
        doc,
    ))
}

/// The document to read for an imported article (drafted, not saved).
pub fn document(imp: &Imported, path: Option<&Path>, profile: &Profile) -> Document {
    draft_imported(imp, path, profile).doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_strings_escape_what_yaml_does_not_print() {
        assert_eq!(yq("a \"b\" \\ c\nd\te"), "\"a \\\"b\\\" \\\\ c\\nd\\te\"");
        assert_eq!(
            yq("\u{1b}\u{85}\u{ffff}\u{fffe}\u{feff}"),
            "\"\\u001B\\u0085\\uFFFF\\uFFFE\\uFEFF\""
        );
        // A noncharacter found by the fuzzer: the draft loads.
        let imp = import_bytes("\u{ffff}\u{ffff}text".as_bytes(), "x", &Options::default())
            .unwrap_or_else(|e| panic!("{e}"));
        let profile = Profile::bundled().unwrap_or_else(|e| panic!("{e}"));
        let d = draft_imported(&imp, None, &profile);
        let y = to_yaml(&d, &imp, ArticleRef::Inline);
        let doc =
            crate::loader::load_source(&y, "x.yaml", &crate::loader::MemArticles(String::new()))
                .unwrap_or_else(|e| panic!("{e}"));
        assert!(doc.article.text().ends_with("text"));
    }

    #[test]
    fn sniffs_html() {
        assert!(looks_like_html(b"  <!DOCTYPE html><html>"));
        assert!(looks_like_html(b"<HTML lang=en>"));
        assert!(looks_like_html(
            b"<?xml version='1.0'?>\n<!DOCTYPE html PUBLIC>"
        ));
        assert!(looks_like_html(b"<!-- saved from url -->\n<html>"));
        assert!(!looks_like_html(b"The <html> tag starts a page."));
        assert!(!looks_like_html(b"Feed: x\nTitle: y\n"));
    }

    #[test]
    fn fields_urls_and_languages_are_cleaned() {
        assert_eq!(
            clean_field("  Jane\n\tDoe\u{1b}[31m "),
            Some("Jane Doe␛[31m".into())
        );
        assert_eq!(clean_field(" \n "), None);
        assert_eq!(
            clean_field(&"x".repeat(400)).map(|s| s.chars().count()),
            Some(300)
        );
        assert_eq!(
            clean_url(" https://example.org/a?b=c "),
            Some("https://example.org/a?b=c".into())
        );
        for bad in [
            "javascript:alert(1)",
            "/relative",
            "https://a b",
            "ftp://x",
            "https://",
        ] {
            assert_eq!(clean_url(bad), None, "{bad}");
        }
        assert_eq!(clean_language("en_GB"), Some("en-GB".into()));
        assert_eq!(clean_language("zh-Hant-TW"), Some("zh-Hant-TW".into()));
        for bad in ["", "english language", "e", "1234", "en--gb"] {
            assert_eq!(clean_language(bad), None, "{bad}");
        }
    }

    #[test]
    fn file_stems_are_safe() {
        let mut doc = crate::loader::bundled().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            file_stem(&doc),
            "2025-02-26-trump-says-he-ll-push-for-ukraine-to-get-as-much-territory"
        );
        doc.title = "../../etc/passwd — 和平".into();
        doc.date = "garbage".into();
        assert_eq!(file_stem(&doc), "etc-passwd");
        doc.title = "和平".into();
        assert_eq!(file_stem(&doc), "article");
    }

    #[test]
    fn plain_text_and_nul_bytes() {
        let imp = import_bytes(b"Plain text.\r\nSecond line.", "x", &Options::default())
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(imp.kind, Kind::Text);
        assert_eq!(imp.text, "Plain text.\nSecond line.");
        let e = import_bytes(b"a\0b\0c\0", "x.txt", &Options::default()).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("x.txt: the article holds NUL bytes"),
            "{e}"
        );
        assert!(e.help.contains("--encoding utf-16le"));
    }
}
