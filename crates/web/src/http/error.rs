//! The one mapping from failures to HTTP responses.
//!
//! Every handler returns [`AppError`]. It renders as the JSON API's error
//! shape; a middleware (`harden` in the crate root) re-renders the same error
//! as an HTML page for requests outside `/api/`.

use axum::Json;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use domain::ValidationErrors;
use store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The caller's request is wrong; `code` is a stable machine-readable word.
    #[error("{message}")]
    BadRequest { code: &'static str, message: String },
    /// Input the domain refused: every problem, which pages show in the
    /// visitor's language.
    #[error("{0}")]
    Invalid(ValidationErrors),
    #[error("{0}")]
    NotFound(String),
    #[error("the address is too long (at most {0} bytes of query string)")]
    UriTooLong(usize),
    /// No signed-in account (pages redirect to the sign-in form instead).
    #[error("{0}")]
    Unauthorized(String),
    #[error("{0}")]
    Forbidden(String),
    /// The address exists, but does not take this method.
    #[error("{0}")]
    MethodNotAllowed(String),
    #[error("{0}")]
    Conflict(String),
    /// `If-Match` names a version that is no longer the current one.
    #[error("{0}")]
    PreconditionFailed(String),
    /// A rate limit; the second field is the seconds until a retry can pass.
    #[error("{0}")]
    TooManyRequests(String, u64),
    #[error("{0}")]
    PayloadTooLarge(String),
    /// The server could not answer in time.
    #[error("{0}")]
    Unavailable(String),
    /// Our fault: the message is logged, the caller sees a generic text.
    #[error("internal error: {0}")]
    Internal(String),
}

/// Every error code the web layer answers with; each has its text in the
/// language files (`error-detail-not-found` …) for error pages.
pub const ERROR_CODES: &[&str] = &[
    "not_found",
    "uri_too_long",
    "unauthorized",
    "forbidden",
    "method_not_allowed",
    "conflict",
    "precondition_failed",
    "rate_limited",
    "payload_too_large",
    "unavailable",
    "internal",
    "invalid_parameter",
    "invalid_body",
    "invalid_cursor",
    "invalid_form",
    "invalid_header",
    "invalid_id",
    "invalid_reason",
    "invalid_decision",
    "invalid_token",
    "not_registrable",
    "registration_closed",
    "forum_first",
    "cancel_closed",
    "invalid_checkin",
    "not_confirmed",
    "not_registered",
    "move_target",
    "not_active",
    "already_registered",
    "session_full",
    "already_proposed",
    "proposal_to_self",
    "too_many_interests",
    "not_a_participant",
    "slot_taken",
    "busy_in_session",
    "no_table_free",
    "not_a_slot",
    "no_meeting_slots",
    "not_participating",
    "meeting_with_self",
    "already_requested",
    "not_a_meetings_session",
    "invalid_tables",
    "blocks_overlap",
];

/// What the HTML layer needs to re-render an error; carried in response extensions.
#[derive(Debug, Clone)]
pub struct ErrorInfo {
    pub status: StatusCode,
    /// The stable code (`not_found` …): pages say it in the visitor's language.
    pub code: &'static str,
    pub message: String,
    /// What the domain found wrong, when it was input it refused.
    pub problems: Vec<domain::FieldError>,
}

impl AppError {
    pub fn bad_request(code: &'static str, message: impl Into<String>) -> Self {
        Self::BadRequest {
            code,
            message: message.into(),
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            Self::BadRequest { .. } | Self::Invalid(_) => StatusCode::BAD_REQUEST,
            Self::NotFound(_) => StatusCode::NOT_FOUND,
            Self::UriTooLong(_) => StatusCode::URI_TOO_LONG,
            Self::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            Self::Conflict(_) => StatusCode::CONFLICT,
            Self::PreconditionFailed(_) => StatusCode::PRECONDITION_FAILED,
            Self::TooManyRequests(..) => StatusCode::TOO_MANY_REQUESTS,
            Self::PayloadTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            Self::BadRequest { code, .. } => code,
            Self::Invalid(_) => "invalid_parameter",
            Self::NotFound(_) => "not_found",
            Self::UriTooLong(_) => "uri_too_long",
            Self::Unauthorized(_) => "unauthorized",
            Self::Forbidden(_) => "forbidden",
            Self::MethodNotAllowed(_) => "method_not_allowed",
            Self::Conflict(_) => "conflict",
            Self::PreconditionFailed(_) => "precondition_failed",
            Self::TooManyRequests(..) => "rate_limited",
            Self::PayloadTooLarge(_) => "payload_too_large",
            Self::Unavailable(_) => "unavailable",
            Self::Internal(_) => "internal",
        }
    }

    /// The error behind a refusal made beneath the handlers, which carries
    /// no [`ErrorInfo`]: axum's router answers a method the address does not
    /// take, and the body limit layer and axum's extractors a body too large,
    /// with bare statuses of their own.
    pub(crate) fn from_bare_refusal(status: StatusCode) -> Option<Self> {
        match status {
            StatusCode::METHOD_NOT_ALLOWED => Some(Self::MethodNotAllowed(
                "This address does not take this method.".into(),
            )),
            StatusCode::PAYLOAD_TOO_LARGE => Some(Self::PayloadTooLarge(
                "The request is larger than this address accepts.".into(),
            )),
            // Only a caught panic answers a bare 500 (handlers' errors carry ErrorInfo).
            StatusCode::INTERNAL_SERVER_ERROR => Some(Self::Internal("a handler panicked".into())),
            StatusCode::SERVICE_UNAVAILABLE => Some(Self::Unavailable(
                "The request took too long. Try again in a moment.".into(),
            )),
            _ => None,
        }
    }

    fn public_message(&self) -> String {
        match self {
            Self::Internal(_) => "Something went wrong on our side. It has been logged.".into(),
            other => other.to_string(),
        }
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            // A well-formed reference to something that is not there (a
            // paging cursor whose record was deleted): not the caller's syntax.
            StoreError::NotFound(m) => Self::NotFound(m),
            other => Self::Internal(other.to_string()),
        }
    }
}

impl From<app::Error> for AppError {
    fn from(e: app::Error) -> Self {
        match e {
            app::Error::Store(e) => e.into(),
            app::Error::Forbidden(e) => e.into(),
            app::Error::NotFound(m) => Self::NotFound(m),
            app::Error::Invalid { code, message } => Self::BadRequest { code, message },
            app::Error::Rejected(e) => Self::Invalid(e),
            app::Error::Conflict(m) => Self::Conflict(m),
            app::Error::Internal(m) => Self::Internal(m),
        }
    }
}

impl From<ValidationErrors> for AppError {
    fn from(e: ValidationErrors) -> Self {
        Self::Invalid(e)
    }
}

impl From<domain::Denied> for AppError {
    fn from(e: domain::Denied) -> Self {
        match e {
            domain::Denied::SignInRequired => Self::Unauthorized("Sign in first.".into()),
            domain::Denied::Forbidden => Self::Forbidden("Your account may not do this.".into()),
        }
    }
}

impl From<mail::MailError> for AppError {
    fn from(e: mail::MailError) -> Self {
        Self::Internal(format!("mail: {e}"))
    }
}

impl From<askama::Error> for AppError {
    fn from(e: askama::Error) -> Self {
        Self::Internal(format!("template: {e}"))
    }
}

#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ErrorDetail {
    /// Stable machine-readable code, e.g. `not_found`, `invalid_parameter`.
    pub code: String,
    /// What went wrong, for a person.
    pub message: String,
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = self.status();
        if let Self::Internal(detail) = &self {
            tracing::error!(%detail, "request failed");
        }
        let message = self.public_message();
        let code = self.code();
        let problems = match &self {
            Self::Invalid(e) => e.0.clone(),
            _ => Vec::new(),
        };
        let body = ErrorBody {
            error: ErrorDetail {
                code: self.code().to_owned(),
                message: message.clone(),
            },
        };
        let mut response = (status, Json(body)).into_response();
        if let Self::TooManyRequests(_, retry_after) = &self {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, (*retry_after).into());
        }
        response.extensions_mut().insert(ErrorInfo {
            status,
            code,
            message,
            problems,
        });
        response
    }
}
