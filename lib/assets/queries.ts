import "server-only";
// Asset reads for the acting organization: the paged list, one asset, and combobox options.
import { db, type Prisma } from "@/lib/db";
import { onReplica } from "@/lib/db/read-routing";
import { assertCan, type Ctx } from "@/lib/auth/context";
import type { Asset } from "@/lib/generated/prisma/client";
import { normalizeSearchTerm } from "@/lib/search-text";
import { escapeLike } from "@/lib/list-params";
import { findUserRefs, type UserRef } from "@/lib/users/queries";
import { findAssetInOrg } from "@/lib/assets/lookup";
import { assetLabel, assetIdentitySelect, assetLabelSelect } from "@/lib/assets/format";
import type { AssetListParams, AssetSort } from "@/lib/assets/list-params";
import type { AssetKind } from "@/lib/assets/options";
import { LIST_COUNT_CAP, cappedTotal, isReachablePage, listPageCount, type ListTotal } from "@/lib/list-total";

/** Only the columns the aircraft and vehicle tables show. */
const listSelect = {
  ...assetIdentitySelect,
  year: true,
  aircraftClass: true,
  totalAirframeHours: true,
  licensePlate: true,
  color: true,
  mileage: true,
  active: true,
  archivedAt: true,
  updatedAt: true,
  homeServiceCenter: { select: { id: true, code: true, name: true } },
} satisfies Prisma.AssetSelect;

type ListPayload = Prisma.AssetGetPayload<{ select: typeof listSelect }>;
/** Decimal hours as a plain number, so rows can be handed to client components. */
export type AssetListRow = Omit<ListPayload, "totalAirframeHours"> & { totalAirframeHours: number | null };

/** A page of rows and how many match, counted up to the cap ("10,000+", lib/list-total.ts). */
export interface AssetListResult extends ListTotal {
  rows: AssetListRow[];
  pageCount: number;
  page: number;
  perPage: number;
}

/** The folded query as a LIKE substring of search_text; null when there is nothing to search. */
function searchPattern(q: string): string | null {
  const { text } = normalizeSearchTerm(q);
  return text ? escapeLike(text) : null;
}

function buildListWhere(ctx: Ctx, params: AssetListParams): Prisma.AssetWhereInput {
  const where: Prisma.AssetWhereInput = { organizationId: ctx.orgId };
  if (params.kind) where.kind = params.kind;
  const pattern = searchPattern(params.q);
  if (pattern) where.searchText = { contains: pattern };
  if (params.status.length === 1) where.active = params.status[0] === "active";
  if (params.center.length > 0) where.homeServiceCenterId = { in: params.center };
  if (params.archived === "exclude") where.archivedAt = null;
  if (params.archived === "only") where.archivedAt = { not: null };
  return where;
}

const requiredColumns = new Set(["active", "createdAt", "updatedAt"]);

function buildOrderBy({ column, direction }: AssetSort): Prisma.AssetOrderByWithRelationInput[] {
  const first: Prisma.AssetOrderByWithRelationInput =
    column === "homeServiceCenter"
      ? { homeServiceCenter: { name: direction } }
      : requiredColumns.has(column)
        ? { [column]: direction }
        : { [column]: { sort: direction, nulls: "last" } };
  return [first, { id: direction }];
}

const toRow = (row: ListPayload): AssetListRow => ({
  ...row,
  totalAirframeHours: row.totalAirframeHours?.toNumber() ?? null,
});

export async function listAssets(ctx: Ctx, params: AssetListParams): Promise<AssetListResult> {
  assertCan(ctx, "asset:read");
  return onReplica(async () => {
    const where = buildListWhere(ctx, params);
    const [rows, counted] = await Promise.all([
      isReachablePage(params.page, params.perPage)
        ? db.asset.findMany({
            where,
            select: listSelect,
            orderBy: buildOrderBy(params.sort),
            skip: (params.page - 1) * params.perPage,
            take: params.perPage,
          })
        : [],
      db.asset.count({ where, take: LIST_COUNT_CAP + 1 }),
    ]);
    const total = cappedTotal(counted);
    return {
      rows: rows.map(toRow),
      ...total,
      pageCount: listPageCount(total.total, params.perPage),
      page: params.page,
      perPage: params.perPage,
    };
  });
}

export type AssetDetail = Omit<Asset, "totalAirframeHours"> & {
  totalAirframeHours: number | null;
  homeServiceCenter: { id: string; code: string; name: string; active: boolean } | null;
  createdBy: UserRef | null;
  updatedBy: UserRef | null;
  archivedBy: UserRef | null;
};

export async function getAsset(ctx: Ctx, id: string): Promise<AssetDetail> {
  assertCan(ctx, "asset:read");
  return onReplica(async () => {
    const asset = await findAssetInOrg(db, ctx.orgId, id);
    const [users, homeServiceCenter] = await Promise.all([
      findUserRefs(db, [asset.createdById, asset.updatedById, asset.archivedById]),
      asset.homeServiceCenterId
        ? db.serviceCenter.findFirst({
            where: { id: asset.homeServiceCenterId, organizationId: ctx.orgId },
            select: { id: true, code: true, name: true, active: true },
          })
        : null,
    ]);
    const resolve = (userId: string | null) => (userId ? (users.get(userId) ?? null) : null);
    return {
      ...asset,
      totalAirframeHours: asset.totalAirframeHours?.toNumber() ?? null,
      homeServiceCenter,
      createdBy: resolve(asset.createdById),
      updatedBy: resolve(asset.updatedById),
      archivedBy: resolve(asset.archivedById),
    };
  });
}

export interface AssetOption {
  id: string;
  kind: AssetKind;
  label: string;
  registration: string | null;
  vin: string | null;
  make: string | null;
  model: string | null;
  year: number | null;
}

const MAX_OPTIONS = 50;

/**
 * Non-archived assets matching `q` (registration, VIN, serial, make, model, plate), for pickers;
 * with `linkedTo`, only those with a current link to that customer; `notLinkedToCustomerId` leaves out
 * the aircraft and vehicles already linked to that customer (in any status).
 */
export async function searchAssetOptions(
  ctx: Ctx,
  {
    q,
    kind,
    limit = 20,
    linkedTo,
    notLinkedToCustomerId,
  }: { q: string; kind?: AssetKind | null; limit?: number; linkedTo?: string; notLinkedToCustomerId?: string },
): Promise<AssetOption[]> {
  assertCan(ctx, "asset:read");
  const pattern = searchPattern(q);
  const rows = await db.asset.findMany({
    where: {
      organizationId: ctx.orgId,
      archivedAt: null,
      ...(kind && { kind }),
      ...(pattern && { searchText: { contains: pattern } }),
      ...(linkedTo && {
        customerLinks: { some: { organizationId: ctx.orgId, customerId: linkedTo, status: "current" } },
      }),
      ...(notLinkedToCustomerId && { customerLinks: { none: { customerId: notLinkedToCustomerId } } }),
    },
    select: { id: true, ...assetLabelSelect },
    orderBy: [{ kind: "asc" }, { registration: "asc" }, { make: "asc" }, { model: "asc" }, { id: "asc" }],
    take: Math.min(Math.max(1, Math.trunc(limit)), MAX_OPTIONS),
  });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    label: assetLabel(row),
    registration: row.registration,
    vin: row.vin,
    make: row.make,
    model: row.model,
    year: row.year,
  }));
}
