-- The same logical schema as migrations/sqlite (a test compares them).
CREATE TABLE entities (
    id           TEXT PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('organization', 'person', 'place')),
    display_name TEXT NOT NULL,
    sort_key     BYTEA NOT NULL,
    country      TEXT,
    doc          TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    updated_at   BIGINT NOT NULL,
    version      BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX entities_kind_sort ON entities (kind, sort_key, id);
CREATE INDEX entities_kind_country_sort ON entities (kind, country, sort_key, id);
CREATE INDEX entities_country_kind ON entities (country, kind);
CREATE INDEX entities_updated ON entities (updated_at, id);

CREATE TABLE entity_areas (
    entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    area      TEXT NOT NULL,
    PRIMARY KEY (entity_id, area)
);
CREATE INDEX entity_areas_area ON entity_areas (area, entity_id);

CREATE TABLE network_countries (
    code   TEXT PRIMARY KEY,
    status TEXT NOT NULL CHECK (status IN ('member', 'observer')),
    since  TEXT
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
