//! What happens to seats inside one write transaction: lapsed offers end,
//! freed seats go to the waitlist as offers (each with its expiry job and
//! its mail), and new registrations are placed. Every caller has locked the
//! event first (`WriteTx::lock_events`), so the counts cannot move under it.

use super::mail::{self, Notice};
use crate::jobs::{Job, enqueue};
use crate::{Error, Result};
use domain::{RegistrationState, Seats, offer_deadline, place, plan_offers};
use store::{LockedEvent, Registration, WriteTx};

/// What the use cases need beside the transaction.
pub(crate) struct Ctx<'a> {
    pub public_url: &'a str,
    pub now: i64,
}

/// Ends lapsed offers and offers every seat that is free to the waitlist,
/// in order; returns the seats as they stand afterwards.
pub(crate) async fn settle(tx: &mut WriteTx, event: &LockedEvent, ctx: &Ctx<'_>) -> Result<Seats> {
    for lapsed in tx.expire_lapsed_offers(&event.id, ctx.now).await? {
        notify(tx, &lapsed, event, Notice::OfferExpired, ctx).await?;
    }
    let mut seats = tx.seats(event).await?;
    let Some(deadline) = offer_deadline(ctx.now, event.starts_at) else {
        // Too late to offer anyone a seat: the freed ones stay free.
        return Ok(seats);
    };
    if seats.free() == 0 || event.status != "scheduled" {
        return Ok(seats);
    }
    let waitlist = tx.waitlist(&event.id).await?;
    for id in plan_offers(&seats, &waitlist) {
        let offered = tx
            .set_registration_state(id, RegistrationState::Offered, Some(deadline), ctx.now)
            .await?;
        seats.take(offered.delegation);
        enqueue(
            tx,
            &Job::ExpireOffer {
                registration: offered.id,
            },
            deadline,
            ctx.now,
        )
        .await?;
        notify(
            tx,
            &offered,
            event,
            Notice::Offered { until: deadline },
            ctx,
        )
        .await?;
    }
    Ok(seats)
}

/// Places a new (or renewed) registration: a seat if one is free for its
/// delegation, else the waitlist.
pub(crate) async fn place_registration(
    tx: &mut WriteTx,
    event: &LockedEvent,
    seats: &mut Seats,
    account_id: i64,
    org_id: Option<&str>,
    delegation: domain::CountryCode,
    ctx: &Ctx<'_>,
) -> Result<Registration> {
    let state = place(seats, delegation, event.needs_approval);
    let registration = tx
        .put_registration(
            &event.id, account_id, org_id, delegation, state, None, ctx.now,
        )
        .await?;
    if state.holds_seat() {
        seats.take(delegation);
    }
    notify(tx, &registration, event, Notice::Placed, ctx).await?;
    Ok(registration)
}

/// Queues the mail that tells the participant what happened.
pub(crate) async fn notify(
    tx: &mut WriteTx,
    registration: &Registration,
    event: &LockedEvent,
    notice: Notice<'_>,
    ctx: &Ctx<'_>,
) -> Result<()> {
    let Some((email, locale, _name)) = tx.account_contact(registration.account_id).await? else {
        return Ok(());
    };
    let title = tx.event_title(&event.id, &locale).await?;
    // A seat at the forum: the mail carries the check-in code and its QR.
    let confirmed_at_forum = registration.state == RegistrationState::Confirmed
        && registration.event_id == event.forum_id
        && matches!(notice, Notice::Placed | Notice::Approved);
    let code = if confirmed_at_forum {
        let secret = super::checkin_secret_in(tx).await?;
        Some(super::tokens::checkin_code(&secret, registration.id))
    } else {
        None
    };
    let message = mail::notice(
        mail::Recipient {
            email: &email,
            locale: &locale,
        },
        ctx.public_url,
        &title,
        event,
        registration,
        notice,
        code.as_deref(),
    );
    enqueue(tx, &Job::Mail(message), ctx.now, ctx.now).await?;
    Ok(())
}

/// The event a registration is for, locked, with the forum first when it
/// is a session's (the order every writer takes the locks in).
pub(crate) async fn lock_for(
    tx: &mut WriteTx,
    event_id: &str,
    forum_id: &str,
) -> Result<LockedEvent> {
    if event_id != forum_id {
        tx.lock_events(&[forum_id]).await?;
    }
    tx.lock_events(&[event_id])
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| Error::NotFound("There is no such event.".into()))
}
