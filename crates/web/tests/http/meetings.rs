//! One-to-one meetings through the router: the organizer gives the block
//! its tables (a refused number in place); an Azerbaijani participant asks
//! a Kazakh organization (a refused message keeps what was typed); the
//! Kazakh participant, in Kazakh, accepts in a slot the page offers; a
//! stale answer is refused in place; the meeting is on both agendas, in the
//! agenda PDF and in the calendar feed.

use super::*;
use domain::{EntityId, EventKind};
use store::{EventText, NewEvent};

const FORUM: &str = "meet-forum";
const BLOCK: &str = "meet-block";

fn editor_of(org: &str) -> Option<Role> {
    Some(Role::Editor(EntityId::parse(org).unwrap()))
}

async fn programme(app: &TestApp) {
    let now = app.state.now();
    let text = |title: &str| {
        vec![EventText {
            lang: "en".into(),
            title: title.into(),
            description: String::new(),
        }]
    };
    let base = NewEvent {
        network: "ots".into(),
        forum_id: FORUM.into(),
        starts_at: now + 10 * 86_400,
        ends_at: now + 10 * 86_400 + 3_600,
        time_zone: "Asia/Almaty".into(),
        original_lang: "en".into(),
        organizers: vec!["hu-1".into()],
        ..NewEvent::default()
    };
    let events = [
        NewEvent {
            id: FORUM.into(),
            kind: Some(EventKind::Forum),
            capacity: Some(10),
            ends_at: now + 12 * 86_400,
            texts: text("Meeting Test Forum"),
            ..base.clone()
        },
        NewEvent {
            id: BLOCK.into(),
            parent_id: Some(FORUM.into()),
            kind: Some(EventKind::Session),
            format: "meetings".into(),
            texts: text("One-to-one meetings"),
            ..base.clone()
        },
    ];
    let mut tx = app.state.store().begin_write().await.unwrap();
    for e in &events {
        tx.insert_event(e, now).await.unwrap();
    }
    tx.commit().await.unwrap();
}

/// A message as a page shows it (escaped).
fn shown(lang: &str, key: &str) -> String {
    locale::messages::message(lang, key, &[]).replace('\'', "&#39;")
}

fn first_option(page: &str, select_id: &str) -> String {
    let at = page
        .find(&format!(r#"id="{select_id}""#))
        .unwrap_or_else(|| panic!("no select {select_id}: {page}"));
    let rest = &page[at..];
    let value = rest.split(r#"<option value=""#).nth(1).unwrap();
    value.split('"').next().unwrap().to_owned()
}

async fn participants_book_a_meeting_in_their_languages(app: TestApp) {
    programme(&app).await;
    let base = format!("/forums/{FORUM}/meetings");
    let mut boss = with_role(&app, "boss@example.org", editor_of("hu-1")).await;
    let page = boss.get(&base).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains(r#"name="tables""#), "{}", page.body);
    let r = boss
        .submit(
            &base,
            &format!("{base}/tables"),
            &[("block", BLOCK), ("tables", "0")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(
        r.body
            .contains(r#"id="f-tables-meet-block" aria-invalid="true""#),
        "{}",
        r.body
    );
    let r = boss
        .submit(
            &base,
            &format!("{base}/tables"),
            &[("block", BLOCK), ("tables", "4")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    let mut aysel = with_role_in(&app, "aysel@example.org", editor_of("az-1"), "az").await;
    let mut bolat = with_role_in(&app, "bolat@example.org", editor_of("kz-1"), "kk").await;
    // Not yet a participant: the page says so.
    let page = aysel.get(&base).await;
    assert!(
        page.body
            .contains(&shown("en", "meetings-participants-only")),
        "{}",
        page.body
    );
    for (who, org, delegation) in [(&mut aysel, "az-1", "AZ"), (&mut bolat, "kz-1", "KZ")] {
        let r = who
            .submit(
                &format!("/forums/{FORUM}"),
                &format!("/forums/{FORUM}/register"),
                &[("event", FORUM), ("org", org), ("delegation", delegation)],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    let page = aysel.get(&base).await;
    assert!(
        page.body.contains(r#"<option value="kz-1""#),
        "{}",
        page.body
    );
    assert!(
        !page.body.contains(r#"<option value="az-1""#),
        "not one's own"
    );
    // Too long a message: refused in place, what was typed kept.
    let long = format!("<b>{}", "ə".repeat(1_000));
    let r = aysel
        .submit(&base, &base, &[("org", "kz-1"), ("message", &long)])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains("error-summary"));
    assert!(
        r.body.contains(r#"id="f-message" aria-invalid="true""#),
        "{}",
        r.body
    );
    assert!(
        r.body.contains("&#60;b&#62;əəə"),
        "typed text kept, escaped"
    );
    let r = aysel
        .submit(&base, &base, &[("org", "kz-1"), ("message", "Salam <b>")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // Twice: refused in place.
    let r = aysel
        .submit(&base, &base, &[("org", "kz-1"), ("message", "")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body
            .contains(&shown("en", "error-detail-already-requested")),
        "{}",
        r.body
    );

    // Bolat, in Kazakh, sees it and accepts at the first time offered.
    let kk_base = format!("/kk{base}");
    let page = bolat.get(&kk_base).await;
    assert!(
        page.body.contains(&shown("kk", "meetings-title")),
        "{}",
        page.body
    );
    assert!(page.body.contains("Salam &#60;b&#62;"), "escaped");
    let id = app
        .state
        .store()
        .meetings_for(FORUM, 0, &["kz-1".into()])
        .await
        .unwrap()[0]
        .id;
    let slot = first_option(&page.body, &format!("f-slot-{id}"));
    let answer = format!("{kk_base}/{id}");
    let r = bolat
        .submit(&kk_base, &answer, &[("action", "accept"), ("slot", &slot)])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // The same answer again: it moved on; said in place, in Kazakh.
    let r = bolat
        .submit(&kk_base, &answer, &[("action", "accept"), ("slot", &slot)])
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);
    assert!(
        r.body.contains(&shown("kk", "meetings-moved-on")),
        "{}",
        r.body
    );
    // A slot that is none: refused, nothing changed.
    let r = aysel
        .submit(
            &base,
            &format!("{base}/{id}"),
            &[("action", "reschedule"), ("slot", "12")],
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);
    assert!(
        r.body.contains(&shown("en", "error-detail-not-a-slot")),
        "{}",
        r.body
    );

    // On both agendas, with the table; in the PDF and the calendar feed.
    let table = locale::messages::message(
        "en",
        "meetings-table",
        &[("table", locale::messages::Arg::from("1"))],
    );
    let page = aysel.get(&base).await;
    assert!(page.body.contains(&table), "{}", page.body);
    assert!(page.body.contains("Алматы жастар одағы"), "{}", page.body);
    let page = bolat.get(&kk_base).await;
    assert!(page.body.contains("Gənclər Birliyi"), "{}", page.body);
    let pdf = aysel.get(&format!("{base}/agenda.pdf")).await;
    assert_eq!(pdf.status, StatusCode::OK);
    assert_eq!(pdf.headers[header::CONTENT_TYPE], "application/pdf");
    let ics = aysel.get(&format!("/forums/{FORUM}/me/calendar.ics")).await;
    assert_eq!(ics.status, StatusCode::OK, "{}", ics.body);
    assert!(
        ics.body.contains(&format!("UID:meeting-{id}@")),
        "{}",
        ics.body
    );
    // Someone not at the forum cannot answer it.
    let mut cem = with_role(&app, "cem@example.org", None).await;
    let r = cem
        .submit(
            &base,
            &format!("{base}/{id}"),
            &[("action", "cancel"), ("slot", "")],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
    // Mail: the request to Bolat in Kazakh, the booking to Aysel in Azerbaijani.
    let mail = outbox(&app).await;
    assert!(
        mail.iter()
            .any(|m| m.to == "bolat@example.org"
                && m.body.contains("/kk/forums/meet-forum/meetings")),
        "{mail:#?}"
    );
    assert!(
        mail.iter()
            .any(|m| m.to == "aysel@example.org"
                && m.body.contains("/az/forums/meet-forum/meetings")),
        "{mail:#?}"
    );
}

store::on_both_backends!(fixture = app:
    participants_book_a_meeting_in_their_languages,
);
