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
    /// Export a document (or a view of it).
    Export {
        /// The annotation (.yaml); the bundled article without one.
        file: Option<PathBuf>,
        /// Output format.
        #[arg(long, default_value = "json")]
        format: String,
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
            Ok(doc) => println!("{}", loader::summary_line(&f.display().to_string(), &doc)),
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
        Some(Command::Export { file, format }) => {
            let doc = load(file.as_ref())?;
            match format.as_str() {
                "json" => print!("{}", export::document_json(&doc)),
                other => anyhow::bail!("unknown format `{other}`: use json"),
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
            let doc = match &cli.file {
                Some(f) => draft::open_document(f, cli.profile.as_deref())?,
                None => load(None)?,
            };
            println!("{}", loader::summary_line(loader::BUNDLED_NAME, &doc));
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
