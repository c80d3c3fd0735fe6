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
        None => {
            // A large document: draw the start of its article at once and
            // load the rest on another thread.
            if let Some(path) = cli.file.clone() {
                if standpoint::tui::is_terminal() {
                    if let Some(preview) = loader::preview(&path) {
                        let (tx, rx) = std::sync::mpsc::channel();
                        std::thread::spawn(move || {
                            let _ = tx.send(load(Some(&path)).map_err(|e| e.to_string()));
                        });
                        standpoint::tui::run_loading(preview, rx)?;
                        return Ok(ExitCode::SUCCESS);
                    }
                }
            }
            let doc = load(cli.file.as_ref())?;
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
