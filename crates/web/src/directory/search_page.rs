//! The search page: one box, every script, facets to narrow.

use super::pages::*;
use crate::AppState;
use crate::directory::api::SearchQuery;
use crate::http::params::{Params, encode};
use crate::http::views::{Chrome, RecordItem};
use askama::Template;
use axum::extract::State;
use std::time::Instant;

pub(super) struct FacetOption {
    pub(super) label: String,
    pub(super) count: usize,
    pub(super) url: String,
    pub(super) selected: bool,
}

/// The twelve largest facet values, ties in the visitor's alphabetical order.
pub(super) fn top_facets(
    chrome: &Chrome,
    options: impl Iterator<Item = FacetOption>,
) -> Vec<FacetOption> {
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

pub(super) struct FacetGroup {
    pub(super) title_key: &'static str,
    pub(super) options: Vec<FacetOption>,
}

#[derive(Template)]
#[template(path = "directory/search.html")]
pub(super) struct SearchPage {
    pub(super) chrome: Chrome,
    pub(super) kind: String,
    pub(super) country: String,
    pub(super) area: String,
    pub(super) total: u64,
    pub(super) took: String,
    pub(super) records: Vec<RecordItem>,
    pub(super) facets: Vec<FacetGroup>,
    pub(super) suggestion: String,
    pub(super) suggestion_url: String,
    /// No record matches the query's words (only typos or some words):
    /// the hits are introduced as the closest ones.
    pub(super) closest: bool,
    pub(super) prev_url: String,
    pub(super) next_url: String,
}

pub(super) const SEARCH_PAGE_SIZE: u32 = 20;

pub(super) async fn search_page(
    State(state): State<AppState>,
    chrome: Chrome,
    Params(q): Params<SearchQuery>,
) -> Page {
    let search = crate::directory::api::parse_search(&q, SEARCH_PAGE_SIZE)?;
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
