use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("cannot use {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A stored document no longer parses: a bug or outside tampering, never user input.
    #[error("stored record {id} is corrupt: {message}")]
    Corrupt { id: String, message: String },
    #[error("{0}")]
    Unsupported(String),
    /// A caller's reference to something that is not there (e.g. a paging cursor).
    #[error("{0}")]
    NotFound(String),
}
