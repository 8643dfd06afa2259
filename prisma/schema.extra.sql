-- Constraints schema.prisma cannot express. scripts/prisma-diff.mjs appends this file to the SQL
-- Prisma generates, so the schema-drift test demands that the migrations create them too.

-- At most one primary customer per asset; only a current link may be primary.
CREATE UNIQUE INDEX "asset_customer_one_primary_idx" ON "asset_customer"("asset_id") WHERE "is_primary";
ALTER TABLE "asset_customer" ADD CONSTRAINT "asset_customer_primary_is_current_check" CHECK (NOT "is_primary" OR "status" = 'current');

-- A registration belongs to an aircraft and a VIN to a vehicle.
ALTER TABLE "asset" ADD CONSTRAINT "asset_kind_identifier_check" CHECK (("kind" = 'aircraft' AND "vin" IS NULL AND "registration" IS NOT NULL) OR ("kind" = 'vehicle' AND "registration" IS NULL));

-- A work-order sequence is positive.
ALTER TABLE "work_order" ADD CONSTRAINT "work_order_sequence_check" CHECK ("sequence" > 0);

-- At most one primary contact per customer, and one live (not deleted) contact per email and customer.
CREATE UNIQUE INDEX "contact_one_primary_idx" ON "contact"("customer_id") WHERE "is_primary" AND "deleted_at" IS NULL;
CREATE UNIQUE INDEX "contact_customer_email_live_key" ON "contact"("customer_id", "email") WHERE "deleted_at" IS NULL;
