import "server-only";
// Customer reads for the acting organization: the paged list (filters and order in SQL, lib/customers/search-page.ts),
// one customer, the tags in use, picker options.
import { db, type Prisma } from "@/lib/db";
import { assertCan, type Ctx } from "@/lib/auth/context";
import type { Customer } from "@/lib/generated/prisma/client";
import { findUserRefs, type UserRef } from "@/lib/users/queries";
import { findCustomerInOrg } from "@/lib/customers/lookup";
import { parseCustomerListParams, type CustomerListParams } from "@/lib/customers/list-params";
import type { OrgDefaults } from "@/lib/customers/rows";
import { findCustomerPage } from "@/lib/customers/search-page";
import { findMatchedAssets, type MatchedAsset } from "@/lib/customers/matched-assets";
import { parseCustomerSearch } from "@/lib/customers/search-match";

/** Only the columns the customers table shows. */
const listSelect = {
  id: true,
  kind: true,
  name: true,
  displayName: true,
  accountNumber: true,
  email: true,
  phone: true,
  status: true,
  city: true,
  country: true,
  tags: true,
  customerSince: true,
  createdAt: true,
  updatedAt: true,
  archivedAt: true,
  lastActivityAt: true,
  tier: { select: { id: true, name: true, color: true } },
  owner: { select: { id: true, name: true } },
} satisfies Prisma.CustomerSelect;

export interface PrimaryContactRef {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
}

/**
 * A row of the list; `primaryContact` is only looked up while its column is shown (else null);
 * `matchedAsset` is the current aircraft or vehicle a search matched (else null).
 */
export type CustomerListRow = Prisma.CustomerGetPayload<{ select: typeof listSelect }> & {
  primaryContact: PrimaryContactRef | null;
  matchedAsset: MatchedAsset | null;
};

export interface CustomerListResult {
  rows: CustomerListRow[];
  /** Exact, or SEARCH_COUNT_CAP when `totalCapped` (a search matching more: "10,000+"). */
  total: number;
  totalCapped: boolean;
  pageCount: number;
  page: number;
  perPage: number;
}

/** Primary contacts of a page of customers, in one query, only when their column is shown. */
async function findPrimaryContacts(ctx: Ctx, ids: string[]): Promise<Map<string, PrimaryContactRef>> {
  const contacts = await db.contact.findMany({
    where: { organizationId: ctx.orgId, customerId: { in: ids }, isPrimary: true, deletedAt: null },
    select: { id: true, customerId: true, firstName: true, lastName: true, email: true },
  });
  return new Map(contacts.map(({ customerId, ...contact }) => [customerId, contact]));
}

async function findRows(ctx: Ctx, params: CustomerListParams, ids: string[]): Promise<CustomerListRow[]> {
  if (ids.length === 0) return [];
  const withContacts = params.columns.includes("primaryContact");
  const search = parseCustomerSearch(params.q);
  const [rows, contacts, assets] = await Promise.all([
    db.customer.findMany({ where: { id: { in: ids }, organizationId: ctx.orgId }, select: listSelect }),
    withContacts ? findPrimaryContacts(ctx, ids) : new Map<string, PrimaryContactRef>(),
    search ? findMatchedAssets(ctx, ids, search) : new Map<string, MatchedAsset>(),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ ...row, primaryContact: contacts.get(id) ?? null, matchedAsset: assets.get(id) ?? null }] : [];
  });
}

/**
 * A page of the list. A search ranks by relevance unless another sort was chosen, and counts up to
 * SEARCH_COUNT_CAP: past it `totalCapped` is set and the pages reach only that far.
 */
export async function listCustomers(ctx: Ctx, params: CustomerListParams): Promise<CustomerListResult> {
  assertCan(ctx, "customer:read");
  const { ids, total, capped } = await findCustomerPage(ctx, params);
  const rows = await findRows(ctx, params, ids);
  const pageCount = Math.ceil(total / params.perPage);
  return { rows, total, totalCapped: capped, pageCount, page: params.page, perPage: params.perPage };
}

interface CustomerTierRef {
  id: string;
  name: string;
  color: string;
  discountPercent: string;
}

export type CustomerDetail = Customer & {
  createdBy: UserRef | null;
  updatedBy: UserRef | null;
  archivedBy: UserRef | null;
  owner: UserRef | null;
  tier: CustomerTierRef | null;
};

export async function getCustomer(ctx: Ctx, id: string): Promise<CustomerDetail> {
  assertCan(ctx, "customer:read");
  const customer = await findCustomerInOrg(db, ctx.orgId, id);
  const [users, tier] = await Promise.all([
    findUserRefs(db, [customer.createdById, customer.updatedById, customer.archivedById, customer.ownerId]),
    customer.tierId
      ? db.customerTier.findFirst({
          where: { id: customer.tierId, organizationId: ctx.orgId },
          select: { id: true, name: true, color: true, discountPercent: true },
        })
      : null,
  ]);
  const resolve = (userId: string | null) => (userId ? (users.get(userId) ?? null) : null);
  return {
    ...customer,
    createdBy: resolve(customer.createdById),
    updatedBy: resolve(customer.updatedById),
    archivedBy: resolve(customer.archivedById),
    owner: resolve(customer.ownerId),
    tier: tier && { ...tier, discountPercent: tier.discountPercent.toFixed(2) },
  };
}

/** Distinct tags on the organization's customers (archived included), for the tag filter. */
/** The country and currency the organization's new customers start from (see applyOrgDefaults). */
export async function getOrgDefaults(ctx: Ctx): Promise<OrgDefaults> {
  return db.organization.findUniqueOrThrow({
    where: { id: ctx.orgId },
    select: { defaultCountry: true, defaultCurrency: true },
  });
}

export async function listCustomerTags(ctx: Ctx): Promise<string[]> {
  assertCan(ctx, "customer:read");
  const rows = await db.$queryRaw<{ tag: string }[]>`
    SELECT DISTINCT unnest(tags) AS tag FROM customer WHERE organization_id = ${ctx.orgId} AND merged_into_id IS NULL`;
  const byLetters = (a: string, b: string) => a.localeCompare(b, "en", { sensitivity: "base" }) || (a < b ? -1 : 1);
  return rows.map((row) => row.tag).sort(byLetters);
}

export interface CustomerOption {
  value: string;
  label: string;
  /** "account · email · city", the parts that are set. */
  description: string;
}

const MAX_CUSTOMER_OPTIONS = 50;

/**
 * Non-archived customers matching `q` in the list's relevance order (by name without `q`), for pickers;
 * `notLinkedToAssetId` leaves out the customers already linked to that aircraft or vehicle.
 */
export async function searchCustomerOptions(
  ctx: Ctx,
  { q, limit = 20, notLinkedToAssetId }: { q: string; limit?: number; notLinkedToAssetId?: string },
): Promise<CustomerOption[]> {
  assertCan(ctx, "customer:read");
  const take = Math.min(Math.max(1, Math.trunc(limit)), MAX_CUSTOMER_OPTIONS);
  // One list page (the same ranked, capped search); an asset's few linked customers are dropped after.
  const [{ ids }, linked] = await Promise.all([
    findCustomerPage(ctx, parseCustomerListParams({ q, perPage: "100" })),
    notLinkedToAssetId
      ? db.assetCustomer.findMany({
          where: { organizationId: ctx.orgId, assetId: notLinkedToAssetId },
          select: { customerId: true },
        })
      : [],
  ]);
  const excluded = new Set(linked.map((link) => link.customerId));
  const wanted = ids.filter((id) => !excluded.has(id)).slice(0, take);
  const found = await db.customer.findMany({
    where: { id: { in: wanted }, organizationId: ctx.orgId },
    select: { id: true, name: true, accountNumber: true, email: true, city: true },
  });
  const byId = new Map(found.map((row) => [row.id, row]));
  const rows = wanted.flatMap((id) => byId.get(id) ?? []);
  return rows.map((row) => ({
    value: row.id,
    label: row.name,
    description: [row.accountNumber, row.email, row.city].filter(Boolean).join(" · "),
  }));
}
