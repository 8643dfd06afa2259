-- The postal code's duplicate key as a stored column: an index on the expression dedupe_postal(postal_code)
-- cannot serve the app's queries under row-level security, whose policy must run before any function that
-- is not leakproof (regexp_replace, upper), so the lookup read every customer of the organization. A
-- comparison of the stored key is plain text equality, and the btree serves it.
DROP INDEX "customer_postal_key_idx";
ALTER TABLE "customer" ADD COLUMN "postal_key" TEXT GENERATED ALWAYS AS (dedupe_postal("postal_code")) STORED;
CREATE INDEX "customer_organization_id_postal_key_idx" ON "customer"("organization_id", "postal_key");
