//! The network in figures (`/statistics`, `/statistics/{country}`): the
//! directory's counts from the in-memory read model, verification and
//! forum participation from two grouped counts in the store, cooperation
//! between pairs of countries from the coverage matrix. The folds are
//! `domain::statistics`'.

use crate::{App, Result};
use domain::statistics as fold;
use domain::{AreaSlug, CountryCode, PairCounts, VerificationCount, YearCount};

/// Every figure of one page: the network's, or one country's (`country`).
#[derive(Debug, Clone)]
pub struct Statistics {
    /// The country the figures are limited to, if any.
    pub country: Option<CountryCode>,
    /// The network's countries, in its order.
    pub countries: Vec<CountryCode>,
    /// Listed organizations per country (the whole network; one row for a country).
    pub by_country: Vec<(CountryCode, u64)>,
    /// Listed organizations per area of cooperation, in the taxonomy's order.
    pub by_area: Vec<(AreaSlug, u64)>,
    pub verification: Vec<VerificationCount>,
    /// Confirmed participants of the forums: per delegation for the
    /// network, per forum (its id) for a country's delegation.
    pub participation: Vec<(String, u64)>,
    /// The forums, latest first (for their titles).
    pub forums: Vec<store::Event>,
    /// Every pair of countries (for a country: the pairs it is in).
    pub pairs: Vec<PairCounts>,
    /// Organizations by founding year, with the running total.
    pub growth: Vec<YearCount>,
    /// Organizations whose record states no founding year.
    pub undated: u64,
}

/// The figures of `network`, or of one of its countries.
pub async fn statistics(
    app: &App,
    network: &str,
    country: Option<CountryCode>,
) -> Result<Statistics> {
    let coverage = crate::events::coverage(app, network).await?;
    let countries = coverage.countries.clone();
    let store = app.store();
    let verified = store.verified_by_country().await?;
    let participation = store.forum_participation(network).await?;
    let forums = store.forums(network).await?;
    let (listed, by_area, (founded, undated)) = {
        let read = app.read();
        let listed: std::collections::BTreeMap<CountryCode, u64> = read
            .counts
            .by_country()
            .into_iter()
            .map(|(c, k)| (c, k.organizations))
            .collect();
        (
            listed,
            read.counts.organizations_by_area(country),
            read.counts.founded(country),
        )
    };
    let scope: Vec<CountryCode> = match country {
        Some(c) => vec![c],
        None => countries.clone(),
    };
    let mut pairs = fold::pair_counts(&coverage);
    if let Some(c) = country {
        pairs.retain(|p| p.a == c || p.b == c);
    }
    let participation = match country {
        None => fold::by_delegation(&countries, &participation)
            .into_iter()
            .map(|(c, n)| (c.as_str().to_owned(), n))
            .collect(),
        Some(c) => {
            let ids: Vec<String> = forums.iter().map(|f| f.id.clone()).collect();
            fold::delegation_by_forum(&ids, c, &participation)
        }
    };
    Ok(Statistics {
        country,
        by_country: fold::per_country(&scope, &listed),
        by_area,
        verification: fold::verification(&scope, &listed, &verified),
        participation,
        forums,
        pairs,
        growth: fold::growth(&founded),
        undated,
        countries,
    })
}
