//! Mail composed by the use cases, in the recipient's language, with links
//! to the site (`{public_url}/{lang}/…`).

use locale::messages::{Arg, message};

/// The strings and links of a message to someone who reads `lang`.
pub struct Letter<'a> {
    lang: &'static str,
    public_url: &'a str,
}

impl<'a> Letter<'a> {
    /// In `lang` (an account's language; English when it is not one of the nine).
    pub fn new(lang: &str, public_url: &'a str) -> Self {
        let lang = locale::LANGS
            .iter()
            .copied()
            .find(|l| *l == lang)
            .unwrap_or("en");
        Self { lang, public_url }
    }

    pub fn lang(&self) -> &'static str {
        self.lang
    }

    pub fn t(&self, key: &str) -> String {
        message(self.lang, key, &[])
    }

    pub fn t1(&self, key: &str, name: &'static str, value: &str) -> String {
        message(self.lang, key, &[(name, Arg::from(value))])
    }

    /// The absolute address of `path` (which starts with `/`) in the
    /// recipient's language.
    pub fn link(&self, path: &str) -> String {
        format!("{}/{}{path}", self.public_url, self.lang)
    }

    /// A message to `to`: an introduction, the link, and what follows.
    pub fn message(&self, to: &str, subject: String, body: String) -> mail::Message {
        mail::Message::text(to, subject, body)
    }
}

/// Percent-encodes a value for a query string or a path segment.
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_carry_the_recipients_language_and_encoded_ids() {
        let kk = Letter::new("kk", "https://birlik.example");
        assert_eq!(
            kk.link(&format!("/review/{}", encode("KZ-BRL/1 ä"))),
            "https://birlik.example/kk/review/KZ-BRL%2F1%20%C3%A4"
        );
        assert_eq!(Letter::new("xx", "").lang(), "en");
        assert_ne!(kk.t("mail-ignore"), Letter::new("en", "").t("mail-ignore"));
    }
}
