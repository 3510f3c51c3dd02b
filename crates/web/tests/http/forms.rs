//! Forms people can finish: every problem at once, in the visitor's
//! language, tied to its field; nothing typed or attached is lost; error
//! pages speak the visitor's language too.

use super::{PDF, az, csrf_of, with_role};
use crate::{TestApp, app};
use axum::http::{StatusCode, header};
use domain::{Problem, Role};

/// The text of `problem` in `lang`, as the form must show it.
fn said(lang: &str, problem: &Problem) -> String {
    web::i18n_problem(lang, problem)
}

/// The value of the hidden `name` field in a page.
fn hidden(body: &str, name: &str) -> Option<String> {
    let marker = format!("name=\"{name}\" value=\"");
    let start = body.find(&marker)? + marker.len();
    Some(body[start..].split('"').next()?.to_owned())
}

async fn an_empty_application_names_every_missing_field_at_once_in_kazakh(app: TestApp) {
    let mut b = with_role(&app, "empty@example.org", None).await;
    let form = b.get("/kk/apply").await;
    // The registries are described in Kazakh too.
    assert!(
        form.body
            .contains("Қазақстан: бизнес-сәйкестендіру нөмірі (БСН)")
    );
    assert!(
        !form
            .body
            .contains("Kazakhstan business identification number")
    );
    let token = csrf_of(&form);
    let r = b
        .post_multipart(
            "/kk/apply",
            &[
                ("csrf", &token),
                ("country", ""),
                ("name", ""),
                ("registry_scheme", ""),
                ("registry_value", ""),
            ],
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    for (field, problem) in [
        ("country", Problem::CountryMissing),
        ("registry_value", Problem::RegistryNumberMissing { max: 64 }),
        ("evidence", Problem::EvidenceMissing),
    ] {
        let text = said("kk", &problem);
        assert!(r.body.contains(&text), "{field}: {text:?} not on the page");
        assert!(
            !r.body.contains(&problem.to_string()),
            "{field}: the English text is on a Kazakh page"
        );
        // The message is tied to its control, and the summary links to it.
        assert!(
            r.body.contains(&format!(
                r#"id="f-{field}" aria-invalid="true" aria-describedby="f-{field}-error""#
            )),
            "{field} is not marked invalid"
        );
        assert!(r.body.contains(&format!(r##"href="#f-{field}""##)));
    }
    // The name too: an empty name is refused beside the rest, not after.
    assert!(r.body.contains(r#"id="f-names" aria-invalid="true""#));
    assert!(
        r.body
            .contains(r#"class="error-summary" role="alert" tabindex="-1" autofocus"#)
    );
}

async fn a_refused_application_keeps_what_was_typed_and_the_document(app: TestApp) {
    let mut b = with_role(&app, "typo@example.org", None).await;
    let form = b.get("/az/apply").await;
    let token = csrf_of(&form);
    let fields = |token: &str, founded: &'static str, website: &'static str| {
        vec![
            ("csrf".to_owned(), token.to_owned()),
            ("country".to_owned(), "AZ".to_owned()),
            (
                "name".to_owned(),
                "Yaşıl Gələcək İctimai Birliyi".to_owned(),
            ),
            ("name_lang".to_owned(), "az".to_owned()),
            ("city".to_owned(), "Gəncə".to_owned()),
            ("founded".to_owned(), founded.to_owned()),
            ("website".to_owned(), website.to_owned()),
            ("registry_scheme".to_owned(), "AZ-VOEN".to_owned()),
            ("registry_value".to_owned(), "1234".to_owned()),
        ]
    };
    let first = fields(&token, "iki min", "yasil.az");
    let pairs: Vec<(&str, &str)> = first
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let r = b
        .post_multipart("/az/apply", &pairs, Some(("certificate.pdf", PDF)))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    // The year, the website and the registry number: all in one answer.
    for problem in [
        Problem::NotAYear,
        Problem::NotAWebAddress {
            value: "yasil.az".into(),
        },
        Problem::RegistryDigits {
            scheme: "AZ-VOEN".into(),
            digits: "10".into(),
        },
    ] {
        let text = said("az", &problem);
        assert!(r.body.contains(&text), "{text:?} missing");
    }
    // What was typed comes back, and the document waits server-side.
    assert!(r.body.contains("Yaşıl Gələcək İctimai Birliyi"));
    assert!(r.body.contains("Gəncə"));
    let handle = hidden(&r.body, "evidence_draft").expect("the document is kept");
    assert!(!r.body.contains(
        r#"name="evidence" type="file" accept="application/pdf,image/png,image/jpeg" required"#
    ));

    // Someone else cannot use the handle.
    let mut other = with_role(&app, "other@example.org", None).await;
    let form = other.get("/apply").await;
    let t = csrf_of(&form);
    let stolen = other
        .post_multipart(
            "/apply",
            &[
                ("csrf", &t),
                ("country", "AZ"),
                ("name", "Başqa Birlik"),
                ("name_lang", "az"),
                ("registry_scheme", "AZ-VOEN"),
                ("registry_value", "1234567890"),
                ("evidence_draft", &handle),
            ],
            None,
        )
        .await;
    assert_eq!(stolen.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(stolen.body.contains(&said("en", &Problem::EvidenceMissing)));

    // The corrected form goes through without attaching the file again.
    let token = csrf_of(&r);
    let mut second = fields(&token, "2012", "https://yasil.az");
    second.retain(|(k, _)| k != "registry_value");
    second.push(("registry_value".into(), "1234567890".into()));
    second.push(("evidence_draft".into(), handle.clone()));
    let pairs: Vec<(&str, &str)> = second
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let ok = b.post_multipart("/az/apply", &pairs, None).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    let id = ok.headers[header::LOCATION]
        .to_str()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    let review = app
        .state
        .store()
        .review(&id)
        .await
        .unwrap()
        .expect("stored");
    let file = review
        .evidence_file
        .expect("the kept document is its evidence");
    let stored = std::fs::read(app.state.config().uploads_dir.join(&file)).unwrap();
    assert_eq!(stored, PDF);
    // The draft is gone once used.
    let drafts = app.state.config().uploads_dir.join("drafts");
    let left: Vec<_> = std::fs::read_dir(&drafts)
        .map(|d| d.filter_map(Result::ok).collect())
        .unwrap_or_default();
    assert!(
        left.iter()
            .all(|e| !e.file_name().to_string_lossy().ends_with(handle.as_str())),
        "the used draft is still there"
    );
}

async fn a_decision_form_refused_keeps_the_choice_and_the_reason(app: TestApp) {
    let mut applicant = with_role(&app, "decide-me@example.org", None).await;
    let r = applicant
        .apply("Qaya Birliyi", "AZ", "AZ-VOEN", "1000000042", PDF)
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let id = r.headers[header::LOCATION]
        .to_str()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    let mut coordinator = with_role(
        &app,
        "coord-forms@example.org",
        Some(Role::Coordinator(az())),
    )
    .await;
    let page = format!("/ru/review/{id}");
    // No decision chosen: a form again, in Russian, with the typed reason.
    let r = coordinator
        .submit(&page, &page, &[("reason", "Документы неполные")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains(&said("ru", &Problem::DecisionMissing)));
    assert!(r.body.contains("Документы неполные</textarea>"));
    // Reject without a reason: the reason is asked for, Reject stays chosen.
    let r = coordinator
        .submit(&page, &page, &[("decision", "reject"), ("reason", "")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains(&said("ru", &Problem::ReasonMissing)));
    assert!(r.body.contains(r#"value="reject" required checked"#));
}

async fn error_pages_speak_the_visitors_language(app: TestApp) {
    let unknown = app.get("/kk/organizations?country=ZZ").await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
    let problem = Problem::UnknownCountry { value: "ZZ".into() };
    assert!(
        !unknown.body.contains(&problem.to_string()),
        "{}",
        unknown.body
    );
    assert!(
        unknown.body.contains(&said("kk", &problem)),
        "{}",
        unknown.body
    );
    let missing = app.get("/az/organizations/no-such-record").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(!missing.body.contains("There is no"), "{}", missing.body);
    assert!(missing.body.contains("Bu ünvanda heç nə yoxdur"));
    // The API keeps its English messages and stable codes.
    let api = app.get("/api/v1/organizations?country=ZZ").await;
    assert_eq!(api.status, StatusCode::BAD_REQUEST);
    assert_eq!(api.json()["error"]["code"], "invalid_parameter");
    assert!(
        api.json()["error"]["message"]
            .as_str()
            .unwrap()
            .contains("is not a known country code")
    );
}

async fn sign_up_shows_every_problem_at_once(app: TestApp) {
    let mut b = super::Browser::new(&app);
    let r = b
        .submit(
            "/hu/signup",
            "/hu/signup",
            &[
                ("name", ""),
                ("email", "not-an-address"),
                ("password", "short"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    for problem in [
        Problem::NameMissing,
        Problem::EmailWithoutAt,
        Problem::PasswordTooShort { min: 12 },
    ] {
        let text = said("hu", &problem);
        assert!(r.body.contains(&text), "{text:?} missing");
    }
    assert!(r.body.contains(r#"value="not-an-address""#));
}

store::on_both_backends!(fixture = app:
    an_empty_application_names_every_missing_field_at_once_in_kazakh,
    a_refused_application_keeps_what_was_typed_and_the_document,
    a_decision_form_refused_keeps_the_choice_and_the_reason,
    error_pages_speak_the_visitors_language,
    sign_up_shows_every_problem_at_once,
);
