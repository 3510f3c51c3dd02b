//! Hardening: tracking parameters, secrets kept out of the log, the error
//! shape of refusals made beneath the handlers, invalid UTF-8 in forms, and
//! caching and transport headers (part of the HTTP test binary).

use super::accounts::{Browser, PDF, csrf_of, member, with_role};
use super::{Reply, TestApp, app, assert_api_error, send};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use domain::Role;
use std::sync::{Arc, Mutex, RwLock};

store::on_both_backends!(fixture = app:
    tracking_parameters_are_ignored_on_pages_and_in_the_api,
    the_request_log_never_holds_tokens,
    oversized_bodies_get_the_error_page_or_json_with_the_headers,
    wrong_methods_get_the_error_page_or_json_and_keep_allow,
    oversized_queries_get_the_error_page_or_json,
    forms_with_invalid_utf8_are_refused,
    personal_answers_are_kept_out_of_caches,
    https_deployments_ask_for_https_only,
);

/// An HTML error page carrying the headers every response carries.
fn assert_error_page(r: &Reply, status: StatusCode, what: &str) {
    assert_eq!(r.status, status, "{what}: {}", r.body);
    assert!(
        r.headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/html"),
        "{what}: {:?}",
        r.headers
    );
    assert!(
        r.body.contains("<html") && r.body.contains("class=\"notice\""),
        "{what}: {}",
        r.body
    );
    assert_security_headers(r, what);
}

fn assert_security_headers(r: &Reply, what: &str) {
    for name in [
        header::CONTENT_SECURITY_POLICY,
        header::X_CONTENT_TYPE_OPTIONS,
        header::X_FRAME_OPTIONS,
        header::REFERRER_POLICY,
    ] {
        assert!(r.headers.contains_key(&name), "{what} lacks {name}");
    }
}

async fn tracking_parameters_are_ignored_on_pages_and_in_the_api(app: TestApp) {
    for uri in [
        "/organizations?utm_source=x",
        "/organizations?country=AZ&utm_medium=email&utm_campaign=forum",
        "/search?q=birlik&fbclid=abc",
        "/kk/organizations?gclid=1&yclid=2",
        "/countries/AZ?mc_cid=3&mc_eid=4",
        "/api/v1/organizations?utm_source=x&gclid=y",
        "/api/v1/search?q=Baku&fbclid=abc&utm_content=z",
        "/api/v1/organizations/az-1?utm_term=t",
    ] {
        let r = app.get(uri).await;
        assert_eq!(r.status, StatusCode::OK, "{uri}: {}", r.body);
    }
    // The filter still applies with the tracking dropped around it.
    let az = app
        .get("/api/v1/organizations?utm_source=x&country=AZ&fbclid=y")
        .await
        .json();
    assert!(
        az["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["country"] == "AZ"),
        "{az}"
    );
    // Links the page makes from its own address do not pass them on.
    let page = app.get("/organizations?utm_source=newsletter").await;
    assert!(!page.body.contains("utm_source"), "{}", page.body);
    // Anything else unknown is still a mistake worth saying.
    let r = app.get("/organizations?colour=red&utm_source=x").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_api_error(
        &app.get("/api/v1/search?q=x&utmost=1").await,
        StatusCode::BAD_REQUEST,
        "invalid_parameter",
    );
}

/// Records every span's and event's fields, as text.
#[derive(Clone, Default)]
struct Recorder {
    lines: Arc<Mutex<Vec<String>>>,
    next_id: Arc<std::sync::atomic::AtomicU64>,
}

struct Fields(String);

impl tracing::field::Visit for Fields {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.0.push_str(&format!(" {}={value:?}", field.name()));
    }
}

impl tracing::Subscriber for Recorder {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, span: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        let mut fields = Fields(span.metadata().name().to_owned());
        span.record(&mut fields);
        self.lines.lock().unwrap().push(fields.0);
        let id = self
            .next_id
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        tracing::span::Id::from_u64(id + 1)
    }
    fn record(&self, _: &tracing::span::Id, values: &tracing::span::Record<'_>) {
        let mut fields = Fields("record".into());
        values.record(&mut fields);
        self.lines.lock().unwrap().push(fields.0);
    }
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, event: &tracing::Event<'_>) {
        let mut fields = Fields("event".into());
        event.record(&mut fields);
        self.lines.lock().unwrap().push(fields.0);
    }
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

async fn the_request_log_never_holds_tokens(app: TestApp) {
    let recorder = Recorder::default();
    let _guard = tracing::subscriber::set_default(recorder.clone());
    for uri in [
        "/password/reset?token=resetsecret0123",
        "/account/confirm?token=confirmsecret0123",
        "/invites/accept?token=invitesecret0123&utm_source=mail",
        "/login?next=%2Finvites%2Faccept%3Ftoken%3Dnestedsecret0123",
        "/api/v1/organizations?api_key=keysecret0123",
    ] {
        app.get(uri).await;
    }
    let lines = recorder.lines.lock().unwrap().join("\n");
    let spans: Vec<&str> = lines
        .lines()
        .filter(|l| l.starts_with("request "))
        .collect();
    assert_eq!(spans.len(), 5, "one span per request:\n{lines}");
    assert!(
        spans[0].contains("uri=/password/reset?token=REDACTED") && spans[0].contains("method=GET"),
        "{lines}"
    );
    assert!(
        spans[2].contains("uri=/invites/accept?token=REDACTED&utm_source=mail"),
        "{lines}"
    );
    assert!(spans[3].contains("uri=/login?next=REDACTED"), "{lines}");
    for secret in [
        "resetsecret",
        "confirmsecret",
        "invitesecret",
        "nestedsecret",
        "keysecret",
    ] {
        assert!(!lines.contains(secret), "{secret} logged:\n{lines}");
    }
}

fn multipart_request(uri: &str, body: Vec<u8>, length: Option<usize>) -> Request<Body> {
    let mut request = Request::post(uri)
        .header(
            header::CONTENT_TYPE,
            "multipart/form-data; boundary=birlikboundary",
        )
        .header("sec-fetch-site", "same-origin");
    if let Some(length) = length {
        request = request.header(header::CONTENT_LENGTH, length);
    }
    request.body(Body::from(body)).unwrap()
}

async fn oversized_bodies_get_the_error_page_or_json_with_the_headers(app: TestApp) {
    // Over the application limit (the evidence and the form): the body
    // limit layer refuses it by its Content-Length.
    let huge = domain::MAX_EVIDENCE_BYTES + 512 * 1024;
    let r = send(
        &app.router,
        multipart_request("/apply", vec![b'x'; huge], Some(huge)),
    )
    .await;
    assert_error_page(&r, StatusCode::PAYLOAD_TOO_LARGE, "/apply");
    let r = send(
        &app.router,
        multipart_request("/az/apply", vec![b'x'; huge], Some(huge)),
    )
    .await;
    assert_error_page(&r, StatusCode::PAYLOAD_TOO_LARGE, "/az/apply");
    assert!(r.body.contains("<html lang=\"az\">"));

    let put = |body: Vec<u8>, length: Option<usize>| {
        let mut request = Request::put("/api/v1/organizations/az-1")
            .header(header::CONTENT_TYPE, "application/json");
        if let Some(length) = length {
            request = request.header(header::CONTENT_LENGTH, length);
        }
        request.body(Body::from(body)).unwrap()
    };
    let r = send(&app.router, put(vec![b' '; huge], Some(huge))).await;
    assert_api_error(&r, StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large");
    assert_security_headers(&r, "API, by Content-Length");
    // Over the 1 MB other routes take, found while reading (no length given).
    let r = send(&app.router, put(vec![b' '; 2 << 20], None)).await;
    assert_api_error(&r, StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large");
    assert_security_headers(&r, "API, while reading");

    // A page's form over 1 MB.
    let form = Request::post("/login")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header("sec-fetch-site", "same-origin")
        .body(Body::from(format!("email={}", "a".repeat(2 << 20))))
        .unwrap();
    assert_error_page(
        &send(&app.router, form).await,
        StatusCode::PAYLOAD_TOO_LARGE,
        "a large form",
    );
}

async fn wrong_methods_get_the_error_page_or_json_and_keep_allow(app: TestApp) {
    let call = |method: &str, uri: &str| {
        Request::builder()
            .method(method)
            .uri(uri)
            .body(Body::empty())
            .unwrap()
    };
    let r = send(&app.router, call("DELETE", "/api/v1/organizations")).await;
    assert_api_error(&r, StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed");
    assert!(
        r.headers[header::ALLOW].to_str().unwrap().contains("GET"),
        "{:?}",
        r.headers
    );
    assert_security_headers(&r, "API 405");
    let r = send(&app.router, call("PATCH", "/api/v1/organizations/az-1")).await;
    assert_api_error(&r, StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed");
    let allow = r.headers[header::ALLOW].to_str().unwrap();
    assert!(allow.contains("GET") && allow.contains("PUT"), "{allow}");

    for uri in ["/organizations", "/tr/organizations", "/healthz"] {
        let r = send(&app.router, call("DELETE", uri)).await;
        assert_error_page(&r, StatusCode::METHOD_NOT_ALLOWED, uri);
        assert!(
            r.headers[header::ALLOW].to_str().unwrap().contains("GET"),
            "{uri}: {:?}",
            r.headers
        );
    }
    let r = send(&app.router, call("PUT", "/tr/organizations")).await;
    assert!(r.body.contains("<html lang=\"tr\">"), "{}", r.body);
}

/// Sends `request` (raw bytes) to the router served over real TCP, as a
/// browser would, and returns the status and the whole answer.
async fn over_tcp(app: &TestApp, request: Vec<u8>) -> (u16, String) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let server = tokio::spawn(axum::serve(listener, app.router.clone()).into_future());
    let answer = tokio::task::spawn_blocking(move || {
        use std::io::{Read, Write};
        let mut stream = std::net::TcpStream::connect(address).unwrap();
        stream.write_all(&request).unwrap();
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).unwrap();
        String::from_utf8_lossy(&answer).into_owned()
    })
    .await
    .unwrap();
    server.abort();
    let status = answer
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status line: {answer}"));
    (status, answer)
}

async fn oversized_queries_get_the_error_page_or_json(app: TestApp) {
    // Over our limit (4 KB), under the 64 KB an address can have at all.
    let q = "a".repeat(60 * 1024);
    let api = app.get(&format!("/api/v1/search?q={q}")).await;
    assert_api_error(&api, StatusCode::URI_TOO_LONG, "uri_too_long");
    assert_security_headers(&api, "API 414");
    let page = app.get(&format!("/search?q={q}")).await;
    assert_error_page(&page, StatusCode::URI_TOO_LONG, "page 414");
    let page = app.get(&format!("/ru/organizations?q={q}")).await;
    assert_error_page(&page, StatusCode::URI_TOO_LONG, "/ru page 414");
    assert!(page.body.contains("<html lang=\"ru\">"));
    // Tracking parameters do not make a long address acceptable.
    let tracked = app.get(&format!("/search?q=x&utm_source={q}")).await;
    assert_eq!(tracked.status, StatusCode::URI_TOO_LONG);

    // Over a real connection the server (hyper) lets such an address
    // through to us, so the answers are the same.
    let raw = |uri: &str| {
        format!("GET {uri} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").into_bytes()
    };
    let (status, answer) = over_tcp(&app, raw(&format!("/api/v1/search?q={q}"))).await;
    assert_eq!(status, 414, "{answer}");
    assert!(answer.contains("\"uri_too_long\""), "{answer}");
    let (status, answer) = over_tcp(&app, raw(&format!("/search?q={q}"))).await;
    assert_eq!(status, 414, "{answer}");
    assert!(
        answer.contains("<html")
            && answer
                .to_ascii_lowercase()
                .contains("content-security-policy"),
        "{answer}"
    );
    // Longer addresses (100 KB) and bytes no request line may hold are
    // refused by hyper itself, with bare answers, before any of our code
    // runs (an `http::Uri` cannot even hold the former).
    let long = "a".repeat(100 * 1024);
    let (status, _) = over_tcp(&app, raw(&format!("/search?q={long}"))).await;
    assert_eq!(status, 414);
    let mut invalid = b"GET /search?q=".to_vec();
    invalid.extend_from_slice(b"\xff\xfe");
    invalid.extend_from_slice(b" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    let (status, _) = over_tcp(&app, invalid).await;
    assert_eq!(status, 400);
}

async fn forms_with_invalid_utf8_are_refused(app: TestApp) {
    // A form field: signing up with a name that is not UTF-8.
    let mut b = Browser::new(&app);
    let token = csrf_of(&b.get("/signup").await);
    let r = b
        .send(
            Request::post("/signup")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .header("sec-fetch-site", "same-origin"),
            Body::from(format!(
                "csrf={token}&name=%FF%FE&email=bytes%40example.org&password=correct+horse+battery+staple"
            )),
        )
        .await;
    assert_error_page(&r, StatusCode::BAD_REQUEST, "signup");
    // A page says it in the visitor's language (the API in English).
    assert!(r.body.contains("The form could not be read."), "{}", r.body);
    // Raw (unescaped) bytes too.
    let mut raw = format!("csrf={token}&email=raw%40example.org&password=x&name=").into_bytes();
    raw.extend_from_slice(b"\xff\xfe");
    let r = b
        .send(
            Request::post("/signup")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .header("sec-fetch-site", "same-origin"),
            Body::from(raw),
        )
        .await;
    assert_error_page(&r, StatusCode::BAD_REQUEST, "signup, raw bytes");
    app.state.background_settled().await;
    let outbox = mail::read_outbox(&app.data.path().join("outbox"));
    assert!(
        !outbox
            .iter()
            .any(|m| m.to == "bytes@example.org" || m.to == "raw@example.org"),
        "no account was made"
    );

    // A multipart text field: applying with a name that is not UTF-8.
    let mut ngo = member(&app, "ngo@example.org").await;
    let token = csrf_of(&ngo.get("/apply").await);
    let boundary = "birlikboundary";
    let mut body = Vec::new();
    let mut field = |name: &str, value: &[u8]| {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n")
                .as_bytes(),
        );
        body.extend_from_slice(value);
        body.extend_from_slice(b"\r\n");
    };
    for (name, value) in [
        ("csrf", token.as_bytes()),
        ("country", b"AZ"),
        ("name", b"\xff\xfe Birliyi"),
        ("name_lang", b"az"),
        ("city", b"Bak\xc4\xb1"),
        ("areas", b"youth"),
        ("registry_scheme", b"AZ-VOEN"),
        ("registry_value", b"1234567890"),
    ] {
        field(name, value);
    }
    body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\"c.pdf\"\r\nContent-Type: application/pdf\r\n\r\n").as_bytes());
    body.extend_from_slice(PDF);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let r = ngo
        .send(
            Request::post("/apply")
                .header(
                    header::CONTENT_TYPE,
                    format!("multipart/form-data; boundary={boundary}"),
                )
                .header("sec-fetch-site", "same-origin"),
            Body::from(body),
        )
        .await;
    assert_error_page(&r, StatusCode::BAD_REQUEST, "apply");
    assert!(r.body.contains("The form could not be read."), "{}", r.body);
    let reviews = app
        .state
        .store()
        .reviews(&store::ReviewFilter {
            limit: 10,
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(reviews.is_empty(), "nothing was filed");
}

fn cache_control(r: &Reply) -> Option<&str> {
    r.headers
        .get(header::CACHE_CONTROL)
        .map(|v| v.to_str().unwrap())
}

async fn personal_answers_are_kept_out_of_caches(app: TestApp) {
    // Anonymous public pages say nothing (caches may keep them) ...
    for uri in [
        "/",
        "/organizations",
        "/organizations/az-1",
        "/api/v1/network",
    ] {
        assert_eq!(cache_control(&app.get(uri).await), None, "{uri}");
    }
    // ... but a form bound to the visitor's cookie, or a page showing a
    // token from its address, is theirs alone.
    for uri in [
        "/login",
        "/signup",
        "/password/reset?token=abc",
        "/invites/accept?token=abc",
    ] {
        assert_eq!(
            cache_control(&app.get(uri).await),
            Some("private, no-store"),
            "{uri}"
        );
    }
    // Every answer to a signed-in visitor, whatever the page, and whether
    // it shows the page or refuses it.
    let mut aysel = member(&app, "aysel@example.org").await;
    let mut admin = with_role(&app, "admin@example.org", Some(Role::Secretariat)).await;
    for uri in [
        "/",
        "/organizations",
        "/account",
        "/review",
        "/review/az-1",
        "/admin",
        "/admin/audit",
        "/admin/news/new",
        "/organizations/az-1/edit",
        "/nowhere",
    ] {
        for (who, browser) in [("member", &mut aysel), ("secretariat", &mut admin)] {
            let r = browser.get(uri).await;
            assert_eq!(
                cache_control(&r),
                Some("private, no-store"),
                "{who} {uri}: {}",
                r.status
            );
        }
    }
    // What is the same for everyone stays cacheable.
    let css = admin.get("/static/birlik.css").await;
    assert_eq!(cache_control(&css), Some("public, max-age=3600"));
    // An API answer to a token depends on the token.
    let r = app
        .get_with(
            "/api/v1/organizations/az-1",
            &[("authorization", "Bearer bk_0000000000000000_nope")],
        )
        .await;
    assert_eq!(cache_control(&r), Some("private, no-store"));
}

async fn https_deployments_ask_for_https_only(app: TestApp) {
    let hsts = "max-age=31536000; includeSubDomains";
    // The same store, served at an https:// address.
    let config = web::WebConfig::for_data_dir(app.data.path(), "https://birlik.example");
    let read = Arc::new(RwLock::new(app::readmodel::ReadModel::build(&[])));
    let state = web::AppState::new(app.state.store().clone(), read, config)
        .await
        .unwrap();
    let secure = web::router(state);
    for uri in [
        "/",
        "/api/v1/network",
        "/nowhere",
        "/api/v1/nothing",
        "/login",
    ] {
        let r = send(&secure, Request::get(uri).body(Body::empty()).unwrap()).await;
        assert_eq!(
            r.headers
                .get(header::STRICT_TRANSPORT_SECURITY)
                .map(|v| v.to_str().unwrap()),
            Some(hsts),
            "{uri}"
        );
    }
    let r = send(
        &secure,
        Request::delete("/organizations")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(r.headers[header::STRICT_TRANSPORT_SECURITY], hsts);
    // Over plain HTTP the header would be ignored, and wrong.
    assert!(
        !app.get("/")
            .await
            .headers
            .contains_key(header::STRICT_TRANSPORT_SECURITY)
    );
}
