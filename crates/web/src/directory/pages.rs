//! The HTML pages. Every handler takes the request's [`Chrome`] (language,
//! links, strings) and renders an askama template.

use crate::directory::api::ListQuery;
use crate::http::auth::Viewer;
use crate::http::cards::NewsItem;
use crate::http::params::{IdPath, Params, encode};
use crate::http::views::{
    Chrome, RecordItem, SelectOption, SocialPreview, api_url, kind_key, language_key, record_url,
    script_key,
};
use crate::{AppError, AppState};
use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use domain::{AREAS, CountryCode, EntityKind, KindCounts};

pub(super) type Page = Result<Response, AppError>;

/// Stories in the home page's "Latest news".
pub(super) const HOME_NEWS: u32 = 4;
/// Stories in a record page's "In the news".
pub(super) const RECORD_NEWS: u32 = 10;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home))
        .route("/organizations", get(organizations))
        .route("/people", get(people))
        .route("/places", get(places))
        .route("/organizations/{id}", get(organization))
        .route("/people/{id}", get(person))
        .route("/places/{id}", get(place))
        .route("/countries", get(super::countries::countries))
        .route("/countries/{code}", get(super::countries::country))
        .route("/search", get(super::search_page::search_page))
}

pub(super) fn render(t: impl Template) -> Page {
    Ok(Html(t.render()?).into_response())
}

/// A page of a directory listing in the order of the visitor's language
/// (kept in memory by the read model), read from the store by id, with
/// where it stands in the listing.
pub(super) async fn listing_window(
    state: &AppState,
    lang: &str,
    filter: &store::ListFilter,
    after: Option<&domain::EntityId>,
    limit: u32,
) -> Result<(Vec<domain::Record>, app::readmodel::order::Window), AppError> {
    let window = state
        .read()
        .order
        .window(lang, filter, after.map(|a| a.as_str()), limit as usize)
        .map_err(|_| {
            AppError::NotFound(
                "the page to continue after does not exist (it may have been deleted)".into(),
            )
        })?;
    let ids: Vec<String> = window.ids.iter().map(|id| id.to_string()).collect();
    let mut found = state.store().get_many(&ids).await?;
    let records = ids.iter().filter_map(|id| found.remove(id)).collect();
    Ok((records, window))
}

/// The first records of a listing.
pub(super) async fn listing(
    state: &AppState,
    lang: &str,
    filter: &store::ListFilter,
    after: Option<&domain::EntityId>,
    limit: u32,
) -> Result<Vec<domain::Record>, AppError> {
    Ok(listing_window(state, lang, filter, after, limit).await?.0)
}

/// The heading key of a kind's directory (`nav-organizations` …).
pub(super) fn collection_key(kind: EntityKind) -> String {
    format!("nav-{}", kind.collection())
}

/// The string key of a membership status (`member` → `status-member`);
/// empty for a country outside the network.
pub(super) fn status_key(status: &str) -> String {
    if status.is_empty() {
        String::new()
    } else {
        format!("status-{status}")
    }
}

/// A country as the home and countries pages show it.
pub(super) struct CountryTile {
    pub(super) code: String,
    pub(super) name: String,
    /// `member`, `observer`, or empty for countries outside the network.
    pub(super) status: &'static str,
    pub(super) status_key: String,
    pub(super) chair: bool,
    pub(super) organizations: u64,
    pub(super) people: u64,
    pub(super) places: u64,
}

impl CountryTile {
    pub(super) fn new(
        code: CountryCode,
        status: &'static str,
        chair: bool,
        counts: KindCounts,
        chrome: &Chrome,
    ) -> Self {
        Self {
            code: code.to_string(),
            name: chrome.country(code.as_str()),
            status,
            status_key: status_key(status),
            chair,
            organizations: counts.organizations,
            people: counts.people,
            places: counts.places,
        }
    }
}

#[derive(Template)]
#[template(path = "directory/home.html")]
pub(super) struct HomePage {
    pub(super) chrome: Chrome,
    pub(super) network_name: String,
    /// The language of the network's name shown; empty when unknown.
    pub(super) network_lang: String,
    pub(super) chair: String,
    pub(super) chair_since: String,
    pub(super) seat: String,
    pub(super) seat_lang: String,
    pub(super) seat_url: String,
    pub(super) totals: KindCounts,
    pub(super) countries: Vec<CountryTile>,
    pub(super) latest: Vec<RecordItem>,
    pub(super) news: Vec<NewsItem>,
}

pub(super) fn network_tiles(stats: &crate::Stats, chrome: &Chrome) -> Vec<CountryTile> {
    let Some(network) = &stats.network else {
        return Vec::new();
    };
    let chair = network.chair.as_ref().map(|c| c.country);
    let tiles = |countries: &mut dyn Iterator<Item = &domain::NetworkCountry>| {
        let mut tiles: Vec<CountryTile> = countries
            .map(|c| {
                let counts = stats.by_country.get(&c.code).copied().unwrap_or_default();
                CountryTile::new(
                    c.code,
                    c.status.as_str(),
                    chair == Some(c.code),
                    counts,
                    chrome,
                )
            })
            .collect();
        chrome.sort_by_label(&mut tiles, |t| &t.name);
        tiles
    };
    // Members first, then observers, each in the visitor's alphabetical order.
    let mut all = tiles(&mut network.members());
    all.extend(tiles(&mut network.observers()));
    all
}

pub(super) async fn home(State(state): State<AppState>, chrome: Chrome) -> Page {
    let chrome = chrome.section("home");
    let chrome = chrome.clone().describe(&chrome.t("home-lead"));
    let stats = state.stats().await?;
    let latest = state
        .store()
        .latest(Some(EntityKind::Organization), 8)
        .await?;
    let news = state
        .store()
        .news(&store::NewsFilter::default(), None, HOME_NEWS)
        .await?;
    let network = stats.network.as_ref();
    let chair = network.and_then(|n| n.chair.as_ref());
    let langs = crate::http::i18n::fallback_chain(chrome.lang);
    // The seat is a place record: show its name in the visitor's language.
    let seat_record = match network
        .and_then(|n| n.seat_place_id.as_deref())
        .and_then(|id| domain::EntityId::parse(id).ok())
    {
        Some(id) => state.store().get(&id).await?,
        None => None,
    };
    let seat = seat_record
        .as_ref()
        .map(|r| r.name_in(langs).to_owned())
        .or_else(|| network.and_then(|n| n.seat_name.clone()))
        .unwrap_or_default();
    let seat_lang = seat_record
        .as_ref()
        .map(|r| crate::http::views::name_lang(r, &seat))
        .unwrap_or_default();
    render(HomePage {
        network_lang: network
            .and_then(|n| langs.iter().find(|l| n.localized_names.contains_key(**l)))
            .map(|l| (*l).to_owned())
            .unwrap_or_default(),
        network_name: network
            .map(|n| n.name_in(langs).to_owned())
            .unwrap_or_else(|| chrome.t("site-name")),
        chair: chair
            .map(|c| chrome.country(c.country.as_str()))
            .unwrap_or_default(),
        chair_since: chair
            .and_then(|c| c.since.as_deref())
            .map(|d| chrome.date(d))
            .unwrap_or_default(),
        seat,
        seat_lang,
        seat_url: network
            .and_then(|n| n.seat_place_id.as_deref())
            .map(|id| chrome.href(&record_url(EntityKind::Place, id)))
            .unwrap_or_default(),
        totals: stats.totals,
        countries: network_tiles(&stats, &chrome),
        latest: latest
            .iter()
            .map(|r| RecordItem::from_record(r, &chrome))
            .collect(),
        news: NewsItem::list(&news, &chrome),
        chrome,
    })
}

#[derive(Template)]
#[template(path = "directory/directory.html")]
pub(super) struct DirectoryPage {
    pub(super) chrome: Chrome,
    pub(super) heading_key: String,
    pub(super) count_key: String,
    pub(super) base_path: String,
    pub(super) show_areas: bool,
    pub(super) country_options: Vec<SelectOption>,
    pub(super) area_options: Vec<SelectOption>,
    pub(super) filtered: bool,
    pub(super) total: u64,
    pub(super) records: Vec<RecordItem>,
    pub(super) previous_url: String,
    pub(super) next_url: String,
    /// `51–100 of 301`; empty on an empty page.
    pub(super) position: String,
}

pub(super) async fn organizations(
    state: State<AppState>,
    chrome: Chrome,
    q: Params<ListQuery>,
) -> Page {
    directory(state, chrome, q, EntityKind::Organization).await
}
pub(super) async fn people(state: State<AppState>, chrome: Chrome, q: Params<ListQuery>) -> Page {
    directory(state, chrome, q, EntityKind::Person).await
}
pub(super) async fn places(state: State<AppState>, chrome: Chrome, q: Params<ListQuery>) -> Page {
    directory(state, chrome, q, EntityKind::Place).await
}

pub(super) async fn directory(
    State(state): State<AppState>,
    chrome: Chrome,
    Params(q): Params<ListQuery>,
    kind: EntityKind,
) -> Page {
    let chrome = chrome.section(kind.collection());
    let (filter, after, limit) = q.parse(kind)?;
    let (country, area) = (filter.country, filter.area);
    let (records, window) =
        listing_window(&state, chrome.lang, &filter, after.as_ref(), limit).await?;
    let total = state.count(&filter);
    let chrome = chrome.clone().describe(&listing_description(
        &chrome,
        kind,
        total,
        country.as_ref().map(|c| chrome.country(c.as_str())),
        area.as_ref().map(|a| chrome.t(&format!("area-{a}"))),
    ));
    let stats = state.stats().await?;

    let base_path = format!("/{}", kind.collection());
    let mut filters = String::new();
    if let Some(c) = country {
        filters.push_str(&format!("&country={c}"));
    }
    if let Some(a) = area {
        filters.push_str(&format!("&area={a}"));
    }
    if q.limit.is_some() {
        filters.push_str(&format!("&limit={limit}"));
    }
    let url = |extra: &str| {
        let query = format!("{extra}{filters}");
        let query = query.trim_start_matches('&');
        if query.is_empty() {
            chrome.href(&base_path)
        } else {
            chrome.href(&format!("{base_path}?{query}"))
        }
    };
    let next_url = match window.ids.last() {
        Some(last) if window.more => url(&format!("after={}", encode(last))),
        _ => String::new(),
    };
    let previous_url = match &window.previous {
        Some(Some(start)) => url(&format!("after={}", encode(start))),
        Some(None) => url(""),
        None => String::new(),
    };
    // "51–100 of 301", when the page shows anything.
    let position = if records.is_empty() {
        String::new()
    } else {
        let from = window.first + 1;
        let to = window.first + records.len();
        chrome.t_args(
            "directory-position",
            &[
                ("from", chrome.number(&from)),
                ("to", chrome.number(&to)),
                ("total", locale::format_count(chrome.lang, total)),
            ],
        )
    };
    let in_network = |code: &CountryCode| {
        stats
            .network
            .as_ref()
            .is_some_and(|n| n.status_of(*code).is_some())
    };
    let collation = locale::collation(chrome.lang);
    let mut countries: Vec<(bool, String, &CountryCode)> = stats
        .by_country
        .keys()
        .map(|c| (!in_network(c), chrome.country(c.as_str()), c))
        .collect();
    // Network countries first, then the rest, each in the visitor's alphabetical order.
    countries.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| collation.compare(&a.1, &b.1)));
    let country_options = countries
        .into_iter()
        .map(|(_, name, c)| SelectOption {
            value: c.to_string(),
            label: format!("{name} ({c})"),
            selected: Some(*c) == country,
        })
        .collect();
    let mut area_options: Vec<SelectOption> = AREAS
        .iter()
        .map(|a| SelectOption {
            value: a.slug.to_owned(),
            label: chrome.t(&format!("area-{}", a.slug)),
            selected: area.is_some_and(|s| s.as_str() == a.slug),
        })
        .collect();
    chrome.sort_by_label(&mut area_options, |o| &o.label);
    let mut items: Vec<RecordItem> = records
        .iter()
        .map(|r| RecordItem::from_record(r, &chrome))
        .collect();
    crate::http::views::mark_verified(state.store(), &records, &mut items).await?;
    render(DirectoryPage {
        heading_key: collection_key(kind),
        count_key: format!("count-{}", kind.collection()),
        base_path,
        show_areas: kind == EntityKind::Organization,
        country_options,
        area_options,
        filtered: country.is_some() || area.is_some(),
        total,
        records: items,
        previous_url,
        next_url,
        position,
        chrome,
    })
}

/// A directory listing's meta description: what it lists and how many
/// (`Organizations · Kazakhstan · Youth: 12 organizations`), on this site.
fn listing_description(
    chrome: &Chrome,
    kind: EntityKind,
    total: u64,
    country: Option<String>,
    area: Option<String>,
) -> String {
    let what: Vec<String> = [Some(chrome.t(&collection_key(kind))), country, area]
        .into_iter()
        .flatten()
        .collect();
    format!(
        "{}: {}. {}",
        what.join(" · "),
        chrome.tn(&format!("count-{}", kind.collection()), &total),
        chrome.t("site-tagline"),
    )
}

/// A record page's meta description: its description in the visitor's
/// language (or the nearest one), else what it is and where.
fn record_description(r: &domain::Record, chrome: &Chrome) -> String {
    if let Some((_, text)) = descriptions_for(r, chrome).into_iter().next() {
        return format!("{}: {text}", r.display_name());
    }
    let place: Vec<String> = [
        r.city.clone(),
        r.country.map(|c| chrome.country(c.as_str())),
    ]
    .into_iter()
    .flatten()
    .collect();
    let mut out = format!("{} · {}", r.display_name(), chrome.t(&kind_key(r.kind)));
    if !place.is_empty() {
        out.push_str(&format!(" · {}", place.join(", ")));
    }
    out
}

pub(super) struct NameRow {
    pub(super) value: String,
    pub(super) lang: String,
    /// Empty for a language the interface has no name for.
    pub(super) lang_key: String,
    /// The script's name in the visitor's language (its code if unnamed).
    pub(super) script: String,
    /// The ISO 15924 code (`Latn`).
    pub(super) script_code: String,
}

#[derive(Template)]
#[template(path = "directory/record.html")]
pub(super) struct RecordPage {
    pub(super) chrome: Chrome,
    pub(super) name: String,
    pub(super) kind_key: String,
    pub(super) collection_url: String,
    pub(super) collection_key: String,
    pub(super) country_code: String,
    pub(super) country_name: String,
    pub(super) city: String,
    pub(super) founded: String,
    pub(super) website: String,
    pub(super) names: Vec<NameRow>,
    pub(super) areas: Vec<(&'static str, String)>,
    pub(super) descriptions: Vec<(String, String)>,
    /// Which language the first description is in, when it is not the
    /// visitor's ("not yet translated into Russian; shown in English");
    /// empty when it is theirs or there is none.
    pub(super) description_note: String,
    pub(super) json_ld: String,
    pub(super) api_url: String,
    /// The language of the record's original name, whose description is
    /// the original that others translate.
    pub(super) original_lang: String,
    /// `verified`, `suspended`, or empty (listed without verification).
    pub(super) verification: &'static str,
    pub(super) edit_url: String,
    /// Stories that mention this record.
    pub(super) news: Vec<NewsItem>,
    /// An organization's offers and needs, and its partnerships.
    pub(super) partners: Option<crate::partners::ProfilePartners>,
}

pub(super) async fn organization(
    state: State<AppState>,
    chrome: Chrome,
    csrf: crate::http::auth::Csrf,
    viewer: Viewer,
    id: IdPath,
) -> Page {
    // Signed in, the profile may carry forms (a partnership's memorandum);
    // anonymous visitors get the shared, cacheable page.
    if viewer.0.is_none() {
        return record_page(state, chrome, viewer, id, EntityKind::Organization, "").await;
    }
    let page = record_page(
        state,
        chrome,
        viewer,
        id,
        EntityKind::Organization,
        &csrf.token,
    )
    .await?;
    Ok(csrf.attach(page))
}
pub(super) async fn person(
    state: State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    id: IdPath,
) -> Page {
    record_page(state, chrome, viewer, id, EntityKind::Person, "").await
}
pub(super) async fn place(
    state: State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    id: IdPath,
) -> Page {
    record_page(state, chrome, viewer, id, EntityKind::Place, "").await
}

pub(super) async fn record_page(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    IdPath(id): IdPath,
    kind: EntityKind,
    csrf: &str,
) -> Page {
    let chrome = chrome.section(kind.collection());
    let Some(r) = state.store().get(&id).await? else {
        return Err(AppError::NotFound(format!(
            "There is no {} with the id {id}.",
            kind.as_str()
        )));
    };
    if r.kind != kind {
        // The id exists as another kind: send the visitor to its real page.
        return Ok(
            Redirect::permanent(&chrome.href(&record_url(r.kind, id.as_str()))).into_response(),
        );
    }
    let chrome = chrome
        .clone()
        .describe(&record_description(&r, &chrome))
        .preview(SocialPreview {
            kind: if kind == EntityKind::Person {
                "profile"
            } else {
                "website"
            },
            title: r.display_name().to_owned(),
            ..SocialPreview::default()
        });
    let country = r.country.map(|c| c.to_string()).unwrap_or_default();
    let verification = if kind == EntityKind::Organization {
        match state
            .store()
            .verification_states(&[id.as_str().to_owned()])
            .await?
            .get(id.as_str())
        {
            Some(domain::VerificationState::Verified) => "verified",
            Some(domain::VerificationState::Suspended) => "suspended",
            _ => "",
        }
    } else {
        ""
    };
    let can_edit = kind == EntityKind::Organization
        && domain::authorize(
            viewer.actor(),
            domain::Action::EditOrganization {
                org: &id,
                country: r.country,
            },
        )
        .is_ok();
    let edit_url = if can_edit {
        chrome.href(&format!("/organizations/{}/edit", encode(id.as_str())))
    } else {
        String::new()
    };
    let partners = if kind == EntityKind::Organization {
        Some(crate::partners::profile(&state, &chrome, viewer.0.as_ref(), &id, csrf).await?)
    } else {
        None
    };
    render(RecordPage {
        partners,
        verification,
        edit_url,
        name: r.display_name().to_owned(),
        kind_key: kind_key(kind),
        collection_url: format!("/{}", kind.collection()),
        collection_key: collection_key(kind),
        country_name: chrome.country(&country),
        country_code: country,
        city: r.city.clone().unwrap_or_default(),
        founded: r.founded.map(|y| y.to_string()).unwrap_or_default(),
        website: r.website.clone().unwrap_or_default(),
        names: r
            .names
            .iter()
            .map(|n| NameRow {
                value: n.value.clone(),
                lang: n.lang.to_string(),
                lang_key: language_key(n.lang.as_str()).unwrap_or_default(),
                script: script_key(n.script.as_str())
                    .map(|key| chrome.t(key))
                    .unwrap_or_else(|| n.script.as_str().to_owned()),
                script_code: n.script.as_str().to_owned(),
            })
            .collect(),
        areas: r
            .areas
            .iter()
            .map(|a| (a.as_str(), format!("area-{a}")))
            .collect(),
        description_note: description_note(&r, &chrome),
        descriptions: descriptions_for(&r, &chrome),
        original_lang: original_lang(&r),
        json_ld: crate::http::views::json_ld(&r, &chrome),
        api_url: api_url(kind, id.as_str()),
        news: NewsItem::list(
            &state.store().articles_mentioning(&id, RECORD_NEWS).await?,
            &chrome,
        ),
        chrome,
    })
}

/// The language of a record's original name, whose description is the
/// original the others translate.
fn original_lang(r: &domain::Record) -> String {
    r.names
        .first()
        .map(|n| n.lang.to_string())
        .unwrap_or_default()
}

/// What language the description shown first is in, said only when it is
/// not the visitor's: the language it is in, by name, and whether that is
/// the original (the language of the record's first name).
pub(super) fn description_note(r: &domain::Record, chrome: &Chrome) -> String {
    let Some((shown, _)) = descriptions_for(r, chrome).into_iter().next() else {
        return String::new();
    };
    let primary = shown.split('-').next().unwrap_or(&shown);
    if primary == chrome.lang {
        return String::new();
    }
    let shown_name = language_key(&shown)
        .map(|k| chrome.t(&k))
        .unwrap_or_else(|| shown.clone());
    let key = if shown == original_lang(r) {
        "record-shown-original"
    } else {
        "record-shown-in"
    };
    chrome.t2(
        key,
        ("language", &chrome.t(&format!("language-{}", chrome.lang))),
        ("shown", &shown_name),
    )
}

/// A record's descriptions, the visitor's language (or its nearest
/// fallback) first, then the others as written.
pub(super) fn descriptions_for(r: &domain::Record, chrome: &Chrome) -> Vec<(String, String)> {
    let chain = crate::http::i18n::fallback_chain(chrome.lang);
    let rank = |lang: &domain::Lang| {
        chain
            .iter()
            .position(|l| *l == lang.primary())
            .unwrap_or(chain.len())
    };
    let mut out: Vec<_> = r.description.iter().collect();
    out.sort_by_key(|(l, _)| rank(l));
    out.into_iter()
        .map(|(l, t)| (l.to_string(), t.clone()))
        .collect()
}
