//! The `standpoint` binary: the command line over the library.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;
use clap::{Parser, Subcommand};

use standpoint::draft;
use standpoint::export;
use standpoint::loader::{self, LoadError};
use standpoint::model::Document;

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

fn check(files: &[PathBuf]) -> ExitCode {
    let mut ok = true;
    for f in files {
        match loader::load_path(f) {
            Ok(doc) => {
                println!("{}", loader::summary_line(&f.display().to_string(), &doc));
                // The process ends soon: freeing a large document is wasted time.
                if files.len() == 1 {
                    std::mem::forget(doc);
                }
            }
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
            standpoint::write::write_file(o, &yaml, force)?;
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
                    standpoint::write::write_file(&path, &out, force)?;
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
        None => {
            // A large annotated document: draw the start of its article at
            // once and load the rest on another thread.
            if let Some(path) = cli.file.clone() {
                if standpoint::tui::is_terminal() {
                    // An annotation's article, or (while drafting) an article.
                    let preview = if draft::is_annotation_path(&path) {
                        loader::preview(&path)
                    } else if draft::sibling_annotation(&path).is_none() {
                        loader::preview_article(&path)
                    } else {
                        None
                    };
                    if let Some(preview) = preview {
                        let profile = cli.profile.clone();
                        let load = move || {
                            let (tx, rx) = std::sync::mpsc::channel();
                            std::thread::spawn(move || {
                                let doc = draft::open_document(&path, profile.as_deref());
                                let _ = tx.send(doc.map_err(|e| e.to_string()));
                            });
                            rx
                        };
                        standpoint::tui::run_loading(preview, Box::new(load))?;
                        return Ok(ExitCode::SUCCESS);
                    }
                }
            }
            let doc = match &cli.file {
                Some(f) => draft::open_document(f, cli.profile.as_deref())?,
                None => load(None)?,
            };
            standpoint::tui::run(doc)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("standpoint: {e:#}");
            ExitCode::FAILURE
        }
    }
}
