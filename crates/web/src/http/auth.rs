//! Who is asking: sessions (cookie → database), API access tokens (Bearer),
//! CSRF protection for forms, passwords, rate limits.
//!
//! Secrets are random 32-byte tokens shown to their owner once; the database
//! keeps their SHA-256. Passwords are Argon2id with OWASP's parameters
//! (19 MiB, 2 passes, 1 lane), hashed off the async threads.

use crate::{AppError, AppState};
pub use app::SignedIn;
pub use app::secrets::{hex, random_token, token_hash};
use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use domain::{Action, Actor, Role};
use hmac::{KeyInit, Mac};
use sha2::Sha256;
use std::net::SocketAddr;
use subtle::ConstantTimeEq;

/// Equal strings, in time that does not depend on where they differ.
pub fn constant_time_eq(a: &str, b: &str) -> bool {
    a.as_bytes().ct_eq(b.as_bytes()).into()
}

// ---- cookies ----

/// How cookies are named and flagged. Behind TLS they get `Secure` and the
/// `__Host-` prefix (host-only, path `/`, cannot be set by a sibling domain).
#[derive(Debug, Clone, Copy)]
pub struct CookiePolicy {
    pub secure: bool,
}

impl CookiePolicy {
    pub fn session_name(self) -> &'static str {
        if self.secure {
            "__Host-birlik_session"
        } else {
            "birlik_session"
        }
    }

    pub fn csrf_name(self) -> &'static str {
        if self.secure {
            "__Host-birlik_csrf"
        } else {
            "birlik_csrf"
        }
    }

    /// Marks a browser that has signed in to an account before: the
    /// per-account sign-in limit does not hold it back (see `login`).
    pub fn device_name(self) -> &'static str {
        if self.secure {
            "__Host-birlik_device"
        } else {
            "birlik_device"
        }
    }

    pub fn set_device(self, value: &str) -> HeaderValue {
        self.cookie(self.device_name(), value, 400 * 24 * 3600)
    }

    fn cookie(self, name: &str, value: &str, max_age: i64) -> HeaderValue {
        let secure = if self.secure { "; Secure" } else { "" };
        let text =
            format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}");
        // Names and values are ASCII we made ourselves.
        HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static("invalid=1"))
    }

    pub fn set_session(self, token: &str) -> HeaderValue {
        self.cookie(self.session_name(), token, store::SESSION_MAX_SECS)
    }

    pub fn clear_session(self) -> HeaderValue {
        self.cookie(self.session_name(), "", 0)
    }

    fn set_csrf(self, value: &str) -> HeaderValue {
        self.cookie(self.csrf_name(), value, 7 * 24 * 3600)
    }
}

/// The value of cookie `name`, if the request carries it.
fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// A known-device mark for `account_id`: a random nonce and its MAC, so
/// the server can check it without storing it.
pub(crate) fn device_mark(key: &[u8], account_id: i64) -> String {
    let nonce = &random_token()[..32];
    format!(
        "{nonce}.{}",
        csrf_token(key, &format!("device:{account_id}:{nonce}"))
    )
}

/// Whether the request carries a device mark made for `account_id`.
pub(crate) fn is_known_device(
    key: &[u8],
    policy: CookiePolicy,
    headers: &HeaderMap,
    account_id: i64,
) -> bool {
    cookie(headers, policy.device_name())
        .and_then(|v| v.split_once('.'))
        .is_some_and(|(nonce, mac)| {
            nonce.len() == 32
                && constant_time_eq(
                    mac,
                    &csrf_token(key, &format!("device:{account_id}:{nonce}")),
                )
        })
}

fn looks_like_token(value: &str) -> bool {
    value.len() == 64 && value.bytes().all(|b| b.is_ascii_hexdigit())
}

// ---- the signed-in account ----

/// The viewer of a page: maybe signed in. Always extractable.
#[derive(Debug, Clone, Default)]
pub struct Viewer(pub Option<SignedIn>);

impl Viewer {
    pub fn actor(&self) -> Option<&Actor> {
        self.0.as_ref().map(|s| &s.actor)
    }

    /// Asks the permission rules; the one call every write makes.
    pub fn authorize(&self, action: Action<'_>) -> Result<&SignedIn, AppError> {
        domain::authorize(self.actor(), action)?;
        self.0
            .as_ref()
            .ok_or_else(|| AppError::Unauthorized("Sign in first.".into()))
    }

    /// The signed-in account, or 401 (pages turn it into the sign-in form).
    pub fn require(&self) -> Result<&SignedIn, AppError> {
        self.0
            .as_ref()
            .ok_or_else(|| AppError::Unauthorized("Sign in first.".into()))
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Viewer {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(parts
            .extensions
            .get::<Viewer>()
            .cloned()
            .unwrap_or_default())
    }
}

/// The CSRF token of this request's forms, and the cookie it needs if the
/// visitor had none yet.
#[derive(Debug, Clone, Default)]
pub struct Csrf {
    pub token: String,
    new_cookie: Option<HeaderValue>,
}

impl Csrf {
    /// Checks a submitted form's token.
    pub fn verify(&self, submitted: &str) -> Result<(), AppError> {
        if !self.token.is_empty() && constant_time_eq(&self.token, submitted) {
            Ok(())
        } else {
            Err(AppError::Forbidden(
                "This form has expired or did not come from this site. Reload the page and try again."
                    .into(),
            ))
        }
    }

    /// Adds the anonymous CSRF cookie to a response that shows a form. Its
    /// token is bound to this visitor's cookie (and the page may carry a
    /// secret from its address), so no cache keeps it for someone else.
    pub fn attach(&self, mut response: Response) -> Response {
        if let Some(cookie) = &self.new_cookie {
            response
                .headers_mut()
                .append(header::SET_COOKIE, cookie.clone());
        }
        keep_private(&mut response);
        response
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Csrf {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(parts.extensions.get::<Csrf>().cloned().unwrap_or_default())
    }
}

/// The client's address: the socket peer, or with `--trust-forwarded-for`
/// the address the (trusted) reverse proxy appended last.
#[derive(Debug, Clone)]
pub struct ClientIp(pub String);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        if state.config().trust_forwarded_for
            && let Some(last) = parts
                .headers
                .get("x-forwarded-for")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.rsplit(',').next())
        {
            return Ok(Self(last.trim().to_owned()));
        }
        let peer = parts
            .extensions
            .get::<axum::extract::ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip().to_string())
            .unwrap_or_else(|| "local".into());
        Ok(Self(peer))
    }
}

fn is_unsafe(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Whether a state-changing request comes from our own pages: browsers say
/// so in `Sec-Fetch-Site`; older ones send `Origin`, which must be this host.
fn same_origin(headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return matches!(site, "same-origin" | "none");
    }
    match headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        None => true,
        Some(origin) => {
            let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
            let origin_host = origin.split_once("://").map(|(_, h)| h);
            host.is_some() && origin_host == host
        }
    }
}

/// Resolves the session, prepares the CSRF token, and refuses cross-site
/// form posts. API requests authenticate with tokens instead (no cookies).
pub async fn authenticate(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let is_api = request.uri().path().starts_with("/api/");
    let policy = state.config().cookies;
    let now = state.now();
    let mut viewer = Viewer(None);
    let mut seed = None;
    if !is_api
        && let Some(token) =
            cookie(request.headers(), policy.session_name()).filter(|t| looks_like_token(t))
    {
        let hash = token_hash(token);
        match state.store().session_account(&hash, now).await {
            Ok(Some(account)) => match state.store().roles_of(account.id).await {
                Ok(roles) => {
                    seed = Some(format!("session:{token}"));
                    let actor = Actor {
                        account_id: account.id,
                        roles,
                    };
                    viewer = Viewer(Some(SignedIn::new(account, actor, hash)));
                }
                Err(e) => return AppError::from(e).into_response(),
            },
            Ok(None) => {}
            Err(e) => return AppError::from(e).into_response(),
        }
    }
    let mut new_cookie = None;
    let seed = seed.unwrap_or_else(|| {
        match cookie(request.headers(), policy.csrf_name()).filter(|t| looks_like_token(t)) {
            Some(anon) => format!("anonymous:{anon}"),
            None => {
                let fresh = random_token();
                new_cookie = Some(policy.set_csrf(&fresh));
                format!("anonymous:{fresh}")
            }
        }
    });
    // What is shown to a signed-in visitor depends on who they are (their
    // name in the header, their roles, their forms' tokens), and so does
    // every answer to an API token: a rule by path would miss the next page
    // that shows something personal, so the rule is by who asks. Answers
    // setting a cookie are personal too.
    let personal = viewer.0.is_some() || request.headers().contains_key(header::AUTHORIZATION);
    let mut response = if is_unsafe(request.method()) && !is_api && !same_origin(request.headers())
    {
        AppError::Forbidden("Cross-site form submissions are refused.".into()).into_response()
    } else {
        let csrf = Csrf {
            token: state.csrf_token(&seed),
            new_cookie,
        };
        request.extensions_mut().insert(viewer);
        request.extensions_mut().insert(csrf);
        next.run(request).await
    };
    if personal || response.headers().contains_key(header::SET_COOKIE) {
        keep_private(&mut response);
    }
    response
}

/// Keeps a response out of every cache, unless its handler declared it the
/// same for everyone (`public`: the stylesheet, media, the feed).
fn keep_private(response: &mut Response) {
    let public = response
        .headers()
        .get(header::CACHE_CONTROL)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("public"));
    if !public {
        response.headers_mut().insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-store"),
        );
    }
}

/// An HMAC of the seed under the deployment's key: forms carry it, and only
/// a page of ours (which knows the cookie behind the seed) can produce it.
pub fn csrf_token(key: &[u8], seed: &str) -> String {
    let Ok(mut mac) = hmac::Hmac::<Sha256>::new_from_slice(key) else {
        return String::new();
    };
    mac.update(seed.as_bytes());
    hex(&mac.finalize().into_bytes())
}

// ---- API callers ----

/// The account behind an API request's `Authorization: Bearer bk_<id>_<secret>`.
#[derive(Debug, Clone)]
pub struct ApiCaller(pub Option<SignedIn>);

impl ApiCaller {
    pub fn authorize(&self, action: Action<'_>) -> Result<&SignedIn, AppError> {
        match domain::authorize(self.0.as_ref().map(|s| &s.actor), action) {
            Err(domain::Denied::SignInRequired) => Err(AppError::Unauthorized(
                "Send a personal access token: Authorization: Bearer bk_…".into(),
            )),
            Err(other) => Err(other.into()),
            Ok(()) => self
                .0
                .as_ref()
                .ok_or_else(|| AppError::Unauthorized("Send a personal access token.".into())),
        }
    }
}

/// Splits `bk_<id>_<secret>`.
pub fn parse_access_token(raw: &str) -> Option<(&str, &str)> {
    let rest = raw.strip_prefix("bk_")?;
    let (id, secret) = rest.split_once('_')?;
    (id.len() == 16 && looks_like_token(secret)).then_some((id, secret))
}

impl FromRequestParts<AppState> for ApiCaller {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let Some(value) = parts.headers.get(header::AUTHORIZATION) else {
            return Ok(Self(None));
        };
        let invalid = || {
            AppError::Unauthorized(
                "The access token is not valid (revoked, mistyped or unknown).".into(),
            )
        };
        let raw = value
            .to_str()
            .ok()
            .and_then(|v| v.strip_prefix("Bearer "))
            .ok_or_else(invalid)?;
        let (id, secret) = parse_access_token(raw.trim()).ok_or_else(invalid)?;
        let now = state.now();
        let Some((account_id, secret_hash)) = state.store().access_token(id, now).await? else {
            return Err(invalid());
        };
        if !constant_time_eq(&secret_hash, &token_hash(secret)) {
            return Err(invalid());
        }
        let account = state
            .store()
            .account(account_id)
            .await?
            .ok_or_else(invalid)?;
        let roles: Vec<Role> = state.store().roles_of(account_id).await?;
        Ok(Self(Some(SignedIn::new(
            account,
            Actor { account_id, roles },
            String::new(),
        ))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_hex_and_hash_stably() {
        let a = random_token();
        assert!(looks_like_token(&a));
        assert_ne!(a, random_token());
        assert_eq!(
            token_hash("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn csrf_tokens_depend_on_key_and_seed() {
        let t = csrf_token(b"k1", "session:x");
        assert_eq!(t.len(), 64);
        assert_ne!(t, csrf_token(b"k2", "session:x"));
        assert_ne!(t, csrf_token(b"k1", "session:y"));
        assert_eq!(t, csrf_token(b"k1", "session:x"));
    }

    #[test]
    fn access_tokens_parse_only_in_their_shape() {
        let secret = "a".repeat(64);
        let raw = format!("bk_0123456789abcdef_{secret}");
        assert_eq!(
            parse_access_token(&raw),
            Some(("0123456789abcdef", secret.as_str()))
        );
        assert_eq!(parse_access_token("bk_short_x"), None);
        assert_eq!(parse_access_token(&secret), None);
    }

    #[test]
    fn origin_checks() {
        let mut h = HeaderMap::new();
        assert!(
            same_origin(&h),
            "no header: old client, the token still decides"
        );
        h.insert("sec-fetch-site", HeaderValue::from_static("cross-site"));
        assert!(!same_origin(&h));
        h.insert("sec-fetch-site", HeaderValue::from_static("same-origin"));
        assert!(same_origin(&h));
        let mut h = HeaderMap::new();
        h.insert(header::HOST, HeaderValue::from_static("birlik.example"));
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("https://evil.example"),
        );
        assert!(!same_origin(&h));
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("https://birlik.example"),
        );
        assert!(same_origin(&h));
    }
}
