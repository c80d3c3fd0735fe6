//! What the command line does with articles that come in: `standpoint
//! PAGE.html`, `standpoint -`, `standpoint import`, `standpoint draft -`.
//! The binary only parses arguments and calls these.

use std::path::{Path, PathBuf};

use anyhow::Result;

use super::{
    draft_imported, import_bytes, import_path, read_stdin, save, to_yaml, ArticleRef, Charset,
    Imported, Kind, Options, Saved, MAX_TEXT_BYTES, STDIN_NAME,
};
use crate::draft::{self, Profile};
use crate::model::Document;

/// `-` names standard input.
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Options from the command line's `--encoding`.
pub fn options(encoding: Option<&str>) -> Result<Options> {
    Ok(Options {
        encoding: encoding
            .map(super::decode::encoding_for_label)
            .transpose()
            .map_err(anyhow::Error::msg)?,
        html: false,
    })
}

/// An article brought in from a file or standard input, with the profile
/// to draft it with.
struct Input {
    imp: Imported,
    profile: Profile,
    /// The file, if not standard input.
    file: Option<PathBuf>,
}

/// Read `path` (`-`: standard input) as an article and choose its profile:
/// the one named, else (for a file) the annotation beside it, else the
/// bundled default. An empty article is an error.
fn input(path: &Path, profile: Option<&Path>, opts: &Options) -> Result<Input> {
    let (imp, profile, file) = if is_stdin(path) {
        if std::io::IsTerminal::is_terminal(&std::io::stdin()) {
            anyhow::bail!(
                "{STDIN_NAME}: `-` reads the article from standard input, but it is the terminal\n  \
                 help: pipe an article in, e.g. `curl -s URL | standpoint -` or newsboat's `pipe-to` (see the README)"
            );
        }
        let bytes = read_stdin(MAX_TEXT_BYTES)?;
        let profile = match profile {
            Some(p) => Profile::from_path(p)?,
            None => Profile::bundled()?,
        };
        (import_bytes(&bytes, STDIN_NAME, opts)?, profile, None)
    } else {
        let imp = import_path(path, opts)?;
        (
            imp,
            draft::profile_for(path, profile)?,
            Some(path.to_path_buf()),
        )
    };
    if imp.text.trim().is_empty() {
        let name = file
            .as_deref()
            .map_or_else(|| STDIN_NAME.to_string(), |f| f.display().to_string());
        anyhow::bail!(
            "{name}: the article is empty: there is nothing to read\n  help: give an article with text in it"
        );
    }
    Ok(Input { imp, profile, file })
}

/// Tell where an import was kept (standard error).
fn report_saved(s: &Saved) {
    eprintln!(
        "saved {} and {} ({} claims drafted, status: draft); review them, then `standpoint check {}`",
        s.article.display(),
        s.annotation.display(),
        s.claims,
        s.annotation.display()
    );
}

/// Keep an input and its draft in `dir`, and say so.
fn keep(input: &Input, dir: &Path) -> Result<Document> {
    let (saved, doc) = save(dir, &input.imp, &input.profile)?;
    report_saved(&saved);
    Ok(doc)
}

/// True when `path` is opened as an article that is brought in (not an
/// annotation, no annotation beside it).
pub fn is_import(path: &Path) -> bool {
    !is_stdin(path) && !draft::is_annotation_path(path) && draft::sibling_annotation(path).is_none()
}

/// True when the start of a large article file can be shown as it is while
/// it is drafted: plain UTF-8 text, not a page, not UTF-16.
pub fn previewable(path: &Path, opts: &Options) -> bool {
    if opts.encoding.is_some() || super::is_html_path(path) {
        return false;
    }
    let mut head = Vec::new();
    let ok = std::fs::File::open(path)
        .and_then(|f| std::io::Read::read_to_end(&mut std::io::Read::take(f, 4096), &mut head))
        .is_ok();
    ok && !super::looks_like_html(&head)
        && !head.starts_with(&[0xFF, 0xFE])
        && !head.starts_with(&[0xFE, 0xFF])
        && !head.starts_with(&[0, 0, 0xFE, 0xFF])
        && !head.contains(&0)
}

/// `standpoint FILE` (or `-`): an annotation, an article with its
/// annotation beside it, or an article (text, page, newsboat rendering)
/// drafted with `profile`; with `save_to`, an imported article is kept
/// there first (and read back from there).
pub fn open(
    path: &Path,
    profile: Option<&Path>,
    opts: &Options,
    save_to: Option<&Path>,
) -> Result<Document> {
    if !is_stdin(path) && !is_import(path) {
        return Ok(draft::open_document(path, profile)?);
    }
    let input = input(path, profile, opts)?;
    match save_to {
        Some(dir) => keep(&input, dir),
        None => Ok(draft_imported(&input.imp, input.file.as_deref(), &input.profile).doc),
    }
}

/// True when `standpoint PATH` should show the imported article at once
/// and draft its panel in the background: standard input, web pages,
/// other charsets, newsboat renderings (a plain UTF-8 text file has its
/// own preview, see [`crate::loader::preview_article`]).
pub fn loads_in_background(path: &Path, opts: &Options) -> bool {
    is_stdin(path) || (is_import(path) && !previewable(path, opts))
}

/// The drafted document, or why it could not be made, when it is ready.
pub type Pending = std::sync::mpsc::Receiver<Result<Document, String>>;

/// Import `path` (or standard input) now and draft its panel on another
/// thread: the article to show at once (with its title, date and source,
/// no claims yet) and the document to come.
pub fn open_in_background(
    path: &Path,
    profile: Option<&Path>,
    opts: &Options,
) -> Result<(Document, Pending)> {
    let Input { imp, profile, file } = input(path, profile, opts)?;
    let name = file.as_deref().and_then(Path::file_name).map_or_else(
        || STDIN_NAME.to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let preview = Document {
        path: None,
        title: imp
            .meta
            .title
            .clone()
            .unwrap_or_else(|| crate::sanitize::sanitize(&name)),
        date: imp.meta.date.clone().unwrap_or_default(),
        source: imp.meta.source(),
        article: crate::model::Article::new(imp.text.clone(), file.clone()),
        topics: Vec::new(),
        parties: Vec::new(),
        claims: Vec::new(),
        draft: true,
        notice: None,
    };
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let d = draft_imported(&imp, file.as_deref(), &profile);
        let _ = tx.send(Ok(d.doc));
    });
    Ok((preview, rx))
}

/// `standpoint import PAGE [-o DIR]`: keep the article and its draft in
/// `dir`.
pub fn import_cmd(
    input_path: &Path,
    dir: &Path,
    profile: Option<&Path>,
    opts: &Options,
) -> Result<()> {
    keep(&input(input_path, profile, opts)?, dir)?;
    Ok(())
}

/// True when the loader reads `imp`'s text from its file exactly as it was
/// imported (plain UTF-8 text), so a draft may point at the file.
fn file_is_the_article(imp: &Imported) -> bool {
    imp.kind == Kind::Text && matches!(imp.charset, Charset::Utf8 | Charset::Bom("UTF-8"))
}

/// True when `standpoint draft ARTICLE` must import the article first:
/// standard input, a web page, a newsboat rendering, another charset (or a
/// file the importer refuses, so that its message is the one shown). A
/// plain UTF-8 text file is drafted as it is.
pub fn needs_import(path: &Path, opts: &Options) -> bool {
    is_stdin(path)
        || !previewable(path, opts)
        || import_path(path, opts).map_or(true, |imp| !file_is_the_article(&imp))
}

/// A draft of an imported article, ready to write.
pub struct DraftedYaml {
    /// The annotation.
    pub yaml: String,
    /// How many claims it has.
    pub claims: usize,
    /// Set when the profile did not fit and parties and topics were
    /// discovered (see [`crate::draft::profile_notice`]).
    pub notice: Option<String>,
    /// The parties and topics drafted with, as a profile (`--write-profile`).
    pub profile_yaml: String,
}

/// `standpoint draft ARTICLE|-`: the draft's YAML and what goes with it.
/// `base` is the directory the YAML will be written to (for the article's
/// relative path). An article the loader could not read as it is (a page,
/// a newsboat rendering, another charset, standard input) is put inline as
/// `body:`.
pub fn draft_yaml(
    article: &Path,
    profile: Option<&Path>,
    opts: &Options,
    base: &Path,
) -> Result<DraftedYaml> {
    let Input { imp, profile, file } = input(article, profile, opts)?;
    let d = draft_imported(&imp, file.as_deref(), &profile);
    let rel;
    let at = match &file {
        Some(p) if file_is_the_article(&imp) => {
            rel = draft::meta::relative_path(base, p);
            ArticleRef::Path(&rel)
        }
        _ => ArticleRef::Inline,
    };
    Ok(DraftedYaml {
        yaml: to_yaml(&d, &imp, at),
        claims: d.doc.claims.len(),
        notice: d.doc.notice.clone(),
        profile_yaml: d.profile_yaml(),
    })
}

/// `standpoint draft - --save-to DIR` (or a file): keep the article and its
/// draft in `dir`.
pub fn draft_save(
    article: &Path,
    profile: Option<&Path>,
    opts: &Options,
    dir: &Path,
) -> Result<()> {
    keep(&input(article, profile, opts)?, dir)?;
    Ok(())
}
