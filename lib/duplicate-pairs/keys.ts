import "server-only";
// The keys the duplicates scan joins customers on: lib/duplicates' stored keys (customer.email_keys,
// phone_keys, name_key, website_domain, kept by triggers) over one organization's live customers
// (merged tombstones excluded; archived ones included — merging them in is still useful).
import { Prisma } from "@/lib/db";
import { duplicateCandidateCondition } from "@/lib/duplicates/queries";

/** The organization's customers a scan compares, as `c`. */
const scanned = (orgId: string) =>
  Prisma.sql`(SELECT * FROM customer c WHERE c.organization_id = ${orgId} AND ${duplicateCandidateCondition()}) c`;

export type ExactKey = "email" | "phone" | "accountNumber" | "websiteDomain" | "sharedAsset";

/**
 * (customer_id, value, own) rows of one exact key; `own` marks the customer's own email or phone
 * (else a contact's), which decides between the email and contactEmail (phone, contactPhone) reasons.
 * Account numbers are unique per organization, so they are compared as written apart from
 * punctuation and case ("C-000123" and "c000123").
 */
export function exactKeyRows(key: ExactKey, orgId: string): Prisma.Sql {
  switch (key) {
    case "email":
      return Prisma.sql`SELECT c.id AS customer_id, k.value, k.value = lower(c.email::text) AS own
        FROM ${scanned(orgId)}, LATERAL unnest(c.email_keys) AS k(value)`;
    case "phone":
      return Prisma.sql`SELECT c.id AS customer_id, k.value, k.value IN (c.phone, c.secondary_phone) AS own
        FROM ${scanned(orgId)}, LATERAL unnest(c.phone_keys) AS k(value)`;
    case "accountNumber":
      return Prisma.sql`SELECT c.id AS customer_id, dedupe_postal(c.account_number) AS value, true AS own
        FROM ${scanned(orgId)} WHERE c.account_number IS NOT NULL`;
    case "websiteDomain":
      return Prisma.sql`SELECT c.id AS customer_id, c.website_domain AS value, true AS own
        FROM ${scanned(orgId)} WHERE c.website_domain IS NOT NULL`;
    case "sharedAsset":
      return Prisma.sql`SELECT c.id AS customer_id, l.asset_id::text AS value, true AS own
        FROM asset_customer l JOIN ${scanned(orgId)} ON c.id = l.customer_id
        WHERE l.organization_id = ${orgId} AND l.status = 'current'`;
  }
}

/**
 * (id, name_key, block) rows: each customer with a name key in the blocks it is compared within —
 * its postal code ('p:…'), its city ('c:…') and, for nearly equal names alone, the whole organization ('*').
 */
export function nameBlockRows(orgId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT k.id, k.name_key, b.block FROM (
      SELECT c.id, c.name_key, dedupe_postal(c.postal_code) AS postal, dedupe_fold(c.city) AS city
      FROM ${scanned(orgId)} WHERE length(c.name_key) >= 3
    ) k, LATERAL (VALUES ('p:' || k.postal), ('c:' || k.city), ('*')) AS b(block)
    WHERE b.block IS NOT NULL`;
}
