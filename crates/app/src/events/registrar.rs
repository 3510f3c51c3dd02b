//! Group commit for registrations. One commit with `synchronous=FULL` costs
//! about a millisecond of fsync, so one transaction per registration caps a
//! node near 900 a second however fast the rest is. Requests go through one
//! queue per process; its task takes every request waiting (up to
//! [`MAX_BATCH`]), places them one after another in one transaction under
//! the events' locks, commits once, and answers each. Durability is the
//! same (nobody hears "registered" before the commit), and a batch is as
//! strict as single writes: the same locks, the same counting, in order.

use super::seats::{Ctx, place_registration, settle};
use super::{Registered, forum_first, not_registrable, registration_closed};
use crate::{Clock, Error, Result, jobs::Wake};
use domain::{CountryCode, EventKind, Seats};
use std::collections::HashMap;
use store::{LockedEvent, Store, WriteTx};
use tokio::sync::{mpsc, oneshot};

/// The most registrations one transaction places.
pub const MAX_BATCH: usize = 256;

/// One person asking for a seat.
#[derive(Debug, Clone)]
pub(crate) struct Request {
    pub account_id: i64,
    pub event_id: String,
    pub forum_id: String,
    pub org_id: Option<String>,
    /// `None` for a session: the forum registration's delegation holds.
    pub delegation: Option<CountryCode>,
}

struct Pending {
    request: Request,
    answer: oneshot::Sender<Result<Registered>>,
}

/// The queue's sending end; the task stops when the last one is dropped.
#[derive(Debug, Clone)]
pub(crate) struct Registrar {
    queue: mpsc::Sender<Pending>,
}

impl Registrar {
    pub fn start(store: Store, clock: Clock, public_url: String, wake: Wake) -> Self {
        let (queue, mut incoming) = mpsc::channel::<Pending>(4 * MAX_BATCH);
        tokio::spawn(async move {
            while let Some(first) = incoming.recv().await {
                let mut batch = vec![first];
                while batch.len() < MAX_BATCH {
                    match incoming.try_recv() {
                        Ok(next) => batch.push(next),
                        Err(_) => break,
                    }
                }
                run(&store, &clock, &public_url, &wake, batch).await;
            }
        });
        Self { queue }
    }

    pub async fn submit(&self, request: Request) -> Result<Registered> {
        let (answer, answered) = oneshot::channel();
        self.queue
            .send(Pending { request, answer })
            .await
            .map_err(|_| Error::Internal("the registration queue has stopped".into()))?;
        answered
            .await
            .map_err(|_| Error::Internal("the registration queue dropped a request".into()))?
    }
}

async fn run(store: &Store, clock: &Clock, public_url: &str, wake: &Wake, batch: Vec<Pending>) {
    let requests: Vec<Request> = batch.iter().map(|p| p.request.clone()).collect();
    let answers = match place_all(store, clock, public_url, &requests).await {
        Ok(answers) => answers,
        // A failure of the database, not of a request: try each alone, so
        // one cannot take the others down with it.
        Err(_) if requests.len() > 1 => {
            let mut answers = Vec::with_capacity(requests.len());
            for request in &requests {
                answers.push(
                    match place_all(store, clock, public_url, std::slice::from_ref(request)).await {
                        Ok(mut one) => one.pop().unwrap_or_else(|| Err(lost())),
                        Err(e) => Err(e),
                    },
                );
            }
            answers
        }
        Err(e) => vec![Err(e)],
    };
    wake.wake();
    for (pending, answer) in batch.into_iter().zip(answers) {
        // The asker may have gone (a closed connection): nothing to do.
        let _ = pending.answer.send(answer);
    }
}

fn lost() -> Error {
    Error::Internal("a registration got no answer".into())
}

/// Places every request in one transaction; `Err` only when the
/// transaction itself failed (nothing of it was written).
async fn place_all(
    store: &Store,
    clock: &Clock,
    public_url: &str,
    requests: &[Request],
) -> Result<Vec<Result<Registered>>> {
    let ctx = Ctx {
        public_url,
        now: clock.now(),
    };
    let mut tx = store.begin_write().await?;
    // Forums first, then sessions, each in id order: the order every
    // writer takes them in.
    let forums: Vec<&str> = requests.iter().map(|r| r.forum_id.as_str()).collect();
    let sessions: Vec<&str> = requests
        .iter()
        .filter(|r| r.event_id != r.forum_id)
        .map(|r| r.event_id.as_str())
        .collect();
    let mut locked: HashMap<String, LockedEvent> = HashMap::new();
    for event in tx.lock_events(&forums).await? {
        locked.insert(event.id.clone(), event);
    }
    for event in tx.lock_events(&sessions).await? {
        locked.insert(event.id.clone(), event);
    }
    let mut seats: HashMap<String, Seats> = HashMap::new();
    let mut answers = Vec::with_capacity(requests.len());
    for request in requests {
        match place_one(&mut tx, &locked, &mut seats, request, &ctx).await {
            Err(Error::Store(e)) => return Err(Error::Store(e)),
            answer => answers.push(answer),
        }
    }
    tx.commit().await?;
    Ok(answers)
}

async fn place_one(
    tx: &mut WriteTx,
    locked: &HashMap<String, LockedEvent>,
    seats: &mut HashMap<String, Seats>,
    request: &Request,
    ctx: &Ctx<'_>,
) -> Result<Registered> {
    let event = locked
        .get(&request.event_id)
        .filter(|e| e.forum_id == request.forum_id)
        .ok_or_else(|| Error::NotFound("There is no such event.".into()))?;
    if !event.takes_registrations() {
        return Err(not_registrable());
    }
    if event.status != "scheduled" || ctx.now >= event.starts_at {
        return Err(registration_closed());
    }
    let (delegation, org_id) = if event.kind == EventKind::Session {
        let forum = tx
            .registration_for(&event.forum_id, request.account_id)
            .await?
            .filter(|r| r.state.is_active())
            .ok_or_else(forum_first)?;
        (forum.delegation, forum.org_id)
    } else {
        let delegation = request
            .delegation
            .ok_or_else(|| Error::invalid("invalid_form", "Choose your delegation."))?;
        (delegation, request.org_id.clone())
    };
    if let Some(existing) = tx
        .registration_for(&event.id, request.account_id)
        .await?
        .filter(|r| r.state.is_active())
    {
        return Ok(Registered {
            registration: existing,
            already: true,
        });
    }
    if !seats.contains_key(&event.id) {
        let settled = settle(tx, event, ctx).await?;
        seats.insert(event.id.clone(), settled);
    }
    let event_seats = seats
        .get_mut(&event.id)
        .ok_or_else(|| Error::Internal("seats not counted".into()))?;
    let registration = place_registration(
        tx,
        event,
        event_seats,
        request.account_id,
        org_id.as_deref(),
        delegation,
        ctx,
    )
    .await?;
    Ok(Registered {
        registration,
        already: false,
    })
}
