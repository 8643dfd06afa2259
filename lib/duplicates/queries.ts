import "server-only";
// Likely duplicates of a draft customer within the acting organization: one set-based query over the
// stored keys (email/phone arrays, account number, trigram name key, domain, shared assets), scored
// by lib/duplicates/scoring.ts.
import { db, Prisma } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import { buildPersonName } from "@/lib/fields/normalize";
import { findCustomerInOrg } from "@/lib/customers/lookup";
import { parseWith } from "@/lib/validation";
import { draftEmailKeys, draftPhoneKeys } from "@/lib/duplicates/keys";
import { duplicateDraftSchema, type DuplicateCandidate } from "@/lib/duplicates/schemas";
import { NAME_SIMILARITY, scoreReasons, similarNameReason, type DuplicateReason } from "@/lib/duplicates/scoring";

/**
 * The one place saying which customers can be someone's duplicate: every customer of the organization
 * except merged tombstones (`c` is the customer row).
 */
export const duplicateCandidateCondition = Prisma.sql`c.merged_into_id IS NULL`;

/** Name hits read per check: the most similar ones; exact keys (email, phone, …) are never capped. */
const NAME_HITS = 50;
const DEFAULT_LIMIT = 10;

interface CandidateRow {
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

function reasonsOf(row: CandidateRow, accountNumber: string | null): DuplicateReason[] {
  const reasons: DuplicateReason[] = [];
  if (row.same_account && accountNumber) reasons.push({ kind: "accountNumber", value: row.account_number ?? "" });
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
  const name = draft.name ?? buildPersonName(draft.firstName ?? null, draft.lastName ?? null);
  const emails = draftEmailKeys(draft);
  const phones = draftPhoneKeys(draft);
  // The customer being edited must be the organization's own (NOT_FOUND otherwise, like any id).
  const excludeId = opts.excludeId ? (await findCustomerInOrg(db, ctx.orgId, opts.excludeId)).id : null;
  const org = ctx.orgId;
  const query = Prisma.sql`
    WITH d AS (
      SELECT dedupe_name_key(${name}) AS name_key, dedupe_postal(${draft.postalCode}) AS postal,
             dedupe_fold(${draft.city}) AS city, dedupe_domain(${draft.website}) AS domain
    ), draft_assets AS (
      SELECT unnest(${draft.assetIds ?? []}::uuid[]) AS asset_id
      UNION SELECT asset_id FROM asset_customer
      WHERE customer_id = ${excludeId}::uuid AND organization_id = ${org} AND status = 'current'
    ), hits AS (
      SELECT id FROM customer WHERE organization_id = ${org} AND email_keys && ${emails}::text[]
      UNION SELECT id FROM customer WHERE organization_id = ${org} AND phone_keys && ${phones}::text[]
      UNION SELECT id FROM customer WHERE organization_id = ${org} AND account_number = ${draft.accountNumber}::citext
      UNION SELECT c.id FROM customer c, d WHERE c.organization_id = ${org} AND c.website_domain = d.domain
      UNION SELECT l.customer_id FROM asset_customer l JOIN draft_assets a ON a.asset_id = l.asset_id
      WHERE l.organization_id = ${org} AND l.status = 'current'
      UNION (SELECT c.id FROM customer c, d WHERE c.organization_id = ${org} AND d.name_key <> '' AND c.name_key % d.name_key
             ORDER BY similarity(c.name_key, d.name_key) DESC LIMIT ${NAME_HITS})
    )
    SELECT c.id::text, c.name::text, c.account_number::text, c.email::text, c.city::text,
           c.archived_at IS NOT NULL AS archived,
           c.account_number = ${draft.accountNumber}::citext AS same_account,
           ARRAY(SELECT unnest(c.email_keys) INTERSECT SELECT unnest(${emails}::text[])
                 INTERSECT SELECT lower(c.email::text)) AS own_emails,
           ARRAY(SELECT unnest(c.email_keys) INTERSECT SELECT unnest(${emails}::text[])
                 EXCEPT SELECT lower(c.email::text)) AS contact_emails,
           ARRAY(SELECT unnest(c.phone_keys) INTERSECT SELECT unnest(${phones}::text[])
                 INTERSECT SELECT unnest(ARRAY[c.phone, c.secondary_phone])) AS own_phones,
           ARRAY(SELECT unnest(c.phone_keys) INTERSECT SELECT unnest(${phones}::text[])
                 EXCEPT SELECT unnest(ARRAY[c.phone, c.secondary_phone])) AS contact_phones,
           CASE WHEN d.name_key <> '' THEN similarity(c.name_key, d.name_key) END AS name_similarity,
           dedupe_postal(c.postal_code) = d.postal AS same_postal,
           dedupe_fold(c.city) = d.city AS same_city,
           CASE WHEN c.website_domain = d.domain THEN d.domain END AS domain,
           coalesce((SELECT json_agg(json_build_object('id', a.id,
                       'label', coalesce(a.registration, a.license_plate, a.vin, concat_ws(' ', a.make, a.model)))
                       ORDER BY a.id)
                     FROM asset_customer l JOIN draft_assets x ON x.asset_id = l.asset_id JOIN asset a ON a.id = l.asset_id
                     WHERE l.customer_id = c.id AND l.status = 'current'), '[]'::json) AS shared_assets
    FROM hits JOIN customer c ON c.id = hits.id CROSS JOIN d
    WHERE c.organization_id = ${org} AND c.id IS DISTINCT FROM ${excludeId}::uuid AND ${duplicateCandidateCondition}`;
  // `%` reads its threshold from the session; set only for this transaction (h3's search may use another).
  const [, rows] = await db.$transaction([
    db.$executeRawUnsafe(`SET LOCAL pg_trgm.similarity_threshold = ${NAME_SIMILARITY.withLocation}`),
    db.$queryRaw<CandidateRow[]>(query),
  ]);
  return rows
    .map((row) => {
      const reasons = reasonsOf(row, draft.accountNumber);
      return {
        id: row.id,
        name: row.name,
        accountNumber: row.account_number,
        email: row.email,
        city: row.city,
        archived: row.archived,
        score: scoreReasons(reasons),
        reasons,
      };
    })
    .filter((candidate) => candidate.reasons.length > 0)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, opts.limit ?? DEFAULT_LIMIT);
}
