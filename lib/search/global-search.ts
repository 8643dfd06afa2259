import "server-only";
// The command palette's search: a few customers, aircraft, vehicles and work orders matching what was
// typed, one query per kind (run in parallel) on the trigram-indexed search_text, best matches first
// (customers in the list's relevance order; an exact registration, VIN, plate or work-order number), archived last.
import { z } from "zod";
import type { Ctx } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { db, Prisma } from "@/lib/db";
import { assetHref, assetLabel } from "@/lib/assets/format";
import type { AssetKind } from "@/lib/assets/options";
import { parseCustomerListParams } from "@/lib/customers/list-params";
import { findCustomerPage } from "@/lib/customers/search-page";
import { formatPhone } from "@/lib/fields/phone";
import { escapeLike } from "@/lib/list-params";
import { MIN_QUERY_LENGTH, isSearchableQuery } from "@/lib/search/query";
import { foldText } from "@/lib/search-text";
import { resolveVisibility } from "@/lib/privacy/visibility";
import { maskCustomer } from "@/lib/privacy/masking";
import { formatWorkOrderStatus, formatWorkOrderType } from "@/lib/work-orders/options";

export const globalSearchInputSchema = z.object({ q: z.string().max(100) });
export type GlobalSearchInput = z.infer<typeof globalSearchInputSchema>;

export interface SearchHit {
  id: string;
  title: string;
  /** What else identifies it: account number and email, make and model, status and customer. */
  detail: string;
  href: string;
  archived: boolean;
}

export interface GlobalSearchResult {
  customers: SearchHit[];
  aircraft: SearchHit[];
  vehicles: SearchHit[];
  workOrders: SearchHit[];
}

/** Results per kind: enough to recognise the one meant, few enough to read at a glance. */
export const HITS_PER_KIND = 5;

const joinDetail = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(" · ");

/**
 * Customers the list's search finds (names, account number, email, phone digits, live contacts, current
 * aircraft and vehicles, near-misses) in its relevance order, archived ones after the rest of the page.
 */
async function searchCustomers(ctx: Ctx, q: string): Promise<SearchHit[]> {
  const { ids } = await findCustomerPage(ctx, parseCustomerListParams({ q, archived: "include" }));
  const [found, visibility] = await Promise.all([
    db.customer.findMany({
      where: { id: { in: ids }, organizationId: ctx.orgId },
      select: { id: true, name: true, accountNumber: true, email: true, phone: true, city: true, archivedAt: true },
    }),
    resolveVisibility(ctx, ids),
  ]);
  // A search still finds customers seen with limited details (no duplicates created), showing masked values.
  const rows = found.map((row) => (visibility.isMasked(row.id) ? maskCustomer(row) : row));
  const rank = new Map(ids.map((id, index) => [id, index]));
  const ordered = rows.sort(
    (a, b) => Number(a.archivedAt !== null) - Number(b.archivedAt !== null) || rank.get(a.id)! - rank.get(b.id)!,
  );
  return ordered.slice(0, HITS_PER_KIND).map((row) => ({
    id: row.id,
    title: row.name,
    detail: joinDetail(row.accountNumber, row.email, formatPhone(row.phone), row.city),
    href: `/customers/${row.id}`,
    archived: row.archivedAt !== null,
  }));
}

interface AssetRow {
  id: string;
  registration: string | null;
  vin: string | null;
  licensePlate: string | null;
  make: string | null;
  model: string | null;
  year: number | null;
  archived: boolean;
}

/** Identifiers compared without case, spaces and hyphens: "c fabc" is C-FABC, "abc123" is ABC-123. */
const compactIdentifier = (text: string) => text.replace(/[\s-]/g, "").toUpperCase();

/**
 * Aircraft or vehicles whose search text (registration, VIN, serial number, make, model, plate, each
 * identifier also without hyphens and spaces) contains the query: an exact registration, VIN or plate
 * first, then identifiers starting with it, then by identifier.
 */
async function searchAssets(ctx: Ctx, kind: AssetKind, text: string): Promise<SearchHit[]> {
  const compact = compactIdentifier(text);
  const patterns = [...new Set([text, compact.toLowerCase()])].filter(Boolean).map(escapeLike);
  const matches = Prisma.join(
    patterns.map((pattern) => Prisma.sql`search_text LIKE ${`%${pattern}%`}`),
    " OR ",
  );
  const prefix = `${escapeLike(compact)}%`;
  const rows = await db.$queryRaw<AssetRow[]>`
    SELECT id::text AS id, registration, vin::text AS vin, license_plate AS "licensePlate", make::text AS make,
           model::text AS model, year, archived_at IS NOT NULL AS archived
    FROM asset,
         LATERAL (SELECT upper(regexp_replace(coalesce(registration, vin, ''), '[\\s-]', '', 'g')) AS ident,
                         upper(regexp_replace(coalesce(license_plate, ''), '[\\s-]', '', 'g')) AS plate) AS k
    WHERE organization_id = ${ctx.orgId} AND kind = ${kind}::asset_kind AND (${matches})
    ORDER BY archived_at IS NOT NULL,
             (k.ident = ${compact} OR k.plate = ${compact}) DESC,
             (k.ident LIKE ${prefix} OR k.plate LIKE ${prefix}) DESC,
             k.ident, k.plate, id
    LIMIT ${HITS_PER_KIND}`;
  return rows.map((row) => {
    const plate = row.licensePlate && row.licensePlate !== row.vin ? `Plate ${row.licensePlate}` : null;
    const description = [row.make, row.model, row.year].filter((part) => part != null && part !== "").join(" ");
    return {
      id: row.id,
      title: kind === "aircraft" ? (row.registration ?? assetLabel({ kind, ...row })) : assetLabel({ kind, ...row }),
      detail: kind === "aircraft" ? description : joinDetail(plate),
      href: assetHref({ id: row.id, kind }),
      archived: row.archived,
    };
  });
}

/** A number typed as its center code and sequence, "KTYS123" or "ktys-00123" (the code ends in a letter). */
const CODE_AND_SEQUENCE = /^([A-Z][A-Z0-9]*[A-Z])-?0*(\d{1,9})$/;
const MAX_SEQUENCE = 2_147_483_647;

/** Which work orders a typed number names: a prefix of the number, its sequence alone, or code and sequence. */
function workOrderNumberConditions(q: string): Prisma.WorkOrderWhereInput[] {
  const typed = q.replace(/\s/g, "").toUpperCase();
  if (!/^[A-Z0-9-]+$/.test(typed)) return [];
  // The trigram index narrows the rows; the prefix test on the (upper-case) number decides.
  const conditions: Prisma.WorkOrderWhereInput[] = [
    { searchText: { contains: escapeLike(typed.toLowerCase()) }, number: { startsWith: escapeLike(typed) } },
  ];
  const digits = /^\d+$/.test(typed) ? Number(typed) : null;
  if (digits !== null && digits > 0 && digits <= MAX_SEQUENCE) conditions.push({ sequence: digits });
  const coded = CODE_AND_SEQUENCE.exec(typed);
  const sequence = coded ? Number(coded[2]) : 0;
  if (coded && sequence > 0 && sequence <= MAX_SEQUENCE) {
    conditions.push({ sequence, serviceCenter: { code: coded[1] } });
  }
  return conditions;
}

/** Work orders by number (exact or prefix, "123" for sequence 123, "KTYS123"), newest first, an exact number first. */
async function searchWorkOrders(ctx: Ctx, q: string): Promise<SearchHit[]> {
  const conditions = workOrderNumberConditions(q);
  if (conditions.length === 0) return [];
  const rows = await db.workOrder.findMany({
    where: { organizationId: ctx.orgId, OR: conditions },
    select: {
      id: true,
      number: true,
      type: true,
      status: true,
      customerName: true,
      asset: { select: { kind: true, registration: true, vin: true, licensePlate: true, make: true, model: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: HITS_PER_KIND,
  });
  const exact = q.replace(/\s/g, "").toUpperCase();
  rows.sort((a, b) => Number(b.number === exact) - Number(a.number === exact));
  return rows.map((row) => ({
    id: row.id,
    title: row.number,
    detail: joinDetail(
      row.type === "quote" ? formatWorkOrderType(row.type) : null,
      formatWorkOrderStatus(row.status),
      row.asset.kind === "aircraft" ? row.asset.registration : (row.asset.vin ?? row.asset.licensePlate),
      row.customerName,
    ),
    href: `/work-orders/${row.id}`,
    archived: false,
  }));
}

const none = async (): Promise<SearchHit[]> => [];

/**
 * Up to HITS_PER_KIND records of each kind the acting member may read that match `q`, in the acting
 * organization only. A query too short to search finds nothing (the palette shows its actions); a lone
 * digit is only a work order's sequence.
 */
export async function globalSearch(ctx: Ctx, { q }: GlobalSearchInput): Promise<GlobalSearchResult> {
  const text = foldText(q);
  const empty: GlobalSearchResult = { customers: [], aircraft: [], vehicles: [], workOrders: [] };
  if (!isSearchableQuery(text)) return empty;
  const byText = text.length >= MIN_QUERY_LENGTH;
  const [customers, aircraft, vehicles, workOrders] = await Promise.all([
    byText && can(ctx.role, "customer:read") ? searchCustomers(ctx, q) : none(),
    byText && can(ctx.role, "asset:read") ? searchAssets(ctx, "aircraft", text) : none(),
    byText && can(ctx.role, "asset:read") ? searchAssets(ctx, "vehicle", text) : none(),
    can(ctx.role, "workOrder:read") ? searchWorkOrders(ctx, q) : none(),
  ]);
  return { customers, aircraft, vehicles, workOrders };
}
