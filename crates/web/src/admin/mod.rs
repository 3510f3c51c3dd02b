//! The secretariat's pages: the network's countries (status, dates, chair),
//! country coordinators, the audit log (browse, CSV and JSON Lines export)
//! and the job queue (mail waiting, failed, retried).

use crate::http::auth::{Csrf, Viewer};
use crate::http::forms::{FormErrors, Posted, csrf_form};
use crate::http::views::{Chrome, format_time};
use crate::{AppError, AppState};
use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use domain::{Action, Chair, CountryCode, MembershipStatus, NetworkCountry, Problem, is_iso_date};
use store::{AuditFilter, AuditRecord};

mod jobs;

type Page = Result<Response, AppError>;

/// The countries the admin page offers: the OTS members and observers.
const NETWORK_CANDIDATES: [&str; 8] = ["AZ", "TR", "UZ", "KZ", "KG", "TM", "HU", "XN"];

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin", get(admin))
        .route("/admin/network", post(save_network))
        .route("/admin/coordinators", post(grant_coordinator))
        .route("/admin/coordinators/revoke", post(revoke_coordinator))
        .route("/admin/audit", get(audit))
        .route("/admin/audit.csv", get(audit_csv))
        .route("/admin/audit.jsonl", get(audit_jsonl))
        .route("/admin/jobs", get(jobs::jobs))
        .route("/admin/jobs/{id}/retry", post(jobs::retry))
}

#[derive(Template)]
#[template(path = "admin/admin.html")]
struct AdminPage {
    chrome: Chrome,
    csrf: String,
    countries: Vec<CountryRow>,
    chair_since: String,
    errors: FormErrors,
    notice_key: &'static str,
}

struct CountryRow {
    code: &'static str,
    name: String,
    status: &'static str,
    since: String,
    chair: bool,
    coordinators: Vec<(i64, String, String)>,
}

#[derive(serde::Deserialize, Default)]
struct DoneQuery {
    #[serde(default)]
    done: String,
}

async fn admin_page(
    state: &AppState,
    chrome: Chrome,
    csrf: String,
    errors: FormErrors,
    notice_key: &'static str,
) -> Page {
    let network = state.store().network().await?;
    let coordinators = state.store().coordinators().await?;
    let mut countries = Vec::new();
    for code in NETWORK_CANDIDATES {
        let entry = network
            .as_ref()
            .and_then(|n| n.countries.iter().find(|c| c.code.as_str() == code));
        countries.push(CountryRow {
            code,
            name: chrome.country(code),
            status: entry.map(|c| c.status.as_str()).unwrap_or(""),
            since: entry.and_then(|c| c.since.clone()).unwrap_or_default(),
            chair: network
                .as_ref()
                .and_then(|n| n.chair.as_ref())
                .is_some_and(|c| c.country.as_str() == code),
            coordinators: coordinators
                .iter()
                .filter(|h| h.scope == code)
                .map(|h| (h.account_id, h.display_name.clone(), h.email.clone()))
                .collect(),
        });
    }
    let chair_since = network
        .as_ref()
        .and_then(|n| n.chair.as_ref())
        .and_then(|c| c.since.clone())
        .unwrap_or_default();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = AdminPage {
        chrome,
        csrf,
        countries,
        chair_since,
        errors,
        notice_key,
    };
    Ok((status, Html(page.render()?)).into_response())
}

async fn admin(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Query(q): Query<DoneQuery>,
) -> Page {
    viewer.authorize(Action::ManageNetwork)?;
    let notice_key = match q.done.as_str() {
        "network" => "notice-saved",
        "coordinators" => "notice-saved",
        _ => "",
    };
    let errors = FormErrors::new(chrome.lang);
    admin_page(&state, chrome, csrf.token, errors, notice_key).await
}

async fn save_network(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Posted(fields): Posted<Vec<(String, String)>>,
) -> Page {
    viewer.authorize(Action::ManageNetwork)?;
    let field = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim().to_owned())
            .unwrap_or_default()
    };
    let mut errors = FormErrors::new(chrome.lang);
    let not_a_date = |example: &str| Problem::NotADate {
        example: example.to_owned(),
    };
    let mut countries = Vec::new();
    for code in NETWORK_CANDIDATES {
        let status = field(&format!("status_{code}"));
        let since = field(&format!("since_{code}"));
        if !since.is_empty() && !is_iso_date(&since) {
            errors.problem(&format!("since_{code}"), &not_a_date("2009-10-03"));
        }
        if status.is_empty() {
            continue;
        }
        let Some(status) = MembershipStatus::parse(&status) else {
            errors.problem(&format!("status_{code}"), &Problem::UnknownMembershipStatus);
            continue;
        };
        countries.push(NetworkCountry {
            code: CountryCode::parse(code)?,
            status,
            since: (!since.is_empty()).then_some(since),
        });
    }
    let chair = field("chair");
    let chair_since = field("chair_since");
    if !chair_since.is_empty() && !is_iso_date(&chair_since) {
        errors.problem("chair_since", &not_a_date("2024-07-06"));
    }
    let chair = if chair.is_empty() {
        None
    } else {
        let since = (!chair_since.is_empty()).then_some(chair_since);
        match Chair::among(&countries, &chair, since) {
            Ok(chair) => Some(chair),
            Err(domain::ChairNotMember) => {
                errors.problem("chair", &Problem::ChairNotMember);
                None
            }
        }
    };
    if !errors.is_empty() {
        return admin_page(&state, chrome, csrf.token, errors, "").await;
    }
    app::admin::network::save(state.app(), viewer.0.as_ref(), countries, chair).await?;
    Ok(Redirect::to(&chrome.href("/admin?done=network")).into_response())
}

csrf_form! {
    pub struct GrantForm {
        email: String,
        country: String,
    }
}

async fn grant_coordinator(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Posted(form): Posted<GrantForm>,
) -> Page {
    viewer.authorize(Action::ManageCoordinators)?;
    let mut errors = FormErrors::new(chrome.lang);
    let country = errors.check(CountryCode::parse(&form.country));
    let email = errors.check(domain::Email::parse(&form.email));
    if let (Some(country), Some(email), true) = (country, &email, errors.is_empty()) {
        match app::admin::network::appoint_coordinator(
            state.app(),
            viewer.0.as_ref(),
            email,
            country,
        )
        .await
        {
            Ok(()) => {
                return Ok(Redirect::to(&chrome.href("/admin?done=coordinators")).into_response());
            }
            // The secretariat may know who has an account: this is an admin page.
            Err(app::Error::NotFound(_)) => errors.problem("email", &Problem::NoSuchAccount),
            Err(e) => return Err(e.into()),
        }
    }
    admin_page(&state, chrome, csrf.token, errors, "").await
}

csrf_form! {
    pub struct RevokeForm {
        account: i64,
        country: String,
    }
}

async fn revoke_coordinator(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    Posted(form): Posted<RevokeForm>,
) -> Page {
    viewer.authorize(Action::ManageCoordinators)?;
    let country = CountryCode::parse(&form.country)?;
    app::admin::network::revoke_coordinator(state.app(), viewer.0.as_ref(), form.account, country)
        .await?;
    Ok(Redirect::to(&chrome.href("/admin?done=coordinators")).into_response())
}

// ---- the audit log ----

#[derive(serde::Deserialize, Default)]
struct AuditQuery {
    #[serde(default)]
    before: Option<i64>,
    #[serde(default)]
    target: String,
    #[serde(default)]
    action: String,
}

impl AuditQuery {
    fn filter(&self, limit: u32) -> AuditFilter {
        AuditFilter {
            before_id: self.before,
            target: (!self.target.trim().is_empty()).then(|| self.target.trim().to_owned()),
            action_prefix: (!self.action.trim().is_empty()).then(|| self.action.trim().to_owned()),
            limit,
        }
    }
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct AuditPage {
    chrome: Chrome,
    entries: Vec<(String, AuditRecord)>,
    target: String,
    action: String,
    next: String,
    export: String,
}

const AUDIT_PAGE: u32 = 50;

async fn audit(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    Query(q): Query<AuditQuery>,
) -> Page {
    viewer.authorize(Action::ReadAuditLog)?;
    let entries = state.store().audit_entries(&q.filter(AUDIT_PAGE)).await?;
    let query = format!(
        "target={}&action={}",
        crate::http::params::encode(&q.target),
        crate::http::params::encode(&q.action)
    );
    let next = if entries.len() == AUDIT_PAGE as usize {
        entries
            .last()
            .map(|e| chrome.href(&format!("/admin/audit?{query}&before={}", e.id)))
            .unwrap_or_default()
    } else {
        String::new()
    };
    let page = AuditPage {
        export: format!("?{query}"),
        entries: entries
            .into_iter()
            .map(|e| (format_time(e.at), e))
            .collect(),
        target: q.target,
        action: q.action,
        next,
        chrome,
    };
    Ok(Html(page.render()?).into_response())
}

/// Every matching entry, newest first, read in pages.
async fn all_entries(state: &AppState, q: &AuditQuery) -> Result<Vec<AuditRecord>, AppError> {
    let mut out = Vec::new();
    let mut filter = q.filter(5000);
    loop {
        let batch = state.store().audit_entries(&filter).await?;
        let done = batch.len() < 5000;
        filter.before_id = batch.last().map(|e| e.id);
        out.extend(batch);
        if done {
            return Ok(out);
        }
    }
}

/// A spreadsheet cell: quoted, and never starting like a formula.
fn csv_cell(value: &str) -> String {
    let safe = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    format!("\"{}\"", safe.replace('"', "\"\""))
}

fn download(body: String, content_type: &'static str, name: &'static str) -> Response {
    let mut response = body.into_response();
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    h.insert(header::CONTENT_DISPOSITION, HeaderValue::from_static(name));
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    response
}

async fn audit_csv(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<AuditQuery>,
) -> Page {
    viewer.authorize(Action::ReadAuditLog)?;
    let mut out = String::from("id,time,actor_id,actor,action,target,before,after\r\n");
    for e in all_entries(&state, &q).await? {
        let cells = [
            e.id.to_string(),
            format_time(e.at),
            e.actor_id.map(|a| a.to_string()).unwrap_or_default(),
            e.actor_email,
            e.action,
            e.target,
            e.before.unwrap_or_default(),
            e.after.unwrap_or_default(),
        ];
        out.push_str(
            &cells
                .iter()
                .map(|c| csv_cell(c))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push_str("\r\n");
    }
    Ok(download(
        out,
        "text/csv; charset=utf-8",
        "attachment; filename=\"birlik-audit.csv\"",
    ))
}

async fn audit_jsonl(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<AuditQuery>,
) -> Page {
    viewer.authorize(Action::ReadAuditLog)?;
    let mut out = String::new();
    for e in all_entries(&state, &q).await? {
        out.push_str(&serde_json::to_string(&e).unwrap_or_default());
        out.push('\n');
    }
    Ok(download(
        out,
        "application/x-ndjson; charset=utf-8",
        "attachment; filename=\"birlik-audit.jsonl\"",
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn csv_cells_cannot_become_formulas() {
        assert_eq!(
            super::csv_cell("=HYPERLINK(\"x\")"),
            "\"'=HYPERLINK(\"\"x\"\")\""
        );
        assert_eq!(super::csv_cell("-1+1"), "\"'-1+1\"");
        assert_eq!(super::csv_cell("Hikmət"), "\"Hikmət\"");
    }
}
