-- Every write stamps its records with its transaction id (xid8 as bigint).
-- Concurrent transactions commit out of id order, so readers only take
-- changes below the oldest transaction still running (pg_snapshot_xmin).
ALTER TABLE entities ADD COLUMN change_id BIGINT NOT NULL DEFAULT 0;
CREATE INDEX entities_change ON entities (change_id);
