//! Partners: an organization's offers and needs, suggested partners in the
//! other member countries, proposals of cooperation and the partnerships
//! they become. Pages, the API and tests call these.
//!
//! A proposal is answered once: accepting, declining and withdrawing each
//! lock the proposal's row and change it only while it is pending, so of
//! two racing answers exactly one is done and the other is told what
//! happened. Mail goes through the job queue in the same transaction.

mod mail;
pub(crate) mod market;

use crate::{App, Error, Result, SignedIn, authorize};
use domain::partners::{
    Direction, IatiRole, InterestInput, PartnerProfile, ProposalInput, ProposalState, Stated,
    Suggestion, check_interest, check_proposal,
};
use domain::{Action, EntityId, EntityKind, Record, Role, VerificationState};
use std::collections::{BTreeSet, HashSet};
use store::{InterestFilter, Partnership, Proposal, StoredInterest};

/// The network partners meet in (today the one).
pub const NETWORK: &str = "ots";

/// A suggested partner with its record.
#[derive(Debug, Clone)]
pub struct Suggested {
    pub suggestion: Suggestion,
    pub record: Record,
}

/// What an editor may answer to a proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// By the receiving organization, with each side's role.
    Accept {
        proposer: IatiRole,
        receiver: IatiRole,
    },
    Decline,
    /// By the proposing organization.
    Withdraw,
}

fn no_org() -> Error {
    Error::NotFound("There is no such organization.".into())
}

fn no_proposal() -> Error {
    Error::NotFound("There is no such proposal.".into())
}

async fn organization(app: &App, id: &EntityId) -> Result<Record> {
    match app.store().get(id).await? {
        Some(r) if r.kind == EntityKind::Organization => Ok(r),
        _ => Err(no_org()),
    }
}

/// The organizations the caller speaks for.
pub fn orgs_of(who: &SignedIn) -> Vec<EntityId> {
    who.actor
        .roles
        .iter()
        .filter_map(|r| match r {
            Role::Editor(org) => Some(org.clone()),
            _ => None,
        })
        .collect()
}

/// An organization's offers and needs.
pub async fn interests(app: &App, org: &EntityId) -> Result<Vec<StoredInterest>> {
    Ok(app.store().interests_of(org.as_str()).await?)
}

/// States an offer or a need of `org` (its editors).
pub async fn add_interest(
    app: &App,
    who: Option<&SignedIn>,
    org: &EntityId,
    input: &InterestInput,
) -> Result<i64> {
    authorize(who, Action::ActForOrganization { org })?;
    organization(app, org).await?;
    let interest = check_interest(input)?;
    let mut tx = app.store().begin_write().await?;
    if tx.count_interests(org.as_str()).await? >= domain::partners::MAX_INTERESTS as u64 {
        return Err(Error::invalid(
            "too_many_interests",
            format!(
                "An organization states at most {} offers and needs; remove one first.",
                domain::partners::MAX_INTERESTS
            ),
        ));
    }
    let id = tx
        .insert_interest(NETWORK, org.as_str(), &interest, app.now())
        .await?;
    tx.commit().await?;
    Ok(id)
}

/// Removes an offer or need of `org` (its editors).
pub async fn remove_interest(
    app: &App,
    who: Option<&SignedIn>,
    org: &EntityId,
    id: i64,
) -> Result<()> {
    authorize(who, Action::ActForOrganization { org })?;
    let mut tx = app.store().begin_write().await?;
    if !tx.delete_interest(id, org.as_str()).await? {
        return Err(Error::NotFound("There is no such offer or need.".into()));
    }
    tx.commit().await?;
    Ok(())
}

fn languages_of(record: &Record, stated: &[String]) -> Vec<String> {
    let mut out: BTreeSet<String> = stated.iter().cloned().collect();
    out.extend(
        record
            .names
            .iter()
            .map(|n| n.lang.primary().to_owned())
            .filter(|l| domain::UI_LANGS.contains(&l.as_str())),
    );
    out.into_iter().collect()
}

/// Suggested partners for `org`, best first: organizations of the other
/// member countries whose offers meet its needs and whose needs its offers
/// meet, then shared areas and languages, verification and track record.
/// Without offers and needs of its own, its areas of work stand for both.
pub async fn suggestions(app: &App, org: &EntityId, limit: usize) -> Result<Vec<Suggested>> {
    let record = organization(app, org).await?;
    let own = app.store().interests_of(org.as_str()).await?;
    let mut interests: Vec<Stated> = own
        .iter()
        .map(|i| Stated {
            direction: i.interest.direction,
            area: i.interest.area,
            countries: i.interest.countries.clone(),
        })
        .collect();
    if interests.is_empty() {
        for a in &record.areas {
            for direction in [Direction::Offer, Direction::Need] {
                interests.push(Stated {
                    direction,
                    area: *a,
                    countries: Vec::new(),
                });
            }
        }
    }
    let areas = |d: Direction| -> Vec<domain::AreaSlug> {
        let set: BTreeSet<_> = interests
            .iter()
            .filter(|i| i.direction == d)
            .map(|i| i.area)
            .collect();
        set.into_iter().collect()
    };
    let (needs, offers) = (areas(Direction::Need), areas(Direction::Offer));
    let own_languages: Vec<String> = own
        .iter()
        .flat_map(|i| i.interest.languages.iter().cloned())
        .collect();
    let own_verified = app
        .store()
        .verification_states(&[org.as_str().to_owned()])
        .await?
        .get(org.as_str())
        == Some(&VerificationState::Verified);
    let me = PartnerProfile {
        org_id: org.as_str().to_owned(),
        country: record.country,
        areas: record.areas.clone(),
        languages: languages_of(&record, &own_languages),
        verified: own_verified,
        partnerships: 0,
        interests,
    };
    let excluded: HashSet<String> = app
        .store()
        .partnerships_of(org.as_str())
        .await?
        .iter()
        .map(|p| p.other(org.as_str()).to_owned())
        .collect();
    // The score from the partner market in memory (offers and needs with
    // their working languages, areas of work, verification, partnerships
    // had; no database read), best first; then the best ones' records, and
    // their final score from those (fresh areas, verification, track
    // record), in batches while a batch could still reach the top.
    warm_market(app).await?;
    let me_packed = me.packed();
    let first: Vec<(f32, PartnerProfile)> = {
        let held = app
            .market()
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let Some(m) = held.as_ref() else {
            return Ok(Vec::new());
        };
        let mut left_out: HashSet<u32> = excluded.iter().filter_map(|id| m.at(id)).collect();
        left_out.extend(m.at(org.as_str()));
        let mut scored: Vec<(f32, u32)> = m
            .candidates(&needs, &offers)
            .into_iter()
            .filter(|at| !left_out.contains(at))
            .filter_map(|at| {
                Some((
                    domain::partners::score_packed(&me_packed, m.packed(at))?,
                    at,
                ))
            })
            .collect();
        // Only those that can reach the top: at least the limit-th score.
        if limit > 0 && scored.len() > limit {
            let (_, nth, _) = scored.select_nth_unstable_by(limit - 1, |a, b| b.0.total_cmp(&a.0));
            let floor = nth.0;
            scored.retain(|(s, _)| *s >= floor);
        }
        scored.sort_by(|a, b| {
            b.0.total_cmp(&a.0)
                .then_with(|| m.org_id(a.1).cmp(m.org_id(b.1)))
        });
        scored
            .into_iter()
            .map(|(s, at)| (s, m.packed(at).unpacked(m.org_id(at).to_owned())))
            .collect()
    };
    let mut ranked: Vec<Suggested> = Vec::new();
    for batch in first.chunks(SUGGESTION_BATCH) {
        if ranked.len() >= limit && batch[0].0 < ranked[limit - 1].suggestion.score {
            break;
        }
        let ids: Vec<String> = batch.iter().map(|(_, p)| p.org_id.clone()).collect();
        let mut records = app.store().get_many(&ids).await?;
        let states = app.store().verification_states(&ids).await?;
        let counts = app.store().partnership_counts(&ids).await?;
        let candidates: Vec<PartnerProfile> = batch
            .iter()
            .filter_map(|(_, p)| {
                let r = records.get(&p.org_id)?;
                Some(PartnerProfile {
                    areas: r.areas.clone(),
                    verified: states.get(&p.org_id) == Some(&VerificationState::Verified),
                    partnerships: counts.get(&p.org_id).copied().unwrap_or(0),
                    ..p.clone()
                })
            })
            .collect();
        for s in domain::partners::suggest(&me, &candidates, &excluded, candidates.len()) {
            if let Some(record) = records.remove(&s.org_id) {
                ranked.push(Suggested {
                    suggestion: s,
                    record,
                });
            }
        }
        ranked.sort_by(|a, b| {
            b.suggestion
                .score
                .total_cmp(&a.suggestion.score)
                .then_with(|| a.suggestion.org_id.cmp(&b.suggestion.org_id))
        });
        ranked.truncate(limit);
    }
    Ok(ranked)
}

/// Loads (or brings up to date) this node's partner market, ahead of the
/// first suggestions.
pub async fn warm_market(app: &App) -> Result<()> {
    Ok(market::refreshed(app.store(), NETWORK, app.market(), app.market_refresh()).await?)
}

/// Candidates whose records are read at once when ranking suggestions.
const SUGGESTION_BATCH: usize = 200;

/// Offers and needs matching `filter` with their organizations' records;
/// `verified_only` keeps those of verified organizations.
pub async fn search(
    app: &App,
    filter: &InterestFilter,
    verified_only: bool,
) -> Result<Vec<(StoredInterest, Record, bool)>> {
    let found = app.store().search_interests(filter).await?;
    let ids: Vec<String> = found
        .iter()
        .map(|i| i.org_id.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let records = app.store().get_many(&ids).await?;
    let states = app.store().verification_states(&ids).await?;
    Ok(found
        .into_iter()
        .filter_map(|i| {
            let verified = states.get(&i.org_id) == Some(&VerificationState::Verified);
            if verified_only && !verified {
                return None;
            }
            let r = records.get(&i.org_id)?.clone();
            Some((i, r, verified))
        })
        .collect())
}

/// Proposes cooperation from `from` (which the caller speaks for) to `to`.
/// One pending proposal per pair: asking again while one is open answers
/// `already_proposed`.
pub async fn propose(
    app: &App,
    who: Option<&SignedIn>,
    from: &EntityId,
    to: &EntityId,
    input: &ProposalInput,
) -> Result<Proposal> {
    let me = authorize(who, Action::ActForOrganization { org: from })?;
    if from == to {
        return Err(Error::invalid(
            "proposal_to_self",
            "An organization cannot propose cooperation to itself.",
        ));
    }
    let draft = check_proposal(input)?;
    let from_record = organization(app, from).await?;
    let to_record = organization(app, to).await?;
    // Read before the write transaction: a read through the pool while it
    // holds SQLite's write lock could wait on connections queued behind it.
    let editors = app.store().role_holders(&Role::Editor(to.clone())).await?;
    let now = app.now();
    let mut tx = app.store().begin_write().await?;
    let Some(proposal) = tx
        .insert_proposal(
            NETWORK,
            from.as_str(),
            to.as_str(),
            &draft,
            me.account.id,
            now,
        )
        .await?
    else {
        return Err(already_proposed());
    };
    for editor in &editors {
        let message = mail::proposed(app, editor, &proposal, &from_record, &to_record);
        crate::jobs::enqueue(&mut tx, &crate::jobs::Job::Mail(message), now, now).await?;
    }
    tx.commit().await?;
    app.wake().wake();
    Ok(proposal)
}

fn already_proposed() -> Error {
    Error::invalid(
        "already_proposed",
        "This organization has an open proposal to that one already; wait for its answer or withdraw it.",
    )
}

/// Answers a proposal: the receiver accepts (a partnership with a role for
/// each side) or declines; the proposer withdraws. Only a pending proposal
/// is answered; otherwise the caller hears what happened to it.
pub async fn answer(
    app: &App,
    who: Option<&SignedIn>,
    proposal_id: i64,
    answer: Answer,
) -> Result<(Proposal, Option<Partnership>)> {
    let seen = app
        .store()
        .proposal(proposal_id)
        .await?
        .ok_or_else(no_proposal)?;
    let acting_for = match answer {
        Answer::Withdraw => seen.from_org.clone(),
        _ => seen.to_org.clone(),
    };
    let org = EntityId::parse(&acting_for).map_err(|_| no_proposal())?;
    let me = authorize(who, Action::ActForOrganization { org: &org })?;
    // The other side hears of it; who they are is read before the write
    // transaction (the organizations of a proposal never change).
    let (tell, other) = match answer {
        Answer::Withdraw => (seen.to_org.clone(), seen.from_org.clone()),
        _ => (seen.from_org.clone(), seen.to_org.clone()),
    };
    let tell_id = EntityId::parse(&tell).map_err(|_| no_proposal())?;
    let names = app.store().get_many(&[tell.clone(), other.clone()]).await?;
    let editors = app.store().role_holders(&Role::Editor(tell_id)).await?;
    let now = app.now();
    let mut tx = app.store().begin_write().await?;
    let proposal = tx
        .lock_proposal(proposal_id)
        .await?
        .ok_or_else(no_proposal)?;
    let to = match answer {
        Answer::Accept { .. } => ProposalState::Accepted,
        Answer::Decline => ProposalState::Declined,
        Answer::Withdraw => ProposalState::Withdrawn,
    };
    if proposal.state != ProposalState::Pending
        || !tx
            .decide_proposal(proposal.id, to, me.account.id, now)
            .await?
    {
        return Err(Error::Conflict(format!(
            "This proposal is {} already.",
            proposal.state.as_str()
        )));
    }
    let partnership = match answer {
        Answer::Accept { proposer, receiver } => Some(
            tx.insert_partnership(&proposal, proposer, receiver, now)
                .await?,
        ),
        _ => None,
    };
    let decided = Proposal {
        state: to,
        decided_by: Some(me.account.id),
        decided_at: Some(now),
        ..proposal
    };
    if let (Some(told), Some(by)) = (names.get(&tell), names.get(&other)) {
        for editor in &editors {
            let message = mail::answered(app, editor, &decided, told, by);
            crate::jobs::enqueue(&mut tx, &crate::jobs::Job::Mail(message), now, now).await?;
        }
    }
    tx.commit().await?;
    app.wake().wake();
    Ok((decided, partnership))
}

/// The proposals made or received by the organizations the caller speaks for.
pub async fn proposals_for(app: &App, who: Option<&SignedIn>) -> Result<Vec<Proposal>> {
    let me = authorize(who, Action::RegisterForEvent { on_behalf_of: None })?;
    let orgs: Vec<String> = orgs_of(me).iter().map(|o| o.as_str().to_owned()).collect();
    Ok(app.store().proposals_involving(&orgs).await?)
}

fn no_partnership() -> Error {
    Error::NotFound("There is no such partnership.".into())
}

/// A partnership, for one who speaks for either side (or the secretariat).
pub async fn partnership_for<'a>(
    app: &App,
    who: Option<&'a SignedIn>,
    id: i64,
) -> Result<(Partnership, &'a SignedIn)> {
    let p = app
        .store()
        .partnership(id)
        .await?
        .ok_or_else(no_partnership)?;
    let side = |org: &str| EntityId::parse(org).map_err(|_| no_partnership());
    let (a, b) = (side(&p.org_a)?, side(&p.org_b)?);
    let me = match authorize(who, Action::ActForOrganization { org: &a }) {
        Ok(me) => me,
        Err(_) => authorize(who, Action::ActForOrganization { org: &b })?,
    };
    Ok((p, me))
}

/// Attaches the signed memorandum (already checked with
/// `domain::partners::check_memorandum` and stored as `file` by the caller)
/// to a partnership, by an editor of either side; answers the file it
/// replaced, which the caller removes once this has committed.
pub async fn attach_memorandum(
    app: &App,
    who: Option<&SignedIn>,
    id: i64,
    file: &str,
) -> Result<Option<String>> {
    partnership_for(app, who, id).await?;
    let mut tx = app.store().begin_write().await?;
    let replaced = tx
        .set_memorandum(id, file)
        .await?
        .ok_or_else(no_partnership)?;
    tx.commit().await?;
    Ok(replaced)
}

/// An organization's partnerships, newest first.
pub async fn partnerships_of(app: &App, org: &EntityId) -> Result<Vec<Partnership>> {
    Ok(app.store().partnerships_of(org.as_str()).await?)
}

/// The organizations a name asks for, in any script (the name engine's
/// matches, partial ones left out), for the partner search.
pub fn organizations_named(app: &App, text: &str) -> Vec<String> {
    let text: String = text
        .chars()
        .take(crate::directory::MAX_QUERY_CHARS)
        .collect();
    if text.trim().is_empty() {
        return Vec::new();
    }
    app.read()
        .index
        .search(&search::Query {
            text,
            kind: Some(search::Kind::Organization),
            limit: 200,
            ..search::Query::default()
        })
        .hits
        .into_iter()
        .filter(|hit| hit.match_kind != search::MatchKind::Partial)
        .map(|hit| hit.id)
        .collect()
}
