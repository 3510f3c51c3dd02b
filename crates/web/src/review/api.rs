//! The API's review decisions, authenticated by personal access tokens
//! (`Authorization: Bearer bk_…`) and held to the same permission rules as
//! the pages: the one `domain::authorize`.

use crate::http::auth::ApiCaller;
use crate::http::params::IdPath;
use crate::{AppError, AppState};
use app::review::DecideError;
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use domain::{Action, Decision};

/// A decision on an organization's verification.
#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewBody {
    /// `verify`, `reject`, `suspend`, `reinstate` or `resubmit`.
    #[schema(schema_with = decision_schema)]
    pub decision: String,
    /// Why (required for `reject` and `suspend`; the applicant reads it; at most 2000 characters).
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub reason: String,
}

fn decision_schema() -> utoipa::openapi::Object {
    utoipa::openapi::ObjectBuilder::new()
        .schema_type(utoipa::openapi::schema::Type::String)
        .enum_values(Some([
            "verify",
            "reject",
            "suspend",
            "reinstate",
            "resubmit",
        ]))
        .build()
}

/// Where the organization's verification stands after the decision.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ReviewState {
    pub id: String,
    /// `pending`, `verified`, `rejected` or `suspended`.
    pub state: String,
}

fn unknown() -> AppError {
    AppError::NotFound("There is no such organization.".into())
}

/// Verifies, rejects, suspends or reinstates an organization (its country's
/// coordinator or the secretariat), or resubmits a rejected application (its editors).
#[utoipa::path(post, path = "/api/v1/organizations/{id}/review", tag = "write",
    params(("id" = String, Path, description = "The organization's id")),
    request_body = ReviewBody,
    security(("access_token" = [])),
    responses((status = 200, body = ReviewState), (status = 400, body = crate::http::error::ErrorBody),
        (status = 401, body = crate::http::error::ErrorBody), (status = 403, body = crate::http::error::ErrorBody),
        (status = 404, body = crate::http::error::ErrorBody), (status = 409, body = crate::http::error::ErrorBody)))]
pub async fn review_organization(
    State(state): State<AppState>,
    caller: ApiCaller,
    IdPath(id): IdPath,
    body: Bytes,
) -> Result<Json<ReviewState>, AppError> {
    if caller.0.is_none() {
        caller.authorize(Action::ApplyForOrganization)?;
    }
    let review = state
        .store()
        .review(id.as_str())
        .await?
        .ok_or_else(unknown)?;
    let body: ReviewBody = serde_json::from_slice(&body).map_err(|e| {
        AppError::bad_request(
            "invalid_body",
            format!("expected {{\"decision\": …, \"reason\": …}}: {e}"),
        )
    })?;
    let decision = Decision::parse(&body.decision).ok_or_else(|| {
        AppError::bad_request(
            "invalid_decision",
            "decision is one of verify, reject, suspend, reinstate, resubmit",
        )
    })?;
    let now = match app::review::decide(
        state.app(),
        caller.0.as_ref(),
        review.org_id.as_str(),
        decision,
        &body.reason,
    )
    .await
    {
        Ok(now) => now,
        Err(DecideError::Reason(problem)) => {
            return Err(AppError::bad_request("invalid_reason", problem.to_string()));
        }
        Err(DecideError::Other(e)) => return Err(e.into()),
    };
    Ok(Json(ReviewState {
        id: id.as_str().to_owned(),
        state: now.as_str().to_owned(),
    }))
}
