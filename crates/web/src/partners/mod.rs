//! Partners: the partner search (`/partners`), an organization's suggested
//! partners (`/organizations/{id}/partners`), its offers and needs
//! (`/organizations/{id}/interests`, edited by its editors), proposing
//! cooperation (`/organizations/{id}/propose?to=…`) and answering proposals
//! (`/partners/proposals`).

mod interests;
mod pages;
mod proposals;

use crate::http::views::Chrome;
use crate::{AppError, AppState};
use askama::Template;
use axum::Router;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use domain::AreaSlug;

type Page = Result<Response, AppError>;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/partners", get(pages::search))
        .route("/partners/proposals", get(proposals::list))
        .route("/partners/proposals/{pid}", post(proposals::answer))
        .route("/organizations/{id}/partners", get(pages::suggestions))
        .route(
            "/organizations/{id}/interests",
            get(interests::form).post(interests::save),
        )
        .route(
            "/organizations/{id}/propose",
            get(proposals::form).post(proposals::propose),
        )
}

fn html(status: StatusCode, t: impl Template) -> Page {
    Ok((status, Html(t.render()?)).into_response())
}

/// `a`, `a and b`, `a, b and c` in the page's language.
pub(crate) fn and_list(chrome: &Chrome, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => chrome.t2(
            "partners-and",
            ("first", &rest.join(", ")),
            ("last", last),
        ),
    }
}

pub(crate) fn area_labels(chrome: &Chrome, areas: &[AreaSlug]) -> Vec<String> {
    areas
        .iter()
        .map(|a| chrome.t(&format!("area-{}", a.as_str())))
        .collect()
}

pub(crate) fn language_labels(chrome: &Chrome, langs: &[String]) -> Vec<String> {
    langs
        .iter()
        .map(|l| match crate::http::views::language_key(l) {
            Some(key) => chrome.t(&key),
            None => l.clone(),
        })
        .collect()
}
