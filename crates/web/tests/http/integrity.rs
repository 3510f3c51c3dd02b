//! Nothing acknowledged is lost, and nothing answers differently for the
//! wrong reasons: writes racing each other through the real router, edit
//! versions, and the sign-in, sign-up and reset findings of the probe.

use super::{Browser, PASSWORD, PDF, api, api_with, az, csrf_of, outbox, shown_token, with_role};
use crate::{Reply, TestApp, app};
use axum::http::{StatusCode, header};
use domain::{EntityId, Role};
use futures_util::future::join_all;

async fn token_of(b: &mut Browser<'_>) -> String {
    let r = b
        .submit("/account", "/account/tokens", &[("name", "race")])
        .await;
    super::shown_token(&r)
}

/// The organization id a successful application redirects to.
fn applied_id(r: &Reply) -> String {
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let location = r.headers[header::LOCATION].to_str().unwrap();
    location.rsplit('/').next().unwrap().to_owned()
}

/// Files in the uploads directory: (kept, still temporary).
fn uploads(app: &TestApp) -> (Vec<String>, Vec<String>) {
    let dir = app.state.config().uploads_dir.clone();
    let names: Vec<String> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(|e| e.ok()?.file_name().into_string().ok())
                .collect()
        })
        .unwrap_or_default();
    // `drafts/` holds the documents of refused forms, waiting for the retry.
    names
        .into_iter()
        .filter(|n| n != "drafts")
        .partition(|n| !n.ends_with(".part"))
}

async fn concurrent_applications_all_commit_and_leave_no_orphans(app: TestApp) {
    let mut applicants = Vec::new();
    for i in 0..16 {
        applicants.push(with_role(&app, &format!("applicant{i}@example.org"), None).await);
    }
    let replies = join_all(applicants.iter_mut().enumerate().map(|(i, b)| {
        let name = format!("Həmrəylik Gənclər Birliyi {i}");
        async move {
            b.apply(
                &name,
                "AZ",
                "AZ-VOEN",
                &format!("{:010}", 1_000_000_000u64 + i as u64),
                PDF,
            )
            .await
        }
    }))
    .await;
    let ids: Vec<String> = replies.iter().map(applied_id).collect();
    let (kept, temporary) = uploads(&app);
    assert!(temporary.is_empty(), "temporary files left: {temporary:?}");
    assert_eq!(kept.len(), ids.len(), "one evidence file per application");
    for id in &ids {
        let review = app.state.store().review(id).await.unwrap().expect("stored");
        let file = review.evidence_file.expect("evidence named");
        assert!(kept.contains(&file), "{file} missing from uploads");
    }
    // A refused application stores no evidence file either (its document
    // waits among the drafts for the corrected form).
    let mut late = with_role(&app, "late@example.org", None).await;
    let r = late
        .apply("Bad", "AZ", "AZ-VOEN", "not a number", PDF)
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let (kept_after, temporary) = uploads(&app);
    assert_eq!(kept_after.len(), kept.len());
    assert!(temporary.is_empty());
}

async fn an_edit_racing_a_verification_is_never_lost(app: TestApp) {
    let mut coordinator = with_role(
        &app,
        "coordinator.az@example.org",
        Some(Role::Coordinator(az())),
    )
    .await;
    let reviewer = token_of(&mut coordinator).await;
    let mut ngo = with_role(&app, "ngo@example.org", None).await;
    for trial in 0..8 {
        let value = format!("{:010}", 2_000_000_000u64 + trial);
        let id = applied_id(
            &ngo.apply(&format!("Birlik {trial}"), "AZ", "AZ-VOEN", &value, PDF)
                .await,
        );
        // A token made after applying carries the editor role.
        let editor = token_of(&mut ngo).await;
        let edited = format!(
            r#"{{"type":"organization","id":"{id}","names":[{{"value":"Edited {trial}","lang":"az"}}],"country":"AZ","city":"Naxçıvan"}}"#
        );
        let uri = format!("/api/v1/organizations/{id}");
        let review_uri = format!("{uri}/review");
        let (edit, decision) = tokio::join!(
            api(&app, "PUT", &uri, Some(&editor), &edited),
            api(
                &app,
                "POST",
                &review_uri,
                Some(&reviewer),
                r#"{"decision":"verify"}"#
            ),
        );
        assert_eq!(edit.status, StatusCode::OK, "{}", edit.body);
        assert_eq!(decision.status, StatusCode::OK, "{}", decision.body);
        let shown = Browser::new(&app).get(&uri).await;
        assert_eq!(shown.status, StatusCode::OK, "{}", shown.body);
        assert_eq!(
            shown.json()["names"][0]["value"],
            format!("Edited {trial}"),
            "trial {trial}"
        );
        let search = Browser::new(&app)
            .get(&format!("/api/v1/search?q=Edited%20{trial}"))
            .await;
        assert!(
            search.body.contains(&id),
            "the index shows the edit: {}",
            search.body
        );
    }
}

async fn the_api_answers_versions_and_honours_if_match(app: TestApp) {
    let mut editor = with_role(
        &app,
        "editor@example.org",
        Some(Role::Editor(EntityId::parse("az-1").unwrap())),
    )
    .await;
    let token = token_of(&mut editor).await;
    let read = Browser::new(&app).get("/api/v1/organizations/az-1").await;
    let etag = read.headers[header::ETAG].to_str().unwrap().to_owned();
    assert!(etag.starts_with('"') && etag.ends_with('"'), "{etag}");
    let body = |city: &str| {
        format!(
            r#"{{"type":"organization","id":"az-1","names":[{{"value":"Gənclər Birliyi","lang":"az"}}],"country":"AZ","city":"{city}"}}"#
        )
    };
    let uri = "/api/v1/organizations/az-1";
    let first = api_with(
        &app,
        "PUT",
        uri,
        Some(&token),
        &[("if-match", &etag)],
        &body("Gəncə"),
    )
    .await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.body);
    let next = first.headers[header::ETAG].to_str().unwrap().to_owned();
    assert_ne!(next, etag);
    // The second editor still holds the old version: refused, nothing written.
    let stale = api_with(
        &app,
        "PUT",
        uri,
        Some(&token),
        &[("if-match", &etag)],
        &body("Şəki"),
    )
    .await;
    crate::assert_api_error(
        &stale,
        StatusCode::PRECONDITION_FAILED,
        "precondition_failed",
    );
    let now = Browser::new(&app).get(uri).await;
    assert_eq!(now.json()["city"], "Gəncə");
    assert_eq!(now.headers[header::ETAG].to_str().unwrap(), next);
    // A weak tag never matches; `*` and a list holding the current tag do.
    let weak = format!("W/{next}");
    let r = api_with(
        &app,
        "PUT",
        uri,
        Some(&token),
        &[("if-match", &weak)],
        &body("Şəki"),
    )
    .await;
    assert_eq!(r.status, StatusCode::PRECONDITION_FAILED);
    let list = format!("\"999\", {next}");
    let r = api_with(
        &app,
        "PUT",
        uri,
        Some(&token),
        &[("if-match", &list)],
        &body("Şəki"),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let r = api_with(
        &app,
        "PUT",
        uri,
        Some(&token),
        &[("if-match", "*")],
        &body("Quba"),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    // Ten writers holding one version: exactly one wins.
    let current = r.headers[header::ETAG].to_str().unwrap().to_owned();
    let bodies: Vec<String> = (0..10).map(|i| body(&format!("City {i}"))).collect();
    let condition = [("if-match", current.as_str())];
    let replies = join_all(
        bodies
            .iter()
            .map(|b| api_with(&app, "PUT", uri, Some(&token), &condition, b)),
    )
    .await;
    let statuses: Vec<u16> = replies.iter().map(|r| r.status.as_u16()).collect();
    assert_eq!(
        statuses.iter().filter(|s| **s == 200).count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 412).count(),
        9,
        "{statuses:?}"
    );
}

async fn a_stale_edit_form_comes_back_with_both_versions(app: TestApp) {
    let org = Some(Role::Editor(EntityId::parse("az-1").unwrap()));
    let mut first = with_role(&app, "first@example.org", org.clone()).await;
    let mut second = with_role(&app, "second@example.org", org).await;
    let form_a = first.get("/organizations/az-1/edit").await;
    let form_b = second.get("/organizations/az-1/edit").await;
    assert!(form_a.body.contains("name=\"version\""));
    let fields = |csrf: &str, version: &str, city: &str| -> Vec<(String, String)> {
        [
            ("csrf", csrf),
            ("version", version),
            ("name", "Gənclər Birliyi"),
            ("name_lang", "az"),
            ("city", city),
            ("description_en", "Youth work in Baku."),
        ]
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
    };
    let version = |page: &Reply| {
        let marker = "name=\"version\" value=\"";
        let start = page.body.find(marker).unwrap() + marker.len();
        page.body[start..].split('"').next().unwrap().to_owned()
    };
    let r = second
        .post_owned(
            "/organizations/az-1/edit",
            fields(&csrf_of(&form_b), &version(&form_b), "Lənkəran"),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = first
        .post_owned(
            "/organizations/az-1/edit",
            fields(&csrf_of(&form_a), &version(&form_a), "Qəbələ"),
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);
    assert!(
        r.body.contains("Someone else saved this profile"),
        "{}",
        r.body
    );
    assert!(
        r.body.contains("value=\"Qəbələ\""),
        "what was typed stays in the form"
    );
    assert!(
        r.body.contains("Lənkəran"),
        "the other editor's value is shown"
    );
    let stored = app
        .state
        .store()
        .get(&EntityId::parse("az-1").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        stored.city.as_deref(),
        Some("Lənkəran"),
        "nothing saved on conflict"
    );
    // Saving again from the page shown is a choice made seeing both.
    let r = first
        .post_owned(
            "/organizations/az-1/edit",
            fields(&csrf_of(&r), &version(&r), "Qəbələ"),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // In Russian too.
    let form = second.get("/ru/organizations/az-1/edit").await;
    let _ = second
        .post_owned(
            "/organizations/az-1/edit",
            fields(&csrf_of(&form), "1", "Şamaxı"),
        )
        .await;
    let r = second
        .post_owned(
            "/ru/organizations/az-1/edit",
            fields(&csrf_of(&form), "1", "Şamaxı"),
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(r.body.contains("его сохранил кто-то другой"), "{}", r.body);
}

async fn the_owner_signs_in_while_an_attacker_guesses(app: TestApp) {
    let mut owner = with_role(&app, "owner@example.org", None).await;
    // The owner signs out; the browser keeps its device mark.
    let page = owner.get("/account").await;
    owner
        .post_owned("/logout", vec![("csrf".into(), csrf_of(&page))])
        .await;
    let mut attacker = Browser::new(&app);
    attacker.ip = "198.51.100.66";
    let mut limited = None;
    for _ in 0..10 {
        let r = attacker
            .submit(
                "/login",
                "/login",
                &[
                    ("email", "owner@example.org"),
                    ("password", "wrong wrong wrong"),
                ],
            )
            .await;
        if r.status == StatusCode::TOO_MANY_REQUESTS {
            limited = Some(r);
            break;
        }
    }
    let limited = limited.expect("the account bucket empties");
    let retry: u64 = limited.headers[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=3600).contains(&retry), "Retry-After {retry}");
    // A browser that signed in before passes with the right password …
    let r = owner
        .submit(
            "/login",
            "/login",
            &[
                ("email", "owner@example.org"),
                ("password", PASSWORD),
                ("next", ""),
            ],
        )
        .await;
    assert_eq!(
        r.status,
        StatusCode::SEE_OTHER,
        "the owner is not locked out: {}",
        r.body
    );
    // … but not with a wrong one, and a mark for another account is worth nothing.
    let mut stolen = Browser::new(&app);
    stolen.ip = "198.51.100.67";
    stolen.cookies = owner.cookies.clone();
    stolen.cookies.remove("birlik_session");
    let r = stolen
        .submit(
            "/login",
            "/login",
            &[
                ("email", "owner@example.org"),
                ("password", "still wrong wrong"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    let _ = with_role(&app, "other@example.org", None).await;
    let mut forged = Browser::new(&app);
    forged.ip = "198.51.100.68";
    forged.cookies = stolen.cookies.clone();
    for _ in 0..6 {
        forged
            .submit(
                "/login",
                "/login",
                &[
                    ("email", "other@example.org"),
                    ("password", "guess guess guess"),
                ],
            )
            .await;
    }
    let r = forged
        .submit(
            "/login",
            "/login",
            &[("email", "other@example.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
}

async fn sign_in_returns_only_to_paths_of_this_site(app: TestApp) {
    // Its device mark lets the many sign-ins below pass the per-account limit.
    let known = with_role(&app, "next@example.org", None).await;
    let device = known.cookies["birlik_device"].clone();
    for (next, expected) in [
        ("/\t/evil.example", "/en/account"),
        ("/\n/x", "/en/account"),
        ("/\r\n/x", "/en/account"),
        ("//evil.example", "/en/account"),
        ("/\\evil.example", "/en/account"),
        ("https://evil.example/", "/en/account"),
        ("/ /evil.example", "/en/account"),
        ("/organizations?country=KZ", "/organizations?country=KZ"),
        (
            "/kk/search?q=%D2%9B%D0%B0%D0%B7",
            "/kk/search?q=%D2%9B%D0%B0%D0%B7",
        ),
    ] {
        let mut b = Browser::new(&app);
        b.ip = "192.0.2.77";
        b.cookies.insert("birlik_device".into(), device.clone());
        let r = b
            .submit(
                "/login",
                "/login",
                &[
                    ("email", "next@example.org"),
                    ("password", PASSWORD),
                    ("next", next),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{next:?}: {}", r.body);
        assert_eq!(r.headers[header::LOCATION], expected, "{next:?}");
    }
}

async fn a_taken_address_is_mailed_a_few_times_at_most(app: TestApp) {
    let _ = with_role(&app, "taken@example.org", None).await;
    for i in 0..12 {
        let mut b = Browser::new(&app);
        b.ip = Box::leak(format!("198.18.0.{i}").into_boxed_str());
        let r = b
            .submit(
                "/signup",
                "/signup",
                &[
                    ("name", "Someone"),
                    ("email", "taken@example.org"),
                    ("password", PASSWORD),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "the answer never changes");
    }
    let mails = outbox(&app)
        .await
        .into_iter()
        .filter(|m| m.to == "taken@example.org")
        .count();
    assert!((1..=3).contains(&mails), "{mails} mails to one address");
}

/// With the mail server down, a reset for an existing account and for an
/// unknown one answer the same (the mail goes out after the answer).
async fn password_reset_answers_alike_when_mail_fails(app: TestApp) {
    let _ = with_role(&app, "exists@example.org", None).await;
    let mut config = web::WebConfig::for_data_dir(app.data.path(), "http://localhost");
    config.trust_forwarded_for = true;
    // Nothing listens on port 9 (discard) here: every send fails.
    config.mailer =
        mail::Mailer::smtp("smtp://127.0.0.1:9", "Birlik <noreply@birlik.test>").unwrap();
    let read = std::sync::Arc::new(std::sync::RwLock::new(
        app::readmodel::ReadModel::build(&[]),
    ));
    let state = web::AppState::new(app.state.store().clone(), read, config)
        .await
        .unwrap();
    let down = TestApp {
        router: web::router(state.clone()),
        state,
        data: tempfile::tempdir().unwrap(),
        _dir: None,
    };
    let mut answers = Vec::new();
    for email in ["exists@example.org", "nobody@example.org"] {
        let mut b = Browser::new(&down);
        let r = b
            .submit("/password/forgot", "/password/forgot", &[("email", email)])
            .await;
        answers.push((r.status, r.body));
    }
    assert_eq!(answers[0].0, StatusCode::OK, "{}", answers[0].1);
    assert_eq!(answers[0], answers[1]);
    down.state.background_settled().await;
}

/// Every query string is UTF-8 or refused, whichever handler would read it.
async fn query_strings_that_are_not_utf8_are_refused_everywhere(app: TestApp) {
    for uri in [
        "/login?next=%FF%FE",
        "/invites/accept?token=%C3",
        "/password/reset?token=%80abc",
        "/organizations?country=%FF",
        "/api/v1/search?q=%FF",
    ] {
        let r = Browser::new(&app).get(uri).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{uri}: {}", r.body);
        // The API says why in English; a page says it in the visitor's language.
        let why = if uri.starts_with("/api/") {
            "not valid UTF-8"
        } else {
            "The address asks for something this page does not understand."
        };
        assert!(r.body.contains(why), "{uri}: {}", r.body);
    }
    let r = Browser::new(&app)
        .get("/login?next=%2Fsearch%3Fq%3D%D0%91")
        .await;
    assert_eq!(r.status, StatusCode::OK);
}

/// A decision whose mail cannot be sent is stored and answered 200; its
/// mail waits in the queue, failed with its error where the secretariat
/// sees it, and goes out once the relay is back and the job is retried.
async fn a_decision_stands_when_its_mail_cannot_be_sent(app: TestApp) {
    let data = tempfile::tempdir().unwrap();
    let (mailer, relay) = mail::Mailer::switchable(mail::Mailer::outbox(
        data.path().join("outbox"),
        "Birlik <noreply@birlik.test>",
    ));
    let mut config = web::WebConfig::for_data_dir(data.path(), "http://localhost");
    config.mailer = mailer;
    let read = std::sync::Arc::new(std::sync::RwLock::new(
        app::readmodel::ReadModel::build(&[]),
    ));
    let state = web::AppState::new(app.state.store().clone(), read, config)
        .await
        .unwrap();
    let down = TestApp {
        router: web::router(state.clone()),
        state,
        data,
        _dir: None,
    };
    let store = down.state.store();
    let _ = with_role(&down, "applicant@example.org", None).await;
    let applicant = store
        .account_by_email(&domain::Email::parse("applicant@example.org").unwrap())
        .await
        .unwrap()
        .unwrap();
    let record = domain::Record::from_json(
        r#"{"type":"organization","id":"AZ-BRL-MAILDOWN","names":[{"value":"Poçt Birliyi","lang":"az"}],"country":"AZ"}"#,
    )
    .unwrap();
    let registry = domain::RegistryId::parse("AZ-VOEN", "1234567890", az()).unwrap();
    store
        .create_application(
            &record,
            &registry,
            "x.pdf",
            store::Actorship {
                id: Some(applicant.id),
                email: &applicant.email,
            },
            &[],
            1,
        )
        .await
        .unwrap()
        .unwrap();
    let mut coordinator = with_role(
        &down,
        "coordinator@example.org",
        Some(Role::Coordinator(az())),
    )
    .await;
    let token = shown_token(
        &coordinator
            .submit("/account", "/account/tokens", &[("name", "review")])
            .await,
    );
    down.state.background_settled().await;

    relay.fail();
    let r = api(
        &down,
        "POST",
        "/api/v1/organizations/AZ-BRL-MAILDOWN/review",
        Some(&token),
        r#"{"decision":"reject","reason":"The registry number belongs to another organization."}"#,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let review = store.review("AZ-BRL-MAILDOWN").await.unwrap().unwrap();
    assert_eq!(review.state, domain::VerificationState::Rejected);

    // Every attempt fails while the relay is down, until the job gives up.
    for _ in 0..store::DEFAULT_MAX_ATTEMPTS {
        down.state.app().run_due_jobs().await.unwrap();
        down.state.advance_clock(store::MAX_RETRY_DELAY_SECS + 1);
    }
    let counts = store.job_counts().await.unwrap();
    assert_eq!(
        counts.failed, 2,
        "the status mail and the reason: {counts:?}"
    );
    let to_applicant = |m: &mail::Message| m.to == "applicant@example.org";
    assert_eq!(
        outbox(&down)
            .await
            .iter()
            .filter(|m| to_applicant(m))
            .count(),
        0
    );

    // The secretariat sees them failed, with the error, and retries them.
    let mut secretariat =
        with_role(&down, "secretariat@example.org", Some(Role::Secretariat)).await;
    let page = secretariat.get("/admin/jobs?state=failed").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("applicant@example.org"), "{}", page.body);
    assert!(
        page.body.contains("unavailable"),
        "the error is shown: {}",
        page.body
    );
    assert!(
        !page.body.contains("belongs to another"),
        "never a mail's body"
    );
    let forbidden = coordinator.get("/admin/jobs").await;
    assert_eq!(forbidden.status, StatusCode::FORBIDDEN);

    relay.recover();
    let failed = store
        .jobs(&store::JobFilter {
            state: Some(store::JobState::Failed),
            ..Default::default()
        })
        .await
        .unwrap();
    for job in failed {
        let csrf = csrf_of(&secretariat.get("/admin/jobs?state=failed").await);
        let r = secretariat
            .post_raw(
                &format!("/admin/jobs/{}/retry", job.id.0),
                &[("csrf", &csrf)],
                "same-origin",
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    down.state.background_settled().await;
    let sent: Vec<mail::Message> = outbox(&down)
        .await
        .into_iter()
        .filter(|m| to_applicant(m))
        .collect();
    assert_eq!(sent.len(), 2, "{sent:?}");
    assert!(
        sent.iter()
            .any(|m| m.body.contains("belongs to another organization"))
    );
    assert_eq!(store.job_counts().await.unwrap().failed, 0);
}

store::on_both_backends!(fixture = app:
    query_strings_that_are_not_utf8_are_refused_everywhere,
    concurrent_applications_all_commit_and_leave_no_orphans,
    an_edit_racing_a_verification_is_never_lost,
    the_api_answers_versions_and_honours_if_match,
    a_stale_edit_form_comes_back_with_both_versions,
    the_owner_signs_in_while_an_attacker_guesses,
    sign_in_returns_only_to_paths_of_this_site,
    a_taken_address_is_mailed_a_few_times_at_most,
    password_reset_answers_alike_when_mail_fails,
    a_decision_stands_when_its_mail_cannot_be_sent,
);
