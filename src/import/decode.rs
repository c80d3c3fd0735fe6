//! Bytes to text: byte-order marks (UTF-8, UTF-16, UTF-32), a charset the
//! user names (`--encoding`), the charset an HTML page declares, and clear
//! words for what is not text (a PDF, an archive, a binary file, bytes that
//! are not UTF-8).

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

use super::Problem;

/// Which charset a text was decoded from, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Charset {
    /// A byte-order mark said so (`"UTF-16LE"`, `"UTF-32BE"`...).
    Bom(&'static str),
    /// The user said so (`--encoding`).
    Given(&'static str),
    /// The page declared it (`<meta charset>`).
    Declared(&'static str),
    /// UTF-8 without a mark.
    Utf8,
    /// An HTML page that declares nothing and is not UTF-8: Windows-1252,
    /// as browsers assume.
    HtmlDefault,
}

impl Charset {
    /// The charset's name.
    pub fn name(self) -> &'static str {
        match self {
            Charset::Bom(n) | Charset::Given(n) | Charset::Declared(n) => n,
            Charset::Utf8 => "UTF-8",
            Charset::HtmlDefault => "windows-1252",
        }
    }
}

/// The encoding a label names (`latin1`, `windows-1252`, `iso-8859-15`,
/// `utf-16le`, `shift_jis`...; the WHATWG labels, as browsers read them), or
/// a message listing common ones.
pub fn encoding_for_label(label: &str) -> Result<&'static Encoding, String> {
    Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| {
        format!(
            "unknown encoding `{label}`; use a name such as latin1, windows-1252, iso-8859-15, \
             utf-8, utf-16le, utf-16be, shift_jis, gbk or koi8-r"
        )
    })
}

/// A known binary format, by its first bytes: what it is and what to do.
fn binary_kind(bytes: &[u8]) -> Option<(&'static str, &'static str)> {
    let head = &bytes[..bytes.len().min(1024)];
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    let head = &head[start..];
    const KINDS: &[(&[u8], &str, &str)] = &[
        (
            b"%PDF-",
            "this is a PDF",
            "convert it to text first, e.g. `pdftotext FILE.pdf`, then open the .txt file",
        ),
        (
            b"PK\x03\x04",
            "this is a ZIP archive (a .docx, .odt or .epub document?)",
            "save or convert it as plain text first, e.g. `pandoc FILE.docx -t plain -o FILE.txt`",
        ),
        (
            b"{\\rtf",
            "this is an RTF document",
            "save or convert it as plain text first, e.g. `pandoc FILE.rtf -t plain -o FILE.txt`",
        ),
        (
            b"\x1f\x8b",
            "this is a gzip-compressed file",
            "decompress it first, e.g. `gunzip -k FILE.gz`",
        ),
        (
            b"\xd0\xcf\x11\xe0",
            "this is an old Microsoft Office document",
            "save it as plain text first",
        ),
    ];
    KINDS
        .iter()
        .find(|(magic, _, _)| head.starts_with(magic))
        .map(|&(_, what, help)| (what, help))
}

/// The byte-order mark at the start, if any: its charset and length.
fn bom(bytes: &[u8]) -> Option<(Bom, usize)> {
    // UTF-32LE's mark starts like UTF-16LE's: test it first.
    if bytes.starts_with(&[0xFF, 0xFE, 0, 0]) {
        Some((Bom::Utf32(false), 4))
    } else if bytes.starts_with(&[0, 0, 0xFE, 0xFF]) {
        Some((Bom::Utf32(true), 4))
    } else {
        Encoding::for_bom(bytes).map(|(e, n)| (Bom::Encoding(e), n))
    }
}

#[derive(Clone, Copy)]
enum Bom {
    Encoding(&'static Encoding),
    /// Big-endian?
    Utf32(bool),
}

/// UTF-32 (after its mark) to text; a value that is not a character, and a
/// cut last unit, become U+FFFD.
fn decode_utf32(bytes: &[u8], big_endian: bool) -> String {
    let mut s = String::with_capacity(bytes.len() / 4);
    let mut chunks = bytes.chunks_exact(4);
    for c in &mut chunks {
        let a = [c[0], c[1], c[2], c[3]];
        let v = if big_endian {
            u32::from_be_bytes(a)
        } else {
            u32::from_le_bytes(a)
        };
        s.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
    }
    if !chunks.remainder().is_empty() {
        s.push('\u{FFFD}');
    }
    s
}

/// The charset an HTML page declares in its first 1,024 bytes (`<meta
/// charset="...">`, `<meta http-equiv="Content-Type" content="...;
/// charset=...">`, or an XML declaration's `encoding="..."`). A page that
/// declares UTF-16 without a byte-order mark is read as UTF-8, as browsers
/// do.
pub fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(1024)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let value_after = |at: usize| -> Option<&'static Encoding> {
        let rest = &lower[at..];
        let rest = rest.strip_prefix(b"=").or_else(|| {
            let t = rest.iter().position(|b| !b.is_ascii_whitespace())?;
            rest[t..].strip_prefix(b"=")
        })?;
        let skip = rest
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(rest.len());
        let rest = &rest[skip..];
        let rest = rest
            .strip_prefix(b"\"")
            .or_else(|| rest.strip_prefix(b"'"))
            .unwrap_or(rest);
        let end = rest
            .iter()
            .position(|&b| {
                matches!(
                    b,
                    b'"' | b'\'' | b';' | b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r'
                )
            })
            .unwrap_or(rest.len());
        let e = Encoding::for_label(&rest[..end])?;
        Some(if e == UTF_16LE || e == UTF_16BE {
            UTF_8
        } else {
            e
        })
    };
    let find = |needle: &[u8], from: usize| -> Option<usize> {
        lower
            .get(from..)?
            .windows(needle.len())
            .position(|w| w == needle)
            .map(|i| i + from)
    };
    // `charset` inside a <meta ...> tag.
    let mut from = 0;
    while let Some(m) = find(b"<meta", from) {
        let end = find(b">", m).unwrap_or(lower.len());
        let mut at = m;
        while let Some(c) = find(b"charset", at).filter(|&c| c < end) {
            if let Some(e) = value_after(c + b"charset".len()) {
                return Some(e);
            }
            at = c + 1;
        }
        from = m + 1;
    }
    if lower.starts_with(b"<?xml") {
        let end = find(b"?>", 0).unwrap_or(lower.len());
        if let Some(c) = find(b"encoding", 0).filter(|&c| c < end) {
            return value_after(c + b"encoding".len());
        }
    }
    None
}

/// Bytes to text. In order: a known binary format is refused with what to
/// do; a byte-order mark decides; then the charset the user gave; then, for
/// HTML, the page's declared charset, else UTF-8, else Windows-1252; plain
/// text must be UTF-8 (the error says how to name another charset).
/// `what` names the input in messages ("article", "page").
pub fn decode(
    bytes: &[u8],
    given: Option<&'static Encoding>,
    html: bool,
    what: &str,
) -> Result<(String, Charset), Problem> {
    if let Some((kind, help)) = binary_kind(bytes) {
        return Err(Problem::new(format!("{kind}, not a text {what}"), help));
    }
    if let Some((b, n)) = bom(bytes) {
        let body = &bytes[n..];
        return Ok(match b {
            Bom::Utf32(be) => (
                decode_utf32(body, be),
                Charset::Bom(if be { "UTF-32BE" } else { "UTF-32LE" }),
            ),
            Bom::Encoding(e) => (
                e.decode_without_bom_handling(body).0.into_owned(),
                Charset::Bom(e.name()),
            ),
        });
    }
    if let Some(e) = given {
        return Ok((
            e.decode_without_bom_handling(bytes).0.into_owned(),
            Charset::Given(e.name()),
        ));
    }
    if html {
        if let Some(e) = declared_charset(bytes) {
            return Ok((
                e.decode_without_bom_handling(bytes).0.into_owned(),
                Charset::Declared(e.name()),
            ));
        }
        return Ok(match std::str::from_utf8(bytes) {
            Ok(s) => (s.to_string(), Charset::Utf8),
            Err(_) => (
                WINDOWS_1252
                    .decode_without_bom_handling(bytes)
                    .0
                    .into_owned(),
                Charset::HtmlDefault,
            ),
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((s.to_string(), Charset::Utf8)),
        Err(e) => Err(not_utf8(bytes, e.valid_up_to(), what)),
    }
}

/// The error for bytes that are not UTF-8: where, whether it looks binary,
/// and how to say which charset it is.
fn not_utf8(bytes: &[u8], valid_up_to: usize, what: &str) -> Problem {
    let good = &bytes[..valid_up_to];
    let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let col = String::from_utf8_lossy(&good[line_start..]).chars().count() + 1;
    let binary = bytes.iter().take(8192).any(|&b| b == 0);
    Problem::new(
        format!(
            "the {what} is not UTF-8 text{} (first invalid byte at line {line}, column {col})",
            if binary {
                "; it looks like a binary file"
            } else {
                ""
            }
        ),
        "if you know its charset, name it, e.g. `--encoding latin1` or `--encoding windows-1252`; \
         or convert it to UTF-8, e.g. `iconv -f latin1 -t utf-8 FILE > FILE.utf8`",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(s: &str, be: bool) -> Vec<u8> {
        let mut v = if be {
            vec![0xFE, 0xFF]
        } else {
            vec![0xFF, 0xFE]
        };
        for u in s.encode_utf16() {
            v.extend(if be { u.to_be_bytes() } else { u.to_le_bytes() });
        }
        v
    }

    fn utf32(s: &str, be: bool) -> Vec<u8> {
        let mut v = if be {
            vec![0, 0, 0xFE, 0xFF]
        } else {
            vec![0xFF, 0xFE, 0, 0]
        };
        for c in s.chars() {
            let u = c as u32;
            v.extend(if be { u.to_be_bytes() } else { u.to_le_bytes() });
        }
        v
    }

    fn text(bytes: &[u8]) -> (String, Charset) {
        decode(bytes, None, false, "article").unwrap_or_else(|p| panic!("{}", p.reason))
    }

    #[test]
    fn byte_order_marks_decide() {
        let s = "“Peace” — 和平 🕊\nline two";
        assert_eq!(text(&utf16(s, false)), (s.into(), Charset::Bom("UTF-16LE")));
        assert_eq!(text(&utf16(s, true)), (s.into(), Charset::Bom("UTF-16BE")));
        assert_eq!(text(&utf32(s, false)), (s.into(), Charset::Bom("UTF-32LE")));
        assert_eq!(text(&utf32(s, true)), (s.into(), Charset::Bom("UTF-32BE")));
        let mut u8bom = vec![0xEF, 0xBB, 0xBF];
        u8bom.extend(s.as_bytes());
        assert_eq!(text(&u8bom), (s.into(), Charset::Bom("UTF-8")));
        // A cut or invalid UTF-32 unit is a replacement character, no panic.
        let mut bad = utf32("ab", false);
        bad.extend([0xFF, 0xFF, 0x11, 0x00, 0x41]);
        assert_eq!(text(&bad).0, "ab\u{FFFD}\u{FFFD}");
    }

    #[test]
    fn latin1_needs_to_be_named() {
        let bytes = b"Caf\xe9 cr\xe8me: \x93quoted\x94\n";
        let p = decode(bytes, None, false, "article").unwrap_err();
        assert!(p.reason.contains("not UTF-8"), "{}", p.reason);
        assert!(p.reason.contains("line 1, column 4"), "{}", p.reason);
        assert!(p.help.contains("--encoding latin1"), "{}", p.help);
        let e = encoding_for_label("latin1").unwrap_or(UTF_8);
        let (s, cs) =
            decode(bytes, Some(e), false, "article").unwrap_or_else(|p| panic!("{}", p.reason));
        // `latin1` is read as Windows-1252, as browsers do: curly quotes.
        assert_eq!(s, "Café crème: “quoted”\n");
        assert_eq!(cs, Charset::Given("windows-1252"));
        assert!(encoding_for_label("klingon").is_err());
    }

    #[test]
    fn binary_formats_are_named() {
        let p = decode(
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
            None,
            false,
            "article",
        )
        .unwrap_err();
        assert_eq!(p.reason, "this is a PDF, not a text article");
        assert!(p.help.contains("pdftotext FILE.pdf"));
        let p = decode(b"PK\x03\x04\x14\x00", None, true, "page").unwrap_err();
        assert!(p.reason.contains("ZIP"));
        let p = decode(b"abc\x00\x01\x02\xff\xfe", None, false, "article").unwrap_err();
        assert!(p.reason.contains("binary"), "{}", p.reason);
    }

    #[test]
    fn html_declared_charsets() {
        let page =
            b"<!doctype html><html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9</title>";
        assert_eq!(declared_charset(page), Some(WINDOWS_1252));
        let (s, cs) = decode(page, None, true, "page").unwrap_or_else(|p| panic!("{}", p.reason));
        assert!(s.contains("Café"));
        assert_eq!(cs, Charset::Declared("windows-1252"));
        let old =
            b"<html><head><META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=Shift_JIS'>";
        assert_eq!(declared_charset(old).map(|e| e.name()), Some("Shift_JIS"));
        let xml = b"<?xml version='1.0' encoding='ISO-8859-15'?><html>";
        assert_eq!(declared_charset(xml).map(|e| e.name()), Some("ISO-8859-15"));
        assert_eq!(declared_charset(b"<meta charset=utf-16>"), Some(UTF_8));
        assert_eq!(declared_charset(b"<meta charset=bogus><p>x"), None);
        assert_eq!(declared_charset(b"<p>charset=latin1</p>"), None);
        // Undeclared and not UTF-8: Windows-1252, as browsers assume.
        let (s, cs) = decode(b"<p>\x93Hi\x94</p>", None, true, "page")
            .unwrap_or_else(|p| panic!("{}", p.reason));
        assert_eq!((s.as_str(), cs), ("<p>“Hi”</p>", Charset::HtmlDefault));
    }
}
