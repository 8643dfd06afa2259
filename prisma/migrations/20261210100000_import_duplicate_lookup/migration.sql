-- An import checks every created row for likely duplicates (lib/imports/pipeline/duplicates.ts). Only a
-- name in the same place scores high enough to flag a row, so it looks up names by place through these
-- two btrees — the same name key anywhere (then kept in the same city), and every name in the same postal
-- code — instead of a trigram search over every similar name in the organization (98 ms a row at 100,000
-- customers whose names are much alike; 40 s a batch).
CREATE INDEX "customer_organization_id_name_key_idx" ON "customer"("organization_id", "name_key");
CREATE INDEX "customer_postal_key_idx" ON "customer"("organization_id", (dedupe_postal("postal_code")));
