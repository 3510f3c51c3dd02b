//! The coverage matrix of the bilateral series (`/forums/coverage`): every
//! pair of countries, held (years, linked), planned, or never met. Words
//! and symbols carry the state, colour only repeats it. The same pairs as
//! CSV (`/forums/coverage.csv`) and JSON (`/api/v1/coverage`).

use super::{Page, html};
use crate::http::csv::csv_cell;
use crate::http::params::encode;
use crate::http::views::Chrome;
use crate::{AppError, AppState};
use askama::Template;
use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use domain::{Coverage, Edition, PairState};

const NETWORK: &str = "ots";

/// An edition's year, linked to its forum (or to its place in a larger one).
struct YearLink {
    year: String,
    url: String,
}

struct Cell {
    /// `held`, `planned`, `never`, or `self` on the diagonal.
    class: &'static str,
    /// The state in words (shown, and read out).
    label: String,
    held: Vec<YearLink>,
    planned: Vec<YearLink>,
    /// "3 partnerships", or empty.
    partnerships: String,
}

struct Row {
    country: String,
    cells: Vec<Cell>,
}

#[derive(Template)]
#[template(path = "forums/coverage.html")]
struct CoveragePage {
    chrome: Chrome,
    columns: Vec<String>,
    rows: Vec<Row>,
    held: usize,
    planned: usize,
    never: usize,
    csv_url: String,
    json_url: String,
}

fn edition_path(e: &Edition) -> String {
    let forum = format!("/forums/{}", encode(&e.forum_id));
    if e.forum_id == e.event_id {
        forum
    } else {
        format!("{forum}#{}", encode(&e.event_id))
    }
}

pub(super) async fn page(State(state): State<AppState>, chrome: Chrome) -> Page {
    let chrome = chrome.section("forums");
    let matrix = app::events::coverage(state.app(), NETWORK).await?;
    let links = |editions: &[Edition]| -> Vec<YearLink> {
        editions
            .iter()
            .map(|e| YearLink {
                year: e.year.to_string(),
                url: chrome.href(&edition_path(e)),
            })
            .collect()
    };
    let rows = matrix
        .countries
        .iter()
        .map(|row| Row {
            country: chrome.country(row.as_str()),
            cells: matrix
                .countries
                .iter()
                .map(|col| match matrix.pair(row, col) {
                    None => Cell {
                        class: "self",
                        label: chrome.t("coverage-same"),
                        held: Vec::new(),
                        planned: Vec::new(),
                        partnerships: String::new(),
                    },
                    Some(pair) => {
                        let state = pair.state();
                        Cell {
                            class: state.as_str(),
                            label: chrome.t(&format!("coverage-{}", state.as_str())),
                            held: links(&pair.held),
                            planned: links(&pair.planned),
                            partnerships: if pair.partnerships == 0 {
                                String::new()
                            } else {
                                chrome.tn(
                                    "partners-reason-partnerships",
                                    &u64::from(pair.partnerships),
                                )
                            },
                        }
                    }
                })
                .collect(),
        })
        .collect();
    let count = |s: PairState| matrix.pairs.iter().filter(|p| p.state() == s).count();
    html(
        StatusCode::OK,
        CoveragePage {
            columns: matrix
                .countries
                .iter()
                .map(|c| chrome.country(c.as_str()))
                .collect(),
            rows,
            held: count(PairState::Held),
            planned: count(PairState::Planned),
            never: count(PairState::Never),
            csv_url: chrome.href("/forums/coverage.csv"),
            json_url: "/api/v1/coverage".to_owned(),
            chrome,
        },
    )
}

fn years(editions: &[Edition]) -> String {
    editions
        .iter()
        .map(|e| e.year.to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The pairs as CSV, one line per pair; country names in the visitor's language.
pub(super) async fn csv(State(state): State<AppState>, chrome: Chrome) -> Page {
    let matrix = app::events::coverage(state.app(), NETWORK).await?;
    let mut out = String::from(
        "country_a,country_b,name_a,name_b,state,held_years,planned_years,editions,partnerships\r\n",
    );
    for p in &matrix.pairs {
        let editions: Vec<&str> = p
            .held
            .iter()
            .chain(&p.planned)
            .map(|e| e.event_id.as_str())
            .collect();
        let cells = [
            p.a.as_str().to_owned(),
            p.b.as_str().to_owned(),
            chrome.country(p.a.as_str()),
            chrome.country(p.b.as_str()),
            p.state().as_str().to_owned(),
            years(&p.held),
            years(&p.planned),
            editions.join(" "),
            p.partnerships.to_string(),
        ];
        let line: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"coverage.csv\"",
            ),
        ],
        out,
    )
        .into_response())
}

/// One edition of a series in the coverage answer.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct EditionJson {
    pub event_id: String,
    pub forum_id: String,
    pub year: i32,
    /// The edition's page.
    pub url: String,
}

/// Two countries and their bilateral forums.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct PairJson {
    pub a: String,
    pub b: String,
    /// `held` (at least one edition took place), `planned` or `never`.
    pub state: String,
    pub held: Vec<EditionJson>,
    pub planned: Vec<EditionJson>,
    /// Partnerships between organizations of the two countries.
    pub partnerships: u32,
}

/// The coverage matrix as pairs: every pair of the countries, once.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct CoverageJson {
    /// The countries, in the network's order.
    pub countries: Vec<String>,
    pub pairs: Vec<PairJson>,
}

fn coverage_json(matrix: &Coverage) -> CoverageJson {
    let editions = |list: &[Edition]| {
        list.iter()
            .map(|e| EditionJson {
                event_id: e.event_id.clone(),
                forum_id: e.forum_id.clone(),
                year: e.year,
                url: edition_path(e),
            })
            .collect()
    };
    CoverageJson {
        countries: matrix
            .countries
            .iter()
            .map(|c| c.as_str().to_owned())
            .collect(),
        pairs: matrix
            .pairs
            .iter()
            .map(|p| PairJson {
                a: p.a.as_str().to_owned(),
                b: p.b.as_str().to_owned(),
                state: p.state().as_str().to_owned(),
                held: editions(&p.held),
                planned: editions(&p.planned),
                partnerships: p.partnerships,
            })
            .collect(),
    }
}

/// Which pairs of countries have held bilateral NGO forums, planned them,
/// or never met.
#[utoipa::path(get, path = "/api/v1/coverage", tag = "forums",
    responses((status = 200, body = CoverageJson)))]
pub async fn coverage(State(state): State<AppState>) -> Result<Json<CoverageJson>, AppError> {
    let matrix = app::events::coverage(state.app(), NETWORK).await?;
    Ok(Json(coverage_json(&matrix)))
}
