-- Erasure by anonymization (lib/privacy/erasure.ts): when a customer or contact was erased, and one log row per
-- erasure (who, when, why, which columns — never the values). An erased customer keeps no duplicate keys, so
-- the duplicates scan never pairs two "Erased customer #…" names.
ALTER TABLE "customer" ADD COLUMN "erased_at" TIMESTAMPTZ(3);
ALTER TABLE "contact" ADD COLUMN "erased_at" TIMESTAMPTZ(3);

CREATE TABLE "erasure_log" (
    "id" UUID NOT NULL,
    "organization_id" TEXT NOT NULL,
    "customer_id" UUID NOT NULL,
    "contact_id" UUID,
    "erased_by_id" TEXT,
    "actor_kind" VARCHAR(10) NOT NULL DEFAULT 'user',
    "reason" VARCHAR(500) NOT NULL,
    "fields" JSONB NOT NULL,
    "counts" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "erasure_log_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "erasure_log_organization_id_created_at_idx" ON "erasure_log"("organization_id", "created_at");
CREATE INDEX "erasure_log_customer_id_idx" ON "erasure_log"("customer_id");

ALTER TABLE "erasure_log" ADD CONSTRAINT "erasure_log_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "erasure_log" ADD CONSTRAINT "erasure_log_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE OR REPLACE FUNCTION "customer_dedupe_keys"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."erased_at" IS NOT NULL THEN
    NEW."name_key" := '';
    NEW."website_domain" := NULL;
    NEW."email_keys" := ARRAY[]::text[];
    NEW."phone_keys" := ARRAY[]::text[];
    RETURN NEW;
  END IF;
  NEW."name_key" := dedupe_name_key(NEW."name");
  NEW."website_domain" := dedupe_domain(NEW."website");
  SELECT coalesce(array_agg(DISTINCT k ORDER BY k), ARRAY[]::text[]) INTO NEW."email_keys" FROM (
    SELECT lower(NEW."email"::text) AS k
    UNION ALL SELECT lower(ct."email"::text) FROM "contact" ct WHERE ct."customer_id" = NEW."id" AND ct."deleted_at" IS NULL
  ) e WHERE k <> '';
  SELECT coalesce(array_agg(DISTINCT k ORDER BY k), ARRAY[]::text[]) INTO NEW."phone_keys" FROM (
    SELECT unnest(ARRAY[NEW."phone", NEW."secondary_phone"]) AS k
    UNION ALL SELECT unnest(ARRAY[ct."phone", ct."mobile"]) FROM "contact" ct
      WHERE ct."customer_id" = NEW."id" AND ct."deleted_at" IS NULL
  ) p WHERE k <> '';
  RETURN NEW;
END
$$;

DROP TRIGGER "customer_dedupe_keys" ON "customer";
CREATE TRIGGER "customer_dedupe_keys"
BEFORE INSERT OR UPDATE OF "name", "email", "phone", "secondary_phone", "website", "email_keys", "phone_keys", "erased_at" ON "customer"
FOR EACH ROW EXECUTE FUNCTION "customer_dedupe_keys"();
