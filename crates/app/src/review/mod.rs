//! An organization's way onto the platform: applying with evidence, the
//! coordinators' decisions (verify, reject, suspend, reinstate) and the
//! applicant's resubmission, editing the profile, inviting co-editors.

mod mail;

use crate::accounts::links::LinkAudit;
use crate::{App, Error, Mailbag, Result, SignedIn, authorize};
use domain::{Action, Decision, ReasonProblem, VerificationState, transition};

/// How long an invitation to edit an organization stays valid.
pub const INVITE_TTL: i64 = 7 * 24 * 3600;

fn no_application() -> Error {
    Error::NotFound("There is no application for this organization.".into())
}

/// The organization's review, or 404.
pub async fn review(app: &App, org: &str) -> Result<store::Review> {
    app.store().review(org).await?.ok_or_else(no_application)
}

/// Why a decision was not taken.
#[derive(Debug, thiserror::Error)]
pub enum DecideError {
    /// The reason is missing or too long (a form says so beside the field).
    #[error("{0}")]
    Reason(ReasonProblem),
    #[error(transparent)]
    Other(#[from] Error),
}

impl From<store::StoreError> for DecideError {
    fn from(e: store::StoreError) -> Self {
        Self::Other(e.into())
    }
}

impl From<domain::Denied> for DecideError {
    fn from(e: domain::Denied) -> Self {
        Self::Other(e.into())
    }
}

/// A decision on an organization's verification, by its country's
/// coordinator or the secretariat (or a resubmission by its editors):
/// checks permission, the state machine and the reason, records the
/// decision, shows a published record on this node at once and mails the
/// applicant. The pages and the API both decide through here.
pub async fn decide(
    app: &App,
    who: Option<&SignedIn>,
    org: &str,
    decision: Decision,
    reason: &str,
) -> Result<VerificationState, DecideError> {
    let review = review(app, org).await?;
    let (country, id) = (review.country, review.org_id.clone());
    let me = if decision == Decision::Resubmit {
        authorize(
            who,
            Action::EditOrganization {
                org: &id,
                country: Some(country),
            },
        )?
    } else {
        authorize(who, Action::ReviewOrganization { country })?
    };
    let to = transition(review.state, decision).map_err(|e| Error::Conflict(e.to_string()))?;
    let reason = reason.trim();
    decision.check_reason(reason).map_err(DecideError::Reason)?;
    // The applicant's mail commits with the decision, or neither does.
    let now = app.now();
    let mut messages = Vec::new();
    if let Some(applicant) = review.applicant_id
        && let Some(account) = app.store().account(applicant).await?
    {
        let name = review.proposal.display_name();
        messages = mail::decided(app, &account, &id, name, to, reason);
    }
    let bag = Mailbag::new(messages, now).map_err(Error::from)?;
    let published = app
        .store()
        .decide(
            review.org_id.as_str(),
            review.state,
            to,
            reason,
            me.actorship(),
            &bag.jobs(),
            now,
        )
        .await?
        .map_err(|conflict| Error::Conflict(conflict.to_string()))?;
    app.wake().wake();
    if let Some(record) = &published {
        app.apply_local(record);
    }
    Ok(to)
}

/// Files an application to list a new organization (any member may), with
/// its registry identifier and the stored name of its evidence document,
/// and tells the applicant and the country's coordinators.
pub async fn file_application(
    app: &App,
    who: Option<&SignedIn>,
    record: &domain::Record,
    registry: &domain::RegistryId,
    evidence_file: &str,
) -> Result<()> {
    let me = authorize(who, Action::ApplyForOrganization)?;
    let now = app.now();
    let bag = Mailbag::new(announcement(app, &me.account, record, registry).await?, now)?;
    app.store()
        .create_application(
            record,
            registry,
            evidence_file,
            me.actorship(),
            &bag.jobs(),
            now,
        )
        .await?
        .map_err(|conflict| Error::Conflict(conflict.to_string()))?;
    app.wake().wake();
    Ok(())
}

/// Whether `country` has a coordinator of its own; without one, the
/// secretariat reviews its applications.
pub async fn has_coordinator(app: &App, country: domain::CountryCode) -> Result<bool> {
    Ok(!app
        .store()
        .role_holders(&domain::Role::Coordinator(country))
        .await?
        .is_empty())
}

/// The other organizations (pending, verified or suspended) filed with the
/// registry identifier of `review`: a second application for a registered
/// organization, which its applicant and the coordinator are shown.
pub async fn registry_matches(
    app: &App,
    review: &store::Review,
) -> Result<Vec<store::RegistryMatch>> {
    Ok(app
        .store()
        .registry_matches(
            &review.registry_scheme,
            &review.registry_value,
            review.country,
            review.org_id.as_str(),
        )
        .await?)
}

/// The mail to an application's applicant (it was received, and who
/// reviews it) and to its country's coordinators (there is one to review),
/// each in their own language.
async fn announcement(
    app: &App,
    applicant: &store::Account,
    record: &domain::Record,
    registry: &domain::RegistryId,
) -> Result<Vec<::mail::Message>> {
    let (coordinators, taken) = match record.country {
        Some(country) => (
            app.store()
                .role_holders(&domain::Role::Coordinator(country))
                .await?,
            app.store()
                .registry_matches(
                    registry.scheme,
                    &registry.value,
                    country,
                    record.id.as_str(),
                )
                .await?,
        ),
        None => (Vec::new(), Vec::new()),
    };
    let mut messages = vec![mail::applied(
        app,
        applicant,
        record,
        !coordinators.is_empty(),
    )];
    for holder in coordinators {
        messages.push(mail::to_coordinator(
            app,
            &holder.email,
            &holder.locale,
            record,
            &taken,
        ));
    }
    Ok(messages)
}

/// Invites `email` to edit `org` (its editors, its country's coordinator
/// or the secretariat may): records who invited whom and mails the link.
pub async fn invite_editor(
    app: &App,
    who: Option<&SignedIn>,
    org: &domain::Record,
    email: &domain::Email,
    lang: &str,
) -> Result<()> {
    let me = authorize(
        who,
        Action::InviteEditor {
            org: &org.id,
            country: org.country,
        },
    )?;
    let audit = LinkAudit {
        actor: me.actorship(),
        action: store::AuditAction::OrgInvite,
        target: format!("org:{}", org.id),
        after: Some(serde_json::json!({"email": email.as_str()}).to_string()),
    };
    let letter = crate::letters::Letter::new(lang, app.public_url());
    crate::accounts::links::send_link(
        app,
        &letter,
        crate::accounts::links::MailedLink {
            purpose: store::TokenPurpose::Invite,
            account_id: None,
            email: email.as_str(),
            subject: org.id.as_str(),
            created_by: Some(me.account.id),
            ttl: INVITE_TTL,
            path: "/invites/accept",
            mail_subject: letter.t1("mail-invite-subject", "name", org.display_name()),
            intro: letter.t1("mail-invite-body", "name", org.display_name()),
        },
        Some(audit),
    )
    .await
}
