//! Forums through the router: the programme page with its JSON-LD,
//! registering (and the form's refusal), the waitlist, the participant's
//! page with the check-in code, the badge PDF, the organizers' lists and
//! CSV, check-in that answers a repeat with the first, the calendar, and
//! the pages in Kazakh.

use super::*;
use crate::assert_api_error;
use domain::{EntityId, EventKind};
use store::{EventText, NewEvent};

const FORUM: &str = "test-forum";

async fn programme(app: &TestApp) {
    let now = app.state.now();
    let base = NewEvent {
        network: "ots".into(),
        forum_id: FORUM.into(),
        starts_at: now + 10 * 86_400,
        ends_at: now + 11 * 86_400,
        time_zone: "Asia/Baku".into(),
        original_lang: "en".into(),
        organizers: vec!["AZ-ORG-1".into()],
        ..NewEvent::default()
    };
    let text = |title: &str| {
        vec![
            EventText {
                lang: "en".into(),
                title: title.into(),
                description: "Two days of NGOs.".into(),
            },
            EventText {
                lang: "kk".into(),
                title: format!("{title} (kk)"),
                description: String::new(),
            },
        ]
    };
    let events = [
        NewEvent {
            id: FORUM.into(),
            kind: Some(EventKind::Forum),
            capacity: Some(2),
            texts: text("Solidarity Test Forum"),
            ..base.clone()
        },
        NewEvent {
            id: "test-baku".into(),
            parent_id: Some(FORUM.into()),
            kind: Some(EventKind::Leg),
            texts: text("Baku day"),
            ..base.clone()
        },
        NewEvent {
            id: "test-panel".into(),
            parent_id: Some("test-baku".into()),
            kind: Some(EventKind::Session),
            format: "panel".into(),
            capacity: Some(1),
            texts: text("A panel on <bridges>"),
            ..base.clone()
        },
    ];
    let mut tx = app.state.store().begin_write().await.unwrap();
    for e in &events {
        tx.insert_event(e, now).await.unwrap();
    }
    tx.commit().await.unwrap();
}

async fn a_participant_registers_waits_and_is_checked_in(app: TestApp) {
    programme(&app).await;
    let mut anon = Browser::new(&app);
    let page = anon.get("/forums").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Solidarity Test Forum"), "{}", page.body);
    let page = anon.get("/forums/test-forum").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("A panel on &#60;bridges&#62;"),
        "escaped"
    );
    assert!(
        page.body.contains("\"subEvent\""),
        "JSON-LD with the programme"
    );
    assert!(page.body.contains("application/ld+json"));
    assert!(!page.body.contains("<bridges>"));

    let mut aysel = with_role(&app, "aysel@example.org", None).await;
    // No delegation chosen: the form says so, in place.
    let r = aysel
        .submit(
            "/forums/test-forum",
            "/forums/test-forum/register",
            &[("event", FORUM), ("delegation", "")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains("error-summary"));
    let r = aysel
        .submit(
            "/forums/test-forum",
            "/forums/test-forum/register",
            &[("event", FORUM), ("delegation", "AZ")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(
        r.headers[header::LOCATION],
        "/forums/test-forum/me?done=confirmed"
    );
    let me = aysel.get("/forums/test-forum/me?done=confirmed").await;
    assert_eq!(me.status, StatusCode::OK);
    assert!(me.body.contains("<svg"), "the QR code");
    let code_start = me.body.find("<code>").unwrap() + 6;
    let code = me.body[code_start..].split('<').next().unwrap().to_owned();
    assert!(code.contains('-'), "{code}");
    // The session, then a second and a third person: the third waits.
    let r = aysel
        .submit(
            "/forums/test-forum",
            "/forums/test-forum/register",
            &[("event", "test-panel")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let mut bolat = with_role_in(&app, "bolat@example.org", None, "kk").await;
    let r = bolat
        .submit(
            "/kk/forums/test-forum",
            "/kk/forums/test-forum/register",
            &[("event", FORUM), ("delegation", "KZ")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let mut cem = with_role(&app, "cem@example.org", None).await;
    let r = cem
        .submit(
            "/forums/test-forum",
            "/forums/test-forum/register",
            &[("event", FORUM), ("delegation", "TR")],
        )
        .await;
    assert_eq!(
        r.headers[header::LOCATION],
        "/forums/test-forum/me?done=waitlisted"
    );
    // The Kazakh page speaks Kazakh.
    let kk = bolat.get("/kk/forums/test-forum").await;
    assert!(kk.body.contains("Бағдарлама"), "{}", kk.body);
    assert!(kk.body.contains("Solidarity Test Forum (kk)"));

    // The badge, as a PDF.
    let badge = aysel.get("/forums/test-forum/badge.pdf").await;
    if std::path::Path::new(documents::DEJAVU_PATHS[0]).exists() {
        assert_eq!(badge.status, StatusCode::OK, "{}", badge.body);
        assert_eq!(badge.headers[header::CONTENT_TYPE], "application/pdf");
        assert!(badge.body.starts_with("%PDF"));
    } else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI installs fonts-dejavu-core"
        );
        assert_eq!(badge.status, StatusCode::SERVICE_UNAVAILABLE);
    }

    // A participant may not see the lists; the organizer may.
    assert_eq!(
        aysel.get("/forums/test-forum/manage").await.status,
        StatusCode::FORBIDDEN
    );
    let org = EntityId::parse("AZ-ORG-1").unwrap();
    let mut boss = with_role(&app, "boss@example.org", Some(Role::Editor(org))).await;
    let lists = boss.get("/forums/test-forum/manage").await;
    assert_eq!(lists.status, StatusCode::OK, "{}", lists.body);
    assert!(lists.body.contains("aysel@example.org") && lists.body.contains("cem@example.org"));
    let csv = boss
        .get("/forums/test-forum/manage.csv?state=waitlisted")
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(
        csv.body.contains("cem@example.org") && !csv.body.contains("aysel@example.org"),
        "{}",
        csv.body
    );

    // Check-in: once, then the first one is answered; a forged code is refused.
    let r = boss
        .submit(
            "/forums/test-forum/checkin",
            "/forums/test-forum/checkin?event=test-forum",
            &[("code", &code)],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("is checked in"), "{}", r.body);
    assert!(
        r.body.contains("data-event=\"test-forum\">1</strong>"),
        "{}",
        r.body
    );
    let again = boss
        .submit(
            "/forums/test-forum/checkin",
            "/forums/test-forum/checkin?event=test-forum",
            &[("code", &code.to_lowercase())],
        )
        .await;
    assert!(
        again.body.contains("was already checked in"),
        "{}",
        again.body
    );
    assert!(again.body.contains("boss@example.org"));
    assert!(again.body.contains("data-event=\"test-forum\">1</strong>"));
    let forged = format!("{}-AAAAAAAAAAAA", code.split('-').next().unwrap());
    let r = boss
        .submit(
            "/forums/test-forum/checkin",
            "/forums/test-forum/checkin?event=test-forum",
            &[("code", &forged)],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Checked in: the certificate is there.
    let cert = aysel.get("/forums/test-forum/certificate.pdf").await;
    if std::path::Path::new(documents::DEJAVU_PATHS[0]).exists() {
        assert_eq!(cert.status, StatusCode::OK, "{}", cert.body);
    }

    // Cancelling Aysel's seat offers it to Cem, who takes it.
    let me = aysel.get("/forums/test-forum/me").await;
    let rid = me
        .body
        .split("/registrations/")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let r = aysel
        .submit(
            "/forums/test-forum/me",
            &format!("/forums/test-forum/registrations/{rid}"),
            &[("action", "cancel")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let mine = cem.get("/forums/test-forum/me").await;
    assert!(
        mine.body.contains("A seat is held for you until"),
        "{}",
        mine.body
    );
    let rid = mine
        .body
        .split("/registrations/")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let r = cem
        .submit(
            "/forums/test-forum/me",
            &format!("/forums/test-forum/registrations/{rid}"),
            &[("action", "accept")],
        )
        .await;
    assert_eq!(
        r.headers[header::LOCATION],
        "/forums/test-forum/me?done=confirmed"
    );

    // The programme as iCalendar.
    let ics = anon.get("/forums/test-forum/calendar.ics").await;
    assert_eq!(ics.status, StatusCode::OK);
    assert!(ics.body.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(ics.body.contains("SUMMARY:A panel on <bridges>"));
    // One session alone, linked from the programme.
    let page = anon.get("/forums/test-forum").await;
    assert!(
        page.body
            .contains("/forums/test-forum/calendar.ics?event=test-panel")
    );
    let one = anon
        .get("/forums/test-forum/calendar.ics?event=test-panel")
        .await;
    assert_eq!(one.status, StatusCode::OK);
    assert_eq!(one.body.matches("BEGIN:VEVENT").count(), 1, "{}", one.body);
    assert!(one.body.contains("SUMMARY:A panel on <bridges>"));
    let other = anon
        .get("/forums/test-forum/calendar.ics?event=not-here")
        .await;
    assert_eq!(other.status, StatusCode::NOT_FOUND);
}

/// The API: the programme with public counts; register, check in and
/// cancel with access tokens, held to the same rules as the pages.
async fn the_forums_api_reads_and_writes_with_tokens(app: TestApp) {
    programme(&app).await;
    let r = api(&app, "GET", "/api/v1/forums", None, "").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.json()["forums"][0]["id"], FORUM);
    let r = api(&app, "GET", "/api/v1/forums/test-forum", None, "").await;
    let events = r.json()["events"].as_array().unwrap().clone();
    assert_eq!(events.len(), 3);
    assert_eq!(events[0]["kind"], "forum");
    assert_eq!(events[0]["titles"]["kk"], "Solidarity Test Forum (kk)");
    assert_eq!(events[0]["time_zone"], "Asia/Baku");
    assert_api_error(
        &api(&app, "GET", "/api/v1/forums/nope", None, "").await,
        StatusCode::NOT_FOUND,
        "not_found",
    );

    // Without a token: 401; with one: registered, once.
    assert_api_error(
        &api(
            &app,
            "POST",
            "/api/v1/events/test-forum/registrations",
            None,
            r#"{"delegation":"AZ"}"#,
        )
        .await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    );
    let mut dana = with_role(&app, "dana@example.org", None).await;
    let r = dana
        .submit("/account", "/account/tokens", &[("name", "app")])
        .await;
    let token = shown_token(&r);
    let body = r#"{"delegation":"KZ"}"#;
    let r = api(
        &app,
        "POST",
        "/api/v1/events/test-forum/registrations",
        Some(&token),
        body,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.json()["state"], "confirmed");
    assert_eq!(r.json()["already"], false);
    let id = r.json()["id"].as_i64().unwrap();
    let again = api(
        &app,
        "POST",
        "/api/v1/events/test-forum/registrations",
        Some(&token),
        body,
    )
    .await;
    assert_eq!(again.json()["already"], true);
    assert_api_error(
        &api(
            &app,
            "POST",
            "/api/v1/events/test-forum/registrations",
            Some(&token),
            r#"{"delegation":"ZZ"}"#,
        )
        .await,
        StatusCode::BAD_REQUEST,
        "invalid_parameter",
    );
    // On behalf of an organization she does not edit: 403.
    assert_api_error(
        &api(
            &app,
            "POST",
            "/api/v1/events/test-forum/registrations",
            Some(&token),
            r#"{"delegation":"KZ","organization":"AZ-ORG-1"}"#,
        )
        .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    );
    // A participant may not check people in.
    let code = app::events::checkin_code(app.state.app(), id)
        .await
        .unwrap();
    let check = format!(r#"{{"code":"{code}"}}"#);
    assert_api_error(
        &api(
            &app,
            "POST",
            "/api/v1/events/test-forum/checkins",
            Some(&token),
            &check,
        )
        .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    );
    let org = EntityId::parse("AZ-ORG-1").unwrap();
    let mut boss = with_role(&app, "boss2@example.org", Some(Role::Editor(org))).await;
    let r = boss
        .submit("/account", "/account/tokens", &[("name", "door")])
        .await;
    let door = shown_token(&r);
    let r = api(
        &app,
        "POST",
        "/api/v1/events/test-forum/checkins",
        Some(&door),
        &check,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.json()["already"], false);
    let r = api(
        &app,
        "POST",
        "/api/v1/events/test-forum/checkins",
        Some(&door),
        &check,
    )
    .await;
    assert_eq!(r.json()["already"], true);
    assert_eq!(r.json()["by"], "boss2@example.org");
    let r = api(&app, "GET", "/api/v1/forums/test-forum", None, "").await;
    assert_eq!(r.json()["events"][0]["checked_in"], 1);
    assert_eq!(r.json()["events"][0]["held"], 1);
    // Cancelling through the API.
    let r = api(
        &app,
        "DELETE",
        &format!("/api/v1/registrations/{id}"),
        Some(&token),
        "",
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.json()["state"], "cancelled");
}

/// Two series: Azerbaijan–Türkiye held in 2022 with another edition
/// planned, Uzbekistan–Azerbaijan (stored the other way round) planned.
async fn bilateral_series(app: &TestApp) {
    let now = app.state.now();
    let year = 365 * 86_400;
    let country = |c: &str| domain::CountryCode::parse(c).unwrap();
    let mut tx = app.state.store().begin_write().await.unwrap();
    for (id, a, b) in [("s-az-tr", "AZ", "TR"), ("s-uz-az", "UZ", "AZ")] {
        let series = store::Series {
            id: id.into(),
            network: "ots".into(),
            country_a: country(a),
            country_b: country(b),
        };
        tx.insert_series(&series, now).await.unwrap();
    }
    for (id, series, starts_at, status) in [
        ("az-tr-past", "s-az-tr", now - 2 * year, "scheduled"),
        ("az-tr-next", "s-az-tr", now + year, "scheduled"),
        ("uz-az-next", "s-uz-az", now + year, "planned"),
        ("az-tr-off", "s-az-tr", now - year, "cancelled"),
    ] {
        let event = NewEvent {
            id: id.into(),
            network: "ots".into(),
            forum_id: id.into(),
            kind: Some(EventKind::Forum),
            status: status.into(),
            series_id: Some(series.into()),
            starts_at,
            ends_at: starts_at + 8 * 3600,
            time_zone: "Asia/Baku".into(),
            original_lang: "en".into(),
            texts: vec![EventText {
                lang: "en".into(),
                title: format!("Bilateral forum {id}"),
                description: String::new(),
            }],
            ..NewEvent::default()
        };
        tx.insert_event(&event, now).await.unwrap();
    }
    tx.commit().await.unwrap();
}

async fn the_coverage_matrix_says_who_has_met(app: TestApp) {
    bilateral_series(&app).await;
    let year_of = |delta: i64| {
        domain::wall_clock("Asia/Baku", app.state.now() + delta)
            .unwrap()
            .0
            .to_string()
    };
    let (past, next) = (year_of(-2 * 365 * 86_400), year_of(365 * 86_400));
    let mut anon = Browser::new(&app);
    let forums = anon.get("/forums").await;
    assert!(
        forums.body.contains("href=\"/forums/coverage\""),
        "linked from the forums"
    );
    let page = anon.get("/forums/coverage").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(
        page.body
            .contains(&format!("<a href=\"/forums/az-tr-past\">{past}</a>")),
        "the held edition, linked with its year: {}",
        page.body
    );
    assert!(
        !page.body.contains("az-tr-off"),
        "a cancelled edition is not a meeting"
    );
    // The state is in words, not only in colour.
    for words in ["held", "planned", "never met"] {
        assert!(page.body.contains(words), "{words}");
    }

    let json = anon.get("/api/v1/coverage").await;
    assert_eq!(json.status, StatusCode::OK);
    let body = json.json();
    let pair = |a: &str, b: &str| {
        body["pairs"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| (p["a"] == a && p["b"] == b) || (p["a"] == b && p["b"] == a))
            .unwrap_or_else(|| panic!("no pair {a}-{b} in {body}"))
            .clone()
    };
    let az_tr = pair("AZ", "TR");
    assert_eq!(az_tr["state"], "held");
    assert_eq!(az_tr["held"][0]["year"].to_string(), past);
    assert_eq!(az_tr["planned"][0]["event_id"], "az-tr-next");
    assert_eq!(pair("AZ", "UZ")["state"], "planned");
    assert_eq!(pair("KZ", "HU")["state"], "never");
    let countries = body["countries"].as_array().unwrap().len();
    assert_eq!(
        body["pairs"].as_array().unwrap().len(),
        countries * (countries - 1) / 2,
        "every pair once"
    );

    // The same numbers as CSV, with the country names in the visitor's language.
    let csv = anon.get("/ru/forums/coverage.csv").await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(
        csv.headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let lines: Vec<&str> = csv.body.lines().collect();
    assert_eq!(lines.len(), 1 + countries * (countries - 1) / 2);
    let az_tr_line = lines
        .iter()
        .find(|l| l.starts_with("\"AZ\",\"TR\"") || l.starts_with("\"TR\",\"AZ\""))
        .unwrap();
    assert!(az_tr_line.contains("Азербайджан"), "{az_tr_line}");
    assert!(
        az_tr_line.contains(&format!("\"held\",\"{past}\",\"{next}\"")),
        "{az_tr_line}"
    );
}

/// Posts the edit form as opened just now (a fresh CSRF token).
async fn post_edit(boss: &mut Browser<'_>, uri: &str, fields: &[(String, String)]) -> Reply {
    let page = boss.get(uri).await;
    let token = csrf_of(&page);
    let mut all: Vec<(&str, &str)> = vec![("csrf", token.as_str())];
    all.extend(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    boss.post_raw(uri, &all, "same-origin").await
}

/// The value of the input named `name` in a page.
fn input_value(page: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = page
        .find(&marker)
        .unwrap_or_else(|| panic!("no {name} in {page}"))
        + marker.len();
    page[start..].split('"').next().unwrap().to_owned()
}

async fn organizers_edit_the_programme_in_every_language(app: TestApp) {
    programme(&app).await;
    const EDIT: &str = "/forums/test-forum/edit?event=test-panel";
    let mut aysel = with_role(&app, "aysel3@example.org", None).await;
    assert_eq!(aysel.get(EDIT).await.status, StatusCode::FORBIDDEN);
    // One seat of the panel is taken.
    aysel
        .submit(
            "/forums/test-forum",
            "/forums/test-forum/register",
            &[("event", FORUM), ("delegation", "AZ")],
        )
        .await;
    let r = aysel
        .submit(
            "/forums/test-forum",
            "/forums/test-forum/register",
            &[("event", "test-panel")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    let org = EntityId::parse("AZ-ORG-1").unwrap();
    let mut boss = with_role(&app, "boss3@example.org", Some(Role::Editor(org))).await;
    let form = boss.get(EDIT).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    // English is the original, Kazakh is there, the other seven are missing.
    assert!(form.body.contains("English · original"), "{}", form.body);
    assert!(form.body.contains("Missing translations:") && form.body.contains("Русский"));
    assert!(
        !form.body[form.body.find("Missing translations:").unwrap()..]
            .split("</p>")
            .next()
            .unwrap()
            .contains("Қазақ")
    );
    let version = input_value(&form.body, "version");
    let starts = input_value(&form.body, "starts");
    let ends = input_value(&form.body, "ends");

    // Bad times and too few seats: refused field by field, what was typed kept.
    let fields = |starts: &str, ends: &str, capacity: &str, title_ru: &str, version: &str| {
        vec![
            ("version".to_owned(), version.to_owned()),
            ("starts".to_owned(), starts.to_owned()),
            ("ends".to_owned(), ends.to_owned()),
            ("capacity".to_owned(), capacity.to_owned()),
            ("original_lang".to_owned(), "en".to_owned()),
            ("title_en".to_owned(), "A panel on bridges".to_owned()),
            ("title_kk".to_owned(), "Көпірлер туралы панель".to_owned()),
            ("title_ru".to_owned(), title_ru.to_owned()),
            ("description_ru".to_owned(), "Панель о мостах.".to_owned()),
        ]
    };
    let r = post_edit(
        &mut boss,
        EDIT,
        &fields("24.11.2025", &starts, "5", "", &version),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains("a date and time like"), "{}", r.body);
    assert!(
        r.body.contains("Панель о мостах."),
        "the description typed is kept"
    );
    assert!(
        r.body.contains("Русский: Title"),
        "a description needs its title: {}",
        r.body
    );
    let r = post_edit(
        &mut boss,
        EDIT,
        &fields(&ends, &starts, "0", "Панель о мостах", &version),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains("must be after the start"), "{}", r.body);
    let r = post_edit(
        &mut boss,
        EDIT,
        &fields(&starts, &ends, "0", "Панель о мостах", &version),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains("1 seats are taken already"), "{}", r.body);

    // Saved: the Russian title is on the Russian programme, two seats now.
    let r = post_edit(
        &mut boss,
        EDIT,
        &fields(&starts, &ends, "2", "Панель о мостах", &version),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let ru = boss.get("/ru/forums/test-forum").await;
    assert!(ru.body.contains("Панель о мостах"), "{}", ru.body);
    let saved = boss.get(EDIT).await;
    assert!(
        saved.body.contains("<legend>Русский</legend>"),
        "no longer missing: {}",
        saved.body
    );
    assert_eq!(input_value(&saved.body, "capacity"), "2");

    // A form opened before that save does not overwrite it unseen.
    let r = post_edit(
        &mut boss,
        EDIT,
        &fields(&starts, &ends, "3", "Старое название", &version),
    )
    .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);
    assert!(r.body.contains("Старое название"), "what was typed is kept");
    let ru = boss.get("/ru/forums/test-forum").await;
    assert!(ru.body.contains("Панель о мостах") && !ru.body.contains("Старое название"));
}

store::on_both_backends!(fixture = app:
    a_participant_registers_waits_and_is_checked_in,
    the_forums_api_reads_and_writes_with_tokens,
    the_coverage_matrix_says_who_has_met,
    organizers_edit_the_programme_in_every_language,
);
