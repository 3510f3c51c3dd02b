//! Check-in codes: `{registration id}-{signature}`, the signature twelve
//! characters of Crockford base32 of an HMAC-SHA256 under the network's
//! secret. The QR code on a badge carries it; a person can type it (case
//! and the look-alike letters O/I/L do not matter). Guessing one means
//! guessing 60 bits; the id alone is worth nothing.

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const SIGNATURE_CHARS: usize = 12;

/// The settings key under which the secret is kept (shared by every node).
pub const SECRET_SETTING: &str = "checkin_secret";

fn signature(secret: &str, registration: i64) -> String {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret.as_bytes()) else {
        return String::new();
    };
    mac.update(b"birlik-checkin:");
    mac.update(registration.to_string().as_bytes());
    let digest = mac.finalize().into_bytes();
    // 12 symbols of 5 bits from the first 8 bytes.
    let mut bits = u64::from_be_bytes(digest[..8].try_into().unwrap_or([0; 8]));
    let mut out = String::with_capacity(SIGNATURE_CHARS);
    for _ in 0..SIGNATURE_CHARS {
        out.push(char::from(ALPHABET[(bits >> 59) as usize]));
        bits <<= 5;
    }
    out
}

/// The code for a registration.
pub fn checkin_code(secret: &str, registration: i64) -> String {
    format!("{registration}-{}", signature(secret, registration))
}

/// The registration a code names, when its signature holds. Accepts what
/// a person types: lower case, spaces, `O` for `0`, `I`/`L` for `1`, and
/// a URL ending in the code (what a phone's camera app may hand over).
pub fn verify_code(secret: &str, typed: &str) -> Option<i64> {
    let typed = typed.trim();
    let typed = typed.rsplit('/').next().unwrap_or(typed);
    let (id, sig) = typed.split_once('-')?;
    let id: i64 = id.trim().parse().ok().filter(|id| *id > 0)?;
    let sig: String = sig
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect();
    let expected = signature(secret, id);
    let same = sig.len() == expected.len()
        && sig
            .bytes()
            .zip(expected.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0;
    same.then_some(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_verifies_and_a_forged_one_does_not() {
        let code = checkin_code("s3cret", 42);
        assert!(code.starts_with("42-"));
        assert_eq!(code.len(), 3 + SIGNATURE_CHARS);
        assert_eq!(verify_code("s3cret", &code), Some(42));
        assert_eq!(
            verify_code("s3cret", &code.to_lowercase().replace('0', "o")),
            Some(42)
        );
        assert_eq!(
            verify_code("s3cret", &format!("https://x.example/en/checkin/{code}")),
            Some(42)
        );
        // Another id with the same signature, another secret, junk.
        let (_, sig) = code.split_once('-').unwrap();
        assert_eq!(verify_code("s3cret", &format!("43-{sig}")), None);
        assert_eq!(verify_code("other", &code), None);
        assert_eq!(verify_code("s3cret", "42"), None);
        assert_eq!(verify_code("s3cret", "-1-AAAA"), None);
        assert_eq!(verify_code("s3cret", ""), None);
        assert_ne!(checkin_code("s3cret", 1), checkin_code("s3cret", 2));
    }
}
