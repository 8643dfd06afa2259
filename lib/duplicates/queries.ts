import "server-only";
// Likely duplicates of draft customers within one organization: one set-based query for any number
// of drafts (a typed form is one, an import batch a thousand) over the stored keys — email and phone
// arrays, account number, trigram name key with postal code or city, website domain, shared assets —
// scored by lib/duplicates/scoring.ts.
import { db, Prisma, type Tx } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { buildPersonName } from "@/lib/fields/normalize";
import { findCustomerInOrg } from "@/lib/customers/lookup";
import { parseWith } from "@/lib/validation";
import { draftEmailKeys, draftPhoneKeys, type DuplicateDraft } from "@/lib/duplicates/keys";
import { duplicateDraftSchema, type DuplicateCandidate } from "@/lib/duplicates/schemas";
import { resolveVisibility } from "@/lib/privacy/visibility";
import { maskCustomer } from "@/lib/privacy/masking";
import { NAME_SIMILARITY, scoreReasons, similarNameReason, type DuplicateReason } from "@/lib/duplicates/scoring";

/**
 * The one place saying which customers can be someone's duplicate: every customer of the organization
 * except merged tombstones (`alias` names the customer row, `c` unless told).
 */
export const duplicateCandidateCondition = (alias = "c") =>
  Prisma.sql`${Prisma.raw(alias)}.merged_into_id IS NULL AND ${Prisma.raw(alias)}.erased_at IS NULL`;

/** Name hits read per draft by the `similar` lookup: the most similar ones. */
const NAME_HITS = 50;
/**
 * Email and phone hits per draft: each through the key's GIN index, per draft (LATERAL; joined as a
 * whole, a batch of 856 drafts planned as 100 compared every draft with every customer: 5.2 million
 * overlaps). A key shared by more customers than this is a shared mailbox or switchboard, not evidence.
 */
const KEY_HITS = 50;
const DEFAULT_LIMIT = 10;

interface CandidateRow {
  n: number;
  id: string;
  name: string;
  account_number: string | null;
  email: string | null;
  city: string | null;
  archived: boolean;
  same_account: boolean | null;
  own_emails: string[];
  contact_emails: string[];
  own_phones: string[];
  contact_phones: string[];
  name_similarity: number | null;
  same_postal: boolean | null;
  same_city: boolean | null;
  domain: string | null;
  shared_assets: { id: string; label: string }[];
}

type ReasonRow = Pick<
  CandidateRow,
  | "same_account"
  | "account_number"
  | "own_emails"
  | "contact_emails"
  | "own_phones"
  | "contact_phones"
  | "name_similarity"
  | "same_postal"
  | "same_city"
  | "domain"
  | "shared_assets"
>;

function reasonsOf(row: ReasonRow): DuplicateReason[] {
  const reasons: DuplicateReason[] = [];
  if (row.same_account && row.account_number) reasons.push({ kind: "accountNumber", value: row.account_number });
  for (const value of row.own_emails) reasons.push({ kind: "email", value });
  for (const value of row.contact_emails) reasons.push({ kind: "contactEmail", value });
  for (const value of row.own_phones) reasons.push({ kind: "phone", value });
  for (const value of row.contact_phones) reasons.push({ kind: "contactPhone", value });
  const name = similarNameReason(row.name_similarity, !!row.same_postal, !!row.same_city);
  if (name) reasons.push(name);
  if (row.domain) reasons.push({ kind: "websiteDomain", value: row.domain });
  for (const asset of row.shared_assets) reasons.push({ kind: "sharedAsset", assetId: asset.id, label: asset.label });
  return reasons;
}

/** A draft as the query reads it: name, place and website keyed in SQL, emails and phones here. */
function keyed(draft: DuplicateDraft, n: number) {
  return {
    n,
    name: draft.name || buildPersonName(draft.firstName, draft.lastName) || null,
    postal: draft.postalCode ?? null,
    city: draft.city ?? null,
    website: draft.website ?? null,
    account: draft.accountNumber ?? null,
    emails: draftEmailKeys(draft),
    phones: draftPhoneKeys(draft),
    asset_ids: draft.assetIds ?? [],
    exclude_id: draft.excludeId ?? null,
  };
}

/**
 * Which names a draft's name is looked up against. `similar`: the most similar names anywhere in the
 * organization (a trigram search; the form and REST, where a nearly equal name alone is worth showing).
 * `located`: only names that can score high enough on their own to flag an import row — a similar name
 * in the same postal code, or the same name key in the same city — each through a btree, so a batch's
 * lookup does not read every similar name of a large organization (98 ms a draft at 100,000 customers
 * whose names are much alike). A near-miss spelling in the same city with another postal code is left
 * to the organization-wide scan that follows every import (lib/duplicate-pairs).
 */
export type NameLookup = "similar" | "located";

function nameHits(orgId: string, names: NameLookup, limit: number) {
  if (names === "located") {
    // Per draft through a btree (LATERAL: a new organization's stale statistics once chose a hash join
    // over all its customers, folding every city), at most `limit` each however common the name: the
    // caller keeps no more (at 50, a common name's namesakes each cost a candidate row). The same name
    // key in the same city; the most similar names in the same postal code. The postal code's key is a
    // stored column (an expression index cannot serve a query under row-level security). A postal code
    // can hold hundreds of customers (a Zürich code ~900 at a million), so its neighbours are compared
    // by the trigrams its index carries (customer.name_trigrams, pg_trgm's own): shared ones counted in
    // C, index-only, where similarity() rebuilt both names' trigrams for every neighbour (~4 ms a draft).
    // Their Jaccard ratio is similarity() exactly; the cut keeps a hair of slack for float rounding (the
    // candidates are scored by similarity() again below).
    return Prisma.sql`
      UNION SELECT d.n, same.id FROM d CROSS JOIN LATERAL (
        SELECT c.id FROM customer c WHERE c.organization_id = ${orgId} AND c.name_key = d.name_key
          AND d.name_key <> '' AND dedupe_fold(c.city) = d.city LIMIT ${limit}) same
      UNION SELECT d.n, near.id FROM d
      -- OFFSET 0: once per draft (pulled up, the call was repeated for every neighbour, ~20 µs each).
      CROSS JOIN LATERAL (SELECT dedupe_trigrams(d.name_key) AS trigrams OFFSET 0) t CROSS JOIN LATERAL (
        SELECT c.id FROM customer c WHERE c.organization_id = ${orgId} AND c.postal_key = d.postal
          AND d.name_key <> ''
          AND icount(c.name_trigrams & t.trigrams)
            >= ${sharedTrigramShare}::float8 * (icount(c.name_trigrams) + icount(t.trigrams))
          ORDER BY icount(c.name_trigrams & t.trigrams)::float8
            / (icount(c.name_trigrams) + icount(t.trigrams) - icount(c.name_trigrams & t.trigrams)) DESC
          LIMIT ${limit}) near`;
  }
  return Prisma.sql`
      UNION SELECT d.n, named.id FROM d CROSS JOIN LATERAL (
        SELECT c.id FROM customer c
        WHERE c.organization_id = ${orgId} AND d.name_key <> '' AND c.name_key % d.name_key
        ORDER BY similarity(c.name_key, d.name_key) DESC LIMIT ${NAME_HITS}) named`;
}

function candidatesQuery(
  orgId: string,
  drafts: ReturnType<typeof keyed>[],
  names: NameLookup = "similar",
  limit = DEFAULT_LIMIT,
) {
  return Prisma.sql`
    WITH input AS (
      SELECT * FROM json_to_recordset(${JSON.stringify(drafts)}::json) AS x(n int, name text, postal text, city text,
        website text, account text, emails text[], phones text[], asset_ids uuid[], exclude_id uuid)
    ), d AS (
      SELECT n, dedupe_name_key(name) AS name_key, dedupe_postal(postal) AS postal, dedupe_fold(city) AS city,
             dedupe_domain(website) AS domain, account, emails, phones, exclude_id
      FROM input
    ), draft_assets AS (
      SELECT n, unnest(asset_ids) AS asset_id FROM input
      UNION SELECT i.n, l.asset_id FROM input i JOIN asset_customer l
        ON l.customer_id = i.exclude_id AND l.organization_id = ${orgId} AND l.status = 'current'
    ), hits AS (
      SELECT d.n, mail.id FROM d CROSS JOIN LATERAL (SELECT c.id FROM customer c
        WHERE c.organization_id = ${orgId} AND c.email_keys && d.emails LIMIT ${KEY_HITS}) mail
      UNION SELECT d.n, phone.id FROM d CROSS JOIN LATERAL (SELECT c.id FROM customer c
        WHERE c.organization_id = ${orgId} AND c.phone_keys && d.phones LIMIT ${KEY_HITS}) phone
      UNION SELECT d.n, c.id FROM d JOIN customer c
        ON c.organization_id = ${orgId} AND c.account_number = d.account::citext
      UNION SELECT d.n, c.id FROM d JOIN customer c ON c.organization_id = ${orgId} AND c.website_domain = d.domain
      UNION SELECT a.n, l.customer_id FROM draft_assets a JOIN asset_customer l
        ON l.asset_id = a.asset_id AND l.organization_id = ${orgId} AND l.status = 'current'
      ${nameHits(orgId, names, limit)}
    )
    SELECT h.n, c.id::text, c.name::text, c.account_number::text, c.email::text, c.city::text,
           c.archived_at IS NOT NULL AS archived,
           c.account_number = d.account::citext AS same_account,
           ARRAY(SELECT unnest(c.email_keys) INTERSECT SELECT unnest(d.emails)
                 INTERSECT SELECT lower(c.email::text)) AS own_emails,
           ARRAY(SELECT unnest(c.email_keys) INTERSECT SELECT unnest(d.emails)
                 EXCEPT SELECT lower(c.email::text)) AS contact_emails,
           ARRAY(SELECT unnest(c.phone_keys) INTERSECT SELECT unnest(d.phones)
                 INTERSECT SELECT unnest(ARRAY[c.phone, c.secondary_phone])) AS own_phones,
           ARRAY(SELECT unnest(c.phone_keys) INTERSECT SELECT unnest(d.phones)
                 EXCEPT SELECT unnest(ARRAY[c.phone, c.secondary_phone])) AS contact_phones,
           CASE WHEN d.name_key <> '' THEN similarity(c.name_key, d.name_key)::float8 END AS name_similarity,
           dedupe_postal(c.postal_code) = d.postal AS same_postal,
           dedupe_fold(c.city) = d.city AS same_city,
           CASE WHEN c.website_domain = d.domain THEN d.domain END AS domain,
           coalesce((SELECT json_agg(json_build_object('id', a.id,
                       'label', coalesce(a.registration, a.license_plate, a.vin, concat_ws(' ', a.make, a.model)))
                       ORDER BY a.id)
                     FROM asset_customer l JOIN draft_assets x ON x.asset_id = l.asset_id AND x.n = h.n
                     JOIN asset a ON a.id = l.asset_id
                     WHERE l.customer_id = c.id AND l.status = 'current'), '[]'::json) AS shared_assets
    FROM hits h JOIN d ON d.n = h.n
    -- Each hit's row by its id (OFFSET 0 keeps it a per-hit index lookup: planned for thousands of hits,
    -- it was a merge join reading every customer of the organization, a batch's cost growing with it).
    CROSS JOIN LATERAL (SELECT * FROM customer c WHERE c.id = h.id OFFSET 0) c
    WHERE c.organization_id = ${orgId} AND c.id IS DISTINCT FROM d.exclude_id AND ${duplicateCandidateCondition()}`;
}

/**
 * similarity() = shared / (a + b − shared) ≥ t  ⇔  shared ≥ t / (1 + t) · (a + b), for trigram counts a
 * and b: the share of the two names' trigrams that two names this similar have in common, less a hair.
 */
const sharedTrigramShare = NAME_SIMILARITY.withLocation / (1 + NAME_SIMILARITY.withLocation) - 1e-9;

// `%` reads its threshold from the session: set for the transaction only (search may use another).
const thresholdSql = `SET LOCAL pg_trgm.similarity_threshold = ${NAME_SIMILARITY.withLocation}`;

/** Scored candidates per draft (same order as `rows` of each draft), best first, at most `limit` each. */
function toCandidates(rows: CandidateRow[], count: number, limit: number): DuplicateCandidate[][] {
  const result: DuplicateCandidate[][] = Array.from({ length: count }, () => []);
  for (const row of rows) {
    const reasons = reasonsOf(row);
    if (reasons.length === 0) continue;
    const { id, name, account_number: accountNumber, email, city, archived } = row;
    result[row.n]!.push({ id, name, accountNumber, email, city, archived, score: scoreReasons(reasons), reasons });
  }
  return result.map((list) => list.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name)).slice(0, limit));
}

/**
 * Candidates for many validated drafts at once (an import batch), inside the caller's transaction:
 * one query, none per draft. `excludeId` (a draft's own stored customer) is trusted here.
 */
export async function findDuplicatesForDrafts(
  tx: Tx,
  orgId: string,
  drafts: DuplicateDraft[],
  { limit = DEFAULT_LIMIT, names = "similar" }: { limit?: number; names?: NameLookup } = {},
): Promise<DuplicateCandidate[][]> {
  if (drafts.length === 0) return [];
  await tx.$executeRawUnsafe(thresholdSql);
  const rows = await tx.$queryRaw<CandidateRow[]>(candidatesQuery(orgId, drafts.map(keyed), names, limit));
  return toCandidates(rows, drafts.length, limit);
}

/** An earlier draft of the same batch that a draft looks like. */
export interface DraftDuplicate {
  /** The earlier draft's index. */
  earlier: number;
  reasons: DuplicateReason[];
  score: number;
}

interface DraftPairRow {
  later: number;
  earlier: number;
  same_account: boolean;
  own_emails: string[];
  contact_emails: string[];
  own_phones: string[];
  contact_phones: string[];
  name_similarity: number | null;
  same_postal: boolean;
  same_city: boolean;
  domain: string | null;
}

/**
 * Drafts of one batch compared with each other (an import's rows, before any of them is stored) by the
 * same rules as `findDuplicatesForDrafts` with `located` names, minus shared assets: equi-joins on each
 * key, trigram similarity within a postal code and the same name key within a city (a city's every pair
 * of a thousand rows cost 0.3 s a batch), so a batch costs one query and no pair loop.
 * For each draft, the earlier drafts it looks like, best first.
 */
export async function findDuplicatesWithinDrafts(tx: Tx, drafts: DuplicateDraft[]): Promise<DraftDuplicate[][]> {
  const result: DraftDuplicate[][] = drafts.map(() => []);
  if (drafts.length < 2) return result;
  const input = drafts.map((draft, n) => ({
    ...keyed(draft, n),
    own_email: draft.email?.toLowerCase() ?? null,
    own_phones: draftPhoneKeys({ ...draft, contacts: [] }),
  }));
  await tx.$executeRawUnsafe(thresholdSql);
  const rows = await tx.$queryRaw<DraftPairRow[]>`
    WITH input AS (
      SELECT * FROM json_to_recordset(${JSON.stringify(input)}::json) AS x(n int, name text, postal text, city text,
        website text, account text, emails text[], phones text[], own_email text, own_phones text[])
    ), d AS MATERIALIZED (
      SELECT n, dedupe_name_key(name) AS name_key, dedupe_postal(postal) AS postal, dedupe_fold(city) AS city,
             dedupe_domain(website) AS domain, lower(account) AS account, emails, phones, own_email, own_phones
      FROM input
    ), emails AS (SELECT n, unnest(emails) AS v FROM d), phones AS (SELECT n, unnest(phones) AS v FROM d),
    pairs AS (
      SELECT a.n AS earlier, b.n AS later FROM emails a JOIN emails b ON a.v = b.v AND a.n < b.n
      UNION SELECT a.n, b.n FROM phones a JOIN phones b ON a.v = b.v AND a.n < b.n
      UNION SELECT a.n, b.n FROM d a JOIN d b ON a.account = b.account AND a.n < b.n
      UNION SELECT a.n, b.n FROM d a JOIN d b ON a.domain = b.domain AND a.n < b.n
      UNION SELECT a.n, b.n FROM d a JOIN d b ON a.postal = b.postal AND a.n < b.n
        AND a.name_key <> '' AND a.name_key % b.name_key
      UNION SELECT a.n, b.n FROM d a JOIN d b ON a.city = b.city AND a.n < b.n
        AND a.name_key <> '' AND a.name_key = b.name_key
    )
    SELECT p.later, p.earlier, coalesce(a.account = b.account, false) AS same_account,
      ARRAY(SELECT unnest(a.emails) INTERSECT SELECT unnest(b.emails)
            INTERSECT SELECT unnest(ARRAY[a.own_email, b.own_email])) AS own_emails,
      ARRAY(SELECT unnest(a.emails) INTERSECT SELECT unnest(b.emails)
            EXCEPT SELECT unnest(ARRAY[a.own_email, b.own_email])) AS contact_emails,
      ARRAY(SELECT unnest(a.phones) INTERSECT SELECT unnest(b.phones)
            INTERSECT SELECT unnest(a.own_phones || b.own_phones)) AS own_phones,
      ARRAY(SELECT unnest(a.phones) INTERSECT SELECT unnest(b.phones)
            EXCEPT SELECT unnest(a.own_phones || b.own_phones)) AS contact_phones,
      CASE WHEN a.name_key <> '' AND b.name_key <> '' THEN similarity(a.name_key, b.name_key)::float8 END
        AS name_similarity,
      coalesce(a.postal = b.postal, false) AS same_postal, coalesce(a.city = b.city, false) AS same_city,
      CASE WHEN a.domain = b.domain THEN a.domain END AS domain
    FROM pairs p JOIN d a ON a.n = p.earlier JOIN d b ON b.n = p.later`;
  for (const row of rows) {
    const accountNumber = row.same_account ? (drafts[row.earlier]!.accountNumber ?? null) : null;
    const reasons = reasonsOf({ ...row, account_number: accountNumber, shared_assets: [] });
    if (reasons.length > 0) result[row.later]!.push({ earlier: row.earlier, reasons, score: scoreReasons(reasons) });
  }
  return result.map((list) => list.sort((x, y) => y.score - x.score || x.earlier - y.earlier));
}

/**
 * Customers of `ctx`'s organization that look like `input` (an unparsed draft), best first, with why
 * and a 0–100 score. `excludeId` (the customer being edited) is never a candidate; its current assets
 * count as the draft's.
 */
export async function findDuplicateCandidates(
  ctx: Ctx,
  input: unknown,
  opts: { excludeId?: string; limit?: number } = {},
): Promise<DuplicateCandidate[]> {
  assertCan(ctx, "customer:read");
  const draft = parseWith(duplicateDraftSchema, input);
  // The customer being edited must be the organization's own (NOT_FOUND otherwise, like any id).
  const excludeId = opts.excludeId ? (await findCustomerInOrg(db, ctx.orgId, opts.excludeId)).id : null;
  const [, rows] = await db.$transaction([
    db.$executeRawUnsafe(thresholdSql),
    db.$queryRaw<CandidateRow[]>(candidatesQuery(ctx.orgId, [keyed({ ...draft, excludeId }, 0)])),
  ]);
  const candidates = toCandidates(rows, 1, opts.limit ?? DEFAULT_LIMIT)[0]!;
  // Still found (so no duplicate is created), but a customer seen with limited details shows its email masked.
  const visibility = await resolveVisibility(
    ctx,
    candidates.map((candidate) => candidate.id),
  );
  return candidates.map((candidate) => (visibility.isMasked(candidate.id) ? maskCustomer(candidate) : candidate));
}
