CREATE INDEX entities_kind_updated ON entities (kind, updated_at, id);
