//! The JSON API, `/api/v1`. Every handler here is described in the OpenAPI
//! document, which is generated from these annotations.

use crate::http::params::{self, IdPath, Params};
use crate::{AppError, AppState};
use app::readmodel::to_search_kind;
use axum::Json;
use axum::extract::State;
use domain::{AREAS, EntityKind, Record, country_name};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::time::Instant;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub use app::directory::MAX_QUERY_CHARS;
const MAX_OFFSET: u32 = 10_000;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(search))
        .routes(routes!(list_organizations))
        .routes(routes!(
            get_organization,
            crate::directory::edit_api::put_organization
        ))
        .routes(routes!(list_people))
        .routes(routes!(get_person))
        .routes(routes!(list_places))
        .routes(routes!(get_place))
        .routes(routes!(duplicates))
        .routes(routes!(network))
        .routes(routes!(areas))
}

/// A name in one language and script.
#[derive(Serialize, ToSchema)]
pub struct NameJson {
    pub value: String,
    /// BCP 47 language tag.
    pub lang: String,
    /// ISO 15924 script code.
    pub script: String,
}

/// A directory record, in the same shape as a line of the import format.
#[derive(Serialize, ToSchema)]
pub struct RecordJson {
    /// `organization`, `person` or `place`.
    #[serde(rename = "type")]
    pub kind: String,
    pub id: String,
    pub names: Vec<NameJson>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub areas: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub founded: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// Description by language tag.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub description: BTreeMap<String, String>,
}

impl From<Record> for RecordJson {
    fn from(r: Record) -> Self {
        Self {
            kind: r.kind.as_str().to_owned(),
            id: r.id.to_string(),
            names: r
                .names
                .into_iter()
                .map(|n| NameJson {
                    value: n.value,
                    lang: n.lang.to_string(),
                    script: n.script.as_str().to_owned(),
                })
                .collect(),
            country: r.country.map(|c| c.to_string()),
            city: r.city,
            areas: r.areas.iter().map(|a| a.as_str().to_owned()).collect(),
            founded: r.founded,
            website: r.website,
            description: r
                .description
                .into_iter()
                .map(|(l, t)| (l.to_string(), t))
                .collect(),
        }
    }
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct SearchQuery {
    /// The name to look for, in any language or script (at most 200 characters).
    pub q: Option<String>,
    /// Only records of this type: `organization`, `person` or `place`.
    #[serde(rename = "type")]
    #[param(rename = "type")]
    pub kind: Option<String>,
    /// Only records from this country (ISO 3166-1 alpha-2; `XN` for the TRNC).
    pub country: Option<String>,
    /// Only organizations working in this area of cooperation (a slug from `/api/v1/areas`).
    pub area: Option<String>,
    /// How many hits to return (1–100, default 10).
    pub limit: Option<String>,
    /// How many hits to skip (paging; at most 10000).
    pub offset: Option<String>,
}

/// Turns search parameters into an index query; shared by the API and the search page.
pub(crate) fn parse_search(q: &SearchQuery, default_limit: u32) -> Result<search::Query, AppError> {
    let text = q.q.clone().unwrap_or_default();
    if text.chars().count() > MAX_QUERY_CHARS {
        return Err(AppError::bad_request(
            "query_too_long",
            format!("q: a search is at most {MAX_QUERY_CHARS} characters long"),
        ));
    }
    if text.chars().any(char::is_control) {
        return Err(AppError::bad_request(
            "invalid_parameter",
            "q: contains control characters",
        ));
    }
    let kind = params::kind(&q.kind)?;
    Ok(search::Query {
        text: text.trim().to_owned(),
        kind: kind.map(to_search_kind),
        country: params::country(&q.country)?.map(|c| c.to_string()),
        area: params::area(&q.area)?.map(|a| a.as_str().to_owned()),
        limit: params::number("limit", &q.limit, default_limit, 100)?.max(1) as usize,
        offset: params::number("offset", &q.offset, 0, MAX_OFFSET)? as usize,
    })
}

#[derive(Serialize, ToSchema)]
pub struct SearchHit {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    /// The record's name that matched best.
    pub name: String,
    pub country: Option<String>,
    /// Higher is better; comparable within one response only.
    pub score: f32,
    /// How the hit matched the query: `exact`, `transliterated`,
    /// `translated`, `fuzzy`, or `partial` (no record matches every word).
    #[serde(rename = "match")]
    #[schema(
        rename = "match",
        pattern = "^(exact|transliterated|translated|fuzzy|partial)$"
    )]
    pub match_kind: String,
}

#[derive(Serialize, ToSchema)]
pub struct FacetCount {
    pub value: String,
    pub count: usize,
}

#[derive(Serialize, ToSchema)]
pub struct SearchFacets {
    #[serde(rename = "type")]
    pub kind: Vec<FacetCount>,
    pub country: Vec<FacetCount>,
    pub area: Vec<FacetCount>,
}

#[derive(Serialize, ToSchema)]
pub struct SearchResponse {
    pub query: String,
    /// How many records match in all (hits holds one page of them).
    pub total: usize,
    pub hits: Vec<SearchHit>,
    /// Time the search itself took, in microseconds.
    pub took_micros: u64,
    pub facets: SearchFacets,
    /// A spelling that would find something, when nothing matched.
    pub suggestion: Option<String>,
}

/// Search organizations, people and places by name, across scripts and spellings.
#[utoipa::path(
    get,
    path = "/api/v1/search",
    tag = "search",
    params(SearchQuery),
    responses(
        (status = 200, description = "Matching records, best first", body = SearchResponse),
        (status = 400, description = "A parameter is missing or invalid", body = crate::http::error::ErrorBody),
    )
)]
async fn search(
    State(state): State<AppState>,
    Params(q): Params<SearchQuery>,
) -> Result<Json<SearchResponse>, AppError> {
    let query = parse_search(&q, 10)?;
    if query.text.is_empty() {
        return Err(AppError::bad_request(
            "empty_query",
            "q: give a name to search for",
        ));
    }
    let started = Instant::now();
    let results = state.read().index.search(&query);
    let took_micros = u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX);
    let counts = |v: Vec<(String, usize)>| {
        v.into_iter()
            .map(|(value, count)| FacetCount { value, count })
            .collect()
    };
    Ok(Json(SearchResponse {
        query: query.text,
        total: results.total,
        hits: results
            .hits
            .into_iter()
            .map(|h| SearchHit {
                id: h.id,
                kind: h.kind.as_str().to_owned(),
                name: h.name,
                country: h.country,
                score: h.score,
                match_kind: h.match_kind.as_str().to_owned(),
            })
            .collect(),
        took_micros,
        facets: SearchFacets {
            kind: counts(
                results
                    .facets
                    .kind
                    .into_iter()
                    .map(|(k, n)| (k.as_str().to_owned(), n))
                    .collect(),
            ),
            country: counts(results.facets.country),
            area: counts(results.facets.area),
        },
        suggestion: results.suggestion,
    }))
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct DuplicatesQuery {
    /// The kind of record about to be entered: `organization`, `person` or `place`.
    #[serde(rename = "type")]
    #[param(rename = "type")]
    pub kind: Option<String>,
    /// The name about to be entered, in any language or script.
    pub name: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct DuplicatesResponse {
    /// Existing records whose names match this one across scripts, best first.
    pub hits: Vec<SearchHit>,
}

/// Duplicate hints: existing records a new name probably refers to
/// ("Хикмет Гаджиев" when "Hikmət Hacıyev" is entered). Ask before saving.
#[utoipa::path(
    get,
    path = "/api/v1/duplicates",
    tag = "search",
    params(DuplicatesQuery),
    responses(
        (status = 200, description = "Possible duplicates, best first (empty when none)", body = DuplicatesResponse),
        (status = 400, description = "A parameter is missing or invalid", body = crate::http::error::ErrorBody),
    )
)]
async fn duplicates(
    State(state): State<AppState>,
    Params(q): Params<DuplicatesQuery>,
) -> Result<Json<DuplicatesResponse>, AppError> {
    let kind = params::kind(&q.kind)?.ok_or_else(|| {
        AppError::bad_request(
            "invalid_parameter",
            "type: give organization, person or place",
        )
    })?;
    let name = q.name.unwrap_or_default();
    let name = name.trim();
    if name.is_empty() {
        return Err(AppError::bad_request(
            "empty_query",
            "name: give the name about to be entered",
        ));
    }
    if name.chars().count() > MAX_QUERY_CHARS {
        return Err(AppError::bad_request(
            "query_too_long",
            format!("name: at most {MAX_QUERY_CHARS} characters"),
        ));
    }
    let hits = state
        .read()
        .index
        .similar(&[name.to_owned()], to_search_kind(kind), 5)
        .into_iter()
        .map(|h| SearchHit {
            id: h.id,
            kind: h.kind.as_str().to_owned(),
            name: h.name,
            country: h.country,
            score: h.score,
            match_kind: h.match_kind.as_str().to_owned(),
        })
        .collect();
    Ok(Json(DuplicatesResponse { hits }))
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ListQuery {
    /// Only records from this country (ISO 3166-1 alpha-2; `XN` for the TRNC).
    pub country: Option<String>,
    /// Only records in this area of cooperation.
    pub area: Option<String>,
    /// Continue after the record with this id (the previous page's `next`).
    pub after: Option<String>,
    /// Page size (1–100, default 25).
    pub limit: Option<String>,
}

/// Default and largest page of a directory listing, in the API and on pages.
pub(crate) const LIST_PAGE_SIZE: u32 = 25;
pub(crate) const MAX_LIST_PAGE_SIZE: u32 = 100;

impl ListQuery {
    /// The filter, the record to continue after, and the page size.
    pub(crate) fn parse(
        &self,
        kind: EntityKind,
    ) -> Result<(store::ListFilter, Option<domain::EntityId>, u32), AppError> {
        let filter = store::ListFilter {
            kind,
            country: params::country(&self.country)?,
            area: params::area(&self.area)?,
        };
        let after = params::after(&self.after)?;
        let limit =
            params::number("limit", &self.limit, LIST_PAGE_SIZE, MAX_LIST_PAGE_SIZE)?.max(1);
        Ok((filter, after, limit))
    }
}

#[derive(Serialize, ToSchema)]
pub struct RecordPage {
    /// How many records match the filters in all.
    pub total: u64,
    pub items: Vec<RecordJson>,
    /// Pass as `after` to get the next page; absent on the last page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
}

async fn list(
    state: &AppState,
    q: &ListQuery,
    kind: EntityKind,
) -> Result<Json<RecordPage>, AppError> {
    let (filter, after, limit) = q.parse(kind)?;
    // One more than the page: a full last page offers no `next`.
    let mut records = state
        .store()
        .list(&filter, after.as_ref(), limit + 1)
        .await?;
    let more = records.len() > limit as usize;
    records.truncate(limit as usize);
    let total = state.count(&filter);
    let next = more
        .then(|| records.last().map(|r| r.id.to_string()))
        .flatten();
    Ok(Json(RecordPage {
        total,
        items: records.into_iter().map(RecordJson::from).collect(),
        next,
    }))
}

async fn one(
    state: &AppState,
    id: &domain::EntityId,
    kind: EntityKind,
) -> Result<(axum::http::HeaderMap, Json<RecordJson>), AppError> {
    match state.store().get_versioned(id).await? {
        Some((r, version)) if r.kind == kind => Ok((etag(version), Json(r.into()))),
        _ => Err(AppError::NotFound(format!(
            "no {} with id {id}",
            kind.as_str()
        ))),
    }
}

/// `ETag: "N"` for a record at version N (strong: the version changes with
/// every write, so `If-Match` can hold an edit to the version it read).
pub(crate) fn etag(version: i64) -> axum::http::HeaderMap {
    let mut headers = axum::http::HeaderMap::new();
    if let Ok(value) = axum::http::HeaderValue::from_str(&format!("\"{version}\"")) {
        headers.insert(axum::http::header::ETAG, value);
    }
    headers
}

/// List organizations in name order, with filters and keyset paging.
#[utoipa::path(get, path = "/api/v1/organizations", tag = "directory", params(ListQuery),
    responses((status = 200, body = RecordPage), (status = 400, body = crate::http::error::ErrorBody)))]
async fn list_organizations(
    State(s): State<AppState>,
    Params(q): Params<ListQuery>,
) -> Result<Json<RecordPage>, AppError> {
    list(&s, &q, EntityKind::Organization).await
}

/// One organization by its id.
#[utoipa::path(get, path = "/api/v1/organizations/{id}", tag = "directory",
    params(("id" = String, Path, description = "The organization's id (as imported)")),
    responses((status = 200, body = RecordJson), (status = 400, body = crate::http::error::ErrorBody), (status = 404, body = crate::http::error::ErrorBody)))]
async fn get_organization(
    State(s): State<AppState>,
    IdPath(id): IdPath,
) -> Result<(axum::http::HeaderMap, Json<RecordJson>), AppError> {
    one(&s, &id, EntityKind::Organization).await
}

/// List people in name order, with filters and keyset paging.
#[utoipa::path(get, path = "/api/v1/people", tag = "directory", params(ListQuery),
    responses((status = 200, body = RecordPage), (status = 400, body = crate::http::error::ErrorBody)))]
async fn list_people(
    State(s): State<AppState>,
    Params(q): Params<ListQuery>,
) -> Result<Json<RecordPage>, AppError> {
    list(&s, &q, EntityKind::Person).await
}

/// One person by id.
#[utoipa::path(get, path = "/api/v1/people/{id}", tag = "directory",
    params(("id" = String, Path, description = "The person's id")),
    responses((status = 200, body = RecordJson), (status = 400, body = crate::http::error::ErrorBody), (status = 404, body = crate::http::error::ErrorBody)))]
async fn get_person(
    State(s): State<AppState>,
    IdPath(id): IdPath,
) -> Result<(axum::http::HeaderMap, Json<RecordJson>), AppError> {
    one(&s, &id, EntityKind::Person).await
}

/// List places in name order, with filters and keyset paging.
#[utoipa::path(get, path = "/api/v1/places", tag = "directory", params(ListQuery),
    responses((status = 200, body = RecordPage), (status = 400, body = crate::http::error::ErrorBody)))]
async fn list_places(
    State(s): State<AppState>,
    Params(q): Params<ListQuery>,
) -> Result<Json<RecordPage>, AppError> {
    list(&s, &q, EntityKind::Place).await
}

/// One place by id.
#[utoipa::path(get, path = "/api/v1/places/{id}", tag = "directory",
    params(("id" = String, Path, description = "The place's id")),
    responses((status = 200, body = RecordJson), (status = 400, body = crate::http::error::ErrorBody), (status = 404, body = crate::http::error::ErrorBody)))]
async fn get_place(
    State(s): State<AppState>,
    IdPath(id): IdPath,
) -> Result<(axum::http::HeaderMap, Json<RecordJson>), AppError> {
    one(&s, &id, EntityKind::Place).await
}

#[derive(Serialize, ToSchema)]
pub struct NetworkCountryJson {
    pub code: String,
    pub name: String,
    /// `member` or `observer`.
    pub status: String,
    pub since: Option<String>,
    pub chair: bool,
}

#[derive(Serialize, ToSchema)]
pub struct NetworkJson {
    pub name: String,
    pub seat: Option<String>,
    pub seat_place_id: Option<String>,
    pub chair: Option<String>,
    pub chair_since: Option<String>,
    pub countries: Vec<NetworkCountryJson>,
}

/// The network: its member and observer countries, chair and seat.
#[utoipa::path(get, path = "/api/v1/network", tag = "network",
    responses((status = 200, body = NetworkJson), (status = 404, description = "No network is configured", body = crate::http::error::ErrorBody)))]
async fn network(State(s): State<AppState>) -> Result<Json<NetworkJson>, AppError> {
    let n = s
        .store()
        .network()
        .await?
        .ok_or_else(|| AppError::NotFound("no network is configured".into()))?;
    let chair = n.chair.as_ref().map(|c| c.country);
    Ok(Json(NetworkJson {
        countries: n
            .countries
            .iter()
            .map(|c| NetworkCountryJson {
                code: c.code.to_string(),
                name: country_name(c.code.as_str(), "en").unwrap_or("").to_owned(),
                status: c.status.as_str().to_owned(),
                since: c.since.clone(),
                chair: chair == Some(c.code),
            })
            .collect(),
        name: n.name,
        seat: n.seat_name,
        seat_place_id: n.seat_place_id,
        chair: chair.map(|c| c.to_string()),
        chair_since: n.chair.and_then(|c| c.since),
    }))
}

#[derive(Serialize, ToSchema)]
pub struct AreaJson {
    pub slug: String,
    pub label: String,
}

/// The areas of cooperation (the taxonomy organizations are filed under).
#[utoipa::path(get, path = "/api/v1/areas", tag = "network", responses((status = 200, body = Vec<AreaJson>)))]
async fn areas() -> Json<Vec<AreaJson>> {
    Json(
        AREAS
            .iter()
            .map(|a| AreaJson {
                slug: a.slug.to_owned(),
                label: a.label.to_owned(),
            })
            .collect(),
    )
}
