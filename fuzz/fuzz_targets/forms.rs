//! What clients send the web crate: form bodies, query strings (and the
//! logged, untracked versions of them) and multipart fields. Nothing
//! panics; invalid UTF-8 is refused, never turned into U+FFFD; a parsed
//! form re-encoded parses to the same fields; a redacted address shows no
//! token's value; an untracked query keeps no tracking parameter.
#![no_main]

use std::borrow::Cow;
use std::sync::LazyLock;

use axum::body::Body;
use axum::extract::{FromRequest, Multipart, Request};
use axum::http::{Uri, header};
use libfuzzer_sys::fuzz_target;

type Fields = Vec<(String, String)>;

// The first byte chooses what the rest is: bytes as a form body and as an
// address with a query string; bytes as a multipart body, framing and all;
// or `name=content` fields split at NUL bytes, framed as a browser frames
// them. (Raw bytes rather than `Arbitrary` types, so the dictionary's
// entries reach the parsers as they are.)
fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    match mode % 3 {
        0 => {
            form_body(rest);
            if let Ok(uri) = Uri::try_from(rest) {
                address(&uri);
            }
        }
        1 => multipart_body(rest),
        _ => multipart_fields(rest),
    }
});

/// Whether bytes are UTF-8 once percent-decoded, decided by the
/// percent-encoding crate rather than by the code under test.
fn decodes_to_utf8(encoded: &[u8]) -> bool {
    percent_encoding::percent_decode(encoded)
        .decode_utf8()
        .is_ok()
}

fn form_body(body: &[u8]) {
    let parsed = web::parse_form::<Fields>(body);
    assert_eq!(
        parsed.is_ok(),
        decodes_to_utf8(body),
        "a form is refused exactly when it is not UTF-8: {parsed:?}"
    );
    if let Ok(fields) = parsed {
        let again = serde_urlencoded::to_string(&fields).expect("pairs encode");
        let reparsed = web::parse_form::<Fields>(again.as_bytes()).expect("an encoded form parses");
        assert_eq!(reparsed, fields, "re-encoded as {again:?}");
    }
}

fn address(uri: &Uri) {
    let query = uri.query().unwrap_or("");
    let parsed = web::parse_query::<Fields>(uri);
    assert_eq!(
        parsed.is_ok(),
        decodes_to_utf8(query.as_bytes()),
        "a query is refused exactly when it is not UTF-8: {parsed:?}"
    );

    let logged = web::redacted(uri);
    let logged_query = match logged.split_once('?') {
        Some((path, q)) => {
            assert_eq!(path, uri.path());
            q
        }
        None => {
            assert_eq!(logged, uri.path());
            ""
        }
    };
    assert!(
        !shows_token(logged_query),
        "{uri} is logged as {logged}, with a token"
    );

    match web::without_tracking(query) {
        None => assert!(
            !names(query).any(|n| is_tracking(&n)),
            "{query:?} has a tracking parameter"
        ),
        Some(untracked) => {
            assert!(
                !names(&untracked).any(|n| is_tracking(&n)),
                "{query:?} untracked is {untracked:?}"
            );
            let kept: Vec<_> = form_urlencoded::parse(query.as_bytes())
                .filter(|(n, _)| !is_tracking(n))
                .collect();
            assert_eq!(
                form_urlencoded::parse(untracked.as_bytes()).collect::<Vec<_>>(),
                kept,
                "{query:?} untracked is {untracked:?}"
            );
            let address = format!("/x?{untracked}");
            assert!(address.parse::<Uri>().is_ok(), "{address:?} is an address");
        }
    }
}

/// The parameter names a handler would see.
fn names(query: &str) -> impl Iterator<Item = Cow<'_, str>> {
    form_urlencoded::parse(query.as_bytes()).map(|(n, _)| n)
}

/// The parameters `without_tracking` drops, whatever their case.
fn is_tracking(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    name.starts_with("utm_")
        || matches!(
            name.as_str(),
            "fbclid" | "gclid" | "yclid" | "mc_cid" | "mc_eid"
        )
}

/// Whether a query string holds the value of a parameter named like a
/// token, itself or in an address given as a value (`next=/a?token=…`).
fn shows_token(query: &str) -> bool {
    form_urlencoded::parse(query.as_bytes()).any(|(name, value)| {
        (name.to_ascii_lowercase().contains("token") && !value.is_empty() && value != "REDACTED")
            || value.split_once('?').is_some_and(|(_, q)| shows_token(q))
    })
}

const BOUNDARY: &str = "birlik-fuzz-boundary";

static RUNTIME: LazyLock<tokio::runtime::Runtime> = LazyLock::new(|| {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime")
});

/// A multipart field's name, and its text or why `web::text_field` refused it.
type ReadField = (Option<String>, Result<String, String>);

/// Each field's name and what `web::text_field` made of it, in order, or
/// `None` once axum refuses the body. The body is the fuzzer's input, so
/// it is bounded by libFuzzer's `-max_len`.
fn read_multipart(body: Vec<u8>) -> Option<Vec<ReadField>> {
    let request = Request::builder()
        .method("POST")
        .uri("/apply")
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .body(Body::from(body))
        .expect("a request");
    RUNTIME.block_on(async {
        let mut multipart = Multipart::from_request(request, &()).await.ok()?;
        let mut fields = Vec::new();
        while let Ok(Some(field)) = multipart.next_field().await {
            let name = field.name().map(str::to_owned);
            let text = web::text_field(field).await.map_err(|e| e.to_string());
            fields.push((name, text));
        }
        Some(fields)
    })
}

fn multipart_body(body: &[u8]) {
    for (_, text) in read_multipart(body.to_vec()).into_iter().flatten() {
        if let Ok(text) = text {
            // Read as it was sent: no byte replaced by U+FFFD.
            assert!(
                text.is_empty() || body.windows(text.len()).any(|w| w == text.as_bytes()),
                "{text:?} is not in the body"
            );
        }
    }
}

fn multipart_fields(data: &[u8]) {
    // A content holding the boundary would end its field early.
    if data
        .windows(BOUNDARY.len())
        .any(|w| w == BOUNDARY.as_bytes())
    {
        return;
    }
    let fields: Vec<(String, &[u8])> = data
        .split(|&b| b == 0)
        .enumerate()
        .map(|(i, field)| {
            let (name, content) = match field.iter().position(|&b| b == b'=') {
                Some(at) => (&field[..at], &field[at + 1..]),
                None => (&b""[..], field),
            };
            let name: String = name
                .iter()
                .map(|&b| b as char)
                .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            (
                if name.is_empty() {
                    format!("f{i}")
                } else {
                    name
                },
                content,
            )
        })
        .collect();
    let mut body = Vec::new();
    for (name, content) in &fields {
        body.extend_from_slice(
            format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n")
                .as_bytes(),
        );
        body.extend_from_slice(content);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());

    let read = read_multipart(body).expect("a well-framed body is read");
    assert_eq!(read.len(), fields.len(), "every field is read");
    for ((name, content), (read_name, text)) in fields.iter().zip(read) {
        assert_eq!(read_name.as_deref(), Some(name.as_str()));
        match String::from_utf8(content.to_vec()) {
            Ok(expected) => assert_eq!(text, Ok(expected), "{name}"),
            Err(_) => assert!(text.is_err(), "{name}: invalid UTF-8 is refused"),
        }
    }
}
