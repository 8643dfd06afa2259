import "server-only";
// The keys the duplicates scan joins customers on, as SQL over one organization's customers that can
// still be merged: each exact key as (customer_id, value) rows, and the name key with its blocks
// (country + postal code, country + city) for the similarity step.
import { Prisma } from "@/lib/db";
import type { ReasonCode } from "@/lib/duplicate-pairs/rules";

/** The organization's customers a scan compares (archived ones too: merging them in is still useful). */
export function scannedCustomers(orgId: string): Prisma.Sql {
  return Prisma.sql`SELECT * FROM customer WHERE organization_id = ${orgId}`;
}

const legalSuffixes =
  "llc|l l c|inc|incorporated|corp|corporation|co|company|ltd|limited|plc|lp|llp|gmbh|ag|kg|ug|ohg|sa|sas|sarl|srl|spa|bv|nv|ab|as|oy|aps|pty|pte|kk";

/** Lower-case, accent-free, punctuation and legal suffixes gone: "Müller Flugtechnik GmbH" → "muller flugtechnik". */
const nameKey = (column: string) =>
  Prisma.raw(
    `btrim(regexp_replace(regexp_replace(regexp_replace(lower(unaccent(${column})), '[^a-z0-9]+', ' ', 'g'), '\\m(${legalSuffixes})\\M', ' ', 'g'), '\\s+', ' ', 'g'))`,
  );

const emailKey = (column: string) => Prisma.raw(`lower(btrim(${column}))`);
const digitsKey = (column: string) =>
  Prisma.raw(`NULLIF(lower(regexp_replace(${column}, '[^[:alnum:]]', '', 'g')), '')`);
/** "https://www.Example.com/about" → "example.com". */
const domainKey = (column: string) =>
  Prisma.raw(`NULLIF(lower(regexp_replace(btrim(${column}), '^([a-z]+://)?(www\\.)?([^/:?#]+).*$', '\\3', 'i')), '')`);

/** (customer_id, value) rows of one exact key over `scope` (a customer subquery). */
export function exactKeyRows(code: Exclude<ReasonCode, "name">, orgId: string): Prisma.Sql {
  const scope = scannedCustomers(orgId);
  switch (code) {
    case "email":
      return Prisma.sql`
        SELECT c.id AS customer_id, ${emailKey("c.email")} AS value FROM (${scope}) c WHERE c.email IS NOT NULL
        UNION
        SELECT c.id, ${emailKey("ct.email")} FROM contact ct JOIN (${scope}) c ON c.id = ct.customer_id
        WHERE ct.organization_id = ${orgId} AND ct.deleted_at IS NULL`;
    case "phone":
      return Prisma.sql`
        SELECT c.id AS customer_id, p.value FROM (${scope}) c, LATERAL (VALUES (c.phone), (c.secondary_phone)) p(value)
        WHERE p.value IS NOT NULL
        UNION
        SELECT c.id, p.value FROM contact ct JOIN (${scope}) c ON c.id = ct.customer_id,
          LATERAL (VALUES (ct.phone), (ct.mobile)) p(value)
        WHERE ct.organization_id = ${orgId} AND ct.deleted_at IS NULL AND p.value IS NOT NULL`;
    case "accountNumber":
      return Prisma.sql`SELECT c.id AS customer_id, ${digitsKey("c.account_number")} AS value FROM (${scope}) c
        WHERE c.account_number IS NOT NULL`;
    case "website":
      return Prisma.sql`SELECT c.id AS customer_id, ${domainKey("c.website")} AS value FROM (${scope}) c
        WHERE c.website IS NOT NULL`;
    case "asset":
      return Prisma.sql`
        SELECT c.id AS customer_id, COALESCE(a.registration, a.vin, a.license_plate, a.id::text) AS value
        FROM asset_customer l JOIN (${scope}) c ON c.id = l.customer_id JOIN asset a ON a.id = l.asset_id
        WHERE l.organization_id = ${orgId} AND l.status = 'current'`;
  }
}

/** (id, name_key, city_block, postal_block) of every customer with a name key of 3+ characters and a place. */
export function nameKeyRows(orgId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT id, name_key, city_block, postal_block FROM (
      SELECT c.id, ${nameKey("c.name")} AS name_key,
        CASE WHEN c.city IS NOT NULL THEN COALESCE(c.country, '') || ':' || lower(unaccent(c.city::text)) END AS city_block,
        CASE WHEN c.postal_code IS NOT NULL THEN COALESCE(c.country, '') || ':' || ${digitsKey("c.postal_code")} END AS postal_block
      FROM (${scannedCustomers(orgId)}) c
    ) k
    WHERE length(name_key) >= 3 AND (city_block IS NOT NULL OR postal_block IS NOT NULL)`;
}
