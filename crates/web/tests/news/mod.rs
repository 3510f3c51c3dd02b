//! News over HTTP: lists in the reader's language, story pages, Atom feeds,
//! JSON-LD, the news API, sitemaps and escaping (part of the HTTP test binary).

use super::{RECORDS, Reply, TestApp, assert_api_error};
use axum::http::{StatusCode, header};
use domain::{Article, MediaName, Record, Timestamp};

const XSS: &str = "<script>alert(1)</script> & \"q\" 'x' </title>]]>";

fn story(value: serde_json::Value) -> Article {
    Article::from_json(&value.to_string()).unwrap_or_else(|e| panic!("{value}: {e}"))
}

fn stories() -> Vec<Article> {
    use serde_json::json;
    let mut out = vec![
        story(json!({
            "id": "forum-opens", "category": "forum", "tags": ["solidarity-forum", "youth"],
            "published": "2025-11-24T11:00:00+04:00", "updated": "2025-11-24T15:30:00+04:00",
            "author": {"name": "Hikmət Hacıyev", "person": "p-17"},
            "cover": "forum.svg", "mentions": ["venue-gulustan", "az-1", "not-imported-yet"],
            "translations": [
                {"lang": "az", "original": true, "title": "Həmrəylik Forumu Bakıda açıldı",
                 "summary": "Gülüstan Sarayında 500-dən çox iştirakçı.", "body": ["Birinci abzas.", "İkinci abzas."],
                 "cover_alt": "Forumun zalı"},
                {"lang": "ru", "title": "В Баку открылся Форум солидарности",
                 "summary": "Более 500 участников во Дворце Гюлистан.", "body": ["Первый абзац."],
                 "cover_alt": "Зал форума"},
                {"lang": "en", "title": "Solidarity Forum opens in Baku",
                 "summary": "More than 500 participants at the Gulustan Palace.", "body": ["First paragraph.", "Second paragraph."],
                 "cover_alt": "The forum's hall"},
            ],
        })),
        story(json!({
            "id": "almaty-youth", "category": "members", "tags": ["youth"],
            "published": "2025-11-23T09:00:00Z", "author": {"name": "Aruzhan Omarova"},
            "mentions": ["kz-1"],
            "translations": [
                {"lang": "kk", "original": true, "title": "Алматы жастары форумға дайындалуда",
                 "summary": "Жастар одағы Бакуге делегация жібереді."},
                {"lang": "ru", "title": "Молодёжь Алматы готовится к форуму"},
            ],
        })),
        story(json!({
            "id": "xss-story", "category": "announcements", "tags": ["escaping"],
            "published": "2025-11-20T09:00:00Z", "author": {"name": XSS},
            "cover": "forum.svg", "mentions": ["xss"],
            "translations": [
                {"lang": "en", "original": true, "title": XSS, "summary": XSS, "body": [XSS, XSS],
                 "cover_alt": XSS},
            ],
        })),
    ];
    // Older English-only stories, so /news has a second page.
    for i in 0..11 {
        out.push(story(json!({
            "id": format!("filler-{i:02}"), "category": "network",
            "published": format!("2025-10-{:02}T09:00:00Z", i + 1), "author": {"name": "Desk"},
            "translations": [{"lang": "en", "title": format!("Filler story {i:02}")}],
        })));
    }
    out
}

/// The HTTP test app with the news above (and a cover image).
async fn news_app(postgres: bool) -> Option<TestApp> {
    let (store, dir) = super::fresh_store(postgres).await?;
    let records: Vec<Record> = RECORDS
        .iter()
        .map(|l| Record::from_json(l).unwrap())
        .collect();
    for a in stories() {
        store.save_article(&a).await.unwrap();
    }
    store
        .put_media(
            &MediaName::parse("forum.svg").unwrap(),
            b"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 16 9\"/>",
        )
        .await
        .unwrap();
    Some(super::app_over(store, dir, &records).await)
}

store::on_both_backends!(fixture = news_app:
    news_lists_speak_the_reader_s_language_with_fallback_notes,
    news_lists_filter_and_page,
    story_pages_carry_hreflang_links_and_details,
    story_pages_carry_news_article_json_ld,
    atom_feeds_are_valid_rfc_4287,
    the_bare_feed_follows_accept_language,
    record_pages_list_the_stories_that_mention_them,
    home_page_shows_the_latest_news,
    unknown_stories_and_images_are_not_found,
    user_text_in_every_story_field_is_escaped_everywhere,
    news_api_lists_and_gets_stories,
    sitemaps_list_every_translation_of_every_story,
);

fn block<'a>(body: &'a str, start: &str, end: &str) -> &'a str {
    let from = body.find(start).unwrap_or_else(|| panic!("no {start:?}")) + start.len();
    let to = from + body[from..].find(end).unwrap();
    &body[from..to]
}

fn json_ld(body: &str) -> serde_json::Value {
    serde_json::from_str(block(
        body,
        "<script type=\"application/ld+json\">",
        "</script>",
    ))
    .unwrap()
}

async fn news_lists_speak_the_reader_s_language_with_fallback_notes(app: TestApp) {
    let ru = app.get("/ru/news").await;
    assert_eq!(ru.status, StatusCode::OK);
    assert!(ru.body.contains("В Баку открылся Форум солидарности"));
    assert!(ru.body.contains("Молодёжь Алматы готовится к форуму"));
    assert!(ru.body.contains("lang=\"ru\""));
    // Only the English-only stories carry a note on the Russian list.
    assert_eq!(
        ru.body.matches("class=\"muted note\"").count(),
        10 - 2,
        "{}",
        ru.body
    );
    assert!(ru.body.contains(
        "Этой новости пока нет на этом языке (русский); текст показан на языке: английский."
    ));

    let hu = app.get("/hu/news").await;
    assert!(
        hu.body.contains("Solidarity Forum opens in Baku"),
        "via hu → en"
    );
    assert!(hu.body.contains(
        "Ez a hír ezen a nyelven még nem érhető el (magyar); ezen a nyelven olvasható: angol."
    ));
    // kk+ru only: Hungarian readers (hu → en) get the original, in Kazakh.
    assert!(hu.body.contains("Алматы жастары форумға дайындалуда"));
    assert!(hu.body.contains("ezen a nyelven olvasható: kazah"));

    let kk = app.get("/kk/news").await;
    assert!(kk.body.contains("Алматы жастары форумға дайындалуда"));
    // kk → ru → en: the Baku story is read in Russian.
    assert!(kk.body.contains("В Баку открылся Форум солидарности"));
    assert!(kk.body.contains("мәтін мына тілде көрсетілді: орыс тілі"));
    assert!(
        kk.body.contains("href=\"/kk/news/forum-opens\""),
        "links stay in the language"
    );
}

async fn news_lists_filter_and_page(app: TestApp) {
    let members = app.get("/news?category=members").await;
    assert!(members.body.contains("Almaty") || members.body.contains("Алматы"));
    assert!(!members.body.contains("Solidarity Forum opens in Baku"));
    assert!(members.body.contains("aria-current=\"page\">Members</a>"));
    let youth = app.get("/en/news?tag=youth").await;
    assert!(
        youth.body.contains("Stories tagged “Youth”."),
        "area tags get the area's label"
    );
    assert!(
        youth.body.contains("Solidarity Forum opens in Baku") && !youth.body.contains("Filler")
    );
    for bad in [
        "/news?category=sport",
        "/news?tag=Not%20a%20tag",
        "/news?colour=red",
        "/news?after=a%20b",
    ] {
        let r = app.get(bad).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{bad}");
        assert!(r.body.contains("<html"), "{bad}: an error page");
    }
    let gone = app.get("/news?after=no-such-story").await;
    assert_eq!(
        gone.status,
        StatusCode::NOT_FOUND,
        "a deleted story to continue after"
    );
    // 14 stories, 10 a page: follow "next" to the end, each story once.
    let mut uri = "/en/news".to_owned();
    let mut seen = Vec::new();
    loop {
        let r = app.get(&uri).await;
        assert_eq!(r.status, StatusCode::OK, "{uri}");
        for piece in r.body.split("class=\"name\" href=\"/en/news/").skip(1) {
            seen.push(piece.split('"').next().unwrap().to_owned());
        }
        match r
            .body
            .split("href=\"")
            .find_map(|s| s.split_once("\" rel=\"next\"").map(|(u, _)| u.to_owned()))
        {
            Some(next) => uri = next.replace("&#38;", "&").replace("&amp;", "&"),
            None => break,
        }
    }
    assert_eq!(seen.len(), 14, "{seen:?}");
    assert_eq!(seen[..3], ["forum-opens", "almaty-youth", "xss-story"]);
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 14);
}

async fn story_pages_carry_hreflang_links_and_details(app: TestApp) {
    let en = app.get("/en/news/forum-opens").await;
    assert_eq!(en.status, StatusCode::OK);
    assert!(en.body.contains("<html lang=\"en\">"));
    let head = block(&en.body, "<head>", "</head>");
    let alternates: Vec<&str> = head
        .split("<link rel=\"alternate\" hreflang=\"")
        .skip(1)
        .map(|s| s.split('"').next().unwrap())
        .collect();
    assert_eq!(
        alternates,
        ["az", "ru", "en"],
        "only the translations there are"
    );
    for lang in ["az", "ru", "en"] {
        assert!(head.contains(&format!(
            "hreflang=\"{lang}\" href=\"/{lang}/news/forum-opens\""
        )));
    }
    assert!(head.contains(
        "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"News feed (Atom)\" href=\"/en/news.atom\">"
    ));
    for text in [
        "Solidarity Forum opens in Baku",
        "More than 500 participants at the Gulustan Palace.",
        "<p>First paragraph.</p>",
        "<p>Second paragraph.</p>",
        // Dates in the visitor's language (CLDR long style).
        "<time datetime=\"2025-11-24T07:00:00Z\">Published November 24, 2025</time>",
        "Updated November 24, 2025",
        // The author's and the mentioned records' names carry their own language.
        "<a href=\"/en/people/p-17\">By <span lang=\"az\">Hikmət Hacıyev</span></a>",
        "<img src=\"/media/forum.svg\" alt=\"The forum&#39;s hall\"",
        "href=\"/en/news?category=forum\"",
        "href=\"/en/news?tag=solidarity-forum\">#solidarity-forum</a>",
        "href=\"/en/news?tag=youth\">Youth</a>",
        "<a href=\"/az/news/forum-opens\" hreflang=\"az\" lang=\"az\">Azərbaycanca</a> <span class=\"muted\">(original)</span>",
        "<a href=\"/ru/news/forum-opens\" hreflang=\"ru\" lang=\"ru\">Русский</a>",
        "Mentioned in this story",
        "href=\"/en/places/venue-gulustan\"",
        "href=\"/en/organizations/az-1\" lang=\"en\">Youth Union</a>",
        "/api/v1/news/forum-opens",
    ] {
        assert!(en.body.contains(text), "lacks {text:?}");
    }
    assert!(
        !en.body.contains("not-imported-yet"),
        "a mention of a missing record is left out"
    );
    assert!(!en.body.contains("class=\"notice\""), "no fallback note");

    let az = app.get("/az/news/forum-opens").await;
    assert!(az.body.contains("<h1>Həmrəylik Forumu Bakıda açıldı</h1>"));
    assert!(az.body.contains("alt=\"Forumun zalı\""));
    assert!(
        az.body
            .contains("href=\"/az/organizations/az-1\" lang=\"az\">Gənclər Birliyi</a>")
    );
    // Turkmen readers (tk → en) read it in English, and are told so.
    let tk = app.get("/tk/news/forum-opens").await;
    assert!(tk.body.contains("<h1>Solidarity Forum opens in Baku</h1>"));
    assert!(
        tk.body
            .contains("class=\"notice\" lang=\"tk\">Bu habar entek bu dilde ýok (türkmen dili)")
    );
    assert!(tk.body.contains("<article class=\"story\" lang=\"en\">"));
    // A bare address follows Accept-Language.
    let ru = app
        .get_with(
            "/news/forum-opens",
            &[("accept-language", "ru-RU,ru;q=0.9")],
        )
        .await;
    assert!(
        ru.body
            .contains("<h1>В Баку открылся Форум солидарности</h1>")
    );
}

async fn story_pages_carry_news_article_json_ld(app: TestApp) {
    let ld = json_ld(&app.get("/en/news/forum-opens").await.body);
    assert_eq!(ld["@context"], "https://schema.org");
    assert_eq!(ld["@type"], "NewsArticle");
    assert_eq!(ld["@id"], "/en/news/forum-opens");
    assert_eq!(ld["headline"], "Solidarity Forum opens in Baku");
    assert_eq!(ld["inLanguage"], "en");
    assert_eq!(ld["datePublished"], "2025-11-24T07:00:00Z");
    assert_eq!(ld["dateModified"], "2025-11-24T11:30:00Z");
    assert_eq!(ld["author"]["name"], "Hikmət Hacıyev");
    assert_eq!(ld["author"]["url"], "/en/people/p-17");
    assert_eq!(ld["image"], "/media/forum.svg");
    assert_eq!(ld["articleSection"], "Forums");
    assert_eq!(ld["keywords"][1], "youth");
    assert_eq!(ld["translationOfWork"]["@id"], "/az/news/forum-opens");
    let mentions = ld["mentions"].as_array().unwrap();
    assert_eq!(mentions.len(), 2);
    assert_eq!(mentions[0]["@type"], "Place");
    assert_eq!(mentions[0]["@id"], "/places/venue-gulustan");
    assert_eq!(mentions[1]["@type"], "NGO");
    assert_eq!(mentions[1]["name"], "Youth Union");
    let original = json_ld(&app.get("/az/news/forum-opens").await.body);
    assert_eq!(original["inLanguage"], "az");
    assert_eq!(original["articleSection"], "Forumlar");
    assert_eq!(
        original["workTranslation"][0]["@id"],
        "/ru/news/forum-opens"
    );
    assert_eq!(original["mentions"][1]["name"], "Gənclər Birliyi");
}

const ATOM: &str = "http://www.w3.org/2005/Atom";

/// The Atom child elements of `n` named `name`.
fn children<'a, 'i>(n: roxmltree::Node<'a, 'i>, name: &str) -> Vec<roxmltree::Node<'a, 'i>> {
    n.children()
        .filter(|c| {
            c.is_element() && c.tag_name().namespace() == Some(ATOM) && c.tag_name().name() == name
        })
        .collect()
}

/// The text of the one Atom child element `name` of `n` (there must be exactly one).
fn one_text(n: roxmltree::Node<'_, '_>, name: &str) -> String {
    let found = children(n, name);
    assert_eq!(
        found.len(),
        1,
        "exactly one atom:{name} in {:?}",
        n.tag_name()
    );
    found[0].text().unwrap_or("").to_owned()
}

/// Checks the RFC 4287 MUSTs on a feed, parsed with a strict XML parser;
/// returns the entries' (id, title, content) for further checks.
fn assert_valid_atom(r: &Reply, lang: &str) -> Vec<(String, String, String)> {
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(
        r.headers[header::CONTENT_TYPE],
        "application/atom+xml; charset=utf-8"
    );
    let doc = roxmltree::Document::parse(&r.body).unwrap_or_else(|e| panic!("not XML: {e}"));
    let feed = doc.root_element();
    assert_eq!(feed.tag_name().namespace(), Some(ATOM));
    assert_eq!(feed.tag_name().name(), "feed");
    assert_eq!(
        feed.attribute(("http://www.w3.org/XML/1998/namespace", "lang")),
        Some(lang)
    );
    let is_time = |t: &str| Timestamp::parse(t).is_ok();
    // The feed: one id (an absolute IRI), title, updated; an author; a self link.
    assert!(one_text(feed, "id").starts_with("http://"));
    assert!(!one_text(feed, "title").is_empty());
    assert!(is_time(&one_text(feed, "updated")));
    let authors = children(feed, "author");
    assert!(!authors.is_empty(), "feed author");
    assert!(!one_text(authors[0], "name").is_empty());
    let links = children(feed, "link");
    let self_link = links
        .iter()
        .find(|l| l.attribute("rel") == Some("self"))
        .expect("rel=self");
    assert!(
        self_link
            .attribute("href")
            .unwrap()
            .ends_with(&format!("/{lang}/news.atom"))
    );
    assert!(links.iter().any(
        |l| l.attribute("rel") == Some("alternate") && l.attribute("type") == Some("text/html")
    ));
    let mut ids = std::collections::HashSet::new();
    let mut out = Vec::new();
    for entry in children(feed, "entry") {
        let id = one_text(entry, "id");
        // Which language the entry is in (the reader's, or the one the
        // fallback chain gives), on its text.
        let shown = children(entry, "title")[0]
            .attribute(("http://www.w3.org/XML/1998/namespace", "lang"))
            .expect("xml:lang on the entry's title")
            .to_owned();
        assert!(
            id.starts_with("tag:") && id.ends_with(&format!("/{shown}")),
            "{id}"
        );
        assert!(ids.insert(id.clone()), "entry ids are unique: {id}");
        let title = one_text(entry, "title");
        assert!(!title.is_empty());
        assert!(is_time(&one_text(entry, "updated")));
        assert!(is_time(&one_text(entry, "published")));
        assert!(!children(entry, "author").is_empty(), "entry author");
        // At most one alternate per (type, hreflang), and one in this language.
        let mut alternates = std::collections::HashSet::new();
        for l in children(entry, "link") {
            if l.attribute("rel") == Some("alternate") {
                assert!(alternates.insert((l.attribute("type"), l.attribute("hreflang"))));
            }
        }
        assert!(alternates.contains(&(Some("text/html"), Some(shown.as_str()))));
        // The first alternate is the story's page in the reader's interface.
        let first = children(entry, "link")
            .into_iter()
            .find(|l| l.attribute("rel") == Some("alternate"))
            .unwrap();
        assert!(
            first
                .attribute("href")
                .unwrap()
                .contains(&format!("/{lang}/news/")),
            "{:?}",
            first.attribute("href")
        );
        for c in children(entry, "category") {
            assert!(!c.attribute("term").unwrap_or("").is_empty());
        }
        let content = children(entry, "content")
            .first()
            .map(|c| {
                assert_eq!(c.attribute("type"), Some("html"));
                assert_eq!(
                    c.attribute(("http://www.w3.org/XML/1998/namespace", "lang")),
                    Some(shown.as_str())
                );
                c.text().unwrap_or("").to_owned()
            })
            .unwrap_or_default();
        // In another language than the reader's: a note says so, in theirs.
        assert_eq!(
            content.starts_with(&format!("<p lang=\"{lang}\"><em>")),
            shown != lang,
            "{content}"
        );
        out.push((id, title, content));
    }
    // The same document through an Atom reader.
    let parsed = atom_syndication::Feed::read_from(r.body.as_bytes()).unwrap();
    assert_eq!(parsed.entries().len(), out.len());
    out
}

async fn atom_feeds_are_valid_rfc_4287(app: TestApp) {
    let host = [("host", "ngo.example.org:8080")];
    let en = assert_valid_atom(&app.get_with("/en/news.atom", &host).await, "en");
    assert_eq!(en.len(), 14, "every story, the kk+ru one in its original");
    assert_eq!(
        en[0].0, "tag:ngo.example.org,2025-11-24:news/forum-opens/en",
        "latest first, stable tag: ids"
    );
    assert_eq!(en[0].1, "Solidarity Forum opens in Baku");
    assert_eq!(en[0].2, "<p>First paragraph.</p><p>Second paragraph.</p>");
    let body = app.get_with("/en/news.atom", &host).await.body;
    for text in [
        "<link href=\"http://ngo.example.org:8080/en/news.atom\" rel=\"self\" type=\"application/atom+xml\"/>",
        "<link href=\"http://ngo.example.org:8080/en/news/forum-opens\" rel=\"alternate\" hreflang=\"en\" type=\"text/html\"/>",
        "<link href=\"http://ngo.example.org:8080/az/news/forum-opens\" rel=\"alternate\" hreflang=\"az\" type=\"text/html\"/>",
        "<category term=\"forum\" scheme=\"http://ngo.example.org:8080/en/news?category=\" label=\"Forums\"/>",
        "<category term=\"youth\" scheme=\"http://ngo.example.org:8080/en/news?tag=\" label=\"Youth\"/>",
        "<published>2025-11-24T07:00:00+00:00</published>",
        "<updated>2025-11-24T11:30:00+00:00</updated>",
        "<uri>http://ngo.example.org:8080/en/people/p-17</uri>",
    ] {
        assert!(body.contains(text), "lacks {text}");
    }
    // Every feed holds the stories its language's page lists, each in the
    // translation that page shows (the same fallback rule), in its order.
    for lang in domain::UI_LANGS {
        let feed = assert_valid_atom(&app.get(&format!("/{lang}/news.atom")).await, lang);
        assert_eq!(feed.len(), 14, "{lang}: every story, translated or not");
        let page = app.get(&format!("/{lang}/news")).await.body;
        let mut at = 0;
        for (id, _, _) in feed.iter().take(10) {
            let story = id
                .split(":news/")
                .nth(1)
                .unwrap()
                .rsplit_once('/')
                .unwrap()
                .0;
            let link = format!("href=\"/{lang}/news/{story}\"");
            let found = page[at..]
                .find(&link)
                .unwrap_or_else(|| panic!("{lang}: {story} is not on the page after {at}"));
            at += found + link.len();
        }
    }
    let kk = assert_valid_atom(&app.get("/kk/news.atom").await, "kk");
    assert_eq!(kk[1].1, "Алматы жастары форумға дайындалуда");
    // kk → ru → en: the Baku story is in Russian, said so in Kazakh.
    assert_eq!(kk[0].1, "В Баку открылся Форум солидарности");
    assert_eq!(kk[0].0, "tag:localhost,2025-11-24:news/forum-opens/ru");
    assert!(
        kk[0].2.contains("мәтін мына тілде көрсетілді: орыс тілі"),
        "{}",
        kk[0].2
    );
    // Hungarian readers (hu → en) get the Kazakh original of a kk+ru story.
    let hu = app.get("/hu/news.atom").await;
    let entries = assert_valid_atom(&hu, "hu");
    let almaty = entries
        .iter()
        .find(|e| e.0.contains("almaty-youth"))
        .unwrap();
    assert!(almaty.0.ends_with("/kk"), "{}", almaty.0);
    assert_eq!(almaty.1, "Алматы жастары форумға дайындалуда");
    assert!(
        almaty.2.contains("ezen a nyelven olvasható: kazah"),
        "{}",
        almaty.2
    );
    assert!(hu.body.contains(
        "<link href=\"http://localhost/hu/news/almaty-youth\" rel=\"alternate\" hreflang=\"kk\" type=\"text/html\"/>"
    ), "{}", hu.body);
}

async fn the_bare_feed_follows_accept_language(app: TestApp) {
    let ru = app
        .get_with("/news.atom", &[("accept-language", "ru,en;q=0.5")])
        .await;
    assert_eq!(assert_valid_atom(&ru, "ru").len(), 14);
    assert_eq!(ru.headers[header::VARY], "Accept-Language");
    let en = app.get("/news.atom").await;
    assert_eq!(assert_valid_atom(&en, "en").len(), 14, "English by default");
    // Every page names the feed in its language.
    let page = app.get("/az/organizations").await;
    assert!(page.body.contains(
        "type=\"application/atom+xml\" title=\"Xəbər lenti (Atom)\" href=\"/az/news.atom\""
    ));
}

async fn record_pages_list_the_stories_that_mention_them(app: TestApp) {
    let org = app.get("/en/organizations/az-1").await;
    assert!(org.body.contains("<h2>In the news</h2>"));
    assert!(
        org.body.contains(
            "href=\"/en/news/forum-opens\" lang=\"en\">Solidarity Forum opens in Baku</a>"
        )
    );
    let palace = app.get("/ru/places/venue-gulustan").await;
    assert!(palace.body.contains("<h2>В новостях</h2>"));
    assert!(palace.body.contains("В Баку открылся Форум солидарности"));
    let kz = app.get("/hu/organizations/kz-1").await;
    assert!(kz.body.contains("<h2>A hírekben</h2>"));
    assert!(
        kz.body.contains("Алматы жастары форумға дайындалуда"),
        "the original"
    );
    let quiet = app.get("/en/organizations/hu-1").await;
    assert!(!quiet.body.contains("In the news"));
}

async fn home_page_shows_the_latest_news(app: TestApp) {
    let home = app.get("/az/").await;
    assert!(home.body.contains("<h2>Son xəbərlər</h2>"));
    assert!(home.body.contains("Həmrəylik Forumu Bakıda açıldı"));
    assert!(home.body.contains("href=\"/az/news\">Bütün xəbərlər →</a>"));
    assert_eq!(home.body.matches("class=\"news-item\"").count(), 4);
    assert!(
        home.body.contains("href=\"/az/news\">Xəbərlər</a>"),
        "in the main navigation"
    );
}

async fn unknown_stories_and_images_are_not_found(app: TestApp) {
    let missing = app.get("/en/news/no-such-story").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.body.contains("<html lang=\"en\">") && missing.body.contains("no-such-story"));
    assert_eq!(
        app.get("/news/Not%20A%20Slug").await.status,
        StatusCode::BAD_REQUEST
    );
    assert_api_error(
        &app.get("/api/v1/news/no-such-story").await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    let cover = app.get("/media/forum.svg").await;
    assert_eq!(cover.status, StatusCode::OK);
    assert_eq!(cover.headers[header::CONTENT_TYPE], "image/svg+xml");
    assert_eq!(cover.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    for uri in [
        "/media/nope.svg",
        "/media/forum.html",
        "/media/..%2Fbirlik.db",
        "/media/forum",
    ] {
        assert_eq!(app.get(uri).await.status, StatusCode::NOT_FOUND, "{uri}");
    }
}

async fn user_text_in_every_story_field_is_escaped_everywhere(app: TestApp) {
    let raw = ["<script>alert(1)</script>", "</title>]]>"];
    for uri in [
        "/en/news/xss-story",
        "/en/news",
        "/en/",
        "/en/organizations/xss",
    ] {
        let page = app.get(uri).await;
        assert_eq!(page.status, StatusCode::OK, "{uri}");
        for r in raw {
            assert!(!page.body.contains(r), "{uri} shows {r} raw");
        }
        assert!(
            page.body
                .contains("&#60;script&#62;alert(1)&#60;/script&#62;"),
            "{uri} shows it as text"
        );
    }
    let page = app.get("/en/news/xss-story").await.body;
    let head = block(&page, "<title>", "</title>");
    assert!(head.starts_with("&#60;script&#62;"), "{head}");
    assert!(page.contains("alt=\"&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;q&#34;"));
    // JSON-LD: nothing closes the block, and the text survives as written.
    let ld_block = block(&page, "<script type=\"application/ld+json\">", "</script>");
    assert!(!ld_block.contains('<'), "{ld_block}");
    let ld = json_ld(&page);
    assert_eq!(ld["headline"], XSS);
    assert_eq!(ld["description"], XSS);
    assert_eq!(ld["author"]["name"], XSS);
    assert_eq!(ld["articleBody"], format!("{XSS}\n\n{XSS}"));
    // The feed: well-formed, the text round-trips, and the HTML content
    // carries the markup escaped (a reader shows it, never runs it).
    let feed = app.get("/en/news.atom").await;
    for r in raw {
        assert!(!feed.body.contains(r), "the feed has {r} raw");
    }
    let entries = assert_valid_atom(&feed, "en");
    let (_, title, content) = entries
        .iter()
        .find(|(id, _, _)| id.contains("xss-story"))
        .unwrap();
    assert_eq!(title, XSS);
    assert_eq!(
        content,
        &format!(
            "<p>{0}</p><p>{0}</p>",
            "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &#39;x&#39; &lt;/title&gt;]]&gt;"
        )
    );
    let parsed = atom_syndication::Feed::read_from(feed.body.as_bytes()).unwrap();
    let entry = parsed
        .entries()
        .iter()
        .find(|e| e.id().contains("xss-story"))
        .unwrap();
    assert_eq!(entry.authors()[0].name(), XSS);
    assert_eq!(entry.summary().unwrap().value, XSS);
    // The API gives the text back as written.
    let api = app.get("/api/v1/news/xss-story").await.json();
    assert_eq!(api["translations"][0]["title"], XSS);
}

async fn news_api_lists_and_gets_stories(app: TestApp) {
    let all = app.get("/api/v1/news?limit=5").await.json();
    let items = all["items"].as_array().unwrap();
    assert_eq!(items.len(), 5);
    assert_eq!(items[0]["id"], "forum-opens");
    assert_eq!(all["next"], items[4]["id"]);
    let next = app
        .get(&format!(
            "/api/v1/news?limit=5&after={}",
            all["next"].as_str().unwrap()
        ))
        .await
        .json();
    assert_eq!(next["items"][0]["id"], "filler-08");
    let kk = app.get("/api/v1/news?lang=kk").await.json();
    assert_eq!(kk["items"].as_array().unwrap().len(), 1);
    assert!(kk.get("next").is_none());
    let youth = app
        .get("/api/v1/news?tag=youth&category=forum")
        .await
        .json();
    assert_eq!(youth["items"].as_array().unwrap().len(), 1);
    let one = app.get("/api/v1/news/forum-opens").await.json();
    assert_eq!(one["category"], "forum");
    assert_eq!(one["published"], "2025-11-24T07:00:00Z");
    assert_eq!(one["cover"], "/media/forum.svg");
    assert_eq!(one["author"]["person"], "p-17");
    assert_eq!(one["translations"][0]["lang"], "az");
    assert_eq!(one["translations"][0]["original"], true);
    assert_eq!(one["translations"][2]["body"][1], "Second paragraph.");
    assert_eq!(one["mentions"][0], "venue-gulustan");
    for (uri, code) in [
        ("/api/v1/news?lang=de", "invalid_parameter"),
        ("/api/v1/news?category=sport", "invalid_parameter"),
        ("/api/v1/news?limit=101", "invalid_parameter"),
        ("/api/v1/news?after=Gone", "invalid_cursor"),
        ("/api/v1/news/Bad_Id", "invalid_id"),
    ] {
        assert_api_error(&app.get(uri).await, StatusCode::BAD_REQUEST, code);
    }
    // A well-formed cursor whose story is gone is not the caller's mistake.
    {
        assert_api_error(
            &app.get("/api/v1/news?after=gone").await,
            StatusCode::NOT_FOUND,
            "not_found",
        );
    }
    let doc = app.get("/api/openapi.json").await.json();
    for p in ["/api/v1/news", "/api/v1/news/{id}"] {
        assert!(doc["paths"].get(p).is_some(), "OpenAPI lacks {p}");
    }
}

async fn sitemaps_list_every_translation_of_every_story(app: TestApp) {
    let host = [("host", "ngo.example.org")];
    let index = app.get_with("/sitemap.xml", &host).await;
    assert!(
        index
            .body
            .contains("<loc>http://ngo.example.org/sitemaps/news-0.xml</loc>")
    );
    let news = app.get_with("/sitemaps/news-0.xml", &host).await;
    assert_eq!(news.status, StatusCode::OK);
    roxmltree::Document::parse(&news.body).unwrap();
    // 3 + 2 + 1 + 11 translations.
    assert_eq!(news.body.matches("<url>").count(), 17);
    assert!(news.body.contains(
        "<url><loc>http://ngo.example.org/ru/news/forum-opens</loc><lastmod>2025-11-24T11:30:00Z</lastmod>\
         <xhtml:link rel=\"alternate\" hreflang=\"az\" href=\"http://ngo.example.org/az/news/forum-opens\"/>"
    ));
    assert!(!news.body.contains("/tr/news/forum-opens"));
    let pages = app.get_with("/sitemaps/pages.xml", &host).await;
    assert!(
        pages
            .body
            .contains("<loc>http://ngo.example.org/kk/news</loc>")
    );
    for missing in ["/sitemaps/news-1.xml", "/sitemaps/news-x.xml"] {
        assert_eq!(
            app.get(missing).await.status,
            StatusCode::NOT_FOUND,
            "{missing}"
        );
    }
}
