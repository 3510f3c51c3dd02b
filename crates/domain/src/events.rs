//! Forums: events as a tree (a forum, its legs per city and day, their
//! sessions), registrations with seats, offers and a waitlist, and the one
//! rule that decides who gets a freed seat ([`plan_offers`]).
//!
//! Seats are counted by the store under the event's lock; what to do with
//! the counts is decided here, without I/O, so the rule has its table test.

use crate::CountryCode;
use std::collections::BTreeMap;

/// Where an event sits in a forum's tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventKind {
    /// The whole gathering (the Solidarity Forum, 23–26 November 2025).
    Forum,
    /// One city and day of it (Baku, 24 November).
    Leg,
    /// A ceremony, panel, bilateral forum, site visit or cultural programme.
    Session,
}

impl EventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Forum => "forum",
            Self::Leg => "leg",
            Self::Session => "session",
        }
    }

    /// People register for it: a forum, or a session with seats (`capacity`).
    pub fn takes_registrations(self, capacity: Option<u64>) -> bool {
        match self {
            Self::Forum => true,
            Self::Session => capacity.is_some(),
            Self::Leg => false,
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "forum" => Some(Self::Forum),
            "leg" => Some(Self::Leg),
            "session" => Some(Self::Session),
            _ => None,
        }
    }
}

/// What kind of session it is (shown as a label, and chosen by in filters).
pub const SESSION_FORMATS: &[&str] = &[
    "ceremony",
    "panel",
    "bilateral",
    "visit",
    "cultural",
    "meetings",
];

/// A person's registration for one event, from asking to attending.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum RegistrationState {
    /// Waits for the organizers' approval; holds a seat meanwhile.
    Pending,
    /// Holds a seat.
    Confirmed,
    /// A freed seat is held for this person until the offer expires.
    Offered,
    /// Waits, in order, for a seat.
    Waitlisted,
    /// Given up by the participant (or by the organizers).
    Cancelled,
    /// An offer the participant declined.
    Declined,
    /// An offer left unanswered until it expired.
    Expired,
    /// Not approved by the organizers.
    Refused,
}

impl RegistrationState {
    pub const ALL: [Self; 8] = [
        Self::Pending,
        Self::Confirmed,
        Self::Offered,
        Self::Waitlisted,
        Self::Cancelled,
        Self::Declined,
        Self::Expired,
        Self::Refused,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Confirmed => "confirmed",
            Self::Offered => "offered",
            Self::Waitlisted => "waitlisted",
            Self::Cancelled => "cancelled",
            Self::Declined => "declined",
            Self::Expired => "expired",
            Self::Refused => "refused",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == raw)
    }

    /// Holds one of the event's seats (an offer only until it expires:
    /// the store expires lapsed offers before it counts).
    pub fn holds_seat(self) -> bool {
        matches!(self, Self::Pending | Self::Confirmed | Self::Offered)
    }

    /// Still in the running: holds a seat or waits for one.
    pub fn is_active(self) -> bool {
        self.holds_seat() || self == Self::Waitlisted
    }

    /// The participant may still give it up.
    pub fn can_cancel(self) -> bool {
        self.is_active()
    }
}

/// How long a freed seat is held for the next person on the waitlist.
pub const OFFER_HOURS: i64 = 48;

/// When an offer made at `now` expires: after [`OFFER_HOURS`], and never
/// after the event starts. `None` when it is too late to offer (the event
/// has started, or starts within the hour: no one could answer in time).
pub fn offer_deadline(now: i64, starts_at: i64) -> Option<i64> {
    const LAST_HOUR: i64 = 3600;
    if now >= starts_at - LAST_HOUR {
        return None;
    }
    Some((now + OFFER_HOURS * 3600).min(starts_at - LAST_HOUR))
}

/// The seats of one event as counted under its lock.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Seats {
    /// `None`: no limit.
    pub capacity: Option<u64>,
    /// At most this many seats per country delegation, where set.
    pub quotas: BTreeMap<CountryCode, u64>,
    /// Seats held (pending, confirmed, live offers), per delegation.
    pub held: BTreeMap<CountryCode, u64>,
}

impl Seats {
    pub fn held_total(&self) -> u64 {
        self.held.values().sum()
    }

    /// Seats nobody holds (`u64::MAX` without a limit).
    pub fn free(&self) -> u64 {
        self.capacity
            .map_or(u64::MAX, |c| c.saturating_sub(self.held_total()))
    }

    /// One more seat could go to someone of `delegation`.
    pub fn has_room_for(&self, delegation: CountryCode) -> bool {
        let within_quota = self
            .quotas
            .get(&delegation)
            .is_none_or(|quota| self.held.get(&delegation).copied().unwrap_or(0) < *quota);
        self.free() > 0 && within_quota
    }

    pub fn take(&mut self, delegation: CountryCode) {
        *self.held.entry(delegation).or_default() += 1;
    }
}

/// Which waitlisted registrations get an offer now: in waitlist order, each
/// one whose delegation still has room, while seats are free. A person
/// whose delegation's quota is full keeps their place without blocking
/// those behind them from other delegations.
pub fn plan_offers<Id: Copy>(seats: &Seats, waitlist: &[(Id, CountryCode)]) -> Vec<Id> {
    let mut seats = seats.clone();
    let mut offers = Vec::new();
    for &(id, delegation) in waitlist {
        if seats.free() == 0 {
            break;
        }
        if seats.has_room_for(delegation) {
            seats.take(delegation);
            offers.push(id);
        }
    }
    offers
}

/// Where a new registration goes, after the freed seats went to the
/// waitlist ([`plan_offers`]): a seat when one is free for its delegation
/// (so nobody eligible is waiting), else the end of the waitlist.
pub fn place(seats: &Seats, delegation: CountryCode, needs_approval: bool) -> RegistrationState {
    match (seats.has_room_for(delegation), needs_approval) {
        (false, _) => RegistrationState::Waitlisted,
        (true, true) => RegistrationState::Pending,
        (true, false) => RegistrationState::Confirmed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(code: &str) -> CountryCode {
        CountryCode::parse(code).unwrap()
    }

    fn seats(capacity: Option<u64>, held: &[(&str, u64)], quotas: &[(&str, u64)]) -> Seats {
        Seats {
            capacity,
            quotas: quotas.iter().map(|(k, v)| (c(k), *v)).collect(),
            held: held.iter().map(|(k, v)| (c(k), *v)).collect(),
        }
    }

    #[test]
    fn freed_seats_go_to_the_waitlist_in_order_past_full_delegations() {
        let waitlist = [(1, c("AZ")), (2, c("AZ")), (3, c("KZ")), (4, c("TR"))];
        // 10 seats, 8 held: two free.
        let open = seats(Some(10), &[("AZ", 4), ("KZ", 4)], &[]);
        assert_eq!(plan_offers(&open, &waitlist), vec![1, 2]);
        // Azerbaijan's quota is full: its people keep their places, others pass.
        let quota = seats(Some(10), &[("AZ", 4), ("KZ", 4)], &[("AZ", 4)]);
        assert_eq!(plan_offers(&quota, &waitlist), vec![3, 4]);
        // One free seat, quota with one left: the first AZ only.
        let one = seats(Some(9), &[("AZ", 4), ("KZ", 4)], &[("AZ", 5)]);
        assert_eq!(plan_offers(&one, &waitlist), vec![1]);
        // Full: nobody.
        let full = seats(Some(8), &[("AZ", 4), ("KZ", 4)], &[]);
        assert!(plan_offers(&full, &waitlist).is_empty());
        // Over-full after the organizers lowered the capacity: nobody.
        let over = seats(Some(5), &[("AZ", 4), ("KZ", 4)], &[]);
        assert!(plan_offers(&over, &waitlist).is_empty());
        // No limit: everyone.
        let unlimited = seats(None, &[("AZ", 400)], &[]);
        assert_eq!(plan_offers(&unlimited, &waitlist), vec![1, 2, 3, 4]);
    }

    #[test]
    fn a_new_registration_takes_a_free_seat_or_waits() {
        let free = seats(Some(2), &[("AZ", 1)], &[]);
        assert_eq!(place(&free, c("KZ"), false), RegistrationState::Confirmed);
        assert_eq!(place(&free, c("KZ"), true), RegistrationState::Pending);
        let full = seats(Some(2), &[("AZ", 2)], &[]);
        assert_eq!(place(&full, c("KZ"), false), RegistrationState::Waitlisted);
        let quota = seats(Some(10), &[("AZ", 2)], &[("AZ", 2)]);
        assert_eq!(place(&quota, c("AZ"), false), RegistrationState::Waitlisted);
        assert_eq!(place(&quota, c("KZ"), false), RegistrationState::Confirmed);
        // A quota of zero: that delegation waits.
        let closed = seats(Some(10), &[], &[("TM", 0)]);
        assert_eq!(
            place(&closed, c("TM"), false),
            RegistrationState::Waitlisted
        );
    }

    #[test]
    fn offers_expire_in_two_days_and_never_after_the_start() {
        let day = 86_400;
        assert_eq!(offer_deadline(0, 10 * day), Some(2 * day));
        // The event starts tomorrow: the offer lasts until an hour before.
        assert_eq!(offer_deadline(0, day), Some(day - 3600));
        // Started, or about to: no offer.
        assert_eq!(offer_deadline(day, day), None);
        assert_eq!(offer_deadline(day - 1800, day), None);
    }

    #[test]
    fn states_round_trip_and_say_what_they_hold() {
        for state in RegistrationState::ALL {
            assert_eq!(RegistrationState::parse(state.as_str()), Some(state));
        }
        let holding: Vec<_> = RegistrationState::ALL
            .into_iter()
            .filter(|s| s.holds_seat())
            .collect();
        assert_eq!(
            holding,
            [
                RegistrationState::Pending,
                RegistrationState::Confirmed,
                RegistrationState::Offered
            ]
        );
        assert!(RegistrationState::Waitlisted.is_active());
        assert!(!RegistrationState::Expired.is_active());
        assert_eq!(EventKind::parse("leg"), Some(EventKind::Leg));
    }
}

/// The venue time zones the platform knows: the member states' capitals
/// and the observers'. Most keep one offset all year; Budapest follows the
/// EU's summer time.
pub const TIME_ZONES: &[&str] = &[
    "Asia/Baku",
    "Europe/Istanbul",
    "Asia/Tashkent",
    "Asia/Almaty",
    "Asia/Bishkek",
    "Asia/Ashgabat",
    "Europe/Budapest",
    "Asia/Nicosia",
    "Asia/Famagusta",
    "UTC",
];

/// The offset from UTC, in seconds, of `zone` at Unix time `at`; `None`
/// for a zone this list does not know.
pub fn utc_offset(zone: &str, at: i64) -> Option<i32> {
    const H: i32 = 3600;
    Some(match zone {
        "UTC" => 0,
        "Europe/Istanbul" | "Asia/Famagusta" => 3 * H,
        "Asia/Baku" => 4 * H,
        // Kazakhstan moved to one zone, UTC+5, on 1 March 2024.
        "Asia/Almaty" if at < 1_709_229_600 => 6 * H,
        "Asia/Tashkent" | "Asia/Almaty" | "Asia/Ashgabat" => 5 * H,
        "Asia/Bishkek" => 6 * H,
        "Europe/Budapest" => H + if eu_summer_time(at) { H } else { 0 },
        "Asia/Nicosia" => 2 * H + if eu_summer_time(at) { H } else { 0 },
        _ => return None,
    })
}

/// The EU's summer time: from 01:00 UTC on the last Sunday of March to
/// 01:00 UTC on the last Sunday of October.
fn eu_summer_time(at: i64) -> bool {
    let Ok(t) = time::OffsetDateTime::from_unix_timestamp(at) else {
        return false;
    };
    let last_sunday_at_one = |month: time::Month| {
        let days = time::util::days_in_month(month, t.year());
        let last = time::Date::from_calendar_date(t.year(), month, days).ok()?;
        let back = i64::from(last.weekday().number_days_from_sunday());
        Some(
            (last - time::Duration::days(back))
                .midnight()
                .assume_utc()
                .unix_timestamp()
                + 3600,
        )
    };
    match (
        last_sunday_at_one(time::Month::March),
        last_sunday_at_one(time::Month::October),
    ) {
        (Some(start), Some(end)) => (start..end).contains(&at),
        _ => false,
    }
}

/// Unix time `at` as the venue's wall clock: (year, month, day, hour, minute).
pub fn wall_clock(zone: &str, at: i64) -> Option<(i32, u8, u8, u8, u8)> {
    let offset = utc_offset(zone, at)?;
    let t = time::OffsetDateTime::from_unix_timestamp(at + i64::from(offset)).ok()?;
    Some((t.year(), t.month().into(), t.day(), t.hour(), t.minute()))
}

/// The Unix time of a wall-clock time at the venue (`2025-11-24 10:00` in
/// `Asia/Baku`).
pub fn from_wall_clock(
    zone: &str,
    year: i32,
    month: u8,
    day: u8,
    hour: u8,
    minute: u8,
) -> Option<i64> {
    let month = time::Month::try_from(month).ok()?;
    let date = time::Date::from_calendar_date(year, month, day).ok()?;
    let naive = date
        .with_hms(hour, minute, 0)
        .ok()?
        .assume_utc()
        .unix_timestamp();
    // The offset at the naive instant is the offset at the real one except
    // within an hour of a change, where the later reading wins.
    let offset = utc_offset(zone, naive)?;
    Some(naive - i64::from(offset))
}

#[cfg(test)]
mod zone_tests {
    use super::*;

    #[test]
    fn venue_clocks() {
        // 24 November 2025, 10:00 in Baku is 06:00 UTC.
        let opening = from_wall_clock("Asia/Baku", 2025, 11, 24, 10, 0).unwrap();
        assert_eq!(opening, 1_763_964_000);
        assert_eq!(
            wall_clock("Asia/Baku", opening),
            Some((2025, 11, 24, 10, 0))
        );
        assert_eq!(utc_offset("Asia/Almaty", opening), Some(5 * 3600));
        assert_eq!(utc_offset("Asia/Almaty", 1_700_000_000), Some(6 * 3600));
        // Budapest: winter +1, summer +2 (1 July 2025).
        assert_eq!(utc_offset("Europe/Budapest", opening), Some(3600));
        assert_eq!(utc_offset("Europe/Budapest", 1_751_328_000), Some(7200));
        // The change on 30 March 2025 at 01:00 UTC.
        assert_eq!(utc_offset("Europe/Budapest", 1_743_296_399), Some(3600));
        assert_eq!(utc_offset("Europe/Budapest", 1_743_296_400), Some(7200));
        assert_eq!(utc_offset("Mars/Olympus", opening), None);
        for zone in TIME_ZONES {
            assert!(utc_offset(zone, opening).is_some(), "{zone}");
        }
    }
}

/// The longest title of a forum, leg or session.
pub const MAX_EVENT_TITLE_CHARS: usize = 300;
/// The longest description.
pub const MAX_EVENT_DESCRIPTION_CHARS: usize = 5_000;
/// The most seats an event can have.
pub const MAX_SEATS: usize = 100_000;

/// One language's title and description of an event, as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EventTextInput {
    pub lang: String,
    pub title: String,
    pub description: String,
}

/// Checks an event's translation set: the original language has a title;
/// a language with a description has a title; titles are one line; no
/// control characters; nothing too long. Languages left blank are missing
/// translations, not errors. Fields are named `title_<lang>` and
/// `description_<lang>`.
pub fn check_event_texts(
    original_lang: &str,
    texts: &[EventTextInput],
) -> Result<(), crate::ValidationErrors> {
    use crate::{FieldError, Problem};
    let mut errors = Vec::new();
    let controls = |s: &str, newlines: bool| {
        s.chars()
            .any(|c| c.is_control() && !(newlines && (c == '\n' || c == '\r' || c == '\t')))
    };
    for t in texts {
        let (title, description) = (t.title.trim(), t.description.trim());
        let title_field = format!("title_{}", t.lang);
        let description_field = format!("description_{}", t.lang);
        if title.is_empty() && (t.lang == original_lang || !description.is_empty()) {
            errors.push(FieldError::new(&title_field, Problem::Missing));
        }
        if title.contains(['\n', '\r']) {
            errors.push(FieldError::new(&title_field, Problem::NotOneLine));
        } else if controls(title, false) {
            errors.push(FieldError::new(&title_field, Problem::ControlCharacters));
        }
        if title.chars().count() > MAX_EVENT_TITLE_CHARS {
            errors.push(FieldError::new(
                &title_field,
                Problem::TooLong {
                    max: MAX_EVENT_TITLE_CHARS,
                },
            ));
        }
        if controls(description, true) {
            errors.push(FieldError::new(
                &description_field,
                Problem::ControlCharacters,
            ));
        }
        if description.chars().count() > MAX_EVENT_DESCRIPTION_CHARS {
            errors.push(FieldError::new(
                &description_field,
                Problem::TooLong {
                    max: MAX_EVENT_DESCRIPTION_CHARS,
                },
            ));
        }
    }
    if !texts.iter().any(|t| t.lang == original_lang) {
        errors.push(FieldError::new(
            "original_lang",
            Problem::NotALanguageChoice,
        ));
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(crate::ValidationErrors(errors))
    }
}

/// A wall-clock time typed in the venue's zone (`2027-06-10T09:30`, as a
/// `datetime-local` field sends it; a space for the `T` too) as UTC seconds.
pub fn parse_wall_clock(zone: &str, raw: &str) -> Result<i64, crate::Problem> {
    let bad = || crate::Problem::NotALocalTime {
        example: "2027-06-10 09:30".into(),
    };
    let raw = raw.trim();
    let (date, time) = raw.split_once(['T', ' ']).ok_or_else(bad)?;
    let mut d = date.split('-');
    let mut t = time.split(':');
    let (Some(y), Some(m), Some(day), None) = (d.next(), d.next(), d.next(), d.next()) else {
        return Err(bad());
    };
    let (Some(h), Some(min)) = (t.next(), t.next()) else {
        return Err(bad());
    };
    let number = |s: &str| -> Result<u32, crate::Problem> {
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        s.parse().map_err(|_| bad())
    };
    let year = i32::try_from(number(y)?).map_err(|_| bad())?;
    if !(1900..=2200).contains(&year) {
        return Err(bad());
    }
    let small = |s: &str| u8::try_from(number(s)?).map_err(|_| bad());
    from_wall_clock(zone, year, small(m)?, small(day)?, small(h)?, small(min)?).ok_or_else(bad)
}

#[cfg(test)]
mod edit_tests {
    use super::*;

    fn text(lang: &str, title: &str, description: &str) -> EventTextInput {
        EventTextInput {
            lang: lang.into(),
            title: title.into(),
            description: description.into(),
        }
    }

    #[test]
    fn the_original_needs_a_title_and_blank_languages_are_missing_not_wrong() {
        assert!(check_event_texts("az", &[text("az", "Açılış", ""), text("kk", "", "")]).is_ok());
        let e = check_event_texts("az", &[text("az", " ", "x"), text("ru", "", "Описание")])
            .unwrap_err();
        let fields: Vec<&str> = e.0.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["title_az", "title_ru"]);
        let e = check_event_texts("en", &[text("en", "A\nB", "\u{7}")]).unwrap_err();
        let problems: Vec<_> = e.0.iter().map(|f| f.problem.key()).collect();
        assert_eq!(
            problems,
            ["problem-not-one-line", "problem-control-characters"]
        );
        assert!(check_event_texts("en", &[text("en", &"x".repeat(301), "")]).is_err());
        assert!(
            check_event_texts("tk", &[text("en", "Opening", "")]).is_err(),
            "no original"
        );
    }

    #[test]
    fn wall_clock_times_are_read_in_the_venues_zone() {
        // 09:30 in Baku (UTC+4) is 05:30 UTC.
        let at = parse_wall_clock("Asia/Baku", "2027-06-10T09:30").unwrap();
        assert_eq!(wall_clock("UTC", at), Some((2027, 6, 10, 5, 30)));
        assert_eq!(parse_wall_clock("Asia/Baku", "2027-06-10 09:30"), Ok(at));
        for bad in [
            "",
            "2027-06-10",
            "10.06.2027 09:30",
            "2027-13-01T09:30",
            "2027-06-10T25:00",
            "+2027-06-10T09:30",
        ] {
            assert!(parse_wall_clock("Asia/Baku", bad).is_err(), "{bad}");
        }
    }
}
