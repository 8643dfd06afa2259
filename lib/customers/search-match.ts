import "server-only";
// What the customer search box matches, as SQL: the customer's own search text (substring; a one- or
// two-letter term only as the start of the name, through a btree index, since trigrams need three
// letters), near-misses by trigram word similarity ("sumit air" → Summit Air Charter), and the
// registration, VIN, plate, make or model of a current aircraft or vehicle. Also the relevance tiers:
// exact account number / email / phone / identifier, name prefix, word prefix, then similarity.
import type { Ctx } from "@/lib/auth/context";
import { Prisma } from "@/lib/db";
import { escapeLike } from "@/lib/list-params";
import { LIST_COUNT_CAP } from "@/lib/list-total";
import { normalizeSearchTerm } from "@/lib/search-text";

/** Counts stop here: past it the list says "10,000+" and pages reach only this far (as every list's). */
export const SEARCH_COUNT_CAP = LIST_COUNT_CAP;

/**
 * A typed word's spellings in the organization's customer names (`customer_name_word`) need this
 * trigram similarity to it: "sumit" ~ "summit" is 0.62, "flugtechnk" ~ "flugtechnik" 0.64, "chartr" ~
 * "charter" 0.5. The closest CORRECTIONS_PER_WORD are tried, and the word as typed.
 */
const MIN_WORD_SIMILARITY = 0.45;
const CORRECTIONS_PER_WORD = 3;

export interface CustomerSearch {
  /** The folded term. */
  text: string;
  /** Digits of a phone-like term ("865-555 01") else null. */
  digits: string | null;
  /** The term without spaces and hyphens, upper-case, as identifiers are compared ("c fabc" → CFABC). */
  identifier: string;
  /** One or two characters: matched as the start of the name only. */
  short: boolean;
  /** Words of letters only, four letters or more: near-misses are searched when nothing matches exactly. */
  fuzzy: boolean;
}

export function parseCustomerSearch(q: string): CustomerSearch | null {
  const { text, digits } = normalizeSearchTerm(q);
  if (!text) return null;
  const short = text.length < 3;
  return {
    text,
    digits,
    identifier: text.replace(/[\s-]/g, "").toUpperCase(),
    short,
    fuzzy: !short && /^[\p{L}' -]+$/u.test(text) && (text.match(/\p{L}/gu)?.length ?? 0) >= 4,
  };
}

/** The btree-indexed sort key (migration 20261206120000_customer_search_relevance): the name comes first. */
export const searchKey = Prisma.raw(`(left(customer.search_text, 100) COLLATE "C")`);

const contains = (column: Prisma.Sql, text: string) => Prisma.sql`${column} LIKE ${`%${escapeLike(text)}%`}`;
const searchText = Prisma.raw("customer.search_text");

/** The customer's own text matches: a prefix of the name for short terms, else a substring (or the digits). */
export function textMatch(search: CustomerSearch): Prisma.Sql {
  if (search.short) return Prisma.sql`${searchKey} LIKE ${`${escapeLike(search.text)}%`}`;
  const terms = search.digits ? [search.text, search.digits] : [search.text];
  return Prisma.sql`(${Prisma.join(
    terms.map((term) => contains(searchText, term)),
    " OR ",
  )})`;
}

/** A word of the search text starts with the term (or its digits). */
function wordPrefixMatch(search: CustomerSearch): Prisma.Sql {
  const terms = search.digits ? [search.text, search.digits] : [search.text];
  return Prisma.sql`(${Prisma.join(
    terms.map((term) => Prisma.sql`${searchText} LIKE ${`% ${escapeLike(term)}%`}`),
    " OR ",
  )})`;
}

/**
 * A near-miss of the name ("sumit air" → Summit Air Charter): each word of the typed name key is
 * replaced by its closest spellings in the organization's name words (a small trigram-indexed table),
 * and the names that hold them in the typed order match — one regular expression, which the name key's
 * trigram index answers (comparing the typed term with every name would read the posting lists of
 * common trigrams like "air" in full).
 */
function fuzzyMatch(ctx: Ctx, search: CustomerSearch): Prisma.Sql {
  const escape = (word: string) => Prisma.raw(String.raw`regexp_replace(${word}, '([^[:alnum:]])', '\\\1', 'g')`);
  const corrections = Prisma.sql`SELECT nw.word FROM customer_name_word nw
    WHERE nw.organization_id = ${ctx.orgId} AND nw.word % typed.word
      AND similarity(nw.word, typed.word) >= ${MIN_WORD_SIMILARITY}
    ORDER BY similarity(nw.word, typed.word) DESC, nw.word LIMIT ${CORRECTIONS_PER_WORD}`;
  const pattern = Prisma.sql`(SELECT string_agg('(' || ${escape("typed.word")} || coalesce((
      SELECT string_agg('|' || ${escape("spelling.word")}, '') FROM (${corrections}) AS spelling), '') || ')',
      '.*' ORDER BY typed.n)
    FROM regexp_split_to_table(dedupe_name_key(${search.text}), ' ') WITH ORDINALITY AS typed(word, n)
    WHERE typed.word <> '')`;
  return Prisma.sql`customer.name_key ~ ${pattern}`;
}

const compactUpper = (column: string) =>
  Prisma.raw(`upper(regexp_replace(coalesce(${column}, ''), '[\\s-]', '', 'g'))`);

/** An exact registration, VIN or plate (spaces and hyphens ignored). */
function exactIdentifier(search: CustomerSearch): Prisma.Sql {
  const id = search.identifier;
  return Prisma.sql`(${compactUpper("a.registration")} = ${id} OR a.vin = ${id} OR ${compactUpper("a.license_plate")} = ${id})`;
}

/**
 * `(customer_id, tier)` of current links to non-archived assets whose text matches: tier 0 for an
 * exact identifier, 2 otherwise (ranked like a word prefix). Uses the asset's trigram index. With
 * `withAsset`, one row per matching link with its `asset_id`; `customerIds` narrows it to a page.
 */
export function assetHits(
  ctx: Ctx,
  search: CustomerSearch,
  { customerIds, withAsset = false }: { customerIds?: string[]; withAsset?: boolean } = {},
): Prisma.Sql {
  const terms = [...new Set([search.text, search.identifier.toLowerCase()])];
  const match = Prisma.join(
    terms.map((term) => contains(Prisma.raw("a.search_text"), term)),
    " OR ",
  );
  const tier = Prisma.sql`CASE WHEN ${exactIdentifier(search)} THEN 0 ELSE 2 END`;
  const ofCustomers = customerIds ? Prisma.sql`AND l.customer_id = ANY(${customerIds}::uuid[])` : Prisma.empty;
  const from = Prisma.sql`
    FROM asset a JOIN asset_customer l ON l.asset_id = a.id AND l.organization_id = ${ctx.orgId} AND l.status = 'current'
    WHERE a.organization_id = ${ctx.orgId} AND a.archived_at IS NULL AND (${match}) ${ofCustomers}`;
  return withAsset
    ? Prisma.sql`SELECT l.customer_id, l.asset_id, ${tier} AS tier ${from}`
    : Prisma.sql`SELECT l.customer_id, min(${tier}) AS tier ${from} GROUP BY l.customer_id`;
}

/** Whether the term can name an asset (short terms only search names). */
const searchesAssets = (search: CustomerSearch) => !search.short;

/**
 * Customers under `filters` whose own text or current assets match (the exact matches), as
 * `(id, asset_tier, …columns)`: the columns are read in the same pass, so ranking them never
 * fetches the rows again.
 */
function exactParts(ctx: Ctx, filters: Prisma.Sql, search: CustomerSearch, columns = Prisma.empty): Prisma.Sql[] {
  const text = textMatch(search);
  const parts = [
    Prisma.sql`(SELECT customer.id, NULL::int AS asset_tier ${columns} FROM customer WHERE ${filters} AND ${text})`,
  ];
  if (searchesAssets(search)) {
    parts.push(Prisma.sql`(SELECT customer.id, hits.tier ${columns} FROM customer JOIN (${assetHits(ctx, search)}) AS hits
      ON hits.customer_id = customer.id WHERE ${filters} AND NOT ${text})`);
  }
  return parts;
}

/** Every exact match under `filters` with `columns`, uncapped (a term whose matches sort late: bounded by the trigram index). */
export function allExactMatches(ctx: Ctx, filters: Prisma.Sql, search: CustomerSearch, columns: Prisma.Sql) {
  return Prisma.join(exactParts(ctx, filters, search, columns), " UNION ALL ");
}

/**
 * The search as one condition on `customer` under the list's other `filters` (bulk selections, stats,
 * exports): a semi-join on the matching ids, so each part uses its index. Near-misses count only
 * when nothing matches exactly, as on the list.
 */
export function searchCondition(ctx: Ctx, search: CustomerSearch, filters: Prisma.Sql): Prisma.Sql {
  const exact = Prisma.join(exactParts(ctx, filters, search), " UNION ALL ");
  const nearMisses = search.fuzzy
    ? Prisma.sql` UNION ALL (SELECT customer.id, NULL::int FROM customer WHERE ${filters} AND ${fuzzyMatch(ctx, search)}
        AND NOT EXISTS (SELECT 1 FROM (${exact}) AS exact))`
    : Prisma.empty;
  return Prisma.sql`customer.id IN (SELECT matched.id FROM (${exact}${nearMisses}) AS matched)`;
}

/** The exact search as a per-row filter, for walking an index in order when matches are plentiful. */
export function searchFilter(ctx: Ctx, search: CustomerSearch): Prisma.Sql {
  const parts = [textMatch(search)];
  if (searchesAssets(search)) {
    parts.push(Prisma.sql`customer.id IN (SELECT customer_id FROM (${assetHits(ctx, search)}) AS hits)`);
  }
  return Prisma.sql`(${Prisma.join(parts, " OR ")})`;
}

/**
 * CTEs `exact_hits` and `hits`: up to SEARCH_COUNT_CAP + 1 matching `(id, asset_tier, …columns)`
 * under the list's `filters`, in disjoint parts read lazily in turn — own text, then assets only — so
 * a broad term stops early; near-misses (a similarity scan) only when nothing matched exactly ("did
 * you mean", relevance tier 3 whatever they hold). `columns` (", customer.name AS name…") are what the
 * page's order needs.
 */
export function searchHits(ctx: Ctx, filters: Prisma.Sql, search: CustomerSearch, columns = Prisma.empty): Prisma.Sql {
  const cap = Prisma.sql`LIMIT ${SEARCH_COUNT_CAP + 1}`;
  const exact = Prisma.sql`exact_hits AS MATERIALIZED (${allExactMatches(ctx, filters, search, columns)} ${cap})`;
  if (!search.fuzzy) return Prisma.sql`${exact}, hits AS (SELECT * FROM exact_hits)`;
  return Prisma.sql`${exact}, hits AS MATERIALIZED (
    SELECT * FROM exact_hits
    UNION ALL (SELECT customer.id, 3 ${columns} FROM customer WHERE ${filters} AND ${fuzzyMatch(ctx, search)}
      AND NOT EXISTS (SELECT 1 FROM exact_hits) ${cap}))`;
}

/** Exact account number, email, name or phone (all its digits, or its last seven or more). */
function exactMatch(search: CustomerSearch): Prisma.Sql {
  const own = Prisma.sql`customer.account_number = ${search.text}::citext OR customer.email = ${search.text}::citext
    OR customer.name = ${search.text}::citext`;
  if (!search.digits) return own;
  const phone = Prisma.raw(`regexp_replace(coalesce(customer.phone, ''), '\\D', '', 'g')`);
  const tail = search.digits.length >= 7 ? Prisma.sql` OR ${phone} LIKE ${`%${search.digits}`}` : Prisma.empty;
  return Prisma.sql`(${own} OR ${phone} = ${search.digits}${tail})`;
}

/**
 * The customers under `filters` that `exactMatch` or an exact asset identifier names, as `(id, key)`:
 * one pass over `customer` whose ORed conditions each use an index (a BitmapOr of the account number's,
 * email's and name's btrees and, for phone digits, the search text's trigram index), plus the exact
 * asset hits. Each reference to `customer` costs its row-level security policy at planning time, so the
 * statement names it as few times as it can.
 */
function exactRows(ctx: Ctx, filters: Prisma.Sql, search: CustomerSearch): Prisma.Sql {
  const own = Prisma.sql`customer.account_number = ${search.text}::citext OR customer.email = ${search.text}::citext
    OR customer.name = ${search.text}::citext`;
  const phone = search.digits
    ? Prisma.sql` OR (${contains(searchText, search.digits)} AND ${exactMatch(search)})`
    : Prisma.empty;
  const rows = Prisma.sql`SELECT customer.id, ${searchKey} AS key FROM customer WHERE ${filters} AND (${own}${phone})`;
  if (!searchesAssets(search)) return rows;
  return Prisma.sql`${rows} UNION SELECT customer.id, ${searchKey} FROM customer
    JOIN (${assetHits(ctx, search)}) AS hits ON hits.customer_id = customer.id AND hits.tier = 0 WHERE ${filters}`;
}

/** The relevance tier of a customer matched by its own text: 0 exact, 1 name prefix, 2 word prefix, 3 other. */
export function textTier(search: CustomerSearch): Prisma.Sql {
  return Prisma.sql`CASE WHEN ${exactMatch(search)} THEN 0
    WHEN ${searchKey} LIKE ${`${escapeLike(search.text)}%`} THEN 1
    WHEN ${wordPrefixMatch(search)} THEN 2 ELSE 3 END`;
}

/**
 * Similarity, the order inside tier 3: of the typed name key to the customer's `name_key` (`nameKey`),
 * a few words, where the whole search text costs five times as much (57 ms for 3,000 near-misses).
 */
export const similarity = (search: CustomerSearch, nameKey: Prisma.Sql) =>
  Prisma.sql`word_similarity((SELECT dedupe_name_key(${search.text})), ${nameKey})`;

/**
 * The first `limit` matches in relevance order when there are too many to rank them all: one branch
 * per tier, disjoint, each walking the btree key index in order, appended in tier order under one
 * LIMIT, so PostgreSQL stops as soon as the earlier tiers fill the page (tier 3 by key; near-misses
 * are left out: more than SEARCH_COUNT_CAP exact matches come before them anyway).
 */
export function topTiers(ctx: Ctx, filters: Prisma.Sql, search: CustomerSearch, limit: number): Prisma.Sql {
  const prefix = Prisma.sql`${searchKey} LIKE ${`${escapeLike(search.text)}%`}`;
  // The exact tier is a handful of rows found through their own indexes, once (MATERIALIZED keeps
  // PostgreSQL from walking the key index in order looking for them: 5 s at 1M when there are none);
  // the walks leave them out by id (a hashed subplan), so they read only what the covering key index
  // holds (id, search text) and never fetch the rows they pass over.
  const exact = Prisma.sql`exact AS MATERIALIZED (${exactRows(ctx, filters, search)})`;
  const notExact = Prisma.sql`customer.id NOT IN (SELECT exact.id FROM exact)`;
  const assets = (tier: number) =>
    Prisma.sql`customer.id IN (SELECT hits.customer_id FROM (${assetHits(ctx, search)}) AS hits WHERE hits.tier = ${tier})`;
  const walk = (tier: number, where: Prisma.Sql) =>
    Prisma.sql`(SELECT customer.id, ${tier}::int AS tier, ${searchKey} AS key FROM customer
      WHERE ${filters} AND ${where} ORDER BY ${searchKey}, customer.id LIMIT ${limit})`;
  const exactTier = Prisma.sql`(SELECT exact.id, 0::int AS tier, exact.key FROM exact ORDER BY exact.key, exact.id LIMIT ${limit})`;
  const word = wordPrefixMatch(search);
  const tiers = search.short
    ? [exactTier, walk(1, Prisma.sql`${prefix} AND ${notExact}`)]
    : [
        exactTier,
        walk(1, Prisma.sql`${prefix} AND ${notExact}`),
        walk(2, Prisma.sql`(${word} OR ${assets(2)}) AND NOT ${prefix} AND ${notExact}`),
        walk(3, Prisma.sql`${textMatch(search)} AND NOT ${word} AND NOT ${prefix} AND ${notExact}`),
      ];
  return Prisma.sql`WITH ${exact} ${Prisma.join(tiers, " UNION ALL ")} LIMIT ${limit}`;
}
