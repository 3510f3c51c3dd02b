//! The audit log as people read it: each action named in the visitor's
//! language, its subject shown by name and linked where it has a page, and
//! the changes to the network and to a review's state spelled out.

use crate::http::cards::article_url;
use crate::http::i18n::fallback_chain;
use crate::http::views::{Chrome, format_time, record_url};
use crate::{AppError, AppState};
use domain::{ArticleId, EntityId, EntityKind, VerificationState};
use serde_json::Value;
use store::{AuditAction, AuditRecord};

/// One line of the audit log page.
pub(super) struct AuditLine {
    pub(super) when: String,
    pub(super) who: String,
    /// The stored action (`org.review`), kept beside its name for filters.
    pub(super) action: String,
    pub(super) action_label: String,
    pub(super) target_label: String,
    /// The subject's page; empty when it has none.
    pub(super) target_url: String,
    /// What changed, one readable sentence each (`Hungary: observer → member`).
    pub(super) changes: Vec<String>,
    pub(super) before: Option<String>,
    pub(super) after: Option<String>,
}

/// The interface-string key naming an audited action.
fn action_key(action: AuditAction) -> &'static str {
    match action {
        AuditAction::AccountConfirm => "audit-action-account-confirm",
        AuditAction::AccountCreate => "audit-action-account-create",
        AuditAction::AccountDelete => "audit-action-account-delete",
        AuditAction::AccountPassword => "audit-action-account-password",
        AuditAction::AccountUpdate => "audit-action-account-update",
        AuditAction::JobRetry => "audit-action-job-retry",
        AuditAction::NetworkUpdate => "audit-action-network-update",
        AuditAction::NewsSave => "audit-action-news-save",
        AuditAction::OrgApply => "audit-action-org-apply",
        AuditAction::OrgEdit => "audit-action-org-edit",
        AuditAction::OrgInvite => "audit-action-org-invite",
        AuditAction::OrgReview => "audit-action-org-review",
        AuditAction::RoleGrant => "audit-action-role-grant",
        AuditAction::RoleRevoke => "audit-action-role-revoke",
        AuditAction::TokenCreate => "audit-action-token-create",
        AuditAction::TokenRevoke => "audit-action-token-revoke",
    }
}

/// The name of an action, or the stored text for one this version does not know.
fn action_label(raw: &str, chrome: &Chrome) -> String {
    AuditAction::parse(raw)
        .map(|a| chrome.t(action_key(a)))
        .unwrap_or_else(|| raw.to_owned())
}

/// The localized name of a membership status (`member`), `—` for none.
fn status_label(status: Option<&str>, chrome: &Chrome) -> String {
    match status {
        Some("member") => chrome.t("status-member"),
        Some("observer") => chrome.t("status-observer"),
        Some(other) => other.to_owned(),
        None => "—".to_owned(),
    }
}

/// Each country's status, date and the chair, as stored in a network entry.
fn network_entries(doc: Option<&Value>) -> (Vec<(String, String, String)>, String) {
    let Some(doc) = doc else {
        return (Vec::new(), String::new());
    };
    let text = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
    let countries = doc
        .get("countries")
        .and_then(Value::as_array)
        .map(|list| {
            list.iter()
                .map(|c| (text(c, "code"), text(c, "status"), text(c, "since")))
                .collect()
        })
        .unwrap_or_default();
    let chair = doc
        .get("chair")
        .map(|c| text(c, "country"))
        .unwrap_or_default();
    (countries, chair)
}

/// The network's changes: each country whose status or date changed, and the chair.
fn network_changes(before: Option<&Value>, after: Option<&Value>, chrome: &Chrome) -> Vec<String> {
    let (old, old_chair) = network_entries(before);
    let (new, new_chair) = network_entries(after);
    let mut codes: Vec<&String> = old.iter().chain(new.iter()).map(|c| &c.0).collect();
    codes.sort();
    codes.dedup();
    let find = |list: &[(String, String, String)], code: &str| {
        list.iter()
            .find(|c| c.0 == code)
            .map(|c| (c.1.clone(), c.2.clone()))
    };
    let shown = |entry: &Option<(String, String)>| match entry {
        None => "—".to_owned(),
        Some((status, since)) if since.is_empty() => status_label(Some(status), chrome),
        Some((status, since)) => format!(
            "{} ({})",
            status_label(Some(status), chrome),
            chrome.t1("status-since", "date", chrome.date(since))
        ),
    };
    let mut out = Vec::new();
    for code in codes {
        let (was, is) = (find(&old, code), find(&new, code));
        if was != is {
            out.push(format!(
                "{}: {} → {}",
                chrome.country(code),
                shown(&was),
                shown(&is)
            ));
        }
    }
    if old_chair != new_chair {
        let name = |c: &str| {
            if c.is_empty() {
                "—".to_owned()
            } else {
                chrome.country(c)
            }
        };
        out.push(format!(
            "{}: {} → {}",
            chrome.t("admin-chair"),
            name(&old_chair),
            name(&new_chair)
        ));
    }
    out
}

/// A review's change of state (`Waiting for review → Verified`).
fn review_changes(before: Option<&Value>, after: Option<&Value>, chrome: &Chrome) -> Vec<String> {
    let state = |doc: Option<&Value>| {
        let raw = doc?.get("state")?.as_str()?;
        Some(
            VerificationState::ALL
                .iter()
                .find(|s| s.as_str() == raw)
                .map(|s| chrome.t(&format!("state-{s}")))
                .unwrap_or_else(|| raw.to_owned()),
        )
    };
    match (state(before), state(after)) {
        (Some(from), Some(to)) => vec![format!("{from} → {to}")],
        (None, Some(to)) => vec![to],
        _ => Vec::new(),
    }
}

/// The log's entries as lines: subjects that are records or stories are
/// looked up (one query for the records of a page) and named.
pub(super) async fn lines(
    state: &AppState,
    entries: Vec<AuditRecord>,
    chrome: &Chrome,
) -> Result<Vec<AuditLine>, AppError> {
    let chain = fallback_chain(chrome.lang);
    let record_ids: Vec<String> = entries
        .iter()
        .filter_map(|e| e.target.strip_prefix("org:"))
        .map(str::to_owned)
        .collect();
    let records = state.store().get_many(&record_ids).await?;
    let mut story_titles = std::collections::BTreeMap::new();
    for id in entries
        .iter()
        .filter_map(|e| e.target.strip_prefix("news:"))
    {
        if story_titles.contains_key(id) {
            continue;
        }
        let title = match ArticleId::parse(id) {
            Ok(parsed) => state
                .store()
                .article(&parsed)
                .await?
                .map(|a| a.best_translation(chain).title.clone()),
            Err(_) => None,
        };
        story_titles.insert(id.to_owned(), title);
    }
    let mut out = Vec::with_capacity(entries.len());
    for e in entries {
        let (target_label, target_url) = if let Some(id) = e.target.strip_prefix("org:") {
            match records.get(id) {
                Some(r) => (
                    r.name_in(chain).to_owned(),
                    chrome.href(&record_url(r.kind, r.id.as_str())),
                ),
                // An application not yet in the directory, or one deleted since.
                None => (
                    id.to_owned(),
                    EntityId::parse(id)
                        .map(|id| chrome.href(&record_url(EntityKind::Organization, id.as_str())))
                        .unwrap_or_default(),
                ),
            }
        } else if let Some(id) = e.target.strip_prefix("news:") {
            let title = story_titles.get(id).cloned().flatten();
            match (title, ArticleId::parse(id)) {
                (Some(title), Ok(parsed)) => (title, chrome.href(&article_url(&parsed))),
                _ => (id.to_owned(), String::new()),
            }
        } else if let Some(n) = e.target.strip_prefix("account:") {
            (chrome.t1("audit-target-account", "name", n), String::new())
        } else if let Some(n) = e.target.strip_prefix("token:") {
            (chrome.t1("audit-target-token", "name", n), String::new())
        } else if let Some(n) = e.target.strip_prefix("job:") {
            (
                chrome.t1("audit-target-job", "name", n),
                chrome.href("/admin/jobs"),
            )
        } else if e.target == "network" {
            (chrome.t("audit-target-network"), chrome.href("/admin"))
        } else {
            (e.target.clone(), String::new())
        };
        let parse = |doc: &Option<String>| {
            doc.as_deref()
                .and_then(|d| serde_json::from_str::<Value>(d).ok())
        };
        let (before, after) = (parse(&e.before), parse(&e.after));
        let changes = match AuditAction::parse(&e.action) {
            Some(AuditAction::NetworkUpdate) => {
                network_changes(before.as_ref(), after.as_ref(), chrome)
            }
            Some(AuditAction::OrgReview | AuditAction::OrgApply) => {
                review_changes(before.as_ref(), after.as_ref(), chrome)
            }
            _ => Vec::new(),
        };
        out.push(AuditLine {
            when: format_time(e.at),
            who: e.actor_email,
            action_label: action_label(&e.action, chrome),
            action: e.action,
            target_label,
            target_url,
            changes,
            before: e.before,
            after: e.after,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn network_changes_name_countries_and_statuses_in_the_visitor_s_language() {
        let chrome = Chrome::new(
            crate::http::i18n::Locale {
                lang: "hu",
                prefixed: true,
            },
            "/admin/audit",
        );
        let before = serde_json::json!({"countries": [
            {"code": "AZ", "status": "member", "since": "2009-10-03"},
            {"code": "HU", "status": "observer", "since": "2018-09-03"}],
            "chair": {"country": "AZ"}});
        let after = serde_json::json!({"countries": [
            {"code": "AZ", "status": "member", "since": "2009-10-03"},
            {"code": "HU", "status": "member"}],
            "chair": {"country": "HU"}});
        let changes = network_changes(Some(&before), Some(&after), &chrome);
        assert_eq!(changes.len(), 2, "{changes:?}");
        assert!(changes[0].starts_with("Magyarország: "), "{changes:?}");
        assert!(
            changes[0].contains(&chrome.t("status-observer"))
                && changes[0].ends_with(&format!("→ {}", chrome.t("status-member"))),
            "{changes:?}"
        );
        assert_eq!(
            changes[1],
            format!(
                "{}: {} → {}",
                chrome.t("admin-chair"),
                chrome.country("AZ"),
                chrome.country("HU")
            )
        );
    }

    #[test]
    fn every_action_has_its_own_name() {
        let mut keys: Vec<&str> = AuditAction::ALL.iter().map(|a| action_key(*a)).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), AuditAction::ALL.len());
    }
}
