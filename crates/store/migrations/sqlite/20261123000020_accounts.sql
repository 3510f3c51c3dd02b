-- Accounts, sessions, single-use tokens, roles, access tokens, the
-- organization verification workflow, the audit log and rate-limit buckets.
-- Times are Unix seconds. The same logical schema as migrations/postgres.
CREATE TABLE accounts (
    id            INTEGER PRIMARY KEY,
    email         TEXT NOT NULL,
    display_name  TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    locale        TEXT NOT NULL,
    confirmed_at  BIGINT,
    created_at    BIGINT NOT NULL
);
CREATE UNIQUE INDEX accounts_email ON accounts (email);

-- Only a SHA-256 of each session token is stored: a leaked table opens no session.
CREATE TABLE sessions (
    token_hash   TEXT PRIMARY KEY,
    account_id   BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at   BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);

-- Email confirmation, password reset and invitations: single use, expiring.
CREATE TABLE account_tokens (
    token_hash TEXT PRIMARY KEY,
    purpose    TEXT NOT NULL CHECK (purpose IN ('confirm', 'reset', 'invite')),
    account_id BIGINT REFERENCES accounts (id) ON DELETE CASCADE,
    email      TEXT NOT NULL,
    subject    TEXT NOT NULL DEFAULT '',
    created_by BIGINT,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at    BIGINT
);
CREATE INDEX account_tokens_account ON account_tokens (account_id, purpose);

CREATE TABLE roles (
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('secretariat', 'coordinator', 'editor')),
    scope      TEXT NOT NULL,
    granted_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, role, scope)
);
CREATE INDEX roles_scope ON roles (role, scope);

-- Personal access tokens for the JSON API: `bk_<id>_<secret>`, secret hashed.
CREATE TABLE access_tokens (
    id           TEXT PRIMARY KEY,
    account_id   BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    secret_hash  TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    last_used_at BIGINT,
    revoked_at   BIGINT
);
CREATE INDEX access_tokens_account ON access_tokens (account_id);

-- An organization's verification. While pending or rejected the proposed
-- record lives here (`proposal`); once verified it is in `entities`.
CREATE TABLE organization_reviews (
    org_id          TEXT PRIMARY KEY,
    country         TEXT NOT NULL,
    state           TEXT NOT NULL CHECK (state IN ('pending', 'verified', 'rejected', 'suspended')),
    registry_scheme TEXT NOT NULL,
    registry_value  TEXT NOT NULL,
    evidence_file   TEXT,
    applicant_id    BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    reason          TEXT NOT NULL DEFAULT '',
    proposal        TEXT NOT NULL,
    created_at      BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL
);
CREATE INDEX organization_reviews_queue ON organization_reviews (country, state, updated_at);
CREATE INDEX organization_reviews_applicant ON organization_reviews (applicant_id);

CREATE TABLE organization_review_events (
    id       INTEGER PRIMARY KEY,
    org_id   TEXT NOT NULL REFERENCES organization_reviews (org_id) ON DELETE CASCADE,
    at       BIGINT NOT NULL,
    actor_id BIGINT,
    state    TEXT NOT NULL,
    reason   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX organization_review_events_org ON organization_review_events (org_id, id);

-- Every write: who, what, when, before and after (JSON). Kept when the actor
-- deletes their account (the email is then replaced).
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          BIGINT NOT NULL,
    actor_id    BIGINT,
    actor_email TEXT NOT NULL,
    action      TEXT NOT NULL,
    target      TEXT NOT NULL,
    before_doc  TEXT,
    after_doc   TEXT
);
CREATE INDEX audit_log_target ON audit_log (target, id);
CREATE INDEX audit_log_actor ON audit_log (actor_id, id);

-- Token buckets shared by every node (login, reset and sign-up limits).
CREATE TABLE rate_limits (
    bucket     TEXT PRIMARY KEY,
    tokens     DOUBLE PRECISION NOT NULL,
    updated_at BIGINT NOT NULL,
    -- Whether the last take succeeded (RETURNING reads it back).
    allowed    BIGINT NOT NULL
);
