//! The network in figures: `/statistics` and `/statistics/{country}`, each
//! chart hand-written SVG (`role="img"`, a `<title>` and a `<desc>`, every
//! number written as text in the visitor's language) beside a real data
//! table; the same rows as CSV (`/statistics/{chart}.csv`,
//! `/statistics/{country}/{chart}.csv`) and JSON (`/api/v1/statistics`).
//! The figures are `app::statistics`'; this folder only lays them out.

mod svg;

use crate::http::csv::csv_cell;
use crate::http::params::Params;
use crate::http::views::Chrome;
use crate::{AppError, AppState};
use askama::Template;
use axum::Json;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use domain::{CountryCode, PairCounts};

type Page = Result<Response, AppError>;

const NETWORK: &str = "ots";

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/statistics", get(network_page))
        .route("/statistics/{item}", get(country_page_or_csv))
        .route("/statistics/{country}/{chart}", get(country_csv))
}

pub fn api_routes() -> utoipa_axum::router::OpenApiRouter<AppState> {
    utoipa_axum::router::OpenApiRouter::new().routes(utoipa_axum::routes!(statistics))
}

/// One column of a chart's figures.
pub(crate) struct Column {
    /// Its name in the CSV header and the JSON `columns`.
    pub name: &'static str,
    pub label: String,
}

/// One row of a chart: what it counts (a country code, an area slug, a
/// forum id, a pair `AZ-TR`, a year) and its figures, one per column.
pub(crate) struct Row {
    pub key: String,
    pub label: String,
    /// The label's language when it is not the page's (a forum's title).
    pub lang: String,
    pub values: Vec<u64>,
    /// The values written in the visitor's language.
    pub shown: Vec<String>,
}

/// A chart with everything its figure, table, CSV and JSON show.
pub(crate) struct Chart {
    /// Stable: the CSV's name and the JSON's `id`.
    pub id: &'static str,
    pub title: String,
    pub desc: String,
    /// A sentence under the chart (what is not counted), or empty.
    pub note: String,
    pub key_label: String,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    pub csv_url: String,
    pub drawing: svg::Drawing,
}

impl Chart {
    /// `rows` as (key, label, values); drawn as bars of `drawn` columns.
    fn bars(
        chrome: &Chrome,
        id: &'static str,
        head: (String, String, String),
        columns: Vec<Column>,
        rows: Vec<(String, String, String, Vec<u64>)>,
        drawn: &[usize],
    ) -> Self {
        let rows: Vec<Row> = rows
            .into_iter()
            .map(|(key, label, lang, values)| Row {
                shown: values.iter().map(|v| fmt(chrome, *v)).collect(),
                key,
                label,
                lang,
                values,
            })
            .collect();
        let names: Vec<&'static str> = columns.iter().map(|c| c.name).collect();
        let drawing = svg::bars(&rows, &names, drawn);
        let (title, desc, key_label) = head;
        Self {
            id,
            title,
            desc,
            note: String::new(),
            key_label,
            columns,
            rows,
            csv_url: String::new(),
            drawing,
        }
    }
}

fn fmt(chrome: &Chrome, n: u64) -> String {
    locale::format_count(chrome.lang, n)
}

fn col(chrome: &Chrome, name: &'static str, key: &str) -> Column {
    Column {
        name,
        label: chrome.t(key),
    }
}

/// The columns of the cooperation between pairs, one per source.
fn pair_columns(chrome: &Chrome) -> Vec<Column> {
    PairCounts::SOURCES
        .iter()
        .map(|s| Column {
            name: s,
            label: chrome.t(&format!("statistics-col-{}", s.replace('_', "-"))),
        })
        .collect()
}

fn pair_key(p: &PairCounts) -> String {
    format!("{}-{}", p.a, p.b)
}

/// Every chart of the network's page, or of one country's.
fn charts(chrome: &Chrome, s: &app::statistics::Statistics) -> Vec<Chart> {
    let country_row = |c: &CountryCode, values: Vec<u64>| {
        (
            c.as_str().to_owned(),
            chrome.country(c.as_str()),
            String::new(),
            values,
        )
    };
    let scope_name = s.country.map(|c| chrome.country(c.as_str()));
    let mut out = Vec::new();
    if s.country.is_none() {
        out.push(Chart::bars(
            chrome,
            "organizations-by-country",
            (
                chrome.t("statistics-by-country-title"),
                chrome.t("statistics-by-country-desc"),
                chrome.t("statistics-key-country"),
            ),
            vec![col(chrome, "organizations", "statistics-col-organizations")],
            s.by_country
                .iter()
                .map(|(c, n)| country_row(c, vec![*n]))
                .collect(),
            &[0],
        ));
    }
    // Most first; ties in the taxonomy's order (the same in every language).
    let mut areas = s.by_area.clone();
    areas.sort_by_key(|a| std::cmp::Reverse(a.1));
    out.push(Chart::bars(
        chrome,
        "organizations-by-area",
        (
            chrome.t("statistics-by-area-title"),
            chrome.t("statistics-by-area-desc"),
            chrome.t("statistics-key-area"),
        ),
        vec![col(chrome, "organizations", "statistics-col-organizations")],
        areas
            .iter()
            .map(|(a, n)| {
                (
                    a.as_str().to_owned(),
                    chrome.t(&format!("area-{}", a.as_str())),
                    String::new(),
                    vec![*n],
                )
            })
            .collect(),
        &[0],
    ));
    out.push(Chart::bars(
        chrome,
        "verification-by-country",
        (
            chrome.t("statistics-verification-title"),
            chrome.t("statistics-verification-desc"),
            chrome.t("statistics-key-country"),
        ),
        vec![
            col(chrome, "verified", "statistics-col-verified"),
            col(chrome, "not_verified", "statistics-col-not-verified"),
        ],
        s.verification
            .iter()
            .map(|v| country_row(&v.country, vec![v.verified, v.not_verified]))
            .collect(),
        &[0, 1],
    ));
    let participants = vec![col(chrome, "participants", "statistics-col-participants")];
    out.push(match &scope_name {
        None => Chart::bars(
            chrome,
            "forum-participation",
            (
                chrome.t("statistics-participation-title"),
                chrome.t("statistics-participation-desc"),
                chrome.t("statistics-key-delegation"),
            ),
            participants,
            s.participation
                .iter()
                .filter_map(|(c, n)| Some(country_row(&CountryCode::parse(c).ok()?, vec![*n])))
                .collect(),
            &[0],
        ),
        Some(name) => Chart::bars(
            chrome,
            "forum-participation",
            (
                chrome.t1("statistics-participation-country-title", "country", name),
                chrome.t1("statistics-participation-country-desc", "country", name),
                chrome.t("statistics-key-forum"),
            ),
            participants,
            s.participation
                .iter()
                .map(|(forum, n)| {
                    let text = s
                        .forums
                        .iter()
                        .find(|f| &f.id == forum)
                        .and_then(|f| f.text(chrome.lang));
                    let (title, lang) = match text {
                        Some(t) if t.lang == chrome.lang => (t.title.clone(), String::new()),
                        Some(t) => (t.title.clone(), t.lang.clone()),
                        None => (forum.clone(), String::new()),
                    };
                    (forum.clone(), title, lang, vec![*n])
                })
                .collect(),
            &[0],
        ),
    });
    let pair_rows: Vec<(String, String, String, Vec<u64>)> = s
        .pairs
        .iter()
        .map(|p| {
            let label = match s.country {
                Some(c) if c == p.a => chrome.country(p.b.as_str()),
                Some(_) => chrome.country(p.a.as_str()),
                None => format!(
                    "{} – {}",
                    chrome.country(p.a.as_str()),
                    chrome.country(p.b.as_str())
                ),
            };
            (pair_key(p), label, String::new(), p.values())
        })
        .collect();
    let all_sources: Vec<usize> = (0..PairCounts::SOURCES.len()).collect();
    let mut pairs = match &scope_name {
        None => Chart::bars(
            chrome,
            "cooperation-between-countries",
            (
                chrome.t("statistics-pairs-title"),
                chrome.t("statistics-pairs-desc"),
                chrome.t("statistics-key-pair"),
            ),
            pair_columns(chrome),
            pair_rows,
            &all_sources,
        ),
        Some(name) => Chart::bars(
            chrome,
            "cooperation-between-countries",
            (
                chrome.t1("statistics-pairs-country-title", "country", name),
                chrome.t1("statistics-pairs-country-desc", "country", name),
                chrome.t("statistics-key-partner"),
            ),
            pair_columns(chrome),
            pair_rows,
            &all_sources,
        ),
    };
    if s.country.is_none() {
        pairs.drawing = svg::heat_map(chrome, &s.countries, &s.pairs);
    }
    out.push(pairs);
    let mut growth = Chart::bars(
        chrome,
        "growth",
        (
            chrome.t("statistics-growth-title"),
            chrome.t("statistics-growth-desc"),
            chrome.t("statistics-key-year"),
        ),
        vec![
            col(chrome, "founded", "statistics-col-founded"),
            col(chrome, "total", "statistics-col-total"),
        ],
        s.growth
            .iter()
            .map(|y| {
                (
                    y.year.to_string(),
                    y.year.to_string(),
                    String::new(),
                    vec![y.founded, y.total],
                )
            })
            .collect(),
        &[1],
    );
    if s.undated > 0 {
        growth.note = chrome.tn("statistics-growth-undated", &s.undated);
    }
    out.push(growth);
    let base = match s.country {
        Some(c) => format!("/statistics/{}", c.as_str()),
        None => "/statistics".to_owned(),
    };
    for c in &mut out {
        c.csv_url = chrome.href(&format!("{base}/{}.csv", c.id));
    }
    out
}

/// A link to one country's figures.
struct CountryLink {
    name: String,
    url: String,
}

#[derive(Template)]
#[template(path = "statistics/statistics.html")]
struct StatisticsPage {
    chrome: Chrome,
    title: String,
    lead: String,
    charts: Vec<Chart>,
    json_url: String,
    /// On the network's page: each country's; on a country's: the network's.
    countries: Vec<CountryLink>,
    all_url: String,
}

async fn figures(
    state: &AppState,
    country: Option<CountryCode>,
) -> Result<app::statistics::Statistics, AppError> {
    Ok(app::statistics::statistics(state.app(), NETWORK, country).await?)
}

fn render(t: impl Template) -> Page {
    Ok(Html(t.render()?).into_response())
}

async fn network_page(State(state): State<AppState>, chrome: Chrome) -> Page {
    let s = figures(&state, None).await?;
    page(chrome, &s)
}

fn page(chrome: Chrome, s: &app::statistics::Statistics) -> Page {
    let chrome = chrome.section("statistics");
    let (title, lead) = match s.country {
        Some(c) => {
            let name = chrome.country(c.as_str());
            (
                chrome.t1("statistics-country-title", "country", &name),
                chrome.t1("statistics-country-lead", "country", &name),
            )
        }
        None => (chrome.t("statistics-title"), chrome.t("statistics-lead")),
    };
    let mut countries: Vec<CountryLink> = if s.country.is_none() {
        s.countries
            .iter()
            .map(|c| CountryLink {
                name: chrome.country(c.as_str()),
                url: chrome.href(&format!("/statistics/{}", c.as_str())),
            })
            .collect()
    } else {
        Vec::new()
    };
    chrome.sort_by_label(&mut countries, |c| &c.name);
    let json_url = match s.country {
        Some(c) => format!("/api/v1/statistics?country={}", c.as_str()),
        None => "/api/v1/statistics".to_owned(),
    };
    let chrome = chrome.clone().describe(&lead);
    render(StatisticsPage {
        charts: charts(&chrome, s),
        all_url: chrome.href("/statistics"),
        title,
        lead,
        json_url,
        countries,
        chrome,
    })
}

/// A country code of the network, or 404.
fn network_country(code: &str) -> Result<CountryCode, AppError> {
    CountryCode::parse(code).map_err(|_| no_country(code))
}

fn no_country(code: &str) -> AppError {
    AppError::NotFound(format!(
        "There are no statistics for {code:?}: it is not a country of the network."
    ))
}

/// A country's figures, or 404 when it is not one of the network's.
async fn country_figures(
    state: &AppState,
    code: &str,
) -> Result<app::statistics::Statistics, AppError> {
    let c = network_country(code)?;
    let s = figures(state, Some(c)).await?;
    if !s.countries.contains(&c) {
        return Err(no_country(code));
    }
    Ok(s)
}

async fn country_page_or_csv(
    State(state): State<AppState>,
    chrome: Chrome,
    Path(item): Path<String>,
) -> Page {
    if let Some(chart) = item.strip_suffix(".csv") {
        let s = figures(&state, None).await?;
        return csv(&chrome, &s, chart);
    }
    let s = country_figures(&state, &item).await?;
    page(chrome, &s)
}

async fn country_csv(
    State(state): State<AppState>,
    chrome: Chrome,
    Path((country, chart)): Path<(String, String)>,
) -> Page {
    let Some(chart) = chart.strip_suffix(".csv") else {
        return Err(AppError::NotFound("There is no such chart.".into()));
    };
    let s = country_figures(&state, &country).await?;
    csv(&chrome, &s, chart)
}

/// One chart's rows as CSV: the key, the label in the visitor's language,
/// then each column (formula-safe cells).
fn csv(chrome: &Chrome, s: &app::statistics::Statistics, id: &str) -> Page {
    let charts = charts(chrome, s);
    let chart = charts
        .iter()
        .find(|c| c.id == id)
        .ok_or_else(|| AppError::NotFound(format!("There is no chart {id:?}.")))?;
    let mut out = String::from("key,label");
    for c in &chart.columns {
        out.push(',');
        out.push_str(c.name);
    }
    out.push_str("\r\n");
    for r in &chart.rows {
        let mut cells = vec![csv_cell(&r.key), csv_cell(&r.label)];
        cells.extend(r.values.iter().map(u64::to_string));
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    let name = match s.country {
        Some(c) => format!("{}-{}.csv", chart.id, c.as_str()),
        None => format!("{}.csv", chart.id),
    };
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        out,
    )
        .into_response())
}

/// One row of a chart: what it counts and its figures, in the order of
/// the chart's `columns`.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct StatisticsRow {
    /// A country code (`AZ`), an area of cooperation (`youth`), a forum's
    /// id, two country codes for a pair (`AZ-TR`), or a year (`2004`).
    pub key: String,
    pub values: Vec<u64>,
}

/// One chart's figures: the same rows as its table and its CSV.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct StatisticsChart {
    /// `organizations-by-country` (only for the whole network),
    /// `organizations-by-area`, `verification-by-country`,
    /// `forum-participation` (by delegation; for a country, by forum),
    /// `cooperation-between-countries` (every pair, or the country's) or `growth`.
    pub id: String,
    /// The names of the values of each row: `organizations`; `verified`,
    /// `not_verified`; `participants`; `forum_editions`; `founded`, `total`.
    pub columns: Vec<String>,
    pub rows: Vec<StatisticsRow>,
}

/// The network in figures, or one country's.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct StatisticsJson {
    /// The country the figures are limited to; `null` for the whole network.
    pub country: Option<String>,
    /// The network's countries, in its order.
    pub countries: Vec<String>,
    pub charts: Vec<StatisticsChart>,
}

#[derive(serde::Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct StatisticsQuery {
    /// Only this country's figures (ISO 3166-1 alpha-2; `XN` for the TRNC).
    pub country: Option<String>,
}

/// The figures behind every chart of `/statistics` (or, with `country`,
/// of `/statistics/{country}`): organizations by country and by area of
/// cooperation, verification per country, forum participation by
/// delegation, cooperation between pairs of countries, growth by founding year.
#[utoipa::path(get, path = "/api/v1/statistics", tag = "statistics",
    params(StatisticsQuery),
    responses((status = 200, body = StatisticsJson), (status = 400, body = crate::http::error::ErrorBody)))]
pub async fn statistics(
    State(state): State<AppState>,
    chrome: Chrome,
    Params(q): Params<StatisticsQuery>,
) -> Result<Json<StatisticsJson>, AppError> {
    let country = match q.country.as_deref().filter(|c| !c.is_empty()) {
        None => None,
        Some(c) => Some(CountryCode::parse(c).map_err(|_| {
            AppError::bad_request("invalid_parameter", format!("unknown country {c:?}"))
        })?),
    };
    let s = figures(&state, country).await?;
    let charts = charts(&chrome, &s);
    Ok(Json(StatisticsJson {
        country: s.country.map(|c| c.as_str().to_owned()),
        countries: s.countries.iter().map(|c| c.as_str().to_owned()).collect(),
        charts: charts
            .into_iter()
            .map(|c| StatisticsChart {
                id: c.id.to_owned(),
                columns: c.columns.iter().map(|c| c.name.to_owned()).collect(),
                rows: c
                    .rows
                    .into_iter()
                    .map(|r| StatisticsRow {
                        key: r.key,
                        values: r.values,
                    })
                    .collect(),
            })
            .collect(),
    }))
}
