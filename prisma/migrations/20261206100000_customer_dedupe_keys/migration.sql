-- Duplicate-detection keys on each customer (lib/duplicates/): a folded name without legal suffixes,
-- the emails and E.164 phones of the customer and its live contacts, and the website's domain.
-- Triggers keep them current on every write path (forms, REST, imports, bulk SQL, seeds, merges).

-- Folded like lib/search-text.ts foldText: accent-free, lower-case, single-spaced.
CREATE FUNCTION "dedupe_fold"(value text) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT nullif(btrim(regexp_replace(lower(unaccent(value)), '\s+', ' ', 'g')), '')
$$;

-- The name compared by trigram similarity: folded, punctuation as spaces, trailing legal forms dropped
-- ("GmbH & Co. KG", "s.r.o.", "sp. z o.o.", "Ltd", …), German ae/oe/ue read as a/o/u so "Müller" and
-- "Mueller" give the same key. A name that is only a legal form keeps it.
CREATE FUNCTION "dedupe_name_key"(value text) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT regexp_replace(
    regexp_replace(
      btrim(regexp_replace(lower(unaccent(coalesce(value, ''))), '[[:punct:][:space:]’‘“”„«»´·]+', ' ', 'g')),
      '( (gmbh|mbh|ag|kgaa|kg|ohg|gbr|ug|haftungsbeschrankt|e v|ev|e k|ek|ltd|limited|llc|llp|lp|inc|incorporated|corp|corporation|co|company|plc|sa|sas|sasu|sarl|s a r l|s a|eurl|sl|sau|bv|nv|vof|srl|s r l|spa|s p a|snc|oy|oyj|ab|as|a s|asa|aps|sro|s r o|sp z o o|spzoo|kft|zrt|doo|d o o|pty|pte))+$',
      ''),
    '([aou])e', '\1', 'g')
$$;

-- "https://www.Example.com/about" → "example.com".
CREATE FUNCTION "dedupe_domain"(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT nullif(regexp_replace(lower(btrim(value)), '^([a-z][a-z0-9+.-]*://)?([^@/]*@)?(www[0-9]*\.)?([^/:?#]*).*$', '\4'), '')
$$;

-- "SW1A 1AA" and "sw1a1aa" alike.
CREATE FUNCTION "dedupe_postal"(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT nullif(upper(regexp_replace(value, '[^[:alnum:]]', '', 'g')), '')
$$;

-- AlterTable
ALTER TABLE "customer" ADD COLUMN "name_key" TEXT NOT NULL DEFAULT '',
ADD COLUMN "email_keys" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN "phone_keys" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN "website_domain" TEXT;

-- Every insert, and every update of a column a key comes from, recomputes the keys. Updating
-- email_keys (to anything) just recomputes them: the contact triggers below do that.
CREATE FUNCTION "customer_dedupe_keys"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
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

CREATE TRIGGER "customer_dedupe_keys"
BEFORE INSERT OR UPDATE OF "name", "email", "phone", "secondary_phone", "website", "email_keys", "phone_keys" ON "customer"
FOR EACH ROW EXECUTE FUNCTION "customer_dedupe_keys"();

-- A contact statement (one row or a whole import batch) refreshes its customers' keys once, set-based;
-- an update touching none of email, phones, deletion or customer leaves the customers alone.
CREATE FUNCTION "contact_refresh_customer_keys"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE "customer" SET "email_keys" = NULL WHERE "id" IN (SELECT "customer_id" FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE "customer" SET "email_keys" = NULL WHERE "id" IN (SELECT "customer_id" FROM old_rows);
  ELSE
    UPDATE "customer" SET "email_keys" = NULL WHERE "id" IN (
      SELECT unnest(ARRAY[o."customer_id", n."customer_id"]) FROM old_rows o JOIN new_rows n ON n."id" = o."id"
      WHERE (o."email", o."phone", o."mobile", o."deleted_at", o."customer_id")
        IS DISTINCT FROM (n."email", n."phone", n."mobile", n."deleted_at", n."customer_id"));
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "contact_insert_refresh_customer_keys" AFTER INSERT ON "contact" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION "contact_refresh_customer_keys"();
CREATE TRIGGER "contact_update_refresh_customer_keys" AFTER UPDATE ON "contact" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION "contact_refresh_customer_keys"();
CREATE TRIGGER "contact_delete_refresh_customer_keys" AFTER DELETE ON "contact" REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION "contact_refresh_customer_keys"();

-- Backfill (through the trigger above).
UPDATE "customer" SET "email_keys" = NULL;


-- CreateIndex
CREATE INDEX "customer_name_key_trgm_idx" ON "customer" USING GIN ("name_key" gin_trgm_ops);
CREATE INDEX "customer_email_keys_idx" ON "customer" USING GIN ("email_keys");
CREATE INDEX "customer_phone_keys_idx" ON "customer" USING GIN ("phone_keys");
CREATE INDEX "customer_organization_id_website_domain_idx" ON "customer"("organization_id", "website_domain");
