//! Which countries' NGOs have met: the coverage matrix of the bilateral
//! series. A pair of countries has held editions (with their years), planned
//! ones, or has never met.

use crate::CountryCode;

/// One edition of a bilateral series, as the matrix needs it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Edition {
    pub series_id: String,
    pub event_id: String,
    /// The forum the edition is (or is part of: a panel of a larger forum).
    pub forum_id: String,
    /// The year it starts, on the venue's clock.
    pub year: i32,
    /// It has ended (and was not cancelled).
    pub held: bool,
}

/// A bilateral series: the editions between two countries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeriesPair {
    pub id: String,
    pub a: CountryCode,
    pub b: CountryCode,
}

/// Where a pair of countries stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PairState {
    Held,
    Planned,
    Never,
}

impl PairState {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Held => "held",
            Self::Planned => "planned",
            Self::Never => "never",
        }
    }
}

/// Two countries and what they have held and planned, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Pair {
    pub a: CountryCode,
    pub b: CountryCode,
    pub held: Vec<Edition>,
    pub planned: Vec<Edition>,
    /// Partnerships between organizations of the two countries.
    pub partnerships: u32,
}

impl Pair {
    /// Held as soon as one edition was held, even with more planned.
    pub fn state(&self) -> PairState {
        if !self.held.is_empty() {
            PairState::Held
        } else if !self.planned.is_empty() {
            PairState::Planned
        } else {
            PairState::Never
        }
    }
}

/// The matrix: every unordered pair of the countries, in their order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    pub countries: Vec<CountryCode>,
    /// `(a, b)` for every `a` before `b` in `countries`.
    pub pairs: Vec<Pair>,
}

impl Coverage {
    /// Counts one partnership between organizations of `x` and `y` (of
    /// the same country, or outside the matrix: nothing to count).
    pub fn count_partnership(&mut self, x: &CountryCode, y: &CountryCode) {
        if let Some(pair) = self
            .pairs
            .iter_mut()
            .find(|p| (p.a == *x && p.b == *y) || (p.a == *y && p.b == *x))
        {
            pair.partnerships += 1;
        }
    }

    /// The pair of two different countries, whichever order they are asked in.
    pub fn pair(&self, x: &CountryCode, y: &CountryCode) -> Option<&Pair> {
        self.pairs
            .iter()
            .find(|p| (&p.a == x && &p.b == y) || (&p.a == y && &p.b == x))
    }
}

/// The matrix over `countries` (the network's, in its order); a country met
/// only through a series is added after them, so no edition is left out.
/// Editions of unknown series are ignored.
pub fn coverage(
    countries: &[CountryCode],
    series: &[SeriesPair],
    editions: &[Edition],
) -> Coverage {
    let mut all: Vec<CountryCode> = countries.to_vec();
    for s in series {
        for c in [&s.a, &s.b] {
            if !all.contains(c) {
                all.push(*c);
            }
        }
    }
    let mut pairs = Vec::new();
    for (i, a) in all.iter().enumerate() {
        for b in &all[i + 1..] {
            let mut pair = Pair {
                a: *a,
                b: *b,
                held: Vec::new(),
                planned: Vec::new(),
                partnerships: 0,
            };
            let of_pair = |s: &&SeriesPair| (s.a == *a && s.b == *b) || (s.a == *b && s.b == *a);
            for s in series.iter().filter(of_pair) {
                for e in editions.iter().filter(|e| e.series_id == s.id) {
                    if e.held {
                        pair.held.push(e.clone());
                    } else {
                        pair.planned.push(e.clone());
                    }
                }
            }
            pair.held
                .sort_by(|x, y| (x.year, &x.event_id).cmp(&(y.year, &y.event_id)));
            pair.planned
                .sort_by(|x, y| (x.year, &x.event_id).cmp(&(y.year, &y.event_id)));
            pairs.push(pair);
        }
    }
    Coverage {
        countries: all,
        pairs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(code: &str) -> CountryCode {
        CountryCode::parse(code).unwrap()
    }

    fn edition(series: &str, id: &str, year: i32, held: bool) -> Edition {
        Edition {
            series_id: series.into(),
            event_id: id.into(),
            forum_id: id.into(),
            year,
            held,
        }
    }

    #[test]
    fn pairs_are_held_planned_or_never_whatever_the_order() {
        let countries = [c("AZ"), c("TR"), c("UZ"), c("HU")];
        let series = [
            SeriesPair {
                id: "az-tr".into(),
                a: c("AZ"),
                b: c("TR"),
            },
            // Stored the other way round: still the AZ–UZ pair.
            SeriesPair {
                id: "uz-az".into(),
                a: c("UZ"),
                b: c("AZ"),
            },
            SeriesPair {
                id: "az-hu".into(),
                a: c("AZ"),
                b: c("HU"),
            },
        ];
        let editions = [
            edition("uz-az", "uz-az-2024", 2024, true),
            edition("uz-az", "az-uz-2023", 2023, true),
            edition("az-tr", "az-tr-2022", 2022, true),
            edition("az-tr", "az-tr-2027", 2027, false),
            edition("az-hu", "az-hu-2027", 2027, false),
            edition("nowhere", "lost", 2020, true),
        ];
        let m = coverage(&countries, &series, &editions);
        assert_eq!(m.countries, countries);
        assert_eq!(m.pairs.len(), 6, "4 countries make 6 pairs");
        let uz = m.pair(&c("UZ"), &c("AZ")).unwrap();
        assert_eq!(uz.state(), PairState::Held);
        let years: Vec<i32> = uz.held.iter().map(|e| e.year).collect();
        assert_eq!(years, [2023, 2024], "oldest first");
        let tr = m.pair(&c("AZ"), &c("TR")).unwrap();
        assert_eq!(
            (tr.state(), tr.planned.len()),
            (PairState::Held, 1),
            "held, with one more planned"
        );
        assert_eq!(
            m.pair(&c("HU"), &c("AZ")).unwrap().state(),
            PairState::Planned
        );
        assert_eq!(
            m.pair(&c("TR"), &c("UZ")).unwrap().state(),
            PairState::Never
        );
        assert!(
            m.pair(&c("AZ"), &c("AZ")).is_none(),
            "no pair of a country with itself"
        );
    }

    #[test]
    fn a_country_met_only_through_a_series_is_added() {
        let series = [SeriesPair {
            id: "az-de".into(),
            a: c("AZ"),
            b: c("DE"),
        }];
        let m = coverage(
            &[c("AZ"), c("TR")],
            &series,
            &[edition("az-de", "x", 2026, true)],
        );
        assert_eq!(m.countries, [c("AZ"), c("TR"), c("DE")]);
        assert_eq!(m.pair(&c("DE"), &c("AZ")).unwrap().state(), PairState::Held);
    }
}
