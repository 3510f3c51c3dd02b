//! News articles (translation sets) and the media store their covers live in.
//!
//! Like records, an article is kept whole as its document (`articles.doc`);
//! the category, publication time, languages, tags and mentions are derived
//! columns and tables so listings filter and page in SQL.

use crate::write::BeginWrite;
use crate::{Store, StoreError, now_millis, on_pool};
use domain::{Article, ArticleId, Category, EntityId, MediaName, Tag};
use sqlx::AssertSqlSafe;

/// The largest image the media store takes.
pub const MAX_MEDIA_BYTES: usize = 5 * 1024 * 1024;

/// Which articles a news listing shows; every filter is optional.
#[derive(Debug, Clone, Default)]
pub struct NewsFilter {
    /// Only stories with a translation in this language.
    pub lang: Option<&'static str>,
    pub category: Option<Category>,
    pub tag: Option<Tag>,
    /// Only stories that mention this record.
    pub mentions: Option<EntityId>,
}

fn parse_article(id: &str, doc: &str) -> Result<Article, StoreError> {
    Article::from_json(doc).map_err(|e| StoreError::Corrupt {
        id: format!("article {id}"),
        message: e.to_string(),
    })
}

fn doc_of(article: &Article) -> String {
    // Serializing plain data with string keys cannot fail.
    serde_json::to_string(article).unwrap_or_default()
}

/// The WHERE clause of a listing: static fragments only, every value bound
/// in the order [`bind_news_filter!`] binds them. Languages are common (most
/// stories have English), so they are checked while walking the stories in
/// order; tags and mentions are rare, so their index finds the few stories
/// first (`IN`), which are then sorted: a record page's "In the news" never
/// walks every story.
fn filter_sql(filter: &NewsFilter) -> (String, usize) {
    let mut sql = String::from(" FROM articles a WHERE 1 = 1");
    let mut n = 0;
    let mut next = || {
        n += 1;
        n
    };
    if filter.lang.is_some() {
        let i = next();
        sql.push_str(&format!(
            " AND EXISTS (SELECT 1 FROM article_translations t WHERE t.article_id = a.id AND t.lang = ${i})"
        ));
    }
    if filter.category.is_some() {
        let i = next();
        sql.push_str(&format!(" AND a.category = ${i}"));
    }
    if filter.tag.is_some() {
        let i = next();
        sql.push_str(&format!(
            " AND a.id IN (SELECT g.article_id FROM article_tags g WHERE g.tag = ${i})"
        ));
    }
    if filter.mentions.is_some() {
        let i = next();
        sql.push_str(&format!(
            " AND a.id IN (SELECT m.article_id FROM article_mentions m WHERE m.entity_id = ${i})"
        ));
    }
    (sql, n)
}

macro_rules! bind_news_filter {
    ($query:expr, $filter:expr) => {{
        let mut q = $query;
        if let Some(l) = $filter.lang {
            q = q.bind(l);
        }
        if let Some(c) = $filter.category {
            q = q.bind(c.as_str());
        }
        if let Some(t) = &$filter.tag {
            q = q.bind(t.as_str().to_owned());
        }
        if let Some(m) = &$filter.mentions {
            q = q.bind(m.as_str().to_owned());
        }
        q
    }};
}

impl Store {
    /// Inserts or replaces an article (by id) with all its translations,
    /// tags and mentions, in one transaction.
    pub async fn save_article(&self, article: &Article) -> Result<(), StoreError> {
        self.write_article(article, None).await
    }

    /// Like [`Store::save_article`], by a person: audited (before and after)
    /// in the same transaction.
    pub async fn publish_article(
        &self,
        article: &Article,
        actor: crate::Actorship<'_>,
        now: i64,
    ) -> Result<(), StoreError> {
        let before = self.article(&article.id).await?;
        let target = format!("news:{}", article.id);
        let entry = crate::audit::AuditEntry {
            at: now,
            actor_id: actor.id,
            actor_email: actor.email,
            action: crate::audit::AuditAction::NewsSave,
            target: &target,
            before: before.map(|a| doc_of(&a)),
            after: Some(doc_of(article)),
        };
        self.write_article(article, Some(entry)).await
    }

    async fn write_article(
        &self,
        article: &Article,
        audit: Option<crate::audit::AuditEntry<'_>>,
    ) -> Result<(), StoreError> {
        let id = article.id.as_str().to_owned();
        let doc = doc_of(article);
        let now = now_millis();
        on_pool!(&self.db, |pool| {
            let mut tx = pool.begin_write().await?;
            // The first statement writes, so SQLite takes its write lock now.
            sqlx::query(
                "INSERT INTO articles (id, category, published_at, updated_at, doc, saved_at) \
                 VALUES ($1, $2, $3, $4, $5, $6) \
                 ON CONFLICT (id) DO UPDATE SET category = excluded.category, \
                 published_at = excluded.published_at, updated_at = excluded.updated_at, \
                 doc = excluded.doc, saved_at = excluded.saved_at",
            )
            .bind(id.clone())
            .bind(article.category.as_str())
            .bind(article.published.unix())
            .bind(article.updated.unix())
            .bind(doc)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            for table in ["article_translations", "article_tags", "article_mentions"] {
                sqlx::query(AssertSqlSafe(format!(
                    "DELETE FROM {table} WHERE article_id = $1"
                )))
                .bind(id.clone())
                .execute(&mut *tx)
                .await?;
            }
            for lang in article.langs() {
                sqlx::query("INSERT INTO article_translations (article_id, lang) VALUES ($1, $2)")
                    .bind(id.clone())
                    .bind(lang)
                    .execute(&mut *tx)
                    .await?;
            }
            for tag in &article.tags {
                sqlx::query("INSERT INTO article_tags (article_id, tag) VALUES ($1, $2)")
                    .bind(id.clone())
                    .bind(tag.as_str().to_owned())
                    .execute(&mut *tx)
                    .await?;
            }
            for m in &article.mentions {
                sqlx::query("INSERT INTO article_mentions (article_id, entity_id) VALUES ($1, $2)")
                    .bind(id.clone())
                    .bind(m.as_str().to_owned())
                    .execute(&mut *tx)
                    .await?;
            }
            if let Some(entry) = audit {
                crate::audit::insert_audit!(&mut *tx, entry);
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// One article by id.
    pub async fn article(&self, id: &ArticleId) -> Result<Option<Article>, StoreError> {
        let doc: Option<String> = on_pool!(&self.db, |pool| {
            sqlx::query_scalar("SELECT doc FROM articles WHERE id = $1")
                .bind(id.as_str().to_owned())
                .fetch_optional(pool)
                .await?
        });
        doc.map(|d| parse_article(id.as_str(), &d)).transpose()
    }

    /// The latest articles first (by publication time, then id), after the
    /// article `after` (keyset paging).
    pub async fn news(
        &self,
        filter: &NewsFilter,
        after: Option<&ArticleId>,
        limit: u32,
    ) -> Result<Vec<Article>, StoreError> {
        let (where_sql, mut n) = filter_sql(filter);
        let mut sql = format!("SELECT a.id, a.doc{where_sql}");
        if let Some(a) = after {
            if !self.article_exists(a).await? {
                return Err(StoreError::NotFound(
                    "the page to continue after does not exist (the article may have been removed)"
                        .into(),
                ));
            }
            n += 1;
            sql.push_str(&format!(
                " AND (a.published_at, a.id) < (SELECT c.published_at, c.id FROM articles c WHERE c.id = ${n})"
            ));
        }
        n += 1;
        sql.push_str(&format!(
            " ORDER BY a.published_at DESC, a.id DESC LIMIT ${n}"
        ));
        let rows: Vec<(String, String)> = on_pool!(&self.db, |pool| {
            let mut q = bind_news_filter!(sqlx::query_as(AssertSqlSafe(sql)), filter);
            if let Some(a) = after {
                q = q.bind(a.as_str().to_owned());
            }
            q.bind(i64::from(limit)).fetch_all(pool).await?
        });
        rows.iter()
            .map(|(id, doc)| parse_article(id, doc))
            .collect()
    }

    /// The latest articles that mention a record.
    pub async fn articles_mentioning(
        &self,
        id: &EntityId,
        limit: u32,
    ) -> Result<Vec<Article>, StoreError> {
        let filter = NewsFilter {
            mentions: Some(id.clone()),
            ..NewsFilter::default()
        };
        self.news(&filter, None, limit).await
    }

    async fn article_exists(&self, id: &ArticleId) -> Result<bool, StoreError> {
        let found: Option<i64> = on_pool!(&self.db, |pool| {
            sqlx::query_scalar("SELECT CAST(1 AS BIGINT) FROM articles WHERE id = $1")
                .bind(id.as_str().to_owned())
                .fetch_optional(pool)
                .await?
        });
        Ok(found.is_some())
    }

    /// How many articles there are.
    pub async fn article_count(&self) -> Result<u64, StoreError> {
        let n: i64 = on_pool!(&self.db, |pool| {
            sqlx::query_scalar("SELECT COUNT(*) FROM articles")
                .fetch_one(pool)
                .await?
        });
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// Articles in id order, a slice at a time (for sitemaps, which page
    /// with an offset: they are fetched rarely).
    pub async fn articles_slice(
        &self,
        offset: u64,
        limit: u32,
    ) -> Result<Vec<Article>, StoreError> {
        let rows: Vec<(String, String)> = on_pool!(&self.db, |pool| {
            sqlx::query_as("SELECT id, doc FROM articles ORDER BY id LIMIT $1 OFFSET $2")
                .bind(i64::from(limit))
                .bind(i64::try_from(offset).unwrap_or(i64::MAX))
                .fetch_all(pool)
                .await?
        });
        rows.iter()
            .map(|(id, doc)| parse_article(id, doc))
            .collect()
    }

    /// Stores (or replaces) an image of the media store.
    pub async fn put_media(&self, name: &MediaName, bytes: &[u8]) -> Result<(), StoreError> {
        if bytes.len() > MAX_MEDIA_BYTES {
            return Err(StoreError::Unsupported(format!(
                "{name} is {} bytes; images are at most {MAX_MEDIA_BYTES} bytes",
                bytes.len()
            )));
        }
        on_pool!(&self.db, |pool| {
            sqlx::query(
                "INSERT INTO media (name, content_type, bytes, saved_at) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (name) DO UPDATE SET content_type = excluded.content_type, \
                 bytes = excluded.bytes, saved_at = excluded.saved_at",
            )
            .bind(name.as_str().to_owned())
            .bind(name.content_type())
            .bind(bytes.to_vec())
            .bind(now_millis())
            .execute(pool)
            .await?;
        });
        Ok(())
    }

    /// The names of the media store's images, the latest saved first.
    pub async fn media_names(&self) -> Result<Vec<MediaName>, StoreError> {
        let rows: Vec<(String,)> = on_pool!(&self.db, |pool| {
            sqlx::query_as("SELECT name FROM media ORDER BY saved_at DESC, name")
                .fetch_all(pool)
                .await?
        });
        // Names were parsed before they were stored; a bad one is skipped.
        Ok(rows
            .into_iter()
            .filter_map(|(name,)| MediaName::parse(&name).ok())
            .collect())
    }

    /// An image of the media store: its MIME type and bytes.
    pub async fn media(&self, name: &MediaName) -> Result<Option<(String, Vec<u8>)>, StoreError> {
        Ok(on_pool!(&self.db, |pool| {
            sqlx::query_as("SELECT content_type, bytes FROM media WHERE name = $1")
                .bind(name.as_str().to_owned())
                .fetch_optional(pool)
                .await?
        }))
    }
}
