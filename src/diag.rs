//! Diagnostics: every problem found in a file, each pointing at its line,
//! rendered with `annotate-snippets` (the crate serde-saphyr renders its own
//! errors with) in one plain style.

use std::fmt;

use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};

use crate::yaml::Pos;

/// One problem in a file.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    /// Where it is (1-based line and column; 0 when unknown).
    pub pos: Pos,
    /// What is wrong, in a sentence.
    pub message: String,
    /// A short label under the offending text.
    pub label: String,
    /// What to do about it.
    pub help: Option<String>,
    /// The claim it belongs to, if any.
    pub claim: Option<String>,
}

impl Diagnostic {
    pub fn new(pos: Pos, message: impl Into<String>) -> Self {
        Diagnostic {
            pos,
            message: message.into(),
            label: String::new(),
            help: None,
            claim: None,
        }
    }
    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = label.into();
        self
    }
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
    pub fn claim(mut self, id: Option<&str>) -> Self {
        self.claim = id.map(str::to_string);
        self
    }

    /// The headline: `claim `x`: message`.
    pub fn title(&self) -> String {
        match &self.claim {
            Some(id) => format!("claim `{id}`: {}", self.message),
            None => self.message.clone(),
        }
    }
}

/// All problems of one file, with its source for the snippets.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The file, as the user named it.
    pub file: String,
    pub source: String,
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// Render every diagnostic, in order of position.
    pub fn render(&self) -> String {
        let mut diags: Vec<&Diagnostic> = self.diagnostics.iter().collect();
        diags.sort_by_key(|d| (d.pos.line, d.pos.col));
        let renderer = Renderer::plain().decor_style(DecorStyle::Ascii);
        let mut out = String::new();
        for d in diags {
            out.push_str(&render_one(&renderer, &self.file, &self.source, d));
            out.push_str("\n\n");
        }
        let n = self.diagnostics.len();
        out.push_str(&format!(
            "{}: {n} problem{} found",
            self.file,
            if n == 1 { "" } else { "s" }
        ));
        out
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render())
    }
}

/// The byte range of line `line` (1-based) of `src`, without its newline.
fn line_range(src: &str, line: usize) -> Option<(usize, usize)> {
    let mut start = 0usize;
    for (i, l) in src.split('\n').enumerate() {
        if i + 1 == line {
            return Some((start, start + l.len()));
        }
        start += l.len() + 1;
    }
    None
}

fn render_one(renderer: &Renderer, file: &str, src: &str, d: &Diagnostic) -> String {
    let title = d.title();
    let help = d.help.clone();
    let title = Level::ERROR.primary_title(title.as_str());
    let group = match line_range(src, d.pos.line) {
        Some((ls, le)) if d.pos.line > 0 => {
            let line = &src[ls..le];
            // Show up to 400 bytes of the line, around the column.
            let col_byte = line
                .char_indices()
                .nth(d.pos.col.saturating_sub(1))
                .map_or(line.len(), |(i, _)| i);
            let mut ws = col_byte.saturating_sub(200);
            while !line.is_char_boundary(ws) {
                ws -= 1;
            }
            let mut we = (col_byte + 200).min(line.len());
            while !line.is_char_boundary(we) {
                we += 1;
            }
            let window = &line[ws..we];
            let a = col_byte - ws;
            // Underline to the end of the token (or value) on this line.
            let rest = &window[a..];
            let tok_len = if rest.trim_end().is_empty() {
                0
            } else {
                rest.trim_end().len()
            };
            let span = a..(a + tok_len.max(usize::from(!rest.is_empty())));
            title.element(
                Snippet::source(window)
                    .line_start(d.pos.line)
                    .path(file)
                    .annotation(AnnotationKind::Primary.span(span).label(d.label.as_str())),
            )
        }
        _ => title.element(Level::NOTE.message(format!("in {file}"))),
    };
    let group = match help.as_deref() {
        Some(h) => group.element(Level::HELP.message(h)),
        None => group,
    };
    renderer.render(&[group])
}

/// "Did you mean" for a misspelt word among `choices`.
pub fn did_you_mean<'a>(word: &str, choices: &[&'a str]) -> Option<&'a str> {
    choices
        .iter()
        .map(|c| (strsim::damerau_levenshtein(word, c), *c))
        .filter(|&(d, c)| d <= (c.len() / 3).max(1) + usize::from(c.len() > 6))
        // Ties go to a choice that shares the word's beginning.
        .min_by_key(|&(d, c)| (d, !(word.starts_with(c) || c.starts_with(word))))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions() {
        let fields = ["speaker", "summary", "stance", "target"];
        assert_eq!(did_you_mean("speeker", &fields), Some("speaker"));
        assert_eq!(did_you_mean("sumary", &fields), Some("summary"));
        assert_eq!(did_you_mean("colour", &fields), None);
    }

    #[test]
    fn render_points_at_line_and_column() {
        let r = Report {
            file: "doc.yaml".into(),
            source: "a: 1\n  speeker: Trump\n".into(),
            diagnostics: vec![
                Diagnostic::new(Pos { line: 2, col: 3 }, "unknown field `speeker`")
                    .label("not a claim field")
                    .help("did you mean `speaker`?")
                    .claim(Some("c1")),
            ],
        };
        let s = r.render();
        assert!(
            s.contains("error: claim `c1`: unknown field `speeker`"),
            "{s}"
        );
        assert!(s.contains("doc.yaml:2:3"), "{s}");
        assert!(s.contains("speeker: Trump"), "{s}");
        assert!(s.contains("help: did you mean `speaker`?"), "{s}");
        assert!(s.ends_with("doc.yaml: 1 problem found"), "{s}");
    }
}
