//! Accounts: passwords and the use cases of signing up, in and out.

pub mod links;
mod passwords;

pub use passwords::{hash_password, verify_password};

use domain::Actor;
use store::Account;

/// A signed-in account, its roles, and its session.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub account: Account,
    pub actor: Actor,
    session_hash: String,
}

impl SignedIn {
    /// `session_hash` is empty for an API caller (a token, not a session).
    pub fn new(account: Account, actor: Actor, session_hash: String) -> Self {
        Self {
            account,
            actor,
            session_hash,
        }
    }

    pub fn actorship(&self) -> store::Actorship<'_> {
        store::Actorship {
            id: Some(self.account.id),
            email: &self.account.email,
        }
    }

    pub fn session_hash(&self) -> &str {
        &self.session_hash
    }
}
