//! Accounts, sessions, single-use tokens, roles, access tokens and rate
//! limits. Secrets never reach the database in the clear: callers pass
//! SHA-256 hashes of tokens. Times are Unix seconds, passed in by the caller
//! (the web layer's clock), so expiry is testable.

use crate::audit::{AuditEntry, insert_audit};
use crate::write::BeginWrite;
use crate::{Store, StoreError, on_pool};
use domain::{Email, Role};

/// A stored account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub password_hash: String,
    pub locale: String,
    pub confirmed: bool,
    pub created_at: i64,
}

type AccountRow = (i64, String, String, String, String, Option<i64>, i64);
/// `last_seen_at` then the account's columns.
type SessionRow = (i64, i64, String, String, String, String, Option<i64>, i64);
type AccessTokenRow = (String, String, i64, Option<i64>, Option<i64>);

const ACCOUNT_COLUMNS: &str =
    "id, email, display_name, password_hash, locale, confirmed_at, created_at";

fn account_of(row: AccountRow) -> Account {
    let (id, email, display_name, password_hash, locale, confirmed_at, created_at) = row;
    Account {
        id,
        email,
        display_name,
        password_hash,
        locale,
        confirmed: confirmed_at.is_some(),
        created_at,
    }
}

/// What sign-up stores.
pub struct NewAccount<'a> {
    pub email: &'a Email,
    pub display_name: &'a str,
    pub password_hash: &'a str,
    pub locale: &'a str,
}

/// Why a single-use token was issued.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenPurpose {
    Confirm,
    Reset,
    Invite,
}

impl TokenPurpose {
    fn as_str(self) -> &'static str {
        match self {
            Self::Confirm => "confirm",
            Self::Reset => "reset",
            Self::Invite => "invite",
        }
    }
}

/// A single-use token as issued.
pub struct NewToken<'a> {
    pub hash: &'a str,
    pub purpose: TokenPurpose,
    pub account_id: Option<i64>,
    pub email: &'a str,
    /// What the token is about: the organization of an invitation.
    pub subject: &'a str,
    pub created_by: Option<i64>,
    pub expires_at: i64,
}

/// A token that was just used up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsedToken {
    pub account_id: Option<i64>,
    pub email: String,
    pub subject: String,
    pub created_by: Option<i64>,
}

/// A personal access token as listed to its owner (never the secret).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessTokenInfo {
    pub id: String,
    pub name: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
    pub revoked: bool,
}

/// A role holder, for the admin pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleHolder {
    pub account_id: i64,
    pub email: String,
    pub display_name: String,
    /// The language they read (mail to them is in it).
    pub locale: String,
    pub scope: String,
}

/// Sessions unused this long end (seconds).
pub const SESSION_IDLE_SECS: i64 = 7 * 24 * 3600;
/// Sessions end this long after sign-in whatever happens (seconds).
pub const SESSION_MAX_SECS: i64 = 30 * 24 * 3600;
/// `last_seen_at` is written at most this often, so reading pages does not
/// turn into a write per request.
const SESSION_TOUCH_SECS: i64 = 300;

impl Store {
    /// Creates an account; `None` when the email address is taken.
    pub async fn create_account(
        &self,
        new: &NewAccount<'_>,
        now: i64,
    ) -> Result<Option<i64>, StoreError> {
        let id: Option<i64> = on_pool!(&self.db, |pool| {
            let mut tx = pool.begin_write().await?;
            let id: Option<i64> = sqlx::query_scalar(
                "INSERT INTO accounts (email, display_name, password_hash, locale, created_at) \
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT (email) DO NOTHING RETURNING id",
            )
            .bind(new.email.as_str().to_owned())
            .bind(new.display_name.to_owned())
            .bind(new.password_hash.to_owned())
            .bind(new.locale.to_owned())
            .bind(now)
            .fetch_optional(&mut *tx)
            .await?;
            if let Some(id) = id {
                let after = serde_json::json!({"email": new.email.as_str(), "name": new.display_name, "locale": new.locale});
                insert_audit!(
                    &mut *tx,
                    AuditEntry {
                        at: now,
                        actor_id: Some(id),
                        actor_email: new.email.as_str(),
                        action: crate::audit::AuditAction::AccountCreate,
                        target: &format!("account:{id}"),
                        before: None,
                        after: Some(after.to_string()),
                    }
                );
            }
            tx.commit().await?;
            id
        });
        Ok(id)
    }

    pub async fn account(&self, id: i64) -> Result<Option<Account>, StoreError> {
        let sql = format!("SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE id = $1");
        let row: Option<AccountRow> = on_pool!(&self.db, |pool| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql))
                .bind(id)
                .fetch_optional(pool)
                .await?
        });
        Ok(row.map(account_of))
    }

    pub async fn account_by_email(&self, email: &Email) -> Result<Option<Account>, StoreError> {
        let sql = format!("SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE email = $1");
        let row: Option<AccountRow> = on_pool!(&self.db, |pool| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql))
                .bind(email.as_str().to_owned())
                .fetch_optional(pool)
                .await?
        });
        Ok(row.map(account_of))
    }

    pub async fn confirm_account(&self, id: i64, now: i64) -> Result<(), StoreError> {
        let account = self
            .account(id)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("account {id}")))?;
        if account.confirmed {
            return Ok(());
        }
        on_pool!(&self.db, |pool| {
            let mut tx = pool.begin_write().await?;
            sqlx::query("UPDATE accounts SET confirmed_at = $2 WHERE id = $1")
                .bind(id)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            insert_audit!(
                &mut *tx,
                AuditEntry {
                    at: now,
                    actor_id: Some(id),
                    actor_email: &account.email,
                    action: crate::audit::AuditAction::AccountConfirm,
                    target: &format!("account:{id}"),
                    before: None,
                    after: None,
                }
            );
            tx.commit().await?;
        });
        Ok(())
    }

    /// Changes the password and ends every session of the account (a reset
    /// after a theft must throw the thief out).
    pub async fn set_password(&self, id: i64, hash: &str, now: i64) -> Result<(), StoreError> {
        let account = self
            .account(id)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("account {id}")))?;
        on_pool!(&self.db, |pool| {
            let mut tx = pool.begin_write().await?;
            sqlx::query("UPDATE accounts SET password_hash = $2 WHERE id = $1")
                .bind(id)
                .bind(hash.to_owned())
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM sessions WHERE account_id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            insert_audit!(
                &mut *tx,
                AuditEntry {
                    at: now,
                    actor_id: Some(id),
                    actor_email: &account.email,
                    action: crate::audit::AuditAction::AccountPassword,
                    target: &format!("account:{id}"),
                    before: None,
                    after: None,
                }
            );
            tx.commit().await?;
        });
        Ok(())
    }

    pub async fn update_account(
        &self,
        id: i64,
        display_name: &str,
        locale: &str,
        now: i64,
    ) -> Result<(), StoreError> {
        let before = self
            .account(id)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("account {id}")))?;
        on_pool!(&self.db, |pool| {
            let mut tx = pool.begin_write().await?;
            sqlx::query("UPDATE accounts SET display_name = $2, locale = $3 WHERE id = $1")
                .bind(id)
                .bind(display_name.to_owned())
                .bind(locale.to_owned())
                .execute(&mut *tx)
                .await?;
            insert_audit!(
                &mut *tx,
                AuditEntry {
                    at: now,
                    actor_id: Some(id),
                    actor_email: &before.email,
                    action: crate::audit::AuditAction::AccountUpdate,
                    target: &format!("account:{id}"),
                    before: Some(
                        serde_json::json!({"name": before.display_name, "locale": before.locale})
                            .to_string()
                    ),
                    after: Some(
                        serde_json::json!({"name": display_name, "locale": locale}).to_string()
                    ),
                }
            );
            tx.commit().await?;
        });
        Ok(())
    }

    /// Deletes an account with its sessions, tokens, roles and access tokens.
    /// The audit log keeps what was done, but no longer says by whom by email.
    pub async fn delete_account(&self, id: i64, now: i64) -> Result<(), StoreError> {
        let Some(account) = self.account(id).await? else {
            return Ok(());
        };
        let anonymized = format!("deleted account #{id}");
        on_pool!(&self.db, |pool| {
            let mut tx = pool.begin_write().await?;
            sqlx::query("UPDATE audit_log SET actor_email = $2 WHERE actor_id = $1")
                .bind(id)
                .bind(anonymized.clone())
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM accounts WHERE id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            insert_audit!(
                &mut *tx,
                AuditEntry {
                    at: now,
                    actor_id: Some(id),
                    actor_email: &anonymized,
                    action: crate::audit::AuditAction::AccountDelete,
                    target: &format!("account:{id}"),
                    before: Some(serde_json::json!({"name": account.display_name}).to_string()),
                    after: None,
                }
            );
            tx.commit().await?;
        });
        Ok(())
    }

    // ---- sessions ----

    pub async fn create_session(
        &self,
        token_hash: &str,
        account_id: i64,
        now: i64,
    ) -> Result<(), StoreError> {
        on_pool!(&self.db, |pool| {
            sqlx::query(
                "INSERT INTO sessions (token_hash, account_id, created_at, last_seen_at, expires_at) \
                 VALUES ($1, $2, $3, $3, $4)",
            )
            .bind(token_hash.to_owned())
            .bind(account_id)
            .bind(now)
            .bind(now + SESSION_MAX_SECS)
            .execute(pool)
            .await?;
        });
        Ok(())
    }

    /// The account of a live session, touching it; `None` when the session
    /// is unknown, idle too long or past its absolute end.
    pub async fn session_account(
        &self,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<Account>, StoreError> {
        let sql = format!(
            "SELECT s.last_seen_at, {} FROM sessions s JOIN accounts a ON a.id = s.account_id \
             WHERE s.token_hash = $1 AND s.expires_at > $2 AND s.last_seen_at > $3",
            ACCOUNT_COLUMNS
                .split(", ")
                .map(|c| format!("a.{c}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let row: Option<SessionRow> = on_pool!(&self.db, |pool| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql))
                .bind(token_hash.to_owned())
                .bind(now)
                .bind(now - SESSION_IDLE_SECS)
                .fetch_optional(pool)
                .await?
        });
        let Some((last_seen, id, email, name, hash, locale, confirmed, created)) = row else {
            return Ok(None);
        };
        if now - last_seen > SESSION_TOUCH_SECS {
            on_pool!(&self.db, |pool| {
                sqlx::query("UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1")
                    .bind(token_hash.to_owned())
                    .bind(now)
                    .execute(pool)
                    .await?;
            });
        }
        Ok(Some(account_of((
            id, email, name, hash, locale, confirmed, created,
        ))))
    }

    pub async fn delete_session(&self, token_hash: &str) -> Result<(), StoreError> {
        on_pool!(&self.db, |pool| {
            sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
                .bind(token_hash.to_owned())
                .execute(pool)
                .await?;
        });
        Ok(())
    }

    // ---- single-use tokens ----

    pub async fn create_token(&self, token: &NewToken<'_>, now: i64) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        tx.create_token(token, now).await?;
        tx.commit().await
    }

    /// Uses up a token: at most one caller ever gets it back, and only
    /// before it expires.
    pub async fn take_token(
        &self,
        purpose: TokenPurpose,
        hash: &str,
        now: i64,
    ) -> Result<Option<UsedToken>, StoreError> {
        let row: Option<(Option<i64>, String, String, Option<i64>)> = on_pool!(&self.db, |pool| {
            sqlx::query_as(
                "UPDATE account_tokens SET used_at = $3 \
                 WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3 \
                 RETURNING account_id, email, subject, created_by",
            )
            .bind(hash.to_owned())
            .bind(purpose.as_str())
            .bind(now)
            .fetch_optional(pool)
            .await?
        });
        Ok(
            row.map(|(account_id, email, subject, created_by)| UsedToken {
                account_id,
                email,
                subject,
                created_by,
            }),
        )
    }

    // ---- roles ----

    pub async fn roles_of(&self, account_id: i64) -> Result<Vec<Role>, StoreError> {
        let rows: Vec<(String, String)> = on_pool!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT role, scope FROM roles WHERE account_id = $1 ORDER BY role, scope",
            )
            .bind(account_id)
            .fetch_all(pool)
            .await?
        });
        Ok(rows
            .iter()
            .filter_map(|(role, scope)| Role::from_parts(role, scope))
            .collect())
    }

    /// Grants a role (again is harmless), with an audit entry by `by`.
    pub async fn grant_role(
        &self,
        account_id: i64,
        role: &Role,
        by: &Actorship<'_>,
        now: i64,
    ) -> Result<(), StoreError> {
        on_pool!(&self.db, |pool| {
            let mut tx = pool.begin_write().await?;
            let done = sqlx::query(
                "INSERT INTO roles (account_id, role, scope, granted_at) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT DO NOTHING",
            )
            .bind(account_id)
            .bind(role.kind())
            .bind(role.scope().to_owned())
            .bind(now)
            .execute(&mut *tx)
            .await?;
            if done.rows_affected() > 0 {
                insert_audit!(
                    &mut *tx,
                    AuditEntry {
                        at: now,
                        actor_id: by.id,
                        actor_email: by.email,
                        action: crate::audit::AuditAction::RoleGrant,
                        target: &format!("account:{account_id}"),
                        before: None,
                        after: Some(
                            serde_json::json!({"role": role.kind(), "scope": role.scope()})
                                .to_string()
                        ),
                    }
                );
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// Removes a role; false when the account did not hold it.
    pub async fn revoke_role(
        &self,
        account_id: i64,
        role: &Role,
        by: &Actorship<'_>,
        now: i64,
    ) -> Result<bool, StoreError> {
        let removed = on_pool!(&self.db, |pool| {
            let mut tx = pool.begin_write().await?;
            let done =
                sqlx::query("DELETE FROM roles WHERE account_id = $1 AND role = $2 AND scope = $3")
                    .bind(account_id)
                    .bind(role.kind())
                    .bind(role.scope().to_owned())
                    .execute(&mut *tx)
                    .await?;
            let removed = done.rows_affected() > 0;
            if removed {
                insert_audit!(
                    &mut *tx,
                    AuditEntry {
                        at: now,
                        actor_id: by.id,
                        actor_email: by.email,
                        action: crate::audit::AuditAction::RoleRevoke,
                        target: &format!("account:{account_id}"),
                        before: Some(
                            serde_json::json!({"role": role.kind(), "scope": role.scope()})
                                .to_string()
                        ),
                        after: None,
                    }
                );
            }
            tx.commit().await?;
            removed
        });
        Ok(removed)
    }

    /// Who holds `role` (the coordinators of Kazakhstan: `Role::Coordinator(KZ)`).
    pub async fn role_holders(&self, role: &Role) -> Result<Vec<RoleHolder>, StoreError> {
        self.holders(role.kind(), Some(role.scope())).await
    }

    /// Every country coordinator, of any country.
    pub async fn coordinators(&self) -> Result<Vec<RoleHolder>, StoreError> {
        self.holders(Role::COORDINATOR, None).await
    }

    async fn holders(
        &self,
        kind: &str,
        scope: Option<&str>,
    ) -> Result<Vec<RoleHolder>, StoreError> {
        let rows: Vec<(i64, String, String, String, String)> = on_pool!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT a.id, a.email, a.display_name, a.locale, r.scope FROM roles r JOIN accounts a ON a.id = r.account_id \
                 WHERE r.role = $1 AND ($2 IS NULL OR r.scope = $2) ORDER BY r.scope, a.email",
            )
            .bind(kind.to_owned())
            .bind(scope.map(str::to_owned))
            .fetch_all(pool)
            .await?
        });
        Ok(rows
            .into_iter()
            .map(
                |(account_id, email, display_name, locale, scope)| RoleHolder {
                    account_id,
                    email,
                    display_name,
                    locale,
                    scope,
                },
            )
            .collect())
    }

    // ---- personal access tokens ----

    pub async fn create_access_token(
        &self,
        id: &str,
        account_id: i64,
        name: &str,
        secret_hash: &str,
        email: &str,
        now: i64,
    ) -> Result<(), StoreError> {
        on_pool!(&self.db, |pool| {
            let mut tx = pool.begin_write().await?;
            sqlx::query(
                "INSERT INTO access_tokens (id, account_id, name, secret_hash, created_at) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(id.to_owned())
            .bind(account_id)
            .bind(name.to_owned())
            .bind(secret_hash.to_owned())
            .bind(now)
            .execute(&mut *tx)
            .await?;
            insert_audit!(
                &mut *tx,
                AuditEntry {
                    at: now,
                    actor_id: Some(account_id),
                    actor_email: email,
                    action: crate::audit::AuditAction::TokenCreate,
                    target: &format!("token:{id}"),
                    before: None,
                    after: Some(serde_json::json!({"name": name}).to_string()),
                }
            );
            tx.commit().await?;
        });
        Ok(())
    }

    /// The owner and secret hash of a live (unrevoked) access token, marking it used.
    pub async fn access_token(
        &self,
        id: &str,
        now: i64,
    ) -> Result<Option<(i64, String)>, StoreError> {
        let row: Option<(i64, String)> = on_pool!(&self.db, |pool| {
            sqlx::query_as(
                "UPDATE access_tokens SET last_used_at = $2 WHERE id = $1 AND revoked_at IS NULL \
                 RETURNING account_id, secret_hash",
            )
            .bind(id.to_owned())
            .bind(now)
            .fetch_optional(pool)
            .await?
        });
        Ok(row)
    }

    pub async fn access_tokens_of(
        &self,
        account_id: i64,
    ) -> Result<Vec<AccessTokenInfo>, StoreError> {
        let rows: Vec<AccessTokenRow> = on_pool!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT id, name, created_at, last_used_at, revoked_at FROM access_tokens \
                 WHERE account_id = $1 ORDER BY created_at DESC, id",
            )
            .bind(account_id)
            .fetch_all(pool)
            .await?
        });
        Ok(rows
            .into_iter()
            .map(
                |(id, name, created_at, last_used_at, revoked)| AccessTokenInfo {
                    id,
                    name,
                    created_at,
                    last_used_at,
                    revoked: revoked.is_some(),
                },
            )
            .collect())
    }

    /// Revokes one of the account's own tokens; false if there is no such live token.
    pub async fn revoke_access_token(
        &self,
        account_id: i64,
        id: &str,
        email: &str,
        now: i64,
    ) -> Result<bool, StoreError> {
        let revoked = on_pool!(&self.db, |pool| {
            let mut tx = pool.begin_write().await?;
            let done = sqlx::query(
                "UPDATE access_tokens SET revoked_at = $3 WHERE id = $1 AND account_id = $2 AND revoked_at IS NULL",
            )
            .bind(id.to_owned())
            .bind(account_id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            let revoked = done.rows_affected() > 0;
            if revoked {
                insert_audit!(
                    &mut *tx,
                    AuditEntry {
                        at: now,
                        actor_id: Some(account_id),
                        actor_email: email,
                        action: crate::audit::AuditAction::TokenRevoke,
                        target: &format!("token:{id}"),
                        before: None,
                        after: None,
                    }
                );
            }
            tx.commit().await?;
            revoked
        });
        Ok(revoked)
    }

    // ---- rate limits ----

    /// Takes one token from a bucket holding at most `capacity`, refilled at
    /// `per_second`; false when it is empty. One statement, so concurrent
    /// requests on several nodes cannot both take the last token.
    pub async fn take_rate_token(
        &self,
        bucket: &str,
        capacity: f64,
        per_second: f64,
        now: i64,
    ) -> Result<bool, StoreError> {
        const REFILLED: &str = "(CASE WHEN rate_limits.tokens + ($3 - rate_limits.updated_at) * $4 > $2 \
             THEN $2 ELSE rate_limits.tokens + ($3 - rate_limits.updated_at) * $4 END)";
        let sql = format!(
            "INSERT INTO rate_limits (bucket, tokens, updated_at, allowed) VALUES ($1, $2 - 1, $3, 1) \
             ON CONFLICT (bucket) DO UPDATE SET \
             tokens = CASE WHEN {REFILLED} >= 1 THEN {REFILLED} - 1 ELSE {REFILLED} END, \
             allowed = CASE WHEN {REFILLED} >= 1 THEN 1 ELSE 0 END, \
             updated_at = $3 \
             RETURNING allowed"
        );
        let allowed: i64 = on_pool!(&self.db, |pool| {
            sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
                .bind(bucket.to_owned())
                .bind(capacity)
                .bind(now)
                .bind(per_second)
                .fetch_one(pool)
                .await?
        });
        Ok(allowed == 1)
    }
}

/// Who does a write, for the audit log.
#[derive(Debug, Clone, Copy)]
pub struct Actorship<'a> {
    pub id: Option<i64>,
    pub email: &'a str,
}

impl Store {
    /// A deployment-wide secret named `name` (e.g. the CSRF key): the one
    /// stored, or `fresh` stored now if there is none yet. Every node of a
    /// deployment reads the same value.
    pub async fn secret(&self, name: &str, fresh: &str) -> Result<String, StoreError> {
        let key = format!("secret:{name}");
        let value: String = on_pool!(&self.db, |pool| {
            sqlx::query(
                "INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING",
            )
            .bind(key.clone())
            .bind(fresh.to_owned())
            .execute(pool)
            .await?;
            sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
                .bind(key.clone())
                .fetch_one(pool)
                .await?
        });
        Ok(value)
    }
}

impl Store {
    /// A live token without using it up (to validate a form before using it).
    pub async fn peek_token(
        &self,
        purpose: TokenPurpose,
        hash: &str,
        now: i64,
    ) -> Result<Option<UsedToken>, StoreError> {
        let row: Option<(Option<i64>, String, String, Option<i64>)> = on_pool!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT account_id, email, subject, created_by FROM account_tokens \
                 WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3",
            )
            .bind(hash.to_owned())
            .bind(purpose.as_str())
            .bind(now)
            .fetch_optional(pool)
            .await?
        });
        Ok(
            row.map(|(account_id, email, subject, created_by)| UsedToken {
                account_id,
                email,
                subject,
                created_by,
            }),
        )
    }
}

impl crate::WriteTx {
    /// Stores a single-use token in this transaction (with the mail that
    /// carries it, queued in the same one).
    pub async fn create_token(&mut self, token: &NewToken<'_>, now: i64) -> Result<(), StoreError> {
        crate::write::on_write_tx!(self, |conn| {
            sqlx::query(
                "INSERT INTO account_tokens (token_hash, purpose, account_id, email, subject, created_by, created_at, expires_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(token.hash.to_owned())
            .bind(token.purpose.as_str())
            .bind(token.account_id)
            .bind(token.email.to_owned())
            .bind(token.subject.to_owned())
            .bind(token.created_by)
            .bind(now)
            .bind(token.expires_at)
            .execute(&mut **conn)
            .await?;
        });
        Ok(())
    }

    /// Writes an audit entry in this transaction: the change and its
    /// record of who did it commit together.
    pub async fn audit(
        &mut self,
        actor: Actorship<'_>,
        action: crate::audit::AuditAction,
        target: &str,
        before: Option<String>,
        after: Option<String>,
        now: i64,
    ) -> Result<(), StoreError> {
        crate::write::on_write_tx!(self, |conn| {
            crate::audit::insert_audit!(
                &mut **conn,
                crate::audit::AuditEntry {
                    at: now,
                    actor_id: actor.id,
                    actor_email: actor.email,
                    action,
                    target,
                    before: before.clone(),
                    after: after.clone(),
                }
            );
        });
        Ok(())
    }
}
