//! Partners: what an organization offers and seeks, proposals of
//! cooperation and the partnerships they become, and the pure rule that
//! ranks suggested partners.
//!
//! Offers and needs meet through the taxonomy of areas (the same slug in
//! every language), never through their free texts: a Kazakh need and an
//! Azerbaijani offer of `media` are complementary whatever their words.

use crate::{AreaSlug, CountryCode, FieldError, Problem, ValidationErrors};
use std::collections::{BTreeMap, BTreeSet, HashSet};

pub const MAX_INTEREST_TEXT_CHARS: usize = 1_000;
pub const MAX_ACTIVITY_CHARS: usize = 200;
pub const MAX_PROPOSAL_MESSAGE_CHARS: usize = 2_000;
/// Offers and needs one organization may state.
pub const MAX_INTERESTS: usize = 40;

/// Whether an organization offers something or seeks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Direction {
    Offer,
    Need,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Offer => "offer",
            Self::Need => "need",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        match raw.trim() {
            "offer" => Some(Self::Offer),
            "need" => Some(Self::Need),
            _ => None,
        }
    }
}

/// An organisation's role in a partnership, as IATI names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IatiRole {
    Funding,
    Accountable,
    Extending,
    Implementing,
}

impl IatiRole {
    pub const ALL: [IatiRole; 4] = [
        Self::Funding,
        Self::Accountable,
        Self::Extending,
        Self::Implementing,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Funding => "funding",
            Self::Accountable => "accountable",
            Self::Extending => "extending",
            Self::Implementing => "implementing",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == raw.trim())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProposalState {
    Pending,
    Accepted,
    Declined,
    Withdrawn,
}

impl ProposalState {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Accepted => "accepted",
            Self::Declined => "declined",
            Self::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        [
            Self::Pending,
            Self::Accepted,
            Self::Declined,
            Self::Withdrawn,
        ]
        .into_iter()
        .find(|s| s.as_str() == raw)
    }
}

/// An offer or a need as an editor typed it.
#[derive(Debug, Clone, Default)]
pub struct InterestInput {
    pub direction: String,
    pub area: String,
    pub countries: Vec<String>,
    pub languages: Vec<String>,
    /// The language the text was written in.
    pub original_lang: String,
    /// Text per language; empty texts are no translation.
    pub texts: BTreeMap<String, String>,
}

/// A valid offer or need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interest {
    pub direction: Direction,
    pub area: AreaSlug,
    /// Empty: any member country.
    pub countries: Vec<CountryCode>,
    pub languages: Vec<String>,
    pub original_lang: String,
    pub texts: BTreeMap<String, String>,
}

fn has_controls(s: &str) -> bool {
    s.chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
}

fn platform_language(raw: &str) -> Result<String, Problem> {
    let raw = raw.trim();
    if crate::UI_LANGS.contains(&raw) {
        Ok(raw.to_owned())
    } else {
        Err(Problem::NotPlatformLanguage {
            value: raw.to_owned(),
            known: crate::UI_LANGS.join(", "),
        })
    }
}

/// Checks an offer or need: a known area, member countries, the platform's
/// languages, a text in the original language, no text too long.
pub fn check_interest(input: &InterestInput) -> Result<Interest, ValidationErrors> {
    let mut errors = Vec::new();
    let direction = Direction::parse(&input.direction);
    if direction.is_none() {
        errors.push(FieldError::new("direction", Problem::Missing));
    }
    let area = if input.area.trim().is_empty() {
        errors.push(FieldError::new("area", Problem::Missing));
        None
    } else {
        match AreaSlug::parse(&input.area) {
            Ok(a) => Some(a),
            Err(e) => {
                errors.extend(e.0.into_iter().map(|f| FieldError::new("area", f.problem)));
                None
            }
        }
    };
    let mut countries = BTreeSet::new();
    for raw in input.countries.iter().filter(|c| !c.trim().is_empty()) {
        match CountryCode::parse(raw) {
            Ok(c) => {
                countries.insert(c);
            }
            Err(e) => errors.extend(
                e.0.into_iter()
                    .map(|f| FieldError::new("countries", f.problem)),
            ),
        }
    }
    let mut languages = BTreeSet::new();
    for raw in input.languages.iter().filter(|l| !l.trim().is_empty()) {
        match platform_language(raw) {
            Ok(l) => {
                languages.insert(l);
            }
            Err(p) => errors.push(FieldError::new("languages", p)),
        }
    }
    let original = match platform_language(&input.original_lang) {
        Ok(l) => l,
        Err(p) => {
            errors.push(FieldError::new("original_lang", p));
            String::new()
        }
    };
    let mut texts = BTreeMap::new();
    for (lang, body) in &input.texts {
        let body = body.trim();
        let field = format!("text_{lang}");
        if body.is_empty() {
            continue;
        }
        if platform_language(lang).is_err() {
            errors.push(FieldError::new(
                &field,
                Problem::NotPlatformLanguage {
                    value: lang.clone(),
                    known: crate::UI_LANGS.join(", "),
                },
            ));
            continue;
        }
        if has_controls(body) {
            errors.push(FieldError::new(&field, Problem::ControlCharacters));
        }
        if body.chars().count() > MAX_INTEREST_TEXT_CHARS {
            errors.push(FieldError::new(
                &field,
                Problem::TooLong {
                    max: MAX_INTEREST_TEXT_CHARS,
                },
            ));
        }
        texts.insert(lang.clone(), body.to_owned());
    }
    if !original.is_empty() && !texts.contains_key(&original) {
        errors.push(FieldError::new(
            format!("text_{original}"),
            Problem::Missing,
        ));
    }
    match (direction, area, errors.is_empty()) {
        (Some(direction), Some(area), true) => Ok(Interest {
            direction,
            area,
            countries: countries.into_iter().collect(),
            languages: languages.into_iter().collect(),
            original_lang: original,
            texts,
        }),
        _ => Err(ValidationErrors(errors)),
    }
}

/// A proposal as an editor typed it.
#[derive(Debug, Clone, Default)]
pub struct ProposalInput {
    pub area: String,
    pub activity: String,
    pub message: String,
    pub lang: String,
    pub starts_on: String,
    pub ends_on: String,
}

/// A valid proposal's content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProposalDraft {
    pub area: AreaSlug,
    pub activity: String,
    pub message: String,
    pub lang: String,
    /// ISO dates, empty when open.
    pub starts_on: String,
    pub ends_on: String,
}

/// `YYYY-MM-DD` of a real day, or `None`.
pub fn parse_iso_date(raw: &str) -> Option<(i32, u32, u32)> {
    let raw = raw.trim();
    let mut parts = raw.splitn(3, '-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d): (i32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1900..=2200).contains(&y).then_some(())?;
    (1..=days).contains(&d).then_some((y, m, d))
}

/// Checks a proposal: an area, an activity in one line, a message, dates
/// that are days and in order.
pub fn check_proposal(input: &ProposalInput) -> Result<ProposalDraft, ValidationErrors> {
    let mut errors = Vec::new();
    let area = match AreaSlug::parse(&input.area) {
        Ok(a) => Some(a),
        Err(_) if input.area.trim().is_empty() => {
            errors.push(FieldError::new("area", Problem::Missing));
            None
        }
        Err(e) => {
            errors.extend(e.0.into_iter().map(|f| FieldError::new("area", f.problem)));
            None
        }
    };
    let activity = input.activity.trim();
    if activity.is_empty() {
        errors.push(FieldError::new("activity", Problem::Missing));
    } else if activity.contains(['\n', '\r']) {
        errors.push(FieldError::new("activity", Problem::NotOneLine));
    } else if has_controls(activity) {
        errors.push(FieldError::new("activity", Problem::ControlCharacters));
    } else if activity.chars().count() > MAX_ACTIVITY_CHARS {
        errors.push(FieldError::new(
            "activity",
            Problem::TooLong {
                max: MAX_ACTIVITY_CHARS,
            },
        ));
    }
    let message = input.message.trim();
    if has_controls(message) {
        errors.push(FieldError::new("message", Problem::ControlCharacters));
    } else if message.chars().count() > MAX_PROPOSAL_MESSAGE_CHARS {
        errors.push(FieldError::new(
            "message",
            Problem::TooLong {
                max: MAX_PROPOSAL_MESSAGE_CHARS,
            },
        ));
    }
    let lang = platform_language(&input.lang).unwrap_or_else(|_| "en".to_owned());
    let mut date = |field: &str, raw: &str| -> Option<(i32, u32, u32)> {
        if raw.trim().is_empty() {
            return None;
        }
        let parsed = parse_iso_date(raw);
        if parsed.is_none() {
            errors.push(FieldError::new(
                field,
                Problem::NotADate {
                    example: "2026-05-14".into(),
                },
            ));
        }
        parsed
    };
    let starts = date("starts_on", &input.starts_on);
    let ends = date("ends_on", &input.ends_on);
    if let (Some(s), Some(e)) = (starts, ends)
        && e < s
    {
        errors.push(FieldError::new("ends_on", Problem::EndsBeforeStart));
    }
    match (area, errors.is_empty()) {
        (Some(area), true) => Ok(ProposalDraft {
            area,
            activity: activity.to_owned(),
            message: message.to_owned(),
            lang,
            starts_on: input.starts_on.trim().to_owned(),
            ends_on: input.ends_on.trim().to_owned(),
        }),
        _ => Err(ValidationErrors(errors)),
    }
}

/// One stated offer or need, as matchmaking reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stated {
    pub direction: Direction,
    pub area: AreaSlug,
    /// Empty: any member country.
    pub countries: Vec<CountryCode>,
}

/// What matchmaking knows of an organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnerProfile {
    pub org_id: String,
    pub country: Option<CountryCode>,
    /// The record's areas of work.
    pub areas: Vec<AreaSlug>,
    /// Working languages: a candidate's, those its offers and needs state;
    /// the asking organization's, also those of its names.
    pub languages: Vec<String>,
    pub verified: bool,
    /// Partnerships it has had with anyone.
    pub partnerships: u32,
    pub interests: Vec<Stated>,
}

/// Why a partner is suggested, for the sentence the page shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reasons {
    /// It offers what the asking organization seeks.
    pub offers: Vec<AreaSlug>,
    /// It seeks what the asking organization offers.
    pub seeks: Vec<AreaSlug>,
    /// Areas both work on.
    pub shared_areas: Vec<AreaSlug>,
    pub country: Option<CountryCode>,
    /// Languages both work in.
    pub languages: Vec<String>,
    pub verified: bool,
    pub partnerships: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    pub org_id: String,
    pub score: f32,
    pub reasons: Reasons,
}

fn targets(countries: &[CountryCode], country: Option<CountryCode>) -> bool {
    country.is_some_and(|c| countries.contains(&c))
}

const _: () = assert!(crate::AREAS.len() <= 32 && crate::UI_LANGS.len() <= 16);

/// The position of `area` in [`crate::AREAS`]: its bit in [`Packed`].
fn area_bit(area: AreaSlug) -> u8 {
    crate::AREAS
        .iter()
        .position(|a| a.slug == area.as_str())
        .and_then(|i| u8::try_from(i).ok())
        .unwrap_or(u8::MAX)
}

fn area_of_bit(bit: u8) -> Option<AreaSlug> {
    crate::AREAS
        .get(usize::from(bit))
        .and_then(|a| AreaSlug::parse(a.slug).ok())
}

fn bits_of(mask: u32) -> impl Iterator<Item = u8> {
    (0..32u8).filter(move |b| mask & (1 << b) != 0)
}

/// The platform languages whose bits `mask` holds, in the platform's order.
fn languages_of(mask: u16) -> impl Iterator<Item = String> {
    bits_of(u32::from(mask))
        .filter_map(|b| crate::UI_LANGS.get(usize::from(b)))
        .map(|l| (*l).to_owned())
}

/// A profile packed for ranking many candidates: areas and working
/// languages as bits, offers and needs inline, so scoring one compares
/// no string and follows no pointer. Working languages are platform
/// languages (those offers and needs may state); others never match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Packed {
    pub country: Option<CountryCode>,
    areas: u32,
    languages: u16,
    pub verified: bool,
    pub partnerships: u32,
    interests: smallvec::SmallVec<[PackedStated; 2]>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct PackedStated {
    direction: Direction,
    area: u8,
    countries: smallvec::SmallVec<[CountryCode; 4]>,
}

impl PartnerProfile {
    pub fn packed(&self) -> Packed {
        let mut areas = 0u32;
        for a in &self.areas {
            areas |= 1u32.checked_shl(u32::from(area_bit(*a))).unwrap_or(0);
        }
        let mut languages = 0u16;
        for l in &self.languages {
            if let Some(i) = crate::UI_LANGS.iter().position(|u| u == l) {
                languages |= 1 << i;
            }
        }
        Packed {
            country: self.country,
            areas,
            languages,
            verified: self.verified,
            partnerships: self.partnerships,
            interests: self
                .interests
                .iter()
                .map(|s| PackedStated {
                    direction: s.direction,
                    area: area_bit(s.area),
                    countries: s.countries.iter().copied().collect(),
                })
                .collect(),
        }
    }
}

impl Packed {
    /// The test "states `direction` in `area`", made once for many
    /// profiles.
    pub fn stating(direction: Direction, area: AreaSlug) -> impl Fn(&Packed) -> bool {
        let bit = area_bit(area);
        move |p| {
            p.interests
                .iter()
                .any(|s| s.direction == direction && s.area == bit)
        }
    }

    /// Forgets its offers and needs (it stated none any more).
    pub fn clear_interests(&mut self) {
        self.interests.clear();
    }

    /// The (direction, area) pairs it states.
    pub fn stated(&self) -> impl Iterator<Item = (Direction, AreaSlug)> + '_ {
        self.interests
            .iter()
            .filter_map(|s| Some((s.direction, area_of_bit(s.area)?)))
    }

    /// The profile again, for `org_id` (areas and languages in the
    /// taxonomy's and the platform's order).
    pub fn unpacked(&self, org_id: String) -> PartnerProfile {
        PartnerProfile {
            org_id,
            country: self.country,
            areas: bits_of(self.areas).filter_map(area_of_bit).collect(),
            languages: languages_of(self.languages).collect(),
            verified: self.verified,
            partnerships: self.partnerships,
            interests: self
                .interests
                .iter()
                .filter_map(|s| {
                    Some(Stated {
                        direction: s.direction,
                        area: area_of_bit(s.area)?,
                        countries: s.countries.to_vec(),
                    })
                })
                .collect(),
        }
    }
}

/// How well `them` complements `me`, and why; `None` when nothing does.
pub fn score(me: &PartnerProfile, them: &PartnerProfile) -> Option<Suggestion> {
    if them.org_id == me.org_id {
        return None;
    }
    let mut reasons = Reasons {
        country: them.country,
        verified: them.verified,
        partnerships: them.partnerships,
        ..Reasons::default()
    };
    let score = tally(&me.packed(), &them.packed(), Some(&mut reasons))?;
    Some(Suggestion {
        org_id: them.org_id.clone(),
        score,
        reasons,
    })
}

/// The score of [`score`] alone, on packed profiles (the caller leaves
/// out the asking organization itself): what ranking many candidates
/// needs.
pub fn score_packed(me: &Packed, them: &Packed) -> Option<f32> {
    tally(me, them, None)
}

/// The one rule: the score, and the reasons when asked for.
fn tally(me: &Packed, them: &Packed, mut reasons: Option<&mut Reasons>) -> Option<f32> {
    if them.country.is_none() || them.country == me.country {
        return None;
    }
    let mut score = 0.0f32;
    // One side's need met by the other's offer, in both directions; a need
    // aimed at the other's country, and an offer aimed back, weigh more.
    for (mine, theirs, weight, into) in [
        (Direction::Need, Direction::Offer, 4.0, 0usize),
        (Direction::Offer, Direction::Need, 3.0, 1usize),
    ] {
        // Each area once per direction.
        let mut counted = 0u32;
        for want in me.interests.iter().filter(|i| i.direction == mine) {
            let bit = 1u32.checked_shl(u32::from(want.area)).unwrap_or(0);
            if counted & bit != 0 {
                continue;
            }
            let best = them
                .interests
                .iter()
                .filter(|i| i.direction == theirs && i.area == want.area)
                .map(|i| {
                    let mut s = weight;
                    if targets(&want.countries, them.country) {
                        s += 2.0;
                    } else if want.countries.is_empty() {
                        s += 0.5;
                    }
                    if targets(&i.countries, me.country) {
                        s += 1.0;
                    } else if i.countries.is_empty() {
                        s += 0.25;
                    }
                    s
                })
                .fold(None, |a: Option<f32>, s| Some(a.map_or(s, |a| a.max(s))));
            let Some(s) = best else { continue };
            counted |= bit;
            score += s;
            if let (Some(r), Some(area)) = (reasons.as_deref_mut(), area_of_bit(want.area)) {
                if into == 0 {
                    r.offers.push(area);
                } else {
                    r.seeks.push(area);
                }
            }
        }
    }
    let complementary = score > 0.0;
    let shared = (me.areas & them.areas).count_ones().min(3);
    if !complementary && shared == 0 {
        return None;
    }
    score += shared as f32;
    let languages = me.languages & them.languages;
    score += languages.count_ones().min(2) as f32;
    if let Some(r) = reasons {
        r.shared_areas = bits_of(me.areas & them.areas)
            .take(3)
            .filter_map(area_of_bit)
            .collect();
        r.languages = languages_of(languages).take(3).collect();
    }
    if them.verified {
        score += 1.5;
    }
    score += them.partnerships.min(3) as f32 * 0.3;
    Some(score)
}

/// The best `limit` partners for `me` among `candidates` (others in other
/// countries, not `excluded`), best first; ties by id, so the order is stable.
pub fn suggest(
    me: &PartnerProfile,
    candidates: &[PartnerProfile],
    excluded: &HashSet<String>,
    limit: usize,
) -> Vec<Suggestion> {
    let mut out: Vec<Suggestion> = candidates
        .iter()
        .filter(|c| !excluded.contains(&c.org_id))
        .filter_map(|c| score(me, c))
        .collect();
    out.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| a.org_id.cmp(&b.org_id))
    });
    out.truncate(limit);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(code: &str) -> CountryCode {
        CountryCode::parse(code).unwrap()
    }

    fn a(slug: &str) -> AreaSlug {
        AreaSlug::parse(slug).unwrap()
    }

    fn profile(
        id: &str,
        country: &str,
        interests: &[(Direction, &str, &[&str])],
    ) -> PartnerProfile {
        PartnerProfile {
            org_id: id.into(),
            country: Some(c(country)),
            areas: vec![],
            languages: vec![],
            verified: false,
            partnerships: 0,
            interests: interests
                .iter()
                .map(|(d, area, countries)| Stated {
                    direction: *d,
                    area: a(area),
                    countries: countries.iter().map(|x| c(x)).collect(),
                })
                .collect(),
        }
    }

    #[test]
    fn the_packed_score_is_the_scores_score() {
        // Every mix of directions, areas, aims, shared areas, languages,
        // verification and track record over a small pseudo-random set.
        let areas = ["media", "youth", "ecology", "sport", "culture"];
        let countries = ["AZ", "KZ", "TR", "HU"];
        let mut seed = 17u64;
        let mut next = move |n: usize| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 33) as usize % n
        };
        let mut random = |id: &str| {
            let mut p = profile(id, countries[next(4)], &[]);
            for _ in 0..1 + next(12) {
                p.interests.push(Stated {
                    direction: if next(2) == 0 {
                        Direction::Offer
                    } else {
                        Direction::Need
                    },
                    area: a(areas[next(5)]),
                    countries: (0..next(3)).map(|_| c(countries[next(4)])).collect(),
                });
            }
            p.areas = (0..next(5)).map(|_| a(areas[next(5)])).collect();
            p.languages = (0..next(4))
                .map(|k| ["ru", "en", "kk", "az"][k].to_owned())
                .collect();
            p.verified = next(2) == 0;
            p.partnerships = next(5) as u32;
            p
        };
        let me = random("me");
        for k in 0..2_000 {
            let them = random(&format!("o{k}"));
            assert_eq!(
                score_packed(&me.packed(), &them.packed()),
                score(&me, &them).map(|s| s.score),
                "{them:?}"
            );
            // Packing loses nothing the rule reads.
            let again = them.packed().unpacked(them.org_id.clone());
            assert_eq!(again.packed(), them.packed());
            assert_eq!(again.interests, them.interests);
        }
    }

    #[test]
    fn complementary_and_aimed_ranks_first() {
        use Direction::*;
        let me = profile(
            "az",
            "AZ",
            &[(Need, "media", &["KZ"]), (Offer, "youth", &[])],
        );
        let both = profile(
            "kz-both",
            "KZ",
            &[(Offer, "media", &["AZ"]), (Need, "youth", &[])],
        );
        let offer_only = profile("kz-offer", "KZ", &[(Offer, "media", &[])]);
        let same_country = profile("az-2", "AZ", &[(Offer, "media", &["AZ"])]);
        let unrelated = profile("tr", "TR", &[(Offer, "sport", &[])]);
        let got = suggest(
            &me,
            &[unrelated, offer_only, same_country, both],
            &HashSet::new(),
            5,
        );
        let ids: Vec<&str> = got.iter().map(|s| s.org_id.as_str()).collect();
        assert_eq!(ids, ["kz-both", "kz-offer"]);
        assert_eq!(got[0].reasons.offers, [a("media")]);
        assert_eq!(got[0].reasons.seeks, [a("youth")]);
        assert_eq!(got[0].reasons.country, Some(c("KZ")));
    }

    #[test]
    fn shared_languages_verification_and_exclusion() {
        use Direction::*;
        let mut me = profile("az", "AZ", &[(Need, "media", &[])]);
        me.languages = vec!["ru".into(), "kk".into()];
        let mut speaks = profile("kz-1", "KZ", &[(Offer, "media", &[])]);
        speaks.languages = vec!["kk".into(), "ru".into()];
        let mut verified = profile("kz-2", "KZ", &[(Offer, "media", &[])]);
        verified.verified = true;
        let plain = profile("kz-3", "KZ", &[(Offer, "media", &[])]);
        let got = suggest(
            &me,
            &[plain.clone(), verified.clone(), speaks.clone()],
            &HashSet::new(),
            5,
        );
        let ids: Vec<&str> = got.iter().map(|s| s.org_id.as_str()).collect();
        assert_eq!(ids, ["kz-1", "kz-2", "kz-3"]);
        assert_eq!(got[0].reasons.languages, ["kk", "ru"]);
        let excluded: HashSet<String> = ["kz-1".to_owned()].into();
        let got = suggest(&me, &[plain, verified, speaks], &excluded, 1);
        assert_eq!(got[0].org_id, "kz-2");
    }

    #[test]
    fn interests_and_proposals_are_checked() {
        let mut input = InterestInput {
            direction: "need".into(),
            area: "media".into(),
            countries: vec!["KZ".into(), "".into()],
            languages: vec!["ru".into()],
            original_lang: "az".into(),
            texts: [("az".to_owned(), "Media tərəfdaşı axtarırıq".to_owned())].into(),
        };
        let ok = check_interest(&input).unwrap();
        assert_eq!(ok.direction, Direction::Need);
        assert_eq!(ok.countries, [c("KZ")]);
        input.original_lang = "ru".into();
        input.area = "mining".into();
        input.countries.push("ZZ".into());
        let fields: Vec<String> = check_interest(&input)
            .unwrap_err()
            .0
            .into_iter()
            .map(|f| f.field)
            .collect();
        assert_eq!(fields, ["area", "countries", "text_ru"]);

        let bad = check_proposal(&ProposalInput {
            area: "youth".into(),
            activity: "Exchange\nof youth".into(),
            starts_on: "2026-02-30".into(),
            ends_on: "2026-01-01".into(),
            ..ProposalInput::default()
        })
        .unwrap_err();
        let fields: Vec<&str> = bad.0.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["activity", "starts_on"]);
        let bad = check_proposal(&ProposalInput {
            area: "youth".into(),
            activity: "Youth exchange".into(),
            starts_on: "2026-03-01".into(),
            ends_on: "2026-02-01".into(),
            ..ProposalInput::default()
        })
        .unwrap_err();
        assert_eq!(bad.0[0].field, "ends_on");
        assert_eq!(parse_iso_date("2028-02-29"), Some((2028, 2, 29)));
        assert_eq!(parse_iso_date("2027-02-29"), None);
    }
}

/// A signed memorandum of a partnership: a PDF, at most as large as
/// verification evidence.
pub fn check_memorandum(bytes: &[u8]) -> Result<(), ValidationErrors> {
    let refuse = |problem| Err(ValidationErrors::single("memorandum", problem));
    match crate::EvidenceType::sniff(bytes) {
        Ok(crate::EvidenceType::Pdf) => Ok(()),
        Err(e)
            if matches!(
                e.0.first().map(|f| &f.problem),
                Some(Problem::EvidenceTooLarge { .. })
            ) =>
        {
            refuse(e.0[0].problem.clone())
        }
        _ => refuse(Problem::MemorandumNotPdf),
    }
}

#[cfg(test)]
mod memorandum_tests {
    use super::*;

    #[test]
    fn a_memorandum_is_a_pdf_no_larger_than_evidence() {
        assert!(check_memorandum(b"%PDF-1.7\n...").is_ok());
        for refused in [&b""[..], b"\x89PNG\r\n\x1a\n....", b"<html>"] {
            let e = check_memorandum(refused).unwrap_err();
            assert_eq!(e.0[0].field, "memorandum");
            assert_eq!(e.0[0].problem, Problem::MemorandumNotPdf);
        }
        let mut big = b"%PDF-1.7".to_vec();
        big.resize(crate::MAX_EVIDENCE_BYTES + 1, b' ');
        assert!(matches!(
            check_memorandum(&big).unwrap_err().0[0].problem,
            Problem::EvidenceTooLarge { .. }
        ));
    }
}
