//! Atom feeds (RFC 4287) of the news, one per language: `/{lang}/news.atom`
//! holds the stories `/{lang}/news` lists, each in the translation that page
//! shows (the reader's language, else the nearest along the fallback chain,
//! else the original: `cards::shown_translation`), with `xml:lang` on its
//! text and a note, in the reader's language, when it is in another.
//!
//! The bare `/news.atom` answers like every bare address: in the language
//! Accept-Language picks (English without one), with `Vary:
//! Accept-Language`; its `rel="self"` link names the language's own
//! address, so a feed reader keeps a stable one.

use crate::http::cards::{article_url, category_key, fallback_note, shown_translation, tag_label};
use crate::http::i18n::{fallback_chain, message};
use crate::http::views::Chrome;
use crate::http::views::origin;
use crate::{AppError, AppState};
use atom_syndication::{
    Category, Content, Entry, Feed, FixedDateTime, Generator, Link, Person, Text,
};
use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use domain::{Article, Timestamp};
use store::NewsFilter;

/// Stories in a feed.
const FEED_SIZE: u32 = 50;

pub fn routes() -> Router<AppState> {
    Router::new().route("/news.atom", get(feed))
}

fn atom_time(t: Timestamp) -> FixedDateTime {
    FixedDateTime::parse_from_rfc3339(&t.rfc3339()).unwrap_or_default()
}

/// HTML-escapes text for an Atom `type="html"` element (the XML writer
/// then escapes the result once more, as RFC 4287 wants).
fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The authority of `tag:` ids: the site's host name without its port.
fn tag_authority(origin: &str) -> String {
    let host = origin.split("://").nth(1).unwrap_or(origin);
    let host = host.rsplit_once(':').map_or(host, |(h, _)| h);
    if !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
    {
        host.to_ascii_lowercase()
    } else {
        "localhost".to_owned()
    }
}

/// The entry id of a story in one language: a `tag:` URI (RFC 4151) that
/// stays the same however often the story is edited.
fn entry_id(authority: &str, a: &Article, lang: &str) -> String {
    format!(
        "tag:{authority},{}:news/{}/{lang}",
        a.published.date(),
        a.id
    )
}

async fn feed(
    State(state): State<AppState>,
    chrome: Chrome,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let lang = chrome.lang;
    let origin = origin(&headers);
    let authority = tag_authority(&origin);
    // The page's stories, not only those translated into `lang`.
    let articles = state
        .store()
        .news(&NewsFilter::default(), None, FEED_SIZE)
        .await?;
    let site = state
        .store()
        .network()
        .await?
        .map(|n| n.name_in(fallback_chain(lang)).to_owned())
        .unwrap_or_else(|| chrome.t("site-name"));
    let self_url = format!("{origin}/{lang}/news.atom");
    let link = |href: String, rel: &str, mime: &str, hreflang: Option<&str>| Link {
        href,
        rel: rel.to_owned(),
        mime_type: Some(mime.to_owned()),
        hreflang: hreflang.map(str::to_owned),
        ..Link::default()
    };
    let entries: Vec<Entry> = articles
        .iter()
        .map(|a| {
            let t = shown_translation(a, lang);
            let page = |l: &str| format!("{origin}/{l}{}", article_url(&a.id));
            // One alternate per translation (hreflang names the text's
            // language, never twice): the one shown first, on the story's
            // page in the reader's interface, then each other's own page.
            let mut links = vec![link(page(lang), "alternate", "text/html", Some(t.lang))];
            links.extend(
                a.translations
                    .iter()
                    .filter(|x| x.lang != t.lang)
                    .map(|x| link(page(x.lang), "alternate", "text/html", Some(x.lang))),
            );
            if let Some(cover) = &a.cover {
                links.push(link(
                    format!("{origin}/media/{cover}"),
                    "enclosure",
                    cover.content_type(),
                    None,
                ));
            }
            let mut categories = vec![Category {
                term: a.category.as_str().to_owned(),
                scheme: Some(format!("{origin}/{lang}/news?category=")),
                label: Some(message(lang, category_key(a.category), &[])),
            }];
            categories.extend(a.tags.iter().map(|tag| Category {
                term: tag.to_string(),
                scheme: Some(format!("{origin}/{lang}/news?tag=")),
                label: Some(tag_label(tag, &chrome)),
            }));
            // "No Hungarian translation yet; shown in Azerbaijani", in the
            // reader's language, above the text.
            let note = fallback_note(t, &chrome);
            let mut html = if note.is_empty() {
                String::new()
            } else {
                format!("<p lang=\"{lang}\"><em>{}</em></p>", escape_html(&note))
            };
            html.extend(t.body.iter().map(|p| format!("<p>{}</p>", escape_html(p))));
            let in_shown = |text: &str| Text {
                lang: Some(t.lang.to_owned()),
                ..Text::plain(text)
            };
            Entry {
                title: in_shown(&t.title),
                // The translation's id: the same entry in every feed that
                // carries this translation.
                id: entry_id(&authority, a, t.lang),
                updated: atom_time(a.updated),
                published: Some(atom_time(a.published)),
                authors: vec![Person {
                    name: a.author.name.clone(),
                    uri: a.author.person.as_ref().map(|p| {
                        format!(
                            "{origin}/{lang}/people/{}",
                            crate::http::params::encode(p.as_str())
                        )
                    }),
                    ..Person::default()
                }],
                categories,
                links,
                summary: (!t.summary.is_empty()).then(|| in_shown(&t.summary)),
                content: (!html.is_empty()).then(|| Content {
                    content_type: Some("html".to_owned()),
                    value: Some(html),
                    lang: Some(t.lang.to_owned()),
                    ..Content::default()
                }),
                ..Entry::default()
            }
        })
        .collect();
    let updated = articles
        .iter()
        .map(|a| a.updated)
        .max()
        .map(atom_time)
        .unwrap_or_else(|| {
            Timestamp::from_unix(state.now())
                .map(atom_time)
                .unwrap_or_default()
        });
    let feed = Feed {
        title: Text::plain(format!("{site} · {}", chrome.t("news-heading"))),
        id: self_url.clone(),
        updated,
        authors: vec![Person {
            name: site,
            uri: Some(format!("{origin}/{lang}/")),
            ..Person::default()
        }],
        links: vec![
            link(self_url, "self", "application/atom+xml", None),
            link(
                format!("{origin}/{lang}/news"),
                "alternate",
                "text/html",
                Some(lang),
            ),
        ],
        generator: Some(Generator {
            value: "Birlik".to_owned(),
            uri: None,
            version: Some(env!("CARGO_PKG_VERSION").to_owned()),
        }),
        lang: Some(lang.to_owned()),
        entries,
        ..Feed::default()
    };
    let xml = feed
        .write_to(Vec::new())
        .map_err(|e| AppError::Internal(format!("atom feed: {e}")))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/atom+xml; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        xml,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tag_ids_use_the_host_without_port() {
        assert_eq!(tag_authority("http://ngo.example.org"), "ngo.example.org");
        assert_eq!(
            tag_authority("https://Birlik.example:8443"),
            "birlik.example"
        );
        assert_eq!(tag_authority("http://[::1]:8080"), "localhost");
    }

    #[test]
    fn html_content_is_escaped() {
        assert_eq!(
            escape_html("<script>a & \"b\"</script>"),
            "&lt;script&gt;a &amp; &quot;b&quot;&lt;/script&gt;"
        );
    }
}
