//! The pages a public platform owes its visitors: who runs it (`/about`),
//! how to reach them (`/contact`), the privacy notice (`/privacy`), the
//! terms of use (`/terms`) and the accessibility statement
//! (`/accessibility`). Their text is in `locales/<lang>/about.ftl`; the
//! contact address is the deployment's ([`crate::WebConfig::contact_email`]).

use crate::http::views::Chrome;
use crate::{AppError, AppState};
use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;

type Page = Result<Response, AppError>;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/about", get(about))
        .route("/contact", get(contact))
        .route("/privacy", get(privacy))
        .route("/terms", get(terms))
        .route("/accessibility", get(accessibility))
}

/// What every page here shows: the chrome, and the address to write to.
struct Common {
    chrome: Chrome,
    email: String,
}

impl Common {
    /// The chrome with the page's lead as its meta description.
    fn new(state: &AppState, chrome: Chrome, lead_key: &str) -> Self {
        let chrome = chrome.clone().describe(&chrome.t(lead_key));
        Self {
            chrome,
            email: state.config().contact_email.clone(),
        }
    }

    /// `key`'s text with the contact address in it.
    fn with_email(&self, key: &str) -> String {
        self.chrome.t1(key, "email", &self.email)
    }
}

fn render(t: impl Template) -> Page {
    Ok(Html(t.render()?).into_response())
}

#[derive(Template)]
#[template(path = "about/about.html")]
struct AboutPage {
    chrome: Chrome,
}

async fn about(State(state): State<AppState>, chrome: Chrome) -> Page {
    let Common { chrome, .. } = Common::new(&state, chrome, "about-lead");
    render(AboutPage { chrome })
}

#[derive(Template)]
#[template(path = "about/contact.html")]
struct ContactPage {
    chrome: Chrome,
    email: String,
}

async fn contact(State(state): State<AppState>, chrome: Chrome) -> Page {
    let Common { chrome, email } = Common::new(&state, chrome, "contact-lead");
    render(ContactPage { chrome, email })
}

#[derive(Template)]
#[template(path = "about/privacy.html")]
struct PrivacyPage {
    chrome: Chrome,
    email: String,
    controller: String,
    rights: String,
}

async fn privacy(State(state): State<AppState>, chrome: Chrome) -> Page {
    let common = Common::new(&state, chrome, "privacy-lead");
    render(PrivacyPage {
        controller: common.with_email("privacy-controller-text"),
        rights: common.with_email("privacy-rights-text"),
        chrome: common.chrome,
        email: common.email,
    })
}

#[derive(Template)]
#[template(path = "about/terms.html")]
struct TermsPage {
    chrome: Chrome,
}

async fn terms(State(state): State<AppState>, chrome: Chrome) -> Page {
    let Common { chrome, .. } = Common::new(&state, chrome, "terms-lead");
    render(TermsPage { chrome })
}

#[derive(Template)]
#[template(path = "about/accessibility.html")]
struct AccessibilityPage {
    chrome: Chrome,
    email: String,
    report: String,
}

async fn accessibility(State(state): State<AppState>, chrome: Chrome) -> Page {
    let common = Common::new(&state, chrome, "a11y-lead");
    render(AccessibilityPage {
        report: common.with_email("a11y-report-text"),
        chrome: common.chrome,
        email: common.email,
    })
}
