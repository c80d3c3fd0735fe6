//! The loader: reads an annotation (YAML) and its article, validates every
//! field, anchors every quote, and reports all problems of a file together as
//! a [`Report`] (never a panic).
//!
//! Two ways to load:
//! - strict ([`load_path`], [`load_source`]): any problem fails the load;
//! - lenient ([`load_path_lenient`], [`load_lenient`]): a claim with problems
//!   is left out of the document and kept as a [`ClaimProblem`], so the
//!   document still opens; problems of the document itself (not YAML, no
//!   article, a bad topic or party...) still fail it.
//!
//! Loading streams: the claims are checked one by one as the YAML parser
//! reads them (the whole YAML tree never exists), while the article is read
//! and prepared on another core; then every quote is anchored in one pass.

mod anchoring;
mod check;
mod claims;
mod preview;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::thread::ScopedJoinHandle;

use crate::diag::{Diagnostic, Report};
use crate::model::{Article, Claim, Document, Origin, Party, Source, Status, Topic};
use crate::sanitize::sanitize_owned;
use crate::yaml::{self, Item, Node, Value};
use check::{Checker, Fields, Text};
use claims::{RawClaim, Refs};

pub use crate::files::{read_text, FileError};
pub use check::{is_iso_date, is_valid_id};
pub use preview::{article_hint, preview, preview_article, PREVIEW_BYTES};

/// The error of a file that cannot be used (its former name).
pub type FileProblem = FileError;

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
    #[error("{0}")]
    File(FileError),
    /// The file was read; these are the problems in it.
    #[error("{0}")]
    Invalid(Report),
}

/// A claim that did not load (lenient loading), kept so the reader can list
/// it and the user can fix it in place.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimProblem {
    /// The claim's id as written, if it has one.
    pub id: Option<String>,
    /// Where the claim is in the annotation file.
    pub origin: Origin,
    /// 1-based line where the claim starts.
    pub line: usize,
    /// Every problem found in the claim (at least one).
    pub diagnostics: Vec<Diagnostic>,
    /// The fields that could be read, as `(field, value as text)`.
    pub fields: Vec<(String, String)>,
}

impl ClaimProblem {
    /// The first problem, in a sentence ("unknown party `rus`").
    pub fn message(&self) -> &str {
        self.diagnostics.first().map_or("", |d| d.message.as_str())
    }
}

/// Where an annotation finds its article.
pub trait ArticleSource: Sync {
    /// Read the article named `rel` in the annotation.
    fn read(&self, rel: &str) -> Result<(String, Option<PathBuf>), FileError>;
}

/// Articles on disk, relative to a directory.
pub struct FsArticles {
    pub base: PathBuf,
}

impl ArticleSource for FsArticles {
    fn read(&self, rel: &str) -> Result<(String, Option<PathBuf>), FileError> {
        let path = self.base.join(rel);
        read_text(&path, MAX_ARTICLE_BYTES, "article").map(|t| (t, Some(path)))
    }
}

/// An article held in memory, whatever name the annotation gives it.
pub struct MemArticles(pub String);

impl ArticleSource for MemArticles {
    fn read(&self, _rel: &str) -> Result<(String, Option<PathBuf>), FileError> {
        Ok((self.0.clone(), None))
    }
}

/// The bundled article, embedded in the binary.
pub struct BundledArticles;

impl ArticleSource for BundledArticles {
    fn read(&self, rel: &str) -> Result<(String, Option<PathBuf>), FileError> {
        if rel == BUNDLED_ARTICLE_NAME {
            Ok((BUNDLED_ARTICLE.to_string(), None))
        } else {
            Err(FileError::new(
                rel,
                format!("no bundled article named {rel}"),
                format!("the bundled article is {BUNDLED_ARTICLE_NAME}"),
            ))
        }
    }
}

/// The bundled document (the first article, annotated).
pub fn bundled() -> Result<Document, LoadError> {
    load_source(BUNDLED_YAML, BUNDLED_NAME, &BundledArticles)
}

/// Load an annotation file and its article.
pub fn load_path(path: &Path) -> Result<Document, LoadError> {
    load_file(path, false).map(|(doc, _)| doc)
}

/// Load an annotation file and its article, leaving out (and returning) the
/// claims that have problems.
pub fn load_path_lenient(path: &Path) -> Result<(Document, Vec<ClaimProblem>), LoadError> {
    load_file(path, true)
}

fn load_file(path: &Path, lenient: bool) -> Result<(Document, Vec<ClaimProblem>), LoadError> {
    let name = path.display().to_string();
    let src = read_text(path, MAX_ANNOTATION_BYTES, "annotation file").map_err(LoadError::File)?;
    let base = path
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let (mut doc, problems) = load_with(&src, &name, &FsArticles { base }, lenient)?;
    doc.path = Some(path.to_path_buf());
    Ok((doc, problems))
}

/// Load a document from YAML source; `name` is how the file is shown in
/// errors; the article is read through `articles`.
pub fn load_source(
    src: &str,
    name: &str,
    articles: &dyn ArticleSource,
) -> Result<Document, LoadError> {
    load_with(src, name, articles, false).map(|(doc, _)| doc)
}

/// [`load_source`], leaving out (and returning) the claims that have
/// problems. Problems of the document itself still fail the load.
pub fn load_lenient(
    src: &str,
    name: &str,
    articles: &dyn ArticleSource,
) -> Result<(Document, Vec<ClaimProblem>), LoadError> {
    load_with(src, name, articles, true)
}

pub const TOP_FIELDS: &[&str] = &[
    "title", "date", "source", "article", "body", "topics", "parties", "claims",
];
const TOP_REQUIRED: &[&str] = &["title", "date", "topics", "parties", "claims"];
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

fn is_color(s: &str) -> bool {
    COLOR_NAMES.contains(&s.to_ascii_lowercase().as_str())
        || (s.len() == 7 && s.starts_with('#') && s[1..].chars().all(|c| c.is_ascii_hexdigit()))
}

/// The `source:` mapping (where the article was published).
fn read_source(ck: &mut Checker, n: &Node) -> Option<Source> {
    let f = ck.fields(n, "`source`", SOURCE_FIELDS, &[], None)?;
    Some(Source {
        outlet: ck.string(&f, "outlet", None).map(|s| s.0),
        url: ck.string(&f, "url", None).map(|s| s.0),
        byline: ck.string(&f, "byline", None).map(|s| s.0),
        language: ck.string(&f, "language", None).map(|s| s.0),
    })
}

/// The `topics` list.
fn read_topics(ck: &mut Checker, node: Option<&Node>) -> Vec<Topic> {
    let read = |ck: &mut Checker, f: &Fields| {
        let label = ck.string(f, "label", None);
        let keywords = ck.string_list(f, "keywords", None);
        Some((label?.0, keywords))
    };
    let build = |id, (label, keywords)| Topic {
        id,
        label,
        keywords,
    };
    let what = ("topics", "topic", TOPIC_FIELDS, &["id", "label"][..]);
    let help = "declare at least one topic: `- {id: nato, label: NATO}`";
    read_declared(ck, node, what, help, read, build)
}

/// The `parties` list.
fn read_parties(ck: &mut Checker, node: Option<&Node>) -> Vec<Party> {
    let read = |ck: &mut Checker, f: &Fields| {
        let name = ck.string(f, "name", None);
        let aliases = ck.string_list(f, "aliases", None);
        let color = ck.string(f, "color", None).and_then(|(c, p)| {
            if is_color(&c) {
                return Some(c);
            }
            ck.push(
                Diagnostic::new(p, format!("unknown colour `{c}`"))
                    .label("not a colour")
                    .help(format!("use #rrggbb or one of: {}", COLOR_NAMES.join(", "))),
            );
            None
        });
        Some((name?.0, aliases, color))
    };
    let build = |id, (name, aliases, color)| Party {
        id,
        name,
        aliases,
        color,
    };
    let what = ("parties", "party", PARTY_FIELDS, &["id", "name"][..]);
    let help = "declare at least one party: `- {id: us, name: United States}`";
    read_declared(ck, node, what, help, read, build)
}

/// A list of declared things with ids (topics, parties): each entry's id
/// and fields checked (`read`), the first of each id kept (`build`); a
/// list that declares nothing at all is a problem (`help` says what to do).
fn read_declared<'n, 'a, R, T>(
    ck: &mut Checker,
    node: Option<&'n Node<'a>>,
    (key, what, allowed, required): (&str, &str, &'n [&'n str], &[&str]),
    help: &str,
    mut read: impl FnMut(&mut Checker, &Fields<'n, 'a>) -> Option<R>,
    build: impl Fn(String, R) -> T,
) -> Vec<T> {
    let mut out = Vec::new();
    let mut lines: HashMap<String, usize> = HashMap::new();
    for n in ck.list(node, key) {
        let Some(f) = ck.fields(n, &format!("a {what}"), allowed, required, None) else {
            continue;
        };
        let id = ck.id(&f, what, None);
        let rest = read(ck, &f);
        if let (Some((id, p)), Some(rest)) = (id, rest) {
            if ck.first_use(&mut lines, &id, p, what) {
                out.push(build(id, rest));
            }
        }
    }
    if let Some(n) = node.filter(|_| out.is_empty()) {
        ck.push(
            Diagnostic::new(n.pos(), format!("no {key} are declared"))
                .label("empty")
                .help(help),
        );
    }
    out
}

/// Parse YAML into a whole tree, or the diagnostic that says why it is not
/// YAML.
fn parse_tree(src: &str) -> Result<Node<'_>, Diagnostic> {
    yaml::parse(src).map_err(|e| parse_diagnostic(&e))
}

fn parse_diagnostic(e: &yaml::ParseError) -> Diagnostic {
    Diagnostic::new(e.pos, format!("invalid YAML: {}", e.message))
        .label("here")
        .help(parse_help(&e.message))
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

/// The article being read on another thread, and the name it was read by.
type Pending<'scope> = (
    String,
    ScopedJoinHandle<'scope, Result<Prepared, FileError>>,
);

/// A claim with problems: where it is, and which diagnostics are its own.
struct BadClaim {
    id: Option<String>,
    origin: Origin,
    line: usize,
    diags: Vec<usize>,
    fields: Vec<(String, String)>,
    /// Its index in the claims read, if it was read whole.
    raw: Option<usize>,
}

/// A document being loaded: what has been read and checked so far.
struct Loading<'a> {
    ck: Checker,
    /// Keep what lenient loading needs (the fields of bad claims).
    lenient: bool,
    /// Topics and parties, once read: claims are checked against them.
    declared: Option<(Vec<Topic>, Vec<Party>, Refs)>,
    /// Claim items read before the topics and parties were.
    waiting: Vec<Item<'a>>,
    /// The claims read whole.
    raw: Vec<RawClaim>,
    bad: Vec<BadClaim>,
}

/// The header of a document.
struct Header {
    title: Option<Text>,
    date: Option<Text>,
    source: Option<Source>,
}

impl<'a> Loading<'a> {
    fn new(lenient: bool) -> Self {
        Loading {
            ck: Checker::default(),
            lenient,
            declared: None,
            waiting: Vec::new(),
            raw: Vec::new(),
            bad: Vec::new(),
        }
    }

    /// A claim item: checked now if the topics and parties are known (they
    /// are among `entries`, the top-level entries read before it), else
    /// kept for later.
    fn item(&mut self, entries: &[(Node<'a>, Node<'a>)], item: Item<'a>) {
        if self.declared.is_none() {
            let find = |k: &str| {
                entries
                    .iter()
                    .find(|(key, _)| key.as_str() == Some(k))
                    .map(|(_, v)| v)
            };
            match (find("topics"), find("parties")) {
                (Some(t), Some(p)) => self.declare(Some(t), Some(p)),
                _ => {
                    self.waiting.push(item);
                    return;
                }
            }
        }
        self.claim(&item);
    }

    fn declare(&mut self, topics: Option<&Node>, parties: Option<&Node>) {
        let topics = read_topics(&mut self.ck, topics);
        let parties = read_parties(&mut self.ck, parties);
        let refs = Refs::new(&parties, &topics);
        self.declared = Some((topics, parties, refs));
    }

    fn claim(&mut self, item: &Item<'a>) {
        let Some((_, _, refs)) = &mut self.declared else {
            return;
        };
        let first = self.ck.diags.len();
        let raw = claims::read_claim(&mut self.ck, item, refs);
        let bad = (self.ck.diags.len() > first).then(|| BadClaim {
            id: claims::claim_id(&item.node).map(|s| s.into_owned()),
            origin: Origin {
                index: item.index,
                start: item.start,
                end: item.end,
            },
            line: item.node.pos().line,
            diags: (first..self.ck.diags.len()).collect(),
            fields: if self.lenient {
                claims::item_fields(&item.node)
            } else {
                Vec::new()
            },
            raw: raw.is_some().then_some(self.raw.len()),
        });
        self.bad.extend(bad);
        self.raw.extend(raw);
    }

    /// Read the document on the event path, or (when it gives up) with
    /// serde-saphyr: the root, the claims checked.
    fn parse(&mut self, src: &'a str) -> Result<Node<'a>, Diagnostic> {
        if let Ok(root) = yaml::stream(src, &mut |entries, item| self.item(entries, item)) {
            return Ok(root);
        }
        *self = Loading::new(self.lenient);
        let mut root = yaml::parse_serde(src).map_err(|e| parse_diagnostic(&e))?;
        let items = take_list(&mut root, "claims");
        let ranges = yaml::claim_ranges(src);
        let entries = match &root.value {
            Value::Map(e) => e.as_slice(),
            _ => &[],
        };
        for (index, node) in items.into_iter().enumerate() {
            let (start, end) = ranges.get(index).copied().unwrap_or((0, 0));
            let item = Item {
                node,
                index,
                start,
                end,
            };
            self.item(entries, item);
        }
        Ok(root)
    }

    /// `title`, `date` and `source`.
    fn header(&mut self, top: &Fields) -> Header {
        let ck = &mut self.ck;
        let title = ck.string(top, "title", None);
        if let Some(t) = &title {
            ck.one_line(t, "title", None);
        }
        let date = ck.string(top, "date", None);
        if let Some((d, p)) = &date {
            if !is_iso_date(d) {
                ck.push(
                    Diagnostic::new(*p, format!("`{d}` is not an ISO 8601 date"))
                        .label("expected YYYY-MM-DD")
                        .help("write the date as YYYY-MM-DD, e.g. 2025-02-26"),
                );
            }
        }
        let source = top.get("source").and_then(|n| read_source(ck, n));
        Header {
            title,
            date,
            source,
        }
    }

    /// The article: read from its file (or taken from the thread that read
    /// it already) or inline.
    fn article(
        &mut self,
        top: &Fields,
        pre: Option<Pending<'_>>,
        articles: &dyn ArticleSource,
    ) -> Option<Prepared> {
        let ck = &mut self.ck;
        let prepared = match (top.get("article"), top.get("body")) {
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
            (Some(_), None) => {
                let (rel, p) = ck.string(top, "article", None)?;
                let got = match pre {
                    Some((hint, handle)) if hint == rel => handle.join().unwrap_or_else(|_| {
                        Err(FileError::new(
                            rel.as_str(),
                            "reading the article failed unexpectedly",
                            "try again",
                        ))
                    }),
                    _ => articles.read(&rel).map(|(t, path)| Prepared::new(t, path)),
                };
                match got {
                    Ok(prepared) => Some(prepared),
                    Err(prob) => {
                        ck.push(
                            Diagnostic::new(
                                p,
                                format!("cannot use article `{rel}`: {}", prob.reason),
                            )
                            .label("this article")
                            .help(prob.help),
                        );
                        None
                    }
                }
            }
            (None, Some(_)) => ck
                .string(top, "body", None)
                .map(|(b, _)| Prepared::new(b, None)),
        };
        if prepared
            .as_ref()
            .is_some_and(|a| a.article.text().trim().is_empty())
        {
            let at = top
                .get("article")
                .or(top.get("body"))
                .map_or(top.pos, |n| n.pos());
            ck.push(
                Diagnostic::new(at, "the article is empty")
                    .label("no text")
                    .help("the article must hold the text the quotes come from"),
            );
        }
        prepared
    }

    /// Anchor every claim read; a quote that does not anchor makes its
    /// claim a bad one.
    fn anchor(&mut self, article: &Article) {
        let failed = anchoring::anchor_claims(&mut self.ck, article, &mut self.raw);
        let (topics, parties) = match &self.declared {
            Some((t, p, _)) => (t.as_slice(), p.as_slice()),
            None => (&[][..], &[][..]),
        };
        let mut bad_of: HashMap<usize, usize> = HashMap::new();
        for (k, b) in self.bad.iter().enumerate() {
            if let Some(i) = b.raw {
                bad_of.insert(i, k);
            }
        }
        for (i, d) in failed {
            if let Some(b) = bad_of.get(&i).and_then(|&k| self.bad.get_mut(k)) {
                b.diags.push(d);
                continue;
            }
            let r = &self.raw[i];
            self.bad.push(BadClaim {
                id: Some(r.claim.id.clone()),
                origin: r.claim.origin.unwrap_or_default(),
                line: r.claim.source_line,
                diags: vec![d],
                fields: if self.lenient {
                    claims::raw_fields(r, parties, topics)
                } else {
                    Vec::new()
                },
                raw: Some(i),
            });
        }
    }
}

/// Take the list under `key` out of a mapping, leaving an empty list (or
/// leave a value that is not a list, for the checker to describe).
fn take_list<'a>(root: &mut Node<'a>, key: &str) -> Vec<Node<'a>> {
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

const FORMAT_HELP: &str =
    "an annotation declares title, date, article, topics, parties and claims (see FORMAT.md)";

fn load_with(
    src: &str,
    name: &str,
    articles: &dyn ArticleSource,
    lenient: bool,
) -> Result<(Document, Vec<ClaimProblem>), LoadError> {
    let file_err = |reason: &str, help: &str| LoadError::File(FileError::new(name, reason, help));
    if src.trim().is_empty() {
        return Err(file_err("the annotation file is empty", FORMAT_HELP));
    }
    let report = |diagnostics: Vec<Diagnostic>| {
        LoadError::Invalid(Report {
            file: name.to_string(),
            source: src.to_string(),
            diagnostics,
        })
    };
    std::thread::scope(|scope| {
        // Read and prepare the article on another core while the YAML is
        // parsed (the YAML's `article:` is checked against the guess).
        let pre = article_hint(src).map(|rel| {
            let r = rel.clone();
            let read = move || articles.read(&r).map(|(t, p)| Prepared::new(t, p));
            (rel, scope.spawn(read))
        });
        let mut st = Loading::new(lenient);
        let root = st.parse(src).map_err(|d| report(vec![d]))?;
        if matches!(root.value, Value::Null) {
            return Err(file_err(
                "the annotation file has no content (only comments or an empty document)",
                FORMAT_HELP,
            ));
        }
        let Some(top) = st
            .ck
            .fields(&root, "the document", TOP_FIELDS, TOP_REQUIRED, None)
        else {
            return Err(report(std::mem::take(&mut st.ck.diags)));
        };
        let header = st.header(&top);
        if st.declared.is_none() {
            st.declare(top.get("topics"), top.get("parties"));
        }
        let article = st.article(&top, pre, articles).map(|p| p.article);
        // (Only to describe a `claims:` that is not a list.)
        let _ = st.ck.list(top.get("claims"), "claims");
        for item in std::mem::take(&mut st.waiting) {
            st.claim(&item);
        }
        drop(top);
        drop(root);
        if let Some(article) = &article {
            st.anchor(article);
        }
        let Loading {
            ck,
            declared,
            raw,
            bad,
            ..
        } = st;
        let diags = ck.diags;
        let claim_diags: usize = bad.iter().map(|b| b.diags.len()).sum();
        if !diags.is_empty() && (!lenient || claim_diags < diags.len()) {
            return Err(report(diags));
        }
        let (Some((title, _)), Some((date, _)), Some(article), Some((topics, parties, _))) =
            (header.title, header.date, article, declared)
        else {
            // Unreachable in practice: a missing field produced a diagnostic.
            return Err(file_err("the document is incomplete", "see FORMAT.md"));
        };
        let (claims, problems) = sort_out(raw, bad, diags);
        let draft = claims.iter().any(|c| c.status == Status::Draft);
        let doc = Document {
            path: None,
            title,
            date,
            source: header.source,
            article,
            topics,
            parties,
            claims,
            draft,
            notice: None,
        };
        Ok((doc, problems))
    })
}

/// The good claims, and a problem for each bad one (in file order).
fn sort_out(
    raw: Vec<RawClaim>,
    bad: Vec<BadClaim>,
    diags: Vec<Diagnostic>,
) -> (Vec<Claim>, Vec<ClaimProblem>) {
    let mut is_bad = vec![false; raw.len()];
    for i in bad.iter().filter_map(|b| b.raw) {
        is_bad[i] = true;
    }
    let claims = raw
        .into_iter()
        .zip(is_bad)
        .filter(|(_, b)| !b)
        .map(|(r, _)| r.claim)
        .collect();
    let mut problems: Vec<ClaimProblem> = bad
        .into_iter()
        .map(|b| ClaimProblem {
            id: b.id,
            origin: b.origin,
            line: b.line,
            diagnostics: b
                .diags
                .iter()
                .filter_map(|&i| diags.get(i).cloned())
                .collect(),
            fields: b.fields,
        })
        .collect();
    problems.sort_by_key(|p| p.origin.index);
    (claims, problems)
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
    let root = parse_tree(src).map_err(|d| report(vec![d]))?;
    if matches!(root.value, Value::Null) {
        return Err(LoadError::File(FileError::new(
            name,
            "the profile is empty",
            "a profile declares `topics` and `parties` as in an annotation (see FORMAT.md)",
        )));
    }
    let mut ck = Checker::default();
    let Some(top) = ck.fields(&root, "a profile", TOP_FIELDS, &["topics", "parties"], None) else {
        return Err(report(ck.diags));
    };
    let topics = read_topics(&mut ck, top.get("topics"));
    let parties = read_parties(&mut ck, top.get("parties"));
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

/// The one-line summary `standpoint check` prints for a good file:
/// `FILE: ok: 4 parties, 3 topics, 19 claims anchored, 17 drafts to review`.
pub fn summary_line(name: &str, doc: &Document) -> String {
    let n = |k: usize, one: &str, many: &str| format!("{k} {}", if k == 1 { one } else { many });
    let drafts = doc
        .claims
        .iter()
        .filter(|c| c.status == crate::model::Status::Draft)
        .count();
    let review = match drafts {
        0 => String::new(),
        d => format!(", {} to review", n(d, "draft", "drafts")),
    };
    format!(
        "{name}: ok: {}, {}, {} anchored{review}",
        n(doc.parties.len(), "party", "parties"),
        n(doc.topics.len(), "topic", "topics"),
        n(doc.claims.len(), "claim", "claims"),
    )
}

#[cfg(test)]
mod tests;
