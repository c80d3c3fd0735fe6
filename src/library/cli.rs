//! The command line of the library: what `standpoint DIR`, `standpoint
//! check DIR`, `standpoint export DIR --view ...` and `standpoint search`
//! do. The binary only dispatches here.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use super::export::{render, render_to, LibraryView};
use super::{check, search, DocKind, Library, Progress};
use crate::export::Format;

/// True when the inputs make a library rather than one document: a
/// directory, or more than one file.
pub fn is_library(inputs: &[PathBuf]) -> bool {
    inputs.len() > 1 || inputs.iter().any(|p| p.is_dir())
}

/// True when `export FILE --view VIEW` is a library export.
pub fn is_library_export(file: Option<&PathBuf>, view: &str) -> bool {
    file.is_some_and(|f| f.is_dir()) || LibraryView::is_library_view(view)
}

/// Progress on standard error while the index is built: a line rewritten
/// in place at most ten times a second, only when standard error is a
/// terminal and the work takes more than a moment.
pub struct StderrProgress {
    start: Instant,
    last: Option<Instant>,
    shown: bool,
    terminal: bool,
}

impl StderrProgress {
    pub fn new() -> Self {
        StderrProgress {
            start: Instant::now(),
            last: None,
            shown: false,
            terminal: std::io::stderr().is_terminal(),
        }
    }
}

impl Default for StderrProgress {
    fn default() -> Self {
        Self::new()
    }
}

impl Progress for StderrProgress {
    fn update(&mut self, done: usize, total: usize) {
        if !self.terminal || total == 0 {
            return;
        }
        let now = Instant::now();
        if now.duration_since(self.start) < Duration::from_millis(300)
            || self
                .last
                .is_some_and(|l| now.duration_since(l) < Duration::from_millis(100))
        {
            return;
        }
        self.last = Some(now);
        self.shown = true;
        let pct = done * 100 / total.max(1);
        let mut e = std::io::stderr().lock();
        let _ = write!(
            e,
            "\rindexing the library: {done}/{total} documents ({pct}%)\x1b[K"
        );
        let _ = e.flush();
    }

    fn finish(&mut self) {
        if self.shown {
            let mut e = std::io::stderr().lock();
            let _ = write!(e, "\r\x1b[K");
            let _ = e.flush();
            self.shown = false;
        }
    }
}

/// Open the library of `inputs`, with progress on standard error. A
/// library without any annotation or article is an error (and leaves no
/// index behind).
pub fn open(inputs: &[PathBuf]) -> anyhow::Result<Library> {
    let roots = super::scan::roots(inputs)?;
    if !super::scan::any_document(&roots) {
        let names: Vec<String> = inputs.iter().map(|p| p.display().to_string()).collect();
        anyhow::bail!(
            "{}: no annotation (.yaml) or article (.txt, .md) found\n  help: name a directory that holds annotated articles (hidden folders are skipped)",
            names.join(", ")
        );
    }
    let lib = Library::open(inputs, &mut StderrProgress::new())?;
    if let Some(note) = lib.note() {
        eprintln!("standpoint: {note}");
    }
    Ok(lib)
}

/// Columns of the terminal on standard output, else the export default.
fn width() -> usize {
    if std::io::stdout().is_terminal() {
        if let Ok((w, _)) = ratatui::crossterm::terminal::size() {
            return usize::from(w).max(crate::export::MIN_WIDTH);
        }
    }
    crate::export::DEFAULT_WIDTH
}

/// `standpoint DIR`: for now, the library's documents as text (the
/// library screen of the reader comes next).
pub fn list(inputs: &[PathBuf]) -> anyhow::Result<String> {
    let lib = open(inputs)?;
    Ok(render(&lib, &LibraryView::Library, Format::Text, width())?)
}

/// Counts the lines written through it.
struct Lines<'a> {
    inner: &'a mut dyn Write,
    lines: usize,
}

impl Write for Lines<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.lines += buf.iter().take(n).filter(|&&b| b == b'\n').count();
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// `standpoint export DIR --view VIEW [-o PATH [--force]]`, streamed: to
/// standard output (a closed pipe is no error) or atomically to `output`
/// (replaced only with `force`), without holding a timeline's output whole.
pub fn export_to(
    inputs: &[PathBuf],
    view: &str,
    format: Format,
    width: usize,
    output: Option<&std::path::Path>,
    force: bool,
) -> anyhow::Result<()> {
    let lib = open(inputs)?;
    let view = if view == "claims" { "library" } else { view };
    let view = LibraryView::parse(view, &lib)?;
    match output {
        None => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            let done = render_to(&lib, &view, format, width, &mut out)
                .and_then(|()| out.flush().map_err(Into::into));
            match done {
                Err(super::export::LibraryExportError::Io(e))
                    if e.kind() == std::io::ErrorKind::BrokenPipe => {}
                other => other?,
            }
        }
        Some(path) => {
            let mut lines = 0;
            let written = crate::write::write_file_with(path, force, &mut |w| {
                let mut counted = Lines { inner: w, lines: 0 };
                let r = render_to(&lib, &view, format, width, &mut counted);
                lines = counted.lines;
                r.map_err(std::io::Error::other)
            });
            match written {
                Err(crate::write::WriteError::Exists(p)) => {
                    anyhow::bail!("{p} already exists; add --force to replace it")
                }
                other => other?,
            }
            eprintln!("wrote {lines} lines to {}", path.display());
        }
    }
    Ok(())
}

/// `standpoint check DIR...`: every document (its errors, or a summary),
/// then ids with different names in different documents. Fails when a
/// document has errors (with `strict`, also claims left as drafts); name
/// mismatches are warnings.
pub fn check(inputs: &[PathBuf], strict: bool) -> ExitCode {
    let lib = match open(inputs) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("standpoint: {e:#}");
            return ExitCode::FAILURE;
        }
    };
    let (docs, mismatches) = match (lib.documents(), check::mismatches(&lib)) {
        (Ok(d), Ok(m)) => (d, m),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("standpoint: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut errors = 0;
    for d in &docs {
        let name = lib.shown(&d.path);
        match (&d.error, d.kind) {
            (Some(e), _) => {
                errors += 1;
                eprintln!("{e}");
            }
            (None, DocKind::Article) => {
                println!("{name}: article without an annotation (drafted when opened)")
            }
            (None, _) if strict && d.drafts > 0 => {
                errors += 1;
                // The claims and their lines, from the annotation itself.
                match crate::loader::load_path(&d.path) {
                    Ok(doc) => {
                        for line in crate::curate::unreviewed(&name, &doc) {
                            eprintln!("{line}");
                        }
                    }
                    Err(e) => eprintln!("{e}"),
                }
                eprintln!("  help: review each drafted claim and set `status: reviewed` (or remove the claim)");
            }
            (None, _) => println!(
                "{name}: ok: {} claims anchored{}",
                d.claims,
                if d.drafts > 0 {
                    format!(
                        ", {} draft{} to review",
                        d.drafts,
                        if d.drafts == 1 { "" } else { "s" }
                    )
                } else {
                    String::new()
                }
            ),
        }
    }
    for m in &mismatches {
        eprint!("{}", check::warning(&lib, m));
    }
    let claims: usize = docs.iter().map(|d| d.claims).sum();
    println!(
        "{} documents, {claims} claims, {errors} with errors, {} identity warnings",
        docs.len(),
        mismatches.len()
    );
    if errors == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// `standpoint search QUERY DIR...`: the results as text.
pub fn search(inputs: &[PathBuf], query: &str, limit: usize) -> anyhow::Result<String> {
    let lib = open(inputs)?;
    let hits = search::search(&lib, query, limit)?;
    let mut s = String::new();
    if hits.is_empty() {
        s.push_str(&format!("No match for {query:?}.\n"));
    }
    for h in &hits {
        let who = h
            .speaker
            .as_deref()
            .map_or(String::new(), |w| format!(", {w}"));
        s.push_str(&format!(
            "{}  {} ({}{who}) at byte {}\n    {}\n",
            if h.doc.date.is_empty() {
                "—"
            } else {
                &h.doc.date
            },
            lib.shown(&h.doc.path),
            h.kind.word(),
            h.offset,
            h.snippet
        ));
    }
    Ok(s)
}
