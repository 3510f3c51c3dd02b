//! Accounts: passwords and the use cases of signing up, in and out.

mod passwords;

pub use passwords::{hash_password, verify_password};
