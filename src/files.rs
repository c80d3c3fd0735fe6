//! Reading text files, and the one error shape for a file that cannot be
//! used (missing, a directory, too large, not UTF-8...), shared by the
//! loader and the drafter.

use std::fmt;
use std::fs;
use std::io::{self, Read};
use std::path::Path;

/// A file that cannot be used: which file, what is wrong in words, what to
/// do about it, and the I/O error behind it (if any) as the `source`.
#[derive(Debug)]
pub struct FileError {
    /// The file, as the user named it.
    pub path: String,
    /// What is wrong, in words ("the article does not exist").
    pub reason: String,
    /// What to do about it.
    pub help: String,
    /// The operating system's error, when there is one.
    pub source: Option<io::Error>,
}

impl FileError {
    pub fn new(
        path: impl Into<String>,
        reason: impl Into<String>,
        help: impl Into<String>,
    ) -> Self {
        FileError {
            path: path.into(),
            reason: reason.into(),
            help: help.into(),
            source: None,
        }
    }

    /// The same problem, caused by `e`.
    pub fn caused_by(mut self, e: io::Error) -> Self {
        self.source = Some(e);
        self
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}\n  help: {}", self.path, self.reason, self.help)
    }
}

impl std::error::Error for FileError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source.as_ref().map(|e| e as _)
    }
}

/// Read a text file of at most `limit` bytes; `what` names it in messages
/// ("article", "annotation file"). Every failure becomes a [`FileError`]
/// that says what to do.
pub fn read_text(path: &Path, limit: u64, what: &str) -> Result<String, FileError> {
    let name = path.display().to_string();
    let problem = |reason: String, help: &str| FileError::new(name.clone(), reason, help);
    let io_problem = |e: io::Error, verb: &str| io_problem(&name, what, e, verb);
    let meta = fs::metadata(path).map_err(|e| io_problem(e, "read"))?;
    if meta.is_dir() {
        return Err(problem(
            format!("the {what} is a directory, not a file"),
            "name a file inside it",
        ));
    }
    if !meta.is_file() {
        return Err(problem(
            format!("the {what} is not a regular file (a device, pipe or socket)"),
            "name a regular text file",
        ));
    }
    if meta.len() > limit {
        return Err(problem(
            format!(
                "the {what} is too large ({} MB; the limit is {} MB)",
                meta.len() >> 20,
                limit >> 20
            ),
            "split it into smaller files",
        ));
    }
    let file = fs::File::open(path).map_err(|e| io_problem(e, "open"))?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(limit + 1).read_to_end(&mut bytes).map_err(|e| {
        problem(format!("cannot read the {what}: {e}"), "check the file").caused_by(e)
    })?;
    if bytes.len() as u64 > limit {
        return Err(problem(
            format!("the {what} is too large (the limit is {} MB)", limit >> 20),
            "split it into smaller files",
        ));
    }
    String::from_utf8(bytes).or_else(|e| {
        let bytes = e.as_bytes();
        from_utf16_with_bom(bytes)
            .ok_or_else(|| problem(not_utf8(what, bytes, e.utf8_error()), UTF8_HELP))
    })
}

/// Text in UTF-16 with a byte-order mark (as Windows editors save it), or
/// `None`. A UTF-32 mark (which starts like UTF-16's) is not taken.
fn from_utf16_with_bom(bytes: &[u8]) -> Option<String> {
    if bytes.starts_with(&[0xFF, 0xFE, 0, 0]) {
        return None;
    }
    let (encoding, bom) = encoding_rs::Encoding::for_bom(bytes)?;
    if encoding == encoding_rs::UTF_8 {
        return None;
    }
    // Malformed UTF-16 (an odd length, a lone surrogate) is not taken: such
    // a file is most likely binary, and the UTF-8 error says so.
    encoding
        .decode_without_bom_handling_and_without_replacement(&bytes[bom..])
        .map(|t| t.into_owned())
}

/// An error of the operating system while trying to `verb` ("read",
/// "open") the file `name`, the `what` of the messages.
fn io_problem(name: &str, what: &str, e: io::Error, verb: &str) -> FileError {
    let problem = |reason: String, help: &str| FileError::new(name, reason, help);
    match e.kind() {
        io::ErrorKind::NotFound if verb == "read" => problem(
            format!("the {what} does not exist"),
            "check the path (relative paths in an annotation are relative to the annotation file)",
        ),
        io::ErrorKind::PermissionDenied => problem(
            format!("no permission to read the {what}"),
            "check the file's permissions",
        ),
        _ => problem(format!("cannot {verb} the {what}: {e}"), "check the path"),
    }
    .caused_by(e)
}

const UTF8_HELP: &str = "convert it to UTF-8, e.g. `iconv -f latin1 -t utf-8 FILE > FILE.utf8`";

/// "the article is not UTF-8 text (first invalid byte at line 3, column 7)".
fn not_utf8(what: &str, bytes: &[u8], e: std::str::Utf8Error) -> String {
    let good = &bytes[..e.valid_up_to()];
    let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let col = String::from_utf8_lossy(&good[line_start..]).chars().count() + 1;
    let binary = bytes.iter().take(8192).any(|&b| b == 0);
    format!(
        "the {what} is not UTF-8 text{} (first invalid byte at line {line}, column {col})",
        if binary {
            "; it looks like a binary file"
        } else {
            ""
        }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_keep_the_io_error_as_source() {
        let e = read_text(Path::new("/nonexistent/x.txt"), 10, "article")
            .err()
            .unwrap_or_else(|| panic!("read a missing file"));
        assert_eq!(e.reason, "the article does not exist");
        assert!(e
            .to_string()
            .starts_with("/nonexistent/x.txt: the article does not exist\n  help: check the path"));
        let src = std::error::Error::source(&e).map(ToString::to_string);
        assert!(src.is_some_and(|s| s.contains("No such file")));
    }

    /// Root reads any file, so a test cannot provoke a real permission
    /// error: the error is made here.
    #[test]
    fn no_permission_is_put_in_words() {
        let e = io_problem(
            "a.txt",
            "article",
            io::ErrorKind::PermissionDenied.into(),
            "read",
        );
        assert_eq!(e.reason, "no permission to read the article");
        assert_eq!(e.help, "check the file's permissions");
        // A file gone between its check and its opening.
        let e = io_problem("a.txt", "article", io::ErrorKind::NotFound.into(), "open");
        assert!(
            e.reason.starts_with("cannot open the article: "),
            "{}",
            e.reason
        );
    }

    #[test]
    fn utf16_with_a_byte_order_mark_is_read() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        for (name, be) in [("le.txt", false), ("be.txt", true)] {
            let p = dir.path().join(name);
            let mut bytes = if be {
                vec![0xFE, 0xFF]
            } else {
                vec![0xFF, 0xFE]
            };
            for u in "Caf\u{e9} \u{201c}we\u{2019}re\u{201d}\n".encode_utf16() {
                bytes.extend(if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            std::fs::write(&p, bytes).unwrap_or_else(|e| panic!("{e}"));
            let text = read_text(&p, 1000, "article").map_err(|e| e.to_string());
            assert_eq!(
                text.as_deref(),
                Ok("Caf\u{e9} \u{201c}we\u{2019}re\u{201d}\n")
            );
        }
        // UTF-32 (its mark starts like UTF-16 LE's) is not misread.
        let p = dir.path().join("32.txt");
        std::fs::write(&p, [0xFF, 0xFE, 0, 0, b'A', 0, 0, 0]).unwrap_or_else(|e| panic!("{e}"));
        assert!(read_text(&p, 1000, "article").is_err());
        // Nor bytes that only start like UTF-16 (an odd length).
        std::fs::write(&p, [0xFF, 0xFE, 0, 1, 2]).unwrap_or_else(|e| panic!("{e}"));
        let e = read_text(&p, 1000, "article").err().map(|e| e.reason);
        assert!(e.is_some_and(|r| r.contains("not UTF-8")));
    }

    #[test]
    fn invalid_utf8_names_line_and_column() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let p = dir.path().join("l.txt");
        std::fs::write(&p, b"ab\nCaf\xe9").unwrap_or_else(|e| panic!("{e}"));
        let e = read_text(&p, 100, "article").err().map(|e| e.reason);
        assert_eq!(
            e.as_deref(),
            Some("the article is not UTF-8 text (first invalid byte at line 2, column 4)")
        );
    }

    /// The size the system reports is checked first; a file that reports
    /// less than it holds (a `/proc` file reports 0 bytes; a file still
    /// being written grows) is read up to one byte past the limit, and
    /// refused if that byte is there.
    #[test]
    fn a_file_longer_than_it_reports_is_refused_at_the_limit() {
        let status = Path::new("/proc/self/status");
        if cfg!(target_os = "linux") && status.is_file() {
            let e = read_text(status, 100, "article").err().map(|e| e.reason);
            assert_eq!(
                e.as_deref(),
                Some("the article is too large (the limit is 0 MB)")
            );
        }
        // A file of exactly the limit is read whole.
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let p = dir.path().join("a.txt");
        std::fs::write(&p, "x".repeat(100)).unwrap_or_else(|e| panic!("{e}"));
        let text = read_text(&p, 100, "article").map_err(|e| e.to_string());
        assert_eq!(text.map(|t| t.len()), Ok(100));
    }
}
