//! iCalendar (RFC 5545) for a forum's programme: one VEVENT per session, in
//! UTC, so no VTIMEZONE is needed (and calendars show each attendee the
//! session in their own zone).

use time::{OffsetDateTime, UtcOffset};

/// One session or event of the programme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarEvent {
    /// Globally unique and stable across edits ("session-42@birlik.example").
    pub uid: String,
    pub summary: String,
    pub description: String,
    pub location: String,
    pub starts_at_utc: OffsetDateTime,
    pub ends_at_utc: OffsetDateTime,
    /// The session's page.
    pub url: Option<String>,
    /// When the session was last changed; also its DTSTAMP, so the same
    /// programme always gives the same bytes (and the same ETag).
    pub last_modified: OffsetDateTime,
}

/// The product identifier every calendar carries.
pub const PRODID: &str = "-//Birlik//Forums//EN";

/// A calendar named `name` with `events`: CRLF line ends, lines folded at 75
/// octets (never inside a UTF-8 character), text escaped (`\\`, `\;`, `\,`,
/// `\n`; other control characters dropped), times in UTC
/// (`DTSTART:20251124T060000Z`), `METHOD:PUBLISH` and `X-WR-CALNAME`.
pub fn icalendar(name: &str, events: &[CalendarEvent]) -> String {
    let mut out = String::new();
    let mut put = |line: String| fold_into(&mut out, &line);
    put("BEGIN:VCALENDAR".to_owned());
    put("VERSION:2.0".to_owned());
    put(format!("PRODID:{PRODID}"));
    put("CALSCALE:GREGORIAN".to_owned());
    put("METHOD:PUBLISH".to_owned());
    put(format!("X-WR-CALNAME:{}", escape_text(name)));
    for e in events {
        put("BEGIN:VEVENT".to_owned());
        put(format!("UID:{}", escape_text(&e.uid)));
        put(format!("DTSTAMP:{}", utc(e.last_modified)));
        put(format!("DTSTART:{}", utc(e.starts_at_utc)));
        put(format!("DTEND:{}", utc(e.ends_at_utc.max(e.starts_at_utc))));
        put(format!("SUMMARY:{}", escape_text(&e.summary)));
        if !e.description.is_empty() {
            put(format!("DESCRIPTION:{}", escape_text(&e.description)));
        }
        if !e.location.is_empty() {
            put(format!("LOCATION:{}", escape_text(&e.location)));
        }
        if let Some(url) = e.url.as_deref().filter(|u| !u.is_empty()) {
            // A URI is not TEXT: no escaping, but no control characters either.
            let url: String = url.chars().filter(|c| !c.is_control()).collect();
            put(format!("URL:{url}"));
        }
        put(format!("LAST-MODIFIED:{}", utc(e.last_modified)));
        put("END:VEVENT".to_owned());
    }
    put("END:VCALENDAR".to_owned());
    out
}

/// `20251124T060000Z`: the instant in UTC, to the second.
fn utc(t: OffsetDateTime) -> String {
    let t = t.to_offset(UtcOffset::UTC);
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks escaped;
/// a line break of any kind (CRLF, CR, LF) becomes `\n`; other control
/// characters (which TEXT may not hold, except tab) are dropped.
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded (RFC 5545 §3.1): at most 75 octets per physical
/// line, the continuation lines starting with a space (which counts), each
/// ended by CRLF, and never a break inside a character.
fn fold_into(out: &mut String, line: &str) {
    const LIMIT: usize = 75;
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > LIMIT {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(unix: i64) -> OffsetDateTime {
        OffsetDateTime::from_unix_timestamp(unix).expect("a valid instant")
    }

    #[test]
    fn escapes_every_special_character() {
        assert_eq!(escape_text(r"a\b;c,d"), r"a\\b\;c\,d");
        assert_eq!(
            escape_text("one\ntwo\r\nthree\rfour"),
            r"one\ntwo\nthree\nfour"
        );
        assert_eq!(escape_text("bell\u{7}tab\t"), "belltab\t");
    }

    #[test]
    fn folds_on_character_boundaries_at_75_octets() {
        let mut out = String::new();
        let line = format!("DESCRIPTION:{}", "ә".repeat(100));
        fold_into(&mut out, &line);
        for physical in out.split_terminator("\r\n") {
            assert!(
                physical.len() <= 75,
                "{} octets: {physical}",
                physical.len()
            );
        }
        assert!(out.ends_with("\r\n"));
        assert_eq!(out.replace("\r\n ", "").trim_end(), line);
    }

    #[test]
    fn times_are_utc() {
        // 2025-11-24 10:00 in Baku (UTC+4) is 06:00 UTC.
        let baku = UtcOffset::from_hms(4, 0, 0).expect("an offset");
        let t = at(1_763_964_000).to_offset(baku);
        assert_eq!(t.hour(), 10);
        assert_eq!(utc(t), "20251124T060000Z");
    }

    #[test]
    fn an_empty_programme_is_still_a_calendar() {
        let ics = icalendar("Forum", &[]);
        assert_eq!(
            ics,
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Birlik//Forums//EN\r\nCALSCALE:GREGORIAN\r\n\
             METHOD:PUBLISH\r\nX-WR-CALNAME:Forum\r\nEND:VCALENDAR\r\n"
        );
    }
}
