//! Editing a record through the API, authenticated by a personal access
//! token (`Authorization: Bearer bk_…`) and held to the same permission
//! rules as the pages: the one `domain::authorize`.

use crate::directory::api::{RecordJson, etag};
use crate::http::auth::ApiCaller;
use crate::http::params::IdPath;
use crate::{AppError, AppState};
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, header};
use domain::{Action, EntityKind, Record};
use store::EditConflict;

fn unknown() -> AppError {
    AppError::NotFound("There is no such organization.".into())
}

/// Replaces an organization's profile (the import format; `id` and
/// `country` must stay as they are). Send the `ETag` of the version you
/// read as `If-Match`: if someone saved since, the answer is 412 and
/// nothing is written.
#[utoipa::path(put, path = "/api/v1/organizations/{id}", tag = "write",
    params(("id" = String, Path, description = "The organization's id"),
        ("If-Match" = Option<String>, Header, description = "The ETag of the version this edit is based on (e.g. `\"3\"`), or `*`")),
    request_body(content = RecordJson, description = "The whole organization in the import format"),
    security(("access_token" = [])),
    responses((status = 200, body = RecordJson, headers(("ETag" = String, description = "The saved version"))),
        (status = 400, body = crate::http::error::ErrorBody),
        (status = 401, body = crate::http::error::ErrorBody), (status = 403, body = crate::http::error::ErrorBody),
        (status = 404, body = crate::http::error::ErrorBody), (status = 412, body = crate::http::error::ErrorBody)))]
pub async fn put_organization(
    State(state): State<AppState>,
    caller: ApiCaller,
    IdPath(id): IdPath,
    headers: HeaderMap,
    body: Bytes,
) -> Result<(HeaderMap, Json<RecordJson>), AppError> {
    // Authenticate before saying anything about the organization.
    if caller.0.is_none() {
        caller.authorize(Action::ApplyForOrganization)?;
    }
    let before = state
        .store()
        .editable_organization(id.as_str())
        .await?
        .ok_or_else(unknown)?;
    let me = caller.authorize(Action::EditOrganization {
        org: &id,
        country: before.record.country,
    })?;
    let expected = match if_match(&headers)? {
        IfMatch::Absent | IfMatch::Any => None,
        IfMatch::Versions(v) if v.contains(&before.version) => Some(before.version),
        IfMatch::Versions(_) => return Err(stale(before.version)),
    };
    let text = std::str::from_utf8(&body)
        .map_err(|_| AppError::bad_request("invalid_body", "the body is not UTF-8"))?;
    let record = Record::from_json(text)?;
    if record.id != id || record.kind != EntityKind::Organization {
        return Err(AppError::bad_request(
            "invalid_body",
            "the body must be this organization (same id, type organization)",
        ));
    }
    if record.country != before.record.country {
        return Err(AppError::bad_request(
            "invalid_body",
            "the country cannot be changed here: ask the secretariat",
        ));
    }
    match state
        .store()
        .save_organization(&record, expected, me.actorship(), state.now())
        .await?
    {
        Ok(saved) => {
            if saved.public {
                state.apply_local(&saved.record);
            }
            Ok((etag(saved.version), Json(RecordJson::from(saved.record))))
        }
        Err(EditConflict::Missing) => Err(unknown()),
        Err(EditConflict::Stale(theirs)) => Err(stale(theirs.version)),
    }
}

fn stale(current: i64) -> AppError {
    AppError::PreconditionFailed(format!(
        "the organization was changed since that version: it is now \"{current}\"; read it again, then send your edit with If-Match: \"{current}\""
    ))
}

enum IfMatch {
    Absent,
    Any,
    Versions(Vec<i64>),
}

/// Reads `If-Match`: `*`, or a list of our strong ETags (`"3", "4"`). A
/// weak tag never matches (RFC 9110 compares If-Match strongly).
fn if_match(headers: &HeaderMap) -> Result<IfMatch, AppError> {
    let values: Vec<&str> = headers
        .get_all(header::IF_MATCH)
        .iter()
        .map(|v| v.to_str())
        .collect::<Result<_, _>>()
        .map_err(|_| AppError::bad_request("invalid_header", "If-Match is not ASCII"))?;
    if values.is_empty() {
        return Ok(IfMatch::Absent);
    }
    let tags: Vec<&str> = values
        .iter()
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .collect();
    if tags.contains(&"*") {
        return Ok(IfMatch::Any);
    }
    Ok(IfMatch::Versions(
        tags.iter()
            .filter_map(|t| t.strip_prefix('"')?.strip_suffix('"')?.parse().ok())
            .collect(),
    ))
}
