//! Evidence files, kept only when their record commits.
//!
//! A file is written (and synced) as `NAME.part`, the record that names it
//! is committed, then the file is renamed to `NAME`. A failed or refused
//! write removes the part file; a crash between the steps leaves one, which
//! [`sweep`] settles at the next start: renamed if its record committed,
//! removed if not. So a stored record always finds its file, and no file
//! outlives a record that never was.

use crate::AppError;
use std::path::{Path, PathBuf};
use std::time::Duration;

const PART: &str = "part";

/// A file written under its temporary name, waiting for its record.
#[must_use = "keep() it once its record commits, or discard() it"]
pub(crate) struct Staged {
    part: PathBuf,
    file: PathBuf,
}

/// Writes `bytes` as `dir/NAME.part`, synced to disk.
pub(crate) async fn stage(dir: &Path, name: &str, bytes: &[u8]) -> Result<Staged, AppError> {
    use tokio::io::AsyncWriteExt;
    let internal = |e: std::io::Error| AppError::Internal(format!("upload {name}: {e}"));
    tokio::fs::create_dir_all(dir).await.map_err(internal)?;
    let staged = Staged {
        part: dir.join(format!("{name}.{PART}")),
        file: dir.join(name),
    };
    let mut out = tokio::fs::File::create(&staged.part)
        .await
        .map_err(internal)?;
    out.write_all(bytes).await.map_err(internal)?;
    out.sync_all().await.map_err(internal)?;
    Ok(staged)
}

impl Staged {
    /// Its record committed: the file takes its real name.
    pub(crate) async fn keep(self) -> Result<(), AppError> {
        tokio::fs::rename(&self.part, &self.file)
            .await
            .map_err(|e| AppError::Internal(format!("upload {}: {e}", self.file.display())))?;
        if let Some(dir) = self.file.parent()
            && let Ok(d) = tokio::fs::File::open(dir).await
        {
            let _ = d.sync_all().await;
        }
        Ok(())
    }

    /// Its record was not written.
    pub(crate) async fn discard(self) {
        let _ = tokio::fs::remove_file(&self.part).await;
    }
}

/// Settles part files left by a crash: renamed when the store names them,
/// removed when it does not and they are older than `grace` (another node
/// sharing the directory may be between writing one and committing).
/// Answers how many were renamed and removed.
pub async fn sweep(
    store: &store::Store,
    dir: &Path,
    grace: Duration,
) -> Result<(usize, usize), AppError> {
    let internal =
        |e: std::io::Error| AppError::Internal(format!("uploads {}: {e}", dir.display()));
    let mut entries = match tokio::fs::read_dir(dir).await {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((0, 0)),
        Err(e) => return Err(internal(e)),
    };
    let (mut renamed, mut removed) = (0, 0);
    while let Some(entry) = entries.next_entry().await.map_err(internal)? {
        let path = entry.path();
        let Some(name) = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(&format!(".{PART}")))
        else {
            continue;
        };
        if store.evidence_file_is_referenced(name).await? {
            tokio::fs::rename(&path, dir.join(name))
                .await
                .map_err(internal)?;
            renamed += 1;
            continue;
        }
        let age = entry
            .metadata()
            .await
            .ok()
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.elapsed().ok())
            .unwrap_or_default();
        if age >= grace {
            tokio::fs::remove_file(&path).await.map_err(internal)?;
            removed += 1;
        }
    }
    Ok((renamed, removed))
}
