-- Which organizations' offers and needs changed, in order: each node keeps
-- its partner market in memory and applies the changes since the last one
-- it saw before answering (the same logical schema as migrations/postgres).
CREATE TABLE interest_changes (
    seq    INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id TEXT NOT NULL
);
