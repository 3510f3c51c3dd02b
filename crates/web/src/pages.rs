//! The HTML pages. Every handler takes the request's [`Chrome`] (language,
//! links, strings) and renders an askama template.

use crate::api::{ListQuery, SearchQuery};
use crate::auth::Viewer;
use crate::params::{IdPath, Params, encode};
use crate::views::{Chrome, RecordItem, SelectOption, api_url, kind_key, language_key, record_url};
use crate::{AppError, AppState};
use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use domain::{AREAS, CountryCode, EntityKind, KindCounts};
use std::time::Instant;

type Page = Result<Response, AppError>;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home))
        .route("/organizations", get(organizations))
        .route("/people", get(people))
        .route("/places", get(places))
        .route("/organizations/{id}", get(organization))
        .route("/people/{id}", get(person))
        .route("/places/{id}", get(place))
        .route("/countries", get(countries))
        .route("/countries/{code}", get(country))
        .route("/search", get(search_page))
}

fn render(t: impl Template) -> Page {
    Ok(Html(t.render()?).into_response())
}

/// A page of a directory listing in the order of the visitor's language
/// (kept in memory by the read model), read from the store by id.
async fn listing(
    state: &AppState,
    lang: &str,
    filter: &store::ListFilter,
    after: Option<&domain::EntityId>,
    limit: u32,
) -> Result<Vec<domain::Record>, AppError> {
    let ids: Vec<String> = state
        .read()
        .order
        .page(lang, filter, after.map(|a| a.as_str()), limit as usize)
        .map_err(|_| {
            AppError::NotFound(
                "the page to continue after does not exist (it may have been deleted)".into(),
            )
        })?
        .iter()
        .map(|id| id.to_string())
        .collect();
    let mut found = state.store().get_many(&ids).await?;
    Ok(ids.iter().filter_map(|id| found.remove(id)).collect())
}

/// The heading key of a kind's directory (`nav-organizations` …).
fn collection_key(kind: EntityKind) -> String {
    format!("nav-{}", kind.collection())
}

/// The string key of a membership status (`member` → `status-member`);
/// empty for a country outside the network.
fn status_key(status: &str) -> String {
    if status.is_empty() {
        String::new()
    } else {
        format!("status-{status}")
    }
}

/// A country as the home and countries pages show it.
struct CountryTile {
    code: String,
    name: String,
    /// `member`, `observer`, or empty for countries outside the network.
    status: &'static str,
    status_key: String,
    chair: bool,
    organizations: u64,
    people: u64,
    places: u64,
}

impl CountryTile {
    fn new(
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
#[template(path = "home.html")]
struct HomePage {
    chrome: Chrome,
    network_name: String,
    chair: String,
    chair_since: String,
    seat: String,
    seat_url: String,
    totals: KindCounts,
    countries: Vec<CountryTile>,
    latest: Vec<RecordItem>,
    news: Vec<crate::news::NewsItem>,
}

fn network_tiles(stats: &crate::Stats, chrome: &Chrome) -> Vec<CountryTile> {
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
        locale::collation(chrome.lang).sort_by_name(&mut tiles, |t| &t.name);
        tiles
    };
    // Members first, then observers, each in the visitor's alphabetical order.
    let mut all = tiles(&mut network.members());
    all.extend(tiles(&mut network.observers()));
    all
}

async fn home(State(state): State<AppState>, chrome: Chrome) -> Page {
    let chrome = chrome.section("home");
    let stats = state.stats().await?;
    let latest = state
        .store()
        .latest(Some(EntityKind::Organization), 8)
        .await?;
    let news = state
        .store()
        .news(&store::NewsFilter::default(), None, crate::news::HOME_ITEMS)
        .await?;
    let network = stats.network.as_ref();
    let chair = network.and_then(|n| n.chair.as_ref());
    let langs = crate::i18n::fallback_chain(chrome.lang);
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
    render(HomePage {
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
        news: crate::news::NewsItem::list(&news, &chrome),
        chrome,
    })
}

#[derive(Template)]
#[template(path = "directory.html")]
struct DirectoryPage {
    chrome: Chrome,
    heading_key: String,
    count_key: String,
    base_path: String,
    show_areas: bool,
    country_options: Vec<SelectOption>,
    area_options: Vec<SelectOption>,
    filtered: bool,
    total: u64,
    records: Vec<RecordItem>,
    first_url: String,
    next_url: String,
}

async fn organizations(state: State<AppState>, chrome: Chrome, q: Params<ListQuery>) -> Page {
    directory(state, chrome, q, EntityKind::Organization).await
}
async fn people(state: State<AppState>, chrome: Chrome, q: Params<ListQuery>) -> Page {
    directory(state, chrome, q, EntityKind::Person).await
}
async fn places(state: State<AppState>, chrome: Chrome, q: Params<ListQuery>) -> Page {
    directory(state, chrome, q, EntityKind::Place).await
}

async fn directory(
    State(state): State<AppState>,
    chrome: Chrome,
    Params(q): Params<ListQuery>,
    kind: EntityKind,
) -> Page {
    let chrome = chrome.section(kind.collection());
    let (filter, after, limit) = q.parse(kind)?;
    let (country, area) = (filter.country, filter.area);
    let records = listing(&state, chrome.lang, &filter, after.as_ref(), limit).await?;
    let total = state.count(&filter);
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
    let next_url = match records.last() {
        Some(last) if records.len() == limit as usize => {
            url(&format!("after={}", encode(last.id.as_str())))
        }
        _ => String::new(),
    };
    let first_url = if after.is_some() {
        url("")
    } else {
        String::new()
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
    collation.sort_by_name(&mut area_options, |o| &o.label);
    let mut items: Vec<RecordItem> = records
        .iter()
        .map(|r| RecordItem::from_record(r, &chrome))
        .collect();
    crate::views::mark_verified(state.store(), &records, &mut items).await?;
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
        first_url,
        next_url,
        chrome,
    })
}

struct NameRow {
    value: String,
    lang: String,
    /// Empty for a language the interface has no name for.
    lang_key: String,
    script: String,
}

#[derive(Template)]
#[template(path = "record.html")]
struct RecordPage {
    chrome: Chrome,
    name: String,
    kind_key: String,
    collection_url: String,
    collection_key: String,
    country_code: String,
    country_name: String,
    city: String,
    founded: String,
    website: String,
    names: Vec<NameRow>,
    areas: Vec<(&'static str, String)>,
    descriptions: Vec<(String, String)>,
    /// The visitor's language has no description, but others do.
    untranslated: bool,
    own_language_key: String,
    json_ld: String,
    api_url: String,
    /// The language of the record's original name, whose description is
    /// the original that others translate.
    original_lang: String,
    /// `verified`, `suspended`, or empty (listed without verification).
    verification: &'static str,
    edit_url: String,
    /// Stories that mention this record.
    news: Vec<crate::news::NewsItem>,
}

async fn organization(state: State<AppState>, chrome: Chrome, viewer: Viewer, id: IdPath) -> Page {
    record_page(state, chrome, viewer, id, EntityKind::Organization).await
}
async fn person(state: State<AppState>, chrome: Chrome, viewer: Viewer, id: IdPath) -> Page {
    record_page(state, chrome, viewer, id, EntityKind::Person).await
}
async fn place(state: State<AppState>, chrome: Chrome, viewer: Viewer, id: IdPath) -> Page {
    record_page(state, chrome, viewer, id, EntityKind::Place).await
}

async fn record_page(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    IdPath(id): IdPath,
    kind: EntityKind,
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
    render(RecordPage {
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
                script: n.script.as_str().to_owned(),
            })
            .collect(),
        areas: r
            .areas
            .iter()
            .map(|a| (a.as_str(), format!("area-{a}")))
            .collect(),
        descriptions: descriptions_for(&r, &chrome),
        original_lang: r
            .names
            .first()
            .map(|n| n.lang.to_string())
            .unwrap_or_default(),
        untranslated: !r.description.is_empty()
            && !r.description.keys().any(|l| l.primary() == chrome.lang),
        own_language_key: format!("language-{}", chrome.lang),
        json_ld: crate::views::json_ld(&r, &chrome),
        api_url: api_url(kind, id.as_str()),
        news: crate::news::mentioning(&state, &id, &chrome).await?,
        chrome,
    })
}

/// A record's descriptions, the visitor's language (or its nearest
/// fallback) first, then the others as written.
fn descriptions_for(r: &domain::Record, chrome: &Chrome) -> Vec<(String, String)> {
    let chain = crate::i18n::fallback_chain(chrome.lang);
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

#[derive(Template)]
#[template(path = "countries.html")]
struct CountriesPage {
    chrome: Chrome,
    network: Vec<CountryTile>,
    others: Vec<CountryTile>,
}

async fn countries(State(state): State<AppState>, chrome: Chrome) -> Page {
    let chrome = chrome.section("countries");
    let stats = state.stats().await?;
    let network = network_tiles(&stats, &chrome);
    let mut others: Vec<CountryTile> = stats
        .by_country
        .iter()
        .filter(|(code, _)| !network.iter().any(|t| t.code == code.as_str()))
        .map(|(code, counts)| CountryTile::new(*code, "", false, *counts, &chrome))
        .collect();
    locale::collation(chrome.lang).sort_by_name(&mut others, |t| &t.name);
    render(CountriesPage {
        chrome,
        network,
        others,
    })
}

#[derive(Template)]
#[template(path = "country.html")]
struct CountryPage {
    chrome: Chrome,
    code: String,
    name: String,
    status: &'static str,
    status_key: String,
    since: String,
    chair: bool,
    counts: KindCounts,
    organizations: Vec<RecordItem>,
}

async fn country(
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
        counts: stats.by_country.get(&code).copied().unwrap_or_default(),
        organizations: organizations
            .iter()
            .map(|r| RecordItem::from_record(r, &chrome))
            .collect(),
        chrome,
    })
}

struct FacetOption {
    label: String,
    count: usize,
    url: String,
    selected: bool,
}

/// The twelve largest facet values, ties in the visitor's alphabetical order.
fn top_facets(chrome: &Chrome, options: impl Iterator<Item = FacetOption>) -> Vec<FacetOption> {
    let collation = locale::collation(chrome.lang);
    let mut options: Vec<FacetOption> = options.collect();
    options.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| collation.compare(&a.label, &b.label))
    });
    options.truncate(12);
    options
}

struct FacetGroup {
    title_key: &'static str,
    options: Vec<FacetOption>,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage {
    chrome: Chrome,
    kind: String,
    country: String,
    area: String,
    total: u64,
    took: String,
    records: Vec<RecordItem>,
    facets: Vec<FacetGroup>,
    suggestion: String,
    suggestion_url: String,
    /// No record matches the query's words (only typos or some words):
    /// the hits are introduced as the closest ones.
    closest: bool,
    prev_url: String,
    next_url: String,
}

const SEARCH_PAGE_SIZE: u32 = 20;

async fn search_page(
    State(state): State<AppState>,
    chrome: Chrome,
    Params(q): Params<SearchQuery>,
) -> Page {
    let search = crate::api::parse_search(&q, SEARCH_PAGE_SIZE)?;
    let text = search.text.clone();
    let mut chrome = chrome.section("search");
    chrome.q = text.clone();
    let (results, micros) = if text.trim().is_empty() {
        (None, 0)
    } else {
        let started = Instant::now();
        let results = state.read().index.search(&search);
        (Some(results), started.elapsed().as_micros())
    };
    let kind = search
        .kind
        .map(|k| k.as_str().to_owned())
        .unwrap_or_default();
    let country = search.country.clone().unwrap_or_default();
    let area = search.area.clone().unwrap_or_default();
    // A URL for this search with one parameter changed ("" removes it).
    let link = |k: &str, c: &str, a: &str, offset: usize| {
        let mut u = format!("/search?q={}", encode(&text));
        for (name, v) in [("type", k), ("country", c), ("area", a)] {
            if !v.is_empty() {
                u.push_str(&format!("&{name}={}", encode(v)));
            }
        }
        if offset > 0 {
            u.push_str(&format!("&offset={offset}"));
        }
        chrome.href(&u)
    };
    let mut page = SearchPage {
        chrome: chrome.clone(),
        kind: kind.clone(),
        country: country.clone(),
        area: area.clone(),
        total: 0,
        took: String::new(),
        records: Vec::new(),
        facets: Vec::new(),
        suggestion: String::new(),
        suggestion_url: String::new(),
        closest: false,
        prev_url: String::new(),
        next_url: String::new(),
    };
    if let Some(results) = results {
        let ids: Vec<String> = results.hits.iter().map(|h| h.id.clone()).collect();
        let records = state.store().get_many(&ids).await?;
        page.records = results
            .hits
            .iter()
            .filter_map(|h| {
                records
                    .get(&h.id)
                    .map(|r| RecordItem::with_name(r, &h.name, &h.highlights, &chrome))
            })
            .collect();
        page.closest = results.hits.first().is_some_and(|h| {
            matches!(
                h.match_kind,
                search::MatchKind::Fuzzy | search::MatchKind::Partial
            )
        });
        page.total = results.total as u64;
        // Hundredths of a millisecond, in the visitor's decimal style.
        let hundredths = i64::try_from((micros + 5) / 10).unwrap_or(i64::MAX);
        page.took = locale::format_fixed(chrome.lang, hundredths, 2);
        if let Some(s) = results.suggestion.filter(|_| results.total == 0) {
            page.suggestion_url = chrome.href(&format!("/search?q={}", encode(&s)));
            page.suggestion = s;
        }
        let toggle = |current: &str, v: &str| {
            if current == v {
                String::new()
            } else {
                v.to_owned()
            }
        };
        page.facets = vec![
            FacetGroup {
                title_key: "search-facet-type",
                options: results
                    .facets
                    .kind
                    .iter()
                    .map(|(k, n)| FacetOption {
                        label: chrome.t(&format!("kind-{}", k.as_str())),
                        count: *n,
                        url: link(&toggle(&kind, k.as_str()), &country, &area, 0),
                        selected: kind == k.as_str(),
                    })
                    .collect(),
            },
            FacetGroup {
                title_key: "search-facet-country",
                options: top_facets(
                    &chrome,
                    results.facets.country.iter().map(|(c, n)| FacetOption {
                        label: chrome.country(c),
                        count: *n,
                        url: link(&kind, &toggle(&country, c), &area, 0),
                        selected: country == *c,
                    }),
                ),
            },
            FacetGroup {
                title_key: "search-facet-area",
                options: top_facets(
                    &chrome,
                    results.facets.area.iter().map(|(a, n)| FacetOption {
                        label: chrome.t(&format!("area-{a}")),
                        count: *n,
                        url: link(&kind, &country, &toggle(&area, a), 0),
                        selected: area == *a,
                    }),
                ),
            },
        ];
        page.facets.retain(|f| !f.options.is_empty());
        let shown = search.offset + page.records.len();
        if search.offset > 0 {
            page.prev_url = link(
                &kind,
                &country,
                &area,
                search.offset.saturating_sub(search.limit),
            );
        }
        if shown < results.total && !page.records.is_empty() {
            page.next_url = link(&kind, &country, &area, shown);
        }
    }
    render(page)
}
