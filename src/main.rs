//! The `standpoint` binary: the command line over the library.

// Product code takes nothing from input on trust.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;
use clap::{Parser, Subcommand};

use standpoint::draft;
use standpoint::export;
use standpoint::import::cli as import;
use standpoint::library;
use standpoint::loader::{self, LoadError};
use standpoint::model::{Document, Status};
use standpoint::write::{self, WriteError};

/// A terminal reader that shows a news article beside a panel of what each
/// party in it has stated.
#[derive(Parser, Debug)]
#[command(name = "standpoint", version, about, long_about = None)]
struct Cli {
    /// An annotation (.yaml) to open, or an article (.txt, .md, a saved web
    /// page .html, or `-` for standard input: text, a page or newsboat's
    /// `pipe-to`): its annotation beside it (same name, .yaml) opens if
    /// there is one, otherwise a panel is drafted from the text. Without a
    /// file, the bundled article opens. A directory (or several files) is a
    /// library: its documents are listed.
    file: Option<PathBuf>,
    /// More files or directories of a library.
    #[arg(hide = true)]
    more: Vec<PathBuf>,
    /// Profile (parties and topics) for drafting an article without an
    /// annotation; the bundled default without one.
    #[arg(long, value_name = "PROFILE.yaml")]
    profile: Option<PathBuf>,
    /// The article's charset when it is not UTF-8 and has no byte-order
    /// mark (latin1, windows-1252, iso-8859-15, utf-16le, shift_jis...).
    #[arg(long, value_name = "CHARSET")]
    encoding: Option<String>,
    /// Keep an article brought in (a page, standard input) and its draft in
    /// this directory (ARTICLE.txt and ARTICLE.yaml), then open them.
    #[arg(long, value_name = "DIR")]
    save_to: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Validate annotation files and anchor every quote.
    Check {
        /// Annotation files (.yaml), or directories: a directory is
        /// checked as a library (also for ids named differently in
        /// different documents).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Drafted claims left unreviewed (`status: draft`) are errors.
        #[arg(long)]
        strict: bool,
    },
    /// Bring in a web page (or an article on standard input, `-`): write
    /// its text (ARTICLE.txt) and a drafted annotation (ARTICLE.yaml) to a
    /// directory.
    Import {
        /// A saved web page (.html), a text file, or `-` for standard input.
        page: PathBuf,
        /// The directory to write to (default: the current one).
        #[arg(short = 'o', long = "output", value_name = "DIR", default_value = ".")]
        dir: PathBuf,
        /// Parties and topics to draft with (default: the bundled profile).
        #[arg(long, value_name = "PROFILE.yaml")]
        profile: Option<PathBuf>,
        /// The charset, when not declared (latin1, windows-1252...).
        #[arg(long, value_name = "CHARSET")]
        encoding: Option<String>,
    },
    /// Export a document, or a view of it, as text, Markdown, JSON, a W3C
    /// Web Annotation collection or CSV.
    Export {
        /// The annotation (.yaml), or a library directory; the bundled
        /// article without one.
        file: Option<PathBuf>,
        /// What to export: claims, matrix, article, claim:ID, party:ID or
        /// topic:ID; of a library directory: library, timeline,
        /// timeline:PARTY:TOPIC or matrix.
        #[arg(long, default_value = "claims")]
        view: String,
        /// Output format: text, markdown, json, w3c (W3C Web Annotation
        /// JSON-LD) or csv (one row per claim, or per row of a library view).
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
    /// Search a library: article text, quotes, summaries and targets.
    Search {
        /// Words to find ("a phrase" in double quotes).
        query: String,
        /// Library directories or files.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// At most this many results.
        #[arg(long, default_value_t = 50)]
        limit: usize,
    },
    /// Draft an annotation of an article from its text (rule-based), for a
    /// person to review.
    Draft {
        /// The article (plain text, Markdown, a saved web page), or `-` for
        /// standard input.
        article: PathBuf,
        /// Parties and topics to draft with (a profile, or an annotation);
        /// default: the annotation beside the article, else the bundled
        /// profile.
        #[arg(long, value_name = "PROFILE.yaml")]
        profile: Option<PathBuf>,
        /// Write the draft here instead of to standard output.
        #[arg(short = 'o', long, value_name = "OUT.yaml")]
        output: Option<PathBuf>,
        /// Replace OUT.yaml (and P.yaml) if it exists.
        #[arg(long)]
        force: bool,
        /// The article's charset, when not UTF-8 (latin1, windows-1252...).
        #[arg(long, value_name = "CHARSET")]
        encoding: Option<String>,
        /// Keep the article and its draft in this directory (ARTICLE.txt and
        /// ARTICLE.yaml) instead of printing the draft.
        #[arg(long, value_name = "DIR", conflicts_with = "output")]
        save_to: Option<PathBuf>,
        /// Also write the parties and topics drafted with (discovered from
        /// the text when the profile does not fit) as a profile to edit
        /// and reuse with --profile.
        #[arg(long, value_name = "P.yaml")]
        write_profile: Option<PathBuf>,
    },
}

fn parse_format(s: &str) -> Result<export::Format, String> {
    export::Format::parse(s)
        .ok_or_else(|| format!("unknown format `{s}`; use text, markdown, json, w3c or csv"))
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

fn check(files: &[PathBuf], strict: bool) -> ExitCode {
    let mut ok = true;
    for f in files {
        let name = f.display().to_string();
        match loader::load_path(f) {
            Ok(doc) if strict && doc.claims.iter().any(|c| c.status == Status::Draft) => {
                ok = false;
                for line in standpoint::curate::unreviewed(&name, &doc) {
                    eprintln!("{line}");
                }
                eprintln!("  help: review each drafted claim and set `status: reviewed` (or remove the claim)");
            }
            Ok(doc) => {
                println!("{}", loader::summary_line(&name, &doc));
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

/// A progress line on stderr for long drafts, only when stderr is a
/// terminal, from half a second on, at most ten updates a second.
struct ProgressLine {
    start: std::time::Instant,
    last: Option<std::time::Instant>,
    on: bool,
}

impl ProgressLine {
    fn new() -> ProgressLine {
        use std::io::IsTerminal;
        ProgressLine {
            start: std::time::Instant::now(),
            last: None,
            on: std::io::stderr().is_terminal(),
        }
    }

    fn update(&mut self, p: draft::Progress) {
        let now = std::time::Instant::now();
        let due = self
            .last
            .is_none_or(|l| now.duration_since(l).as_millis() >= 100);
        if !self.on || now.duration_since(self.start).as_millis() < 500 || !due {
            return;
        }
        self.last = Some(now);
        let mb = |b: usize| b as f64 / 1_048_576.0;
        eprint!(
            "\r{}: {:3}% ({:.1} of {:.1} MB)\x1b[K",
            p.phase,
            p.done * 100 / p.total.max(1),
            mb(p.done),
            mb(p.total)
        );
    }

    fn finish(&self) {
        if self.last.is_some() {
            eprint!("\r\x1b[K");
        }
    }
}

/// What `standpoint draft` is asked to do.
struct DraftArgs<'a> {
    article: &'a Path,
    profile: Option<&'a Path>,
    output: Option<&'a Path>,
    force: bool,
    write_profile: Option<&'a Path>,
    opts: &'a standpoint::import::Options,
    save_to: Option<&'a Path>,
}

/// `standpoint draft`: write a draft annotation (stdout or `output`), a
/// claim at a time.
fn draft_cmd(a: &DraftArgs) -> Result<ExitCode> {
    if let Some(dir) = a.save_to {
        import::draft_save(a.article, a.profile, a.opts, dir)?;
        return Ok(ExitCode::SUCCESS);
    }
    if import::needs_import(a.article, a.opts) {
        return draft_imported_cmd(a);
    }
    let profile = draft::profile_for(a.article, a.profile)?;
    let text = draft::read_article(a.article)?;
    if text.trim().is_empty() {
        anyhow::bail!(
            "{}: the article is empty: there is nothing to draft",
            a.article.display()
        );
    }
    let mut line = ProgressLine::new();
    let d = draft::drafted(
        text,
        Some(a.article),
        &profile,
        Some(&mut |p| line.update(p)),
    );
    line.finish();
    if let Some(n) = &d.notice {
        eprintln!("standpoint: {n}");
    }
    if let Some(p) = a.write_profile {
        write_output(p, &d.profile_yaml(), a.force)?;
        eprintln!(
            "{}: wrote the profile ({} parties, {} topics); edit it, then draft with --profile {}",
            p.display(),
            d.parties.len(),
            d.topics.len(),
            p.display()
        );
    }
    let base = match a.output {
        Some(o) => o.parent().map(Path::to_path_buf).unwrap_or_default(),
        None => PathBuf::from("."),
    };
    let article_ref = draft::meta::relative_path(&base, a.article);
    match a.output {
        None => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            let done = d
                .write_yaml(&article_ref, &mut out)
                .and_then(|_| std::io::Write::flush(&mut out));
            if let Err(e) = done {
                // A closed pipe (`| head`) is not an error worth a message.
                if e.kind() != std::io::ErrorKind::BrokenPipe {
                    anyhow::bail!("cannot write to standard output: {e}");
                }
            }
        }
        Some(o) => {
            cli_write(write::write_file_with(o, a.force, &mut |w| {
                d.write_yaml(&article_ref, w)
            }))?;
            eprintln!(
                "{}: drafted {} claims (status: draft); review them, then `standpoint check {}`",
                o.display(),
                d.len(),
                o.display()
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `standpoint draft` of a web page, standard input or text in another
/// charset: the article is imported first, so the draft's header carries
/// its metadata (`source`) and, with nowhere to keep the article, its text
/// inline.
fn draft_imported_cmd(a: &DraftArgs) -> Result<ExitCode> {
    let base = match a.output {
        Some(o) => o.parent().map(Path::to_path_buf).unwrap_or_default(),
        None => PathBuf::from("."),
    };
    let drafted = import::draft_yaml(a.article, a.profile, a.opts, &base)?;
    if let Some(n) = &drafted.notice {
        eprintln!("standpoint: {n}");
    }
    if let Some(p) = a.write_profile {
        write_output(p, &drafted.profile_yaml, a.force)?;
        eprintln!(
            "{}: wrote the profile; edit it, then draft with --profile {}",
            p.display(),
            p.display()
        );
    }
    match a.output {
        None => print!("{}", drafted.yaml),
        Some(o) => {
            write_output(o, &drafted.yaml, a.force)?;
            eprintln!(
                "{}: drafted {} claims (status: draft); review them, then `standpoint check {}`",
                o.display(),
                drafted.claims,
                o.display()
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A write's outcome on the command line: an existing file is replaced only
/// with `--force` (nobody is asked a question here).
fn cli_write(result: Result<(), WriteError>) -> Result<()> {
    match result {
        Err(WriteError::Exists(p)) => {
            anyhow::bail!("{p} already exists; add --force to replace it")
        }
        other => Ok(other?),
    }
}

/// Write an output file; an existing one is replaced only with `--force`.
fn write_output(path: &Path, text: &str, force: bool) -> Result<()> {
    cli_write(write::write_file(path, text, force))
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

/// The annotation `file` is (or has beside it) loaded leniently, when only
/// some of its claims have problems.
fn lenient(file: &Path) -> Option<(Document, Vec<loader::ClaimProblem>)> {
    let annotation = if draft::is_annotation_path(file) {
        file.to_path_buf()
    } else {
        draft::sibling_annotation(file)?
    };
    loader::load_path_lenient(&annotation)
        .ok()
        .filter(|(_, problems)| !problems.is_empty())
}

/// The reader on `cli.file` (the bundled article without one).
fn read(cli: Cli) -> Result<ExitCode> {
    let notice = cli
        .file
        .as_deref()
        .zip(cli.profile.as_deref())
        .and_then(|(f, p)| profile_ignored(f, p));
    let opts = import::options(cli.encoding.as_deref())?;
    // A large annotated document: draw the start of its article at
    // once and load the rest on another thread.
    if let Some(path) = cli.file.clone() {
        if standpoint::tui::is_terminal() {
            // A page or standard input: shown at once, its panel
            // drafted meanwhile.
            if cli.save_to.is_none() && import::loads_in_background(&path, &opts) {
                let (preview, pending) =
                    import::open_in_background(&path, cli.profile.as_deref(), &opts)?;
                standpoint::tui::run_loading(preview, Box::new(move || pending), notice)?;
                return Ok(ExitCode::SUCCESS);
            }
            // An annotation's article, or (while drafting) an article.
            let preview = if draft::is_annotation_path(&path) {
                loader::preview(&path)
            } else if import::is_import(&path)
                && cli.save_to.is_none()
                && import::previewable(&path, &opts)
            {
                loader::preview_article(&path)
            } else {
                None
            };
            if let Some(preview) = preview {
                let profile = cli.profile.clone();
                // The full load starts once the preview is drawn.
                let load = move || {
                    let (tx, rx) = std::sync::mpsc::channel();
                    std::thread::spawn(move || {
                        let doc = import::open(&path, profile.as_deref(), &opts, None);
                        let _ = tx.send(doc.map_err(|e| error_text(&e)));
                    });
                    rx
                };
                standpoint::tui::run_loading(preview, Box::new(load), notice)?;
                return Ok(ExitCode::SUCCESS);
            }
        }
    }
    let doc = match &cli.file {
        Some(f) => match import::open(f, cli.profile.as_deref(), &opts, cli.save_to.as_deref()) {
            Ok(doc) => doc,
            // An annotation with bad claims opens anyway, the bad ones
            // listed in the panel to fix.
            Err(e) if !standpoint::tui::is_terminal() => return Err(e),
            Err(e) => match lenient(f) {
                Some((doc, problems)) => {
                    standpoint::tui::run_with_problems(doc, problems, notice)?;
                    return Ok(ExitCode::SUCCESS);
                }
                None => return Err(e),
            },
        },
        None => load(None)?,
    };
    standpoint::tui::run(doc, notice)?;
    Ok(ExitCode::SUCCESS)
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Some(Command::Check { files, strict }) if files.iter().any(|f| f.is_dir()) => {
            Ok(library::cli::check(&files, strict))
        }
        Some(Command::Check { files, strict }) => Ok(check(&files, strict)),
        Some(Command::Search {
            query,
            paths,
            limit,
        }) => {
            print!("{}", library::cli::search(&paths, &query, limit)?);
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Export {
            file,
            view,
            format,
            width,
            output,
            force,
        }) => {
            let out = if library::cli::is_library_export(file.as_ref(), &view) {
                let inputs: Vec<PathBuf> = file.into_iter().collect();
                library::cli::export(&inputs, &view, format, width)?
            } else {
                let doc = load(file.as_ref())?;
                let view = export::View::parse(&view, &doc)?;
                export::render(&doc, &view, format, width)?
            };
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
            write_profile,
            encoding,
            save_to,
        }) => draft_cmd(&DraftArgs {
            article: &article,
            profile: profile.as_deref(),
            output: output.as_deref(),
            force,
            write_profile: write_profile.as_deref(),
            opts: &import::options(encoding.as_deref())?,
            save_to: save_to.as_deref(),
        }),
        Some(Command::Import {
            page,
            dir,
            profile,
            encoding,
        }) => {
            import::import_cmd(
                &page,
                &dir,
                profile.as_deref(),
                &import::options(encoding.as_deref())?,
            )?;
            Ok(ExitCode::SUCCESS)
        }
        None if cli.file.iter().chain(&cli.more).count() > 1
            || cli.file.as_ref().is_some_and(|f| f.is_dir()) =>
        {
            let inputs: Vec<PathBuf> = cli.file.into_iter().chain(cli.more).collect();
            print!("{}", library::cli::list(&inputs)?);
            Ok(ExitCode::SUCCESS)
        }
        None => read(cli),
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
