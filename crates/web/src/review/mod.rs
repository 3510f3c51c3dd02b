//! The organization lifecycle: an NGO applies (profile, registry identifier,
//! evidence document) → its country's coordinator verifies or rejects with a
//! reason → verified organizations carry a badge; suspension and
//! re-verification; editors edit the profile (in every language, seeing
//! which translations are missing) and invite colleagues.

use crate::{AppError, AppState};

pub mod api;
mod apply;
mod decide;
mod edit;
mod invite;
mod profile;
pub mod uploads;

use apply::{apply, apply_form};
use askama::Template;
use axum::Router;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use decide::{decide, evidence, queue, review_page};
use domain::EntityId;
use edit::{edit, edit_form};
use invite::{accept, accept_form, invite};
use profile::{
    Choice, ProfileFields, TranslationField, area_choices, country_choices, language_choices,
    sorted, translation_fields,
};

type Page = Result<Response, AppError>;

/// Multipart bodies carry the evidence document (5 MB) and the form.
pub const MAX_APPLICATION_BYTES: usize = domain::MAX_EVIDENCE_BYTES + 256 * 1024;

pub fn api_routes() -> utoipa_axum::router::OpenApiRouter<AppState> {
    utoipa_axum::router::OpenApiRouter::new().routes(utoipa_axum::routes!(api::review_organization))
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/apply",
            get(apply_form)
                .post(apply)
                .layer(axum::extract::DefaultBodyLimit::max(MAX_APPLICATION_BYTES)),
        )
        .route("/review", get(queue))
        .route("/review/{id}", get(review_page).post(decide))
        .route("/review/{id}/evidence", get(evidence))
        .route("/organizations/{id}/edit", get(edit_form).post(edit))
        .route("/organizations/{id}/invite", post(invite))
        .route("/invites/accept", get(accept_form).post(accept))
}

fn html(status: StatusCode, t: impl Template) -> Page {
    Ok((status, Html(t.render()?)).into_response())
}

fn org_id(raw: &str) -> Result<EntityId, AppError> {
    EntityId::parse(raw).map_err(|_| AppError::NotFound("There is no such organization.".into()))
}
