//! The in-memory read side of the directory: the search index and the
//! counts every listing shows, built from the store and kept in step with it.
//!
//! Counting rows in the database on every page view costs 0.1–0.4 s at a
//! million records; here a count is a hash lookup.

pub mod order;

use domain::{AreaSlug, CountryCode, EntityKind, KindCounts, Record};
use order::{DirectoryOrder, Filed};
use std::collections::{BTreeMap, HashMap};
use store::ListFilter;

type CountKey = (EntityKind, Option<CountryCode>, Option<AreaSlug>);

/// Every filter combination a record filed so appears under.
fn count_keys(filed: Filed) -> Vec<CountKey> {
    let mut keys = vec![(filed.kind, None, None)];
    if filed.country.is_some() {
        keys.push((filed.kind, filed.country, None));
    }
    for area in domain::AREAS {
        let Ok(a) = AreaSlug::parse(area.slug) else {
            continue;
        };
        if !filed.in_area(a) {
            continue;
        }
        keys.push((filed.kind, None, Some(a)));
        if filed.country.is_some() {
            keys.push((filed.kind, filed.country, Some(a)));
        }
    }
    keys
}

/// How many records each combination of listing filters matches.
#[derive(Debug, Default, Clone)]
pub struct DirectoryCounts {
    counts: HashMap<CountKey, u64>,
    /// Organizations by country (`None`: all) and founding year (`None`: not stated).
    founded: HashMap<(Option<CountryCode>, Option<i16>), u64>,
}

/// The founding-year keys an organization filed so counts under.
fn founded_keys(filed: Filed) -> Vec<(Option<CountryCode>, Option<i16>)> {
    if filed.kind != EntityKind::Organization {
        return Vec::new();
    }
    let mut keys = vec![(None, filed.founded)];
    if filed.country.is_some() {
        keys.push((filed.country, filed.founded));
    }
    keys
}

impl DirectoryCounts {
    /// Counts a record filed as `new`, which was filed as `old` before (if at all).
    pub(crate) fn change(&mut self, old: Option<Filed>, new: Filed) {
        if old == Some(new) {
            return;
        }
        for k in old.map(count_keys).unwrap_or_default() {
            if let Some(n) = self.counts.get_mut(&k) {
                *n = n.saturating_sub(1);
            }
        }
        for k in count_keys(new) {
            *self.counts.entry(k).or_default() += 1;
        }
        for k in old.map(founded_keys).unwrap_or_default() {
            if let Some(n) = self.founded.get_mut(&k) {
                *n = n.saturating_sub(1);
            }
        }
        for k in founded_keys(new) {
            *self.founded.entry(k).or_default() += 1;
        }
    }

    /// Organizations per founding year, in `country` or everywhere, and
    /// how many state no year.
    pub fn founded(&self, country: Option<CountryCode>) -> (BTreeMap<i32, u64>, u64) {
        let mut years = BTreeMap::new();
        let mut undated = 0;
        for ((c, year), n) in &self.founded {
            if *c != country || *n == 0 {
                continue;
            }
            match year {
                Some(y) => *years.entry(i32::from(*y)).or_default() += n,
                None => undated += n,
            }
        }
        (years, undated)
    }

    /// Organizations per area of cooperation, in `country` or everywhere,
    /// in the taxonomy's order.
    pub fn organizations_by_area(&self, country: Option<CountryCode>) -> Vec<(AreaSlug, u64)> {
        domain::AREAS
            .iter()
            .filter_map(|a| AreaSlug::parse(a.slug).ok())
            .map(|a| {
                let n = self
                    .counts
                    .get(&(EntityKind::Organization, country, Some(a)))
                    .copied()
                    .unwrap_or(0);
                (a, n)
            })
            .collect()
    }

    pub fn get(&self, f: &ListFilter) -> u64 {
        self.counts
            .get(&(f.kind, f.country, f.area))
            .copied()
            .unwrap_or(0)
    }

    pub fn totals(&self) -> KindCounts {
        let mut t = KindCounts::default();
        for kind in EntityKind::ALL {
            t.add(
                kind,
                self.counts.get(&(kind, None, None)).copied().unwrap_or(0),
            );
        }
        t
    }

    pub fn by_country(&self) -> BTreeMap<CountryCode, KindCounts> {
        let mut out: BTreeMap<CountryCode, KindCounts> = BTreeMap::new();
        for ((kind, country, area), n) in &self.counts {
            if let (Some(c), None) = (country, area)
                && *n > 0
            {
                out.entry(*c).or_default().add(*kind, *n);
            }
        }
        out
    }
}

/// What the index needs of a record.
pub fn search_doc(r: &Record) -> search::Doc {
    search::Doc {
        id: r.id.to_string(),
        kind: to_search_kind(r.kind),
        names: r.names.iter().map(|n| n.value.clone()).collect(),
        country: r.country.map(|c| c.to_string()),
        areas: r.areas.iter().map(|a| a.as_str().to_owned()).collect(),
    }
}

/// The search index, the counts and the directory order in every
/// interface language, updated together.
pub struct ReadModel {
    pub index: search::Index,
    pub counts: DirectoryCounts,
    pub order: DirectoryOrder,
}

/// Collects records one at a time (from a database stream) without holding
/// them all: only what the index, the counts and the order keep.
#[derive(Default)]
pub struct ReadModelBuilder {
    counts: DirectoryCounts,
    order: DirectoryOrder,
    docs: Vec<search::Doc>,
}

impl ReadModelBuilder {
    pub fn push(&mut self, r: &Record) {
        let old = self.order.upsert(r);
        self.counts.change(old, Filed::of(r));
        self.docs.push(search_doc(r));
    }

    /// Builds the index and sorts the directory in every language: CPU
    /// work, to be run off the async workers.
    pub fn finish(self) -> ReadModel {
        let Self {
            counts,
            mut order,
            docs,
        } = self;
        // The index builds on one thread while the orders sort on others.
        let index = std::thread::scope(|scope| {
            let index = scope.spawn(move || search::Index::build(docs));
            let started = std::time::Instant::now();
            order.settle();
            tracing::info!(
                records = order.len(),
                languages = locale::LANGS.len(),
                took_ms = started.elapsed().as_millis() as u64,
                "directory sorted in every interface language"
            );
            index
                .join()
                .unwrap_or_else(|p| std::panic::resume_unwind(p))
        });
        ReadModel {
            index,
            counts,
            order,
        }
    }
}

impl ReadModel {
    pub fn build<'a>(records: impl IntoIterator<Item = &'a Record>) -> Self {
        let mut builder = ReadModelBuilder::default();
        for r in records {
            builder.push(r);
        }
        builder.finish()
    }

    /// Applies a written record (new, or a new version of one already
    /// here), its place in the directory order included. That place costs
    /// a pass over the touched lists (about 20 ms at a million records):
    /// for many records, [`Self::stage`] each and settle once.
    pub fn apply(&mut self, record: &Record) {
        self.stage(record);
        self.order.settle();
    }

    /// Applies a written record to the index, the counts and its name and
    /// filters in the directory; its place in the directory order waits
    /// for [`settle_order`] (or [`DirectoryOrder::settle`]).
    pub fn stage(&mut self, record: &Record) {
        let old = self.order.upsert(record);
        self.counts.change(old, Filed::of(record));
        self.index.upsert(search_doc(record));
    }
}

/// Places staged records in the directory order: works the new order out
/// under the read lock (pages keep being served), installs it under the
/// write lock. Blocking CPU work: run it off the async workers.
pub fn settle_order(read: &std::sync::RwLock<ReadModel>) {
    let started = std::time::Instant::now();
    let plan = {
        let model = read.read().unwrap_or_else(|p| p.into_inner());
        if !model.order.unsettled() {
            return;
        }
        model.order.plan()
    };
    let planned = started.elapsed();
    let mut model = read.write().unwrap_or_else(|p| p.into_inner());
    if model.order.install(plan) {
        tracing::debug!(
            plan_ms = planned.as_millis() as u64,
            install_us = (started.elapsed() - planned).as_micros() as u64,
            "directory order settled"
        );
    } else {
        // Written in between (by another writer): the next round settles it.
        tracing::debug!("directory order changed while settling; retrying later");
    }
}

/// Keeps `read` in step with the store: every `every`, applies what was
/// written since `cursor` (by this node, another node or `birlik import`).
/// Runs until the task is dropped.
pub async fn follow_changes(
    store: store::Store,
    read: std::sync::Arc<std::sync::RwLock<ReadModel>>,
    mut cursor: store::ChangeCursor,
    every: std::time::Duration,
) {
    // Small chunks: searches wait for the write lock at most this long.
    const CHUNK: usize = 1000;
    let mut ticker = tokio::time::interval(every);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticker.tick().await;
        let changes = match store.changes_since(cursor).await {
            Ok(c) => c,
            Err(e) => {
                tracing::warn!(error = %e, "cannot read the change stream; retrying");
                continue;
            }
        };
        for chunk in changes.records.chunks(CHUNK) {
            let mut model = read.write().unwrap_or_else(|p| p.into_inner());
            for r in chunk {
                model.stage(r);
            }
        }
        let unsettled = !changes.records.is_empty()
            || read
                .read()
                .unwrap_or_else(|p| p.into_inner())
                .order
                .unsettled();
        if unsettled {
            let settle = read.clone();
            if let Err(e) = tokio::task::spawn_blocking(move || settle_order(&settle)).await {
                tracing::warn!(error = %e, "placing changed records in the directory order failed");
            }
        }
        if !changes.records.is_empty() {
            tracing::debug!(records = changes.records.len(), "applied changes");
        }
        cursor = changes.cursor;
    }
}

/// The search engine's name for a kind of record.
pub fn to_search_kind(k: EntityKind) -> search::Kind {
    match k {
        EntityKind::Organization => search::Kind::Organization,
        EntityKind::Person => search::Kind::Person,
        EntityKind::Place => search::Kind::Place,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(json: &str) -> Record {
        Record::from_json(json).unwrap()
    }

    #[test]
    fn counts_every_filter_combination_and_follows_updates() {
        let a = rec(r#"{"type":"organization","id":"a","country":"AZ","areas":["youth","women"]}"#);
        let b = rec(
            r#"{"type":"organization","id":"b","country":"KZ","areas":["youth"],"founded":2004}"#,
        );
        let p = rec(r#"{"type":"person","id":"p","country":"AZ"}"#);
        let mut m = ReadModel::build(&[a, b, p]);
        let f = |country: Option<&str>, area: Option<&str>| ListFilter {
            kind: EntityKind::Organization,
            country: country.map(|c| CountryCode::parse(c).unwrap()),
            area: area.map(|a| AreaSlug::parse(a).unwrap()),
        };
        assert_eq!(m.counts.get(&f(None, None)), 2);
        assert_eq!(m.counts.get(&f(None, Some("youth"))), 2);
        assert_eq!(m.counts.get(&f(Some("AZ"), Some("women"))), 1);
        assert_eq!(m.counts.get(&f(Some("HU"), None)), 0);
        let az = m.counts.by_country()[&CountryCode::parse("AZ").unwrap()];
        assert_eq!((az.organizations, az.people), (1, 1));

        let moved = rec(r#"{"type":"organization","id":"a","country":"HU","areas":["culture"]}"#);
        m.apply(&moved);
        assert_eq!(m.counts.get(&f(Some("AZ"), None)), 0);
        assert_eq!(m.counts.get(&f(Some("HU"), Some("culture"))), 1);
        assert_eq!(m.counts.get(&f(None, Some("youth"))), 1);
        assert_eq!(m.counts.totals().organizations, 2);
        let az = Some(CountryCode::parse("AZ").unwrap());
        assert_eq!(
            m.counts.founded(az),
            (BTreeMap::new(), 0),
            "a moved organization leaves"
        );
        assert_eq!(m.counts.founded(None), (BTreeMap::from([(2004, 1)]), 1));
        let hu = Some(CountryCode::parse("HU").unwrap());
        let youth = AreaSlug::parse("youth").unwrap();
        let by_area = m.counts.organizations_by_area(None);
        assert_eq!(by_area.len(), domain::AREAS.len());
        assert!(by_area.contains(&(youth, 1)));
        assert!(
            m.counts
                .organizations_by_area(hu)
                .contains(&(AreaSlug::parse("culture").unwrap(), 1))
        );
        assert_eq!(m.index.len(), 3);
        assert_eq!(m.order.len(), 3);
    }
}
