//! The mail of the review workflow, each in its recipient's language.

use crate::App;
use crate::letters::{Letter, encode};
use domain::{EntityId, Record, VerificationState};

/// To the applicant: where their application stands now.
pub fn decided(
    app: &App,
    applicant: &store::Account,
    org: &EntityId,
    name: &str,
    to: VerificationState,
    reason: &str,
) -> Vec<mail::Message> {
    let letter = Letter::new(&applicant.locale, app.public_url());
    let key = match to {
        VerificationState::Verified => "mail-verified-body",
        VerificationState::Rejected => "mail-rejected-body",
        VerificationState::Suspended => "mail-suspended-body",
        VerificationState::Pending => "mail-applied-body",
    };
    let mut messages = vec![status(&letter, &applicant.email, org, name, key)];
    if !reason.is_empty() {
        messages.push(letter.message(
            &applicant.email,
            letter.t1("mail-status-subject", "name", name),
            format!("{}\n\n{reason}\n", letter.t("mail-reason")),
        ));
    }
    messages
}

/// To the applicant: the application was received.
pub fn applied(app: &App, applicant: &store::Account, record: &Record) -> mail::Message {
    let letter = Letter::new(&applicant.locale, app.public_url());
    status(
        &letter,
        &applicant.email,
        &record.id,
        record.display_name(),
        "mail-applied-body",
    )
}

/// To a coordinator of the applicant's country: there is one to review.
pub fn to_coordinator(app: &App, to: &str, lang: &str, record: &Record) -> mail::Message {
    let letter = Letter::new(lang, app.public_url());
    let name = record.display_name();
    let link = letter.link(&format!("/review/{}", encode(record.id.as_str())));
    letter.message(
        to,
        letter.t1("mail-new-application-subject", "name", name),
        format!(
            "{}\n\n{link}\n",
            letter.t1("mail-new-application-body", "name", name)
        ),
    )
}

fn status(
    letter: &Letter<'_>,
    to: &str,
    org: &EntityId,
    name: &str,
    body_key: &str,
) -> mail::Message {
    let link = letter.link(&format!("/review/{}", encode(org.as_str())));
    letter.message(
        to,
        letter.t1("mail-status-subject", "name", name),
        format!("{}\n\n{link}\n", letter.t1(body_key, "name", name)),
    )
}
