//! The demo's partner market: offers and needs of every demo organization
//! (derived from its areas, so they read true), two editors to try
//! matchmaking with — an Azerbaijani youth NGO and a Kazakh media union
//! that complement each other — and proposals in every state, the accepted
//! ones partnerships across the member countries.

use anyhow::{Context, Result};
use domain::partners::{Direction, IatiRole, Interest, ProposalDraft, ProposalState};
use domain::{AreaSlug, CountryCode, Email, EntityId, EntityKind, Record, Role};
use store::Store;

/// The demo's Azerbaijani youth NGO and its editor.
pub const YOUTH_ORG: &str = "az-ngo-0012";
pub const YOUTH_EDITOR: &str = "youth.az@birlik.test";
/// A Kazakh media union that seeks what the youth NGO offers, and its editor.
pub const MEDIA_ORG: &str = "kz-ngo-0042";
pub const MEDIA_EDITOR: &str = "media.kz@birlik.test";

const COUNTRIES: [&str; 8] = ["AZ", "TR", "UZ", "KZ", "KG", "TM", "HU", "XN"];

/// What an organization working on `area` plausibly seeks from partners.
fn complement(area: &str) -> &'static str {
    match area {
        "youth" => "media",
        "media" => "youth",
        "ecology" | "water" | "agriculture" => "science",
        "science" => "ecology",
        "education" | "children" => "digital",
        "digital" => "education",
        "culture" | "heritage" => "tourism",
        "tourism" => "heritage",
        "health" | "disability" => "volunteering",
        "volunteering" => "health",
        "women" | "family" => "business",
        "business" => "women",
        "sport" => "youth",
        _ => "education",
    }
}

/// A stable small number from an id, so the demo is the same every time.
fn dice(id: &str, salt: u64) -> u64 {
    id.bytes().fold(salt.wrapping_mul(0x9e37_79b9), |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn working_languages(r: &Record) -> Vec<String> {
    let mut langs: Vec<String> = r
        .names
        .iter()
        .map(|n| n.lang.primary().to_owned())
        .filter(|l| domain::UI_LANGS.contains(&l.as_str()))
        .collect();
    // Russian is the common working language of the Central Asian members.
    if matches!(
        r.country.map(|c| c.to_string()).as_deref(),
        Some("KZ" | "KG" | "UZ" | "TM" | "AZ")
    ) {
        langs.push("ru".into());
    }
    langs.push("en".into());
    langs.sort();
    langs.dedup();
    langs
}

fn text(lang: &str, direction: Direction, area: AreaSlug, city: &str) -> String {
    let label = locale::messages::message(lang, &format!("area-{}", area.as_str()), &[]);
    let what = locale::messages::message(lang, &format!("direction-{}", direction.as_str()), &[]);
    if city.is_empty() {
        format!("{what}: {label}.")
    } else {
        format!("{what}: {label} — {city}.")
    }
}

fn interest(
    r: &Record,
    direction: Direction,
    area: AreaSlug,
    countries: Vec<CountryCode>,
) -> Interest {
    let lang = r
        .names
        .first()
        .map(|n| n.lang.primary().to_owned())
        .filter(|l| domain::UI_LANGS.contains(&l.as_str()))
        .unwrap_or_else(|| "en".into());
    let city = r.city.clone().unwrap_or_default();
    let mut texts = std::collections::BTreeMap::new();
    texts.insert(lang.clone(), text(&lang, direction, area, &city));
    if lang != "en" {
        texts.insert("en".into(), text("en", direction, area, &city));
    }
    Interest {
        direction,
        area,
        countries,
        languages: working_languages(r),
        original_lang: lang,
        texts,
    }
}

fn code(raw: &str) -> Result<CountryCode> {
    CountryCode::parse(raw).map_err(|e| anyhow::anyhow!("{e}"))
}

fn area(raw: &str) -> Result<AreaSlug> {
    AreaSlug::parse(raw).map_err(|e| anyhow::anyhow!("{e}"))
}

/// Loads the partner market into a fresh demo database.
pub async fn load(store: &Store, records: &[Record], password_hash: &str, now: i64) -> Result<()> {
    let orgs: Vec<&Record> = records
        .iter()
        .filter(|r| r.kind == EntityKind::Organization && r.country.is_some())
        .collect();
    let mut tx = store.begin_write().await?;
    for r in &orgs {
        let id = r.id.as_str();
        let own = r.country.map(|c| c.to_string()).unwrap_or_default();
        if id == YOUTH_ORG || id == MEDIA_ORG || r.areas.is_empty() {
            continue;
        }
        let others: Vec<&str> = COUNTRIES.iter().copied().filter(|c| *c != own).collect();
        let targets = |salt: u64| -> Result<Vec<CountryCode>> {
            (0..dice(id, salt) % 3)
                .map(|k| code(others[(dice(id, salt + k + 1) % others.len() as u64) as usize]))
                .collect()
        };
        let first = r.areas[0];
        tx.insert_interest(
            "ots",
            id,
            &interest(r, Direction::Offer, first, targets(1)?),
            now,
        )
        .await?;
        tx.insert_interest(
            "ots",
            id,
            &interest(
                r,
                Direction::Need,
                area(complement(first.as_str()))?,
                targets(7)?,
            ),
            now,
        )
        .await?;
        if let Some(second) = r.areas.get(1)
            && dice(id, 13).is_multiple_of(2)
        {
            tx.insert_interest(
                "ots",
                id,
                &interest(r, Direction::Offer, *second, targets(17)?),
                now,
            )
            .await?;
        }
    }
    // The pair to try: each offers what the other seeks, aimed at the other's country.
    let by_id = |id: &str| orgs.iter().find(|r| r.id.as_str() == id).copied();
    let youth = by_id(YOUTH_ORG).context("the demo's youth NGO is missing")?;
    let media = by_id(MEDIA_ORG).context("the demo's media union is missing")?;
    for (r, offer, need, to) in [
        (youth, "youth", "media", "KZ"),
        (media, "media", "youth", "AZ"),
    ] {
        let to = vec![code(to)?];
        tx.insert_interest(
            "ots",
            r.id.as_str(),
            &interest(r, Direction::Offer, area(offer)?, to.clone()),
            now,
        )
        .await?;
        tx.insert_interest(
            "ots",
            r.id.as_str(),
            &interest(r, Direction::Need, area(need)?, to),
            now,
        )
        .await?;
    }
    // Proposals in every state; the accepted ones are partnerships.
    let proposals: [(&str, &str, &str, &str, ProposalState); 10] = [
        (
            "az-ngo-0051",
            "kz-ngo-0007",
            "media",
            "Media literacy week in Sumqayıt and Almaty",
            ProposalState::Accepted,
        ),
        (
            "az-ngo-0020",
            "tr-ngo-0003",
            "volunteering",
            "Volunteer exchange for earthquake recovery",
            ProposalState::Accepted,
        ),
        (
            "uz-ngo-0005",
            "kg-ngo-0002",
            "water",
            "Shared monitoring of the Fergana valley canals",
            ProposalState::Accepted,
        ),
        (
            "hu-ngo-0002",
            "tr-ngo-0010",
            "culture",
            "Turkic–Hungarian folk music residency",
            ProposalState::Accepted,
        ),
        (
            "tm-ngo-0003",
            "az-ngo-0013",
            "ecology",
            "Caspian shore clean-up",
            ProposalState::Accepted,
        ),
        (
            "xn-ngo-0002",
            "az-ngo-0009",
            "digital",
            "Coding clubs for girls",
            ProposalState::Accepted,
        ),
        (
            "kz-ngo-0017",
            "uz-ngo-0010",
            "youth",
            "Youth forum in Türkistan",
            ProposalState::Accepted,
        ),
        (
            "az-ngo-0004",
            "kz-ngo-0015",
            "youth",
            "Summer camp of young volunteers",
            ProposalState::Pending,
        ),
        (
            "tr-ngo-0005",
            "hu-ngo-0004",
            "education",
            "Teacher exchange",
            ProposalState::Declined,
        ),
        (
            "kg-ngo-0004",
            "tm-ngo-0002",
            "health",
            "Mobile clinics in mountain villages",
            ProposalState::Withdrawn,
        ),
    ];
    let mut made = 0;
    for (n, (from, to, area_slug, activity, state)) in proposals.into_iter().enumerate() {
        if by_id(from).is_none() || by_id(to).is_none() {
            continue;
        }
        let at = now - (40 - n as i64) * 86_400;
        let draft = ProposalDraft {
            area: area(area_slug)?,
            activity: activity.to_owned(),
            message: String::new(),
            lang: "en".into(),
            starts_on: String::new(),
            ends_on: String::new(),
        };
        let Some(p) = tx.insert_proposal("ots", from, to, &draft, 0, at).await? else {
            continue;
        };
        if state != ProposalState::Pending {
            tx.decide_proposal(p.id, state, 0, at + 86_400).await?;
        }
        if state == ProposalState::Accepted {
            tx.insert_partnership(
                &p,
                IatiRole::Implementing,
                IatiRole::Implementing,
                at + 86_400,
            )
            .await?;
        }
        made += 1;
    }
    tx.commit().await?;
    // The two editors, in their own languages.
    let system = store::Actorship {
        id: None,
        email: "demo loader",
    };
    for (email, name, org, locale) in [
        (
            YOUTH_EDITOR,
            "Editor, Azərbaycan Gənc Liderlər Birliyi",
            YOUTH_ORG,
            "az",
        ),
        (
            MEDIA_EDITOR,
            "Editor, Қазақстан өңірлік журналистика одағы",
            MEDIA_ORG,
            "kk",
        ),
    ] {
        let email = Email::parse(email).map_err(|e| anyhow::anyhow!("{e}"))?;
        let new = store::NewAccount {
            email: &email,
            display_name: name,
            password_hash,
            locale,
        };
        let Some(id) = store.create_account(&new, now).await? else {
            continue;
        };
        store.confirm_account(id, now).await?;
        let org = EntityId::parse(org).map_err(|e| anyhow::anyhow!("{e}"))?;
        store
            .grant_role(id, &Role::Editor(org), &system, now)
            .await?;
    }
    tracing::info!(proposals = made, "demo partners loaded");
    Ok(())
}
