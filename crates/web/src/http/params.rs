//! Turning query strings and path segments into domain types, with a 400
//! and a clear message for anything that does not parse.

use crate::AppError;
use axum::extract::{FromRequestParts, Path, Query};
use axum::http::Uri;
use axum::http::request::Parts;
use domain::{AreaSlug, CountryCode, EntityId, EntityKind};
use serde::de::DeserializeOwned;

/// Query parameters that refuse unknown names (a misspelt filter is an
/// error, not silently ignored) and answer bad values with [`AppError`].
pub struct Params<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for Params<T> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, AppError> {
        parse_query(&parts.uri).map(Params)
    }
}

/// Decodes an address's query string, the part of [`Params`] that needs no
/// request (public for the fuzz targets). A query string that is not UTF-8
/// once percent-decoded is refused.
pub fn parse_query<T: DeserializeOwned>(uri: &Uri) -> Result<T, AppError> {
    if !percent_decodes_to_utf8(uri.query().unwrap_or("").as_bytes()) {
        return Err(AppError::bad_request(
            "invalid_parameter",
            "the query string is not valid UTF-8 once percent-decoded",
        ));
    }
    Query::<T>::try_from_uri(uri)
        .map(|Query(v)| v)
        .map_err(|e| AppError::bad_request("invalid_parameter", e.body_text()))
}

/// Whether a query string or form body stays UTF-8 once percent-decoded
/// (the form decoder would quietly turn invalid bytes into U+FFFD).
pub(crate) fn percent_decodes_to_utf8(encoded: &[u8]) -> bool {
    std::str::from_utf8(&percent_decode(encoded)).is_ok()
}

/// `%XX` escapes to bytes; anything else (a stray `%` too) as it is.
fn percent_decode(raw: &[u8]) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            raw[i],
            raw.get(i + 1).copied().and_then(hex),
            raw.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(h), Some(l)) => {
                bytes.push((h * 16 + l) as u8);
                i += 3;
            }
            (b, _, _) => {
                bytes.push(b);
                i += 1;
            }
        }
    }
    bytes
}

/// The decoded name of each `name=value` pair, with the raw pair.
fn pairs(query: &str) -> impl Iterator<Item = (String, &str)> {
    query.split('&').filter(|p| !p.is_empty()).map(|pair| {
        let name = pair.split_once('=').map_or(pair, |(n, _)| n);
        let name = String::from_utf8_lossy(&percent_decode(name.as_bytes())).to_ascii_lowercase();
        (name, pair)
    })
}

/// Parameters that campaign and click trackers add to shared links. They
/// mean nothing to us, so they are dropped before any handler sees the
/// query string (handlers refuse unknown names).
fn is_tracking(name: &str) -> bool {
    name.starts_with("utm_") || matches!(name, "fbclid" | "gclid" | "yclid" | "mc_cid" | "mc_eid")
}

/// The query string without tracking parameters (`None` when there were none).
pub fn without_tracking(query: &str) -> Option<String> {
    if !pairs(query).any(|(name, _)| is_tracking(&name)) {
        return None;
    }
    Some(
        pairs(query)
            .filter(|(name, _)| !is_tracking(name))
            .map(|(_, pair)| pair)
            .collect::<Vec<_>>()
            .join("&"),
    )
}

fn is_secret(name: &str) -> bool {
    ["token", "secret", "password", "key"]
        .iter()
        .any(|word| name.contains(word))
}

/// Whether a value is itself an address carrying a secret
/// (`next=/invites/accept?token=…`). Addresses nested deeper than `depth`
/// count as secret: the log is written for every request, before any
/// limit on the address, so the work must stay linear.
fn hides_secret(value: &str, depth: u8) -> bool {
    let value = String::from_utf8_lossy(&percent_decode(value.as_bytes())).into_owned();
    value.split_once('?').is_some_and(|(_, inner)| {
        depth == 0
            || pairs(inner).any(|(name, pair)| {
                is_secret(&name)
                    || pair
                        .split_once('=')
                        .is_some_and(|(_, v)| hides_secret(v, depth - 1))
            })
    })
}

/// A request's path and query for the log, with secret values (reset,
/// confirmation and invitation tokens; anything named like a token, secret,
/// password or key) replaced by `REDACTED`. Log files are read by more
/// people, and kept longer, than the secrets they would otherwise hold.
pub fn redacted(uri: &Uri) -> String {
    let Some(query) = uri.query() else {
        return uri.path().to_owned();
    };
    let query = pairs(query)
        .map(|(name, pair)| match pair.split_once('=') {
            Some((raw_name, value)) if is_secret(&name) || hides_secret(value, 3) => {
                format!("{raw_name}=REDACTED")
            }
            _ => pair.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("&");
    format!("{}?{query}", uri.path())
}

/// A record id from the last path segment.
pub struct IdPath(pub EntityId);

impl<S: Send + Sync> FromRequestParts<S> for IdPath {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, AppError> {
        let Path(raw) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|e| AppError::bad_request("invalid_id", e.body_text()))?;
        EntityId::parse(&raw)
            .map(IdPath)
            .map_err(|e| AppError::bad_request("invalid_id", e.to_string()))
    }
}

/// Empty values count as absent: an HTML form sends `country=` for "All".
fn present(raw: &Option<String>) -> Option<&str> {
    raw.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

pub fn country(raw: &Option<String>) -> Result<Option<CountryCode>, AppError> {
    present(raw)
        .map(CountryCode::parse)
        .transpose()
        .map_err(AppError::from)
}

pub fn area(raw: &Option<String>) -> Result<Option<AreaSlug>, AppError> {
    present(raw)
        .map(AreaSlug::parse)
        .transpose()
        .map_err(AppError::from)
}

pub fn kind(raw: &Option<String>) -> Result<Option<EntityKind>, AppError> {
    present(raw)
        .map(|k| {
            EntityKind::parse(k).ok_or_else(|| {
                AppError::bad_request(
                    "invalid_parameter",
                    format!("type: {k:?} is not organization, person or place"),
                )
            })
        })
        .transpose()
}

pub fn after(raw: &Option<String>) -> Result<Option<EntityId>, AppError> {
    present(raw)
        .map(|a| {
            EntityId::parse(a).map_err(|e| AppError::bad_request("invalid_cursor", e.to_string()))
        })
        .transpose()
}

/// A count parameter (`limit`, `offset`) within `0..=max`, or `default` when absent.
pub fn number(name: &str, raw: &Option<String>, default: u32, max: u32) -> Result<u32, AppError> {
    let Some(v) = present(raw) else {
        return Ok(default);
    };
    match v.parse::<u32>() {
        Ok(n) if n <= max => Ok(n),
        _ => Err(AppError::bad_request(
            "invalid_parameter",
            format!("{name}: {v:?} is not a whole number from 0 to {max}"),
        )),
    }
}

pub use app::letters::encode;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_ids_for_urls() {
        assert_eq!(
            encode("gen-city:Asia/Shanghai"),
            "gen-city%3AAsia%2FShanghai"
        );
        assert_eq!(encode("Хикмет"), "%D0%A5%D0%B8%D0%BA%D0%BC%D0%B5%D1%82");
    }

    #[test]
    fn detects_invalid_utf8_in_queries() {
        assert!(percent_decodes_to_utf8(b"q=%D0%93%D1%8E&x=1"));
        assert!(percent_decodes_to_utf8(b"q=100%"));
        assert!(!percent_decodes_to_utf8(b"q=%FF%FE"));
        assert!(!percent_decodes_to_utf8(b"q=%C3%28"));
        assert!(!percent_decodes_to_utf8(b"name=\xFF"), "raw bytes too");
    }

    #[test]
    fn tracking_parameters_are_dropped_and_others_kept() {
        assert_eq!(without_tracking("q=birlik&x=1"), None);
        assert_eq!(
            without_tracking("utm_source=x&q=birlik&fbclid=abc&utm_x_y=1").as_deref(),
            Some("q=birlik")
        );
        assert_eq!(
            without_tracking("gclid=1&yclid=2&mc_cid=3&mc_eid=4&UTM_Medium=5").as_deref(),
            Some("")
        );
        assert_eq!(
            without_tracking("utm%5Fsource=x&utmost=1").as_deref(),
            Some("utmost=1"),
            "an escaped name is the same name; a mere prefix is not"
        );
        assert_eq!(
            without_tracking("q=a%20b&utm_id=1").as_deref(),
            Some("q=a%20b")
        );
    }

    #[test]
    fn secrets_are_redacted_from_logged_addresses() {
        let r = |uri: &str| redacted(&uri.parse().unwrap());
        assert_eq!(r("/organizations"), "/organizations");
        assert_eq!(
            r("/password/reset?token=0123abcd"),
            "/password/reset?token=REDACTED"
        );
        assert_eq!(
            r("/x?q=birlik&api_key=k&client_secret=s&new_password=p&Token=t&tok%65n=t2&page=2"),
            "/x?q=birlik&api_key=REDACTED&client_secret=REDACTED&new_password=REDACTED&Token=REDACTED&tok%65n=REDACTED&page=2"
        );
        assert_eq!(
            r("/login?next=%2Finvites%2Faccept%3Ftoken%3Dsecret42&lang=az"),
            "/login?next=REDACTED&lang=az",
            "an address in a value can carry a token too"
        );
        assert_eq!(
            r("/login?next=%2Forganizations%3Fcountry%3DAZ"),
            "/login?next=%2Forganizations%3Fcountry%3DAZ"
        );
        assert_eq!(r("http://host/a?token=x"), "/a?token=REDACTED");
        // Addresses in addresses in addresses, too deep to look into.
        let deep = "/a?next=".to_owned() + &"%3Fn%3D".repeat(5_000);
        assert_eq!(r(&deep), "/a?next=REDACTED");
        assert_eq!(r("/a?n=%3Fn%3D%253Fq%253Dx"), "/a?n=%3Fn%3D%253Fq%253Dx");
    }

    #[test]
    fn numbers_are_bounded() {
        assert_eq!(number("limit", &None, 20, 100).unwrap(), 20);
        assert_eq!(number("limit", &Some("".into()), 20, 100).unwrap(), 20);
        assert_eq!(number("limit", &Some("100".into()), 20, 100).unwrap(), 100);
        assert!(number("limit", &Some("101".into()), 20, 100).is_err());
        assert!(number("limit", &Some("-1".into()), 20, 100).is_err());
    }
}
