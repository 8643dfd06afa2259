import "server-only";
// Customer reads for the acting organization: the paged list (filters and order in SQL, lib/customers/search-page.ts),
// one customer, the tags in use, picker options.
import { db, type Prisma } from "@/lib/db";
import { onReplica } from "@/lib/db/read-routing";
import { assertCan, type Ctx } from "@/lib/auth/context";
import type { Customer } from "@/lib/generated/prisma/client";
import { findUserRefs, type UserRef } from "@/lib/users/queries";
import { findCustomerInOrg } from "@/lib/customers/lookup";
import { parseCustomerListParams, type CustomerListParams } from "@/lib/customers/list-params";
import type { OrgDefaults } from "@/lib/customers/rows";
import { findCustomerPage } from "@/lib/customers/search-page";
import { findMatchedAssets, type MatchedAsset } from "@/lib/customers/matched-assets";
import { parseCustomerSearch } from "@/lib/customers/search-match";
import { listPageCount, type ListTotal } from "@/lib/list-total";
import { resolveVisibility } from "@/lib/privacy/visibility";
import { maskCustomer } from "@/lib/privacy/masking";

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
 * `matchedAsset` is the current aircraft or vehicle a search matched (else null); `masked`: shown with
 * limited details (lib/privacy/visibility.ts).
 */
export type CustomerListRow = Prisma.CustomerGetPayload<{ select: typeof listSelect }> & {
  primaryContact: PrimaryContactRef | null;
  matchedAsset: MatchedAsset | null;
  masked: boolean;
};

/** A page of rows and how many match: exact up to the cap, "10,000+", or the planner's estimate (lib/list-total.ts). */
export interface CustomerListResult extends ListTotal {
  rows: CustomerListRow[];
  /** Pages reach LIST_COUNT_CAP rows at most. */
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
  const [rows, contacts, assets, visibility] = await Promise.all([
    db.customer.findMany({ where: { id: { in: ids }, organizationId: ctx.orgId }, select: listSelect }),
    withContacts ? findPrimaryContacts(ctx, ids) : new Map<string, PrimaryContactRef>(),
    search ? findMatchedAssets(ctx, ids, search) : new Map<string, MatchedAsset>(),
    resolveVisibility(ctx, ids),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const full = { ...row, primaryContact: contacts.get(id) ?? null, matchedAsset: assets.get(id) ?? null };
    const masked = visibility.isMasked(id);
    return [{ ...(masked ? maskCustomer(full) : full), masked }];
  });
}

/**
 * A page of the list. A search ranks by relevance unless another sort was chosen. Counts stop at
 * LIST_COUNT_CAP ("10,000+"; a list the planner expects far larger shows its estimate), and the pages
 * reach only that far.
 */
export async function listCustomers(ctx: Ctx, params: CustomerListParams): Promise<CustomerListResult> {
  assertCan(ctx, "customer:read");
  return onReplica(async () => {
    const { ids, ...total } = await findCustomerPage(ctx, params);
    const rows = await findRows(ctx, params, ids);
    const pageCount = listPageCount(total.total, params.perPage);
    return { rows, ...total, pageCount, page: params.page, perPage: params.perPage };
  });
}

interface CustomerTierRef {
  id: string;
  name: string;
  color: string;
  discountPercent: string;
}

export type CustomerDetail = Customer & {
  /** Shown with limited details: personal fields masked (lib/privacy/visibility.ts). */
  masked: boolean;
  createdBy: UserRef | null;
  updatedBy: UserRef | null;
  archivedBy: UserRef | null;
  owner: UserRef | null;
  tier: CustomerTierRef | null;
};

export async function getCustomer(ctx: Ctx, id: string): Promise<CustomerDetail> {
  assertCan(ctx, "customer:read");
  return onReplica(async () => {
    const found = await findCustomerInOrg(db, ctx.orgId, id);
    const masked = (await resolveVisibility(ctx, [found.id])).isMasked(found.id);
    const customer = masked ? maskCustomer(found) : found;
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
      masked,
      createdBy: resolve(customer.createdById),
      updatedBy: resolve(customer.updatedById),
      archivedBy: resolve(customer.archivedById),
      owner: resolve(customer.ownerId),
      tier: tier && { ...tier, discountPercent: tier.discountPercent.toFixed(2) },
    };
  });
}

/** The country and currency the organization's new customers start from (see applyOrgDefaults). */
export async function getOrgDefaults(ctx: Ctx): Promise<OrgDefaults> {
  return db.organization.findUniqueOrThrow({
    where: { id: ctx.orgId },
    select: { defaultCountry: true, defaultCurrency: true },
  });
}

/** Distinct tags on the organization's customers (archived included), for the tag filter. */
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
  const [found, visibility] = await Promise.all([
    db.customer.findMany({
      where: { id: { in: wanted }, organizationId: ctx.orgId },
      select: { id: true, name: true, accountNumber: true, email: true, city: true },
    }),
    resolveVisibility(ctx, wanted),
  ]);
  const byId = new Map(found.map((row) => [row.id, visibility.isMasked(row.id) ? maskCustomer(row) : row]));
  const rows = wanted.flatMap((id) => byId.get(id) ?? []);
  return rows.map((row) => ({
    value: row.id,
    label: row.name,
    description: [row.accountNumber, row.email, row.city].filter(Boolean).join(" · "),
  }));
}
