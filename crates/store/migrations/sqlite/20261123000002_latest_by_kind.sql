-- "Recently added or updated organizations" without sorting every organization.
CREATE INDEX entities_kind_updated ON entities (kind, updated_at, id);
