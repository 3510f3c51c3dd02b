-- Partners: what an organization offers and seeks (by area, for which
-- countries, in which languages, with a text per language), proposals of
-- cooperation from one organization to another, and the partnerships they
-- become. The same logical schema as migrations/postgres.

CREATE TABLE org_interests (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    network       TEXT NOT NULL DEFAULT 'ots',
    org_id        TEXT NOT NULL,
    direction     TEXT NOT NULL CHECK (direction IN ('offer', 'need')),
    area          TEXT NOT NULL,
    -- Country codes, comma-separated; empty: any member country.
    countries     TEXT NOT NULL DEFAULT '',
    -- Language tags, comma-separated.
    languages     TEXT NOT NULL DEFAULT '',
    original_lang TEXT NOT NULL,
    created_at    BIGINT NOT NULL,
    updated_at    BIGINT NOT NULL
);
CREATE INDEX org_interests_of_org ON org_interests (org_id);
-- Matchmaking looks up who offers (or seeks) an area.
CREATE INDEX org_interests_by_area ON org_interests (network, direction, area, org_id);

CREATE TABLE org_interest_texts (
    interest_id BIGINT NOT NULL REFERENCES org_interests (id) ON DELETE CASCADE,
    lang        TEXT NOT NULL,
    body        TEXT NOT NULL,
    PRIMARY KEY (interest_id, lang)
);

CREATE TABLE proposals (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    network      TEXT NOT NULL DEFAULT 'ots',
    from_org     TEXT NOT NULL,
    to_org       TEXT NOT NULL,
    area         TEXT NOT NULL,
    activity     TEXT NOT NULL,
    message      TEXT NOT NULL DEFAULT '',
    lang         TEXT NOT NULL,
    -- ISO dates (YYYY-MM-DD) of the planned activity; empty when open.
    starts_on    TEXT NOT NULL DEFAULT '',
    ends_on      TEXT NOT NULL DEFAULT '',
    state        TEXT NOT NULL CHECK (state IN ('pending', 'accepted', 'declined', 'withdrawn')),
    proposed_by  BIGINT NOT NULL,
    decided_by   BIGINT,
    created_at   BIGINT NOT NULL,
    decided_at   BIGINT,
    CHECK (from_org <> to_org)
);
-- At most one open proposal from one organization to another.
CREATE UNIQUE INDEX proposals_one_pending ON proposals (from_org, to_org) WHERE state = 'pending';
CREATE INDEX proposals_to ON proposals (to_org, state);
CREATE INDEX proposals_from ON proposals (from_org, state);

-- An accepted proposal; each side with its IATI organisation role.
CREATE TABLE partnerships (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    network      TEXT NOT NULL DEFAULT 'ots',
    proposal_id  BIGINT NOT NULL REFERENCES proposals (id),
    org_a        TEXT NOT NULL,
    role_a       TEXT NOT NULL CHECK (role_a IN ('funding', 'accountable', 'extending', 'implementing')),
    org_b        TEXT NOT NULL,
    role_b       TEXT NOT NULL CHECK (role_b IN ('funding', 'accountable', 'extending', 'implementing')),
    area         TEXT NOT NULL,
    activity     TEXT NOT NULL,
    starts_on    TEXT NOT NULL DEFAULT '',
    ends_on      TEXT NOT NULL DEFAULT '',
    created_at   BIGINT NOT NULL
);
-- One partnership per accepted proposal.
CREATE UNIQUE INDEX partnerships_one_per_proposal ON partnerships (proposal_id);
CREATE INDEX partnerships_a ON partnerships (org_a);
CREATE INDEX partnerships_b ON partnerships (org_b);
