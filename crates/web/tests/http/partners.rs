//! Partners through the router: an Azerbaijani youth NGO's editor states
//! what it offers and seeks (a refused form keeps what was typed), finds a
//! Kazakh partner by search and by suggestion, proposes; the Kazakh editor
//! accepts in Kazakh; the partnership shows on both profiles and in the
//! coverage matrix; the mail of each step is in the outbox.

use super::*;
use domain::EntityId;

fn editor_of(org: &str) -> Option<Role> {
    Some(Role::Editor(EntityId::parse(org).unwrap()))
}

async fn an_azerbaijani_youth_ngo_finds_a_kazakh_partner(app: TestApp) {
    let mut az = with_role_in(&app, "aysel@example.org", editor_of("az-1"), "az").await;
    let mut kz = with_role_in(&app, "bolat@example.org", editor_of("kz-1"), "kk").await;
    let mut stranger = with_role(&app, "cem@example.org", None).await;

    // A refused offer comes back with what was typed, the field marked.
    let r = az
        .submit(
            "/organizations/az-1/interests",
            "/organizations/az-1/interests",
            &[
                ("direction", "offer"),
                ("area", "mining"),
                ("countries", "KZ"),
                ("original_lang", "az"),
                ("text_ru", "Молодёжные обмены <b>"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains("error-summary"), "{}", r.body);
    assert!(
        r.body.contains("Молодёжные обмены &#60;b&#62;"),
        "typed text kept, escaped"
    );
    assert!(
        r.body.contains(r#"id="f-text_az" aria-invalid="true""#),
        "{}",
        r.body
    );
    for (direction, area, text) in [
        ("offer", "youth", "Gənclər mübadiləsi təşkil edirik"),
        ("need", "education", "Təhsil tərəfdaşı axtarırıq"),
    ] {
        let r = az
            .submit(
                "/organizations/az-1/interests",
                "/organizations/az-1/interests",
                &[
                    ("direction", direction),
                    ("area", area),
                    ("countries", "KZ"),
                    ("languages", "ru"),
                    ("original_lang", "az"),
                    ("text_az", text),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    for (direction, area) in [("offer", "education"), ("need", "youth")] {
        let r = kz
            .submit(
                "/kk/organizations/kz-1/interests",
                "/kk/organizations/kz-1/interests",
                &[
                    ("direction", direction),
                    ("area", area),
                    ("countries", "AZ"),
                    ("languages", "ru"),
                    ("original_lang", "kk"),
                    ("text_kk", "Әзірбайжан жастарымен серіктестік"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    // Only its editors speak for an organization.
    let r = stranger.get("/organizations/az-1/interests").await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);

    // The search finds the Kazakh offer by area and country, and by name in Latin.
    let found = stranger
        .get("/partners?area=education&country=KZ&direction=offer")
        .await;
    assert_eq!(found.status, StatusCode::OK);
    assert!(found.body.contains("Алматы жастар одағы"), "{}", found.body);
    assert!(!found.body.contains("Gənclər Birliyi"));
    let by_name = stranger.get("/partners?q=Almaty%20jastar").await;
    assert!(
        by_name.body.contains("Алматы жастар одағы"),
        "{}",
        by_name.body
    );
    // Suggestions say why, in the visitor's language.
    let suggested = az.get("/en/organizations/az-1/partners").await;
    assert_eq!(suggested.status, StatusCode::OK);
    assert!(
        suggested.body.contains("Алматы жастар одағы"),
        "{}",
        suggested.body
    );
    assert!(
        suggested
            .body
            .contains("offers Education; seeks Youth partners; speaks Russian"),
        "{}",
        suggested.body
    );

    // Propose; the same again while it is open is refused in place.
    let fields = [
        ("area", "youth"),
        ("activity", "Youth exchange Baku–Almaty"),
        ("message", "Salam! Let us meet at the forum."),
        ("starts_on", "2027-05-01"),
        ("ends_on", "2027-05-10"),
    ];
    let r = az
        .submit(
            "/en/organizations/az-1/propose?to=kz-1",
            "/en/organizations/az-1/propose?to=kz-1",
            &fields,
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let again = az
        .submit(
            "/en/organizations/az-1/propose?to=kz-1",
            "/en/organizations/az-1/propose?to=kz-1",
            &fields,
        )
        .await;
    assert_eq!(
        again.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        again.body
    );
    assert!(again.body.contains("open proposal"), "{}", again.body);
    assert!(again.body.contains("Youth exchange Baku–Almaty"));
    let r = stranger
        .submit("/partners", "/organizations/az-1/propose?to=kz-1", &fields)
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);

    // The Kazakh editor was mailed in Kazakh and accepts.
    app.state.app().run_due_jobs().await.unwrap();
    let mail = outbox(&app).await;
    let to_kz: Vec<_> = mail
        .iter()
        .filter(|m| m.to == "bolat@example.org")
        .collect();
    assert_eq!(to_kz.len(), 1, "{mail:?}");
    assert!(to_kz[0].body.contains("/kk/partners/proposals"));
    let list = kz.get("/kk/partners/proposals").await;
    assert_eq!(list.status, StatusCode::OK);
    let pid = list.body.split("data-proposal=\"").nth(1).unwrap();
    let pid = pid.split('"').next().unwrap().to_owned();
    let r = kz
        .submit(
            "/kk/partners/proposals",
            &format!("/kk/partners/proposals/{pid}"),
            &[
                ("action", "accept"),
                ("role_proposer", "implementing"),
                ("role_receiver", "extending"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // Answering twice: the second is told it is settled.
    let r = kz
        .submit(
            "/kk/partners/proposals",
            &format!("/kk/partners/proposals/{pid}"),
            &[("action", "decline")],
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);

    // Both profiles show the partnership; the coverage matrix counts it.
    let az_profile = stranger.get("/organizations/az-1").await;
    assert!(
        az_profile.body.contains("id=\"partnerships\""),
        "{}",
        az_profile.body
    );
    assert!(az_profile.body.contains("Алматы жастар одағы"));
    assert!(az_profile.body.contains("extending"));
    // The signed memorandum: its editors attach it (a PDF only), both
    // sides read it back, nobody else does.
    let profile = az.get("/organizations/az-1").await;
    let upload = profile
        .body
        .split(r#"action=""#)
        .map(|a| a.split('"').next().unwrap_or_default())
        .find(|a| a.ends_with("/memorandum"))
        .unwrap_or_else(|| panic!("no memorandum form: {}", profile.body))
        .to_owned();
    assert!(
        !az_profile.body.contains("/memorandum"),
        "no form, nor link, for a stranger"
    );
    let token = csrf_of(&profile);
    let fields = [("csrf", token.as_str()), ("org", "az-1")];
    let r = az
        .post_file(
            &upload,
            &fields,
            "memorandum",
            Some(("memo.png", b"\x89PNG\r\n\x1a\nrest")),
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    assert!(
        r.body.contains(&locale::messages::message(
            "en",
            "problem-memorandum-not-pdf",
            &[]
        )),
        "{}",
        r.body
    );
    let pdf = b"%PDF-1.7\nsigned memorandum\n%%EOF\n";
    let forged = [("csrf", "forged"), ("org", "az-1")];
    let r = az
        .post_file(&upload, &forged, "memorandum", Some(("memo.pdf", pdf)))
        .await;
    assert_eq!(
        r.status,
        StatusCode::FORBIDDEN,
        "a forged token: {}",
        r.body
    );
    let stranger_token = csrf_of(&stranger.get("/").await);
    let r = stranger
        .post_file(
            &upload,
            &[("csrf", stranger_token.as_str())],
            "memorandum",
            Some(("memo.pdf", pdf)),
        )
        .await;
    assert_eq!(
        r.status,
        StatusCode::FORBIDDEN,
        "not an editor of either side: {}",
        r.body
    );
    let r = az
        .post_file(&upload, &fields, "memorandum", Some(("memo.pdf", pdf)))
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let link = upload.replace("/memorandum", "/memorandum.pdf");
    for editor in [&mut az, &mut kz] {
        let got = editor.get(&link).await;
        assert_eq!(got.status, StatusCode::OK, "{}", got.body);
        assert_eq!(got.headers[header::CONTENT_TYPE], "application/pdf");
        assert_eq!(got.body.as_bytes(), pdf);
    }
    assert_eq!(stranger.get(&link).await.status, StatusCode::FORBIDDEN);
    assert!(
        kz.get("/kk/organizations/kz-1")
            .await
            .body
            .contains("/memorandum.pdf")
    );
    let kz_profile = stranger.get("/organizations/kz-1").await;
    assert!(
        kz_profile.body.contains("Youth Union"),
        "its name in the visitor's language"
    );
    let csv = stranger.get("/forums/coverage.csv").await;
    let line = csv
        .body
        .lines()
        .find(|l| l.starts_with("\"AZ\",\"KZ\","))
        .unwrap_or_else(|| panic!("{}", csv.body));
    assert!(line.ends_with(",\"1\""), "{line}");
    let json = stranger.get("/api/v1/coverage").await.json();
    let pair = json["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["a"] == "AZ" && p["b"] == "KZ")
        .unwrap()
        .clone();
    assert_eq!(pair["partnerships"], 1);
    app.state.app().run_due_jobs().await.unwrap();
    let to_az: Vec<_> = outbox(&app)
        .await
        .into_iter()
        .filter(|m| m.to == "aysel@example.org")
        .collect();
    assert!(
        to_az
            .iter()
            .any(|m| m.subject.contains("Алматы жастар одағы")),
        "{to_az:?}"
    );
}

store::on_both_backends!(fixture = app:
    an_azerbaijani_youth_ngo_finds_a_kazakh_partner,
);
