//! Cards several features show: a story in a list (the home page, `/news`,
//! a record's "In the news"), and the links and labels they carry.

use crate::http::i18n::fallback_chain;
use crate::http::views::Chrome;
use domain::{Article, ArticleId, Category, MediaName, Tag, Translation};

/// The interface-string key of a news category.
pub fn category_key(c: Category) -> &'static str {
    match c {
        Category::Forum => "news-category-forum",
        Category::Network => "news-category-network",
        Category::Members => "news-category-members",
        Category::Announcements => "news-category-announcements",
    }
}

/// A tag as readers see it: an area of cooperation's label when the tag is
/// one (`youth` → "Gənclər"), else the tag itself.
pub fn tag_label(tag: &Tag, chrome: &Chrome) -> String {
    match domain::AreaSlug::parse(tag.as_str()) {
        Ok(area) => chrome.t(&format!("area-{area}")),
        Err(_) => format!("#{tag}"),
    }
}

pub fn article_url(id: &ArticleId) -> String {
    format!("/news/{id}")
}

pub fn media_url(name: &MediaName) -> String {
    format!("/media/{name}")
}

/// The translation of `a` a reader of `lang` gets: theirs, else the
/// nearest along the interface's fallback chain (kk → ru → en …), else the
/// original. Pages, cards and feeds all choose through here, so a story
/// listed on `/hu/news` is in `/hu/news.atom`, in the same language.
pub fn shown_translation<'a>(a: &'a Article, lang: &str) -> &'a Translation {
    a.best_translation(fallback_chain(lang))
}

/// "Not available in X; shown in Y", or empty when the story is in the
/// reader's language.
pub fn fallback_note(shown: &Translation, chrome: &Chrome) -> String {
    if shown.lang == chrome.lang {
        return String::new();
    }
    chrome.t2(
        "news-fallback-note",
        ("language", &chrome.t(&format!("language-{}", chrome.lang))),
        ("shown", &chrome.t(&format!("language-{}", shown.lang))),
    )
}

/// A story in a list: the home page, `/news`, a record's "In the news".
pub struct NewsItem {
    pub url: String,
    pub title: String,
    pub summary: String,
    /// The language of the translation shown.
    pub lang: &'static str,
    pub date: String,
    pub datetime: String,
    pub category_key: &'static str,
    pub category_url: String,
    pub cover_url: String,
    /// Empty when the story is in the reader's language.
    pub note: String,
}

impl NewsItem {
    pub fn new(a: &Article, chrome: &Chrome) -> Self {
        let t = shown_translation(a, chrome.lang);
        Self {
            url: chrome.href(&article_url(&a.id)),
            title: t.title.clone(),
            summary: t.summary.clone(),
            lang: t.lang,
            date: chrome.date(&a.published.date()),
            datetime: a.published.rfc3339(),
            category_key: category_key(a.category),
            category_url: chrome.href(&format!("/news?category={}", a.category)),
            cover_url: a.cover.as_ref().map(media_url).unwrap_or_default(),
            note: fallback_note(t, chrome),
        }
    }

    pub fn list(articles: &[Article], chrome: &Chrome) -> Vec<Self> {
        articles.iter().map(|a| Self::new(a, chrome)).collect()
    }
}
