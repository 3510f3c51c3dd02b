//! Accounts, roles, the verification workflow and the security controls,
//! driven through the real router like a browser (cookies, forms, CSRF) and
//! like an API client (access tokens).

use super::{Reply, TestApp, app};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use domain::{CountryCode, Email, Role};
use std::collections::BTreeMap;
use tower::ServiceExt;

const PASSWORD: &str = "correct horse battery staple";

// Races, versions and the probe's findings: their own file, same helpers.
mod integrity;

// Forms that keep what was typed and speak the visitor's language.
mod forms;

// Forums: the programme, registering, the waitlist, check-in, badges.
mod forums;

// Partners: offers and needs, suggestions, proposals, partnerships.
mod partners;

// One-to-one meetings at forums: tables, requests, agendas.
mod meetings;

/// A browser: keeps cookies, sends forms with the page's CSRF token, says
/// it is same-origin (as browsers do for a site's own forms).
pub(super) struct Browser<'a> {
    app: &'a TestApp,
    pub(super) cookies: BTreeMap<String, String>,
    ip: &'static str,
}

impl<'a> Browser<'a> {
    pub(super) fn new(app: &'a TestApp) -> Self {
        Self {
            app,
            cookies: BTreeMap::new(),
            ip: "203.0.113.1",
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    pub(super) async fn send(
        &mut self,
        request: axum::http::request::Builder,
        body: Body,
    ) -> Reply {
        let request = request
            .header(header::COOKIE, self.cookie_header())
            .header("x-forwarded-for", self.ip)
            .body(body)
            .unwrap();
        let reply = super::send(&self.app.router, request).await;
        for set in reply.headers.get_all(header::SET_COOKIE) {
            let text = set.to_str().unwrap();
            let (pair, _) = text.split_once(';').unwrap_or((text, ""));
            let (name, value) = pair.split_once('=').unwrap();
            if text.contains("Max-Age=0") {
                self.cookies.remove(name);
            } else {
                self.cookies.insert(name.to_owned(), value.to_owned());
            }
        }
        reply
    }

    /// Posts owned form fields (as a page of ours would, same-origin).
    async fn post_owned(&mut self, uri: &str, fields: Vec<(String, String)>) -> Reply {
        let pairs: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        self.post_raw(uri, &pairs, "same-origin").await
    }

    pub(super) async fn get(&mut self, uri: &str) -> Reply {
        self.send(Request::get(uri), Body::empty()).await
    }

    /// Posts a form with `token` as its CSRF field.
    async fn post_raw(&mut self, uri: &str, fields: &[(&str, &str)], site: &str) -> Reply {
        let body = serde_urlencoded::to_string(fields).unwrap();
        let request = Request::post(uri)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header("sec-fetch-site", site);
        self.send(request, Body::from(body)).await
    }

    /// Opens `page`, then posts a form to `uri` with that page's CSRF token.
    async fn submit(&mut self, page: &str, uri: &str, fields: &[(&str, &str)]) -> Reply {
        let shown = self.get(page).await;
        let token = csrf_of(&shown);
        let mut all = vec![("csrf", token.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(uri, &all, "same-origin").await
    }

    async fn post_multipart(
        &mut self,
        uri: &str,
        fields: &[(&str, &str)],
        file: Option<(&str, &[u8])>,
    ) -> Reply {
        self.post_file(uri, fields, "evidence", file).await
    }

    /// Posts a multipart form with `file` (its name and bytes) as `field`.
    async fn post_file(
        &mut self,
        uri: &str,
        fields: &[(&str, &str)],
        field: &str,
        file: Option<(&str, &[u8])>,
    ) -> Reply {
        let boundary = "birlikboundary7MA4YWxk";
        let mut body = Vec::new();
        for (k, v) in fields {
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n"
                )
                .as_bytes(),
            );
        }
        if let Some((name, bytes)) = file {
            body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes());
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        let request = Request::post(uri)
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={boundary}"),
            )
            .header("sec-fetch-site", "same-origin");
        self.send(request, Body::from(body)).await
    }

    /// Applies for an organization with a PDF; returns the reply.
    async fn apply(
        &mut self,
        name: &str,
        country: &str,
        scheme: &str,
        value: &str,
        evidence: &[u8],
    ) -> Reply {
        self.apply_from("", name, country, scheme, value, evidence)
            .await
    }

    /// Applies from the form at `{prefix}/apply` (`/tr`, or "" for the bare address).
    async fn apply_from(
        &mut self,
        prefix: &str,
        name: &str,
        country: &str,
        scheme: &str,
        value: &str,
        evidence: &[u8],
    ) -> Reply {
        let form = self.get(&format!("{prefix}/apply")).await;
        let token = csrf_of(&form);
        self.post_multipart(
            &format!("{prefix}/apply"),
            &[
                ("csrf", &token),
                ("country", country),
                ("name", name),
                ("name_lang", "az"),
                ("other_names", "en: Solidarity Youth"),
                ("city", "Bakı"),
                ("areas", "youth"),
                ("areas", "volunteering"),
                ("founded", "2011"),
                ("website", "https://example.org"),
                ("description_az", "Gənclər üçün könüllülük proqramları."),
                ("registry_scheme", scheme),
                ("registry_value", value),
            ],
            Some(("certificate.pdf", evidence)),
        )
        .await
    }
}

pub(super) fn csrf_of(page: &Reply) -> String {
    let marker = "name=\"csrf\" value=\"";
    let start = page
        .body
        .find(marker)
        .unwrap_or_else(|| panic!("no CSRF field in: {}", page.body))
        + marker.len();
    page.body[start..start + 64].to_owned()
}

/// The access token the account page shows once after creating it:
/// `bk_`, a 16-digit id, `_`, a 64-digit secret.
pub(super) fn shown_token(page: &Reply) -> String {
    let start = page.body.find("bk_").expect("the page shows a new token");
    page.body[start..start + 3 + 16 + 1 + 64].to_owned()
}

/// The mail sent so far, once the mail requests started have gone out.
async fn outbox(app: &TestApp) -> Vec<mail::Message> {
    app.state.background_settled().await;
    mail::read_outbox(&app.data.path().join("outbox"))
}

/// The link with `?token=` in the last message to `to`, as a path.
async fn mailed_link(app: &TestApp, to: &str) -> String {
    let message = outbox(app)
        .await
        .into_iter()
        .rev()
        .find(|m| m.to == to)
        .unwrap_or_else(|| panic!("no mail to {to}"));
    let url = message
        .body
        .split_whitespace()
        .find(|w| w.contains("?token="))
        .unwrap_or_else(|| panic!("no link in {message:?}"));
    url.trim_start_matches("http://localhost").to_owned()
}

/// Signs up, confirms by the mailed link and signs in.
pub(super) async fn member<'a>(app: &'a TestApp, email: &str) -> Browser<'a> {
    let mut b = Browser::new(app);
    let r = b
        .submit(
            "/signup",
            "/signup",
            &[
                ("name", "Aysel Məmmədova"),
                ("email", email),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let link = mailed_link(app, email).await;
    let r = b.get(&link).await;
    let token = link.split("token=").nth(1).unwrap().to_owned();
    let r = b
        .post_raw(
            "/account/confirm",
            &[("csrf", &csrf_of(&r)), ("token", &token)],
            "same-origin",
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let r = b
        .submit(
            "/login",
            "/login",
            &[("email", email), ("password", PASSWORD), ("next", "")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    b
}

/// An account with a role, made directly in the store (fast: one shared hash).
pub(super) async fn with_role<'a>(
    app: &'a TestApp,
    email: &str,
    role: Option<Role>,
) -> Browser<'a> {
    with_role_in(app, email, role, "en").await
}

/// As [`with_role`], for an account whose language is `locale`.
pub(super) async fn with_role_in<'a>(
    app: &'a TestApp,
    email: &str,
    role: Option<Role>,
    locale: &'static str,
) -> Browser<'a> {
    static HASH: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
    let hash = HASH
        .get_or_init(|| async { app::accounts::hash_password(PASSWORD.into()).await.unwrap() })
        .await;
    let store = app.state.store();
    let email = Email::parse(email).unwrap();
    let id = store
        .create_account(
            &store::NewAccount {
                email: &email,
                display_name: email.as_str(),
                password_hash: hash,
                locale,
            },
            1,
        )
        .await
        .unwrap()
        .unwrap();
    store.confirm_account(id, 1).await.unwrap();
    if let Some(role) = role {
        store
            .grant_role(
                id,
                &role,
                &store::Actorship {
                    id: None,
                    email: "test",
                },
                1,
            )
            .await
            .unwrap();
    }
    let mut b = Browser::new(app);
    let r = b
        .submit(
            "/login",
            "/login",
            &[
                ("email", email.as_str()),
                ("password", PASSWORD),
                ("next", ""),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    b
}

pub(super) const PDF: &[u8] = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";

fn az() -> CountryCode {
    CountryCode::parse("AZ").unwrap()
}

store::on_both_backends!(fixture = app:
    sign_up_confirm_sign_in_and_out,
    answers_do_not_tell_whether_an_account_exists,
    password_reset_is_single_use_and_expires,
    sign_in_is_rate_limited_per_account_and_per_address,
    every_form_refuses_missing_tokens_and_cross_site_posts,
    the_authorization_matrix_covers_every_write,
    an_organization_applies_is_verified_and_edits_its_profile,
    colleagues_are_invited_by_email,
    script_in_every_free_text_field_is_escaped,
    access_tokens_authenticate_api_writes_until_revoked,
    account_settings_and_deleting_the_account,
    every_redirect_keeps_the_visitors_language,
    each_mail_is_in_its_recipients_language_with_its_own_subject,
    a_registry_number_filed_before_is_flagged_to_applicant_and_coordinator,
    form_option_lists_follow_the_visitors_alphabet,
    the_secretariat_writes_a_story_as_a_translation_set,
);

async fn sign_up_confirm_sign_in_and_out(app: TestApp) {
    let mut b = Browser::new(&app);
    // Unconfirmed accounts cannot sign in yet; they get a fresh link.
    b.submit(
        "/signup",
        "/signup",
        &[
            ("name", "Leyla"),
            ("email", "leyla@example.org"),
            ("password", PASSWORD),
        ],
    )
    .await;
    let r = b
        .submit(
            "/login",
            "/login",
            &[("email", "leyla@example.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert!(
        r.body.contains("Confirm your email address first"),
        "{}",
        r.body
    );
    assert_eq!(
        outbox(&app)
            .await
            .iter()
            .filter(|m| m.to == "leyla@example.org")
            .count(),
        2
    );

    let mut b = member(&app, "aysel@example.org").await;
    let first_session = b.cookies["birlik_session"].clone();
    let account = b.get("/account").await;
    assert_eq!(account.status, StatusCode::OK);
    assert!(account.body.contains("aysel@example.org"));
    assert_eq!(account.headers[header::CACHE_CONTROL], "private, no-store");

    // The session cookie is HttpOnly and SameSite=Lax (and not Secure over plain HTTP).
    let mut fresh = Browser::new(&app);
    let r = fresh
        .submit(
            "/login",
            "/login",
            &[("email", "aysel@example.org"), ("password", PASSWORD)],
        )
        .await;
    let set = r.headers[header::SET_COOKIE].to_str().unwrap();
    assert!(
        set.starts_with("birlik_session=")
            && set.contains("HttpOnly")
            && set.contains("SameSite=Lax"),
        "{set}"
    );
    // Signing in again gives a new session id (rotation).
    assert_ne!(fresh.cookies["birlik_session"], first_session);

    let r = b.submit("/account", "/logout", &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(!b.cookies.contains_key("birlik_session"));
    // The old session id is dead even if someone kept it.
    b.cookies.insert("birlik_session".into(), first_session);
    let r = b.get("/account").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(
        r.headers[header::LOCATION]
            .to_str()
            .unwrap()
            .starts_with("/login?next=")
    );
}

async fn answers_do_not_tell_whether_an_account_exists(app: TestApp) {
    let _ = member(&app, "known@example.org").await;
    // Equal but for the token and the address the visitor typed in.
    let strip = |r: &Reply| {
        let body = r.body.replace(&csrf_of_or_empty(r), "");
        (
            r.status,
            body.replace("known@example.org", "EMAIL")
                .replace("nobody@example.org", "EMAIL")
                .replace("new@example.org", "EMAIL"),
        )
    };
    let mut b = Browser::new(&app);
    let taken = b
        .submit(
            "/signup",
            "/signup",
            &[
                ("name", "X"),
                ("email", "known@example.org"),
                ("password", PASSWORD),
            ],
        )
        .await;
    let new = b
        .submit(
            "/signup",
            "/signup",
            &[
                ("name", "X"),
                ("email", "new@example.org"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(strip(&taken), strip(&new));
    // The owner of the taken address hears about it, by mail.
    assert!(
        outbox(&app)
            .await
            .iter()
            .any(|m| m.to == "known@example.org" && m.body.contains("already have one"))
    );

    let wrong = b
        .submit(
            "/login",
            "/login",
            &[
                ("email", "known@example.org"),
                ("password", "not the password at all"),
            ],
        )
        .await;
    let unknown = b
        .submit(
            "/login",
            "/login",
            &[
                ("email", "nobody@example.org"),
                ("password", "not the password at all"),
            ],
        )
        .await;
    assert_eq!(strip(&wrong), strip(&unknown));
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);

    let known = b
        .submit(
            "/password/forgot",
            "/password/forgot",
            &[("email", "known@example.org")],
        )
        .await;
    let nobody = b
        .submit(
            "/password/forgot",
            "/password/forgot",
            &[("email", "nobody@example.org")],
        )
        .await;
    assert_eq!(strip(&known), strip(&nobody));
}

fn csrf_of_or_empty(r: &Reply) -> String {
    if r.body.contains("name=\"csrf\" value=\"") {
        csrf_of(r)
    } else {
        "-".into()
    }
}

async fn password_reset_is_single_use_and_expires(app: TestApp) {
    let mut owner = member(&app, "reset@example.org").await;
    let mut b = Browser::new(&app);
    b.submit(
        "/password/forgot",
        "/password/forgot",
        &[("email", "reset@example.org")],
    )
    .await;
    let link = mailed_link(&app, "reset@example.org").await;
    let token = link.split("token=").nth(1).unwrap().to_owned();
    // A weak password is refused and the link still works afterwards.
    let page = b.get(&link).await;
    let r = b
        .post_raw(
            "/password/reset",
            &[
                ("csrf", &csrf_of(&page)),
                ("token", &token),
                ("password", "short"),
            ],
            "same-origin",
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let new_password = "a brand new passphrase";
    let r = b
        .post_raw(
            "/password/reset",
            &[
                ("csrf", &csrf_of(&page)),
                ("token", &token),
                ("password", new_password),
            ],
            "same-origin",
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // Used once: never again. The old sessions are over.
    let again = b
        .post_raw(
            "/password/reset",
            &[
                ("csrf", &csrf_of(&page)),
                ("token", &token),
                ("password", "yet another passphrase"),
            ],
            "same-origin",
        )
        .await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST);
    assert_eq!(owner.get("/account").await.status, StatusCode::SEE_OTHER);
    let r = b
        .submit(
            "/login",
            "/login",
            &[("email", "reset@example.org"), ("password", new_password)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);

    // A link older than an hour has expired.
    b.submit(
        "/password/forgot",
        "/password/forgot",
        &[("email", "reset@example.org")],
    )
    .await;
    let link = mailed_link(&app, "reset@example.org").await;
    let token = link.split("token=").nth(1).unwrap().to_owned();
    app.state.advance_clock(3601);
    let page = b.get(&link).await;
    let r = b
        .post_raw(
            "/password/reset",
            &[
                ("csrf", &csrf_of(&page)),
                ("token", &token),
                ("password", "the expired passphrase"),
            ],
            "same-origin",
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("expired"));
}

async fn sign_in_is_rate_limited_per_account_and_per_address(app: TestApp) {
    let _ = with_role(&app, "target@example.org", None).await;
    let mut attacker = Browser::new(&app);
    attacker.ip = "198.51.100.7";
    // Five attempts an account: the setup's own sign-in was the first.
    for _ in 0..4 {
        let r = attacker
            .submit(
                "/login",
                "/login",
                &[
                    ("email", "target@example.org"),
                    ("password", "guess guess guess"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    }
    let r = attacker
        .submit(
            "/login",
            "/login",
            &[("email", "target@example.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(
        r.status,
        StatusCode::TOO_MANY_REQUESTS,
        "even the right password waits"
    );
    // The sign-in form again, with the message on it and the address kept.
    let shows_the_form =
        |r: &Reply| r.body.contains("action=\"/az/login\"") || r.body.contains("action=\"/login\"");
    assert!(r.body.contains("Too many attempts"), "{}", r.body);
    assert!(shows_the_form(&r), "{}", r.body);
    assert!(
        r.body
            .contains("name=\"email\" type=\"email\" value=\"target@example.org\""),
        "{}",
        r.body
    );
    assert!(r.body.contains("name=\"password\""));
    assert!(r.headers.contains_key(header::RETRY_AFTER));
    // In the visitor's language on a localized page.
    let mut az = Browser::new(&app);
    az.ip = "198.51.100.7";
    let r = az
        .submit(
            "/az/login",
            "/az/login",
            &[("email", "target@example.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(r.body.contains("Həddən çox cəhd"), "{}", r.body);
    assert!(r.body.contains("action=\"/az/login\""), "{}", r.body);
    assert!(r.body.contains("value=\"target@example.org\""));
    // From another address the account is limited too (per-account bucket) …
    let mut owner = Browser::new(&app);
    owner.ip = "192.0.2.50";
    let r = owner
        .submit(
            "/login",
            "/login",
            &[("email", "target@example.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    // … until the bucket refills.
    app.state.advance_clock(600);
    let r = owner
        .submit(
            "/login",
            "/login",
            &[("email", "target@example.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // One address trying many accounts hits the per-address limit.
    let mut sprayer = Browser::new(&app);
    sprayer.ip = "198.51.100.99";
    let mut limited = false;
    for i in 0..40 {
        let email = format!("user{i}@example.org");
        let r = sprayer
            .submit(
                "/login",
                "/login",
                &[("email", &email), ("password", "guess guess guess")],
            )
            .await;
        if r.status == StatusCode::TOO_MANY_REQUESTS {
            limited = true;
            assert!(i >= 30, "limited after {i}");
            break;
        }
    }
    assert!(limited);
}

/// Every state-changing form of the site.
const FORMS: &[&str] = &[
    "/signup",
    "/login",
    "/logout",
    "/account/confirm",
    "/password/forgot",
    "/password/reset",
    "/account",
    "/account/password",
    "/account/delete",
    "/account/tokens",
    "/account/tokens/0123456789abcdef/revoke",
    "/review/az-1",
    "/organizations/az-1/edit",
    "/organizations/az-1/invite",
    "/invites/accept",
    "/admin/network",
    "/admin/coordinators",
    "/admin/coordinators/revoke",
];

async fn every_form_refuses_missing_tokens_and_cross_site_posts(app: TestApp) {
    let mut b = with_role(&app, "admin@example.org", Some(Role::Secretariat)).await;
    let page = b.get("/account").await;
    let good = csrf_of(&page);
    for uri in FORMS {
        let missing = b
            .post_raw(uri, &[("email", "x@example.org")], "same-origin")
            .await;
        assert_eq!(
            missing.status,
            StatusCode::FORBIDDEN,
            "{uri} without a token: {}",
            missing.body
        );
        let forged = b
            .post_raw(uri, &[("csrf", &"0".repeat(64))], "same-origin")
            .await;
        assert_eq!(
            forged.status,
            StatusCode::FORBIDDEN,
            "{uri} with a forged token"
        );
        let cross = b.post_raw(uri, &[("csrf", &good)], "cross-site").await;
        assert_eq!(
            cross.status,
            StatusCode::FORBIDDEN,
            "{uri} from another site"
        );
    }
    // The multipart application form too.
    let r = b
        .post_multipart(
            "/apply",
            &[("csrf", "nope"), ("country", "AZ")],
            Some(("x.pdf", PDF)),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    // An Origin of another host is refused where Sec-Fetch-Site is absent.
    let request = Request::post("/signup")
        .header(header::HOST, "birlik.example")
        .header(header::ORIGIN, "https://evil.example")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(format!("csrf={good}")))
        .unwrap();
    let response = app.router.clone().oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    // Still signed in: nothing above changed anything.
    assert_eq!(b.get("/account").await.status, StatusCode::OK);
}

/// What one cell of the matrix expects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Want {
    Ok,
    SignIn,
    Forbidden,
}

async fn the_authorization_matrix_covers_every_write(app: TestApp) {
    let store = app.state.store();
    // One pending application per role, so every allowed verification has its own.
    let roles: Vec<(&str, Option<Role>)> = vec![
        ("anonymous", None),
        ("member", None),
        (
            "editor",
            Some(Role::Editor(domain::EntityId::parse("az-1").unwrap())),
        ),
        (
            "other-editor",
            Some(Role::Editor(domain::EntityId::parse("kz-1").unwrap())),
        ),
        ("coordinator", Some(Role::Coordinator(az()))),
        (
            "other-coordinator",
            Some(Role::Coordinator(CountryCode::parse("KZ").unwrap())),
        ),
        ("secretariat", Some(Role::Secretariat)),
    ];
    let registry = domain::RegistryId::parse("AZ-VOEN", "1234567890", az()).unwrap();
    for (i, _) in roles.iter().enumerate() {
        let record = domain::Record::from_json(&format!(
            r#"{{"type":"organization","id":"AZ-BRL-M{i}","names":[{{"value":"Matrix {i}","lang":"az"}}],"country":"AZ"}}"#
        ))
        .unwrap();
        store
            .create_application(
                &record,
                &registry,
                "x.pdf",
                store::Actorship {
                    id: None,
                    email: "t",
                },
                &[],
                1,
            )
            .await
            .unwrap()
            .unwrap();
        let for_api = domain::Record::from_json(&format!(
            r#"{{"type":"organization","id":"AZ-BRL-A{i}","names":[{{"value":"Matrix API {i}","lang":"az"}}],"country":"AZ"}}"#
        ))
        .unwrap();
        store
            .create_application(
                &for_api,
                &registry,
                "x.pdf",
                store::Actorship {
                    id: None,
                    email: "t",
                },
                &[],
                1,
            )
            .await
            .unwrap()
            .unwrap();
    }
    use Want::*;
    // Columns: edit, invite, review, admin network, appoint coordinator,
    // audit log, audit CSV, API put, API review, publish a story.
    let f = Forbidden;
    let table: [(&str, [Want; 10]); 7] = [
        ("anonymous", [SignIn; 10]),
        ("member", [f; 10]),
        ("editor", [Ok, Ok, f, f, f, f, f, Ok, f, f]),
        ("other-editor", [f; 10]),
        ("coordinator", [Ok, Ok, Ok, f, f, f, f, Ok, Ok, f]),
        ("other-coordinator", [f; 10]),
        ("secretariat", [Ok; 10]),
    ];
    let az1 = r#"{"type":"organization","id":"az-1","names":[{"value":"Gənclər Birliyi","lang":"az"},{"value":"Youth Union","lang":"en"}],"country":"AZ","city":"Bakı","areas":["youth"]}"#;
    for (i, ((who, role), (row_who, wants))) in roles.iter().zip(table.iter()).enumerate() {
        assert_eq!(who, row_who);
        let mut b = if *who == "anonymous" {
            Browser::new(&app)
        } else {
            with_role(&app, &format!("{who}@example.org"), role.clone()).await
        };
        // An access token for the API columns (anonymous sends none).
        let token = if *who == "anonymous" {
            None
        } else {
            let r = b
                .submit("/account", "/account/tokens", &[("name", "matrix")])
                .await;
            Some(shown_token(&r))
        };
        // A real token, so authorization (not CSRF) decides.
        let page = b.get("/login").await;
        let csrf = csrf_of(&page);
        let edit = [
            ("csrf", csrf.as_str()),
            ("name", "Gənclər Birliyi"),
            ("name_lang", "az"),
            ("other_names", "en: Youth Union"),
            ("city", "Bakı"),
            ("areas", "youth"),
        ];
        let review_uri = format!("/review/AZ-BRL-M{i}");
        let api_review_uri = format!("/api/v1/organizations/AZ-BRL-A{i}/review");
        let got = [
            b.post_raw("/organizations/az-1/edit", &edit, "same-origin")
                .await,
            b.post_raw(
                "/organizations/az-1/invite",
                &[("csrf", &csrf), ("email", "colleague@example.org")],
                "same-origin",
            )
            .await,
            b.post_raw(
                &review_uri,
                &[("csrf", &csrf), ("decision", "verify")],
                "same-origin",
            )
            .await,
            b.post_raw(
                "/admin/network",
                &[
                    ("csrf", &csrf),
                    ("status_AZ", "member"),
                    ("status_TR", "member"),
                    ("chair", "AZ"),
                ],
                "same-origin",
            )
            .await,
            b.post_raw(
                "/admin/coordinators",
                &[
                    ("csrf", &csrf),
                    ("email", "member@example.org"),
                    ("country", "TM"),
                ],
                "same-origin",
            )
            .await,
            b.get("/admin/audit").await,
            b.get("/admin/audit.csv").await,
            api(
                &app,
                "PUT",
                "/api/v1/organizations/az-1",
                token.as_deref(),
                az1,
            )
            .await,
            api(
                &app,
                "POST",
                &api_review_uri,
                token.as_deref(),
                r#"{"decision":"reject","reason":"checked by the matrix"}"#,
            )
            .await,
            b.post_raw(
                "/admin/news/new",
                &[
                    ("csrf", csrf.as_str()),
                    ("id", &format!("matrix-story-{i}")),
                    ("category", "network"),
                    ("published", "2025-12-01T10:00:00Z"),
                    ("author", "Matrix"),
                    ("original", "en"),
                    ("title_en", "A story"),
                ],
                "same-origin",
            )
            .await,
        ];
        let names = [
            "edit",
            "invite",
            "review",
            "network",
            "coordinators",
            "audit",
            "audit.csv",
            "api put",
            "api review",
            "publish news",
        ];
        for ((reply, want), name) in got.iter().zip(wants.iter()).zip(names) {
            let is_api = name.starts_with("api");
            let ok = match want {
                Ok => reply.status.is_success() || reply.status == StatusCode::SEE_OTHER,
                SignIn if is_api => reply.status == StatusCode::UNAUTHORIZED,
                SignIn => {
                    reply.status == StatusCode::SEE_OTHER
                        && reply.headers[header::LOCATION]
                            .to_str()
                            .unwrap()
                            .contains("/login")
                }
                Forbidden => reply.status == StatusCode::FORBIDDEN,
            };
            assert!(
                ok,
                "{who} × {name}: want {want:?}, got {} {}",
                reply.status,
                reply.body.chars().take(300).collect::<String>()
            );
            if *want == Ok && reply.status == StatusCode::SEE_OTHER {
                assert!(
                    !reply.headers[header::LOCATION]
                        .to_str()
                        .unwrap()
                        .contains("/login"),
                    "{who} × {name} was sent to sign in"
                );
            }
        }
    }
    // Unknown organizations are 404 for everyone allowed to ask.
    let mut admin = with_role(&app, "second-admin@example.org", Some(Role::Secretariat)).await;
    let page = admin.get("/").await;
    let csrf = csrf_of(&page);
    for uri in [
        "/organizations/no-such-org/edit",
        "/organizations/no-such-org/invite",
        "/review/no-such-org",
    ] {
        let r = admin
            .post_raw(
                uri,
                &[
                    ("csrf", &csrf),
                    ("decision", "verify"),
                    ("email", "a@example.org"),
                    ("name", "x"),
                ],
                "same-origin",
            )
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{uri}: {}", r.body);
    }
    let r = admin
        .submit("/account", "/account/tokens", &[("name", "x")])
        .await;
    let token = shown_token(&r);
    let r = api(
        &app,
        "PUT",
        "/api/v1/organizations/no-such-org",
        Some(&token),
        az1,
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = api(
        &app,
        "POST",
        "/api/v1/organizations/no-such-org/review",
        Some(&token),
        r#"{"decision":"verify"}"#,
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

async fn api(app: &TestApp, method: &str, uri: &str, token: Option<&str>, body: &str) -> Reply {
    api_with(app, method, uri, token, &[], body).await
}

/// An API request with a JSON body and extra headers.
async fn api_with(
    app: &TestApp,
    method: &str,
    uri: &str,
    token: Option<&str>,
    headers: &[(&str, &str)],
    body: &str,
) -> Reply {
    let mut request = Request::builder()
        .method(method)
        .uri(uri)
        .header(header::CONTENT_TYPE, "application/json");
    if let Some(t) = token {
        request = request.header(header::AUTHORIZATION, format!("Bearer {t}"));
    }
    for (k, v) in headers {
        request = request.header(*k, *v);
    }
    super::send(
        &app.router,
        request.body(Body::from(body.to_owned())).unwrap(),
    )
    .await
}

async fn an_organization_applies_is_verified_and_edits_its_profile(app: TestApp) {
    let mut ngo = member(&app, "ngo@example.org").await;
    let mut coordinator = with_role(
        &app,
        "coordinator.az@example.org",
        Some(Role::Coordinator(az())),
    )
    .await;

    // Bad evidence and a malformed registry number are refused with messages; nothing is stored.
    let r = ngo
        .apply(
            "Həmrəylik Gənclər Birliyi",
            "AZ",
            "AZ-VOEN",
            "123",
            b"<html>not a pdf</html>",
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body.contains("PDF, PNG or JPEG") && r.body.contains("10 digits"),
        "{}",
        r.body
    );
    let mut big = PDF.to_vec();
    big.resize(domain::MAX_EVIDENCE_BYTES + 10, b' ');
    let r = ngo
        .apply(
            "Həmrəylik Gənclər Birliyi",
            "AZ",
            "AZ-VOEN",
            "1234567890",
            &big,
        )
        .await;
    assert!(
        r.status == StatusCode::PAYLOAD_TOO_LARGE || r.status == StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        r.status
    );
    assert!(
        app.state
            .store()
            .reviews(&store::ReviewFilter {
                limit: 10,
                ..Default::default()
            })
            .await
            .unwrap()
            .is_empty()
    );

    let r = ngo
        .apply(
            "Həmrəylik Gənclər Birliyi",
            "AZ",
            "AZ-VOEN",
            "1234 567 890",
            PDF,
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // To the application's page, with its confirmation.
    let location = r.headers[header::LOCATION].to_str().unwrap().to_owned();
    let status_page = location.strip_suffix("?done=applied").unwrap().to_owned();
    let id = status_page.rsplit('/').next().unwrap().to_owned();
    assert!(id.starts_with("AZ-BRL-"), "{id}");
    let page = ngo.get(&status_page).await;
    assert!(page.body.contains("Waiting for review"), "{}", page.body);
    assert!(
        outbox(&app)
            .await
            .iter()
            .any(|m| m.to == "ngo@example.org" && m.body.contains("received the application"))
    );
    assert!(
        outbox(&app)
            .await
            .iter()
            .any(|m| m.to == "coordinator.az@example.org" && m.subject.contains("Həmrəylik"))
    );
    // Not public while pending.
    assert_eq!(
        ngo.get(&format!("/organizations/{id}")).await.status,
        StatusCode::NOT_FOUND
    );

    // The coordinator sees it in the queue, downloads the evidence, and must give a reason to reject.
    let queue = coordinator.get("/review").await;
    assert!(queue.body.contains("Həmrəylik Gənclər Birliyi"));
    let evidence = coordinator.get(&format!("/review/{id}/evidence")).await;
    assert_eq!(evidence.status, StatusCode::OK);
    assert_eq!(evidence.headers[header::CONTENT_TYPE], "application/pdf");
    assert!(
        evidence.headers[header::CONTENT_DISPOSITION]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    assert_eq!(evidence.body.as_bytes(), PDF);
    assert_eq!(
        ngo.get(&format!("/review/{id}/evidence")).await.status,
        StatusCode::FORBIDDEN
    );
    let stored: Vec<_> = std::fs::read_dir(app.data.path().join("uploads"))
        .unwrap()
        .collect();
    assert_eq!(stored.len(), 1, "one upload, under a generated name");
    let r = coordinator
        .submit(
            &status_page,
            &status_page,
            &[("decision", "reject"), ("reason", "")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = coordinator
        .submit(
            &status_page,
            &status_page,
            &[
                ("decision", "reject"),
                ("reason", "The certificate is not legible."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(
        outbox(&app).await.iter().any(
            |m| m.to == "ngo@example.org" && m.body.contains("The certificate is not legible.")
        )
    );
    let page = ngo.get(&status_page).await;
    assert!(
        page.body.contains("The certificate is not legible.") && page.body.contains("Rejected")
    );

    // The applicant resubmits; the coordinator verifies; the badge shows at once.
    let r = ngo
        .submit(&status_page, &status_page, &[("decision", "resubmit")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = coordinator
        .submit(
            &status_page,
            &status_page,
            &[("decision", "verify"), ("reason", "")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let public = Browser::new(&app)
        .get(&format!("/organizations/{id}"))
        .await;
    assert_eq!(public.status, StatusCode::OK);
    assert!(public.body.contains("badge verified"), "{}", public.body);
    let found = Browser::new(&app)
        .get("/api/v1/search?q=Hamraylik%20Ganclar")
        .await;
    assert!(
        found.body.contains(&id),
        "searchable at once: {}",
        found.body
    );
    assert!(
        outbox(&app)
            .await
            .iter()
            .any(|m| m.to == "ngo@example.org" && m.body.contains("is verified"))
    );

    // The editor sees missing translations and fills one in.
    let edit = ngo.get(&format!("/organizations/{id}/edit")).await;
    assert!(
        edit.body.contains("8 languages have no description yet"),
        "{}",
        edit.body
    );
    let csrf = csrf_of(&edit);
    let r = ngo
        .post_raw(
            &format!("/organizations/{id}/edit"),
            &[
                ("csrf", &csrf),
                ("name", "Həmrəylik Gənclər Birliyi"),
                ("name_lang", "az"),
                ("city", "Naxçıvan"),
                ("areas", "youth"),
                ("description_az", "Gənclər üçün könüllülük proqramları."),
                ("description_ru", "Программы волонтёрства для молодёжи."),
            ],
            "same-origin",
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let public = Browser::new(&app)
        .get(&format!("/ru/organizations/{id}"))
        .await;
    assert!(public.body.contains("Программы волонтёрства") && public.body.contains("Naxçıvan"));
    // The Azerbaijani text is marked as the original the others translate.
    assert!(
        public
            .body
            .contains("<span class=\"badge\">az</span> <span class=\"badge\">оригинал</span>"),
        "{}",
        public.body
    );
    let edit = ngo.get(&format!("/organizations/{id}/edit")).await;
    assert!(edit.body.contains("7 languages have no description yet"));

    // Suspension takes the badge away; verifying again brings it back.
    let r = coordinator
        .submit(
            &status_page,
            &status_page,
            &[
                ("decision", "suspend"),
                ("reason", "Registry shows it dissolved."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let public = Browser::new(&app)
        .get(&format!("/organizations/{id}"))
        .await;
    assert!(!public.body.contains("badge verified") && public.body.contains("suspended"));
    coordinator
        .submit(&status_page, &status_page, &[("decision", "reinstate")])
        .await;
    assert!(
        Browser::new(&app)
            .get(&format!("/organizations/{id}"))
            .await
            .body
            .contains("badge verified")
    );

    // Every step is in the audit log, exportable, with before and after.
    let mut admin = with_role(&app, "secretariat@example.org", Some(Role::Secretariat)).await;
    let log = admin.get(&format!("/admin/audit?target=org:{id}")).await;
    for action in ["org.apply", "org.review", "org.edit"] {
        assert!(log.body.contains(action), "{action} missing");
    }
    let csv = admin.get("/admin/audit.csv").await;
    assert!(
        csv.headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    assert!(csv.body.contains("org.edit") && csv.body.contains("Naxçıvan"));
    let jsonl = admin.get("/admin/audit.jsonl").await;
    assert!(
        jsonl
            .body
            .lines()
            .all(|l| serde_json::from_str::<serde_json::Value>(l).is_ok())
    );
}

async fn colleagues_are_invited_by_email(app: TestApp) {
    let mut editor = with_role(
        &app,
        "editor@example.org",
        Some(Role::Editor(domain::EntityId::parse("az-1").unwrap())),
    )
    .await;
    let r = editor
        .submit(
            "/organizations/az-1/edit",
            "/organizations/az-1/invite",
            &[("email", "colleague@example.org")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let link = mailed_link(&app, "colleague@example.org").await;
    // Someone else holding the link cannot use it.
    let mut stranger = with_role(&app, "stranger@example.org", None).await;
    let page = stranger.get(&link).await;
    let token = link.split("token=").nth(1).unwrap().to_owned();
    let r = stranger
        .post_raw(
            "/invites/accept",
            &[("csrf", &csrf_of(&page)), ("token", &token)],
            "same-origin",
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let mut colleague = with_role(&app, "colleague@example.org", None).await;
    let page = colleague.get(&link).await;
    let r = colleague
        .post_raw(
            "/invites/accept",
            &[("csrf", &csrf_of(&page)), ("token", &token)],
            "same-origin",
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(
        colleague.get("/organizations/az-1/edit").await.status,
        StatusCode::OK
    );
    // Single use.
    let r = colleague
        .post_raw(
            "/invites/accept",
            &[("csrf", &csrf_of(&page)), ("token", &token)],
            "same-origin",
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
}

async fn script_in_every_free_text_field_is_escaped(app: TestApp) {
    let evil = "<script>alert(1)</script>";
    let mut b = with_role(&app, "evil@example.org", None).await;
    let r = b
        .submit("/account", "/account", &[("name", evil), ("locale", "en")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let form = b.get("/apply").await;
    let csrf = csrf_of(&form);
    let r = b
        .post_multipart(
            "/apply",
            &[
                ("csrf", &csrf),
                ("country", "TM"),
                ("name", &format!("{evil} Birlik")),
                ("name_lang", "tk"),
                ("other_names", &format!("en: {evil}")),
                ("city", evil),
                ("areas", "youth"),
                ("description_tk", evil),
                (
                    "description_en",
                    &format!("\"><img src=x onerror=alert(2)>{evil}"),
                ),
                ("registry_scheme", "XI-BIRLIK"),
                ("registry_value", evil),
            ],
            Some(("x.pdf", PDF)),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // To the application's page, with its confirmation.
    let location = r.headers[header::LOCATION].to_str().unwrap().to_owned();
    let status_page = location.strip_suffix("?done=applied").unwrap().to_owned();
    let id = status_page.rsplit('/').next().unwrap().to_owned();
    let mut admin = with_role(&app, "xss-admin@example.org", Some(Role::Secretariat)).await;
    let r = admin
        .submit(
            &status_page,
            &status_page,
            &[("decision", "reject"), ("reason", evil)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = b
        .submit("/account", "/account/tokens", &[("name", evil)])
        .await;
    assert_eq!(r.status, StatusCode::OK);
    for (who, page) in [
        ("applicant", b.get("/account").await),
        ("applicant", b.get(&status_page).await),
        (
            "applicant",
            b.get(&format!("/organizations/{id}/edit")).await,
        ),
        ("admin", admin.get(&status_page).await),
        ("admin", admin.get("/review?state=rejected").await),
        ("admin", admin.get("/admin/audit").await),
        ("admin", admin.get("/admin").await),
    ] {
        assert_eq!(page.status, StatusCode::OK, "{who}: {}", page.body);
        assert!(
            !page.body.contains("<script>alert") && !page.body.contains("<img src=x"),
            "{who} sees raw markup: {}",
            page.body
        );
        if !page.body.contains("<h1>Secretariat</h1>") {
            assert!(
                page.body.contains("&lt;script&gt;") || page.body.contains("&#60;script&#62;"),
                "{who}: escaped text expected"
            );
        }
    }
    // Once public, the directory and the record page escape it too.
    let r = admin
        .submit(&status_page, &status_page, &[("decision", "resubmit")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    admin
        .submit(&status_page, &status_page, &[("decision", "verify")])
        .await;
    for page in [
        Browser::new(&app)
            .get(&format!("/organizations/{id}"))
            .await,
        Browser::new(&app).get("/organizations?country=TM").await,
    ] {
        assert!(
            !page.body.contains("<script>alert") && !page.body.contains("<img src=x"),
            "{}",
            page.body
        );
    }
}

async fn access_tokens_authenticate_api_writes_until_revoked(app: TestApp) {
    let mut editor = with_role(
        &app,
        "api@example.org",
        Some(Role::Editor(domain::EntityId::parse("az-1").unwrap())),
    )
    .await;
    let r = editor
        .submit("/account", "/account/tokens", &[("name", "CI pipeline")])
        .await;
    assert!(r.body.contains("will not be shown again"));
    let token = shown_token(&r);
    let updated = r#"{"type":"organization","id":"az-1","names":[{"value":"Gənclər Birliyi","lang":"az"}],"country":"AZ","city":"Gəncə","description":{"en":"Now in Ganja."}}"#;
    let r = api(
        &app,
        "PUT",
        "/api/v1/organizations/az-1",
        Some(&token),
        updated,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.json()["city"], "Gəncə");
    assert_eq!(
        Browser::new(&app)
            .get("/api/v1/organizations/az-1")
            .await
            .json()["city"],
        "Gəncə"
    );
    // Moving the organization to another country is refused; bad JSON gets the contract's error shape.
    let moved = updated.replace("\"AZ\"", "\"KZ\"");
    let r = api(
        &app,
        "PUT",
        "/api/v1/organizations/az-1",
        Some(&token),
        &moved,
    )
    .await;
    super::assert_api_error(&r, StatusCode::BAD_REQUEST, "invalid_body");
    let r = api(
        &app,
        "PUT",
        "/api/v1/organizations/az-1",
        Some(&token),
        "{not json",
    )
    .await;
    super::assert_api_error(&r, StatusCode::BAD_REQUEST, "invalid_parameter");
    // A wrong secret with a real id is refused like an unknown token.
    let forged = format!("{}{}", &token[..token.len() - 4], "0000");
    let r = api(
        &app,
        "PUT",
        "/api/v1/organizations/az-1",
        Some(&forged),
        updated,
    )
    .await;
    super::assert_api_error(&r, StatusCode::UNAUTHORIZED, "unauthorized");
    // A session cookie is not an API credential.
    let r = api(&app, "PUT", "/api/v1/organizations/az-1", None, updated).await;
    super::assert_api_error(&r, StatusCode::UNAUTHORIZED, "unauthorized");
    // Revoked: refused from then on.
    let id = &token[3..19];
    let r = editor
        .submit("/account", &format!("/account/tokens/{id}/revoke"), &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = api(
        &app,
        "PUT",
        "/api/v1/organizations/az-1",
        Some(&token),
        updated,
    )
    .await;
    super::assert_api_error(&r, StatusCode::UNAUTHORIZED, "unauthorized");
    // The OpenAPI document describes the writes and their token.
    let doc = Browser::new(&app).get("/api/openapi.json").await.json();
    assert!(doc["paths"]["/api/v1/organizations/{id}"]["put"].is_object());
    assert!(doc["paths"]["/api/v1/organizations/{id}/review"]["post"].is_object());
    assert_eq!(
        doc["components"]["securitySchemes"]["access_token"]["scheme"],
        "bearer"
    );
}

async fn account_settings_and_deleting_the_account(app: TestApp) {
    let mut b = member(&app, "settings@example.org").await;
    let r = b
        .submit(
            "/account",
            "/account",
            &[("name", "Hikmət Hacıyev"), ("locale", "az")],
        )
        .await;
    assert_eq!(r.headers[header::LOCATION], "/az/account?done=saved");
    let page = b.get("/az/account").await;
    assert!(page.body.contains("Hikmət Hacıyev"));
    let r = b
        .submit(
            "/account",
            "/account/password",
            &[
                ("current", "wrong wrong wrong"),
                ("password", "another good passphrase"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = b
        .submit(
            "/account",
            "/account/password",
            &[
                ("current", PASSWORD),
                ("password", "another good passphrase"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        b.get("/account").await.status,
        StatusCode::OK,
        "this browser stays signed in"
    );
    let r = b
        .submit(
            "/account",
            "/account/delete",
            &[("password", "another good passphrase")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(b.get("/account").await.status, StatusCode::SEE_OTHER);
    let again = Email::parse("settings@example.org").unwrap();
    assert!(
        app.state
            .store()
            .account_by_email(&again)
            .await
            .unwrap()
            .is_none()
    );
}

async fn the_secretariat_writes_a_story_as_a_translation_set(app: TestApp) {
    let evil = "<script>alert(1)</script>";
    let mut admin = with_role(&app, "press@example.org", Some(Role::Secretariat)).await;
    let form = admin.get("/admin/news/new").await;
    assert!(
        form.body.contains("9 languages have no description yet") || form.body.contains("missing")
    );
    let csrf = csrf_of(&form);
    let story = |title_en: &str, mention: &str| {
        vec![
            ("csrf".to_owned(), csrf.clone()),
            ("id".to_owned(), "ngo-week".to_owned()),
            ("category".to_owned(), "network".to_owned()),
            ("tags".to_owned(), "youth, solidarity-forum".to_owned()),
            (
                "published".to_owned(),
                "2025-12-01T10:00:00+04:00".to_owned(),
            ),
            ("author".to_owned(), "Press office".to_owned()),
            ("mentions".to_owned(), mention.to_owned()),
            ("original".to_owned(), "az".to_owned()),
            ("title_az".to_owned(), "QHT həftəsi Bakıda".to_owned()),
            (
                "summary_az".to_owned(),
                "Gənclər təşkilatları görüşür.".to_owned(),
            ),
            (
                "body_az".to_owned(),
                "Birinci abzas.\n\nİkinci abzas.".to_owned(),
            ),
            ("title_en".to_owned(), title_en.to_owned()),
        ]
    };
    // An unknown mention is refused beside the field; nothing is published.
    let r = admin
        .post_owned(
            "/admin/news/new",
            story("NGO week in Baku", "no-such-record"),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body.contains("there is no record no-such-record"),
        "{}",
        r.body
    );
    assert_eq!(
        Browser::new(&app).get("/news/ngo-week").await.status,
        StatusCode::NOT_FOUND
    );

    let r = admin
        .post_owned(
            "/admin/news/new",
            story(&format!("NGO week {evil}"), "az-1"),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.headers[header::LOCATION], "/news/ngo-week");
    let az = Browser::new(&app).get("/az/news/ngo-week").await;
    assert!(
        az.body.contains("QHT həftəsi Bakıda") && az.body.contains("<p>İkinci abzas.</p>"),
        "{}",
        az.body
    );
    let en = Browser::new(&app).get("/en/news/ngo-week").await;
    assert!(
        en.body.contains("NGO week &#60;script&#62;")
            || en.body.contains("NGO week &lt;script&gt;"),
        "{}",
        en.body
    );
    assert!(!en.body.contains(evil));
    // Russian readers get their fallback (English), with the note that says so.
    let ru = Browser::new(&app).get("/ru/news/ngo-week").await;
    assert!(
        ru.body.contains("NGO week") && ru.body.contains("lang=\"en\""),
        "{}",
        ru.body
    );
    // The record it mentions lists it, and the feed carries it.
    assert!(
        Browser::new(&app)
            .get("/organizations/az-1")
            .await
            .body
            .contains("QHT həftəsi Bakıda")
            || Browser::new(&app)
                .get("/az/organizations/az-1")
                .await
                .body
                .contains("QHT həftəsi Bakıda")
    );
    assert!(
        Browser::new(&app)
            .get("/az/news.atom")
            .await
            .body
            .contains("QHT həftəsi Bakıda")
    );

    // Editing keeps the address and is audited with before and after.
    let form = admin.get("/admin/news/ngo-week/edit").await;
    assert!(form.body.contains("readonly") && form.body.contains("QHT həftəsi Bakıda"));
    let mut edited = story("NGO week in Baku", "az-1");
    edited[1].1 = "another-address".into();
    let r = admin.post_owned("/admin/news/ngo-week/edit", edited).await;
    assert_eq!(r.headers[header::LOCATION], "/news/ngo-week");
    assert!(
        Browser::new(&app)
            .get("/en/news/ngo-week")
            .await
            .body
            .contains("NGO week in Baku")
    );
    let log = admin.get("/admin/audit?target=news:ngo-week").await;
    assert_eq!(log.body.matches("news.save").count(), 2, "{}", log.body);
    // Only the secretariat writes news.
    let mut member = with_role(&app, "reader@example.org", None).await;
    assert_eq!(
        member.get("/admin/news/new").await.status,
        StatusCode::FORBIDDEN
    );
}

/// Signing in, out, up and resetting from `/{lang}/…` keeps the visitor in
/// that language, in every interface language, whatever the account's own
/// language (these accounts' is English): a redirect's target carries the
/// language of the page the visitor came from (`Chrome::redirect`).
async fn every_redirect_keeps_the_visitors_language(app: TestApp) {
    const IPS: [&str; 9] = [
        "192.0.2.101",
        "192.0.2.102",
        "192.0.2.103",
        "192.0.2.104",
        "192.0.2.105",
        "192.0.2.106",
        "192.0.2.107",
        "192.0.2.108",
        "192.0.2.109",
    ];
    let location = |r: &Reply| {
        assert!(r.status.is_redirection(), "{} {}", r.status, r.body);
        r.headers[header::LOCATION].to_str().unwrap().to_owned()
    };
    for (i, lang) in domain::UI_LANGS.iter().enumerate() {
        let email = format!("redirect-{lang}@example.org");
        let mut b = with_role(&app, &email, None).await;
        b.ip = IPS[i];
        let sign_in = |next: &'static str| {
            [
                ("email", email.clone()),
                ("password", PASSWORD.to_owned()),
                ("next", next.to_owned()),
            ]
        };
        let r = b
            .submit(&format!("/{lang}/account"), &format!("/{lang}/logout"), &[])
            .await;
        assert_eq!(location(&r), format!("/{lang}/"), "sign-out");
        for (next, want) in [
            ("", format!("/{lang}/account")),
            // A bare `next` (a link without the prefix) gets the page's.
            (
                "/review?state=pending",
                format!("/{lang}/review?state=pending"),
            ),
            // One that names a language keeps it.
            ("/kk/news", "/kk/news".to_owned()),
        ] {
            let fields = sign_in(next);
            let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let r = b
                .submit(&format!("/{lang}/login"), &format!("/{lang}/login"), &pairs)
                .await;
            assert_eq!(
                location(&r),
                want,
                "sign-in from /{lang}/login, next {next:?}"
            );
            b.submit(&format!("/{lang}/account"), &format!("/{lang}/logout"), &[])
                .await;
        }
        // A page that needs an account sends to sign in, and back, in the language.
        let r = b.get(&format!("/{lang}/account")).await;
        assert_eq!(
            location(&r),
            format!("/{lang}/login?next=%2F{lang}%2Faccount")
        );
        // The reset link comes in the language asked from, and leads back to sign in there.
        b.submit(
            &format!("/{lang}/password/forgot"),
            &format!("/{lang}/password/forgot"),
            &[("email", &email)],
        )
        .await;
        let link = mailed_link(&app, &email).await;
        assert!(
            link.starts_with(&format!("/{lang}/password/reset?token=")),
            "{link}"
        );
        let page = b.get(&link).await;
        let token = link.split("token=").nth(1).unwrap().to_owned();
        let r = b
            .post_raw(
                &format!("/{lang}/password/reset"),
                &[
                    ("csrf", &csrf_of(&page)),
                    ("token", &token),
                    ("password", "another good passphrase"),
                ],
                "same-origin",
            )
            .await;
        assert_eq!(location(&r), format!("/{lang}/login?done=reset"));
    }
    // Signing up: the confirmation link and the page after it stay in the language.
    for lang in ["ru", "kk", "hu"] {
        let email = format!("new-{lang}@example.org");
        let mut b = Browser::new(&app);
        b.ip = "192.0.2.120";
        b.submit(
            &format!("/{lang}/signup"),
            &format!("/{lang}/signup"),
            &[
                ("name", "Aruzhan"),
                ("email", &email),
                ("password", PASSWORD),
            ],
        )
        .await;
        let link = mailed_link(&app, &email).await;
        assert!(
            link.starts_with(&format!("/{lang}/account/confirm?token=")),
            "{link}"
        );
        let page = b.get(&link).await;
        let token = link.split("token=").nth(1).unwrap().to_owned();
        let r = b
            .post_raw(
                &format!("/{lang}/account/confirm"),
                &[("csrf", &csrf_of(&page)), ("token", &token)],
                "same-origin",
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        assert!(
            r.body.contains(&format!("href=\"/{lang}/login\"")),
            "{}",
            r.body
        );
        // The account remembers the language it was made in.
        let account = app
            .state
            .store()
            .account_by_email(&Email::parse(&email).unwrap())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(account.locale, lang);
    }
}

/// Each mail of the review workflow is in its recipient's own language (the
/// applicant's, the coordinator's: each account's), has a subject of its
/// own, and the verified mail links the public profile.
async fn each_mail_is_in_its_recipients_language_with_its_own_subject(app: TestApp) {
    let _coordinator = with_role_in(
        &app,
        "koord@example.org",
        Some(Role::Coordinator(az())),
        "kk",
    )
    .await;
    let mut ngo = with_role_in(&app, "dernek@example.org", None, "tr").await;
    let r = ngo
        .apply_from(
            "/tr",
            "Naxçıvan Gənclər Mərkəzi",
            "AZ",
            "AZ-VOEN",
            "1400123456",
            PDF,
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let location = r.headers[header::LOCATION].to_str().unwrap().to_owned();
    assert!(location.starts_with("/tr/review/AZ-BRL-"), "{location}");
    assert!(location.ends_with("?done=applied"), "{location}");
    let id = location
        .trim_start_matches("/tr/review/")
        .trim_end_matches("?done=applied")
        .to_owned();
    // The confirmation: received, who reviews it (Azerbaijan's coordinator), the mail.
    let page = ngo.get(&location).await;
    assert!(page.body.contains("Başvurunuz alındı"), "{}", page.body);
    assert!(
        page.body.contains("Azerbaycan koordinatörü"),
        "{}",
        page.body
    );
    assert!(page.body.contains("dernek@example.org"), "{}", page.body);
    // Without `done`, no confirmation.
    let again = ngo.get(&format!("/tr/review/{id}")).await;
    assert!(!again.body.contains("Başvurunuz alındı"));

    let mail = outbox(&app).await;
    let to = |who: &str| -> Vec<mail::Message> {
        mail.iter().filter(|m| m.to == who).cloned().collect()
    };
    let receipt = to("dernek@example.org");
    assert_eq!(receipt.len(), 1, "{receipt:?}");
    assert_eq!(
        receipt[0].subject,
        "Başvuru alındı: Naxçıvan Gənclər Mərkəzi"
    );
    assert!(
        receipt[0].body.contains("Azerbaycan koordinatörü"),
        "{}",
        receipt[0].body
    );
    assert!(
        receipt[0]
            .body
            .contains(&format!("http://localhost/tr/review/{id}")),
        "{}",
        receipt[0].body
    );
    // The coordinator reads Kazakh, whatever the applicant's language.
    let notice = to("koord@example.org");
    assert_eq!(notice.len(), 1);
    assert_eq!(notice[0].subject, "Жаңа өтінім: Naxçıvan Gənclər Mərkəzi");
    assert!(
        notice[0]
            .body
            .contains(&format!("http://localhost/kk/review/{id}")),
        "{}",
        notice[0].body
    );

    // Verified with a note: two mails, each with its own subject, in Turkish;
    // the verified one links the public profile, not the review page.
    let mut coordinator = Browser::new(&app);
    coordinator
        .submit(
            "/kk/login",
            "/kk/login",
            &[
                ("email", "koord@example.org"),
                ("password", PASSWORD),
                ("next", ""),
            ],
        )
        .await;
    let review = format!("/kk/review/{id}");
    let r = coordinator
        .submit(
            &review,
            &review,
            &[
                ("decision", "verify"),
                ("reason", "Reyestrlə tutuşduruldu."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.headers[header::LOCATION], review.as_str());
    let after: Vec<mail::Message> = outbox(&app)
        .await
        .into_iter()
        .filter(|m| m.to == "dernek@example.org")
        .skip(1)
        .collect();
    assert_eq!(after.len(), 2, "{after:?}");
    let subjects: std::collections::BTreeSet<&str> =
        after.iter().map(|m| m.subject.as_str()).collect();
    assert_eq!(subjects.len(), 2, "distinct subjects: {subjects:?}");
    assert!(
        subjects.contains("Naxçıvan Gənclər Mərkəzi Birlik'te doğrulandı"),
        "{subjects:?}"
    );
    assert!(
        !subjects.contains(receipt[0].subject.as_str()),
        "not the receipt's subject either"
    );
    let verified = after
        .iter()
        .find(|m| m.subject.contains("doğrulandı"))
        .unwrap();
    let profile = format!("http://localhost/tr/organizations/{id}");
    assert!(verified.body.contains(&profile), "{}", verified.body);
    assert!(!verified.body.contains("/review/"), "{}", verified.body);
    assert_eq!(
        Browser::new(&app)
            .get(profile.trim_start_matches("http://localhost"))
            .await
            .status,
        StatusCode::OK
    );
    assert!(
        after
            .iter()
            .any(|m| m.body.contains("Reyestrlə tutuşduruldu."))
    );

    // A country without a coordinator: the secretariat reviews, and says so.
    let r = ngo
        .apply_from(
            "/tr",
            "Aşgabat Ýaşlar Merkezi",
            "TM",
            "XI-BIRLIK",
            "TM-0042",
            PDF,
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = ngo.get(r.headers[header::LOCATION].to_str().unwrap()).await;
    assert!(
        page.body
            .contains("Türkmenistan için henüz bir koordinatör yok"),
        "{}",
        page.body
    );
}

/// A second application with the registry number (scheme, number, country)
/// of an organization filed before is shown to the coordinator, with the
/// organizations, as look-alikes are, and the applicant is warned without
/// learning the name of someone else's pending application.
async fn a_registry_number_filed_before_is_flagged_to_applicant_and_coordinator(app: TestApp) {
    let mut coordinator = with_role(
        &app,
        "coordinator.az@example.org",
        Some(Role::Coordinator(az())),
    )
    .await;
    let mut first = with_role(&app, "first@example.org", None).await;
    let r = first
        .apply("Qarabağ Könüllüləri", "AZ", "AZ-VOEN", "2000 111 222", PDF)
        .await;
    let first_page = r.headers[header::LOCATION].to_str().unwrap().to_owned();
    let first_id = first_page
        .trim_start_matches("/review/")
        .trim_end_matches("?done=applied")
        .to_owned();
    // Nothing filed before: no warning.
    let page = first.get(&first_page).await;
    assert!(!page.body.contains("notice warning"), "{}", page.body);

    let mut second = with_role_in(&app, "second@example.org", None, "ru").await;
    let r = second
        .apply_from(
            "/ru",
            "Совсем другое имя",
            "AZ",
            "AZ-VOEN",
            "2000-111-222",
            PDF,
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let second_page = r.headers[header::LOCATION].to_str().unwrap().to_owned();
    let second_id = second_page
        .trim_start_matches("/ru/review/")
        .trim_end_matches("?done=applied")
        .to_owned();
    // The applicant is warned, in Russian, without the other's name.
    let page = second.get(&second_page).await;
    assert!(
        page.body
            .contains("Организация с этим регистрационным номером уже есть на платформе"),
        "{}",
        page.body
    );
    assert!(page.body.contains("заявка на рассмотрении"));
    assert!(!page.body.contains("Qarabağ Könüllüləri"));
    // The coordinator sees which, linked to its review, on the page and in the mail.
    let page = coordinator.get(&format!("/review/{second_id}")).await;
    assert!(
        page.body
            .contains("Filed with the same registry number already"),
        "{}",
        page.body
    );
    assert!(
        page.body.contains(&format!(
            "<a href=\"/review/{first_id}\">Qarabağ Könüllüləri (Waiting for review)</a>"
        )),
        "{}",
        page.body
    );
    let notice = outbox(&app)
        .await
        .into_iter()
        .find(|m| m.to == "coordinator.az@example.org" && m.subject.contains("Совсем другое имя"))
        .unwrap();
    assert!(
        notice
            .body
            .contains("Already filed with the same registry number"),
        "{}",
        notice.body
    );
    assert!(
        notice
            .body
            .contains(&format!("http://localhost/en/review/{first_id}")),
        "{}",
        notice.body
    );
    // Once the first is verified, the applicant is shown its public page.
    let r = coordinator
        .submit(
            &format!("/review/{first_id}"),
            &format!("/review/{first_id}"),
            &[("decision", "verify"), ("reason", "")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = second.get(&format!("/ru/review/{second_id}")).await;
    assert!(
        page.body.contains(&format!(
            "<a href=\"/ru/organizations/{first_id}\">Qarabağ Könüllüləri (Верифицирована)</a>"
        )),
        "{}",
        page.body
    );
    // The same number in another registry, or a rejected application, claims nothing.
    let r = coordinator
        .submit(
            &format!("/review/{second_id}"),
            &format!("/review/{second_id}"),
            &[("decision", "reject"), ("reason", "A second application.")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let mut third = with_role(&app, "third@example.org", None).await;
    let r = third
        .apply("Başqa Birlik", "AZ", "XI-BIRLIK", "2000111222", PDF)
        .await;
    let page = third
        .get(r.headers[header::LOCATION].to_str().unwrap())
        .await;
    assert!(!page.body.contains("notice warning"), "{}", page.body);
    // The first's own page shows the (now rejected) second application nowhere.
    let page = coordinator.get(&format!("/review/{first_id}")).await;
    assert!(!page.body.contains("Совсем другое имя"), "{}", page.body);
}

/// Every option list of the forms (countries, registries, name languages,
/// areas, the review filter, the account's language) is in the visitor's
/// alphabetical order, through the one helper (`Chrome::sort_by_label`).
async fn form_option_lists_follow_the_visitors_alphabet(app: TestApp) {
    let options = |body: &str, select: &str| -> Vec<String> {
        let from = body
            .find(&format!("<select name=\"{select}\""))
            .unwrap_or_else(|| panic!("no {select} list in {body}"));
        let to = from + body[from..].find("</select>").unwrap();
        body[from..to]
            .split("<option")
            .skip(1)
            .filter_map(|o| {
                let label = o.split_once('>')?.1.split('<').next()?.trim();
                (!label.is_empty()).then(|| label.to_owned())
            })
            .collect()
    };
    let checkboxes = |body: &str, name: &str| -> Vec<String> {
        body.split(&format!("name=\"{name}\" value=\""))
            .skip(1)
            .filter_map(|piece| {
                let after = piece.split_once('>')?.1;
                Some(after.split("</label>").next()?.trim().to_owned())
            })
            .collect()
    };
    let mut coordinator = with_role(
        &app,
        "coordinator.az@example.org",
        Some(Role::Coordinator(az())),
    )
    .await;
    for lang in domain::UI_LANGS {
        let collation = locale::collation(lang);
        let sorted = |what: &str, list: &[String]| {
            assert!(list.len() > 2, "{lang} {what}: {list:?}");
            for w in list.windows(2) {
                assert_ne!(
                    collation.compare(&w[0], &w[1]),
                    std::cmp::Ordering::Greater,
                    "{lang} {what}: {:?} before {:?}",
                    w[0],
                    w[1]
                );
            }
        };
        let apply = coordinator.get(&format!("/{lang}/apply")).await.body;
        sorted("countries", &options(&apply, "country"));
        sorted("name languages", &options(&apply, "name_lang"));
        sorted("areas", &checkboxes(&apply, "areas"));
        // Each country's registry in order; the platform's own, for any country, last.
        let schemes = options(&apply, "registry_scheme");
        assert!(
            schemes.last().unwrap().ends_with("XI-BIRLIK"),
            "{schemes:?}"
        );
        sorted("registries", &schemes[..schemes.len() - 1]);
        // No registry is named in English on another language's page.
        if lang != "en" {
            assert!(!apply.contains("taxpayer"), "{lang}");
        }
        let queue = coordinator.get(&format!("/{lang}/review")).await.body;
        sorted("review states", &options(&queue, "state"));
        let account = coordinator.get(&format!("/{lang}/account")).await.body;
        sorted("languages", &options(&account, "locale"));
    }
    // The bytes' order was wrong here: Azerbaijani puts Q after K (before
    // M), Ö after O and Ş after S (before T).
    let az_page = coordinator.get("/az/apply").await.body;
    let countries = options(&az_page, "country");
    let pos = |name: &str| countries.iter().position(|c| c == name).unwrap();
    assert!(pos("Qazaxıstan") < pos("Macarıstan"), "{countries:?}");
    assert!(pos("Özbəkistan") < pos("Türkiyə"), "{countries:?}");
    assert!(
        pos("Şimali Kipr Türk Cümhuriyyəti") < pos("Türkmənistan"),
        "{countries:?}"
    );
}
