//! Outgoing mail. Production sends through an SMTP relay ([`Mailer::smtp`]);
//! by default, and in tests, every message is written as a file into an
//! outbox directory ([`Mailer::outbox`]) that a person or a test can read.
//! Tests of a relay that is down, then back, wrap either in
//! [`Mailer::switchable`].

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

/// A message to one recipient: plain text, and files attached (a check-in
/// QR code). Serializable: mail waits in the job queue as this.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Message {
    pub to: String,
    pub subject: String,
    pub body: String,
    /// Queued before attachments existed: none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<Attachment>,
}

/// A file sent with a message.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Attachment {
    pub filename: String,
    /// A MIME type, `image/png`.
    pub content_type: String,
    /// Base64 in JSON.
    #[serde(with = "base64_bytes")]
    pub data: Vec<u8>,
}

mod base64_bytes {
    use base64::Engine;
    use base64::engine::general_purpose::STANDARD;

    pub fn serialize<S: serde::Serializer>(data: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&STANDARD.encode(data))
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let text: String = serde::Deserialize::deserialize(d)?;
        STANDARD.decode(text).map_err(serde::de::Error::custom)
    }
}

impl Message {
    /// A plain-text message without attachments.
    pub fn text(
        to: impl Into<String>,
        subject: impl Into<String>,
        body: impl Into<String>,
    ) -> Self {
        Self {
            to: to.into(),
            subject: subject.into(),
            body: body.into(),
            attachments: Vec::new(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("cannot write to the outbox {path}: {source}")]
    Outbox {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("bad mail address {0:?}")]
    Address(String),
    #[error("SMTP: {0}")]
    Smtp(String),
    /// A [`Mailer::switchable`] mailer switched off: as a relay that does not answer.
    #[error("the mail relay is unavailable")]
    Unavailable,
}

/// Where mail goes.
pub enum Mailer {
    Outbox {
        dir: PathBuf,
        from: String,
        counter: AtomicU64,
    },
    Smtp {
        transport: lettre::AsyncSmtpTransport<lettre::Tokio1Executor>,
        from: lettre::message::Mailbox,
    },
    /// Another mailer that can be switched off and on ([`Mailer::switchable`]).
    Switchable {
        inner: Box<Mailer>,
        switch: MailSwitch,
    },
}

/// Turns a [`Mailer::switchable`] mailer off (every message fails with
/// [`MailError::Unavailable`], as with a relay that is down) and on again.
/// Cheap to clone; all clones switch the same mailer.
#[derive(Debug, Clone, Default)]
pub struct MailSwitch {
    down: Arc<AtomicBool>,
}

impl MailSwitch {
    /// From now on every message fails.
    pub fn fail(&self) {
        self.down.store(true, Ordering::SeqCst);
    }

    /// From now on messages go through again.
    pub fn recover(&self) {
        self.down.store(false, Ordering::SeqCst);
    }

    pub fn is_down(&self) -> bool {
        self.down.load(Ordering::SeqCst)
    }
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Outbox { dir, .. } => write!(f, "Mailer::Outbox({})", dir.display()),
            Self::Smtp { from, .. } => write!(f, "Mailer::Smtp(from {from})"),
            Self::Switchable { inner, switch } => {
                let state = if switch.is_down() { "down" } else { "up" };
                write!(f, "Mailer::Switchable({state}, {inner:?})")
            }
        }
    }
}

impl Mailer {
    /// Writes each message as a file `<time>-<n>.eml` into `dir`.
    pub fn outbox(dir: impl Into<PathBuf>, from: &str) -> Self {
        Self::Outbox {
            dir: dir.into(),
            from: from.to_owned(),
            counter: AtomicU64::new(0),
        }
    }

    /// Sends through an SMTP server given as a URL, e.g.
    /// `smtps://user:password@mail.example.org` or
    /// `smtp://mail.example.org:587?tls=required` (see lettre's `from_url`).
    pub fn smtp(url: &str, from: &str) -> Result<Self, MailError> {
        let transport = lettre::AsyncSmtpTransport::<lettre::Tokio1Executor>::from_url(url)
            .map_err(|e| MailError::Smtp(e.to_string()))?
            .build();
        let from = from
            .parse()
            .map_err(|_| MailError::Address(from.to_owned()))?;
        Ok(Self::Smtp { transport, from })
    }

    /// `inner`, with a switch that makes it fail until switched back: for
    /// tests of what happens to mail while the relay is down, and after.
    /// Starts up.
    pub fn switchable(inner: Mailer) -> (Self, MailSwitch) {
        let switch = MailSwitch::default();
        (
            Self::Switchable {
                inner: Box::new(inner),
                switch: switch.clone(),
            },
            switch,
        )
    }

    pub async fn send(&self, message: &Message) -> Result<(), MailError> {
        match self {
            Self::Switchable { inner, switch } => {
                if switch.is_down() {
                    return Err(MailError::Unavailable);
                }
                Box::pin(inner.send(message)).await
            }
            Self::Outbox { dir, from, counter } => {
                tokio::fs::create_dir_all(dir)
                    .await
                    .map_err(|source| MailError::Outbox {
                        path: dir.clone(),
                        source,
                    })?;
                let now = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_millis())
                    .unwrap_or(0);
                let n = counter.fetch_add(1, Ordering::Relaxed);
                let path = dir.join(format!("{now:013}-{}-{n:04}.eml", std::process::id()));
                let text = outbox_text(from, message, &format!("=_birlik_{now}_{n}"));
                tokio::fs::write(&path, text)
                    .await
                    .map_err(|source| MailError::Outbox { path, source })?;
                Ok(())
            }
            Self::Smtp { transport, from } => {
                use lettre::AsyncTransport;
                use lettre::message::header::ContentType;
                use lettre::message::{MultiPart, SinglePart};
                let to = message
                    .to
                    .parse()
                    .map_err(|_| MailError::Address(message.to.clone()))?;
                let builder = lettre::Message::builder()
                    .from(from.clone())
                    .to(to)
                    .subject(message.subject.clone());
                let email = if message.attachments.is_empty() {
                    builder
                        .header(ContentType::TEXT_PLAIN)
                        .body(message.body.clone())
                } else {
                    let mut parts =
                        MultiPart::mixed().singlepart(SinglePart::plain(message.body.clone()));
                    for a in &message.attachments {
                        let kind = ContentType::parse(&a.content_type)
                            .map_err(|e| MailError::Smtp(e.to_string()))?;
                        parts = parts.singlepart(
                            lettre::message::Attachment::new(a.filename.clone())
                                .body(a.data.clone(), kind),
                        );
                    }
                    builder.multipart(parts)
                }
                .map_err(|e| MailError::Smtp(e.to_string()))?;
                transport
                    .send(email)
                    .await
                    .map_err(|e| MailError::Smtp(e.to_string()))?;
                Ok(())
            }
        }
    }
}

/// Header values are one line: a newline in a subject must not start a new header.
fn one_line(s: &str) -> String {
    s.replace(['\r', '\n'], " ")
}

/// A message as an outbox file: plain text, or MIME multipart/mixed with
/// the attachments in base64 when there are any.
fn outbox_text(from: &str, message: &Message, boundary: &str) -> String {
    use base64::Engine;
    let head = format!(
        "From: {from}\nTo: {}\nSubject: {}\n",
        one_line(&message.to),
        one_line(&message.subject)
    );
    if message.attachments.is_empty() {
        return format!(
            "{head}Content-Type: text/plain; charset=utf-8\n\n{}\n",
            message.body
        );
    }
    let mut text = format!(
        "{head}MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"{boundary}\"\n\n\
         --{boundary}\nContent-Type: text/plain; charset=utf-8\n\n{}\n",
        message.body
    );
    for a in &message.attachments {
        let name = one_line(&a.filename).replace('"', "");
        let encoded = base64::engine::general_purpose::STANDARD.encode(&a.data);
        text.push_str(&format!(
            "--{boundary}\nContent-Type: {}; name=\"{name}\"\nContent-Disposition: attachment; filename=\"{name}\"\nContent-Transfer-Encoding: base64\n\n",
            one_line(&a.content_type)
        ));
        for line in encoded.as_bytes().chunks(76) {
            text.push_str(&String::from_utf8_lossy(line));
            text.push('\n');
        }
    }
    text.push_str(&format!("--{boundary}--\n"));
    text
}

/// One outbox file back as a message.
fn parse_outbox(text: &str) -> Option<Message> {
    use base64::Engine;
    let (head, body) = text.split_once("\n\n")?;
    let header = |head: &str, name: &str| {
        head.lines()
            .find_map(|l| l.strip_prefix(name))
            .unwrap_or("")
            .to_owned()
    };
    let mut message = Message::text(header(head, "To: "), header(head, "Subject: "), "");
    let kind = header(head, "Content-Type: ");
    let Some(boundary) = kind
        .strip_prefix("multipart/mixed; boundary=\"")
        .and_then(|b| b.strip_suffix('"'))
    else {
        message.body = body.trim_end_matches('\n').to_owned();
        return Some(message);
    };
    let end = format!("--{boundary}--");
    let body = body.split(end.as_str()).next()?;
    let separator = format!("--{boundary}\n");
    let mut parts = body.split(separator.as_str()).skip(1);
    let (_, text) = parts.next()?.split_once("\n\n")?;
    message.body = text.trim_end_matches('\n').to_owned();
    for part in parts {
        let (part_head, data) = part.split_once("\n\n")?;
        let kind = header(part_head, "Content-Type: ");
        let (content_type, name) = kind.split_once("; name=\"")?;
        let data: String = data.split_whitespace().collect();
        message.attachments.push(Attachment {
            filename: name.trim_end_matches('"').to_owned(),
            content_type: content_type.to_owned(),
            data: base64::engine::general_purpose::STANDARD
                .decode(data)
                .ok()?,
        });
    }
    Some(message)
}

/// The messages in an outbox, oldest first (for tests and the demo).
pub fn read_outbox(dir: &Path) -> Vec<Message> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .filter_map(|text| parse_outbox(&text))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_outbox_keeps_every_message_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let mailer = Mailer::outbox(dir.path().join("outbox"), "Birlik <noreply@birlik.local>");
        for i in 0..3 {
            mailer
                .send(&Message::text(
                    "aysel@example.org",
                    format!("Təsdiq {i}\nBcc: evil@example.org"),
                    format!("Salam!\n\nLink {i}"),
                ))
                .await
                .unwrap();
        }
        let got = read_outbox(&dir.path().join("outbox"));
        assert_eq!(got.len(), 3);
        assert_eq!(
            got[2].subject, "Təsdiq 2 Bcc: evil@example.org",
            "no header injection"
        );
        assert_eq!(got[0].body, "Salam!\n\nLink 0");
    }

    #[tokio::test]
    async fn a_switched_off_mailer_fails_until_it_recovers() {
        let dir = tempfile::tempdir().unwrap();
        let (mailer, switch) =
            Mailer::switchable(Mailer::outbox(dir.path(), "noreply@birlik.local"));
        let message = Message::text("aysel@example.org", "Salam", "Body");
        mailer.send(&message).await.unwrap();
        switch.fail();
        assert!(format!("{mailer:?}").contains("down"));
        assert!(matches!(
            mailer.send(&message).await,
            Err(MailError::Unavailable)
        ));
        assert_eq!(read_outbox(dir.path()).len(), 1, "nothing sent while down");
        switch.recover();
        mailer.send(&message).await.unwrap();
        assert_eq!(read_outbox(dir.path()), vec![message.clone(), message]);
    }

    #[test]
    fn messages_round_trip_through_json() {
        let mut message = Message::text("Нұрсұлтан <n@example.kz>", "Təsdiq", "Line 1\nLine 2");
        let json = serde_json::to_string(&message).unwrap();
        assert!(
            !json.contains("attachments"),
            "as queued before attachments: {json}"
        );
        assert_eq!(serde_json::from_str::<Message>(&json).unwrap(), message);
        message.attachments.push(png());
        let json = serde_json::to_string(&message).unwrap();
        assert!(json.contains("\"data\":\"iVBORw0KGg"), "base64: {json}");
        assert_eq!(serde_json::from_str::<Message>(&json).unwrap(), message);
    }

    fn png() -> Attachment {
        Attachment {
            filename: "checkin-7.png".into(),
            content_type: "image/png".into(),
            data: b"\x89PNG\r\n\x1a\n"
                .iter()
                .copied()
                .cycle()
                .take(200)
                .collect(),
        }
    }

    #[tokio::test]
    async fn attachments_go_to_the_outbox_as_mime_parts_and_come_back() {
        let dir = tempfile::tempdir().unwrap();
        let mailer = Mailer::outbox(dir.path(), "noreply@birlik.local");
        let mut message = Message::text(
            "aysel@example.org",
            "Kod",
            "Your code: 7-ABC\n\nhttps://x/me",
        );
        message.attachments.push(png());
        mailer.send(&message).await.unwrap();
        let file = std::fs::read_dir(dir.path())
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .path();
        let text = std::fs::read_to_string(file).unwrap();
        assert!(
            text.contains("Content-Type: multipart/mixed; boundary="),
            "{text}"
        );
        assert!(text.contains("Content-Disposition: attachment; filename=\"checkin-7.png\""));
        assert!(text.lines().all(|l| l.len() <= 998), "RFC 5322 line length");
        assert_eq!(read_outbox(dir.path()), vec![message]);
    }

    #[test]
    fn smtp_urls_are_checked() {
        assert!(Mailer::smtp("smtp://127.0.0.1:2525", "Birlik <noreply@example.org>").is_ok());
        assert!(Mailer::smtp("nonsense", "Birlik <noreply@example.org>").is_err());
        assert!(Mailer::smtp("smtp://127.0.0.1:2525", "not an address").is_err());
    }
}
