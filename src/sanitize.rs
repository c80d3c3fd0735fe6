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
///
/// A byte-level pass decides for text whose characters each stand alone
/// (ASCII, and letters and punctuation that are NFC on their own: the text
/// of almost any article); any other character sends the whole text to the
/// full check ([`is_clean_slow`]), so the answer is the same.
pub fn is_clean(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0usize;
    while i < b.len() {
        // Plain ASCII, eight bytes at a time.
        while let Some(w) = word_at(b, i) {
            if !ascii_printable(w) {
                break;
            }
            i += 8;
        }
        // Char by char to the end of that word.
        let stop = (i + 8).min(b.len());
        while let Some(&c) = b.get(i).filter(|_| i < stop) {
            if c < 0x80 {
                if (c < 0x20 && c != b'\n') || c == 0x7f {
                    return false;
                }
                i += 1;
                continue;
            }
            let Some(ch) = s.get(i..).and_then(|r| r.chars().next()) else {
                return is_clean_slow(s);
            };
            if !stands_alone(ch) {
                return is_clean_slow(s);
            }
            i += ch.len_utf8();
        }
    }
    true
}

/// The eight bytes of `b` from `i`, as one word (in text order from the
/// lowest byte), if there are eight.
pub(crate) fn word_at(b: &[u8], i: usize) -> Option<u64> {
    let w: [u8; 8] = b.get(i..i.checked_add(8)?)?.try_into().ok()?;
    Some(u64::from_le_bytes(w))
}

/// True when all eight bytes of `w` are printable ASCII (0x20..=0x7e).
pub(crate) fn ascii_printable(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // A byte below 0x20, a byte 0x7f, or a byte with its high bit set.
    let below = w.wrapping_sub(ONES * 0x20) & !w & HIGH;
    let x = w ^ (ONES * 0x7f);
    let del = x.wrapping_sub(ONES) & !x & HIGH;
    (below | del | (w & HIGH)) == 0
}

/// A non-ASCII character that is clean whatever surrounds it: not a
/// control, not stripped, not a line ending, and NFC on its own without
/// combining with a neighbour (combining class 0, NFC quick check "yes").
fn stands_alone(c: char) -> bool {
    if c < '\u{A0}' {
        return false; // C1 controls, U+0085
    }
    if ALONE.iter().any(|&(lo, hi)| (lo..=hi).contains(&c)) {
        return true;
    }
    !(is_stripped(c) || matches!(c, '\u{2028}' | '\u{2029}'))
        && unicode_normalization::char::canonical_combining_class(c) == 0
        && is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes
}

/// Ranges of characters that stand alone (see [`stands_alone`]; a test
/// checks every one): Latin, Cyrillic, punctuation, CJK ideographs, Hangul.
const ALONE: &[(char, char)] = &[
    ('\u{A0}', '\u{2FF}'),
    ('\u{400}', '\u{482}'),
    ('\u{48A}', '\u{52F}'),
    ('\u{2010}', '\u{2027}'),
    ('\u{2030}', '\u{205E}'),
    ('\u{3000}', '\u{3029}'),
    ('\u{4E00}', '\u{9FFF}'),
    ('\u{AC00}', '\u{D7A3}'),
];

/// The full check behind [`is_clean`].
pub(crate) fn is_clean_slow(s: &str) -> bool {
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

/// [`sanitize`], borrowing `s` when it is already clean.
pub fn sanitize_cow(s: &str) -> std::borrow::Cow<'_, str> {
    if is_clean(s) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(sanitize(s))
    }
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
        // Several tabs on a line: each goes to the next stop.
        assert_eq!(sanitize("a\tbc\tdefg\tx"), "a   bc  defg    x");
        assert_eq!(sanitize("\t\tx"), "        x");
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
        // Marks that compose with nothing, out of canonical order: put in
        // order (each would stand alone; together they are not clean).
        assert!(!is_clean("a\u{305}\u{316}"));
        assert_eq!(sanitize("a\u{305}\u{316}"), "a\u{316}\u{305}");
        // A character NFC replaces (a CJK compatibility ideograph).
        assert!(!is_clean("\u{F900}"));
        assert_eq!(sanitize("\u{F900}"), "\u{8C48}");
    }

    #[test]
    fn an_owned_string_is_kept_when_clean_and_sanitised_when_not() {
        assert_eq!(
            sanitize_owned("plain “text” Київ".to_string()),
            "plain “text” Київ"
        );
        assert_eq!(sanitize_owned("a\r\n\x1b".to_string()), "a\n\u{241B}");
    }

    #[test]
    fn terminal_safe_text_has_no_controls_but_line_breaks() {
        for safe in ["plain", "a\nb", "“Київ” — 和平", "", "\u{241B}[31m"] {
            assert!(is_terminal_safe(safe), "{safe:?}");
        }
        for unsafe_ in [
            "\x1b[31m",
            "a\x07",
            "\r",
            "\t",
            "\u{9b}",
            "x\u{202E}y",
            "\u{2066}",
        ] {
            assert!(!is_terminal_safe(unsafe_), "{unsafe_:?}");
        }
    }

    #[test]
    fn characters_listed_as_standing_alone_do() {
        for &(lo, hi) in ALONE {
            for c in lo..=hi {
                assert!(!c.is_control() && !is_stripped(c), "{c:?}");
                assert!(!matches!(c, '\u{2028}' | '\u{2029}'), "{c:?}");
                assert_eq!(
                    unicode_normalization::char::canonical_combining_class(c),
                    0,
                    "{c:?}"
                );
                assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
            }
        }
    }

    #[test]
    fn the_fast_cleanliness_check_agrees_with_the_full_one() {
        let pieces = [
            "a",
            " ",
            "\n",
            "\t",
            "\r",
            "\x1b",
            "\x7f",
            "\u{85}",
            "\u{9b}",
            "\u{a0}",
            "é",
            "e\u{301}",
            "\u{301}",
            "\u{2028}",
            "\u{202E}",
            "\u{200B}",
            "\u{FEFF}",
            "\u{E0041}",
            "“",
            "—",
            "Київ",
            "和平",
            "\u{2000}",
            "\u{1100}\u{1161}",
            "\u{AC00}",
            "\u{F900}",
            "👩\u{200D}💻",
            "\u{300}",
            "abcdefghijklmnop",
            "0123456789",
            "~",
            "\u{0}",
            "\u{1f}",
        ];
        let mut rng = crate::synth::Rng(0x2545_F491_4F6C_DD1D);
        for _ in 0..20_000 {
            let s = rng.text_of(&pieces, 12);
            assert_eq!(is_clean(&s), is_clean_slow(&s), "{s:?}");
        }
        let long = "plain words “and” — Київ 和平 ".repeat(1000);
        assert!(is_clean(&long));
        let combining = format!("{long}e\u{301}x");
        assert_eq!(is_clean(&combining), is_clean_slow(&combining));
    }

    /// The eight-bytes-at-a-time check: every byte value at every place,
    /// and every pair of neighbours (a borrow must not cross bytes).
    #[test]
    fn a_word_is_printable_when_each_of_its_bytes_is() {
        let printable = |b: u8| (0x20..=0x7e).contains(&b);
        for b in 0..=255u8 {
            assert_eq!(
                ascii_printable(u64::from_le_bytes([b; 8])),
                printable(b),
                "{b:#x}"
            );
            for at in 0..8 {
                let mut w = *b"abcdefgh";
                w[at] = b;
                assert_eq!(
                    ascii_printable(u64::from_le_bytes(w)),
                    printable(b),
                    "{b:#x} at {at}"
                );
            }
            for c in 0..=255u8 {
                let w = [b'x', b'y', b, c, b'z', b' ', b'~', b'!'];
                let want = printable(b) && printable(c);
                assert_eq!(
                    ascii_printable(u64::from_le_bytes(w)),
                    want,
                    "{b:#x} {c:#x}"
                );
            }
        }
        assert_eq!(
            word_at(b"abcdefghi", 1),
            Some(u64::from_le_bytes(*b"bcdefghi"))
        );
        assert_eq!(word_at(b"abcdefghi", 2), None);
        assert_eq!(word_at(b"abc", usize::MAX), None);
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
