-- The customer search's name-prefix match and relevance order: a btree over the start of the search
-- text (the folded name comes first) in byte order, so `LIKE 'ab%'` and `ORDER BY` use one index.
CREATE INDEX "customer_search_key_idx" ON "customer"("organization_id", (left("search_text", 100) COLLATE "C"));

-- Names with German umlauts are also stored transliterated ("müller mueller"), as
-- lib/customers/search-text.ts now writes them; existing rows get the transliterations appended.
WITH names AS (
  SELECT c.id AS customer_id, n.value
  FROM "customer" c, LATERAL (VALUES (c.name::text), (c.display_name::text), (c.first_name), (c.last_name)) AS n(value)
  WHERE n.value ~ '[äöüßÄÖÜẞ]'
  UNION ALL
  SELECT ct.customer_id, n.value
  FROM "contact" ct, LATERAL (VALUES (ct.first_name), (ct.last_name)) AS n(value)
  WHERE ct.deleted_at IS NULL AND n.value ~ '[äöüßÄÖÜẞ]'
), transliterated AS (
  SELECT customer_id, string_agg(
    trim(regexp_replace(lower(unaccent(
      replace(replace(replace(replace(replace(replace(replace(replace(value,
        'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'ß', 'ss'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ẞ', 'SS')
    )), '\s+', ' ', 'g')), ' ') AS extra
  FROM names GROUP BY customer_id
)
UPDATE "customer" c SET search_text = c.search_text || ' ' || t.extra
FROM transliterated t WHERE t.customer_id = c.id;
