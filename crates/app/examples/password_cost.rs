//! What one Argon2id password hash and check cost with the parameters
//! Birlik uses (OWASP: 19 MiB, 2 passes, 1 lane).
//!
//! `cargo run --release -p web --example password_cost`

#![expect(clippy::expect_used, reason = "a failure panics with its cause")]

use argon2::password_hash::{PasswordHasher, PasswordVerifier, phc::PasswordHash};

fn main() {
    const ROUNDS: u32 = 20;
    let argon2 = argon2::Argon2::default();
    let started = std::time::Instant::now();
    let mut hash = String::new();
    for _ in 0..ROUNDS {
        hash = argon2
            .hash_password(b"correct horse battery staple")
            .expect("hashing works")
            .to_string();
    }
    let per_hash = started.elapsed() / ROUNDS;
    let parsed = PasswordHash::new(&hash).expect("a PHC string");
    let started = std::time::Instant::now();
    for _ in 0..ROUNDS {
        argon2
            .verify_password(b"correct horse battery staple", &parsed)
            .expect("the password matches");
    }
    let per_check = started.elapsed() / ROUNDS;
    println!("{hash}");
    println!("hash: {per_hash:?} each; check: {per_check:?} each ({ROUNDS} rounds)");
}
