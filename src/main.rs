//! The `standpoint` binary: the command line over the library.

// Product code takes nothing from input on trust.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;
use clap::Parser;

use standpoint::cli::{self as cli_def, Cli, Command, ConfigCommand};
use standpoint::config::{self, Loaded};
use standpoint::draft;
use standpoint::export;
use standpoint::import::cli as import;
use standpoint::library;
use standpoint::loader::{self, LoadError};
use standpoint::model::{Document, Status};
use standpoint::write::{self, WriteError};

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
                if let Some(hint) = profile_hint(f) {
                    eprintln!("  {hint}");
                }
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
        eprint!("\r{p}\x1b[K");
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
    if let Some(n) = d.message() {
        line.finish();
        eprintln!("standpoint: {n}");
    }
    if let Some(p) = a.write_profile {
        line.finish();
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
                .write_yaml_with(&article_ref, &mut out, &mut |p| line.update(p))
                .and_then(|_| std::io::Write::flush(&mut out));
            line.finish();
            if let Err(e) = done {
                // A closed pipe (`| head`) is not an error worth a message.
                if e.kind() != std::io::ErrorKind::BrokenPipe {
                    anyhow::bail!("cannot write to standard output: {e}");
                }
            }
        }
        Some(o) => {
            let written = write::write_file_with(o, a.force, &mut |w| {
                d.write_yaml_with(&article_ref, w, &mut |p| line.update(p))
            });
            line.finish();
            cli_write(written)?;
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

/// The annotation `file` is, or has beside it.
fn annotation_of(file: &Path) -> Option<PathBuf> {
    if draft::is_annotation_path(file) {
        Some(file.to_path_buf())
    } else {
        draft::sibling_annotation(file)
    }
}

/// Why `--profile` does nothing for `file`, if it does not: the profile
/// only drafts an article that has no annotation.
fn profile_ignored(file: &Path, profile: &Path) -> Option<String> {
    let annotation = annotation_of(file)?;
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

/// When the annotation `file` is (or has beside it) does not load but
/// reads as a drafting profile: a hint to pass it with `--profile` and
/// name it apart from the article.
fn profile_hint(file: &Path) -> Option<String> {
    let annotation = annotation_of(file)?;
    // (A profile has no claims and no article; an annotation read as a
    // profile gives its topics and parties too.)
    // (The first megabyte is enough: a profile is small.)
    let mut text = String::new();
    {
        use std::io::Read;
        let file = std::fs::File::open(&annotation).ok()?;
        file.take(1 << 20).read_to_string(&mut text).ok()?;
    }
    let annotation_key = |l: &str| {
        ["claims:", "article:", "body:"]
            .iter()
            .any(|k| l.starts_with(k))
    };
    if text.lines().any(annotation_key) {
        return None;
    }
    draft::Profile::from_path(&annotation).ok()?;
    let stem = annotation
        .file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    Some(format!(
        "hint: {} reads as a drafting profile, not an annotation: pass it with \
         --profile, and name it apart from the article (such as {stem}-profile.yaml) \
         so that it is not taken for the article's annotation",
        annotation.display()
    ))
}

/// The annotation `file` is (or has beside it) loaded leniently, when only
/// some of its claims have problems.
fn lenient(file: &Path) -> Option<(Document, Vec<loader::ClaimProblem>)> {
    let annotation = annotation_of(file)?;
    loader::load_path_lenient(&annotation)
        .ok()
        .filter(|(_, problems)| !problems.is_empty())
}

/// What the configuration sets for the reader and the library screen: the
/// profile (unless given), key remaps, theme, colours, mouse and export
/// settings. Returns the configuration's problems in one line, for the
/// status line (the full report goes to stderr).
fn reader_setup(profile: &mut Option<PathBuf>, loaded: &Loaded) -> Option<String> {
    let config_notice = loaded.problems.as_ref().map(config::Problems::summary);
    if let Some(p) = &loaded.problems {
        // Seen after quitting (the reader covers it), or in a log.
        eprintln!("{}", p.report.render());
    }
    let settings = &loaded.settings;
    profile.clone_from(&settings.profile.value);
    if !settings.keys.is_empty() {
        standpoint::keys::install(settings.key_table());
    }
    install_reader(settings);
    config_notice
}

/// Set the reader's options from the settings (once). When the theme is
/// `auto` and nothing says without asking whether the background is light,
/// the reader asks the terminal itself, after its first frame (drawn
/// without colours), so the round trip never delays the first screen.
fn install_reader(settings: &config::Settings) {
    let reader = settings.reader(&standpoint::platform::known_light_background);
    if reader.force_color {
        ratatui::crossterm::style::force_color_output(true);
    }
    config::install_reader(reader);
}

/// The reader on `cli.file` (the bundled article without one), set up as
/// the configuration says; its problems go to the status line (and, whole,
/// to stderr, seen after quitting).
fn read(mut cli: Cli, loaded: &Loaded) -> Result<ExitCode> {
    let flag_notice = cli
        .file
        .as_deref()
        .zip(cli.profile.as_deref())
        .and_then(|(f, p)| profile_ignored(f, p));
    let config_notice = reader_setup(&mut cli.profile, loaded);
    let notice = match (config_notice, flag_notice) {
        (Some(c), Some(f)) => Some(format!("{c}; {f}")),
        (c, f) => c.or(f),
    };
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
            Err(e) if !standpoint::tui::is_terminal() => return Err(hinted(e, f)),
            Err(e) => match lenient(f) {
                Some((doc, problems)) => {
                    standpoint::tui::run_with_problems(doc, problems, notice)?;
                    return Ok(ExitCode::SUCCESS);
                }
                None => return Err(hinted(e, f)),
            },
        },
        None => load(None)?,
    };
    standpoint::tui::run(doc, notice)?;
    Ok(ExitCode::SUCCESS)
}

/// The settings for `cli`: its flags over the environment over the file.
fn settings(cli: &Cli) -> Loaded {
    let (export_format, export_width) = match &cli.command {
        Some(Command::Export { format, width, .. }) => (*format, *width),
        _ => (None, None),
    };
    let flags = config::Flags {
        config: cli.config.clone(),
        profile: match &cli.command {
            Some(Command::Draft { profile, .. } | Command::Import { profile, .. }) => {
                profile.clone()
            }
            _ => cli.profile.clone(),
        },
        theme: cli.theme,
        color: cli.color,
        no_mouse: cli.no_mouse,
        export_format,
        export_width,
    };
    config::load(&flags, &config::process_env, config::default_path())
}

/// `standpoint config edit`: open the file in $VISUAL or $EDITOR (written
/// first, every setting commented out, if there is none), then check it.
fn config_edit(loaded: &Loaded) -> Result<ExitCode> {
    let Some(file) = &loaded.file else {
        anyhow::bail!(
            "no configuration directory on this system; name a file with --config or STANDPOINT_CONFIG"
        );
    };
    if !file.path.exists() {
        if let Some(dir) = file.path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| anyhow::anyhow!("cannot create {}: {e}", dir.display()))?;
        }
        write_output(&file.path, config::TEMPLATE, false)?;
        eprintln!(
            "{}: created, every setting commented out",
            file.path.display()
        );
    }
    let editor = ["VISUAL", "EDITOR"]
        .into_iter()
        .find_map(|v| std::env::var(v).ok().filter(|e| !e.trim().is_empty()))
        .unwrap_or_else(|| if cfg!(windows) { "notepad" } else { "vi" }.into());
    let mut words = editor.split_whitespace();
    let program = words.next().unwrap_or("vi");
    let status = std::process::Command::new(program)
        .args(words)
        .arg(&file.path)
        .status()
        .map_err(|e| {
            anyhow::anyhow!(
                "cannot start the editor `{editor}`: {e}; set VISUAL or EDITOR to one that is installed"
            )
        })?;
    if !status.success() {
        anyhow::bail!("the editor `{editor}` failed ({status})");
    }
    let mut src = String::new();
    if let Ok(s) = std::fs::read_to_string(&file.path) {
        src = s;
    }
    let base = file
        .path
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let mut scratch = config::Settings::default();
    let problems = config::apply_file(&mut scratch, &src, &base, &config::process_env);
    if problems.is_empty() {
        eprintln!("{}: no problems", file.path.display());
        Ok(ExitCode::SUCCESS)
    } else {
        let report = standpoint::diag::Report {
            file: file.path.display().to_string(),
            source: src,
            diagnostics: problems,
        };
        eprintln!("{}", report.render());
        Ok(ExitCode::FAILURE)
    }
}

/// `standpoint config path|edit|show|keys`.
fn config_cmd(action: ConfigCommand, loaded: &Loaded) -> Result<ExitCode> {
    match action {
        ConfigCommand::Path => match &loaded.file {
            Some(f) => println!("{}", f.path.display()),
            None => anyhow::bail!("no configuration directory on this system"),
        },
        ConfigCommand::Show => print!("{}", config::show(loaded)),
        ConfigCommand::Edit => return config_edit(loaded),
        ConfigCommand::Keys => {
            print!("{}", config::keys_markdown(&loaded.settings.key_table()));
            if let Some(p) = &loaded.problems {
                eprintln!("{}", p.summary());
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Print bytes to standard output; a closed pipe is not an error.
fn print_bytes(bytes: &[u8]) -> Result<ExitCode> {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = stdout.write_all(bytes).and_then(|_| stdout.flush()) {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            anyhow::bail!("cannot write to standard output: {e}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn run(cli: Cli) -> Result<ExitCode> {
    let loaded = settings(&cli);
    match &cli.command {
        Some(Command::Config { action }) => return config_cmd(*action, &loaded),
        Some(Command::Completions { shell }) => return print_bytes(&cli_def::completions(*shell)),
        Some(Command::Man) => return print_bytes(&cli_def::man_page()?),
        // The reader shows the problems itself.
        None => {}
        Some(_) => {
            if let Some(p) = &loaded.problems {
                eprintln!("standpoint: {}", p.summary());
            }
        }
    }
    let s = &loaded.settings;
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
        }) if library::cli::is_library_export(file.as_ref(), &view) => {
            let format = format
                .or(s.export_format.value)
                .unwrap_or(export::Format::Json);
            let width = width.unwrap_or(s.export_width.value);
            let inputs: Vec<PathBuf> = file.into_iter().collect();
            library::cli::export_to(&inputs, &view, format, width, output.as_deref(), force)?;
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
            let format = format
                .or(s.export_format.value)
                .unwrap_or(export::Format::Json);
            let width = width.unwrap_or(s.export_width.value);
            let out = {
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
            profile: profile.as_deref().or(s.profile.value.as_deref()),
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
                profile.as_deref().or(s.profile.value.as_deref()),
                &import::options(encoding.as_deref())?,
            )?;
            Ok(ExitCode::SUCCESS)
        }
        None if cli.file.iter().chain(&cli.more).count() > 1
            || cli.file.as_ref().is_some_and(|f| f.is_dir()) =>
        {
            let inputs: Vec<PathBuf> = cli.file.into_iter().chain(cli.more).collect();
            if standpoint::tui::is_terminal() {
                // The library screen; printed as a list into a pipe.
                let notice = reader_setup(&mut cli.profile.clone(), &loaded);
                let mut lib = library::cli::open(&inputs)?;
                standpoint::tui::run_library(&mut lib, notice)?;
            } else {
                print!("{}", library::cli::list(&inputs)?);
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Config { .. } | Command::Completions { .. } | Command::Man) => {
            Ok(ExitCode::SUCCESS)
        }
        None => read(cli, &loaded),
    }
}

/// The error and its causes, each said once: a cause whose text the
/// message already includes is not repeated.
/// `e`, with the hint of [`profile_hint`] after it when there is one.
fn hinted(e: anyhow::Error, file: &Path) -> anyhow::Error {
    match profile_hint(file) {
        Some(hint) => anyhow::anyhow!("{}\n  {hint}", error_text(&e)),
        None => e,
    }
}

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
