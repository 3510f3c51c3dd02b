//! JSON API writes, authenticated by personal access tokens
//! (`Authorization: Bearer bk_…`) and held to the same permission rules as
//! the pages: the one `domain::authorize`.

use crate::api::RecordJson;
use crate::auth::{ApiCaller, Viewer};
use crate::params::IdPath;
use crate::workflow::{DecisionError, apply_decision};
use crate::{AppError, AppState};
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use domain::{Action, Decision, EntityKind, Record};

/// A decision on an organization's verification.
#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewBody {
    /// `verify`, `reject`, `suspend`, `reinstate` or `resubmit`.
    pub decision: String,
    /// Why (required for `reject` and `suspend`; the applicant reads it).
    #[serde(default)]
    pub reason: String,
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

/// Replaces an organization's profile (the import format; `id` and
/// `country` must stay as they are).
#[utoipa::path(put, path = "/api/v1/organizations/{id}", tag = "write",
    params(("id" = String, Path, description = "The organization's id")),
    request_body(content = RecordJson, description = "The whole organization in the import format"),
    security(("access_token" = [])),
    responses((status = 200, body = RecordJson), (status = 400, body = crate::error::ErrorBody),
        (status = 401, body = crate::error::ErrorBody), (status = 403, body = crate::error::ErrorBody),
        (status = 404, body = crate::error::ErrorBody)))]
pub async fn put_organization(
    State(state): State<AppState>,
    caller: ApiCaller,
    IdPath(id): IdPath,
    body: Bytes,
) -> Result<Json<RecordJson>, AppError> {
    // Authenticate before saying anything about the organization.
    if caller.0.is_none() {
        caller.authorize(Action::ApplyForOrganization)?;
    }
    let before = match state.store().get(&id).await? {
        Some(r) if r.kind == EntityKind::Organization => r,
        Some(_) => return Err(unknown()),
        None => state
            .store()
            .review(id.as_str())
            .await?
            .map(|r| r.proposal)
            .ok_or_else(unknown)?,
    };
    let me = caller.authorize(Action::EditOrganization {
        org: &id,
        country: before.country,
    })?;
    let text = std::str::from_utf8(&body)
        .map_err(|_| AppError::bad_request("invalid_body", "the body is not UTF-8"))?;
    let record = Record::from_json(text)?;
    if record.id != id || record.kind != EntityKind::Organization {
        return Err(AppError::bad_request(
            "invalid_body",
            "the body must be this organization (same id, type organization)",
        ));
    }
    if record.country != before.country {
        return Err(AppError::bad_request(
            "invalid_body",
            "the country cannot be changed here: ask the secretariat",
        ));
    }
    state
        .store()
        .save_organization(&record, me.actorship(), state.now())
        .await?;
    if state.store().get(&id).await?.is_some() {
        state.apply_local(&record);
    }
    Ok(Json(RecordJson::from(record)))
}

/// Verifies, rejects, suspends or reinstates an organization (its country's
/// coordinator or the secretariat), or resubmits a rejected application (its editors).
#[utoipa::path(post, path = "/api/v1/organizations/{id}/review", tag = "write",
    params(("id" = String, Path, description = "The organization's id")),
    request_body = ReviewBody,
    security(("access_token" = [])),
    responses((status = 200, body = ReviewState), (status = 400, body = crate::error::ErrorBody),
        (status = 401, body = crate::error::ErrorBody), (status = 403, body = crate::error::ErrorBody),
        (status = 404, body = crate::error::ErrorBody), (status = 409, body = crate::error::ErrorBody)))]
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
    let viewer = Viewer(caller.0.clone());
    match apply_decision(&state, &viewer, &review, decision, body.reason.trim()).await {
        Ok(()) => {}
        Err(DecisionError::Reason(m)) => return Err(AppError::bad_request("invalid_reason", m)),
        Err(DecisionError::App(e)) => return Err(e),
    }
    let now = state
        .store()
        .review(id.as_str())
        .await?
        .ok_or_else(unknown)?;
    Ok(Json(ReviewState {
        id: id.as_str().to_owned(),
        state: now.state.as_str().to_owned(),
    }))
}
