//! The command line: one definition ([`Cli`]) that the binary parses and
//! that the shell completions and the man page are generated from
//! (`standpoint completions SHELL`, `standpoint man`).

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::export;

/// A terminal reader that shows a news article beside a panel of what each
/// party in it has stated.
#[derive(Parser, Debug)]
#[command(name = "standpoint", version, about, long_about = None)]
pub struct Cli {
    /// An annotation (.yaml) to open, or an article (.txt, .md, a saved web
    /// page .html, or `-` for standard input: text, a page or newsboat's
    /// `pipe-to`): its annotation beside it (same name, .yaml) opens if
    /// there is one, otherwise a panel is drafted from the text. Without a
    /// file, the bundled article opens. A directory (or several files) is a
    /// library: its documents are listed.
    pub file: Option<PathBuf>,
    /// More files or directories of a library.
    #[arg(hide = true)]
    pub more: Vec<PathBuf>,
    /// Profile (parties and topics) for drafting an article without an
    /// annotation; the bundled default without one.
    #[arg(long, value_name = "PROFILE.yaml")]
    pub profile: Option<PathBuf>,
    /// The article's charset when it is not UTF-8 and has no byte-order
    /// mark (latin1, windows-1252, iso-8859-15, utf-16le, shift_jis...).
    #[arg(long, value_name = "CHARSET")]
    pub encoding: Option<String>,
    /// Keep an article brought in (a page, standard input) and its draft in
    /// this directory (ARTICLE.txt and ARTICLE.yaml), then open them.
    #[arg(long, value_name = "DIR")]
    pub save_to: Option<PathBuf>,
    /// The configuration file to use (instead of STANDPOINT_CONFIG or the
    /// one in the platform's configuration directory).
    #[arg(long, value_name = "FILE", global = true)]
    pub config: Option<PathBuf>,
    /// Colours: auto (unless NO_COLOR is set), always or never.
    #[arg(long, value_name = "WHEN", global = true)]
    pub color: Option<crate::config::ColorChoice>,
    /// Colours for a dark or light background; auto asks the terminal.
    #[arg(long, value_name = "THEME", global = true)]
    pub theme: Option<crate::config::ThemeChoice>,
    /// Do not capture the mouse (the terminal's own selection works then).
    #[arg(long, global = true)]
    pub no_mouse: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
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
        /// JSON-LD) or csv (one row per claim, or per row of a library view);
        /// default: the configuration's `export.format`, else json.
        #[arg(long, value_parser = parse_format)]
        format: Option<export::Format>,
        /// Columns to wrap text to (at least 20); default: the
        /// configuration's `export.width`, else 80.
        #[arg(long, value_parser = parse_width)]
        width: Option<usize>,
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
    /// The configuration file: where it is, edit it, or show the settings
    /// in effect and where each comes from.
    Config {
        #[command(subcommand)]
        action: ConfigCommand,
    },
    /// Print a completion script for a shell (bash, zsh, fish, elvish,
    /// powershell).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `standpoint man > standpoint.1`.
    Man,
}

/// `standpoint config ...`
#[derive(Subcommand, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfigCommand {
    /// Print the configuration file's path (whether or not it exists).
    Path,
    /// Open the configuration file in $VISUAL or $EDITOR (created with
    /// every setting commented out if there is none), then check it.
    Edit,
    /// The settings in effect and where each comes from (a flag, the
    /// environment, the file and its line, or the default).
    Show,
    /// The key table in effect (with the file's remaps), in Markdown.
    Keys,
}

/// The completion script for `shell`, generated from [`Cli`].
pub fn completions(shell: clap_complete::Shell) -> Vec<u8> {
    use clap::CommandFactory;
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "standpoint", &mut out);
    out
}

/// The manual page (roff), generated from [`Cli`].
pub fn man_page() -> std::io::Result<Vec<u8>> {
    use clap::CommandFactory;
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut out)?;
    Ok(out)
}

pub fn parse_format(s: &str) -> Result<export::Format, String> {
    export::Format::parse(s)
        .ok_or_else(|| format!("unknown format `{s}`; use text, markdown, json, w3c or csv"))
}

pub fn parse_width(s: &str) -> Result<usize, String> {
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
