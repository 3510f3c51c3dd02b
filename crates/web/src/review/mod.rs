//! The organization lifecycle: an NGO applies (profile, registry identifier,
//! evidence document) → its country's coordinator verifies or rejects with a
//! reason → verified organizations carry a badge; suspension and
//! re-verification; editors edit the profile (in every language, seeing
//! which translations are missing) and invite colleagues.

use crate::http::auth::{Csrf, Viewer, random_token, token_hash};
use crate::http::forms::{self, FormErrors, Posted, csrf_form};
use crate::http::params::encode;
use crate::http::views::Chrome;
use crate::{AppError, AppState};

pub mod api;
pub mod uploads;
use askama::Template;
use axum::Router;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use domain::{
    AREAS, Action, CountryCode, Decision, EntityId, EvidenceType, Record, RecordInput, RegistryId,
    Role, UI_LANGS, VerificationState, transition,
};
use std::collections::BTreeMap;
use store::{ReviewFilter, TokenPurpose};

type Page = Result<Response, AppError>;

const INVITE_TTL: i64 = 7 * 24 * 3600;
/// Multipart bodies carry the evidence document (5 MB) and the form.
pub const MAX_APPLICATION_BYTES: usize = domain::MAX_EVIDENCE_BYTES + 256 * 1024;

pub fn api_routes() -> utoipa_axum::router::OpenApiRouter<AppState> {
    utoipa_axum::router::OpenApiRouter::new().routes(utoipa_axum::routes!(api::review_organization))
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/apply",
            get(apply_form)
                .post(apply)
                .layer(axum::extract::DefaultBodyLimit::max(MAX_APPLICATION_BYTES)),
        )
        .route("/review", get(queue))
        .route("/review/{id}", get(review_page).post(decide))
        .route("/review/{id}/evidence", get(evidence))
        .route("/organizations/{id}/edit", get(edit_form).post(edit))
        .route("/organizations/{id}/invite", post(invite))
        .route("/invites/accept", get(accept_form).post(accept))
}

fn html(status: StatusCode, t: impl Template) -> Page {
    Ok((status, Html(t.render()?)).into_response())
}

fn org_id(raw: &str) -> Result<EntityId, AppError> {
    EntityId::parse(raw).map_err(|_| AppError::NotFound("There is no such organization.".into()))
}

// ---- the profile form, shared by applying and editing ----

/// The editable profile of an organization, as the form shows it.
#[derive(Default, Clone)]
pub(crate) struct ProfileFields {
    pub name: String,
    pub name_lang: String,
    pub other_names: String,
    pub country: String,
    pub city: String,
    pub areas: Vec<String>,
    pub founded: String,
    pub website: String,
    /// One description per interface language (empty where missing).
    pub descriptions: BTreeMap<String, String>,
}

impl ProfileFields {
    fn from_record(r: &Record) -> Self {
        let first = r.names.first();
        Self {
            name: first.map(|n| n.value.clone()).unwrap_or_default(),
            name_lang: first
                .map(|n| n.lang.as_str().to_owned())
                .unwrap_or_default(),
            other_names: r
                .names
                .iter()
                .skip(1)
                .map(|n| format!("{}: {}", n.lang.as_str(), n.value))
                .collect::<Vec<_>>()
                .join("\n"),
            country: r.country.map(|c| c.as_str().to_owned()).unwrap_or_default(),
            city: r.city.clone().unwrap_or_default(),
            areas: r.areas.iter().map(|a| a.as_str().to_owned()).collect(),
            founded: r.founded.map(|y| y.to_string()).unwrap_or_default(),
            website: r.website.clone().unwrap_or_default(),
            descriptions: r
                .description
                .iter()
                .map(|(l, t)| (l.as_str().to_owned(), t.clone()))
                .collect(),
        }
    }

    /// Reads one posted field into the profile; false if the field is not a profile field.
    fn set(&mut self, field: &str, value: String) -> bool {
        match field {
            "name" => self.name = value,
            "name_lang" => self.name_lang = value,
            "other_names" => self.other_names = value,
            "country" => self.country = value,
            "city" => self.city = value,
            "areas" => self.areas.push(value),
            "founded" => self.founded = value,
            "website" => self.website = value,
            other => match other.strip_prefix("description_") {
                Some(lang) if UI_LANGS.contains(&lang) => {
                    self.descriptions.insert(lang.to_owned(), value);
                }
                _ => return false,
            },
        }
        true
    }

    /// Validates into a record through the import format's own rules, so a
    /// profile from a form is held to exactly what an import line is.
    fn to_record(&self, id: &EntityId) -> Result<Record, domain::ValidationErrors> {
        let mut names =
            vec![serde_json::json!({"value": self.name.trim(), "lang": self.name_lang.trim()})];
        for line in self.other_names.lines().filter(|l| !l.trim().is_empty()) {
            let (lang, value) = line.split_once(':').unwrap_or(("", line));
            names.push(serde_json::json!({"value": value.trim(), "lang": lang.trim()}));
        }
        let mut doc = serde_json::json!({
            "type": "organization",
            "id": id.as_str(),
            "names": names,
            "areas": self.areas,
            "description": self.descriptions.iter().filter(|(_, t)| !t.trim().is_empty()).map(|(l, t)| (l.clone(), t.trim().to_owned())).collect::<BTreeMap<_, _>>(),
        });
        for (key, value) in [
            ("country", &self.country),
            ("city", &self.city),
            ("website", &self.website),
        ] {
            if !value.trim().is_empty() {
                doc[key] = serde_json::Value::from(value.trim());
            }
        }
        if !self.founded.trim().is_empty() {
            match self.founded.trim().parse::<i64>() {
                Ok(y) => doc["founded"] = serde_json::Value::from(y),
                Err(_) => {
                    return Err(domain::ValidationErrors::single(
                        "founded",
                        "a year, like 2004",
                    ));
                }
            }
        }
        let input: RecordInput = serde_json::from_value(doc)
            .map_err(|e| domain::ValidationErrors::single("form", e.to_string()))?;
        let record = Record::try_from(input)?;
        if record.country.is_none() {
            return Err(domain::ValidationErrors::single(
                "country",
                "choose the country where the organization is registered",
            ));
        }
        Ok(record)
    }
}

/// A choice in a `<select>` or a checkbox list.
pub(crate) struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// One description field per interface language, marked when missing.
pub(crate) struct TranslationField {
    pub lang: &'static str,
    /// The language of the original name: the text the others translate.
    pub original: bool,
    pub label: String,
    pub text: String,
    pub missing: bool,
}

fn country_choices(chrome: &Chrome, selected: &str) -> Vec<Choice> {
    let mut codes: Vec<&str> = vec!["AZ", "TR", "UZ", "KZ", "KG", "TM", "HU", "XN"];
    codes.sort_by_key(|c| chrome.country(c));
    codes
        .into_iter()
        .map(|c| Choice {
            value: c.into(),
            label: chrome.country(c),
            selected: c == selected,
        })
        .collect()
}

fn area_choices(chrome: &Chrome, selected: &[String]) -> Vec<Choice> {
    AREAS
        .iter()
        .map(|a| Choice {
            value: a.slug.to_owned(),
            label: chrome.t(&format!("area-{}", a.slug)),
            selected: selected.iter().any(|s| s == a.slug),
        })
        .collect()
}

fn language_choices(chrome: &Chrome, selected: &str) -> Vec<Choice> {
    UI_LANGS
        .iter()
        .map(|l| Choice {
            value: (*l).into(),
            label: chrome.t(&format!("language-{l}")),
            selected: *l == selected,
        })
        .collect()
}

fn translation_fields(chrome: &Chrome, p: &ProfileFields) -> Vec<TranslationField> {
    UI_LANGS
        .iter()
        .map(|l| {
            let text = p.descriptions.get(*l).cloned().unwrap_or_default();
            TranslationField {
                lang: l,
                original: *l == p.name_lang,
                label: chrome.t(&format!("language-{l}")),
                missing: text.trim().is_empty(),
                text,
            }
        })
        .collect()
}

// ---- applying ----

#[derive(Template)]
#[template(path = "review/apply.html")]
struct ApplyPage {
    chrome: Chrome,
    csrf: String,
    p: ProfileFields,
    countries: Vec<Choice>,
    areas: Vec<Choice>,
    name_langs: Vec<Choice>,
    translations: Vec<TranslationField>,
    schemes: Vec<(String, String, bool)>,
    registry_value: String,
    errors: FormErrors,
}

impl ApplyPage {
    fn new(
        chrome: Chrome,
        csrf: String,
        p: ProfileFields,
        scheme: &str,
        registry_value: String,
        errors: FormErrors,
    ) -> Self {
        let mut schemes: Vec<(String, String, bool)> = Vec::new();
        for s in domain::REGISTRY_SCHEMES {
            let country = s.country.map(|c| chrome.country(c)).unwrap_or_default();
            let label = if country.is_empty() {
                s.label.to_owned()
            } else {
                format!("{country}: {}", s.label)
            };
            schemes.push((
                s.code.to_owned(),
                format!("{} — {label}", s.code),
                s.code == scheme,
            ));
        }
        Self {
            countries: country_choices(&chrome, &p.country),
            areas: area_choices(&chrome, &p.areas),
            name_langs: language_choices(&chrome, &p.name_lang),
            translations: translation_fields(&chrome, &p),
            chrome,
            csrf,
            p,
            schemes,
            registry_value,
            errors,
        }
    }
}

async fn apply_form(chrome: Chrome, csrf: Csrf, viewer: Viewer) -> Page {
    viewer.authorize(Action::ApplyForOrganization)?;
    let p = ProfileFields {
        name_lang: chrome.lang.to_owned(),
        ..Default::default()
    };
    html(
        StatusCode::OK,
        ApplyPage::new(
            chrome,
            csrf.token,
            p,
            "",
            String::new(),
            FormErrors::default(),
        ),
    )
}

async fn apply(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    mut multipart: Multipart,
) -> Page {
    let me = viewer.authorize(Action::ApplyForOrganization)?;
    let mut p = ProfileFields::default();
    let (mut scheme, mut registry_value, mut token) = (String::new(), String::new(), String::new());
    let mut evidence: Vec<u8> = Vec::new();
    let too_big = || AppError::PayloadTooLarge("The evidence document is larger than 5 MB.".into());
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|e| AppError::bad_request("invalid_form", e.body_text()))?
    {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "evidence" {
            evidence = field.bytes().await.map_err(|_| too_big())?.to_vec();
            continue;
        }
        let value = forms::text_field(field).await?;
        match name.as_str() {
            "csrf" => token = value,
            "registry_scheme" => scheme = value,
            "registry_value" => registry_value = value,
            other => {
                p.set(other, value);
            }
        }
    }
    csrf.verify(&token)?;
    let mut errors = FormErrors::default();
    // The platform names new organizations: country, then a random part.
    let country = CountryCode::parse(&p.country).ok();
    let id = EntityId::parse(&format!(
        "{}-BRL-{}",
        country
            .map(|c| c.to_string())
            .unwrap_or_else(|| "XX".into()),
        &random_token()[..10].to_uppercase()
    ))?;
    let record = errors.check(p.to_record(&id));
    let registry =
        country.and_then(|c| errors.check(RegistryId::parse(&scheme, &registry_value, c)));
    if country.is_some()
        && registry.is_none()
        && !errors.0.iter().any(|(f, _)| f.starts_with("registry"))
    {
        errors.add("registry_value", "enter the registry identifier");
    }
    let kind = errors.check(EvidenceType::sniff(&evidence));
    let (Some(record), Some(registry), Some(kind), true) =
        (record, registry, kind, errors.is_empty())
    else {
        let page = ApplyPage::new(chrome, csrf.token, p, &scheme, registry_value, errors);
        return html(StatusCode::UNPROCESSABLE_ENTITY, page);
    };
    // Evidence is kept outside any served directory, under a generated
    // name, and only once its record has committed (see `uploads`).
    let file = format!("{}.{}", random_token(), kind.extension());
    let staged = uploads::stage(&state.config().uploads_dir, &file, &evidence).await?;
    let now = state.now();
    let filed = state
        .store()
        .create_application(&record, &registry, &file, me.actorship(), now)
        .await;
    match filed {
        Ok(Ok(())) => staged.keep().await?,
        Ok(Err(conflict)) => {
            staged.discard().await;
            return Err(AppError::Conflict(conflict.to_string()));
        }
        Err(e) => {
            staged.discard().await;
            return Err(e.into());
        }
    }
    notify_applicant(
        &state,
        &chrome,
        me.account.email.clone(),
        &record,
        "mail-applied-body",
    )
    .await?;
    notify_coordinators(&state, &chrome, &record).await?;
    Ok(
        Redirect::to(&chrome.href(&format!("/review/{}", encode(record.id.as_str()))))
            .into_response(),
    )
}

async fn notify_applicant(
    state: &AppState,
    chrome: &Chrome,
    to: String,
    record: &Record,
    body_key: &str,
) -> Result<(), AppError> {
    let link = format!(
        "{}{}",
        state.config().public_url,
        chrome.href(&format!("/review/{}", encode(record.id.as_str())))
    );
    state.send_later(mail::Message {
        to,
        subject: chrome.t1("mail-status-subject", "name", record.display_name()),
        body: format!(
            "{}\n\n{link}\n",
            chrome.t1(body_key, "name", record.display_name())
        ),
    });
    Ok(())
}

async fn notify_coordinators(
    state: &AppState,
    chrome: &Chrome,
    record: &Record,
) -> Result<(), AppError> {
    let country = record
        .country
        .map(|c| c.as_str().to_owned())
        .unwrap_or_default();
    let link = format!(
        "{}{}",
        state.config().public_url,
        chrome.href(&format!("/review/{}", encode(record.id.as_str())))
    );
    for holder in state
        .store()
        .role_holders("coordinator", Some(&country))
        .await?
    {
        state.send_later(mail::Message {
            to: holder.email,
            subject: chrome.t1(
                "mail-new-application-subject",
                "name",
                record.display_name(),
            ),
            body: format!(
                "{}\n\n{link}\n",
                chrome.t1("mail-new-application-body", "name", record.display_name())
            ),
        });
    }
    Ok(())
}

// ---- the review queue and one organization's review ----

#[derive(Template)]
#[template(path = "review/review_queue.html")]
struct QueuePage {
    chrome: Chrome,
    items: Vec<QueueItem>,
    state_filter: String,
    states: Vec<Choice>,
}

struct QueueItem {
    url: String,
    name: String,
    country: String,
    state_key: String,
    state: &'static str,
}

#[derive(serde::Deserialize, Default)]
struct QueueQuery {
    #[serde(default)]
    state: String,
}

async fn queue(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    Query(q): Query<QueueQuery>,
) -> Page {
    let me = viewer.require()?;
    let countries = if me.actor.is_secretariat() {
        None
    } else {
        let mine = me.actor.coordinated_countries();
        if mine.is_empty() {
            return Err(AppError::Forbidden(
                "Only country coordinators and the secretariat review organizations.".into(),
            ));
        }
        Some(mine.iter().map(|c| c.as_str().to_owned()).collect())
    };
    let filter_state = if q.state.is_empty() {
        Some(VerificationState::Pending)
    } else {
        VerificationState::parse(&q.state)
    };
    let reviews = state
        .store()
        .reviews(&ReviewFilter {
            countries,
            state: filter_state,
            applicant: None,
            limit: 200,
        })
        .await?;
    let items = reviews
        .iter()
        .map(|r| QueueItem {
            url: chrome.href(&format!("/review/{}", encode(&r.org_id))),
            name: r.proposal.display_name().to_owned(),
            country: chrome.country(&r.country),
            state_key: format!("state-{}", r.state),
            state: r.state.as_str(),
        })
        .collect();
    let current = filter_state.map(|s| s.as_str()).unwrap_or("");
    let states = VerificationState::ALL
        .iter()
        .map(|s| Choice {
            value: s.as_str().into(),
            label: chrome.t(&format!("state-{s}")),
            selected: s.as_str() == current,
        })
        .collect();
    html(
        StatusCode::OK,
        QueuePage {
            chrome,
            items,
            state_filter: current.to_owned(),
            states,
        },
    )
}

#[derive(Template)]
#[template(path = "review/review.html")]
struct ReviewPage {
    chrome: Chrome,
    csrf: String,
    id: String,
    name: String,
    country: String,
    state: &'static str,
    state_key: String,
    reason: String,
    registry: String,
    has_evidence: bool,
    fields: Vec<(String, String)>,
    history: Vec<(String, String, String)>,
    duplicates: Vec<(String, String)>,
    decisions: Vec<(&'static str, String, bool)>,
    can_decide: bool,
    can_edit: bool,
    public_url: String,
    errors: FormErrors,
}

async fn load_review(state: &AppState, raw_id: &str) -> Result<store::Review, AppError> {
    state
        .store()
        .review(raw_id)
        .await?
        .ok_or_else(|| AppError::NotFound("There is no application for this organization.".into()))
}

async fn render_review(
    state: &AppState,
    chrome: Chrome,
    csrf: String,
    viewer: &Viewer,
    review: store::Review,
    errors: FormErrors,
) -> Page {
    let me = viewer.require()?;
    let country = CountryCode::parse(&review.country).ok();
    let id = org_id(&review.org_id)?;
    let can_decide = country.is_some_and(|c| {
        domain::authorize(Some(&me.actor), Action::ReviewOrganization { country: c }).is_ok()
    });
    let can_edit = domain::authorize(
        Some(&me.actor),
        Action::EditOrganization { org: &id, country },
    )
    .is_ok();
    if !can_decide && !can_edit {
        return Err(AppError::Forbidden("Only the organization's editors, its country's coordinator and the secretariat see this page.".into()));
    }
    let record = if review.state.is_public() {
        state
            .store()
            .get(&id)
            .await?
            .unwrap_or(review.proposal.clone())
    } else {
        review.proposal.clone()
    };
    let mut fields = vec![];
    for n in &record.names {
        fields.push((
            chrome.t("record-name"),
            format!("{} ({})", n.value, n.lang.as_str()),
        ));
    }
    if let Some(city) = &record.city {
        fields.push((chrome.t("field-city"), city.clone()));
    }
    if let Some(w) = &record.website {
        fields.push((chrome.t("record-website"), w.clone()));
    }
    for (lang, text) in &record.description {
        fields.push((
            format!("{} ({})", chrome.t("record-about"), lang.as_str()),
            text.clone(),
        ));
    }
    let mut history = vec![];
    for e in state.store().review_events(&review.org_id).await? {
        let who = match e.actor_id {
            Some(a) => state
                .store()
                .account(a)
                .await?
                .map(|a| a.display_name)
                .unwrap_or_default(),
            None => String::new(),
        };
        history.push((
            crate::http::views::format_time(e.at),
            chrome.t(&format!("state-{}", e.state)),
            if e.reason.is_empty() {
                who
            } else {
                format!("{who}: {}", e.reason)
            },
        ));
    }
    // Coordinators see records that look like this one, across scripts.
    let duplicates = if can_decide {
        let read = state.read();
        let names: Vec<String> = record.names.iter().map(|n| n.value.clone()).collect();
        read.index
            .similar(&names, search::Kind::Organization, 5)
            .into_iter()
            .filter(|h| h.id != review.org_id)
            .map(|h| {
                (
                    chrome.href(&format!("/organizations/{}", encode(&h.id))),
                    h.name.clone(),
                )
            })
            .collect()
    } else {
        vec![]
    };
    let decisions = Decision::ALL
        .iter()
        .filter(|d| **d != Decision::Resubmit && transition(review.state, **d).is_ok())
        .map(|d| {
            (
                d.as_str(),
                chrome.t(&format!("decision-{}", d.as_str())),
                d.needs_reason(),
            )
        })
        .collect();
    let page = ReviewPage {
        id: review.org_id.clone(),
        name: record.display_name().to_owned(),
        country: chrome.country(&review.country),
        state: review.state.as_str(),
        state_key: format!("state-{}", review.state),
        reason: review.reason.clone(),
        registry: format!("{} {}", review.registry_scheme, review.registry_value),
        has_evidence: review.evidence_file.is_some() && can_decide,
        fields,
        history,
        duplicates,
        decisions,
        can_decide,
        can_edit,
        public_url: if review.state.is_public() {
            chrome.href(&format!("/organizations/{}", encode(&review.org_id)))
        } else {
            String::new()
        },
        errors,
        chrome,
        csrf,
    };
    let status = if page.errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    html(status, page)
}

async fn review_page(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Path(id): Path<String>,
) -> Page {
    viewer.require()?;
    let review = load_review(&state, &id).await?;
    render_review(
        &state,
        chrome,
        csrf.token,
        &viewer,
        review,
        FormErrors::default(),
    )
    .await
}

csrf_form! {
    pub struct DecideForm {
        decision: String,
        reason: String,
    }
}

async fn decide(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Path(id): Path<String>,
    Posted(form): Posted<DecideForm>,
) -> Page {
    viewer.require()?;
    let review = load_review(&state, &id).await?;
    let decision = Decision::parse(&form.decision).ok_or_else(|| {
        AppError::bad_request(
            "invalid_decision",
            "choose verify, reject, suspend, reinstate or resubmit",
        )
    })?;
    match apply_decision(&state, &viewer, &review, decision, form.reason.trim()).await {
        Ok(()) => {
            Ok(Redirect::to(&chrome.href(&format!("/review/{}", encode(&id)))).into_response())
        }
        Err(DecisionError::Reason(message)) => {
            let mut errors = FormErrors::default();
            errors.add("reason", &message);
            render_review(&state, chrome, csrf.token, &viewer, review, errors).await
        }
        Err(DecisionError::App(e)) => Err(e),
    }
}

/// Why a decision was not taken.
pub(crate) enum DecisionError {
    /// A reject or suspend without a reason (the form says so beside the field).
    Reason(String),
    App(AppError),
}

impl From<AppError> for DecisionError {
    fn from(e: AppError) -> Self {
        Self::App(e)
    }
}

impl From<store::StoreError> for DecisionError {
    fn from(e: store::StoreError) -> Self {
        Self::App(e.into())
    }
}

/// Checks permission and the state machine, records the decision, updates
/// this node's index, and mails the applicant. Shared by pages and API.
pub(crate) async fn apply_decision(
    state: &AppState,
    viewer: &Viewer,
    review: &store::Review,
    decision: Decision,
    reason: &str,
) -> Result<(), DecisionError> {
    let country = CountryCode::parse(&review.country)
        .map_err(|_| AppError::Internal("review without country".into()))?;
    let id = org_id(&review.org_id)?;
    let me = if decision == Decision::Resubmit {
        viewer.authorize(Action::EditOrganization {
            org: &id,
            country: Some(country),
        })?
    } else {
        viewer.authorize(Action::ReviewOrganization { country })?
    };
    let to = transition(review.state, decision).map_err(|e| AppError::Conflict(e.to_string()))?;
    if decision.needs_reason() && reason.is_empty() {
        return Err(DecisionError::Reason(
            "say why: the applicant reads it".into(),
        ));
    }
    if reason.chars().count() > 2000 {
        return Err(DecisionError::Reason("at most 2000 characters".into()));
    }
    let now = state.now();
    let published = match state
        .store()
        .decide(
            &review.org_id,
            review.state,
            to,
            reason,
            me.actorship(),
            now,
        )
        .await?
    {
        Ok(published) => published,
        Err(conflict) => return Err(AppError::Conflict(conflict.to_string()).into()),
    };
    if let Some(record) = &published {
        state.apply_local(record);
    }
    if let Some(applicant) = review.applicant_id
        && let Some(account) = state.store().account(applicant).await?
    {
        let chrome = Chrome::for_lang(&account.locale);
        let key = match to {
            VerificationState::Verified => "mail-verified-body",
            VerificationState::Rejected => "mail-rejected-body",
            VerificationState::Suspended => "mail-suspended-body",
            VerificationState::Pending => "mail-applied-body",
        };
        let mut body_record = published.unwrap_or_else(|| review.proposal.clone());
        body_record.id = id;
        notify_applicant(state, &chrome, account.email.clone(), &body_record, key).await?;
        if !reason.is_empty() {
            state.send_later(mail::Message {
                to: account.email,
                subject: chrome.t1("mail-status-subject", "name", body_record.display_name()),
                body: format!("{}\n\n{reason}\n", chrome.t("mail-reason")),
            });
        }
    }
    Ok(())
}

async fn evidence(State(state): State<AppState>, viewer: Viewer, Path(id): Path<String>) -> Page {
    viewer.require()?;
    let review = load_review(&state, &id).await?;
    let country =
        CountryCode::parse(&review.country).map_err(|_| AppError::NotFound("no country".into()))?;
    viewer.authorize(Action::ReviewOrganization { country })?;
    let file = review
        .evidence_file
        .ok_or_else(|| AppError::NotFound("No document was uploaded.".into()))?;
    // Only names we generated ever reach the file system.
    let (stem, ext) = file
        .split_once('.')
        .ok_or_else(|| AppError::NotFound("no document".into()))?;
    let kind = EvidenceType::from_extension(ext)
        .filter(|_| stem.len() == 64 && stem.bytes().all(|b| b.is_ascii_hexdigit()));
    let kind =
        kind.ok_or_else(|| AppError::Internal(format!("unexpected evidence file name {file:?}")))?;
    let bytes = tokio::fs::read(state.config().uploads_dir.join(&file))
        .await
        .map_err(|e| AppError::Internal(format!("evidence {file}: {e}")))?;
    let mut response = bytes.into_response();
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind.mime()));
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&format!(
            "attachment; filename=\"evidence-{}.{}\"",
            encode(&review.org_id).replace('"', ""),
            kind.extension()
        ))
        .unwrap_or(HeaderValue::from_static("attachment")),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    Ok(response)
}

// ---- editing ----

#[derive(Template)]
#[template(path = "review/edit.html")]
struct EditPage {
    chrome: Chrome,
    csrf: String,
    id: String,
    p: ProfileFields,
    areas: Vec<Choice>,
    name_langs: Vec<Choice>,
    translations: Vec<TranslationField>,
    missing: u64,
    errors: FormErrors,
    invited: String,
    /// The edit version the form was read at; saving refuses if it moved.
    version: i64,
    /// Set when someone else saved meanwhile: their values of the fields
    /// that differ from what this editor typed.
    changed_meanwhile: Vec<(String, String)>,
}

/// The organization's current profile (published or still in review) with its edit version.
async fn current_profile(
    state: &AppState,
    id: &EntityId,
) -> Result<store::EditableOrganization, AppError> {
    state
        .store()
        .editable_organization(id.as_str())
        .await?
        .ok_or_else(|| AppError::NotFound("There is no such organization.".into()))
}

/// What someone else saved that differs from what this editor typed: a
/// field's label and its stored value.
fn changed_meanwhile(
    chrome: &Chrome,
    theirs: &ProfileFields,
    typed: &ProfileFields,
) -> Vec<(String, String)> {
    let mut changed = Vec::new();
    let mut differ = |label: String, a: &str, b: &str| {
        if a.trim() != b.trim() {
            let shown = if a.trim().is_empty() { "—" } else { a.trim() };
            changed.push((label, shown.to_owned()));
        }
    };
    differ(chrome.t("field-org-name"), &theirs.name, &typed.name);
    differ(
        chrome.t("field-name-language"),
        &theirs.name_lang,
        &typed.name_lang,
    );
    differ(
        chrome.t("field-other-names"),
        &theirs.other_names,
        &typed.other_names,
    );
    differ(chrome.t("field-city"), &theirs.city, &typed.city);
    let (mut a, mut b) = (theirs.areas.clone(), typed.areas.clone());
    a.sort();
    b.sort();
    differ(chrome.t("record-areas"), &a.join(", "), &b.join(", "));
    differ(chrome.t("field-founded"), &theirs.founded, &typed.founded);
    differ(chrome.t("record-website"), &theirs.website, &typed.website);
    let description =
        |p: &ProfileFields, lang: &str| p.descriptions.get(lang).cloned().unwrap_or_default();
    for lang in UI_LANGS {
        let label = format!(
            "{} ({})",
            chrome.t("field-descriptions"),
            chrome.t(&format!("language-{lang}"))
        );
        differ(label, &description(theirs, lang), &description(typed, lang));
    }
    changed
}

fn edit_page(
    chrome: Chrome,
    csrf: String,
    id: &EntityId,
    p: ProfileFields,
    version: i64,
    errors: FormErrors,
    invited: String,
) -> EditPage {
    let translations = translation_fields(&chrome, &p);
    EditPage {
        missing: translations.iter().filter(|t| t.missing).count() as u64,
        areas: area_choices(&chrome, &p.areas),
        name_langs: language_choices(&chrome, &p.name_lang),
        translations,
        id: id.as_str().to_owned(),
        chrome,
        csrf,
        p,
        errors,
        invited,
        version,
        changed_meanwhile: Vec::new(),
    }
}

#[derive(serde::Deserialize, Default)]
struct EditQuery {
    #[serde(default)]
    invited: String,
}

async fn edit_form(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Path(raw): Path<String>,
    Query(q): Query<EditQuery>,
) -> Page {
    let id = org_id(&raw)?;
    let current = current_profile(&state, &id).await?;
    viewer.authorize(Action::EditOrganization {
        org: &id,
        country: current.record.country,
    })?;
    let page = edit_page(
        chrome,
        csrf.token,
        &id,
        ProfileFields::from_record(&current.record),
        current.version,
        FormErrors::default(),
        q.invited,
    );
    html(StatusCode::OK, page)
}

async fn edit(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Path(raw): Path<String>,
    Posted(fields): Posted<Vec<(String, String)>>,
) -> Page {
    let id = org_id(&raw)?;
    let before = current_profile(&state, &id).await?;
    let country = before.record.country;
    let me = viewer.authorize(Action::EditOrganization { org: &id, country })?;
    let mut p = ProfileFields::default();
    let mut version = None;
    for (k, v) in fields {
        if k == "version" {
            version = v.trim().parse::<i64>().ok();
        } else {
            p.set(&k, v);
        }
    }
    // The country is not edited here: moving an organization to another
    // country moves it to another coordinator, which is a review matter.
    p.country = country.map(|c| c.as_str().to_owned()).unwrap_or_default();
    let shown_version = version.unwrap_or(before.version);
    let mut errors = FormErrors::default();
    let Some(record) = errors.check(p.to_record(&id)) else {
        let page = edit_page(
            chrome,
            csrf.token,
            &id,
            p,
            shown_version,
            errors,
            String::new(),
        );
        return html(StatusCode::UNPROCESSABLE_ENTITY, page);
    };
    // A form without a version (an old page) is checked against the version
    // read above, so at worst it conflicts, never overwrites unseen.
    let expected = Some(shown_version);
    match state
        .store()
        .save_organization(&record, expected, me.actorship(), state.now())
        .await?
    {
        Ok(saved) => {
            if saved.public {
                state.apply_local(&saved.record);
            }
            let target = if saved.public {
                format!("/organizations/{}", encode(id.as_str()))
            } else {
                format!("/review/{}", encode(id.as_str()))
            };
            Ok(Redirect::to(&chrome.href(&target)).into_response())
        }
        Err(store::EditConflict::Missing) => {
            Err(AppError::NotFound("There is no such organization.".into()))
        }
        Err(store::EditConflict::Stale(theirs)) => {
            // Shown again with what this editor typed (nothing lost), the
            // other person's values beside it, and the new version: saving
            // again is a choice made seeing both.
            let changed =
                changed_meanwhile(&chrome, &ProfileFields::from_record(&theirs.record), &p);
            let mut page = edit_page(
                chrome,
                csrf.token,
                &id,
                p,
                theirs.version,
                errors,
                String::new(),
            );
            page.changed_meanwhile = changed;
            html(StatusCode::CONFLICT, page)
        }
    }
}

csrf_form! {
    pub struct InviteForm {
        email: String,
    }
}

async fn invite(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Path(raw): Path<String>,
    Posted(form): Posted<InviteForm>,
) -> Page {
    let id = org_id(&raw)?;
    let current = current_profile(&state, &id).await?;
    let record = current.record;
    let me = viewer.authorize(Action::InviteEditor {
        org: &id,
        country: record.country,
    })?;
    let email = match domain::Email::parse(&form.email) {
        Ok(e) => e,
        Err(e) => {
            let mut errors = FormErrors::default();
            errors.check::<()>(Err(e));
            let page = edit_page(
                chrome,
                csrf.token,
                &id,
                ProfileFields::from_record(&record),
                current.version,
                errors,
                String::new(),
            );
            return html(StatusCode::UNPROCESSABLE_ENTITY, page);
        }
    };
    let now = state.now();
    state
        .store()
        .audit(
            me.actorship(),
            "org.invite",
            &format!("org:{id}"),
            None,
            Some(serde_json::json!({"email": email.as_str()}).to_string()),
            now,
        )
        .await?;
    crate::accounts::send_token_link(
        &state,
        &chrome,
        crate::accounts::MailedLink {
            purpose: TokenPurpose::Invite,
            account_id: None,
            email: email.as_str(),
            subject: id.as_str(),
            created_by: Some(me.account.id),
            ttl: INVITE_TTL,
            path: "/invites/accept",
            mail_subject: chrome.t1("mail-invite-subject", "name", record.display_name()),
            intro: chrome.t1("mail-invite-body", "name", record.display_name()),
        },
    )
    .await?;
    Ok(Redirect::to(&chrome.href(&format!(
        "/organizations/{}/edit?invited={}",
        encode(id.as_str()),
        encode(email.as_str())
    )))
    .into_response())
}

#[derive(serde::Deserialize, Default)]
struct TokenQuery {
    #[serde(default)]
    token: String,
}

#[derive(Template)]
#[template(path = "review/invite.html")]
struct InvitePage {
    chrome: Chrome,
    csrf: String,
    token: String,
    signed_in: bool,
    login_url: String,
}

async fn accept_form(
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Query(q): Query<TokenQuery>,
) -> Page {
    let login_url = chrome.href(&format!(
        "/login?next={}",
        encode(&chrome.href(&format!("/invites/accept?token={}", q.token)))
    ));
    let page = InvitePage {
        signed_in: viewer.0.is_some(),
        chrome,
        csrf: csrf.token.clone(),
        token: q.token,
        login_url,
    };
    Ok(csrf.attach(html(StatusCode::OK, page)?))
}

csrf_form! {
    pub struct AcceptForm {
        token: String,
    }
}

async fn accept(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    Posted(form): Posted<AcceptForm>,
) -> Page {
    let me = viewer.require()?;
    let now = state.now();
    let hash = token_hash(&form.token);
    let expired = || {
        AppError::bad_request(
            "invalid_token",
            "This invitation is used up or has expired. Ask for a new one.",
        )
    };
    let invitation = state
        .store()
        .peek_token(TokenPurpose::Invite, &hash, now)
        .await?
        .ok_or_else(expired)?;
    // A forwarded link is not an invitation: the address must be the one invited.
    if invitation.email != me.account.email {
        return Err(AppError::Forbidden(
            "This invitation was sent to another email address. Sign in with that address.".into(),
        ));
    }
    let used = state
        .store()
        .take_token(TokenPurpose::Invite, &hash, now)
        .await?
        .ok_or_else(expired)?;
    let org = org_id(&used.subject)?;
    let by = store::Actorship {
        id: used.created_by,
        email: "invitation",
    };
    state
        .store()
        .grant_role(me.account.id, &Role::Editor(org.clone()), &by, now)
        .await?;
    Ok(
        Redirect::to(&chrome.href(&format!("/organizations/{}/edit", encode(org.as_str()))))
            .into_response(),
    )
}
