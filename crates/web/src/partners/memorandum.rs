//! A partnership's signed memorandum: uploaded as a PDF by an editor of
//! either side (the same limits as verification evidence, kept the same
//! way: staged, then named once the store has committed), and read back by
//! the editors of both sides and the secretariat, never publicly.

use super::Page;
use crate::http::auth::{Csrf, Viewer, random_token};
use crate::http::forms;
use crate::review::uploads;
use crate::{AppError, AppState};
use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderValue, header};
use axum::response::IntoResponse;

use crate::http::views::{Chrome, record_url};
use domain::EntityKind;

/// Multipart bodies carry the memorandum (5 MB) and the token.
pub const MAX_MEMORANDUM_BODY: usize = domain::MAX_EVIDENCE_BYTES + 64 * 1024;

/// A memorandum's file name: generated here, a PDF.
fn is_generated(file: &str) -> bool {
    uploads::generated_extension(file) == Some("pdf")
}

pub(super) async fn upload(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Path(id): Path<i64>,
    mut multipart: Multipart,
) -> Page {
    let me = viewer.require()?;
    let too_big = || AppError::PayloadTooLarge("The memorandum is larger than 5 MB.".into());
    let (mut token, mut bytes, mut back) = (String::new(), Vec::new(), String::new());
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|e| AppError::bad_request("invalid_form", e.body_text()))?
    {
        match field.name().unwrap_or_default() {
            "memorandum" => bytes = field.bytes().await.map_err(|_| too_big())?.to_vec(),
            "csrf" => token = forms::text_field(field).await?,
            "org" => back = forms::text_field(field).await?,
            _ => {}
        }
    }
    csrf.verify(&token)?;
    // Who may, before anything is written.
    let (partnership, _) = app::partners::partnership_for(state.app(), Some(me), id).await?;
    domain::partners::check_memorandum(&bytes)?;
    let dir = &state.config().uploads_dir;
    let file = format!("{}.pdf", random_token());
    let staged = uploads::stage(dir, &file, &bytes).await?;
    match app::partners::attach_memorandum(state.app(), Some(me), id, &file).await {
        Ok(replaced) => {
            staged.keep().await?;
            if let Some(old) = replaced.filter(|f| is_generated(f)) {
                let _ = tokio::fs::remove_file(dir.join(old)).await;
            }
        }
        Err(e) => {
            staged.discard().await;
            return Err(e.into());
        }
    }
    // Back to the profile it was sent from (one of the two sides).
    let org = if back == partnership.org_b {
        &partnership.org_b
    } else {
        &partnership.org_a
    };
    Ok(chrome
        .redirect(&format!(
            "{}#partnerships",
            record_url(EntityKind::Organization, org)
        ))
        .into_response())
}

pub(super) async fn download(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Page {
    let me = viewer.require()?;
    let (partnership, _) = app::partners::partnership_for(state.app(), Some(me), id).await?;
    let file = partnership
        .memorandum_file
        .filter(|f| is_generated(f))
        .ok_or_else(|| AppError::NotFound("No memorandum was attached.".into()))?;
    let bytes = tokio::fs::read(state.config().uploads_dir.join(&file))
        .await
        .map_err(|e| AppError::Internal(format!("memorandum {file}: {e}")))?;
    let mut response = bytes.into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/pdf"),
    );
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&format!("attachment; filename=\"memorandum-{id}.pdf\""))
            .unwrap_or(HeaderValue::from_static("attachment")),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    Ok(response)
}
