-- The words of each organization's customer names (their duplicate keys, lib/duplicates), for typo
-- search: a mistyped word is looked up in this small table by trigram similarity ("sumit" → "summit"),
-- and the customers are then found through the corrected words, instead of comparing the typed term
-- with every customer name (a trigram scan that reads the posting lists of common trigrams like "air").
-- Statement triggers add a written name's new words, set-based (a whole import batch in one insert);
-- words are not removed when a name changes (a stale word only suggests a spelling nobody has), except
-- by prune_customer_name_words after an erasure.
CREATE TABLE "customer_name_word" (
    "organization_id" TEXT NOT NULL,
    "word" TEXT NOT NULL,

    CONSTRAINT "customer_name_word_pkey" PRIMARY KEY ("organization_id","word")
);

CREATE INDEX "customer_name_word_word_trgm_idx" ON "customer_name_word" USING GIN ("word" gin_trgm_ops);

ALTER TABLE "customer_name_word" ADD CONSTRAINT "customer_name_word_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Words of three letters or more (shorter ones have too few trigrams to compare), in word order so
-- concurrent batches lock new words in the same order. An update adds the words of names it changed.
CREATE FUNCTION "customer_insert_name_words"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "customer_name_word" ("organization_id", "word")
  SELECT DISTINCT n."organization_id", w.word
  FROM new_rows n CROSS JOIN LATERAL regexp_split_to_table(n."name_key", ' ') AS w(word)
  WHERE length(w.word) >= 3
  ORDER BY 1, 2
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

CREATE FUNCTION "customer_update_name_words"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "customer_name_word" ("organization_id", "word")
  SELECT DISTINCT n."organization_id", w.word
  FROM new_rows n JOIN old_rows o ON o."id" = n."id" AND o."name_key" <> n."name_key"
  CROSS JOIN LATERAL regexp_split_to_table(n."name_key", ' ') AS w(word)
  WHERE length(w.word) >= 3
  ORDER BY 1, 2
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

CREATE TRIGGER "customer_insert_name_words" AFTER INSERT ON "customer" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION "customer_insert_name_words"();
CREATE TRIGGER "customer_update_name_words" AFTER UPDATE ON "customer" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION "customer_update_name_words"();

-- After an erasure: drop the given words no customer name of the organization still holds; answers how many.
CREATE FUNCTION "prune_customer_name_words"(org text, words text[]) RETURNS integer LANGUAGE sql AS $$
  WITH pruned AS (
    DELETE FROM "customer_name_word" nw
    WHERE nw."organization_id" = org AND nw."word" = ANY(words)
      AND NOT EXISTS (SELECT 1 FROM "customer" c WHERE c."organization_id" = org
        AND c."name_key" ~ ('(^| )' || regexp_replace(nw."word", '([^[:alnum:]])', '\\\1', 'g') || '( |$)'))
    RETURNING 1)
  SELECT count(*)::int FROM pruned
$$;

-- Backfill.
INSERT INTO "customer_name_word" ("organization_id", "word")
SELECT DISTINCT c."organization_id", w.word
FROM "customer" c CROSS JOIN LATERAL regexp_split_to_table(c."name_key", ' ') AS w(word)
WHERE length(w.word) >= 3
ON CONFLICT DO NOTHING;
