//! Text sanitising: applied once, where text enters the model (the article and
//! every string of an annotation), so that nothing downstream ever sees a
//! control character, a bidi override or a stray line ending.
//!
//! The rules:
//! - line endings (CRLF, CR, U+0085, U+2028, U+2029) become `\n`;
//! - Unicode NFC;
//! - tabs expand to spaces (tab stops every [`TAB_WIDTH`] columns);
//! - other C0 controls, DEL and C1 controls become visible placeholders
//!   (the Control Pictures block, `␛` for ESC, `�` for C1);
//! - bidi embeddings, overrides and isolates (U+202A-202E, U+2066-2069),
//!   zero-width spaces/joiners that are not needed for emoji or scripts
//!   (U+200B, U+2060, U+FEFF, U+180E) and tag characters (U+E0000-E007F) are
//!   removed.
//!
//! Sanitising twice changes nothing (`sanitize(sanitize(s)) == sanitize(s)`).

use unicode_normalization::{is_nfc, is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Columns between tab stops when tabs are expanded.
pub const TAB_WIDTH: usize = 4;

/// True when `c` is removed entirely by [`sanitize`].
pub fn is_stripped(c: char) -> bool {
    matches!(c,
        '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{180E}'
        | '\u{E0000}'..='\u{E007F}')
}

/// The visible placeholder for a control character, or `None` when `c` is
/// not a control character (or is `\n`, the one control that is kept).
pub fn placeholder(c: char) -> Option<char> {
    match c {
        '\n' => None,
        '\u{1B}' => Some('\u{241B}'),
        '\u{0}'..='\u{1F}' => char::from_u32(0x2400 + c as u32),
        '\u{7F}' => Some('\u{2421}'),
        '\u{80}'..='\u{9F}' => Some('\u{FFFD}'),
        _ => None,
    }
}

/// True when `s` is already in sanitised form (cheap check, no allocation).
pub fn is_clean(s: &str) -> bool {
    if s.is_ascii() {
        return !s.bytes().any(|b| (b < 0x20 && b != b'\n') || b == 0x7f);
    }
    s.chars().all(|c| {
        c == '\n'
            || !(c.is_control()
                || is_stripped(c)
                || matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}'))
    }) && match is_nfc_quick(s.chars()) {
        IsNormalized::Yes => true,
        IsNormalized::No => false,
        IsNormalized::Maybe => is_nfc(s),
    }
}

/// Sanitise `s` (see the module documentation). Idempotent.
pub fn sanitize(s: &str) -> String {
    if is_clean(s) {
        return s.to_string();
    }
    // Pass 1: line endings, stripping.
    let mut lines = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                lines.push('\n');
            }
            '\u{85}' | '\u{2028}' | '\u{2029}' => lines.push('\n'),
            c if is_stripped(c) => {}
            c => lines.push(c),
        }
    }
    // Pass 2: NFC (may merge combining marks), then tabs and controls.
    let mut out = String::with_capacity(lines.len());
    let mut col = 0usize;
    for c in lines.nfc() {
        match c {
            '\n' => {
                out.push('\n');
                col = 0;
            }
            '\t' => {
                let n = TAB_WIDTH - col % TAB_WIDTH;
                out.extend(std::iter::repeat_n(' ', n));
                col += n;
            }
            c => {
                // NFC can recompose into a stripped char? No: none of the
                // stripped characters have decompositions. Controls neither.
                out.push(placeholder(c).unwrap_or(c));
                col += 1;
            }
        }
    }
    out
}

/// [`sanitize`] for an owned string: no copy when it is already clean.
pub fn sanitize_owned(s: String) -> String {
    if is_clean(&s) {
        s
    } else {
        sanitize(&s)
    }
}

/// True when nothing in `s` could drive a terminal: no ESC, BEL, C0/C1
/// controls other than `\n`, no bidi controls.
pub fn is_terminal_safe(s: &str) -> bool {
    s.chars()
        .all(|c| c == '\n' || !(c.is_control() || is_stripped(c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_endings_become_newlines() {
        assert_eq!(
            sanitize("a\r\nb\rc\u{2028}d\u{2029}e\u{85}f"),
            "a\nb\nc\nd\ne\nf"
        );
    }

    #[test]
    fn controls_become_visible() {
        let s = sanitize("I \x1b[31mred\x07 \u{9b}x \x7f");
        assert_eq!(s, "I \u{241B}[31mred\u{2407} \u{FFFD}x \u{2421}");
        assert!(is_terminal_safe(&s));
    }

    #[test]
    fn tabs_expand_to_stops() {
        assert_eq!(sanitize("a\tb\n\tc"), "a   b\n    c");
    }

    #[test]
    fn bidi_zero_width_and_tags_are_removed() {
        assert_eq!(
            sanitize("a\u{202E}b\u{2066}c\u{200B}d\u{FEFF}e\u{E0041}f"),
            "abcdef"
        );
        // ZWJ stays: it is part of emoji sequences.
        assert_eq!(sanitize("👩\u{200D}💻"), "👩\u{200D}💻");
    }

    #[test]
    fn nfc_is_applied() {
        assert_eq!(sanitize("e\u{301}"), "\u{e9}");
    }

    #[test]
    fn sanitising_twice_changes_nothing() {
        for s in [
            "a\r\n\tb",
            "x\u{202E}\x1b]0;t\x07",
            "e\u{301}\t\u{2028}",
            "plain",
        ] {
            let once = sanitize(s);
            assert_eq!(sanitize(&once), once);
            assert!(is_clean(&once));
        }
    }
}
