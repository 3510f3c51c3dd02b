//! The forums' JSON API: forums and their programmes with public counts
//! (read), registering, cancelling and checking in (write, with personal
//! access tokens), through the same use cases as the pages.

use crate::http::auth::ApiCaller;
use crate::{AppError, AppState};
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use domain::{CountryCode, EntityId, EventKind, RegistrationState};
use store::{CheckIn, Event, Registration};

/// A forum, leg or session, with its public counts.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct EventJson {
    pub id: String,
    pub parent_id: Option<String>,
    pub forum_id: String,
    /// `forum`, `leg` or `session`.
    pub kind: String,
    /// A session's kind: `ceremony`, `panel`, `bilateral`, `visit`, `cultural`, `meetings`.
    pub format: String,
    /// `scheduled`, `planned` or `cancelled`.
    pub status: String,
    /// Title and description by language tag; `original_lang` marks the original.
    pub titles: std::collections::BTreeMap<String, String>,
    pub descriptions: std::collections::BTreeMap<String, String>,
    pub original_lang: String,
    /// RFC 3339, UTC.
    pub starts_at: String,
    pub ends_at: String,
    /// The venue's IANA time zone.
    pub time_zone: String,
    pub venue_id: Option<String>,
    pub venue_name: String,
    pub languages: Vec<String>,
    pub interpretation: Vec<String>,
    /// Seats; absent when the session is open to every participant.
    pub capacity: Option<u64>,
    pub speakers: Vec<String>,
    pub moderators: Vec<String>,
    pub organizers: Vec<String>,
    /// Seats held (confirmed, pending, offered), people waiting, people checked in.
    pub held: u64,
    pub waitlisted: u64,
    pub checked_in: u64,
}

#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ForumList {
    pub forums: Vec<EventJson>,
}

#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct Programme {
    /// The forum first, then its legs and sessions in programme order.
    pub events: Vec<EventJson>,
}

fn rfc3339(at: i64) -> String {
    domain::Timestamp::from_unix(at)
        .map(domain::Timestamp::rfc3339)
        .unwrap_or_default()
}

fn event_json(e: &Event, counts: Option<&store::EventCounts>) -> EventJson {
    let role = |r: &str| {
        e.people
            .iter()
            .filter(|p| p.role == r)
            .map(|p| p.record_id.clone())
            .collect()
    };
    let count = |s: RegistrationState| counts.map_or(0, |c| c.get(s));
    EventJson {
        id: e.id.clone(),
        parent_id: e.parent_id.clone(),
        forum_id: e.forum_id.clone(),
        kind: e.kind.as_str().into(),
        format: e.format.clone(),
        status: e.status.clone(),
        titles: e
            .texts
            .iter()
            .map(|t| (t.lang.clone(), t.title.clone()))
            .collect(),
        descriptions: e
            .texts
            .iter()
            .filter(|t| !t.description.is_empty())
            .map(|t| (t.lang.clone(), t.description.clone()))
            .collect(),
        original_lang: e.original_lang.clone(),
        starts_at: rfc3339(e.starts_at),
        ends_at: rfc3339(e.ends_at),
        time_zone: e.time_zone.clone(),
        venue_id: e.venue_id.clone(),
        venue_name: e.venue_name.clone(),
        languages: e.languages.clone(),
        interpretation: e.interpretation.clone(),
        capacity: e.capacity,
        speakers: role("speaker"),
        moderators: role("moderator"),
        organizers: e.organizers.clone(),
        held: count(RegistrationState::Confirmed)
            + count(RegistrationState::Pending)
            + count(RegistrationState::Offered),
        waitlisted: count(RegistrationState::Waitlisted),
        checked_in: counts.map_or(0, |c| c.checked_in),
    }
}

/// The network's forums, the latest first.
#[utoipa::path(get, path = "/api/v1/forums", tag = "forums",
    responses((status = 200, body = ForumList)))]
pub async fn list_forums(State(state): State<AppState>) -> Result<Json<ForumList>, AppError> {
    let forums = state.store().forums("ots").await?;
    let mut out = Vec::with_capacity(forums.len());
    for f in &forums {
        let counts = state.store().forum_counts(&f.id).await?;
        out.push(event_json(f, counts.get(&f.id)));
    }
    Ok(Json(ForumList { forums: out }))
}

/// A forum's programme: the forum, its legs and sessions, with public counts.
#[utoipa::path(get, path = "/api/v1/forums/{id}", tag = "forums",
    params(("id" = String, Path, description = "The forum's id")),
    responses((status = 200, body = Programme), (status = 404, body = crate::http::error::ErrorBody)))]
pub async fn get_forum(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Programme>, AppError> {
    let tree = state.store().forum_tree(&id).await?;
    if !tree
        .iter()
        .any(|e| e.id == id && e.kind == EventKind::Forum)
    {
        return Err(AppError::NotFound("There is no such forum.".into()));
    }
    let counts = state.store().forum_counts(&id).await?;
    Ok(Json(Programme {
        events: tree
            .iter()
            .map(|e| event_json(e, counts.get(&e.id)))
            .collect(),
    }))
}

/// What a registration is now.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct RegistrationJson {
    pub id: i64,
    pub event_id: String,
    /// `pending`, `confirmed`, `offered`, `waitlisted`, `cancelled`, `declined`, `expired` or `refused`.
    pub state: String,
    pub delegation: String,
    pub organization: Option<String>,
    /// When an offered seat stops being held (RFC 3339).
    pub offer_expires_at: Option<String>,
    /// The caller was registered already; nothing changed.
    pub already: bool,
}

fn registration_json(r: &Registration, already: bool) -> RegistrationJson {
    RegistrationJson {
        id: r.id,
        event_id: r.event_id.clone(),
        state: r.state.as_str().into(),
        delegation: r.delegation.as_str().into(),
        organization: r.org_id.clone(),
        offer_expires_at: r.offer_expires_at.map(rfc3339),
        already,
    }
}

#[derive(serde::Deserialize, utoipa::ToSchema, Default)]
#[serde(deny_unknown_fields, default)]
pub struct RegisterBody {
    /// The delegation (ISO 3166-1 alpha-2, `XN` for the TRNC); required for a forum.
    pub delegation: Option<String>,
    /// The organization registered for (the caller must edit it).
    pub organization: Option<String>,
}

fn body<T: serde::de::DeserializeOwned + Default>(bytes: &Bytes) -> Result<T, AppError> {
    if bytes.is_empty() {
        return Ok(T::default());
    }
    serde_json::from_slice(bytes).map_err(|e| {
        AppError::bad_request("invalid_body", format!("the JSON body does not fit: {e}"))
    })
}

/// Registers the caller for a forum or one of its sessions: a seat, the
/// organizers' approval, or the waitlist.
#[utoipa::path(post, path = "/api/v1/events/{id}/registrations", tag = "write",
    params(("id" = String, Path, description = "The forum's or session's id")),
    request_body = RegisterBody,
    security(("access_token" = [])),
    responses((status = 200, body = RegistrationJson), (status = 400, body = crate::http::error::ErrorBody),
        (status = 401, body = crate::http::error::ErrorBody), (status = 403, body = crate::http::error::ErrorBody),
        (status = 404, body = crate::http::error::ErrorBody)))]
pub async fn register(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    bytes: Bytes,
) -> Result<Json<RegistrationJson>, AppError> {
    caller.authorize(domain::Action::RegisterForEvent { on_behalf_of: None })?;
    let input: RegisterBody = body(&bytes)?;
    let delegation = input
        .delegation
        .as_deref()
        .map(CountryCode::parse)
        .transpose()?;
    let org = input
        .organization
        .as_deref()
        .map(EntityId::parse)
        .transpose()?;
    let done = app::events::register(
        state.app(),
        caller.0.as_ref(),
        &id,
        org.as_ref(),
        delegation,
    )
    .await?;
    Ok(Json(registration_json(&done.registration, done.already)))
}

/// Gives up a registration (the participant until the cut-off; the organizers at any time).
#[utoipa::path(delete, path = "/api/v1/registrations/{id}", tag = "write",
    params(("id" = i64, Path, description = "The registration's id")),
    security(("access_token" = [])),
    responses((status = 200, body = RegistrationJson), (status = 400, body = crate::http::error::ErrorBody),
        (status = 401, body = crate::http::error::ErrorBody), (status = 403, body = crate::http::error::ErrorBody),
        (status = 404, body = crate::http::error::ErrorBody)))]
pub async fn cancel(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(raw): Path<String>,
) -> Result<Json<RegistrationJson>, AppError> {
    let id: i64 = raw.parse().map_err(|_| {
        AppError::bad_request("invalid_id", "A registration's id is a whole number.")
    })?;
    caller.authorize(domain::Action::RegisterForEvent { on_behalf_of: None })?;
    let done = app::events::cancel(state.app(), caller.0.as_ref(), id).await?;
    Ok(Json(registration_json(&done, false)))
}

#[derive(serde::Deserialize, utoipa::ToSchema, Default)]
#[serde(deny_unknown_fields, default)]
pub struct CheckInBody {
    /// The code on the participant's badge (its QR code).
    pub code: String,
}

#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct CheckInJson {
    pub registration: i64,
    pub name: String,
    /// Checked in before: `checked_in_at` and `by` are the first check-in's.
    pub already: bool,
    pub checked_in_at: String,
    pub by: Option<String>,
}

/// Checks a participant in at the forum or one of its sessions (its organizers).
#[utoipa::path(post, path = "/api/v1/events/{id}/checkins", tag = "write",
    params(("id" = String, Path, description = "The forum's or session's id")),
    request_body = CheckInBody,
    security(("access_token" = [])),
    responses((status = 200, body = CheckInJson), (status = 400, body = crate::http::error::ErrorBody),
        (status = 401, body = crate::http::error::ErrorBody), (status = 403, body = crate::http::error::ErrorBody),
        (status = 404, body = crate::http::error::ErrorBody)))]
pub async fn check_in(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<String>,
    bytes: Bytes,
) -> Result<Json<CheckInJson>, AppError> {
    caller.authorize(domain::Action::RegisterForEvent { on_behalf_of: None })?;
    let input: CheckInBody = body(&bytes)?;
    let done = app::events::check_in(state.app(), caller.0.as_ref(), &id, &input.code).await?;
    let (already, at) = match done.result {
        CheckIn::Recorded { at } => (false, at),
        CheckIn::Already { at, .. } => (true, at),
    };
    Ok(Json(CheckInJson {
        registration: done.registration.id,
        name: done.display_name,
        already,
        checked_in_at: rfc3339(at),
        by: done.first_by,
    }))
}
