//! The mail of the review workflow, each in its recipient's language.

use crate::App;
use crate::letters::{Letter, encode};
use domain::{EntityId, Record, VerificationState};

/// To the applicant: where their application stands now. Each mail has a
/// subject of its own (the decision; the coordinator's note), and a
/// verified organization's mail links its public profile.
pub fn decided(
    app: &App,
    applicant: &store::Account,
    org: &EntityId,
    name: &str,
    to: VerificationState,
    reason: &str,
) -> Vec<mail::Message> {
    let letter = Letter::new(&applicant.locale, app.public_url());
    let (subject, body) = match to {
        VerificationState::Verified => ("mail-verified-subject", "mail-verified-body"),
        VerificationState::Rejected => ("mail-rejected-subject", "mail-rejected-body"),
        VerificationState::Suspended => ("mail-suspended-subject", "mail-suspended-body"),
        VerificationState::Pending => ("mail-resubmitted-subject", "mail-resubmitted-body"),
    };
    let link = if to == VerificationState::Verified {
        profile_link(&letter, org)
    } else {
        review_link(&letter, org)
    };
    let mut messages = vec![status(
        &letter,
        &applicant.email,
        name,
        subject,
        body,
        &link,
    )];
    if !reason.is_empty() {
        messages.push(letter.message(
            &applicant.email,
            letter.t1("mail-reason-subject", "name", name),
            format!("{}\n\n{reason}\n", letter.t("mail-reason")),
        ));
    }
    messages
}

/// To the applicant: the application was received, and who reviews it
/// (its country's coordinator, or the secretariat where there is none).
pub fn applied(
    app: &App,
    applicant: &store::Account,
    record: &Record,
    has_coordinator: bool,
) -> mail::Message {
    let letter = Letter::new(&applicant.locale, app.public_url());
    let name = record.display_name();
    let country = record.country.map(|c| c.name(letter.lang())).unwrap_or("");
    let next = if has_coordinator {
        letter.t1("mail-applied-coordinator", "country", country)
    } else {
        letter.t1("mail-applied-secretariat", "country", country)
    };
    let link = review_link(&letter, &record.id);
    letter.message(
        &applicant.email,
        letter.t1("mail-applied-subject", "name", name),
        format!(
            "{}\n\n{next}\n\n{link}\n",
            letter.t1("mail-applied-body", "name", name),
        ),
    )
}

/// To a coordinator of the applicant's country: there is one to review,
/// and which organizations already hold its registry number.
pub fn to_coordinator(
    app: &App,
    to: &str,
    lang: &str,
    record: &Record,
    same_registry: &[store::RegistryMatch],
) -> mail::Message {
    let letter = Letter::new(lang, app.public_url());
    let name = record.display_name();
    let link = review_link(&letter, &record.id);
    let mut body = format!(
        "{}\n\n{link}\n",
        letter.t1("mail-new-application-body", "name", name)
    );
    if !same_registry.is_empty() {
        body.push_str(&format!("\n{}\n", letter.t("mail-same-registry")));
        for m in same_registry {
            body.push_str(&format!(
                "- {} ({}): {}\n",
                m.name,
                letter.t(&format!("state-{}", m.state)),
                review_link(&letter, &m.org_id)
            ));
        }
    }
    letter.message(
        to,
        letter.t1("mail-new-application-subject", "name", name),
        body,
    )
}

fn status(
    letter: &Letter<'_>,
    to: &str,
    name: &str,
    subject_key: &str,
    body_key: &str,
    link: &str,
) -> mail::Message {
    letter.message(
        to,
        letter.t1(subject_key, "name", name),
        format!("{}\n\n{link}\n", letter.t1(body_key, "name", name)),
    )
}

/// The application's status page, in the recipient's language.
fn review_link(letter: &Letter<'_>, org: &EntityId) -> String {
    letter.link(&format!("/review/{}", encode(org.as_str())))
}

/// The organization's public profile, in the recipient's language.
fn profile_link(letter: &Letter<'_>, org: &EntityId) -> String {
    letter.link(&format!("/organizations/{}", encode(org.as_str())))
}
