//! The forums' mail, each in its recipient's language, with a link to the
//! participant's own page of the forum; a seat at the forum comes with the
//! check-in code, typed and as a QR code (PNG attached).

use crate::letters::{Letter, encode};
use domain::RegistrationState;
use locale::messages::{Arg, message};
use store::{LockedEvent, Registration};

/// What a participant is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Notice<'a> {
    /// Where a registration went: a seat, approval, or the waitlist.
    Placed,
    /// A freed seat is held for them until `until`.
    Offered { until: i64 },
    /// The offer was not answered in time.
    OfferExpired,
    /// The organizers approved a pending registration.
    Approved,
    /// Given up (by them or by the organizers), or refused.
    Ended,
    /// The organizers moved them here from the session titled `from`.
    Moved { from: &'a str },
}

/// `at` on the venue's clock, as `2025-11-24 18:00 (Asia/Baku)`.
pub fn venue_time(zone: &str, at: i64) -> String {
    match domain::wall_clock(zone, at) {
        Some((y, m, d, h, min)) => format!("{y:04}-{m:02}-{d:02} {h:02}:{min:02} ({zone})"),
        None => format!("{at} (UTC)"),
    }
}

/// Who a notice goes to: their address and language.
pub(crate) struct Recipient<'a> {
    pub email: &'a str,
    pub locale: &'a str,
}

pub(crate) fn notice(
    recipient: Recipient<'_>,
    public_url: &str,
    title: &str,
    event: &LockedEvent,
    registration: &Registration,
    notice: Notice<'_>,
    checkin_code: Option<&str>,
) -> mail::Message {
    let Recipient { email: to, locale } = recipient;
    let letter = Letter::new(locale, public_url);
    let lang = letter.lang();
    let link = letter.link(&format!("/forums/{}/me", encode(&event.forum_id)));
    let t = |key: &str, args: &[(&'static str, Arg<'_>)]| message(lang, key, args);
    let event_arg = || Arg::from(title.to_owned());
    let (subject, body) = match (notice, registration.state) {
        (Notice::Offered { until }, _) => (
            t("mail-offer-subject", &[("event", event_arg())]),
            t(
                "mail-offer-body",
                &[
                    ("event", event_arg()),
                    ("until", Arg::from(venue_time(&event.time_zone, until))),
                ],
            ),
        ),
        (Notice::Moved { from }, _) => (
            t("mail-moved-subject", &[("event", event_arg())]),
            t(
                "mail-moved-body",
                &[("event", event_arg()), ("from", Arg::from(from.to_owned()))],
            ),
        ),
        (Notice::OfferExpired, _) => (
            t("mail-offer-expired-subject", &[("event", event_arg())]),
            t("mail-offer-expired-body", &[("event", event_arg())]),
        ),
        (Notice::Ended, RegistrationState::Refused) => (
            t("mail-refused-subject", &[("event", event_arg())]),
            t("mail-refused-body", &[("event", event_arg())]),
        ),
        (Notice::Ended, _) => (
            t("mail-cancelled-subject", &[("event", event_arg())]),
            t("mail-cancelled-body", &[("event", event_arg())]),
        ),
        (_, RegistrationState::Waitlisted) => (
            t("mail-waitlisted-subject", &[("event", event_arg())]),
            t("mail-waitlisted-body", &[("event", event_arg())]),
        ),
        (_, RegistrationState::Pending) => (
            t("mail-pending-subject", &[("event", event_arg())]),
            t("mail-pending-body", &[("event", event_arg())]),
        ),
        _ => (
            t("mail-confirmed-subject", &[("event", event_arg())]),
            t("mail-confirmed-body", &[("event", event_arg())]),
        ),
    };
    let Some(code) = checkin_code else {
        return letter.message(to, subject, format!("{body}\n\n{link}\n"));
    };
    let about_code = t("mail-checkin-code", &[("code", Arg::from(code.to_owned()))]);
    let mut message = letter.message(to, subject, format!("{body}\n\n{link}\n\n{about_code}\n"));
    // The same code as a picture to show at the door; without it (a code
    // too long for a QR code cannot happen) the typed code still works.
    if let Ok(png) = documents::qr_png(code) {
        message.attachments.push(mail::Attachment {
            filename: format!("checkin-{}.png", registration.id),
            content_type: "image/png".into(),
            data: png,
        });
    }
    message
}
