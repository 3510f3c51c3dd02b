//! Offers and needs, proposals and partnerships (see the migration
//! `*_partners.sql`). A proposal changes state only while it is pending,
//! under its row lock: an acceptance racing a withdrawal, on any number of
//! nodes, leaves exactly one of them done.

use crate::records::push_placeholders;
use crate::write::{WriteTx, on_write_tx};
use crate::{Store, StoreError, on_pool};
use domain::partners::{Direction, IatiRole, Interest, ProposalDraft, ProposalState, Stated};
use domain::{AreaSlug, CountryCode};
use sqlx::AssertSqlSafe;
use std::collections::{BTreeMap, HashMap};

/// An offer or need as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredInterest {
    pub id: i64,
    pub org_id: String,
    pub interest: Interest,
}

/// A stated offer or need with its organization, for matchmaking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgStated {
    pub org_id: String,
    pub stated: Stated,
    pub languages: Vec<String>,
    /// The organization's country, as its record says.
    pub country: Option<CountryCode>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    pub id: i64,
    pub network: String,
    pub from_org: String,
    pub to_org: String,
    pub area: String,
    pub activity: String,
    pub message: String,
    pub lang: String,
    pub starts_on: String,
    pub ends_on: String,
    pub state: ProposalState,
    pub proposed_by: i64,
    pub decided_by: Option<i64>,
    pub created_at: i64,
    pub decided_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Partnership {
    pub id: i64,
    pub network: String,
    pub proposal_id: i64,
    /// The proposing organization, and its role.
    pub org_a: String,
    pub role_a: IatiRole,
    pub org_b: String,
    pub role_b: IatiRole,
    pub area: String,
    pub activity: String,
    pub starts_on: String,
    pub ends_on: String,
    pub created_at: i64,
    /// The signed memorandum's file in the uploads directory, if attached.
    pub memorandum_file: Option<String>,
}

impl Partnership {
    /// The other side of the partnership, seen from `org`.
    pub fn other(&self, org: &str) -> &str {
        if self.org_a == org {
            &self.org_b
        } else {
            &self.org_a
        }
    }
}

/// What the partner search filters by.
#[derive(Debug, Clone, Default)]
pub struct InterestFilter {
    pub network: String,
    pub direction: Option<Direction>,
    pub area: Option<AreaSlug>,
    /// The organization's country.
    pub country: Option<CountryCode>,
    pub language: Option<String>,
    /// Only these organizations (a name search's hits).
    pub orgs: Option<Vec<String>>,
    pub limit: usize,
}

fn split(list: &str) -> impl Iterator<Item = &str> {
    list.split(',').map(str::trim).filter(|s| !s.is_empty())
}

fn countries(list: &str) -> Vec<CountryCode> {
    split(list)
        .filter_map(|c| CountryCode::parse(c).ok())
        .collect()
}

fn corrupt(what: &str, value: &str) -> StoreError {
    StoreError::Corrupt {
        id: what.to_owned(),
        message: format!("unexpected value {value:?}"),
    }
}

type InterestRow = (i64, String, String, String, String, String, String);
const INTEREST_COLUMNS: &str = "id, org_id, direction, area, countries, languages, original_lang";

fn stated(direction: &str, area: &str, list: &str) -> Result<Stated, StoreError> {
    Ok(Stated {
        direction: Direction::parse(direction).ok_or_else(|| corrupt("direction", direction))?,
        area: AreaSlug::parse(area).map_err(|_| corrupt("area", area))?,
        countries: countries(list),
    })
}

/// A stored offer or need from its row and the texts read for it.
fn stored_interest(
    r: InterestRow,
    texts: &mut HashMap<i64, BTreeMap<String, String>>,
) -> Result<StoredInterest, StoreError> {
    let s = stated(&r.2, &r.3, &r.4)?;
    Ok(StoredInterest {
        id: r.0,
        org_id: r.1,
        interest: Interest {
            direction: s.direction,
            area: s.area,
            countries: s.countries,
            languages: split(&r.5).map(str::to_owned).collect(),
            original_lang: r.6,
            texts: texts.remove(&r.0).unwrap_or_default(),
        },
    })
}

type ProposalRow = (
    i64,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    i64,
    Option<i64>,
    i64,
    Option<i64>,
);
const PROPOSAL_COLUMNS: &str = "id, network, from_org, to_org, area, activity, message, lang, starts_on, ends_on, state, proposed_by, decided_by, created_at, decided_at";

fn proposal(r: ProposalRow) -> Result<Proposal, StoreError> {
    Ok(Proposal {
        id: r.0,
        network: r.1,
        from_org: r.2,
        to_org: r.3,
        area: r.4,
        activity: r.5,
        message: r.6,
        lang: r.7,
        starts_on: r.8,
        ends_on: r.9,
        state: ProposalState::parse(&r.10).ok_or_else(|| corrupt("proposal state", &r.10))?,
        proposed_by: r.11,
        decided_by: r.12,
        created_at: r.13,
        decided_at: r.14,
    })
}

type PartnershipRow = (
    i64,
    String,
    i64,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    i64,
    Option<String>,
);
const PARTNERSHIP_COLUMNS: &str = "id, network, proposal_id, org_a, role_a, org_b, role_b, area, activity, starts_on, ends_on, created_at, memorandum_file";

fn partnership(r: PartnershipRow) -> Result<Partnership, StoreError> {
    let role = |s: &str| IatiRole::parse(s).ok_or_else(|| corrupt("role", s));
    Ok(Partnership {
        id: r.0,
        network: r.1,
        proposal_id: r.2,
        role_a: role(&r.4)?,
        org_a: r.3,
        role_b: role(&r.6)?,
        org_b: r.5,
        area: r.7,
        activity: r.8,
        starts_on: r.9,
        ends_on: r.10,
        created_at: r.11,
        memorandum_file: r.12,
    })
}

impl Store {
    /// An organization's offers and needs with their texts, in the order stated.
    pub async fn interests_of(&self, org_id: &str) -> Result<Vec<StoredInterest>, StoreError> {
        let sql = format!(
            "SELECT {INTEREST_COLUMNS} FROM org_interests WHERE org_id = $1 ORDER BY direction, id"
        );
        let rows: Vec<InterestRow> = on_pool!(&self.db, |pool| {
            sqlx::query_as(AssertSqlSafe(sql))
                .bind(org_id.to_owned())
                .fetch_all(pool)
                .await?
        });
        let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
        let mut texts = self.interest_texts(&ids).await?;
        rows.into_iter()
            .map(|r| stored_interest(r, &mut texts))
            .collect()
    }

    /// What matchmaking weighs beside offers and needs, for the
    /// organizations stating any (or `orgs` only): areas of work, whether
    /// verified, partnerships had.
    pub async fn market_facts(
        &self,
        network: &str,
        orgs: Option<&[String]>,
    ) -> Result<HashMap<String, (Vec<AreaSlug>, bool, u32)>, StoreError> {
        let (list, binds): (String, Vec<String>) = match orgs {
            Some(orgs) => (
                format!(
                    "({})",
                    (0..orgs.len())
                        .map(|k| format!("${}", k + 2))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                orgs.to_vec(),
            ),
            None => (
                "(SELECT org_id FROM org_interests WHERE network = $1)".to_owned(),
                Vec::new(),
            ),
        };
        if orgs.is_some_and(<[String]>::is_empty) {
            return Ok(HashMap::new());
        }
        let mut facts: HashMap<String, (Vec<AreaSlug>, bool, u32)> = HashMap::new();
        let queries = [
            format!(
                "SELECT entity_id, area, CAST(0 AS BIGINT) FROM entity_areas WHERE entity_id IN {list} AND CAST($1 AS TEXT) <> ''"
            ),
            format!(
                "SELECT org_id, state, CAST(0 AS BIGINT) FROM organization_reviews WHERE org_id IN {list} AND state = 'verified' AND CAST($1 AS TEXT) <> ''"
            ),
            format!(
                "SELECT o, '', COUNT(*) FROM (SELECT org_a AS o FROM partnerships WHERE network = $1 \
                 UNION ALL SELECT org_b FROM partnerships WHERE network = $1) p WHERE o IN {list} GROUP BY o"
            ),
        ];
        for (k, sql) in queries.into_iter().enumerate() {
            let rows: Vec<(String, String, i64)> = on_pool!(&self.db, |pool| {
                let mut q = sqlx::query_as(AssertSqlSafe(sql.clone())).bind(network.to_owned());
                for b in &binds {
                    q = q.bind(b.clone());
                }
                q.fetch_all(pool).await?
            });
            for (org, value, n) in rows {
                let entry = facts.entry(org).or_default();
                match k {
                    0 => entry.0.extend(AreaSlug::parse(&value).ok()),
                    1 => entry.1 = true,
                    _ => entry.2 = u32::try_from(n).unwrap_or(u32::MAX),
                }
            }
        }
        Ok(facts)
    }

    /// The last change to anyone's offers and needs (0 when none).
    pub async fn last_interest_change(&self) -> Result<i64, StoreError> {
        Ok(on_pool!(&self.db, |pool| {
            sqlx::query_scalar::<_, Option<i64>>("SELECT MAX(seq) FROM interest_changes")
                .fetch_one(pool)
                .await?
        })
        .unwrap_or(0))
    }

    /// The changes after `seq`, in order: `(seq, organization)`.
    pub async fn interest_changes_since(&self, seq: i64) -> Result<Vec<(i64, String)>, StoreError> {
        Ok(on_pool!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT seq, org_id FROM interest_changes WHERE seq > $1 ORDER BY seq LIMIT 10000",
            )
            .bind(seq)
            .fetch_all(pool)
            .await?
        }))
    }

    /// Every stated offer and need of a network (or of `orgs` only), with
    /// its organization's languages and country: what the partner market
    /// holds.
    pub async fn stated_interests(
        &self,
        network: &str,
        orgs: Option<&[String]>,
    ) -> Result<Vec<OrgStated>, StoreError> {
        let mut sql = String::from(
            "SELECT i.org_id, i.direction, i.area, i.countries, i.languages, e.country \
             FROM org_interests i JOIN entities e ON e.id = i.org_id WHERE i.network = $1",
        );
        if let Some(orgs) = orgs {
            if orgs.is_empty() {
                return Ok(Vec::new());
            }
            let list: Vec<String> = (0..orgs.len()).map(|k| format!("${}", k + 2)).collect();
            sql.push_str(&format!(" AND i.org_id IN ({})", list.join(", ")));
        }
        sql.push_str(" ORDER BY i.org_id, i.id");
        type Row = (String, String, String, String, String, Option<String>);
        let rows: Vec<Row> = on_pool!(&self.db, |pool| {
            let mut q = sqlx::query_as(AssertSqlSafe(sql)).bind(network.to_owned());
            for o in orgs.unwrap_or_default() {
                q = q.bind(o.clone());
            }
            q.fetch_all(pool).await?
        });
        rows.into_iter()
            .map(|r| {
                Ok(OrgStated {
                    stated: stated(&r.1, &r.2, &r.3)?,
                    languages: split(&r.4).map(str::to_owned).collect(),
                    country: r.5.as_deref().and_then(|c| CountryCode::parse(c).ok()),
                    org_id: r.0,
                })
            })
            .collect()
    }

    /// Offers and needs matching `filter`, newest first, with the text in
    /// each of its languages.
    pub async fn search_interests(
        &self,
        filter: &InterestFilter,
    ) -> Result<Vec<StoredInterest>, StoreError> {
        let mut sql = format!(
            "SELECT {} FROM org_interests i JOIN entities e ON e.id = i.org_id WHERE i.network = $1",
            INTEREST_COLUMNS
                .split(", ")
                .map(|c| format!("i.{c}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let mut binds = vec![filter.network.clone()];
        let mut bind = |sql: &mut String, clause: &str, value: String| {
            binds.push(value);
            sql.push_str(&clause.replace('?', &format!("${}", binds.len())));
        };
        if let Some(d) = filter.direction {
            bind(&mut sql, " AND i.direction = ?", d.as_str().to_owned());
        }
        if let Some(a) = filter.area {
            bind(&mut sql, " AND i.area = ?", a.as_str().to_owned());
        }
        if let Some(c) = filter.country {
            bind(&mut sql, " AND e.country = ?", c.as_str().to_owned());
        }
        if let Some(l) = &filter.language {
            // Languages are a comma list; match a whole tag.
            bind(
                &mut sql,
                " AND (',' || i.languages || ',') LIKE ?",
                format!("%,{l},%"),
            );
        }
        if let Some(orgs) = &filter.orgs {
            if orgs.is_empty() {
                return Ok(Vec::new());
            }
            sql.push_str(" AND i.org_id IN (");
            for (n, o) in orgs.iter().enumerate() {
                binds.push(o.clone());
                if n > 0 {
                    sql.push_str(", ");
                }
                sql.push_str(&format!("${}", binds.len()));
            }
            sql.push(')');
        }
        sql.push_str(&format!(
            " ORDER BY i.updated_at DESC, i.id DESC LIMIT {}",
            filter.limit.clamp(1, 500)
        ));
        let rows: Vec<InterestRow> = on_pool!(&self.db, |pool| {
            let mut q = sqlx::query_as(AssertSqlSafe(sql));
            for b in &binds {
                q = q.bind(b.clone());
            }
            q.fetch_all(pool).await?
        });
        let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
        let mut texts = self.interest_texts(&ids).await?;
        rows.into_iter()
            .map(|r| stored_interest(r, &mut texts))
            .collect()
    }

    async fn interest_texts(
        &self,
        ids: &[i64],
    ) -> Result<HashMap<i64, BTreeMap<String, String>>, StoreError> {
        let mut out: HashMap<i64, BTreeMap<String, String>> = HashMap::new();
        for chunk in ids.chunks(500) {
            let mut sql = String::from(
                "SELECT interest_id, lang, body FROM org_interest_texts WHERE interest_id IN ",
            );
            push_placeholders(&mut sql, 1, chunk.len(), "");
            let rows: Vec<(i64, String, String)> = on_pool!(&self.db, |pool| {
                let mut q = sqlx::query_as(AssertSqlSafe(sql));
                for id in chunk {
                    q = q.bind(*id);
                }
                q.fetch_all(pool).await?
            });
            for (id, lang, body) in rows {
                out.entry(id).or_default().insert(lang, body);
            }
        }
        Ok(out)
    }

    pub async fn proposal(&self, id: i64) -> Result<Option<Proposal>, StoreError> {
        let sql = format!("SELECT {PROPOSAL_COLUMNS} FROM proposals WHERE id = $1");
        let row: Option<ProposalRow> = on_pool!(&self.db, |pool| {
            sqlx::query_as(AssertSqlSafe(sql))
                .bind(id)
                .fetch_optional(pool)
                .await?
        });
        row.map(proposal).transpose()
    }

    /// Proposals made or received by any of `orgs`, newest first.
    pub async fn proposals_involving(&self, orgs: &[String]) -> Result<Vec<Proposal>, StoreError> {
        if orgs.is_empty() {
            return Ok(Vec::new());
        }
        let mut list = String::new();
        push_placeholders(&mut list, 1, orgs.len(), "");
        let sql = format!(
            "SELECT {PROPOSAL_COLUMNS} FROM proposals WHERE from_org IN {list} OR to_org IN {list} \
             ORDER BY created_at DESC, id DESC"
        );
        let rows: Vec<ProposalRow> = on_pool!(&self.db, |pool| {
            let mut q = sqlx::query_as(AssertSqlSafe(sql));
            for o in orgs {
                q = q.bind(o.clone());
            }
            q.fetch_all(pool).await?
        });
        rows.into_iter().map(proposal).collect()
    }

    /// An organization's partnerships, newest first.
    pub async fn partnerships_of(&self, org_id: &str) -> Result<Vec<Partnership>, StoreError> {
        let sql = format!(
            "SELECT {PARTNERSHIP_COLUMNS} FROM partnerships WHERE org_a = $1 OR org_b = $1 \
             ORDER BY created_at DESC, id DESC"
        );
        let rows: Vec<PartnershipRow> = on_pool!(&self.db, |pool| {
            sqlx::query_as(AssertSqlSafe(sql))
                .bind(org_id.to_owned())
                .fetch_all(pool)
                .await?
        });
        rows.into_iter().map(partnership).collect()
    }

    pub async fn partnership(&self, id: i64) -> Result<Option<Partnership>, StoreError> {
        let sql = format!("SELECT {PARTNERSHIP_COLUMNS} FROM partnerships WHERE id = $1");
        let row: Option<PartnershipRow> = on_pool!(&self.db, |pool| {
            sqlx::query_as(AssertSqlSafe(sql))
                .bind(id)
                .fetch_optional(pool)
                .await?
        });
        row.map(partnership).transpose()
    }

    /// Every partnership of a network with the countries of both sides.
    pub async fn partnerships_with_countries(
        &self,
        network: &str,
    ) -> Result<Vec<(Partnership, Option<String>, Option<String>)>, StoreError> {
        let columns = PARTNERSHIP_COLUMNS
            .split(", ")
            .map(|c| format!("p.{c}"))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!(
            "SELECT {columns}, a.country, b.country FROM partnerships p \
             LEFT JOIN entities a ON a.id = p.org_a LEFT JOIN entities b ON b.id = p.org_b \
             WHERE p.network = $1 ORDER BY p.created_at, p.id"
        );
        type Row = (PartnershipRow, Option<String>, Option<String>);
        type Flat = (
            i64,
            String,
            i64,
            String,
            String,
            String,
            String,
            String,
            String,
            String,
            String,
            i64,
            Option<String>,
            Option<String>,
            Option<String>,
        );
        let rows: Vec<Flat> = on_pool!(&self.db, |pool| {
            sqlx::query_as(AssertSqlSafe(sql))
                .bind(network.to_owned())
                .fetch_all(pool)
                .await?
        });
        rows.into_iter()
            .map(|r| -> Row {
                (
                    (
                        r.0, r.1, r.2, r.3, r.4, r.5, r.6, r.7, r.8, r.9, r.10, r.11, r.12,
                    ),
                    r.13,
                    r.14,
                )
            })
            .map(|(p, a, b)| Ok((partnership(p)?, a, b)))
            .collect()
    }

    /// How many partnerships each of `orgs` has.
    pub async fn partnership_counts(
        &self,
        orgs: &[String],
    ) -> Result<HashMap<String, u32>, StoreError> {
        let mut out = HashMap::new();
        for chunk in orgs.chunks(400) {
            let mut list = String::new();
            push_placeholders(&mut list, 1, chunk.len(), "");
            let sql = format!(
                "SELECT org, COUNT(*) FROM (SELECT org_a AS org FROM partnerships WHERE org_a IN {list} \
                 UNION ALL SELECT org_b FROM partnerships WHERE org_b IN {list}) t GROUP BY org"
            );
            let rows: Vec<(String, i64)> = on_pool!(&self.db, |pool| {
                let mut q = sqlx::query_as(AssertSqlSafe(sql));
                for o in chunk {
                    q = q.bind(o.clone());
                }
                q.fetch_all(pool).await?
            });
            out.extend(rows.into_iter().map(|(o, n)| (o, n as u32)));
        }
        Ok(out)
    }
}

impl WriteTx {
    /// How many offers and needs an organization has stated.
    pub async fn count_interests(&mut self, org_id: &str) -> Result<u64, StoreError> {
        let n: i64 = on_write_tx!(self, |conn| {
            sqlx::query_scalar("SELECT COUNT(*) FROM org_interests WHERE org_id = $1")
                .bind(org_id.to_owned())
                .fetch_one(&mut **conn)
                .await?
        });
        Ok(n as u64)
    }

    pub async fn insert_interest(
        &mut self,
        network: &str,
        org_id: &str,
        interest: &Interest,
        now: i64,
    ) -> Result<i64, StoreError> {
        let id: i64 = on_write_tx!(self, |conn| {
            sqlx::query_scalar(
                "INSERT INTO org_interests (network, org_id, direction, area, countries, languages, \
                 original_lang, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
            )
            .bind(network.to_owned())
            .bind(org_id.to_owned())
            .bind(interest.direction.as_str())
            .bind(interest.area.as_str())
            .bind(
                interest
                    .countries
                    .iter()
                    .map(|c| c.as_str())
                    .collect::<Vec<_>>()
                    .join(","),
            )
            .bind(interest.languages.join(","))
            .bind(interest.original_lang.clone())
            .bind(now)
            .fetch_one(&mut **conn)
            .await?
        });
        for (lang, body) in &interest.texts {
            on_write_tx!(self, |conn| {
                sqlx::query(
                    "INSERT INTO org_interest_texts (interest_id, lang, body) VALUES ($1, $2, $3)",
                )
                .bind(id)
                .bind(lang.clone())
                .bind(body.clone())
                .execute(&mut **conn)
                .await?
                .rows_affected()
            });
        }
        self.interests_changed(org_id).await?;
        Ok(id)
    }

    /// Tells every node's partner market that `org_id`'s offers and needs
    /// changed (in this transaction).
    async fn interests_changed(&mut self, org_id: &str) -> Result<(), StoreError> {
        on_write_tx!(self, |conn| {
            sqlx::query("INSERT INTO interest_changes (org_id) VALUES ($1)")
                .bind(org_id.to_owned())
                .execute(&mut **conn)
                .await?;
        });
        Ok(())
    }

    /// Removes an offer or need of `org_id`; false when it has no such one.
    pub async fn delete_interest(&mut self, id: i64, org_id: &str) -> Result<bool, StoreError> {
        on_write_tx!(self, |conn| {
            sqlx::query(
                "DELETE FROM org_interest_texts WHERE interest_id IN \
                 (SELECT id FROM org_interests WHERE id = $1 AND org_id = $2)",
            )
            .bind(id)
            .bind(org_id.to_owned())
            .execute(&mut **conn)
            .await?
            .rows_affected()
        });
        let gone = on_write_tx!(self, |conn| {
            sqlx::query("DELETE FROM org_interests WHERE id = $1 AND org_id = $2")
                .bind(id)
                .bind(org_id.to_owned())
                .execute(&mut **conn)
                .await?
                .rows_affected()
        });
        if gone > 0 {
            self.interests_changed(org_id).await?;
        }
        Ok(gone > 0)
    }

    /// Files a pending proposal; `None` when one from `from` to `to` is
    /// pending already (the unique index decides, whatever the concurrency).
    pub async fn insert_proposal(
        &mut self,
        network: &str,
        from: &str,
        to: &str,
        draft: &ProposalDraft,
        by: i64,
        now: i64,
    ) -> Result<Option<Proposal>, StoreError> {
        let sql = format!(
            "INSERT INTO proposals (network, from_org, to_org, area, activity, message, lang, starts_on, \
             ends_on, state, proposed_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'pending', $10, $11) \
             ON CONFLICT DO NOTHING RETURNING {PROPOSAL_COLUMNS}"
        );
        let row: Option<ProposalRow> = on_write_tx!(self, |conn| {
            sqlx::query_as(AssertSqlSafe(sql))
                .bind(network.to_owned())
                .bind(from.to_owned())
                .bind(to.to_owned())
                .bind(draft.area.as_str())
                .bind(draft.activity.clone())
                .bind(draft.message.clone())
                .bind(draft.lang.clone())
                .bind(draft.starts_on.clone())
                .bind(draft.ends_on.clone())
                .bind(by)
                .bind(now)
                .fetch_optional(&mut **conn)
                .await?
        });
        row.map(proposal).transpose()
    }

    /// A pending proposal from `from` to `to`, if any.
    pub async fn pending_proposal(
        &mut self,
        from: &str,
        to: &str,
    ) -> Result<Option<Proposal>, StoreError> {
        let sql = format!(
            "SELECT {PROPOSAL_COLUMNS} FROM proposals WHERE from_org = $1 AND to_org = $2 AND state = 'pending'"
        );
        let row: Option<ProposalRow> = on_write_tx!(self, |conn| {
            sqlx::query_as(AssertSqlSafe(sql))
                .bind(from.to_owned())
                .bind(to.to_owned())
                .fetch_optional(&mut **conn)
                .await?
        });
        row.map(proposal).transpose()
    }

    /// A proposal, locked until commit.
    pub async fn lock_proposal(&mut self, id: i64) -> Result<Option<Proposal>, StoreError> {
        let sql = format!(
            "SELECT {PROPOSAL_COLUMNS} FROM proposals WHERE id = $1{}",
            self.lock_suffix()
        );
        let row: Option<ProposalRow> = on_write_tx!(self, |conn| {
            sqlx::query_as(AssertSqlSafe(sql))
                .bind(id)
                .fetch_optional(&mut **conn)
                .await?
        });
        row.map(proposal).transpose()
    }

    /// Moves a pending proposal to `state`; false when it was not pending.
    pub async fn decide_proposal(
        &mut self,
        id: i64,
        state: ProposalState,
        by: i64,
        now: i64,
    ) -> Result<bool, StoreError> {
        let n = on_write_tx!(self, |conn| {
            sqlx::query(
                "UPDATE proposals SET state = $2, decided_by = $3, decided_at = $4 \
                 WHERE id = $1 AND state = 'pending'",
            )
            .bind(id)
            .bind(state.as_str())
            .bind(by)
            .bind(now)
            .execute(&mut **conn)
            .await?
            .rows_affected()
        });
        Ok(n == 1)
    }

    /// The partnership an accepted proposal becomes.
    pub async fn insert_partnership(
        &mut self,
        proposal: &Proposal,
        role_a: IatiRole,
        role_b: IatiRole,
        now: i64,
    ) -> Result<Partnership, StoreError> {
        let sql = format!(
            "INSERT INTO partnerships (network, proposal_id, org_a, role_a, org_b, role_b, area, activity, \
             starts_on, ends_on, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
             RETURNING {PARTNERSHIP_COLUMNS}"
        );
        let row: PartnershipRow = on_write_tx!(self, |conn| {
            sqlx::query_as(AssertSqlSafe(sql))
                .bind(proposal.network.clone())
                .bind(proposal.id)
                .bind(proposal.from_org.clone())
                .bind(role_a.as_str())
                .bind(proposal.to_org.clone())
                .bind(role_b.as_str())
                .bind(proposal.area.clone())
                .bind(proposal.activity.clone())
                .bind(proposal.starts_on.clone())
                .bind(proposal.ends_on.clone())
                .bind(now)
                .fetch_one(&mut **conn)
                .await?
        });
        // Partnerships had weigh in matchmaking.
        self.interests_changed(&proposal.from_org).await?;
        self.interests_changed(&proposal.to_org).await?;
        partnership(row)
    }

    /// Attaches (or replaces) a partnership's signed memorandum under the
    /// partnership's row lock; answers the file it replaced, `None` when
    /// there is no such partnership.
    pub async fn set_memorandum(
        &mut self,
        id: i64,
        file: &str,
    ) -> Result<Option<Option<String>>, StoreError> {
        let lock = format!(
            "SELECT memorandum_file FROM partnerships WHERE id = $1{}",
            self.lock_suffix()
        );
        let before: Option<(Option<String>,)> = on_write_tx!(self, |conn| {
            sqlx::query_as(AssertSqlSafe(lock))
                .bind(id)
                .fetch_optional(&mut **conn)
                .await?
        });
        let Some((before,)) = before else {
            return Ok(None);
        };
        on_write_tx!(self, |conn| {
            sqlx::query("UPDATE partnerships SET memorandum_file = $2 WHERE id = $1")
                .bind(id)
                .bind(file.to_owned())
                .execute(&mut **conn)
                .await?;
        });
        Ok(Some(before))
    }
}
