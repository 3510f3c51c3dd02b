-- News. `doc` is the article in the news format (canonical JSON, the source
-- of truth: every translation, the author, the cover, the mentions); the
-- other columns and tables are derived from it so listings can filter and
-- order without parsing JSON. Times are seconds since 1970 (UTC).
CREATE TABLE articles (
    id           TEXT PRIMARY KEY,
    category     TEXT NOT NULL,
    published_at BIGINT NOT NULL,
    updated_at   BIGINT NOT NULL,
    doc          TEXT NOT NULL,
    saved_at     BIGINT NOT NULL
);
-- Latest first, paged by (published_at, id).
CREATE INDEX articles_published ON articles (published_at, id);
CREATE INDEX articles_category_published ON articles (category, published_at, id);

-- The languages each story is available in (per-language feeds and lists).
CREATE TABLE article_translations (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    lang       TEXT NOT NULL,
    PRIMARY KEY (article_id, lang)
);
CREATE INDEX article_translations_lang ON article_translations (lang, article_id);

CREATE TABLE article_tags (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    tag        TEXT NOT NULL,
    PRIMARY KEY (article_id, tag)
);
CREATE INDEX article_tags_tag ON article_tags (tag, article_id);

-- The directory records a story mentions ("In the news" on record pages).
-- No foreign key: a story may name a record imported later, or removed.
CREATE TABLE article_mentions (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id  TEXT NOT NULL,
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX article_mentions_entity ON article_mentions (entity_id, article_id);

-- Images served at /media/{name} (article covers). In the database, so every
-- node behind a load balancer serves the same files.
CREATE TABLE media (
    name         TEXT PRIMARY KEY,
    content_type TEXT NOT NULL,
    bytes        BLOB NOT NULL,
    saved_at     BIGINT NOT NULL
);
