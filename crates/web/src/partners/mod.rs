//! Partners: the partner search (`/partners`), an organization's suggested
//! partners (`/organizations/{id}/partners`), its offers and needs
//! (`/organizations/{id}/interests`, edited by its editors), proposing
//! cooperation (`/organizations/{id}/propose?to=…`) and answering proposals
//! (`/partners/proposals`).

mod interests;
mod memorandum;
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
        .route(
            "/partnerships/{id}/memorandum",
            post(memorandum::upload).layer(axum::extract::DefaultBodyLimit::max(
                memorandum::MAX_MEMORANDUM_BODY,
            )),
        )
        .route(
            "/partnerships/{id}/memorandum.pdf",
            get(memorandum::download),
        )
}

fn html(status: StatusCode, t: impl Template) -> Page {
    Ok((status, Html(t.render()?)).into_response())
}

/// A record's name in the page's language (else its first) and the
/// language that name is in, for its `lang` attribute.
pub(crate) fn shown_name(chrome: &Chrome, r: &domain::Record) -> (String, String) {
    let name = r.name_in(&[chrome.lang]).to_owned();
    let lang = r
        .names
        .iter()
        .find(|n| n.value == name)
        .map(|n| n.lang.to_string())
        .unwrap_or_default();
    (name, lang)
}

/// `a`, `a and b`, `a, b and c` in the page's language.
pub(crate) fn and_list(chrome: &Chrome, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => chrome.t2("partners-and", ("first", &rest.join(", ")), ("last", last)),
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

/// A partnership as a profile lists it.
pub(crate) struct PartnershipView {
    /// Where its signed memorandum is read (empty when none, or not the
    /// viewer's to read) and sent (empty when not the viewer's to send).
    pub memorandum_url: String,
    pub upload_url: String,
    pub name: String,
    pub lang: String,
    pub url: String,
    pub country: String,
    pub with_before: String,
    pub with_after: String,
    pub activity: String,
    pub area: String,
    pub dates: String,
    pub roles: String,
}

/// What an organization's profile shows of its partners.
pub(crate) struct ProfilePartners {
    /// The viewer's form token (empty for anonymous visitors: no forms).
    pub csrf: String,
    pub record_id: String,
    pub interests: Vec<pages::InterestView>,
    pub partnerships: Vec<PartnershipView>,
    pub suggestions_url: String,
    /// For its editors.
    pub interests_url: String,
    /// For editors of other organizations: propose on behalf of each.
    pub propose: Vec<(String, String)>,
}

pub(crate) async fn profile(
    state: &AppState,
    chrome: &Chrome,
    viewer: Option<&app::SignedIn>,
    org: &domain::EntityId,
    csrf: &str,
) -> Result<ProfilePartners, AppError> {
    use crate::http::params::encode;
    use crate::http::views::record_url;
    use domain::EntityKind;
    let base = record_url(EntityKind::Organization, org.as_str());
    let record = state.store().get(org).await?;
    let interests = app::partners::interests(state.app(), org)
        .await?
        .iter()
        .map(|i| pages::interest_view(chrome, i, record.as_ref(), false))
        .collect();
    let partnerships = app::partners::partnerships_of(state.app(), org).await?;
    let others: Vec<String> = partnerships
        .iter()
        .map(|p| p.other(org.as_str()).to_owned())
        .collect();
    let records = state.store().get_many(&others).await?;
    let (with_before, with_after) = chrome.t1_around("partnership-with", "org");
    let own_name = record
        .as_ref()
        .map(|r| r.name_in(&[chrome.lang]).to_owned())
        .unwrap_or_default();
    let mine = viewer.map(app::partners::orgs_of).unwrap_or_default();
    let secretariat = viewer.is_some_and(|v| v.actor.is_secretariat());
    let partnerships = partnerships
        .iter()
        .map(|p| {
            let other = p.other(org.as_str());
            let r = records.get(other);
            let (name, lang) = r
                .map(|r| shown_name(chrome, r))
                .unwrap_or_else(|| (other.to_owned(), String::new()));
            let name_of = |id: &str| {
                if id == org.as_str() {
                    own_name.clone()
                } else {
                    name.clone()
                }
            };
            let role = |id: &str, role: domain::partners::IatiRole| {
                chrome.t2(
                    "partnership-role",
                    ("org", &name_of(id)),
                    ("role", &chrome.t(&format!("iati-role-{}", role.as_str()))),
                )
            };
            let sides = |o: &str| mine.iter().any(|m| m.as_str() == o) || secretariat;
            let may = sides(&p.org_a) || sides(&p.org_b);
            PartnershipView {
                memorandum_url: if may && p.memorandum_file.is_some() {
                    chrome.href(&format!("/partnerships/{}/memorandum.pdf", p.id))
                } else {
                    String::new()
                },
                upload_url: if may && !csrf.is_empty() {
                    chrome.href(&format!("/partnerships/{}/memorandum", p.id))
                } else {
                    String::new()
                },
                lang,
                url: chrome.href(&record_url(EntityKind::Organization, other)),
                country: r
                    .and_then(|r| r.country)
                    .map(|c| chrome.country(c.as_str()))
                    .unwrap_or_default(),
                with_before: with_before.clone(),
                with_after: with_after.clone(),
                activity: p.activity.clone(),
                area: chrome.t(&format!("area-{}", p.area)),
                dates: match (p.starts_on.as_str(), p.ends_on.as_str()) {
                    ("", "") => String::new(),
                    (s, "") => chrome.date(s),
                    (s, e) => chrome.t2(
                        "proposal-dates",
                        ("from", &chrome.date(s)),
                        ("until", &chrome.date(e)),
                    ),
                },
                roles: format!("{}; {}", role(&p.org_a, p.role_a), role(&p.org_b, p.role_b)),
                name,
            }
        })
        .collect();
    let names = state
        .store()
        .get_many(
            &mine
                .iter()
                .map(|o| o.as_str().to_owned())
                .collect::<Vec<_>>(),
        )
        .await?;
    let propose = mine
        .iter()
        .filter(|m| *m != org)
        .filter_map(|m| {
            let r = names.get(m.as_str())?;
            Some((
                r.name_in(&[chrome.lang]).to_owned(),
                chrome.href(&format!(
                    "{}/propose?to={}",
                    record_url(EntityKind::Organization, m.as_str()),
                    encode(org.as_str())
                )),
            ))
        })
        .collect();
    Ok(ProfilePartners {
        csrf: csrf.to_owned(),
        record_id: org.as_str().to_owned(),
        interests,
        partnerships,
        suggestions_url: chrome.href(&format!("{base}/partners")),
        interests_url: if mine.contains(org) {
            chrome.href(&format!("{base}/interests"))
        } else {
            String::new()
        },
        propose,
    })
}
