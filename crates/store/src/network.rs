use crate::write::BeginWrite;
use crate::{Store, StoreError, on_pool};
use domain::{Chair, CountryCode, MembershipStatus, Network, NetworkCountry};

const NETWORK_KEY: &str = "network";

/// The single-valued part of the network, kept as one settings row.
#[derive(serde::Serialize, serde::Deserialize)]
struct NetworkSettings {
    name: String,
    #[serde(default)]
    localized_names: std::collections::BTreeMap<String, String>,
    chair: Option<String>,
    chair_since: Option<String>,
    seat_place_id: Option<String>,
    seat_name: Option<String>,
}

impl Store {
    /// The network this platform serves; `None` until one is configured.
    pub async fn network(&self) -> Result<Option<Network>, StoreError> {
        let (settings, rows) = on_pool!(&self.db, |pool| {
            let settings: Option<String> =
                sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
                    .bind(NETWORK_KEY)
                    .fetch_optional(pool)
                    .await?;
            let rows: Vec<(String, String, Option<String>)> =
                sqlx::query_as("SELECT code, status, since FROM network_countries ORDER BY code")
                    .fetch_all(pool)
                    .await?;
            (settings, rows)
        });
        let Some(settings) = settings else {
            return Ok(None);
        };
        let s: NetworkSettings =
            serde_json::from_str(&settings).map_err(|e| StoreError::Corrupt {
                id: NETWORK_KEY.into(),
                message: e.to_string(),
            })?;
        let mut countries = Vec::with_capacity(rows.len());
        for (code, status, since) in rows {
            let corrupt = |m: String| StoreError::Corrupt {
                id: format!("network country {code}"),
                message: m,
            };
            countries.push(NetworkCountry {
                code: CountryCode::parse(&code).map_err(|e| corrupt(e.to_string()))?,
                status: MembershipStatus::parse(&status)
                    .ok_or_else(|| corrupt(format!("status {status:?}")))?,
                since,
            });
        }
        let chair = match s.chair {
            Some(c) => Some(Chair {
                country: CountryCode::parse(&c).map_err(|e| StoreError::Corrupt {
                    id: NETWORK_KEY.into(),
                    message: e.to_string(),
                })?,
                since: s.chair_since,
            }),
            None => None,
        };
        Ok(Some(Network {
            name: s.name,
            localized_names: s.localized_names,
            chair,
            seat_place_id: s.seat_place_id,
            seat_name: s.seat_name,
            countries,
        }))
    }

    /// Replaces the network's settings and country list in one transaction.
    pub async fn save_network(&self, network: &Network) -> Result<(), StoreError> {
        self.write_network(network, None).await
    }

    /// Like [`Store::save_network`], by a person: audited with before and after.
    pub async fn update_network(
        &self,
        network: &Network,
        actor: crate::Actorship<'_>,
        now: i64,
    ) -> Result<(), StoreError> {
        let before = self.network().await?;
        let audit = crate::audit::AuditEntry {
            at: now,
            actor_id: actor.id,
            actor_email: actor.email,
            action: crate::audit::AuditAction::NetworkUpdate,
            target: "network",
            before: before.map(|n| serde_json::to_string(&n).unwrap_or_default()),
            after: Some(serde_json::to_string(network).unwrap_or_default()),
        };
        self.write_network(network, Some(audit)).await
    }

    async fn write_network(
        &self,
        network: &Network,
        audit: Option<crate::audit::AuditEntry<'_>>,
    ) -> Result<(), StoreError> {
        let settings = serde_json::to_string(&NetworkSettings {
            name: network.name.clone(),
            localized_names: network.localized_names.clone(),
            chair: network
                .chair
                .as_ref()
                .map(|c| c.country.as_str().to_owned()),
            chair_since: network.chair.as_ref().and_then(|c| c.since.clone()),
            seat_place_id: network.seat_place_id.clone(),
            seat_name: network.seat_name.clone(),
        })
        .unwrap_or_default();
        on_pool!(&self.db, |pool| {
            let mut tx = pool.begin_write().await?;
            sqlx::query(
                "INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            )
            .bind(NETWORK_KEY)
            .bind(settings)
            .execute(&mut *tx)
            .await?;
            sqlx::query("DELETE FROM network_countries")
                .execute(&mut *tx)
                .await?;
            for c in &network.countries {
                sqlx::query(
                    "INSERT INTO network_countries (code, status, since) VALUES ($1, $2, $3)",
                )
                .bind(c.code.as_str().to_owned())
                .bind(c.status.as_str())
                .bind(c.since.clone())
                .execute(&mut *tx)
                .await?;
            }
            if let Some(entry) = audit {
                crate::audit::insert_audit!(&mut *tx, entry);
            }
            tx.commit().await?;
        });
        Ok(())
    }
}
