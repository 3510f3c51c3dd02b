//! Forums: the list (`/forums`), a forum's programme (`/forums/{id}`, with
//! schema.org Event JSON-LD), registering for it and its sessions, the
//! participant's own page (`/forums/{id}/me`: states, offers, cancelling,
//! the check-in code), the organizers' lists and CSV
//! (`/forums/{id}/manage`), check-in (`/forums/{id}/checkin`) and the
//! coverage matrix of the bilateral series (`/forums/coverage`), and
//! one-to-one meetings (`/forums/{id}/meetings`: agenda, requests, PDF).

pub mod api;
mod checkin;
mod coverage;
mod edit;
mod manage;
mod meetings;
mod pages;
mod printouts;
pub(crate) mod view;

use crate::{AppError, AppState};
use askama::Template;
use axum::Router;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};

type Page = Result<Response, AppError>;

pub fn api_routes() -> utoipa_axum::router::OpenApiRouter<AppState> {
    use utoipa_axum::routes;
    utoipa_axum::router::OpenApiRouter::new()
        .routes(routes!(api::list_forums))
        .routes(routes!(api::get_forum))
        .routes(routes!(api::register))
        .routes(routes!(api::cancel))
        .routes(routes!(api::check_in))
        .routes(routes!(coverage::coverage))
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/forums", get(pages::forums))
        .route("/forums/coverage", get(coverage::page))
        .route("/forums/coverage.csv", get(coverage::csv))
        .route("/forums/{id}", get(pages::forum_handler))
        .route("/forums/{id}/register", post(pages::register))
        .route("/forums/{id}/me", get(pages::mine))
        .route("/forums/{id}/registrations/{rid}", post(pages::change))
        .route(
            "/forums/{id}/manage",
            get(manage::lists).post(manage::decide),
        )
        .route("/forums/{id}/manage.csv", get(manage::csv))
        .route("/forums/{id}/edit", get(edit::form).post(edit::save))
        .route(
            "/forums/{id}/checkin",
            get(checkin::form).post(checkin::check_in),
        )
        .route("/forums/{id}/badge.pdf", get(printouts::badge))
        .route("/forums/{id}/badges.pdf", get(printouts::badges))
        .route("/forums/{id}/certificate.pdf", get(printouts::certificate))
        .route("/forums/{id}/calendar.ics", get(printouts::calendar))
        .route("/forums/{id}/me/calendar.ics", get(printouts::my_calendar))
        .route(
            "/forums/{id}/meetings",
            get(meetings::page).post(meetings::request),
        )
        .route("/forums/{id}/meetings/tables", post(meetings::tables))
        .route(
            "/forums/{id}/meetings/agenda.pdf",
            get(meetings::agenda_pdf),
        )
        .route("/forums/{id}/meetings/{mid}", post(meetings::answer))
}

fn html(status: StatusCode, t: impl Template) -> Page {
    Ok((status, Html(t.render()?)).into_response())
}
