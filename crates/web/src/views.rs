//! View models: what templates show, computed in Rust so templates stay plain.

use crate::params::encode;
use domain::{EntityKind, Record, country_name};

/// The page chrome every template shares: which section is current, and
/// the search box's text.
#[derive(Debug, Default, Clone)]
pub struct Chrome {
    pub active: &'static str,
    pub q: String,
}

impl Chrome {
    pub fn section(active: &'static str) -> Self {
        Self {
            active,
            q: String::new(),
        }
    }
}

/// The interface language until localization arrives: names and labels
/// below are chosen through it so adding languages changes no handler.
pub const UI_LANG: &str = "en";

pub fn kind_label(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Organization => "Organization",
        EntityKind::Person => "Person",
        EntityKind::Place => "Place",
    }
}

pub fn lang_label(lang: &str) -> String {
    let name = match lang.split('-').next().unwrap_or(lang) {
        "az" => "Azerbaijani",
        "tr" => "Turkish",
        "uz" => "Uzbek",
        "kk" => "Kazakh",
        "ky" => "Kyrgyz",
        "tk" => "Turkmen",
        "hu" => "Hungarian",
        "ru" => "Russian",
        "en" => "English",
        _ => return lang.to_owned(),
    };
    if lang.contains('-') {
        format!("{name} ({lang})")
    } else {
        name.to_owned()
    }
}

pub fn record_url(kind: EntityKind, id: &str) -> String {
    format!("/{}/{}", kind.collection(), encode(id))
}

pub fn api_url(kind: EntityKind, id: &str) -> String {
    format!("/api/v1/{}/{}", kind.collection(), encode(id))
}

/// One record in a list.
pub struct RecordItem {
    pub url: String,
    /// The name, split into runs; `true` runs matched the search.
    pub segments: Vec<(String, bool)>,
    /// The record's other names.
    pub also: String,
    pub kind_label: &'static str,
    pub country_code: String,
    pub country_name: String,
    pub city: String,
    pub areas: Vec<&'static str>,
}

impl RecordItem {
    pub fn from_record(r: &Record) -> Self {
        Self::with_name(r, r.display_name(), &[])
    }

    /// Shows `name` (one of the record's names) with `highlights` (byte ranges) marked.
    pub fn with_name(r: &Record, name: &str, highlights: &[(usize, usize)]) -> Self {
        let also: Vec<&str> = r
            .names
            .iter()
            .map(|n| n.value.as_str())
            .filter(|v| *v != name)
            .take(3)
            .collect();
        let country = r.country.map(|c| c.as_str().to_owned()).unwrap_or_default();
        Self {
            url: record_url(r.kind, r.id.as_str()),
            segments: segments(name, highlights),
            also: also.join(" · "),
            kind_label: kind_label(r.kind),
            country_name: country_name(&country, UI_LANG).unwrap_or("").to_owned(),
            country_code: country,
            city: r.city.clone().unwrap_or_default(),
            areas: r.areas.iter().map(|a| a.area().label).collect(),
        }
    }
}

/// Splits `text` at the highlighted byte ranges, ignoring ranges that are
/// out of bounds or not on character boundaries.
pub fn segments(text: &str, highlights: &[(usize, usize)]) -> Vec<(String, bool)> {
    let mut ranges: Vec<(usize, usize)> = highlights
        .iter()
        .copied()
        .filter(|&(s, e)| {
            s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)
        })
        .collect();
    ranges.sort_unstable();
    let mut out = Vec::new();
    let mut pos = 0;
    for (s, e) in ranges {
        if s < pos {
            continue;
        }
        if s > pos {
            out.push((text[pos..s].to_owned(), false));
        }
        out.push((text[s..e].to_owned(), true));
        pos = e;
    }
    if pos < text.len() || out.is_empty() {
        out.push((text[pos..].to_owned(), false));
    }
    out
}

/// An `<option>` of a filter.
pub struct SelectOption {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_mark_matches_and_survive_bad_ranges() {
        assert_eq!(
            segments("Hikmət Hacıyev", &[(0, 7)]),
            vec![("Hikmət".to_owned(), true), (" Hacıyev".to_owned(), false)]
        );
        // 5 is inside "ə": ignored rather than panicking.
        assert_eq!(
            segments("Hikmət", &[(0, 5), (3, 99)]),
            vec![("Hikmət".to_owned(), false)]
        );
        assert_eq!(segments("", &[]), vec![(String::new(), false)]);
    }
}
