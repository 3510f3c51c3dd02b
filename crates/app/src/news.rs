//! News: the secretariat writes and publishes stories as translation sets.

use crate::{App, Error, Result, SignedIn, authorize};
use domain::{Action, Article, MediaName, Problem};

/// What is wrong with a story beside its own validation: a field's name
/// and the message shown beside it.
pub type Problems = Vec<(&'static str, Problem)>;

/// Publishes `article` (new, or a new version of a published one) if what
/// it refers to exists: the records it mentions, its author's record, its
/// cover image. Answers the problems found, empty when it was published.
pub async fn publish(
    app: &App,
    who: Option<&SignedIn>,
    article: &Article,
    is_new: bool,
) -> Result<Problems> {
    let me = authorize(who, Action::PublishNews)?;
    let mut problems = Problems::new();
    if is_new && app.store().article(&article.id).await?.is_some() {
        problems.push(("id", Problem::StoryAddressTaken));
    }
    let ids: Vec<String> = article
        .mentions
        .iter()
        .chain(article.author.person.iter())
        .map(|m| m.as_str().to_owned())
        .collect();
    let found = app.store().get_many(&ids).await?;
    for id in &ids {
        if !found.contains_key(id) {
            problems.push(("mentions", Problem::NoSuchRecord { id: id.clone() }));
        }
    }
    if let Some(cover) = &article.cover
        && app.store().media(cover).await?.is_none()
    {
        problems.push(("cover", Problem::NoSuchImage));
    }
    if problems.is_empty() {
        app.store()
            .publish_article(article, me.actorship(), app.now())
            .await?;
    }
    Ok(problems)
}

/// What a name the editor typed for a record stands for.
#[derive(Debug, Clone, PartialEq)]
pub enum Lookup {
    /// The one record with this id, or the one record with exactly this name.
    Found(String),
    /// Several records are named so: their ids and names, to choose from.
    Ambiguous(Vec<(String, String)>),
    NotFound,
}

/// Records the editor may pick by name: at most this many hits a search.
pub const RECORD_CHOICES: usize = 12;

/// The record `text` names: a record id, else the record whose name (in
/// any script) is exactly `text`, of `kind` when given.
pub async fn find_record(app: &App, text: &str, kind: Option<search::Kind>) -> Result<Lookup> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(Lookup::NotFound);
    }
    if let Ok(id) = domain::EntityId::parse(text)
        && let Some(record) = app.store().get(&id).await?
        && kind.is_none_or(|k| k.as_str() == record.kind.as_str())
    {
        return Ok(Lookup::Found(id.to_string()));
    }
    let wanted = names::fold(text);
    let same_name: Vec<(String, String)> = search_records(app, text, kind)
        .into_iter()
        .filter(|hit| names::fold(&hit.name) == wanted)
        .map(|hit| (hit.id, hit.name))
        .collect();
    Ok(match same_name.len() {
        0 => Lookup::NotFound,
        1 => same_name
            .into_iter()
            .next()
            .map(|(id, _)| Lookup::Found(id))
            .unwrap_or(Lookup::NotFound),
        _ => Lookup::Ambiguous(same_name),
    })
}

/// The records whose names match `text` (across scripts and spellings),
/// best first, for an editor choosing what a story mentions.
pub fn search_records(app: &App, text: &str, kind: Option<search::Kind>) -> Vec<search::Hit> {
    let text: String = text
        .chars()
        .take(crate::directory::MAX_QUERY_CHARS)
        .collect();
    if text.trim().is_empty() {
        return Vec::new();
    }
    app.read()
        .index
        .search(&search::Query {
            text,
            kind,
            limit: RECORD_CHOICES,
            ..search::Query::default()
        })
        .hits
        .into_iter()
        .filter(|hit| hit.match_kind != search::MatchKind::Partial)
        .collect()
}

/// The images of the media store a story may take as its cover, the latest first.
pub async fn images(app: &App, who: Option<&SignedIn>) -> Result<Vec<MediaName>> {
    authorize(who, Action::PublishNews)?;
    Ok(app.store().media_names().await?)
}

/// Stores an uploaded image under a name made from its file name
/// (`Forum Baku.PNG` → `forum-baku.png`, `forum-baku-2.png` when taken by
/// another image), once its bytes are what its extension says. Answers the
/// name to refer to it by.
pub async fn upload_image(
    app: &App,
    who: Option<&SignedIn>,
    file_name: &str,
    bytes: &[u8],
) -> Result<MediaName> {
    authorize(who, Action::PublishNews)?;
    let invalid = |message: String| Error::invalid("invalid_image", message);
    if bytes.len() > store::MAX_MEDIA_BYTES {
        return Err(invalid(format!(
            "the image is larger than {} MB",
            store::MAX_MEDIA_BYTES / (1024 * 1024)
        )));
    }
    let (stem, extension) = media_stem_and_extension(file_name);
    let first =
        MediaName::parse(&format!("{stem}.{extension}")).map_err(|e| invalid(e.to_string()))?;
    if !looks_like(first.content_type(), bytes) {
        return Err(invalid(format!(
            "the file is not a {} image",
            extension.to_uppercase()
        )));
    }
    let mut name = first;
    for n in 2.. {
        match app.store().media(&name).await? {
            Some((_, existing)) if existing != bytes => {
                name = MediaName::parse(&format!("{stem}-{n}.{extension}"))
                    .map_err(|e| invalid(e.to_string()))?;
            }
            _ => break,
        }
    }
    app.store().put_media(&name, bytes).await?;
    Ok(name)
}

/// A file name's stem as a media name allows it (lowercase ASCII letters,
/// digits, `-`; `image` when nothing is left) and its lowercased extension.
fn media_stem_and_extension(file_name: &str) -> (String, String) {
    // Browsers on some systems send the whole path.
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    let (stem, extension) = base.rsplit_once('.').unwrap_or((base, ""));
    let mut clean = String::new();
    for c in stem.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            clean.push(c);
        } else if !clean.ends_with('-') {
            clean.push('-');
        }
    }
    let mut clean: String = clean.trim_matches('-').chars().take(60).collect();
    if clean.is_empty() {
        clean = "image".to_owned();
    }
    (clean, extension.to_ascii_lowercase())
}

/// Whether `bytes` begin as a file of this MIME type does (an SVG must
/// also carry no script).
fn looks_like(content_type: &str, bytes: &[u8]) -> bool {
    match content_type {
        "image/png" => bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
        "image/jpeg" => bytes.starts_with(&[0xFF, 0xD8, 0xFF]),
        "image/webp" => bytes.len() > 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP",
        "image/svg+xml" => std::str::from_utf8(bytes).is_ok_and(|text| {
            let lower = text.to_ascii_lowercase();
            lower.contains("<svg")
                && !lower.contains("<script")
                && !lower.contains("javascript:")
                && !lower.contains("<foreignobject")
                && !has_event_handler(&lower)
        }),
        _ => false,
    }
}

/// Whether markup (lowercased) has an event-handler attribute (`onload=`).
fn has_event_handler(markup: &str) -> bool {
    let bytes = markup.as_bytes();
    markup.match_indices("on").any(|(at, _)| {
        let after_space = at > 0 && bytes[at - 1].is_ascii_whitespace();
        let rest = &bytes[at + 2..];
        let letters = rest.iter().take_while(|b| b.is_ascii_lowercase()).count();
        let after = rest[letters..].iter().find(|b| !b.is_ascii_whitespace());
        after_space && letters > 0 && after == Some(&b'=')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_become_media_names() {
        assert_eq!(
            media_stem_and_extension("Forum Baku.PNG"),
            ("forum-baku".to_owned(), "png".to_owned())
        );
        assert_eq!(
            media_stem_and_extension("C:\\Users\\x\\Форум 2025.jpg"),
            ("2025".to_owned(), "jpg".to_owned())
        );
        assert_eq!(
            media_stem_and_extension("Форум.svg"),
            ("image".to_owned(), "svg".to_owned())
        );
    }

    #[test]
    fn images_must_be_what_their_extension_says() {
        assert!(looks_like("image/png", b"\x89PNG\r\n\x1a\n...."));
        assert!(!looks_like("image/png", b"GIF89a"));
        assert!(looks_like("image/svg+xml", b"<svg xmlns='x'/>"));
        assert!(!looks_like(
            "image/svg+xml",
            b"<svg><script>alert(1)</script></svg>"
        ));
        assert!(!looks_like(
            "image/svg+xml",
            b"<svg onload=\"javascript:x\"/>"
        ));
        assert!(!looks_like(
            "image/svg+xml",
            b"<svg onload = \"alert(1)\"/>"
        ));
        assert!(looks_like(
            "image/svg+xml",
            b"<svg><text>Solidarity forum on stage</text></svg>"
        ));
        assert!(looks_like("image/webp", b"RIFF\0\0\0\0WEBPVP8 "));
    }
}
