-- The contact triggers refresh their customers one primary-key probe at a time. As one
-- `UPDATE customer … FROM (the statement's contacts)` the join order was the planner's: under a new
-- organization's stale statistics (before an import's first refresh) it chose a nested loop that
-- re-aggregated the statement's contacts once per customer of the table — 1.7 s and 3.3 s for the first
-- two 1,000-row batches of an import. A probe by `id` is an index lookup whatever the statistics say, so
-- the cost is linear in the customers the statement touches. Customers are visited in id order, so two
-- statements touching the same customers take their row locks in the same order.
CREATE OR REPLACE FUNCTION "contact_refresh_customer_keys"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r record;
BEGIN
  IF TG_OP = 'INSERT' THEN
    -- An inserted live contact refreshes its customer's keys only when they lack its email or a phone
    -- (adding a contact can only add keys).
    FOR r IN
      SELECT n."customer_id" AS id,
        ARRAY(SELECT DISTINCT k FROM unnest(array_agg(lower(n."email"::text))) k WHERE k <> '') AS emails,
        ARRAY(SELECT DISTINCT k FROM unnest(array_agg(n."phone"::text) || array_agg(n."mobile"::text)) k WHERE k <> '') AS phones
      FROM new_rows n WHERE n."deleted_at" IS NULL GROUP BY n."customer_id" ORDER BY n."customer_id"
    LOOP
      UPDATE "customer" c SET "email_keys" = NULL
      WHERE c."id" = r.id
        AND NOT (coalesce(c."email_keys", ARRAY[]::text[]) @> r.emails
                 AND coalesce(c."phone_keys", ARRAY[]::text[]) @> r.phones);
    END LOOP;
  ELSIF TG_OP = 'DELETE' THEN
    FOR r IN SELECT DISTINCT "customer_id" AS id FROM old_rows ORDER BY 1 LOOP
      UPDATE "customer" SET "email_keys" = NULL WHERE "id" = r.id;
    END LOOP;
  ELSE
    FOR r IN
      SELECT DISTINCT unnest(ARRAY[o."customer_id", n."customer_id"]) AS id
      FROM old_rows o JOIN new_rows n ON n."id" = o."id"
      WHERE (o."email", o."phone", o."mobile", o."deleted_at", o."customer_id")
        IS DISTINCT FROM (n."email", n."phone", n."mobile", n."deleted_at", n."customer_id")
      ORDER BY 1
    LOOP
      UPDATE "customer" SET "email_keys" = NULL WHERE "id" = r.id;
    END LOOP;
  END IF;
  RETURN NULL;
END
$$;
