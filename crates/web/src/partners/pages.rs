//! The partner search and an organization's suggested partners.

use super::{Page, and_list, area_labels, html, language_labels};
use crate::http::auth::Viewer;
use crate::http::params::encode;
use crate::http::views::{Chrome, record_url};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use domain::partners::{Direction, Reasons};
use domain::{AREAS, Action, AreaSlug, CountryCode, EntityKind, Record, UI_LANGS};
use store::{InterestFilter, StoredInterest};

/// One option of a filter's list.
pub(super) struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

pub(super) fn area_choices(chrome: &Chrome, selected: &str) -> Vec<Choice> {
    let mut out: Vec<Choice> = AREAS
        .iter()
        .map(|a| Choice {
            value: a.slug.to_owned(),
            label: chrome.t(&format!("area-{}", a.slug)),
            selected: a.slug == selected,
        })
        .collect();
    chrome.sort_by_label(&mut out, |c| &c.label);
    out
}

pub(super) fn country_choices(chrome: &Chrome, selected: &[String]) -> Vec<Choice> {
    let mut out: Vec<Choice> = crate::forums::view::DELEGATIONS
        .iter()
        .map(|c| Choice {
            value: (*c).to_owned(),
            label: chrome.country(c),
            selected: selected.iter().any(|s| s == c),
        })
        .collect();
    chrome.sort_by_label(&mut out, |c| &c.label);
    out
}

pub(super) fn language_choices(chrome: &Chrome, selected: &[String]) -> Vec<Choice> {
    UI_LANGS
        .iter()
        .map(|l| Choice {
            value: (*l).to_owned(),
            label: chrome.t(&format!("language-{l}")),
            selected: selected.iter().any(|s| s == l),
        })
        .collect()
}

/// An offer or need as a list shows it.
pub(crate) struct InterestView {
    pub id: i64,
    pub direction: &'static str,
    pub direction_label: String,
    pub area: String,
    pub scope: String,
    /// The text in the visitor's language, else in its original.
    pub text: String,
    pub text_lang: String,
    pub org_name: String,
    pub org_lang: String,
    pub org_url: String,
    pub country: String,
    pub verified: bool,
}

pub(super) fn interest_view(
    chrome: &Chrome,
    i: &StoredInterest,
    org: Option<&Record>,
    verified: bool,
) -> InterestView {
    let interest = &i.interest;
    let (text_lang, text) = interest
        .texts
        .get_key_value(chrome.lang)
        .or_else(|| interest.texts.get_key_value(&interest.original_lang))
        .or_else(|| interest.texts.iter().next())
        .map(|(l, t)| (l.clone(), t.clone()))
        .unwrap_or_default();
    let mut scope = Vec::new();
    if !interest.countries.is_empty() {
        let names: Vec<String> = interest
            .countries
            .iter()
            .map(|c| chrome.country(c.as_str()))
            .collect();
        scope.push(chrome.t1(
            "partners-for-countries",
            "countries",
            and_list(chrome, &names),
        ));
    }
    if !interest.languages.is_empty() {
        scope.push(chrome.t1(
            "partners-in-languages",
            "languages",
            and_list(chrome, &language_labels(chrome, &interest.languages)),
        ));
    }
    let shown = org.map(|r| super::shown_name(chrome, r));
    InterestView {
        id: i.id,
        direction: interest.direction.as_str(),
        direction_label: chrome.t(&format!("direction-{}", interest.direction.as_str())),
        area: chrome.t(&format!("area-{}", interest.area.as_str())),
        scope: scope.join(", "),
        text,
        text_lang,
        org_lang: shown.as_ref().map(|s| s.1.clone()).unwrap_or_default(),
        org_name: shown.map(|s| s.0).unwrap_or_else(|| i.org_id.clone()),
        org_url: chrome.href(&record_url(EntityKind::Organization, &i.org_id)),
        country: org
            .and_then(|r| r.country)
            .map(|c| chrome.country(c.as_str()))
            .unwrap_or_default(),
        verified,
    }
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(super) struct SearchQuery {
    q: String,
    area: String,
    country: String,
    language: String,
    direction: String,
    verified: String,
}

struct MyOrg {
    name: String,
    suggestions_url: String,
    interests_url: String,
}

#[derive(Template)]
#[template(path = "partners/search.html")]
struct SearchPage {
    chrome: Chrome,
    q: String,
    areas: Vec<Choice>,
    countries: Vec<Choice>,
    languages: Vec<Choice>,
    direction: String,
    verified: bool,
    results: Vec<InterestView>,
    mine: Vec<MyOrg>,
    proposals_url: String,
}

pub(super) async fn search(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    Query(q): Query<SearchQuery>,
) -> Page {
    let chrome = chrome.section("partners");
    let area = AreaSlug::parse(&q.area).ok();
    let country = CountryCode::parse(&q.country).ok();
    let language = UI_LANGS
        .iter()
        .find(|l| **l == q.language.trim())
        .map(|l| (*l).to_owned());
    let direction = Direction::parse(&q.direction);
    let orgs =
        (!q.q.trim().is_empty()).then(|| app::partners::organizations_named(state.app(), &q.q));
    let filter = InterestFilter {
        network: app::partners::NETWORK.into(),
        direction,
        area,
        country,
        language: language.clone(),
        orgs,
        limit: 100,
    };
    let verified = !q.verified.is_empty();
    let found = app::partners::search(state.app(), &filter, verified).await?;
    let results = found
        .iter()
        .map(|(i, r, v)| interest_view(&chrome, i, Some(r), *v))
        .collect();
    let mut mine = Vec::new();
    if let Some(me) = &viewer.0 {
        let ids: Vec<String> = app::partners::orgs_of(me)
            .iter()
            .map(|o| o.as_str().to_owned())
            .collect();
        let records = state.store().get_many(&ids).await?;
        for id in &ids {
            if let Some(r) = records.get(id) {
                let base = record_url(EntityKind::Organization, id);
                mine.push(MyOrg {
                    name: r.name_in(&[chrome.lang]).to_owned(),
                    suggestions_url: chrome.href(&format!("{base}/partners")),
                    interests_url: chrome.href(&format!("{base}/interests")),
                });
            }
        }
    }
    html(
        StatusCode::OK,
        SearchPage {
            areas: area_choices(&chrome, &q.area),
            countries: country_choices(&chrome, std::slice::from_ref(&q.country)),
            languages: language_choices(&chrome, &language.into_iter().collect::<Vec<_>>()),
            direction: direction.map(|d| d.as_str()).unwrap_or("").to_owned(),
            verified,
            results,
            q: q.q,
            proposals_url: chrome.href("/partners/proposals"),
            mine,
            chrome,
        },
    )
}

/// The sentence saying why a partner is suggested: "works on youth and
/// ecology in Kazakhstan; seeks media partners; speaks Russian and Kazakh".
pub(crate) fn reasons_text(chrome: &Chrome, r: &Reasons) -> String {
    let mut parts = Vec::new();
    let country = r
        .country
        .map(|c| chrome.country(c.as_str()))
        .unwrap_or_default();
    if r.shared_areas.is_empty() {
        parts.push(chrome.t1("partners-reason-in", "country", &country));
    } else {
        parts.push(chrome.t2(
            "partners-reason-works",
            (
                "areas",
                &and_list(chrome, &area_labels(chrome, &r.shared_areas)),
            ),
            ("country", &country),
        ));
    }
    if !r.offers.is_empty() {
        parts.push(chrome.t1(
            "partners-reason-offers",
            "areas",
            and_list(chrome, &area_labels(chrome, &r.offers)),
        ));
    }
    if !r.seeks.is_empty() {
        parts.push(chrome.t1(
            "partners-reason-seeks",
            "areas",
            and_list(chrome, &area_labels(chrome, &r.seeks)),
        ));
    }
    if !r.languages.is_empty() {
        parts.push(chrome.t1(
            "partners-reason-speaks",
            "languages",
            and_list(chrome, &language_labels(chrome, &r.languages)),
        ));
    }
    if r.verified {
        parts.push(chrome.t("partners-reason-verified"));
    }
    if r.partnerships > 0 {
        parts.push(chrome.tn("partners-reason-partnerships", &u64::from(r.partnerships)));
    }
    parts.join("; ")
}

struct SuggestionView {
    name: String,
    name_lang: String,
    url: String,
    reasons: String,
    verified: bool,
    propose_url: String,
}

#[derive(Template)]
#[template(path = "partners/suggestions.html")]
struct SuggestionsPage {
    chrome: Chrome,
    org_name: String,
    org_url: String,
    suggestions: Vec<SuggestionView>,
    interests_url: String,
    can_act: bool,
}

pub(super) async fn suggestions(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    crate::http::params::IdPath(id): crate::http::params::IdPath,
) -> Page {
    let chrome = chrome.section("partners");
    let record = state
        .store()
        .get(&id)
        .await?
        .filter(|r| r.kind == EntityKind::Organization)
        .ok_or_else(|| AppError::NotFound("There is no such organization.".into()))?;
    let can_act =
        domain::authorize(viewer.actor(), Action::ActForOrganization { org: &id }).is_ok();
    let found = app::partners::suggestions(state.app(), &id, 20).await?;
    let base = record_url(EntityKind::Organization, id.as_str());
    let suggestions = found
        .iter()
        .map(|s| {
            let (name, name_lang) = super::shown_name(&chrome, &s.record);
            SuggestionView {
                name_lang,
                name,
                url: chrome.href(&record_url(EntityKind::Organization, s.record.id.as_str())),
                reasons: reasons_text(&chrome, &s.suggestion.reasons),
                verified: s.suggestion.reasons.verified,
                propose_url: chrome.href(&format!(
                    "{base}/propose?to={}",
                    encode(s.record.id.as_str())
                )),
            }
        })
        .collect();
    html(
        StatusCode::OK,
        SuggestionsPage {
            org_name: record.name_in(&[chrome.lang]).to_owned(),
            org_url: chrome.href(&base),
            interests_url: chrome.href(&format!("{base}/interests")),
            suggestions,
            can_act,
            chrome,
        },
    )
}
