//! Birlik's use cases, one module per feature. Each is a plain async
//! function taking typed input and the actor, checking
//! `domain::authorize`, writing through the store and queueing jobs.
//! Pages, the JSON API, the CLI and the background worker call the same
//! functions; nothing here knows HTTP or HTML.

pub mod clock;
pub mod jobs;

pub use clock::Clock;
