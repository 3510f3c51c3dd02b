//! The meetings' mail, each in its recipient's language, linking the
//! forum's meetings page.

use crate::letters::{Letter, encode};
use locale::messages::{Arg, message};
use store::Meeting;

/// What happened to a meeting, as the other side is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Told {
    Requested,
    Accepted,
    Declined,
    Cancelled,
    Rescheduled,
    Expired,
}

impl Told {
    fn keys(self) -> (&'static str, &'static str) {
        match self {
            Self::Requested => (
                "mail-meeting-requested-subject",
                "mail-meeting-requested-body",
            ),
            Self::Accepted => (
                "mail-meeting-accepted-subject",
                "mail-meeting-accepted-body",
            ),
            Self::Declined => (
                "mail-meeting-declined-subject",
                "mail-meeting-declined-body",
            ),
            Self::Cancelled => (
                "mail-meeting-cancelled-subject",
                "mail-meeting-cancelled-body",
            ),
            Self::Rescheduled => (
                "mail-meeting-rescheduled-subject",
                "mail-meeting-rescheduled-body",
            ),
            Self::Expired => ("mail-meeting-expired-subject", "mail-meeting-expired-body"),
        }
    }
}

/// Who is told, and in which language.
pub(crate) struct To<'a> {
    pub email: &'a str,
    pub locale: &'a str,
}

/// What the mail names: the forum, the other organization and person, and
/// the slot (on the venue's clock) and table when booked.
pub(crate) struct About<'a> {
    pub forum_title: &'a str,
    pub time_zone: &'a str,
    pub other_org: &'a str,
    pub other_person: &'a str,
}

pub(crate) fn told(
    public_url: &str,
    to: To<'_>,
    about: &About<'_>,
    meeting: &Meeting,
    what: Told,
) -> mail::Message {
    let letter = Letter::new(to.locale, public_url);
    let lang = letter.lang();
    let when = meeting
        .slot_start
        .map(|s| crate::events::venue_time(about.time_zone, s))
        .unwrap_or_default();
    let args = [
        ("forum", Arg::from(about.forum_title.to_owned())),
        ("org", Arg::from(about.other_org.to_owned())),
        ("person", Arg::from(about.other_person.to_owned())),
        ("when", Arg::from(when)),
        ("table", Arg::from(meeting.table_no.unwrap_or(0))),
    ];
    let (subject, body) = what.keys();
    let mut text = message(lang, body, &args);
    if what == Told::Requested && !meeting.message.is_empty() {
        text.push_str("\n\n");
        text.push_str(&meeting.message);
    }
    let link = letter.link(&format!("/forums/{}/meetings", encode(&meeting.forum_id)));
    letter.message(
        to.email,
        message(lang, subject, &args),
        format!("{text}\n\n{link}\n"),
    )
}
