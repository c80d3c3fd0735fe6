//! The `standpoint` binary: the command line over the library.

// Product code takes nothing from input on trust.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;
use clap::{Parser, Subcommand};

use standpoint::draft;
use standpoint::export;
use standpoint::loader::{self, LoadError};
use standpoint::model::{Document, Status};
use standpoint::write::{self, WriteError};

/// A terminal reader that shows a news article beside a panel of what each
/// party in it has stated.
#[derive(Parser, Debug)]
#[command(name = "standpoint", version, about, long_about = None)]
struct Cli {
    /// An annotation (.yaml) to open, or an article (.txt, .md): its
    /// annotation beside it (same name, .yaml) opens if there is one,
    /// otherwise a panel is drafted from the text. Without a file, the
    /// bundled article opens.
    file: Option<PathBuf>,
    /// Profile (parties and topics) for drafting an article without an
    /// annotation; the bundled default without one.
    #[arg(long, value_name = "PROFILE.yaml")]
    profile: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Validate annotation files and anchor every quote.
    Check {
        /// Annotation files (.yaml).
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Export a document, or a view of it, as text, Markdown or JSON.
    Export {
        /// The annotation (.yaml); the bundled article without one.
        file: Option<PathBuf>,
        /// What to export: claims, matrix, article, claim:ID, party:ID or
        /// topic:ID.
        #[arg(long, default_value = "claims")]
        view: String,
        /// Output format: text, markdown or json.
        #[arg(long, default_value = "json", value_parser = parse_format)]
        format: export::Format,
        /// Columns to wrap text to (at least 20).
        #[arg(long, default_value_t = export::DEFAULT_WIDTH, value_parser = parse_width)]
        width: usize,
        /// Write to this file (atomically) instead of standard output.
        #[arg(short, long, value_name = "PATH")]
        output: Option<PathBuf>,
        /// Replace the output file if it exists.
        #[arg(long, requires = "output")]
        force: bool,
    },
    /// Draft an annotation of an article from its text (rule-based), for a
    /// person to review.
    Draft {
        /// The article (plain text or Markdown).
        article: PathBuf,
        /// Parties and topics to draft with (a profile, or an annotation);
        /// default: the annotation beside the article, else the bundled
        /// profile.
        #[arg(long, value_name = "PROFILE.yaml")]
        profile: Option<PathBuf>,
        /// Write the draft here instead of to standard output.
        #[arg(short = 'o', long, value_name = "OUT.yaml")]
        output: Option<PathBuf>,
        /// Replace OUT.yaml if it exists.
        #[arg(long)]
        force: bool,
    },
}

fn parse_format(s: &str) -> Result<export::Format, String> {
    export::Format::parse(s)
        .ok_or_else(|| format!("unknown format `{s}`; use text, markdown or json"))
}

fn parse_width(s: &str) -> Result<usize, String> {
    let n: usize = s.parse().map_err(|_| {
        format!("`{s}` is not a number of columns; give a whole number, 20 or more")
    })?;
    if n < export::MIN_WIDTH {
        return Err(format!(
            "{n} columns is too narrow to wrap text; give {} or more",
            export::MIN_WIDTH
        ));
    }
    Ok(n)
}

fn load(file: Option<&PathBuf>) -> Result<Document, LoadError> {
    match file {
        Some(p) => loader::load_path(p),
        None => loader::bundled(),
    }
}

/// `FILE: ok: 4 parties, 3 topics, 19 claims anchored, 17 drafts to review`
fn summary_line(name: &str, doc: &Document) -> String {
    let n = |k: usize, one: &str, many: &str| format!("{k} {}", if k == 1 { one } else { many });
    let drafts = doc
        .claims
        .iter()
        .filter(|c| c.status == Status::Draft)
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

fn check(files: &[PathBuf]) -> ExitCode {
    let mut ok = true;
    for f in files {
        match loader::load_path(f) {
            Ok(doc) => println!("{}", summary_line(&f.display().to_string(), &doc)),
            Err(e) => {
                ok = false;
                eprintln!("{e}");
            }
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// `standpoint draft`: write a draft annotation (stdout or `output`).
fn draft_cmd(
    article: &Path,
    profile: Option<&Path>,
    output: Option<&Path>,
    force: bool,
) -> Result<ExitCode> {
    let profile = draft::profile_for(article, profile)?;
    let text = draft::read_article(article)?;
    if text.trim().is_empty() {
        anyhow::bail!(
            "{}: the article is empty: there is nothing to draft",
            article.display()
        );
    }
    let d = draft::draft(&text, Some(article), &profile);
    let base = match output {
        Some(o) => o.parent().map(Path::to_path_buf).unwrap_or_default(),
        None => PathBuf::from("."),
    };
    let yaml = draft::to_yaml(&d, &draft::meta::relative_path(&base, article));
    match output {
        None => print!("{yaml}"),
        Some(o) => {
            write_output(o, &yaml, force)?;
            eprintln!(
                "{}: drafted {} claims (status: draft); review them, then `standpoint check {}`",
                o.display(),
                d.doc.claims.len(),
                o.display()
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Write an output file; an existing one is replaced only with `--force`.
fn write_output(path: &Path, text: &str, force: bool) -> Result<()> {
    match write::write_file(path, text, force) {
        Err(WriteError::Exists(p)) => {
            anyhow::bail!("{p} already exists; add --force to replace it")
        }
        other => Ok(other?),
    }
}

/// Why `--profile` does nothing for `file`, if it does not: the profile
/// only drafts an article that has no annotation.
fn profile_ignored(file: &Path, profile: &Path) -> Option<String> {
    let annotation = if draft::is_annotation_path(file) {
        file.to_path_buf()
    } else {
        draft::sibling_annotation(file)?
    };
    let name = |p: &Path| {
        p.file_name().map_or_else(
            || p.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    };
    Some(format!(
        "--profile ignored: {} opened (--profile {} drafts only an article without an annotation)",
        name(&annotation),
        name(profile)
    ))
}

/// The reader on `file` (the bundled article without one).
fn read(file: Option<PathBuf>, profile: Option<PathBuf>) -> Result<ExitCode> {
    let notice = file
        .as_deref()
        .zip(profile.as_deref())
        .and_then(|(f, p)| profile_ignored(f, p));
    // A large document: draw the start of its article at once and load the
    // rest on another thread.
    if let Some(path) = file.clone().filter(|_| standpoint::tui::is_terminal()) {
        // An annotation's article, or (while drafting) an article.
        let preview = if draft::is_annotation_path(&path) {
            loader::preview(&path)
        } else if draft::sibling_annotation(&path).is_none() {
            loader::preview_article(&path)
        } else {
            None
        };
        if let Some(preview) = preview {
            let (tx, rx) = std::sync::mpsc::channel();
            std::thread::spawn(move || {
                let doc = draft::open_document(&path, profile.as_deref());
                let _ = tx.send(doc.map_err(|e| e.to_string()));
            });
            standpoint::tui::run_loading(preview, rx, notice)?;
            return Ok(ExitCode::SUCCESS);
        }
    }
    let doc = match &file {
        Some(f) => draft::open_document(f, profile.as_deref())?,
        None => load(None)?,
    };
    standpoint::tui::run(doc, notice)?;
    Ok(ExitCode::SUCCESS)
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Some(Command::Check { files }) => Ok(check(&files)),
        Some(Command::Export {
            file,
            view,
            format,
            width,
            output,
            force,
        }) => {
            let doc = load(file.as_ref())?;
            let view = export::View::parse(&view, &doc)?;
            let out = export::render(&doc, &view, format, width)?;
            match output {
                None => {
                    use std::io::Write;
                    let mut stdout = std::io::stdout().lock();
                    if let Err(e) = stdout
                        .write_all(out.as_bytes())
                        .and_then(|_| stdout.flush())
                    {
                        // A closed pipe (`| head`) is not an error worth a message.
                        if e.kind() != std::io::ErrorKind::BrokenPipe {
                            anyhow::bail!("cannot write to standard output: {e}");
                        }
                    }
                }
                Some(path) => {
                    write_output(&path, &out, force)?;
                    eprintln!("wrote {} lines to {}", out.lines().count(), path.display());
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Draft {
            article,
            profile,
            output,
            force,
        }) => draft_cmd(&article, profile.as_deref(), output.as_deref(), force),
        None => read(cli.file, cli.profile),
    }
}

/// The error and its causes, each said once: a cause whose text the
/// message already includes is not repeated.
fn error_text(e: &anyhow::Error) -> String {
    let mut out = e.to_string();
    for cause in e.chain().skip(1) {
        let c = cause.to_string();
        if !out.contains(&c) {
            out.push_str(": ");
            out.push_str(&c);
        }
    }
    out
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("standpoint: {}", error_text(&e));
            ExitCode::FAILURE
        }
    }
}
