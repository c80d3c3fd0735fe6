//! Safe file writing: atomically (a temporary file in the target's
//! directory, synced, then renamed), never overwriting without permission.

use std::path::Path;

/// Why a file could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The target exists and overwriting was not allowed.
    #[error("{0} already exists (use --force, or answer yes, to replace it)")]
    Exists(String),
    /// Anything else, in words: what, where, what to do.
    #[error("cannot write {path}: {reason}")]
    Io { path: String, reason: String },
}

/// Write `contents` to `path` atomically. With `overwrite` false an existing
/// file is never replaced. (Placeholder until the export issue lands.)
pub fn write_file(path: &Path, contents: &str, overwrite: bool) -> Result<(), WriteError> {
    if !overwrite && path.exists() {
        return Err(WriteError::Exists(path.display().to_string()));
    }
    std::fs::write(path, contents).map_err(|e| WriteError::Io {
        path: path.display().to_string(),
        reason: e.to_string(),
    })
}
