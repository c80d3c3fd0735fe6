//! The configuration: a YAML file in the platform's configuration directory
//! (`$XDG_CONFIG_HOME/standpoint/config.yaml` on Linux), or the one named
//! by `STANDPOINT_CONFIG` or `--config`; each setting taken from a flag,
//! else the environment, else the file, else its default, and remembered
//! with where it came from ([`Origin`], shown by `standpoint config show`).
//!
//! A broken file never stops anything: its problems ([`Loaded::problems`],
//! each at its line, with a "did you mean") are reported, and the settings
//! it got wrong keep their defaults (a bad key remap drops all remaps).

mod remap;

use std::fmt;
use std::path::{Path, PathBuf};

use crate::diag::{did_you_mean, Diagnostic, Report};
use crate::export::{self, Format};
use crate::keys::Binding;
use crate::yaml::{self, Node, Pos, Value};

pub use remap::{action_name, context_name, parse_key, Remap};

/// `--color`: colours or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    /// Colours unless `NO_COLOR` is set.
    Auto,
    Always,
    Never,
}

/// `--theme`: colours for a dark or a light background.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ThemeChoice {
    /// Ask the terminal for its background (OSC 11); dark if it does not say.
    Auto,
    Dark,
    Light,
}

impl ColorChoice {
    fn name(self) -> &'static str {
        match self {
            ColorChoice::Auto => "auto",
            ColorChoice::Always => "always",
            ColorChoice::Never => "never",
        }
    }
}

impl ThemeChoice {
    fn name(self) -> &'static str {
        match self {
            ThemeChoice::Auto => "auto",
            ThemeChoice::Dark => "dark",
            ThemeChoice::Light => "light",
        }
    }
}

/// Where a setting's value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Default,
    /// The configuration file, at a line.
    File(usize),
    /// An environment variable.
    Env(&'static str),
    /// A command-line flag.
    Flag(&'static str),
}

/// A value and where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Setting<T> {
    pub value: T,
    pub origin: Origin,
}

impl<T> Setting<T> {
    fn default(value: T) -> Setting<T> {
        Setting {
            value,
            origin: Origin::Default,
        }
    }

    fn set(&mut self, value: T, origin: Origin) {
        self.value = value;
        self.origin = origin;
    }
}

/// Every setting in effect.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// The profile to draft an article without an annotation with.
    pub profile: Setting<Option<PathBuf>>,
    pub theme: Setting<ThemeChoice>,
    pub color: Setting<ColorChoice>,
    pub mouse: Setting<bool>,
    /// `None`: each place's own default (json on the command line,
    /// Markdown in the reader's export dialog).
    pub export_format: Setting<Option<Format>>,
    pub export_width: Setting<usize>,
    /// Where the export dialogs (reader, library) write (the current directory
    /// without one).
    pub export_dir: Setting<Option<PathBuf>>,
    /// Key remaps, in the file's order (all of them, or none when any is
    /// wrong).
    pub keys: Vec<Remap>,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            profile: Setting::default(None),
            theme: Setting::default(ThemeChoice::Auto),
            color: Setting::default(ColorChoice::Auto),
            mouse: Setting::default(true),
            export_format: Setting::default(None),
            export_width: Setting::default(export::DEFAULT_WIDTH),
            export_dir: Setting::default(None),
            keys: Vec::new(),
        }
    }
}

/// What the command line says about the settings.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Flags {
    /// `--config`
    pub config: Option<PathBuf>,
    pub profile: Option<PathBuf>,
    pub theme: Option<ThemeChoice>,
    pub color: Option<ColorChoice>,
    /// `--no-mouse`
    pub no_mouse: bool,
    /// `export --format`, `export --width`
    pub export_format: Option<Format>,
    pub export_width: Option<usize>,
}

/// How the configuration file was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileOrigin {
    Flag,
    Env,
    /// The platform's configuration directory.
    Default,
}

/// The configuration file in use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigFile {
    pub path: PathBuf,
    pub origin: FileOrigin,
    pub exists: bool,
}

/// The settings, the file they came from, and what was wrong with it.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub settings: Settings,
    pub file: Option<ConfigFile>,
    /// The file's problems, rendered (`None` when there are none).
    pub problems: Option<Problems>,
}

/// A configuration file's problems.
#[derive(Debug, Clone)]
pub struct Problems {
    pub report: Report,
}

impl Problems {
    /// One line for the status bar: the first problem, where, and how many
    /// more.
    pub fn summary(&self) -> String {
        let mut d: Vec<&Diagnostic> = self.report.diagnostics.iter().collect();
        d.sort_by_key(|d| (d.pos.line, d.pos.col));
        let file = Path::new(&self.report.file).file_name().map_or_else(
            || self.report.file.clone(),
            |n| n.to_string_lossy().into_owned(),
        );
        let first = d.first().map_or_else(String::new, |d| {
            let at = if d.pos.line > 0 {
                format!(":{}", d.pos.line)
            } else {
                String::new()
            };
            let help = d
                .help
                .as_deref()
                .map(|h| format!(" ({h})"))
                .unwrap_or_default();
            format!("{file}{at}: {}{help}", d.message)
        });
        let more = match d.len() {
            0 | 1 => String::new(),
            n => format!(" +{} more", n - 1),
        };
        format!("config {first}{more}; defaults used (`standpoint config show`)")
    }
}

/// The environment, as a function (tests pass their own).
pub type Env<'a> = &'a dyn Fn(&str) -> Option<String>;

/// The process's environment.
pub fn process_env(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

/// The configuration file's default place: `config.yaml` in the platform's
/// configuration directory (XDG on Linux and macOS, `%APPDATA%` on Windows).
pub fn default_path() -> Option<PathBuf> {
    use etcetera::BaseStrategy;
    let base = etcetera::choose_base_strategy().ok()?;
    Some(base.config_dir().join("standpoint").join("config.yaml"))
}

/// Which file: `--config`, else `STANDPOINT_CONFIG`, else `default`.
pub fn locate(flags: &Flags, env: Env, default: Option<PathBuf>) -> Option<ConfigFile> {
    let (path, origin) = if let Some(p) = &flags.config {
        (p.clone(), FileOrigin::Flag)
    } else if let Some(p) = env("STANDPOINT_CONFIG").filter(|p| !p.is_empty()) {
        (PathBuf::from(p), FileOrigin::Env)
    } else {
        (default?, FileOrigin::Default)
    };
    Some(ConfigFile {
        exists: path.is_file(),
        path,
        origin,
    })
}

/// Load the settings: the file found by [`locate`] (read here), then the
/// environment and the flags over it.
pub fn load(flags: &Flags, env: Env, default: Option<PathBuf>) -> Loaded {
    let file = locate(flags, env, default);
    let mut settings = Settings::default();
    let mut problems = None;
    if let Some(f) = &file {
        let name = f.path.display().to_string();
        let source = if f.exists || f.origin != FileOrigin::Default {
            match std::fs::read_to_string(&f.path) {
                Ok(s) => Some(s),
                Err(e) => {
                    let how = match f.origin {
                        FileOrigin::Flag => " (named by --config)",
                        FileOrigin::Env => " (named by STANDPOINT_CONFIG)",
                        FileOrigin::Default => "",
                    };
                    problems = Some(Problems {
                        report: Report {
                            file: name.clone(),
                            source: String::new(),
                            diagnostics: vec![Diagnostic::new(
                                Pos::default(),
                                format!("cannot read the configuration file{how}: {e}"),
                            )
                            .help("fix the path, or run `standpoint config edit` to create it")],
                        },
                    });
                    None
                }
            }
        } else {
            None
        };
        if let Some(src) = source {
            let base = f.path.parent().map(Path::to_path_buf).unwrap_or_default();
            let diags = apply_file(&mut settings, &src, &base, env);
            if !diags.is_empty() {
                problems = Some(Problems {
                    report: Report {
                        file: name,
                        source: src,
                        diagnostics: diags,
                    },
                });
            }
        }
    }
    apply_env(&mut settings, env);
    apply_flags(&mut settings, flags);
    Loaded {
        settings,
        file,
        problems,
    }
}

/// The settings of the file's text over `s`; its problems (each wrong
/// setting left as it was).
pub fn apply_file(s: &mut Settings, src: &str, base: &Path, env: Env) -> Vec<Diagnostic> {
    let root = match yaml::parse(src) {
        Ok(n) => n,
        Err(e) => {
            return vec![Diagnostic::new(e.pos, e.message)
                .label("not valid YAML here")
                .help("the file is YAML: `setting: value`, one per line")];
        }
    };
    let entries = match &root.value {
        Value::Map(m) => m.as_slice(),
        Value::Null => &[],
        _ => {
            return vec![Diagnostic::new(
                root.pos(),
                format!("the configuration must be a mapping, not {}", root.kind()),
            )
            .help("write one `setting: value` per line, e.g. `theme: light`")]
        }
    };
    let mut out = Vec::new();
    for (k, v) in entries {
        let key = k.as_str().unwrap_or_default();
        let line = Origin::File(k.pos().line);
        match key {
            "profile" => match path_value(v, base, env) {
                Ok(p) => s.profile.set(Some(p), line),
                Err(d) => out.push(d),
            },
            "theme" => match choice(v, &["auto", "dark", "light"]) {
                Ok(i) => s.theme.set(
                    [ThemeChoice::Auto, ThemeChoice::Dark, ThemeChoice::Light][i],
                    line,
                ),
                Err(d) => out.push(d),
            },
            "color" | "colour" => match choice(v, &["auto", "always", "never"]) {
                Ok(i) => s.color.set(
                    [ColorChoice::Auto, ColorChoice::Always, ColorChoice::Never][i],
                    line,
                ),
                Err(d) => out.push(d),
            },
            "mouse" => match &v.value {
                Value::Bool(b) => s.mouse.set(*b, line),
                _ => out.push(
                    Diagnostic::new(
                        v.pos(),
                        format!("`mouse` is true or false, not {}", v.kind()),
                    )
                    .label("not true or false"),
                ),
            },
            "export" => out.extend(apply_export(s, v, base, env)),
            "keys" => {
                let (remaps, problems) = remap::parse(v, src);
                if problems.is_empty() {
                    s.keys = remaps;
                } else {
                    out.extend(problems);
                }
            }
            _ => out.push(unknown_setting(k, key, TOP)),
        }
    }
    out
}

const TOP: &[&str] = &["profile", "theme", "color", "mouse", "export", "keys"];
const EXPORT: &[&str] = &["format", "width", "dir"];

fn unknown_setting(k: &Node, key: &str, known: &[&str]) -> Diagnostic {
    let d = Diagnostic::new(k.pos(), format!("unknown setting `{key}`")).label("not a setting");
    match did_you_mean(key, known) {
        Some(m) => d.help(format!("did you mean `{m}`?")),
        None => d.help(format!("the settings here are: {}", known.join(", "))),
    }
}

fn apply_export(s: &mut Settings, v: &Node, base: &Path, env: Env) -> Vec<Diagnostic> {
    let Value::Map(m) = &v.value else {
        return vec![Diagnostic::new(
            v.pos(),
            format!("`export` must be a mapping, not {}", v.kind()),
        )
        .help("e.g. `export: {format: markdown, width: 100, dir: ~/exports}`")];
    };
    let mut out = Vec::new();
    for (k, v) in m {
        let key = k.as_str().unwrap_or_default();
        let line = Origin::File(k.pos().line);
        match key {
            "format" => {
                let names: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
                match choice(v, &names) {
                    Ok(i) => s.export_format.set(Format::ALL.get(i).copied(), line),
                    Err(d) => out.push(d),
                }
            }
            "width" => match &v.value {
                Value::Int(n) if usize::try_from(*n).is_ok_and(|n| n >= export::MIN_WIDTH) => {
                    s.export_width.set(usize::try_from(*n).unwrap_or(80), line);
                }
                _ => out.push(
                    Diagnostic::new(
                        v.pos(),
                        format!(
                            "`width` is a number of columns, {} or more",
                            export::MIN_WIDTH
                        ),
                    )
                    .label("not a width"),
                ),
            },
            "dir" => match path_value(v, base, env) {
                Ok(p) => s.export_dir.set(Some(p), line),
                Err(d) => out.push(d),
            },
            _ => out.push(unknown_setting(k, key, EXPORT)),
        }
    }
    out
}

/// One of `names` (case ignored), by index; or a problem with a "did you
/// mean".
fn choice(v: &Node, names: &[&str]) -> Result<usize, Diagnostic> {
    let word = match &v.value {
        Value::Str(s) => s.trim().to_ascii_lowercase(),
        Value::Bool(b) => b.to_string(),
        _ => String::new(),
    };
    if let Some(i) = names.iter().position(|n| *n == word) {
        return Ok(i);
    }
    let help = match did_you_mean(&word, names) {
        Some(m) => format!("did you mean `{m}`?"),
        None => format!("use one of: {}", names.join(", ")),
    };
    let shown = if word.is_empty() {
        v.kind().to_string()
    } else {
        format!("`{word}`")
    };
    Err(Diagnostic::new(
        v.pos(),
        format!("{shown} is not one of {}", names.join(", ")),
    )
    .label("not a choice here")
    .help(help))
}

/// A path: `~/` is the home directory, a relative path is relative to the
/// configuration file's directory.
fn path_value(v: &Node, base: &Path, env: Env) -> Result<PathBuf, Diagnostic> {
    let Some(s) = v.as_str().map(str::trim).filter(|s| !s.is_empty()) else {
        return Err(Diagnostic::new(
            v.pos(),
            format!("a path must be written as text, not {}", v.kind()),
        )
        .label("not a path"));
    };
    if let Some(rest) = s.strip_prefix("~/") {
        return match env("HOME") {
            Some(h) => Ok(Path::new(&h).join(rest)),
            None => Err(
                Diagnostic::new(v.pos(), "`~` cannot be expanded: HOME is not set")
                    .help("write the full path"),
            ),
        };
    }
    Ok(base.join(s))
}

fn apply_env(s: &mut Settings, env: Env) {
    if let Some(v) = env("STANDPOINT_THEME") {
        match v.trim().to_ascii_lowercase().as_str() {
            "dark" => s
                .theme
                .set(ThemeChoice::Dark, Origin::Env("STANDPOINT_THEME")),
            "light" => s
                .theme
                .set(ThemeChoice::Light, Origin::Env("STANDPOINT_THEME")),
            "auto" => s
                .theme
                .set(ThemeChoice::Auto, Origin::Env("STANDPOINT_THEME")),
            _ => {}
        }
    }
    if env("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        s.color.set(ColorChoice::Never, Origin::Env("NO_COLOR"));
    }
}

fn apply_flags(s: &mut Settings, f: &Flags) {
    if let Some(p) = &f.profile {
        s.profile.set(Some(p.clone()), Origin::Flag("--profile"));
    }
    if let Some(t) = f.theme {
        s.theme.set(t, Origin::Flag("--theme"));
    }
    if let Some(c) = f.color {
        s.color.set(c, Origin::Flag("--color"));
    }
    if f.no_mouse {
        s.mouse.set(false, Origin::Flag("--no-mouse"));
    }
    if let Some(fmt) = f.export_format {
        s.export_format.set(Some(fmt), Origin::Flag("--format"));
    }
    if let Some(w) = f.export_width {
        s.export_width.set(w, Origin::Flag("--width"));
    }
}

impl Settings {
    /// The key table with the remaps applied.
    pub fn key_table(&self) -> Vec<Binding> {
        remap::apply(&self.keys)
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Default => f.write_str("default"),
            Origin::File(line) => write!(f, "config file, line {line}"),
            Origin::Env(v) => write!(f, "environment: {v}"),
            Origin::Flag(v) => write!(f, "flag: {v}"),
        }
    }
}

/// `standpoint config keys`: the key table in effect, in Markdown, with
/// the names a remap uses.
pub fn keys_markdown(table: &[Binding]) -> String {
    let mut out = String::new();
    for ctx in crate::keys::Context::ALL {
        out.push_str(&format!(
            "\n### {} (`{}`)\n\n| Keys | Remap as | Action |\n|---|---|---|\n",
            ctx.title(),
            context_name(ctx)
        ));
        for b in table.iter().filter(|b| b.context == ctx) {
            let name = action_name(&b.action).map_or_else(|| "-".into(), |n| format!("`{n}`"));
            out.push_str(&format!(
                "| {} | {name} | {} |\n",
                b.keys_label().replace('|', "\\|"),
                b.description.replace('|', "\\|")
            ));
        }
    }
    out
}

/// `standpoint config show`: the file, then each setting with its value and
/// origin, then the key remaps and the file's problems.
pub fn show(loaded: &Loaded) -> String {
    let s = &loaded.settings;
    let mut out = String::new();
    match &loaded.file {
        Some(f) => {
            let how = match f.origin {
                FileOrigin::Flag => "named by --config",
                FileOrigin::Env => "named by STANDPOINT_CONFIG",
                FileOrigin::Default => "the default place",
            };
            let exists = if f.exists { "" } else { ", does not exist" };
            out.push_str(&format!(
                "# config file: {} ({how}{exists})\n",
                f.path.display()
            ));
        }
        None => out.push_str("# config file: none (no configuration directory)\n"),
    }
    let path = |p: &Option<PathBuf>, none: &str| {
        p.as_ref()
            .map_or_else(|| none.to_string(), |p| p.display().to_string())
    };
    let rows: Vec<(&str, String, &Origin)> = vec![
        (
            "profile",
            path(&s.profile.value, "(bundled)"),
            &s.profile.origin,
        ),
        ("theme", s.theme.value.name().to_string(), &s.theme.origin),
        ("color", s.color.value.name().to_string(), &s.color.origin),
        ("mouse", s.mouse.value.to_string(), &s.mouse.origin),
        (
            "export.format",
            s.export_format
                .value
                .map_or("(json; markdown in the reader)", |f| f.name())
                .to_string(),
            &s.export_format.origin,
        ),
        (
            "export.width",
            s.export_width.value.to_string(),
            &s.export_width.origin,
        ),
        (
            "export.dir",
            path(&s.export_dir.value, "(current directory)"),
            &s.export_dir.origin,
        ),
    ];
    for (name, value, origin) in rows {
        out.push_str(&format!("{name:<14} {value:<32} # {origin}\n"));
    }
    if s.keys.is_empty() {
        out.push_str("keys           (the default table)              # default\n");
    } else {
        out.push_str("keys:\n");
        for r in &s.keys {
            let keys: Vec<String> = r.keys.iter().map(|k| k.name()).collect();
            let value = format!("{}: {}", r.name, keys.join(", "));
            out.push_str(&format!("  {value:<44} # {}\n", Origin::File(r.pos.line)));
        }
    }
    if let Some(p) = &loaded.problems {
        out.push_str("\n# the file's problems (these settings keep their defaults):\n");
        out.push_str(&p.report.render());
        out.push('\n');
    }
    out
}

/// Where and how the export dialogs (reader, library) write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportPrefs {
    /// The dialog's first format (Markdown without one).
    pub format: Option<Format>,
    pub width: usize,
    /// The directory files go to (the current one without one).
    pub dir: Option<PathBuf>,
}

impl Default for ExportPrefs {
    fn default() -> ExportPrefs {
        ExportPrefs {
            format: None,
            width: export::DEFAULT_WIDTH,
            dir: None,
        }
    }
}

/// How the reader looks and behaves, resolved from the settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reader {
    /// The colours: with `ask_terminal`, the dark ones until the terminal
    /// has answered.
    pub theme: crate::view::Theme,
    /// The theme is `auto`, there are colours, and nothing said without
    /// asking whether the background is light: the reader asks the
    /// terminal after its first frame (drawn without colours meanwhile).
    pub ask_terminal: bool,
    /// `--color always`: colours even where crossterm would drop them
    /// (`NO_COLOR` set).
    pub force_color: bool,
    pub mouse: bool,
    pub export: ExportPrefs,
}

impl Default for Reader {
    fn default() -> Reader {
        Reader {
            theme: crate::view::Theme::from_env(),
            ask_terminal: false,
            force_color: false,
            mouse: true,
            export: ExportPrefs::default(),
        }
    }
}

impl Settings {
    /// Whether [`Settings::reader`] asks the terminal for its background
    /// (the theme is `auto` and there are colours): the binary then starts
    /// the query early, while the document loads.
    pub fn asks_terminal(&self) -> bool {
        self.theme.value == ThemeChoice::Auto && self.color.value != ColorChoice::Never
    }

    /// The reader's options. `known_background` (what the environment
    /// says of the background without asking the terminal) is called only
    /// when the theme is `auto` and there are colours; when it does not
    /// know, the reader is to ask the terminal.
    pub fn reader(&self, known_background: &dyn Fn() -> Option<bool>) -> Reader {
        let mono = self.color.value == ColorChoice::Never;
        let (light, ask_terminal) = match self.theme.value {
            ThemeChoice::Dark => (false, false),
            ThemeChoice::Light => (true, false),
            ThemeChoice::Auto if self.asks_terminal() => match known_background() {
                Some(light) => (light, false),
                None => (false, true),
            },
            ThemeChoice::Auto => (false, false),
        };
        Reader {
            theme: crate::view::Theme { mono, light },
            ask_terminal,
            force_color: self.color.value == ColorChoice::Always,
            mouse: self.mouse.value,
            export: ExportPrefs {
                format: self.export_format.value,
                width: self.export_width.value,
                dir: self.export_dir.value.clone(),
            },
        }
    }
}

static READER: std::sync::OnceLock<Reader> = std::sync::OnceLock::new();

/// Set the reader's options for the rest of the process (once; the binary
/// does it at start, before the reader opens).
pub fn install_reader(r: Reader) {
    let _ = READER.set(r);
}

/// The reader's options: those installed, else the defaults (colours
/// unless `NO_COLOR`, dark background, mouse on).
pub fn reader() -> Reader {
    READER.get().cloned().unwrap_or_default()
}

/// The file `standpoint config edit` creates: every setting, commented out.
pub const TEMPLATE: &str = "\
# standpoint configuration (YAML). Every setting is optional; a flag or an
# environment variable wins over this file. `standpoint config show` shows
# what is in effect and where it comes from.

# Profile (parties and topics) for drafting an article without an annotation.
# profile: ~/profiles/eu.yaml

# Colours for a dark or light background: auto (ask the terminal), dark, light.
# theme: auto

# Colours: auto (none when NO_COLOR is set), always, never.
# color: auto

# Capture the mouse (wheel, click); false leaves selection to the terminal.
# mouse: true

# export:
#   format: markdown     # text, markdown, json, w3c, csv
#   width: 80            # columns to wrap text to (20 or more)
#   dir: ~/exports       # where the export dialog writes (reader, library)

# Key remaps: an action (as `standpoint config keys` names them), or
# context.action, and its key or keys; they replace the table's keys.
# keys:
#   next-claim: [J, Down]
#   panel.prev-claim: K
#   quit: Q
";

#[cfg(test)]
mod tests;
