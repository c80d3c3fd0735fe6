//! Safe file writing: atomically (a temporary file in the target's
//! directory, synced, then renamed), never overwriting without permission.
//!
//! The steps of [`write_file`]:
//! 1. check the target: its directory must exist and be a directory, the
//!    target must not be a directory; an existing file is refused unless
//!    `overwrite` is set;
//! 2. create a temporary file (`.standpoint-XXXXXX.tmp`) in the target's own
//!    directory (a rename only stays atomic on one file system), with the
//!    permissions a normal new file gets (`0o644` masked by the umask; the
//!    operating system applies the umask), or, when replacing a file, that
//!    file's permissions;
//! 3. write, `sync_all`;
//! 4. rename over the target: `persist_noclobber` (never replaces, even if a
//!    file appeared meanwhile) or `persist` when overwriting; then sync the
//!    directory so the rename itself is durable.
//!
//! On any failure the temporary file is deleted (it is dropped) and the old
//! file, if any, is untouched: there is never a partial file at the target.
//!
//! Symbolic links: a link to an existing file is written *through* (the file
//! it points to is replaced, the link stays a link). A dangling link is
//! refused with a clear message rather than silently creating a file
//! somewhere else or replacing the link.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Why a file could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The target exists and overwriting was not allowed.
    #[error("{0} already exists (use --force, or answer yes, to replace it)")]
    Exists(String),
    /// No permission, or a read-only file system: in words.
    #[error("cannot write {path}: {reason}")]
    Denied { path: String, reason: String },
    /// Anything else, in words: what, where, what to do.
    #[error("cannot write {path}: {reason}")]
    Io { path: String, reason: String },
}

fn io_err(path: &Path, reason: impl Into<String>) -> WriteError {
    WriteError::Io {
        path: path.display().to_string(),
        reason: reason.into(),
    }
}

/// An I/O error while writing into `dir`, as [`WriteError::Denied`] when
/// permission is missing or the file system is read-only.
fn io_failure(path: &Path, e: &io::Error, dir: &Path) -> WriteError {
    #[cfg(unix)]
    const EROFS: i32 = 30;
    #[cfg(not(unix))]
    const EROFS: i32 = -1;
    let reason = describe_io_error(e, dir);
    if e.kind() == io::ErrorKind::PermissionDenied
        || e.kind() == io::ErrorKind::ReadOnlyFilesystem
        || e.raw_os_error() == Some(EROFS)
    {
        WriteError::Denied {
            path: path.display().to_string(),
            reason,
        }
    } else {
        io_err(path, reason)
    }
}

/// An I/O error in words, with what to do. `dir` is the directory written
/// into (named in the advice).
pub fn describe_io_error(e: &io::Error, dir: &Path) -> String {
    let dir = dir.display();
    #[cfg(unix)]
    if let Some(code) = e.raw_os_error() {
        // Codes shared by Linux, the BSDs and macOS for these three.
        const EFBIG: i32 = 27;
        const ENOSPC: i32 = 28;
        const EROFS: i32 = 30;
        #[cfg(target_os = "linux")]
        const EDQUOT: i32 = 122;
        #[cfg(not(target_os = "linux"))]
        const EDQUOT: i32 = 69;
        match code {
            ENOSPC => {
                return format!(
                    "the disk is full (no space left on the device holding {dir}); \
                     free some space or write elsewhere"
                )
            }
            EDQUOT => {
                return format!(
                    "the disk quota is exceeded in {dir}; free some space or write elsewhere"
                )
            }
            EROFS => return format!("{dir} is on a read-only file system; write elsewhere"),
            EFBIG => {
                return "the file is too large for this file system or for the \
                        file size limit of this process (ulimit -f); write elsewhere \
                        or raise the limit"
                    .to_string()
            }
            _ => {}
        }
    }
    match e.kind() {
        io::ErrorKind::PermissionDenied => format!(
            "no permission to create files in {dir}; choose another directory \
             or change its permissions"
        ),
        io::ErrorKind::NotFound => {
            format!("the directory {dir} does not exist; create it first or choose another path")
        }
        io::ErrorKind::NotADirectory => {
            format!("{dir} is not a directory; choose a path inside a directory")
        }
        io::ErrorKind::IsADirectory => "the target is a directory; give a file name".to_string(),
        io::ErrorKind::StorageFull => format!(
            "the disk is full (no space left on the device holding {dir}); \
             free some space or write elsewhere"
        ),
        io::ErrorKind::ReadOnlyFilesystem => {
            format!("{dir} is on a read-only file system; write elsewhere")
        }
        _ => format!("{e} (in {dir})"),
    }
}

/// The directory a target lives in (`.` for a bare file name).
fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Resolve the path actually written: a symlink to an existing file is
/// followed; a dangling one is refused. Returns the real target and its
/// metadata if it exists.
fn resolve_target(path: &Path) -> Result<(PathBuf, Option<fs::Metadata>), WriteError> {
    match fs::symlink_metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok((path.to_path_buf(), None)),
        Err(e) => Err(io_err(path, describe_io_error(&e, &parent_dir(path)))),
        Ok(m) if m.file_type().is_symlink() => match fs::metadata(path) {
            Ok(target_meta) => {
                let real = fs::canonicalize(path)
                    .map_err(|e| io_err(path, describe_io_error(&e, &parent_dir(path))))?;
                Ok((real, Some(target_meta)))
            }
            Err(_) => {
                let to = fs::read_link(path)
                    .map(|t| t.display().to_string())
                    .unwrap_or_else(|_| "an unreadable target".to_string());
                Err(io_err(
                    path,
                    format!(
                        "it is a symbolic link to {to}, which does not exist; \
                         remove the link or choose another path"
                    ),
                ))
            }
        },
        Ok(m) => Ok((path.to_path_buf(), Some(m))),
    }
}

/// Write `contents` to `path` atomically. With `overwrite` false an existing
/// file is never replaced ([`WriteError::Exists`]). See the module
/// documentation for the steps and guarantees.
pub fn write_file(path: &Path, contents: &str, overwrite: bool) -> Result<(), WriteError> {
    write_with(path, overwrite, false, &mut |w| {
        w.write_all(contents.as_bytes())
    })
}

/// [`write_file`] for contents produced a piece at a time by `produce`
/// (a large draft is never held whole in memory), with the same steps and
/// guarantees.
pub fn write_file_with(
    path: &Path,
    overwrite: bool,
    produce: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>,
) -> Result<(), WriteError> {
    write_with(path, overwrite, false, produce)
}

/// Write `contents` to `path` atomically, replacing it, readable by its
/// owner only (mode 0600, whatever the file had): for private files such as
/// the recovery journal.
pub fn write_private(path: &Path, contents: &str) -> Result<(), WriteError> {
    write_with(path, true, true, &mut |w| w.write_all(contents.as_bytes()))
}

/// A test's hook, run between the checks and the rename.
#[cfg(test)]
type Hook = Option<Box<dyn Fn(&Path)>>;

#[cfg(test)]
thread_local! {
    /// Run between the checks and the rename (tests of the no-clobber race).
    static BEFORE_PERSIST: std::cell::RefCell<Hook> = std::cell::RefCell::new(None);
}

fn write_with(
    path: &Path,
    overwrite: bool,
    private: bool,
    produce: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>,
) -> Result<(), WriteError> {
    if path.as_os_str().is_empty() {
        return Err(io_err(path, "the path is empty; give a file name"));
    }
    let (target, existing) = resolve_target(path)?;
    if let Some(m) = &existing {
        if m.is_dir() {
            return Err(io_err(
                path,
                "it is a directory; give a file name (for example DIR/export.txt)",
            ));
        }
        if !overwrite {
            return Err(WriteError::Exists(path.display().to_string()));
        }
        if !m.is_file() {
            return Err(io_err(
                path,
                "it is not a regular file (a device, pipe or socket); choose another path",
            ));
        }
    }
    let dir = parent_dir(&target);
    match fs::metadata(&dir) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => {
            return Err(io_err(
                path,
                format!(
                    "{} is not a directory; choose a path inside a directory",
                    dir.display()
                ),
            ))
        }
        Err(e) => return Err(io_failure(path, &e, &dir)),
    }

    let mut builder = tempfile::Builder::new();
    builder.prefix(".standpoint-").suffix(".tmp");
    #[cfg(unix)]
    let perms = {
        use std::os::unix::fs::PermissionsExt;
        // Created with 0o644: the OS masks it with the umask, as for any
        // new file. When replacing, the old file's mode is copied below.
        fs::Permissions::from_mode(if private { 0o600 } else { 0o644 })
    };
    #[cfg(unix)]
    builder.permissions(perms);
    let mut tmp = builder
        .tempfile_in(&dir)
        .map_err(|e| io_failure(path, &e, &dir))?;
    let fail = |e: io::Error| io_failure(path, &e, &dir);
    {
        let mut w = io::BufWriter::with_capacity(1 << 16, tmp.as_file_mut());
        produce(&mut w).map_err(fail)?;
        w.flush().map_err(fail)?;
    }
    if let Some(m) = existing.as_ref().filter(|_| !private) {
        // Keep the permissions of the file being replaced.
        tmp.as_file()
            .set_permissions(m.permissions())
            .map_err(fail)?;
    }
    tmp.as_file().sync_all().map_err(fail)?;
    #[cfg(test)]
    BEFORE_PERSIST.with(|h| {
        if let Some(f) = h.borrow().as_ref() {
            f(&target);
        }
    });
    let persisted = if overwrite {
        tmp.persist(&target).map(|_| ())
    } else {
        tmp.persist_noclobber(&target).map(|_| ())
    };
    match persisted {
        Ok(()) => {}
        Err(e) if e.error.kind() == io::ErrorKind::AlreadyExists => {
            // `e.file` is dropped here: the temporary file is removed.
            return Err(WriteError::Exists(path.display().to_string()));
        }
        Err(e) => return Err(fail(e.error)),
    }
    // Make the rename durable; a failure here does not undo the write.
    #[cfg(unix)]
    if let Ok(d) = fs::File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn writes_new_file_and_refuses_to_overwrite() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("out.txt");
        write_file(&p, "one\n", false).unwrap();
        assert_eq!(fs::read_to_string(&p).unwrap(), "one\n");
        let e = write_file(&p, "two\n", false).unwrap_err();
        assert!(matches!(e, WriteError::Exists(_)), "{e}");
        assert!(e.to_string().contains("--force"), "{e}");
        assert_eq!(fs::read_to_string(&p).unwrap(), "one\n");
        write_file(&p, "two\n", true).unwrap();
        assert_eq!(fs::read_to_string(&p).unwrap(), "two\n");
        assert_eq!(entries(d.path()), vec!["out.txt"]);
    }

    #[cfg(unix)]
    fn umask() -> u32 {
        // The test reads the umask the way the kernel reports it.
        let s = fs::read_to_string("/proc/self/status").unwrap_or_default();
        s.lines()
            .find_map(|l| l.strip_prefix("Umask:"))
            .and_then(|v| u32::from_str_radix(v.trim(), 8).ok())
            .unwrap_or(0o022)
    }

    #[cfg(unix)]
    #[test]
    fn new_files_get_normal_permissions_and_replaced_files_keep_theirs() {
        use std::os::unix::fs::PermissionsExt;
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("new.txt");
        write_file(&p, "x", false).unwrap();
        let mode = fs::metadata(&p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o644 & !umask());
        assert_ne!(mode, 0o600, "a temp file's 0600 leaked through");

        let q = d.path().join("script.sh");
        fs::write(&q, "old").unwrap();
        fs::set_permissions(&q, fs::Permissions::from_mode(0o751)).unwrap();
        write_file(&q, "new", true).unwrap();
        assert_eq!(
            fs::metadata(&q).unwrap().permissions().mode() & 0o777,
            0o751
        );
        assert_eq!(fs::read_to_string(&q).unwrap(), "new");
    }

    #[test]
    fn missing_directory_is_a_clear_error_and_leaves_nothing() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("nope").join("out.txt");
        let e = write_file(&p, "x", false).unwrap_err().to_string();
        assert!(e.contains("does not exist"), "{e}");
        assert!(e.contains("create it first"), "{e}");
        assert!(entries(d.path()).is_empty());
    }

    #[test]
    fn directory_as_target_is_a_clear_error() {
        let d = tempfile::tempdir().unwrap();
        for force in [false, true] {
            let e = write_file(d.path(), "x", force).unwrap_err().to_string();
            assert!(e.contains("is a directory"), "{e}");
            assert!(e.contains("give a file name"), "{e}");
        }
        assert!(entries(d.path()).is_empty());
    }

    #[test]
    fn parent_that_is_a_file_is_a_clear_error() {
        // Fails even for root, unlike a read-only directory.
        let d = tempfile::tempdir().unwrap();
        let f = d.path().join("plain");
        fs::write(&f, "keep").unwrap();
        let e = write_file(&f.join("out.txt"), "x", true)
            .unwrap_err()
            .to_string();
        assert!(e.contains("is not a directory"), "{e}");
        assert_eq!(fs::read_to_string(&f).unwrap(), "keep");
        assert_eq!(entries(d.path()), vec!["plain"]);
    }

    #[cfg(unix)]
    #[test]
    fn dangling_symlink_is_refused_and_valid_one_is_written_through() {
        let d = tempfile::tempdir().unwrap();
        let link = d.path().join("link.txt");
        std::os::unix::fs::symlink(d.path().join("missing.txt"), &link).unwrap();
        for force in [false, true] {
            let e = write_file(&link, "x", force).unwrap_err().to_string();
            assert!(e.contains("symbolic link"), "{e}");
            assert!(e.contains("does not exist"), "{e}");
        }
        assert!(!d.path().join("missing.txt").exists());

        let real = d.path().join("real.txt");
        fs::write(&real, "old").unwrap();
        let link2 = d.path().join("link2.txt");
        std::os::unix::fs::symlink(&real, &link2).unwrap();
        assert!(matches!(
            write_file(&link2, "new", false),
            Err(WriteError::Exists(_))
        ));
        write_file(&link2, "new", true).unwrap();
        assert!(fs::symlink_metadata(&link2)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(fs::read_to_string(&real).unwrap(), "new");
        assert_eq!(entries(d.path()), vec!["link.txt", "link2.txt", "real.txt"]);
    }

    #[test]
    fn errors_are_put_in_words() {
        let dir = Path::new("/some/dir");
        #[cfg(target_os = "linux")]
        {
            let full = describe_io_error(&io::Error::from_raw_os_error(28), dir);
            assert!(full.contains("disk is full"), "{full}");
            assert!(full.contains("/some/dir"), "{full}");
            let ro = describe_io_error(&io::Error::from_raw_os_error(30), dir);
            assert!(ro.contains("read-only"), "{ro}");
            let quota = describe_io_error(&io::Error::from_raw_os_error(122), dir);
            assert!(quota.contains("quota is exceeded in /some/dir"), "{quota}");
            let big = describe_io_error(&io::Error::from_raw_os_error(27), dir);
            assert!(big.contains("too large") && big.contains("ulimit"), "{big}");
        }
        let denied = describe_io_error(&io::Error::from(io::ErrorKind::PermissionDenied), dir);
        assert!(denied.contains("no permission"), "{denied}");
        assert!(denied.contains("/some/dir"), "{denied}");
        // Errors known by their kind only (no OS code).
        for (kind, words) in [
            (io::ErrorKind::IsADirectory, "the target is a directory"),
            (io::ErrorKind::StorageFull, "the disk is full"),
            (
                io::ErrorKind::ReadOnlyFilesystem,
                "/some/dir is on a read-only file system",
            ),
            (
                io::ErrorKind::NotFound,
                "the directory /some/dir does not exist",
            ),
        ] {
            let m = describe_io_error(&io::Error::from(kind), dir);
            assert!(m.contains(words), "{kind:?}: {m}");
        }
    }

    #[test]
    fn contents_produced_a_piece_at_a_time_are_written_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("draft.yaml");
        let mut produce = |w: &mut dyn Write| {
            for i in 0..3 {
                writeln!(w, "piece {i}")?;
            }
            Ok(())
        };
        write_file_with(&path, false, &mut produce).unwrap();
        assert_eq!(
            fs::read_to_string(&path).unwrap(),
            "piece 0\npiece 1\npiece 2\n"
        );
        assert!(matches!(
            write_file_with(&path, false, &mut produce),
            Err(WriteError::Exists(_))
        ));
        // A failing producer leaves the old file and no temporary file.
        let mut failing = |w: &mut dyn Write| {
            w.write_all(b"half")?;
            Err(io::Error::other("the producer failed"))
        };
        assert!(write_file_with(&path, true, &mut failing).is_err());
        assert_eq!(fs::read_to_string(&path).unwrap().lines().count(), 3);
        assert_eq!(entries(dir.path()), ["draft.yaml"]);
    }

    #[test]
    fn a_bare_file_name_is_written_in_the_current_directory() {
        assert_eq!(parent_dir(Path::new("a.yaml")), Path::new("."));
        assert_eq!(parent_dir(Path::new("d/a.yaml")), Path::new("d"));
        assert_eq!(parent_dir(Path::new("/a.yaml")), Path::new("/"));
    }

    /// Missing permission and a read-only file system are `Denied` (the
    /// reader then offers to save elsewhere); any other failure is `Io`.
    /// Tests run as root cannot provoke a real permission error, so the
    /// errors are made here.
    #[test]
    fn permission_and_read_only_failures_are_denied_and_others_are_not() {
        let (path, dir) = (Path::new("d/a.yaml"), Path::new("d"));
        let denied = |e: io::Error| matches!(io_failure(path, &e, dir), WriteError::Denied { .. });
        assert!(denied(io::Error::from(io::ErrorKind::PermissionDenied)));
        assert!(denied(io::Error::from(io::ErrorKind::ReadOnlyFilesystem)));
        #[cfg(target_os = "linux")]
        assert!(denied(io::Error::from_raw_os_error(30)));
        for other in [io::ErrorKind::NotFound, io::ErrorKind::Other] {
            let e = io_failure(path, &io::Error::from(other), dir);
            assert!(
                matches!(&e, WriteError::Io { path, .. } if path == "d/a.yaml"),
                "{other:?}: {e:?}"
            );
        }
        #[cfg(target_os = "linux")]
        assert!(!denied(io::Error::from_raw_os_error(28)));
    }

    /// Run `f` with `hook` run between the checks and the rename.
    fn with_hook<T>(hook: impl Fn(&Path) + 'static, f: impl FnOnce() -> T) -> T {
        BEFORE_PERSIST.with(|h| *h.borrow_mut() = Some(Box::new(hook)));
        let r = f();
        BEFORE_PERSIST.with(|h| *h.borrow_mut() = None);
        r
    }

    #[test]
    fn a_failed_rename_is_reported_as_it_is_not_as_an_existing_file() {
        // The directory vanishes between the checks and the rename.
        let d = tempfile::tempdir().unwrap();
        let sub = d.path().join("sub");
        fs::create_dir(&sub).unwrap();
        let p = sub.join("new.yaml");
        for overwrite in [false, true] {
            let gone = sub.clone();
            let r = with_hook(
                move |_| fs::remove_dir_all(&gone).unwrap(),
                || write_file(&p, "ours", overwrite),
            );
            match r {
                Err(WriteError::Io { reason, .. }) => {
                    assert!(reason.contains("does not exist"), "{reason}")
                }
                other => panic!("overwrite {overwrite}: {other:?}"),
            }
            fs::create_dir(&sub).unwrap();
        }
    }

    #[test]
    fn a_file_created_between_the_check_and_the_rename_is_never_replaced() {
        // The race `persist_noclobber` exists for: the target does not exist
        // when checked, then appears before the rename. (Fails if the
        // rename is a plain `persist`.)
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("new.yaml");
        let r = with_hook(
            |target| fs::write(target, "theirs").unwrap(),
            || write_file(&p, "ours", false),
        );
        assert!(matches!(r, Err(WriteError::Exists(_))), "{r:?}");
        assert_eq!(fs::read_to_string(&p).unwrap(), "theirs");
        assert_eq!(
            entries(d.path()),
            vec!["new.yaml"],
            "no temporary file left"
        );
    }

    #[cfg(unix)]
    #[test]
    fn private_files_are_0600_even_when_replacing() {
        use std::os::unix::fs::PermissionsExt;
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("journal");
        fs::write(&p, "old").unwrap();
        fs::set_permissions(&p, fs::Permissions::from_mode(0o644)).unwrap();
        write_private(&p, "new").unwrap();
        assert_eq!(
            fs::metadata(&p).unwrap().permissions().mode() & 0o777,
            0o600
        );
        assert_eq!(fs::read_to_string(&p).unwrap(), "new");
    }

    #[test]
    fn empty_path_is_refused() {
        assert!(write_file(Path::new(""), "x", true).is_err());
    }
}
