-- Constraints schema.prisma cannot express. scripts/prisma-diff.mjs appends this file to the SQL
-- Prisma generates, so the schema-drift test demands that the migrations create them too.

-- At most one primary customer per asset; only a current link may be primary.
CREATE UNIQUE INDEX "asset_customer_one_primary_idx" ON "asset_customer"("asset_id") WHERE "is_primary";
ALTER TABLE "asset_customer" ADD CONSTRAINT "asset_customer_primary_is_current_check" CHECK (NOT "is_primary" OR "status" = 'current');

-- A registration belongs to an aircraft and a VIN to a vehicle.
ALTER TABLE "asset" ADD CONSTRAINT "asset_kind_identifier_check" CHECK (("kind" = 'aircraft' AND "vin" IS NULL AND "registration" IS NOT NULL) OR ("kind" = 'vehicle' AND "registration" IS NULL));

-- The customer list's "has open work orders" filter: only the open ones (not completed or void) per customer.
CREATE INDEX "work_order_open_customer_idx" ON "work_order"("organization_id", "customer_id") WHERE "status" NOT IN ('completed', 'void');

-- A work-order sequence is positive.
ALTER TABLE "work_order" ADD CONSTRAINT "work_order_sequence_check" CHECK ("sequence" > 0);

-- At most one primary contact per customer, and one live (not deleted) contact per email and customer.
CREATE UNIQUE INDEX "contact_one_primary_idx" ON "contact"("customer_id") WHERE "is_primary" AND "deleted_at" IS NULL;
CREATE UNIQUE INDEX "contact_customer_email_live_key" ON "contact"("customer_id", "email") WHERE "deleted_at" IS NULL;

-- Tier bounds: level 1 is the highest; a discount is a percentage.
ALTER TABLE "customer_tier" ADD CONSTRAINT "customer_tier_level_check" CHECK ("level" >= 1);
ALTER TABLE "customer_tier" ADD CONSTRAINT "customer_tier_discount_check" CHECK ("discount_percent" >= 0 AND "discount_percent" <= 100);

-- Money and terms are never negative.
ALTER TABLE "customer" ADD CONSTRAINT "customer_credit_limit_check" CHECK ("credit_limit" IS NULL OR "credit_limit" >= 0);
ALTER TABLE "customer" ADD CONSTRAINT "customer_payment_terms_check" CHECK ("payment_terms_days" IS NULL OR "payment_terms_days" BETWEEN 0 AND 365);

-- The customer list's "Last activity" sort: never-active customers count as the oldest, so one index
-- serves both directions (ASC NULLS FIRST forwards, DESC NULLS LAST backwards), ties broken by id.
CREATE INDEX "customer_organization_id_last_activity_at_idx" ON "customer"("organization_id", "last_activity_at" NULLS FIRST, "id");

-- customer.last_activity_at follows activity inserts (see migration 20261130100000_customer_last_activity,
-- which defines the function and trigger; the drift test compares tables, indexes and constraints only).

-- The customer search's name prefix and relevance order (lib/customers/search-match.ts): the start of
-- the search text (the folded name first) in byte order, carrying what a walk in that order tests.
CREATE INDEX "customer_search_key_idx" ON "customer"("organization_id", (left("search_text", 100) COLLATE "C"))
  INCLUDE ("id", "search_text", "merged_into_id", "archived_at");

-- A duplicate pair and a dismissal name their two customers in one order, so each pair has one row.
ALTER TABLE "duplicate_pair" ADD CONSTRAINT "duplicate_pair_order_check" CHECK ("customer_a_id" < "customer_b_id");
ALTER TABLE "duplicate_dismissal" ADD CONSTRAINT "duplicate_dismissal_order_check" CHECK ("customer_a_id" < "customer_b_id");

-- The customer list's "has marketing consent" filter: only the consenting customers per organization.
CREATE INDEX "customer_marketing_consent_idx" ON "customer"("organization_id", "archived_at", "id") WHERE "marketing_consent" = 'granted';

-- A customer share names exactly one target: a member or a service center.
ALTER TABLE "customer_share" ADD CONSTRAINT "customer_share_target_check" CHECK (("user_id" IS NULL) <> ("service_center_id" IS NULL));

-- An import's duplicate lookups by place (migration 20261210100000_import_duplicate_lookup): the same
-- name key, and the postal key carrying the name's trigrams (migrations 20261210120000 and 20261213100000 make
-- both columns generated).
CREATE INDEX "customer_organization_id_name_key_idx" ON "customer"("organization_id", "name_key");
CREATE INDEX "customer_organization_id_postal_key_idx" ON "customer"("organization_id", "postal_key")
  INCLUDE ("name_trigrams", "id");
-- The duplicate keys' GIN indexes write straight into the index, with no pending list every search must read (migration 20261210110000).
ALTER INDEX "customer_email_keys_idx" SET (fastupdate = off);
ALTER INDEX "customer_phone_keys_idx" SET (fastupdate = off);
