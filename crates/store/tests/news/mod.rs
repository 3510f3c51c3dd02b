//! News articles and media on both backends (part of the store test binary).

use domain::{Article, ArticleId, Category, EntityId, MediaName, Tag};
use store::{NewsFilter, Store, StoreError};

/// An article published `minute` minutes after 2025-11-24 09:00 UTC.
fn article(id: &str, minute: u32, category: &str, tags: &[&str], langs: &[&str]) -> Article {
    let translations: Vec<_> = langs
        .iter()
        .enumerate()
        .map(|(i, l)| {
            serde_json::json!({
                "lang": l, "original": i == 0, "title": format!("{id} in {l}"),
                "summary": "Şuşa, Нахичевань & <Baku>", "body": ["One.", "Two."],
            })
        })
        .collect();
    Article::from_json(
        &serde_json::json!({
            "id": id, "category": category, "tags": tags,
            "published": format!("2025-11-24T{:02}:{:02}:00Z", 9 + minute / 60, minute % 60),
            "author": {"name": "Press service", "person": "p-17"},
            "cover": "cover.svg", "mentions": ["venue-gulustan", "az-1"],
            "translations": translations,
        })
        .to_string(),
    )
    .unwrap()
}

fn ids(articles: &[Article]) -> Vec<&str> {
    articles.iter().map(|a| a.id.as_str()).collect()
}

fn aid(id: &str) -> ArticleId {
    ArticleId::parse(id).unwrap()
}

store::on_both_backends!(
    an_article_round_trips_with_its_translations,
    saving_again_replaces_tags_languages_and_mentions,
    news_pages_latest_first_with_keyset_paging_and_filters,
    records_list_the_articles_that_mention_them,
    a_vanished_news_cursor_is_reported,
    media_round_trips_and_refuses_oversized_images,
);

async fn an_article_round_trips_with_its_translations(store: Store) {
    let a = article(
        "forum-opens",
        0,
        "forum",
        &["solidarity-forum"],
        &["az", "en", "ru"],
    );
    store.save_article(&a).await.unwrap();
    let got = store.article(&aid("forum-opens")).await.unwrap().unwrap();
    assert_eq!(got, a);
    assert_eq!(got.original().lang, "az");
    assert_eq!(
        got.translation("ru").unwrap().summary,
        "Şuşa, Нахичевань & <Baku>"
    );
    assert_eq!(store.article(&aid("nope")).await.unwrap(), None);
    assert_eq!(store.article_count().await.unwrap(), 1);
}

async fn saving_again_replaces_tags_languages_and_mentions(store: Store) {
    store
        .save_article(&article("a", 0, "forum", &["old-tag"], &["az", "ru"]))
        .await
        .unwrap();
    let mut changed = article("a", 5, "network", &["new-tag"], &["en"]);
    changed.mentions = vec![EntityId::parse("kz-1").unwrap()];
    store.save_article(&changed).await.unwrap();
    assert_eq!(store.article_count().await.unwrap(), 1);
    assert_eq!(store.article(&aid("a")).await.unwrap().unwrap(), changed);
    let with = |f: NewsFilter| {
        let store = store.clone();
        async move { store.news(&f, None, 10).await.unwrap().len() }
    };
    let tag = |t: &str| Some(Tag::parse(t).unwrap());
    assert_eq!(
        with(NewsFilter {
            tag: tag("old-tag"),
            ..Default::default()
        })
        .await,
        0
    );
    assert_eq!(
        with(NewsFilter {
            tag: tag("new-tag"),
            ..Default::default()
        })
        .await,
        1
    );
    assert_eq!(
        with(NewsFilter {
            lang: Some("az"),
            ..Default::default()
        })
        .await,
        0
    );
    assert_eq!(
        with(NewsFilter {
            lang: Some("en"),
            ..Default::default()
        })
        .await,
        1
    );
    let old_mention = EntityId::parse("az-1").unwrap();
    assert!(
        store
            .articles_mentioning(&old_mention, 10)
            .await
            .unwrap()
            .is_empty()
    );
}

async fn news_pages_latest_first_with_keyset_paging_and_filters(store: Store) {
    // 23 stories; some share a publication minute (then the id breaks the tie).
    for i in 0..23u32 {
        let langs: &[&str] = if i % 3 == 0 {
            &["ru", "en"]
        } else {
            &["az", "en"]
        };
        let category = if i % 2 == 0 { "forum" } else { "members" };
        let tags: &[&str] = if i % 4 == 0 {
            &["youth", "nakhchivan"]
        } else {
            &["nakhchivan"]
        };
        store
            .save_article(&article(&format!("s{i:02}"), i / 2, category, tags, langs))
            .await
            .unwrap();
    }
    let all = store.news(&NewsFilter::default(), None, 100).await.unwrap();
    assert_eq!(all.len(), 23);
    let keys: Vec<_> = all.iter().map(|a| (a.published, a.id.clone())).collect();
    let mut sorted = keys.clone();
    sorted.sort_by(|x, y| y.cmp(x));
    assert_eq!(keys, sorted, "latest first, then id descending");
    assert_eq!(ids(&all)[..3], ["s22", "s21", "s20"]);

    // Following the cursor visits every story exactly once, in order.
    for filter in [
        NewsFilter::default(),
        NewsFilter {
            lang: Some("ru"),
            ..Default::default()
        },
        NewsFilter {
            category: Some(Category::Forum),
            tag: Some(Tag::parse("youth").unwrap()),
            ..Default::default()
        },
    ] {
        let expected = store.news(&filter, None, 100).await.unwrap();
        let mut seen = Vec::new();
        let mut after: Option<ArticleId> = None;
        loop {
            let page = store.news(&filter, after.as_ref(), 4).await.unwrap();
            seen.extend(page.iter().cloned());
            match page.last() {
                Some(last) if page.len() == 4 => after = Some(last.id.clone()),
                _ => break,
            }
        }
        assert_eq!(ids(&seen), ids(&expected), "{filter:?}");
    }
    let count = |f: NewsFilter| {
        let store = store.clone();
        async move { store.news(&f, None, 100).await.unwrap().len() }
    };
    assert_eq!(
        count(NewsFilter {
            lang: Some("ru"),
            ..Default::default()
        })
        .await,
        8
    );
    assert_eq!(
        count(NewsFilter {
            lang: Some("en"),
            ..Default::default()
        })
        .await,
        23
    );
    assert_eq!(
        count(NewsFilter {
            lang: Some("kk"),
            ..Default::default()
        })
        .await,
        0
    );
    assert_eq!(
        count(NewsFilter {
            category: Some(Category::Members),
            ..Default::default()
        })
        .await,
        11
    );
    assert_eq!(
        count(NewsFilter {
            lang: Some("az"),
            category: Some(Category::Forum),
            tag: Some(Tag::parse("youth").unwrap()),
            mentions: Some(EntityId::parse("az-1").unwrap()),
        })
        .await,
        // i in 0..23 with i % 4 == 0 (forum, youth) and i % 3 != 0 (az): 4, 8, 16, 20.
        4
    );
    let slice = store.articles_slice(20, 10).await.unwrap();
    assert_eq!(
        ids(&slice),
        ["s20", "s21", "s22"],
        "sitemap slices in id order"
    );
}

async fn records_list_the_articles_that_mention_them(store: Store) {
    let mut a = article("about-the-palace", 0, "forum", &[], &["az"]);
    a.mentions = vec![EntityId::parse("venue-gulustan").unwrap()];
    let mut b = article("palace-and-agency", 30, "forum", &[], &["en"]);
    b.mentions = vec![
        EntityId::parse("az-agency-ngo-support").unwrap(),
        EntityId::parse("venue-gulustan").unwrap(),
    ];
    let mut c = article("elsewhere", 60, "forum", &[], &["ru"]);
    c.mentions = vec![];
    for x in [&a, &b, &c] {
        store.save_article(x).await.unwrap();
    }
    let palace = EntityId::parse("venue-gulustan").unwrap();
    assert_eq!(
        ids(&store.articles_mentioning(&palace, 10).await.unwrap()),
        ["palace-and-agency", "about-the-palace"]
    );
    assert_eq!(
        ids(&store.articles_mentioning(&palace, 1).await.unwrap()),
        ["palace-and-agency"]
    );
    let agency = EntityId::parse("az-agency-ngo-support").unwrap();
    assert_eq!(
        ids(&store.articles_mentioning(&agency, 10).await.unwrap()),
        ["palace-and-agency"]
    );
    let nobody = EntityId::parse("p-404").unwrap();
    assert!(
        store
            .articles_mentioning(&nobody, 10)
            .await
            .unwrap()
            .is_empty()
    );
}

async fn a_vanished_news_cursor_is_reported(store: Store) {
    store
        .save_article(&article("a", 0, "forum", &[], &["en"]))
        .await
        .unwrap();
    let err = store
        .news(&NewsFilter::default(), Some(&aid("gone")), 10)
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::NotFound(_)), "{err}");
}

async fn media_round_trips_and_refuses_oversized_images(store: Store) {
    let svg = MediaName::parse("cover.svg").unwrap();
    let bytes = b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>\x00\xff".to_vec();
    store.put_media(&svg, &bytes).await.unwrap();
    store.put_media(&svg, &bytes).await.unwrap();
    assert_eq!(
        store.media(&svg).await.unwrap(),
        Some(("image/svg+xml".to_owned(), bytes))
    );
    let png = MediaName::parse("missing.png").unwrap();
    assert_eq!(store.media(&png).await.unwrap(), None);
    let big = vec![0u8; store::MAX_MEDIA_BYTES + 1];
    assert!(store.put_media(&png, &big).await.is_err());
}
