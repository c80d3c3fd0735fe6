//! Writing one YAML scalar in a chosen style, safely: every candidate is
//! read back with the loader's own parser ([`crate::yaml::parse`]) and used
//! only if it gives exactly the value (as text, not a number or a boolean);
//! otherwise the value is written double-quoted, which is always safe.

use super::source::Style;
use crate::sanitize::sanitize;
use crate::yaml::{self, Value};

/// A value to write.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Val<'a> {
    /// Text: a speaker, a quote...
    Text(&'a str),
    /// A word from a closed set or an id (`favor`, `us`).
    Word(&'a str),
    /// A number (`confidence`).
    Num(f64),
}

/// Where the scalar goes.
#[derive(Debug, Clone, Copy)]
pub struct Place<'a> {
    /// Inside `{...}` or `[...]`.
    pub flow: bool,
    /// Columns of indentation for block scalar content.
    pub indent: usize,
    /// The file's line break.
    pub eol: &'a str,
    /// The header of a block scalar (`>-`), when the style is a block one.
    pub header: Option<&'a str>,
}

/// Columns a folded block scalar is wrapped to.
pub const WRAP: usize = 80;

/// YAML double-quoted scalar (always valid). Runs of characters that need
/// no escape are copied whole.
pub fn double_quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    let bytes = s.as_bytes();
    let (mut run, mut i) = (0usize, 0usize);
    while let Some(&b) = bytes.get(i) {
        // Only these bytes start a character that may need an escape:
        // ASCII controls, quote, backslash, and the lead bytes of
        // U+0080..U+009F, U+2028/U+2029 and U+FEFF/U+FFFE/U+FFFF.
        if !(b < 0x20 || matches!(b, b'"' | b'\\' | 0x7f | 0xC2 | 0xE2 | 0xEF)) {
            i += 1;
            continue;
        }
        let Some(c) = s.get(i..).and_then(|t| t.chars().next()) else {
            break;
        };
        let next = i + c.len_utf8();
        if let Some(e) = escape(c) {
            out.push_str(&s[run..i]);
            out.push_str(&e);
            run = next;
        }
        i = next;
    }
    out.push_str(&s[run..]);
    out.push('"');
    out
}

/// The escape of a character in a double-quoted scalar, if it needs one.
fn escape(c: char) -> Option<std::borrow::Cow<'static, str>> {
    Some(match c {
        '\\' => "\\\\".into(),
        '"' => "\\\"".into(),
        '\n' => "\\n".into(),
        '\t' => "\\t".into(),
        '\r' => "\\r".into(),
        c if c.is_control()
            || matches!(
                c,
                '\u{FEFF}' | '\u{FFFE}' | '\u{FFFF}' | '\u{2028}' | '\u{2029}'
            ) =>
        {
            let n = c as u32;
            if n <= 0xFFFF {
                format!("\\u{n:04X}").into()
            } else {
                format!("\\U{n:08X}").into()
            }
        }
        _ => return None,
    })
}

/// Characters that may not start a plain scalar.
const INDICATORS: &[char] = &[
    '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`',
];

/// A plain scalar, if `s` can be one (checked again by reading it back).
fn plain(s: &str, flow: bool) -> Option<String> {
    let first = s.chars().next()?;
    let bad = INDICATORS.contains(&first)
        || s != s.trim()
        || s.contains(": ")
        || s.contains(" #")
        || s.ends_with(':')
        || s.chars().any(|c| c.is_control() || c == '\u{FEFF}')
        || (flow && s.contains([',', '[', ']', '{', '}']));
    (!bad).then(|| s.to_string())
}

fn single_quoted(s: &str) -> Option<String> {
    if s.chars().any(|c| c.is_control()) || s != s.trim() {
        return None;
    }
    Some(format!("'{}'", s.replace('\'', "''")))
}

/// Break `s` at single spaces into lines of at most `width` characters (a
/// longer word stays whole). Breaking only where one space separates two
/// other characters keeps the folded value exact.
fn fold_lines(s: &str, width: usize) -> Vec<&str> {
    let b = s.as_bytes();
    let breaks = (1..b.len())
        .filter(|&i| b[i] == b' ' && b[i - 1] != b' ' && b.get(i + 1).is_some_and(|&n| n != b' '));
    let mut lines = Vec::new();
    let mut start = 0;
    let mut last: Option<usize> = None;
    for k in breaks.chain(std::iter::once(s.len())) {
        if s[start..k].chars().count() > width {
            if let Some(l) = last.take() {
                lines.push(&s[start..l]);
                start = l + 1;
            }
        }
        if k < s.len() {
            last = Some(k);
        }
    }
    lines.push(&s[start..]);
    lines
}

fn block(s: &str, style: Style, p: &Place) -> Option<String> {
    let header = p.header?;
    if header.bytes().any(|b| b.is_ascii_digit()) || s.is_empty() || s.starts_with(' ') {
        return None;
    }
    let pad = " ".repeat(p.indent.max(1));
    let lines: Vec<&str> = match style {
        Style::Folded => {
            if s.contains('\n') {
                return None;
            }
            fold_lines(s, WRAP.saturating_sub(p.indent).max(40))
        }
        _ => s.split('\n').collect(),
    };
    let mut out = String::from(header);
    for l in lines {
        out.push_str(p.eol);
        if !l.is_empty() {
            out.push_str(&pad);
            out.push_str(l);
        }
    }
    Some(out)
}

/// Does `text`, written as the value of a key, read back as `v`?
pub fn reads_back(text: &str, v: Val, flow: bool) -> bool {
    let doc = if flow {
        format!("k: [{text}]")
    } else {
        format!("k: {text}")
    };
    let Ok(node) = yaml::parse(&doc) else {
        return false;
    };
    let Value::Map(entries) = node.value else {
        return false;
    };
    let Some((_, mut got)) = entries.into_iter().next() else {
        return false;
    };
    if flow {
        match got.value {
            Value::Seq(mut items) if items.len() == 1 => match items.pop() {
                Some(n) => got = n,
                None => return false,
            },
            _ => return false,
        }
    }
    match (v, &got.value) {
        (Val::Text(s) | Val::Word(s), Value::Str(g)) => sanitize(g.trim()) == s,
        (Val::Num(x), Value::Float(g)) => *g == x,
        (Val::Num(x), Value::Int(g)) => *g as f64 == x,
        _ => false,
    }
}

/// The value written in `style` if that reads back exactly, else
/// double-quoted. Block styles need `place.header`.
pub fn write(v: Val, style: Style, place: &Place) -> String {
    let s = match v {
        Val::Num(x) => return format!("{x}"),
        Val::Text(s) | Val::Word(s) => s,
    };
    let candidate = match style {
        Style::Plain => plain(s, place.flow),
        Style::Single => single_quoted(s),
        Style::Double => None,
        Style::Literal | Style::Folded if !place.flow => block(s, style, place),
        Style::Literal | Style::Folded => None,
    };
    match candidate {
        Some(c) if verified(&readback_form(&c, place), v, place.flow) => c,
        _ => double_quoted(s),
    }
}

thread_local! {
    /// Candidates already read back (accepting 10,000 drafts writes
    /// `reviewed` 10,000 times).
    static VERIFIED: std::cell::RefCell<std::collections::HashMap<String, bool>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// [`reads_back`], remembered.
fn verified(text: &str, v: Val, flow: bool) -> bool {
    let key = format!("{flow}\u{0}{v:?}\u{0}{text}");
    if let Some(ok) = VERIFIED.with(|m| m.borrow().get(&key).copied()) {
        return ok;
    }
    let ok = reads_back(text, v, flow);
    VERIFIED.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() > 4096 {
            m.clear();
        }
        m.insert(key, ok);
    });
    ok
}

/// A block scalar re-indented for reading back as the value of a key at
/// column 0 (its content keeps its relative layout).
fn readback_form(c: &str, place: &Place) -> String {
    if place.header.is_some() && c.contains('\n') {
        c.replace("\r\n", "\n")
    } else {
        c.to_string()
    }
}

/// The style a new value takes when the file's own style for this field is
/// `pref`: a block style only for text that does not fit on one line.
pub fn new_style(pref: Style, v: Val, key: &str, indent: usize, flow: bool) -> Style {
    match (pref, v) {
        (_, Val::Num(_)) => Style::Plain,
        (Style::Folded | Style::Literal, Val::Text(s)) if !flow => {
            let fits = indent + key.len() + 2 + s.chars().count() <= WRAP && !s.contains('\n');
            if fits {
                Style::Plain
            } else if s.contains('\n') {
                Style::Literal
            } else {
                Style::Folded
            }
        }
        (Style::Folded | Style::Literal, _) => Style::Plain,
        (p, _) => p,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BLOCK: Place = Place {
        flow: false,
        indent: 4,
        eol: "\n",
        header: None,
    };

    fn w(v: Val, style: Style) -> String {
        write(v, style, &BLOCK)
    }

    #[test]
    fn plain_when_safe_else_double_quoted() {
        assert_eq!(w(Val::Text("Donald Trump"), Style::Plain), "Donald Trump");
        for tricky in [
            "yes", "null", "1.5", "12", "- x", "a: b", "a #b", "#x", "'q", "\"q", "x:", "~",
            "true", "0x1F", ".inf", "[a]", "{a}", "*a", "&a", "!t", "@x", "`x", "%x", "|", ">",
        ] {
            let out = w(Val::Text(tricky), Style::Plain);
            assert!(out.starts_with('"'), "{tricky} -> {out}");
            assert!(reads_back(&out, Val::Text(tricky), false), "{tricky}");
        }
        let flow = Place {
            flow: true,
            ..BLOCK
        };
        assert_eq!(write(Val::Text("a, b"), Style::Plain, &flow), "\"a, b\"");
        assert_eq!(write(Val::Text("a b"), Style::Plain, &flow), "a b");
    }

    #[test]
    fn quoted_styles_are_kept() {
        assert_eq!(w(Val::Text("it's"), Style::Single), "'it''s'");
        assert_eq!(
            w(Val::Text("a \"b\" \\"), Style::Double),
            "\"a \\\"b\\\" \\\\\""
        );
        assert_eq!(
            w(Val::Text("line\nbreak"), Style::Single),
            "\"line\\nbreak\""
        );
        assert_eq!(double_quoted("\u{7}"), "\"\\u0007\"");
    }

    #[test]
    fn numbers_and_words() {
        assert_eq!(w(Val::Num(0.8), Style::Plain), "0.8");
        assert!(reads_back("0.8", Val::Num(0.8), false));
        assert!(reads_back("1", Val::Num(1.0), false));
        assert_eq!(w(Val::Word("reviewed"), Style::Plain), "reviewed");
        assert_eq!(w(Val::Word("reviewed"), Style::Double), "\"reviewed\"");
    }

    #[test]
    fn folded_and_literal_blocks() {
        let p = Place {
            header: Some(">-"),
            indent: 6,
            ..BLOCK
        };
        let long = "word ".repeat(40);
        let long = long.trim();
        let out = write(Val::Text(long), Style::Folded, &p);
        assert!(out.starts_with(">-\n      word word"), "{out}");
        assert!(out.lines().skip(1).all(|l| l.len() <= WRAP), "{out}");
        assert!(out.lines().count() > 2);
        // Double spaces are never broken, so the value stays exact.
        let spaced = format!("{long}  two  spaces {long}");
        let out = write(Val::Text(&spaced), Style::Folded, &p);
        assert!(out.starts_with(">-"), "{out}");
        assert!(reads_back(&out, Val::Text(&spaced), false));
        // A line break cannot be folded: double quotes.
        assert!(write(Val::Text("a\nb"), Style::Folded, &p).starts_with('"'));
        let lit = Place {
            header: Some("|"),
            ..p
        };
        let out = write(Val::Text("a\n  b\n\nc"), Style::Literal, &lit);
        assert_eq!(out, "|\n      a\n        b\n\n      c");
        let crlf = Place { eol: "\r\n", ..p };
        let out = write(Val::Text(long), Style::Folded, &crlf);
        assert!(out.contains("\r\n      word"), "{out}");
        // An indentation indicator is not kept.
        let ind = Place {
            header: Some("|2"),
            ..p
        };
        assert!(write(Val::Text("x"), Style::Literal, &ind).starts_with('"'));
    }

    #[test]
    fn new_values_take_a_block_style_only_when_long() {
        let long = "x ".repeat(60);
        assert_eq!(
            new_style(Style::Folded, Val::Text("short"), "quote", 4, false),
            Style::Plain
        );
        assert_eq!(
            new_style(Style::Folded, Val::Text(&long), "quote", 4, false),
            Style::Folded
        );
        assert_eq!(
            new_style(Style::Folded, Val::Text(&long), "quote", 4, true),
            Style::Plain
        );
        assert_eq!(
            new_style(Style::Double, Val::Word("favor"), "stance", 4, false),
            Style::Double
        );
    }
}
