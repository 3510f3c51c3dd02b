-- The durable job queue: work that follows a change (mail) or waits for a
-- time (run_at), written in the transaction of the change that causes it.
-- Times are Unix seconds. The same logical schema as migrations/postgres.
--
-- A job is pending until a worker claims it (running, with a lease:
-- locked_by and locked_until); then done, or pending again with a later
-- run_at (backoff), or failed once max_attempts are spent (last_error kept).
-- A running job whose lease has expired is claimed again: its worker stopped.
-- AUTOINCREMENT: an id is never reused, even after old jobs are pruned.
CREATE TABLE jobs (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    kind         TEXT NOT NULL,
    payload      TEXT NOT NULL,
    state        TEXT NOT NULL DEFAULT 'pending'
                 CHECK (state IN ('pending', 'running', 'done', 'failed')),
    run_at       BIGINT NOT NULL,
    attempts     BIGINT NOT NULL DEFAULT 0,
    max_attempts BIGINT NOT NULL CHECK (max_attempts >= 1),
    last_error   TEXT,
    locked_by    TEXT,
    locked_until BIGINT,
    created_at   BIGINT NOT NULL,
    finished_at  BIGINT
);
-- What a worker looks for: due pending jobs and expired leases.
CREATE INDEX jobs_due ON jobs (run_at, id) WHERE state IN ('pending', 'running');
-- What the secretariat lists: by state, newest first.
CREATE INDEX jobs_state ON jobs (state, id);
