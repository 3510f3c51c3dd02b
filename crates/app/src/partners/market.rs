//! The partner market in memory: every organization's stated offers and
//! needs (with its country and working languages), and per direction and
//! area the organizations stating it, so suggestions score their
//! candidates without reading them from the database.
//!
//! Each node keeps its own. Every write of offers and needs appends the
//! organization to `interest_changes` in its transaction; before
//! answering, the market applies the changes after the last one it saw
//! (one indexed read, empty almost always), so a node never suggests from
//! offers and needs older than the request.

use domain::AreaSlug;
use domain::partners::{Direction, Packed, PartnerProfile};
use std::collections::{HashMap, HashSet};
use store::{OrgStated, Store, StoreError};

#[derive(Default)]
pub(crate) struct Market {
    /// The last change applied.
    seq: i64,
    index: HashMap<String, u32>,
    ids: Vec<String>,
    /// With areas of work, verification and partnerships had as of their
    /// last change; packed, so ranking a few hundred thousand candidates
    /// reads one small row each.
    profiles: Vec<Packed>,
    /// Organizations stating each (direction, area); may hold some that no
    /// longer do (filtered when read).
    by_area: HashMap<(Direction, AreaSlug), Vec<u32>>,
}

type Facts = HashMap<String, (Vec<AreaSlug>, bool, u32)>;

fn profiles_of(rows: Vec<OrgStated>, mut facts: Facts) -> HashMap<String, PartnerProfile> {
    let mut out: HashMap<String, PartnerProfile> = HashMap::new();
    for row in rows {
        let p = out
            .entry(row.org_id.clone())
            .or_insert_with(|| PartnerProfile {
                org_id: row.org_id.clone(),
                country: row.country,
                areas: Vec::new(),
                languages: Vec::new(),
                verified: false,
                partnerships: 0,
                interests: Vec::new(),
            });
        p.interests.push(row.stated);
        p.languages.extend(row.languages);
    }
    for p in out.values_mut() {
        p.languages.sort();
        p.languages.dedup();
        if let Some((areas, verified, partnerships)) = facts.remove(&p.org_id) {
            p.areas = areas;
            p.verified = verified;
            p.partnerships = partnerships;
        }
    }
    out
}

impl Market {
    /// Everything stated in `network`, as of now.
    pub(crate) async fn load(store: &Store, network: &str) -> Result<Self, StoreError> {
        // The cursor first: a change committed meanwhile is applied again
        // on the next refresh, which is harmless.
        let seq = store.last_interest_change().await?;
        let mut market = Self {
            seq,
            ..Self::default()
        };
        let rows = store.stated_interests(network, None).await?;
        let facts = store.market_facts(network, None).await?;
        for (_, p) in profiles_of(rows, facts) {
            market.put(&p);
        }
        Ok(market)
    }

    fn put(&mut self, profile: &PartnerProfile) {
        let packed = profile.packed();
        // A list may still hold an organization that stopped stating its
        // pair (filtered when read), so one already known is looked for
        // before being added again; a new one cannot be there.
        let (at, known, new): (u32, HashSet<(Direction, AreaSlug)>, bool) =
            match self.index.get(&profile.org_id) {
                Some(&at) => (at, self.profiles[at as usize].stated().collect(), false),
                None => {
                    let at = u32::try_from(self.profiles.len()).unwrap_or(u32::MAX);
                    self.index.insert(profile.org_id.clone(), at);
                    self.ids.push(profile.org_id.clone());
                    self.profiles.push(packed.clone());
                    (at, HashSet::new(), true)
                }
            };
        for pair in packed.stated() {
            if !known.contains(&pair) {
                let list = self.by_area.entry(pair).or_default();
                if new || !list.contains(&at) {
                    list.push(at);
                }
            }
        }
        self.profiles[at as usize] = packed;
    }

    /// The last change applied.
    pub(crate) fn seq(&self) -> i64 {
        self.seq
    }

    /// Replaces the offers and needs of `orgs` with `rows` (read after
    /// the changes up to `seq`).
    pub(crate) fn apply(&mut self, seq: i64, orgs: &[String], rows: Vec<OrgStated>, facts: Facts) {
        let mut fresh = profiles_of(rows, facts);
        for org in orgs {
            match fresh.remove(org) {
                Some(p) => self.put(&p),
                None => {
                    if let Some(&at) = self.index.get(org) {
                        self.profiles[at as usize].clear_interests();
                    }
                }
            }
        }
        self.seq = self.seq.max(seq);
    }

    /// The organizations offering one of `needs` or seeking one of
    /// `offers`, each once.
    pub(crate) fn candidates(&self, needs: &[AreaSlug], offers: &[AreaSlug]) -> Vec<u32> {
        let mut seen = vec![0u64; self.profiles.len().div_ceil(64)];
        let mut out = Vec::new();
        for (direction, areas) in [(Direction::Offer, needs), (Direction::Need, offers)] {
            for area in areas {
                let Some(list) = self.by_area.get(&(direction, *area)) else {
                    continue;
                };
                let states = Packed::stating(direction, *area);
                for &at in list {
                    let (word, bit) = (at as usize / 64, 1u64 << (at % 64));
                    if seen[word] & bit == 0 && states(&self.profiles[at as usize]) {
                        seen[word] |= bit;
                        out.push(at);
                    }
                }
            }
        }
        out
    }

    pub(crate) fn packed(&self, at: u32) -> &Packed {
        &self.profiles[at as usize]
    }

    pub(crate) fn org_id(&self, at: u32) -> &str {
        &self.ids[at as usize]
    }

    pub(crate) fn at(&self, org_id: &str) -> Option<u32> {
        self.index.get(org_id).copied()
    }
}

/// Most changes read at once (the store's `LIMIT`).
const CHANGES_PER_READ: usize = 10_000;

/// Brings `market` up to date with the database (loading it the first
/// time); one refresh at a time per node.
pub(crate) async fn refreshed(
    store: &Store,
    network: &str,
    market: &std::sync::RwLock<Option<Market>>,
    refreshing: &tokio::sync::Mutex<()>,
) -> Result<(), StoreError> {
    let current = || {
        market
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .as_ref()
            .map(Market::seq)
    };
    let _one_at_a_time = refreshing.lock().await;
    // Another request may have refreshed it while this one waited.
    let Some(mut seq) = current() else {
        let loaded = Market::load(store, network).await?;
        *market
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(loaded);
        return Ok(());
    };
    loop {
        let changes = store.interest_changes_since(seq).await?;
        let Some(last) = changes.last().map(|c| c.0) else {
            return Ok(());
        };
        let more = changes.len() >= CHANGES_PER_READ;
        let orgs: Vec<String> = changes
            .into_iter()
            .map(|c| c.1)
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        let rows = store.stated_interests(network, Some(&orgs)).await?;
        let facts = store.market_facts(network, Some(&orgs)).await?;
        if let Some(m) = market
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .as_mut()
        {
            m.apply(last, &orgs, rows, facts);
        }
        seq = last;
        if !more {
            return Ok(());
        }
    }
}
