//! The plain-text writer: wrapped to a width (with textwrap), laid out like
//! the reader's stance panel (party, topic, stance badge and target,
//! summary, quote, speaker).
//!
//! Every line is at most `width` columns wide (display width), except where
//! a single word is longer than the room left for it.

use textwrap::{Options, WordSeparator, WrapAlgorithm};
use unicode_width::UnicodeWidthStr;

use super::report::{ArticleBody, Body, Item, Matrix, Panel, Piece, Report};
use crate::model::{Claim, Party};

/// Text shown where a party has nothing on a topic.
pub const NO_POSITION: &str = "(no stated position)";

/// The same in a matrix cell, where no parentheses are needed.
const NO_POSITION_CELL: &str = "no stated position";

/// How to find the places a line may break in `text`: at spaces, which is
/// fast and right for scripts that separate words with spaces, or by the
/// Unicode line breaking rules when the text has characters of scripts
/// written without spaces (Chinese, Japanese, Thai...).
fn separator(text: &str) -> WordSeparator {
    let spaceless = |c: char| {
        matches!(c as u32,
            0x0E00..=0x0EFF      // Thai, Lao
            | 0x0F00..=0x0FFF    // Tibetan
            | 0x1000..=0x109F    // Myanmar
            | 0x1780..=0x17FF    // Khmer
            | 0x2E80..=0x9FFF    // CJK radicals, kana, ideographs
            | 0xA000..=0xA4CF    // Yi
            | 0xF900..=0xFAFF    // CJK compatibility ideographs
            | 0xFF00..=0xFFEF    // full-width forms
            | 0x20000..=0x3FFFF) // CJK extensions
    };
    if text.chars().any(spaceless) {
        WordSeparator::UnicodeBreakProperties
    } else {
        WordSeparator::AsciiSpace
    }
}

struct Out {
    s: String,
    width: usize,
}

impl Out {
    fn opts<'a>(&self, text: &str, first: &'a str, rest: &'a str) -> Options<'a> {
        Options::new(self.width)
            .initial_indent(first)
            .subsequent_indent(rest)
            .break_words(false)
            .word_separator(separator(text))
            .wrap_algorithm(WrapAlgorithm::FirstFit)
    }

    /// `text` wrapped, the first line after `first`, the others after
    /// `rest`; a `\n` in `text` starts a new line (with `rest`).
    fn wrapped(&mut self, text: &str, first: &str, rest: &str) {
        let opts = self.opts(text, first, rest);
        for (k, part) in text.split('\n').enumerate() {
            let o = if k == 0 {
                opts.clone()
            } else {
                opts.clone().initial_indent(rest)
            };
            for line in textwrap::wrap(part, o) {
                self.s.push_str(line.trim_end());
                self.s.push('\n');
            }
        }
    }

    fn line(&mut self, s: &str) {
        self.s.push_str(s);
        self.s.push('\n');
    }

    fn blank(&mut self) {
        if !self.s.is_empty() && !self.s.ends_with("\n\n") {
            self.s.push('\n');
        }
    }

    /// A heading underlined with `rule` as wide as its longest line.
    fn heading(&mut self, text: &str, rule: char) {
        self.blank();
        let lines = textwrap::wrap(text, self.opts(text, "", ""));
        let w = lines
            .iter()
            .map(|l| l.width())
            .max()
            .unwrap_or(0)
            .min(self.width);
        for l in &lines {
            self.line(l.trim_end());
        }
        self.line(&rule.to_string().repeat(w.max(1)));
        self.blank();
    }
}

/// Write a report as wrapped text.
pub fn write(r: &Report<'_>, width: usize) -> String {
    let mut out = Out {
        s: String::new(),
        width,
    };
    header(&mut out, r);
    match &r.body {
        Body::Panel(p) => panel(&mut out, p),
        Body::Matrix(m) => matrix(&mut out, m),
        Body::Article(a) => article(&mut out, a),
    }
    while out.s.ends_with("\n\n") {
        out.s.pop();
    }
    out.s
}

fn header(out: &mut Out, r: &Report<'_>) {
    let doc = r.doc;
    out.wrapped(&doc.title, "", "");
    out.wrapped(&format!("Date: {}", doc.date), "", "      ");
    if let Some(src) = &doc.source {
        let parts: Vec<&str> = [src.outlet.as_deref(), src.url.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        if !parts.is_empty() {
            out.wrapped(&format!("Source: {}", parts.join(", ")), "", "        ");
        }
    }
    out.wrapped(
        &format!("Cite: {}", super::cite::Citation::of(doc).text()),
        "",
        "      ",
    );
    out.wrapped(&format!("View: {}", r.subject), "", "      ");
    if let Some(banner) = r.draft_banner() {
        out.wrapped(&banner, "", "       ");
    }
}

fn party_heading(p: &Party) -> String {
    p.name.to_uppercase()
}

fn panel(out: &mut Out, p: &Panel<'_>) {
    if p.groups.is_empty() {
        out.blank();
        out.line("No claims.");
    }
    for g in &p.groups {
        out.heading(&party_heading(g.party), '=');
        if !p.topic_headings {
            let mut any = false;
            for t in &g.topics {
                for it in &t.items {
                    item(out, it, "", false);
                    any = true;
                }
            }
            if !any {
                out.line(NO_POSITION);
            }
            continue;
        }
        for t in &g.topics {
            out.heading(&t.topic.label, '-');
            if t.items.is_empty() {
                out.line(NO_POSITION);
            }
            for it in &t.items {
                item(out, it, "", false);
            }
        }
    }
}

/// "FAVOR: target", with a DRAFT marker for a drafted claim.
fn stance_line(c: &Claim, draft: bool) -> String {
    format!(
        "{}{}: {}",
        if draft { "[DRAFT] " } else { "" },
        c.stance.badge(),
        c.target
    )
}

fn names(parties: &[&Party]) -> String {
    parties
        .iter()
        .map(|p| p.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// One claim. `lead` starts its first line ("[3] " for a note); `note`
/// shows party and topic instead of the quote (the article view marks the
/// quote in the text).
fn item(out: &mut Out, it: &Item<'_>, lead: &str, note: bool) {
    let c = it.claim;
    let indent = if lead.is_empty() {
        "  ".to_string()
    } else {
        " ".repeat(lead.width())
    };
    out.wrapped(&stance_line(c, it.is_draft()), lead, &indent);
    // The label is wrapped with its value, so a narrow width can break
    // after it.
    let label = |out: &mut Out, name: &str, value: &str| {
        out.wrapped(&format!("{name}: {value}"), &indent, &format!("{indent}  "));
    };
    out.wrapped(&c.summary, &indent, &indent);
    if !note {
        let q = format!("{indent}> ");
        out.wrapped(it.quote.trim(), &q, &q);
    }
    if note {
        label(
            out,
            "Party",
            &format!("{}, on {}", it.party.name, it.topic.label),
        );
    }
    label(
        out,
        "Speaker",
        &format!("{} ({}, ¶{})", c.speaker, it.mode_words(), it.paragraph),
    );
    if let Some(cond) = &c.condition {
        label(out, "Condition", cond);
    }
    if !it.opposed_by.is_empty() {
        label(out, "Opposed by", &names(&it.opposed_by));
    }
    if let Some(d) = it.draft_note() {
        label(out, "Draft", &d);
    }
    label(out, "Claim", &c.id);
    out.blank();
}

/// A matrix entry's words: "FAVOR: target (2 claims)".
fn entry_words(stance: &str, target: &str, n: usize) -> String {
    if n > 1 {
        format!("{stance}: {target} ({n} claims)")
    } else {
        format!("{stance}: {target}")
    }
}

const CONFLICT_MARK: &str = "! ";
const ENTRY_MARK: &str = "- ";

fn matrix(out: &mut Out, m: &Matrix<'_>) {
    let n = m.topics.len();
    let sep = " | ";
    let name_w = m
        .parties
        .iter()
        .map(|p| p.name.width())
        .max()
        .unwrap_or(5)
        .max("Party".len());
    let pw = name_w.min(out.width / 4).max(6);
    let avail = out.width.saturating_sub(pw + sep.len() * n);
    let widths = column_widths(m, avail);
    out.blank();
    if n > 0 && widths.iter().all(|&w| w >= MIN_COLUMN) {
        grid(out, m, pw, &widths, sep);
    } else {
        matrix_list(out, m);
    }
    out.blank();
    out.wrapped(
        "\"! \" marks a position another party opposes: the opposite stance toward the same target (see Conflicts).",
        "",
        "",
    );
    conflicts(out, m);
}

/// The narrowest topic column of the grid; narrower, the matrix is a list.
const MIN_COLUMN: usize = 12;

/// A matrix entry's words with its mark ("! FAVOR: target").
fn entry_line(e: &super::report::CellEntry<'_>) -> String {
    let mark = if e.opposed_by.is_empty() {
        ENTRY_MARK
    } else {
        CONFLICT_MARK
    };
    format!(
        "{mark}{}",
        entry_words(e.stance.badge(), e.target, e.claims.len())
    )
}

/// Widths of the topic columns within `avail` columns: each column gets
/// what its widest entry needs, and when they do not all fit, the room is
/// shared out so that narrow columns keep their width and wide ones share
/// the rest.
fn column_widths(m: &Matrix<'_>, avail: usize) -> Vec<usize> {
    let natural: Vec<usize> = m
        .topics
        .iter()
        .enumerate()
        .map(|(ti, t)| {
            let cells = m.cells.iter().filter_map(|row| row.get(ti));
            let widest = cells
                .flat_map(|c| c.entries.iter())
                .map(|e| entry_line(e).width())
                .max()
                .unwrap_or(0);
            widest.max(t.label.width()).max(NO_POSITION_CELL.width())
        })
        .collect();
    let mut order: Vec<usize> = (0..natural.len()).collect();
    order.sort_by_key(|&i| natural[i]);
    let mut widths = vec![0; natural.len()];
    let mut left = avail;
    for (k, &i) in order.iter().enumerate() {
        let share = left / (natural.len() - k);
        widths[i] = natural[i].min(share);
        left -= widths[i];
    }
    widths
}

/// Lines of a cell, wrapped to `cw` columns (long words are broken so the
/// grid keeps its columns).
fn cell_lines(m: &Matrix<'_>, pi: usize, ti: usize, cw: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let Some(cell) = m.cells.get(pi).and_then(|r| r.get(ti)) else {
        return lines;
    };
    let opts = |first| {
        Options::new(cw)
            .initial_indent(first)
            .subsequent_indent("  ")
            .break_words(true)
            .word_separator(WordSeparator::UnicodeBreakProperties)
            .wrap_algorithm(WrapAlgorithm::FirstFit)
    };
    if cell.entries.is_empty() {
        for l in textwrap::wrap(NO_POSITION_CELL, opts("").subsequent_indent("")) {
            lines.push(l.trim_end().to_string());
        }
    }
    for e in &cell.entries {
        for l in textwrap::wrap(&entry_line(e), opts("")) {
            lines.push(l.trim_end().to_string());
        }
    }
    lines
}

fn pad(s: &str, w: usize) -> String {
    let mut t = s.to_string();
    let sw = s.width();
    if sw < w {
        t.push_str(&" ".repeat(w - sw));
    }
    t
}

fn grid(out: &mut Out, m: &Matrix<'_>, pw: usize, widths: &[usize], sep: &str) {
    let wrap_to = |s: &str, w: usize| -> Vec<String> {
        textwrap::wrap(
            s,
            Options::new(w)
                .break_words(true)
                .word_separator(WordSeparator::UnicodeBreakProperties)
                .wrap_algorithm(WrapAlgorithm::FirstFit),
        )
        .into_iter()
        .map(|l| l.trim_end().to_string())
        .collect()
    };
    let rule = {
        let mut r = "-".repeat(pw);
        for &w in widths {
            r.push_str("-+-");
            r.push_str(&"-".repeat(w));
        }
        r
    };
    let emit = |out: &mut Out, cols: Vec<Vec<String>>| {
        let height = cols.iter().map(Vec::len).max().unwrap_or(0);
        for k in 0..height {
            let mut line = String::new();
            for (ci, col) in cols.iter().enumerate() {
                let w = if ci == 0 {
                    pw
                } else {
                    widths.get(ci - 1).copied().unwrap_or(0)
                };
                if ci > 0 {
                    line.push_str(sep);
                }
                line.push_str(&pad(col.get(k).map_or("", String::as_str), w));
            }
            out.line(line.trim_end());
        }
    };
    let mut head = vec![wrap_to("Party", pw)];
    head.extend(
        m.topics
            .iter()
            .zip(widths)
            .map(|(t, &w)| wrap_to(&t.label, w)),
    );
    emit(out, head);
    for (pi, p) in m.parties.iter().enumerate() {
        out.line(&rule);
        let mut cols = vec![wrap_to(&p.name, pw)];
        cols.extend(
            widths
                .iter()
                .enumerate()
                .map(|(ti, &w)| cell_lines(m, pi, ti, w)),
        );
        emit(out, cols);
    }
}

/// The matrix as a list, for widths too narrow for a grid.
fn matrix_list(out: &mut Out, m: &Matrix<'_>) {
    for (pi, p) in m.parties.iter().enumerate() {
        out.heading(&party_heading(p), '=');
        for (ti, t) in m.topics.iter().enumerate() {
            out.wrapped(&format!("{}:", t.label), "", "  ");
            let cw = out.width.saturating_sub(4).max(1);
            for l in cell_lines(m, pi, ti, cw) {
                out.line(&format!("    {l}"));
            }
        }
    }
}

fn conflicts(out: &mut Out, m: &Matrix<'_>) {
    out.heading("Conflicts", '-');
    if m.conflicts.is_empty() {
        out.wrapped(
            "None: no two parties take opposite stances toward the same target.",
            "",
            "",
        );
        return;
    }
    for c in &m.conflicts {
        out.wrapped(c.target, "", "  ");
        for (badge, side) in [("FAVOR", &c.favor), ("AGAINST", &c.against)] {
            // Consecutive claims of one party are listed together.
            let mut parts: Vec<(String, Vec<&str>)> = Vec::new();
            for (p, cl) in side.iter() {
                match parts.iter_mut().find(|(name, _)| *name == p.name) {
                    Some((_, ids)) => ids.push(&cl.id),
                    None => parts.push((p.name.clone(), vec![&cl.id])),
                }
            }
            let words = parts
                .iter()
                .map(|(name, ids)| format!("{name} ({})", ids.join(", ")))
                .collect::<Vec<_>>()
                .join("; ");
            out.wrapped(&words, &format!("  {badge:<8} "), "           ");
        }
        out.blank();
    }
}

fn article(out: &mut Out, a: &ArticleBody<'_>) {
    out.blank();
    out.wrapped(
        "Each quote is marked [n> ... <n] in the text; note n below gives its claim.",
        "",
        "",
    );
    out.blank();
    let mut para = String::new();
    for p in &a.paragraphs {
        para.clear();
        for piece in p {
            match piece {
                Piece::Text(t) => {
                    for (k, part) in t.split('\n').enumerate() {
                        if k > 0 {
                            para.push(' ');
                        }
                        para.push_str(part);
                    }
                }
                Piece::Open(n) => para.push_str(&format!("[{n}>")),
                Piece::Close(n) => para.push_str(&format!("<{n}]")),
            }
        }
        out.wrapped(para.trim(), "", "");
        out.blank();
    }
    out.heading("NOTES", '=');
    if a.notes.is_empty() {
        out.line("No claims.");
    }
    for (k, it) in a.notes.iter().enumerate() {
        item(out, it, &format!("[{}] ", k + 1), true);
    }
}
