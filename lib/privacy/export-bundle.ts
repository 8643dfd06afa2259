import "server-only";
// What a subject access export holds: everything the organization keeps about a customer (and the customers
// merged into it) and its contacts, one section per kind of record, each written as JSON and as a
// spreadsheet-safe CSV (lib/csv.ts) into one ZIP.
import { strToU8, zipSync } from "fflate";
import type { Tx } from "@/lib/db";
import { csvRows, type CsvValue } from "@/lib/csv";

type Row = Record<string, unknown>;

export interface BundleSection {
  /** The file name without extension (customer, contacts, activity …). */
  name: string;
  rows: Row[];
}

/** A value as JSON holds it: dates as ISO text, money and big numbers as text, bytes left out. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Uint8Array) return undefined;
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === "object") {
    if ("toFixed" in value && typeof value.toFixed === "function") return String(value);
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plain(inner)]));
  }
  return value;
}

const plainRows = (rows: object[]): Row[] => rows.map((row) => plain(row) as Row);

/** The customer (first) and every customer merged into it, directly or down a chain. */
async function familyIds(tx: Tx, orgId: string, customerId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE family AS (
      SELECT id, 0 AS depth FROM customer WHERE id = ${customerId}::uuid AND organization_id = ${orgId}
      UNION SELECT c.id, f.depth + 1 FROM customer c JOIN family f ON c.merged_into_id = f.id
        WHERE c.organization_id = ${orgId})
    SELECT id::text AS id FROM family ORDER BY depth, id`;
  return rows.map((row) => row.id);
}

/** Every section of the customer's bundle, read in the caller's transaction (one consistent snapshot). */
export async function collectBundle(tx: Tx, orgId: string, customerId: string): Promise<BundleSection[]> {
  const ids = await familyIds(tx, orgId, customerId);
  const ofCustomers = { organizationId: orgId, customerId: { in: ids } };
  const customers = await tx.customer.findMany({ where: { organizationId: orgId, id: { in: ids } } });
  const byId = new Map(customers.map((customer) => [customer.id, customer]));
  const [contacts, activity, assetLinks, workOrders, ownership, consents, importRows, merges, erasures] =
    await Promise.all([
      tx.contact.findMany({ where: ofCustomers, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
      tx.activity.findMany({ where: ofCustomers, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
      tx.assetCustomer.findMany({
        where: ofCustomers,
        orderBy: { createdAt: "asc" },
        include: {
          asset: { select: { kind: true, registration: true, vin: true, serialNumber: true, make: true, model: true } },
        },
      }),
      tx.workOrder.findMany({
        where: ofCustomers,
        orderBy: { createdAt: "asc" },
        omit: { searchText: true },
        include: { serviceCenter: { select: { code: true, name: true } } },
      }),
      tx.ownershipTransfer.findMany({ where: ofCustomers, orderBy: { createdAt: "asc" } }),
      tx.consentChange.findMany({ where: ofCustomers, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
      tx.importRowResult.findMany({
        where: { customerId: { in: ids }, import: { organizationId: orgId } },
        orderBy: [{ importId: "asc" }, { rowNumber: "asc" }],
        include: { import: { select: { filename: true, createdAt: true } } },
      }),
      tx.customerMerge.findMany({
        where: { organizationId: orgId, OR: [{ survivorId: { in: ids } }, { mergedIds: { hasSome: ids } }] },
        orderBy: { createdAt: "asc" },
      }),
      tx.erasureLog.findMany({ where: ofCustomers, orderBy: { createdAt: "asc" } }),
    ]);
  return [
    // The customer's own row first; search text is derived from the fields and left out.
    { name: "customer", rows: plainRows(ids.map((id) => byId.get(id)!).map(({ searchText: _s, ...row }) => row)) },
    { name: "contacts", rows: plainRows(contacts) },
    { name: "activity", rows: plainRows(activity) },
    { name: "asset-links", rows: plainRows(assetLinks) },
    { name: "work-orders", rows: plainRows(workOrders) },
    { name: "ownership-history", rows: plainRows(ownership) },
    { name: "consents", rows: plainRows(consents) },
    { name: "import-history", rows: plainRows(importRows) },
    { name: "merges", rows: plainRows(merges) },
    { name: "erasures", rows: plainRows(erasures) },
  ];
}

/** A cell: text, numbers, booleans and null as they are; nested objects and lists as JSON text. */
const cell = (value: unknown): CsvValue =>
  value === null || value === undefined
    ? null
    : typeof value === "string" || typeof value === "number" || typeof value === "boolean"
      ? value
      : JSON.stringify(value);

/** The section as CSV: UTF-8 with a BOM, a header of every field any row has, formulas neutralized. */
function sectionCsv({ rows }: BundleSection): string {
  const header = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return `\uFEFF${csvRows([header, ...rows.map((row) => header.map((key) => cell(row[key])))])}`;
}

/** The ZIP: manifest.json, then `<section>.json` and `<section>.csv` for every section. */
export function zipBundle(manifest: Row, sections: BundleSection[]): Uint8Array {
  const files: Record<string, Uint8Array> = { "manifest.json": strToU8(JSON.stringify(manifest, null, 2)) };
  for (const section of sections) {
    files[`${section.name}.json`] = strToU8(JSON.stringify(section.rows, null, 2));
    files[`${section.name}.csv`] = strToU8(sectionCsv(section));
  }
  return zipSync(files, { level: 6 });
}
