//! The member countries: all of them, and one with its figures.

use super::pages::*;
use crate::http::views::{Chrome, RecordItem};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::State;
use domain::{CountryCode, EntityKind, KindCounts};

#[derive(Template)]
#[template(path = "directory/countries.html")]
pub(super) struct CountriesPage {
    pub(super) chrome: Chrome,
    pub(super) network: Vec<CountryTile>,
    pub(super) others: Vec<CountryTile>,
}

pub(super) async fn countries(State(state): State<AppState>, chrome: Chrome) -> Page {
    let chrome = chrome.section("countries");
    let chrome = chrome.clone().describe(&format!(
        "{}: {}",
        chrome.t("nav-countries"),
        chrome.t("site-tagline")
    ));
    let stats = state.stats().await?;
    let network = network_tiles(&stats, &chrome);
    let mut others: Vec<CountryTile> = stats
        .by_country
        .iter()
        .filter(|(code, _)| !network.iter().any(|t| t.code == code.as_str()))
        .map(|(code, counts)| CountryTile::new(*code, "", false, *counts, &chrome))
        .collect();
    chrome.sort_by_label(&mut others, |t| &t.name);
    render(CountriesPage {
        chrome,
        network,
        others,
    })
}

#[derive(Template)]
#[template(path = "directory/country.html")]
pub(super) struct CountryPage {
    pub(super) chrome: Chrome,
    pub(super) code: String,
    pub(super) name: String,
    pub(super) status: &'static str,
    pub(super) status_key: String,
    pub(super) since: String,
    pub(super) chair: bool,
    pub(super) counts: KindCounts,
    pub(super) organizations: Vec<RecordItem>,
}

pub(super) async fn country(
    State(state): State<AppState>,
    chrome: Chrome,
    axum::extract::Path(code): axum::extract::Path<String>,
) -> Page {
    let chrome = chrome.section("countries");
    let code = CountryCode::parse(&code)
        .map_err(|_| AppError::NotFound(format!("There is no country with the code {code:?}.")))?;
    let stats = state.stats().await?;
    let membership = stats
        .network
        .as_ref()
        .and_then(|n| n.countries.iter().find(|c| c.code == code));
    let organizations = listing(
        &state,
        chrome.lang,
        &store::ListFilter {
            kind: EntityKind::Organization,
            country: Some(code),
            area: None,
        },
        None,
        10,
    )
    .await?;
    let status = membership.map(|m| m.status.as_str()).unwrap_or("");
    let counts = stats.by_country.get(&code).copied().unwrap_or_default();
    let mut about = vec![chrome.country(code.as_str())];
    if !status.is_empty() {
        about.push(chrome.t(&status_key(status)));
    }
    let chrome = chrome.clone().describe(&format!(
        "{}: {}, {}, {}. {}",
        about.join(" · "),
        chrome.tn("count-organizations", &counts.organizations),
        chrome.tn("count-people", &counts.people),
        chrome.tn("count-places", &counts.places),
        chrome.t("site-tagline"),
    ));
    render(CountryPage {
        code: code.to_string(),
        name: chrome.country(code.as_str()),
        status,
        status_key: status_key(status),
        since: membership
            .and_then(|m| m.since.as_deref())
            .map(|d| chrome.date(d))
            .unwrap_or_default(),
        chair: stats
            .network
            .as_ref()
            .and_then(|n| n.chair.as_ref())
            .is_some_and(|c| c.country == code),
        counts,
        organizations: organizations
            .iter()
            .map(|r| RecordItem::from_record(r, &chrome))
            .collect(),
        chrome,
    })
}
