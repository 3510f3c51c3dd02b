//! Birlik's use cases, one module per feature. Each is a plain async
//! function taking typed input and the actor, checking
//! `domain::authorize`, writing through the store and queueing jobs.
//! Pages, the JSON API, the CLI and the background worker call the same
//! functions; nothing here knows HTTP or HTML.

pub mod accounts;
mod error;
pub mod readmodel;
pub mod secrets;

pub use error::{Error, Result};
