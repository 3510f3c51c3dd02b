//! One-to-one meetings at a forum: a participant asks another participating
//! organization for a meeting; one of its participants accepts it in a slot
//! of a meeting block (a `meetings` session cut into slots, with tables)
//! that both people have free.
//!
//! Pure: the slot grid, the states, what a request may say and when it
//! lapses. Who holds which slot is the store's (one occupancy row per
//! person and slot, and per table and slot, under unique constraints).

use crate::{FieldError, Problem, ValidationErrors};

/// How long a meeting lasts unless the block says otherwise.
pub const SLOT_MINUTES: i64 = 20;

/// A request unanswered this long lapses (sooner when the last slot
/// comes first).
pub const REQUEST_HOURS: i64 = 72;

/// The most a request's message may say.
pub const MAX_MESSAGE_CHARS: usize = 1_000;

/// The most tables a block may have.
pub const MAX_TABLES: u32 = 500;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingState {
    /// Asked; waits for the other organization's answer.
    Pending,
    /// Booked in a slot at a table.
    Accepted,
    Declined,
    /// Withdrawn while pending, or called off after it was booked.
    Cancelled,
    /// Left unanswered until it lapsed.
    Expired,
}

impl MeetingState {
    pub const ALL: [Self; 5] = [
        Self::Pending,
        Self::Accepted,
        Self::Declined,
        Self::Cancelled,
        Self::Expired,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Accepted => "accepted",
            Self::Declined => "declined",
            Self::Cancelled => "cancelled",
            Self::Expired => "expired",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }

    /// Pending or booked: the pair has a meeting in hand.
    pub fn is_open(self) -> bool {
        matches!(self, Self::Pending | Self::Accepted)
    }
}

/// A meetings session as its slots see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub event_id: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub tables: u32,
    pub slot_minutes: i64,
}

impl Block {
    pub fn slot_seconds(&self) -> i64 {
        self.slot_minutes.max(1) * 60
    }

    /// Every slot's start, in order: whole slots only.
    pub fn slots(&self) -> impl Iterator<Item = i64> + '_ {
        let step = self.slot_seconds();
        let count = ((self.ends_at - self.starts_at).max(0)) / step;
        (0..count).map(move |k| self.starts_at + k * step)
    }

    /// Whether `start` begins one of this block's slots.
    pub fn has_slot(&self, start: i64) -> bool {
        let step = self.slot_seconds();
        start >= self.starts_at
            && start + step <= self.ends_at
            && (start - self.starts_at) % step == 0
    }

    pub fn overlaps(&self, other: &Block) -> bool {
        self.starts_at < other.ends_at && other.starts_at < self.ends_at
    }
}

/// The block whose grid `start` is on, if any.
pub fn block_of(blocks: &[Block], start: i64) -> Option<&Block> {
    blocks.iter().find(|b| b.has_slot(start))
}

/// A block's tables: at least one, at most [`MAX_TABLES`].
pub fn check_tables(tables: i64) -> Option<u32> {
    u32::try_from(tables)
        .ok()
        .filter(|t| (1..=MAX_TABLES).contains(t))
}

/// Meeting blocks of one forum may not overlap: a person's slot is then one
/// time, whichever block it is in (the unique constraint is per person and
/// slot start).
/// Answers the first two that do.
pub fn overlapping_blocks(blocks: &[Block]) -> Option<(&Block, &Block)> {
    blocks.iter().enumerate().find_map(|(i, a)| {
        blocks[i + 1..]
            .iter()
            .find(|b| a.overlaps(b))
            .map(|b| (a, b))
    })
}

/// A request's message: trimmed, at most [`MAX_MESSAGE_CHARS`].
pub fn check_message(message: &str) -> Result<String, ValidationErrors> {
    let message = message.trim();
    if message.chars().count() > MAX_MESSAGE_CHARS {
        return Err(ValidationErrors(vec![FieldError::new(
            "message",
            Problem::TooLong {
                max: MAX_MESSAGE_CHARS,
            },
        )]));
    }
    if message
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(ValidationErrors(vec![FieldError::new(
            "message",
            Problem::ControlCharacters,
        )]));
    }
    Ok(message.to_owned())
}

/// When a request made at `now` lapses: after [`REQUEST_HOURS`], or when the
/// last slot still bookable begins, whichever comes first; `None` when no
/// slot is left.
pub fn request_expiry(now: i64, blocks: &[Block]) -> Option<i64> {
    let last = blocks
        .iter()
        .flat_map(Block::slots)
        .filter(|s| *s > now)
        .max()?;
    Some((now + REQUEST_HOURS * 3600).min(last))
}

/// Whether `[start, end)` meets `[other_start, other_end)`.
pub fn overlaps(start: i64, end: i64, other_start: i64, other_end: i64) -> bool {
    start < other_end && other_start < end
}

/// The slots of `blocks` after `now` in which neither person is busy and a
/// table is free: `busy` are the spans (start, end) either person holds
/// (meetings and sessions), `tables_taken` the count of tables booked per
/// slot start.
pub fn free_slots(
    blocks: &[Block],
    now: i64,
    busy: &[(i64, i64)],
    tables_taken: &std::collections::HashMap<i64, u32>,
) -> Vec<(String, i64)> {
    let mut free = Vec::new();
    for block in blocks {
        let step = block.slot_seconds();
        for start in block.slots().filter(|s| *s > now) {
            let clash = busy
                .iter()
                .any(|(s, e)| overlaps(start, start + step, *s, *e));
            let full = tables_taken.get(&start).copied().unwrap_or(0) >= block.tables;
            if !clash && !full {
                free.push((block.event_id.clone(), start));
            }
        }
    }
    free
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn block(id: &str, starts_at: i64, minutes: i64, tables: u32) -> Block {
        Block {
            event_id: id.into(),
            starts_at,
            ends_at: starts_at + minutes * 60,
            tables,
            slot_minutes: SLOT_MINUTES,
        }
    }

    #[test]
    fn a_block_is_cut_into_whole_twenty_minute_slots() {
        // 70 minutes: three whole slots, the last ten minutes are none.
        let b = block("m", 36_000, 70, 4);
        let slots: Vec<i64> = b.slots().collect();
        assert_eq!(slots, vec![36_000, 37_200, 38_400]);
        assert!(b.has_slot(37_200));
        assert!(!b.has_slot(37_201), "off the grid");
        assert!(!b.has_slot(39_600), "would end after the block");
        assert!(!b.has_slot(34_800), "before the block");
    }

    #[test]
    fn overlapping_blocks_are_refused_and_following_ones_are_not() {
        let a = block("a", 0, 60, 2);
        let b = block("b", 3_600, 60, 2);
        assert!(overlapping_blocks(&[a.clone(), b]).is_none());
        let c = block("c", 3_000, 60, 2);
        let clash = [a, c];
        let (x, y) = overlapping_blocks(&clash).unwrap();
        assert_eq!((x.event_id.as_str(), y.event_id.as_str()), ("a", "c"));
    }

    #[test]
    fn tables_are_bounded() {
        assert_eq!(check_tables(12), Some(12));
        assert_eq!(check_tables(0), None);
        assert_eq!(check_tables(-3), None);
        assert_eq!(check_tables(i64::from(MAX_TABLES) + 1), None);
    }

    #[test]
    fn a_request_lapses_after_three_days_or_at_the_last_slot() {
        let b = block("m", 1_000_000, 60, 2);
        // Long before: three days.
        assert_eq!(request_expiry(0, std::slice::from_ref(&b)), Some(72 * 3600));
        // A day before: the last slot's start.
        let last = 1_000_000 + 40 * 60;
        assert_eq!(
            request_expiry(1_000_000 - 86_400, std::slice::from_ref(&b)),
            Some(last)
        );
        // After the last slot began: nothing left to book.
        assert_eq!(request_expiry(last, &[b]), None);
    }

    #[test]
    fn free_slots_leave_out_busy_times_full_slots_and_the_past() {
        let b = block("m", 10_000, 80, 2);
        let slots: Vec<i64> = b.slots().collect();
        // A session from the middle of slot 1 to the end of slot 1.
        let busy = [(slots[1] + 600, slots[2])];
        let mut taken = HashMap::new();
        taken.insert(slots[2], 2);
        taken.insert(slots[3], 1);
        let free = free_slots(&[b], slots[0], &busy, &taken);
        // slot 0 has begun, slot 1 clashes, slot 2 is full, slot 3 has a table.
        assert_eq!(free, vec![("m".to_owned(), slots[3])]);
    }

    #[test]
    fn messages_are_trimmed_and_bounded() {
        assert_eq!(check_message("  Salam!  ").unwrap(), "Salam!");
        let long = "ә".repeat(MAX_MESSAGE_CHARS + 1);
        let refused = check_message(&long).unwrap_err();
        assert_eq!(refused.0[0].field, "message");
        assert!(check_message("a\u{0}b").is_err());
        assert_eq!(check_message("line\nline").unwrap(), "line\nline");
        assert!(check_message(&"ә".repeat(MAX_MESSAGE_CHARS)).is_ok());
    }

    #[test]
    fn states_round_trip() {
        for s in MeetingState::ALL {
            assert_eq!(MeetingState::parse(s.as_str()), Some(s));
        }
        assert!(MeetingState::Accepted.is_open());
        assert!(!MeetingState::Expired.is_open());
    }
}
