//! One-to-one meetings at forums (see the migration `*_meetings.sql`).
//! A meeting changes state under its row lock; a booked slot is an
//! occupancy row per person and per table, inserted with `ON CONFLICT DO
//! NOTHING` so a taken slot answers "no" instead of failing the
//! transaction, on both backends alike.

use crate::write::{WriteTx, on_write_tx};
use crate::{Store, StoreError, on_pool};
use domain::meetings::{Block, MeetingState};
use sqlx::AssertSqlSafe;
use std::collections::HashMap;

/// A meeting as the pages and mails show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meeting {
    pub id: i64,
    pub forum_id: String,
    pub requester_account: i64,
    pub requester_name: String,
    pub requester_org: String,
    pub receiver_org: String,
    /// Who of the receiving organization answered (and meets, once accepted).
    pub receiver_account: Option<i64>,
    pub receiver_name: String,
    pub message: String,
    pub state: MeetingState,
    pub block_id: Option<String>,
    pub slot_start: Option<i64>,
    pub table_no: Option<i64>,
    pub expires_at: i64,
    pub changed_by: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

/// The other side of a meeting, seen from one of its people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OtherSide<'a> {
    pub org: &'a str,
    pub person: &'a str,
    /// `None` for a request nobody of the receiving side has answered.
    pub account: Option<i64>,
}

impl Meeting {
    /// The other side, seen from `account` (the requester's, unless it is
    /// the requester).
    pub fn other_side(&self, account: i64) -> OtherSide<'_> {
        if self.requester_account == account {
            OtherSide {
                org: &self.receiver_org,
                person: &self.receiver_name,
                account: self.receiver_account,
            }
        } else {
            OtherSide {
                org: &self.requester_org,
                person: &self.requester_name,
                account: Some(self.requester_account),
            }
        }
    }

    /// Whether `account` is one of the two people of the meeting (the
    /// receiving side only once someone of it answered).
    pub fn involves(&self, account: i64) -> bool {
        self.requester_account == account || self.receiver_account == Some(account)
    }
}

/// One participant of a forum who can be written to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForumContact {
    pub account_id: i64,
    pub display_name: String,
    pub email: String,
    pub locale: String,
}

#[derive(sqlx::FromRow)]
struct MeetingRow {
    id: i64,
    forum_id: String,
    requester_account: i64,
    requester_name: String,
    requester_org: String,
    receiver_org: String,
    receiver_account: Option<i64>,
    receiver_name: Option<String>,
    message: String,
    state: String,
    block_id: Option<String>,
    slot_start: Option<i64>,
    table_no: Option<i64>,
    expires_at: i64,
    changed_by: Option<i64>,
    created_at: i64,
    updated_at: i64,
}

const MEETING_SELECT: &str = "SELECT m.id, m.forum_id, m.requester_account, ra.display_name AS requester_name, \
     m.requester_org, m.receiver_org, m.receiver_account, rb.display_name AS receiver_name, m.message, m.state, \
     m.block_id, m.slot_start, m.table_no, m.expires_at, m.changed_by, m.created_at, m.updated_at \
     FROM meetings m JOIN accounts ra ON ra.id = m.requester_account \
     LEFT JOIN accounts rb ON rb.id = m.receiver_account";

fn meeting(row: MeetingRow) -> Result<Meeting, StoreError> {
    let state = MeetingState::parse(&row.state).ok_or_else(|| StoreError::Corrupt {
        id: format!("meeting {}", row.id),
        message: format!("unexpected state {:?}", row.state),
    })?;
    Ok(Meeting {
        id: row.id,
        forum_id: row.forum_id,
        requester_account: row.requester_account,
        requester_name: row.requester_name,
        requester_org: row.requester_org,
        receiver_org: row.receiver_org,
        receiver_account: row.receiver_account,
        receiver_name: row.receiver_name.unwrap_or_default(),
        message: row.message,
        state,
        block_id: row.block_id,
        slot_start: row.slot_start,
        table_no: row.table_no,
        expires_at: row.expires_at,
        changed_by: row.changed_by,
        created_at: row.created_at,
        updated_at: row.updated_at,
    })
}

type BlockRow = (String, i64, i64, i64, i64);
const BLOCK_SELECT: &str = "SELECT b.event_id, e.starts_at, e.ends_at, b.tables, b.slot_minutes \
     FROM meeting_blocks b JOIN events e ON e.id = b.event_id \
     WHERE b.forum_id = $1 AND e.status <> 'cancelled' ORDER BY e.starts_at, b.event_id";

fn block((event_id, starts_at, ends_at, tables, slot_minutes): BlockRow) -> Block {
    Block {
        event_id,
        starts_at,
        ends_at,
        tables: u32::try_from(tables).unwrap_or(0),
        slot_minutes,
    }
}

/// The spans a person is busy in sessions of a forum: those they hold or
/// may hold a seat at (meeting blocks aside: they are where meetings are).
const SESSION_SPANS: &str = "SELECT r.account_id, e.starts_at, e.ends_at FROM registrations r \
     JOIN events e ON e.id = r.event_id \
     WHERE e.forum_id = $1 AND e.kind = 'session' AND e.status <> 'cancelled' \
     AND e.id NOT IN (SELECT event_id FROM meeting_blocks) \
     AND r.state IN ('pending', 'confirmed', 'offered')";

/// `($from, $from+1, …)`: an `IN` list of `n` placeholders.
fn placeholders(from: usize, n: usize) -> String {
    let list: Vec<String> = (from..from + n).map(|k| format!("${k}")).collect();
    format!("({})", list.join(", "))
}

/// Their booked meetings' spans.
const MEETING_SPANS: &str = "SELECT p.account_id, p.slot_start, p.slot_start + 60 * b.slot_minutes \
     FROM meeting_person_slots p JOIN meetings m ON m.id = p.meeting_id \
     JOIN meeting_blocks b ON b.event_id = m.block_id WHERE p.forum_id = $1";

impl Store {
    /// A forum's meeting blocks, in time order (cancelled sessions left out).
    pub async fn meeting_blocks(&self, forum_id: &str) -> Result<Vec<Block>, StoreError> {
        let rows: Vec<BlockRow> = on_pool!(&self.db, |pool| {
            sqlx::query_as(BLOCK_SELECT)
                .bind(forum_id.to_owned())
                .fetch_all(pool)
                .await?
        });
        Ok(rows.into_iter().map(block).collect())
    }

    pub async fn meeting(&self, id: i64) -> Result<Option<Meeting>, StoreError> {
        let sql = format!("{MEETING_SELECT} WHERE m.id = $1");
        let row: Option<MeetingRow> = on_pool!(&self.db, |pool| {
            sqlx::query_as(AssertSqlSafe(sql))
                .bind(id)
                .fetch_optional(pool)
                .await?
        });
        row.map(meeting).transpose()
    }

    /// The meetings a person asked for, was asked for (as one of `orgs`'
    /// participants) or meets at, in one forum: booked ones in time order,
    /// then the rest newest first.
    pub async fn meetings_for(
        &self,
        forum_id: &str,
        account_id: i64,
        orgs: &[String],
    ) -> Result<Vec<Meeting>, StoreError> {
        let mut sql = format!(
            "{MEETING_SELECT} WHERE m.forum_id = $1 AND (m.requester_account = $2 OR m.receiver_account = $2"
        );
        if !orgs.is_empty() {
            sql.push_str(" OR m.receiver_org IN ");
            sql.push_str(&placeholders(3, orgs.len()));
        }
        sql.push_str(
            ") ORDER BY CASE WHEN m.state = 'accepted' THEN 0 ELSE 1 END, m.slot_start, m.created_at DESC, m.id DESC",
        );
        let rows: Vec<MeetingRow> = on_pool!(&self.db, |pool| {
            let mut q = sqlx::query_as(AssertSqlSafe(sql))
                .bind(forum_id.to_owned())
                .bind(account_id);
            for o in orgs {
                q = q.bind(o.clone());
            }
            q.fetch_all(pool).await?
        });
        rows.into_iter().map(meeting).collect()
    }

    /// Every booked meeting of a forum, in time and table order.
    pub async fn booked_meetings(&self, forum_id: &str) -> Result<Vec<Meeting>, StoreError> {
        let sql = format!(
            "{MEETING_SELECT} WHERE m.forum_id = $1 AND m.state = 'accepted' ORDER BY m.slot_start, m.table_no"
        );
        let rows: Vec<MeetingRow> = on_pool!(&self.db, |pool| {
            sqlx::query_as(AssertSqlSafe(sql))
                .bind(forum_id.to_owned())
                .fetch_all(pool)
                .await?
        });
        rows.into_iter().map(meeting).collect()
    }

    /// The spans each of `accounts` is busy in a forum (booked meetings but
    /// `except`, and sessions they hold or may hold a seat at).
    pub async fn busy_spans(
        &self,
        forum_id: &str,
        accounts: &[i64],
        except: Option<i64>,
    ) -> Result<Vec<(i64, i64)>, StoreError> {
        if accounts.is_empty() {
            return Ok(Vec::new());
        }
        let sessions = format!(
            "{SESSION_SPANS} AND r.account_id IN {}",
            placeholders(2, accounts.len())
        );
        // No meeting has id 0 (ids start at 1 on both backends).
        let meetings = format!(
            "{MEETING_SPANS} AND p.meeting_id <> $2 AND p.account_id IN {}",
            placeholders(3, accounts.len())
        );
        let mut spans = Vec::new();
        for (sql, except) in [(sessions, None), (meetings, Some(except.unwrap_or(0)))] {
            let rows: Vec<(i64, i64, i64)> = on_pool!(&self.db, |pool| {
                let mut q = sqlx::query_as(AssertSqlSafe(sql.clone())).bind(forum_id.to_owned());
                if let Some(except) = except {
                    q = q.bind(except);
                }
                for a in accounts {
                    q = q.bind(*a);
                }
                q.fetch_all(pool).await?
            });
            spans.extend(rows.into_iter().map(|(_, s, e)| (s, e)));
        }
        Ok(spans)
    }

    /// How many tables are booked at each slot start of a forum, `except`
    /// one meeting's.
    pub async fn tables_taken(
        &self,
        forum_id: &str,
        except: Option<i64>,
    ) -> Result<HashMap<i64, u32>, StoreError> {
        let rows: Vec<(i64, i64)> = on_pool!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT t.slot_start, COUNT(*) FROM meeting_table_slots t \
                 JOIN meeting_blocks b ON b.event_id = t.block_id \
                 WHERE b.forum_id = $1 AND t.meeting_id <> $2 GROUP BY t.slot_start",
            )
            .bind(forum_id.to_owned())
            .bind(except.unwrap_or(0))
            .fetch_all(pool)
            .await?
        });
        Ok(rows
            .into_iter()
            .map(|(s, n)| (s, u32::try_from(n).unwrap_or(u32::MAX)))
            .collect())
    }

    /// The organizations with confirmed participants at a forum, and how many.
    pub async fn participating_orgs(
        &self,
        forum_id: &str,
    ) -> Result<Vec<(String, i64)>, StoreError> {
        Ok(on_pool!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT org_id, COUNT(*) FROM registrations WHERE event_id = $1 AND state = 'confirmed' \
                 AND org_id IS NOT NULL GROUP BY org_id ORDER BY org_id",
            )
            .bind(forum_id.to_owned())
            .fetch_all(pool)
            .await?
        }))
    }

    /// The confirmed participants of a forum on behalf of `org`.
    pub async fn forum_contacts(
        &self,
        forum_id: &str,
        org: &str,
    ) -> Result<Vec<ForumContact>, StoreError> {
        let rows: Vec<(i64, String, String, String)> = on_pool!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT a.id, a.display_name, a.email, a.locale FROM registrations r \
                 JOIN accounts a ON a.id = r.account_id \
                 WHERE r.event_id = $1 AND r.org_id = $2 AND r.state = 'confirmed' ORDER BY a.id",
            )
            .bind(forum_id.to_owned())
            .bind(org.to_owned())
            .fetch_all(pool)
            .await?
        });
        Ok(rows
            .into_iter()
            .map(|(account_id, display_name, email, locale)| ForumContact {
                account_id,
                display_name,
                email,
                locale,
            })
            .collect())
    }

    /// Pending requests whose time is up, oldest first (the expiry job's
    /// catch-up after downtime).
    pub async fn lapsed_meeting_requests(&self, now: i64) -> Result<Vec<i64>, StoreError> {
        Ok(on_pool!(&self.db, |pool| {
            sqlx::query_scalar(
                "SELECT id FROM meetings WHERE state = 'pending' AND expires_at <= $1 ORDER BY expires_at, id",
            )
            .bind(now)
            .fetch_all(pool)
            .await?
        }))
    }

    /// Every occupancy row of a forum: `(person or "table:<block>:<n>", slot)`
    /// pairs, for the tests' and the checks' invariants.
    pub async fn occupancy(&self, forum_id: &str) -> Result<Vec<(String, i64)>, StoreError> {
        let people: Vec<(i64, i64)> = on_pool!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT account_id, slot_start FROM meeting_person_slots WHERE forum_id = $1",
            )
            .bind(forum_id.to_owned())
            .fetch_all(pool)
            .await?
        });
        let tables: Vec<(String, i64, i64)> = on_pool!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT t.block_id, t.table_no, t.slot_start FROM meeting_table_slots t \
                 JOIN meeting_blocks b ON b.event_id = t.block_id WHERE b.forum_id = $1",
            )
            .bind(forum_id.to_owned())
            .fetch_all(pool)
            .await?
        });
        Ok(people
            .into_iter()
            .map(|(a, s)| (format!("person:{a}"), s))
            .chain(
                tables
                    .into_iter()
                    .map(|(b, t, s)| (format!("table:{b}:{t}"), s)),
            )
            .collect())
    }
}

impl WriteTx {
    /// Makes a meetings session a meeting block with `tables` tables.
    pub async fn set_meeting_block(
        &mut self,
        event_id: &str,
        forum_id: &str,
        tables: u32,
        slot_minutes: i64,
    ) -> Result<(), StoreError> {
        on_write_tx!(self, |conn| {
            sqlx::query(
                "INSERT INTO meeting_blocks (event_id, forum_id, tables, slot_minutes) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (event_id) DO UPDATE SET tables = excluded.tables, slot_minutes = excluded.slot_minutes",
            )
            .bind(event_id.to_owned())
            .bind(forum_id.to_owned())
            .bind(i64::from(tables))
            .bind(slot_minutes)
            .execute(&mut **conn)
            .await?;
        });
        Ok(())
    }

    /// A forum's meeting blocks, as this transaction sees them.
    pub async fn meeting_blocks(&mut self, forum_id: &str) -> Result<Vec<Block>, StoreError> {
        let rows: Vec<BlockRow> = on_write_tx!(self, |conn| {
            sqlx::query_as(BLOCK_SELECT)
                .bind(forum_id.to_owned())
                .fetch_all(&mut **conn)
                .await?
        });
        Ok(rows.into_iter().map(block).collect())
    }

    /// A new request; `None` when the person has an open meeting with that
    /// organization already.
    pub async fn insert_meeting(
        &mut self,
        forum_id: &str,
        requester: (i64, &str),
        receiver_org: &str,
        message: &str,
        expires_at: i64,
        now: i64,
    ) -> Result<Option<i64>, StoreError> {
        Ok(on_write_tx!(self, |conn| {
            sqlx::query_scalar(
                "INSERT INTO meetings (forum_id, requester_account, requester_org, receiver_org, message, state, \
                 expires_at, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, 'pending', $6, $7, $7) \
                 ON CONFLICT DO NOTHING RETURNING id",
            )
            .bind(forum_id.to_owned())
            .bind(requester.0)
            .bind(requester.1.to_owned())
            .bind(receiver_org.to_owned())
            .bind(message.to_owned())
            .bind(expires_at)
            .bind(now)
            .fetch_optional(&mut **conn)
            .await?
        }))
    }

    /// A meeting, locked until commit.
    pub async fn lock_meeting(&mut self, id: i64) -> Result<Option<Meeting>, StoreError> {
        let lock = format!(
            "SELECT id FROM meetings WHERE id = $1{}",
            self.lock_suffix()
        );
        let found: Option<i64> = on_write_tx!(self, |conn| {
            sqlx::query_scalar(AssertSqlSafe(lock))
                .bind(id)
                .fetch_optional(&mut **conn)
                .await?
        });
        if found.is_none() {
            return Ok(None);
        }
        let sql = format!("{MEETING_SELECT} WHERE m.id = $1");
        let row: Option<MeetingRow> = on_write_tx!(self, |conn| {
            sqlx::query_as(AssertSqlSafe(sql))
                .bind(id)
                .fetch_optional(&mut **conn)
                .await?
        });
        row.map(meeting).transpose()
    }

    /// Whether one of `accounts` holds (or may hold) a seat at a session of
    /// the forum overlapping `[start, end)`.
    pub async fn in_session(
        &mut self,
        forum_id: &str,
        accounts: &[i64],
        start: i64,
        end: i64,
    ) -> Result<bool, StoreError> {
        let sql = format!(
            "{SESSION_SPANS} AND r.account_id IN {} AND e.starts_at < $2 AND $3 < e.ends_at",
            placeholders(4, accounts.len())
        );
        if accounts.is_empty() {
            return Ok(false);
        }
        let clash: Option<(i64, i64, i64)> = on_write_tx!(self, |conn| {
            let mut q = sqlx::query_as(AssertSqlSafe(sql))
                .bind(forum_id.to_owned())
                .bind(end)
                .bind(start);
            for a in accounts {
                q = q.bind(*a);
            }
            q.fetch_optional(&mut **conn).await?
        });
        Ok(clash.is_some())
    }

    /// Holds `slot` for a person; false when they hold it already.
    pub async fn occupy_person(
        &mut self,
        forum_id: &str,
        account_id: i64,
        slot: i64,
        meeting_id: i64,
    ) -> Result<bool, StoreError> {
        let n = on_write_tx!(self, |conn| {
            sqlx::query(
                "INSERT INTO meeting_person_slots (forum_id, account_id, slot_start, meeting_id) \
                 VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
            )
            .bind(forum_id.to_owned())
            .bind(account_id)
            .bind(slot)
            .bind(meeting_id)
            .execute(&mut **conn)
            .await?
            .rows_affected()
        });
        Ok(n == 1)
    }

    /// Holds the first free table of `block` at `slot`; its number, or
    /// `None` when every one is taken.
    pub async fn occupy_table(
        &mut self,
        block: &Block,
        slot: i64,
        meeting_id: i64,
    ) -> Result<Option<u32>, StoreError> {
        let taken: Vec<i64> = on_write_tx!(self, |conn| {
            sqlx::query_scalar(
                "SELECT table_no FROM meeting_table_slots WHERE block_id = $1 AND slot_start = $2",
            )
            .bind(block.event_id.clone())
            .bind(slot)
            .fetch_all(&mut **conn)
            .await?
        });
        for table in 1..=block.tables {
            if taken.contains(&i64::from(table)) {
                continue;
            }
            // Another transaction may hold it uncommitted: the insert waits
            // for it, and answers nothing if it committed.
            let n = on_write_tx!(self, |conn| {
                sqlx::query(
                    "INSERT INTO meeting_table_slots (block_id, table_no, slot_start, meeting_id) \
                     VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
                )
                .bind(block.event_id.clone())
                .bind(i64::from(table))
                .bind(slot)
                .bind(meeting_id)
                .execute(&mut **conn)
                .await?
                .rows_affected()
            });
            if n == 1 {
                return Ok(Some(table));
            }
        }
        Ok(None)
    }

    /// Frees every slot a meeting holds (a person's and its table's).
    pub async fn release_meeting(&mut self, meeting_id: i64) -> Result<(), StoreError> {
        for sql in [
            "DELETE FROM meeting_person_slots WHERE meeting_id = $1",
            "DELETE FROM meeting_table_slots WHERE meeting_id = $1",
        ] {
            on_write_tx!(self, |conn| {
                sqlx::query(sql)
                    .bind(meeting_id)
                    .execute(&mut **conn)
                    .await?;
            });
        }
        Ok(())
    }

    /// Books a meeting: accepted at `at` (block, slot start, table), with
    /// `receiver` as the receiving side's person; `by` is who did it.
    pub async fn book_meeting(
        &mut self,
        id: i64,
        receiver: i64,
        at: (&str, i64, u32),
        by: i64,
        now: i64,
    ) -> Result<(), StoreError> {
        on_write_tx!(self, |conn| {
            sqlx::query(
                "UPDATE meetings SET state = 'accepted', receiver_account = $2, block_id = $3, slot_start = $4, \
                 table_no = $5, changed_by = $6, updated_at = $7 WHERE id = $1",
            )
            .bind(id)
            .bind(receiver)
            .bind(at.0.to_owned())
            .bind(at.1)
            .bind(i64::from(at.2))
            .bind(by)
            .bind(now)
            .execute(&mut **conn)
            .await?;
        });
        Ok(())
    }

    /// Ends a meeting (declined, cancelled or expired); who answered for
    /// the receiving side is kept, or set when `receiver` is given.
    pub async fn end_meeting(
        &mut self,
        id: i64,
        state: MeetingState,
        receiver: Option<i64>,
        by: Option<i64>,
        now: i64,
    ) -> Result<(), StoreError> {
        on_write_tx!(self, |conn| {
            sqlx::query(
                "UPDATE meetings SET state = $2, receiver_account = COALESCE($3, receiver_account), \
                 changed_by = $4, updated_at = $5 WHERE id = $1",
            )
            .bind(id)
            .bind(state.as_str())
            .bind(receiver)
            .bind(by)
            .bind(now)
            .execute(&mut **conn)
            .await?;
        });
        Ok(())
    }
}
