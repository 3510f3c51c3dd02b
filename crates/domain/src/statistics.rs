//! The network in figures, for the statistics pages: pure folds of counts
//! the read model and the store hand over. Every figure is a list of rows
//! in a stable order (the network's countries, the taxonomy's areas,
//! years), so a chart, its table, its CSV and its JSON read the same list.

use crate::{CountryCode, Coverage};
use std::collections::BTreeMap;

/// How much two countries cooperate, one count per source. Sources are
/// named in [`PairCounts::SOURCES`] and read in that order by
/// [`PairCounts::values`]: a new source (partnerships between
/// organizations) is one more field, one more name and one more value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct PairCounts {
    /// The first of the two in the network's order.
    pub a: CountryCode,
    pub b: CountryCode,
    /// Bilateral NGO forums the two have held (planned and cancelled
    /// editions are not cooperation yet).
    pub forum_editions: u64,
    /// Partnerships between organizations of the two.
    pub partnerships: u64,
}

impl PairCounts {
    /// The sources, as CSV columns and JSON `columns` name them.
    pub const SOURCES: &'static [&'static str] = &["forum_editions", "partnerships"];

    /// The counts, in the order of [`Self::SOURCES`].
    pub fn values(&self) -> Vec<u64> {
        vec![self.forum_editions, self.partnerships]
    }

    /// All sources together: what a heat map's cell shows.
    pub fn total(&self) -> u64 {
        self.values().iter().sum()
    }
}

/// Every pair of the coverage matrix's countries, once, with the bilateral
/// forums each has held.
pub fn pair_counts(coverage: &Coverage) -> Vec<PairCounts> {
    coverage
        .pairs
        .iter()
        .map(|p| PairCounts {
            a: p.a,
            b: p.b,
            forum_editions: p.held.len() as u64,
            partnerships: u64::from(p.partnerships),
        })
        .collect()
}

/// A country's organizations by verification: verified by its coordinator,
/// or listed without (yet) being verified (imported, or suspended).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct VerificationCount {
    pub country: CountryCode,
    pub verified: u64,
    pub not_verified: u64,
}

/// Per country of `countries` (in their order), the listed organizations
/// split into verified and not. A verified count above the listed one (a
/// record this node has not read yet) never gives a negative.
pub fn verification(
    countries: &[CountryCode],
    listed: &BTreeMap<CountryCode, u64>,
    verified: &BTreeMap<CountryCode, u64>,
) -> Vec<VerificationCount> {
    countries
        .iter()
        .map(|c| {
            let listed = listed.get(c).copied().unwrap_or(0);
            let verified = verified.get(c).copied().unwrap_or(0).min(listed);
            VerificationCount {
                country: *c,
                verified,
                not_verified: listed - verified,
            }
        })
        .collect()
}

/// One year of growth: organizations founded that year, and all founded
/// up to its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct YearCount {
    pub year: i32,
    pub founded: u64,
    pub total: u64,
}

/// Years with foundings, oldest first, with the running total.
pub fn growth(founded: &BTreeMap<i32, u64>) -> Vec<YearCount> {
    let mut total = 0;
    founded
        .iter()
        .filter(|(_, n)| **n > 0)
        .map(|(year, n)| {
            total += n;
            YearCount {
                year: *year,
                founded: *n,
                total,
            }
        })
        .collect()
}

/// One country's count in `countries`' order, zeros included; counts of
/// countries outside the list are left out.
pub fn per_country(
    countries: &[CountryCode],
    counts: &BTreeMap<CountryCode, u64>,
) -> Vec<(CountryCode, u64)> {
    countries
        .iter()
        .map(|c| (*c, counts.get(c).copied().unwrap_or(0)))
        .collect()
}

/// Participants (registrations holding a confirmed seat at a forum) per
/// delegation, summed over the forums: `(forum, delegation, count)` rows in.
pub fn by_delegation(
    countries: &[CountryCode],
    rows: &[(String, CountryCode, u64)],
) -> Vec<(CountryCode, u64)> {
    let mut sums: BTreeMap<CountryCode, u64> = BTreeMap::new();
    for (_, d, n) in rows {
        *sums.entry(*d).or_default() += n;
    }
    per_country(countries, &sums)
}

/// One delegation's participants per forum, in the order of `forums`
/// (forums it did not attend left out).
pub fn delegation_by_forum(
    forums: &[String],
    delegation: CountryCode,
    rows: &[(String, CountryCode, u64)],
) -> Vec<(String, u64)> {
    forums
        .iter()
        .filter_map(|f| {
            let n: u64 = rows
                .iter()
                .filter(|(forum, d, _)| forum == f && *d == delegation)
                .map(|(_, _, n)| n)
                .sum();
            (n > 0).then(|| (f.clone(), n))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Edition, SeriesPair, coverage};

    fn c(code: &str) -> CountryCode {
        CountryCode::parse(code).unwrap()
    }

    #[test]
    fn pairs_count_held_editions_only() {
        let countries = [c("AZ"), c("TR"), c("KZ")];
        let series = [SeriesPair {
            id: "s".into(),
            a: c("AZ"),
            b: c("TR"),
        }];
        let edition = |id: &str, held| Edition {
            series_id: "s".into(),
            event_id: id.into(),
            forum_id: id.into(),
            year: 2022,
            held,
        };
        let mut m = coverage(
            &countries,
            &series,
            &[edition("a", true), edition("b", true), edition("c", false)],
        );
        m.count_partnership(&c("KZ"), &c("AZ"));
        let pairs = pair_counts(&m);
        assert_eq!(pairs.len(), 3, "every pair once");
        assert_eq!(pairs[0].a, c("AZ"));
        assert_eq!(pairs[0].b, c("TR"));
        assert_eq!(pairs[0].values(), vec![2, 0]);
        assert_eq!(pairs[0].total(), 2);
        // AZ–KZ: no forum, one partnership (counted whichever way round).
        assert_eq!((pairs[1].a, pairs[1].b), (c("AZ"), c("KZ")));
        assert_eq!(pairs[1].values(), vec![0, 1]);
        assert_eq!(pairs[2].total(), 0);
        assert_eq!(PairCounts::SOURCES.len(), pairs[0].values().len());
    }

    #[test]
    fn verification_splits_the_listed_and_never_goes_negative() {
        let listed = BTreeMap::from([(c("AZ"), 10), (c("KZ"), 2)]);
        let verified = BTreeMap::from([(c("AZ"), 3), (c("KZ"), 5)]);
        let v = verification(&[c("AZ"), c("KZ"), c("HU")], &listed, &verified);
        assert_eq!(
            v.iter()
                .map(|r| (r.verified, r.not_verified))
                .collect::<Vec<_>>(),
            vec![(3, 7), (2, 0), (0, 0)]
        );
    }

    #[test]
    fn growth_runs_a_total_over_years_with_foundings() {
        let founded = BTreeMap::from([(1995, 2), (2004, 0), (2010, 3)]);
        let g = growth(&founded);
        assert_eq!(
            g,
            vec![
                YearCount {
                    year: 1995,
                    founded: 2,
                    total: 2
                },
                YearCount {
                    year: 2010,
                    founded: 3,
                    total: 5
                },
            ]
        );
        assert!(growth(&BTreeMap::new()).is_empty());
    }

    #[test]
    fn participation_sums_per_delegation_and_per_forum() {
        let rows = vec![
            ("f1".to_owned(), c("AZ"), 4),
            ("f2".to_owned(), c("AZ"), 1),
            ("f1".to_owned(), c("KZ"), 2),
            ("f1".to_owned(), c("GB"), 9),
        ];
        assert_eq!(
            by_delegation(&[c("AZ"), c("KZ"), c("HU")], &rows),
            vec![(c("AZ"), 5), (c("KZ"), 2), (c("HU"), 0)],
            "countries outside the network are left out"
        );
        let forums = ["f2".to_owned(), "f1".to_owned(), "f3".to_owned()];
        assert_eq!(
            delegation_by_forum(&forums, c("AZ"), &rows),
            vec![("f2".to_owned(), 1), ("f1".to_owned(), 4)]
        );
        assert!(delegation_by_forum(&forums, c("HU"), &rows).is_empty());
    }
}
