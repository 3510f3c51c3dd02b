//! The audit log: every write, who did it, when, and the state before and
//! after. Entries are written inside the transaction of the write they
//! describe, so there is never a change without its entry or the reverse.

use crate::{Store, StoreError, on_pool};

/// What an audit entry records: one name per kind of write, as stored in
/// `audit_log.action` (the audit page filters on their prefixes: `org.`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AuditAction {
    AccountConfirm,
    AccountCreate,
    AccountDelete,
    AccountPassword,
    AccountUpdate,
    JobRetry,
    NetworkUpdate,
    NewsSave,
    OrgApply,
    OrgEdit,
    OrgInvite,
    OrgReview,
    RoleGrant,
    RoleRevoke,
    TokenCreate,
    TokenRevoke,
}

impl AuditAction {
    pub const ALL: [Self; 16] = [
        Self::AccountConfirm,
        Self::AccountCreate,
        Self::AccountDelete,
        Self::AccountPassword,
        Self::AccountUpdate,
        Self::JobRetry,
        Self::NetworkUpdate,
        Self::NewsSave,
        Self::OrgApply,
        Self::OrgEdit,
        Self::OrgInvite,
        Self::OrgReview,
        Self::RoleGrant,
        Self::RoleRevoke,
        Self::TokenCreate,
        Self::TokenRevoke,
    ];

    /// The stored name (`org.review`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::AccountConfirm => "account.confirm",
            Self::AccountCreate => "account.create",
            Self::AccountDelete => "account.delete",
            Self::AccountPassword => "account.password",
            Self::AccountUpdate => "account.update",
            Self::JobRetry => "job.retry",
            Self::NetworkUpdate => "network.update",
            Self::NewsSave => "news.save",
            Self::OrgApply => "org.apply",
            Self::OrgEdit => "org.edit",
            Self::OrgInvite => "org.invite",
            Self::OrgReview => "org.review",
            Self::RoleGrant => "role.grant",
            Self::RoleRevoke => "role.revoke",
            Self::TokenCreate => "token.create",
            Self::TokenRevoke => "token.revoke",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == raw)
    }
}

/// One audit entry as written.
pub(crate) struct AuditEntry<'a> {
    pub at: i64,
    pub actor_id: Option<i64>,
    pub actor_email: &'a str,
    pub action: AuditAction,
    pub target: &'a str,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// Writes an [`AuditEntry`] on an open connection or transaction of either
/// backend (a macro because the two executors are different types).
macro_rules! insert_audit {
    ($conn:expr, $entry:expr) => {{
        let entry: $crate::audit::AuditEntry<'_> = $entry;
        sqlx::query(
            "INSERT INTO audit_log (at, actor_id, actor_email, action, target, before_doc, after_doc) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(entry.at)
        .bind(entry.actor_id)
        .bind(entry.actor_email.to_owned())
        .bind(entry.action.as_str())
        .bind(entry.target.to_owned())
        .bind(entry.before)
        .bind(entry.after)
        .execute($conn)
        .await?;
    }};
}
pub(crate) use insert_audit;

/// One audit entry as read back.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AuditRecord {
    pub id: i64,
    pub at: i64,
    pub actor_id: Option<i64>,
    pub actor_email: String,
    pub action: String,
    pub target: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// Which entries to read: newest first, before `before_id` (keyset paging).
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub before_id: Option<i64>,
    /// Entries about this target (`org:AZ-1`, `account:7` …).
    pub target: Option<String>,
    /// Entries whose action starts with this (`org.`, `role.` …).
    pub action_prefix: Option<String>,
    pub limit: u32,
}

type AuditRow = (
    i64,
    i64,
    Option<i64>,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
);

impl Store {
    pub async fn audit_entries(
        &self,
        filter: &AuditFilter,
    ) -> Result<Vec<AuditRecord>, StoreError> {
        // `||` concatenates text on both backends; the prefix is bound, never spliced.
        let rows: Vec<AuditRow> = on_pool!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT id, at, actor_id, actor_email, action, target, before_doc, after_doc FROM audit_log \
                 WHERE ($1 IS NULL OR id < $1) AND ($2 IS NULL OR target = $2) \
                 AND ($3 IS NULL OR substr(action, 1, length($3)) = $3) \
                 ORDER BY id DESC LIMIT $4",
            )
            .bind(filter.before_id)
            .bind(filter.target.clone())
            .bind(filter.action_prefix.clone())
            .bind(i64::from(filter.limit.clamp(1, 10_000)))
            .fetch_all(pool)
            .await?
        });
        Ok(rows
            .into_iter()
            .map(
                |(id, at, actor_id, actor_email, action, target, before, after)| AuditRecord {
                    id,
                    at,
                    actor_id,
                    actor_email,
                    action,
                    target,
                    before,
                    after,
                },
            )
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_has_one_stored_name_that_reads_back() {
        let mut names: Vec<&str> = AuditAction::ALL.iter().map(|a| a.as_str()).collect();
        for a in AuditAction::ALL {
            assert_eq!(AuditAction::parse(a.as_str()), Some(a));
            assert!(a.as_str().contains('.'), "{a:?} has a prefix");
        }
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), AuditAction::ALL.len());
    }
}
