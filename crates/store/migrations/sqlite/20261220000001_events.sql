-- Forums: events as a tree (forum → legs → sessions), their texts per
-- language, people and organizers, delegation quotas, registrations with
-- seats, offers and a waitlist, check-ins, and bilateral series. Times are
-- Unix seconds (UTC) with the venue's IANA zone beside them. The same
-- logical schema as migrations/postgres.

-- A series of bilateral forums between two countries; its editions are events.
CREATE TABLE event_series (
    id         TEXT PRIMARY KEY,
    network    TEXT NOT NULL DEFAULT 'ots',
    country_a  TEXT NOT NULL,
    country_b  TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    CHECK (country_a < country_b)
);

CREATE TABLE events (
    id             TEXT PRIMARY KEY,
    network        TEXT NOT NULL DEFAULT 'ots',
    parent_id      TEXT REFERENCES events (id),
    -- The forum at the root of the tree (its own id for a forum).
    forum_id       TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('forum', 'leg', 'session')),
    -- What a session is: ceremony, panel, bilateral, visit, cultural, meetings.
    format         TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL DEFAULT 'scheduled'
                   CHECK (status IN ('scheduled', 'planned', 'cancelled')),
    series_id      TEXT REFERENCES event_series (id),
    venue_id       TEXT,
    venue_name     TEXT NOT NULL DEFAULT '',
    starts_at      BIGINT NOT NULL,
    ends_at        BIGINT NOT NULL,
    time_zone      TEXT NOT NULL,
    -- Language tags, comma-separated: spoken on the floor, and interpreted into.
    languages      TEXT NOT NULL DEFAULT '',
    interpretation TEXT NOT NULL DEFAULT '',
    -- Seats; NULL: open to every participant of the forum without registering.
    capacity       BIGINT CHECK (capacity IS NULL OR capacity >= 0),
    needs_approval BOOLEAN NOT NULL DEFAULT FALSE,
    -- Participants may cancel until then (NULL: until the start).
    cancel_until   BIGINT,
    original_lang  TEXT NOT NULL,
    position       BIGINT NOT NULL DEFAULT 0,
    created_at     BIGINT NOT NULL,
    updated_at     BIGINT NOT NULL,
    CHECK (ends_at >= starts_at)
);
CREATE INDEX events_tree ON events (forum_id, starts_at, position);
CREATE INDEX events_series ON events (series_id, starts_at);

CREATE TABLE event_texts (
    event_id    TEXT NOT NULL REFERENCES events (id),
    lang        TEXT NOT NULL,
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (event_id, lang)
);

-- Speakers and moderators: person records, in the order the programme lists them.
CREATE TABLE event_people (
    event_id  TEXT NOT NULL REFERENCES events (id),
    record_id TEXT NOT NULL,
    role      TEXT NOT NULL CHECK (role IN ('speaker', 'moderator')),
    position  BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (event_id, record_id, role)
);

-- Organizing organizations; their editors manage the event.
CREATE TABLE event_organizers (
    event_id TEXT NOT NULL REFERENCES events (id),
    org_id   TEXT NOT NULL,
    PRIMARY KEY (event_id, org_id)
);

-- At most this many seats of the event held by one country's delegation.
CREATE TABLE event_quotas (
    event_id TEXT NOT NULL REFERENCES events (id),
    country  TEXT NOT NULL,
    seats    BIGINT NOT NULL CHECK (seats >= 0),
    PRIMARY KEY (event_id, country)
);

-- One row per person and event: a seat held (pending approval, confirmed,
-- offered until offer_expires_at) or waited for (waitlisted, in order of
-- queued_at then id), or given up (cancelled, declined, expired, refused).
-- Registering again after giving up reuses the row.
CREATE TABLE registrations (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id         TEXT NOT NULL REFERENCES events (id),
    account_id       BIGINT NOT NULL REFERENCES accounts (id),
    org_id           TEXT,
    delegation       TEXT NOT NULL,
    state            TEXT NOT NULL CHECK (state IN ('pending', 'confirmed', 'offered',
                     'waitlisted', 'cancelled', 'declined', 'expired', 'refused')),
    queued_at        BIGINT NOT NULL,
    offer_expires_at BIGINT,
    created_at       BIGINT NOT NULL,
    updated_at       BIGINT NOT NULL,
    CHECK ((state = 'offered') = (offer_expires_at IS NOT NULL))
);
-- At most one registration per person and event.
CREATE UNIQUE INDEX registrations_one_per_person ON registrations (event_id, account_id);
CREATE INDEX registrations_queue ON registrations (event_id, state, queued_at, id);
CREATE INDEX registrations_of_account ON registrations (account_id);

-- One check-in per participant (their forum registration) and event.
CREATE TABLE checkins (
    registration_id BIGINT NOT NULL REFERENCES registrations (id),
    event_id        TEXT NOT NULL REFERENCES events (id),
    at              BIGINT NOT NULL,
    by_account      BIGINT NOT NULL,
    PRIMARY KEY (registration_id, event_id)
);
CREATE INDEX checkins_by_event ON checkins (event_id);
