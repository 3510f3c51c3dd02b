//! The demo's forums (`demo/forum.json`): the Solidarity Forum of NGOs of
//! the OTS member states (Baku and Nakhchivan, 23–26 November 2025) as a
//! tree of legs and sessions, the bilateral series with its editions (four
//! held, four planned), the Khankendi forum of 20 October 2025 and an
//! upcoming 2nd Solidarity Forum (Türkistan, June 2027: the demo's
//! invention) that is open for registration; 520 fictional participants in
//! eight delegations, named in their own languages and scripts, with their
//! registrations: the past forums' attendance (check-ins), and the upcoming
//! one's live seats, waitlist, offers and approvals.
//!
//! Everything but the accounts is written in one transaction.

use anyhow::{Context, Result, anyhow, bail};
use domain::{CountryCode, Email, EntityKind, EventKind, Record, RegistrationState};
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use store::{EventPerson, EventText, NewEvent, Series, Store};

const FORUM_DATA: &str = include_str!("../demo/forum.json");

/// The upcoming forum: open for registration, with a waitlist and offers.
#[cfg(test)]
const UPCOMING_FORUM: &str = "solidarity-forum-2027";

#[derive(Deserialize)]
struct Data {
    series: Vec<SeriesSpec>,
    events: Vec<EventSpec>,
    avoid: Vec<String>,
    delegations: Vec<Delegation>,
}

#[derive(Deserialize)]
struct SeriesSpec {
    id: String,
    a: String,
    b: String,
}

/// An event as the data file writes it: wall-clock times at the venue, the
/// zone inherited from the parent, the children nested.
#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
struct EventSpec {
    id: String,
    kind: String,
    format: String,
    status: String,
    series: Option<String>,
    venue: Option<String>,
    venue_name: String,
    zone: Option<String>,
    start: String,
    end: String,
    cancel_until: Option<String>,
    languages: Vec<String>,
    interpretation: Vec<String>,
    capacity: Option<u64>,
    needs_approval: bool,
    original_lang: String,
    /// Language → [title, description].
    texts: BTreeMap<String, [String; 2]>,
    speakers: Vec<String>,
    moderators: Vec<String>,
    organizers: Vec<String>,
    quotas: BTreeMap<String, u64>,
    seats: Option<Plan>,
    children: Vec<EventSpec>,
}

/// Who registered for an event, in how many of each state.
#[derive(Deserialize, Default, Clone)]
#[serde(default, deny_unknown_fields)]
struct Plan {
    confirmed: usize,
    offered: usize,
    cancelled: usize,
    pending: usize,
    waitlisted: usize,
    /// Of the confirmed (for a session without seats: of the forum's
    /// participants), this many were checked in.
    checked_in: usize,
    /// Only people of these delegations (all when empty).
    from: Vec<String>,
}

#[derive(Deserialize)]
struct Delegation {
    country: String,
    count: usize,
    locale: String,
    men: Vec<String>,
    women: Vec<String>,
    surnames: Vec<String>,
    /// Appended to a surname for a woman (Məmmədov → Məmmədova).
    #[serde(default)]
    feminine: String,
    /// The family name first (Hungarian).
    #[serde(default)]
    family_first: bool,
}

/// One event ready to insert, with its registration plan.
pub struct Planned {
    pub event: NewEvent,
    plan: Option<Plan>,
}

/// A demo participant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    pub email: String,
    pub display_name: String,
    pub locale: String,
    pub delegation: CountryCode,
}

fn data() -> Result<Data> {
    serde_json::from_str(FORUM_DATA).context("demo/forum.json")
}

fn country(code: &str) -> Result<CountryCode> {
    CountryCode::parse(code).map_err(|e| anyhow!("{code}: {e}"))
}

/// `2025-11-24 11:00` in `zone`, as Unix seconds.
fn at(zone: &str, wall: &str) -> Result<i64> {
    let bad = || anyhow!("{wall:?}: not YYYY-MM-DD HH:MM");
    let (date, time) = wall.split_once(' ').ok_or_else(bad)?;
    let d: Vec<&str> = date.split('-').collect();
    let t: Vec<&str> = time.split(':').collect();
    let [y, m, day] = d.as_slice() else {
        return Err(bad());
    };
    let [h, min] = t.as_slice() else {
        return Err(bad());
    };
    domain::from_wall_clock(
        zone,
        y.parse()?,
        m.parse()?,
        day.parse()?,
        h.parse()?,
        min.parse()?,
    )
    .ok_or_else(|| anyhow!("{wall} in {zone}: no such time"))
}

fn flatten(
    spec: &EventSpec,
    parent: Option<(&str, &str, &str)>,
    position: i64,
    out: &mut Vec<Planned>,
) -> Result<()> {
    let (parent_id, forum_id, parent_zone) = match parent {
        Some((p, f, z)) => (Some(p.to_owned()), f.to_owned(), z),
        None => (None, spec.id.clone(), "UTC"),
    };
    let zone = spec.zone.as_deref().unwrap_or(parent_zone);
    let kind = EventKind::parse(&spec.kind).ok_or_else(|| anyhow!("{}: kind", spec.id))?;
    let mut people: Vec<EventPerson> = spec
        .speakers
        .iter()
        .map(|r| EventPerson {
            record_id: r.clone(),
            role: "speaker".into(),
        })
        .collect();
    people.extend(spec.moderators.iter().map(|r| EventPerson {
        record_id: r.clone(),
        role: "moderator".into(),
    }));
    let event = NewEvent {
        id: spec.id.clone(),
        network: "ots".into(),
        parent_id,
        forum_id: forum_id.clone(),
        kind: Some(kind),
        format: spec.format.clone(),
        status: spec.status.clone(),
        series_id: spec.series.clone(),
        venue_id: spec.venue.clone(),
        venue_name: spec.venue_name.clone(),
        starts_at: at(zone, &spec.start)?,
        ends_at: at(zone, &spec.end)?,
        time_zone: zone.to_owned(),
        languages: spec.languages.clone(),
        interpretation: spec.interpretation.clone(),
        capacity: spec.capacity,
        needs_approval: spec.needs_approval,
        cancel_until: spec
            .cancel_until
            .as_deref()
            .map(|c| at(zone, c))
            .transpose()?,
        original_lang: spec.original_lang.clone(),
        position,
        texts: spec
            .texts
            .iter()
            .map(|(lang, [title, description])| EventText {
                lang: lang.clone(),
                title: title.clone(),
                description: description.clone(),
            })
            .collect(),
        people,
        organizers: spec.organizers.clone(),
        quotas: spec
            .quotas
            .iter()
            .map(|(c, n)| Ok((country(c)?, *n)))
            .collect::<Result<_>>()?,
    };
    out.push(Planned {
        event,
        plan: spec.seats.clone(),
    });
    for (i, child) in spec.children.iter().enumerate() {
        flatten(
            child,
            Some((&spec.id, &forum_id, zone)),
            i64::try_from(i).unwrap_or(0),
            out,
        )?;
    }
    Ok(())
}

/// Every demo event, parents before children.
pub fn events() -> Result<Vec<Planned>> {
    let mut out = Vec::new();
    for (i, spec) in data()?.events.iter().enumerate() {
        flatten(spec, None, i64::try_from(i).unwrap_or(0), &mut out)?;
    }
    Ok(out)
}

/// The bilateral series.
pub fn series() -> Result<Vec<Series>> {
    data()?
        .series
        .iter()
        .map(|s| {
            Ok(Series {
                id: s.id.clone(),
                network: "ots".into(),
                country_a: country(&s.a)?,
                country_b: country(&s.b)?,
            })
        })
        .collect()
}

/// The 520 participants, delegation by delegation, with deterministic names
/// in their own language and script (`delegate.az.001@birlik.test`).
pub fn participants() -> Result<Vec<Participant>> {
    let data = data()?;
    let avoid: HashSet<&str> = data.avoid.iter().map(String::as_str).collect();
    let mut out = Vec::new();
    for d in &data.delegations {
        let code = country(&d.country)?;
        let mut seen = HashSet::new();
        let mut k = 0usize;
        while seen.len() < d.count {
            let woman = k % 2 == 1;
            let firsts = if woman { &d.women } else { &d.men };
            // Every (first name, surname) pair once: the surnames turn
            // round each first name in its own order.
            let q = k / 2;
            let first = &firsts[q % firsts.len()];
            let surname =
                &d.surnames[(q / firsts.len() + 5 * (q % firsts.len())) % d.surnames.len()];
            let family = if woman {
                format!("{surname}{}", d.feminine)
            } else {
                surname.clone()
            };
            let name = if d.family_first {
                format!("{family} {first}")
            } else {
                format!("{first} {family}")
            };
            k += 1;
            if k > 100 * d.count {
                bail!("{}: too few names for {} people", d.country, d.count);
            }
            if avoid.contains(name.as_str()) || !seen.insert(name.clone()) {
                continue;
            }
            out.push(Participant {
                email: format!(
                    "delegate.{}.{:03}@birlik.test",
                    d.country.to_ascii_lowercase(),
                    seen.len()
                ),
                display_name: name,
                locale: d.locale.clone(),
                delegation: code,
            });
        }
    }
    Ok(out)
}

/// The participants interleaved across delegations (one of each in turn),
/// so any run of them is a mix of the eight.
fn interleaved(people: &[(i64, CountryCode, Option<String>)]) -> Vec<usize> {
    let mut by: BTreeMap<CountryCode, Vec<usize>> = BTreeMap::new();
    for (i, p) in people.iter().enumerate() {
        by.entry(p.1).or_default().push(i);
    }
    let mut lists: Vec<std::collections::VecDeque<usize>> =
        by.into_values().map(Into::into).collect();
    let mut out = Vec::with_capacity(people.len());
    while out.len() < people.len() {
        for list in &mut lists {
            if let Some(i) = list.pop_front() {
                out.push(i);
            }
        }
    }
    out
}

/// Loads the forums and their registrations. `organizer` checked people in.
pub async fn load(
    store: &Store,
    records: &[Record],
    password_hash: &str,
    organizer: i64,
    now: i64,
) -> Result<()> {
    let started = std::time::Instant::now();
    // Each participant comes on behalf of an NGO of their country.
    let mut orgs: BTreeMap<CountryCode, Vec<&str>> = BTreeMap::new();
    for r in records
        .iter()
        .filter(|r| r.kind == EntityKind::Organization)
    {
        if let Some(c) = r.country
            && r.id.as_str().contains("-ngo-")
        {
            orgs.entry(c).or_default().push(r.id.as_str());
        }
    }
    let mut people: Vec<(i64, CountryCode, Option<String>)> = Vec::new();
    for (i, p) in participants()?.iter().enumerate() {
        let email = Email::parse(&p.email).map_err(|e| anyhow!("{e}"))?;
        let new = store::NewAccount {
            email: &email,
            display_name: &p.display_name,
            password_hash,
            locale: &p.locale,
        };
        let Some(id) = store.create_account(&new, now).await? else {
            continue;
        };
        store.confirm_account(id, now).await?;
        let org = orgs
            .get(&p.delegation)
            .filter(|o| !o.is_empty())
            .map(|o| o[i % o.len()].to_owned());
        people.push((id, p.delegation, org));
    }
    let order = interleaved(&people);
    let planned = events()?;
    let mut tx = store.begin_write().await?;
    for s in series()? {
        tx.insert_series(&s, now).await?;
    }
    for p in &planned {
        tx.insert_event(&p.event, now).await?;
    }
    // Forum registrations first: sessions draw on them.
    let mut forum_regs: BTreeMap<String, Vec<(usize, i64)>> = BTreeMap::new();
    // The forum registrations checked in at each forum.
    let mut arrived: BTreeMap<String, HashSet<i64>> = BTreeMap::new();
    let mut plans: Vec<&Planned> = planned.iter().filter(|p| p.plan.is_some()).collect();
    plans.sort_by_key(|p| p.event.kind != Some(EventKind::Forum));
    for (n, p) in plans.iter().enumerate() {
        let Some(plan) = &p.plan else { continue };
        let e = &p.event;
        let is_forum = e.kind == Some(EventKind::Forum);
        let upcoming = e.starts_at > now;
        let from: Vec<CountryCode> = plan
            .from
            .iter()
            .map(|c| country(c))
            .collect::<Result<_>>()?;
        // Who may register: everyone for a forum, else the forum's participants.
        let pool: Vec<(usize, Option<i64>)> = if is_forum {
            order.iter().map(|&i| (i, None)).collect()
        } else {
            let regs = forum_regs
                .get(&e.forum_id)
                .with_context(|| format!("{}: its forum has no registrations", e.id))?;
            let shift = (n * 37) % regs.len().max(1);
            regs[shift..]
                .iter()
                .chain(&regs[..shift])
                .map(|&(i, r)| (i, Some(r)))
                .collect()
        };
        let pool: Vec<(usize, Option<i64>)> = pool
            .into_iter()
            .filter(|(i, _)| from.is_empty() || from.contains(&people[*i].1))
            .collect();
        let states = [
            (RegistrationState::Confirmed, plan.confirmed),
            (RegistrationState::Pending, plan.pending),
            (RegistrationState::Offered, plan.offered),
            (RegistrationState::Cancelled, plan.cancelled),
            (RegistrationState::Waitlisted, plan.waitlisted),
        ];
        let wanted: usize = states.iter().map(|s| s.1).sum();
        if wanted > pool.len() {
            bail!(
                "{}: {wanted} registrations from {} people",
                e.id,
                pool.len()
            );
        }
        // Registered in the weeks before the event (before now, for one to come).
        let opened = if upcoming {
            now - 21 * 86_400
        } else {
            e.starts_at - 40 * 86_400
        };
        let step = if upcoming { 1_200 } else { 4_000 };
        let mut taken = pool.iter();
        let mut k: i64 = 0;
        let mut confirmed_here: Vec<(i64, i64)> = Vec::new();
        for (state, count) in states {
            for _ in 0..count {
                let &(i, forum_reg) = taken.next().context("pool")?;
                let (account, delegation, org) = &people[i];
                let offer = (state == RegistrationState::Offered)
                    .then(|| domain::offer_deadline(now, e.starts_at).unwrap_or(now + 3_600));
                let reg = tx
                    .put_registration(
                        &e.id,
                        *account,
                        org.as_deref(),
                        *delegation,
                        state,
                        offer,
                        opened + k * step,
                    )
                    .await?;
                k += 1;
                if let Some(deadline) = offer {
                    app::jobs::enqueue(
                        &mut tx,
                        &app::jobs::Job::ExpireOffer {
                            registration: reg.id,
                        },
                        deadline,
                        now,
                    )
                    .await
                    .map_err(|e| anyhow!("{e}"))?;
                }
                if state == RegistrationState::Confirmed {
                    if is_forum {
                        forum_regs
                            .entry(e.id.clone())
                            .or_default()
                            .push((i, reg.id));
                    }
                    confirmed_here.push((reg.id, forum_reg.unwrap_or(reg.id)));
                }
            }
        }
        // Attendance of what has happened: check-ins with the forum
        // registration, from half an hour before the start. A session
        // without seats checks in the forum's participants.
        if plan.checked_in > 0 && !upcoming {
            let mut arrivals: Vec<i64> = if e.capacity.is_some() || is_forum {
                confirmed_here.iter().map(|&(_, f)| f).collect()
            } else {
                pool.iter().filter_map(|&(_, f)| f).collect()
            };
            if is_forum {
                if plan.checked_in > arrivals.len() {
                    bail!(
                        "{}: {} check-ins of {}",
                        e.id,
                        plan.checked_in,
                        arrivals.len()
                    );
                }
                // Those who did not come are spread over the delegations.
                let m = arrivals.len();
                let mut order: Vec<usize> = (0..m).collect();
                order.sort_by_key(|j| (j * 7_919) % m);
                let mut came: Vec<i64> = order[..plan.checked_in]
                    .iter()
                    .map(|&j| arrivals[j])
                    .collect();
                came.sort_unstable();
                arrived.insert(e.id.clone(), came.iter().copied().collect());
                arrivals = came;
            } else if let Some(came) = arrived.get(&e.forum_id) {
                // At a session: only those who came to the forum.
                arrivals.retain(|r| came.contains(r));
            }
            let doors = e.starts_at - 1_800;
            for (j, registration) in arrivals.iter().take(plan.checked_in).enumerate() {
                let when = doors + i64::try_from(j).unwrap_or(0) * 4;
                tx.check_in(*registration, &e.id, organizer, when).await?;
            }
        }
    }
    tx.commit().await?;
    tracing::info!(
        participants = people.len(),
        events = planned.len(),
        took_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
        "demo forums loaded"
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_file_points_at_demo_records_and_reads_as_venue_time() {
        let records = crate::demo::records().unwrap();
        let kinds: BTreeMap<&str, EntityKind> =
            records.iter().map(|r| (r.id.as_str(), r.kind)).collect();
        let planned = events().unwrap();
        let series_ids: HashSet<String> = series().unwrap().into_iter().map(|s| s.id).collect();
        let ids: HashSet<&str> = planned.iter().map(|p| p.event.id.as_str()).collect();
        assert_eq!(ids.len(), planned.len(), "event ids are unique");
        for p in &planned {
            let e = &p.event;
            assert!(
                domain::TIME_ZONES.contains(&e.time_zone.as_str()),
                "{}",
                e.id
            );
            assert!(e.ends_at >= e.starts_at, "{}", e.id);
            assert!(
                e.texts.iter().any(|t| t.lang == e.original_lang),
                "{}: no text in its original language",
                e.id
            );
            if let Some(v) = &e.venue_id {
                assert_eq!(
                    kinds.get(v.as_str()),
                    Some(&EntityKind::Place),
                    "{}: {v}",
                    e.id
                );
            }
            for person in &e.people {
                assert_eq!(
                    kinds.get(person.record_id.as_str()),
                    Some(&EntityKind::Person),
                    "{}",
                    e.id
                );
            }
            for org in &e.organizers {
                assert_eq!(kinds.get(org.as_str()), Some(&EntityKind::Organization));
            }
            if let Some(s) = &e.series_id {
                assert!(series_ids.contains(s), "{}: {s}", e.id);
            }
            if !e.format.is_empty() {
                assert!(
                    domain::SESSION_FORMATS.contains(&e.format.as_str()),
                    "{}",
                    e.id
                );
            }
            if let Some(parent) = &e.parent_id {
                let parent = planned.iter().find(|q| &q.event.id == parent).unwrap();
                assert!(
                    parent.event.starts_at <= e.starts_at && e.ends_at <= parent.event.ends_at,
                    "{} lies outside {}",
                    e.id,
                    parent.event.id
                );
            }
        }
        // The opening: 11:00 in Baku is 07:00 UTC.
        let opening = planned
            .iter()
            .find(|p| p.event.id == "solidarity-forum-2025-baku-opening")
            .unwrap();
        assert_eq!(
            domain::wall_clock("Asia/Baku", opening.event.starts_at),
            Some((2025, 11, 24, 11, 0))
        );
        assert_eq!(opening.event.people[0].record_id, "person-hikmat-hajiyev");
        let people = participants().unwrap();
        assert_eq!(people.len(), 520);
        let names: HashSet<&str> = people.iter().map(|p| p.display_name.as_str()).collect();
        let emails: HashSet<&str> = people.iter().map(|p| p.email.as_str()).collect();
        assert_eq!((names.len(), emails.len()), (520, 520));
        assert!(names.contains("Aysel Əliyeva") || names.iter().any(|n| n.ends_with("ova")));
        assert!(
            names
                .iter()
                .any(|n| n.chars().any(|c| c == 'Қ' || c == 'Ә' || c == 'ұ'))
        );
    }

    /// The whole demo into an empty SQLite store: the forum tree with its
    /// named sessions, 520 participants in eight delegations, a full panel
    /// with its waitlist, check-ins, the series, live offers, and the OTS
    /// found by its short names.
    #[tokio::test]
    async fn the_demo_loads_the_forums_with_their_registrations() {
        let tmp = tempfile::tempdir().unwrap();
        let store = Store::open(&store::Location::Dir(tmp.path().to_owned()))
            .await
            .unwrap();
        let started = std::time::Instant::now();
        crate::demo::load_if_empty(&store).await.unwrap();
        eprintln!("demo loaded in {:?}", started.elapsed());

        let tree = store.forum_tree("solidarity-forum-2025").await.unwrap();
        let ids: Vec<&str> = tree.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids[0], "solidarity-forum-2025");
        let title = |id: &str| {
            tree.iter()
                .find(|e| e.id == id)
                .unwrap_or_else(|| panic!("no {id}"))
                .text("en")
                .unwrap()
                .title
                .clone()
        };
        assert_eq!(
            title("solidarity-forum-2025-nakhchivan-zangezur"),
            "The Zangezur Corridor: A Bridge Connecting Turkic Geography"
        );
        assert_eq!(
            title("solidarity-forum-2025-nakhchivan-az-kz"),
            "1st Forum on Cooperation between Azerbaijani and Kazakh NGOs"
        );
        assert_eq!(
            title("solidarity-forum-2025-baku-wuf13"),
            "Towards WUF13 – the first in the Turkic world"
        );
        let opening = store
            .event("solidarity-forum-2025-baku-opening")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(opening.venue_id.as_deref(), Some("venue-gulustan-palace"));
        assert!(
            opening
                .people
                .iter()
                .any(|p| p.record_id == "person-hikmat-hajiyev" && p.role == "speaker")
        );
        assert_eq!(opening.text("kk").unwrap().lang, "kk");
        let forum = &tree[0];
        assert_eq!(forum.organizers, ["az-agency-ngo-support"]);
        assert_eq!(forum.capacity, Some(600));
        for leg in ["baku", "nakhchivan", "visits"] {
            assert!(
                ids.contains(&format!("solidarity-forum-2025-{leg}").as_str()),
                "{leg}"
            );
        }

        let counts = store.forum_counts("solidarity-forum-2025").await.unwrap();
        let whole = &counts["solidarity-forum-2025"];
        assert_eq!(whole.get(RegistrationState::Confirmed), 520);
        assert!(whole.checked_in > 450, "{whole:?}");
        let participants = store.participants("solidarity-forum-2025").await.unwrap();
        let delegations: HashSet<CountryCode> = participants
            .iter()
            .map(|p| p.registration.delegation)
            .collect();
        assert_eq!(delegations.len(), 8);
        let wuf = &counts["solidarity-forum-2025-baku-wuf13"];
        assert_eq!(wuf.get(RegistrationState::Confirmed), 120);
        assert_eq!(wuf.get(RegistrationState::Waitlisted), 15);
        assert!(wuf.checked_in > 0);
        let az_kz = store
            .participants("solidarity-forum-2025-nakhchivan-az-kz")
            .await
            .unwrap();
        assert!(
            az_kz
                .iter()
                .all(|p| ["AZ", "KZ"].contains(&p.registration.delegation.as_str()))
        );

        // The series: four held editions, four planned.
        let editions = store.series_events("ots").await.unwrap();
        let held = editions.iter().filter(|e| e.status == "scheduled").count();
        let planned = editions.iter().filter(|e| e.status == "planned").count();
        assert_eq!(
            (held, planned),
            (4, 4),
            "{:?}",
            editions.iter().map(|e| &e.id).collect::<Vec<_>>()
        );
        assert_eq!(store.series("ots").await.unwrap().len(), 7);
        assert!(store.event("khankendi-forum-2025").await.unwrap().is_some());

        // The forum to come: a full panel, its waitlist and two live offers.
        let now = app::Clock::system().now();
        let counts = store.forum_counts(UPCOMING_FORUM).await.unwrap();
        let panel = &counts["solidarity-forum-2027-digital-panel"];
        assert_eq!(panel.get(RegistrationState::Offered), 2);
        assert_eq!(panel.get(RegistrationState::Waitlisted), 12);
        assert_eq!(panel.checked_in, 0);
        let offers: Vec<_> = store
            .participants("solidarity-forum-2027-digital-panel")
            .await
            .unwrap()
            .into_iter()
            .filter(|p| p.registration.state == RegistrationState::Offered)
            .collect();
        assert!(offers.iter().all(|p| {
            p.registration
                .offer_expires_at
                .is_some_and(|t| t > now + 40 * 3600)
        }));
        let pending = &counts["solidarity-forum-2027-coordinators"];
        assert_eq!(pending.get(RegistrationState::Pending), 6);

        // The organizer edits the Agency's record; the OTS is found by its short names.
        let organizer = store
            .account_by_email(&Email::parse(crate::demo::DEMO_ORGANIZER).unwrap())
            .await
            .unwrap()
            .unwrap();
        assert!(
            store
                .roles_of(organizer.id)
                .await
                .unwrap()
                .iter()
                .any(|r| r.scope() == "az-agency-ngo-support")
        );
        let index = crate::indexing::build_index(&store).await.unwrap();
        for q in ["OTS", "ТДТ", "TÜRKSOY", "Victory Park"] {
            let hits = index.search(&search::Query {
                text: q.into(),
                limit: 3,
                ..Default::default()
            });
            assert!(!hits.hits.is_empty(), "{q}");
            if ["OTS", "ТДТ"].contains(&q) {
                assert_eq!(hits.hits[0].id, "ots", "{q}");
            }
        }
    }
}
