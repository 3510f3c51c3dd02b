-- The edit version of a proposal still in review (`entities.version` holds
-- it once the organization is public; verifying carries it over). Forms and
-- the API's ETag / If-Match compare it, so two editors never silently
-- overwrite each other.
ALTER TABLE organization_reviews ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
