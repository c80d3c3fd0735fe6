//! The Markdown writer (CommonMark with GitHub tables and footnotes):
//! headings for parties and topics, a list item per claim with its quote as
//! a block quote, a table for the matrix, the article with a footnote after
//! each quote. Paragraphs are not wrapped (Markdown readers
//! reflow them). Every piece of document text is escaped, so a `|`, `*`,
//! `[` or `<` in an article or annotation is shown as written and never
//! becomes markup.

use super::report::{ArticleBody, Body, Item, Matrix, Panel, Piece, Report};

/// Escape text for use inside a Markdown paragraph or table cell: every
/// ASCII punctuation character that can start or end markup is
/// backslash-escaped, an `&` that could start an entity too, and a line
/// that could start a block (`#`, `-`, `+`, `=`, `1.`) has that character
/// escaped. Newlines become spaces (a paragraph or cell is one line).
pub fn escape(s: &str) -> String {
    escape_piece(s.trim(), true)
}

/// [`escape`] without trimming, for a piece of a paragraph; `at_start`
/// tells whether it starts the line.
fn escape_piece(s: &str, at_start: bool) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    let mut chars = s.chars().peekable();
    let mut at_start = at_start;
    while let Some(c) = chars.next() {
        match c {
            '\n' => {
                out.push(' ');
                continue;
            }
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '&' if chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphanumeric() || *n == '#') =>
            {
                out.push_str("\\&");
            }
            '#' | '-' | '+' | '=' if at_start => {
                out.push('\\');
                out.push(c);
            }
            '0'..='9' if at_start => {
                // "1." or "1)" at the start of a line starts a list.
                out.push(c);
                while let Some(&d) = chars.peek() {
                    if d.is_ascii_digit() {
                        out.push(d);
                        chars.next();
                    } else {
                        break;
                    }
                }
                if let Some(&p) = chars.peek() {
                    if p == '.' || p == ')' {
                        out.push('\\');
                    }
                }
            }
            _ => out.push(c),
        }
        at_start = false;
    }
    out
}

/// An inline code span that holds `s` whatever backticks it contains.
pub fn code(s: &str) -> String {
    let s = s.replace('\n', " ");
    let mut longest = 0;
    let mut run = 0;
    for c in s.chars() {
        if c == '`' {
            run += 1;
            longest = longest.max(run);
        } else {
            run = 0;
        }
    }
    let fence = "`".repeat(longest + 1);
    let pad = if s.starts_with('`') || s.ends_with('`') || s.is_empty() {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{s}{pad}{fence}")
}

/// A URL made safe inside `<...>` (an autolink).
fn url(u: &str) -> String {
    u.replace(['<', '>', ' ', '\n'], "")
}

/// How a claim is laid out: a list item of a panel, or the footnote of its
/// quote in the article view.
#[derive(Clone, Copy)]
enum Style {
    List,
    Footnote(usize),
}

/// Write a report as Markdown.
pub fn write(r: &Report<'_>) -> String {
    let mut s = String::new();
    header(&mut s, r);
    match &r.body {
        Body::Panel(p) => panel(&mut s, p),
        Body::Matrix(m) => matrix(&mut s, m),
        Body::Article(a) => article(&mut s, a),
    }
    while s.ends_with("\n\n") {
        s.pop();
    }
    s
}

fn header(s: &mut String, r: &Report<'_>) {
    let doc = r.doc;
    s.push_str(&format!("# {}\n\n", escape(&doc.title)));
    s.push_str(&format!("- **Date:** {}\n", escape(&doc.date)));
    if let Some(src) = &doc.source {
        if let Some(o) = &src.outlet {
            s.push_str(&format!("- **Source:** {}\n", escape(o)));
        }
        if let Some(u) = &src.url {
            s.push_str(&format!("- **URL:** <{}>\n", url(u)));
        }
    }
    let cite = super::cite::Citation::of(doc).render(escape, |u| format!("<{}>", url(u)));
    s.push_str(&format!("- **Cite:** {cite}\n"));
    s.push_str(&format!("- **View:** {}\n", escape(&r.subject)));
    if let Some(banner) = r.draft_banner() {
        let rest = banner.strip_prefix("DRAFT: ").unwrap_or(&banner);
        s.push_str(&format!("- **DRAFT:** {}\n", escape(rest)));
    }
    s.push('\n');
}

fn panel(s: &mut String, p: &Panel<'_>) {
    if p.groups.is_empty() {
        s.push_str("No claims.\n");
    }
    for g in &p.groups {
        s.push_str(&format!("## {}\n\n", escape(&g.party.name)));
        if !p.topic_headings {
            let mut any = false;
            for it in g.topics.iter().flat_map(|t| &t.items) {
                item(s, it, Style::List);
                any = true;
            }
            if !any {
                s.push_str("*(no stated position)*\n\n");
            }
            continue;
        }
        for t in &g.topics {
            s.push_str(&format!("### {}\n\n", escape(&t.topic.label)));
            if t.items.is_empty() {
                s.push_str("*(no stated position)*\n\n");
            }
            for it in &t.items {
                item(s, it, Style::List);
            }
        }
    }
}

/// One claim as a list item (`- `), or as the footnote `[^n]` of its quote
/// in the article view (which also names the party and topic).
fn item(s: &mut String, it: &Item<'_>, style: Style) {
    let c = it.claim;
    let (lead, ind) = match style {
        Style::Footnote(n) => (format!("[^{n}]: "), "    ".to_string()),
        Style::List => ("- ".to_string(), "  ".to_string()),
    };
    let note = matches!(style, Style::Footnote(_));
    let draft = if it.is_draft() { "**DRAFT** " } else { "" };
    s.push_str(&format!(
        "{lead}{draft}**{}:** {}\n\n",
        c.stance.badge(),
        escape(&c.target)
    ));
    s.push_str(&format!("{ind}{}\n\n", escape(&c.summary)));
    // A block quote per line of the quote (one line in most articles).
    for l in it.quote.trim().split('\n') {
        s.push_str(&format!("{ind}> {}\n", escape(l)));
    }
    s.push('\n');
    let mut meta = Vec::new();
    if note {
        meta.push(format!(
            "Party: {}, on {}",
            escape(&it.party.name),
            escape(&it.topic.label)
        ));
    }
    meta.push(format!(
        "Speaker: {} ({}, ¶{})",
        escape(&c.speaker),
        it.mode_words(),
        it.paragraph
    ));
    if let Some(cond) = &c.condition {
        meta.push(format!("Condition: {}", escape(cond)));
    }
    if !it.opposed_by.is_empty() {
        meta.push(format!(
            "Opposed by: {}",
            it.opposed_by
                .iter()
                .map(|p| escape(&p.name))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    if let Some(d) = it.draft_note() {
        meta.push(format!("Draft: {}", escape(&d)));
    }
    meta.push(format!("Claim: {}", code(&c.id)));
    s.push_str(&format!("{ind}{}\n\n", meta.join(&format!("\\\n{ind}"))));
}

fn matrix(s: &mut String, m: &Matrix<'_>) {
    s.push_str("| Party |");
    for t in &m.topics {
        s.push_str(&format!(" {} |", escape(&t.label)));
    }
    s.push_str("\n| --- |");
    for _ in &m.topics {
        s.push_str(" --- |");
    }
    s.push('\n');
    for (p, row) in m.parties.iter().zip(&m.cells) {
        s.push_str(&format!("| **{}** |", escape(&p.name)));
        for cell in row {
            if cell.entries.is_empty() {
                s.push_str(" *(no stated position)* |");
                continue;
            }
            let entries: Vec<String> = cell
                .entries
                .iter()
                .map(|e| {
                    let mark = if e.opposed_by.is_empty() {
                        ""
                    } else {
                        "**!** "
                    };
                    let n = if e.claims.len() > 1 {
                        format!(" ({} claims)", e.claims.len())
                    } else {
                        String::new()
                    };
                    format!("{mark}{}: {}{n}", e.stance.badge(), escape(e.target))
                })
                .collect();
            s.push_str(&format!(" {} |", entries.join("<br>")));
        }
        s.push('\n');
    }
    s.push_str(
        "\n**!** marks a position another party opposes: the opposite stance toward the same target (see Conflicts).\n\n",
    );
    s.push_str("## Conflicts\n\n");
    if m.conflicts.is_empty() {
        s.push_str("None: no two parties take opposite stances toward the same target.\n");
        return;
    }
    for c in &m.conflicts {
        s.push_str(&format!("- **{}**\n", escape(c.target)));
        for (badge, side) in [("FAVOR", &c.favor), ("AGAINST", &c.against)] {
            let mut parts: Vec<(&str, Vec<String>)> = Vec::new();
            for (p, cl) in side.iter() {
                match parts.iter_mut().find(|(name, _)| *name == p.name) {
                    Some((_, ids)) => ids.push(code(&cl.id)),
                    None => parts.push((&p.name, vec![code(&cl.id)])),
                }
            }
            let words = parts
                .iter()
                .map(|(name, ids)| format!("{} ({})", escape(name), ids.join(", ")))
                .collect::<Vec<_>>()
                .join("; ");
            s.push_str(&format!("  - {badge}: {words}\n"));
        }
    }
}

fn article(s: &mut String, a: &ArticleBody<'_>) {
    s.push_str("## Article\n\n");
    s.push_str("Each quote is followed by a numbered footnote that gives its claim.\n\n");
    for p in &a.paragraphs {
        let mut para = String::new();
        for (k, piece) in p.iter().enumerate() {
            match piece {
                Piece::Text(t) => {
                    let mut t: &str = t;
                    if k == 0 {
                        t = t.trim_start();
                    }
                    if k + 1 == p.len() {
                        t = t.trim_end();
                    }
                    para.push_str(&escape_piece(t, para.is_empty()));
                }
                // The footnote mark follows the quote; its start is not
                // marked (the footnote repeats the quote).
                Piece::Open(_) => {}
                Piece::Close(n) => {
                    para.truncate(para.trim_end().len());
                    para.push_str(&format!("[^{n}]"));
                }
            }
        }
        s.push_str(&para);
        s.push_str("\n\n");
    }
    if a.notes.is_empty() {
        s.push_str("No claims.\n");
    }
    for (k, it) in a.notes.iter().enumerate() {
        item(s, it, Style::Footnote(k + 1));
    }
}
