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

/// The extension of an upload's name when it is one we generated (64 hex
/// digits, a dot, an extension): only such names reach the file system.
pub(crate) fn generated_extension(file: &str) -> Option<&str> {
    let (stem, ext) = file.split_once('.')?;
    (stem.len() == 64 && stem.bytes().all(|b| b.is_ascii_hexdigit())).then_some(ext)
}

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
        let age = age_of(&entry).await;
        if age >= grace {
            tokio::fs::remove_file(&path).await.map_err(internal)?;
            removed += 1;
        }
    }
    Ok((renamed, removed))
}

/// Where a form's attached file waits for the form to pass validation, so
/// that a person fixing a typo does not have to attach it again.
const DRAFTS: &str = "drafts";

/// How long a draft file waits for its form to come back.
pub(crate) const DRAFT_LIFETIME: Duration = Duration::from_secs(24 * 60 * 60);

/// Keeps an attached file for the retry of a refused form; answers the
/// handle the form carries back (`TOKEN.EXT`). The file's name starts with
/// its owner's account id, so no one else's handle finds it.
pub(crate) async fn hold_draft(
    dir: &Path,
    owner: i64,
    bytes: &[u8],
    extension: &str,
) -> Result<String, AppError> {
    let handle = format!(
        "{}.{extension}",
        crate::http::auth::random_token()[..24].to_ascii_lowercase()
    );
    // Forms that never come back leave their files; each new draft clears them.
    sweep_drafts(dir, DRAFT_LIFETIME).await;
    let drafts = dir.join(DRAFTS);
    let internal = |e: std::io::Error| AppError::Internal(format!("draft upload: {e}"));
    tokio::fs::create_dir_all(&drafts).await.map_err(internal)?;
    tokio::fs::write(drafts.join(format!("{owner}-{handle}")), bytes)
        .await
        .map_err(internal)?;
    Ok(handle)
}

/// The file a handle of [`hold_draft`] names, if it is still there and
/// belongs to `owner`; any other handle finds nothing.
pub(crate) async fn draft(dir: &Path, owner: i64, handle: &str) -> Option<Vec<u8>> {
    let plain = !handle.is_empty()
        && handle.len() <= 40
        && handle
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.')
        && handle.matches('.').count() == 1;
    if !plain {
        return None;
    }
    tokio::fs::read(dir.join(DRAFTS).join(format!("{owner}-{handle}")))
        .await
        .ok()
}

/// Removes a draft once its form went through.
pub(crate) async fn drop_draft(dir: &Path, owner: i64, handle: &str) {
    if draft(dir, owner, handle).await.is_some() {
        let _ = tokio::fs::remove_file(dir.join(DRAFTS).join(format!("{owner}-{handle}"))).await;
    }
}

/// Removes drafts whose forms never came back; answers how many.
pub(crate) async fn sweep_drafts(dir: &Path, lifetime: Duration) -> usize {
    let Ok(mut entries) = tokio::fs::read_dir(dir.join(DRAFTS)).await else {
        return 0;
    };
    let mut removed = 0;
    while let Ok(Some(entry)) = entries.next_entry().await {
        let age = age_of(&entry).await;
        if age >= lifetime && tokio::fs::remove_file(entry.path()).await.is_ok() {
            removed += 1;
        }
    }
    removed
}

/// How long ago a file was last written (zero when the system cannot say).
async fn age_of(entry: &tokio::fs::DirEntry) -> Duration {
    entry
        .metadata()
        .await
        .ok()
        .and_then(|m| m.modified().ok())
        .and_then(|t| t.elapsed().ok())
        .unwrap_or_default()
}
