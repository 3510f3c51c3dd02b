//! The real router over a real store (SQLite and PostgreSQL), request by request.

#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a failure panics with its cause"
)]

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use domain::{Network, Record};
use std::sync::{Arc, RwLock};
use store::{Location, Store};
use tower::ServiceExt;

struct TestApp {
    router: axum::Router,
    state: web::AppState,
    /// The data directory of the web layer: mail outbox and uploads.
    data: tempfile::TempDir,
    _dir: Option<tempfile::TempDir>,
}

struct Reply {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: String,
}

impl Reply {
    fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

const RECORDS: &[&str] = &[
    r#"{"type":"organization","id":"az-1","names":[{"value":"Gənclər Birliyi","lang":"az"},{"value":"Youth Union","lang":"en"}],"country":"AZ","city":"Bakı","areas":["youth"],"founded":2004,"website":"https://gb.example.org","description":{"en":"Youth work in Baku.","az":"Bakıda gənclərlə iş."}}"#,
    r#"{"type":"organization","id":"kz-1","names":[{"value":"Алматы жастар одағы","lang":"kk"}],"country":"KZ","city":"Алматы","areas":["youth","education"]}"#,
    r#"{"type":"organization","id":"hu-1","names":[{"value":"Kovács László Alapítvány","lang":"hu"}],"country":"HU","areas":["culture"]}"#,
    r#"{"type":"person","id":"p-17","names":[{"value":"Хикмет Гаджиев","lang":"ru"},{"value":"Hikmət Hacıyev","lang":"az"}],"country":"AZ"}"#,
    r#"{"type":"place","id":"gen-city:Asia/Baku","names":[{"value":"Bakı","lang":"az"},{"value":"Baku","lang":"en"}],"country":"AZ"}"#,
    r#"{"type":"place","id":"venue-gulustan","names":[{"value":"Gülüstan Sarayı","lang":"az"},{"value":"Дворец Гюлистан","lang":"ru"}],"country":"AZ"}"#,
    r#"{"type":"organization","id":"xss","names":[{"value":"<script>alert(1)</script> Union","lang":"en"}],"country":"TR","city":"<img src=x onerror=alert(1)>","description":{"en":"\"><script>alert(2)</script>"}}"#,
];

/// A fresh store: an SQLite file, or a PostgreSQL database when `postgres`
/// (`None` when no test cluster is configured outside CI).
async fn fresh_store(postgres: bool) -> Option<(Store, Option<tempfile::TempDir>)> {
    let (location, dir) = if postgres {
        (
            Location::Url(store::testing::new_postgres_database().await.unwrap()?),
            None,
        )
    } else {
        let dir = tempfile::tempdir().unwrap();
        (Location::Dir(dir.path().to_owned()), Some(dir))
    };
    Some((Store::open(&location).await.unwrap(), dir))
}

/// The app over `store` with `records` and the OTS network in it.
async fn app_over(store: Store, dir: Option<tempfile::TempDir>, records: &[Record]) -> TestApp {
    store.upsert(records).await.unwrap();
    store.save_network(&Network::ots()).await.unwrap();
    let read = Arc::new(RwLock::new(app::readmodel::ReadModel::build(records)));
    let data = tempfile::tempdir().unwrap();
    let mut config = web::WebConfig::for_data_dir(data.path(), "http://localhost");
    // Tests give each simulated client its own address.
    config.trust_forwarded_for = true;
    let state = web::AppState::new(store, read, config).await.unwrap();
    TestApp {
        router: web::router(state.clone()),
        state,
        data,
        _dir: dir,
    }
}

/// The app over the records above, on SQLite or PostgreSQL.
async fn app(postgres: bool) -> Option<TestApp> {
    let (store, dir) = fresh_store(postgres).await?;
    let mut records: Vec<Record> = RECORDS
        .iter()
        .map(|l| Record::from_json(l).unwrap())
        .collect();
    for i in 0..40 {
        records.push(
            Record::from_json(&format!(
                r#"{{"type":"organization","id":"tr-{i:02}","names":[{{"value":"Derneği {i:02}","lang":"tr"}}],"country":"TR","areas":["sport"]}}"#
            ))
            .unwrap(),
        );
    }
    Some(app_over(store, dir, &records).await)
}

// News, feeds and media: their own file, in this binary.
mod news;

store::on_both_backends!(fixture = app:
    health_and_stylesheet,
    home_shows_the_network_and_its_countries,
    every_response_carries_the_security_headers,
    directory_pages_filter_and_page,
    directory_rejects_bad_filters_with_a_page_not_a_crash,
    directory_pages_say_where_they_are_and_go_both_ways,
    record_pages_show_every_name_and_detail,
    record_pages_say_which_language_a_description_is_in,
    option_lists_follow_the_visitors_alphabet,
    record_pages_answer_missing_malformed_and_misfiled_ids,
    user_text_is_escaped_everywhere,
    countries_pages,
    api_returns_records_in_the_import_shape,
    api_errors_have_the_contract_shape,
    api_lists_page_with_cursors,
    api_search_finds_across_scripts_with_facets,
    api_search_rejects_bad_input_with_4xx,
    search_page_shows_hits_facets_and_highlights,
    network_and_areas_endpoints,
    openapi_document_describes_every_api_route,
    duplicate_hints_match_across_scripts,
    pages_speak_the_language_of_the_url_or_the_browser,
    record_pages_carry_schema_org_json_ld,
    sitemaps_list_every_page_and_record,
);

impl TestApp {
    async fn get(&self, uri: &str) -> Reply {
        self.get_with(uri, &[]).await
    }

    async fn get_with(&self, uri: &str, headers: &[(&str, &str)]) -> Reply {
        let mut request = Request::get(uri);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        send(&self.router, request.body(Body::empty()).unwrap()).await
    }
}

/// Sends one request through the router and reads the whole answer.
async fn send(router: &axum::Router, request: Request<Body>) -> Reply {
    let response = router.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = axum::body::to_bytes(response.into_body(), 20 << 20)
        .await
        .unwrap();
    Reply {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

fn assert_api_error(r: &Reply, status: StatusCode, code: &str) {
    assert_eq!(r.status, status, "{}", r.body);
    let v = r.json();
    assert_eq!(v["error"]["code"], code, "{v}");
    assert!(
        v["error"]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty()),
        "{v}"
    );
}

async fn health_and_stylesheet(app: TestApp) {
    let r = app.get("/healthz").await;
    assert_eq!((r.status, r.body.as_str()), (StatusCode::OK, "ok"));
    let css = app.get("/static/birlik.css").await;
    assert_eq!(css.status, StatusCode::OK);
    assert!(
        css.headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/css")
    );
}

async fn home_shows_the_network_and_its_countries(app: TestApp) {
    let r = app.get("/").await;
    assert_eq!(r.status, StatusCode::OK);
    for text in [
        "NGO Platform of the Organization of Turkic States",
        "Azerbaijan",
        "Kazakhstan",
        "Hungary",
        "Turkish Republic of Northern Cyprus",
        "member",
        "observer",
        "chair",
        "Nakhchivan",
    ] {
        assert!(r.body.contains(text), "home page lacks {text:?}");
    }
    assert!(
        r.headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
}

async fn every_response_carries_the_security_headers(app: TestApp) {
    for uri in ["/", "/api/v1/organizations/az-1", "/nowhere"] {
        let r = app.get(uri).await;
        let csp = r.headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        assert!(
            csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"),
            "{csp}"
        );
        assert_eq!(r.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        assert!(r.headers.contains_key(header::REFERRER_POLICY));
    }
}

async fn directory_pages_filter_and_page(app: TestApp) {
    let all = app.get("/organizations").await;
    assert_eq!(all.status, StatusCode::OK);
    assert!(all.body.contains("44 organizations"), "{}", all.body);
    assert!(all.body.contains("rel=\"next\""));

    let az = app.get("/organizations?country=AZ").await;
    assert!(az.body.contains("Gənclər Birliyi") && !az.body.contains("Алматы жастар одағы"));
    let youth = app.get("/organizations?area=youth&country=").await;
    assert!(youth.body.contains("2 organizations") && youth.body.contains("Алматы жастар одағы"));

    // Follow "next" pages to the end: every organization exactly once.
    let mut uri = "/organizations?limit=10".to_owned();
    let mut pages = 0;
    let mut seen = 0;
    loop {
        let r = app.get(&uri).await;
        assert_eq!(r.status, StatusCode::OK, "{uri}");
        seen += r.body.matches("class=\"name\"").count();
        pages += 1;
        match r
            .body
            .split("href=\"")
            .find_map(|s| s.split_once("\" rel=\"next\"").map(|(u, _)| u.to_owned()))
        {
            Some(next) => uri = next.replace("&#38;", "&").replace("&amp;", "&"),
            None => break,
        }
    }
    assert_eq!((pages, seen), (5, 44));
}

/// The `href` of the link with `rel` in a page, unescaped.
fn link_with_rel(body: &str, rel: &str) -> Option<String> {
    let end = body.find(&format!(r#"" rel="{rel}""#))?;
    let start = body[..end].rfind("href=\"")? + 6;
    Some(body[start..end].replace("&#38;", "&").replace("&amp;", "&"))
}

async fn directory_pages_say_where_they_are_and_go_both_ways(app: TestApp) {
    // 41 Turkish organizations, 20 a page, in Russian and in Kazakh.
    for (lang, first, second, last) in [
        ("ru", "1–20 из 41", "21–40 из 41", "41–41 из 41"),
        ("kk", "41 ішінен 1–20", "41 ішінен 21–40", "41 ішінен 41–41"),
    ] {
        let one = app
            .get(&format!("/{lang}/organizations?country=TR&limit=20"))
            .await;
        assert_eq!(one.status, StatusCode::OK);
        assert!(one.body.contains(first), "{lang}: {}", one.body);
        assert!(link_with_rel(&one.body, "prev").is_none());
        let two_url = link_with_rel(&one.body, "next").expect("a second page");
        assert!(two_url.starts_with(&format!("/{lang}/organizations?")));
        let two = app.get(&two_url).await;
        assert!(two.body.contains(second), "{lang}: {}", two.body);
        // The page before the second is the first, without a cursor.
        let back = link_with_rel(&two.body, "prev").expect("a way back");
        assert!(!back.contains("after="), "{back}");
        assert!(app.get(&back).await.body.contains(first));
        let three = app.get(&link_with_rel(&two.body, "next").unwrap()).await;
        assert!(three.body.contains(last), "{lang}: {}", three.body);
        assert!(
            link_with_rel(&three.body, "next").is_none(),
            "nothing follows the last"
        );
        let back = link_with_rel(&three.body, "prev").expect("a way back");
        assert!(app.get(&back).await.body.contains(second));
    }
    // Exactly one page's worth: no "next" to an empty page, here or in the API.
    let exact = app.get("/organizations?country=TR&limit=41").await;
    assert!(exact.body.contains("1–41 of 41"), "{}", exact.body);
    assert!(link_with_rel(&exact.body, "next").is_none());
    let api = app
        .get("/api/v1/organizations?country=TR&limit=41")
        .await
        .json();
    assert_eq!(api["items"].as_array().unwrap().len(), 41);
    assert!(api.get("next").is_none_or(|n| n.is_null()), "{api}");
    let api = app
        .get("/api/v1/organizations?country=TR&limit=40")
        .await
        .json();
    assert!(api["next"].is_string(), "{api}");
}

async fn directory_rejects_bad_filters_with_a_page_not_a_crash(app: TestApp) {
    // A page to continue after that was deleted is gone, not a bad address.
    let r = app.get("/organizations?after=missing").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "{}", r.body);
    assert!(r.body.contains("<html") && r.body.contains("There is nothing at this address"));
    for uri in [
        "/organizations?country=ZZ",
        "/organizations?area=space",
        "/organizations?limit=1000",
        "/organizations?colour=red",
        "/organizations?after=a%20b",
    ] {
        let r = app.get(uri).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{uri}: {}", r.body);
        assert!(
            r.body.contains("<html") && r.body.contains("class=\"notice\""),
            "{uri} renders an error page"
        );
    }
}

/// The note above a description names the language the visitor reads it
/// in, and calls it the original only when it is (az-1: names az first,
/// descriptions in az and en); nothing when it is in their own language.
async fn record_pages_say_which_language_a_description_is_in(app: TestApp) {
    let note = |body: &str| -> Option<String> {
        let div = body.find("<div class=\"description\">")?;
        // Between the section's heading and its text.
        let about = &body[body[..div].rfind("<h2>")?..div];
        let start = about.find("<p class=\"muted\">")? + "<p class=\"muted\">".len();
        let end = start + about[start..].find("</p>")?;
        Some(about[start..end].to_owned())
    };
    let ru = app.get("/ru/organizations/az-1").await;
    let said = note(&ru.body).expect("a note on the Russian page");
    // ru → en: English is shown, which is not the original.
    assert_eq!(
        said,
        "Перевода на этот язык ещё нет (русский); текст показан на языке: английский."
    );
    assert!(!said.contains("оригинал"), "{said}");
    let ru_first = ru.body.find("lang=\"en\"><span class=\"badge\">en</span>");
    assert!(ru_first.is_some(), "English first on the Russian page");
    // kk → ru → en: English too, said in Kazakh.
    let kk = note(&app.get("/kk/organizations/az-1").await.body).unwrap();
    assert!(kk.ends_with(": ағылшын тілі."), "{kk}");
    // tr → az: the Azerbaijani original.
    let tr = note(&app.get("/tr/organizations/az-1").await.body).unwrap();
    assert!(
        tr.contains("özgün dilinde") && tr.ends_with("Azerbaycan Türkçesi."),
        "{tr}"
    );
    // In the visitor's own language: no note.
    for lang in ["az", "en"] {
        let body = app.get(&format!("/{lang}/organizations/az-1")).await.body;
        assert_eq!(note(&body), None, "{lang}");
    }
}

/// Every option list of every form and filter is in the visitor's
/// alphabetical order (`locale::collation`), not the bytes' order.
async fn option_lists_follow_the_visitors_alphabet(app: TestApp) {
    let labels = |body: &str, select: &str| -> Vec<String> {
        let from = body
            .find(&format!("<select name=\"{select}\""))
            .unwrap_or_else(|| panic!("no {select} list"));
        let to = from + body[from..].find("</select>").unwrap();
        body[from..to]
            .split("<option")
            .skip(1)
            // Not the "all" choice at the top.
            .filter(|o| !o.trim_start().starts_with("value=\"\""))
            .filter_map(|o| {
                let label = o.split_once('>')?.1.split('<').next()?.trim();
                (!label.is_empty()).then(|| label.to_owned())
            })
            .collect()
    };
    for lang in domain::UI_LANGS {
        let collation = locale::collation(lang);
        let in_order = |list: &[String]| {
            list.windows(2)
                .all(|w| collation.compare(&w[0], &w[1]) != std::cmp::Ordering::Greater)
        };
        let page = app.get(&format!("/{lang}/organizations")).await.body;
        let areas = labels(&page, "area");
        assert!(areas.len() > 5 && in_order(&areas), "{lang}: {areas:?}");
    }
}

async fn record_pages_show_every_name_and_detail(app: TestApp) {
    let r = app.get("/organizations/az-1").await;
    assert_eq!(r.status, StatusCode::OK);
    for text in [
        "Gənclər Birliyi",
        "Youth Union",
        "Azerbaijani",
        "Bakı",
        "2004",
        "https://gb.example.org",
        "Youth work in Baku.",
        "/api/v1/organizations/az-1",
    ] {
        assert!(r.body.contains(text), "lacks {text:?}");
    }
    let p = app.get("/people/p-17").await;
    assert!(p.body.contains("Хикмет Гаджиев") && p.body.contains("Hikmət Hacıyev"));
    let place = app.get("/places/gen-city%3AAsia%2FBaku").await;
    assert_eq!(
        place.status,
        StatusCode::OK,
        "ids with / are reachable percent-encoded"
    );
    assert!(place.body.contains("Bakı"));
}

async fn record_pages_answer_missing_malformed_and_misfiled_ids(app: TestApp) {
    assert_eq!(
        app.get("/organizations/nope").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/organizations/bad%20id").await.status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        app.get("/organizations/%FF%FE").await.status,
        StatusCode::BAD_REQUEST
    );
    let moved = app.get("/organizations/p-17").await;
    assert_eq!(moved.status, StatusCode::PERMANENT_REDIRECT);
    assert_eq!(moved.headers[header::LOCATION], "/people/p-17");
    let missing = app.get("/no/such/page").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.body.contains("<html"));
}

async fn user_text_is_escaped_everywhere(app: TestApp) {
    for uri in [
        "/organizations/xss",
        "/organizations?country=TR",
        "/search?q=Union",
        "/countries/TR",
    ] {
        let r = app.get(uri).await;
        assert_eq!(r.status, StatusCode::OK, "{uri}");
        assert!(!r.body.contains("<script>alert"), "{uri} has a live script");
        assert!(!r.body.contains("<img src=x"), "{uri} has a live img");
    }
    let r = app.get("/organizations/xss").await;
    assert!(
        r.body
            .contains("&#60;script&#62;alert(1)&#60;/script&#62; Union"),
        "shown as text"
    );
    let q = app
        .get("/search?q=%3Cscript%3Ealert(3)%3C%2Fscript%3E")
        .await;
    assert!(!q.body.contains("<script>alert(3)"));
}

async fn countries_pages(app: TestApp) {
    let list = app.get("/countries").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("Kyrgyzstan") && list.body.contains("observer"));
    let az = app.get("/countries/AZ").await;
    assert!(
        az.body.contains("Azerbaijan")
            && az.body.contains("Chairs the network")
            && az.body.contains("Gənclər Birliyi")
    );
    let lower = app.get("/countries/hu").await;
    assert_eq!(lower.status, StatusCode::OK);
    assert_eq!(app.get("/countries/ZZ").await.status, StatusCode::NOT_FOUND);
}

async fn api_returns_records_in_the_import_shape(app: TestApp) {
    let r = app.get("/api/v1/organizations/az-1").await;
    assert_eq!(r.status, StatusCode::OK);
    let v = r.json();
    let expected: serde_json::Value = serde_json::from_str(RECORDS[0]).unwrap();
    assert_eq!(v["type"], "organization");
    assert_eq!(
        v["names"][0],
        serde_json::json!({"value": "Gənclər Birliyi", "lang": "az", "script": "Latn"})
    );
    for field in [
        "id",
        "country",
        "city",
        "areas",
        "founded",
        "website",
        "description",
    ] {
        assert_eq!(v[field], expected[field], "{field}");
    }
    let place = app.get("/api/v1/places/gen-city%3AAsia%2FBaku").await;
    assert_eq!(place.json()["id"], "gen-city:Asia/Baku");
}

async fn api_errors_have_the_contract_shape(app: TestApp) {
    assert_api_error(
        &app.get("/api/v1/organizations/nope").await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    assert_api_error(
        &app.get("/api/v1/organizations/p-17").await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    assert_api_error(
        &app.get("/api/v1/organizations/a%20b").await,
        StatusCode::BAD_REQUEST,
        "invalid_id",
    );
    assert_api_error(
        &app.get("/api/v1/organizations/%C3%28").await,
        StatusCode::BAD_REQUEST,
        "invalid_id",
    );
    assert_api_error(
        &app.get("/api/v1/organizations?country=XX").await,
        StatusCode::BAD_REQUEST,
        "invalid_parameter",
    );
    assert_api_error(
        &app.get("/api/v1/organizations?sort=name").await,
        StatusCode::BAD_REQUEST,
        "invalid_parameter",
    );
    assert_api_error(
        &app.get("/api/v1/organizations?after=gone").await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    assert_api_error(
        &app.get("/api/v1/organizations?after=a%20b").await,
        StatusCode::BAD_REQUEST,
        "invalid_cursor",
    );
    assert_api_error(
        &app.get("/api/v1/nothing").await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
}

async fn api_lists_page_with_cursors(app: TestApp) {
    let mut after = String::new();
    let mut ids = Vec::new();
    loop {
        let v = app
            .get(&format!("/api/v1/organizations?country=TR&limit=15{after}"))
            .await
            .json();
        assert_eq!(v["total"], 41);
        ids.extend(
            v["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["id"].as_str().unwrap().to_owned()),
        );
        match v["next"].as_str() {
            Some(n) => after = format!("&after={n}"),
            None => break,
        }
    }
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!((ids.len(), unique.len()), (41, 41));
}

async fn api_search_finds_across_scripts_with_facets(app: TestApp) {
    let r = app.get("/api/v1/search?q=Hikmat%20Hajiyev").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let v = r.json();
    assert_eq!(v["query"], "Hikmat Hajiyev");
    assert_eq!(v["hits"][0]["id"], "p-17", "{v}");
    assert_eq!(v["hits"][0]["type"], "person");
    assert!(v["took_micros"].is_u64() && v["total"].as_u64().unwrap() >= 1);
    assert!(v["hits"][0]["score"].as_f64().unwrap() > 0.0);

    let filtered = app
        .get("/api/v1/search?q=youth&type=organization&country=KZ")
        .await
        .json();
    assert!(
        filtered["hits"]
            .as_array()
            .unwrap()
            .iter()
            .all(|h| h["country"] == "KZ" && h["type"] == "organization"),
        "{filtered}"
    );
    assert!(filtered["facets"]["type"].is_array());
}

async fn api_search_rejects_bad_input_with_4xx(app: TestApp) {
    assert_api_error(
        &app.get("/api/v1/search").await,
        StatusCode::BAD_REQUEST,
        "empty_query",
    );
    assert_api_error(
        &app.get("/api/v1/search?q=%20%20").await,
        StatusCode::BAD_REQUEST,
        "empty_query",
    );
    let long = "a".repeat(300);
    assert_api_error(
        &app.get(&format!("/api/v1/search?q={long}")).await,
        StatusCode::BAD_REQUEST,
        "query_too_long",
    );
    let huge = "a".repeat(10 * 1024);
    assert_api_error(
        &app.get(&format!("/api/v1/search?q={huge}")).await,
        StatusCode::URI_TOO_LONG,
        "uri_too_long",
    );
    assert_api_error(
        &app.get("/api/v1/search?q=%FF%FE").await,
        StatusCode::BAD_REQUEST,
        "invalid_parameter",
    );
    assert_api_error(
        &app.get("/api/v1/search?q=x&type=planet").await,
        StatusCode::BAD_REQUEST,
        "invalid_parameter",
    );
    assert_api_error(
        &app.get("/api/v1/search?q=x&limit=0x10").await,
        StatusCode::BAD_REQUEST,
        "invalid_parameter",
    );
    assert_api_error(
        &app.get("/api/v1/search?q=x&area=space").await,
        StatusCode::BAD_REQUEST,
        "invalid_parameter",
    );
    assert_api_error(
        &app.get("/api/v1/search?q=a%00b").await,
        StatusCode::BAD_REQUEST,
        "invalid_parameter",
    );
}

async fn search_page_shows_hits_facets_and_highlights(app: TestApp) {
    let r = app
        .get("/search?q=%D0%93%D1%8E%D0%BB%D0%B8%D1%81%D1%82%D0%B0%D0%BD")
        .await; // Гюлистан
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("/places/venue-gulustan"), "{}", r.body);
    assert!(r.body.contains("<mark>"));
    let empty = app.get("/search").await;
    assert_eq!(empty.status, StatusCode::OK);
    let nothing = app.get("/search?q=qqqqqqqqzzzz").await;
    assert!(nothing.body.contains("Nothing matches"));
}

async fn network_and_areas_endpoints(app: TestApp) {
    let n = app.get("/api/v1/network").await.json();
    assert_eq!(n["chair"], "AZ");
    assert_eq!(n["countries"].as_array().unwrap().len(), 8);
    let areas = app.get("/api/v1/areas").await.json();
    assert!(
        areas
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["slug"] == "human-rights")
    );
}

async fn openapi_document_describes_every_api_route(app: TestApp) {
    let doc = app.get("/api/openapi.json").await.json();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    let paths = doc["paths"].as_object().unwrap();
    for p in [
        "/api/v1/search",
        "/api/v1/organizations",
        "/api/v1/organizations/{id}",
        "/api/v1/people",
        "/api/v1/people/{id}",
        "/api/v1/places",
        "/api/v1/places/{id}",
        "/api/v1/network",
        "/api/v1/areas",
        "/api/v1/duplicates",
    ] {
        assert!(paths.contains_key(p), "OpenAPI lacks {p}");
    }
    // And each documented GET answers something other than 404-for-no-route.
    for (p, methods) in paths {
        if methods.get("get").is_none() {
            continue;
        }
        let uri = p.replace("{id}", "az-1");
        let r = app.get(&format!("{uri}?q=x")).await;
        assert_ne!(
            r.json()["error"]["message"],
            "There is no page at this address.",
            "{p} is documented but not routed"
        );
    }
    let params: Vec<&str> = doc["paths"]["/api/v1/search"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(params, ["q", "type", "country", "area", "limit", "offset"]);
}

async fn duplicate_hints_match_across_scripts(app: TestApp) {
    let v = app
        .get("/api/v1/duplicates?type=person&name=Hikmet%20Hajiyev")
        .await
        .json();
    assert_eq!(v["hits"][0]["id"], "p-17", "{v}");
    let none = app
        .get("/api/v1/duplicates?type=organization&name=Hikmet%20Hajiyev")
        .await
        .json();
    assert_eq!(none["hits"].as_array().unwrap().len(), 0, "{none}");
    let palace = app
        .get("/api/v1/duplicates?type=place&name=%D0%94%D0%B2%D0%BE%D1%80%D0%B5%D1%86%20%D0%93%D1%8E%D0%BB%D0%B8%D1%81%D1%82%D0%B0%D0%BD")
        .await
        .json();
    assert_eq!(palace["hits"][0]["id"], "venue-gulustan", "{palace}");
    assert_api_error(
        &app.get("/api/v1/duplicates?name=x").await,
        StatusCode::BAD_REQUEST,
        "invalid_parameter",
    );
    assert_api_error(
        &app.get("/api/v1/duplicates?type=person").await,
        StatusCode::BAD_REQUEST,
        "empty_query",
    );
}

async fn pages_speak_the_language_of_the_url_or_the_browser(app: TestApp) {
    // The URL prefix wins.
    let kk = app.get("/kk/").await;
    assert_eq!(kk.status, StatusCode::OK);
    assert!(kk.body.contains("<html lang=\"kk\">"));
    assert!(
        kk.body.contains("Ұйымдар") && kk.body.contains("Әзірбайжан"),
        "Kazakh chrome and country names"
    );
    assert_eq!(kk.headers[header::CONTENT_LANGUAGE], "kk");
    // Links stay in the language.
    assert!(kk.body.contains("href=\"/kk/organizations\""));
    // Every page offers every language, and names its alternates.
    for lang in ["az", "tr", "uz", "kk", "ky", "tk", "hu", "ru", "en"] {
        assert!(
            kk.body
                .contains(&format!("hreflang=\"{lang}\" href=\"/{lang}/\"")),
            "{lang}"
        );
    }

    let ru = app.get("/ru/organizations?country=TR").await;
    assert!(ru.body.contains("41 организация"), "Russian plural for 41");
    assert!(ru.body.contains("Турция"));
    let record = app.get("/hu/organizations/az-1").await;
    assert!(
        record.body.contains("Nevek") && record.body.contains("azerbajdzsáni"),
        "Hungarian record page"
    );

    // A bare URL follows Accept-Language, says so in Vary, and defaults to English.
    let hu = app
        .get_with("/", &[("accept-language", "hu-HU,hu;q=0.9,en;q=0.5")])
        .await;
    assert!(hu.body.contains("<html lang=\"hu\">") && hu.body.contains("Szervezetek"));
    assert_eq!(hu.headers[header::VARY], "Accept-Language");
    let en = app.get("/").await;
    assert!(en.body.contains("<html lang=\"en\">") && en.body.contains("Organizations"));

    // Errors are pages in the visitor's language too; the API stays JSON.
    let missing = app.get("/tr/organizations?country=ZZ").await;
    assert_eq!(missing.status, StatusCode::BAD_REQUEST);
    assert!(
        missing.body.contains("<html lang=\"tr\">"),
        "{}",
        missing.body
    );
    let not_found = app.get("/ky/nowhere").await;
    assert_eq!(not_found.status, StatusCode::NOT_FOUND);
    assert!(not_found.body.contains("<html lang=\"ky\">"));
    let api = app
        .get_with("/api/v1/organizations/nope", &[("accept-language", "ru")])
        .await;
    assert_eq!(api.json()["error"]["code"], "not_found");
}

async fn record_pages_carry_schema_org_json_ld(app: TestApp) {
    let extract = |body: &str| -> serde_json::Value {
        let start = body
            .find("<script type=\"application/ld+json\">")
            .expect("a JSON-LD block")
            + "<script type=\"application/ld+json\">".len();
        let end = start + body[start..].find("</script>").unwrap();
        serde_json::from_str(&body[start..end]).unwrap()
    };
    let org = extract(&app.get("/organizations/az-1").await.body);
    assert_eq!(org["@context"], "https://schema.org");
    assert_eq!(org["@type"], "NGO");
    assert_eq!(org["name"], "Gənclər Birliyi");
    assert_eq!(org["alternateName"][0], "Youth Union");
    assert_eq!(org["address"]["addressCountry"], "AZ");
    assert_eq!(org["foundingDate"], "2004");
    let person = extract(&app.get("/people/p-17").await.body);
    assert_eq!(person["@type"], "Person");
    // User text cannot close the script block.
    let xss = app.get("/organizations/xss").await.body;
    let block = &xss[xss.find("application/ld+json").unwrap()..];
    let block = &block[..block.find("</script>").unwrap()];
    assert!(
        !block.contains("<script") && !block.contains("<img"),
        "{block}"
    );
    assert_eq!(extract(&xss)["name"], "<script>alert(1)</script> Union");
}

async fn sitemaps_list_every_page_and_record(app: TestApp) {
    let host = [("host", "ngo.example.org")];
    let index = app.get_with("/sitemap.xml", &host).await;
    assert_eq!(index.status, StatusCode::OK);
    assert!(
        index.headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("application/xml")
    );
    assert!(
        index
            .body
            .contains("<loc>http://ngo.example.org/sitemaps/pages.xml</loc>")
    );
    assert!(
        index
            .body
            .contains("<loc>http://ngo.example.org/sitemaps/records-0.xml</loc>")
    );
    assert!(
        !index.body.contains("records-1.xml"),
        "47 records fit in one file"
    );
    let records = app.get_with("/sitemaps/records-0.xml", &host).await;
    assert_eq!(records.body.matches("<url>").count(), 47);
    assert!(
        records
            .body
            .contains("<loc>http://ngo.example.org/places/gen-city%3AAsia%2FBaku</loc>")
    );
    assert_eq!(
        app.get("/sitemaps/records-1.xml").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/sitemaps/other.xml").await.status,
        StatusCode::NOT_FOUND
    );
    let pages = app.get_with("/sitemaps/pages.xml", &host).await;
    assert!(
        pages
            .body
            .contains("<loc>http://ngo.example.org/kk/organizations</loc>")
    );
    assert!(
        pages
            .body
            .contains("hreflang=\"hu\" href=\"http://ngo.example.org/hu/countries\"")
    );
    let robots = app.get_with("/robots.txt", &host).await;
    assert!(
        robots
            .body
            .contains("Sitemap: http://ngo.example.org/sitemap.xml")
    );
    // A forged Host cannot inject markup.
    let forged = app
        .get_with("/sitemap.xml", &[("host", "x\"><script>")])
        .await;
    assert!(!forged.body.contains("<script>") && forged.body.contains("http://localhost/"));
}

#[path = "http/accounts.rs"]
mod accounts;
// Tracking parameters, the log, refusals' shapes, form encodings, caching.
#[path = "http/hardening.rs"]
mod hardening;

#[path = "http/pages.rs"]
mod pages;

// The statistics: every chart's numbers in its drawing, table, CSV and JSON.
#[path = "http/statistics.rs"]
mod statistics;
/// An app over these records only (and the OTS network), on SQLite or PostgreSQL.
async fn app_with(postgres: bool, records: &[Record]) -> Option<TestApp> {
    let (store, dir) = fresh_store(postgres).await?;
    Some(app_over(store, dir, records).await)
}

/// Names the directory shows for `uri` and the pages after it, in order.
async fn directory_names(app: &TestApp, uri: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut uri = uri.to_owned();
    loop {
        let r = app.get(&uri).await;
        assert_eq!(r.status, StatusCode::OK, "{uri}: {}", r.body);
        for piece in r.body.split("class=\"name\" href=\"").skip(1) {
            let name = piece
                .split_once("\">")
                .unwrap()
                .1
                .split('<')
                .next()
                .unwrap();
            names.push(name.to_owned());
        }
        match r
            .body
            .split("href=\"")
            .find_map(|s| s.split_once("\" rel=\"next\"").map(|(u, _)| u.to_owned()))
        {
            Some(next) => uri = next.replace("&#38;", "&").replace("&amp;", "&"),
            None => return names,
        }
    }
}

/// The visitor's language decides the directory's order, page after page.
async fn directories_sort_in_the_visitors_language(postgres: bool) {
    let names = [
        "Fuad Quliyev",
        "Zaur Rzayev",
        "Əli Əliyev",
        "Ela Məmmədova",
        "Иван Петров",
        "Csaba Kovács",
        "Cukor Béla",
        "Dávid Tóth",
        "İnci Yılmaz",
        "Irmak Demir",
        "Ёлкин Олег",
        "Ежов Пётр",
        "Елочкин Иван",
    ];
    let records: Vec<Record> = names
        .iter()
        .enumerate()
        .map(|(i, n)| {
            Record::from_json(&format!(
                r#"{{"type":"organization","id":"o-{i}","names":[{{"value":"{n}","lang":"az"}}],"country":"AZ"}}"#
            ))
            .unwrap()
        })
        .collect();
    let Some(app) = app_with(postgres, &records).await else {
        return;
    };
    let order = |v: &[String], a: &str, b: &str| {
        let pos = |x: &str| v.iter().position(|n| n.starts_with(x)).unwrap();
        assert!(pos(a) < pos(b), "{a} before {b} in {v:?}");
    };
    for lang in ["az", "tr", "hu", "ru", "en", "kk"] {
        // Two at a time: the cursor must hold in every language's order.
        let v = directory_names(&app, &format!("/{lang}/organizations?limit=2")).await;
        assert_eq!(v.len(), names.len(), "{lang}: {v:?}");
        let whole = directory_names(&app, &format!("/{lang}/organizations?country=AZ")).await;
        assert_eq!(v, whole, "{lang}: paging changes nothing");
        match lang {
            "az" => {
                order(&v, "Ela", "Əli");
                order(&v, "Əli", "Fuad");
                order(&v, "Irmak", "İnci");
                order(&v, "Zaur", "Иван");
            }
            "tr" => {
                order(&v, "Irmak", "İnci");
                order(&v, "Zaur", "Иван");
            }
            "hu" => {
                order(&v, "Cukor", "Csaba");
                order(&v, "Csaba", "Dávid");
                order(&v, "İnci", "Irmak");
            }
            "ru" => {
                order(&v, "Иван", "Csaba");
                // ё sorts as е: Ежов, Ёлкин, Елочкин.
                order(&v, "Ежов", "Ёлкин");
                order(&v, "Ёлкин", "Елочкин");
            }
            "kk" => {
                // Kazakh: ё a letter of its own after е; Cyrillic first.
                order(&v, "Елочкин", "Ёлкин");
                order(&v, "Иван", "Csaba");
            }
            _ => {
                order(&v, "Csaba", "Cukor");
                order(&v, "İnci", "Irmak");
                order(&v, "Zaur", "Иван");
            }
        }
    }
    // The country page shows the same order.
    let page = app.get("/az/countries/AZ").await;
    let (ela, ali) = (
        page.body.find("Ela Məmmədova"),
        page.body.find("Əli Əliyev"),
    );
    assert!(ela.is_some() && ela < ali, "{}", page.body);
}

/// Counts and dates on pages are written the visitor's way.
async fn numbers_and_dates_follow_the_visitors_language(postgres: bool) {
    let records: Vec<Record> = (0..1234)
        .map(|i| {
            Record::from_json(&format!(
                r#"{{"type":"organization","id":"n-{i}","names":[{{"value":"Birlik {i}","lang":"az"}}],"country":"AZ","areas":["youth"]}}"#
            ))
            .unwrap()
        })
        .collect();
    let Some(app) = app_with(postgres, &records).await else {
        return;
    };
    let nbsp = '\u{a0}';
    let home = app.get("/ru/").await.body;
    assert!(home.contains(&format!("1{nbsp}234 организации")), "{home}");
    assert!(home.contains("с 7 октября 2025"), "chair since: {home}");
    let home = app.get("/az/").await.body;
    assert!(home.contains("1.234 təşkilat"), "{home}");
    assert!(home.contains("7 oktyabr 2025 tarixindən"), "{home}");
    let home = app.get("/en/").await.body;
    assert!(home.contains("1,234 organizations"), "{home}");
    assert!(home.contains("since October 7, 2025"), "{home}");
    let country = app.get("/hu/countries/AZ").await.body;
    assert!(country.contains("2009. október 3. óta"), "{country}");
    assert!(country.contains("1234 szervezet"), "{country}");
    let directory = app.get("/tr/organizations").await.body;
    assert!(directory.contains("1.234 "), "{directory}");
    let search = app.get("/az/search?q=Birlik").await.body;
    assert!(search.contains("1.234"), "facet counts: {search}");
}

/// Option lists and country lists in the visitor's alphabetical order.
async fn option_and_country_lists_sort_in_the_visitors_language(postgres: bool) {
    let records: Vec<Record> = ["AZ", "TR", "HU", "KZ", "DE", "CH", "EE", "GB"]
        .iter()
        .map(|c| {
            Record::from_json(&format!(
                r#"{{"type":"organization","id":"c-{c}","names":[{{"value":"Birlik {c}","lang":"az"}}],"country":"{c}","areas":["youth"]}}"#
            ))
            .unwrap()
        })
        .collect();
    let Some(app) = app_with(postgres, &records).await else {
        return;
    };
    let before = |body: &str, a: &str, b: &str| {
        let (pa, pb) = (body.find(a), body.find(b));
        assert!(pa.is_some() && pb.is_some() && pa < pb, "{a} before {b}");
    };
    // Azerbaijani: network countries first, each group in az order (q after k, before l and m).
    let az = app.get("/az/organizations").await.body;
    before(&az, ">Azərbaycan (AZ)<", ">Qazaxıstan (KZ)<");
    before(&az, ">Qazaxıstan (KZ)<", ">Macarıstan (HU)<");
    before(&az, ">Macarıstan (HU)<", ">Türkiyə (TR)<");
    before(&az, ">Türkiyə (TR)<", ">Almaniya (DE)<");
    before(&az, ">Almaniya (DE)<", ">Birləşmiş Krallıq (GB)<");
    before(&az, ">Birləşmiş Krallıq (GB)<", ">Estoniya (EE)<");
    before(&az, ">Estoniya (EE)<", ">İsveçrə (CH)<");
    let tr = app.get("/tr/organizations").await.body;
    before(&tr, ">Kazakistan (KZ)<", ">Macaristan (HU)<");
    let tr = app.get("/tr/countries").await.body;
    before(&tr, "Almanya", "Birleşik Krallık");
    before(&tr, "Birleşik Krallık", "Estonya");
    before(&tr, "Estonya", "İsviçre");
    // Russian: Cyrillic names in Russian order.
    let ru = app.get("/ru/countries").await.body;
    before(&ru, "Великобритания", "Германия");
    before(&ru, "Германия", "Швейцария");
    before(&ru, "Швейцария", "Эстония");
    // Area options by their label in the visitor's language.
    let en = app.get("/en/organizations").await.body;
    let areas: Vec<&str> = en
        .split("name=\"area\"")
        .nth(1)
        .unwrap()
        .split("</select>")
        .next()
        .unwrap()
        .split("\">")
        .skip(2)
        .map(|s| s.split('<').next().unwrap())
        .collect();
    assert!(areas.len() > 10, "{areas:?}");
    for lang in ["en", "hu", "ru"] {
        let body = app.get(&format!("/{lang}/organizations")).await.body;
        let labels: Vec<&str> = body
            .split("name=\"area\"")
            .nth(1)
            .unwrap()
            .split("</select>")
            .next()
            .unwrap()
            .split("\">")
            .skip(2)
            .map(|s| s.split('<').next().unwrap())
            .collect();
        let mut sorted = labels.clone();
        locale::collation(lang).sort_by_name(&mut sorted, |s| s);
        assert_eq!(labels, sorted, "{lang} area options are alphabetical");
    }
}

mod locale_aware {
    #[tokio::test]
    async fn directories_sort_in_the_visitors_language_sqlite() {
        super::directories_sort_in_the_visitors_language(false).await;
    }
    #[tokio::test]
    async fn directories_sort_in_the_visitors_language_postgres() {
        super::directories_sort_in_the_visitors_language(true).await;
    }
    #[tokio::test]
    async fn numbers_and_dates_follow_the_visitors_language_sqlite() {
        super::numbers_and_dates_follow_the_visitors_language(false).await;
    }
    #[tokio::test]
    async fn numbers_and_dates_follow_the_visitors_language_postgres() {
        super::numbers_and_dates_follow_the_visitors_language(true).await;
    }
    #[tokio::test]
    async fn option_and_country_lists_sort_in_the_visitors_language_sqlite() {
        super::option_and_country_lists_sort_in_the_visitors_language(false).await;
    }
    #[tokio::test]
    async fn option_and_country_lists_sort_in_the_visitors_language_postgres() {
        super::option_and_country_lists_sort_in_the_visitors_language(true).await;
    }
}
