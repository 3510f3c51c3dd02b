//! The calendar read back by a real parser (the `icalendar` crate's), every
//! value compared with what went in.

#![expect(clippy::expect_used, reason = "a failure panics with its cause")]

use documents::{CalendarEvent, PRODID, icalendar};
use icalendar::parser::{Component, read_calendar, unfold};
use time::OffsetDateTime;

fn at(unix: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(unix).expect("a valid instant")
}

fn events() -> Vec<CalendarEvent> {
    vec![
        CalendarEvent {
            uid: "session-1@birlik.example".to_owned(),
            summary: "Açılış: Türk Dövlətləri Təşkilatının Qeyri-Hökumət Təşkilatları Forumu"
                .to_owned(),
            description: "Қош келдіңіздер! Түркі мемлекеттері ұйымының үкіметтік емес ұйымдар \
                форумының ашылуы, баяндамалар мен пікірталас; кейін — кофе-брейк.\n\
                Second line, with commas; semicolons and a backslash \\ too.\r\nThird line."
                .to_owned(),
            location: "Bakı Konqres Mərkəzi, Zal 1; Heydər Əliyev prospekti, 1".to_owned(),
            // 2025-11-24 06:00 UTC (10:00 in Baku).
            starts_at_utc: at(1_763_964_000),
            ends_at_utc: at(1_763_964_000 + 90 * 60),
            url: Some(
                "https://birlik.example/az/forums/baku-2025/sessions/1?from=ics&lang=az".to_owned(),
            ),
            last_modified: at(1_763_000_000),
        },
        CalendarEvent {
            uid: "session-2@birlik.example".to_owned(),
            summary: "Жастар және еріктілер".to_owned(),
            description: String::new(),
            location: String::new(),
            starts_at_utc: at(1_763_974_800),
            ends_at_utc: at(1_763_978_400),
            url: None,
            last_modified: at(1_763_000_100),
        },
    ]
}

fn value(component: &Component<'_>, name: &str) -> Option<String> {
    component.find_prop(name).map(|p| p.val.as_ref().to_owned())
}

#[test]
fn a_real_parser_reads_back_every_value() {
    let name = "Forum of Turkic NGOs, Baku 2025; programme";
    let events = events();
    let ics = icalendar(name, &events);

    // RFC 5545 §3.1: CRLF everywhere, at most 75 octets a line, and folding
    // actually happened for the long Cyrillic description.
    assert!(ics.ends_with("\r\n"));
    assert!(!ics.replace("\r\n", "").contains('\n'), "a bare LF");
    for line in ics.split_terminator("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    assert!(ics.contains("\r\n "), "nothing was folded");
    assert!(ics.contains("DTSTART:20251124T060000Z\r\n"));
    assert!(ics.contains("DTEND:20251124T073000Z\r\n"));

    let unfolded = unfold(&ics);
    let calendar = read_calendar(&unfolded).expect("the calendar parses");
    let prop = |key: &str| {
        calendar
            .properties
            .iter()
            .find(|p| p.name.as_ref() == key)
            .map(|p| p.val.as_ref().to_owned())
    };
    assert_eq!(prop("VERSION").as_deref(), Some("2.0"));
    assert_eq!(prop("PRODID").as_deref(), Some(PRODID));
    assert_eq!(prop("CALSCALE").as_deref(), Some("GREGORIAN"));
    assert_eq!(prop("METHOD").as_deref(), Some("PUBLISH"));

    let vevents: Vec<&Component<'_>> = calendar
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .collect();
    assert_eq!(vevents.len(), events.len());
    for (parsed, event) in vevents.iter().zip(&events) {
        assert_eq!(value(parsed, "UID").as_deref(), Some(event.uid.as_str()));
        assert_eq!(
            value(parsed, "SUMMARY").as_deref(),
            Some(event.summary.as_str())
        );
        let description = event.description.replace("\r\n", "\n");
        assert_eq!(
            value(parsed, "DESCRIPTION"),
            Some(description).filter(|d| !d.is_empty())
        );
        assert_eq!(
            value(parsed, "LOCATION"),
            Some(event.location.clone()).filter(|l| !l.is_empty())
        );
        assert_eq!(value(parsed, "URL"), event.url.clone());
        let start = format!(
            "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
            event.starts_at_utc.year(),
            u8::from(event.starts_at_utc.month()),
            event.starts_at_utc.day(),
            event.starts_at_utc.hour(),
            event.starts_at_utc.minute(),
            event.starts_at_utc.second()
        );
        assert_eq!(value(parsed, "DTSTART"), Some(start));
        assert!(value(parsed, "DTSTAMP").is_some_and(|v| v.ends_with('Z')));
        assert!(value(parsed, "LAST-MODIFIED").is_some_and(|v| v.ends_with('Z')));
    }

    // X-WR-CALNAME is an extension the parser does not know as TEXT, so it
    // comes back escaped; unescaped by hand it is the name.
    let calname = prop("X-WR-CALNAME").expect("a calendar name");
    assert_eq!(calname.replace("\\,", ",").replace("\\;", ";"), name);

    // The typed model agrees on the times.
    let typed: icalendar::Calendar = ics.parse().expect("the typed calendar parses");
    use icalendar::Component as _;
    let first = typed
        .components
        .iter()
        .find_map(|c| c.as_event())
        .expect("an event");
    assert_eq!(first.get_summary(), Some(events[0].summary.as_str()));
    let Some(icalendar::DatePerhapsTime::DateTime(icalendar::CalendarDateTime::Utc(start))) =
        first.get_start()
    else {
        panic!("a UTC date-time start")
    };
    assert_eq!(start.timestamp(), events[0].starts_at_utc.unix_timestamp());
}
