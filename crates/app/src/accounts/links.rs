//! Single-use links sent by mail: confirming an address, resetting a
//! password, accepting an invitation. The token is random, shown only in
//! the mail; the database keeps its hash.

use crate::letters::Letter;
use crate::secrets::{random_token, token_hash};
use crate::{App, Result};
use store::{NewToken, TokenPurpose};

/// How long a confirmation link works.
pub const CONFIRM_TTL: i64 = 48 * 3600;
/// How long a password-reset link works.
pub const RESET_TTL: i64 = 3600;

/// A single-use token sent by mail as a link, and what the mail says.
pub struct MailedLink<'a> {
    pub purpose: TokenPurpose,
    pub account_id: Option<i64>,
    pub email: &'a str,
    /// What the token is about (the organization of an invitation).
    pub subject: &'a str,
    pub created_by: Option<i64>,
    /// Seconds the link works.
    pub ttl: i64,
    /// The page the link opens (it carries `?token=`).
    pub path: &'a str,
    /// The mail's subject and first paragraph.
    pub mail_subject: String,
    pub intro: String,
}

/// The audit entry of a link someone sent on purpose (an invitation).
pub struct LinkAudit<'a> {
    pub actor: store::Actorship<'a>,
    pub action: store::AuditAction,
    pub target: String,
    pub after: Option<String>,
}

/// Issues the token (stored as its hash), queues the mail with its link and
/// writes `audit`, all in one transaction.
pub async fn send_link(
    app: &App,
    letter: &Letter<'_>,
    link: MailedLink<'_>,
    audit: Option<LinkAudit<'_>>,
) -> Result<()> {
    let token = random_token();
    let now = app.now();
    let url = format!("{}?token={token}", letter.link(link.path));
    let message = letter.message(
        link.email,
        link.mail_subject,
        format!("{}\n\n{url}\n\n{}\n", link.intro, letter.t("mail-ignore")),
    );
    let mut tx = app.store().begin_write().await?;
    tx.create_token(
        &NewToken {
            hash: &token_hash(&token),
            purpose: link.purpose,
            account_id: link.account_id,
            email: link.email,
            subject: link.subject,
            created_by: link.created_by,
            expires_at: now + link.ttl,
        },
        now,
    )
    .await?;
    if let Some(a) = audit {
        tx.audit(a.actor, a.action, &a.target, None, a.after, now)
            .await?;
    }
    crate::jobs::enqueue(&mut tx, &crate::jobs::Job::Mail(message), now, now).await?;
    tx.commit().await?;
    app.wake().wake();
    Ok(())
}

/// Mails a new account's confirmation link.
pub async fn send_confirmation(app: &App, lang: &str, account_id: i64, email: &str) -> Result<()> {
    let letter = Letter::new(lang, app.public_url());
    send_link(
        app,
        &letter,
        MailedLink {
            purpose: TokenPurpose::Confirm,
            account_id: Some(account_id),
            email,
            subject: "",
            created_by: None,
            ttl: CONFIRM_TTL,
            path: "/account/confirm",
            mail_subject: letter.t("mail-confirm-subject"),
            intro: letter.t("mail-confirm-body"),
        },
        None,
    )
    .await
}

/// Mails a password-reset link if `email` has an account; silently does
/// nothing otherwise (the caller's answer must not tell).
pub async fn send_reset(app: &App, lang: &str, email: &domain::Email) -> Result<()> {
    let Some(account) = app.store().account_by_email(email).await? else {
        return Ok(());
    };
    let letter = Letter::new(lang, app.public_url());
    send_link(
        app,
        &letter,
        MailedLink {
            purpose: TokenPurpose::Reset,
            account_id: Some(account.id),
            email: email.as_str(),
            subject: "",
            created_by: None,
            ttl: RESET_TTL,
            path: "/password/reset",
            mail_subject: letter.t("mail-reset-subject"),
            intro: letter.t("mail-reset-body"),
        },
        None,
    )
    .await
}

/// Tells the owner of a taken address that someone tried to sign up with
/// it, with the ways back in.
pub async fn address_taken(app: &App, lang: &str, email: &str) -> Result<()> {
    let letter = Letter::new(lang, app.public_url());
    app.submit_mail(vec![letter.message(
        email,
        letter.t("mail-exists-subject"),
        format!(
            "{}\n\n{}\n\n{}\n\n{}\n",
            letter.t("mail-exists-body"),
            letter.link("/login"),
            letter.t("mail-exists-reset"),
            letter.link("/password/forgot"),
        ),
    )])
    .await
}
