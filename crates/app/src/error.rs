//! What a use case can answer instead of its result. The web maps each
//! variant to one status ([`Error`] → `AppError` in `web::http::error`).

use store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The actor may not do this (`domain::authorize` said no).
    #[error(transparent)]
    Forbidden(#[from] domain::Denied),
    /// What was asked for does not exist (or the actor may not know it does).
    #[error("{0}")]
    NotFound(String),
    /// The input breaks a rule; `code` is stable for clients, `message` names the rule.
    #[error("{message}")]
    Invalid { code: &'static str, message: String },
    /// Fields of the input break rules (shown beside each field).
    #[error("{0}")]
    Rejected(#[from] domain::ValidationErrors),
    /// The state changed since the actor read it.
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    Internal(String),
}

impl Error {
    pub fn invalid(code: &'static str, message: impl Into<String>) -> Self {
        Self::Invalid {
            code,
            message: message.into(),
        }
    }
}

impl From<crate::jobs::JobError> for Error {
    fn from(e: crate::jobs::JobError) -> Self {
        match e {
            crate::jobs::JobError::Store(e) => Self::Store(e),
            crate::jobs::JobError::Encode(e) => Self::Internal(format!("job: {e}")),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
