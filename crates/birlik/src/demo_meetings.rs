//! The demo's one-to-one meetings at the upcoming Solidarity Forum
//! (Türkistan, June 2027): its two meeting blocks with twelve tables each,
//! the youth NGO's and the media union's editors as participants (a booked
//! meeting between them, a request waiting for the youth NGO's answer and
//! one it sent), and meetings between delegates in every state.
//!
//! Written in one transaction through the same occupancy rows as the use
//! cases (`app::meetings`), so the demo's agendas obey the same rules.

use crate::demo_partners::{MEDIA_EDITOR, MEDIA_ORG, YOUTH_EDITOR, YOUTH_ORG};
use anyhow::{Context, Result, anyhow, bail};
use domain::meetings::{Block, MeetingState, request_expiry};
use domain::{CountryCode, Email, RegistrationState};
use std::collections::HashSet;
use store::{Store, WriteTx};

pub const FORUM: &str = "solidarity-forum-2027";
const BLOCKS: [&str; 2] = [
    "solidarity-forum-2027-one-to-one-1",
    "solidarity-forum-2027-one-to-one-2",
];
const TABLES: u32 = 12;

struct Booking<'a> {
    blocks: &'a [Block],
    /// (person, slot) already held, so the demo never asks twice.
    held: HashSet<(i64, i64)>,
    now: i64,
}

impl Booking<'_> {
    /// Books a new request from `from` (for `from_org`) to `to` (of
    /// `to_org`) at the first slot from `first` on that both have free.
    async fn meet(
        &mut self,
        tx: &mut WriteTx,
        from: (i64, &str),
        to: (i64, &str),
        first: usize,
        state: MeetingState,
    ) -> Result<()> {
        let expires = request_expiry(self.now, self.blocks).context("no slot left")?;
        let id = tx
            .insert_meeting(FORUM, from, to.1, "", expires, self.now)
            .await?
            .context("one open meeting per person and organization")?;
        match state {
            MeetingState::Pending => {
                app::jobs::enqueue(
                    tx,
                    &app::jobs::Job::ExpireMeeting { meeting: id },
                    expires,
                    self.now,
                )
                .await
                .map_err(|e| anyhow!("{e}"))?;
            }
            MeetingState::Accepted => {
                let slots: Vec<(&Block, i64)> = self
                    .blocks
                    .iter()
                    .flat_map(|b| b.slots().map(move |s| (b, s)))
                    .collect();
                let Some(&(block, slot)) = slots
                    .iter()
                    .cycle()
                    .skip(first % slots.len())
                    .take(slots.len())
                    .find(|(_, s)| {
                        !self.held.contains(&(from.0, *s)) && !self.held.contains(&(to.0, *s))
                    })
                else {
                    bail!("no common slot left for a demo meeting");
                };
                let mut people = [from.0, to.0];
                people.sort_unstable();
                for p in people {
                    if !tx.occupy_person(FORUM, p, slot, id).await? {
                        bail!("demo meeting: person {p} twice at {slot}");
                    }
                    self.held.insert((p, slot));
                }
                let table = tx
                    .occupy_table(block, slot, id)
                    .await?
                    .context("a table for a demo meeting")?;
                tx.book_meeting(id, to.0, (&block.event_id, slot, table), to.0, self.now)
                    .await?;
            }
            ended => {
                tx.end_meeting(id, ended, Some(to.0), Some(to.0), self.now)
                    .await?;
            }
        }
        Ok(())
    }
}

pub async fn load(store: &Store, now: i64) -> Result<()> {
    let account = |email: &str| {
        let email = Email::parse(email).map_err(|e| anyhow!("{e}"));
        async move {
            Ok::<i64, anyhow::Error>(
                store
                    .account_by_email(&email?)
                    .await?
                    .context("a demo editor's account")?
                    .id,
            )
        }
    };
    let youth = account(YOUTH_EDITOR).await?;
    let media = account(MEDIA_EDITOR).await?;
    // The delegates who take part on behalf of an organization.
    let delegates: Vec<(i64, String, CountryCode)> = store
        .participants(FORUM)
        .await?
        .into_iter()
        .filter(|p| p.registration.state == RegistrationState::Confirmed)
        .filter_map(|p| {
            let r = p.registration;
            Some((r.account_id, r.org_id?, r.delegation))
        })
        .collect();
    if delegates.len() < 60 {
        bail!("{FORUM}: too few delegates for the demo's meetings");
    }
    let mut tx = store.begin_write().await?;
    for block in BLOCKS {
        tx.set_meeting_block(block, FORUM, TABLES, domain::meetings::SLOT_MINUTES)
            .await?;
    }
    let blocks = tx.meeting_blocks(FORUM).await?;
    if blocks.len() != BLOCKS.len() {
        bail!("{FORUM}: its meeting blocks are missing from the programme");
    }
    for (who, org, country) in [(youth, YOUTH_ORG, "AZ"), (media, MEDIA_ORG, "KZ")] {
        let delegation = CountryCode::parse(country).map_err(|e| anyhow!("{e}"))?;
        tx.put_registration(
            FORUM,
            who,
            Some(org),
            delegation,
            RegistrationState::Confirmed,
            None,
            now,
        )
        .await?;
    }
    let mut booking = Booking {
        blocks: &blocks,
        held: HashSet::new(),
        now,
    };
    let of = |c: &str| -> Vec<&(i64, String, CountryCode)> {
        delegates.iter().filter(|d| d.2.as_str() == c).collect()
    };
    let (kz, tr, hu) = (of("KZ"), of("TR"), of("HU"));
    let (kz0, tr0, hu0) = (
        kz.first().context("a Kazakh delegate")?,
        tr.first().context("a Turkish delegate")?,
        hu.first().context("a Hungarian delegate")?,
    );
    // The youth NGO's: booked with the media union on day 2, asked by a
    // Kazakh delegate (waiting for its answer), asking a Turkish one, and
    // an earlier request a Hungarian NGO declined.
    booking
        .meet(
            &mut tx,
            (youth, YOUTH_ORG),
            (media, MEDIA_ORG),
            4,
            MeetingState::Accepted,
        )
        .await?;
    booking
        .meet(
            &mut tx,
            (kz0.0, &kz0.1),
            (youth, YOUTH_ORG),
            0,
            MeetingState::Pending,
        )
        .await?;
    booking
        .meet(
            &mut tx,
            (youth, YOUTH_ORG),
            (tr0.0, &tr0.1),
            0,
            MeetingState::Pending,
        )
        .await?;
    booking
        .meet(
            &mut tx,
            (youth, YOUTH_ORG),
            (hu0.0, &hu0.1),
            0,
            MeetingState::Declined,
        )
        .await?;
    // Between delegates of different countries: 40 booked across both
    // blocks, 10 waiting, 4 declined, 3 cancelled.
    let plan = [
        (MeetingState::Accepted, 40),
        (MeetingState::Pending, 10),
        (MeetingState::Declined, 4),
        (MeetingState::Cancelled, 3),
    ];
    let mut k = 0usize;
    let mut asked: HashSet<(i64, String)> = HashSet::new();
    for (state, count) in plan {
        let mut made = 0;
        while made < count {
            k += 1;
            if k > 10_000 {
                bail!("the demo's meetings ran out of pairs");
            }
            let from = &delegates[(k * 7) % delegates.len()];
            let to = &delegates[(k * 13 + 5) % delegates.len()];
            if from.2 == to.2 || from.1 == to.1 || !asked.insert((from.0, to.1.clone())) {
                continue;
            }
            booking
                .meet(&mut tx, (from.0, &from.1), (to.0, &to.1), k, state)
                .await?;
            made += 1;
        }
    }
    tx.commit().await?;
    Ok(())
}
