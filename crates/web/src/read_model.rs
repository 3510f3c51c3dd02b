//! The in-memory read side of the directory: the search index and the
//! counts every listing shows, built from the store and kept in step with it.
//!
//! Counting rows in the database on every page view costs 0.1–0.4 s at a
//! million records; here a count is a hash lookup.

use domain::{AreaSlug, CountryCode, EntityKind, KindCounts, Record};
use std::collections::{BTreeMap, HashMap};
use store::ListFilter;

/// How many records each combination of listing filters matches.
#[derive(Debug, Default, Clone)]
pub struct DirectoryCounts {
    counts: HashMap<(EntityKind, Option<CountryCode>, Option<AreaSlug>), u64>,
}

impl DirectoryCounts {
    /// Every filter combination `r` appears under.
    fn keys(r: &Record) -> Vec<(EntityKind, Option<CountryCode>, Option<AreaSlug>)> {
        let mut keys = vec![(r.kind, None, None)];
        if r.country.is_some() {
            keys.push((r.kind, r.country, None));
        }
        for a in &r.areas {
            keys.push((r.kind, None, Some(*a)));
            if r.country.is_some() {
                keys.push((r.kind, r.country, Some(*a)));
            }
        }
        keys
    }

    pub fn add(&mut self, r: &Record) {
        for k in Self::keys(r) {
            *self.counts.entry(k).or_default() += 1;
        }
    }

    pub fn remove(&mut self, r: &Record) {
        for k in Self::keys(r) {
            if let Some(n) = self.counts.get_mut(&k) {
                *n = n.saturating_sub(1);
            }
        }
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
        kind: crate::to_search_kind(r.kind),
        names: r.names.iter().map(|n| n.value.clone()).collect(),
        country: r.country.map(|c| c.to_string()),
        areas: r.areas.iter().map(|a| a.as_str().to_owned()).collect(),
    }
}

/// The search index and the counts, updated together.
pub struct ReadModel {
    pub index: search::Index,
    pub counts: DirectoryCounts,
}

/// Collects records one at a time (from a database stream) without holding
/// them all: only what the index and the counts keep.
#[derive(Default)]
pub struct ReadModelBuilder {
    counts: DirectoryCounts,
    docs: Vec<search::Doc>,
}

impl ReadModelBuilder {
    pub fn push(&mut self, r: &Record) {
        self.counts.add(r);
        self.docs.push(search_doc(r));
    }

    /// Builds the index: CPU work, to be run off the async workers.
    pub fn finish(self) -> ReadModel {
        ReadModel {
            index: search::Index::build(self.docs),
            counts: self.counts,
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

    /// Applies a write: `old` is what the store held before (if anything).
    pub fn apply(&mut self, old: Option<&Record>, new: &Record) {
        if let Some(old) = old {
            self.counts.remove(old);
        }
        self.counts.add(new);
        self.index.upsert(search_doc(new));
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
        let b = rec(r#"{"type":"organization","id":"b","country":"KZ","areas":["youth"]}"#);
        let p = rec(r#"{"type":"person","id":"p","country":"AZ"}"#);
        let mut m = ReadModel::build(&[a.clone(), b, p]);
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
        m.apply(Some(&a), &moved);
        assert_eq!(m.counts.get(&f(Some("AZ"), None)), 0);
        assert_eq!(m.counts.get(&f(Some("HU"), Some("culture"))), 1);
        assert_eq!(m.counts.get(&f(None, Some("youth"))), 1);
        assert_eq!(m.counts.totals().organizations, 2);
        assert_eq!(m.index.len(), 3);
    }
}
