//! The loader: reads an annotation (YAML) and its article, validates every
//! field, anchors every quote, and reports all problems of a file together as
//! a [`Report`] (never a panic).

use std::collections::HashMap;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::anchor::{AnchorError, Anchorer, Selector};
use crate::diag::{did_you_mean, Diagnostic, Report};
use crate::model::{Article, Claim, Document, Mode, Party, Source, Span, Stance, Status, Topic};
use crate::sanitize::{sanitize, sanitize_owned};
use crate::yaml::{self, Node, Pos, Value};

/// Largest annotation file read (bytes).
pub const MAX_ANNOTATION_BYTES: u64 = 64 << 20;
/// Largest article read (bytes).
pub const MAX_ARTICLE_BYTES: u64 = 128 << 20;

/// The bundled first article and its annotation.
pub const BUNDLED_YAML: &str = include_str!("../data/trump-cabinet-2025-02-26.yaml");
pub const BUNDLED_ARTICLE: &str = include_str!("../data/trump-cabinet-2025-02-26.txt");
pub const BUNDLED_NAME: &str = "data/trump-cabinet-2025-02-26.yaml";
const BUNDLED_ARTICLE_NAME: &str = "trump-cabinet-2025-02-26.txt";

/// Why a document could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file itself could not be read (missing, a directory, too large,
    /// not UTF-8, empty...).
    #[error("{path}: {reason}\n  help: {help}")]
    File {
        path: String,
        reason: String,
        help: String,
    },
    /// The file was read; these are the problems in it.
    #[error("{0}")]
    Invalid(Report),
}

/// A file that could not be read, and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileProblem {
    pub reason: String,
    pub help: String,
}

/// Read a text file with a size limit, turning every failure into words.
pub fn read_text(path: &Path, limit: u64, what: &str) -> Result<String, FileProblem> {
    let problem = |reason: String, help: &str| FileProblem {
        reason,
        help: help.to_string(),
    };
    let meta = fs::metadata(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => problem(
            format!("the {what} does not exist"),
            "check the path (relative paths in an annotation are relative to the annotation file)",
        ),
        io::ErrorKind::PermissionDenied => problem(
            format!("no permission to read the {what}"),
            "check the file's permissions",
        ),
        _ => problem(format!("cannot read the {what}: {e}"), "check the path"),
    })?;
    if meta.is_dir() {
        return Err(problem(
            format!("the {what} is a directory, not a file"),
            "name a file inside it",
        ));
    }
    if !meta.is_file() {
        return Err(problem(
            format!("the {what} is not a regular file (a device, pipe or socket)"),
            "name a regular text file",
        ));
    }
    if meta.len() > limit {
        return Err(problem(
            format!(
                "the {what} is too large ({} MB; the limit is {} MB)",
                meta.len() >> 20,
                limit >> 20
            ),
            "split it into smaller files",
        ));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    let file = fs::File::open(path).map_err(|e| match e.kind() {
        io::ErrorKind::PermissionDenied => problem(
            format!("no permission to read the {what}"),
            "check the file's permissions",
        ),
        _ => problem(format!("cannot open the {what}: {e}"), "check the path"),
    })?;
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| problem(format!("cannot read the {what}: {e}"), "check the file"))?;
    if bytes.len() as u64 > limit {
        return Err(problem(
            format!("the {what} is too large (the limit is {} MB)", limit >> 20),
            "split it into smaller files",
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let good = &e.as_bytes()[..at];
        let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
        let col = String::from_utf8_lossy(
            &good[good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1)..],
        )
        .chars()
        .count()
            + 1;
        let binary = e.as_bytes().iter().take(8192).any(|&b| b == 0);
        problem(
            format!(
                "the {what} is not UTF-8 text{} (first invalid byte at line {line}, column {col})",
                if binary {
                    "; it looks like a binary file"
                } else {
                    ""
                }
            ),
            "convert it to UTF-8, e.g. `iconv -f latin1 -t utf-8 FILE > FILE.utf8`",
        )
    })
}

/// Where an annotation finds its article.
pub trait ArticleSource: Sync {
    /// Read the article named `rel` in the annotation.
    fn read(&self, rel: &str) -> Result<(String, Option<PathBuf>), FileProblem>;
}

/// Articles on disk, relative to a directory.
pub struct FsArticles {
    pub base: PathBuf,
}

impl ArticleSource for FsArticles {
    fn read(&self, rel: &str) -> Result<(String, Option<PathBuf>), FileProblem> {
        let path = self.base.join(rel);
        read_text(&path, MAX_ARTICLE_BYTES, "article").map(|t| (t, Some(path)))
    }
}

/// An article held in memory, whatever name the annotation gives it.
pub struct MemArticles(pub String);

impl ArticleSource for MemArticles {
    fn read(&self, _rel: &str) -> Result<(String, Option<PathBuf>), FileProblem> {
        Ok((self.0.clone(), None))
    }
}

/// The bundled article, embedded in the binary.
pub struct BundledArticles;

impl ArticleSource for BundledArticles {
    fn read(&self, rel: &str) -> Result<(String, Option<PathBuf>), FileProblem> {
        if rel == BUNDLED_ARTICLE_NAME {
            Ok((BUNDLED_ARTICLE.to_string(), None))
        } else {
            Err(FileProblem {
                reason: format!("no bundled article named {rel}"),
                help: format!("the bundled article is {BUNDLED_ARTICLE_NAME}"),
            })
        }
    }
}

/// The bundled document (the first article, annotated).
pub fn bundled() -> Result<Document, LoadError> {
    load_source(BUNDLED_YAML, BUNDLED_NAME, &BundledArticles)
}

/// Load an annotation file and its article.
pub fn load_path(path: &Path) -> Result<Document, LoadError> {
    let name = path.display().to_string();
    let src =
        read_text(path, MAX_ANNOTATION_BYTES, "annotation file").map_err(|p| LoadError::File {
            path: name.clone(),
            reason: p.reason,
            help: p.help,
        })?;
    let base = path
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let mut doc = load_source(&src, &name, &FsArticles { base })?;
    doc.path = Some(path.to_path_buf());
    Ok(doc)
}

pub const TOP_FIELDS: &[&str] = &[
    "title", "date", "source", "article", "body", "topics", "parties", "claims",
];
pub const SOURCE_FIELDS: &[&str] = &["outlet", "url", "byline", "language"];
pub const TOPIC_FIELDS: &[&str] = &["id", "label", "keywords", "propositions"];
pub const PARTY_FIELDS: &[&str] = &["id", "name", "aliases", "color"];
pub const CLAIM_FIELDS: &[&str] = &[
    "id",
    "party",
    "speaker",
    "topic",
    "stance",
    "target",
    "summary",
    "mode",
    "quote",
    "prefix",
    "suffix",
    "condition",
    "status",
    "confidence",
    "rule",
];
const CLAIM_REQUIRED: &[&str] = &[
    "id", "party", "speaker", "topic", "stance", "target", "summary", "mode", "quote",
];

/// Colour names accepted for parties (besides `#rrggbb`).
pub const COLOR_NAMES: &[&str] = &[
    "black",
    "red",
    "green",
    "yellow",
    "blue",
    "magenta",
    "cyan",
    "gray",
    "darkgray",
    "lightred",
    "lightgreen",
    "lightyellow",
    "lightblue",
    "lightmagenta",
    "lightcyan",
    "white",
];

/// Collects diagnostics while walking the tree.
struct Checker {
    diags: Vec<Diagnostic>,
}

/// A validated mapping: field name -> (key position, value).
struct Fields<'a> {
    pos: Pos,
    map: HashMap<&'a str, (Pos, &'a Node)>,
}

impl<'a> Fields<'a> {
    fn get(&self, k: &str) -> Option<&'a Node> {
        self.map.get(k).map(|&(_, n)| n)
    }
}

impl Checker {
    fn push(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    /// Check that `node` is a mapping with only `allowed` fields and all of
    /// `required`.
    fn fields<'a>(
        &mut self,
        node: &'a Node,
        what: &str,
        allowed: &[&str],
        required: &[&str],
        claim: Option<&str>,
    ) -> Option<Fields<'a>> {
        let Value::Map(entries) = &node.value else {
            self.push(
                Diagnostic::new(
                    node.pos(),
                    format!("{what} must be a mapping of fields, found {}", node.kind()),
                )
                .label("expected `field: value` lines")
                .help(format!("{what} has the fields: {}", allowed.join(", ")))
                .claim(claim),
            );
            return None;
        };
        let mut map = HashMap::new();
        for (k, v) in entries {
            let Some(key) = k.as_str() else {
                self.push(
                    Diagnostic::new(
                        k.pos(),
                        format!("a field name must be a word, found {}", k.kind()),
                    )
                    .label("not a field name")
                    .claim(claim),
                );
                continue;
            };
            if !allowed.contains(&key) {
                let help = match did_you_mean(key, allowed) {
                    Some(s) => format!(
                        "did you mean `{s}`? {what} has the fields: {}",
                        allowed.join(", ")
                    ),
                    None => format!("{what} has the fields: {}", allowed.join(", ")),
                };
                self.push(
                    Diagnostic::new(k.pos(), format!("unknown field `{key}` in {what}"))
                        .label("unknown field")
                        .help(help)
                        .claim(claim),
                );
                continue;
            }
            map.insert(key, (k.pos(), v));
        }
        for r in required {
            if !map.contains_key(r) {
                self.push(
                    Diagnostic::new(node.pos(), format!("missing field `{r}` in {what}"))
                        .label(format!("`{r}` is required here"))
                        .help(format!("add `{r}: ...` (see FORMAT.md)"))
                        .claim(claim),
                );
            }
        }
        Some(Fields {
            pos: node.pos(),
            map,
        })
    }

    /// A required or optional non-empty string field, sanitised.
    fn string(&mut self, f: &Fields, key: &str, claim: Option<&str>) -> Option<(String, Pos)> {
        let n = f.get(key)?;
        match &n.value {
            Value::Str(s) if !s.trim().is_empty() => Some((sanitize(s.trim()), n.pos())),
            Value::Str(_) | Value::Null => {
                self.push(
                    Diagnostic::new(n.pos(), format!("`{key}` is empty"))
                        .label("empty value")
                        .help(format!(
                            "write a value for `{key}` or remove the field if it is optional"
                        ))
                        .claim(claim),
                );
                None
            }
            Value::Int(i) => Some((i.to_string(), n.pos())),
            _ => {
                self.push(
                    Diagnostic::new(n.pos(), format!("`{key}` must be text, found {}", n.kind()))
                        .label("expected text")
                        .help("put the value in quotes")
                        .claim(claim),
                );
                None
            }
        }
    }

    /// A field whose value must be one of `choices`: its index, or a
    /// diagnostic with a "did you mean" and the list.
    fn one_of(
        &mut self,
        f: &Fields,
        key: &str,
        claim: Option<&str>,
        choices: &[&str],
        label: &str,
        list: &str,
    ) -> Option<usize> {
        let (s, p) = self.string(f, key, claim)?;
        let i = choices.iter().position(|c| *c == s);
        if i.is_none() {
            let mut help = format!("{list}: {}", choices.join(", "));
            if let Some(m) = did_you_mean(&s, choices) {
                help = format!("did you mean `{m}`? {help}");
            }
            self.push(
                Diagnostic::new(p, format!("unknown {key} `{s}`"))
                    .label(label)
                    .help(help)
                    .claim(claim),
            );
        }
        i
    }

    /// Record the first use of an id; a later use is a diagnostic that
    /// names the first one's line. True for a first use.
    fn first_use(
        &mut self,
        seen: &mut HashMap<String, usize>,
        id: &str,
        p: Pos,
        what: &str,
        claim: Option<&str>,
    ) -> bool {
        if let Some(first) = seen.get(id) {
            self.push(
                Diagnostic::new(
                    p,
                    format!("duplicate {what} id `{id}` (first declared on line {first})"),
                )
                .label("declared again")
                .help(format!("give each {what} its own id"))
                .claim(claim),
            );
            return false;
        }
        seen.insert(id.to_string(), p.line);
        true
    }

    fn one_line(&mut self, s: &(String, Pos), key: &str, claim: Option<&str>) {
        if s.0.contains('\n') {
            self.push(
                Diagnostic::new(s.1, format!("`{key}` must be one line"))
                    .label("contains a line break")
                    .help("use `>-` folding or shorten it to one line")
                    .claim(claim),
            );
        }
    }

    fn id(&mut self, f: &Fields, what: &str, claim: Option<&str>) -> Option<(String, Pos)> {
        let s = self.string(f, "id", claim)?;
        if !is_valid_id(&s.0) {
            self.push(
                Diagnostic::new(s.1, format!("{what} id `{}` is not a simple word", s.0))
                    .label("invalid id")
                    .help("use letters, digits, `-`, `_` and `.` only, starting with a letter or digit")
                    .claim(claim),
            );
            return None;
        }
        Some(s)
    }

    fn string_list(&mut self, f: &Fields, key: &str, claim: Option<&str>) -> Vec<String> {
        let Some(n) = f.get(key) else {
            return Vec::new();
        };
        match &n.value {
            Value::Seq(items) => items
                .iter()
                .filter_map(|it| match &it.value {
                    Value::Str(s) if !s.trim().is_empty() => Some(sanitize(s.trim())),
                    Value::Int(i) => Some(i.to_string()),
                    _ => {
                        self.push(
                            Diagnostic::new(
                                it.pos(),
                                format!("each entry of `{key}` must be text, found {}", it.kind()),
                            )
                            .label("expected text")
                            .claim(claim),
                        );
                        None
                    }
                })
                .collect(),
            Value::Null => Vec::new(),
            _ => {
                self.push(
                    Diagnostic::new(
                        n.pos(),
                        format!("`{key}` must be a list, found {}", n.kind()),
                    )
                    .label("expected a list")
                    .help(format!("write `{key}: [a, b]`"))
                    .claim(claim),
                );
                Vec::new()
            }
        }
    }

    fn list<'a>(&mut self, f: &Fields<'a>, key: &str) -> &'a [Node] {
        match f.get(key).map(|n| (n, &n.value)) {
            Some((_, Value::Seq(items))) => items,
            Some((_, Value::Null)) | None => &[],
            Some((n, _)) => {
                self.push(
                    Diagnostic::new(
                        n.pos(),
                        format!("`{key}` must be a list, found {}", n.kind()),
                    )
                    .label("expected a list")
                    .help(format!(
                        "write each entry of `{key}` on a line starting with `- `"
                    )),
                );
                &[]
            }
        }
    }
}

/// Take the list under `key` out of a mapping, leaving an empty list (or
/// leave a value that is not a list, for the checker to describe).
fn take_list(root: &mut Node, key: &str) -> Vec<Node> {
    let Value::Map(entries) = &mut root.value else {
        return Vec::new();
    };
    for (k, v) in entries.iter_mut() {
        if k.as_str() == Some(key) {
            if let Value::Seq(items) = &mut v.value {
                return std::mem::take(items);
            }
        }
    }
    Vec::new()
}

/// True for an id: letters, digits, `-`, `_` and `.`, starting with a
/// letter or digit.
pub fn is_valid_id(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .enumerate()
            .all(|(i, c)| c.is_alphanumeric() || (i > 0 && matches!(c, '-' | '_' | '.')))
}

/// True for `YYYY-MM-DD`, optionally followed by `THH:MM[:SS[.f]][Z|±HH:MM]`.
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|x| x.iter().all(u8::is_ascii_digit));
    if b.len() < 10
        || !digits(0..4)
        || b[4] != b'-'
        || !digits(5..7)
        || b[7] != b'-'
        || !digits(8..10)
    {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<u32>().ok()).unwrap_or(0);
    let (y, m, d) = (num(0..4), num(5..7), num(8..10));
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    if d == 0 || d > days {
        return false;
    }
    if b.len() == 10 {
        return true;
    }
    let t = &s[10..];
    let Some(t) = t.strip_prefix('T').or_else(|| t.strip_prefix(' ')) else {
        return false;
    };
    let tb = t.as_bytes();
    let td =
        |r: std::ops::Range<usize>| tb.get(r).is_some_and(|x| x.iter().all(u8::is_ascii_digit));
    if tb.len() < 5 || !td(0..2) || tb[2] != b':' || !td(3..5) {
        return false;
    }
    let hh = t[0..2].parse::<u32>().unwrap_or(99);
    let mm = t[3..5].parse::<u32>().unwrap_or(99);
    if hh > 23 || mm > 59 {
        return false;
    }
    let mut rest = &t[5..];
    if let Some(r) = rest.strip_prefix(':') {
        let sec: String = r
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        if sec.len() < 2 {
            return false;
        }
        rest = &r[sec.len()..];
    }
    match rest {
        "" | "Z" => true,
        r if (r.starts_with('+') || r.starts_with('-')) && r.len() == 6 => {
            let rb = r.as_bytes();
            rb[1..3].iter().all(u8::is_ascii_digit)
                && rb[3] == b':'
                && rb[4..6].iter().all(u8::is_ascii_digit)
        }
        _ => false,
    }
}

fn is_color(s: &str) -> bool {
    COLOR_NAMES.contains(&s.to_ascii_lowercase().as_str())
        || (s.len() == 7 && s.starts_with('#') && s[1..].chars().all(|c| c.is_ascii_hexdigit()))
}

/// A claim as read, before anchoring.
struct RawClaim {
    claim: Claim,
    quote_pos: Pos,
    prefix: Option<String>,
    suffix: Option<String>,
}

/// Parse YAML into a tree, or the diagnostic that says why it is not YAML.
fn parse_tree(src: &str) -> Result<Node, Diagnostic> {
    yaml::parse(src).map_err(|e| {
        let help = parse_help(&e.message);
        Diagnostic::new(e.pos, format!("invalid YAML: {}", e.message))
            .label("here")
            .help(help)
    })
}

fn parse_help(msg: &str) -> &'static str {
    let m = msg.to_lowercase();
    if m.contains("duplicate") {
        "a key appears twice in the same mapping: keep one of them"
    } else if m.contains("multiple") || m.contains("more than one") || m.contains("documents") {
        "an annotation file holds one YAML document: remove the `---` separators or split the file"
    } else if m.contains("alias")
        || m.contains("anchor")
        || m.contains("budget")
        || m.contains("depth")
        || m.contains("limit")
    {
        "the file is nested too deeply or expands too many aliases; an annotation needs neither"
    } else {
        "fix the YAML syntax at this place (check indentation, quotes and colons)"
    }
}

/// An article read and prepared for anchoring: sanitised and indexed.
pub struct Prepared {
    pub article: Article,
}

impl Prepared {
    pub fn new(text: String, path: Option<PathBuf>) -> Prepared {
        Prepared {
            article: Article::new(sanitize_owned(text), path),
        }
    }
}

/// The value of a top-level `article:` line, read without parsing the YAML,
/// so the article can be read and prepared while the YAML is parsed. Only a
/// guess: it is checked against the parsed value.
pub fn article_hint(src: &str) -> Option<String> {
    top_value(src, "article:").filter(|v| !v.contains('\''))
}

/// The value of a top-level `key:` line, read without parsing (see
/// [`article_hint`]); plain or simply quoted values only.
fn top_value(src: &str, key: &str) -> Option<String> {
    let line = src.lines().find(|l| l.starts_with(key))?;
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

/// Bytes of the article a preview shows.
pub const PREVIEW_BYTES: usize = 64 * 1024;

/// A quick preview of a large annotated document: its title and date, read
/// without parsing, and the start of its article, with no claims. It lets
/// the reader draw its first screen at once while the whole document loads.
/// `None` when the document is small (loading is instant then) or anything
/// about it is unusual (the full load reports it).
pub fn preview(path: &Path) -> Option<Document> {
    let yaml_len = fs::metadata(path).ok()?.len();
    if yaml_len > MAX_ANNOTATION_BYTES {
        return None;
    }
    let src = fs::read_to_string(path).ok()?;
    let rel = article_hint(&src)?;
    let apath = path.parent().unwrap_or(Path::new(".")).join(&rel);
    let meta = fs::metadata(&apath).ok()?;
    if !meta.is_file() || meta.len() + yaml_len < 64 << 10 {
        return None;
    }
    let text = read_head(&apath)?;
    Some(Document {
        path: Some(path.to_path_buf()),
        title: sanitize(&top_value(&src, "title:").unwrap_or_else(|| path.display().to_string())),
        date: sanitize(&top_value(&src, "date:").unwrap_or_default()),
        source: None,
        article: Article::new(sanitize_owned(text), Some(apath)),
        topics: Vec::new(),
        parties: Vec::new(),
        claims: Vec::new(),
        draft: false,
        notice: None,
    })
}

/// The first [`PREVIEW_BYTES`] of a file as text (a character cut at the end
/// is dropped; anything else that is not UTF-8 gives `None`).
fn read_head(path: &Path) -> Option<String> {
    let mut head = Vec::with_capacity(PREVIEW_BYTES);
    fs::File::open(path)
        .ok()?
        .take(PREVIEW_BYTES as u64)
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

/// A preview of a large article opened without an annotation: its start,
/// shown while the panel is drafted. `None` for a small or unusual file.
pub fn preview_article(path: &Path) -> Option<Document> {
    let meta = fs::metadata(path).ok()?;
    if !meta.is_file() || meta.len() < 256 << 10 || meta.len() > MAX_ARTICLE_BYTES {
        return None;
    }
    let text = read_head(path)?;
    let title = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    Some(Document {
        path: None,
        title: sanitize(&title),
        date: String::new(),
        source: None,
        article: Article::new(sanitize_owned(text), Some(path.to_path_buf())),
        topics: Vec::new(),
        parties: Vec::new(),
        claims: Vec::new(),
        draft: true,
        notice: None,
    })
}

/// Load a document from YAML source; `name` is how the file is shown in
/// errors; the article is read through `articles`.
pub fn load_source(
    src: &str,
    name: &str,
    articles: &dyn ArticleSource,
) -> Result<Document, LoadError> {
    std::thread::scope(|scope| {
        // Read and prepare the article on another core while the YAML is
        // parsed (the YAML's `article:` is checked against the guess).
        let pre = article_hint(src).map(|rel| {
            let r = rel.clone();
            (
                rel,
                scope.spawn(move || articles.read(&r).map(|(t, p)| Prepared::new(t, p))),
            )
        });
        load_parsed(src, name, articles, pre)
    })
}

type Pending<'scope> = (
    String,
    std::thread::ScopedJoinHandle<'scope, Result<Prepared, FileProblem>>,
);

fn load_parsed(
    src: &str,
    name: &str,
    articles: &dyn ArticleSource,
    pre: Option<Pending<'_>>,
) -> Result<Document, LoadError> {
    let file_err = |reason: &str, help: &str| LoadError::File {
        path: name.to_string(),
        reason: reason.to_string(),
        help: help.to_string(),
    };
    if src.trim().is_empty() {
        return Err(file_err(
            "the annotation file is empty",
            "an annotation declares title, date, article, topics, parties and claims (see FORMAT.md)",
        ));
    }
    let report = |diags: Vec<Diagnostic>| {
        LoadError::Invalid(Report {
            file: name.to_string(),
            source: src.to_string(),
            diagnostics: diags,
        })
    };
    let mut root = match parse_tree(src) {
        Ok(n) => n,
        Err(d) => return Err(report(vec![d])),
    };
    let mut ck = Checker { diags: Vec::new() };
    if matches!(root.value, Value::Null) {
        return Err(file_err(
            "the annotation file has no content (only comments or an empty document)",
            "an annotation declares title, date, article, topics, parties and claims (see FORMAT.md)",
        ));
    }
    // The claims are taken out of the tree and converted one by one, each
    // node freed once read (the tree of 10,000 claims is large).
    let claim_nodes = take_list(&mut root, "claims");
    let Some(top) = ck.fields(
        &root,
        "the document",
        TOP_FIELDS,
        &["title", "date", "topics", "parties", "claims"],
        None,
    ) else {
        return Err(report(ck.diags));
    };

    // Header.
    let title = ck.string(&top, "title", None);
    if let Some(t) = &title {
        ck.one_line(t, "title", None);
    }
    let date = ck.string(&top, "date", None);
    if let Some((d, p)) = &date {
        if !is_iso_date(d) {
            ck.push(
                Diagnostic::new(*p, format!("`{d}` is not an ISO 8601 date"))
                    .label("expected YYYY-MM-DD")
                    .help("write the date as YYYY-MM-DD, e.g. 2025-02-26"),
            );
        }
    }
    let source = top.get("source").and_then(|n| {
        let f = ck.fields(n, "`source`", SOURCE_FIELDS, &[], None)?;
        Some(Source {
            outlet: ck.string(&f, "outlet", None).map(|s| s.0),
            url: ck.string(&f, "url", None).map(|s| s.0),
            byline: ck.string(&f, "byline", None).map(|s| s.0),
            language: ck.string(&f, "language", None).map(|s| s.0),
        })
    });

    // Topics and parties.
    let (topics, parties) = topics_and_parties(&mut ck, &top);

    // The article.
    let article = match (top.get("article"), top.get("body")) {
        (Some(a), Some(b)) => {
            ck.push(
                Diagnostic::new(b.pos(), "both `article` and `body` are given")
                    .label("a second article")
                    .help(format!(
                        "keep one: `article` (a path) on line {} or the inline `body`",
                        a.pos().line
                    )),
            );
            None
        }
        (None, None) => {
            ck.push(
                Diagnostic::new(top.pos, "missing field `article` in the document")
                    .label("no article")
                    .help("add `article: FILE.txt` (relative to this file) or an inline `body: |`"),
            );
            None
        }
        (Some(_), None) => ck.string(&top, "article", None).and_then(|(rel, p)| {
            let got = match pre {
                Some((hint, handle)) if hint == rel => handle.join().unwrap_or_else(|_| {
                    Err(FileProblem {
                        reason: "reading the article failed unexpectedly".into(),
                        help: "try again".into(),
                    })
                }),
                _ => articles.read(&rel).map(|(t, path)| Prepared::new(t, path)),
            };
            match got {
                Ok(prepared) => Some(prepared),
                Err(prob) => {
                    ck.push(
                        Diagnostic::new(p, format!("cannot use article `{rel}`: {}", prob.reason))
                            .label("this article")
                            .help(prob.help),
                    );
                    None
                }
            }
        }),
        (None, Some(_)) => ck
            .string(&top, "body", None)
            .map(|(b, _)| Prepared::new(b, None)),
    };
    if let Some(a) = &article {
        if a.article.text().trim().is_empty() {
            ck.push(
                Diagnostic::new(
                    top.get("article")
                        .or(top.get("body"))
                        .map_or(top.pos, |n| n.pos()),
                    "the article is empty",
                )
                .label("no text")
                .help("the article must hold the text the quotes come from"),
            );
        }
    }

    // (Only to describe a `claims:` that is not a list; its items were taken.)
    let _ = ck.list(&top, "claims");
    // The rest of the tree is no longer needed.
    drop(top);
    drop(root);

    // Claims.
    let topic_ids: Vec<&str> = topics.iter().map(|t| t.id.as_str()).collect();
    let party_ids: Vec<&str> = parties.iter().map(|p| p.id.as_str()).collect();
    let mut raw: Vec<RawClaim> = Vec::new();
    let mut claim_lines: HashMap<String, usize> = HashMap::new();
    for node in claim_nodes {
        let n = &node;
        // Find the id first so every message can name the claim.
        let cid = match &n.value {
            Value::Map(m) => m
                .iter()
                .find(|(k, _)| k.as_str() == Some("id"))
                .and_then(|(_, v)| v.as_str())
                .map(|s| sanitize(s.trim())),
            _ => None,
        };
        let cl = cid.as_deref();
        let Some(f) = ck.fields(n, "a claim", CLAIM_FIELDS, CLAIM_REQUIRED, cl) else {
            continue;
        };
        let id = ck.id(&f, "claim", cl);
        if let Some((id, p)) = &id {
            ck.first_use(&mut claim_lines, id, *p, "claim", None);
        }
        let party = ck.one_of(
            &f,
            "party",
            cl,
            &party_ids,
            "not declared under `parties`",
            "declared parties",
        );
        let topic = ck.one_of(
            &f,
            "topic",
            cl,
            &topic_ids,
            "not declared under `topics`",
            "declared topics",
        );
        let stance_names: Vec<&str> = Stance::ALL.iter().map(|s| s.as_str()).collect();
        let stance = ck
            .one_of(
                &f,
                "stance",
                cl,
                &stance_names,
                "not a stance",
                "a stance is one of",
            )
            .and_then(|i| Stance::ALL.get(i).copied());
        let mode = ck
            .one_of(
                &f,
                "mode",
                cl,
                &["direct", "reported"],
                "not a mode",
                "a mode is one of (a quotation, reported speech)",
            )
            .and_then(|i| [Mode::Direct, Mode::Reported].get(i).copied());
        let status = match ck.string(&f, "status", cl) {
            None => Some(Status::Reviewed),
            Some((s, p)) => {
                let st = Status::parse(&s);
                if st.is_none() {
                    ck.push(
                        Diagnostic::new(p, format!("unknown status `{s}`"))
                            .label("not a status")
                            .help("a status is `draft` or `reviewed`")
                            .claim(cl),
                    );
                }
                st
            }
        };
        let confidence = match f.get("confidence") {
            None => Some(None),
            Some(n) => match n.value {
                Value::Float(x) if (0.0..=1.0).contains(&x) => Some(Some(x)),
                Value::Int(i) if i == 0 || i == 1 => Some(Some(i as f64)),
                _ => {
                    ck.push(
                        Diagnostic::new(n.pos(), "`confidence` must be a number from 0 to 1")
                            .label("out of range")
                            .help("write e.g. `confidence: 0.8`")
                            .claim(cl),
                    );
                    None
                }
            },
        };
        let speaker = ck.string(&f, "speaker", cl);
        let target = ck.string(&f, "target", cl);
        let summary = ck.string(&f, "summary", cl);
        if let Some(s) = &summary {
            ck.one_line(s, "summary", cl);
        }
        let quote = ck.string(&f, "quote", cl);
        let prefix = f.get("prefix").and_then(|n| n.as_str()).map(sanitize);
        let suffix = f.get("suffix").and_then(|n| n.as_str()).map(sanitize);
        for k in ["prefix", "suffix"] {
            if let Some(n) = f.get(k) {
                if n.as_str().is_none() {
                    ck.push(
                        Diagnostic::new(n.pos(), format!("`{k}` must be text, found {}", n.kind()))
                            .label("expected text")
                            .claim(cl),
                    );
                }
            }
        }
        let condition = ck.string(&f, "condition", cl).map(|s| s.0);
        let rule = ck.string(&f, "rule", cl).map(|s| s.0);
        if let (
            Some((id, _)),
            Some(party),
            Some(topic),
            Some(stance),
            Some(mode),
            Some(status),
            Some(confidence),
            Some((speaker, _)),
            Some((target, _)),
            Some((summary, _)),
            Some((quote, quote_pos)),
        ) = (
            id, party, topic, stance, mode, status, confidence, speaker, target, summary, quote,
        ) {
            raw.push(RawClaim {
                claim: Claim {
                    id,
                    party,
                    speaker,
                    topic,
                    stance,
                    target,
                    summary,
                    mode,
                    quote,
                    condition,
                    status,
                    confidence,
                    rule,
                    span: Span { start: 0, end: 0 },
                    source_line: f.pos.line,
                },
                quote_pos,
                prefix,
                suffix,
            });
        }
    }

    // Anchoring.
    let article = article.map(|p| p.article);
    if let Some(article) = &article {
        let anchorer = Anchorer::new(article.text());
        let sels: Vec<Selector> = raw
            .iter()
            .map(|r| Selector {
                exact: &r.claim.quote,
                prefix: r.prefix.as_deref(),
                suffix: r.suffix.as_deref(),
            })
            .collect();
        let results = anchorer.resolve_all(&sels);
        for (r, res) in raw.iter_mut().zip(results) {
            let cl = Some(r.claim.id.as_str());
            let lines = |v: &[Span], count: usize| {
                let mut s: Vec<String> = v
                    .iter()
                    .map(|sp| article.line_of(sp.start).to_string())
                    .collect();
                if count > v.len() {
                    s.push(format!("and {} more", count - v.len()));
                }
                s.join(", ")
            };
            match res {
                Ok(span) => r.claim.span = span,
                Err(AnchorError::Empty) => ck.push(
                    Diagnostic::new(r.quote_pos, "the quote is empty")
                        .label("empty quote")
                        .help("copy the exact words of the article into `quote`")
                        .claim(cl),
                ),
                Err(AnchorError::NotFound { suggestion }) => {
                    let help = match suggestion {
                        Some(sp) => format!(
                            "the closest passage of the article (line {}) is: \"{}\"",
                            article.line_of(sp.start),
                            article.text().get(sp.start..sp.end).unwrap_or("").replace('\n', " ")
                        ),
                        None => "copy the exact words of the article into `quote`; no similar passage was found".to_string(),
                    };
                    ck.push(
                        Diagnostic::new(r.quote_pos, "the quote is not in the article")
                            .label("not found")
                            .help(help)
                            .claim(cl),
                    );
                }
                Err(AnchorError::Ambiguous { occurrences, count }) => ck.push(
                    Diagnostic::new(
                        r.quote_pos,
                        format!("the quote occurs {count} times in the article (lines {})", lines(&occurrences, count)),
                    )
                    .label("ambiguous")
                    .help("add a `prefix` (the words just before the intended passage) or a `suffix` (just after) to choose one")
                    .claim(cl),
                ),
                Err(AnchorError::ContextMismatch { occurrences, count }) => ck.push(
                    Diagnostic::new(
                        r.quote_pos,
                        format!(
                            "the quote occurs {count} times (lines {}) but its `prefix`/`suffix` match none of them",
                            lines(&occurrences, count)
                        ),
                    )
                    .label("prefix/suffix do not match")
                    .help("copy the words immediately before/after the passage into `prefix`/`suffix`")
                    .claim(cl),
                ),
            }
        }
    }

    if !ck.diags.is_empty() {
        return Err(report(ck.diags));
    }
    let (Some((title, _)), Some((date, _)), Some(article)) = (title, date, article) else {
        // Unreachable in practice: a missing field produced a diagnostic.
        return Err(file_err("the document is incomplete", "see FORMAT.md"));
    };
    let claims: Vec<Claim> = raw.into_iter().map(|r| r.claim).collect();
    let draft = claims.iter().any(|c| c.status == Status::Draft);
    Ok(Document {
        path: None,
        title,
        date,
        source,
        article,
        topics,
        parties,
        claims,
        draft,
        notice: None,
    })
}

/// Validate the `topics` and `parties` sections of a document (or profile).
fn topics_and_parties(ck: &mut Checker, top: &Fields) -> (Vec<Topic>, Vec<Party>) {
    let mut topics: Vec<Topic> = Vec::new();
    let mut topic_lines: HashMap<String, usize> = HashMap::new();
    for n in ck.list(top, "topics") {
        let Some(f) = ck.fields(n, "a topic", TOPIC_FIELDS, &["id", "label"], None) else {
            continue;
        };
        let id = ck.id(&f, "topic", None);
        let label = ck.string(&f, "label", None);
        let keywords = ck.string_list(&f, "keywords", None);
        if let (Some((id, p)), Some((label, _))) = (id, label) {
            if !ck.first_use(&mut topic_lines, &id, p, "topic", None) {
                continue;
            }
            topics.push(Topic {
                id,
                label,
                keywords,
            });
        }
    }
    if topics.is_empty() && top.get("topics").is_some() && topic_lines.is_empty() {
        if let Some(n) = top.get("topics") {
            ck.push(
                Diagnostic::new(n.pos(), "no topics are declared")
                    .label("empty")
                    .help("declare at least one topic: `- {id: nato, label: NATO}`"),
            );
        }
    }
    let mut parties: Vec<Party> = Vec::new();
    let mut party_lines: HashMap<String, usize> = HashMap::new();
    for n in ck.list(top, "parties") {
        let Some(f) = ck.fields(n, "a party", PARTY_FIELDS, &["id", "name"], None) else {
            continue;
        };
        let id = ck.id(&f, "party", None);
        let pname = ck.string(&f, "name", None);
        let aliases = ck.string_list(&f, "aliases", None);
        let color = ck.string(&f, "color", None).and_then(|(c, p)| {
            if is_color(&c) {
                Some(c)
            } else {
                ck.push(
                    Diagnostic::new(p, format!("unknown colour `{c}`"))
                        .label("not a colour")
                        .help(format!("use #rrggbb or one of: {}", COLOR_NAMES.join(", "))),
                );
                None
            }
        });
        if let (Some((id, p)), Some((pname, _))) = (id, pname) {
            if !ck.first_use(&mut party_lines, &id, p, "party", None) {
                continue;
            }
            parties.push(Party {
                id,
                name: pname,
                aliases,
                color,
            });
        }
    }
    if parties.is_empty() && party_lines.is_empty() {
        if let Some(n) = top.get("parties") {
            ck.push(
                Diagnostic::new(n.pos(), "no parties are declared")
                    .label("empty")
                    .help("declare at least one party: `- {id: us, name: United States}`"),
            );
        }
    }
    (topics, parties)
}

/// Load a drafting *profile*: the `topics` and `parties` sections of the
/// annotation format, validated as the loader validates them. Any other
/// top-level field of the format is allowed and ignored, so an existing
/// annotation serves as a profile too.
pub fn load_profile_source(src: &str, name: &str) -> Result<(Vec<Topic>, Vec<Party>), LoadError> {
    let report = |diags: Vec<Diagnostic>| {
        LoadError::Invalid(Report {
            file: name.to_string(),
            source: src.to_string(),
            diagnostics: diags,
        })
    };
    let root = match parse_tree(src) {
        Ok(n) => n,
        Err(d) => return Err(report(vec![d])),
    };
    if matches!(root.value, Value::Null) {
        return Err(LoadError::File {
            path: name.to_string(),
            reason: "the profile is empty".to_string(),
            help: "a profile declares `topics` and `parties` as in an annotation (see FORMAT.md)"
                .to_string(),
        });
    }
    let mut ck = Checker { diags: Vec::new() };
    let Some(top) = ck.fields(&root, "a profile", TOP_FIELDS, &["topics", "parties"], None) else {
        return Err(report(ck.diags));
    };
    let (topics, parties) = topics_and_parties(&mut ck, &top);
    if topics.is_empty() && ck.diags.is_empty() {
        ck.push(
            Diagnostic::new(top.pos, "the profile declares no topics")
                .label("no topics")
                .help("declare at least one topic: `- {id: nato, label: NATO, keywords: [NATO]}`"),
        );
    }
    if parties.is_empty() && ck.diags.is_empty() {
        ck.push(
            Diagnostic::new(top.pos, "the profile declares no parties")
                .label("no parties")
                .help("declare at least one party: `- {id: us, name: United States}`"),
        );
    }
    if !ck.diags.is_empty() {
        return Err(report(ck.diags));
    }
    Ok((topics, parties))
}

/// The one-line summary `standpoint check` prints for a good file.
pub fn summary_line(name: &str, doc: &Document) -> String {
    let n = |k: usize, one: &str, many: &str| format!("{k} {}", if k == 1 { one } else { many });
    format!(
        "{name}: ok: {}, {}, {} anchored{}",
        n(doc.parties.len(), "party", "parties"),
        n(doc.topics.len(), "topic", "topics"),
        n(doc.claims.len(), "claim", "claims"),
        if doc.draft { " (draft)" } else { "" }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_document_loads() {
        let d = bundled().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(d.parties.len(), 4);
        assert_eq!(d.topics.len(), 3);
        assert_eq!(d.claims.len(), 13);
        assert_eq!(d.date, "2025-02-26");
        assert!(d.source.is_none());
        for c in &d.claims {
            assert!(!d.quote_text(c).is_empty(), "{}", c.id);
        }
        let c = &d.claims[d.claim_index("us-guarantees-to-europe").unwrap_or(0)];
        assert!(d.quote_text(c).starts_with("“We’ll delegate"));
    }

    #[test]
    fn previews_only_large_articles_and_only_their_start() {
        let dir = std::env::temp_dir().join(format!("standpoint-preview-{}", std::process::id()));
        let _ = fs::create_dir_all(&dir);
        let small = dir.join("small.txt");
        let big = dir.join("big.txt");
        let _ = fs::write(&small, "A short article.\n");
        let _ = fs::write(&big, "Ünïcode line \u{1b}[31m.\n".repeat(40_000));
        assert!(preview_article(&small).is_none());
        let p = preview_article(&big).unwrap_or_else(|| panic!("no preview"));
        assert!(p.draft && p.claims.is_empty());
        assert!(p.article.text().chars().count() <= PREVIEW_BYTES);
        assert!(p.article.text().chars().count() < 40_000 * 15);
        assert!(p.article.text().starts_with("Ünïcode line \u{241B}[31m."));
        assert_eq!(p.title, "big.txt");
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn iso_dates() {
        for ok in [
            "2025-02-26",
            "2024-02-29",
            "2025-02-26T10:00Z",
            "2025-02-26T10:00:30+02:00",
        ] {
            assert!(is_iso_date(ok), "{ok}");
        }
        for bad in [
            "2025-02-30",
            "2023-02-29",
            "26/02/2025",
            "2025-2-26",
            "2025-02-26T25:00",
            "2025-13-01",
        ] {
            assert!(!is_iso_date(bad), "{bad}");
        }
    }
}
