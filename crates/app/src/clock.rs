//! The one clock: Unix seconds, from the system or fixed, plus an offset
//! tests move forward (expiry, backoff, run_at). Store functions take
//! `now` explicitly; their callers read it here.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

/// A shared clock; clones read (and move) the same time.
#[derive(Clone, Debug)]
pub struct Clock {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    /// `None`: the system's time.
    fixed: Option<i64>,
    offset: AtomicI64,
}

impl Clock {
    /// The system's time.
    pub fn system() -> Self {
        Self::with(None)
    }

    /// Stands still at `at` until moved (tests).
    pub fn fixed(at: i64) -> Self {
        Self::with(Some(at))
    }

    fn with(fixed: Option<i64>) -> Self {
        Self {
            inner: Arc::new(Inner {
                fixed,
                offset: AtomicI64::new(0),
            }),
        }
    }

    /// Now, in Unix seconds.
    pub fn now(&self) -> i64 {
        let base = self.inner.fixed.unwrap_or_else(system_secs);
        base.saturating_add(self.inner.offset.load(Ordering::SeqCst))
    }

    /// Moves this clock (and its clones) forward by `seconds`.
    pub fn advance(&self, seconds: i64) {
        self.inner.offset.fetch_add(seconds, Ordering::SeqCst);
    }
}

fn system_secs() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_clock_moves_only_when_told_and_clones_share_it() {
        let clock = Clock::fixed(1_000);
        let other = clock.clone();
        assert_eq!(clock.now(), 1_000);
        other.advance(30);
        assert_eq!(clock.now(), 1_030);
    }

    #[test]
    fn the_system_clock_is_about_now() {
        let clock = Clock::system();
        let before = system_secs();
        clock.advance(3600);
        let now = clock.now();
        assert!(now >= before + 3600 && now <= system_secs() + 3601);
    }
}
