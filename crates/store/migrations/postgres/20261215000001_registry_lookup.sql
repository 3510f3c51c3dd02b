-- An application's registry identifier (scheme, number, country) is looked
-- up among the others, so a second application for a registered
-- organization is shown to its applicant and to the coordinator.
CREATE INDEX organization_reviews_registry ON organization_reviews (registry_scheme, registry_value, country);
