//! The organization verification workflow: applications, decisions and
//! their history, and edits of organization profiles. A pending or rejected
//! application keeps its proposed record here; verifying publishes it into
//! `entities` in the same transaction, so the change stream carries it to
//! every node's index.

use crate::accounts::Actorship;
use crate::audit::{AuditEntry, insert_audit};
use crate::jobs::{NewJob, insert_jobs};
use crate::records::{doc_of, on_tx, parse_doc, push_placeholders};
use crate::write::BeginWrite;
use crate::write::lock_clause;
use crate::{Store, StoreError, on_pool};
use domain::{CountryCode, EntityId, Record, RegistryId, Role, VerificationState};
use std::collections::HashMap;

/// An organization's verification, with its proposed or published record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    pub org_id: EntityId,
    pub country: CountryCode,
    pub state: VerificationState,
    pub registry_scheme: String,
    pub registry_value: String,
    /// The stored evidence file's generated name (under the data dir's uploads).
    pub evidence_file: Option<String>,
    pub applicant_id: Option<i64>,
    /// Why it was last rejected or suspended.
    pub reason: String,
    /// The record as applied for (and as edited while not yet public).
    pub proposal: Record,
    pub created_at: i64,
    pub updated_at: i64,
}

/// One step in an organization's verification history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewEvent {
    pub at: i64,
    pub actor_id: Option<i64>,
    pub state: VerificationState,
    pub reason: String,
}

/// Which reviews to list.
#[derive(Debug, Clone, Default)]
pub struct ReviewFilter {
    /// Only these countries; `None` for all.
    pub countries: Option<Vec<CountryCode>>,
    pub state: Option<VerificationState>,
    pub applicant: Option<i64>,
    pub limit: u32,
}

type ReviewRow = (
    String,
    String,
    String,
    String,
    String,
    Option<String>,
    Option<i64>,
    String,
    String,
    i64,
    i64,
);

const REVIEW_COLUMNS: &str = "org_id, country, state, registry_scheme, registry_value, evidence_file, \
     applicant_id, reason, proposal, created_at, updated_at";

fn review_of(row: ReviewRow) -> Result<Review, StoreError> {
    let (
        org_id,
        country,
        state,
        registry_scheme,
        registry_value,
        evidence_file,
        applicant_id,
        reason,
        proposal,
        created_at,
        updated_at,
    ) = row;
    let state = VerificationState::parse(&state).ok_or_else(|| StoreError::Corrupt {
        id: org_id.clone(),
        message: format!("unknown verification state {state:?}"),
    })?;
    let proposal = parse_doc(&org_id, &proposal)?;
    let corrupt = |message: String| StoreError::Corrupt {
        id: org_id.clone(),
        message,
    };
    let country = CountryCode::parse(&country)
        .map_err(|_| corrupt(format!("review with country {country:?}")))?;
    let org_id = EntityId::parse(&org_id).map_err(|_| corrupt("review with a bad id".into()))?;
    Ok(Review {
        org_id,
        country,
        state,
        registry_scheme,
        registry_value,
        evidence_file,
        applicant_id,
        reason,
        proposal,
        created_at,
        updated_at,
    })
}

/// Another organization filed with the same registry identifier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistryMatch {
    pub org_id: EntityId,
    /// Its name as applied for (or as last edited in review).
    pub name: String,
    pub state: VerificationState,
}

/// An organization as its editors see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditableOrganization {
    /// The published record, or the proposal while it is not public.
    pub record: Record,
    /// Goes up by one with every saved edit (the API's ETag).
    pub version: i64,
    /// In the directory (verified, suspended or imported).
    pub public: bool,
    /// Its verification, if it applied through the platform.
    pub state: Option<VerificationState>,
}

/// Why an edit was not saved.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum EditConflict {
    #[error("there is no such organization")]
    Missing,
    /// Someone saved since the editor read it; here is what they saved.
    #[error("the organization was changed meanwhile (it is now version {})", .0.version)]
    Stale(Box<EditableOrganization>),
}

fn editable_of(
    id: &str,
    review: Option<(String, String, i64)>,
    published: Option<(String, i64)>,
) -> Result<Option<EditableOrganization>, StoreError> {
    let state = match &review {
        Some((state, ..)) => {
            Some(
                VerificationState::parse(state).ok_or_else(|| StoreError::Corrupt {
                    id: id.to_owned(),
                    message: format!("unknown verification state {state:?}"),
                })?,
            )
        }
        None => None,
    };
    let public = state.is_none_or(|s| s.is_public());
    let (doc, version) = match (public, review, published) {
        (true, _, Some(entity)) => entity,
        (false, Some((_, proposal, version)), _) => (proposal, version),
        _ => return Ok(None),
    };
    Ok(Some(EditableOrganization {
        record: parse_doc(id, &doc)?,
        version,
        public,
        state,
    }))
}

/// Why a workflow write did not happen.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ReviewConflict {
    #[error("an organization with this id exists already")]
    IdTaken,
    #[error("the organization changed meanwhile: it is now {0}")]
    StateChanged(VerificationState),
    #[error("there is no such organization")]
    Missing,
}

impl Store {
    /// Files an application: the pending review, its first history step, the
    /// applicant made editor of the organization, and the audit entry.
    pub async fn create_application(
        &self,
        record: &Record,
        registry: &RegistryId,
        evidence_file: &str,
        applicant: Actorship<'_>,
        jobs: &[NewJob<'_>],
        now: i64,
    ) -> Result<Result<(), ReviewConflict>, StoreError> {
        let country = record
            .country
            .map(|c| c.as_str().to_owned())
            .unwrap_or_default();
        let doc = doc_of(record);
        let id = record.id.as_str().to_owned();
        let editor = Role::Editor(record.id.clone());
        let outcome = on_pool!(&self.db, |pool| {
            let mut tx = pool.begin_write().await?;
            let published: Option<i64> =
                sqlx::query_scalar("SELECT CAST(1 AS BIGINT) FROM entities WHERE id = $1")
                    .bind(id.clone())
                    .fetch_optional(&mut *tx)
                    .await?;
            // ON CONFLICT: two applications for one id at once on PostgreSQL
            // both pass a check-then-insert; the key decides, without an error.
            let filed: Option<String> = if published.is_some() {
                None
            } else {
                sqlx::query_scalar(
                    "INSERT INTO organization_reviews (org_id, country, state, registry_scheme, registry_value, \
                     evidence_file, applicant_id, proposal, created_at, updated_at) \
                     VALUES ($1, $2, 'pending', $3, $4, $5, $6, $7, $8, $8) \
                     ON CONFLICT (org_id) DO NOTHING RETURNING org_id",
                )
                .bind(id.clone())
                .bind(country.clone())
                .bind(registry.scheme)
                .bind(registry.value.clone())
                .bind(evidence_file.to_owned())
                .bind(applicant.id)
                .bind(doc.clone())
                .bind(now)
                .fetch_optional(&mut *tx)
                .await?
            };
            if filed.is_none() {
                Err(ReviewConflict::IdTaken)
            } else {
                sqlx::query(
                    "INSERT INTO organization_review_events (org_id, at, actor_id, state) VALUES ($1, $2, $3, 'pending')",
                )
                .bind(id.clone())
                .bind(now)
                .bind(applicant.id)
                .execute(&mut *tx)
                .await?;
                if let Some(account) = applicant.id {
                    sqlx::query(
                        "INSERT INTO roles (account_id, role, scope, granted_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
                    )
                    .bind(account)
                    .bind(editor.kind())
                    .bind(editor.scope().to_owned())
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                }
                let after = serde_json::json!({
                    "state": "pending", "registry": format!("{}:{}", registry.scheme, registry.value),
                    "record": serde_json::from_str::<serde_json::Value>(&doc).unwrap_or_default(),
                });
                insert_audit!(
                    &mut *tx,
                    AuditEntry {
                        at: now,
                        actor_id: applicant.id,
                        actor_email: applicant.email,
                        action: crate::audit::AuditAction::OrgApply,
                        target: &format!("org:{id}"),
                        before: None,
                        after: Some(after.to_string()),
                    }
                );
                insert_jobs!(&mut *tx, jobs, now);
                tx.commit().await?;
                Ok(())
            }
        });
        Ok(outcome)
    }

    /// The organizations other than `except` filed with this registry
    /// identifier (scheme, number and country) that are pending, verified
    /// or suspended: a rejected application claims nothing.
    pub async fn registry_matches(
        &self,
        scheme: &str,
        value: &str,
        country: CountryCode,
        except: &str,
    ) -> Result<Vec<RegistryMatch>, StoreError> {
        let rows: Vec<(String, String, String)> = on_pool!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT org_id, state, proposal FROM organization_reviews \
                 WHERE registry_scheme = $1 AND registry_value = $2 AND country = $3 \
                 AND org_id <> $4 AND state IN ('pending', 'verified', 'suspended') \
                 ORDER BY created_at, org_id LIMIT 20",
            )
            .bind(scheme.to_owned())
            .bind(value.to_owned())
            .bind(country.as_str().to_owned())
            .bind(except.to_owned())
            .fetch_all(pool)
            .await?
        });
        rows.into_iter()
            .map(|(id, state, proposal)| {
                let corrupt = |message: String| StoreError::Corrupt {
                    id: id.clone(),
                    message,
                };
                let state = VerificationState::parse(&state)
                    .ok_or_else(|| corrupt(format!("unknown verification state {state:?}")))?;
                let name = parse_doc(&id, &proposal)?.display_name().to_owned();
                let org_id =
                    EntityId::parse(&id).map_err(|_| corrupt("review with a bad id".into()))?;
                Ok(RegistryMatch {
                    org_id,
                    name,
                    state,
                })
            })
            .collect()
    }

    /// Whether an application (its evidence) or a partnership (its signed
    /// memorandum) names this upload (for sweeping uploads).
    pub async fn evidence_file_is_referenced(&self, file: &str) -> Result<bool, StoreError> {
        let found: Option<i64> = on_pool!(&self.db, |pool| {
            sqlx::query_scalar(
                "SELECT CAST(1 AS BIGINT) FROM organization_reviews WHERE evidence_file = $1 \
                 UNION ALL SELECT CAST(1 AS BIGINT) FROM partnerships WHERE memorandum_file = $1",
            )
            .bind(file.to_owned())
            .fetch_optional(pool)
            .await?
        });
        Ok(found.is_some())
    }

    pub async fn review(&self, org_id: &str) -> Result<Option<Review>, StoreError> {
        let sql = format!("SELECT {REVIEW_COLUMNS} FROM organization_reviews WHERE org_id = $1");
        let row: Option<ReviewRow> = on_pool!(&self.db, |pool| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql))
                .bind(org_id.to_owned())
                .fetch_optional(pool)
                .await?
        });
        row.map(review_of).transpose()
    }

    pub async fn review_events(&self, org_id: &str) -> Result<Vec<ReviewEvent>, StoreError> {
        let rows: Vec<(i64, Option<i64>, String, String)> = on_pool!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT at, actor_id, state, reason FROM organization_review_events WHERE org_id = $1 ORDER BY id",
            )
            .bind(org_id.to_owned())
            .fetch_all(pool)
            .await?
        });
        Ok(rows
            .into_iter()
            .filter_map(|(at, actor_id, state, reason)| {
                Some(ReviewEvent {
                    at,
                    actor_id,
                    state: VerificationState::parse(&state)?,
                    reason,
                })
            })
            .collect())
    }

    /// Reviews, most recently changed first.
    pub async fn reviews(&self, filter: &ReviewFilter) -> Result<Vec<Review>, StoreError> {
        let countries = filter.countries.as_ref().map(|c| {
            c.iter()
                .map(CountryCode::as_str)
                .collect::<Vec<_>>()
                .join(",")
        });
        let sql = format!(
            "SELECT {REVIEW_COLUMNS} FROM organization_reviews \
             WHERE ($1 IS NULL OR state = $1) AND ($2 IS NULL OR applicant_id = $2) \
             AND ($3 IS NULL OR ',' || $3 || ',' LIKE '%,' || country || ',%') \
             ORDER BY updated_at DESC, org_id LIMIT $4"
        );
        let rows: Vec<ReviewRow> = on_pool!(&self.db, |pool| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql))
                .bind(filter.state.map(|s| s.as_str()))
                .bind(filter.applicant)
                .bind(countries)
                .bind(i64::from(filter.limit.clamp(1, 1000)))
                .fetch_all(pool)
                .await?
        });
        rows.into_iter().map(review_of).collect()
    }

    /// How many organizations of each country are verified (for the
    /// statistics: one grouped count over the review queue's index).
    pub async fn verified_by_country(
        &self,
    ) -> Result<std::collections::BTreeMap<CountryCode, u64>, StoreError> {
        let rows: Vec<(String, i64)> = on_pool!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT country, COUNT(*) FROM organization_reviews WHERE state = 'verified' \
                 GROUP BY country",
            )
            .fetch_all(pool)
            .await?
        });
        Ok(rows
            .into_iter()
            .filter_map(|(c, n)| Some((CountryCode::parse(&c).ok()?, u64::try_from(n).ok()?)))
            .collect())
    }

    /// The verification state of each of these organizations that has one
    /// (imported organizations have none).
    pub async fn verification_states(
        &self,
        ids: &[String],
    ) -> Result<HashMap<String, VerificationState>, StoreError> {
        if ids.is_empty() {
            return Ok(HashMap::new());
        }
        let mut sql =
            String::from("SELECT org_id, state FROM organization_reviews WHERE org_id IN ");
        // One "row" of placeholders is exactly an IN list: ($1, $2, …).
        push_placeholders(&mut sql, 1, ids.len(), "");
        let rows: Vec<(String, String)> = on_pool!(&self.db, |pool| {
            let mut q = sqlx::query_as(sqlx::AssertSqlSafe(sql));
            for id in ids {
                q = q.bind(id.clone());
            }
            q.fetch_all(pool).await?
        });
        Ok(rows
            .into_iter()
            .filter_map(|(id, s)| Some((id, VerificationState::parse(&s)?)))
            .collect())
    }

    /// Moves an organization from `from` to `to` (the caller checked the
    /// transition and the permission). Verifying a pending application
    /// publishes its record as it stands when the decision commits (read
    /// under the decision's lock, so an edit that was acknowledged first is
    /// the one published) and answers it. Refused if the state moved meanwhile.
    #[expect(
        clippy::too_many_arguments,
        reason = "each is part of the one decision, written in one transaction"
    )]
    pub async fn decide(
        &self,
        org_id: &str,
        from: VerificationState,
        to: VerificationState,
        reason: &str,
        actor: Actorship<'_>,
        jobs: &[NewJob<'_>],
        now: i64,
    ) -> Result<Result<Option<Record>, ReviewConflict>, StoreError> {
        let mut tx = self.begin_import().await?;
        // The UPDATE takes the review's row lock on PostgreSQL (SQLite's
        // transaction holds the write lock already); RETURNING reads the
        // proposal under it.
        let moved: Option<(String, i64)> = on_tx!(&mut tx.tx, |conn| {
            let moved: Option<(String, i64)> = sqlx::query_as(
                "UPDATE organization_reviews SET state = $3, reason = $4, updated_at = $5 \
                 WHERE org_id = $1 AND state = $2 RETURNING proposal, version",
            )
            .bind(org_id.to_owned())
            .bind(from.as_str())
            .bind(to.as_str())
            .bind(reason.to_owned())
            .bind(now)
            .fetch_optional(&mut **conn)
            .await?;
            if moved.is_some() {
                // Verification weighs in matchmaking: every node's partner market hears of it.
                sqlx::query("INSERT INTO interest_changes (org_id) VALUES ($1)")
                    .bind(org_id.to_owned())
                    .execute(&mut **conn)
                    .await?;
                sqlx::query(
                    "INSERT INTO organization_review_events (org_id, at, actor_id, state, reason) VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(org_id.to_owned())
                .bind(now)
                .bind(actor.id)
                .bind(to.as_str())
                .bind(reason.to_owned())
                .execute(&mut **conn)
                .await?;
                insert_audit!(
                    &mut **conn,
                    AuditEntry {
                        at: now,
                        actor_id: actor.id,
                        actor_email: actor.email,
                        action: crate::audit::AuditAction::OrgReview,
                        target: &format!("org:{org_id}"),
                        before: Some(serde_json::json!({"state": from.as_str()}).to_string()),
                        after: Some(
                            serde_json::json!({"state": to.as_str(), "reason": reason}).to_string()
                        ),
                    }
                );
                insert_jobs!(&mut **conn, jobs, now);
            }
            moved
        });
        let Some((proposal, version)) = moved else {
            drop(tx);
            return Ok(Err(match self.review(org_id).await? {
                Some(r) => ReviewConflict::StateChanged(r.state),
                None => ReviewConflict::Missing,
            }));
        };
        let mut published = None;
        if from == VerificationState::Pending && to == VerificationState::Verified {
            let record = parse_doc(org_id, &proposal)?;
            tx.upsert(std::slice::from_ref(&record)).await?;
            // The published record keeps the proposal's edit version, so a
            // form opened before the verification still saves.
            on_tx!(&mut tx.tx, |conn| {
                sqlx::query("UPDATE entities SET version = $2 WHERE id = $1")
                    .bind(org_id.to_owned())
                    .bind(version)
                    .execute(&mut **conn)
                    .await?;
            });
            published = Some(record);
        }
        tx.commit().await?;
        Ok(Ok(published))
    }

    /// An organization as its editors see it: published or still in review,
    /// with its edit version. `None` when there is no such organization.
    pub async fn editable_organization(
        &self,
        id: &str,
    ) -> Result<Option<EditableOrganization>, StoreError> {
        let review: Option<(String, String, i64)> = on_pool!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT state, proposal, version FROM organization_reviews WHERE org_id = $1",
            )
            .bind(id.to_owned())
            .fetch_optional(pool)
            .await?
        });
        let published: Option<(String, i64)> = on_pool!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT doc, version FROM entities WHERE id = $1 AND kind = 'organization'",
            )
            .bind(id.to_owned())
            .fetch_optional(pool)
            .await?
        });
        editable_of(id, review, published)
    }

    /// Saves an edited organization profile: into `entities` when it is
    /// public (verified, suspended or imported), else into the application's
    /// proposal. Audited with the record before and after. Everything it
    /// depends on (whether the organization is public, its current version)
    /// is read inside the write's transaction, under its lock.
    ///
    /// With `expected_version`, refused (`Stale`, with the current record)
    /// if someone else saved since that version was read.
    pub async fn save_organization(
        &self,
        record: &Record,
        expected_version: Option<i64>,
        actor: Actorship<'_>,
        now: i64,
    ) -> Result<Result<EditableOrganization, EditConflict>, StoreError> {
        let id = record.id.as_str().to_owned();
        let lock = lock_clause(&self.db);
        let review_sql = format!(
            "SELECT state, proposal, version FROM organization_reviews WHERE org_id = $1{lock}"
        );
        let entity_sql = format!(
            "SELECT doc, version FROM entities WHERE id = $1 AND kind = 'organization'{lock}"
        );
        let mut tx = self.begin_import().await?;
        let (review, published) = on_tx!(&mut tx.tx, |conn| {
            let review: Option<(String, String, i64)> =
                sqlx::query_as(sqlx::AssertSqlSafe(review_sql))
                    .bind(id.clone())
                    .fetch_optional(&mut **conn)
                    .await?;
            let published: Option<(String, i64)> = sqlx::query_as(sqlx::AssertSqlSafe(entity_sql))
                .bind(id.clone())
                .fetch_optional(&mut **conn)
                .await?;
            (review, published)
        });
        let has_review = review.is_some();
        let Some(current) = editable_of(&id, review, published)? else {
            return Ok(Err(EditConflict::Missing));
        };
        if expected_version.is_some_and(|v| v != current.version) {
            return Ok(Err(EditConflict::Stale(Box::new(current))));
        }
        let before = doc_of(&current.record);
        let after = doc_of(record);
        if current.public {
            // Moves `entities.version` on by one.
            tx.upsert(std::slice::from_ref(record)).await?;
        }
        on_tx!(&mut tx.tx, |conn| {
            if has_review {
                sqlx::query(
                    "UPDATE organization_reviews SET proposal = $2, updated_at = $3, version = version + 1 \
                     WHERE org_id = $1",
                )
                .bind(id.clone())
                .bind(after.clone())
                .bind(now)
                .execute(&mut **conn)
                .await?;
            }
            insert_audit!(
                &mut **conn,
                AuditEntry {
                    at: now,
                    actor_id: actor.id,
                    actor_email: actor.email,
                    action: crate::audit::AuditAction::OrgEdit,
                    target: &format!("org:{id}"),
                    before: Some(before.clone()),
                    after: Some(after.clone()),
                }
            );
        });
        tx.commit().await?;
        Ok(Ok(EditableOrganization {
            record: record.clone(),
            version: current.version + 1,
            public: current.public,
            state: current.state,
        }))
    }
}

impl Store {
    /// Records that an organization already in the directory (imported) is
    /// verified, e.g. from the registry data the secretariat holds.
    pub async fn record_verified(
        &self,
        record: &Record,
        registry: &RegistryId,
        actor: Actorship<'_>,
        now: i64,
    ) -> Result<(), StoreError> {
        let id = record.id.as_str().to_owned();
        let country = record
            .country
            .map(|c| c.as_str().to_owned())
            .unwrap_or_default();
        let doc = doc_of(record);
        on_pool!(&self.db, |pool| {
            let mut tx = pool.begin_write().await?;
            sqlx::query(
                "INSERT INTO organization_reviews (org_id, country, state, registry_scheme, registry_value, \
                 proposal, created_at, updated_at) VALUES ($1, $2, 'verified', $3, $4, $5, $6, $6) \
                 ON CONFLICT (org_id) DO NOTHING",
            )
            .bind(id.clone())
            .bind(country.clone())
            .bind(registry.scheme)
            .bind(registry.value.clone())
            .bind(doc.clone())
            .bind(now)
            .execute(&mut *tx)
            .await?;
            sqlx::query("INSERT INTO interest_changes (org_id) VALUES ($1)")
                .bind(id.clone())
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "INSERT INTO organization_review_events (org_id, at, actor_id, state) VALUES ($1, $2, $3, 'verified')",
            )
            .bind(id.clone())
            .bind(now)
            .bind(actor.id)
            .execute(&mut *tx)
            .await?;
            insert_audit!(&mut *tx, AuditEntry {
                at: now,
                actor_id: actor.id,
                actor_email: actor.email,
                action: crate::audit::AuditAction::OrgReview,
                target: &format!("org:{id}"),
                before: None,
                after: Some(serde_json::json!({"state": "verified", "registry": format!("{}:{}", registry.scheme, registry.value)}).to_string()),
            });
            tx.commit().await?;
        });
        Ok(())
    }
}
