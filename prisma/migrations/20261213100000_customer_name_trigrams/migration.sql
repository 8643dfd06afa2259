-- An import's "similar name in the same postal code" probe without a similarity() call per neighbour.
-- similarity() builds both names' trigram sets on every call (~4.6 µs): a Zürich postal code's 900
-- customers at a million cost ~4 ms per draft, most of a batch's duplicate lookup. Each customer now
-- carries its name key's trigrams as integers (pg_trgm's own 3-byte trigrams, so the Jaccard ratio of two
-- sets is exactly similarity()), and the postal key's btree carries them and the id: the probe counts
-- shared trigrams with intarray's C intersection, from the index alone (~0.7 µs a neighbour), where
-- fetching each neighbour's row from a table that no longer fits the cache cost ~50 µs.
CREATE EXTENSION IF NOT EXISTS "intarray";

-- show_trgm() lists a name's distinct trigrams: a printable ASCII one as its three characters, any other
-- (a multi-byte character's compacted trigram) as "0x" and six hex digits of its three bytes.
CREATE FUNCTION "dedupe_trigrams"(value text) RETURNS int[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(CASE WHEN length(g) = 3
      THEN (ascii(substr(g, 1, 1)) << 16) | (ascii(substr(g, 2, 1)) << 8) | ascii(substr(g, 3, 1))
      ELSE ('x' || lpad(substr(g, 3), 8, '0'))::bit(32)::int END), ARRAY[]::int[])
  FROM unnest(show_trgm(value)) g
$$;

ALTER TABLE "customer" ADD COLUMN "name_trigrams" INTEGER[] GENERATED ALWAYS AS (dedupe_trigrams("name_key")) STORED;

DROP INDEX "customer_organization_id_postal_key_idx";
CREATE INDEX "customer_organization_id_postal_key_idx" ON "customer"("organization_id", "postal_key")
  INCLUDE ("name_trigrams", "id");
