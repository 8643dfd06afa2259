import "server-only";
// One page of the list sorted by tier or owner without a search term. Ordering 100k customers by a
// joined value means sorting them all (~1 s); instead each tier (or owner) is read in turn from the
// (organization_id, tier_id|owner_id, name) index, at most page-end rows per group, and only those
// few are merged in group order — a handful of index scans, however large the organization.
import { db, Prisma } from "@/lib/db";
import type { Ctx } from "@/lib/auth/context";
import type { CustomerListParams } from "@/lib/customers/list-params";

/** Above this many owners the per-group scans stop paying off; the caller sorts instead. */
const MAX_GROUPS = 60;

/** The group ids in sort order (tiers by level, owners by name); customers without one come last. */
async function groupOrder(ctx: Ctx, column: "tier" | "owner", desc: boolean): Promise<string[]> {
  const direction = Prisma.raw(desc ? "DESC" : "ASC");
  const rows =
    column === "tier"
      ? await db.$queryRaw<{ id: string }[]>`
          SELECT id::text AS id FROM customer_tier WHERE organization_id = ${ctx.orgId}
          ORDER BY level ${direction}, name ASC, id ASC`
      : await db.$queryRaw<{ id: string }[]>`
          SELECT u.id FROM "user" u
          WHERE u.id IN (SELECT owner_id FROM customer WHERE organization_id = ${ctx.orgId} AND owner_id IS NOT NULL AND merged_into_id IS NULL)
          ORDER BY u.name ${direction}, u.id ASC
          LIMIT ${MAX_GROUPS + 1}`;
  return rows.map((row) => row.id);
}

/** The page's ids, or null when the sort is not by tier or owner or there are too many owners. */
export async function findGroupedPageIds(
  ctx: Ctx,
  params: CustomerListParams,
  conditions: Prisma.Sql,
): Promise<string[] | null> {
  const { column, direction } = params.sort;
  if (column !== "tier" && column !== "owner") return null;
  const groups = await groupOrder(ctx, column, direction === "desc");
  if (groups.length > MAX_GROUPS) return null;
  const field = Prisma.raw(column === "tier" ? "tier_id" : "owner_id");
  const pageEnd = params.page * params.perPage;
  const match = (group: string | null) =>
    group === null
      ? Prisma.sql`${field} IS NULL`
      : column === "tier"
        ? Prisma.sql`${field} = ${group}::uuid`
        : Prisma.sql`${field} = ${group}`;
  const branches = [...groups, null].map(
    (group, index) => Prisma.sql`(
      SELECT id, ${index}::int AS g, name FROM customer WHERE ${conditions} AND ${match(group)}
      ORDER BY name ASC, id ASC LIMIT ${pageEnd})`,
  );
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT paged.id::text AS id FROM (${Prisma.join(branches, " UNION ALL ")}) paged
    ORDER BY paged.g, paged.name ASC, paged.id ASC
    LIMIT ${params.perPage} OFFSET ${(params.page - 1) * params.perPage}`;
  return rows.map((row) => row.id);
}
