//! Random secrets and what the database keeps of them: tokens are 32
//! random bytes shown to their owner once; the database stores their SHA-256.

use sha2::{Digest, Sha256};

/// A fresh random secret, as 64 hex digits.
#[expect(
    clippy::expect_used,
    reason = "without the OS random source nothing safe is left to do but stop"
)]
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    // The OS random source failing leaves nothing safe to do but stop.
    getrandom::fill(&mut bytes).expect("the operating system's random source failed");
    hex(&bytes)
}

pub fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

/// What the database stores for a token.
pub fn token_hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}
