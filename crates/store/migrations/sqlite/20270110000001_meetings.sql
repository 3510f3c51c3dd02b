-- One-to-one meetings at forums. A meetings session of a forum is a meeting
-- block: its time is cut into slots of slot_minutes, at `tables` tables.
-- A meeting is asked for (pending) by a participant of the forum of another
-- participating organization; one of that organization's participants
-- accepts it in a slot both have free, at a free table. Who holds a slot is
-- an occupancy row per person and slot and per table and slot, under
-- primary keys, written in the accepting transaction: no concurrency can
-- book a person or a table twice. The same logical schema as
-- migrations/postgres.

CREATE TABLE meeting_blocks (
    event_id     TEXT PRIMARY KEY REFERENCES events (id),
    forum_id     TEXT NOT NULL REFERENCES events (id),
    tables       BIGINT NOT NULL CHECK (tables > 0),
    slot_minutes BIGINT NOT NULL DEFAULT 20 CHECK (slot_minutes > 0)
);
CREATE INDEX meeting_blocks_of_forum ON meeting_blocks (forum_id);

CREATE TABLE meetings (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    forum_id          TEXT NOT NULL REFERENCES events (id),
    requester_account BIGINT NOT NULL REFERENCES accounts (id),
    requester_org     TEXT NOT NULL,
    receiver_org      TEXT NOT NULL,
    -- Who of the receiving organization accepted or declined it.
    receiver_account  BIGINT REFERENCES accounts (id),
    message           TEXT NOT NULL DEFAULT '',
    state             TEXT NOT NULL CHECK (state IN ('pending', 'accepted', 'declined', 'cancelled', 'expired')),
    block_id          TEXT REFERENCES events (id),
    slot_start        BIGINT,
    table_no          BIGINT,
    expires_at        BIGINT NOT NULL,
    changed_by        BIGINT,
    created_at        BIGINT NOT NULL,
    updated_at        BIGINT NOT NULL,
    CHECK (state <> 'accepted' OR (slot_start IS NOT NULL AND table_no IS NOT NULL AND receiver_account IS NOT NULL))
);
-- One open meeting per person and organization asked.
CREATE UNIQUE INDEX meetings_one_open ON meetings (forum_id, requester_account, receiver_org)
    WHERE state IN ('pending', 'accepted');
CREATE INDEX meetings_to_org ON meetings (forum_id, receiver_org, state);
CREATE INDEX meetings_of_requester ON meetings (requester_account, forum_id);
CREATE INDEX meetings_of_receiver ON meetings (receiver_account, forum_id);

CREATE TABLE meeting_person_slots (
    forum_id   TEXT NOT NULL REFERENCES events (id),
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    slot_start BIGINT NOT NULL,
    meeting_id BIGINT NOT NULL REFERENCES meetings (id),
    PRIMARY KEY (forum_id, account_id, slot_start)
);

CREATE TABLE meeting_table_slots (
    block_id   TEXT NOT NULL REFERENCES events (id),
    table_no   BIGINT NOT NULL,
    slot_start BIGINT NOT NULL,
    meeting_id BIGINT NOT NULL REFERENCES meetings (id),
    PRIMARY KEY (block_id, table_no, slot_start)
);
