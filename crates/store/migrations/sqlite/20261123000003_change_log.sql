-- Every write stamps its records with a change id, so each node's in-memory
-- index can follow the database. SQLite serializes writers, so a counter
-- taken under the write lock orders changes by commit.
ALTER TABLE entities ADD COLUMN change_id BIGINT NOT NULL DEFAULT 0;
CREATE INDEX entities_change ON entities (change_id);
