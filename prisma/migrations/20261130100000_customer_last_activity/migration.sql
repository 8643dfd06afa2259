-- AlterTable
ALTER TABLE "customer" ADD COLUMN "last_activity_at" TIMESTAMPTZ(3);

-- Backfill from the timeline.
UPDATE "customer" c SET "last_activity_at" = a."last_at"
FROM (SELECT "customer_id", max("created_at") AS "last_at" FROM "activity" GROUP BY "customer_id") a
WHERE a."customer_id" = c."id";

-- CreateIndex (never-active customers sort as the oldest: one index serves both directions)
CREATE INDEX "customer_organization_id_last_activity_at_idx" ON "customer"("organization_id", "last_activity_at" NULLS FIRST);

-- Every activity insert, however it is made (one row, createMany, COPY), moves its customers'
-- last_activity_at forward once per statement. It never moves back and leaves updated_at alone.
CREATE FUNCTION "customer_touch_last_activity"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "customer" c SET "last_activity_at" = n."last_at"
  FROM (SELECT "customer_id", max("created_at") AS "last_at" FROM new_rows GROUP BY "customer_id") n
  WHERE c."id" = n."customer_id" AND (c."last_activity_at" IS NULL OR c."last_activity_at" < n."last_at");
  RETURN NULL;
END
$$;

CREATE TRIGGER "activity_touch_customer_last_activity"
AFTER INSERT ON "activity" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION "customer_touch_last_activity"();
