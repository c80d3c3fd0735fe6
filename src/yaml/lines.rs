//! The line lane: the items of a plain top-level `claims:` block list, cut
//! by lines, and each simple item (`key: value` lines, plain or one-line
//! double-quoted values) read without the event parser. Anything else in an
//! item (block scalars, flow collections, continuation lines, comments after
//! a value, unusual escapes...) sends that item to the event parser; the
//! result is the same tree (tests, and the fuzz target, compare them).

use std::borrow::Cow;

use super::{scalar, Node, SmallPos, Value};
use granit_parser::ScalarStyle;

/// Where the items of the top-level block list `claims:` are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    /// Byte where each item's first line starts (the list's own lines).
    pub items: Vec<usize>,
    /// Byte where the list ends (the next top-level line, or the end).
    pub end: usize,
    /// Line and column (1-based) of the first item's `-`.
    pub first_dash: (usize, usize),
}

/// The layout of a `claims:` block list whose items each start with a line
/// `- ` at one indentation. `None` when the layout is anything but plain:
/// a flow list, anchors or aliases anywhere, tabs, documents markers, or no
/// top-level `claims:` line.
pub fn claims_layout(src: &str) -> Option<Layout> {
    // Anchors and aliases could cross items: be conservative.
    if src.bytes().any(|b| matches!(b, b'&' | b'*' | b'\t')) {
        return None;
    }
    let start = if src.starts_with("claims:") {
        0
    } else {
        src.find("\nclaims:")? + 1
    };
    let header_end = start + src[start..].find('\n')? + 1;
    if !src[start + "claims:".len()..header_end].trim().is_empty() {
        return None;
    }
    let mut end = src.len();
    let mut items: Vec<usize> = Vec::new();
    let mut indent: Option<usize> = None;
    let mut at = header_end;
    for line in lines(&src[header_end..]) {
        let t = line.trim_start_matches(' ');
        let ind = line.len() - t.len();
        let blank = t.trim().is_empty() || t.starts_with('#');
        if t.starts_with("---") || t.starts_with("...") {
            return None;
        }
        // The list runs until the next line at column 0 that is not a
        // comment, a blank or (for a list at column 0) an item.
        if !blank && ind == 0 && !(t.starts_with("- ") && indent.is_none_or(|i| i == 0)) {
            end = at;
            break;
        }
        if !blank && t.starts_with('-') && (t.starts_with("- ") || t.trim_end() == "-") {
            match indent {
                None => {
                    indent = Some(ind);
                    items.push(at);
                }
                Some(i) if i == ind => items.push(at),
                _ => {}
            }
        }
        at += line.len();
    }
    let first = *items.first()?;
    let line = src[..first].bytes().filter(|&b| b == b'\n').count() + 1;
    Some(Layout {
        items,
        end,
        first_dash: (line, indent.unwrap_or(0) + 1),
    })
}

/// Read the item in `src[start..end]` (its first line at 1-based `line`)
/// if it is simple: its mapping node and byte range. `None` sends it to the
/// event parser.
pub fn simple_item(
    src: &str,
    start: usize,
    end: usize,
    line: usize,
) -> Option<(Node<'_>, usize, usize)> {
    let mut entries: Vec<(Node, Node)> = Vec::with_capacity(16);
    let mut key_col: Option<usize> = None;
    let (mut first, mut last) = (0usize, 0usize);
    let mut at = start;
    for (n, l) in lines(src.get(start..end)?).enumerate() {
        let line_start = at;
        at += l.len();
        let body = l.strip_suffix('\n').unwrap_or(l);
        if !printable(body.as_bytes()) {
            return None;
        }
        let rest = body.trim_start_matches(' ');
        let mut col = body.len() - rest.len();
        if rest.is_empty() || rest.starts_with('#') {
            continue;
        }
        let rest = match key_col {
            Some(k) if k == col => rest,
            Some(_) => return None,
            None => {
                // The item's first line: `- key: value`.
                let after = rest.strip_prefix("- ")?;
                let keys = after.trim_start_matches(' ');
                col += rest.len() - keys.len();
                key_col = Some(col);
                keys
            }
        };
        let (key, value) = entry(src, line_start + col, rest, line + n, col)?;
        if entries.is_empty() {
            first = line_start + col;
        }
        last = value.1;
        entries.push((key, value.0));
    }
    let pos = entries.first().map(|(k, _)| k.pos)?;
    if super::has_duplicate_keys(&entries) {
        return None;
    }
    Some((
        Node {
            value: Value::Map(entries),
            pos,
        },
        first,
        last,
    ))
}

/// One `key: value` line (`text` starts at the key, at byte `at` of `src`,
/// column `col` 0-based): the key, and the value with the byte where it
/// ends.
fn entry<'a>(
    src: &'a str,
    at: usize,
    text: &'a str,
    line: usize,
    col: usize,
) -> Option<(Node<'a>, (Node<'a>, usize))> {
    let colon = text.bytes().position(|b| b == b':')?;
    let key = &text[..colon];
    let kb = key.as_bytes();
    if !kb.first()?.is_ascii_alphabetic()
        || !kb
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-'))
    {
        return None;
    }
    let after = text[colon + 1..].strip_prefix(' ')?;
    let value = after.trim_start_matches(' ');
    if value.is_empty() {
        return None;
    }
    let vcol = col + (text.len() - value.len());
    let vat = at + (text.len() - value.len());
    let key = match scalar(Cow::Borrowed(key), ScalarStyle::Plain) {
        Ok(v @ Value::Str(_)) => Node {
            value: v,
            pos: SmallPos::new(line, col + 1),
        },
        _ => return None,
    };
    let (v, len) = if value.starts_with('"') {
        double_quoted(value)?
    } else {
        plain(value)?
    };
    // Only spaces may follow a value.
    if !value[len..].bytes().all(|b| b == b' ') {
        return None;
    }
    let _ = src;
    let node = Node {
        value: v,
        pos: SmallPos::new(line, vcol + 1),
    };
    Some((key, (node, vat + len)))
}

/// A plain scalar filling the rest of a line: its value and length.
fn plain(text: &str) -> Option<(Value<'_>, usize)> {
    let v = text.trim_end_matches(' ');
    let first = *v.as_bytes().first()?;
    if b"-?:,[]{}#&*!|>'\"%@`".contains(&first) || v.ends_with(':') {
        return None;
    }
    // `: ` would start a mapping, ` #` a comment.
    let b = v.as_bytes();
    let pair = |i: usize| (b[i], b[i + 1]);
    if (0..b.len().saturating_sub(1)).any(|i| matches!(pair(i), (b':', b' ') | (b' ', b'#'))) {
        return None;
    }
    let value = scalar(Cow::Borrowed(v), ScalarStyle::Plain).ok()?;
    Some((value, v.len()))
}

/// A double-quoted scalar that closes on its line: its value and length
/// (quotes included). Only the common escapes; `None` for any other.
fn double_quoted(text: &str) -> Option<(Value<'_>, usize)> {
    let inner = text.get(1..)?;
    let b = inner.as_bytes();
    let close = b.iter().position(|&c| c == b'"' || c == b'\\')?;
    if b[close] == b'"' {
        return Some((Value::Str(Cow::Borrowed(&inner[..close])), close + 2));
    }
    let mut out = String::with_capacity(inner.len());
    let mut i = 0usize;
    loop {
        let j = i + inner.get(i..)?.find(['"', '\\'])?;
        out.push_str(&inner[i..j]);
        if b[j] == b'"' {
            return Some((Value::Str(Cow::Owned(out)), j + 2));
        }
        let (c, used) = escape(inner.get(j + 1..)?)?;
        out.push(c);
        i = j + 1 + used;
    }
}

/// The character of an escape (after the `\`) and the bytes it takes.
fn escape(s: &str) -> Option<(char, usize)> {
    let c = *s.as_bytes().first()?;
    let hex = |n: usize| {
        let h = s.get(1..1 + n)?;
        if !h.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let v = u32::from_str_radix(h, 16).ok()?;
        Some((char::from_u32(v)?, 1 + n))
    };
    let simple = |ch: char| Some((ch, 1));
    match c {
        b'0' => simple('\0'),
        b'a' => simple('\u{7}'),
        b'b' => simple('\u{8}'),
        b't' => simple('\t'),
        b'n' => simple('\n'),
        b'v' => simple('\u{b}'),
        b'f' => simple('\u{c}'),
        b'r' => simple('\r'),
        b'e' => simple('\u{1b}'),
        b'"' => simple('"'),
        b'/' => simple('/'),
        b'\\' => simple('\\'),
        b'N' => simple('\u{85}'),
        b'_' => simple('\u{a0}'),
        b'L' => simple('\u{2028}'),
        b'P' => simple('\u{2029}'),
        b'x' => hex(2),
        b'u' => hex(4),
        b'U' => hex(8),
        _ => None,
    }
}

/// The lines of `s`, each with its `\n` (a plain loop: lines are short).
fn lines(s: &str) -> impl Iterator<Item = &str> {
    let b = s.as_bytes();
    let mut at = 0usize;
    std::iter::from_fn(move || {
        if at >= b.len() {
            return None;
        }
        let start = at;
        while at < b.len() && b[at] != b'\n' {
            at += 1;
        }
        at = (at + 1).min(b.len());
        s.get(start..at)
    })
}

/// True when a line holds only YAML's printable characters, none of them a
/// line break in some YAML version (no controls, DEL, C1 controls, U+2028,
/// U+2029, byte order mark, U+FFFE, U+FFFF).
fn printable(b: &[u8]) -> bool {
    let mut i = 0usize;
    while let Some(&c) = b.get(i) {
        // Printable ASCII, eight bytes at a time.
        if let Some(w) = crate::sanitize::word_at(b, i) {
            if crate::sanitize::ascii_printable(w) {
                i += 8;
                continue;
            }
        }
        if c < 0x20 || c == 0x7f {
            return false;
        }
        match (c, b.get(i + 1), b.get(i + 2)) {
            (0xC2, Some(0x80..=0x9F), _)
            | (0xE2, Some(0x80), Some(0xA8 | 0xA9))
            | (0xEF, Some(0xBB), Some(0xBF))
            | (0xEF, Some(0xBF), Some(0xBE | 0xBF)) => return false,
            _ => {}
        }
        i += 1;
    }
    true
}
