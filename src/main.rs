//! The `standpoint` binary: the command line over the library.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::{Parser, Subcommand};

use standpoint::export;
use standpoint::loader::{self, LoadError};
use standpoint::model::Document;

/// A terminal reader that shows a news article beside a panel of what each
/// party in it has stated.
#[derive(Parser, Debug)]
#[command(name = "standpoint", version, about, long_about = None)]
struct Cli {
    /// An annotation (.yaml) to open; without one, the bundled article opens.
    file: Option<PathBuf>,
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
        None => {
            let doc = load(cli.file.as_ref())?;
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
